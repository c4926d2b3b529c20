"""The typed dossier (rules/dossier.py) and the one loader (storage/loader.py).

The file dict is read in one place (Dossier.from_file) and written back by Dossier.to_file; the loader
gives the same value from the database in a fixed number of queries, without the documents' bytes.
"""

from __future__ import annotations

import base64
import copy
import datetime as dt

import pytest
from sqlalchemy import event

from esms_desktop.rules.dossier import Dossier, Essms, Og
from esms_desktop.storage.dossier_file import dumps, export_dossier, import_dossier
from esms_desktop.storage.errors import NotFoundError
from esms_desktop.storage.loader import load_dossier


def contents_of(exported: dict) -> dict[int, str]:
    return {i: d["content"] for i, d in enumerate(exported["dossier"]["documents"])}


def test_from_file_then_to_file_gives_the_export_back(db, example_id):
    exported = export_dossier(db, example_id)
    dossier = Dossier.from_file(exported)
    assert dossier.to_file(contents_of(exported)) == exported["dossier"]
    assert Dossier.from_file(exported["dossier"]) == dossier  # the "dossier" part alone reads the same


def test_the_loader_gives_the_same_value_as_the_file(db, example_id):
    assert load_dossier(db, example_id) == Dossier.from_file(export_dossier(db, example_id))


def test_the_loader_refuses_an_unknown_dossier(db):
    with pytest.raises(NotFoundError):
        load_dossier(db, 999)


def test_coercions_are_done_once_at_the_boundary():
    dossier = Dossier.from_file({"dossier": {
        "uid": "u", "name": "  Grappe  ", "campaign_year": 2024, "filing_date": "2024-05-17",
        "ogs": [{"finess_ej": " 21.000 0253 ", "essms": [{"finess_et": "2a0003273", "name": "X"}]}],
        "planning": [{"key": "k", "start": "2024-09-01", "end": "2025-01-31", "wave_essms": ["2a0003273"]}],
    }})
    og = dossier.ogs[0]
    assert og.finess_ej == "210000253"  # normalised once
    assert og.essms[0].finess_et == "2A0003273"
    assert og.essms[0].place_department == "2A"  # from the FINESS number when not recorded
    assert dossier.name == "Grappe"
    assert dossier.filing_date == dt.date(2024, 5, 17)
    assert dossier.tasks[0].start == dt.date(2024, 9, 1) and dossier.tasks[0].wave_essms == ("2A0003273",)
    assert dossier.project_type == "acquisition" and dossier.hosting == "saas"  # the database's defaults
    assert og.rgpd_status == "not_started" and og.essms_total is None
    assert dossier.campaign().year == 2024


def test_wrong_types_take_the_defaults_instead_of_raising():
    dossier = Dossier.from_file({"uid": 3, "campaign_year": "2024", "ogs": [None, {"essms": "x", "essms_total": True}]})
    assert dossier.uid == "" and dossier.campaign_year == 0
    assert len(dossier.ogs) == 1 and dossier.ogs[0].essms == () and dossier.ogs[0].essms_total is None


def test_what_a_file_leaves_out_is_kept_beside_the_default():
    """The pack prints « ? » / « Non renseigné » for a yes/no or a code the file left out: the model keeps
    the database's default in the field and names the field in ``unanswered`` (``given`` gives None)."""
    dossier = Dossier.from_file({"dossier": {
        "campaign_year": 2024, "dui": {"software": "Alpha"}, "commitments": {"ror": True},
        "ogs": [{"finess_ej": "210000253", "has_rsi": False, "rgpd_status": "", "essms": [{"finess_et": "1"}]}],
        "communication": [{"message": "m"}], "partners": [{"name": "p", "kind": "ars"}],
    }})
    og, essms = dossier.ogs[0], dossier.ogs[0].essms[0]
    assert dossier.project_type == "acquisition" and dossier.given("project_type") is None
    assert dossier.unanswered == {"project_type", "hosting", "earlier_wave"}  # the DUI object is given
    assert dossier.given("commit_ror") is True and dossier.given("earlier_wave") is None
    assert dossier.dui.given("segur_referenced") is None and not dossier.dui.segur_referenced
    assert og.unanswered == {"dpo_designated", "rgpd_status", "it_charter"} and og.given("has_rsi") is False
    assert essms.dui_kind == "none" and essms.given("dui_kind") is None
    assert dossier.communication[0].given("audience") is None and dossier.partners[0].given("kind") == "ars"
    assert "dui" in Dossier.from_file({"campaign_year": 2024}).unanswered


def test_a_full_file_and_the_database_leave_nothing_out(db, example_id):
    for dossier in (load_dossier(db, example_id), Dossier.from_file(export_dossier(db, example_id))):
        parts = (dossier, dossier.dui, *dossier.ogs, *dossier.all_essms, *dossier.communication, *dossier.partners)
        assert all(not part.unanswered for part in parts)


def test_the_two_new_fields_survive_export_import_export(db, example_id, tmp_path):
    from esms_desktop.storage.database import open_database

    data = export_dossier(db, example_id)
    data["dossier"]["ogs"][0]["essms_total"] = 40
    data["dossier"]["ogs"][0]["essms"][1]["project_type"] = "conformite"
    other = open_database(str(tmp_path / "other.sqlite"))
    new_id = import_dossier(other, copy.deepcopy(data))
    again = export_dossier(other, new_id)
    assert dumps(again) == dumps(data)
    loaded = load_dossier(other, new_id)
    assert loaded.ogs[0].essms_total == 40 and loaded.ogs[0].size == 40
    assert loaded.project_type_of(loaded.ogs[0].essms[1]) == "conformite"
    assert loaded.project_type_of(loaded.ogs[0].essms[0]) == loaded.project_type


