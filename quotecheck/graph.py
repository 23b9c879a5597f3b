"""The sourcing graph: who said which statement, which figures a statement cites, whose they are.

Nodes are entities (person, organization, place, group, anonymous, and "unresolved" for a
speaker mention that names nobody known), statements (attributions) and figures. Edges:

    speaker  -said->            statement
    statement -cites->          figure
    figure   -sourced_to->      entity
    person   -affiliated_with-> organization or place
    statement -continues->      statement

Every attribute is a str, int, float or bool (never None), so GraphML and GEXF round-trip
them; offsets point back into the article, which the `article` attribute names. Across
several reports, an entity is one node per normalised name: one graph answers "everything
the Health Ministry is cited for".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Iterable

from .types import Attribution, Entity, Report

if TYPE_CHECKING:
    import networkx as nx

FORMATS = ("graphml", "gexf", "node-link", "dot")


def entity_key(name: str) -> str:
    """The merge key of an entity: its name case-folded, without "the", possessives or punctuation."""
    words = re.findall(r"\w+", name.casefold().replace("’s", "").replace("'s", ""))
    if words and words[0] == "the":
        words = words[1:]
    return "entity-" + "-".join(words)


def _clean(attrs: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in attrs.items() if v is not None}


def build(reports: Report | Iterable[Report]) -> "nx.MultiDiGraph":
    """The sourcing graph of one Report or many (entities merged across them by name)."""
    import networkx as nx

    if isinstance(reports, Report):
        reports = [reports]
    graph = nx.MultiDiGraph()
    for n, report in enumerate(reports, 1):
        _add_report(graph, report, f"d{n}", report.source or f"text {n}")
    return graph


def _add_entity(graph: "nx.MultiDiGraph", entity: Entity, article: str) -> str:
    node = entity_key(entity.name)
    if node not in graph:
        graph.add_node(node, node_type="entity", label=entity.name, entity_type=entity.type, full_name=entity.name, aliases="", articles="")
    data = graph.nodes[node]
    aliases = [a for a in data["aliases"].split(" | ") if a]
    for alias in [entity.name, *entity.aliases]:
        if alias not in aliases and alias != data["full_name"]:
            aliases.append(alias)
    data["aliases"] = " | ".join(aliases)
    articles = [a for a in data["articles"].split(" | ") if a]
    if article not in articles:
        articles.append(article)
    data["articles"] = " | ".join(articles)
    return node


def _add_report(graph: "nx.MultiDiGraph", report: Report, doc: str, article: str) -> None:
    nodes = {e.id: _add_entity(graph, e, article) for e in report.entities}
    for e in report.entities:
        if e.affiliation and e.affiliation in nodes:
            _add_edge(graph, nodes[e.id], nodes[e.affiliation], "affiliated_with", article=article)
    for a in report.attributions:
        statement = f"{doc}-{a.id}"
        graph.add_node(statement, **_statement_attrs(a, article))
        speaker = _speaker_node(graph, report, a, doc, nodes, article)
        if speaker is not None:
            mention = a.speaker.mention if a.speaker else None
            _add_edge(
                graph,
                speaker,
                statement,
                "said",
                article=article,
                cue=a.cue.text if a.cue else "",
                mention=mention.text if mention else "",
                mention_start=mention.start if mention else -1,
                mention_end=mention.end if mention else -1,
            )
        if a.continues:
            _add_edge(graph, statement, f"{doc}-{a.continues}", "continues", article=article)
    for f in report.figures:
        figure = f"{doc}-{f.id}"
        graph.add_node(
            figure,
            **_clean(
                dict(
                    node_type="figure",
                    label=f.text,
                    text=f.text,
                    article=article,
                    start=f.start,
                    end=f.end,
                    unsourced=f.unsourced,
                    via=f.via or "",
                )
            ),
        )
        if f.attribution:
            _add_edge(graph, f"{doc}-{f.attribution}", figure, "cites", article=article)
        if f.source and f.source in nodes:
            _add_edge(graph, figure, nodes[f.source], "sourced_to", article=article, via=f.via or "")


def _statement_attrs(a: Attribution, article: str) -> dict[str, Any]:
    return dict(
        node_type="statement",
        label=a.content_text if len(a.content_text) <= 60 else a.content_text[:59] + "…",
        text=a.content_text,
        article=article,
        attribution=a.id,
        quote_kind=a.kind,
        start=a.start,
        end=a.end,
        spans=";".join(f"{s}-{e}" for s, e in a.spans),
        cue=a.cue.text if a.cue else "",
        cue_start=a.cue.start if a.cue else -1,
        cue_end=a.cue.end if a.cue else -1,
        verb=a.verb or "",
    )


def _speaker_node(graph: "nx.MultiDiGraph", report: Report, a: Attribution, doc: str, nodes: dict[str, str], article: str) -> str | None:
    """The entity node that said `a`; an "unresolved" node for a mention naming nobody known."""
    if a.speaker is None:
        return None
    if a.speaker.entity in nodes:
        return nodes[a.speaker.entity]
    mention = a.speaker.mention
    if mention is None:
        return None
    node = f"{doc}-unresolved-{a.id}"
    graph.add_node(node, node_type="entity", label=mention.text, entity_type="unresolved", full_name=mention.text, aliases="", articles=article)
    return node


def _add_edge(graph: "nx.MultiDiGraph", u: str, v: str, relation: str, **attrs: Any) -> None:
    graph.add_edge(u, v, key=relation, relation=relation, **_clean(attrs))


def write(graph: "nx.MultiDiGraph", fmt: str, path: str) -> None:
    """Write `graph` in one of FORMATS with networkx's own writers (DOT through pydot)."""
    import json

    import networkx as nx

    if fmt == "graphml":
        nx.write_graphml(graph, path)
    elif fmt == "gexf":
        nx.write_gexf(graph, path)
    elif fmt == "node-link":
        data = nx.node_link_data(graph, edges="edges")
        with open(path, "w", encoding="utf-8") as out:
            json.dump(data, out, ensure_ascii=False, indent=1, sort_keys=True)
            out.write("\n")
    elif fmt == "dot":
        nx.nx_pydot.write_dot(graph, path)  # networkx quotes ids and values for DOT
    else:
        raise ValueError(f"unknown graph format {fmt!r}")
