"""The look: bundled fonts, a calm light palette and one stylesheet that scales with text size."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication

from fieldkit.data import fonts_dir

BASE_POINTS = 11.0
FAMILY = "DejaVu Sans"
INK = "#1f2328"
MUTED = "#57606a"
PAPER = "#f6f5f1"
PANEL = "#ffffff"
LINE = "#c9ccd1"
ACCENT = "#245b8f"
ACCENT_SOFT = "#dbe7f3"
DANGER = "#a1262b"
GOOD = "#2c6e3f"


def _load_fonts() -> None:
    for ttf in sorted(fonts_dir().glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(ttf))


def stylesheet(scale: float = 1.0) -> str:
    pt = BASE_POINTS * scale

    def size(factor: float) -> str:
        return f"{pt * factor:.1f}pt"

    return f"""
QWidget {{ color: {INK}; }}
QMainWindow, QStackedWidget > QWidget, QDialog {{ background: {PAPER}; }}
QLabel[role="title"] {{ font-size: {size(1.6)}; font-weight: bold; color: {INK}; }}
QLabel[role="subtitle"] {{ font-size: {size(1.15)}; font-weight: bold; color: {INK}; }}
QLabel[role="hint"] {{ color: {MUTED}; }}
QLabel[role="error"] {{ color: {DANGER}; font-weight: bold; }}
QLabel[role="ok"] {{ color: {GOOD}; }}
QLabel[role="banner"] {{ background: {ACCENT_SOFT}; border: 1px solid {ACCENT}; padding: 8px;
    border-radius: 4px; }}
QFrame[role="card"] {{ background: {PANEL}; border: 1px solid {LINE}; border-radius: 6px; }}
QLineEdit, QPlainTextEdit, QTextEdit, QTextBrowser, QSpinBox, QDoubleSpinBox, QComboBox,
QDateEdit {{ background: {PANEL}; border: 1px solid {LINE}; border-radius: 4px; padding: 4px 6px;
    selection-background-color: {ACCENT}; selection-color: white; }}
QSpinBox::up-button, QSpinBox::down-button, QDoubleSpinBox::up-button,
QDoubleSpinBox::down-button {{ width: 0px; border: none; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QSpinBox:focus, QDoubleSpinBox:focus,
QComboBox:focus, QDateEdit:focus, QListWidget:focus, QTableView:focus {{
    border: 2px solid {ACCENT}; }}
QPushButton {{ background: {PANEL}; border: 1px solid {LINE}; border-radius: 4px;
    padding: 5px 14px; min-height: 1.4em; }}
QPushButton:hover {{ border-color: {ACCENT}; }}
QPushButton:focus {{ border: 2px solid {ACCENT}; }}
QPushButton:disabled {{ color: #9aa0a6; background: #eeeeea; }}
QPushButton[role="primary"] {{ background: {ACCENT}; color: white; border-color: {ACCENT};
    font-weight: bold; }}
QPushButton[role="primary"]:focus {{ border: 2px solid {INK}; }}
QPushButton[role="primary"]:disabled {{ background: #9fb4c9; color: #f4f6f8; }}
QListWidget, QTableView {{ background: {PANEL}; border: 1px solid {LINE}; border-radius: 4px;
    alternate-background-color: #f2f4f6; selection-background-color: {ACCENT};
    selection-color: white; }}
QHeaderView::section {{ background: #eceae4; border: none; border-right: 1px solid {LINE};
    border-bottom: 1px solid {LINE}; padding: 4px 6px; font-weight: bold; }}
QProgressBar {{ border: 1px solid {LINE}; border-radius: 4px; background: {PANEL};
    text-align: center; min-height: 0.9em; }}
QProgressBar::chunk {{ background: {ACCENT}; }}
QDockWidget::title {{ background: #eceae4; padding: 4px; }}
QToolTip {{ color: {INK}; background: {PANEL}; border: 1px solid {LINE}; }}
"""


def apply_style(app: QApplication, scale: float = 1.0) -> None:
    """Set the bundled font at ``scale`` times the base size, the palette and the stylesheet."""
    if not getattr(apply_style, "_fonts", False):
        _load_fonts()
        apply_style._fonts = True  # type: ignore[attr-defined]
    app.setStyle("Fusion")
    font = QFont(FAMILY)
    font.setPointSizeF(BASE_POINTS * scale)
    app.setFont(font)
    palette = app.palette()
    for role, colour in ((QPalette.ColorRole.Window, PAPER), (QPalette.ColorRole.Base, PANEL),
                         (QPalette.ColorRole.Text, INK), (QPalette.ColorRole.WindowText, INK),
                         (QPalette.ColorRole.Highlight, ACCENT),
                         (QPalette.ColorRole.HighlightedText, "#ffffff"),
                         (QPalette.ColorRole.Button, PANEL), (QPalette.ColorRole.ButtonText, INK)):
        palette.setColor(role, QColor(colour))
    app.setPalette(palette)
    app.setStyleSheet(stylesheet(scale))
