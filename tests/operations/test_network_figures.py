"""Network figures are computed on identities: the identified report, the anonymised report and
the GraphML all give networkx's figures on the planted friendship graph."""

from __future__ import annotations

import sys
from pathlib import Path

import networkx as nx
import pytest

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parents[1] / "reports"))

from pdf_text import pages  # noqa: E402
from planted_network import GRAPH_EDGES, ROSTER, dataset, protocol  # noqa: E402

from fieldkit.analysis.network_stats import NO_GROUP  # noqa: E402
from fieldkit.operations.outputs import (  # noqa: E402
    OutputRequest,
    Study,
    prepare,
    write_export,
    write_report,
)

KEY = b"planted-network-key-0123456789"


def planted() -> nx.DiGraph:
    graph = nx.DiGraph()
    for rid, _state, group, alliance in ROSTER:
        graph.add_node(rid, group=group, alliance=alliance)
    graph.add_edges_from(GRAPH_EDGES)
    return graph


def figures(graph: nx.DiGraph) -> dict[str, object]:
    """What networkx says, with node names left out (pseudonyms rename them)."""
    n = graph.number_of_nodes()
    indeg = [d for _, d in graph.in_degree()]
    undirected = graph.to_undirected()
    tied = graph.subgraph([v for v in graph if graph.degree(v)])
    out: dict[str, object] = {
        "nodes": n, "edges": graph.number_of_edges(),
        "mutual": sum(1 for s, t in graph.edges() if graph.has_edge(t, s)) // 2,
        "centralisation": sum(max(indeg) - d for d in indeg) / (n - 1) ** 2,
        "transitivity": nx.transitivity(undirected),
        "components": nx.number_weakly_connected_components(tied),
        "betweenness": sorted(nx.betweenness_centrality(graph).values()),
        "eigenvector": sorted(nx.eigenvector_centrality(undirected, max_iter=1000).values()),
    }
    for attribute in ("alliance", "group"):
        out[f"assortativity_{attribute}"] = nx.attribute_assortativity_coefficient(graph,
                                                                                   attribute)
        internal = sum(1 for s, t in graph.edges()
                       if graph.nodes[s][attribute].casefold() not in NO_GROUP
                       and graph.nodes[s][attribute] == graph.nodes[t][attribute])
        total = graph.number_of_edges()
        out[f"ei_{attribute}"] = (total - 2 * internal) / total
    return out


def ours(network) -> dict[str, object]:
    s = network.stats
    out: dict[str, object] = {
        "nodes": s.nodes, "edges": s.edges, "mutual": network.mutual_pairs,
        "centralisation": s.in_centralisation, "transitivity": s.transitivity,
        "components": s.components, "betweenness": sorted(s.betweenness.values()),
        "eigenvector": sorted(s.eigenvector.values())}
    for a in s.assortment:
        out[f"assortativity_{a.attribute}"] = a.assortativity
        out[f"ei_{a.attribute}"] = a.ei_index
    return out


def _close(a: dict[str, object], b: dict[str, object]) -> None:
    assert a.keys() == b.keys()
    for k in a:
        assert a[k] == pytest.approx(b[k], abs=1e-6), k


@pytest.fixture(scope="module")
def prepared():
    study = Study(dataset(), protocol(), KEY, {})
    identified = prepare(study, OutputRequest("study", identified=True))
    anonymised = prepare(study, OutputRequest("study", override="a planted test network"))
    return identified, anonymised


def test_identified_figures_equal_networkx_on_the_planted_graph(prepared):
    identified, _ = prepared
    (network,) = identified.networks
    expected = figures(planted())
    _close(ours(network), expected)
    assert expected["mutual"] == 7  # a-b a-c a-d b-c d-e e-f f-g: reciprocated ties exist
    assert network.respondents == 8 and network.stats.isolates == 0
    assert network.stats.out_degree_distribution == [(0, 1), (2, 2), (3, 3), (4, 1), (5, 1)]
    assert network.named_mean == pytest.approx(22 / 8) and min(network.named_counts) == 0
    assert network.density == pytest.approx(22 / (8 * 11))
    assert network.reciprocity == pytest.approx(14 / 18)  # ties to respondents returned


def test_anonymised_figures_equal_the_identified(prepared):
    identified, anonymised = prepared
    (a,), (b,) = identified.networks, anonymised.networks
    _close(ours(b), ours(a))
    assert (b.density, b.reciprocity, b.mutual_pairs) == (a.density, a.reciprocity,
                                                          a.mutual_pairs)
    assert [(m.within, m.across) for m in b.mixing] == [(m.within, m.across) for m in a.mixing]
    assert [x.p_value for x in b.stats.assortment] == [x.p_value for x in a.stats.assortment]
    states = {state for _, state, _, _ in ROSTER}
    assert not states & {n.label for n in b.nodes}  # published under pseudonyms
    assert all(n.id.startswith("P-") for n in b.nodes)


def test_reports_print_the_same_figures(prepared, tmp_path):
    texts = []
    for name, p in zip(("identified", "anonymised"), prepared, strict=True):
        path = write_report(p, tmp_path / f"{name}.pdf")
        text = " ".join(pages(path))
        start = text.index("Structure of the committee network")
        texts.append(text[start:start + 900])
    expected = figures(planted())
    for text in texts:
        assert f"Freeman in-degree centralisation {expected['centralisation']:.3f}" in text
        assert f"Transitivity (ties as undirected) {expected['transitivity']:.3f}" in text
        assert f"{expected['assortativity_group']:.3f} (p =" in text
    # the same figures; only the node names at the top of the rankings differ
    strip = [t.split("Highest betweenness")[0] for t in texts]
    assert strip[0] == strip[1]


def test_graphml_is_the_one_mode_committee_network(prepared, tmp_path):
    _, anonymised = prepared
    write_export(anonymised, tmp_path / "out", ["graphml"])
    graph = nx.read_graphml(tmp_path / "out" / "network.graphml")
    plain = planted()
    assert graph.number_of_nodes() == plain.number_of_nodes()
    assert nx.is_isomorphic(graph, plain)
    _close(structure(graph), structure(plain))
    assert all(n.startswith("P-") for n in graph)
    respondents = [n for n, d in graph.nodes(data=True) if d.get("respondent") == "True"]
    assert len(respondents) == 8


def structure(graph: nx.DiGraph) -> dict[str, object]:
    n = graph.number_of_nodes()
    indeg = [d for _, d in graph.in_degree()]
    undirected = graph.to_undirected()
    return {"edges": graph.number_of_edges(),
            "mutual": sum(1 for s, t in graph.edges() if graph.has_edge(t, s)) // 2,
            "centralisation": sum(max(indeg) - d for d in indeg) / (n - 1) ** 2,
            "transitivity": nx.transitivity(undirected),
            "betweenness": sorted(nx.betweenness_centrality(graph).values()),
            "eigenvector": sorted(nx.eigenvector_centrality(undirected,
                                                            max_iter=1000).values())}
