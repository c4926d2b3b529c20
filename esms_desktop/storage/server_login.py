"""Server connection details: the URL from host, port, database and user, and the password kept, only
when the user asks, in the system keyring (``keyring``) — never in a file in clear.

The keyring entry is named by ``user@host:port/database`` (``server.describe``), under the service
``esms-desktop``.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

KEYRING_SERVICE = "esms-desktop"


@dataclass(frozen=True)
class ServerLogin:
    host: str
    port: int
    database: str
    user: str

    def url(self, password: str | None = None) -> str:
        auth = quote(self.user, safe="")
        if password:
            auth += ":" + quote(password, safe="")
        return f"postgresql+psycopg://{auth}@{self.host}:{self.port}/{quote(self.database, safe='')}"

    @property
    def key(self) -> str:
        return f"{self.user}@{self.host}:{self.port}/{self.database}"


def stored_password(key: str) -> str | None:
    """The password kept in the system keyring for ``key``, or None (none kept, or no keyring)."""
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, key)
    except Exception:  # noqa: BLE001 - no keyring back-end on this system: nothing kept
        return None


def store_password(key: str, password: str) -> bool:
    """Keep the password in the system keyring; False when this system has none."""
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, key, password)
        return True
    except Exception:  # noqa: BLE001 - keyring.errors.NoKeyringError and back-end failures
        return False


def forget_password(key: str) -> None:
    try:
        import keyring

        keyring.delete_password(KEYRING_SERVICE, key)
    except Exception:  # noqa: BLE001 - nothing kept, or no keyring
        pass


def with_stored_password(url: str) -> str:
    """``url`` with the password kept in the keyring added, when it has none and one is kept."""
    from sqlalchemy.engine import make_url

    from esms_desktop.storage.server import describe

    parsed = make_url(url)
    if parsed.password:
        return url
    password = stored_password(describe(url))
    if not password:
        return url
    return parsed.set(password=password).render_as_string(hide_password=False)
