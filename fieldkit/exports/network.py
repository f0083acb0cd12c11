"""The friendship network as GraphML (written directly, in a fixed order) and an edge list.

Given the networks of the name generators (computed on identities, published under the
dataset's pseudonyms), the GraphML is the one-mode committee network: one node per roster
entry, the respondent on their own entry, so reciprocated ties are edges both ways."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from fieldkit.dataset.tables import Dataset, Row

NODE_FIELDS = ("organisation", "member_state", "group", "alliance", "role")
TIE_FIXED = ("interview_id", "item_id", "source", "target")


def _graphml_type(values: list[Any]) -> str:
    present = [v for v in values if v is not None]
    if present and all(isinstance(v, int | float) and not isinstance(v, bool) for v in present):
        return "double"
    return "string"


def _text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return repr(value)
    return str(value)


def _one_mode(data: Dataset, networks: Sequence[Any]) -> tuple[list[str], list[Row],
                                                                  dict[str, dict[str, Any]]]:
    """Nodes, ties and the flags of the networks' graphs; weights from the ties table."""
    weights = {(str(t["item_id"]), str(t["source"]), str(t["target"])): t for t in data.ties}
    nodes: list[str] = []
    ties: list[Row] = []
    flags: dict[str, dict[str, Any]] = {}
    for network in networks:
        asked = set(network.respondent_nodes)
        for node in network.graph_nodes:
            if node not in flags:
                nodes.append(node)
                flags[node] = {"network": network.item_id, "respondent": str(node in asked)}
        for source, target in network.edges:
            tie = weights.get((network.item_id, source, target), {})
            ties.append({**tie, "item_id": network.item_id, "source": source, "target": target})
    return nodes, ties, flags


def write_graphml(path: Path, data: Dataset, networks: Sequence[Any] | None = None) -> None:
    flags: dict[str, dict[str, Any]] = {}
    if networks:
        nodes, ties, flags = _one_mode(data, networks)
    else:
        ties = data.ties
        nodes = sorted({str(t["source"]) for t in ties} | {str(t["target"]) for t in ties})
    attrs: dict[str, dict[str, Any]] = {n: dict(flags.get(n, {})) for n in nodes}
    node_fields = [f for f in NODE_FIELDS if data.variable("people", f)]
    node_fields += ["network", "respondent"] if flags else []
    for person in data.people:
        rid = person.get("roster_id")
        if rid in attrs:
            for f in node_fields:
                if person.get(f) is not None:
                    attrs[rid].setdefault(f, person[f])
    weights = [v.name for v in data.variables_of("ties") if v.name not in TIE_FIXED]
    edge_fields = ["item_id", *weights]
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">']
    for f in node_fields:
        lines.append(f'  <key id="n_{f}" for="node" attr.name="{f}" attr.type="string"/>')
    for f in edge_fields:
        kind = _graphml_type([t.get(f) for t in ties])
        lines.append(f'  <key id="e_{f}" for="edge" attr.name="{f}" attr.type="{kind}"/>')
    lines.append('  <graph id="friendship" edgedefault="directed">')
    for n in nodes:
        lines.append(f"    <node id={quoteattr(n)}>")
        for f, v in sorted(attrs[n].items()):
            lines.append(f'      <data key="n_{f}">{escape(_text(v))}</data>')
        lines.append("    </node>")
    for i, t in enumerate(ties):
        lines.append(f'    <edge id="e{i}" source={quoteattr(str(t["source"]))} '
                     f'target={quoteattr(str(t["target"]))}>')
        for f in edge_fields:
            if t.get(f) is not None:
                lines.append(f'      <data key="e_{f}">{escape(_text(t[f]))}</data>')
        lines.append("    </edge>")
    lines += ["  </graph>", "</graphml>", ""]
    path.write_text("\n".join(lines), encoding="utf-8")
