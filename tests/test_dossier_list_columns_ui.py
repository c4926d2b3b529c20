"""The dossier list for a consultant with many grappes (issue 21): campaign, region, porteur, state and
filing deadline columns, sortable and filterable; the state computed off the UI thread.

The example (resources/examples/exemple-grappe-bfc.json) is complete and admissible; its porteur is
« Association Charles de Foucauld (Yonne) »; its 16 ESSMS in Bourgogne-Franche-Comté answer the regional
call of 2024, whose window closes on 15/09/2024 (resources/campaigns/2024.json, windows.regional).
A new empty dossier of 2024 is not admissible (no grappe, no pieces...).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from esms_desktop.storage.dossier_file import import_file
from esms_desktop.storage.dossiers import create_dossier
from esms_desktop.ui.dossier_list_model import DossierListModel

from conftest import EXAMPLE

PORTEUR = "Association Charles de Foucauld (Yonne)"


def _column(view, name):
    return DossierListModel.COLUMNS.index(name)


def _cells(view, name):
    model = view.model
    return [model.index(r, _column(view, name)).data() for r in range(model.rowCount())]


def _computed(view):
    return not view.standings_pending()


def _ready(qtbot, main_window):
    example = import_file(main_window.db, EXAMPLE)
    empty = create_dossier(main_window.db, "Essai vide", campaign_year=2024)
    view = main_window.list_view
    view.refresh()
    qtbot.waitUntil(lambda: _computed(view) and "…" not in _cells(view, "state"), timeout=20000)
    return view, example, empty


def test_columns_show_campaign_region_porteur_state_and_deadline(qtbot, main_window):
    view, example, empty = _ready(qtbot, main_window)
    headers = [view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(view.model.columnCount())]
    assert headers[:6] == ["Dossier", "Campagne", "Région", "Porteur", "État", "Date limite de dépôt"]
    rows = {r: [view.model.index(r, c).data() for c in range(6)] for r in range(view.model.rowCount())}
    by_name = {cells[0]: cells for cells in rows.values()}
    exemple = next(v for k, v in by_name.items() if k != "Essai vide")
    assert exemple[1:] == ["2024", "Bourgogne-Franche-Comté", PORTEUR, "✔ recevable", "15/09/2024"]
    essai = by_name["Essai vide"]
    assert essai[3] == "—"  # no porteur chosen yet
    assert essai[4].startswith("✖ ") and essai[4].endswith("critères bloquants")
    assert int(essai[4].split()[1]) >= 2


def test_sort_by_state_and_filter(qtbot, main_window):
    view, example, empty = _ready(qtbot, main_window)
    header = view.table.horizontalHeader()
    header.sectionClicked.emit(_column(view, "state"))  # what a click on the header does
    view.table.sortByColumn(_column(view, "state"), Qt.SortOrder.AscendingOrder)
    assert _cells(view, "state")[0] == "✔ recevable"
    view.table.sortByColumn(_column(view, "state"), Qt.SortOrder.DescendingOrder)
    assert _cells(view, "state")[-1] == "✔ recevable"
    view.table.sortByColumn(_column(view, "porteur"), Qt.SortOrder.AscendingOrder)
    assert _cells(view, "porteur") == [PORTEUR, "—"]  # « A… » before the dash

    view.filter_edit.setText("foucauld")  # by porteur
    assert _cells(view, "name") != [] and _cells(view, "porteur") == [PORTEUR]
    view.filter_edit.setText("bloquant")  # by state
    assert _cells(view, "name") == ["Essai vide"]
    assert view.selected_id() == empty  # the selection follows what is shown
    view.filter_edit.setText("")
    assert len(_cells(view, "name")) == 2


def test_the_state_thread_is_stopped_when_the_window_closes(qtbot, main_window):
    for n in range(3):
        create_dossier(main_window.db, f"Grappe {n}", campaign_year=2024)
    view = main_window.list_view
    view.refresh()
    from esms_desktop.ui import workers

    worker = view.worker
    assert worker is not None
    view.refresh()  # a second refresh: the first worker cancelled, not waited for
    assert view.worker is not worker
    main_window.close()  # at once, the threads may still be checking
    running = workers.running()
    assert not any(w is worker or w is view.worker for w in running) and view.worker is None
    QApplication.processEvents()


def test_the_state_column_is_wide_enough_for_its_text_once_computed(qtbot, main_window):
    """The rows come first with « … » as their state: the column was sized for that (« ✔ rece… » shown)."""
    view, _example, _empty = _ready(qtbot, main_window)
    for name in ("state", "deadline"):
        column = _column(view, name)
        assert view.table.columnWidth(column) >= view.table.sizeHintForColumn(column), name
