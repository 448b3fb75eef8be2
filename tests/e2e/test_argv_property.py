"""Every command line, however its values are chosen, ends in exit 0 or 2 (never 1, never a signal);
a refused one (non-zero) leaves the journal's content as it was and says why in one stderr line.

The grammar is the program's own argparse parser: every subcommand, every option and positional,
with valid, invalid, extreme and Unicode values (issue 9, "Every bad input is exit 2"). The normal
run tries a bounded number of command lines in-process (stdout/stderr strict UTF-8, as a real
terminal); ``-m slow`` tries many more, and a few run as the real program to rule out signals.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import sys
from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backjournal.cli import build_parser
from backjournal.cli import main as cli_main
from tests.conftest import content_hash

GLOBAL = {"--data-dir", "--passphrase-file", "-h", "--help", "--version"}

NUMBERS = st.one_of(
    st.sampled_from(
        [
            "0",
            "3",
            "5",
            "10",
            "-1",
            "11",
            "²",
            "١",
            "٣",
            "1e400",
            "inf",
            "nan",
            "-0",
            "99999999999999999999999",
            "-99999999999999999999",
            "9223372036854775808",
            "1.5",
            " 3 ",
            "",
            " ",
            "0x10",
            "+3",
            "1_000",
            "4\x00",
            "3\udcff",
        ]
    ),
    st.integers().map(str),
)
DATES = st.one_of(
    st.sampled_from(
        [
            "2026-03-01",
            "2026-02-29",
            "2024-02-29",
            "0001-01-01",
            "9999-12-31",
            "1970-01-01",
            "",
            " ",
            "2026-13-01",
            "２０２６-03-01",
            "2026-03-01T10:00",
            "today",
            "\x00",
            "2026-03-0\udcff",
        ]
    ),
    st.dates().map(lambda d: d.isoformat()),
)
MOMENTS = st.one_of(
    st.sampled_from(
        [
            "2026-03-01T08:30",
            "2026-03-01T08:30+01:00",
            "2026-03-01",
            "",
            " ",
            "0001-01-01T00:00",
            "0001-01-01T00:00+05:00",
            "0001-01-01T00:30+01:00",
            "9999-12-31T23:59-05:00",
            "9999-12-31T23:59:59.999999",
            "2026-03-29T02:30",
            "2026-11-01T01:30",
            "2026-03-01T25:00",
            "2026-03-01T08:30+24:00",
            "2026-03-01T08:30Z",
            "²",
            "now",
            "2026-03-01T08:30\x00",
        ]
    ),
    st.datetimes().map(lambda d: d.isoformat()),
)
TEXTS = st.one_of(
    st.sampled_from(
        [
            "",
            " ",
            "heat",
            "acupuncture",
            "Heat",
            "lower_back",
            "aching,sharp",
            "x" * 20_001,
            "Yoga=exercise",
            "=skip",
            "summary,notes",
            "a\udcffb",
            "\ud800",
            "nul\x00",
            "😀",
            "<b>x</b>",
            "$\\frac",
            "-",
            "--",
            "-x",
            "2w",
            "all",
        ]
    ),
    st.text(max_size=40),
)


VALID_NUMBERS = st.integers(0, 10).map(str)
VALID_DATES = st.dates(date(2025, 6, 1), date(2026, 11, 30)).map(lambda d: d.isoformat())
VALID_MOMENTS = st.datetimes(datetime(2025, 6, 1), datetime(2026, 11, 30)).map(
    lambda d: d.isoformat(timespec="minutes")
)
VALID_TEXTS = st.sampled_from(["heat", "a note", "Yoga=exercise", "summary,notes", "lower_back", "aching"])


def _values(dest: str, invalid: bool):
    """Mostly valid values (so a command gets past its first check), now and then an extreme one."""
    if dest in {"start", "end", "baseline_from", "baseline_to"}:
        return DATES if invalid else VALID_DATES
    if dest == "at":
        return MOMENTS if invalid else VALID_MOMENTS
    if dest in {
        "score",
        "pain",
        "enjoyment",
        "activity",
        "before",
        "after",
        "minutes",
        "years",
        "seed",
        "window",
        "effect_window",
        "number",
        "ids",
    }:
        return NUMBERS if invalid else VALID_NUMBERS
    return TEXTS if invalid else VALID_TEXTS


def _leaves(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()):
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        yield prefix, parser
        return
    for name, child in subs[0].choices.items():
        yield from _leaves(child, (*prefix, name))


LEAVES = sorted(_leaves(build_parser(full=True)), key=lambda item: item[0])


@st.composite
def argv(draw, paths: dict[str, list[str]]):
    words, parser = draw(st.sampled_from(LEAVES))
    out = list(words)
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction) or GLOBAL & set(action.option_strings):
            continue
        positional = not action.option_strings
        required = positional or action.required
        if not required and draw(st.integers(0, 2)):
            continue
        if not positional:
            out.append(draw(st.sampled_from(action.option_strings)))
        if action.nargs == 0:
            continue
        count = draw(st.integers(1, 3)) if action.nargs in ("+", "*") else 1
        for _ in range(count):
            if action.dest in paths:
                value = draw(st.sampled_from(paths[action.dest]))
            elif action.choices is not None and draw(st.integers(0, 4)):
                value = draw(st.sampled_from(list(action.choices)))
            else:
                value = draw(_values(action.dest, invalid=draw(st.integers(0, 3)) == 0))
            out.append(value)
    if draw(st.integers(0, 9)) == 0:  # a passphrase file: missing, not UTF-8, a NUL byte, empty
        out += ["--passphrase-file", draw(st.sampled_from(paths["passphrase_file"]))]
    return out


@pytest.fixture
def world(tmp_path):
    """A journal with entries, a trashed record and a backup; files to point paths at."""
    from backjournal.domain.models import PainEntryDraft, RecordKind, RecordRef, TherapySessionDraft
    from backjournal.services.opening import open_journal
    from tests.conftest import at

    data_dir = tmp_path / "journal"
    opened = open_journal(data_dir)
    try:
        for i in range(12):
            opened.journal.log_pain(PainEntryDraft(felt_at=at(days_ago=i), score=i % 11, note=f"note {i}"))
        s = opened.journal.log_session(TherapySessionDraft("heat", at(days_ago=2), minutes=20))
        opened.journal.set_deleted([RecordRef(RecordKind.SESSION, s.id)], True)
        backup = opened.backups.back_up().path
    finally:
        opened.close()
    files = tmp_path / "files"
    files.mkdir()
    (files / "latin1.txt").write_bytes("passphrase caf\xe9\n".encode("latin-1"))
    (files / "nul.txt").write_bytes(b"pass\x00phrase\n")
    (files / "empty.txt").write_bytes(b"")
    (files / "garbage.csv").write_bytes(b"\xff\xfe\x00junk,,,\n1,2,3\n")
    (files / "a-file").write_text("not a folder")
    journal = data_dir / "journal.sqlite3"
    out = str(files / "out")
    paths = {
        "output": [
            out + ".pdf",
            out + ".png",
            out + ".json",
            out + ".csv",
            out + ".sqlite3",
            out + ".txt",
            out,
            str(journal),
            f"{journal}-wal",
            str(files / "missing" / "x.pdf"),
            str(files),
            "",
        ],
        "file": [
            str(backup),
            str(journal),
            str(files / "garbage.csv"),
            str(files / "latin1.txt"),
            str(files / "nope.json"),
            str(files),
            "",
        ],
        "passphrase_file": [str(files / n) for n in ("latin1.txt", "nul.txt", "empty.txt", "nope")],
        "new_passphrase_file": [str(files / n) for n in ("latin1.txt", "nul.txt", "empty.txt", "nope")],
        "backup_passphrase_file": [str(files / n) for n in ("latin1.txt", "nul.txt", "empty.txt", "nope")],
    }
    return data_dir, journal, paths, files


def _strict_stream() -> io.TextIOWrapper:
    return io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict")


def _run_in_process(args: list[str]) -> tuple[int, str]:
    out, err = _strict_stream(), _strict_stream()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = cli_main(args)
        except SystemExit as exc:  # --help / --version
            code = exc.code or 0
        out.flush()
        err.flush()
    return code, err.buffer.getvalue().decode("utf-8")


def _check(world, data):
    data_dir, journal, paths, files = world
    use_file = data.draw(st.integers(0, 14)) == 0
    base = ["--data-dir", str(files / "a-file") if use_file else str(data_dir)]
    args = base + data.draw(argv(paths))
    before = content_hash(journal)
    code, err = _run_in_process(args)
    assert code in (0, 2), (args, code, err)
    if code != 0:
        assert content_hash(journal) == before, args
        assert err.count("\n") == 1 and err.endswith("\n"), (args, err)


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_every_command_line_exits_0_or_2_and_changes_nothing_when_refused(world, data):
    _check(world, data)


@pytest.mark.slow
@settings(max_examples=1500, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_many_command_lines_exit_0_or_2(world, data):
    _check(world, data)


@pytest.mark.parametrize(
    "args",
    [
        ["log", "pain", "²"],
        ["log", "pain", "3", "--at", "0001-01-01T00:00+05:00"],
        ["list", "--from", "0001-01-01", "--to", "9999-12-31"],
        ["report", "--from", "0001-01-01", "-o", "OUT"],
        ["delete", "pain", "99999999999999999999999"],
        ["log", "pain", "3", "--note", "caf\udce9"],
    ],
)
def test_the_real_program_answers_extremes_with_exit_2(world, args):
    data_dir, journal, _paths, files = world
    args = [a.replace("OUT", str(files / "r.pdf")) for a in args]
    before = content_hash(journal)
    env_args = [a.encode("utf-8", "surrogateescape") for a in args]  # invalid UTF-8 reaches argv as bytes
    import subprocess

    from tests.conftest import ROOT

    r = subprocess.run(
        [sys.executable, "-m", "backjournal", "--data-dir", str(data_dir), *env_args],
        capture_output=True,
        cwd=ROOT,
        timeout=60,
    )
    assert r.returncode == 2, (args, r.returncode, r.stderr)
    assert r.stderr.count(b"\n") == 1
    assert content_hash(journal) == before
