"""A readable spelling of an ESSMS name as FINESS gives it (capitals, no accents, apostrophes dropped).

    readable_name("FOYER D HEBERGEMENT LES TILLEULS")   # "Foyer d'hébergement Les Tilleuls"

The FINESS spelling stays the reference (``Essms.finess_name``); this is only the proposal the user
edits. The rules: a name that already has small letters is the user's and is kept; otherwise each word
is lowered, the first one capitalised; an acronym of the sector (EHPAD, SAVS, IME …) stays in capitals;
the common words of establishment names get their accents back (« HEBERGEMENT » → « hébergement »);
« D » and « L » before a vowel or an h become « d' » and « l' » (FINESS drops the apostrophe); the
other words, names of places and people, are capitalised (« MASSANGIS » → « Massangis »).
Pure Python.
"""

from __future__ import annotations

import re

#: Acronyms kept in capitals.
ACRONYMS = frozenset((
    "EHPAD", "EHPA", "USLD", "SAVS", "SAMSAH", "SESSAD", "IME", "IEM", "ESAT", "MAS", "FAM", "SSIAD", "SAAD",
    "SPASAD", "SAD", "CMPP", "CAMSP", "ITEP", "DITEP", "CHRS", "CADA", "MECS", "EEAP", "SAJ", "CAJ", "FJT", "CCAS",
    "CIAS", "ADMR", "APF", "ADAPEI", "APAJH", "UGECAM", "UNAPEI", "AFPAD", "CSAPA", "CAARUD", "LHSS", "LAM", "ACT",
    "EANM", "EAM", "ESMS", "PCPE", "SAMU", "CRP", "CPO", "UEROS", "PH", "PA", "II", "III", "IV", "CH", "CHU",
    "PMR", "TSA", "UPAD", "UVP", "PASA", "UHR", "AJ", "HT", "PFR", "MDPH", "ESSMS", "SIAD", "CLIC", "MAIA",
    "DAC", "RAM", "IMPRO", "IMP", "SEES", "SIPFP", "EMP", "ESSIP", "AEMO", "SAE", "SAEMF",
))

#: Words of establishment names written in small letters (after the first word), with their accents.
COMMON = {
    "foyer": "foyer", "vie": "vie", "hebergement": "hébergement", "accueil": "accueil", "jour": "jour",
    "nuit": "nuit", "service": "service", "services": "services", "maison": "maison", "centre": "centre",
    "residence": "résidence", "etablissement": "établissement", "medicalise": "médicalisé",
    "medicalisee": "médicalisée", "specialise": "spécialisé", "specialisee": "spécialisée",
    "personnes": "personnes", "agees": "âgées", "agee": "âgée", "ages": "âgés", "handicapees": "handicapées",
    "handicapes": "handicapés", "adultes": "adultes", "enfants": "enfants", "adolescents": "adolescents",
    "jeunes": "jeunes", "soins": "soins", "domicile": "domicile", "aide": "aide", "accompagnement":
    "accompagnement", "social": "social", "sociale": "sociale", "medico": "médico", "medico-social":
    "médico-social", "medico-sociale": "médico-sociale", "educatif": "éducatif", "educative": "éducative",
    "therapeutique": "thérapeutique", "institut": "institut", "travail": "travail", "protege": "protégé",
    "activite": "activité", "activites": "activités", "occupationnel": "occupationnel", "insertion": "insertion",
    "reinsertion": "réinsertion", "urgence": "urgence", "temporaire": "temporaire", "permanent": "permanent",
    "unite": "unité", "pole": "pôle", "plateforme": "plateforme", "sante": "santé", "mentale": "mentale",
    "psychique": "psychique", "autisme": "autisme", "departemental": "départemental", "departementale":
    "départementale", "communal": "communal", "intercommunal": "intercommunal", "hopital": "hôpital",
    "hospitalier": "hospitalier", "long": "long", "sejour": "séjour", "court": "court", "retraite": "retraite",
    "logement": "logement", "logements": "logements", "foyers": "foyers", "ateliers": "ateliers",
    "atelier": "atelier", "famille": "famille", "familles": "familles", "enfance": "enfance",
    "protection": "protection", "maternelle": "maternelle", "professionnel": "professionnel",
    "professionnelle": "professionnelle", "reeducation": "rééducation", "readaptation": "réadaptation",
    "polyhandicapes": "polyhandicapés", "deficients": "déficients", "sensoriels": "sensoriels",
    "deficience": "déficience", "deficiences": "déficiences", "intellectuelle": "intellectuelle",
    "intellectuelles": "intellectuelles", "motrice": "motrice", "motrices": "motrices", "auditive": "auditive",
    "visuelle": "visuelle", "cognitive": "cognitive", "psychiques": "psychiques", "mentaux": "mentaux",
    "auditifs": "auditifs", "visuels": "visuels", "moteurs": "moteurs", "intellectuels": "intellectuels",
    "troubles": "troubles", "conduite": "conduite", "comportement": "comportement", "precoce": "précoce",
    "habitat": "habitat", "inclusif": "inclusif", "groupe": "groupe", "association": "association",
    "mutualiste": "mutualiste", "public": "public", "publique": "publique", "prive": "privé",
    "de": "de", "du": "du", "des": "des", "la": "la", "le": "le", "les": "les", "et": "et", "en": "en",
    "pour": "pour", "a": "à", "au": "au", "aux": "aux", "sur": "sur", "sous": "sous", "avec": "avec",
    "chez": "chez", "par": "par",
}

