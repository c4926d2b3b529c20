"""Packaging: one version everywhere, the desktop files, the icon, the About dialog, and a real bundle.

``test_bundle_runs_headless`` builds the Linux bundle with scripts/build_bundle.sh into a temporary
folder (about 30 s here) and drives the bundled executable: it must import the example dossier (which
creates and migrates a new database, so Alembic's scripts must be in the bundle), list it, open the
window offscreen, and export the PDF pack once the ``pack`` command exists.
"""

from __future__ import annotations

import configparser
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from esms_desktop import __version__

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
DESKTOP_ID = "fr.esmsdesktop.EsmsDesktop"
DESKTOP_FILE = PACKAGING / "linux" / f"{DESKTOP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{DESKTOP_ID}.metainfo.xml"
MIME = PACKAGING / "linux" / f"{DESKTOP_ID}.mime.xml"
ISS = PACKAGING / "windows" / "esms-desktop.iss"
SPEC = PACKAGING / "esms-desktop.spec"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


# --- one version, one id --------------------------------------------------------------------------
def test_metainfo_release_is_the_package_version():
    releases = ET.parse(METAINFO).getroot().findall("./releases/release")
    assert releases, "metainfo has no <release>"
    assert releases[0].get("version") == __version__, "add a <release> for the new version at the top"


def test_inno_setup_default_version_is_the_package_version():
    text = ISS.read_text(encoding="utf-8-sig")
    assert re.search(r'#define AppVersion "([^"]+)"', text).group(1) == __version__


def test_spec_reads_the_version_from_the_package():
    text = SPEC.read_text(encoding="utf-8")
    assert "__version__" in text and '"esms_desktop" / "__init__.py"' in text


def test_packaging_files_use_the_same_desktop_id():
    from esms_desktop.ui.app_icon import DESKTOP_ID as code_id

    assert code_id == DESKTOP_ID
    assert f'DESKTOP_ID = "{DESKTOP_ID}"' in SPEC.read_text(encoding="utf-8")
    assert ET.parse(METAINFO).getroot().findtext("id") == DESKTOP_ID
    assert f"ID={DESKTOP_ID}" in (PACKAGING / "linux" / "install.sh").read_text(encoding="utf-8")
    assert f"ID={DESKTOP_ID}" in (ROOT / "scripts" / "build_bundle.sh").read_text(encoding="utf-8")


# --- Linux desktop files --------------------------------------------------------------------------
def test_desktop_file_entries():
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP_FILE, encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Icon"] == DESKTOP_ID
    assert entry["Exec"].split()[0] == "esms-desktop"
    assert entry["Categories"].endswith(";") and "Office" in entry["Categories"].split(";")
    assert entry["MimeType"] == "application/x-esms-dossier;application/x-esms-member-sheet;"
    assert entry["Comment[fr]"] and entry["GenericName[fr]"]


