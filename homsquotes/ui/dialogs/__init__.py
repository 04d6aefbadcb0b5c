"""The window's dialogs: file pickers that never read the library's files, about and error
boxes, preferences, article details, help and restore."""
