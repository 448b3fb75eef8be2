"""What the person waits for, measured as whole processes, each beside its floor measured in the same run.

Every row of issue 12's table: the program is started as a new process (as a person starts it), a
warm-up run first, then the median, min and max of ``--repeat`` runs (default 7); the floor (what
the same stack cannot beat) is measured the same way, interleaved with the program's runs so both
see the same load. The ratio is median / floor median; beside it the ratio of the two minima and of
the median CPU time (user + system), which move less with other work on the machine. Peak memory is
the process's max RSS. Runs use compiled bytecode (written under the run's own folder by the warm-up),
as an installed program does.

Rows:
- first paint: ``backjournal --data-dir D`` with BACKJOURNAL_EXIT_AFTER=paint (docs/benchmarks.md);
  floor: an empty PySide6 window shown, exiting after its first paint;
- peak memory at that moment (same runs); floor: the empty window's;
- Trends painted: BACKJOURNAL_EXIT_AFTER=trends; floor: a window with a matplotlib canvas drawing
  one point per day of the journal, exiting after its first paint;
- ``backjournal --version`` and ``--help``; floor: ``python -c pass``;
- ``backjournal log pain 5``; floor: python importing SQLAlchemy and one durable sqlite3 insert
  (WAL, synchronous=FULL) into a copy of the journal;
- ``backjournal report --range 1y``; floor: matplotlib saving a year's daily chart as PDF and
  importing the PDF library (fpdf2);
- JSON import of the whole journal into an empty one (``import FILE``); floor: python reading the
  same JSON file and sqlite3 executemany of its rows into tables of the same shape;
- longest event-loop stall (in one process with a window) while the report dialog writes the ten
  year report and while the import dialog imports the JSON file; target <= 100 ms. Its floor is
  the longest gap of the same timer while the loop is idle for as long.

Sizes: ``--years 1 10 30`` (default: 10) makes a demo journal per size (``demo --years N``) and prints
a table per size, then the growth from the second-largest to the largest size per row ("nothing
grows faster than the data": 10 -> 30 years <= 3.3x). ``--json FILE`` writes every figure.
``--quick`` (CI): a small journal, one run each, no warm-up; it proves the benchmark works, its
numbers mean nothing.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/process_bench.py [--years 1 10 30] [--repeat 7]
        [--json results.json] [--quick]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable

FLOOR_WINDOW = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow(); w.setWindowTitle("floor"); w.resize(1180, 820)
class F(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
        return False
f = F(); w.installEventFilter(f); w.show(); app.exec()
"""

FLOOR_TRENDS = """
import sys
from datetime import date, timedelta
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
n = int(sys.argv[1])
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1180, 820)
fig = Figure(figsize=(8, 5)); ax = fig.add_subplot()
days = [date(2020, 1, 1) + timedelta(days=i) for i in range(n)]
ax.plot(days, [(i * 7) % 11 for i in range(n)], ".", markersize=3)
canvas = FigureCanvasQTAgg(fig); w.setCentralWidget(canvas)
class F(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
        return False
f = F(); canvas.installEventFilter(f); w.show(); app.exec()
"""

FLOOR_LOG = """
import sqlite3, sys
import sqlalchemy  # the floor includes importing the ORM the program uses
con = sqlite3.connect(sys.argv[1], isolation_level=None)
for p in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON"):
    con.execute("PRAGMA " + p)
con.execute("CREATE TABLE IF NOT EXISTS floor_e (id INTEGER PRIMARY KEY, at TEXT, score INTEGER, note TEXT)")
con.execute("BEGIN IMMEDIATE")
con.execute("INSERT INTO floor_e (at, score, note) VALUES (datetime('now'), 5, NULL)")
con.execute("COMMIT")
con.close()
"""

