#!/usr/bin/env bash
# Build a one-folder desktop bundle with PyInstaller into dist/BackJournal/.
# Usage: bash packaging/build.sh   (after ./dev setup)
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/python -m pip install -q "pyinstaller>=6.5"
.venv/bin/pyinstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller packaging/pyinstaller/backjournal.spec
echo "built: dist/BackJournal/backjournal"
