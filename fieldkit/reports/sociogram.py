"""A sociogram of one name generator: nodes on a circle grouped by sub-region, deterministic."""

from __future__ import annotations

import math

from reportlab.graphics.shapes import Circle, Drawing, Group, Path, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from fieldkit.analysis.network import Network, Node

from .fonts import SANS
from .theme import INK, MUTED, palette

EDGE = colors.Color(0.45, 0.5, 0.55, alpha=0.45)


def circle_layout(nodes: list[Node], key: str = "group") -> dict[str, tuple[float, float]]:
    """Unit-circle positions: nodes grouped by ``key`` in name order, a gap between groups.

    The same network always gets the same picture (no random seed, no iteration)."""
    ordered = sorted(nodes, key=lambda n: (getattr(n, key) or "~", n.label))
    groups = list(dict.fromkeys(getattr(n, key) or "" for n in ordered))
    slots = len(ordered) + len(groups)  # one empty slot between groups
    out: dict[str, tuple[float, float]] = {}
    slot, previous = 0, None
    for node in ordered:
        group = getattr(node, key) or ""
        if previous is not None and group != previous:
            slot += 1
        previous = group
        angle = math.pi / 2 - 2 * math.pi * slot / max(1, slots)
        out[node.id] = (math.cos(angle), math.sin(angle))
        slot += 1
    return out


def _arrow(lines: Path, heads: Path, x1: float, y1: float, x2: float, y2: float,
           back: float) -> None:
    """Add one tie to the colour's line and arrowhead paths (one path per colour keeps
    large networks quick to draw)."""
    length = math.hypot(x2 - x1, y2 - y1) or 1.0
    ux, uy = (x2 - x1) / length, (y2 - y1) / length
    tip_x, tip_y = x2 - ux * back, y2 - uy * back
    size = 3.2
    lines.moveTo(x1, y1)
    lines.lineTo(tip_x - ux * size * 0.8, tip_y - uy * size * 0.8)
    heads.moveTo(tip_x, tip_y)
    heads.lineTo(tip_x - ux * size - uy * size * 0.55, tip_y - uy * size + ux * size * 0.55)
    heads.lineTo(tip_x - ux * size + uy * size * 0.55, tip_y - uy * size - ux * size * 0.55)
    heads.closePath()


def sociogram(network: Network, width: float, colour_by: str = "group") -> Drawing:
    """Who named whom: colour is the sub-region (or ``colour_by``), size the times named,
    a dark ring marks a respondent; ties within a group take its colour."""
    nodes = network.nodes
    groups = list(dict.fromkeys(sorted(getattr(n, colour_by) or "Other" for n in nodes)))
    colour_of = dict(zip(groups, palette(len(groups)), strict=True))
    columns = 3
    legend_rows = math.ceil(len(groups) / columns) + 1
    legend_h = 12 * legend_rows + 8
    size = width * 0.9
    d = Drawing(width, size + legend_h)
    cx, cy = width / 2, legend_h + size / 2
    radius = size / 2 - 82
    pos = {k: (cx + radius * x, cy + radius * y) for k, (x, y) in
           circle_layout(nodes, colour_by).items()}
    top = max((n.named_by for n in nodes), default=1) or 1

    def r_of(node: Node) -> float:
        return 2.8 + 6.0 * math.sqrt(node.named_by / top)

    by_id = {n.id: n for n in nodes}
    paths: dict[str, tuple[Path, Path]] = {}
    for source, target in network.edges:
        if source not in pos or target not in pos:
            continue
        same = getattr(by_id[source], colour_by) == getattr(by_id[target], colour_by)
        key = (getattr(by_id[source], colour_by) or "Other") if same else ""
        if key not in paths:
            colour = colour_of[key] if key else EDGE
            paths[key] = (Path(strokeColor=colour, strokeWidth=0.6, fillColor=None),
                          Path(fillColor=colour, strokeColor=None))
        _arrow(*paths[key], *pos[source], *pos[target], r_of(by_id[target]) + 0.8)
    for key in sorted(paths, key=bool):  # grey ties first, coloured ones on top
        d.add(paths[key][0])
        d.add(paths[key][1])
    for node in nodes:
        x, y = pos[node.id]
        d.add(Circle(x, y, r_of(node), fillColor=colour_of[getattr(node, colour_by) or "Other"],
                     strokeColor=INK if node.respondent else colors.white,
                     strokeWidth=1.1 if node.respondent else 0.5))
        dx, dy = (x - cx) / radius, (y - cy) / radius
        offset = r_of(node) + 3
        label = node.label if len(node.label) <= 24 else node.label[:23] + "…"
        # Labels run outward along the radius so neighbours never overlap; the left half is
        # turned round so that no label reads upside down.
        angle = math.degrees(math.atan2(dy, dx))
        left = dx < -1e-9
        text = Group(String(0, -2.2, label, fontName=SANS, fontSize=6.3, fillColor=INK,
                            textAnchor="end" if left else "start"))
        text.translate(x + dx * offset, y + dy * offset)
        text.rotate(angle + 180 if left else angle)
        d.add(text)
    col_w = width / columns
    for i, group in enumerate(groups):
        x = (i % columns) * col_w
        y = legend_h - 14 - 12 * (i // columns)
        d.add(Rect(x, y, 8, 8, fillColor=colour_of[group], strokeColor=None))
        text = group if stringWidth(group, SANS, 7.5) < col_w - 16 else group[:28] + "…"
        d.add(String(x + 12, y + 1, text, fontName=SANS, fontSize=7.5, fillColor=INK))
    d.add(String(0, 2, "Circle size: times named. Dark ring: interviewed. Arrows point to the "
                       "person named; ties within a group take its colour.",
                 fontName=SANS, fontSize=7, fillColor=MUTED))
    return d
