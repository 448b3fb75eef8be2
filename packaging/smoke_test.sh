#!/usr/bin/env bash
# Smoke-test an installed or bundled BackJournal as a person would use it, in a throw-away data dir:
# the window starts (offscreen) and paints, the window opens a NEW journal, the command line logs an
# entry into it, lists it, makes a chart and a report, and checks the journal. Every step is checked;
# the first failure prints what the program said and exits 1.
#
#   bash packaging/smoke_test.sh EXECUTABLE     e.g. dist/BackJournal/backjournal or a venv's bin/backjournal
#
# packaging/build.sh runs it on the PyInstaller bundle. Needs nothing but the executable and coreutils.
set -uo pipefail

exe=${1:?usage: smoke_test.sh EXECUTABLE}
[ -x "$exe" ] || { echo "smoke: $exe is not an executable file" >&2; exit 1; }
work=$(mktemp -d "${TMPDIR:-/tmp}/backjournal-smoke.XXXXXX")
trap 'rm -rf "$work"' EXIT
data="$work/journal"
# Nothing of the person's own settings or journal is read or written: own config dir, own data dir.
export QT_QPA_PLATFORM=offscreen BACKJOURNAL_CONFIG_DIR="$work/config" XDG_CONFIG_HOME="$work/xdg-config"
export XDG_DATA_HOME="$work/xdg-data" XDG_STATE_HOME="$work/xdg-state" XDG_CACHE_HOME="$work/xdg-cache"
unset BACKJOURNAL_EXIT_AFTER
steps=0

step() {  # step NAME COMMAND... : run it (at most 180 s), fail loudly unless it exits 0
  local name=$1; shift
  local start=$SECONDS
  timeout 180 "$@" >"$work/out" 2>"$work/err"
  local rc=$?
  if [ "$rc" -ne 0 ]; then
    echo "smoke: FAILED: $name (exit $rc$([ "$rc" -eq 124 ] && echo ': timed out after 180 s')): $*" >&2
    tail -n 20 "$work/out" "$work/err" >&2
    exit 1
  fi
  steps=$((steps + 1))
  echo "smoke: ok: $name ($((SECONDS - start)) s)"
}

expect() {  # expect WHAT CONDITION... : a check on what the last step left behind
  local what=$1; shift
  if ! "$@"; then
    echo "smoke: FAILED: $what" >&2
    tail -n 20 "$work/out" "$work/err" >&2
    exit 1
  fi
}

starts_with() { head -c "${#2}" "$1" | grep -qF -- "$2"; }

step "--version" "$exe" --version
expect "--version prints the version" grep -qE '[0-9]+\.[0-9]+' "$work/out"

step "window painted (offscreen)" env BACKJOURNAL_EXIT_AFTER=paint "$exe" --data-dir "$data"

step "window opens a new journal (Trends painted)" env BACKJOURNAL_EXIT_AFTER=trends "$exe" --data-dir "$data"
expect "the window created journal.sqlite3" test -s "$data/journal.sqlite3"

step "log an entry" "$exe" --data-dir "$data" log pain 6 --note "smoke test"
step "list shows it" "$exe" --data-dir "$data" list
expect "the logged entry is listed" grep -q "smoke test" "$work/out"

step "chart (PNG)" "$exe" --data-dir "$data" chart -o "$work/chart.png"
expect "the chart is a PNG" starts_with "$work/chart.png" $'\x89PNG'

step "report (PDF)" "$exe" --data-dir "$data" report -o "$work/report.pdf"
expect "the report is a PDF" starts_with "$work/report.pdf" "%PDF"

step "journal check" "$exe" --data-dir "$data" check

echo "smoke: all $steps steps passed: $exe"
