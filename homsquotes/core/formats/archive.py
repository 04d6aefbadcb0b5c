"""Zip archives of articles, as Nexis Uni delivers "individual files" downloads: each article
file inside is imported as if it were in a folder, named `archive.zip!member.docx`."""

from __future__ import annotations

import zipfile
from fnmatch import fnmatch
from pathlib import Path, PurePosixPath

from homsquotes.core.errors import InputError
from homsquotes.core.formats import SourceArticle, sniff_kind

MEMBER_SEPARATOR = "!"
# Far beyond any real download; stops a zip bomb from filling memory.
MAX_MEMBER_BYTES = 200 * 1024 * 1024
MAX_MEMBERS = 20_000


def is_archive(path: str | Path) -> bool:
    """A .zip file that is not itself a Word or OpenDocument file (those are zips too)."""
    p = Path(path)
    if p.suffix.lower() != ".zip" or not p.is_file():
        return False
    try:
        with zipfile.ZipFile(p) as z:
            names = set(z.namelist())
    except (zipfile.BadZipFile, OSError):
        return False  # read as a document, to report the damage in one line
    return "word/document.xml" not in names and "content.xml" not in names


def archive_members(path: str | Path, suffixes: set[str], glob: str | None) -> list[str]:
    """`archive.zip!member` for each article file in the archive (sorted), or [path] if none
    (so reading it reports the problem)."""
    with zipfile.ZipFile(path) as z:
        infos = z.infolist()[:MAX_MEMBERS]
    found = []
    for info in infos:
        member = PurePosixPath(info.filename)
        if info.is_dir() or any(part.startswith((".", "__MACOSX", "~$")) for part in member.parts):
            continue
        name = member.name.lower()
        if (member.suffix.lower() in suffixes) if glob is None else fnmatch(name, glob.lower()):
            found.append(f"{path}{MEMBER_SEPARATOR}{info.filename}")
    return sorted(found) or [str(path)]


def split_member_name(name: str) -> tuple[str, str] | None:
    """(archive path, member) for an `archive.zip!member` name, else None."""
    archive, sep, member = name.partition(".zip" + MEMBER_SEPARATOR)
    if not sep:
        archive, sep, member = name.partition(".ZIP" + MEMBER_SEPARATOR)
    if not sep or Path(name).exists():
        return None
    return archive + sep[:-1], member


def read_member(name: str) -> list[SourceArticle]:
    """The articles of one file inside a zip archive, read by its signature and name."""
    from homsquotes.core.formats.reading import read_document_bytes, read_text_bytes

    archive, member = split_member_name(name) or ("", "")
    try:
        with zipfile.ZipFile(archive) as z:
            info = z.getinfo(member)
            if info.file_size > MAX_MEMBER_BYTES:
                raise InputError(f"{name}: file is too large")
            data = z.read(info)
    except (zipfile.BadZipFile, KeyError, OSError, RuntimeError) as exc:
        # RuntimeError: an encrypted member
        raise InputError(f"{name}: cannot be read from the archive ({exc})") from None
    kind = sniff_kind(data[:2048], PurePosixPath(member).suffix.lower())
    if kind is not None:
        return read_document_bytes(data, kind, name)
    return read_text_bytes(data, name, PurePosixPath(member).suffix.lower())
