"""Name-generator networks: who named whom, in-degree, density, reciprocity, alliance mixing."""

from __future__ import annotations

import dataclasses
import statistics
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, cast

from fieldkit.dataset.tables import Dataset, Row
from fieldkit.protocol.model import Protocol

from .alter_ties import AlterTies, alter_ties
from .network_stats import NO_GROUP, NetworkStats, committee_graph, network_stats, renamed
from .values import AnalysisError, column_label

__all__ = ["NO_GROUP", "Mixing", "Network", "Node", "name_generators", "network_summary",
           "place_respondents", "pseudonymised", "study_networks"]
MIXING_ATTRIBUTES = ("alliance", "group")


@dataclass(frozen=True)
class Node:
    """A roster entry (or a free entry) as it appears in one generator's network."""

    id: str
    label: str
    organisation: str
    group: str
    alliance: str
    named_by: int  # respondents who named this entry
    eligible: int  # respondents who could have named it (the generator's respondents, not itself)
    respondent: bool  # this entry was itself interviewed

    @property
    def named_by_text(self) -> str:
        return f"named by {self.named_by} of {self.eligible}"


@dataclass(frozen=True)
class Mixing:
    """Do ties stay within an attribute (alliance, sub-region) more than chance would give?"""

    attribute: str
    within: int
    across: int
    share_within: float | None
    expected_within: float | None  # share if respondents named eligible entries at random


@dataclass(frozen=True)
class Network:
    item_id: str
    label: str
    respondents: int
    named_counts: tuple[int, ...]  # people named by each respondent
    ties: int  # respondent-to-roster ties (free entries not included)
    free_entries: int
    nodes: list[Node]  # named or interviewed entries, most named first
    density: float | None
    reciprocity: float | None  # share of ties to interviewed entries that were returned
    mutual_pairs: int
    mixing: list[Mixing]
    edges: list[tuple[str, str]]  # (source, target): respondent to roster entry
    stats: NetworkStats | None = None  # the figures of the one-mode committee graph
    graph_nodes: tuple[str, ...] = ()  # every node of that graph (the whole roster)
    respondent_nodes: tuple[str, ...] = ()  # the nodes of the respondents, one per interview
    # ties among the people each respondent named, when a follow-up asks them
    alter_ties: AlterTies | None = None
    # roster entries that could not be named in the period (suspended, not seated): left
    # out of every density's denominator
    unseated: tuple[str, ...] = ()

    @property
    def named_mean(self) -> float | None:
        return statistics.fmean(self.named_counts) if self.named_counts else None

    @property
    def named_median(self) -> float | None:
        return statistics.median(self.named_counts) if self.named_counts else None


def name_generators(dataset: Dataset) -> list[str]:
    """The name generators of the dataset (items with people rows or a count column)."""
    from_people = list(dict.fromkeys(row["item_id"] for row in dataset.people))
    counted = [v.name for v in dataset.variables_of("interviews") if v.type == "count"]
    tied = set(row["item_id"] for row in dataset.ties)
    return [i for i in dict.fromkeys(counted + from_people) if i in tied or i in from_people]


def _roster(dataset: Dataset, item_id: str, protocol: Protocol | None) -> dict[str, dict[str, Any]]:
    """Roster attributes by id: the protocol's roster, then anything seen in people rows."""
    out: dict[str, dict[str, Any]] = {}
    if protocol is not None and item_id in protocol.items_by_id:
        name = protocol.item(item_id).roster
        for entry in protocol.rosters[name].entries if name in protocol.rosters else []:
            out[entry.id] = {"label": entry.label, "organisation": entry.organisation,
                             "group": entry.group, "alliance": entry.alliance,
                             "seated": entry.seated}
    for row in dataset.people:
        if row.get("item_id") == item_id and row.get("roster_id") and row["roster_id"] not in out:
            out[row["roster_id"]] = {k: row.get(k) or "" for k in ("organisation", "group",
                                                                   "alliance")}
            out[row["roster_id"]]["label"] = row.get("name") or row["roster_id"]
    return out


