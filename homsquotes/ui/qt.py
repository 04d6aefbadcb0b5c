"""The one place the app imports Qt from.

Every other module under homsquotes.ui says ``from homsquotes.ui.qt import ...`` so
that switching binding, or checking which Qt classes the app uses, touches one file.
"""

# ruff: noqa: F401, F403
from PySide6.QtCore import *
from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import *
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import *
