"""Member sheets refused with their reason, both databases unchanged (file hashes compared); the sheet is a
slice of the dossier file format; the CLI ``member export`` / ``member merge``."""

from __future__ import annotations

import datetime as dt
import hashlib
import json

import pytest

from esms_desktop.rules.maturity.exchange import content_checksum
from esms_desktop.storage import grappe, member_desk, member_merge, member_requests, member_sheets
from esms_desktop.storage.database import open_database
from esms_desktop.storage.dossier_file import export_dossier
from esms_desktop.storage.member_sheets import MemberSheetError

MEMBER_EJ = "710000548"
TODAY = dt.date(2024, 3, 1)


def file_hash(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def reseal(data: dict) -> dict:
    """What a careful forger would do: change the sheet, then compute the checksum again."""
    data["checksum"]["value"] = content_checksum(data)
    return data


@pytest.fixture
def setup(db, example_id, tmp_path):
    og_id = member_requests.og_id_by_finess(db, example_id, MEMBER_EJ)
    request = tmp_path / "demande.esms-og"
    member_requests.write_request(db, example_id, og_id, request, TODAY, b"%PDF-1.4 lettre")
    mdb = open_database(str(tmp_path / "membre.sqlite"))
    member_id = member_desk.open_request(mdb, request, TODAY)
    grappe.update_og(mdb, grappe.list_grappe(mdb, member_id)[0].id, siret="12345678900011")
    answer = tmp_path / "reponse.esms-og"
    member_desk.write_answer(mdb, member_id, answer, TODAY)
    yield db, example_id, og_id, mdb, request, answer, tmp_path
    mdb.dispose()


def test_the_sheet_is_a_slice_of_the_dossier_file(db, example_id):
    og_id = member_requests.og_id_by_finess(db, example_id, MEMBER_EJ)
    sheet = member_requests.request_sheet(db, example_id, og_id, TODAY)
    dossier = export_dossier(db, example_id)["dossier"]
    og = next(o for o in dossier["ogs"] if o["finess_ej"] == MEMBER_EJ)
    assert sheet["og"]["name"] == og["name"] and len(sheet["og"]["essms"]) == len(og["essms"]) == 5
    # the referents, re-indexed inside the slice, are the same people
    for mine, theirs in zip(sheet["og"]["essms"], og["essms"]):
        if theirs["referent"] is not None:
            assert sheet["people"][mine["referent"]] == dossier["people"][theirs["referent"]]
    assert all(n["essms"][0] == 0 for n in sheet["needs"])
    assert sheet["context"]["porteur"] == {"name": "Association Charles de Foucauld (Yonne)", "finess_ej": "890001548"}
    assert sheet["context"]["questionnaire"]["variant"] == ("rsi" if og["has_rsi"] else "direction")
    assert sheet["checksum"]["value"] == content_checksum(sheet)
    member_sheets.check_sheet(sheet, "request")  # the dossier file's own validation passes


def test_answer_round_trip_and_merge_twice(setup):
    db, dossier_id, og_id, mdb, request, answer, tmp_path = setup
    preview = member_merge.preview_merge(db, dossier_id, answer, og_id)
    assert [(i.key, i.current, i.incoming) for i in preview.items] == [
        ("og.siret", "77999999400014", "12345678900011")]
    before = file_hash(db.path)
    assert member_merge.apply_merge(db, preview, set(), TODAY) == 0  # nothing accepted: nothing written
    assert file_hash(db.path) == before
    assert member_merge.apply_merge(db, preview, None, TODAY) == 1
    assert grappe.get_og(db, og_id).siret == "12345678900011"
    row = next(r for r in member_requests.member_rows(db, dossier_id) if r.og_id == og_id)
    assert (row.sent_on, row.returned_on, row.merged_on) == (TODAY, TODAY, TODAY)
    before = file_hash(db.path)
    assert member_merge.preview_merge(db, dossier_id, answer).nothing_to_merge
    assert file_hash(db.path) == before


def _variants(request, answer, tmp_path, db, dossier_id):
    """(name, file, the words the refusal must hold): truncated, tampered, newer, another dossier's,
    wrong OG, a request instead of an answer, not a sheet at all."""
    text = answer.read_text(encoding="utf-8")
    data = json.loads(text)
    out = []

    def write(name, content):
        path = tmp_path / f"{name}.esms-og"
        path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
        return path

    out.append(("truncated", write("truncated", text[: len(text) // 2]), "tronquée"))
    tampered = json.loads(text)
    tampered["og"]["siret"] = "99999999900099"
    out.append(("tampered", write("tampered", tampered), "modifiée après avoir été écrite"))
    newer = reseal(json.loads(text))
    newer["format_version"] = 2
    out.append(("newer", write("newer", reseal(newer)), "version plus récente"))
    other = json.loads(text)
    other["context"]["dossier_uid"] = "00000000-0000-4000-8000-000000000000"
    out.append(("other dossier", write("other", reseal(other)), "répond à un autre dossier"))
    foreign = json.loads(text)
    foreign["og"]["finess_ej"] = "890000805"  # Résidences Maurice Villatte: in the grappe, not the expected OG
    out.append(("wrong OG", write("wrong", reseal(foreign)), "pas de « Les Papillons Blancs de Mâcon »"))
    out.append(("request", request, "pas encore reçu de réponse"))
    out.append(("not a sheet", write("notsheet", {"format": "esms-desktop/dossier"}), "n'est pas une fiche membre"))
    assert data["kind"] == "answer"
    return out


def test_bad_sheets_are_refused_and_change_nothing(setup, french, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox, QWidget

    from esms_desktop.i18n import render
    from esms_desktop.ui.member.merge_dialog import merge_sheet

    db, dossier_id, og_id, mdb, request, answer, tmp_path = setup
    porteur_before, member_before = file_hash(db.path), file_hash(mdb.path)
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: said.append(text))
    parent = QWidget()
    qtbot.addWidget(parent)
    for name, path, words in _variants(request, answer, tmp_path, db, dossier_id):
        with pytest.raises(MemberSheetError) as refused:
            member_merge.preview_merge(db, dossier_id, path, og_id)
        assert words in render(refused.value.message), name
        said.clear()
        assert merge_sheet(parent, db, dossier_id, str(path), og_id) is False
        assert said and words in said[0], name
    # on the member's desk, an answer or a damaged file does not open either
    for path in (answer, tmp_path / "truncated.esms-og", tmp_path / "tampered.esms-og"):
        with pytest.raises(MemberSheetError):
            member_desk.open_request(mdb, path, TODAY)
    assert (file_hash(db.path), file_hash(mdb.path)) == (porteur_before, member_before)


def test_cli_member_export_and_merge(setup, capsys):
    from esms_desktop.cli import main

    db, dossier_id, og_id, mdb, request, answer, tmp_path = setup
    out = tmp_path / "cli.esms-og"
    assert main(["--db", str(db.path), "member", "export", str(dossier_id), "--og", MEMBER_EJ, "-o", str(out)]) == 0
    assert "Fiche membre de « Les Papillons Blancs de Mâcon »" in capsys.readouterr().out
    assert member_sheets.check_sheet(member_sheets.load_sheet(out), "request")["og"]["finess_ej"] == MEMBER_EJ
    before = file_hash(db.path)
    assert main(["--db", str(db.path), "member", "merge", str(dossier_id), str(answer)]) == 0
    printed = capsys.readouterr().out
    assert "OG : SIRET : 77999999400014 → 12345678900011" in printed and "--yes" in printed
    assert file_hash(db.path) == before  # the preview only
    assert main(["--db", str(db.path), "member", "merge", str(dossier_id), str(answer), "--yes"]) == 0
    assert "1 modifications fusionnées" in capsys.readouterr().out
    assert grappe.get_og(db, og_id).siret == "12345678900011"
    assert main(["--db", str(db.path), "member", "merge", str(dossier_id), str(answer), "--yes"]) == 0
    assert "Rien à fusionner" in capsys.readouterr().out
    assert main(["--db", str(db.path), "member", "merge", str(dossier_id), str(request)]) == 2
    assert "pas encore reçu de réponse" in capsys.readouterr().err
    assert main(["--db", str(db.path), "member", "export", str(dossier_id), "--og", "890990005", "-o",
                 str(out)]) == 2
    assert "Aucun OG de ce dossier" in capsys.readouterr().err


def test_a_double_clicked_sheet_opens_the_window(tmp_path):
    from esms_desktop.cli import has_command

    sheet = tmp_path / "Papillons-Blancs.esms-og"
    sheet.write_text("{}", encoding="utf-8")
    assert has_command([str(sheet)]) is False  # the file manager's « esms-desktop %f »: the window opens it
    assert has_command(["member", "merge", "1", str(sheet)]) is True


def test_an_essms_of_another_og_is_not_offered_twice(setup):
    db, dossier_id, og_id, mdb, request, answer, tmp_path = setup
    data = json.loads(answer.read_text(encoding="utf-8"))
    other = dict(data["og"]["essms"][0], finess_et="890000102", name="FOYER DE VIE MASSANGIS", referent=None)
    data["og"]["essms"].append(other)  # an ESSMS of the porteur's OG, claimed by the member
    preview = member_merge.preview_merge(db, dossier_id, reseal(data), og_id)
    assert [i.key for i in preview.items] == ["og.siret"]


def test_the_letter_frame_says_the_grappe_and_never_her_og(setup):
    """The request carries her letter's frame: what the letter says of the grappe (the values the porteur
    computed, the counts, her shares). A frame that would set her OG's own values (a forger who re-seals
    the sheet) is refused; the member's letter takes only the grappe's values from it anyway."""
    from esms_desktop.reports.member_letter import GRAPPE_VALUES

    db, dossier_id, og_id, mdb, request, answer, tmp_path = setup
    sheet = json.loads(request.read_text(encoding="utf-8"))
    frame = sheet["context"]["letter"]
    assert set(frame["values"]) == set(GRAPPE_VALUES)
    schema = json.loads((member_sheets.resource_path("schemas", "member-sheet.schema.json")).read_text("utf-8"))
    names = list(schema["properties"]["context"]["properties"]["letter"]["properties"]["values"]["properties"])
    assert tuple(names) == GRAPPE_VALUES  # the schema and the letter name the same values
    # the example: 4 OGs, 16 ESSMS, hers 5; her shares pro rata of 5 of the 16
    assert (frame["values"]["nb_og"], frame["essms_total"], frame["essms_sent"]) == ("4", 16, 5)
    assert frame["values"]["porteur_nom"] == "Association Charles de Foucauld (Yonne)"
    assert frame["grant_share"] == 137531 and frame["grant_retained"] == 440100  # 440 100 × 5 / 16 = 137 531,25
    before = file_hash(mdb.path)
    frame["values"]["og_nom"] = "Un autre OG"
    forged = tmp_path / "forged.esms-og"
    forged.write_text(json.dumps(reseal(sheet)), encoding="utf-8")
    with pytest.raises(MemberSheetError) as refused:
        member_desk.open_request(mdb, forged, TODAY)
    from esms_desktop.i18n import render

    assert "context.letter.values" in render(refused.value.message) and "og_nom" in render(refused.value.message)
    assert file_hash(mdb.path) == before
