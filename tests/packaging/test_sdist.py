"""The sdist stands on its own too: pip builds and installs BackJournal from it into a fresh virtual
environment (what ``pip install backjournal-X.tar.gz`` or ``pipx install`` does when no wheel fits),
and the installed program passes packaging/smoke_test.sh, the same smoke test the PyInstaller
bundle passes: window painted, a new journal opened by the window, an entry logged and listed, a
chart, a report, a journal check."""

from __future__ import annotations

import json
import subprocess
import tarfile
from pathlib import Path

from tests.packaging.installing import ROOT, run


def test_the_sdist_carries_the_icons_and_linux_files(built):
    sdist, _ = built
    with tarfile.open(sdist) as tar:
        names = {n.split("/", 1)[1] for n in tar.getnames() if "/" in n}
    expected = {
        p.relative_to(ROOT).as_posix()
        for folder in ("resources/icons", "resources/linux", "packaging")
        for p in (ROOT / folder).rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    assert "resources/icons/backjournal-512.png" in expected
    assert not expected - names, f"missing from the sdist: {sorted(expected - names)}"


def test_installed_from_the_sdist_it_passes_the_smoke_test(sdist_venv, tmp_path):
    exe = sdist_venv / "bin" / "backjournal"
    probe = (
        "import json, backjournal, backjournal.resource_files as r\n"
        "print(json.dumps({'code': backjournal.__file__, 'icon': str(r.icon_path()),"
        " 'png': str(r.resource_path('icons', 'backjournal-64.png'))}))"
    )
    found = json.loads(run([sdist_venv / "bin" / "python", "-c", probe], cwd=tmp_path).stdout)
    for key, path in found.items():
        assert Path(path).resolve().is_relative_to(sdist_venv.resolve()), f"{key} read from {path}, not the install"
    result = run(
        ["bash", ROOT / "packaging" / "smoke_test.sh", exe], cwd=tmp_path, timeout=600, env={"TMPDIR": str(tmp_path)}
    )
    assert "smoke: all 8 steps passed" in result.stdout, result.stdout


def test_the_smoke_test_fails_when_a_step_fails(tmp_path):
    """The smoke test would notice a broken program: one whose window does not start."""
    broken = tmp_path / "backjournal"
    broken.write_text(
        "#!/bin/sh\ncase \"$1\" in --version) echo 'backjournal 9.9';; *) echo 'no display' >&2; exit 3;; esac\n"
    )
    broken.chmod(0o755)
    result = subprocess.run(
        ["bash", str(ROOT / "packaging" / "smoke_test.sh"), str(broken)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )
    assert result.returncode == 1
    assert "smoke: ok: --version" in result.stdout
    assert "FAILED: window painted (offscreen) (exit 3)" in result.stderr and "no display" in result.stderr
