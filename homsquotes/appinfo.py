"""Identity of the application, shared by the GUI, the .desktop file, metainfo and spec.

``__version__`` is the one place the version is written: pyproject.toml reads it
(``[tool.setuptools.dynamic]``), and ``--version``, the About box, the bundle and
its Info.plist all take it from here.
"""

APP_ID = "io.github.homsquotes.HomsQuotes"
APP_NAME = "HomsQuotes"
ORGANISATION = "homsquotes"
__version__ = "0.1.0"
