"""What a document must be before it is stored: a plain file name and the type its name says.

Dossier files travel between people and a double-click imports them, so a document's ``file_name`` is
hostile until checked: no folder part (``../../x``, ``C:\\x``, ``/etc/x``), no character a file system
refuses, and only the types a candidature needs (PDF, images, office documents) — never a program
(``rib.pdf.exe``). The content must be of that type: a text file renamed ``rib.pdf`` is not a RIB.

:func:`check_document` is called for every way in (a file chosen in the window, a dossier file);
:func:`safe_file_name` is used for every way out (opening a copy, the save dialog's suggestion), even
for names stored before these checks existed. Pure Python, no Qt.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import PurePosixPath

from esms_desktop.text import QT_TRANSLATE_NOOP

# Largest document accepted, whatever the way in.
MAX_SIZE = 25 * 1024 * 1024

_PDF = "pdf"
_JPEG = "jpeg"
_PNG = "png"
_TIFF = "tiff"
_ZIP = "zip"  # OpenDocument and Office Open XML
_OLE = "ole"  # older Office documents

# Accepted extensions and the kind of content each must hold.
ACCEPTED = {
    ".pdf": _PDF,
    ".jpg": _JPEG, ".jpeg": _JPEG,
    ".png": _PNG,
    ".tif": _TIFF, ".tiff": _TIFF,
    ".odt": _ZIP, ".ods": _ZIP, ".docx": _ZIP, ".xlsx": _ZIP,
    ".doc": _OLE, ".xls": _OLE,
}
_MAGIC = {
    _JPEG: (b"\xff\xd8\xff",),
    _PNG: (b"\x89PNG\r\n\x1a\n",),
    _TIFF: (b"II*\x00", b"MM\x00*"),
    _ZIP: (b"PK\x03\x04",),
    _OLE: (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",),
}
_WINDOWS_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}
_FORBIDDEN = re.compile(r'[<>:"|?*\x00-\x1f\x7f]')
MAX_NAME = 200

BAD_NAME = QT_TRANSLATE_NOOP(
    "DocumentChecks", "The document name « {name} » is not a plain file name (it names a folder or holds "
    "characters a file name cannot have). Nothing was imported.")
BAD_TYPE = QT_TRANSLATE_NOOP(
    "DocumentChecks", "The document « {name} » is not of an accepted type. Accepted: PDF, JPEG, PNG, TIFF, "
    "ODT, ODS, DOCX, XLSX, DOC, XLS. Convert it to PDF and attach it again.")
NOT_WHAT_IT_SAYS = QT_TRANSLATE_NOOP(
    "DocumentChecks", "The document « {name} » is not a real {type} file: its content does not match its "
    "name. Attach the document itself (scanned or exported as {type}).")
TOO_LARGE = QT_TRANSLATE_NOOP(
    "DocumentChecks", "The document « {name} » weighs {size} MB; documents of more than {maximum} MB are "
    "refused. Scan it at a lower resolution or compress it.")

_TYPE_NAMES = {_PDF: "PDF", _JPEG: "JPEG", _PNG: "PNG", _TIFF: "TIFF", _ZIP: "ODT/DOCX", _OLE: "DOC/XLS"}


class DocumentRefused(ValueError):
    """``message`` (a translatable Message) says why the document is refused."""

    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


def base_name(name: str) -> str:
    """The last part of a name written with ``/`` or ``\\`` separators (a drive letter dropped)."""
    return PurePosixPath(re.sub(r"^[A-Za-z]:", "", name).replace("\\", "/")).name


def safe_file_name(name: str, fallback: str = "document") -> str:
    """A harmless file name to write: base name only, no forbidden character, an accepted extension
    (any other one gets ``.bin`` added so that no system opener runs it)."""
    text = unicodedata.normalize("NFC", base_name(name or ""))
    text = _FORBIDDEN.sub("_", text).strip(" .")
    if not text or text.split(".")[0].lower() in _WINDOWS_RESERVED:
        text = f"{fallback}_{text}" if text else fallback
    stem, dot, ext = text.rpartition(".")
    if not dot or f".{ext.lower()}" not in ACCEPTED:
        text = f"{text}.bin"
        stem, _, ext = text.rpartition(".")
    keep = MAX_NAME - len(ext) - 1
    return f"{stem[:keep]}.{ext}"


def is_safe_name(name: str) -> bool:
    return bool(name) and safe_file_name(name) == name


def expected_type(name: str) -> str | None:
    """The content kind a name's extension announces, None when the extension is not accepted."""
    _stem, dot, ext = name.rpartition(".")
    return ACCEPTED.get(f".{ext.lower()}") if dot else None


def content_matches(kind: str, head: bytes) -> bool:
    """``head`` (the first bytes, 1 KiB is enough) is the start of a ``kind`` file."""
    if kind == _PDF:
        return b"%PDF-" in head[:1024]  # the header may follow a few bytes of garbage (PDF 1.7, 7.5.2)
    return any(head.startswith(magic) for magic in _MAGIC[kind])


def check_size(name: str, size: int) -> None:
    if size > MAX_SIZE:
        raise DocumentRefused(TOO_LARGE(name=safe_file_name(name), size=f"{size / 1048576:.0f}",
                                        maximum=str(MAX_SIZE // 1048576)))


def check_document(name: str, content: bytes) -> None:
    """Raise DocumentRefused unless ``name`` is a plain accepted name and ``content`` is of its type."""
    if not is_safe_name(name):
        if expected_type(base_name(name)) is None and base_name(name) == name:
            raise DocumentRefused(BAD_TYPE(name=safe_file_name(name)))
        raise DocumentRefused(BAD_NAME(name=name[:120]))
    check_size(name, len(content))
    kind = expected_type(name)
    if kind is None:
        raise DocumentRefused(BAD_TYPE(name=name))
    if content and not content_matches(kind, content[:1024]):
        raise DocumentRefused(NOT_WHAT_IT_SAYS(name=name, type=_TYPE_NAMES[kind]))
