"""Dossiers on a PostgreSQL server: bad situations refused in French, nothing created, passwords hidden,
migrations under a lock after a backup (a real server, tests/pg_server.py)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from esms_desktop import i18n
from esms_desktop.storage.server import ServerError, mask_url

EXAMPLE = Path(__file__).resolve().parent.parent / "resources" / "examples" / "exemple-grappe-bfc.json"


@pytest.fixture
def server_db(pg_server):
    name = pg_server.create_database()
    yield pg_server, name
    pg_server.drop_database(name)


def french(exc) -> str:
    i18n.install("fr")
    return i18n.render(exc.message)


def test_mask_url_hides_every_password():
    assert mask_url("postgresql+psycopg://esms:pw@host:5432/db") == "postgresql+psycopg://esms:***@host:5432/db"
    assert mask_url("Aucun dossier dans postgresql://u:p%40ss@h/d.") == "Aucun dossier dans postgresql://u:***@h/d."
    assert mask_url("host=h password=secret dbname=d") == "host=h password=*** dbname=d"
    assert mask_url("postgresql://u@h/d") == "postgresql://u@h/d"  # nothing to hide


def test_unreachable_server(qapp):
    from pg_server import free_port

    from esms_desktop.storage.database import open_database

    with pytest.raises(ServerError) as caught:
        open_database(f"postgresql+psycopg://esms:topsecret@127.0.0.1:{free_port()}/x")
    text = french(caught.value)
    assert "ne peut pas être joint" in text and "topsecret" not in text


def test_authentication_refused(qapp, server_db):
    server, name = server_db
    from esms_desktop.storage.database import open_database

    with pytest.raises(ServerError) as caught:
        open_database(server.url(name, password="wrong-one"))
    text = french(caught.value)
    assert "a refusé le nom d'utilisateur ou le mot de passe" in text and "wrong-one" not in text


def test_another_applications_database_is_refused_and_nothing_created(qapp, server_db):
    server, name = server_db
    from esms_desktop.storage.database import open_database

    server.execute("CREATE TABLE invoices (id serial primary key)", name)
    with pytest.raises(ServerError) as caught:
        open_database(server.url(name))
    assert "contient les tables d'une autre application (invoices)" in french(caught.value)
    import psycopg

    with psycopg.connect(server.url(name).replace("+psycopg", "")) as c:
        tables = {r[0] for r in c.execute("SELECT tablename FROM pg_tables WHERE schemaname='public'")}
    assert tables == {"invoices"}


def test_newer_schema_is_refused(qapp, server_db):
    server, name = server_db
    from esms_desktop.storage.database import open_database

    open_database(server.url(name)).dispose()
    server.execute("UPDATE alembic_version SET version_num = '0099'", name)
    with pytest.raises(ServerError) as caught:
        open_database(server.url(name))
    assert "écrite par une version plus récente" in french(caught.value)


def test_cli_message_never_shows_the_password(server_db):
    server, name = server_db
    result = subprocess.run([sys.executable, "-m", "esms_desktop", "--db", server.url(name), "dossier", "list"],
                            capture_output=True, text=True)
    assert result.returncode == 0 and "Aucun dossier" in result.stdout
    assert server.url(name).split("@")[0].split(":")[-1] not in result.stdout + result.stderr
    assert ":***@" in result.stdout


def test_two_starts_at_once_on_an_empty_database(server_db):
    """Two processes migrating one empty database at the same moment: both open it (advisory lock)."""
    server, name = server_db
    code = ("import sys; from esms_desktop.storage.database import open_database; "
            "open_database(sys.argv[1]).dispose(); print('ok')")
    procs = [subprocess.Popen([sys.executable, "-c", code, server.url(name)], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    assert all(o[0].strip() == "ok" for o in outs)


def test_migration_on_a_server_makes_a_backup_first(qapp, server_db, isolated_home):
    """A database one revision behind: every dossier exported to a dated archive, then migrated."""
    from sqlalchemy import create_engine

    from esms_desktop.storage import schema_version, server_backups
    from esms_desktop.storage.database import open_database, upgrade
    from esms_desktop.storage.dossier_file import import_file

    server, name = server_db
    db = open_database(server.url(name))
    import_file(db, EXAMPLE)
    db.dispose()
    previous = schema_version.KNOWN_REVISIONS[-2]
    engine = create_engine(server.url(name))
    from alembic import command

    from esms_desktop.storage.database import alembic_config

    cfg = alembic_config()
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.downgrade(cfg, previous)
    engine.dispose()
    assert server_backups.list_archives(server.url(name)) == []
    db = open_database(server.url(name))
    assert db.rows("SELECT version_num FROM alembic_version") == [(schema_version.HEAD,)]
    [archive] = server_backups.list_archives(server.url(name))
    assert archive.reason == "before-migration" and archive.dossiers == 1
    assert str(archive.path).startswith(str(isolated_home))
    with zipfile.ZipFile(archive.path) as z:
        assert z.namelist() == ["dossiers/1.esms", "manifest.json"]
    # restorable: the dossier renamed since comes back as it was
    from sqlalchemy import text

    with db.engine.begin() as c:
        c.execute(text("UPDATE dossier SET name = 'changé'"))
    server_backups.restore_archive(db, archive.path)
    assert db.rows("SELECT name FROM dossier") == [("Exemple — Grappe DUI Yonne-Saône-et-Loire 2024",)]
    db.dispose()
    del upgrade


def test_backup_on_demand(qapp, server_db):
    from esms_desktop.storage import server_backups
    from esms_desktop.storage.database import open_database
    from esms_desktop.storage.dossier_file import import_file

    server, name = server_db
    db = open_database(server.url(name))
    import_file(db, EXAMPLE)
    path = server_backups.backup_now(db)
    assert path.name.endswith("-manual.zip") and server_backups.list_archives(db.url)[0].dossiers == 1
    db.dispose()
