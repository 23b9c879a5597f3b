"""The sourcing graph: its nodes and edges, the round trip through files, and merging articles."""

from __future__ import annotations

import networkx as nx
import pytest

from quotecheck import graph

ARTICLE = (
    "The Health Ministry said at least 41 people had died since March.\n\n"
    "Its spokeswoman, Carla Mendieta, said crews had sprayed 300 homes.\n\n"
    "The outbreak has spread to a third of the province."
)


@pytest.fixture
def report(analyze):
    return analyze(ARTICLE)


def relations(g: nx.MultiDiGraph) -> set[tuple[str, str, str]]:
    def name(n: str) -> str:
        label = g.nodes[n]["label"]
        return label.removeprefix("The ") if g.nodes[n]["node_type"] == "entity" else label

    return {(name(u), r, name(v)) for u, v, r in g.edges(keys=True)}


def test_speaker_said_statement_that_cites_a_figure_sourced_to_the_speaker(report):
    g = graph.build(report)
    rel = relations(g)
    assert ("Health Ministry", "said", "at least 41 people had died since March") in rel
    assert ("at least 41 people had died since March", "cites", "at least 41") in rel
    assert ("at least 41", "sourced_to", "Health Ministry") in rel


def test_unsourced_figure_is_a_node_with_no_source_edge(report):
    g = graph.build(report)
    (node,) = [n for n, d in g.nodes(data=True) if d.get("text") == "a third"]
    assert g.nodes[node]["unsourced"] is True and g.out_degree(node) == 0


def test_nodes_point_back_into_the_article(report):
    g = graph.build(report)
    for _, data in g.nodes(data=True):
        if data["node_type"] in ("statement", "figure"):
            assert ARTICLE[data["start"] : data["end"]] == data["text"]


def _edges(g: nx.Graph) -> list[tuple]:
    return sorted((u, v, tuple(sorted((k, w) for k, w in d.items() if k != "id"))) for u, v, d in g.edges(data=True))


@pytest.mark.parametrize("fmt, read", [("graphml", lambda p: nx.read_graphml(p, force_multigraph=True)), ("gexf", nx.read_gexf)])
def test_graph_file_round_trips_every_attribute(report, tmp_path, fmt, read):
    g = graph.build(report)
    path = tmp_path / f"g.{fmt}"
    graph.write(g, fmt, str(path))
    again = read(str(path))
    assert dict(again.nodes(data=True)) == dict(g.nodes(data=True))
    assert _edges(again) == _edges(g)  # GEXF adds an edge "id"; nothing else may change


def test_same_party_in_two_articles_is_one_node(analyze):
    first = analyze("The Health Ministry said 41 people had died.")
    second = analyze("On Friday the Health Ministry said that 52 people had died.")
    g = graph.build([first, second])
    ministry = [n for n, d in g.nodes(data=True) if d["node_type"] == "entity" and "ministry" in d["label"].lower()]
    assert len(ministry) == 1
    cited = {g.nodes[v]["text"] for _, v, r in g.out_edges(ministry[0], keys=True) if r == "said"}
    assert len(cited) == 2 and len(g.nodes[ministry[0]]["articles"].split(" | ")) == 2


def test_entity_key_ignores_case_the_and_possessives():
    assert graph.entity_key("The Health Ministry's") == graph.entity_key("health ministry") == "entity-health-ministry"