FLOOR_REPORT = """
import io
from datetime import date, timedelta
from matplotlib.figure import Figure
import fpdf  # the PDF library is imported too
days = [date(2025, 1, 1) + timedelta(days=i) for i in range(365)]
fig = Figure(figsize=(8.6, 4.5)); ax = fig.add_subplot()
ax.plot(days, [(i * 7) % 11 for i in range(365)], ".", markersize=3)
ax.plot(days, [5 + ((i * 3) % 5) / 5 for i in range(365)], "-")
fig.savefig(io.BytesIO(), format="pdf")
"""

FLOOR_IMPORT = """
import json, sqlite3, sys
doc = json.loads(open(sys.argv[1], encoding="utf-8").read())
con = sqlite3.connect(sys.argv[2], isolation_level=None)
for p in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON"):
    con.execute("PRAGMA " + p)
con.execute("CREATE TABLE e (id INTEGER PRIMARY KEY, kind TEXT, at TEXT, score INTEGER, note TEXT, "
            "uid TEXT UNIQUE, body TEXT)")
rows = []
def walk(o, kind):
    if isinstance(o, dict):
        if "uid" in o:
            rows.append((kind, str(o.get("felt_at") or o.get("started_at") or o.get("at")), o.get("score"),
                         o.get("note"), o["uid"], json.dumps(o)))
            return
        for k, v in o.items():
            walk(v, k)
    elif isinstance(o, list):
        for v in o:
            walk(v, kind)
walk(doc, "")
con.execute("BEGIN")
con.executemany("INSERT INTO e (kind, at, score, note, uid, body) VALUES (?, ?, ?, ?, ?, ?)", rows)
con.execute("COMMIT")
"""

STALL_SCRIPT = """
import json, os, sys, time
from pathlib import Path
from PySide6.QtCore import QTimer, QEventLoop
from PySide6.QtWidgets import QApplication
from backjournal.ui.application import build_main_window
from backjournal.services.opening import open_journal
from backjournal.services.exchange import ExchangeService
from backjournal.services.report import ReportService
from backjournal.ui.dialogs.exchange_dialogs import ImportDialog, ReportDialog
from PySide6.QtCore import QSettings

journal_dir, json_file, out_dir = (Path(a) for a in sys.argv[1:4])
app = QApplication([])
ticks = []
timer = QTimer(); timer.setInterval(5); timer.timeout.connect(lambda: ticks.append(time.perf_counter()))

def longest_gap(fn):
    ticks.clear(); timer.start(); t0 = time.perf_counter()
    fn()
    ticks.append(time.perf_counter()); timer.stop()
    marks = [t0] + ticks
    return max(b - a for a, b in zip(marks, marks[1:])), time.perf_counter() - t0

def idle(seconds):
    loop = QEventLoop(); QTimer.singleShot(int(seconds * 1000), loop.quit); loop.exec()

opened = open_journal(journal_dir)
window = build_main_window(opened, QSettings(str(out_dir / "w.ini"), QSettings.Format.IniFormat))
window.show()
idle(0.3)
report = ReportDialog(service=ReportService(unit_of_work=opened.uow, cards=None), parent=window)
report.period.set_last(int(sys.argv[4]))  # the whole journal: a ten-year report for ten years of data
stall_report, took_report = longest_gap(lambda: report.save_to(out_dir / "report.pdf"))
floor_report, _ = longest_gap(lambda: idle(took_report))
target = open_journal(out_dir / "empty")
win2 = build_main_window(target, QSettings(str(out_dir / "w2.ini"), QSettings.Format.IniFormat))
win2.show()
idle(0.3)  # its first paint and the views built in idle time are start-up, not the import
dialog = ImportDialog(service=ExchangeService(unit_of_work=target.uow, journal=target.journal), parent=win2)
stall_load, took_load = longest_gap(lambda: dialog.load(json_file))
stall_import, took_import = longest_gap(dialog.do_import)
floor_import, _ = longest_gap(lambda: idle(took_import))
print(json.dumps({"report": [stall_report, floor_report, took_report],
                  "import": [max(stall_load, stall_import), floor_import, took_load + took_import]}))
sys.stdout.flush()
os._exit(0)
"""


