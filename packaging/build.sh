#!/usr/bin/env bash
# Build the one-folder desktop bundle with PyInstaller into dist/BackJournal/, then smoke-test it
# (packaging/smoke_test.sh: window painted offscreen, a new journal, an entry, a chart, a report).
# Usage: ./dev bundle, or bash packaging/build.sh  (sets up .venv through ./dev setup when it is missing)
#        bash packaging/build.sh --no-smoke   (build only)
# Exits non-zero when the build or any smoke step fails. Linux; for Windows and macOS see packaging/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
smoke=1
[ "${1:-}" = "--no-smoke" ] && smoke=0

[ -x .venv/bin/python ] || ./dev setup
# PyInstaller comes with the test extra (./dev setup) and the bundle extra.
.venv/bin/python -c "import PyInstaller" 2>/dev/null || .venv/bin/python -m pip install -q "pyinstaller>=6.5"
# Compiled translations (*.qm under resources/) are collected with resources/: compile them from the
# .ts sources first so the bundle carries current ones (./dev setup does it too).
if [ -f tools/translations.py ]; then
  .venv/bin/python tools/translations.py compile -q
fi
.venv/bin/python packaging/render_icons.py --check

start=$SECONDS
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
  packaging/pyinstaller/backjournal.spec
echo "built: dist/BackJournal/backjournal in $((SECONDS - start)) s, $(du -sh dist/BackJournal | cut -f1)"

if [ "$smoke" = 1 ]; then
  bash packaging/smoke_test.sh dist/BackJournal/backjournal
  for f in share/applications/io.github.backjournal.BackJournal.desktop \
           share/metainfo/io.github.backjournal.BackJournal.metainfo.xml \
           share/icons/hicolor/scalable/apps/io.github.backjournal.BackJournal.svg \
           share/icons/hicolor/256x256/apps/io.github.backjournal.BackJournal.png; do
    [ -s "dist/BackJournal/$f" ] || { echo "build: FAILED: dist/BackJournal/$f is missing" >&2; exit 1; }
  done
  echo "build: the bundle passed its smoke test"
fi
