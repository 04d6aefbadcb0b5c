"""The local library: one SQLite file of articles, quotes and speakers, editable, with history.

    from homsquotes.core.library import Library, QuoteFilter, default_library_path
    with Library.open(path) as lib:
        lib.ensure_seeded()
        ids = lib.quote_ids(QuoteFilter(search="deep regret"), sort="speaker")
        lib.edit_quote(ids[0], speaker="Lakhdar Brahimi")
        lib.undo()

Tables (readable in Datasette): articles, speakers, speaker_aliases, quotes, tags,
quote_tags, operations + changes (the change log), library_info; FTS5 tables
quotes_fts, speakers_fts, speaker_aliases_fts.
"""

from homsquotes.core.library.importing import ImportResult
from homsquotes.core.library.queries import QuoteFilter
from homsquotes.core.library.schema import SCHEMA_VERSION
from homsquotes.core.library.store import Library, Transaction, default_library_path

__all__ = [
    "SCHEMA_VERSION",
    "ImportResult",
    "Library",
    "QuoteFilter",
    "Transaction",
    "default_library_path",
]
