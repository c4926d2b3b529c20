"""The pack snapshot reads the typed dossier (issue 14): built from ``storage.load_dossier`` (no document
bytes) or from the exported file dict, it prints the same rows, subject by subject."""

from __future__ import annotations

import datetime as dt

from esms_desktop.reports.snapshot import build_pack_snapshot
from esms_desktop.storage.dossier_file import export_dossier
from esms_desktop.storage.loader import load_dossier

TODAY = dt.date(2024, 5, 10)


def test_the_typed_dossier_and_its_file_print_the_same_rows(db, example_id):
    typed = build_pack_snapshot(load_dossier(db, example_id), today=TODAY)
    filed = build_pack_snapshot(export_dossier(db, example_id), today=TODAY)
    for subject in ("ogs", "essms", "people", "referents", "presentation", "grappe", "dui", "needs", "budget",
                    "maturity", "planning", "communication", "partners", "checklist", "aap_checklist", "letters",
                    "convention", "commitments"):
        assert getattr(typed, subject) == getattr(filed, subject), subject
    # the pieces: the same list; only the file carries their bytes (the loader never reads them)
    assert [(a.kind, a.label, a.sha256) for a in typed.attachments] == \
        [(a.kind, a.label, a.sha256) for a in filed.attachments]
    assert all(not a.content for a in typed.attachments) and all(a.content for a in filed.attachments)
    # and the example's figures, worked out in test_pack_snapshot, are there: 4 OGs, 16 ESSMS, one porteur
    assert (len(typed.ogs), len(typed.essms), typed.porteur.finess_ej) == (4, 16, "890001548")
