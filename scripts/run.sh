#!/usr/bin/env bash
# Starts esms-desktop (after the set-up). Arguments go to the application, e.g. --db FILE.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "Aucun écran détecté : l'application s'ouvre sur un écran virtuel (Xvfb)."
  exec xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb .venv/bin/esms-desktop "$@"
fi
exec .venv/bin/esms-desktop "$@"