def program() -> list[str]:
    script = Path(PY).with_name("backjournal")
    return [str(script)] if script.exists() else [PY, "-m", "backjournal"]


def run_once(argv: list[str], env: dict, *, cwd: Path | None = None) -> tuple[float, int, float]:
    """Seconds from start to exit, the process's peak RSS in KiB and its CPU seconds (user + system,
    children included: ``env`` is a child). Fails loudly on a non-zero exit."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, env=env, cwd=cwd or ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    if proc.returncode != 0:
        raise SystemExit(f"benchmark: {' '.join(map(str, argv))} exited {proc.returncode}: {err[-2000:]}")
    return seconds, usage.ru_maxrss, usage.ru_utime + usage.ru_stime


def stats(values: list[float]) -> dict:
    return {"median": statistics.median(values), "min": min(values), "max": max(values), "runs": len(values)}


class Bench:
    def __init__(self, *, repeat: int, warmup: bool, env: dict):
        self.repeat, self.warmup, self.env = repeat, warmup, env
        self.rows: list[dict] = []

    def pair(
        self,
        name: str,
        argv,
        floor_argv,
        *,
        prepare=None,
        floor_prepare=None,
        target: float | None = None,
        memory_name: str | None = None,
        memory_target: float | None = None,
    ) -> dict:
        """Program and floor runs interleaved (same load); ``prepare``/``floor_prepare`` run before each."""
        times, floors, rss, floor_rss, cpu, floor_cpu = [], [], [], [], [], []
        for i in range(self.repeat + (1 if self.warmup else 0)):
            for kind in ("program", "floor"):
                setup = prepare if kind == "program" else floor_prepare
                args = setup() if setup else None
                command = argv if kind == "program" else floor_argv
                command = command(args) if callable(command) else command
                seconds, peak, used = run_once(command, self.env)
                if self.warmup and i == 0:
                    continue
                (times if kind == "program" else floors).append(seconds)
                (rss if kind == "program" else floor_rss).append(peak / 1024)
                (cpu if kind == "program" else floor_cpu).append(used)
        row = {"what": name, "unit": "s", "value": stats(times), "floor": stats(floors), "target": target}
        row["ratio"] = row["value"]["median"] / row["floor"]["median"]
        # the ratio of the fastest runs, and of the CPU time: both move less with the machine's load
        row["min_ratio"] = row["value"]["min"] / row["floor"]["min"]
        row["cpu"], row["floor_cpu"] = stats(cpu), stats(floor_cpu)
        row["cpu_ratio"] = row["cpu"]["median"] / row["floor_cpu"]["median"] if row["floor_cpu"]["median"] else None
        self.rows.append(row)
        if memory_name:
            mem = {
                "what": memory_name,
                "unit": "MB",
                "value": stats(rss),
                "floor": stats(floor_rss),
                "target": memory_target,
            }
            mem["ratio"] = mem["value"]["median"] / mem["floor"]["median"]
            self.rows.append(mem)
        return row


def make_journal(years: float, work: Path, env: dict) -> tuple[Path, Path]:
    data = work / f"journal-{years:g}y"
    subprocess.run(
        [*program(), "--data-dir", str(data), "demo", "--years", f"{years:g}", "--seed", "2026"],
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
        cwd=ROOT,
    )
    export = work / f"journal-{years:g}y.json"
    subprocess.run(
        [*program(), "--data-dir", str(data), "export", "json", "-o", str(export)],
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
        cwd=ROOT,
    )
    return data, export


def measure(years: float, work: Path, bench: Bench, *, stalls: bool) -> list[dict]:
    env = bench.env
    data, export = make_journal(years, work, env)
    days = max(1, round(years * 365))
    bj = program()
    first = len(bench.rows)

    def with_env(extra, argv):
        return ["env", *(f"{k}={v}" for k, v in extra.items()), *argv]

    bench.pair(
        "backjournal to the first painted window",
        with_env({"BACKJOURNAL_EXIT_AFTER": "paint"}, [*bj, "--data-dir", str(data)]),
        [PY, "-c", FLOOR_WINDOW],
        target=2.5,
        memory_name="peak memory at the first paint",
        memory_target=2.0,
    )
    bench.pair(
        "Trends tab painted",
        with_env({"BACKJOURNAL_EXIT_AFTER": "trends"}, [*bj, "--data-dir", str(data)]),
        [PY, "-c", FLOOR_TRENDS, str(days)],
        target=1.3,
    )
    bench.pair("backjournal --version", [*bj, "--version"], [PY, "-c", "pass"], target=3.0)
    bench.pair("backjournal --help", [*bj, "--help"], [PY, "-c", "pass"], target=3.0)
    floor_db = work / f"floor-{years:g}y.sqlite3"
    shutil.copy(data / "journal.sqlite3", floor_db)
    bench.pair(
        "backjournal log pain 5",
        [*bj, "--data-dir", str(data), "log", "pain", "5"],
        [PY, "-c", FLOOR_LOG, str(floor_db)],
        target=1.2,
    )
    bench.pair(
        "backjournal report --range 1y",
        [*bj, "--data-dir", str(data), "report", "--range", "1y", "-o", str(work / "report.pdf")],
        [PY, "-c", FLOOR_REPORT],
        target=2.0,
    )
    counter = iter(range(10**6))

    def fresh_dir():
        return work / f"import-{years:g}y-{next(counter)}"

    def fresh_db():
        return work / f"floor-import-{years:g}y-{next(counter)}.sqlite3"

    bench.pair(
        "JSON import of the whole journal",
        lambda d: [*bj, "--data-dir", str(d), "import", str(export)],
        lambda p: [PY, "-c", FLOOR_IMPORT, str(export), str(p)],
        prepare=fresh_dir,
        floor_prepare=fresh_db,
        target=10.0,
    )
    if stalls:
        out = work / f"stall-{years:g}y"
        out.mkdir()
        done = subprocess.run(
            [PY, "-c", STALL_SCRIPT, str(data), str(export), str(out), str(days)],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        result = json.loads(done.stdout.strip().splitlines()[-1])
        for key, label in (
            ("report", "longest event-loop stall, report"),
            ("import", "longest event-loop stall, import"),
        ):
            stall, floor, took = result[key]
            bench.rows.append(
                {
                    "what": label,
                    "unit": "s",
                    "value": {"median": stall, "min": stall, "max": stall, "runs": 1},
                    "floor": {"median": floor, "min": floor, "max": floor, "runs": 1},
                    "target": None,
                    "absolute_target": 0.1,
                    "ratio": stall / floor if floor else None,
                    "took": took,
                }
            )
    rows = bench.rows[first:]
    for r in rows:
        r["years"] = years
    return rows


def fmt(row: dict) -> str:
    unit = row["unit"]
    scale, suffix = (1000, "ms") if unit == "s" else (1, "MB")
    v, f = row["value"], row["floor"]

    def one(s):
        return f"{s['median'] * scale:8.0f} {suffix} ({s['min'] * scale:.0f}–{s['max'] * scale:.0f})"

    ratio = f"{row['ratio']:6.2f}x" if row.get("ratio") else "     –"
    if row.get("min_ratio") is not None and row.get("cpu_ratio") is not None:
        ratio += f" (min {row['min_ratio']:.2f}x, cpu {row['cpu_ratio']:.2f}x)"
    if row.get("absolute_target") is not None:
        met = "met" if v["median"] <= row["absolute_target"] else "NOT met"
        goal = f"<= {row['absolute_target'] * 1000:.0f} ms {met}"
    elif row.get("target") is not None:
        goal = f"<= {row['target']:g}x {'met' if row['ratio'] <= row['target'] else 'NOT met'}"
    else:
        goal = ""
    return f"| {row['what']:<42} | {one(v):<28} | {one(f):<28} | {ratio} | {goal} |"


def print_table(rows: list[dict], years: float) -> None:
    print(f"\n{years:g} year(s) of demo data — median (min–max)")
    print(
        f"| {'what the person waits for':<42} | {'BackJournal':<28} | {'floor':<28} | "
        "ratio (of the minima, of CPU time) | target |"
    )
    print(f"|{'-' * 44}|{'-' * 30}|{'-' * 30}|---------|--------|")
    for row in rows:
        print(fmt(row))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=float, nargs="+", default=[10.0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--json", metavar="FILE", help="also write every figure as JSON")
    parser.add_argument("--quick", action="store_true", help="small journal, one run each (CI: proves it runs)")
    parser.add_argument("--no-stalls", action="store_true", help="skip the event-loop stall measurement")
    args = parser.parse_args()
    if args.quick:
        args.years, args.repeat = [0.1], 1
    work = Path(tempfile.mkdtemp(prefix="bj-process-bench-"))
    home = work / "home"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local/share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_STATE_HOME": str(home / ".local/state"),
        "BACKJOURNAL_CONFIG_DIR": str(home / ".config/BackJournal"),
        "MPLCONFIGDIR": str(home / ".mpl"),
        "BACKJOURNAL_LOG_DIR": str(home / "log"),
    }
    env.pop("BACKJOURNAL_DATA_DIR", None)
    # An installed BackJournal runs from compiled bytecode (pip compiles it): without it every start
    # would compile our modules again while the floors' libraries load theirs. The warm-up run writes
    # the bytecode of every module, program and floor alike, under one folder of this run.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
    bench = Bench(repeat=args.repeat, warmup=not args.quick, env=env)
    load_before = os.getloadavg()
    results: dict = {
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
            "load_before": load_before,
        },
        "repeat": args.repeat,
        "warmup": not args.quick,
        "sizes": {},
    }
    print(
        f"Process benchmark: {os.cpu_count()} CPUs, load average {load_before[0]:.1f} {load_before[1]:.1f} "
        f"{load_before[2]:.1f}; median of {args.repeat} after {'a warm-up' if not args.quick else 'no warm-up'}"
    )
    for years in sorted(args.years):
        rows = measure(years, work, bench, stalls=not args.no_stalls)
        results["sizes"][f"{years:g}"] = rows
        print_table(rows, years)
    sizes = sorted(args.years)
    if len(sizes) >= 2:
        small, large = sizes[-2], sizes[-1]
        growth = []
        print(f"\nGrowth {small:g} -> {large:g} years (data grows {large / small:.1f}x; nothing may grow faster):")
        by_name = {r["what"]: r for r in results["sizes"][f"{small:g}"]}
        # The machine's load may differ between the sizes: the floor of `python -c pass` (the same work
        # at every size) tells by how much, and the load-adjusted growth divides it out.
        pass_row = "backjournal --version"
        large_rows = {r["what"]: r for r in results["sizes"][f"{large:g}"]}
        load = large_rows[pass_row]["floor"]["median"] / by_name[pass_row]["floor"]["median"]
        print(f"  (the same-work floor `python -c pass` took {load:.2f}x as long at {large:g} years: load)")
        for r in results["sizes"][f"{large:g}"]:
            s = by_name.get(r["what"])
            if s is None:
                continue
            g = r["value"]["median"] / s["value"]["median"]
            adjusted = g / load if r["unit"] == "s" else g
            growth.append({"what": r["what"], "growth": g, "load_adjusted": adjusted})
            verdict = "ok" if min(g, adjusted) <= large / small * 1.1 else "GROWS FASTER"
            print(f"  {r['what']:<42} {g:5.2f}x  load-adjusted {adjusted:5.2f}x  {verdict}")
        results["growth"] = {"from": small, "to": large, "rows": growth}
    results["machine"]["load_after"] = os.getloadavg()
    print(f"\nload average after: {results['machine']['load_after'][0]:.1f}")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {args.json}")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
