"""Schema: migrations from empty to head, and the constants start-up relies on."""

from __future__ import annotations

import sqlite3

from esms_desktop.storage import schema_version
from esms_desktop.storage.database import alembic_config, open_database
import pytest

pytestmark = pytest.mark.both_backends


def test_empty_file_is_migrated_to_head(db_path):
    open_database(str(db_path)).dispose()
    con = sqlite3.connect(db_path)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == schema_version.HEAD
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"dossier", "og", "essms"} <= tables
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_known_revisions_match_the_alembic_scripts():
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    revisions = [rev.revision for rev in reversed(list(script.walk_revisions()))]
    assert tuple(revisions) == schema_version.KNOWN_REVISIONS
    assert script.get_current_head() == schema_version.HEAD


def test_models_match_the_migrated_schema(db):
    """The SQLAlchemy models and the schema the migrations build must not drift apart."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from esms_desktop.storage.models import Base

    with db.engine.connect() as connection:
        diffs = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert diffs == []


def test_foreign_keys_are_enforced(db):
    """An OG pointing at no dossier is refused (SQLite needs foreign_keys=ON on each connection)."""
    import pytest
    from sqlalchemy import text
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError):
        with db.engine.begin() as connection:
            connection.execute(text("INSERT INTO og (dossier_id, position, name) VALUES (999999, 0, 'x')"))


def test_database_at_head_does_not_import_alembic(db_path):
    """Start-up on an up-to-date database must not pay for the migration machinery."""
    import subprocess
    import sys

    open_database(str(db_path)).dispose()
    code = (
        "import sys; from esms_desktop.storage.database import open_database; "
        f"open_database({str(db_path)!r}); print('alembic' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_environment_variable_and_url_forms(tmp_path, monkeypatch):
    from esms_desktop.storage.database import resolve_url

    target = tmp_path / "été 2024" / "base.sqlite"
    monkeypatch.setenv("ESMS_DESKTOP_DB", str(target))
    assert resolve_url(None) == "sqlite:///" + str(target)
    assert resolve_url("sqlite:///x.db") == "sqlite:///x.db"
    db = open_database(None)
    assert db.path == target and target.exists()
    db.dispose()
