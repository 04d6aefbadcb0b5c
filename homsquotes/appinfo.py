"""Identity of the application, shared by the GUI, the .desktop file, metainfo and spec."""

from importlib.metadata import PackageNotFoundError, version

APP_ID = "io.github.homsquotes.HomsQuotes"
APP_NAME = "HomsQuotes"
ORGANISATION = "homsquotes"

try:
    __version__ = version("homsquotes")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"
