"""What the database exports write in their header lines: dates, names, labelled fields."""

from __future__ import annotations

import datetime
import hashlib
import re

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|" \
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_MONTH_DAY_YEAR = re.compile(rf"\b{_MONTH}\s+(\d{{1,2}}),?\s+(\d{{4}})\b", re.IGNORECASE)
_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})\s+{_MONTH}\s+(\d{{4}})\b", re.IGNORECASE)
_MONTH_YEAR = re.compile(rf"^\s*{_MONTH}\s+(\d{{4}})\b", re.IGNORECASE)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def parse_date(value: str | None) -> str | None:
    """An ISO date from 'June 3, 2021 Thursday', '3 June 2021', 'Jun 3, 2021', '2021-06-03'
    or 'June 2021'; None when the text holds no date."""
    if not value:
        return None
    for pattern, order in ((_ISO, "ymd"), (_MONTH_DAY_YEAR, "mdy"), (_DAY_MONTH_YEAR, "dmy")):
        m = pattern.search(value)
        if not m:
            continue
        parts = dict(zip(order, m.groups(), strict=True))
        month = parts["m"] if parts["m"].isdigit() else _MONTHS[parts["m"].lower().rstrip(".")]
        try:
            return datetime.date(int(parts["y"]), int(month), int(parts["d"])).isoformat()
        except ValueError:
            return None
    m = _MONTH_YEAR.search(value)
    if m:
        return f"{int(m.group(2)):04d}-{_MONTHS[m.group(1).lower().rstrip('.')]:02d}"
    return None


def is_date_line(line: str) -> bool:
    return len(line) < 80 and parse_date(line) is not None


def byline_authors(byline: str | None) -> list[str]:
    """'By Jane Smith and Omar Haddad' -> ['Jane Smith', 'Omar Haddad']; 'Smith, Jane; Li, Wei'
    (ProQuest's order) -> ['Jane Smith', 'Wei Li']; a trailing ', Political Editor' is dropped."""
    if not byline:
        return []
    text = re.sub(r"^\s*by\s+", "", byline.strip(), flags=re.IGNORECASE)
    if ";" in text or re.fullmatch(r"[^,]+,\s*[^,]+", text) and _looks_inverted(text):
        names = [_uninvert(n) for n in text.split(";")]
    else:
        names = re.split(r"\s*(?:,?\s+and\s+|&)\s*", text)
        names = [n.split(",")[0] for n in names]
    return [" ".join(n.split()) for n in names if n.strip()]


def _looks_inverted(text: str) -> bool:
    surname, given = (part.strip() for part in text.split(",", 1))
    return len(surname.split()) <= 2 and 0 < len(given.split()) <= 3 and not given.isupper() \
        and not re.search(r"\b(editor|correspondent|reporter|staff|writer)\b", given, re.I)


def _uninvert(name: str) -> str:
    if "," in name:
        surname, given = name.split(",", 1)
        return f"{given.strip()} {surname.strip()}"
    return name.strip()


def labelled(line: str, labels: tuple[str, ...]) -> tuple[str, str] | None:
    """(label, value) when the line is 'Label: value' for one of the labels (any case)."""
    m = re.match(r"^\s*([A-Za-z][A-Za-z /-]{0,40}?)\s*:\s*(.*)$", line)
    if not m:
        return None
    label = m.group(1).strip().lower()
    return (label, m.group(2).strip()) if label in labels else None


def synthetic_id(vendor: str, *parts: str | None) -> str:
    """A stable id for a database article whose export shows none: the vendor and a hash of
    the publication, date and headline, so the same article from another export matches."""
    key = "|".join(" ".join((p or "").lower().split()) for p in parts)
    return f"{vendor}:{hashlib.sha1(key.encode('utf-8')).hexdigest()[:16]}"
