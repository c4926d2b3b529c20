"""Importers under fuzzing: every random or mutated input is imported, or refused with a message naming
the place (field path or line), and a refusal leaves the database (or the FINESS reference) unchanged.

Covered: the dossier file (dict and text), the FINESS extract, the maturity answer file (the rule
that checks it, and the file imported into a dossier). The CSV/XLSX ESSMS list importer is fuzzed in
tests/test_fuzz_essms_list.py.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import json
import os
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from tests.conftest import EXAMPLE

# ESMS_FUZZ_SCALE=20 multiplies every example count (a deeper run, by hand); the suite runs at 1.
SCALE = int(os.environ.get("ESMS_FUZZ_SCALE", "1"))


def examples(count: int) -> int:
    return count * SCALE


FUZZ = settings(
    max_examples=examples(80),
    deadline=None,
    database=None,  # no .hypothesis folder: the same examples every run (derandomize below)
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Values a hand-edited or damaged file may hold where something else is expected.
NASTY = st.sampled_from([
    "", " ", "\ud800", "\x00", "é" * 250, "2024-02-30", "2024-13-01", "2024-13-01T25:61:61", "9999-99-99T99:99:99",
    "nsp", "2A0000001", "000000000", "-1", "1e400", "NaN", "null", '";DROP TABLE dossier;--', "\u202e",
])
LEAVES = st.one_of(
    st.none(), st.booleans(), st.integers(), st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(), st.text(max_size=20), NASTY,
)
JSON_VALUES = st.recursive(
    LEAVES, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)


def _like(value):
    if isinstance(value, bool):
        return st.sampled_from([not value, 0, 1, None, "true"])
    if isinstance(value, int):
        return st.sampled_from([-1, 0, 2**31, 2**63, -(2**63) - 1, 10**30, value + 1, value * 1000])
    if isinstance(value, float):
        return st.floats()
    if isinstance(value, str):
        digits = st.sampled_from(range(len(value))).map(lambda i: value[:i] + "9" + value[i + 1:]) if value else NASTY
        return NASTY | st.text(max_size=12) | digits | st.just(value * 50) | st.just(value.upper())
    if isinstance(value, list):
        return st.just(value[:1] * 3) | st.just(value[::-1]) | st.just([])
    return JSON_VALUES


@st.composite
def mutated(draw, base):
    """``base`` (a JSON document) with 1 to 3 random changes somewhere down its tree."""
    data = copy.deepcopy(base)
    for _ in range(draw(st.integers(1, 3))):
        parents = []
        node = data
        while isinstance(node, (dict, list)) and node and draw(st.integers(0, 6)) != 0:
            key = draw(st.sampled_from(sorted(node) if isinstance(node, dict) else list(range(len(node)))))
            parents.append((node, key))
            node = node[key]
        if not parents:
            continue
        container, key = parents[-1]
        action = draw(st.sampled_from(["replace", "like", "like", "nasty", "delete", "add", "duplicate", "empty"]))
        if action == "like":  # a value of the same kind, but wrong: the schema may let it through
            container[key] = draw(_like(container[key]))
        elif action == "replace":
            container[key] = draw(JSON_VALUES)
        elif action == "nasty":
            container[key] = draw(NASTY)
        elif action == "delete":
            del container[key]
        elif action == "add" and isinstance(container, dict):
            container[draw(st.sampled_from(["extra", "notes", "referent", "essms", "og", "need"]))] = draw(JSON_VALUES)
        elif action == "duplicate" and isinstance(container, list):
            container.append(copy.deepcopy(container[key]))
        elif action == "empty":
            container[key] = type(container[key])() if isinstance(container[key], (dict, list, str)) else None
    return data


@st.composite
def mutated_text(draw, text: str):
    """``text`` cut, with characters inserted, removed or replaced."""
    for _ in range(draw(st.integers(1, 3))):
        at = draw(st.integers(0, len(text)))
        action = draw(st.sampled_from(["cut", "insert", "remove", "replace", "digit", "digit"]))
        digits = [i for i, c in enumerate(text) if c.isdigit()]
        if action == "digit" and digits:  # the JSON stays valid, a date or number does not
            i = draw(st.sampled_from(digits))
            text = text[:i] + draw(st.sampled_from("0123456789")) + text[i + 1:]
        elif action == "cut":
            text = text[:at]
        elif action == "insert":
            text = text[:at] + draw(st.text(max_size=5) | st.sampled_from([",", "}", "]", '"', "\\", "\n", ";"])) + text[at:]
        elif action == "remove":
            text = text[:at] + text[at + draw(st.integers(1, 20)):]
        else:
            text = text[:at] + draw(st.characters()) + text[at + 1:]
    return text


def dump(db_path: Path) -> dict[str, list[tuple]]:
    """Every row of every table, to compare a database before and after."""
    con = sqlite3.connect(db_path)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return {t: con.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall() for t in tables}
    finally:
        con.close()


# --- the dossier file ----------------------------------------------------------------------------------

EXAMPLE_DATA = json.loads(EXAMPLE.read_text(encoding="utf-8"))


def _import_or_refuse(db, db_path, data, on_conflict="error"):
    from esms_desktop.storage.dossier_file import export_dossier, import_dossier, validate
    from esms_desktop.storage.errors import DossierFileError

    before = dump(db_path)
    try:
        new_id = import_dossier(db, data, on_conflict=on_conflict)
    except DossierFileError as exc:
        assert exc.path, f"refused without naming the field: {exc}"
        assert dump(db_path) == before, f"refused ({exc}) but the database changed"
        event(f"refused: {type(exc).__name__}")
        return None
    validate(export_dossier(db, new_id))  # what was imported exports as a valid file
    event("imported")
    return new_id


@FUZZ
@given(data=mutated(EXAMPLE_DATA), on_conflict=st.sampled_from(["error", "copy", "replace"]))
def test_dossier_file_mutations(db, db_path, example_id, data, on_conflict):
    _import_or_refuse(db, db_path, data, on_conflict)


@FUZZ
@given(data=JSON_VALUES)
def test_dossier_file_random_json(db, db_path, data):
    assert _import_or_refuse(db, db_path, data) is None


@settings(FUZZ, max_examples=examples(50))
@given(text=mutated_text(EXAMPLE.read_text(encoding="utf-8")))
def test_dossier_file_damaged_text(db, db_path, tmp_path, text):
    from esms_desktop.storage.dossier_file import import_file
    from esms_desktop.storage.errors import DossierFileError

    path = tmp_path / "recu.json"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    before = dump(db_path)
    try:
        import_file(db, path, on_conflict="copy")
    except DossierFileError as exc:
        params = exc.message.params
        assert exc.path or "line" in params or "path" in params, f"refused without saying where: {exc}"
        assert dump(db_path) == before


def _set(data: dict, path: tuple, value) -> dict:
    data = copy.deepcopy(data)
    node = data
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value
    return data


@pytest.mark.parametrize("path, value, named", [
    # found by the fuzzing above: each crashed the import (ValueError, UnicodeEncodeError, OverflowError)
    (("dossier", "created_at"), "2024-13-45T10:00:00", "dossier.created_at"),
    (("dossier", "filing_date"), "2024-00-28", "dossier.filing_date"),
    (("dossier", "filing_date"), "2024-02-30", "dossier.filing_date"),
    (("dossier", "name"), "Grappe \ud800", "dossier.name"),
    (("dossier", "ogs", 1, "essms", 0, "persons_accompanied"), 2**63, "dossier.ogs[1].essms[0].persons_accompanied"),
    (("dossier", "ogs", 0, "essms", 2, "notes"), "note \udfff", "dossier.ogs[0].essms[2].notes"),
])
def test_known_traps_are_refused_with_their_field(db, db_path, path, value, named):
    """Values the schema lets through but Python or the database would choke on."""
    from esms_desktop.storage.dossier_file import import_dossier
    from esms_desktop.storage.errors import DossierFileError

    before = dump(db_path)
    with pytest.raises(DossierFileError) as info:
        import_dossier(db, _set(EXAMPLE_DATA, path, value))
    assert info.value.path == named
    from esms_desktop.field_paths import describe_path

    assert str(describe_path(named, EXAMPLE_DATA)) in str(info.value)  # said in words (issue 21)
    assert dump(db_path) == before


def test_planning_dates_are_checked_as_dates(db, db_path):
    from esms_desktop.storage.dossier_file import import_dossier
    from esms_desktop.storage.errors import DossierFileError

    data = copy.deepcopy(EXAMPLE_DATA)
    data["dossier"]["planning"] = [{"key": "t1", "title": "Lancement", "phase": "Cadrage", "start": "2025-04-31",
                                    "end": "2025-05-15", "milestone": False, "depends_on": [], "owner": ""}]
    with pytest.raises(DossierFileError) as info:
        import_dossier(db, data)
    assert info.value.path == "dossier.planning[0].start", info.value


# --- the FINESS extract ------------------------------------------------------------------------------

def _sample_lines() -> list[str]:
    from esms_desktop.paths import resource_path

    lines = resource_path("finess", "sample-extract.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    geo = [line for line in lines if line.startswith("geolocalisation")]
    return lines[:25] + geo[:3]  # header, 24 establishments, a few geolocation lines: enough, and fast


FINESS_LINES = _sample_lines()


@st.composite
def mutated_extract(draw) -> bytes:
    lines = list(FINESS_LINES)
    for _ in range(draw(st.integers(1, 3))):
        i = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["drop", "duplicate", "swap", "field", "field", "bytes", "cut", "blank"]))
        if action == "drop" and len(lines) > 1:
            del lines[i]
        elif action == "duplicate":
            lines.insert(i, lines[i])
        elif action == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif action == "field":
            fields = lines[i].rstrip("\r\n").split(";")
            k = draw(st.integers(0, len(fields) - 1))
            fields[k] = draw(st.text(max_size=12) | NASTY | st.sampled_from(['"', '"a;b"', "a\nb", "2024-1-1", "1"]))
            if draw(st.booleans()):
                fields.insert(k, draw(st.text(max_size=5)))
            lines[i] = ";".join(fields) + "\n"
        elif action == "blank":
            lines[i] = "\n"
        elif action == "cut":
            lines[i] = lines[i][: draw(st.integers(0, len(lines[i])))]
    data = "".join(lines).encode("utf-8", errors="surrogatepass")
    if draw(st.integers(0, 4)) == 0:  # raw bytes: bad UTF-8, Windows-1252, NUL, BOM
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.binary(min_size=1, max_size=4) | st.sampled_from([b"\xff", b"\xe9", b"\x00", b"\xef\xbb\xbf", b"\x81"])) + data[at:]
    return data


@pytest.fixture
def reference(tmp_path):
    from esms_desktop.paths import resource_path
    from esms_desktop.storage.finess_reference import import_extract

    path = tmp_path / "ref" / "finess.sqlite3"
    import_extract(resource_path("finess", "sample-extract.csv"), path)
    return path


@settings(FUZZ, max_examples=examples(60))
@given(data=mutated_extract())
def test_finess_extract_mutations(reference, tmp_path, data):
    from esms_desktop.storage.finess_extract import FinessFormatError
    from esms_desktop.storage.finess_reference import import_extract, reference_info

    source = tmp_path / "extrait.csv"
    source.write_bytes(data)
    before = hashlib.sha256(reference.read_bytes()).hexdigest()
    try:
        report = import_extract(source, reference)
    except FinessFormatError as exc:
        assert exc.line_number >= 1 and exc.line_number <= data.count(b"\n") + 2, exc
        assert hashlib.sha256(reference.read_bytes()).hexdigest() == before, "refused but the reference changed"
        event("refused")
    else:
        event("imported")
        assert report.establishments >= 1
        assert reference_info(reference)["row_count"] == report.establishments
    assert sorted(p.name for p in reference.parent.iterdir()) == [reference.name]  # no temporary file left


@settings(FUZZ, max_examples=examples(30))
@given(data=st.binary(max_size=300) | JSON_VALUES.map(lambda v: json.dumps(v).encode()))
def test_finess_extract_random_bytes(reference, tmp_path, data):
    from esms_desktop.storage.finess_extract import FinessFormatError
    from esms_desktop.storage.finess_reference import import_extract

    source = tmp_path / "extrait.csv"
    source.write_bytes(data)
    before = reference.read_bytes()
    with pytest.raises(FinessFormatError) as info:
        import_extract(source, reference)
    assert info.value.line_number >= 1
    assert reference.read_bytes() == before


# --- the maturity answer file --------------------------------------------------------------------------

FINESS_EJ = "210987731"


def _answer_file() -> dict:
    from esms_desktop.rules.maturity.scoring import load_questionnaire
    from esms_desktop.rules.maturity.exchange import export_answer_file

    questionnaire = load_questionnaire("direction")
    answers = {q.id: (q.levels[-1].value if i % 3 else "nsp") for i, q in enumerate(questionnaire.questions[:6])}
    return export_answer_file(questionnaire, {"finess_ej": FINESS_EJ, "name": "Association du Val"}, answers,
                              {"name": "Mme Durand", "role": "Directrice"}, dt.date(2025, 3, 14))


ANSWER_FILE = _answer_file()


def _reseal(data):
    """Recompute the checksum, as a careful hand editor would: the deeper checks then run."""
    from esms_desktop.rules.maturity.exchange import content_checksum

    if isinstance(data, dict) and isinstance(data.get("checksum"), dict):
        try:
            data["checksum"]["value"] = content_checksum(data)
        except (ValueError, TypeError, UnicodeEncodeError):
            pass  # NaN or a lone surrogate: the file keeps its old checksum
    return data


@FUZZ
@given(data=mutated(ANSWER_FILE), reseal=st.booleans())
def test_maturity_answer_file_mutations(data, reseal):
    from esms_desktop.rules.maturity.exchange import AnswerFile, AnswerFileError, read_answer_file

    if reseal:
        data = _reseal(data)
    try:
        result = read_answer_file(data, FINESS_EJ)
    except AnswerFileError as exc:
        assert str(exc.message)  # every parameter of the message is there (format() would raise)
        event(f"refused: {exc.message.text[:40]}")
        return
    assert isinstance(result, AnswerFile)
    event("accepted")


def test_maturity_answer_file_lone_surrogate_is_refused_with_its_field():
    """Found by the fuzzing: the checksum of such a file raised UnicodeEncodeError."""
    from esms_desktop.rules.maturity.exchange import AnswerFileError, read_answer_file

    data = _reseal(_set(ANSWER_FILE, ("og", "name"), "Association \ud83d du Val"))
    with pytest.raises(AnswerFileError) as info:
        read_answer_file(data, FINESS_EJ)
    assert "$.og.name" in str(info.value.message)


@FUZZ
@given(data=JSON_VALUES)
def test_maturity_answer_file_random_json(data):
    from esms_desktop.rules.maturity.exchange import AnswerFileError, read_answer_file

    with pytest.raises(AnswerFileError):
        read_answer_file(data, FINESS_EJ)


@settings(FUZZ, max_examples=examples(50))
@given(data=mutated(ANSWER_FILE), text_damage=st.booleans())
def test_maturity_answer_file_import_into_a_dossier(db, db_path, tmp_path, data, text_damage):
    """The porteur imports a returned file into the dossier: refused files change nothing."""
    from esms_desktop.rules.maturity.exchange import AnswerFileError
    from esms_desktop.storage import grappe
    from esms_desktop.storage.dossiers import create_dossier
    from esms_desktop.storage.maturity_files import apply_import, preview_import

    if not db.rows("SELECT id FROM og WHERE finess_ej = :f", {"f": FINESS_EJ}):
        dossier_id = create_dossier(db, "Grappe du Val", 2025)
        grappe.add_og(db, dossier_id, name="Association du Val", finess_ej=FINESS_EJ, is_porteur=True)
    (og_id,) = db.rows("SELECT id FROM og WHERE finess_ej = :f", {"f": FINESS_EJ})[0]
    text = json.dumps(_reseal(data), ensure_ascii=False, indent=2)
    if text_damage:
        text = text[: len(text) * 2 // 3]
    path = tmp_path / "reponses.json"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    before = dump(db_path)
    try:
        preview = preview_import(db, og_id, path)
    except AnswerFileError as exc:
        assert str(exc.message) and dump(db_path) == before
        event("refused")
        return
    apply_import(db, preview)
    event("imported")