def test_metainfo_is_valid():
    ET.parse(METAINFO)  # well-formed at least
    ET.parse(MIME)
    appstreamcli = shutil.which("appstreamcli")
    if appstreamcli is None:  # the files are well-formed (above); the AppStream rules need the tool
        pytest.skip("appstreamcli is not installed (Debian package appstream): the metainfo file was only "
                    "checked to be well-formed XML")
    result = subprocess.run([appstreamcli, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mime_type_declares_the_dossier_extension():
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime = ET.parse(MIME).getroot().find("m:mime-type", ns)
    assert mime.get("type") == "application/x-esms-dossier"
    assert mime.find("m:glob", ns).get("pattern") == "*.esms"
    sheet = ET.parse(MIME).getroot().findall("m:mime-type", ns)[1]  # the member sheet
    assert (sheet.get("type"), sheet.find("m:glob", ns).get("pattern")) == ("application/x-esms-member-sheet",
                                                                           "*.esms-og")


# --- icons ------------------------------------------------------------------------------------------
def test_icon_set_is_complete_and_sized(qapp):
    from PySide6.QtGui import QImage

    from esms_desktop.ui.app_icon import application_icon, icon_file

    for size in ICON_SIZES:
        image = QImage(str(icon_file(size)))
        assert (image.width(), image.height()) == (size, size)
        # GIVEN the design (a blue folder) THEN the centre pixel is opaque and the corner transparent
        assert image.pixelColor(size // 2, size * 3 // 4).alpha() == 255
        assert image.pixelColor(0, 0).alpha() == 0
    assert len(application_icon().availableSizes()) == len(ICON_SIZES)


def test_windows_and_macos_icons_hold_the_pngs():
    ico = (PACKAGING / "icons" / "esms-desktop.ico").read_bytes()
    assert ico[:4] == b"\x00\x00\x01\x00" and int.from_bytes(ico[4:6], "little") == 7  # 16…256
    icns = (PACKAGING / "icons" / "esms-desktop.icns").read_bytes()
    assert icns[:4] == b"icns" and int.from_bytes(icns[4:8], "big") == len(icns)


# --- About dialog -----------------------------------------------------------------------------------
def test_about_dialog_shows_version_licence_and_data_folder(qtbot, french, isolated_home, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QDesktopServices

    from esms_desktop.ui.about_dialog import AboutDialog

    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "À propos d'esms-desktop"
    assert dialog.version_label.text() == f"Version {__version__}"
    assert "EUPL-1.2" in dialog.licence_label.text()
    assert dialog.data_path_label.text() == str(isolated_home)
    assert dialog.open_button.text() == "&Ouvrir le dossier de données"
    assert dialog.db_caption.isHidden()  # no database given: only the data folder

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert [url.toLocalFile() for url in opened] == [str(isolated_home)]


def test_about_dialog_names_a_database_outside_the_data_folder(qtbot, qapp, tmp_path):
    from esms_desktop.ui.about_dialog import AboutDialog

    elsewhere = tmp_path / "grappe.sqlite"
    dialog = AboutDialog(database_path=elsewhere)
    qtbot.addWidget(dialog)
    assert not dialog.db_caption.isHidden()
    assert dialog.db_path_label.text() == str(elsewhere)


def test_about_dialog_follows_a_language_switch(qtbot, french):
    from esms_desktop import i18n
    from esms_desktop.ui.about_dialog import AboutDialog

    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    i18n.install("en")  # widgets get LanguageChange as a posted event
    qtbot.waitUntil(lambda: dialog.windowTitle() == "About esms-desktop", timeout=2000)
    assert dialog.open_button.text() == "&Open the data folder"
    i18n.install("fr")
    qtbot.waitUntil(lambda: dialog.windowTitle() == "À propos d'esms-desktop", timeout=2000)


# --- the bundle itself ------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def bundle():
    """Build the Linux bundle once for this module (scripts/build_bundle.sh, without the set-up).

    In a folder of its own rather than pytest's tmp_path, which a concurrent pytest session may prune.
    """
    if not sys.platform.startswith("linux"):
        pytest.skip("the bundle smoke test runs on Linux")
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        pytest.fail("PyInstaller is missing from the venv: run scripts/setup.sh (the test extra includes it)")
    out = Path(tempfile.mkdtemp(prefix="esms-bundle-"))
    env = dict(os.environ, PYTHON_BIN=sys.executable)
    started = time.monotonic()
    result = subprocess.run(
        ["bash", str(ROOT / "scripts" / "build_bundle.sh"), "--no-setup", "--out", str(out)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=900,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    print(f"bundle built in {time.monotonic() - started:.0f} s")
    yield out / "esms-desktop"
    shutil.rmtree(out, ignore_errors=True)


def run_bundle(bundle, *args, home, **env):
    environment = dict(os.environ, ESMS_DESKTOP_HOME=str(home), QT_QPA_PLATFORM="offscreen", **env)
    environment.pop("ESMS_DESKTOP_DB", None)
    # Nothing from the source tree or the venv may leak in: run from elsewhere, without PYTHONPATH.
    environment.pop("PYTHONPATH", None)
    return subprocess.run([str(bundle / "esms-desktop"), *args], cwd=home.parent, env=environment,
                          capture_output=True, text=True, timeout=120)


@pytest.mark.slow
def test_bundle_layout_and_size(bundle):
    internal = bundle / "_internal"
    assert (internal / "resources" / "examples" / "exemple-grappe-bfc.json").is_file()
    # The national FINESS reference ships with the bundle (5 MB gzipped; built on first use).
    assert (internal / "resources" / "finess" / "finess-national-2021.csv.gz").stat().st_size > 4_000_000
    assert list((internal / "translations").glob("esms_desktop_fr.qm"))
    assert (internal / "esms_desktop" / "storage" / "migrations" / "env.py").is_file()
    assert list((internal / "esms_desktop" / "storage" / "migrations" / "versions").glob("0001_*.py"))
    assert (bundle / "share" / "applications" / f"{DESKTOP_ID}.desktop").is_file()
    assert (bundle / "share" / "icons" / "hicolor" / "16x16" / "apps" / f"{DESKTOP_ID}.png").is_file()
    assert os.access(bundle / "install.sh", os.X_OK)
    for unwanted in ("QtQml", "QtQuick", "QtWebEngineCore", "QtMultimedia", "QtVirtualKeyboard"):
        assert not list(internal.rglob(f"*{unwanted}*")), unwanted
    assert not [p for p in internal.rglob("*") if p.is_symlink() and not p.exists()], "dangling symlinks"
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    assert size < 200 * 1024 * 1024, f"bundle is {size / 2**20:.0f} MiB"
    archives = list(bundle.parent.glob(f"esms-desktop-{__version__}-linux-*.tar.gz"))
    assert len(archives) == 1


@pytest.mark.slow
def test_bundle_runs_headless(bundle, tmp_path):
    home = tmp_path / "home"
    db = tmp_path / "grappe.sqlite"
    example = bundle / "_internal" / "resources" / "examples" / "exemple-grappe-bfc.json"

    version = run_bundle(bundle, "--version", home=home)
    assert version.returncode == 0 and version.stdout.strip() == f"esms-desktop {__version__}"

    imported = run_bundle(bundle, "--db", str(db), "dossier", "import", str(example), home=home)
    assert imported.returncode == 0, imported.stderr
    assert "importé" in imported.stdout  # the French catalogue is in the bundle

    listed = run_bundle(bundle, "--db", str(db), "dossier", "list", home=home)
    assert listed.returncode == 0, listed.stderr
    assert "Grappe DUI Yonne-Saône-et-Loire" in listed.stdout
    assert re.search(r"^1\s", listed.stdout, re.M)

    # The window: painted, database opened and list filled, then the probe quits.
    window = run_bundle(bundle, "--db", str(db), home=home, ESMS_DESKTOP_STARTUP_PROBE="1")
    assert window.returncode == 0, window.stderr
    assert "first-paint" in window.stdout and "ready" in window.stdout


@pytest.mark.slow
def test_bundle_installs_for_the_user(bundle, tmp_path):
    home = tmp_path / "user"
    home.mkdir()
    env = dict(os.environ, HOME=str(home))
    env.pop("XDG_DATA_HOME", None)
    result = subprocess.run(["sh", str(bundle / "install.sh")], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    share = home / ".local" / "share"
    desktop = (share / "applications" / f"{DESKTOP_ID}.desktop").read_text(encoding="utf-8")
    assert f'Exec="{home}/.local/opt/esms-desktop/esms-desktop" %f' in desktop
    assert (share / "icons" / "hicolor" / "48x48" / "apps" / f"{DESKTOP_ID}.png").is_file()
    assert (share / "mime" / "packages" / f"{DESKTOP_ID}.xml").is_file()
    launcher = home / ".local" / "bin" / "esms-desktop"
    assert subprocess.run([str(launcher), "--version"], capture_output=True, text=True).stdout.strip() == \
        f"esms-desktop {__version__}"

    removed = subprocess.run(["sh", str(home / ".local" / "opt" / "esms-desktop" / "install.sh"), "--uninstall"],
                             env=env, capture_output=True, text=True, timeout=120)
    assert removed.returncode == 0, removed.stderr
    assert not launcher.exists() and not (home / ".local" / "opt" / "esms-desktop").exists()
    assert not (share / "applications" / f"{DESKTOP_ID}.desktop").exists()


def _pack_command_registered() -> bool:
    from esms_desktop.cli import COMMAND_MODULES

    return "esms_desktop.cli.pack" in COMMAND_MODULES


@pytest.mark.slow
def test_bundle_exports_the_pdf_pack(bundle, tmp_path):
    if not _pack_command_registered():
        pytest.skip("the `pack` command is not registered yet (esms_desktop.cli.COMMAND_MODULES)")
    from pypdf import PdfReader

    home = tmp_path / "home"
    db = tmp_path / "grappe.sqlite"
    example = bundle / "_internal" / "resources" / "examples" / "exemple-grappe-bfc.json"
    assert run_bundle(bundle, "--db", str(db), "dossier", "import", str(example), home=home).returncode == 0

    # From the database (dossier number 1), then straight from the dossier file.
    for source, pdf in (("1", tmp_path / "pack from db.pdf"), (str(example), tmp_path / "pack-from-file.pdf")):
        result = run_bundle(bundle, "--db", str(db), "pack", source, "-o", str(pdf), home=home)
        assert result.returncode == 0, result.stdout + result.stderr
        reader = PdfReader(pdf)
        assert len(reader.pages) > 5
        first_pages = "".join(page.extract_text() for page in reader.pages[:3])
        assert "Yonne" in first_pages  # the example's grappe, in the embedded font's text
        # the stored pieces appended by pypdf, which the bundle carries
        assert "Document fictif fourni avec le dossier" in reader.pages[-1].extract_text()


@pytest.mark.slow
def test_bundle_works_with_a_postgresql_server(bundle, tmp_path, pg_server):
    """psycopg (binary wheels) is in the bundle: import and list on the test server, password never shown."""
    home = tmp_path / "home"
    url = pg_server.url(pg_server.create_database())
    example = bundle / "_internal" / "resources" / "examples" / "exemple-grappe-bfc.json"
    imported = run_bundle(bundle, "--db", url, "dossier", "import", str(example), home=home)
    assert imported.returncode == 0, imported.stderr
    listed = run_bundle(bundle, "--db", url, "dossier", "list", home=home)
    assert "Grappe DUI Yonne-Saône-et-Loire" in listed.stdout
    wrong = run_bundle(bundle, "--db", url.replace(":s3cret-pw@", ":nope-pw@"), "dossier", "list", home=home)
    assert wrong.returncode != 0 and "a refusé le nom d'utilisateur ou le mot de passe" in wrong.stderr
    assert "nope-pw" not in wrong.stdout + wrong.stderr
