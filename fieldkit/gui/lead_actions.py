"""The hand-over, merge and outputs entries in the window's File menu and on home, by store role."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from .i18n import translate

INTERVIEWER, LEAD = "interviewer", "lead"


def add_menu_actions(window: Any, menu: QMenu) -> None:
    """Add the entries (hidden until a store is open and its role known)."""
    entries = [(INTERVIEWER, translate("lead_actions", "&Hand over to the lead…"), "Ctrl+Shift+H",
                lambda: hand_over(window)),
               (LEAD, translate("lead_actions", "&Merge session files…"), "Ctrl+Shift+M",
                lambda: show_merge(window)),
               (LEAD, translate("lead_actions", "Co&nflicts…"), None,
                lambda: show_conflicts(window)),
               (LEAD, translate("lead_actions", "&Outputs: export data and reports…"),
                "Ctrl+Shift+E",
                lambda: show_outputs(window)),
               (LEAD, translate("lead_actions", "&Enrol interviewer…"), None,
                lambda: enrol_interviewer(window)),
               (INTERVIEWER, translate("lead_actions", "&Signing key for enrolment…"), None,
                lambda: show_signing_key(window))]
    window.lead_actions = []
    for role, text, keys, slot in entries:
        # No shortcut until the role is known, so a hidden entry is neither triggered nor
        # listed in the help panel.
        action = window._action(menu, text, None, slot)
        action.setProperty("store_role", role)
        action.setProperty("keys", keys or "")
        action.setVisible(False)
        window.lead_actions.append(action)
        window.data_actions.append(action)
    menu.addSeparator()


def store_opened(window: Any) -> None:
    """Show the entries that fit the store's role, in the menu and as buttons on home."""
    store = window.store
    window.writer.submit(lambda: store.role, on_done=lambda role: _apply_role(window, role))


def _apply_role(window: Any, role: str) -> None:
    window.store_role = role
    for action in window.lead_actions:
        mine = action.property("store_role") == role
        action.setVisible(mine)
        action.setShortcut(QKeySequence(action.property("keys") if mine else ""))
    home = window.home
    row = getattr(home, "actions_row", None)
    if home is None or row is None:
        return
    if role == LEAD:
        buttons = [(translate("lead_actions", "&Merge session files…", "home button"),
                    lambda: show_merge(window)),
                   (translate("lead_actions", "O&utputs…"), lambda: show_outputs(window))]
    else:
        buttons = [(translate("lead_actions", "Hand &over to the lead…"),
                    lambda: hand_over(window))]
    home.lead_buttons = []
    for text, slot in buttons:
        button = QPushButton(text)
        button.clicked.connect(slot)
        row.addWidget(button)
        home.lead_buttons.append(button)


def _page(window: Any, attr: str, make: Any) -> QWidget:
    page = getattr(window, attr, None)
    if page is None:
        page = make()
        page.back.connect(lambda: _back(window))
        leave = QShortcut(QKeySequence("Ctrl+W"), page, page.back.emit,  # as on every screen
                          context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        leave.setWhatsThis(translate("lead_actions", "leave to home"))
        setattr(window, attr, page)
        window.stack.addWidget(page)
    window._show(page)
    return page


def _back(window: Any) -> None:
    if window.home is not None:
        window.home.refresh()
        window._show(window.home)


def _dialog(window: Any, attr: str, make: Any) -> Any:
    """Open a modeless dialog of the store's (kept on the window so it is not collected)."""
    if window.store is None or window.locked:
        return None
    dialog = make()
    setattr(window, attr, dialog)
    dialog.open()
    return dialog


def hand_over(window: Any) -> Any:
    from .lead_handover import HandOverDialog

    return _dialog(window, "hand_over_dialog",
                   lambda: HandOverDialog(window.writer, window.store, parent=window))


def show_merge(window: Any) -> Any:
    from .lead_merge import MergePage

    if window.store is None or window.locked:
        return None

    def make() -> QWidget:
        page = MergePage(window.writer, window.store)
        page.conflicts_requested.connect(lambda: show_conflicts(window))
        return page
    return _page(window, "merge_page", make)


def show_outputs(window: Any) -> Any:
    from .lead_outputs import OutputsPage

    if window.store is None or window.locked:
        return None
    page = _page(window, "outputs_page", lambda: OutputsPage(window.writer, window.store))
    row = window.home.selected_row() if window.home is not None else None
    if row is not None and isinstance(page, OutputsPage):
        page.select_interview(row.number)
    return page


def show_conflicts(window: Any) -> Any:
    from .lead_conflicts import ConflictsDialog

    return _dialog(window, "conflicts_dialog",
                   lambda: ConflictsDialog(window.writer, window.store, parent=window))


def enrol_interviewer(window: Any) -> Any:
    from .enrolment_lead import EnrolDialog

    return _dialog(window, "enrol_dialog",
                   lambda: EnrolDialog(window.writer, window.store, parent=window))


def show_signing_key(window: Any) -> Any:
    from .enrolment_key import SigningKeyDialog

    return _dialog(window, "signing_key_dialog",
                   lambda: SigningKeyDialog(window.writer, window.store, parent=window))
