"""Non-regular files and oversized stdin (issue 11, item 9)."""

from __future__ import annotations

import io
import os
import sys

import pytest

from homsquotes.core.errors import InputError
from homsquotes.core.textio import MAX_ARTICLE_BYTES, read_article_text


def test_a_fifo_is_refused_without_opening_it(tmp_path) -> None:
    fifo = tmp_path / "article.txt"
    os.mkfifo(fifo)  # opening it for reading would block: no writer ever comes
    with pytest.raises(InputError, match="not a regular file"):
        read_article_text(fifo)


def test_a_device_is_refused() -> None:
    with pytest.raises(InputError, match="not a regular file"):
        read_article_text("/dev/zero")


def test_stdin_from_a_large_file_reports_its_real_size(tmp_path, monkeypatch) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.truncate(MAX_ARTICLE_BYTES * 3)  # 60 MB, sparse
    with big.open("rb") as fh:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(fh))
        with pytest.raises(InputError, match=r"\(60 MB; the limit is 20 MB\)"):
            read_article_text("-")


def test_stdin_from_a_pipe_says_it_is_over_the_limit(monkeypatch) -> None:
    data = io.BytesIO(b"x" * (MAX_ARTICLE_BYTES + 5))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(data))
    with pytest.raises(InputError, match="more than the 20 MB limit"):
        read_article_text("-")
