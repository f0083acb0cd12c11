"""The reviewer's read-only panes: variables and what was done to them, risk, names to check."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from fieldkit.reports.anonymisation_text import risk_sentences

from ..i18n import translate
from ..page_parts import cell, label
from ..style import DANGER, GOOD, MUTED

HIDDEN_PARAMS = ("mapping", "bands", "ranks")


def _table(headers: list[str], rows: list[list[Any]], name: str) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem()
            item.setData(Qt.ItemDataRole.DisplayRole, "" if value is None else value)
            if isinstance(value, str) and len(value) > 24:
                item.setToolTip(value)  # the column may be too narrow for all of it
            table.setItem(r, c, item)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.resizeColumnsToContents()
    for c in range(len(headers)):
        table.setColumnWidth(c, min(table.columnWidth(c), 260))
    header.setStretchLastSection(True)
    # No sort indicator: rows stay in the record's order until the reviewer sorts by a column.
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(True)
    return table


def mark_rows(table: QTableWidget, rows: list[int], colour: str, why: str) -> None:
    for r in rows:
        for c in range(table.columnCount()):
            item = cell(table, r, c)
            item.setForeground(QColor(colour))
            if not item.toolTip():
                item.setToolTip(why)


def params_text(params: dict[str, Any]) -> str:
    shown = [f"{k}={v}" for k, v in sorted(params.items()) if k not in HIDDEN_PARAMS]
    shown += [translate("reviewer", "{name}: {n} entries").format(name=k, n=len(v))
              for k, v in sorted(params.items())
              if k in HIDDEN_PARAMS and hasattr(v, "__len__")]
    return ", ".join(shown)


class VariablesPane(QWidget):
    """One row per variable: its label, the action, the disclosure class, details, warnings."""

    HEADERS = [QT_TRANSLATE_NOOP("reviewer", "Table"), QT_TRANSLATE_NOOP("reviewer", "Variable"),
               QT_TRANSLATE_NOOP("reviewer", "Label"), QT_TRANSLATE_NOOP("reviewer", "Action"),
               QT_TRANSLATE_NOOP("reviewer", "Class"), QT_TRANSLATE_NOOP("reviewer", "Details"),
               QT_TRANSLATE_NOOP("reviewer", "Changed"), QT_TRANSLATE_NOOP("reviewer", "Warning")]

    def __init__(self, record: dict[str, Any] | None, codebook: list[dict[str, str]],
                 parent: QWidget | None = None):
        super().__init__(parent)
        labels = {(r.get("table"), r.get("variable")): r.get("label", "") for r in codebook}
        rows = []
        for a in (record or {}).get("actions", []):
            missing = translate("reviewer", "(not in the output)")
            rows.append([a.get("table"), a.get("name"), labels.get((a.get("table"), a.get("name")),
                                                                   missing),
                         a.get("action"), a.get("disclosure"), params_text(a.get("params") or {}),
                         int(a.get("changed") or 0), a.get("warning") or ""])
        if record is None:
            none = translate("reviewer", "none: identified data")
            rows = [[r.get("table"), r.get("variable"), r.get("label"), none,
                     r.get("disclosure"), "", None, ""] for r in codebook]
        self.table = _table([translate("reviewer", h) for h in self.HEADERS], rows,
                            translate("reviewer", "Variables and what was done to each"))
        # An identifier or free text left as it is, or any warning, is what a reviewer must see.
        mark_rows(self.table, [i for i, row in enumerate(rows) if row[7] or (
            row[3] == "keep" and row[4] in ("identifier", "free_text"))], DANGER,
            translate("reviewer", "Check this variable: it has a warning, or identifying content "
                                  "was kept"))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(translate(
            "reviewer", "Filter by table, variable, action or class"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(translate("reviewer", "Filter the variables"))
        self.filter.textChanged.connect(self._filter)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 8, 0, 0)
        box.addWidget(self.filter)
        box.addWidget(self.table, 1)
        self.setFocusProxy(self.filter)

    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        for r in range(self.table.rowCount()):
            cells = [cell(self.table, r, c).text().lower() for c in range(6)]
            self.table.setRowHidden(r, bool(needle) and not any(needle in c for c in cells))


# Headings of the risk page (found by lupdate here, translated where the page is built).
_HEADINGS = (
    QT_TRANSLATE_NOOP("reviewer", "In brief"),
    QT_TRANSLATE_NOOP("reviewer", "Who is assumed to try"),
    QT_TRANSLATE_NOOP("reviewer", "l-diversity of {name}"),
    QT_TRANSLATE_NOOP("reviewer", "Equivalence classes"),
    QT_TRANSLATE_NOOP("reviewer", "Suppressed"),
    QT_TRANSLATE_NOOP("reviewer", "Suggestions to reach the target k"),
    QT_TRANSLATE_NOOP("reviewer", "Replacements in free text"),
    QT_TRANSLATE_NOOP("reviewer", "Figure"),
    QT_TRANSLATE_NOOP("reviewer", "Before"),
    QT_TRANSLATE_NOOP("reviewer", "After"),
    QT_TRANSLATE_NOOP("reviewer", "Warnings"),
    QT_TRANSLATE_NOOP("reviewer", "not measured"),
)


def _h(text: str, **values: object) -> str:
    """A heading or label of the risk page, translated and escaped for HTML."""
    return escape(translate("reviewer", text).format(**values))


def _figure(value: Any, threshold: int | None) -> str:
    if value is None:
        return f'<span style="color:{MUTED}">{_h("not measured")}</span>'
    colour = DANGER if threshold is not None and value < threshold else GOOD
    return f'<b style="color:{colour}">{escape(str(value))}</b>'


def _numbers(values: list[Any]) -> str:
    return ", ".join(str(v) for v in values) if values else translate("reviewer", "none")


def risk_html(record: dict[str, Any]) -> str:
    """The risk figures as one readable page: thresholds, before and after, who is at risk."""
    before, after = record.get("risk_before") or {}, record.get("risk_after") or {}
    k_min, l_min = record.get("k_threshold"), record.get("l_threshold")
    rows = [(translate("reviewer", "k-anonymity (smallest group sharing all "
                                   "quasi-identifiers)"), "k", k_min),
            (translate("reviewer", "k-map (smallest group in the roster)"), "k_map", k_min)]
    brief = "".join(f"<li>{escape(t)}</li>" for t in risk_sentences(record))
    lines = [f"<h3>{_h('In brief')}</h3><ul>{brief}</ul>"]
    if record.get("attacker_model"):
        lines.append(f"<h3>{_h('Who is assumed to try')}</h3>"
                     f"<p>{escape(str(record['attacker_model']))}</p>")
    quasi = ", ".join(after.get("quasi_identifiers") or []) or translate("reviewer", "none")
    lines += [translate("reviewer", "<p>The plan asks for <b>k &ge; {k}</b> and <b>l &ge; {l}</b>. "
                 "Quasi-identifiers: {quasi}.</p>").format(
                     k=escape(str(k_min)), l=escape(str(l_min)), quasi=escape(quasi)),
             '<table cellpadding="5" cellspacing="0" border="1" style="border-color:#c9ccd1">',
             f"<tr><th align=left>{_h('Figure')}</th><th>{_h('Before')}</th>"
             f"<th>{_h('After')}</th></tr>"]
    for title, key, threshold in rows:
        lines.append(f"<tr><td>{title}</td><td align=center>{_figure(before.get(key), threshold)}"
                     f"</td><td align=center>{_figure(after.get(key), threshold)}</td></tr>")
    for name in sorted(set(before.get("l") or {}) | set(after.get("l") or {})):
        lines.append(f"<tr><td>{_h('l-diversity of {name}', name=name)}</td>"
                     "<td align=center>"
                     f"{_figure((before.get('l') or {}).get(name), l_min)}</td><td align=center>"
                     f"{_figure((after.get('l') or {}).get(name), l_min)}</td></tr>")
    lines.append(f"<tr><td>{_h('Equivalence classes')}</td>"
                 f"<td align=center>{before.get('classes', '')}"
                 f"</td><td align=center>{after.get('classes', '')}</td></tr></table>")
    lines.append(translate("reviewer", "<h3>Records at risk after anonymisation (interview "
                                       "numbers)</h3><p>Below k in the sample: {sample}<br>Below k "
                                       "against the roster: {roster}</p>").format(
                        sample=escape(_numbers(after.get("at_risk") or [])),
                        roster=escape(_numbers(after.get("k_map_at_risk") or []))))
    suppressed = record.get("suppressed") or []
    if suppressed:
        lines.append(f"<h3>{_h('Suppressed')}</h3><ul>" + "".join(
            "<li>" + escape(translate("reviewer", "Interview {number}: {variables}").format(
                number=s.get("number"), variables=", ".join(s.get("variables") or [])))
            + "</li>" for s in suppressed) + "</ul>")
    suggestions = record.get("suggestions") or []
    lines.append(f"<h3>{_h('Suggestions to reach the target k')}</h3>")
    lines.append("<ul>" + "".join(
        f"<li>{escape(str(s['text']))}</li>" if s.get("text") else
        f"<li>{escape(str(s.get('action')))} "
        f"{escape(str(s.get('variable') or ', '.join(s.get('variables') or [])))}: "
        + escape((translate("reviewer", "k would be {k} (reaches the target)")
                  if s.get("reaches_target") else translate("reviewer", "k would be {k}"))
                 .format(k=s.get("k")))
        + "</li>" for s in suggestions[:6]) + "</ul>" if suggestions
        else "<p>" + escape(translate("reviewer", "None needed: the anonymised data reach the "
                                                  "target.")) + "</p>")
    notes = list(record.get("warnings") or [])
    if record.get("overridden") or record.get("override"):
        notes.insert(0, translate("reviewer", "The lead wrote this output below a threshold of the "
                                              "plan, with a reason kept in the team's encrypted "
                                              "audit log."))
    if notes:
        lines.append(f'<h3 style="color:{DANGER}">{_h("Warnings")}</h3><ul>'
                     + "".join(f"<li>{escape(str(w))}</li>" for w in notes) + "</ul>")
    counts = record.get("replacements") or {}
    if counts:
        lines.append(f"<h3>{_h('Replacements in free text')}</h3><p>" + ", ".join(
            f"{escape(k)}: {v}" for k, v in sorted(counts.items())) + "</p>")
    return "\n".join(lines)


def risk_pane(record: dict[str, Any] | None) -> QTextBrowser:
    view = QTextBrowser()
    view.setOpenLinks(False)
    view.setAccessibleName(translate("reviewer", "Disclosure risk"))
    view.setHtml(risk_html(record) if record else "<p>" + escape(translate(
        "reviewer", "This export is not anonymised, so it has no risk figures.")) + "</p>")
    return view


class NamesPane(QWidget):
    """What still looks like a name after redaction; activating one shows it in the texts."""

    find_requested = Signal(str)

    def __init__(self, residual: list[dict[str, Any]], parent: QWidget | None = None):
        super().__init__(parent)
        rows = [[r.get("number"), f"{r.get('table')}.{r.get('column')}", r.get("candidate")]
                for r in residual if isinstance(r, dict)]
        self.table = _table([translate("reviewer", "Interview"), translate("reviewer", "Where"),
                             translate("reviewer", "Looks like a name")], rows,
                            translate("reviewer", "Possible names left in the texts"))
        hint = label(translate("reviewer", "Redaction left these capitalised words in the texts. "
                                           "Check each one: press Enter or double-click to see it "
                                           "in its text."), "hint")
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 8, 0, 0)
        box.addWidget(hint)
        box.addWidget(self.table, 1)
        self.table.activated.connect(self._activated)
        self.setFocusProxy(self.table)

    def _activated(self, index) -> None:
        item = self.table.item(index.row(), 2)
        if item is not None:
            self.find_requested.emit(item.text())
