"""A throw-away PostgreSQL cluster for the tests and benchmarks (Debian's ``postgresql`` package).

``PgServer.start()`` runs ``initdb`` in a temporary folder, starts the server with ``pg_ctl`` on
127.0.0.1 on a free port (its socket in that folder too), and ``stop()`` stops it and removes the
folder. PostgreSQL refuses to run as root: as root, the binaries run as the ``postgres`` user the
Debian package creates (``runuser -u postgres --``), the folder handed over to it; as anyone else
they run as that user.

The superuser is ``esms`` with the password ``PASSWORD`` (scram-sha-256 over TCP), so the tests
go through the same authentication as a real server.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from pathlib import Path

USER = "esms"
PASSWORD = "s3cret-pw"


def find_bin_dir() -> Path | None:
    """The newest ``/usr/lib/postgresql/<version>/bin`` holding initdb, or None."""
    found = []
    for candidate in glob.glob("/usr/lib/postgresql/*/bin/initdb"):
        try:
            version = int(Path(candidate).parent.parent.name)
        except ValueError:
            continue
        found.append((version, Path(candidate).parent))
    return max(found)[1] if found else None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class PgServer:
    def __init__(self, bin_dir: Path | None = None):
        self.bin_dir = bin_dir or find_bin_dir()
        if self.bin_dir is None:
            raise RuntimeError("PostgreSQL is not installed (Debian package postgresql): no initdb found")
        self.port = 0
        self.folder: Path | None = None
        self._as: list[str] = []
        self._started = False

    # -- running the binaries -------------------------------------------------------------
    def _run(self, *args: str, **kwargs) -> subprocess.CompletedProcess:
        return subprocess.run([*self._as, *args], check=True, capture_output=True, text=True, **kwargs)

    def _prepare_user(self) -> None:
        if os.geteuid() != 0:
            return
        try:
            account = pwd.getpwnam("postgres")
        except KeyError:  # no postgres account: make one (a system user without login)
            subprocess.run(["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", "postgres"],
                           check=True, capture_output=True)
            account = pwd.getpwnam("postgres")
        os.chown(self.folder, account.pw_uid, account.pw_gid)
        self._as = ["runuser", "-u", "postgres", "--"]

    # -- life cycle -------------------------------------------------------------------------
    def start(self) -> "PgServer":
        self.folder = Path(tempfile.mkdtemp(prefix="esms-pg-"))
        self._prepare_user()
        data = self.folder / "data"
        pwfile = self.folder / "pw"
        pwfile.write_text(PASSWORD + "\n")
        if self._as:
            shutil.chown(pwfile, "postgres")
        self._run(str(self.bin_dir / "initdb"), "-D", str(data), "-U", USER, "--pwfile", str(pwfile),
                  "--auth-host=scram-sha-256", "--auth-local=trust", "-E", "UTF8", "--locale=C.UTF-8")
        pwfile.unlink()
        for attempt in range(5):
            self.port = free_port()
            options = (f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.folder} "
                       "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200")
            try:
                self._run(str(self.bin_dir / "pg_ctl"), "-D", str(data), "-o", options, "-l",
                          str(self.folder / "server.log"), "-w", "-t", "60", "start")
            except subprocess.CalledProcessError:
                if attempt == 4:
                    raise
                continue
            break
        self._started = True
        return self

    def stop(self) -> None:
        if self._started:
            try:
                self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "fast", "-w", "stop")
            finally:
                self._started = False
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None

    # -- databases ----------------------------------------------------------------------------
    def url(self, database: str = "postgres", password: str | None = PASSWORD, port: int | None = None) -> str:
        auth = USER if password is None else f"{USER}:{password}"
        return f"postgresql+psycopg://{auth}@127.0.0.1:{port or self.port}/{database}"

    def execute(self, sql: str, database: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=self.port, user=USER, password=PASSWORD,
                             dbname=database, autocommit=True) as connection:
            connection.execute(sql)

    def create_database(self) -> str:
        """A new empty database; returns its name."""
        name = "t_" + uuid.uuid4().hex[:12]
        self.execute(f'CREATE DATABASE "{name}"')
        return name

    def drop_database(self, name: str) -> None:
        self.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def __enter__(self) -> "PgServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def wait_port(port: int, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.05)
    raise TimeoutError(port)
