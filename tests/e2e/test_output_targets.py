"""No command and no save dialog can write its output over the journal, its companions or its backups
(issue 9, "Outputs can never land on the journal"). One check (paths.check_output_path) for all."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from backjournal.cli import main as cli_main
from tests.conftest import file_sha256, run_cli


@pytest.fixture
def journal_dir(data_dir):
    from backjournal.domain.models import PainEntryDraft
    from backjournal.services.opening import open_journal
    from tests.conftest import at

    opened = open_journal(data_dir)
    try:
        opened.journal.log_pain(PainEntryDraft(felt_at=at(days_ago=1), score=4, note="kept safe"))
        opened.backups.back_up()
    finally:
        opened.close()
    return data_dir


def _files(data_dir):
    """Every file in the data folder and its backups with its SHA-256: what must not change."""
    out = {}
    for root, _dirs, names in os.walk(data_dir):
        for name in names:
            p = os.path.join(root, name)
            if not os.path.islink(p):
                out[p] = file_sha256(Path(p))
    return out


def _run(capsys, *argv):
    code = cli_main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


WRITERS = [
    ("report", "-o"),
    ("export", "json", "-o"),
    ("export", "csv", "-o"),
    ("export", "fhir", "-o"),
    ("chart", "-o"),
    ("backup", "-o"),
]


@pytest.mark.parametrize(
    "target",
    [
        "journal.sqlite3",
        "journal.sqlite3-wal",
        "journal.sqlite3-shm",
        "journal.sqlite3-journal",
        ".backjournal-instance.lock",
        "backups/x.sqlite3",
        "sub/../journal.sqlite3",
    ],
)
@pytest.mark.parametrize("command", WRITERS, ids=lambda c: "-".join(c[:-1]))
def test_no_command_writes_over_the_journal_or_its_companions(journal_dir, capsys, command, target):
    (journal_dir / "sub").mkdir(exist_ok=True)
    before = _files(journal_dir)
    code, _out, err = _run(capsys, "--data-dir", str(journal_dir), *command, str(journal_dir / target))
    assert code == 2, err
    assert err.count("\n") == 1 and "-o" in err, err
    assert _files(journal_dir) == before


def test_symlinks_and_hard_links_to_the_journal_are_refused(journal_dir, tmp_path, capsys):
    journal = journal_dir / "journal.sqlite3"
    link = tmp_path / "innocent.pdf"
    link.symlink_to(journal)
    folder_link = tmp_path / "elsewhere"
    folder_link.symlink_to(journal_dir)
    hard = tmp_path / "hard.sqlite3"
    os.link(journal, hard)
    before = _files(journal_dir)
    for argv in (
        ["report", "-o", str(link)],
        ["export", "json", "-o", str(folder_link / "journal.sqlite3")],
        ["backup", "-o", str(hard)],
        ["backup", "-o", str(folder_link / "journal.sqlite3-wal")],
    ):
        code, _out, err = _run(capsys, "--data-dir", str(journal_dir), *argv)
        assert code == 2 and err.count("\n") == 1, (argv, err)
    assert "hard link" in _run(capsys, "--data-dir", str(journal_dir), "backup", "-o", str(hard))[2]
    assert _files(journal_dir) == before


def test_another_known_journal_is_protected_too(journal_dir, tmp_path, capsys):
    other = tmp_path / "other"
    assert _run(capsys, "--data-dir", str(other), "log", "pain", "3")[0] == 0
    before = file_sha256(other / "journal.sqlite3")
    code, _out, err = _run(
        capsys, "--data-dir", str(journal_dir), "export", "json", "-o", str(other / "journal.sqlite3")
    )
    assert code == 2 and "journal" in err
    assert file_sha256(other / "journal.sqlite3") == before


def test_a_missing_target_folder_is_named_and_not_created(journal_dir, tmp_path, capsys):
    missing = tmp_path / "usb" / "stick"
    for argv in (["report", "-o"], ["export", "csv", "-o"], ["chart", "-o"], ["backup", "-o"]):
        code, _out, err = _run(capsys, "--data-dir", str(journal_dir), *argv, str(missing / "out.pdf"))
        assert code == 2 and err.count("\n") == 1 and str(missing) in err and "does not exist" in err, err
    assert not (tmp_path / "usb").exists()


def test_a_wrong_ending_is_refused_and_a_missing_one_added(journal_dir, tmp_path, capsys):
    code, _out, err = _run(capsys, "--data-dir", str(journal_dir), "report", "-o", str(tmp_path / "r.txt"))
    assert code == 2 and ".pdf" in err and "r.txt" in err
    assert not (tmp_path / "r.txt").exists()
    code, out, err = _run(capsys, "--data-dir", str(journal_dir), "export", "json", "-o", str(tmp_path / "dump"))
    assert code == 0, err
    assert (tmp_path / "dump.json").is_file() and not (tmp_path / "dump").exists()
    assert "added .json" in out


def test_the_real_program_refuses_the_journal_as_report_target(journal_dir):
    journal = journal_dir / "journal.sqlite3"
    before = file_sha256(journal)
    r = run_cli("report", "-o", str(journal), data_dir=journal_dir)
    assert r.returncode == 2 and r.stderr.count("\n") == 1, r
    assert "is the journal" in r.stderr
    assert file_sha256(journal) == before


def test_backup_service_refuses_a_companion_file(opened):
    from backjournal.domain.errors import UserInputError

    with pytest.raises(UserInputError, match="wal"):
        opened.backups.back_up_to(opened.path.with_name(opened.path.name + "-wal"))


@pytest.mark.parametrize("target", ["/dev/null"])
def test_a_device_is_not_replaced_by_a_file(journal_dir, capsys, target):
    if not os.path.exists(target):
        pytest.skip(f"{target} does not exist here")
    before = os.stat(target, follow_symlinks=False)
    code, _out, err = _run(capsys, "--data-dir", str(journal_dir), "export", "csv", "-o", target)
    assert code == 2 and "special file" in err, err
    assert not os.path.exists(target + ".csv")
    after = os.stat(target, follow_symlinks=False)
    assert (before.st_ino, before.st_mode) == (after.st_ino, after.st_mode)
