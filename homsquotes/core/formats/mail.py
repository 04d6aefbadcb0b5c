"""Saved e-mails (.eml) and web archives (.mht, .mhtml): the HTML part through trafilatura
(which parses, never fetches: remote images, scripts and styles are not loaded), else the
plain-text part. Subject, sender, date and the archived page's address become metadata."""

from __future__ import annotations

import contextlib
import email
import email.policy
import email.utils
from email.message import EmailMessage

from homsquotes.core.errors import InputError
from homsquotes.core.model import ArticleMeta


def mime_article(data: bytes, name: str) -> tuple[str, ArticleMeta, bool]:
    """(text, metadata, is_html): the article in a MIME message; text still HTML if is_html."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    if not isinstance(message, EmailMessage) or not (message.keys() or message.is_multipart()):
        raise InputError(f"{name}: not a readable e-mail or web archive")
    part = message.get_body(preferencelist=("html", "plain"))
    if part is None:
        raise InputError(f"{name}: no article text found in the message")
    try:
        content = part.get_content()
    except (LookupError, ValueError):  # an unknown charset or a broken transfer encoding
        payload = part.get_payload(decode=True) or b""
        content = payload.decode("utf-8", errors="replace")
    if isinstance(content, bytes):
        content = content.decode("utf-8", errors="replace")
    meta = ArticleMeta(title=_header(message, "Subject"))
    sender = email.utils.parseaddr(_header(message, "From") or "")[0]
    if sender:
        meta.publisher = sender
    sent = _header(message, "Date")
    if sent:
        with contextlib.suppress(TypeError, ValueError):
            meta.published = email.utils.parsedate_to_datetime(sent).date().isoformat()
    location = _header(message, "Snapshot-Content-Location") or part.get("Content-Location")
    if location and location.startswith(("http://", "https://")):
        meta.url = location
    return content, meta, part.get_content_subtype() == "html"


def _header(message: EmailMessage, key: str) -> str | None:
    try:
        value = message.get(key)
    except (ValueError, IndexError):  # a malformed header
        return None
    return str(value).strip() if value else None
