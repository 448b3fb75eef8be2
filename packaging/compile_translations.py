"""Compile the translations (resources/translations/*.ts -> *.qm with pyside6-lrelease) before a build.
packaging/build.sh runs it before PyInstaller; the wheel build does the same (tools/build_backend.py), and
./dev setup for a checkout. The translator workflow is in docs/translations.md (tools/translations.py)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))

from translations import compile_all

if __name__ == "__main__":
    compile_all()
