"""The network export's people named pass k-map against the rosters: the attributes kept next
to each node are shared by at least k seats, so the ratings on its edges point at no one."""

from __future__ import annotations

import sys
from pathlib import Path

import networkx as nx

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "anonymise"))

import study_a as a  # noqa: E402

from fieldkit.anonymise import anonymise, default_plan  # noqa: E402
from fieldkit.anonymise.generalise import fold, to_rank  # noqa: E402
from fieldkit.exports import export  # noqa: E402

KEY = b"synthetic-key-0123456789abcdef"


def _with_friends():
    data = a.oas_dataset()
    seats = a.entries("oas_pc")
    for row in data.interviews:
        n = row["number"]
        for pos, j in enumerate(range(4), start=1):
            e = seats[(n * 4 + j) % len(seats)]
            data.people.append({
                "interview_id": row["interview_id"], "item_id": "friends_oas",
                "person_id": f"p{n}-{pos}", "position": pos, "roster_id": e.id,
                "name": e.label, "free_entry": False, "organisation": e.organisation,
                "member_state": e.member_state, "group": e.group, "alliance": e.alliance,
                "role": e.role, "friend_contacts_oas": n % 7})
            data.ties.append({"interview_id": row["interview_id"], "item_id": "friends_oas",
                              "source": f"interview:{n}", "target": e.id,
                              "friend_contacts_oas": n % 7})
    return data


def _seats_like(node: dict, plan) -> int:
    """Roster seats an outsider cannot tell from this node, by its exported attributes."""
    groups = plan.variables["people.member_state"]["mapping"]
    count = 0
    for e in a.dataset([]).population:
        checks = {"organisation": e["organisation"], "group": e["group"],
                  "alliance": e["alliance"], "role": to_rank(e["role"]),
                  "member_state": groups.get(e["member_state"], e["member_state"])}
        if all(fold(str(checks[k])) == fold(str(v)) for k, v in node.items() if k in checks):
            count += 1
    return count


def test_every_named_person_in_the_network_export_passes_k_map(tmp_path):
    plan = default_plan(a.protocol())
    data, record = anonymise(_with_friends(), plan, KEY, override="pilot")
    alters = record.risk_after.alters
    assert alters["named"] == 35 and alters["at_risk_before"] > 0
    assert alters["at_risk"] == 0 and alters["k_map"] >= 3 and alters["suppressed"]
    assert record.to_dict()["risk_after"]["alters"]["population"] == 133  # the committees' seats in 2009: 15 + 27 + 35 + 56
    export(data, tmp_path / "out", {"graphml", "csv"}, record)
    graph = nx.read_graphml(tmp_path / "out" / "network.graphml")
    named = {t["target"] for t in data.ties}
    assert named <= set(graph.nodes) and len(named) == 35
    for node in named:
        attrs = graph.nodes[node]
        assert attrs, node
        assert _seats_like(attrs, plan) >= 3, attrs
    # The same blanks in the people table and the "most named" tables built from it.
    by_node = {}
    for row in data.people:
        by_node.setdefault(row["roster_id"], set()).add(
            tuple(row.get(k) for k in ("organisation", "member_state", "group", "alliance")))
    assert all(len(v) == 1 for v in by_node.values())
    actions = {(x.table, x.name): x for x in record.actions}
    assert actions[("people", "alliance")].changed > 0
