#!/usr/bin/env bash
# Builds the Linux bundle (one folder, PyInstaller) and its .tar.gz, after the set-up.
#   bash scripts/build_bundle.sh                  → dist/esms-desktop/ and dist/esms-desktop-<version>-linux-<arch>.tar.gz
#   bash scripts/build_bundle.sh --out DIR        build into DIR instead of dist/ (PyInstaller's work files in DIR/work)
#   bash scripts/build_bundle.sh --no-setup       skip scripts/setup.sh (the venv is ready: used by tests/test_bundle.py)
#   bash scripts/build_bundle.sh --no-archive     the folder only, no .tar.gz
# PYTHON_BIN chooses the Python of the venv (default .venv/bin/python). See packaging/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

OUT=dist
SETUP=1
ARCHIVE=1
while [ $# -gt 0 ]; do
  case "$1" in
    --out) OUT=$2; shift 2 ;;
    --no-setup) SETUP=0; shift ;;
    --no-archive) ARCHIVE=0; shift ;;
    -h|--help) sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "build_bundle.sh : option inconnue « $1 »" >&2; exit 2 ;;
  esac
done
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)

if [ "$SETUP" = 1 ]; then
  bash scripts/setup.sh
fi
PY=${PYTHON_BIN:-$ROOT/.venv/bin/python}
if ! "$PY" -c "import PyInstaller" 2>/dev/null; then
  echo "Installation de PyInstaller dans l'environnement virtuel…"
  "$PY" -m pip install -q -e ".[bundle]"
fi
if ! ls translations/*.qm >/dev/null 2>&1; then
  "$PY" scripts/translations.py compile
fi

ID=fr.esmsdesktop.EsmsDesktop
VERSION=$("$PY" -c "import esms_desktop; print(esms_desktop.__version__)")
ARCH=$(uname -m)
BUNDLE="$OUT/esms-desktop"
started=$(date +%s)

"$PY" -m PyInstaller --noconfirm --log-level WARN --distpath "$OUT" --workpath "$OUT/work" \
  packaging/esms-desktop.spec

# Desktop integration, installed by install.sh (menu entry, icons, .esms file type, AppStream metadata).
install -D -m 644 "packaging/linux/$ID.desktop" "$BUNDLE/share/applications/$ID.desktop"
install -D -m 644 "packaging/linux/$ID.metainfo.xml" "$BUNDLE/share/metainfo/$ID.metainfo.xml"
install -D -m 644 "packaging/linux/$ID.mime.xml" "$BUNDLE/share/mime/packages/$ID.xml"
for png in resources/icons/esms-desktop-*.png; do
  size=${png##*-}; size=${size%.png}
  install -D -m 644 "$png" "$BUNDLE/share/icons/hicolor/${size}x${size}/apps/$ID.png"
done
install -D -m 644 packaging/icons/esms-desktop.svg "$BUNDLE/share/icons/hicolor/scalable/apps/$ID.svg"
install -m 755 packaging/linux/install.sh "$BUNDLE/install.sh"
install -m 644 packaging/linux/LISEZMOI.txt "$BUNDLE/LISEZMOI.txt"

echo "Dossier : $BUNDLE ($(du -sh "$BUNDLE" | cut -f1))"
if [ "$ARCHIVE" = 1 ]; then
  ARCHIVE_FILE="$OUT/esms-desktop-$VERSION-linux-$ARCH.tar.gz"
  tar -C "$OUT" -czf "$ARCHIVE_FILE" esms-desktop
  echo "Archive : $ARCHIVE_FILE ($(du -sh "$ARCHIVE_FILE" | cut -f1))"
fi
echo "Construit en $(( $(date +%s) - started )) s."