def test_a_file_without_the_new_fields_still_imports(db):
    from esms_desktop.storage.dossier_file import read_file
    from tests.conftest import EXAMPLE

    data = read_file(EXAMPLE)
    for og in data["dossier"]["ogs"]:
        del og["essms_total"]
        for e in og["essms"]:
            del e["project_type"]
    loaded = load_dossier(db, import_dossier(db, data))
    assert all(og.essms_total is None and og.size_to_confirm for og in loaded.ogs)


class Statements:
    def __init__(self, engine):
        self.sql: list[str] = []
        self.engine = engine

    def __enter__(self):
        event.listen(self.engine, "before_cursor_execute", self._record)
        return self

    def __exit__(self, *exc):
        event.remove(self.engine, "before_cursor_execute", self._record)

    def _record(self, conn, cursor, statement, *args):
        self.sql.append(statement)


def big_dossier(ogs: int, per_og: int, document_bytes: int = 0) -> dict:
    """A generated valid dossier: ``ogs`` OGs of ``per_og`` ESSMS (FINESS with a valid key)."""
    from esms_desktop.rules.identity.finess import expected_key
    import hashlib
    import uuid

    def finess(n: int) -> str:
        body = f"21{n:06d}"
        return body + expected_key(body)

    content = b"%PDF-" + b"x" * document_bytes
    return {"format": "esms-desktop/dossier", "format_version": 1, "dossier": {
        "uid": str(uuid.uuid4()), "name": "Grande grappe", "campaign_year": 2024, "region": "27",
        "project_type": "acquisition", "hosting": "saas",
        "ogs": [{"finess_ej": finess(10000 + i), "name": f"OG {i}", "is_porteur": i == 0,
                 "essms": [{"finess_et": finess(i * 1000 + j), "name": f"ESSMS {i}-{j}", "sector": "PA",
                            "department": "21"} for j in range(per_og)]} for i in range(ogs)],
        "documents": [{"kind": "other", "file_name": "big.pdf", "sha256": hashlib.sha256(content).hexdigest(),
                       "size": len(content), "content": base64.b64encode(content).decode()}] if document_bytes else [],
    }}


def test_the_loader_runs_the_same_few_queries_whatever_the_size_and_never_reads_document_bytes(db, example_id):
    big_id = import_dossier(db, big_dossier(12, 17, document_bytes=1_000_000))
    counts = []
    for dossier_id in (example_id, big_id):
        with Statements(db.engine) as seen:
            load_dossier(db, dossier_id)
        counts.append(len(seen.sql))
        assert not any("content" in s.split("FROM")[0] for s in seen.sql if s.lstrip().upper().startswith("SELECT"))
    assert counts[0] == counts[1] <= 12, counts


def test_is_small_is_judged_on_the_total_when_given():
    from esms_desktop.rules.campaign import load_campaign

    c = load_campaign(2024)
    limit = c.small_og_max_essms  # 14: "moins de quinze ESSMS" (003 §5.3)
    essms = tuple(Essms(f"21000{i:03d}", department="21") for i in range(3))
    assert Og("X", essms=essms).is_small(c) and Og("X", essms=essms).size_to_confirm
    assert Og("X", essms=essms, essms_total=limit).is_small(c)  # at the ceiling: small
    assert not Og("X", essms=essms, essms_total=limit + 1).is_small(c)  # one more: not small
    assert not Og("X", essms_total=3).is_small(c)  # brings no ESSMS: not a small OG of the grappe


def test_no_rule_nor_the_pack_snapshot_reads_the_file_dict():
    """The rules and the pack's snapshot take the typed dossier: none calls ``Dossier.to_file()`` to read a
    field (the file-dict getters, rules/dossier_dict.py, are gone)."""
    from pathlib import Path

    package = Path(__file__).resolve().parent.parent / "esms_desktop"
    sources = [*(package / "rules").rglob("*.py"), *(package / "reports" / "snapshot").rglob("*.py"),
               package / "reports" / "aap_checklist.py", package / "reports" / "budget_export.py",
               package / "reports" / "member_letter.py"]
    readers = [str(p.relative_to(package)) for p in sources
               if p.name not in ("dossier.py", "dossier_parts.py")
               and ("dossier_dict" in p.read_text(encoding="utf-8") or ".to_file()" in p.read_text(encoding="utf-8"))]
    assert readers == []
    assert not (package / "rules" / "dossier_dict.py").exists()


def test_the_rules_give_the_same_verdicts_on_the_loaded_dossier_and_on_its_file(db, example_id):
    from esms_desktop.rules.admissibility.checker import check_dossier
    from esms_desktop.rules.funding.budget import compute_budget
    from esms_desktop.rules.galis import galis_fields
    from esms_desktop.rules.planning.plan import check_dossier_plan

    loaded = load_dossier(db, example_id)
    exported = export_dossier(db, example_id)
    campaign = loaded.campaign()
    day = dt.date(2024, 9, 15)
    assert check_dossier(loaded, campaign, day) == check_dossier(exported, campaign, day)
    assert compute_budget(loaded, campaign) == compute_budget(exported, campaign)
    assert check_dossier_plan(loaded, campaign) == check_dossier_plan(exported, campaign)
    assert galis_fields(loaded, campaign) == galis_fields(exported, campaign)
