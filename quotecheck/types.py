"""The data types every stage passes on: offsets, attributions, entities, figures, findings, reports.

All offsets are character (code point) offsets into the decoded input text, end-exclusive.
`Report.to_dict()` gives the JSON contract of ../shared/CONTRACT.md (a superset of it).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

KINDS = ("direct", "indirect", "mixed")
ENTITY_TYPES = ("person", "organization", "place", "group", "anonymous")
SEVERITIES = ("suggestion", "warning", "error")


@dataclass(frozen=True, order=True)
class Span:
    """A stretch of the input text."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass
class Speaker:
    """Who an attribution names: the mention at that place and the entity it resolves to.

    `mention` is None for a quote that continues the previous speaker without naming them;
    `entity` is None when the mention cannot be resolved (never a guess).
    """

    mention: Span | None
    entity: str | None = None
    form: str = "name"  # name, surname, title, pronoun, description, anonymous, group, continued

    def to_dict(self) -> dict[str, Any]:
        return {
            "mention": self.mention.to_dict() if self.mention else None,
            "entity": self.entity,
            "form": self.form,
        }


class Fragments:
    """Something whose content is a list of (start, end) fragments: its extent runs first to last."""

    spans: list[tuple[int, int]]

    @property
    def start(self) -> int:
        return self.spans[0][0]

    @property
    def end(self) -> int:
        return self.spans[-1][1]


@dataclass
class Attribution(Fragments):
    """One piece of content attributed to a speaker through a cue."""

    id: str
    kind: str
    spans: list[tuple[int, int]]
    content_text: str
    cue: Span | None
    speaker: Speaker | None
    figures: list[str] = field(default_factory=list)
    verb: str | None = None  # lemma of the cue, for loaded-verb checks and the "verbs" column
    continues: str | None = None  # id of the attribution this one continues
    unnamed: str | None = None  # with no speaker, why: "hedge" ("reportedly"), "passive" ("is said to"), "noun" ("the charge that"); None when a speaker was expected

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "content": {
                "start": self.start,
                "end": self.end,
                "text": self.content_text,
                "spans": [list(s) for s in self.spans],
            },
            "cue": self.cue.to_dict() if self.cue else None,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "figures": list(self.figures),
            "verb": self.verb,
            "continues": self.continues,
            "unnamed": self.unnamed,
        }


@dataclass
class Entity:
    """A party that speaks or is cited: a person, body, place, group or anonymous source."""

    id: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    affiliation: str | None = None
    titles: list[str] = field(default_factory=list)
    document: bool = False  # a document the text names no author for ("court records"); type anonymous

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "aliases": list(self.aliases),
            "affiliation": self.affiliation,
            "titles": list(self.titles),
            "document": self.document,
        }


@dataclass
class Figure:
    """A quantity stated as a checkable claim, and the entity it is sourced to (None: unsourced)."""

    id: str
    start: int
    end: int
    text: str
    source: str | None = None
    attribution: str | None = None  # id of the attribution whose content holds it
    via: str | None = None  # how the source was found: content, document, speaker, poll, data-owner, previous-sentence, unattributed-quote
    sentence: tuple[int, int] | None = None  # extent of the sentence it stands in
    near: str | None = None  # unsourced, but this entity speaks in its sentence or the one before

    @property
    def unsourced(self) -> bool:
        """No party stands behind it: the paper's own voice, or a quote nobody is named for.

        A figure in the content of a speaker who cannot be resolved ("he said") has a
        source, just not a known one: `source` is None but it is not unsourced.
        """
        return self.source is None and self.via in (None, "unattributed-quote")

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "source": self.source,
            "attribution": self.attribution,
            "via": self.via,
            "sentence": list(self.sentence) if self.sentence else None,
            "near": self.near,
        }


@dataclass(frozen=True)
class Rule:
    """A finding rule as data (data/rules/<id>.toml): which coded kind it runs, how loud it is."""

    id: str
    kind: str
    severity: str
    message: str
    description: str = ""
    list: str | None = None  # a word-list file of data/ that the kind reads
    example: str = ""  # a text the rule must fire on (a test proves it)
    example_source: str = ""  # for `verify` rules: the source the example is checked against
    enabled: bool = True  # False: off unless a config enables it


@dataclass
class Finding:
    """A problem an editor should see, at a place in the text."""

    rule: str
    severity: str
    start: int
    end: int
    message: str
    line: int = 0
    column: int = 0
    end_line: int = 0
    end_column: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "severity": self.severity,
            "start": self.start,
            "end": self.end,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "message": self.message,
        }


@dataclass
class Report:
    """Everything quotecheck knows about one article. Renderers and checkers consume only this."""

    text: str
    attributions: list[Attribution] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    excluded: list[tuple[int, int]] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)  # for rules that read sentences
    source: str | None = None
    model: str | None = None
    include_text: bool = False

    def entity(self, entity_id: str | None) -> Entity | None:
        """The entity with this id, or None (through an index rebuilt when the list changes)."""
        if entity_id is None:
            return None
        index = self.__dict__.get("_entity_index")
        if index is None or len(index) != len(self.entities):
            index = self.__dict__["_entity_index"] = {e.id: e for e in self.entities}
        found = index.get(entity_id)
        if found is None or found.id != entity_id:  # ids edited in place: look again
            index = self.__dict__["_entity_index"] = {e.id: e for e in self.entities}
            found = index.get(entity_id)
        return found

    def to_dict(self) -> dict[str, Any]:
        from . import __version__

        out: dict[str, Any] = {
            "source": self.source,
            "tool": {"name": "quotecheck", "version": __version__, "model": self.model},
            "attributions": [a.to_dict() for a in self.attributions],
            "entities": [e.to_dict() for e in self.entities],
            "figures": [f.to_dict() for f in self.figures],
            "findings": [f.to_dict() for f in self.findings],
            "excluded": [list(r) for r in self.excluded],
        }
        if self.include_text:
            out["text"] = self.text
        return out


def report_state(report: Report) -> dict[str, Any]:
    """A Report as plain lists and dicts (msgpack can carry it between spaCy's processes)."""
    from dataclasses import asdict

    state = asdict(report)
    state.pop("include_text", None)
    return state


def report_from_state(state: dict[str, Any]) -> Report:
    """The Report that `report_state` flattened."""

    def span(d: dict[str, Any] | None) -> Span | None:
        return Span(d["start"], d["end"], d["text"]) if d else None

    def pairs(items: Any) -> list[tuple[int, int]]:
        return [(int(a), int(b)) for a, b in items]

    attributions = [
        Attribution(
            id=a["id"],
            kind=a["kind"],
            spans=pairs(a["spans"]),
            content_text=a["content_text"],
            cue=span(a["cue"]),
            speaker=Speaker(span(a["speaker"]["mention"]), a["speaker"]["entity"], a["speaker"]["form"]) if a["speaker"] else None,
            figures=list(a["figures"]),
            verb=a["verb"],
            continues=a["continues"],
            unnamed=a.get("unnamed"),
        )
        for a in state["attributions"]
    ]
    figures = [Figure(**{**f, "sentence": tuple(f["sentence"]) if f["sentence"] else None}) for f in state["figures"]]
    return Report(
        text=state["text"],
        attributions=attributions,
        entities=[Entity(**e) for e in state["entities"]],
        figures=figures,
        findings=[Finding(**f) for f in state["findings"]],
        excluded=pairs(state["excluded"]),
        sentences=pairs(state["sentences"]),
        source=state["source"],
        model=state["model"],
    )
