"""No size breaks the pack (issue 17): grappes of 1 to 500 ESSMS, with or without planned waves, and long
texts, all build (never a reportlab LayoutError); long findings are summarised."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pack_fixture import full_dossier, national_dossier

from esms_desktop.reports.pack import render_pack
from esms_desktop.reports.snapshot import build_pack_snapshot
from esms_desktop.reports.summary import summarise

TODAY = dt.date(2024, 5, 10)


def _dossier(essms: int, waves: bool, text: int = 0) -> dict:
    data = national_dossier(essms) if essms > 40 else full_dossier(_sizes(essms))
    d = data["dossier"]
    if not waves:  # the waves are not planned yet: every ESSMS is « sans vague »
        for task in d["planning"]:
            task["wave_essms"] = []
    if text:
        word = "Mutualisation "
        long = (word * (text // len(word) + 1))[:text]
        d["presentation"] = {key: long for key in d["presentation"]}
        d["ogs"][0]["name"] = long[:200]
        d["ogs"][0]["essms"][0]["name"] = ("FOYER D HEBERGEMENT " * 10)[:200]
        d["communication"][0]["message"] = long[:2000]
        d["needs"][0]["label"] = long[:300]
    return data


def _sizes(essms: int) -> tuple[int, ...]:
    sizes = [8] * (essms // 8) + ([essms % 8] if essms % 8 else [])
    return tuple(sizes) or (1,)


def _build(data: dict) -> int:
    out = io.BytesIO()
    info = render_pack(build_pack_snapshot(data, today=TODAY), out, append=False)
    assert out.getvalue().startswith(b"%PDF") and info.pages > 5
    return info.pages


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(essms=st.sampled_from((1, 16, 3, 9, 25)), waves=st.booleans(), text=st.sampled_from((0, 40, 3000, 12000)))
def test_small_and_medium_packs_build_whatever_their_texts(essms, waves, text):
    _build(_dossier(essms, waves, text))


@pytest.mark.parametrize("waves", [True, False])
def test_a_200_essms_pack_builds_with_and_without_waves(waves):
    _build(_dossier(200, waves))


@pytest.mark.slow
@pytest.mark.parametrize("waves", [True, False])
def test_a_500_essms_pack_builds_with_and_without_waves(waves):
    _build(_dossier(500, waves))


def test_long_lists_are_summarised():
    names = ", ".join(f"ESSMS n° {i} (89000{i:04d})" for i in range(153))
    text = f"Ces ESSMS ne figurent dans aucune vague de déploiement : {names}. Ajoutez-les à une vague."
    short = summarise(text)
    assert short.startswith("Ces ESSMS ne figurent dans aucune vague de déploiement : ESSMS n° 0 (890000000), ")
    assert "ESSMS n° 9 (890000009) … et 143 autres (153 en tout). Ajoutez-les à une vague." in short
    assert "ESSMS n° 10 " not in short
    assert summarise("Manquant pour : A, B, C.") == "Manquant pour : A, B, C."  # a short list stays whole