def _respondent_ids(dataset: Dataset, item_id: str, roster: dict[str, dict[str, Any]],
                    respondent_key: str | None,
                    own_items: frozenset[str] = frozenset()) -> dict[str, str]:
    """interview_id -> the node id of the respondent (a roster id when it can be told)."""
    named_in = {row["interview_id"] for table in (dataset.people, dataset.ties)
                for row in table if row.get("item_id") == item_id}
    asked = {row["interview_id"]: row for row in dataset.interviews
             if row["interview_id"] in named_in
             or (isinstance(row.get(item_id), int) and not isinstance(row.get(item_id), bool))}
    by_label = {str(attrs["label"]).casefold(): rid for rid, attrs in roster.items()}
    out: dict[str, str] = {}
    for row in dataset.ties:
        if row.get("item_id") == item_id and row.get("source") in roster:
            out[row["interview_id"]] = row["source"]
    for row in dataset.people:  # the respondent's own entry, named in a respondent item
        if row.get("item_id") in own_items and row.get("roster_id") in roster:
            out.setdefault(row["interview_id"], row["roster_id"])
    for interview_id, row in asked.items():  # or answered as a roster id or label
        for item in own_items:
            value = row.get(item)
            if isinstance(value, str) and interview_id not in out:
                rid = value if value in roster else by_label.get(value.casefold())
                if rid:
                    out[interview_id] = rid
    for interview_id, row in asked.items():
        if interview_id in out:
            continue
        raw = str(row.get(respondent_key) or "") if respondent_key else ""
        # the state answered by its label, or chosen from the roster (its id)
        out[interview_id] = by_label.get(raw.casefold()) or (raw if raw in roster else
                                                             f"interview:{row.get('number', interview_id)}")
    return out


def _own_items(protocol: Protocol | None) -> frozenset[str]:
    """The items through which the protocol tells the respondent's own roster entry."""
    if protocol is None:
        return frozenset()
    return frozenset(i.id for i in protocol.iter_items() if "respondent" in (i.appearance or ""))


def _mixing(attribute: str, pairs: list[tuple[str, str]], roster: dict[str, dict[str, Any]],
            eligible_of: dict[str, set[str]]) -> Mixing:
    def value(node: str) -> str:
        return str(roster.get(node, {}).get(attribute) or "").strip()

    within = across = 0
    expected: list[float] = []
    for source, target in pairs:
        if source not in roster or target not in roster:
            continue
        mine = value(source)
        same = mine.casefold() not in NO_GROUP and mine == value(target)
        within += same
        across += not same
        pool = eligible_of.get(source, set())
        if pool:
            expected.append(sum(1 for e in pool if mine.casefold() not in NO_GROUP
                                and value(e) == mine) / len(pool))
    total = within + across
    return Mixing(attribute, within, across, within / total if total else None,
                  statistics.fmean(expected) if expected else None)


