"""The finished-app parts: one window per library, Preferences, Help, toolbar, File menu,
and opening the article's URL only when asked."""

from __future__ import annotations

from homsquotes.core.preferences import get_default_style, get_preference
from homsquotes.ui.qt import QAction, QDesktopServices


def menu_texts(window, title):
    return [a.text() for a in window.menu_named(title).actions() if a.text()]


def test_a_second_start_on_the_same_library_raises_the_first_window(
    window, library_path, qtbot, monkeypatch
):
    from homsquotes.ui.window.single_instance import hand_over

    imported = []
    monkeypatch.setattr(window, "import_files", imported.append)
    assert window.instance.listening
    with qtbot.waitSignal(window.instance.raise_requested, timeout=5000) as raised:
        assert hand_over(library_path, ["/tmp/some-article.txt"]) is True
    assert raised.args == [["/tmp/some-article.txt"]]
    assert imported == [["/tmp/some-article.txt"]]  # the first window imports what it was given
    assert "already open" in window.statusBar().currentMessage()


def test_another_library_is_not_taken_for_this_one(window, tmp_path):
    from homsquotes.ui.window.single_instance import hand_over, server_name

    assert server_name(tmp_path / "other.sqlite") != server_name(window.library_path)
    assert hand_over(tmp_path / "other.sqlite") is False


def test_a_closed_window_frees_its_library(window, library_path):
    from homsquotes.ui.window.single_instance import hand_over

    window.close()
    assert hand_over(library_path) is False


def test_file_help_and_edit_menus_have_what_a_finished_app_has(window):
    file_items = menu_texts(window, "&File")
    for item in (
        "&New Library…",
        "&Open Library…",
        "Open &Recent",
        "&Import Files…",
        "&Export…",
        "&Backup…",
        "&Quit",
    ):
        assert item in file_items
    assert "&Preferences…" in menu_texts(window, "&Edit")
    help_items = menu_texts(window, "&Help")
    assert help_items[:2] == ["&User Guide", "&Keyboard Shortcuts"]
    assert any(t.startswith("&About") for t in help_items)
    view_items = menu_texts(window, "&View")
    assert "&Review Quotes" in view_items and "&Columns" in view_items


def test_the_toolbar_has_themed_icons_for_its_actions(window):
    actions = [a for a in window.toolbar.actions() if not a.isSeparator()]
    assert window.review_action in actions and window.undo_action in actions
    assert all(not a.icon().isNull() for a in actions)


def test_keyboard_shortcuts_list_comes_from_the_actions(window):
    from homsquotes.ui.dialogs.help_windows import ShortcutsWindow, shortcut_rows

    rows = dict(shortcut_rows(window))
    assert rows["Review Quotes"] == window.review_action.shortcut().toString(
        window.review_action.shortcut().SequenceFormat.NativeText
    )
    assert "Review: Accept" in rows
    dialog = ShortcutsWindow(window)
    assert dialog.table.rowCount() == len(rows)
    names = {action.text() for action in window.findChildren(QAction)}
    assert "&Undo" in names


def test_the_user_guide_is_bundled_and_offline(window):
    from homsquotes.ui.dialogs.help_windows import GuideWindow

    guide = GuideWindow(window)
    text = guide.browser.toPlainText()
    assert "Review the quotes" in text and "Ctrl+R" in text
    assert not guide.browser.openExternalLinks()


def test_preferences_save_and_preview_the_default_style(window, qtbot):
    from homsquotes.ui.dialogs.preferences_dialog import PreferencesDialog

    quote = window.detail.quote
    dialog = PreferencesDialog(window, (quote, window.lib.article_meta(quote["article_id"])))
    apa = dialog.preview.text()
    dialog.style.setCurrentIndex(dialog.style.findData("mla"))
    assert dialog.preview.text() != apa and dialog.preview.text()
    dialog.threshold.setValue(0.75)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.backups.setValue(9)
    dialog.save()
    assert get_default_style() == "mla"
    assert get_preference("review_threshold") == 0.75
    assert get_preference("theme") == "dark"
    assert get_preference("backup_count") == 9


def test_the_articles_url_opens_only_when_asked(window, lib, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    quote = window.detail.quote
    lib.edit_article(quote["article_id"], url="https://example.org/homs")
    assert opened == []  # selecting and editing open nothing
    window.open_url_action.trigger()
    assert opened == ["https://example.org/homs"]


def test_a_chosen_theme_wins_over_the_system_scheme(qapp, monkeypatch):
    from homsquotes.core.preferences import set_preferences
    from homsquotes.ui import app as app_module
    from homsquotes.ui.qt import QPalette

    monkeypatch.setattr(app_module, "is_dark_scheme", lambda _app: False)
    set_preferences({"theme": "dark"})
    try:
        app_module.apply_system_palette(qapp)  # what a system scheme change calls
        assert qapp.palette().color(QPalette.ColorRole.Base).lightness() < 100
    finally:
        set_preferences({"theme": "system"})
        app_module.apply_system_palette(qapp)
    assert qapp.palette().color(QPalette.ColorRole.Base).lightness() > 150


def test_tab_walks_the_detail_pane_in_form_order(window, qtbot):
    from homsquotes.ui.qt import Qt

    detail = window.detail
    order = [
        detail.speaker,
        detail.affiliation,
        detail.context,
        detail.kind,
        detail.status,
        detail.note,
        detail.tags,
    ]
    window.activateWindow()
    detail.speaker.setFocus()
    qtbot.waitUntil(detail.speaker.hasFocus, timeout=3000)
    for expected in order[1:]:
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        assert window.focusWidget() is expected
    for expected in reversed(order[:-1]):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        assert window.focusWidget() is expected


def test_toolbar_icons_are_redrawn_for_a_dark_palette(window, qapp, qtbot):
    from homsquotes.ui.app import dark_palette

    light = window.undo_action.icon().cacheKey()
    original = qapp.palette()
    qapp.setPalette(dark_palette())
    try:
        qtbot.waitUntil(lambda: window.undo_action.icon().cacheKey() != light, timeout=3000)
    finally:
        qapp.setPalette(original)
