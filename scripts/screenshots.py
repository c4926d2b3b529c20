"""Walk every step of the example dossier and save screenshots (for looking at, never committed).

    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots.py \
        [--size 1280x720 --size 1366x768] [--lang fr --lang en] [--out /tmp/ui-shots]

Each size is a screen: the window is fitted to it as on opening (ui.window_fit), with a 40 px panel. The
application is made as when started (ui.app.create_application: its style sheet, resources/style.qss), so
the headings and the step list have their real size; ``--tabs`` also shoots the tabs inside a tab.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", action="append", default=None)
    parser.add_argument("--lang", action="append", default=None)
    parser.add_argument("--out", default="/tmp/ui-shots")
    parser.add_argument("--steps", default="", help="comma-separated step keys (default: all)")
    parser.add_argument("--tabs", action="store_true", help="also each other tab of a step's tab widgets")
    parser.add_argument("--awarded", action="store_true",
                        help="also the Suivi step's tabs of the example after the award (exemple-grappe-bfc-retenu)")
    parser.add_argument("--screen", action="store_true",
                        help="capture the screen as painted (shows stale pixels) instead of re-rendering the window")
    args = parser.parse_args()
    sizes = args.size or ["1280x720", "1366x768"]
    langs = args.lang or ["fr", "en"]
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QRect

    from esms_desktop.ui.app import create_application

    app = create_application([])  # the application's own style sheet, as when started
    from esms_desktop import i18n
    from esms_desktop.storage.dossier_file import import_file
    from esms_desktop.ui.main_window import MainWindow
    from esms_desktop.ui.window_fit import target_geometry

    i18n.install(langs[0])
    home = tempfile.mkdtemp(prefix="ui-shots-")
    window = MainWindow(str(Path(home) / "shots.sqlite"))
    window.show()
    window.start()
    dossier_id = import_file(window.db, ROOT / "resources" / "examples" / "exemple-grappe-bfc.json")
    awarded_id = None
    if args.awarded:
        awarded_id = import_file(window.db, ROOT / "resources" / "examples" / "exemple-grappe-bfc-retenu.json")
    window.list_view.refresh(dossier_id)
    wanted = [k for k in args.steps.split(",") if k]

    def settle():
        """Wait for the wizard's background reads (ui/db_queue.py) to be shown, then for the paint."""
        import time

        wizard = window.wizard if window.stack.currentWidget() is window.wizard else None
        deadline = time.monotonic() + 30
        while wizard is not None and hasattr(wizard, "is_settled") and not wizard.is_settled():
            if time.monotonic() > deadline:
                print("background work did not end", file=sys.stderr)
                break
            app.processEvents()
            time.sleep(0.005)
        for _ in range(5):
            app.processEvents()

    def shot(path):
        if args.screen:
            import time

            end = time.monotonic() + 0.3
            while time.monotonic() < end:
                app.processEvents()
            app.primaryScreen().grabWindow(0).save(str(path))
        else:
            window.grab().save(str(path))

    def shoot_tabs(step, prefix, done=None):
        """Each enabled tab other than the current one of the step's visible tab widgets, then back; the tab
        widgets inside a tab (the Suivi step's « Cibles d'usage ») each time their tab is shown."""
        from PySide6.QtWidgets import QTabWidget

        done = set() if done is None else done
        for number, tabs in enumerate(t for t in step.findChildren(QTabWidget) if t.isVisible()):
            if id(tabs) in done:
                continue
            done.add(id(tabs))
            first = tabs.currentIndex()
            for tab in range(tabs.count()):
                if tab == first or not tabs.isTabEnabled(tab):
                    continue
                tabs.setCurrentIndex(tab)
                settle()
                shot(out / f"{prefix}-tab{number}{tab}.png")
                shoot_tabs(tabs.widget(tab), f"{prefix}-tab{number}{tab}", done)
            tabs.setCurrentIndex(first)
            settle()

    for lang in langs:
        i18n.install(lang)
        for size in sizes:
            width, height = (int(v) for v in size.split("x"))
            target = target_geometry(QRect(0, 0, width, height - 40))
            window.show_list()
            window.resize(target.size())
            settle()
            shot(out / f"{lang}-{size}-00-list.png")
            window.open_dossier(dossier_id)
            wizard = window.wizard
            for index, step in enumerate(wizard.steps):
                if wanted and step.key not in wanted:
                    continue
                wizard.go_to(index)
                window.resize(target.size())
                settle()
                name = out / f"{lang}-{size}-{index + 1:02d}-{step.key}.png"
                shot(name)
                if args.tabs:
                    shoot_tabs(step, f"{lang}-{size}-{index + 1:02d}-{step.key}")
            if awarded_id is not None:
                window.open_dossier(awarded_id)
                wizard = window.wizard
                keys = [step.key for step in wizard.steps]
                wizard.go_to(keys.index("suivi"))
                window.resize(target.size())
                settle()
                step = wizard.steps[keys.index("suivi")]
                shot(out / f"{lang}-{size}-{keys.index('suivi') + 1:02d}-suivi-awarded.png")
                shoot_tabs(step, f"{lang}-{size}-{keys.index('suivi') + 1:02d}-suivi-awarded")
            print(lang, size, window.size().width(), window.size().height())
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
