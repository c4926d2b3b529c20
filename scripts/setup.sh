#!/usr/bin/env bash
# Set-up shared by scripts/run.sh and scripts/test.sh; safe to run again (it only does what is missing).
# Installs the Debian packages Qt and the checks need, a virtual environment in .venv with the
# application and its test tools, and compiles the French catalogue.
set -euo pipefail
cd "$(dirname "$0")/.."

DEB_PACKAGES=(
  # Qt's offscreen and xcb platforms
  libegl1 libgl1 libfontconfig1 libglib2.0-0 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 libxcb-xkb1
  # a virtual screen when there is no display
  xvfb xauth
  # checking PDFs and the benchmarks' reference tools
  qpdf poppler-utils sqlite3 fonts-dejavu-core
  # a throw-away PostgreSQL server the tests start on 127.0.0.1 (tests/pg_server.py)
  postgresql
  # the virtual environment, and building the bundle (PyInstaller needs objdump/strip and libpython)
  python3-venv binutils appstream
)
PYTHON=${PYTHON:-python3}
pyver=$("$PYTHON" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
if [ "$("$PYTHON" -c 'import sysconfig; print(sysconfig.get_config_var("Py_ENABLE_SHARED") or 0)')" = "1" ]; then
  DEB_PACKAGES+=("libpython$pyver")  # a shared-library Python (Debian's): PyInstaller bundles libpython
fi
missing=()
for pkg in "${DEB_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installation des paquets Debian manquants : ${missing[*]}"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; elif command -v sudo >/dev/null; then SUDO="sudo"; else
    echo "Ces paquets manquent et il faut être administrateur (root) pour les installer : ${missing[*]}" >&2
    exit 1
  fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! .venv/bin/python -m pip --version >/dev/null 2>&1; then
  "$PYTHON" -m venv --clear .venv  # also repairs a venv left without pip by an earlier failed attempt
fi
stamp=.venv/.esms-desktop-installed
want=$(sha256sum pyproject.toml | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".[test]"
  echo "$want" > "$stamp"
fi
.venv/bin/python scripts/translations.py compile
