"""Reading article files: UTF-8 (BOM dropped), Windows-1252 and UTF-16 text, one-line errors."""

from __future__ import annotations

import pytest

from homsquotes.core import textio
from homsquotes.core.errors import InputError

TEXT = '“We will rebuild,” said Ana López.\r\n"It is late," he added.\n'


def test_too_large_file_names_its_real_size(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(textio, "MAX_ARTICLE_BYTES", 1_048_576)
    big = tmp_path / "big.txt"
    big.write_bytes(b"word " * (3 * 1_048_576 // 5))
    with pytest.raises(InputError) as exc:
        textio.read_article_text(big)
    message = str(exc.value)
    assert "3 MB" in message and "1 MB" in message and "\n" not in message


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_a_byte_order_mark_is_text_not_binary(tmp_path, encoding) -> None:
    path = tmp_path / "a.txt"
    bom = {"utf-16": b"", "utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}[encoding]
    path.write_bytes(bom + TEXT.encode(encoding))
    assert textio.read_article_text(path) == TEXT


def test_utf8_bom_is_dropped_and_newlines_kept(tmp_path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"\xef\xbb\xbf" + TEXT.encode("utf-8"))
    assert textio.read_article_text(path) == TEXT


def test_windows_1252_falls_back(tmp_path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("“Café,” she said.".encode("cp1252"))
    assert textio.read_article_text(path) == "“Café,” she said."


@pytest.mark.parametrize(("data", "reason"), [(b"", "empty"), (b" \n\t ", "empty"),
                                              (b"\x7fELF\x02\x00\x00", "binary")])
def test_bad_files_are_one_line_input_errors(tmp_path, data, reason) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    with pytest.raises(InputError, match=reason):
        textio.read_article_text(path)


def test_utf8_with_one_stray_byte_stays_utf8(tmp_path) -> None:
    """A scraped UTF-8 article with one bad byte must not turn every “ into â€œ (cp1252)."""
    path = tmp_path / "a.txt"
    path.write_bytes("“We will rebuild,” said Ana López.".encode() + b" \x96 " + "Café.".encode())
    text = textio.read_article_text(path)
    assert text.startswith("“We will rebuild,” said Ana López.") and text.endswith("Café.")
    assert "â€" not in text
