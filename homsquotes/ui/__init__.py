"""The PySide6 desktop window. Views do layout; the work is done by homsquotes.core."""
