"""Charts drawn with reportlab.graphics: share bars with intervals, box plots by group."""

from __future__ import annotations

import math
import statistics

from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
from reportlab.pdfbase.pdfmetrics import stringWidth

from fieldkit.analysis.categorical import Share
from fieldkit.analysis.descriptive import NumericSummary

from .fonts import BOLD, SANS
from .theme import ACCENT, BAND, INK, MUTED, RULE, palette


def _fit(text: str, width: float, size: float) -> str:
    """Shorten a label with an ellipsis until it fits ``width`` points."""
    if stringWidth(text, SANS, size) <= width:
        return text
    while text and stringWidth(text + "…", SANS, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


MAX_HEIGHT = 620  # a chart always fits a page's frame, however many groups it shows


def _rows_fit(count: int, bar: float, gap: float, top: float, bottom: float
              ) -> tuple[float, float]:
    """Bar and gap heights, shrunk when ``count`` rows at full size would not fit a page."""
    step = min(bar + gap, (MAX_HEIGHT - top - bottom) / max(1, count))
    return step * bar / (bar + gap), step * gap / (bar + gap)


def share_bars(rows: list[tuple[str, Share]], width: float) -> Drawing:
    """One horizontal bar per row (its share, 0–100%) with the 95% interval as a whisker."""
    bar, gap, top, bottom = 11.0, 7.0, 6.0, 22.0
    bar, gap = _rows_fit(len(rows), bar, gap, top, bottom)
    label_w = min(width * 0.42, max(stringWidth(label, SANS, 8) for label, _ in rows) + 8)
    plot_w: float = width - label_w - 40
    height = top + bottom + len(rows) * (bar + gap)
    d = Drawing(width, height)
    x0: float = label_w

    def x(share: float) -> float:
        return x0 + plot_w * share

    for tick in range(0, 101, 25):
        d.add(Line(x(tick / 100), bottom, x(tick / 100), height - top, strokeColor=RULE,
                   strokeWidth=0.4))
        d.add(String(x(tick / 100), bottom - 11, f"{tick}%", fontName=SANS, fontSize=7,
                     fillColor=MUTED, textAnchor="middle"))
    for i, (label, share) in enumerate(rows):
        y = height - top - (i + 1) * (bar + gap) + gap / 2
        d.add(String(x0 - 6, y + 2.5, _fit(label, label_w - 8, 8), fontName=SANS, fontSize=8,
                     fillColor=INK, textAnchor="end"))
        value = share.share or 0.0
        d.add(Rect(x0, y, plot_w, bar, fillColor=BAND, strokeColor=None))
        d.add(Rect(x0, y, plot_w * value, bar, fillColor=ACCENT, strokeColor=None))
        if share.low is not None and share.high is not None:
            mid = y + bar / 2
            d.add(Line(x(share.low), mid, x(share.high), mid, strokeColor=INK, strokeWidth=0.8))
            for end in (share.low, share.high):
                d.add(Line(x(end), mid - 3, x(end), mid + 3, strokeColor=INK, strokeWidth=0.8))
        text = "–" if share.share is None else f"{round(value * 100)}%"
        d.add(String(x0 + plot_w + 5, y + 2.5, text, fontName=BOLD, fontSize=8, fillColor=INK))
    return d


def _nice_ticks(low: float, high: float, count: int = 6) -> list[float]:
    if high <= low:
        high = low + 1
    raw = (high - low) / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    start = math.floor(low / step) * step
    ticks = []
    value = start
    while value <= high + step * 0.001:
        ticks.append(round(value, 10))
        value += step
    if ticks[-1] < high:
        ticks.append(round(value, 10))
    return ticks


def box_plot(rows: list[NumericSummary], width: float, units: str | None = None) -> Drawing:
    """A horizontal box plot per group: quartile box, median line, whiskers to 1.5 IQR, outliers."""
    rows = [r for r in rows if r.values]
    box, gap, top, bottom = 12.0, 9.0, 6.0, 26.0
    box, gap = _rows_fit(len(rows), box, gap, top, bottom)
    label_w = min(width * 0.34, max((stringWidth(r.group, SANS, 8) for r in rows), default=0) + 10)
    plot_w = width - label_w - 14
    height = top + bottom + max(1, len(rows)) * (box + gap)
    d = Drawing(width, height)
    if not rows:
        return d
    ticks = _nice_ticks(min(min(r.values) for r in rows), max(max(r.values) for r in rows))
    lo, hi = ticks[0], ticks[-1]

    def x(value: float) -> float:
        return label_w + plot_w * (value - lo) / (hi - lo)

    for tick in ticks:
        d.add(Line(x(tick), bottom, x(tick), height - top, strokeColor=RULE, strokeWidth=0.4))
        d.add(String(x(tick), bottom - 10, f"{tick:g}", fontName=SANS, fontSize=7,
                     fillColor=MUTED, textAnchor="middle"))
    if units:
        d.add(String(label_w + plot_w / 2, 2, units, fontName=SANS, fontSize=7, fillColor=MUTED,
                     textAnchor="middle"))
    for i, (row, colour) in enumerate(zip(rows, palette(len(rows)), strict=True)):
        y = height - top - (i + 1) * (box + gap) + gap / 2
        mid = y + box / 2
        d.add(String(label_w - 6, mid - 3, _fit(row.group, label_w - 10, 8), fontName=SANS,
                     fontSize=8, fillColor=INK, textAnchor="end"))
        values = list(row.values)
        if len(values) > 1:
            q1, _, q3 = statistics.quantiles(values, n=4, method="inclusive")
        else:
            q1 = q3 = values[0]
        reach = 1.5 * (q3 - q1)
        inside = [v for v in values if q1 - reach <= v <= q3 + reach]
        d.add(Line(x(min(inside)), mid, x(q1), mid, strokeColor=INK, strokeWidth=0.7))
        d.add(Line(x(q3), mid, x(max(inside)), mid, strokeColor=INK, strokeWidth=0.7))
        for end in (min(inside), max(inside)):
            d.add(Line(x(end), mid - 3.5, x(end), mid + 3.5, strokeColor=INK, strokeWidth=0.7))
        d.add(Rect(x(q1), y, max(1.0, x(q3) - x(q1)), box, fillColor=colour, fillOpacity=0.55,
                   strokeColor=INK, strokeWidth=0.7))
        median = statistics.median(values) if row.median is None else row.median
        mean = statistics.fmean(values) if row.mean is None else row.mean
        d.add(Line(x(median), y, x(median), y + box, strokeColor=INK, strokeWidth=1.6))
        d.add(String(x(mean), mid - 2.6, "+", fontName=BOLD, fontSize=8, fillColor=INK,
                     textAnchor="middle"))
        for outlier in sorted(set(values) - set(inside)):
            d.add(Circle(x(outlier), mid, 1.8, fillColor=None, strokeColor=INK, strokeWidth=0.6))
    return d
