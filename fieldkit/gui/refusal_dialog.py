"""The dialog shown when an anonymised output is refused for its re-identification risk (below
the plan's k or l): one sentence saying so, the details in a scrollable box, and the reason to
write it anyway."""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from .i18n import translate
from .page_parts import label


def refusal_details(text: str) -> list[str]:
    """The refusal's message as lines: each threshold missed, then each suggestion."""
    first, _, rest = text.partition(". ")
    lines = [part.strip() for part in first.split("; ") if part.strip()]
    lines += [s.strip() for s in re.split(r"(?<=[.!?])\s+", rest) if s.strip()]
    return [_capital(line).rstrip(".") + "." for line in lines]


def _capital(line: str) -> str:
    """The line with a capital first letter, unless it begins with a measure (k=, k-map, l-)."""
    return line if re.match(r"[kl][-=]", line) else line[:1].upper() + line[1:]


class RefusalDialog(QDialog):
    """Why the output was refused (summary first, details below) and a reason to write it."""

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("lead_outputs", "Refused: below a threshold of the plan"))
        self.summary = label(translate(
            "lead_outputs", "This anonymised output was refused: some respondents could be "
                              "re-identified in it, because it falls below the plan's k or l "
                              "threshold."), "subtitle")
        self.details = QPlainTextEdit("\n".join(f"• {line}" for line in refusal_details(text)))
        self.details.setReadOnly(True)
        self.details.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        self.details.setAccessibleName(translate("lead_outputs", "Details of the refusal"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(translate(
            "lead_outputs", "Why is this output safe to write? (kept in the audit log)"))
        buttons = QDialogButtonBox()
        self.write = buttons.addButton(translate("lead_outputs", "&Write with this reason"),
                                       QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.write.setEnabled(False)
        self.write.setDefault(True)  # type the reason, Enter writes; nothing typed, nothing happens
        self.reason.textChanged.connect(lambda t: self.write.setEnabled(bool(t.strip())))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.summary)
        box.addWidget(self.details, 1)
        box.addWidget(label(translate("lead_outputs", "Generalise or suppress more in the "
                                                        "plan, or write it anyway with your "
                                                        "reason: the reason is kept in the "
                                                        "store's encrypted audit log, never in "
                                                        "the output."), "hint"))
        box.addWidget(self.reason)
        box.addWidget(buttons)
        self.reason.setFocus()

    def fit(self, screen_width: int, screen_height: int) -> None:
        """A size that shows everything on a screen this big (the details scroll if long)."""
        self.ensurePolished()  # the style's text size, so the width grows with the text
        wide = self.details.fontMetrics().averageCharWidth() * 72
        width = min(max(620, wide, self.sizeHint().width()), screen_width - 80)
        self.resize(width, min(max(self.sizeHint().height(), 360), screen_height - 120))

    def ask(self) -> str | None:
        """The reason typed, or None when cancelled."""
        if self.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.reason.text().strip() or None
