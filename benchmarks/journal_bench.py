"""Journal benchmark (a script, not a test): saving entries, opening the window, a JSON import.

Prints each figure beside a floor measured in the same run, and the ratio:
- logging pain entries one by one through the services, each its own durable transaction, as a
  person does (floor: sqlite3 inserting the same rows, each committed, same pragmas WAL +
  synchronous=FULL, into a table of the same shape);
- listing a year of entries as domain objects (floor: sqlite3 selecting the same rows);
- importing a whole journal from JSON (floor: sqlite3 executemany of the same rows in one commit);
- first paint of the main window on a journal with a year of data (floor: an empty PySide6
  window's first paint).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/journal_bench.py [--entries 500] [--years 1]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def row(name: str, value: float, floor: float, unit: str = "ms") -> None:
    print(f"  {name:<44} {value * 1000:9.1f} {unit}   floor {floor * 1000:9.1f} {unit}   ratio {value / floor:6.2f}x")


def sqlite_floor_db(path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(path, isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON"):
        con.execute(f"PRAGMA {pragma}")
    con.execute(
        "CREATE TABLE e (id INTEGER PRIMARY KEY, at TEXT, off INTEGER, score INTEGER, note TEXT,"
        " uid TEXT UNIQUE, created TEXT, updated TEXT, deleted TEXT)"
    )
    con.execute(
        "CREATE TABLE r (entry_id INTEGER REFERENCES e(id), region TEXT, pos INTEGER, PRIMARY KEY (entry_id, region))"
    )
    return con


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=500, help="entries logged one by one")
    parser.add_argument("--years", type=float, default=1, help="demo years for listing, import and window")
    args = parser.parse_args()

    from backjournal.domain.models import PainEntryDraft
    from backjournal.services.demo import DemoService
    from backjournal.services.opening import open_journal

    tmp = Path(tempfile.mkdtemp(prefix="bj-bench-"))
    tz = timezone(timedelta(hours=1))
    base = datetime(2026, 1, 1, 8, 0, tzinfo=tz)
    drafts = [PainEntryDraft(base + timedelta(hours=5 * i), i % 11, note=f"entry {i}") for i in range(args.entries)]
    print(f"Journal benchmark ({args.entries} single entries; demo --years {args.years:g} for the rest)")

    # 1. logging one by one
    opened = open_journal(tmp / "one")
    t = time.perf_counter()
    for d in drafts:
        opened.journal.log_pain(d)
    ours = (time.perf_counter() - t) / len(drafts)
    opened.close()
    con = sqlite_floor_db(tmp / "floor1.sqlite3")
    t = time.perf_counter()
    for i, d in enumerate(drafts):
        con.execute("BEGIN")
        cur = con.execute(
            "INSERT INTO e (at, off, score, note, uid, created, updated) VALUES (?,?,?,?,?,?,?)",
            (d.felt_at.isoformat(), 60, d.score, d.note, f"u{i}", "now", "now"),
        )
        con.execute("INSERT INTO r VALUES (?, 'lower_back', 0)", (cur.lastrowid,))
        con.execute("COMMIT")
    floor = (time.perf_counter() - t) / len(drafts)
    con.close()
    row("log one pain entry (durable commit)", ours, floor)

    # 2. a year of demo data: listing it
    opened = open_journal(tmp / "demo")
    DemoService(unit_of_work=opened.uow).fill(args.years, seed=7)
    t = time.perf_counter()
    entries = opened.journal.pain_entries()
    ours = time.perf_counter() - t
    con = sqlite3.connect(opened.path)
    t = time.perf_counter()
    rows = con.execute(
        "SELECT e.*, r.region FROM pain_entries e JOIN pain_entry_regions r ON r.entry_id = e.id"
        " WHERE e.deleted_at IS NULL ORDER BY e.felt_at_utc"
    ).fetchall()
    floor = time.perf_counter() - t
    con.close()
    row(f"list {len(entries)} pain entries as records", ours, floor)

    # 3. JSON export and import into an empty journal
    from backjournal.services.exchange import ExchangeService

    export_path = tmp / "journal.json"
    exchange = ExchangeService(unit_of_work=opened.uow, journal=opened.journal)
    exchange.export("json", export_path)
    opened.close()
    target = open_journal(tmp / "imported")
    importer = ExchangeService(unit_of_work=target.uow, journal=target.journal)
    t = time.perf_counter()
    prepared = importer.prepare(export_path)
    importer.apply(prepared)
    ours = time.perf_counter() - t
    n = len(target.journal.pain_entries())
    target.close()
    con = sqlite_floor_db(tmp / "floor2.sqlite3")
    t = time.perf_counter()
    con.execute("BEGIN")
    con.executemany(
        "INSERT INTO e (at, off, score, note, uid, created, updated) VALUES (?,?,?,?,?,?,?)",
        [(r[1], r[2], r[3], r[4], f"{r[5]}-{i}", r[6], r[7]) for i, r in enumerate(rows)],
    )
    con.execute("COMMIT")
    floor = time.perf_counter() - t
    con.close()
    row(f"import JSON ({n} pain entries and the rest)", ours, floor)

    # 4. first paint of the main window vs an empty window
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QWidget

    from backjournal.ui.application import build_main_window

    app = QApplication.instance() or QApplication([])
    t = time.perf_counter()
    w = QWidget()
    w.resize(1280, 860)
    w.show()
    app.processEvents()
    w.grab()
    floor = time.perf_counter() - t
    w.close()
    opened = open_journal(tmp / "demo")
    t = time.perf_counter()
    window = build_main_window(opened, QSettings(str(tmp / "w.ini"), QSettings.Format.IniFormat))
    window.resize(1280, 860)
    window.show()
    app.processEvents()
    window.grab()
    ours = time.perf_counter() - t
    window.close()
    opened.close()
    row("main window first paint (Today view)", ours, floor)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
