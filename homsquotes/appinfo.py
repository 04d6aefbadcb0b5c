"""Identity of the application, shared by the GUI, the .desktop file, metainfo and spec."""

APP_ID = "io.github.homsquotes.HomsQuotes"
APP_NAME = "HomsQuotes"
ORGANISATION = "homsquotes"
# The one place the version is written: pyproject.toml reads it from here (a literal, so
# `homsquotes --version` costs no package-metadata lookup).
__version__ = "0.1.0"
