"""Engagement letters (issue 17): one self-contained signable page per OG whatever its ESSMS count, with
what the OG commits to on the page it signs; the ESSMS list in an annex page when it does not fit."""

from __future__ import annotations

import copy
import datetime as dt
import io
import json
import re

from pypdf import PdfReader

from esms_desktop.paths import resource_path
from esms_desktop.reports.pack import render_pack
from esms_desktop.reports.snapshot import build_pack_snapshot
from esms_desktop.rules.identity.finess import expected_key

TODAY = dt.date(2024, 5, 10)
SIZES = (1, 8, 10, 14, 15, 30, 60)
SIGNATURE = "Signature et cachet de l'organisme"


def normal(text: str) -> str:
    return re.sub(r"[\s\u00a0\u202f]+", " ", text)


def _finess(serial: int) -> str:
    head = f"89{serial:06d}"
    return head + expected_key(head)


def _grappe(sizes=SIZES) -> dict:
    """The example dossier with one OG per size in ``sizes``, each running that many ESSMS."""
    data = json.loads(resource_path("examples", "exemple-grappe-bfc.json").read_text(encoding="utf-8"))
    d = data["dossier"]
    model_og, model_essms = d["ogs"][0], d["ogs"][0]["essms"][0]
    serial = 100
    ogs = []
    for i, size in enumerate(sizes):
        og = copy.deepcopy(model_og)
        og.update(name=f"Organisme n° {i + 1}", finess_ej=_finess(9000 + i), is_porteur=i == 0,
                  address=f"{i + 1} rue de la Gare, 89000 Auxerre", legal_rep_name=f"Mme Dupont {i + 1}",
                  legal_rep_function="directrice")
        og["essms"] = []
        for j in range(size):
            serial += 1
            og["essms"].append(dict(copy.deepcopy(model_essms), finess_et=_finess(serial),
                                    name=f"Foyer n° {i + 1}.{j + 1} — Les Tilleuls", referent=None))
        ogs.append(og)
    d["ogs"] = ogs
    d["documents"] = []
    for key in ("needs",):
        d[key] = [n for n in d.get(key) or () if n.get("essms") is None]
    return data


def _pages(data: dict, parts: str = "letters") -> list[str]:
    out = io.BytesIO()
    render_pack(build_pack_snapshot(data, today=TODAY), out, parts=parts)
    return [normal(p.extract_text()) for p in PdfReader(io.BytesIO(out.getvalue())).pages]


def test_one_signature_page_per_og_with_its_commitments():
    data = _grappe()
    pages = _pages(data)
    for i, size in enumerate(SIZES):
        name = f"Organisme n° {i + 1}"
        signing = [p for p in pages if SIGNATURE in p and f"Pour {name}," in p]
        assert len(signing) == 1, (size, len(signing))
        page = signing[0]
        # the commitments are on the page that is signed, with their figures
        assert "Notre organisme s'engage à" in page, size
        for words in ("maîtrise d'ouvrage", "MSSanté 70 %", "DMP 70 %", "dossiers actifs 90 %", "ROR",
                      "18 mois", "part prévisionnelle de la subvention", "deux logiciels de DUI différents"):
            assert words in page, (size, words)
        assert "Je soussignée, Mme Dupont" in page
        assert "Fait à Auxerre, le" in page
        # every ESSMS is on the signed page or, past what fits, on the letter's annex page that follows
        finess = [e["finess_et"] for e in data["dossier"]["ogs"][i]["essms"]]
        index = pages.index(page)
        if all(f in page for f in finess):
            assert "en annexe à la présente lettre" not in page
        else:
            assert f"liste des {size} ESSMS en annexe à la présente lettre" in page, size
            annex = pages[index + 1]
            assert SIGNATURE not in annex and "Annexe à la lettre d'engagement de " + name in annex
            following = " ".join(pages[index + 1:index + 3])
            assert all(f in following for f in finess), size
    assert sum(SIGNATURE in p for p in pages) == len(SIZES)
    # small letters keep their list on the signed page
    assert "en annexe à la présente lettre" not in next(p for p in pages if "Pour Organisme n° 2," in p)


def test_letters_in_the_pack_carry_no_pack_header_or_footer():
    pages = _pages(_grappe((1, 12)), "full")
    letters = [p for p in pages if SIGNATURE in p]
    assert len(letters) == 2
    for page in letters:
        assert "Porteur :" not in page and "Candidature ESMS numérique" not in page
