"""The interview screen's own styles, sized from the current font so larger text scales them."""

from __future__ import annotations

ACCENT = "#245b8f"
DANGER = "#a1262b"
GOOD = "#2c6e3f"
WARN = "#8a5a00"
PAUSED_BG = "#fff1c2"
PAUSED_LINE = "#c79a00"
MUTED = "#57606a"


def screen_stylesheet(points: float) -> str:
    """Styles by role for the question, the clock, the saved state and the paused banner."""

    def pt(factor: float) -> str:
        return f"{points * factor:.1f}pt"

    return f"""
QLabel[role="question"] {{ font-size: {pt(1.45)}; font-weight: 600; padding: 4px 0 2px 0; }}
QLabel[role="readaloud"] {{ font-size: {pt(1.3)}; line-height: 140%; padding: 4px 0; }}
QLabel[role="hint"] {{ color: {MUTED}; }}
QLabel[role="state"] {{ color: {GOOD}; }}
QLabel[role="error"] {{ color: {DANGER}; font-weight: bold; font-size: {pt(1.1)}; }}
QLabel[role="softcheck"] {{ color: {WARN}; font-weight: bold; }}
QLabel[role="followup"] {{ font-size: {pt(1.15)}; font-weight: 600; }}
QLabel[role="clock"] {{ font-size: {pt(1.9)}; font-weight: bold; font-family: "DejaVu Sans Mono",
    monospace; padding: 0 10px; min-width: 4.5em; color: {ACCENT}; }}
QLabel[role="clock"][paused="true"] {{ color: {WARN}; }}
QLabel[role="saving"] {{ color: {WARN}; font-weight: bold; min-width: 6em; }}
QLabel[role="saved"] {{ color: {GOOD}; font-weight: bold; min-width: 6em; }}
QLabel[role="check"] {{ color: {WARN}; font-weight: bold; min-width: 6em; }}
QLabel[role="notsaved"] {{ color: {DANGER}; font-weight: bold; min-width: 6em; }}
QLabel[role="paused"] {{ background: {PAUSED_BG}; border: 2px solid {PAUSED_LINE};
    font-size: {pt(1.3)}; font-weight: bold; padding: 6px; border-radius: 4px; }}
QPushButton[role="scale"] {{ padding: 6px 4px; }}
QPushButton[role="scale"]:checked {{ background: {ACCENT}; color: white; border-color: {ACCENT}; }}
QRadioButton, QCheckBox {{ font-size: {pt(1.1)}; padding: 3px 0; spacing: 10px; }}
QTreeWidget#section_list {{ font-size: {pt(0.95)}; }}
QComboBox#language_switch {{ min-width: 1.6em; }}
"""
