"""The figures network researchers report, computed with networkx on the one-mode committee graph.

The graph has one node per roster entry (and per respondent who could not be placed on the
roster), and a directed edge from each respondent's own node to each entry they named: the
respondent sits on their own roster node, so a tie returned is a reciprocated edge.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import networkx as nx
import numpy as np

#: Attribute values that mean "in no alliance / no group": two such ends are not "within".
NO_GROUP = frozenset({"", "none", "no", "n/a", "-"})
PERMUTATIONS = 999
SEED = 20090301  # a fixed seed: the same data always give the same p


@dataclass(frozen=True)
class Assortment:
    """Do ties stay within an attribute? Krackhardt's E-I index and Newman's assortativity,
    with a permutation p for the assortativity (attribute values shuffled over the nodes)."""

    attribute: str
    internal: int
    external: int
    ei_index: float | None  # (external - internal) / (external + internal); -1 all within
    assortativity: float | None  # networkx attribute_assortativity_coefficient
    p_value: float | None  # two-sided, share of permutations at least as far from 0
    permutations: int = PERMUTATIONS


@dataclass(frozen=True)
class NetworkStats:
    nodes: int  # roster entries (and unplaced respondents): the graph's order
    edges: int
    out_degrees: tuple[int, ...]  # ties to roster entries, one per respondent
    in_centralisation: float | None  # Freeman, in-degree, on the directed graph
    betweenness: dict[str, float] = field(default_factory=dict)  # directed, normalised
    eigenvector: dict[str, float] = field(default_factory=dict)  # ties taken as undirected
    transitivity: float | None = None  # share of closed triads, ties taken as undirected
    components: int = 0  # weakly connected components among nodes with a tie
    largest_component: int = 0
    isolates: int = 0  # roster entries with no tie at all
    assortment: tuple[Assortment, ...] = ()

    @property
    def out_degree_distribution(self) -> list[tuple[int, int]]:
        """(ties sent, respondents who sent that many), fewest first."""
        return sorted(Counter(self.out_degrees).items())


def committee_graph(nodes: Iterable[str], edges: Iterable[tuple[str, str]],
                    attributes: Mapping[str, Mapping[str, str]]) -> nx.DiGraph[str]:
    """The directed one-mode graph; every node carries every attribute ('' when unknown)."""
    graph: nx.DiGraph[str] = nx.DiGraph()
    names = sorted({a for attrs in attributes.values() for a in attrs})
    for node in nodes:
        attrs = attributes.get(node, {})
        graph.add_node(node, **{a: str(attrs.get(a) or "") for a in names})
    graph.add_edges_from(edges)
    return graph


def _number(value: float) -> float | None:
    return None if value is None or math.isnan(value) else float(value)


def in_centralisation(graph: nx.DiGraph[str]) -> float | None:
    """Freeman's in-degree centralisation: sum of (max - each) over its maximum, (n - 1)^2."""
    n = graph.number_of_nodes()
    if n < 2:
        return None
    degrees = [d for _, d in graph.in_degree()]
    top = max(degrees)
    return sum(top - d for d in degrees) / (n - 1) ** 2


def _ei(graph: nx.DiGraph[str], attribute: str) -> tuple[int, int]:
    internal = external = 0
    for source, target in graph.edges():
        mine = graph.nodes[source].get(attribute, "")
        same = mine.casefold() not in NO_GROUP and mine == graph.nodes[target].get(attribute, "")
        internal += same
        external += not same
    return internal, external


def _assortativity(graph: nx.DiGraph[str], attribute: str) -> float | None:
    if graph.number_of_edges() == 0:
        return None
    values = {graph.nodes[u][attribute] for e in graph.edges() for u in e}
    if len(values) < 2:
        return None
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        return _number(nx.attribute_assortativity_coefficient(graph, attribute))


def assortment(graph: nx.DiGraph[str], attribute: str,
               permutations: int = PERMUTATIONS) -> Assortment:
    internal, external = _ei(graph, attribute)
    total = internal + external
    observed = _assortativity(graph, attribute)
    p = None
    if observed is not None and permutations:
        rng = np.random.default_rng(SEED)
        nodes = sorted(graph.nodes())
        values = [graph.nodes[n][attribute] for n in nodes]
        shuffled = graph.copy()
        extreme = 0
        for _ in range(permutations):
            for node, value in zip(nodes, rng.permutation(values), strict=True):
                shuffled.nodes[node][attribute] = str(value)
            r = _assortativity(shuffled, attribute)
            extreme += r is not None and abs(r) >= abs(observed) - 1e-12
        p = (extreme + 1) / (permutations + 1)
    return Assortment(attribute, internal, external,
                      (external - internal) / total if total else None, observed, p,
                      permutations)


def network_stats(graph: nx.DiGraph[str], respondents: Iterable[str],
                  attributes: Iterable[str] = ("alliance", "group"),
                  permutations: int = PERMUTATIONS) -> NetworkStats:
    """Every figure of one committee graph (``respondents``: the nodes that were asked)."""
    tied = [n for n in graph.nodes() if graph.degree(n)]
    weak = list(nx.weakly_connected_components(graph.subgraph(tied)))
    undirected = graph.to_undirected()
    try:
        eigen = nx.eigenvector_centrality(undirected, max_iter=1000) if graph.number_of_edges() \
            else {}
    except nx.PowerIterationFailedConvergence:
        eigen = {}
    return NetworkStats(
        nodes=graph.number_of_nodes(), edges=graph.number_of_edges(),
        out_degrees=tuple(graph.out_degree(r) for r in respondents if r in graph),
        in_centralisation=in_centralisation(graph),
        betweenness=dict(nx.betweenness_centrality(graph)) if graph.number_of_nodes() else {},
        eigenvector=dict(eigen),
        transitivity=_number(nx.transitivity(undirected)) if graph.number_of_edges() else None,
        components=len(weak), largest_component=max((len(c) for c in weak), default=0),
        isolates=graph.number_of_nodes() - len(tied),
        assortment=tuple(assortment(graph, a, permutations) for a in attributes))


def renamed(stats: NetworkStats, name: Mapping[str, str]) -> NetworkStats:
    """The same figures with node ids replaced (pseudonyms): structure is untouched."""
    import dataclasses

    return dataclasses.replace(
        stats, betweenness={name.get(k, k): v for k, v in stats.betweenness.items()},
        eigenvector={name.get(k, k): v for k, v in stats.eigenvector.items()})