_ELIDED = {"d": "d'", "l": "l'"}
_VOWEL_OR_H = re.compile(r"^[aeiouyhàâäéèêëîïôöûüAEIOUYHÀÂÄÉÈÊËÎÏÔÖÛÜ]")
_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿŒœ]+(?:-[A-Za-zÀ-ÖØ-öø-ÿŒœ]+)*|\S")


def is_raw(name: str) -> bool:
    """True for a name as FINESS spells it: letters, all in capitals."""
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _word(word: str, first: bool) -> str:
    if word.upper() in ACRONYMS and word.isupper():
        return word.upper()
    low = word.lower()
    if low in COMMON:
        value = COMMON[low]
    elif "-" in low and all(part in COMMON for part in low.split("-")):
        value = "-".join(COMMON[part] for part in low.split("-"))
    else:
        return "-".join(part[:1].upper() + part[1:] for part in low.split("-"))  # a place or a person
    return value[:1].upper() + value[1:] if first else value


def _named(following: str) -> bool:
    """The word after an article starts a name (« LES TILLEULS », « L ARCHE »), not a common word."""
    return following.isalpha() and following.lower() not in COMMON


def readable_name(raw: str) -> str:
    """The proposal for the user's spelling of the FINESS name ``raw`` (``raw`` itself when not in capitals)."""
    text = " ".join(raw.split())
    if not is_raw(text):
        return text
    tokens = _WORD.findall(text)
    out: list[str] = []
    glue = False  # the previous token was « d' », « l' » or an opening bracket: no space before this one
    for i, token in enumerate(tokens):
        low = token.lower()
        following = tokens[i + 1] if i + 1 < len(tokens) else ""
        if low in _ELIDED and following[:1].isalpha() and _VOWEL_OR_H.match(following):
            word = _ELIDED[low]
            if not out or (low == "l" and _named(following)):
                word = word.capitalize()
            out.append(word)
            glue = True
            continue
        if low in ("le", "la", "les") and out and _named(following):
            word = low.capitalize()  # « Les Tilleuls », « Le Château »: the article of a name
        else:
            word = _word(token, not out)
        if glue:
            out[-1] += word
            glue = False
        elif out and not token[0].isalnum():
            if token in "(«":
                out.append(word)
                glue = True
            else:
                out[-1] += word if token in ",.)»" else " " + word
        else:
            out.append(word)
    return " ".join(out)
