"""Reading BibTeX back in tests, with bibtexparser 2 or 1.4 (whichever is installed)."""

import bibtexparser


def read_bibtex(text: str) -> dict[str, dict[str, str]]:
    """Entries by key as {field: value, "ENTRYTYPE": type}, with bibtexparser 2 or 1.4."""
    if hasattr(bibtexparser, "parse_string"):  # bibtexparser 2
        library = bibtexparser.parse_string(text)
        assert not library.failed_blocks
        return {e.key: {"ENTRYTYPE": e.entry_type, **{f.key: f.value for f in e.fields}}
                for e in library.entries}
    database = bibtexparser.loads(text)  # bibtexparser 1.x
    return {e["ID"]: e for e in database.entries}
