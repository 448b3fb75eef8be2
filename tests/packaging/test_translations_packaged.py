"""The translations travel with every way BackJournal is installed: the sdist carries the .ts sources
(not the compiled .qm), the wheel build compiles them (setup.py runs pyside6-lrelease), and the
installed wheel speaks German when asked."""

from __future__ import annotations

import tarfile
import zipfile

from tests.packaging.installing import ROOT, run

LANGUAGES = sorted(p.stem.removeprefix("backjournal_") for p in (ROOT / "resources" / "translations").glob("*.ts"))


def test_the_sdist_carries_the_sources_and_the_wheel_the_compiled_catalogues(built):
    sdist, wheel = built
    assert {"de", "en"} <= set(LANGUAGES)
    with tarfile.open(sdist) as tar:
        in_sdist = tar.getnames()
    with zipfile.ZipFile(wheel) as zipped:
        in_wheel = set(zipped.namelist())
    for lang in LANGUAGES:
        assert any(n.endswith(f"resources/translations/backjournal_{lang}.ts") for n in in_sdist)
        assert f"backjournal/resources/translations/backjournal_{lang}.ts" in in_wheel
        assert f"backjournal/resources/translations/backjournal_{lang}.qm" in in_wheel
    assert not [n for n in in_sdist if n.endswith(".qm")], "the sdist ships compiled catalogues; they are built"


def test_the_installed_wheel_answers_in_german(wheel_venv, tmp_path):
    env = {"BACKJOURNAL_LANGUAGE": "de", "HOME": str(tmp_path), "BACKJOURNAL_CONFIG_DIR": str(tmp_path / "config")}
    probe = (
        "from backjournal import i18n\n"
        "i18n.use_language('de')\n"
        "print(i18n.translate('MainWindow', '&File'), i18n.number(3.5))\n"
    )
    out = run([wheel_venv / "bin" / "python", "-c", probe], cwd=tmp_path, env=env).stdout
    assert out.split() == ["&Datei", "3,5"]
