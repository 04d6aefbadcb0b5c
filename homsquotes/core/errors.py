"""Expected errors, kept apart from bugs.

Anything raised as a HomsquotesError is a problem with the user's input or
environment. Its message is one line that the CLI prints on stderr and the GUI
shows in a dialog. Any other exception is a bug.
"""


class HomsquotesError(Exception):
    """An expected failure with a one-line, user-facing message."""


class InputError(HomsquotesError):
    """A file or text that cannot be read as an article."""


class NotFoundError(HomsquotesError):
    """An id or name that does not exist in the library."""


class LibraryError(HomsquotesError):
    """The library file cannot be opened or written (corrupt, locked, too new, read-only)."""


class LibraryDamagedError(LibraryError):
    """The library file fails SQLite's quick_check: it is refused until a backup is restored."""


class CitationError(HomsquotesError):
    """A citation style that cannot be found or used."""
