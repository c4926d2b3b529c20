"""French regions (INSEE codes, 2016 boundaries) and what a department belongs to. No Qt.

Department codes are the FINESS ones: "01".."95", "2A", "2B", and the overseas codes
"9A" (Guadeloupe), "9B" (Martinique), "9C" (Guyane), "9D" (La Réunion), "9E" (Saint-Pierre-et-Miquelon),
"9F" (Mayotte), "9J" (Wallis-et-Futuna) — see ../shared/finess/README.md.
"""

from __future__ import annotations

# INSEE region code -> French name.
REGIONS: dict[str, str] = {
    "84": "Auvergne-Rhône-Alpes",
    "27": "Bourgogne-Franche-Comté",
    "53": "Bretagne",
    "24": "Centre-Val de Loire",
    "94": "Corse",
    "44": "Grand Est",
    "32": "Hauts-de-France",
    "11": "Île-de-France",
    "28": "Normandie",
    "75": "Nouvelle-Aquitaine",
    "76": "Occitanie",
    "52": "Pays de la Loire",
    "93": "Provence-Alpes-Côte d'Azur",
    "01": "Guadeloupe",
    "02": "Martinique",
    "03": "Guyane",
    "04": "La Réunion",
    "06": "Mayotte",
}


def region_name(code: str | None) -> str:
    return REGIONS.get(code or "", "")


# FINESS department code -> (French name, INSEE region code or None).
# Saint-Pierre-et-Miquelon (9E) and Wallis-et-Futuna (9J) belong to no region (they are
# overseas collectivities with their own health administration, no ARS): region None.
DEPARTMENTS: dict[str, tuple[str, str | None]] = {
    "01": ("Ain", "84"),
    "02": ("Aisne", "32"),
    "03": ("Allier", "84"),
    "04": ("Alpes-de-Haute-Provence", "93"),
    "05": ("Hautes-Alpes", "93"),
    "06": ("Alpes-Maritimes", "93"),
    "07": ("Ardèche", "84"),
    "08": ("Ardennes", "44"),
    "09": ("Ariège", "76"),
    "10": ("Aube", "44"),
    "11": ("Aude", "76"),
    "12": ("Aveyron", "76"),
    "13": ("Bouches-du-Rhône", "93"),
    "14": ("Calvados", "28"),
    "15": ("Cantal", "84"),
    "16": ("Charente", "75"),
    "17": ("Charente-Maritime", "75"),
    "18": ("Cher", "24"),
    "19": ("Corrèze", "75"),
    "2A": ("Corse-du-Sud", "94"),
    "2B": ("Haute-Corse", "94"),
    "21": ("Côte-d'Or", "27"),
    "22": ("Côtes-d'Armor", "53"),
    "23": ("Creuse", "75"),
    "24": ("Dordogne", "75"),
    "25": ("Doubs", "27"),
    "26": ("Drôme", "84"),
    "27": ("Eure", "28"),
    "28": ("Eure-et-Loir", "24"),
    "29": ("Finistère", "53"),
    "30": ("Gard", "76"),
    "31": ("Haute-Garonne", "76"),
    "32": ("Gers", "76"),
    "33": ("Gironde", "75"),
    "34": ("Hérault", "76"),
    "35": ("Ille-et-Vilaine", "53"),
    "36": ("Indre", "24"),
    "37": ("Indre-et-Loire", "24"),
    "38": ("Isère", "84"),
    "39": ("Jura", "27"),
    "40": ("Landes", "75"),
    "41": ("Loir-et-Cher", "24"),
    "42": ("Loire", "84"),
    "43": ("Haute-Loire", "84"),
    "44": ("Loire-Atlantique", "52"),
    "45": ("Loiret", "24"),
    "46": ("Lot", "76"),
    "47": ("Lot-et-Garonne", "75"),
    "48": ("Lozère", "76"),
    "49": ("Maine-et-Loire", "52"),
    "50": ("Manche", "28"),
    "51": ("Marne", "44"),
    "52": ("Haute-Marne", "44"),
    "53": ("Mayenne", "52"),
    "54": ("Meurthe-et-Moselle", "44"),
    "55": ("Meuse", "44"),
    "56": ("Morbihan", "53"),
    "57": ("Moselle", "44"),
    "58": ("Nièvre", "27"),
    "59": ("Nord", "32"),
    "60": ("Oise", "32"),
    "61": ("Orne", "28"),
    "62": ("Pas-de-Calais", "32"),
    "63": ("Puy-de-Dôme", "84"),
    "64": ("Pyrénées-Atlantiques", "75"),
    "65": ("Hautes-Pyrénées", "76"),
    "66": ("Pyrénées-Orientales", "76"),
    "67": ("Bas-Rhin", "44"),
    "68": ("Haut-Rhin", "44"),
    "69": ("Rhône", "84"),  # FINESS files the Métropole de Lyon under 69 too
    "70": ("Haute-Saône", "27"),
    "71": ("Saône-et-Loire", "27"),
    "72": ("Sarthe", "52"),
    "73": ("Savoie", "84"),
    "74": ("Haute-Savoie", "84"),
    "75": ("Paris", "11"),
    "76": ("Seine-Maritime", "28"),
    "77": ("Seine-et-Marne", "11"),
    "78": ("Yvelines", "11"),
    "79": ("Deux-Sèvres", "75"),
    "80": ("Somme", "32"),
    "81": ("Tarn", "76"),
    "82": ("Tarn-et-Garonne", "76"),
    "83": ("Var", "93"),
    "84": ("Vaucluse", "93"),
    "85": ("Vendée", "52"),
    "86": ("Vienne", "75"),
    "87": ("Haute-Vienne", "75"),
    "88": ("Vosges", "44"),
    "89": ("Yonne", "27"),
    "90": ("Territoire de Belfort", "27"),
    "91": ("Essonne", "11"),
    "92": ("Hauts-de-Seine", "11"),
    "93": ("Seine-Saint-Denis", "11"),
    "94": ("Val-de-Marne", "11"),
    "95": ("Val-d'Oise", "11"),
    # Overseas (FINESS codes; Saint-Barthélemy and Saint-Martin are filed under 9A).
    "9A": ("Guadeloupe", "01"),
    "9B": ("Martinique", "02"),
    "9C": ("Guyane", "03"),
    "9D": ("La Réunion", "04"),
    "9E": ("Saint-Pierre-et-Miquelon", None),
    "9F": ("Mayotte", "06"),
    "9J": ("Wallis-et-Futuna", None),
}

METROPOLE = "metropole"
CORSE = "corse"
OUTRE_MER = "outre_mer"


def department_name(dept: str | None) -> str:
    """French name of a FINESS department code, "" when unknown."""
    entry = DEPARTMENTS.get((dept or "").upper())
    return entry[0] if entry else ""


def department_region(dept: str | None) -> str | None:
    """INSEE region code of a FINESS department ("21" → "27"); None when unknown or regionless."""
    entry = DEPARTMENTS.get((dept or "").upper())
    return entry[1] if entry else None


def territory(dept: str) -> str:
    """"metropole", "corse" or "outre_mer" for a FINESS department code.

    Corsica counts apart because the campaigns set one smaller grappe minimum for "Corse et
    départements ultramarins" (seeds/001 line 49: 8 ESSMS instead of 15). Raises KeyError for an
    unknown code.
    """
    code = (dept or "").upper()
    if code not in DEPARTMENTS:
        raise KeyError(dept)
    if code in ("2A", "2B"):
        return CORSE
    if code.startswith("9") and not code.isdigit():
        return OUTRE_MER
    return METROPOLE