def network_summary(dataset: Dataset, item_id: str, protocol: Protocol | None = None,
                    respondent_key: str | None = "member_state",
                    permutations: int = 999) -> Network:
    """The network of one name generator; ``respondent_key`` places respondents on the roster
    when the ties table cannot (an interview column matched to roster labels)."""
    rows: list[Row] = [r for r in dataset.ties if r.get("item_id") == item_id]
    people = [r for r in dataset.people if r.get("item_id") == item_id]
    if not rows and not people and not any(item_id in r for r in dataset.interviews):
        raise AnalysisError(f"there is no name generator '{item_id}' in the dataset; "
                            f"name generators present: {', '.join(name_generators(dataset)) or 'none'}")
    roster = _roster(dataset, item_id, protocol)
    who = _respondent_ids(dataset, item_id, roster, respondent_key, _own_items(protocol))
    named_per = Counter(r["interview_id"] for r in people)
    if not people:
        named_per = Counter(r["interview_id"] for r in rows)
    named_counts = tuple(named_per.get(i, 0) for i in who)

    # a tie's source is its respondent's node, else the roster id the row names
    pairs = cast("list[tuple[str, str]]", sorted(
        {(who.get(r["interview_id"], r.get("source")), r["target"]) for r in rows
         if r.get("target") in roster}))
    free = sum(1 for r in rows if r.get("target") not in roster)
    edges = set(pairs)
    named_by = Counter(target for _, target in pairs)
    respondents = set(who.values())
    # Without the protocol the roster is only who was named, so density is then an upper bound.
    # A suspended or unseated delegation could not be a colleague that year.
    unseated = {n for n, attrs in roster.items() if attrs.get("seated") is False}
    eligible_of = {node: set(roster) - unseated - {node} for node in respondents}

    nodes = []
    for node in sorted(set(named_by) | (respondents & set(roster)),
                       key=lambda n: (-named_by.get(n, 0), str(roster[n]["label"]))):
        attrs = roster[node]
        nodes.append(Node(node, str(attrs["label"]), str(attrs.get("organisation") or ""),
                          str(attrs.get("group") or ""), str(attrs.get("alliance") or ""),
                          named_by.get(node, 0), len(respondents - {node}), node in respondents))
    possible = sum(len(eligible_of[n]) for n in respondents)
    graph_nodes = sorted(set(roster) | respondents)
    attributes = {n: {a: str(roster.get(n, {}).get(a) or "") for a in MIXING_ATTRIBUTES}
                  for n in graph_nodes}
    stats = network_stats(committee_graph(graph_nodes, pairs, attributes), who.values(),
                          MIXING_ATTRIBUTES, permutations)
    toward = [(s, t) for s, t in pairs if t in respondents]
    returned = sum(1 for s, t in toward if (t, s) in edges)
    return Network(
        item_id=item_id, label=column_label(dataset, "interviews", item_id),
        respondents=len(who), named_counts=named_counts, ties=len(pairs), free_entries=free,
        nodes=nodes, density=len(pairs) / possible if possible else None,
        reciprocity=returned / len(toward) if toward else None, mutual_pairs=returned // 2,
        mixing=[_mixing(a, pairs, roster, eligible_of) for a in MIXING_ATTRIBUTES],
        edges=pairs, stats=stats, graph_nodes=tuple(graph_nodes),
        respondent_nodes=tuple(who.values()), alter_ties=alter_ties(dataset, protocol, item_id),
        unseated=tuple(sorted(unseated)))


def study_networks(dataset: Dataset, protocol: Protocol | None = None) -> list[Network]:
    """Every name generator's network that has ties, computed on the data as given (compute
    on identified data: anonymised data can no longer place respondents on the roster)."""
    out = []
    for item in name_generators(dataset):
        network = network_summary(dataset, item, protocol)
        if network.ties:
            out.append(network)
    return out


def place_respondents(dataset: Dataset, protocol: Protocol | None = None) -> Dataset:
    """The dataset with each tie's source on the respondent's own roster node where it can be
    told (the ``appearance: respondent`` item, else the member state matched to the roster),
    so that pseudonymising source and target alike keeps the one-mode structure."""
    ties = []
    for item in dict.fromkeys(r["item_id"] for r in dataset.ties):
        roster = _roster(dataset, item, protocol)
        who = _respondent_ids(dataset, item, roster, "member_state", _own_items(protocol))
        ties += [{**r, "source": who.get(r["interview_id"], r["source"])}
                 for r in dataset.ties if r["item_id"] == item]
    return dataclasses.replace(dataset, ties=ties)


def pseudonymised(network: Network, name: Mapping[str, str]) -> Network:
    """The same network with every node id and label replaced by ``name`` (a pseudonym per
    roster id): the figures, computed on identities, are carried over unchanged."""
    def code(node: str) -> str:
        return name.get(node, node)

    nodes = [dataclasses.replace(n, id=code(n.id), label=code(n.id)) for n in network.nodes]
    return dataclasses.replace(
        network, nodes=nodes, edges=[(code(s), code(t)) for s, t in network.edges],
        stats=renamed(network.stats, name) if network.stats else None,
        graph_nodes=tuple(code(n) for n in network.graph_nodes),
        respondent_nodes=tuple(code(n) for n in network.respondent_nodes),
        unseated=tuple(code(n) for n in network.unseated))
