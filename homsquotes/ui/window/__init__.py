"""The main window, assembled from mixins (one per concern: layout, menus, edits, selection,
refresh, transfers, review, analysis) and what only it needs (one instance per library,
the read-only banner, undo in a field)."""
