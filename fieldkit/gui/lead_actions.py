"""The hand-over, merge and outputs entries in the window's File menu and on home, by store role.

``LeadActions`` belongs to the main window (``window.lead``): it makes the entries, keeps the
pages and dialogs they open as its own typed attributes, and reaches the window only through
the public methods of ``Host``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QMenu, QPushButton, QStackedWidget, QWidget

from .i18n import translate
from .writer import Writer

if TYPE_CHECKING:
    from .enrolment_key import SigningKeyDialog
    from .enrolment_lead import EnrolDialog
    from .home import HomePage
    from .lead_conflicts import ConflictsDialog
    from .lead_handover import HandOverDialog
    from .lead_merge import MergePage
    from .lead_outputs import OutputsPage

INTERVIEWER, LEAD = "interviewer", "lead"
D = TypeVar("D", bound=QDialog)


class Host(Protocol):
    """What the entries need of the main window."""

    writer: Writer
    store: Any
    locked: bool
    home: HomePage | None
    stack: QStackedWidget
    data_actions: list[QAction]

    def add_action(self, menu: QMenu, text: str, keys: Any,
                   slot: Callable[[], Any]) -> QAction: ...

    def show_screen(self, widget: QWidget) -> None: ...


class LeadActions:
    """The entries of one window, hidden until a store is open and its role known."""

    def __init__(self, window: Host, parent: QWidget, menu: QMenu):
        self.window, self.parent = window, parent  # the same window: its API, and as a widget
        self.role: str | None = None
        self.actions: list[QAction] = []
        self.home_buttons: list[QPushButton] = []
        self.merge_page: MergePage | None = None
        self.outputs_page: OutputsPage | None = None
        self.hand_over_dialog: HandOverDialog | None = None
        self.conflicts_dialog: ConflictsDialog | None = None
        self.enrol_dialog: EnrolDialog | None = None
        self.signing_key_dialog: SigningKeyDialog | None = None
        entries: list[tuple[str, str, str | None, Callable[[], Any]]] = [
            (INTERVIEWER, translate("lead_actions", "&Hand over to the lead…"), "Ctrl+Shift+H",
             self.hand_over),
            (LEAD, translate("lead_actions", "&Merge session files…"), "Ctrl+Shift+M",
             self.show_merge),
            (LEAD, translate("lead_actions", "Co&nflicts…"), None, self.show_conflicts),
            (LEAD, translate("lead_actions", "&Outputs: export data and reports…"),
             "Ctrl+Shift+E", self.show_outputs),
            (LEAD, translate("lead_actions", "&Enrol interviewer…"), None,
             self.enrol_interviewer),
            (INTERVIEWER, translate("lead_actions", "&Signing key for enrolment…"), None,
             self.show_signing_key),
            (LEAD, translate("lead_actions", "Save the project's secret key (bac&kup)…"), None,
             lambda: self.save_identity())]  # not triggered's "checked" as the path
        for role, text, keys, slot in entries:
            # No shortcut until the role is known, so a hidden entry is neither triggered nor
            # listed in the help panel.
            action = window.add_action(menu, text, None, slot)
            action.setProperty("store_role", role)
            action.setProperty("keys", keys or "")
            action.setVisible(False)
            self.actions.append(action)
            window.data_actions.append(action)
        menu.addSeparator()

    def store_opened(self) -> None:
        """Show the entries that fit the store's role, in the menu and as buttons on home."""
        store = self.window.store
        self.window.writer.submit(lambda: store.role, on_done=self._apply_role)

    def _apply_role(self, role: str) -> None:
        self.role = role
        for action in self.actions:
            mine = action.property("store_role") == role
            action.setVisible(mine)
            action.setShortcut(QKeySequence(action.property("keys") if mine else ""))
        home = self.window.home
        if home is None:
            return
        row = home.actions_row
        buttons: list[tuple[str, Callable[[], Any]]]
        if role == LEAD:
            buttons = [(translate("lead_actions", "&Merge session files…", "home button"),
                        self.show_merge),
                       (translate("lead_actions", "O&utputs…"), self.show_outputs)]
        else:
            buttons = [(translate("lead_actions", "Hand &over to the lead…"), self.hand_over)]
        self.home_buttons = []
        for text, slot in buttons:
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
            self.home_buttons.append(button)

    # ---- the pages and dialogs ----------------------------------------------------------
    def _ready(self) -> bool:
        return self.window.store is not None and not self.window.locked

    def _add_page(self, page: QWidget, back: Any) -> None:
        back.connect(self._back)
        leave = QShortcut(QKeySequence("Ctrl+W"), page, back.emit,  # as on every screen
                          context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        leave.setWhatsThis(translate("lead_actions", "leave to home"))
        self.window.stack.addWidget(page)

    def _back(self) -> None:
        home = self.window.home
        if home is not None:
            home.refresh()
            self.window.show_screen(home)

    def _dialog(self, make: Callable[..., D]) -> D | None:
        """Open a modeless dialog of the store's (kept by the caller so it is not collected)."""
        if not self._ready():
            return None
        dialog = make(self.window.writer, self.window.store, parent=self.parent)
        dialog.open()
        return dialog

    def hand_over(self) -> HandOverDialog | None:
        from .lead_handover import HandOverDialog

        dialog = self._dialog(HandOverDialog)
        if dialog is not None:
            self.hand_over_dialog = dialog
        return dialog

    def show_merge(self) -> MergePage | None:
        from .lead_merge import MergePage

        if not self._ready():
            return None
        if self.merge_page is None:
            page = self.merge_page = MergePage(self.window.writer, self.window.store)
            page.conflicts_requested.connect(self.show_conflicts)
            self._add_page(page, page.back)
        self.window.show_screen(self.merge_page)
        return self.merge_page

    def show_outputs(self) -> OutputsPage | None:
        from .lead_outputs import OutputsPage

        if not self._ready():
            return None
        if self.outputs_page is None:
            page = self.outputs_page = OutputsPage(self.window.writer, self.window.store)
            self._add_page(page, page.back)
        self.window.show_screen(self.outputs_page)
        home = self.window.home
        row = home.selected_row() if home is not None else None
        if row is not None:
            self.outputs_page.select_interview(row.number)
        return self.outputs_page

    def show_conflicts(self) -> ConflictsDialog | None:
        from .lead_conflicts import ConflictsDialog

        dialog = self._dialog(ConflictsDialog)
        if dialog is not None:
            self.conflicts_dialog = dialog
        return dialog

    def enrol_interviewer(self) -> EnrolDialog | None:
        from .enrolment_lead import EnrolDialog

        dialog = self._dialog(EnrolDialog)
        if dialog is not None:
            self.enrol_dialog = dialog
        return dialog

    def show_signing_key(self) -> SigningKeyDialog | None:
        from .enrolment_key import SigningKeyDialog

        dialog = self._dialog(SigningKeyDialog)
        if dialog is not None:
            self.signing_key_dialog = dialog
        return dialog

    def save_identity(self, path: str | None = None) -> None:
        """Save the lead's secret key to a new file (asks where unless ``path`` is given)."""
        from .identity_backup import save_backup

        if self._ready():
            save_backup(self.parent, self.window.writer, self.window.store, path)
