"""homsquotes: find, keep and cite the direct quotations in news articles.

Importing the package is cheap on purpose: spaCy and Qt load only when the
code that needs them runs.
"""

from homsquotes.appinfo import APP_ID, APP_NAME, __version__

__all__ = ["APP_ID", "APP_NAME", "__version__"]
