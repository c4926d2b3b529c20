#!/bin/sh
# Installs esms-desktop for the current user (no administrator rights needed), from the unpacked bundle:
#   ./install.sh              copies the application to ~/.local/opt/esms-desktop, adds it to the menu,
#                             the `esms-desktop` command in ~/.local/bin and the .esms dossier file type
#   ./install.sh --uninstall  removes all that (your dossiers, in ~/.local/share/esms-desktop, stay)
set -eu
ID=fr.esmsdesktop.EsmsDesktop
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
APP_DIR=$HOME/.local/opt/esms-desktop
BIN_DIR=$HOME/.local/bin

refresh() {
  command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$DATA/mime" >/dev/null 2>&1 || true
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$DATA/applications" >/dev/null 2>&1 || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$DATA/icons/hicolor" >/dev/null 2>&1 || true
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$APP_DIR"
  rm -f "$BIN_DIR/esms-desktop" "$DATA/applications/$ID.desktop" "$DATA/metainfo/$ID.metainfo.xml" \
        "$DATA/mime/packages/$ID.xml"
  rm -f "$DATA"/icons/hicolor/*/apps/"$ID".png "$DATA/icons/hicolor/scalable/apps/$ID.svg"
  refresh
  echo "esms-desktop a été désinstallé. Vos dossiers sont toujours dans $DATA/esms-desktop."
  exit 0
fi

if [ "$HERE" != "$APP_DIR" ]; then
  rm -rf "$APP_DIR.new"
  mkdir -p "$(dirname "$APP_DIR")"
  cp -a "$HERE" "$APP_DIR.new"
  rm -rf "$APP_DIR"
  mv "$APP_DIR.new" "$APP_DIR"
fi
mkdir -p "$BIN_DIR" "$DATA/applications" "$DATA/metainfo" "$DATA/mime/packages"
ln -sf "$APP_DIR/esms-desktop" "$BIN_DIR/esms-desktop"
sed "s|^Exec=esms-desktop|Exec=\"$APP_DIR/esms-desktop\"|" "$APP_DIR/share/applications/$ID.desktop" \
  > "$DATA/applications/$ID.desktop"
cp "$APP_DIR/share/metainfo/$ID.metainfo.xml" "$DATA/metainfo/"
cp "$APP_DIR/share/mime/packages/$ID.xml" "$DATA/mime/packages/"
(cd "$APP_DIR/share" && find icons -type f) | while read -r icon; do
  mkdir -p "$DATA/$(dirname "$icon")"
  cp "$APP_DIR/share/$icon" "$DATA/$icon"
done
refresh
echo "esms-desktop est installé : menu Bureautique, ou la commande esms-desktop ($BIN_DIR)."
