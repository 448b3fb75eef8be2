#!/usr/bin/env bash
# Every view and dialog at 1024x768, 1366x768, 1920x1080 and at 200 % on a 3840x2160 screen, under Xvfb.
#   bash docs/screenshots/shots.sh OUTDIR [DISPLAY_BASE]      (run from the project root after ./dev setup)
# Writes OUTDIR/<size>/<name>.png. DISPLAY_BASE (default 90) picks free X display numbers.
set -euo pipefail
out=${1:?usage: shots.sh OUTDIR [DISPLAY_BASE]}
n=${2:-90}
command -v Xvfb >/dev/null || { echo "install xvfb first" >&2; exit 1; }
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
.venv/bin/backjournal --data-dir "$scratch/demo" demo --years 3 --seed 7 >/dev/null
for spec in 1024x768:1 1366x768:1 1920x1080:1 3840x2160:2; do
  size=${spec%%:*}; scale=${spec##*:}
  n=$((n + 1))
  Xvfb ":$n" -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 &
  xpid=$!
  for _ in $(seq 1 50); do [ -e "/tmp/.X11-unix/X$n" ] && break; sleep 0.1; done
  wm=""
  if command -v openbox >/dev/null; then  # window frames, as on a desktop (optional)
    DISPLAY=":$n" openbox >/dev/null 2>&1 &
    wm=$!
    sleep 0.5
  fi
  name=$size; [ "$scale" != 1 ] && name="$size-${scale}00pct"
  rm -rf "$scratch/empty"
  HOME="$scratch/home" BACKJOURNAL_CONFIG_DIR="$scratch/config-$n" DISPLAY=":$n" QT_QPA_PLATFORM=xcb \
    QT_SCALE_FACTOR=$scale .venv/bin/python docs/screenshots/take_screenshots.py "$out/$name" "$scratch/demo" \
    "$scratch/empty" || echo "$name: failed" >&2
  [ -n "$wm" ] && { kill "$wm" 2>/dev/null || true; wait "$wm" 2>/dev/null || true; }
  kill "$xpid" 2>/dev/null || true
  wait "$xpid" 2>/dev/null || true
done
echo "screenshots in $out"
