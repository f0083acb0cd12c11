"""The first-run page: make the store (an interviewer's, or the project lead's master) and load
protocols."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fieldkit.crypto import check_passphrase, check_recipient
from fieldkit.data import shipped_protocols
from fieldkit.errors import FieldkitError, ProtocolError
from fieldkit.protocol.loader import load_protocol
from fieldkit.store.store import Store

from .i18n import translate
from .page_parts import BusyBar, card, label, passphrase_edit, set_role, user_message
from .writer import Writer

CODE_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,31}$")
PROTOCOL_FILTER = QT_TRANSLATE_NOOP("first_run", "Protocols (*.yaml *.yml *.xlsx *.xlsm *.xls "
                                                 "*.ods)")


def lead_key_from_text(text: str) -> str:
    """The first ``age1...`` word of a pasted text or key file (comment lines are skipped)."""
    for line in text.splitlines():
        word = line.strip()
        if word.startswith("age1"):
            return word.split()[0]
    return text.strip()


def create_store(store_dir: Path, passphrase: str, interviewer: str, lead_key: str,
                 protocols: list[Any], role: str = "interviewer") -> Store:
    """Make the store and add the chosen protocols (runs on the writer thread).

    A lead store (``role="lead"``) makes its own age identity, exactly as ``fieldkit store init
    --role lead`` does: the same Store.create, the same passphrase gate."""
    if role == "lead":
        store = Store.create(store_dir, passphrase, role="lead", interviewer=interviewer or None)
    else:
        store = Store.create(store_dir, passphrase, interviewer=interviewer,
                             lead_public_key=lead_key)
    try:
        with store.transaction():
            for protocol in protocols:  # one content per id and version, as everywhere
                store.import_protocol(protocol, source=f"protocol {protocol.id}")
    except BaseException:
        store.close()
        raise
    return store


def show_lead_key(parent: QWidget, key: str,
                  save_backup: Callable[[], Any] | None = None) -> QMessageBox:
    """The new master's public key, to copy and give the interviewers (a window that stays
    until closed; the home screen is usable behind it), with a button to save the secret key's
    backup when ``save_backup`` is given."""
    box = QMessageBox(QMessageBox.Icon.Information,
                      translate("first_run", "The project's public key"),
                      translate("first_run", "The master store is ready. Give this public key to "
                                             "every interviewer: their finished interviews are "
                                             "sealed to it.\n\n{key}").format(key=key),
                      QMessageBox.StandardButton.Ok, parent)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    box.setObjectName("lead_key_box")
    if save_backup is not None:
        button = box.addButton(translate("first_run", "&Save the secret key (backup)…"),
                               QMessageBox.ButtonRole.ActionRole)
        button.setObjectName("save_identity_button")
        button.clicked.disconnect()  # keep the window open while saving
        button.clicked.connect(save_backup)
    box.open()
    return box


def _load_many(paths: list[Path]) -> list[tuple[Path, Any]]:
    out: list[tuple[Path, Any]] = []
    for path in paths:
        try:
            out.append((path, load_protocol(path)))
        except FieldkitError as exc:
            out.append((path, exc))
    return out


class FirstRunPage(QWidget):
    """Creates the store; ``created`` carries the open Store."""

    created = Signal(object)
    review_requested = Signal()

    def __init__(self, writer: Writer, store_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.writer = writer
        self.store_dir = store_dir
        self._build()
        self._validate()
        self.writer.submit(_load_many, shipped_protocols(), on_done=self._bundled_loaded,
                           on_error=self._show_error)

    # ---- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.as_interviewer = QRadioButton(translate(
            "first_run", "I am an i&nterviewer (I hand sealed session files to the lead)"))
        self.as_lead = QRadioButton(translate(
            "first_run", "I am the project lea&d (I merge interviewers' session files)"))
        self.as_interviewer.setChecked(True)
        self.as_lead.toggled.connect(self._role_changed)
        self.code = QLineEdit()
        self.code.setPlaceholderText(translate("first_run", "e.g. IV03"))
        self.code.setMaxLength(32)
        self.passphrase = passphrase_edit(translate("first_run", "Several unrelated words"))
        self.repeat = passphrase_edit(translate("first_run", "The same again"))
        self.strength = label("", "hint")
        you = QFormLayout()
        self.code_label, _ = self._buddy(translate("first_run", "&Interviewer code"), self.code)
        you.addRow(self.code_label, self.code)
        you.addRow(*self._buddy(translate("first_run", "&Passphrase"), self.passphrase))
        you.addRow(*self._buddy(translate("first_run", "&Repeat it"), self.repeat))
        you_box = QWidget()
        you_box.setLayout(you)
        you.setContentsMargins(0, 0, 0, 0)
        self.passphrase_hint = label(self._passphrase_hint(lead=False), "hint")
        left = card(label(translate("first_run", "You and your passphrase"), "subtitle"),
                    self.passphrase_hint, you_box, self.strength)

        self.lead_key = QLineEdit()
        self.lead_key.setPlaceholderText(translate("first_run", "age1…"))
        self.lead_file = QPushButton(translate("first_run", "Load key fi&le…"))
        key_row = QHBoxLayout()
        key_row.setContentsMargins(0, 0, 0, 0)
        key_row.addWidget(self.lead_key, 1)
        key_row.addWidget(self.lead_file)
        key_box = QWidget()
        key_box.setLayout(key_row)
        self.key_state = label("", "hint")
        self.protocols = QListWidget()
        self.protocols.setMinimumHeight(70)
        self.protocols.setMaximumHeight(130)
        self.protocols.setWordWrap(True)
        self.protocols.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.add_file = QPushButton(translate("first_run", "&Add a protocol file…"))
        self.problems = QListWidget()
        self.problems.setMinimumHeight(70)
        self.problems.hide()
        lead_title = label(translate("first_run", "Project lead's public &key"), "subtitle")
        lead_title.setBuddy(self.lead_key)
        lead_hint = label(translate("first_run", "Finished interviews are sealed to this key, so "
                                                 "only the lead can read them. Paste it, or load "
                                                 "the file the lead sent."), "hint")
        self.own_key_note = label(translate(
            "first_run", "As the project lead, this store makes its own key pair: interviewers' "
                         "sessions are sealed to its public key, which you give them."), "hint")
        self.own_key_note.hide()
        self.interviewer_only = [lead_title, lead_hint, key_box, self.key_state]
        proto_title = label(translate("first_run", "Pro&tocols to load"), "subtitle")
        proto_title.setBuddy(self.protocols)
        right = card(lead_title, lead_hint, key_box, self.key_state, self.own_key_note,
                     proto_title, self.protocols, self.add_file,
                     self.problems)

        # not "create": that would hide QWidget.create()
        self.create_button = QPushButton(translate("first_run", "&Create the store"))
        self.create_button.setProperty("role", "primary")
        self.create_button.setDefault(True)
        self.status = label("", "hint")
        self.busy = BusyBar()
        grid = QGridLayout()
        grid.addWidget(label(translate("first_run", "Set up fieldkit on this computer"),
                             "title"), 0, 0, 1, 2)
        roles = QHBoxLayout()
        roles.addWidget(self.as_interviewer)
        roles.addWidget(self.as_lead)
        roles.addStretch(1)
        grid.addLayout(roles, 1, 0, 1, 2)
        grid.addWidget(left, 2, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(right, 2, 1, Qt.AlignmentFlag.AlignTop)
        self.review_button = QPushButton(translate("first_run", "Open an &export for review…"))
        self.review_button.clicked.connect(self.review_requested.emit)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.review_button)
        bottom.addWidget(self.create_button)
        body = QWidget()
        outer = QVBoxLayout(body)
        outer.setContentsMargins(24, 16, 24, 16)
        outer.addLayout(grid)
        outer.addWidget(self.busy)
        outer.addLayout(bottom)
        outer.addStretch(1)
        # a small screen or large text scrolls the page instead of squeezing its fields
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(scroll)
        for widget in (self.as_interviewer, self.as_lead, self.code, self.passphrase, self.repeat, self.lead_key, self.lead_file,
                       self.protocols, self.add_file, self.create_button):
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        order = [self.as_interviewer, self.as_lead, self.code, self.passphrase, self.repeat, self.lead_key, self.lead_file,
                 self.protocols, self.add_file, self.problems, self.create_button,
                 self.review_button]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.setFocusProxy(self.code)
        for edit in (self.code, self.passphrase, self.repeat, self.lead_key):
            edit.textChanged.connect(self._validate)
            edit.returnPressed.connect(self._enter)  # a page, not a dialog: Enter by hand
        self.protocols.itemChanged.connect(self._validate)
        self.lead_file.clicked.connect(self._load_key_file)
        self.add_file.clicked.connect(self._choose_protocol)
        self.create_button.clicked.connect(self._create)

    @staticmethod
    def _buddy(text: str, field: QWidget) -> tuple:
        lab = label(text, wrap=False)
        lab.setBuddy(field)
        return lab, field

    @staticmethod
    def _passphrase_hint(lead: bool) -> str:
        if lead:
            return translate("first_run", "The passphrase opens this master store. Keep it, and "
                                          "the backup of the project's secret key (File menu), "
                                          "both somewhere safe, apart from each other and from "
                                          "the laptop: restoring the project needs both.")
        return translate("first_run", "The passphrase opens this computer's encrypted store. "
                                      "Nobody can recover it but the project lead, so write it "
                                      "down somewhere safe, away from the laptop.")

    def role(self) -> str:
        return "lead" if self.as_lead.isChecked() else "interviewer"

    def _role_changed(self, *_: Any) -> None:
        lead = self.as_lead.isChecked()
        for widget in self.interviewer_only:
            widget.setVisible(not lead)
        self.own_key_note.setVisible(lead)
        self.code_label.setText(translate("first_run", "Your c&ode (optional)") if lead
                                else translate("first_run", "&Interviewer code"))
        self.passphrase_hint.setText(self._passphrase_hint(lead))
        self._validate()

    # ---- checking as the interviewer types ------------------------------------------------
    def problem(self) -> str | None:
        """What still stops the store being created, as one sentence (None when ready)."""
        code = self.code.text().strip()
        lead = self.role() == "lead"
        if lead and code and not CODE_PATTERN.match(code):
            return translate("first_run", "Your code is letters and digits, no spaces (or leave "
                                          "it empty).")
        if not lead and not CODE_PATTERN.match(code):
            return translate("first_run", "Type your interviewer code (letters and digits, no "
                                          "spaces).")
        reason = check_passphrase(self.passphrase.text(), code)
        if reason:
            return reason
        if self.repeat.text() != self.passphrase.text():
            return translate("first_run", "The two passphrases differ; type the same one twice.")
        key = lead_key_from_text(self.lead_key.text())
        try:
            if not lead:
                check_recipient(key)
        except FieldkitError as exc:
            return user_message(exc) if key else (translate(
                "first_run", "Paste the project lead's public key (it starts with age1)."))
        chosen = self.chosen_protocols()
        if not chosen:
            return translate("first_run", "Choose at least one protocol to load.")
        for n, one in enumerate(chosen):
            other = next((p for p in chosen[n + 1:] if (p.id, p.version) == (one.id, one.version)
                          and p.content_hash != one.content_hash), None)
            if other is not None:
                return translate("first_run", "Two protocols chosen are {id} version {version} "
                                              "with different contents ({one} and {other}); "
                                              "choose one, or give the changed one a new "
                                              "version.").format(
                    id=one.id, version=one.version, one=one.content_hash[:12],
                    other=other.content_hash[:12])
        return None

    def _validate(self, *_: Any) -> None:
        code = self.code.text().strip()
        text = self.passphrase.text()
        if not text:
            self.strength.setText("")
        else:
            reason = check_passphrase(text, code)
            self.strength.setText(reason or translate("first_run", "Strong enough."))
            set_role(self.strength, "error" if reason else "ok")
        key = self.lead_key.text().strip()
        if key:
            try:
                check_recipient(lead_key_from_text(key))
                self.key_state.setText(translate("first_run", "A valid age public key."))
                set_role(self.key_state, "ok")
            except FieldkitError as exc:
                self.key_state.setText(user_message(exc))
                set_role(self.key_state, "error")
        else:
            self.key_state.setText("")
        problem = self.problem()
        self.status.setText(problem or translate(
            "first_run", "Ready: the key derivation takes about a second."))
        self.create_button.setEnabled(problem is None and not self.busy.isVisible())

    def chosen_protocols(self) -> list[Any]:
        out = []
        for row in range(self.protocols.count()):
            item = self.protocols.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(Qt.ItemDataRole.UserRole))
        return out

    # ---- protocols and the key file -------------------------------------------------------
    def _bundled_loaded(self, results: list[tuple[Path, Any]]) -> None:
        for path, result in results:
            self._add_result(path, result, checked=True)

    def add_protocol_file(self, path: Path) -> None:
        """Validate ``path`` off the UI thread and list it, or list its problems."""
        self.writer.submit(_load_many, [Path(path)],
                           on_done=lambda res: self._add_result(res[0][0], res[0][1],
                                                                checked=True),
                           on_error=self._show_error)

    def _add_result(self, path: Path, result: Any, checked: bool) -> None:
        if isinstance(result, Exception):
            self.problems.clear()
            problems = getattr(result, "problems", None) if isinstance(result, ProtocolError) else None
            lines = [str(p) for p in problems] if problems else [user_message(result)]
            self.problems.addItem(translate("first_run", "{file} was not loaded: fix these "
                                                         "problems and add it again.")
                                  .format(file=path.name))
            self.problems.addItems(lines)
            self.problems.show()
            return
        title = result.text(result.title)
        item = QListWidgetItem(f"{title} ({path.name})")
        item.setToolTip(translate("first_run", "{id} version {version}").format(id=result.id,
                                                                  version=result.version))
        item.setData(Qt.ItemDataRole.UserRole, result)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.protocols.addItem(item)
        self._validate()

    def _choose_protocol(self) -> None:
        path = self._pick_file(translate("first_run", "Add a protocol file"),
                               translate("first_run", PROTOCOL_FILTER))
        if path:
            self.add_protocol_file(Path(path))

    def _load_key_file(self) -> None:
        path = self._pick_file(translate("first_run", "Load the project lead's public key"),
                               translate("first_run", "Key files (*.txt *.pub *)"))
        if not path:
            return
        try:
            text = Path(path).read_text(encoding="utf-8", errors="replace")[:4096]
        except OSError as exc:
            self.key_state.setText(translate("first_run", "{file} cannot be read ({reason}).")
                                   .format(file=Path(path).name, reason=exc.strerror))
            set_role(self.key_state, "error")
            return
        self.lead_key.setText(lead_key_from_text(text))

    def _pick_file(self, caption: str, filters: str) -> str:
        # Qt's own dialog: the platform one may record the file in a recent-files list.
        dialog = QFileDialog(self, caption, str(Path.home()), filters)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        return dialog.selectedFiles()[0] if dialog.exec() else ""

    # ---- creating -------------------------------------------------------------------------
    def _enter(self) -> None:
        """Enter in any field: create the store when ready, else say what is missing."""
        problem = self.problem()
        if problem is None:
            self._create()
        else:
            self.status.setText(problem)
            set_role(self.status, "error")

    def _create(self) -> None:
        if self.problem() is not None:
            return
        self.busy.show()
        self.create_button.setEnabled(False)
        self.status.setText(translate("first_run", "Creating the encrypted store…"))
        set_role(self.status, "hint")
        self.writer.submit(create_store, self.store_dir, self.passphrase.text(),
                           self.code.text().strip(), lead_key_from_text(self.lead_key.text()),
                           self.chosen_protocols(), self.role(), on_done=self._created,
                           on_error=self._show_error)

    def _created(self, store: Store) -> None:
        self.busy.hide()
        self.passphrase.clear()
        self.repeat.clear()
        window = self.window()
        if self.role() == "lead":  # read on the writer, shown once home is up
            def save() -> None:
                from .identity_backup import save_backup

                save_backup(window, self.writer, store)

            def show(key: str) -> None:
                show_lead_key(window, key, save)  # parented to the window, which keeps it

            self.writer.submit(lambda: store.lead_public_key, on_done=show)
        self.created.emit(store)

    def _show_error(self, exc: Exception) -> None:
        self.busy.hide()
        self._validate()
        self.status.setText(user_message(exc))
        set_role(self.status, "error")
