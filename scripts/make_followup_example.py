"""Build resources/examples/exemple-grappe-bfc-retenu.json: the example dossier, retenu, a year after.

    .venv/bin/python scripts/make_followup_example.py

The candidature is the first example's, unchanged but for its uid and name; on top of it: the ARS
decision, the avance and its redistribution, expenses paid with two invoices, the real deployment dates,
and twelve months of usage measures (first measure over 3 months; wave 2 and 3 ESSMS join later; the ESAT
and two foyers are late on the DMP, the ESAT still below 70 % at the end). Deterministic: no randomness.
"""

from __future__ import annotations

import base64
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources" / "examples" / "exemple-grappe-bfc.json"
TARGET = ROOT / "resources" / "examples" / "exemple-grappe-bfc-retenu.json"
UID = "5c1e2a4b-8f3d-4e6a-9b7c-2d1f0e3a4b5d"

WAVE_START = {1: "2025-11", 2: "2026-01", 3: "2026-03"}  # month of each wave's first (3-month) measure
LAST = "2026-10"
LATE_DMP = {"890007784": 0.60, "890972649": 0.64, "890974033": 0.66}  # DMP share before catching up
CATCH_UP = {"890972649": "2026-05", "890974033": "2026-07"}  # the ESAT (890007784) never does


def months(start: str, end: str) -> list[str]:
    y, m = map(int, start.split("-"))
    out = []
    while f"{y:04d}-{m:02d}" <= end:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def counts(finess: str, persons: int, index: int, month: str, first: bool) -> dict[str, int]:
    """Counts rising over the first months, then steady; the first measure covers 3 months."""
    ramp = min(1.0, 0.8 + 0.05 * index)
    dmp_share = LATE_DMP.get(finess, 0.78)
    if finess in CATCH_UP and month >= CATCH_UP[finess]:
        dmp_share = 0.74
    active = min(persons, round(persons * 0.96 * ramp + 0.5))
    return {
        "personnes_eligibles": persons,
        "personnes_accompagnees": persons,
        "mss_messages": round(persons * (2.4 if first else 0.9) * ramp),
        "dmp_alimentes": min(persons, round(persons * dmp_share * ramp)),
        "dossiers_actifs": active,
        "dossiers_actifs_pp": min(active, round(active * 0.95)),
        "dossiers_actifs_evenement": min(active, round(active * 0.93)),
        "e_prescriptions": (persons // 10) * (3 if first else 1),
        "e_parcours_echanges": persons // 15,
    }


def invoice(text: str) -> tuple[str, str]:
    content = ("%PDF-1.4\n% " + text + "\n%%EOF\n").encode()
    return hashlib.sha256(content).hexdigest(), base64.b64encode(content).decode("ascii")


def main() -> int:
    data = json.loads(SOURCE.read_text(encoding="utf-8"))
    d = data["dossier"]
    d["uid"] = UID
    d["name"] = "Exemple retenu — Grappe DUI Yonne-Saône-et-Loire 2024"
    waves = {}
    for task in d["planning"]:
        for number in task.get("wave_essms", []):
            waves[number] = task["wave"]
    essms = [e for og in d["ogs"] for e in og["essms"]]
    measures = []
    for e in essms:
        wave = waves.get(e["finess_et"], 1)
        for i, month in enumerate(months(WAVE_START[wave], LAST)):
            measures.append({"finess_et": e["finess_et"], "month": month,
                             "counts": dict(sorted(counts(e["finess_et"], e["persons_accompanied"], i, month, i == 0).items()))})
    measures.sort(key=lambda m: (m["month"], m["finess_et"]))
    sha_editor, content_editor = invoice("Facture éditeur — mise en place du DUI (exemple)")
    sha_tablets, content_tablets = invoice("Facture tablettes — Foyer de vie Massangis (exemple)")
    d["documents"] += [
        {"kind": "invoice", "label": "Facture éditeur n° 2025-118", "file_name": "facture-editeur-2025-118.pdf",
         "sha256": sha_editor, "size": len(base64.b64decode(content_editor)), "og": 0,
         "added_at": "2025-06-30T10:00:00", "content": content_editor},
        {"kind": "invoice", "label": "Facture tablettes Massangis", "file_name": "facture-tablettes.pdf",
         "sha256": sha_tablets, "size": len(base64.b64decode(content_tablets)), "og": 0,
         "added_at": "2025-09-02T10:00:00", "content": content_tablets},
    ]
    expenses = d["budget"]["expenses"]
    paid = [(0, 42000, "paid", "2025-12-15", None), (2, 46400, "paid", "2025-12-31", None),
            (4, 96000, "paid", "2025-06-30", sha_editor), (5, 38400, "paid", "2025-12-31", None),
            (7, 17900, "paid", "2025-07-10", None), (8, 21600, "paid", "2025-10-20", None),
            (9, 12000, "paid", "2025-09-05", None), (17, 2700, "paid", "2025-09-02", sha_tablets),
            (6, 19200, "committed", "2026-01-05", None), (1, 18000, "committed", "2026-02-01", None)]
    d["followup"] = {
        "state": "selected",
        "filed_on": "2024-05-28",
        "decision_on": "2024-07-16",
        "awarded_amount": 580000,
        "convention_signed_on": "2024-10-14",
        "refusal_reasons": "",
        "candidature_reopened": False,
        "money": {
            "avance": {"date": "2024-11-06", "amount": 290000},
            "redistribution": [
                {"og": "710000548", "date": "2024-12-02", "amount": 85000},
                {"og": "890000805", "date": "2024-12-02", "amount": 38000},
                {"og": "250001161", "date": "2024-12-02", "amount": 17000},
            ],
            "expenses": [{"budget_line": i, "label": expenses[i]["label"], "amount": amount, "status": status,
                          "date": date, "invoice": sha} for i, amount, status, date, sha in paid],
        },
        "deployment": {
            "waves": {"1": {"start": "2025-08-18", "end": "2025-10-03"},
                      "2": {"start": "2025-10-13", "end": "2025-12-05"},
                      "3": {"start": "2025-12-08", "end": "2026-02-20"}},
            "essms": {"890007784": {"start": "2025-08-25", "end": "2025-10-31"}},
        },
    }
    d["usage_measures"] = measures
    TARGET.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"{TARGET.relative_to(ROOT)}: {len(measures)} measures")
    return 0


if __name__ == "__main__":
    sys.exit(main())
