"""Attributions from a parsed Doc: reported speech, direct and partial quotes, and their cues.

The parse proposes cue words (verbs and nouns of data/cue_*.txt, "according to", a colon
before a quotation) with their subject and complement; the quotation marks found by `marks`
then widen each content to whole quotations, split it around an inner cue ("…," she said,
"…"), and pick up quotations no cue reached (a colon cue, a continued quote, an
unattributed one). The result is a list of `Found` records for `speakers` to resolve.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from typing import TYPE_CHECKING, Callable, Iterable, Sequence

from .lexicon import Lexicon, read_list, lexicon
from .marks import QuoteRegion, iter_top_level, paragraphs
from .types import Fragments

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
# spaces a web page may put between words: the no-break space of pasted copy among them
_SPACE = " \t\xa0\u2009\u202f"
_STRIP = _SPACE + "\r\n,;:—–-"
_CLOSING_MARKS = _SPACE + ".,!?\"”’'"
_NO_CONTENT_OBJECTS = frozenset({"tell", "ask", "inform", "notify", "remind", "assure", "reassure", "brief", "advise", "convince", "persuade", "credit", "accuse", "call"})
# of those, the ones whose object is the listener ("told the court"), bar the things told
_TELLING_VERBS = frozenset({"tell", "inform", "notify", "remind", "assure", "reassure", "brief", "advise"})
_TOLD_IN_THE_PASSIVE = _TELLING_VERBS | {"ask", "warn", "urge", "order"}  # "was summoned and told that …": the listener is the subject
_TOLD_THINGS = frozenset({"joke", "story", "tale", "lie", "truth", "anecdote"})
_NAMING_VERBS = frozenset({"call", "describe", "label", "brand", "dub", "term", "characterize", "characterise", "portray", "deem", "name"})
# of those, the ones that only give a name: with a plain object and no name they say nothing
_NAME_GIVING_VERBS = frozenset({"call", "name", "dub", "term", "label", "brand"})
# verbs that give a work its title ("a report titled “…”")
_TITLING_VERBS = frozenset({"title", "entitle", "headline"})
_RELATIVE = frozenset({"who", "which", "that", "whom"})
_QUESTION_WORDS = frozenset({"when", "whether", "how", "why", "where", "what", "who", "if"})
# verbs whose complement may be an open question ("did not say when", "asked whether"); after
# others a "when" clause says when ("did not complain when prices rose")
_ASKING_VERBS = frozenset({"say", "tell", "explain", "know", "decide", "ask", "wonder", "question", "reveal", "disclose", "specify", "indicate", "confirm", "clarify", "predict", "determine", "detail", "announce", "answer"})
# "is expected to …" is left out: with nobody named, it is the paper's own forecast
_PASSIVE_SPEAKERLESS = frozenset({"believe", "report", "say", "think", "know", "understand", "estimate", "project", "rumor", "rumour", "suppose", "fear", "consider", "allege", "tell", "ask"})
# "is widely expected to …", "is generally seen as …": without the adverb, "the panel is expected to
# rule next month" is the paper's own forecast of a schedule
_CONSENSUS_VERBS = frozenset({"expect", "see", "regard", "view", "predict", "anticipate", "acknowledge", "accept", "recognize", "recognise"})
_CONSENSUS_ADVERBS = frozenset({"widely", "generally", "broadly", "commonly", "universally"})
_OBJECT_VERBS_NEED_THAT = frozenset({"say", "add", "write", "note", "tell", "explain", "insist", "state", "declare", "remark", "reply", "respond", "answer", "recall", "think", "know", "feel", "learn", "understand", "realize", "realise", "hope", "believe", "fear", "worry", "guess", "assume", "agree", "wonder", "joke", "quip", "sigh", "argue", "claim", "suggest"})


@dataclass
class Found(Fragments):
    """An attribution as the parse finds it, before speakers are resolved."""

    spans: list[tuple[int, int]]
    cue: tuple[int, int] | None
    speaker: tuple[int, int] | None
    speaker_token: int | None  # index of the speaker's head token in the Doc
    verb: str | None
    how: str  # which rule found it: verb, according, hedge, survey, noun, colon, continued, unattributed, quote, nested, turn
    continues: int | None = None  # index into the list of the attribution continued
    regions: list[QuoteRegion] = field(default_factory=list)
    unnamed: str | None = None  # why the copy names no speaker: hedge, passive, noun (None: not by design)
    relative: tuple[int, int] | None = None  # "who" in "Holt, who told reporters …": the cue's own subject


class Context:
    """What every rule needs: the doc, the text, quotations, excluded regions, paragraphs."""

    def __init__(self, doc: "Doc", regions: list[QuoteRegion], excluded: list[tuple[int, int]], lex: Lexicon):
        self.doc = doc
        self.text = doc.text
        self.lex = lex
        self.excluded = sorted(excluded)
        self.top = [r for r in iter_top_level(regions) if r.style == "double" or r.inner_end - r.inner_start > 0]
        self.top_starts = [r.start for r in self.top]
        self.nested = [r for r in regions if r.depth > 0]  # a quotation inside a quotation
        self.paragraphs = paragraphs(self.text)
        self.para_starts = [s for s, _ in self.paragraphs]

    def in_excluded(self, offset: int) -> bool:
        i = bisect.bisect_right(self.excluded, (offset, len(self.text) + 1)) - 1
        return i >= 0 and self.excluded[i][0] <= offset < self.excluded[i][1]

    def quotation_at(self, offset: int) -> QuoteRegion | None:
        """The top-level quotation whose marks enclose `offset`, if any.

        Top-level quotations do not overlap (a single quotation nested in a single one is the
        rare exception, hence the second look), so the last one starting at or before
        `offset` is the only candidate.
        """
        i = bisect.bisect_right(self.top_starts, offset) - 1
        for r in self.top[max(i - 1, 0) : i + 1][::-1] if i >= 0 else ():
            if r.start <= offset < r.end:
                return r
        return None

    def inside_quotation(self, token: "Token") -> bool:
        r = self.quotation_at(token.idx)
        return r is not None and r.inner_start <= token.idx < r.inner_end

    def paragraph_of(self, offset: int) -> tuple[int, int]:
        i = max(bisect.bisect_right(self.para_starts, offset) - 1, 0)
        return self.paragraphs[i] if self.paragraphs else (0, len(self.text))


# ---------------------------------------------------------------- spans and trimming


def _token_span(tokens: Iterable["Token"]) -> tuple[int, int] | None:
    toks = [t for t in tokens if not t.is_space]
    if not toks:
        return None
    return min(t.idx for t in toks), max(t.idx + len(t.text) for t in toks)


def _subtree_span(token: "Token", skip: Iterable["Token"] = ()) -> tuple[int, int] | None:
    skipped = set()
    for s in skip:
        skipped.update(t.i for t in s.subtree)
    return _token_span(t for t in token.subtree if t.i not in skipped)


# "that he held no bitterness but wanted to know why …": a wish with no subject of its own
# goes on with the clause
_WANTING = frozenset({"want", "hope", "wish", "expect", "plan", "intend"})
# verbs of a state of mind: joined to a reported clause ("said she was elated but still feared
# the council"), one goes on describing the subject the report is about, where a speech act
# ("… and vowed to appeal") is the speaker's next act
_STATES_OF_MIND = _WANTING | {"fear", "understand", "worry", "believe", "think", "know", "feel", "doubt", "accept", "realize", "realise", "regret", "appreciate", "like", "love", "hate", "prefer", "support", "oppose", "favor", "favour", "trust", "respect"}


def _complement_span(ctx: "Context", root: "Token") -> tuple[int, int] | None:
    """The subtree of a complement, cut before a second cue that shares the subject.

    "said the plan was dead, adding that …" / "admitted that he took it but insisted that …":
    the participle or conjoined cue starts an attribution of its own, so it is not content.
    """
    doc = root.doc
    subject = _subject(root) if _is_cue_verb(root, ctx.lex) else None
    before = next((c for c in root.children if c.dep_ == "ccomp" and subject is not None and c.i < subject.i), None)
    if before is not None and ";" in ctx.text[before.right_edge.idx : subject.left_edge.idx]:
        # "said the bill was a “giveaway”; Democrats called it overdue": the parser made the next
        # speaker's cue the complement, and what was said is the clause before the semicolon
        return _complement_span(ctx, before)
    cut = _second_cue(ctx, root)
    after = root.right_edge.i + 1
    if after < len(doc) and _is_cue_verb(doc[after], ctx.lex) and (second := _conjoined_subject(doc[after])) is not None and root.i < second.i:
        # "… ignores tenants and one in three said …": the next speaker ends this content
        cut = second.left_edge.i - 1 if cut is None else min(cut, second.left_edge.i - 1)
    # "said Tuesday — in her first comments since the vote — that she would not resign": a
    # clause opens at its "that"; what the parser hung on it before that is the cue's
    that = next((c for c in root.children if c.dep_ == "mark" and c.lower_ == "that" and c.i > root.left_edge.i), None)
    first = that.i if that is not None else -1
    span = _token_span(t for t in root.subtree if t.i >= first and (cut is None or t.i < cut))
    if span is None:
        return None
    lead = next((c for c in root.head.children if c.lower_ == "that" and c.tag_ == "IN" and c.dep_ != "mark" and root.head.i < c.i < root.left_edge.i <= c.right_edge.i + 2), None) if root.dep_ == "ccomp" and that is None else None
    if lead is not None and any(t.dep_ == "prep" for t in lead.children):
        # "told the Wire that of roughly a dozen reviews he supervised, only one led to …": the
        # parser hung the opening "that of …" on the cue; the clause opens at "that"
        span = (lead.idx, span[1])
    return _without_dangling_conjunction(ctx, span)


def _of_purpose(that: "Token") -> bool:
    """"so that they could prepare", "now that …": "that" ending a connective opens a reason or
    a purpose, not what was said."""
    return that.i > 0 and that.doc[that.i - 1].lower_ in ("so", "such", "now", "given", "except", "in")


def _shares_the_auxiliary(verb: "Token", joined: "Token") -> bool:
    """"does not confirm or deny", "would review and publish": a bare verb joined to another
    under the same auxiliary (and none of its own) is more of that verb's predicate."""
    return any(c.dep_ == "aux" and c.i < verb.i for c in verb.children) and not any(c.dep_ in ("aux", "nsubj") for c in joined.children)


def _second_cue(ctx: "Context", root: "Token", deps: tuple[str, ...] = ("advcl", "conj")) -> int | None:
    """Where a second cue sharing the subject starts inside a complement's subtree (its first
    token), or None."""
    cut = None
    for t in root.subtree:
        if t.i > root.i and t.dep_ == "acl" and t.tag_ == "VBD" and t.doc[t.i - 1].text == "," and _is_cue_verb(t, ctx.lex):
            # "The coalition, which says it has 240 members, accused …": the sentence's own verb,
            # which the parser hung on the last noun of the clause set off before it
            cut = t.left_edge.i if cut is None else min(cut, t.left_edge.i)
            continue
        if t.i <= root.i or t.dep_ not in deps:
            continue
        if t.dep_ == "advcl" and _is_to_infinitive(t):
            continue  # "came to the hearing to back the nurses": a purpose, not a second cue
        subject = _subject(t)
        if t.dep_ == "conj" and subject is None and _joined_inside(t, root):
            continue  # "hoped that the two sides could come together and find a way": the nested clause's subject finds it
        if t.dep_ == "conj" and t.head.i == root.i and subject is None and _tense_breaks(root, t) and _is_cue_verb(t, ctx.lex):
            # "said he would order a review and warned against …": a past verb joined to a
            # reported "would" is the speaker's next act, not more of the report
            cut = t.left_edge.i if cut is None else min(cut, t.left_edge.i)
            continue
        if t.dep_ == "conj" and t.head.i == root.i and subject is None and t.lemma_.lower() in _STATES_OF_MIND and any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in root.children if c.i < t.i):
            continue  # "said she could not back the levy but understood why people did": still what she said
        if t.dep_ == "conj" and t.head.i == root.i and subject is None and _same_backshift(root, t):
            continue  # "had made “a serious case” but had not shown why …": the report's own subject goes on
        if t.dep_ == "conj" and subject is None and t.tag_ in ("VBZ", "VBP") and root.head.tag_ == "VBD" and root.dep_ == "ccomp":
            continue  # "said the group is not a lobby and supports candidates of both parties": a present verb is not the past narrative's next act
        if t.dep_ == "conj" and t.head.i == root.i and subject is None and _modal_goes_on(root, t):
            continue  # "said it would hold a hearing and could order the line shut": what it may do, still said
        if t.dep_ == "conj" and t.head.i == root.i and subject is None and _past_in_a_present_report(root, t):
            continue  # "Police say he posed a threat and refused to drop the gun": the past goes on with the report
        if t.dep_ == "conj" and t.head.i == root.i and subject is None and t.tag_ == "VB" and root.tag_ == "VB" and _shares_the_auxiliary(root, t):
            continue  # "said it does not confirm or deny the existence of …": one predicate under one auxiliary
        own_speaker = subject is not None and subject.pos_ != "PRON" and t.dep_ == "conj" and any(c.dep_ == "ccomp" for c in t.children)
        # (a report of another speaker joined by "as" ends it too: "…, as lawmakers accused the
        # agency of …", not "as if he wanted …" nor "as they sought answers")
        also = any(c.dep_ == "mark" and c.lower_ == "as" for c in t.children) and not any(c.lower_ in ("if", "though") and c.i == t.left_edge.i + 1 for c in t.children) and t.lemma_.lower() not in _WANTING | {"seek"}
        if subject is not None and not own_speaker and not also and not any(c.dep_ == "mark" and c.lower_ in ("though", "although", "whereas", "while") for c in t.children):
            continue
        if t.dep_ == "conj" and t.tag_ == "VB" and t.head.tag_ in ("VBD", "VBZ", "VBN") and not any(c.dep_ == "ccomp" and _opens_with_that(c) for c in t.children):
            continue  # "deleted a Marlow email archive": a noun the parser took for a bare verb (not "and warn that …")
        if _holds_views(t.lemma_.lower()) and t.tag_ == "VBG":
            continue  # "that she deleted the emails, deeming them personal": her view goes on with the clause
        if t.dep_ == "advcl" and t.tag_ == "VBG" and subject is None and t.left_edge.i > 0 and _runs_on(t.doc[t.left_edge.i - 1]):
            continue  # "that she had written to Hartigan in October asking why …": the letter's errand, not a second report
        if root.head.lemma_.lower() in _FINDING_VERBS and _counts_a_choice(t, subject):
            continue  # "found that 58 percent oppose the charge, while 34 percent support it": one finding
        # (not a passive joined on: "the ambassador was summoned and told that …" was told it)
        passive = _is_passive(t) or (t.dep_ == "conj" and subject is None and t.lemma_.lower() in _TOLD_IN_THE_PASSIVE and t.tag_ in ("VBN", "VBD") and _is_passive(t.head) and not any(c.dep_ == "aux" for c in t.children))
        lemma = _is_cue_verb(t, ctx.lex)
        # ("… and called for a full inquiry": a cue with its particle reports through the preposition)
        if lemma and not passive and not (subject is None and t.lemma_.lower() in _WANTING) and (any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in t.children) or (" " in lemma and t.dep_ == "conj" and subject is None and t.tag_ == "VBD")):
            cut = t.left_edge.i if cut is None else min(cut, t.left_edge.i)
    return cut


def _joined_inside(verb: "Token", root: "Token") -> bool:
    """Whether a subjectless bare verb goes on a clause nested in the complement that has its
    own subject, so it shares that subject and not the cue's."""
    head = verb.head
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    # (only a bare verb after a bare verb: a past verb there is as often the speaker's next act,
    # which the parser hung on the nested clause)
    return head.i != root.i and verb.tag_ == "VB" and head.tag_ == "VB" and head.dep_ in ("ccomp", "advcl", "relcl") and _subject(head) is not None


def _runs_on(word: "Token") -> bool:
    """Whether a participle after `word` runs on from it with nothing setting it off: a word,
    not a comma, a colon, a closing mark or a conjunction ("in October asking why …")."""
    return (word.is_alpha or word.like_num) and word.lower_ not in ("and", "or", "but", "then")


def _tense_breaks(root: "Token", joined: "Token") -> bool:
    """Whether a verb joined to a reported clause's modal verb ("would order") is in the
    narrative's past ("… and warned"), which the modal does not reach (a present "… and is
    committed" may go on with the report; a backshifted "would raise $4 million and was the
    only source" does, so only a cue verb breaks it)."""
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in root.children)
    return modal and root.tag_ == "VB" and joined.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in joined.children)


def _modal_goes_on(root: "Token", joined: "Token") -> bool:
    """Whether a verb joined to a reported clause's modal verb has a modal of its own and no
    negation ("would hold a hearing and could order …"): more of the report ("confirmed he
    would attend but would not offer details" is the speaker declining)."""
    def modal(verb: "Token") -> bool:
        return any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)

    return modal(root) and modal(joined) and not any(c.dep_ == "neg" for c in joined.children)


def _past_in_a_present_report(root: "Token", joined: "Token") -> bool:
    """Whether a past verb joined to a past reported clause is under a present cue ("Police say
    he posed a threat and refused to drop the gun"): the cue's speaker is not the one who
    refused, the clause's subject is, and it is more of what is said."""
    return root.dep_ == "ccomp" and root.head.tag_ in ("VBZ", "VBP") and root.tag_ == "VBD" and joined.tag_ == "VBD"


def _same_backshift(root: "Token", joined: "Token") -> bool:
    """Whether a verb joined to a reported clause's pluperfect takes "had" again ("had made …
    but had not shown"): the tense of reported speech, so more of the report rather than the
    speaker's next act (not "would": "confirmed he would attend but would not offer details"
    is the speaker declining)."""
    return any(c.dep_ == "aux" and c.lower_ == "had" for c in joined.children) and any(c.dep_ == "aux" and c.lower_ == "had" for c in root.children)


# what a poll or a study does with its results ("the poll found that …")
_FINDING_VERBS = frozenset({"find", "show", "suggest", "indicate", "reveal"})


def _counts_a_choice(verb: "Token", subject: "Token | None") -> bool:
    """"34 percent support it": a share of people and the thing they chose, no report of its own."""
    if subject is None or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return False
    return subject.lower_ in ("percent", "%") or subject.like_num


def _without_dangling_conjunction(ctx: "Context", span: tuple[int, int]) -> tuple[int, int]:
    """Drop an "and"/"but" left at the end where a content was cut (or one the parser hung on
    the clause's verb), then trim."""
    start, end = span
    words = ctx.text[start:end].rstrip(" ,;—–-").rsplit(" ", 1)
    if len(words) == 2 and words[1].lower() in ("and", "but", "while", "before", "then"):
        end = start + len(words[0])
    return trim(ctx.text, start, end)


# an initialism's last letter and stop ("F.A.A.", "U.S."): one full stop ends both it and the sentence
_ABBREVIATION_END = re.compile(r"(?<![\w.])(?:[A-Za-z]\.){2,}$")


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop spaces and clause punctuation at both ends (a closing full stop too, outside marks)."""
    while start < end and text[start] in _STRIP:
        start += 1
    while end > start and (text[end - 1] in _STRIP or text[end - 1] in ".") :
        if text[end - 1] == "." and end - 2 >= start and text[end - 2] == ".":
            break  # an ellipsis ends the content as written
        if text[end - 1] == "." and _ABBREVIATION_END.search(text, max(start, end - 16), end):
            break  # "according to the F.A.A.": the full stop is the abbreviation's too
        end -= 1
    return start, end


def _words(text: str, start: int, end: int) -> int:
    return len(text[start:end].split())


# ---------------------------------------------------------------- cue verbs


def _possessed(noun: "Token") -> bool:
    """"The ministry’s claim that … could not be verified", parsed with "claim" as a root
    whose subject is "ministry": a subject marked "’s" makes the root a possessed noun."""
    return any(c.dep_ == "nsubj" and c.i < noun.i and any(g.dep_ == "case" and g.i == noun.i - 1 for g in c.children) for c in noun.children)


def _is_cue_verb(token: "Token", lex: Lexicon) -> str | None:
    """The cue lemma (with its particle, "call for") if `token` is a reporting verb."""
    if token.pos_ not in ("VERB", "AUX") and token.tag_ not in ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ"):
        # "…, the district estimates.": a sentence's root noun that governs a clause is a verb
        if not (token.dep_ == "ROOT" and token.tag_ in ("NNS", "NN") and any(c.dep_ == "ccomp" for c in token.children)) or _possessed(token):
            return None
    lemma = token.lemma_.lower()
    if lemma == "put" and _as_put_it(token):
        return "put it"
    if lemma in ("put", "place") and _puts_a_figure(token, lex):
        return "put at"  # "The company puts the number at about 900"
    if lemma == "hear" and _heard_by_a_hearing(token, lex):
        return "hear"  # "The inquest heard that …": what was said before the inquest
    particles = lex.cue_verb_particles.get(lemma)
    if particles:
        for child in token.children:
            if child.i > token.i and child.lower_ in {p.split()[0] for p in particles} and (child.dep_ in ("prep", "prt") or _clear_made(child) or _particle_back(token, child)):
                return f"{lemma} {child.lower_}"
        if "for" in particles and _for_clause(token) is not None:
            return f"{lemma} for"
    if lemma in lex.cue_verbs:
        if token.pos_ == "AUX" or (token.dep_ == "prep" and token.tag_ not in ("VBZ", "VBD", "VBP")):
            return None  # "regarding the plan" is a preposition (a finite "says" the parser hung as one is not)
        if lemma in ("seek", "request") and any(c.dep_ == "dobj" and c.lemma_.lower() == "comment" for c in token.children):
            return None  # "did not return calls seeking comment": the reporter asked, nobody said anything
        if _holds_views(lemma) and _held_view(token) is None and not (_takes(lemma, "that") and any(c.dep_ == "ccomp" for c in token.children)):
            return None  # "went to see the match": a verb of viewing holds a view only of an object taken as something
        return lemma
    return None


def _for_clause(verb: "Token") -> "Token | None":
    """"called for the pension talks to be wrapped up": the parser made "for" the marker of a
    clause on the verb rather than its preposition. That clause, when "for" follows the verb."""
    doc = verb.doc
    if verb.i + 1 >= len(doc) or doc[verb.i + 1].lower_ != "for" or doc[verb.i + 1].dep_ != "mark":
        return None
    clause = doc[verb.i + 1].head
    # (a "for X to …" clause only: not "calls for more troops have come")
    return clause if clause.head.i == verb.i and clause.dep_ in ("advcl", "ccomp", "xcomp") and _is_to_infinitive(clause) else None


def _heard_by_a_hearing(verb: "Token", lex: Lexicon) -> bool:
    """"The court heard that Holt had taken the money": a body that hears evidence
    (data/hearing_bodies.txt) heard a clause; not "residents heard that the plant would close"."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lemma_.lower() in lex.hearing_bodies and any(c.dep_ == "ccomp" and _opens_with_that(c) for c in verb.children)


def _puts_a_figure(verb: "Token", lex: Lexicon) -> bool:
    """"The ministry put the death toll at 32": a reckoning of data/reckonings.txt as the
    object and the figure in an "at" phrase."""
    reckoning = _reckoning(verb, lex)
    # ("put the harvest in the territory it holds at 3.1 million tonnes": the parser hung the
    # figure on the relative clause that closes the object)
    return reckoning is not None and (_at_of_its_own(verb) or _hung_at(verb, reckoning) is not None)


def _reckoning(verb: "Token", lex: Lexicon) -> "Token | None":
    """The object of "put"/"place" that is a reckoning of data/reckonings.txt ("the toll"), or
    any object set at an amount ("put the spill at about 1,900 barrels")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    amount = any(c.dep_ == "prep" and c.lower_ == "at" and any(t.ent_type_ in ("QUANTITY", "MONEY", "PERCENT", "CARDINAL") for t in c.subtree) for c in verb.children)
    return next((c for c in objects if c.lemma_.lower() in lex.reckonings or (amount and c.pos_ == "NOUN")), None)


def _at_of_its_own(verb: "Token") -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "at" for c in verb.children)


def _hung_at(verb: "Token", reckoning: "Token") -> "Token | None":
    """"put the harvest in the territory it holds at 3.1 million tonnes": the figure's "at"
    phrase the parser hung on a relative clause after the reckoning, when the verb has no "at"
    phrase of its own."""
    if _at_of_its_own(verb):
        return None
    after = [reckoning] + [c for c in verb.children if c.dep_ == "prep" and c.i > reckoning.i]
    return next((t for c in after for t in c.subtree if t.dep_ == "prep" and t.lower_ == "at" and t.head.dep_ in ("relcl", "acl") and any(g.like_num for g in t.subtree)), None)


def _as_put_it(verb: "Token") -> bool:
    """"As Pruitt put it, …": the idiom that hands the clause (or quotation) beside it to Pruitt."""
    children = list(verb.children)
    return any(c.dep_ == "mark" and c.lower_ == "as" for c in children) and any(c.dep_ == "dobj" and c.lower_ == "it" for c in children)


def _clear_made(adjective: "Token") -> bool:
    """"made clear that …", "made it clear on Monday that …": the adjective of a "make X"
    cue (the parser makes it a complement of the verb) with the reported clause on it."""
    return adjective.pos_ == "ADJ" and adjective.dep_ in ("ccomp", "acomp", "oprd") and _clause_on_adjective(adjective) is not None


def _clause_on_adjective(adjective: "Token") -> "Token | None":
    on_it = next((c for c in adjective.children if c.dep_ in ("ccomp", "csubj", "advcl") and c.i > adjective.i and (_opens_with_that(c) or (c.left_edge.i == adjective.i + 1 and _subject(c) is not None and not any(m.dep_ == "mark" for m in c.children)))), None)
    if on_it is None and adjective.dep_ in ("oprd", "ccomp", "acomp"):
        # "also made clear that he has not …": the parser hung the clause on the verb, right after
        # the adjective or after a phrase of when it was made clear ("made clear over the weekend that …")
        verb = adjective.head
        between = {t.i for c in verb.children if c.dep_ in ("prep", "npadvmod", "advmod") and c.i > adjective.i for t in c.subtree}
        on_it = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > adjective.i and _opens_with_that(c) and all(i in between for i in range(adjective.i + 1, c.left_edge.i))), None)
    return on_it


def _subject(verb: "Token") -> "Token | None":
    """The verb's subject; of two (the parser gives a quotation's own subject to the cue as
    well: “My first thought was anger,” the harbour master said), the one nearest the verb."""
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    if len(subjects) == 2 and subjects[1].i < verb.i and subjects[0].pos_ == "NOUN" and subjects[0].right_edge.i + 1 == subjects[1].left_edge.i and any(c.dep_ in ("acl", "relcl") for c in subjects[1].children):
        return subjects[0]  # "A memo Reyes obtained on Wednesday says …": the name is in a reduced relative clause
    subject = min(subjects, key=lambda c: abs(c.i - verb.i)) if subjects else None
    if subject is not None and subject.i < verb.i and sum(c.dep_ == "cc" and c.lower_ == "and" for c in subject.children) >= 2:
        # "a disease that blinds boys and men, and its maker said …": a second "and" after a
        # comma opens a clause of its own, whose subject is the last of the joined nouns
        last = max((c for c in subject.children if c.dep_ == "conj"), key=lambda c: c.i, default=None)
        if last is not None and last.left_edge.i >= 2 and verb.doc[last.left_edge.i - 1].lower_ == "and" and verb.doc[last.left_edge.i - 2].text == ",":
            return last
    return subject


def _is_passive(verb: "Token") -> bool:
    children = list(verb.children)
    if any(c.dep_ == "auxpass" and c.lower_ in ("'s", "’s") for c in children) and any(c.dep_ == "ccomp" for c in children) and not any(c.dep_ == "nsubjpass" and c.lower_ in ("it", "this", "that") for c in children):
        return False  # "while he's said he'll fight on": "has said", not "is said"
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in children)


def _agents(verb: "Token") -> list["Token"]:
    """The nouns of a passive verb's "by" phrase ("criticised by unions" → unions)."""
    return [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def _is_to_infinitive(token: "Token") -> bool:
    """A verb with its own "to" ("vowed to appeal", "asked to explain")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _subject_before_an_aside(verb: "Token") -> "Token | None":
    """"The coalition, which says it has 240 members, accused …": the parser hung the
    sentence's own verb (a past tense after a comma) on the last noun of the clause set off
    before it; the subject is the noun that clause is on."""
    if verb.dep_ != "acl" or verb.tag_ != "VBD" or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    node = verb.head
    while node.dep_ != "relcl" and node.head.i != node.i:
        node = node.head
    return node.head if node.dep_ == "relcl" and node.head.i < node.i else None


def _find_speaker(verb: "Token", lex: Lexicon | None = None) -> tuple["Token | None", list["Token"]]:
    """The speaker's head token for `verb`, climbing through conjunctions and participles.

    Returns the head and the tokens whose subtrees to leave out of the speaker's span (a
    relative clause containing the verb itself).
    """
    node = verb
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if verb.dep_ == "prep" and before is not None and before.dep_ == "pobj" and before.pos_ in ("NOUN", "PROPN"):
        return before, []  # "… to axe 11 routes as leader says …": the parser hung the cue on "as"
    if (antecedent := _subject_before_an_aside(verb)) is not None:
        return antecedent, [c for c in antecedent.children if c.dep_ == "relcl"]
    for _ in range(4):
        if (_is_passive(node) or _as_reported_by(node)) and node.lemma_.lower() != "quote":
            joined = next((c for c in node.children if c.dep_ == "nsubjpass"), None) if node.i != verb.i and verb.dep_ == "conj" and verb.head.i == node.i else None
            if joined is not None and verb.tag_ in ("VBD", "VBZ", "VBP") and verb.lemma_.lower() not in _TOLD_IN_THE_PASSIVE:
                return joined, []  # "Okafor was pressed on the issue and said …": the one pressed says it
            agents = _agents(node)
            return (agents[0], []) if agents else (None, [])
        subj = _subject(node)
        if subj is not None:
            if subj.lower_ in _RELATIVE and node.dep_ == "relcl":
                return _person_who(node, subj) or node.head, [node]
            if subj.dep_ == "csubj":
                # "A filing the company submitted in January says …": a noun phrase with a
                # reduced relative clause, which the parser took for a clause as subject ("What
                # he meant was …" has no speaker)
                return (subj, []) if subj.left_edge.tag_ == "DT" and subj.left_edge.lower_ in ("a", "an", "the", "this") and subj.left_edge.i + 1 < subj.i else (None, [])
            return subj, []
        named = _name_before(node)
        if named is not None:
            return named, []
        counted = next((c for c in node.children if c.dep_ == "nummod" and c.right_edge.i == node.i - 1 and c.left_edge.i == c.sent.start), None)
        if counted is not None:
            return counted, []  # "About two-thirds of voters … support": the parser hung the share on the verb
        if node.dep_ == "relcl" and node.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return node.head, [node]
        if node.dep_ == "relcl" and node.head.pos_ == "ADJ" and node.head.dep_ in ("attr", "acomp"):
            node = node.head  # "Okafor was the first to say that …": the one who was first
            continue
        if node is verb and node.dep_ == "conj" and (joined := _conjoined_subject(node)) is not None:
            return joined, []  # "The report covered rents and wages and officials said …"
        if node is verb and node.dep_ == "dep" and node.head.tag_ == "VBG" and node.head.i < node.i and node.head.dep_ == "ROOT" and (reduced := _subject(node.head)) is not None:
            return reduced, []  # "Most renters … going to vote on Friday say …": the parser made "going" the verb
        if node is not verb and ((node.dep_ in ("acomp", "attr") and node.pos_ == "ADJ") or (node.dep_ == "advmod" and node.head.pos_ in ("VERB", "AUX"))):
            # "was quick to point out that …": the one who was quick; "stopped short of calling
            # it a crime": the one who stopped
            node = node.head
            continue
        if node.dep_ == "xcomp" and node.head.lemma_.lower() in _OBJECT_CONTROL and (told := next((c for c in node.head.children if c.dep_ == "dobj" and c.i < node.i), None)) is not None:
            return told, []  # "The result prompted the mayor to say …": the one prompted says it
        if node.dep_ in ("conj", "xcomp", "advcl", "pcomp", "acl") or (node.dep_ == "prep" and node.head.i != node.i):
            if node.dep_ == "acl" and node.tag_ in ("VBG", "VBN"):
                # "Jane Doe, speaking to reporters, said" / "officials quoted as saying"
                agent = next(iter(_agents(node)), None) if node.i == verb.i and node.tag_ == "VBN" and node.lemma_.lower() != "quote" else None
                if agent is not None:
                    # "a figure disputed by independent analysts": the analysts dispute it (what
                    # they take it for is not who they are: "by unions as “a giveaway”")
                    return agent, [c for c in agent.children if c.dep_ == "prep" and c.lower_ == "as"]
                if node.head.pos_ in ("NOUN", "PROPN"):
                    if (issuer := _issuer_of(node.head)) is not None:
                        return issuer, []  # "Okafor issued a statement saying …": the statement is Okafor's
                    if (holder := _holder_of_event(node.head)) is not None:
                        return holder, []  # "Ruiz held a rally in Leeds blasting …": Ruiz blasts, not the rally
                    if node.head.dep_ == "ROOT":
                        # a sentence the parser found no verb in ("The Chamber approved the
                        # budget, backing cuts"): the speaker is the noun phrase, not the clauses hung on it
                        return node.head, [c for c in node.head.children if c.i > node.head.i and c.dep_ in ("acl", "relcl", "advcl", "conj", "cc", "punct")]
                    return node.head, [node]
            participle = node.tag_ == "VBG" and node.dep_ == "advcl"
            sayer = _sayer(node, lex) if lex is not None else None
            if sayer is not None and (said := _subject(node.head)) is not None and (said.lower_ in ("it", "there", "this", "that") or (said.pos_ != "PROPN" and not _quoted_between(sayer, node))):
                # "said it was too soon to tell but added, “…”", "told reporters the mood at
                # the depot was calm, and predicted …": the sayer adds (a named subject may report too:
                # "said Hale resigned and claimed he was forced out", and so may one in a
                # quotation: “He sat at my table and told me …”)
                node = sayer
                continue
            node = node.head
            if node.dep_ == "prep":
                node = node.head
            if participle and lex is not None:
                # "said the committee would meet, adding that …": the one who said it adds; so
                # after a second reported clause ("told them that …, and that Calloway stood by
                # it, adding that …")
                reported = node
                while reported.dep_ == "conj" and reported.head.i != reported.i:
                    reported = reported.head
                if reported.dep_ == "ccomp" and _is_cue_verb(reported.head, lex):
                    node = reported.head
            continue
        if node.dep_ == "pobj" or node.dep_ == "pcomp":
            node = node.head.head
            continue
        break
    return None, []


# verbs whose object does what their infinitive says ("prompted the mayor to say", "led her to
# conclude"); not a request ("urged residents to say …"), which says nothing yet
_OBJECT_CONTROL = frozenset({"prompt", "lead", "allow", "enable", "force", "cause", "drive", "inspire", "move", "compel", "get", "help"})


def _holder_of_event(event: "Token") -> "Token | None":
    """"Ruiz held a rally in Leeds blasting the levy", "in his speech praising …": the one who
    holds the rally or gives the speech (its owner, or the subject of the verb it is the
    object of) is the one who blasts or praises."""
    if event.lemma_.lower() not in lexicon().held_events or event.ent_type_:
        return None
    owner = next((c for c in event.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    verb = event.head.head if event.dep_ == "pobj" else event.head
    if event.dep_ not in ("dobj", "pobj") or verb.pos_ not in ("VERB", "AUX") or _is_passive(verb):
        return None
    subject = _subject(verb)
    return subject if subject is not None and subject.dep_ == "nsubj" and subject.lower_ not in _RELATIVE else None


def _issuer_of(document: "Token") -> "Token | None":
    """The subject of "issued", "released", "posted" … whose object is `document` ("Okafor
    issued a statement saying …"): what the statement says, Okafor says."""
    verb = document.head
    if document.dep_ != "dobj" or document.lemma_.lower() not in lexicon().issued_things or verb.lemma_.lower() not in lexicon().issuing_verbs or _is_passive(verb):
        return None
    subject = _subject(verb)
    if subject is None or subject.dep_ != "nsubj":
        return None
    return verb.head if subject.lower_ in _RELATIVE and verb.dep_ == "relcl" else subject


def _quoted_between(a: "Token", b: "Token") -> bool:
    """Whether a quotation mark stands between two tokens."""
    return any(t.is_quote for t in a.doc[min(a.i, b.i) : max(a.i, b.i)])


def _sayer(verb: "Token", lex: Lexicon) -> "Token | None":
    """"Berg said it was too soon to tell but added, “…”": the parser joins the second cue to the
    said clause; the cue that clause is the complement of is the sayer's verb."""
    if verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and _is_cue_verb(verb.head.head, lex) and not _past_in_a_present_report(verb.head, verb):
        return verb.head.head
    # (or, with no quotation, after a clause in the future seen from the past: "admitted that
    # officers were trained for few of the calls the new teams would take but insisted that …")
    modal = any(c.dep_ == "aux" and c.lower_ in _REPORTED_MODALS for c in verb.head.children)
    if verb.dep_ == "conj" and verb.tag_ == "VBD" and (_quoted_between(verb.head, verb) or modal) and not any(c.dep_ == "aux" for c in verb.children):
        # 'said she had set it up because the system “went down every other week” and
        # acknowledged that …': the parser joined the cue to the quoted words deep in the report;
        # the cue whose clause holds them is the sayer's
        node = verb.head
        while node.head.i != node.i and not (node.dep_ == "ccomp" and _is_cue_verb(node.head, lex)) and node.dep_ in ("advcl", "ccomp", "conj", "relcl", "pobj", "prep", "acomp", "xcomp"):
            node = node.head
        if node.dep_ == "ccomp" and _is_cue_verb(node.head, lex) and node.head.tag_ == "VBD" and node.head.i < verb.head.i:
            return node.head
    # ('said in a statement that “…” and vowed to …': the parser hung the that-clause on the
    # statement, and the second verb, outside the quotation, on the clause)
    clause = verb.head
    if verb.dep_ == "conj" and clause.dep_ == "acl" and _opens_with_that(clause) and _quoted_between(clause, verb) and clause.head.dep_ == "pobj":
        cue = clause.head.head.head
        if clause.head.head.dep_ == "prep" and _is_cue_verb(cue, lex):
            return cue
    return None


def _person_who(clause: "Token", pronoun: "Token") -> "Token | None":
    """"Tamsin Oduya, the chair of the Tenants’ Association, who also said …": "who" is a
    person, so when the parser hangs the clause on a body inside a person's appositive, the
    antecedent is that person; on a predicate noun ("Marlow is a former engineer who …"), it
    is the person the copula describes."""
    if pronoun.lower_ not in ("who", "whom") or clause.head.ent_type_ == "PERSON":
        return None
    node = clause.head
    predicate = node
    while predicate.dep_ == "conj" and predicate.head.i != predicate.i:
        predicate = predicate.head
    if predicate.dep_ == "attr" and predicate.head.lemma_ == "be" and (subject := _find_speaker(predicate.head)[0]) is not None:
        if subject.pos_ == "PROPN" or subject.lower_ in ("he", "she"):
            return subject  # "Marlow is a former engineer who has pledged …": the one the copula describes
    while node.dep_ in ("pobj", "prep", "appos", "compound") and node.head.i != node.i:
        node = node.head
        if node.ent_type_ == "PERSON" and node.pos_ == "PROPN":
            return node
    return None


def _relative_pronoun(verb: "Token", head: "Token", skip: list["Token"]) -> tuple[int, int] | None:
    """"Gordon Humphrey, who told reporters …": the relative pronoun that is the subject of the
    relative clause holding the cue, whose antecedent `head` is the speaker."""
    for clause in skip:
        if clause.dep_ != "relcl" or not (clause.head.i == head.i or clause.head in head.subtree) or not (clause.left_edge.i <= verb.i <= clause.right_edge.i):
            continue
        pronoun = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and (c.tag_ in ("WP", "WDT") or c.lower_ == "that")), None)
        if pronoun is not None and pronoun.i > head.i:
            return pronoun.idx, pronoun.idx + len(pronoun.text)
    return None


def _speaker_span(ctx: Context, head: "Token", skip: list["Token"]) -> tuple[int, int] | None:
    # "Pruitt, noting the size of the turnout, said": the aside is what she did, not who she is
    # (unless it says why she is unnamed: "officials, speaking on condition of anonymity, …")
    asides = [c for c in head.children if c.dep_ in ("acl", "advcl") and c.tag_ in ("VBG", "VBN") and c.i > head.i and c.left_edge.i > 0 and ctx.doc[c.left_edge.i - 1].text in (",", "—", "–", "-")]
    asides = [c for c in asides if not _ANONYMITY.search(ctx.text[c.left_edge.idx : c.right_edge.idx + len(c.right_edge.text)])]
    # "said Alma Ruiz, the union's director, who also said that …": a report of her own
    asides += [c for c in head.subtree if c.dep_ == "relcl" and c.i > head.i and c not in skip and _is_cue_verb(c, ctx.lex) and any(g.dep_ == "ccomp" for g in c.children) and c.left_edge.i > 0 and ctx.doc[c.left_edge.i - 1].text == ","]
    # "The ministry claimed the duties had cost …, a figure that could not be verified": what
    # the parser hung on the subject from beyond its verb is no part of who spoke
    beyond = [c for c in head.children if head.i < head.head.i < c.i]
    span = _subtree_span(head, skip + asides + beyond)
    if span is None:
        return None
    start, end = trim(ctx.text, span[0], min([span[1]] + [c.left_edge.idx for c in asides]))
    share = head.right_edge.i + 1  # "more than 4 in 10 said": the parser hung the share's "in 10" on the verb
    if head.like_num and share + 1 < len(ctx.doc) and ctx.doc[share].lower_ in ("in", "of") and ctx.doc[share].head.i == head.head.i and ctx.doc[share + 1].like_num:
        end = ctx.doc[share + 1].idx + len(ctx.doc[share + 1].text)
    for clause in skip:
        if clause.dep_ == "relcl" and clause.head.i == head.i and clause.left_edge.i > head.i:
            # "The Service, which did not oppose the appeal, conceded …": the one the relative
            # clause is about ends where the clause begins, whatever the parser hung after it
            start, end = trim(ctx.text, start, min(end, clause.left_edge.idx))
    # a subject that swallowed a quotation ("“…,” said Doe") keeps only what follows it
    region = ctx.quotation_at(start)
    if region is not None and region.end < end:
        start, end = trim(ctx.text, region.end, end)
    return (start, end) if end > start else None


def _clause_after_a_report(ctx: Context, verb: "Token", before: "Token") -> tuple[int, int] | None:
    """"Fans lined the route, the Gazette reported, while in York the parade fell silent, the
    Courier reported": the complement the parser gave the second cue is the first report,
    cue and all; what the second source reports is the clause between the two."""
    if not _is_cue_verb(before, ctx.lex) or _subject(before) is None or not any(c.dep_ == "ccomp" and c.i < before.i for c in before.children):
        return None
    clause = next((c for c in verb.children if c.dep_ in ("advcl", "conj", "parataxis") and before.i < c.i < verb.i and _subject(c) is not None), None)
    if clause is None:
        return None
    words = [t for t in clause.subtree if not (t.dep_ in ("mark", "cc") and t.head == clause and t.i == clause.left_edge.i)]
    return trim(ctx.text, words[0].idx, words[-1].idx + len(words[-1].text))


# verbs whose whole content may be a word standing for a clause ("said so", "argue otherwise")
_PRO_FORM_VERBS = frozenset({"say", "answer", "reply", "suggest", "argue", "insist", "claim", "contend", "believe", "think"})


def _content_for_verb(ctx: Context, verb: "Token", cue_lemma: str) -> tuple[int, int] | None:
    """The complement of a reporting verb as a character span, or None.

    Only the verb's own complements are read (ccomp, xcomp, objects, a particle's object);
    the speaker is a subject or lies outside the verb's subtree, so it is never among them.
    """
    if cue_lemma == "put it":
        return None  # "as Pruitt put it": the clause or quotation beside it, never "it"
    if cue_lemma == "put at":
        # "puts the number at about 900": the reckoning and the figure
        reckoning = _reckoning(verb, ctx.lex)
        hung = _hung_at(verb, reckoning) if reckoning is not None else None
        if hung is not None and reckoning is not None:
            return trim(ctx.text, reckoning.left_edge.idx, hung.right_edge.idx + len(hung.right_edge.text))
        return _merge_spans([_subtree_span(c) for c in verb.children if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "at")])
    children = list(verb.children)
    made_clear = next((c for c in children if c.i > verb.i and " " in cue_lemma and c.lower_ == cue_lemma.split()[1] and _clear_made(c)), None)
    if made_clear is not None:
        return _complement_span(ctx, _clause_on_adjective(made_clear))  # "made it clear that …"
    # (not a clause after ", and" the parser took for a complement: "added 7,400 jobs, …, and its jobless rate fell")
    ccomps = [c for c in children if c.dep_ == "ccomp" and not ctx.in_excluded(c.idx) and not (c.i > verb.i and c.left_edge.i >= 2 and c.doc[c.left_edge.i - 1].lower_ in ("and", "or") and c.doc[c.left_edge.i - 2].text == ",")] or _told_as_relative(verb) or _message_hung_on_the_occasion(verb) or _that_after_an_adverb(verb)
    hung = _that_clause_on_a_noun(verb)
    answer = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    if not any(c.i > verb.i for c in ccomps) and answer is not None and answer.lower_ in ("yes", "no", "so", "otherwise") and answer.head.i == verb.i and verb.lemma_.lower() in _PRO_FORM_VERBS:
        return answer.idx, answer.idx + len(answer.text)  # "72 percent said yes", "half said so", "charities say otherwise"
    takes_object = verb.lemma_.lower() not in _NO_CONTENT_OBJECTS and _takes(verb.lemma_.lower(), "object")
    if not ccomps and (stand := _stand_taken(verb, ctx.lex)) is not None:
        return _merge_spans(stand)
    if not ccomps and takes_object and _is_passive(verb) and any(c.dep_ == "agent" for c in verb.children):
        subject = next((c for c in children if c.dep_ == "nsubjpass"), None)
        if subject is not None and subject.pos_ != "PRON":
            return _subtree_span(subject)  # "The plan was criticised by unions": the active verb's object
    # "…, he told the court": the object is who was told (not "tells a joke", nor where the
    # parser hid the subject in the clause)
    listener = verb.lemma_.lower() in _TELLING_VERBS and _subject(verb) is not None and not any(c.dep_ == "dobj" and c.lemma_.lower() in _TOLD_THINGS for c in children)
    # "…, the regulator wrote Okafor": a person written to is the one told
    listener = listener or (verb.lemma_.lower() == "write" and any(c.dep_ == "dobj" and c.i > verb.i and c.tag_ == "NNP" and c.ent_type_ in ("PERSON", "") for c in children))
    if ccomps and all(c.i < verb.i for c in ccomps) and (any(c.dep_ == "dobj" and c.i > verb.i and not listener and not _dashed_off(c) for c in children) or re.search("[:;]", ctx.text[ccomps[-1].right_edge.idx : verb.idx])):
        ccomps = []  # "…: 64% of doctors endorse longer breaks", "…; charities say otherwise": the clause before is not theirs
    if ccomps and not _takes(verb.lemma_.lower(), "that"):
        ccomps = []  # "we will see whether it works": a verb that reports with an object only
    if ccomps and not _takes(verb.lemma_.lower(), "to"):
        # "consider a gap year … to put away funds": a verb listed without the "to" frame
        # reports no to-infinitive clause
        ccomps = [c for c in ccomps if not _is_to_infinitive(c)]
    if ccomps and all(c.i < verb.i for c in ccomps) and _takes(verb.lemma_.lower(), "to") and verb.lemma_.lower() not in _OBJECT_VERBS_NEED_THAT and any(c.dep_ == "xcomp" and c.i > verb.i and _is_to_infinitive(c) for c in children):
        ccomps = []  # "Port sold for $48 million, union vows to fight": the vow is what follows
    if ccomps:
        # several complements: the one after the verb, nearest first (an earlier one is
        # usually a misparsed adverbial: "Asked what he wants, Doe said, “…”")
        after = [c for c in ccomps if c.i > verb.i]
        if not after and (nearer := _clause_after_a_report(ctx, verb, ccomps[-1])) is not None:
            return nearer
        first = _complement_span(ctx, after[0] if after else ccomps[-1])
        if not after and first is not None:
            # "Seven infants have fallen ill, and five of them have been treated in hospital, the
            # agency said": two clauses joined before a closing cue are both what was said
            for earlier in reversed(ccomps[:-1]):
                span = _complement_span(ctx, earlier)
                if span is None or span[1] > first[0] or ctx.text[span[1] : first[0]].strip(_SPACE + ",;").lower() not in ("and", "but", ""):
                    break
                first = (span[0], first[1])
        for nxt in after[1:]:
            # "told the court that officers had found mould in every bedroom, exposed wiring …":
            # a list the parser broke into a second complement right after the first
            if first is None or ctx.text[first[1] : nxt.left_edge.idx].strip(_SPACE + ",;").lower() not in ("", "and"):
                break
            if _is_cue_verb(nxt, ctx.lex) and _subject(nxt) is not None and any(c.dep_ == "ccomp" for c in nxt.children) and not ctx.inside_quotation(nxt):
                break  # "…, and more than 4 in 10 said …": a second speaker's report, not more of this one
            first = _merge_spans([first, _complement_span(ctx, nxt)])
        if hung is not None and after and hung.i < after[0].i:
            return _merge_spans([_complement_span(ctx, hung), first])  # "… that 19 died and 60 were hurt"
        if first is not None and after and (that := _subject_on_the_occasion(verb, after[0])) is not None:
            return trim(ctx.text, that.idx, first[1])
        return first
    if hung is not None:
        if hung.head.i == verb.head.i and verb.dep_ == "acl":
            # the clause hung beside the cue on a verbless sentence's subject: what else the
            # parser hung there after it (“… at trial ‘in terms that …’”) ends the clause
            last = verb.head.right_edge
            return _merge_spans([_complement_span(ctx, hung), trim(ctx.text, hung.left_edge.idx, last.idx + len(last.text))])
        return _complement_span(ctx, hung)
    if (clause := _unmarked_clause(ctx, verb)) is not None:
        return clause
    # "have not said when they would vote": the parser hung the open question on the verb as
    # an adverbial clause
    question = next((c for c in children if c.dep_ == "advcl" and c.left_edge.i == verb.i + 1 and c.left_edge.lower_ in _QUESTION_WORDS), None)
    if question is not None and verb.lemma_.lower() in _ASKING_VERBS and not any(c.dep_ in ("dobj", "ccomp") for c in children):
        return _subtree_span(question)
    particle = cue_lemma.split()[1] if " " in cue_lemma else None
    if particle:
        for c in children:
            if c.lower_ == particle.split()[0] and c.i > verb.i:
                objs = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
                if c.dep_ == "prt":  # "called out the minister": the verb's own object
                    objs = [g for g in children if g.dep_ == "dobj" and g.i > verb.i]
                if objs:
                    # "referred to the tower as “the eyesore”": what it is called goes with it
                    named_as = _taken_as(verb)
                    return _merge_spans([_subtree_span(objs[0]), _name_span(named_as) if named_as is not None and named_as.i > objs[0].i else None])
        if (clause := _for_clause(verb)) is not None and particle == "for":
            return _subtree_span(clause, [verb.doc[verb.i + 1]])  # "called for the talks to be wrapped up"
    # not after "on condition of anonymity": "…, she said, on condition of anonymity to discuss it"
    # says why she is unnamed
    condition = _on_condition(verb)
    xcomps = [c for c in children if c.dep_ == "xcomp" and c.i > verb.i and not (condition is not None and condition.i < c.i)]
    dobjs = [c for c in children if c.dep_ in ("dobj", "attr", "oprd") and c.i > verb.i and not _dashed_off(c)]
    if xcomps and _is_to_infinitive(xcomps[0]) and _takes(verb.lemma_.lower(), "to"):
        # "asked the minister to release the report": who is asked is part of the request
        first = dobjs[0] if dobjs and dobjs[0].i < xcomps[0].i else xcomps[0]
        if first is xcomps[0] and verb.lemma_.lower() == "call":
            # "called on the governor to release the funds": who is called on is part of the demand
            first = next((g for c in children if c.dep_ == "prep" and c.lower_ in ("on", "upon") and verb.i < c.i < xcomps[0].i for g in c.children if g.dep_ == "pobj"), first)
        # "vowed to “answer every shell” and placed the army on alert": a finite verb joined to
        # the infinitive is the paper's next piece of news, not part of the vow
        # (a plural "are"/"have" too: "promise to transform the harbor but are likely to …")
        told = [c for c in xcomps[0].children if c.dep_ == "conj" and (c.tag_ in ("VBD", "VBZ") or (c.tag_ == "VBP" and c.lemma_ in ("be", "have"))) and xcomps[0].tag_ == "VB" and _subject(c) is None]
        span = _merge_spans([_subtree_span(first, told), _subtree_span(xcomps[0], told)] + [_subtree_span(c) for c in _infinitives_on_the_cue(verb, xcomps[0])])
        if span is not None and (second := _second_cue(ctx, xcomps[0], ("advcl",))) is not None and second > xcomps[0].i:
            # "declined to say whether he would run, saying only that …": the participle reports on
            # its own (an infinitive joined with "and" is more of the vow: "to hire … and to publish …")
            span = _without_dangling_conjunction(ctx, trim(ctx.text, span[0], ctx.doc[second - 1].idx + len(ctx.doc[second - 1].text)))
        return _without_dangling_conjunction(ctx, span) if span and told else span
    if _is_passive(verb) and not _agents(verb) and (judged := _judged_adjective(verb)) is not None:
        return _subtree_span(judged)  # "has been criticized as premature"
    if _holds_views(verb.lemma_.lower()):
        # "sees the levy as a tax", "deemed the offer inadequate": the view held of the object
        return _held_view(verb)
    if dobjs and (dobjs[0].pos_ in ("NOUN", "PROPN", "NUM") or sum(not t.is_punct for t in dobjs[0].subtree) > 1) and _found_by_a_study(verb, ctx.lex):
        # "A poll found Okafor with a six-point lead among women": the finding runs to the
        # clause's end (not a lone "that" or "it": "The poll also found that:"), short of a
        # cue of its own ("…, she said, on condition of anonymity")
        last = dobjs[0].right_edge
        for c in verb.children:
            if c.i > last.i and c.dep_ != "punct":
                if c.dep_ == "parataxis" or (_is_cue_verb(c, ctx.lex) and _subject(c) is not None):
                    break
                last = c.right_edge
        return trim(ctx.text, dobjs[0].left_edge.idx, last.idx + len(last.text))
    if dobjs and verb.lemma_.lower() in _NAMING_VERBS and _relative_named(verb) is not None:
        return _subtree_span(dobjs[0])  # "which critics have called a giveaway": the name after the verb
    if dobjs and verb.lemma_.lower() in _NAMING_VERBS:
        # called the plan “a disaster”: the object and what it is called
        # (not when it was called: "called the vote last week")
        tail = [c for c in children if c.i > dobjs[0].i and c.dep_ in ("oprd", "ccomp", "xcomp", "attr", "advmod", "acomp", "npadvmod", "dobj", "prep") and not (c.dep_ in ("npadvmod", "advmod") and c.ent_type_ in ("DATE", "TIME"))]
        what_it_is_called = [c for c in tail if c.dep_ != "prep" or c.lower_ == "as"]
        if (named_as := _as_hung_on_the_occasion(verb)) is not None and named_as.i > dobjs[0].i:
            what_it_is_called.append(named_as)  # "described the trust during an interview as “a relic”"
        # "called him “the most extreme pick” and someone who …": a second name the parser joined to the verb
        what_it_is_called += [c for c in children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "PRON") and what_it_is_called and c.i > what_it_is_called[-1].i]
        # "called her son her hero": the name the parser made the object's apposition
        what_it_is_called += [c for c in dobjs[0].children if c.dep_ == "appos" and c.i > dobjs[0].i and c.doc[c.left_edge.i - 1].text != ","]
        following = dobjs[0].right_edge.i + 1
        name = ctx.quotation_at(verb.doc[following].idx) if not what_it_is_called and following < len(verb.doc) else None
        if name is not None and name.start >= dobjs[0].right_edge.idx and not ctx.text[name.inner_start : name.inner_end].lower().startswith("to "):
            # "called Florida’s standards “strong.”": the parser hung the name elsewhere
            return _merge_spans([_subtree_span(dobjs[0]), (name.start, name.end)])
        if verb.lemma_.lower() in _NAME_GIVING_VERBS and not what_it_is_called and not _has_quotation(ctx, _subtree_span(dobjs[0]) or (0, 0)):
            return None  # "called a recess", "named a successor": no name given, so nothing said
        return _merge_spans([_subtree_span(dobjs[0])] + [_name_span(c) for c in what_it_is_called])
    if dobjs and verb.lemma_.lower() not in _NO_CONTENT_OBJECTS and _takes(verb.lemma_.lower(), "object"):
        obj = dobjs[0]
        if verb.lemma_.lower() in _OBJECT_VERBS_NEED_THAT and ctx.quotation_at(obj.idx) is None and obj.pos_ == "PRON":
            return None
        # "cited unkind remarks the developer had made": the parser split the noun phrase
        # into two objects side by side
        spans = [_subtree_span(d) for d in dobjs if d.dep_ == "dobj" and (d is obj or d.left_edge.i == obj.right_edge.i + 1)]
        for c in children:
            if c.dep_ in ("prep", "dative") and c.lower_ in ("as", "for", "to") and c.i > obj.i:
                spans.append(_name_span(c) if c.lower_ == "as" else _subtree_span(c))
            elif c.dep_ == "prep" and c.lower_ == "at" and c.i > obj.i and verb.lemma_.lower() in _RECKONING_VERBS and any(t.like_num or t.ent_type_ in ("MONEY", "PERCENT", "CARDINAL", "QUANTITY") for t in c.subtree):
                spans.append(_subtree_span(c))  # "estimated it at 8,000", "show inflation at 4.1 percent": the figure is the claim
            elif c.dep_ == "prep" and c.i == obj.right_edge.i + 1 and _says_what(ctx, c):
                spans.append(_subtree_span(c))  # "praised her leadership in the aftermath of the storm"
        merged = _merge_spans(spans)
        return _drop_trailing_aside(ctx, merged) if merged else None
    return _right_of_verb(ctx, verb, dobjs)


# prepositions after an object that only say when a thing was said
_WHEN_PREPS = frozenset({"during", "before", "after", "through", "since", "until", "amid", "following", "ahead", "compared", "based", "along", "throughout"})


def _name_span(name: "Token") -> tuple[int, int] | None:
    """What a thing is called or taken for ("as a “crazy system”"), without a phrase of when or
    where it was said that the parser hung inside it ("… during a campaign stop in Flint",
    "… Wednesday on his radio show")."""
    span = _subtree_span(name)
    if span is None:
        return None
    doc, lex = name.doc, lexicon()
    heads = [name] + [t for t in name.children if t.dep_ in ("pobj", "pcomp")]
    for t in sorted((c for h in heads for c in h.children if c.i > h.i), key=lambda c: c.i):
        if t.left_edge.i <= name.i:
            continue
        before = doc[t.left_edge.i - 1]
        if not _says_when_or_where(t, lex, before.is_quote):
            continue
        head = doc.text[span[0] : before.idx + len(before.text)]
        if head.count("“") != head.count("”") or head.count('"') % 2:
            return span  # the phrase stands inside a quotation: the speaker's words
        return trim(doc.text, span[0], before.idx + len(before.text))
    return span


def _says_when_or_where(t: "Token", lex: Lexicon, after_quotation: bool) -> bool:
    """"during a campaign stop", "Wednesday", "when he ran in 2008"; and after a quoted name
    ("a “clown” on his radio show", "“unfit” in 2015"), "in", "on" or "at" a time or an occasion
    ("his role as grand marshal in 2004", "reporting on her show" are what it is called)."""
    if t.dep_ == "npadvmod":
        return t.ent_type_ in ("DATE", "TIME")
    if t.dep_ == "advcl":
        return _says_when(t)
    if t.dep_ != "prep":
        return False
    if t.lower_ in _WHEN_PREPS:
        return True
    pobj = next((g for g in t.children if g.dep_ == "pobj"), None)
    if t.lower_ not in ("on", "in", "at") or pobj is None or not after_quotation:
        return False
    return pobj.ent_type_ in ("DATE", "TIME") or pobj.lemma_.lower() in lex.speech_occasions or pobj.lemma_.lower() in lex.held_events


def _says_what(ctx: Context, prep: "Token") -> bool:
    """Whether a phrase the parser hung on the cue right after its object is more of what is
    said ("criticized his record in the Senate") rather than when, where or in what it was
    said ("in July", "in Georgia", "in a statement", "on MSNBC")."""
    pobj = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None)
    if pobj is None or prep.lower_ in _WHEN_PREPS or (prep.lower_ == "in" and pobj.lower_ == "order"):
        return False
    if pobj.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC", "CARDINAL") or (prep.lower_ == "on" and pobj.ent_type_ in ("ORG", "PRODUCT")):
        return False
    lemma = pobj.lemma_.lower()
    if lemma in ctx.lex.speech_occasions or lemma in ctx.lex.held_events or lemma in ctx.lex.issued_things or lemma in ctx.lex.speech_settings:
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") for t in prep.subtree) and not ctx.in_excluded(prep.idx)


# cue verbs that set a figure "at" a number ("estimated it at 8,000", "show inflation at 4.1
# percent"); "put"/"place" reckon through the "put at" frame (data/reckonings.txt), and verbs
# that are no cue ("value", "peg") never reach here
_RECKONING_VERBS = frozenset({"estimate", "show", "project", "forecast"})


def _told_as_relative(verb: "Token") -> list["Token"]:
    """"…, telling the court he had been at home": the parser made the message a relative
    clause on the listener. A clause closing a telling verb's object, with a subject and no
    relative word of its own, is what was told, when the object is an audience
    (data/audiences.txt) or a name ("telling CNN she …"; not "told the man she met …")."""
    if verb.lemma_.lower() not in _TELLING_VERBS:
        return []
    for obj in verb.children:
        if obj.dep_ != "dobj" or obj.i < verb.i:
            continue
        for clause in obj.children:
            # "told the officers who arrested him that he was innocent": the that-clause hung
            # on the listener's own relative clause
            hung = next((c for c in clause.children if c.dep_ == "ccomp" and _opens_with_that(c) and c.right_edge.i == obj.right_edge.i), None) if clause.dep_ == "relcl" else None
            if hung is not None:
                return [hung]
        if not (_is_audience(verb, obj) or obj.pos_ == "PROPN"):
            continue
        for clause in obj.children:
            subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i), None)
            if clause.dep_ == "relcl" and clause.right_edge.i == obj.right_edge.i and subject is not None and subject.left_edge.i == clause.left_edge.i and subject.tag_ not in ("WDT", "WP", "WP$") and subject.lower_ != "that":
                return [clause]
        # "told reporters outside the factory that a routine swab had tested positive": the
        # parser hung the that-clause on the place, as a relative clause with a subject of its own
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.i < obj.i:
                continue
            for place in (g for g in prep.children if g.dep_ == "pobj"):
                for clause in place.children:
                    if clause.dep_ == "relcl" and clause.left_edge.lower_ == "that" and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ != "that" and c.tag_ not in ("WDT", "WP", "WP$") for c in clause.children):
                        return [clause]
    return []


def _that_after_an_adverb(verb: "Token") -> list["Token"]:
    """"said only that he ‘knew what the lad could do’": the parser made the that-clause after
    an adverb an adverbial clause; it is what was said."""
    doc = verb.doc
    for c in verb.children:
        if c.dep_ != "advcl" or c.i < verb.i:
            continue
        that = next((m for m in c.children if m.dep_ == "mark" and m.lower_ == "that"), None)
        if that is not None and all(doc[k].pos_ == "ADV" for k in range(verb.i + 1, that.i)):
            return [c]
    return []


def _subject_on_the_occasion(verb: "Token", clause: "Token") -> "Token | None":
    """"said in a statement that talks with the league … would begin on Thursday": the parser
    read the subject as a relative clause on the occasion ("a statement that talks …") and
    left the reported verb with no subject. The "that" opening that relative clause, when
    the clause it leaves subjectless follows right after it."""
    if _subject(clause) is not None or clause.i < verb.i:
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep" and verb.i < c.i < clause.i):
        for occasion in (g for g in prep.children if g.dep_ == "pobj" and g.lemma_.lower() in lexicon().speech_occasions):
            for rel in (c for c in occasion.children if c.dep_ == "relcl"):
                first = verb.doc[rel.left_edge.i]
                if first.lower_ == "that" and first.i == occasion.i + 1 and rel.right_edge.i + 1 >= clause.left_edge.i - 1:
                    return first
        # ("claimed early on that Pell Ridge Partners, the firm …, had “bled …”": "that" read
        # as a determiner of a name, the object of "on"; no name takes "that")
        for name in (g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "PROPN"):
            that = next((d for d in name.children if d.dep_ == "det" and d.lower_ == "that" and d.i == prep.i + 1), None)
            if that is not None and name.right_edge.i + 1 >= clause.left_edge.i - 1:
                return that
    return None


def _message_hung_on_the_occasion(verb: "Token") -> list["Token"]:
    """"told analysts on a conference call that margins would recover": the parser made the
    message a relative clause on the occasion ("call"). A clause there that opens with "that"
    and has a subject of its own after it is what was said."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i < verb.i or prep.lower_ not in ("on", "in", "during", "at"):
            continue
        for pobj in (c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in lexicon().speech_occasions):
            for clause in pobj.children:
                first = clause.doc[clause.left_edge.i]
                subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > first.i), None)
                if clause.dep_ == "relcl" and first.lower_ == "that" and clause.right_edge.i == pobj.right_edge.i and subject is not None:
                    return [clause]
    return []


def _unmarked_clause(ctx: Context, verb: "Token") -> tuple[int, int] | None:
    """"said after the meeting he would not sign it": the parser hung the time phrase on the
    reported clause and made the clause an adverbial one. A finite clause after the verb with a
    subject and no conjunction of its own is what was said, from its subject on."""
    if not _takes(verb.lemma_.lower(), "that"):
        return None
    for c in verb.children:
        if c.dep_ != "advcl" or c.i < verb.i or ctx.in_excluded(c.idx) or any(m.dep_ == "mark" for m in c.children):
            continue
        subject = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass") and g.i < c.i), None)
        finite = c.tag_ in ("VBD", "VBZ", "VBP") or any(g.dep_ == "aux" and g.tag_ == "MD" for g in c.children)
        if subject is None or not finite or c.left_edge.pos_ != "ADP" or _is_cue_verb(c, ctx.lex):
            continue
        return trim(ctx.text, subject.left_edge.idx, c.right_edge.idx + len(c.right_edge.text))
    return None


def _infinitives_on_the_cue(verb: "Token", xcomp: "Token") -> list["Token"]:
    """"wants to widen the road, fund the buses and close the depot", "vowed to meet and in
    some cases beat the target": the parser hangs the later infinitives on the cue verb, as
    its conjuncts; a bare verb without a subject that cannot agree with the cue's own tense is
    one more thing wanted or vowed."""
    # "urged his priests to be humbler, to visit the parishes and …": a list of infinitives
    # the parser hung one by one on the cue
    listed = [c for c in verb.children if c.dep_ == "xcomp" and c.i > xcomp.i and _is_to_infinitive(c) and verb.doc[c.left_edge.i - 1].lower_ in (",", "and", "or")]
    if verb.tag_ in ("VB", "VBP"):
        return listed  # "they want to stay and fear eviction": the same tense, so the speaker's own act
    joined = listed
    for c in verb.children:
        if c.i > xcomp.i and c.dep_ == "conj" and c.tag_ in ("VB", "VBP") and _subject(c) is None:
            joined.append(c)
    return joined


# nouns a relative clause says when, where, why or how of: "the day the mayor said the
# plan would fail" is not the day the mayor spoke of
_CIRCUMSTANCE_NOUNS = frozenset({"day", "time", "week", "month", "year", "moment", "night", "morning", "evening", "hour", "way", "reason", "place", "point", "era", "period", "season", "weekend", "date"})


def _said_of_antecedent(ctx: Context, verb: "Token", content: tuple[int, int]) -> tuple[int, int] | None:
    """"the fees the mayor said were hurting shops", "the kind of judge many fear Holt would
    appoint": a cue in a relative clause with no relative word, whose reported clause lacks
    the subject or object the antecedent supplies: the antecedent is part of what was said."""
    noun = verb.head
    if verb.dep_ != "relcl" or noun.pos_ not in ("NOUN", "PROPN") or noun.i > verb.i or noun.lemma_.lower() in _CIRCUMSTANCE_NOUNS:
        return None
    if any(c.tag_ in ("WDT", "WP", "WP$", "WRB") or c.lower_ in _RELATIVE for c in verb.subtree if c.i < verb.i):
        return None  # "the fees that the mayor said …": handled as any relative cue
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i and c.idx >= content[0]), None)
    if clause is None or _subject(verb) is None or any(c.dep_ == "mark" for c in clause.children):
        return None
    whole = ctx.quotation_at(content[0])
    if whole is not None and whole.end >= content[1]:
        return None  # "the amendment the founders wrote “shall not be infringed”": the quotation stands alone
    has_subject = any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in clause.children)
    has_object = any(c.dep_ in ("dobj", "attr", "acomp", "ccomp", "xcomp", "oprd", "dative") for c in clause.children)
    if has_subject and has_object:
        return None
    start = noun.left_edge.idx
    end = verb.left_edge.idx
    return trim(ctx.text, start, end) if end > start else None


def _relative_named(verb: "Token") -> "Token | None":
    """"what several auditors called “fraud”", "which critics have called a giveaway": the
    relative pronoun a naming verb takes as its object, before the verb."""
    return next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in ("what", "which", "that") and c.i < verb.i), None)


def _held_view(verb: "Token") -> tuple[int, int] | None:
    """The object and what it is taken for, or None when the verb gives no such thing.

    "saw his remarks as a sign of weakness" (the "as" on the verb or on the object),
    "deemed the offer inadequate" (an object predicate, or a verbless clause as the parser
    may have it); "saw the match" holds no view.
    """
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None and _is_passive(verb) and (taken_as := _taken_as(verb)) is not None:
        return _name_span(taken_as)  # "is widely seen as a test": its subject comes with it (_raised_subject)
    if obj is None:
        # "deemed the offer inadequate" parsed as a verbless clause with "offer" its subject;
        # "see the bridge closed on Friday as a warning": a clause whose verb carries the "as"
        small = next((c for c in verb.children if c.i > verb.i and c.dep_ in ("oprd", "acomp", "ccomp") and any(g.dep_ == "nsubj" for g in c.children) and (c.pos_ in ("ADJ", "NOUN") or (c.tag_ == "VBN" and any(g.dep_ == "prep" and g.lower_ == "as" for g in c.children)))), None)
        return _with_view_condition(verb, small, _subtree_span(small)) if small is not None else None
    taken_for = [c for c in verb.children if c.i > obj.i and ((c.dep_ == "prep" and c.lower_ == "as") or c.dep_ in ("oprd", "acomp"))]
    # "sees the plan as written by developers", "view the head as better suited": a
    # clause the parser opened with the "as"; "deemed the loss of two spaces a fair cost": a second object
    taken_for += [c for c in verb.children if c.i > obj.i and ((c.dep_ in ("advcl", "ccomp", "xcomp") and c.left_edge.lower_ == "as" and c.left_edge.i == obj.right_edge.i + 1) or (c.dep_ == "dobj" and c.left_edge.i == obj.right_edge.i + 1))]
    taken_for += [c for c in obj.children if (c.dep_ == "prep" and c.lower_ == "as") or (c.dep_ in ("acl", "advcl") and any(g.dep_ == "mark" and g.lower_ == "as" and g.i == c.left_edge.i for g in c.children))]
    # "deemed the route unworkable", the adjective parsed as the object's own
    taken_for += [c for c in obj.children if c.dep_ == "amod" and c.i > obj.i and c.pos_ == "ADJ"]
    if not any(c.dep_ != "prep" or any(g.dep_ in ("pobj", "pcomp", "amod", "acomp") for g in c.children) for c in taken_for):
        return None
    return _with_view_condition(verb, obj, _merge_spans([_subtree_span(obj)] + [_name_span(c) for c in taken_for]))


def _taken_as(verb: "Token") -> "Token | None":
    """The "as …" after a verb of viewing in the passive ("is seen as a test")."""
    return next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > verb.i and any(g.dep_ in ("pobj", "pcomp") for g in c.children)), None)


def _taken_for(verb: "Token") -> "Token | None":
    """What a passive verb of judging or viewing takes its subject for: the "as …" phrase, or
    the adjective the parser hung "as" on."""
    return _taken_as(verb) or _judged_adjective(verb)


def _judged_adjective(verb: "Token") -> "Token | None":
    """"has been criticized as premature": the adjective a passive verb takes its subject for,
    which the parser made the verb's predicate with "as" hung on it."""
    return next((c for c in verb.children if c.i > verb.i and (c.dep_ in ("oprd", "acomp") or (c.dep_ == "advcl" and c.pos_ == "ADJ")) and c.left_edge.lower_ == "as" and c.left_edge.head.i == c.i), None)


def _with_view_condition(verb: "Token", obj: "Token", span: tuple[int, int] | None) -> tuple[int, int] | None:
    """A view with the condition the parser hung on the verb: "deemed the route unworkable
    without a station at the park" (not where or when it was said: "in a letter", "on Friday")."""
    if span is None:
        return None
    doc = verb.doc
    for c in verb.children:
        if c.dep_ != "prep" or c.i < obj.i or doc[c.i - 1].text == "," or c.idx < span[1]:
            continue
        pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
        if pobj is None or pobj.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC") or pobj.lemma_.lower() in lexicon().speech_occasions:
            break
        if c.lower_ in ("without", "unless", "until", "for", "given", "because", "after", "compared", "in", "at", "on") and c.idx - span[1] <= 1:
            span = (span[0], _subtree_span(c)[1])
    return span


# knowing of something is not saying it ("learned of the cuts", "heard about the plan")
_KNOWING_VERBS = frozenset({"learn", "hear", "know", "find", "discover", "read", "understand", "realize", "realise", "remember", "forget"})
# verbs whose object comes with the charge ("accused the mayor of lying")
_CHARGE_VERBS = frozenset({"accuse", "credit", "call"})
# prepositions whose object is what a cue is about ("accused them of lying", "called for
# a ban", "spoke about the deal"); the rest ("in a statement", "on Monday", "at a rally")
# say where or when it was said
_CONTENT_PREPS = frozenset({"of", "for", "about", "against", "over", "as", "with", "on"})


def _right_of_verb(ctx: Context, verb: "Token", dobjs: list["Token"]) -> tuple[int, int] | None:
    """What a cue's clause says after the verb when the parse gave it no complement.

    The small parser often hangs a cue's content on the wrong arc ("said legalizing it could
    …" as an xcomp, "calling for the state to act" as an advcl, "accused them of lying" as
    an object and a preposition); the content is then the verb's right-hand dependents that
    carry meaning, never the ones that say where, when or to whom it was said.
    """
    lemma = verb.lemma_.lower()
    clause = next((c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i and _subject(c) is not None and any(m.dep_ == "mark" and m.lower_ == "that" and m.i > c.left_edge.i and not _of_purpose(m) for m in c.children)), None)
    if clause is not None and not ctx.in_excluded(clause.idx):
        # "told reporters after a campaign stop that she had never …": the parser hung the
        # clause on "after"; what was told opens at its "that"
        return _complement_span(ctx, clause)
    if not _takes(lemma, "object"):
        return None  # "adding $2.10 a month to a bill": these verbs report through a clause only
    parts: list[tuple[int, int] | None] = []
    for c in verb.children:
        # "proposed cutting fares and signaled support for …": a cue joined to the content is a
        # second report of the speaker's, not part of the first
        joined = [g for g in c.children if g.dep_ == "conj" and g.i > c.i and _is_cue_verb(g, ctx.lex) and _in_its_frame(g)]
        joined += [g for g in c.children if g.dep_ == "cc" and joined and g.i < joined[0].i and g.i == joined[0].left_edge.i - 1]
        if c.i < verb.i or ctx.in_excluded(c.idx) or any(_is_cue_verb(g, ctx.lex) and _in_its_frame(g) for g in (c, *c.children) if g.dep_ != "dobj" and g not in joined):
            continue  # "was quoted as saying …": the inner cue reports it (not "say taxing land encourages building")
        if c.dep_ in ("npadvmod", "appos") and c.pos_ == "PROPN" and c.right_edge.i + 1 < len(c.doc) and _closes_an_aside_on(dobjs, c.right_edge.i + 1):
            continue  # "accused his rival, Mara Stone, of …": the object's name, set off
        if c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text == "," and not _closes_an_aside_on(dobjs, c.left_edge.i - 1):
            break  # ", escalating a dispute …": the paper's aside
        if c.dep_ == "xcomp" or (c.dep_ == "advcl" and (c.tag_ == "VBG" or any(m.dep_ == "mark" and m.lower_ in ("for", "that") and not _of_purpose(m) for m in c.children))):
            # "calling for the county to reopen it": "for" belongs with the cue, as "call for" does
            parts.append(_subtree_span(c, [m for m in c.children if m.dep_ == "mark" and m.lower_ == "for"] + joined))
        elif c.dep_ == "prep" and c.lower_ in _CONTENT_PREPS and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children):
            if not any(g.dep_ in ("pobj", "pcomp") for g in c.children) or lemma in _KNOWING_VERBS:
                continue  # "the papers it had asked for", "learned of the cuts"
            if c.lower_ == "on" and not any(g.dep_ == "pcomp" for g in c.children):
                continue
            # "warned of higher fares": what was warned of, as "called for" gives what was
            # called for; after an object the preposition joins the two ("accused them of lying"),
            # and "as" stays with the name it gives ("described as “an intentional act”")
            parts.append(_name_span(c) if c.lower_ == "as" else _subtree_span(c) if parts else _token_span(t for t in c.subtree if t.i != c.i))
        elif c.dep_ == "dobj" and not (lemma in _OBJECT_VERBS_NEED_THAT and c.pos_ == "PRON"):
            parts.append(_subtree_span(c))
    # "accused both the landlord and the agent of ignoring …": the charge may hang on the last of joined objects
    charge = lemma in _CHARGE_VERBS and any(g.dep_ == "prep" and g.lower_ in ("of", "for") for d in dobjs for x in (d, *d.conjuncts) for g in x.children)
    if not parts or (len(parts) == 1 and dobjs and lemma in _NO_CONTENT_OBJECTS and not charge):
        return None  # "told reporters", "asked him": a listener is not content ("accused him of lying" is)
    merged = _merge_spans(parts)
    return trim(ctx.text, *merged) if merged else None


def _as_hung_on_the_occasion(verb: "Token") -> "Token | None":
    """The "as …" of a naming verb that the parser hung on the occasion between ("described
    the trust during a radio interview as “a relic”": "as" went to "interview")."""
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
        return None
    for c in verb.children:
        if c.dep_ == "prep" and c.i > verb.i:
            for pobj in (g for g in c.children if g.dep_ == "pobj"):
                named_as = next((g for g in pobj.children if g.dep_ == "prep" and g.lower_ == "as" and any(h.dep_ in ("pobj", "pcomp") for h in g.children)), None)
                if named_as is not None:
                    return named_as
    return None


def _closes_an_aside_on(objects: list["Token"], comma: int) -> bool:
    """"accused the audience, which the party selects, of …", "accused his rival, Mara Stone,
    of …": the comma closes a clause or a name set off inside the object (the parser may hang
    the comma on the object too), so what follows it still belongs to the verb."""
    for o in objects:
        if o.right_edge.i in (comma - 1, comma) and any(t.text == "," and t.i < comma for t in o.subtree):
            return True
        # (or the name the parser hung on the verb: "his rival" ", Mara Stone" ",")
        between = o.doc[o.right_edge.i + 1 : comma]
        if len(between) > 1 and between[0].text == "," and all(t.pos_ == "PROPN" for t in between[1:]):
            return True
    return False


def _that_clause_on_a_noun(verb: "Token") -> "Token | None":
    """"said in a statement that …", "told lawmakers before the vote that …": the small parser
    hangs the reported clause on the noun of the verb's prepositional phrase. A clause that
    opens with the conjunction "that" is never a relative clause, so it is the verb's.
    "told the inquest that the requests had been refused": on a listener, too, when the
    clause has a subject of its own (a relative "that" would be the subject or object)."""
    if verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and verb.head.pos_ in ("NOUN", "PROPN"):
        # "The Service, which did not oppose the appeal, conceded … that …": a sentence the
        # parser found no verb in hangs the cue and its clause side by side on the subject
        for clause in verb.head.children:
            if clause.i > verb.i and clause.dep_ in ("acl", "relcl", "ccomp") and _opens_with_that(clause):
                return clause
    if verb.lemma_.lower() in _TELLING_VERBS:
        for listener in verb.children:
            if listener.dep_ != "dobj" or listener.i < verb.i or listener.lemma_.lower() in _TOLD_THINGS:
                continue
            for clause in listener.children:
                if (
                    clause.dep_ in ("acl", "relcl")
                    and clause.i > listener.i
                    and _opens_with_that(clause)
                    and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ != "that" for c in clause.children)
                ):
                    return clause
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i < verb.i:
            continue
        # "said in one of a series of posts that …": the noun may sit a few "of" phrases deep
        for pobj in _nouns_down_the_phrase(prep):
            for clause in pobj.children:
                if clause.dep_ in ("acl", "relcl") and clause.i > pobj.i and (any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children) or _that_in_a_taken_slot(clause)):
                    return clause
    return None


def _nouns_down_the_phrase(prep: "Token") -> list["Token"]:
    """The object of a preposition and of each "of" phrase hung on it in turn ("in one of a
    series of posts": one, series, posts)."""
    nouns: list["Token"] = []
    while len(nouns) < 4:
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is None:
            break
        nouns.append(pobj)
        prep = next((c for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > pobj.i), None)
        if prep is None:
            break
    return nouns


def _that_in_a_taken_slot(clause: "Token") -> bool:
    """ "told the radio station before the programme that drivers had carried the city …": the
    parser read "that" as a relative pronoun filling the object, but the verb has an object
    of its own, so "that" can only be the conjunction opening a reported clause."""
    that = clause.doc[clause.left_edge.i]
    if that.lower_ == "that" and that.head.i == clause.i and that.dep_ == "advmod" and that.tag_ == "IN" and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return True  # "testified later in the day that the judge had …": the tagger saw the conjunction
    if that.lower_ != "that" or that.head.i != clause.i or that.dep_ not in ("dobj", "nsubj", "nsubjpass"):
        return False
    role = ("nsubj", "nsubjpass") if that.dep_ != "dobj" else ("dobj",)
    if that.dep_ == "dobj" and that.tag_ == "IN" and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return True  # "… outside the gates that the union had learned of the cuts": the tagger saw the conjunction
    if that.dep_ in ("nsubj", "nsubjpass") and (named := _name_before(clause)) is not None and named.i == that.i + 1:
        return True  # "said in a statement that O’Neill had been relieved": the name, tagged an adverb, is the subject
    return any(c.dep_ in role and c.i != that.i for c in clause.children)


def _opens_with_that(clause: "Token") -> bool:
    """The clause's first word is the conjunction "that" (its mark), not a relative pronoun."""
    return any(m.dep_ == "mark" and m.lower_ == "that" and m.i == clause.left_edge.i for m in clause.children)


@lru_cache(maxsize=1)
def _audiences() -> dict[str, bool]:
    """data/audiences.txt: nouns naming whom something was told, each with whether it is
    the audience of any cue or only of "told"."""
    return {line.split()[0].lower(): line.rstrip().endswith("*") for line in read_list("audiences.txt")}


def _without_the_audience(ctx: Context, verb: "Token", span: tuple[int, int]) -> tuple[int, int]:
    """"told reporters cost had played no part": the parser took the listeners for a noun
    before the reported clause's subject ("reporters cost"); they are who was told, not what."""
    if verb.lemma_.lower() not in _TELLING_VERBS or verb.i + 2 >= len(verb.doc):
        return span
    first = verb.doc[verb.i + 1]
    if first.idx != span[0] or first.dep_ != "compound" or first.head.dep_ not in ("nsubj", "nsubjpass") or first.lemma_.lower() not in _audiences():
        return span
    return trim(ctx.text, verb.doc[verb.i + 2].idx, span[1])


def _is_audience(verb: "Token", obj: "Token") -> bool:
    """"…, a former manager told an inquiry": the object of a cue that names its audience
    ("reporters" after any cue, "an inquiry", "the court" after "told")."""
    any_cue = _audiences().get(obj.lemma_.lower())
    return obj.dep_ in ("dobj", "dative") and any_cue is not None and (any_cue or verb.lemma_.lower() == "tell")


@lru_cache(maxsize=1)
def _frames() -> dict[str, frozenset[str]]:
    """data/cue_frames.txt: the complements that make a listed verb a cue."""
    out = {}
    for line in read_list("cue_frames.txt"):
        lemma, *frames = line.split()
        out[lemma.lower()] = frozenset(frames)
    return out


def _takes(lemma: str, frame: str) -> bool:
    frames = _frames().get(lemma)
    return frames is None or frame in frames


def _found_by_a_study(verb: "Token", lex: Lexicon) -> bool:
    """"The audit found errors in 14 contracts": a verb whose frames take a study's object
    (data/cue_frames.txt), with a study of data/studies.txt as its subject ("a 2014 paper
    that found …" through the relative clause)."""
    if "study" not in _frames().get(verb.lemma_.lower(), ()):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in ("that", "which") and verb.dep_ == "relcl":
        subject = verb.head
    return subject is not None and subject.lemma_.lower() in lex.studies


def _in_its_frame(verb: "Token") -> bool:
    """Whether a cue verb has a complement its frames allow ("encouraged them to apply", not
    "encourages building"): a verb data/cue_frames.txt does not list takes any."""
    frames = _frames().get(verb.lemma_.lower())
    if frames is None:
        return True
    children = list(verb.children)
    return (
        ("to" in frames and any(c.dep_ == "xcomp" and _is_to_infinitive(c) for c in children))
        or ("that" in frames and any(c.dep_ == "ccomp" for c in children))
        or ("object" in frames and any(c.dep_ == "dobj" for c in children))
        or ("as" in frames and _held_view(verb) is not None)
    )


def _holds_views(lemma: str) -> bool:
    """A verb listed with the `as` frame ("see", "regard", "deem"): a cue only for a view held
    of its object (unlike `_takes`, an unlisted verb does not count)."""
    return "as" in _frames().get(lemma, ())


def _merge_spans(spans: Iterable[tuple[int, int] | None]) -> tuple[int, int] | None:
    real = [s for s in spans if s]
    if not real:
        return None
    return min(s for s, _ in real), max(e for _, e in real)


def _host_clause(ctx: Context, verb: "Token") -> list[tuple[int, int]] | None:
    """For a cue inside or after its content ("The plan, he said, is dead."): the host clause.

    The verb hangs off the content's main verb (parataxis, or a ccomp/advcl the parser made
    of the tail); the content is the host clause without the cue's own subtree ("the mayor
    said on Tuesday"), so one piece on each side of it when the cue sits inside.
    """
    if verb.dep_ not in ("parataxis", "ccomp", "advcl", "conj") or verb.head.i == verb.i:
        return None
    host = verb.head
    if host.dep_ in ("aux", "auxpass") and host.head.i != host.i:
        host = host.head  # "Even then, he said, he’s learned …": hung on the auxiliary, the clause is its verb's
    if verb.dep_ == "parataxis" and host.dep_ in ("nsubj", "nsubjpass") and host.head.i > verb.i:
        host = host.head  # "The difference now, he told me, is that …": hung on the subject, the clause is its verb's
    if _is_cue_verb(host, ctx.lex) and (host.i < verb.i or verb.dep_ == "ccomp"):
        return None  # "Residents said they had learned about it", "Officials felt …, said Doe": another cue's clause
    if any((c.dep_ == "mark" or (c.tag_ == "WRB" and c.i < verb.i)) and (c.lower_ != "as" or (not _as_put_it(verb) and any(o.dep_ == "dobj" for o in verb.children))) for c in verb.children):
        return None  # "when the vote was called", "because residents complained": a subordinate clause, not an aside
    if verb.dep_ == "conj" and any(c.dep_ == "cc" and host.i < c.i < verb.left_edge.i + 1 and not _joins_another(host, c, verb) for c in host.children):
        return None  # "Ruiz leads, but Holt has not conceded": a second clause of its own, not an aside
    if not _ends_its_clause(verb):
        return None  # "young farmers still believe in the family plot", "the mayor responded as if …": not an aside
    sent = verb.sent
    # "If this fails, Doe argues, there are other tools": the parser gave the clause that
    # opens the sentence to the cue; it is the host's
    subject = _subject(verb)
    # (and so is a subject it took for a loose noun: "These tenants, Okafor explained earlier, were …")
    fronted = {t.i for c in verb.children if (c.dep_ == "advcl" or (c.dep_ == "npadvmod" and c.pos_ in ("NOUN", "PROPN"))) and c.left_edge.i == sent.start and c.right_edge.i < subject.i for t in c.subtree} if subject is not None else set()
    # "The gap will close this year, sooner than planned, the office reported": the host's
    # own modifier, hung on the cue that follows it
    fronted |= {t.i for c in verb.children if c.dep_ in ("advmod", "advcl") and host.i < c.i and subject is not None and c.right_edge.i < subject.i and ctx.doc[c.left_edge.i - 1].text == "," for t in c.subtree}
    own = [t.i for t in verb.subtree if t.i not in fronted]
    first, last = min(own), max(own)
    tokens = [t for t in host.subtree if not first <= t.i <= last and t.sent == sent]
    after = [t for t in tokens if t.i > last]
    # "The test, the agency said, was its biggest yet, although it may take days to …": the
    # paper's concession after the claim
    conceded = {t.i for c in host.children if c.i > last and c.dep_ == "advcl" and ctx.doc[c.left_edge.i - 1].text == "," and any(m.dep_ == "mark" and m.lower_ in ("although", "though") for m in c.children) for t in c.subtree}
    after = [t for t in after if not conceded or t.i < min(conceded) - 1]
    heads = [t for t in after if t.head.i < first and not t.is_punct]
    # (or a noun phrase with "a" hung on the host: "…, negotiators said, a point the island
    # states fought to the end")
    if len(heads) == 1 and heads[0].left_edge == after[0] and ctx.doc[after[0].i - 1].is_punct and (heads[0].dep_ == "appos" or (heads[0].dep_ == "npadvmod" and heads[0].pos_ == "NOUN" and after[0].lower_ in ("a", "an"))):
        after = []  # "…, the office reported on Tuesday -- a development that …": the paper's comment on the claim
    pieces = [_token_span(t for t in tokens if t.i < first), _token_span(after)]
    out = [trim(ctx.text, *p) for p in pieces if p]
    out = [p for p in out if p[1] > p[0] and _has_content_word(ctx, p)]  # not "But as" left of "as Doe notes in a column"
    if out and out[0][1] <= verb.idx and ":" in ctx.text[out[0][1] : verb.left_edge.idx]:
        return None  # "One point unites the wards: nurses back longer breaks": a colon ends the claim
    return out or None


def _joins_another(host: "Token", cc: "Token", verb: "Token") -> bool:
    """"The mill is hanging on, but it is under pressure, said its chief": the "but" joins the
    clause after it, which comes before the cue; the cue is not the second clause."""
    return any(c.dep_ == "conj" and cc.i < c.i < verb.i and c.pos_ in ("VERB", "AUX") for c in host.children)


def _clause_split_by_root_cue(ctx: Context, verb: "Token") -> list[tuple[int, int]] | None:
    """"These tenants, Okafor explained earlier in the hearing, were well paid": with more than
    the subject after a cue set in the middle of a clause, the parser makes the cue the main
    verb, the clause's subject a loose noun before it and the rest a verb joined after it.
    The content is the two halves around the cue."""
    subject = _subject(verb)
    if verb.dep_ != "ROOT" or subject is None or subject.i > verb.i or ctx.doc[subject.left_edge.i - 1].text != ",":
        return None
    front = next((c for c in verb.children if c.i < subject.left_edge.i and c.dep_ in ("npadvmod", "nsubj", "dep") and c.pos_ in ("NOUN", "PROPN", "PRON") and c.left_edge.i == verb.sent.start), None)
    rest = next((c for c in verb.children if c.dep_ == "conj" and c.i > verb.i and c.pos_ in ("VERB", "AUX")), None)
    if front is None or rest is None or _subject(rest) is not None or any(c.dep_ == "cc" and verb.i < c.i < rest.i for c in verb.children):
        return None
    if ctx.doc[rest.left_edge.i - 1].text != ",":
        return None  # "Doe explained the rules and left": a second thing Doe did
    pieces = [_subtree_span(front), _subtree_span(rest)]
    return [trim(ctx.text, *p) for p in pieces if p] if all(pieces) else None


def _on_condition(verb: "Token") -> "Token | None":
    """The cue's "on (the) condition of anonymity" / "on background" phrase, if it has one:
    it says why the speaker goes unnamed, and what the parser hangs after it ("to discuss
    the findings") is the anonymity's, not the cue's complement."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "on" and c.i > verb.i and any(g.dep_ == "pobj" and g.lemma_.lower() in ("condition", "background") for g in c.children):
            return c
    return None


def _dashed_off(token: "Token") -> bool:
    """"…, her husband said this week — an apparent reversal of her stance": a noun phrase set
    off by a dash after a cue is the paper's comment on the report, though the parser may take
    it for the cue's object."""
    return token.dep_ == "dobj" and token.left_edge.i > token.head.i + 1 and token.doc[token.left_edge.i - 1].text in ("—", "–", "--")


def _ends_its_clause(verb: "Token") -> bool:
    """Whether nothing but where, when and to whom follows the cue ("…, he said in a statement
    on Tuesday"): only such a cue stands aside from a clause that is its content."""
    condition = _on_condition(verb)
    for c in verb.children:
        if c.i < verb.i or c.is_punct or c.dep_ in ("npadvmod", "advmod", "agent", "cc"):
            continue
        if _dashed_off(c):
            continue
        if c.dep_ in ("dobj", "dative") and (c.pos_ == "PRON" or _is_audience(verb, c) or (verb.lemma_.lower() == "tell" and (c.pos_ == "PROPN" or c.ent_type_ in ("ORG", "PERSON", "GPE", "NORP")) and not any(g.dep_ == "prep" for g in c.children))):
            continue  # "…, she told reporters", "…, Berg told WBAL, …": whom it was said to
        if c.dep_ == "prep":
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if objs and c.lower_ == "of" and verb.lemma_.lower() in ("say", "write", "add", "tell"):
                continue  # "…, she said of the plan"
            if objs and (objs[0].ent_type_ in ("DATE", "TIME") or objs[0].lemma_.lower() in lexicon().speech_occasions or objs[0].pos_ in ("PROPN", "PRON")):
                continue  # "in a statement", "on Tuesday", "to the Ledger", "to me"
            if objs and c.lower_ == "to" and _audiences().get(objs[0].lemma_.lower()) is not None:
                continue  # "as the mayor explained to reporters", "…, she said to the inquiry"
            if c == condition:
                continue  # "…, she said, on condition of anonymity": why she is not named
        if c.dep_ == "xcomp" and condition is not None and condition.i < c.i:
            continue  # "… on condition of anonymity to discuss the findings": the parser gave "to discuss" to the cue
        if c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg", "prt", "conj", "parataxis", "ccomp"):
            continue  # an inverted subject ("…, said the mayor"), or the sentence going on
        return False
    return True


def _has_content_word(ctx: Context, span: tuple[int, int]) -> bool:
    """Whether a span holds more than conjunctions, prepositions and punctuation."""
    words = ctx.doc.char_span(*span, alignment_mode="expand")
    return words is not None and any(t.pos_ in ("NOUN", "PROPN", "PRON", "VERB", "AUX", "ADJ", "NUM") for t in words)


_STRANDED_DEPS = frozenset({"advcl", "xcomp", "prep", "dobj", "ccomp", "oprd", "acomp"})


# what opens an adverbial clause of time or purpose ("until the work was done", "as she left",
# "so the builder could start"); not a condition or a reason, which gold keeps with the object
_WHEN_MARKS = frozenset({"until", "till", "since", "while", "after", "before", "as", "when", "so"})
# verbs whose "as …" is how they show their object ("portrayed him as focused on …"), as with
# the naming verbs and the verbs of viewing
_PORTRAYING_VERBS = frozenset({"portray", "depict", "paint", "cast", "frame", "present", "defend"})
_SHOWING_AS = _NAMING_VERBS | _PORTRAYING_VERBS


def _says_when(clause: "Token") -> bool:
    """"denied the permits until the work was done": an adverbial clause of when the words were
    said (not "even as", a contrast the speaker draws, nor the "as" of "portrayed him as
    focused on …", the view held of the object)."""
    if clause.dep_ != "advcl" or clause.left_edge.lower_ == "even":
        return False
    marks = [m.lower_ for m in clause.children if m.dep_ == "mark"]
    if marks == ["as"] and (_holds_views(clause.head.lemma_.lower()) or clause.head.lemma_.lower() in _SHOWING_AS):
        return False
    return any(m in _WHEN_MARKS for m in marks)


def _with_stranded_tail(ctx: Context, verb: "Token", content: tuple[int, int]) -> tuple[int, int]:
    """"said she came out to vote | to back the senator because of his record": the small
    parser often hangs the end of a reported clause on the cue verb instead of on the clause;
    a right-hand dependent of the cue after the content belongs to the content, unless it
    is a cue of its own, a quotation of its own, or says where or when the words were said."""
    end = content[1]
    whole = ctx.quotation_at(content[0])
    if whole is not None:
        # chanted “…” as a band played: a quotation is whole as it stands, and a clause of
        # the paper's own that follows it ("as", "while", "when") is not the protesters'
        after = ctx.text[whole.end : content[1]].split(None, 1)
        if whole.end < content[1] and after and after[0].lower() in ("as", "while", "when", "before", "after"):
            return trim(ctx.text, content[0], whole.end)
        if whole.end >= content[1]:
            return content
    # "has not mentioned Dunmore since the debate": after an object noun phrase, a phrase of time
    # or an adverbial clause the parser hung on the verb says when or why it was said
    object_content = any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN", "PRON", "NUM") and c.left_edge.idx == content[0] and c.right_edge.idx < content[1] for c in verb.children)
    for c in verb.children:
        if c.i <= verb.i or c.idx < content[1]:
            continue
        if object_content and (_says_when(c) or (c.dep_ == "prep" and c.lower_ in _WHEN_PREPS)):
            break
        if c.dep_ == "conj" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
            end = max(end, c.right_edge.idx + len(c.right_edge))  # "said that …, and that nobody was hurt"
            continue
        if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and not _is_cue_verb(c, ctx.lex) and _has_quotation(ctx, (c.left_edge.idx, c.right_edge.idx + len(c.right_edge))):
            # said the mayor had been “a friend,” and the city would “miss her”: his words go on
            end = max(end, c.right_edge.idx + len(c.right_edge))
            continue
        if c.dep_ not in _STRANDED_DEPS:
            continue
        if _is_cue_verb(c, ctx.lex) or ctx.in_excluded(c.idx):
            break
        if any(content[1] <= t.idx < c.left_edge.idx and t.dep_ in ("conj", "advcl") and _is_cue_verb(t, ctx.lex) and any(g.dep_ == "ccomp" for g in t.children) for t in verb.sent):
            break  # "fear that … and warn that … is not a plan": the end belongs to the second cue's clause
        if c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text == "," and not (c.dep_ == "prep" and c.lower_ in ("including", "such")):
            break  # ", escalating a dispute …", ", with 78 percent voting against": the paper's aside (", including …" lists what was said)
        if c.dep_ == "prep" and c.lower_ in ("in", "at", "on", "during", "after", "before", "to", "from", "via", "through", "according"):
            break
        if _has_quotation(ctx, (content[1], c.right_edge.idx + len(c.right_edge))) and not _has_quotation(ctx, content):
            break
        end = max(end, c.right_edge.idx + len(c.right_edge))
    return trim(ctx.text, content[0], end) if end > content[1] else content


_TRAILING_DEPS = frozenset({"prep", "npadvmod", "advmod", "agent", "punct", "xcomp"})  # an xcomp only where _ends_its_clause lets one pass


def _fronted_clause(ctx: Context, verb: "Token", speaker: tuple[int, int] | None) -> tuple[int, int] | None:
    """“The plant will close in May, company filings show.”: a cue that ends its sentence
    (bar where and when: "said in a statement on Monday", or the speaker of an inverted
    "…, said Anna Berg, founder of …") after a clause set off by a comma reports that whole
    clause, whichever arc the parser hung it on."""
    if speaker is None or verb.i < 1 or not _ends_its_clause(verb):
        return None
    sent = verb.sent
    tail = {t.i for c in verb.children if c.i > verb.i and (c.dep_ in _TRAILING_DEPS or _is_audience(verb, c) or _dashed_off(c)) for t in c.subtree}
    inverted = speaker[0] > verb.idx and not _is_passive(verb)  # "…, said Anna Berg, founder of …"
    if any(t.i not in tail and not (t.is_punct or t.is_space) and not (inverted and speaker[0] <= t.idx < speaker[1]) for t in sent if t.i > verb.i):
        return None
    first = sent.start_char
    if sent[0].text == "," and sent.start > 0 and not ctx.doc[sent.start - 1].is_space:
        first = ctx.doc[sent.start - 1].sent.start_char  # the parser split ", he said." off its clause
    before = ctx.text[first : _cue_span(verb)[0] if inverted else speaker[0]].rstrip()
    if not before.endswith(","):
        return None
    start, end = trim(ctx.text, first, first + len(before))
    inner = ctx.doc.char_span(start, end, alignment_mode="expand")
    if inner is None or len(inner) < 4 or ctx.in_excluded(start):
        return None
    if inner[0].pos_ in ("ADP", "SCONJ", "CCONJ") and not (inner[0].pos_ != "CCONJ" and _main_clause_after_opening(inner)):
        return None  # "After a poor harvest, young farmers believe …", "But instead of …": an opening phrase
    relative = {t.i for r in inner if r.dep_ in ("relcl", "amod") for t in r.subtree}
    who = ctx.doc.char_span(*speaker, alignment_mode="expand")
    pronoun = who is not None and len(who) == 1 and who[0].pos_ == "PRON"
    # nor before "a coroner has ruled": a description sets off a named or definite speaker
    indefinite = who is not None and len(who) > 1 and who[0].lower_ in ("a", "an")
    described = not (inverted or pronoun or indefinite or _has_quotation(ctx, (start, end)))
    if described and not any(t.pos_ in ("VERB", "AUX") and t.i not in relative for t in inner):
        # "A retired teacher who has little patience for the council, Quill marveled": a
        # description of the speaker (not before "he said", nor with a quotation in it, nor
        # before an inverted cue: there the parser has misread a verb as a noun)
        return None
    return start, end


def _main_clause_after_opening(inner: "SpacySpan") -> bool:
    """"As the senator prepared to speak, a girl outside the venue was sprayed": after the
    opening phrase and its comma comes a clause with a finite verb of its own, so the whole
    sentence up to the cue is what was reported."""
    if inner[0].dep_ != "mark" or inner[0].head.pos_ not in ("VERB", "AUX"):
        return False  # (an opening clause, "As …", not a phrase: "On Wednesday, …", "In a memoir, …")
    comma = next((t for t in inner if t.text == ","), None)
    return comma is not None and any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") and t.pos_ in ("VERB", "AUX") for t in inner if t.i > comma.i)


def _as_reported_by(token: "Token") -> bool:
    """"As (first) reported by the Ledger, …": a passive cue with its source, set beside the
    clause it sources."""
    return any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children) and any(c.dep_ == "agent" for c in token.children)


def _reports_nothing(token: "Token") -> bool:
    """A reporting verb's form or frame that reports nothing here, whatever follows it."""
    # (the tagger may call an opening participle a past tense: "Asked whether …, she said")
    participle = token.tag_ == "VBN" or (token.tag_ == "VBD" and token.left_edge.i == token.i and token.i < token.head.i)
    if participle and token.dep_ == "advcl" and _subject(token) is None and not _as_reported_by(token):
        return True  # "Asked about the plan, she said …": the question is not hers
    if token.dep_ in ("amod", "compound", "nmod") or (token.i >= 2 and token.nbor(-1).text == "-" and not token.nbor(-1).whitespace_):
        return True  # "the so-called “reform”", "a stated aim": an adjective, not a cue (a spaced dash is an aside's end)
    if token.dep_ == "acl" and token.tag_ == "VBN" and token.lemma_.lower() in _NAMING_VERBS and not any(c.dep_ == "agent" for c in token.children):
        # "a tool called WipeIt": a name, said by nobody (not "Ruiz, a Holt ally, called it …",
        # where the parser found no verb and hung the main one on the subject after a comma)
        main_verb = token.head.dep_ == "ROOT" and token.i > 0 and token.doc[token.i - 1].text == "," and any(c.dep_ == "dobj" for c in token.children)
        if not main_verb:
            return True
    subject = _subject(token)
    if subject is not None and subject.tag_ == "CD" and subject.i == token.i - 1 and token.i + 1 < len(token.doc) and token.nbor(1).dep_ == "dobj" and token.nbor(1).tag_ == "NNS":
        return True  # "120 pledged delegates": a participle used as an adjective
    if subject is not None and subject.lower_ == "you" and token.sent.text.rstrip(" ”\"'’").endswith("?"):
        return True  # "Would you vote for her?": a question to the reader reports nothing
    if subject is not None and subject.lower_ in ("that", "this") and all(t.is_punct for t in token.doc[token.sent.start : subject.i]) and token.i + 1 < len(token.doc) and token.nbor(1).text == ",":
        return True  # "That said, the depot stays open" (or in brackets): a connective, not a report
    if token.lemma_ == "say" and _is_to_infinitive(token) and _impersonal_it(token.head if token.head.pos_ in ("ADJ", "ADV") else token):
        return True  # "It is too soon to say whether …", "It's fair to say …": the writer's own hedge
    if _put_to_subject(token):
        return True  # "Holt, asked whether he would resign, said …": the question was put to Holt
    if token.lemma_.lower() == "show" and any(c.dep_ in ("prt", "advmod", "prep") and c.lower_ == "up" and c.i == token.i + 1 for c in token.children):
        return True  # "showed up wearing a brown beret": arrived, showed nothing
    if token.lemma_.lower() in ("call", "name", "dub") and token.dep_ == "acl" and token.tag_ in ("VBN", "VBD") and not any(c.dep_ in ("agent", "nsubj") for c in token.children) and any(c.dep_ in ("oprd", "dobj", "attr") and c.pos_ == "PROPN" and c.i == token.i + 1 for c in token.children):
        return True  # "a coalition … called Nevadans for Fair Rent": what it is named, nobody's word
    if token.lemma_.lower() == "swear" and any(c.dep_ in ("prt", "advmod", "prep") and c.lower_ in ("off", "in") and c.i == token.i + 1 for c in token.children):
        return True  # "has sworn off super PAC money", "was sworn in": renounced or took office, swore nothing
    if token.lemma_.lower() == "quote" and _is_passive(token) and any(c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ in ("pcomp", "pobj") and g.lemma_.lower() in ("say", "tell", "write") for g in c.children) for c in token.children):
        return True  # "was quoted as saying the city “cannot wait”": "saying" reports it, once
    if token.lemma_.lower() in ("decline", "refuse") and any(c.dep_ == "xcomp" and c.lemma_.lower() in ("name", "identify") and any(g.dep_ == "auxpass" for g in c.children) for c in token.children):
        return True  # "a spokesman, who declined to be named, said …": why the source is unnamed, not a claim
    if token.lemma_.lower() == "add" and token.i + 1 < len(token.doc) and token.nbor(1).lower_ == "to" and token.nbor(1).head.i == token.i:
        # "…, adding to debts that many could not repay": adding to a pile, not a word (the
        # parser may hang the relative clause on "adding"), but not "added to reporters that …"
        added_to = next((g for g in token.nbor(1).children if g.dep_ == "pobj"), None)
        if added_to is not None and added_to.lemma_.lower() not in _audiences() and added_to.pos_ != "PROPN":
            return True
    if token.lemma_.lower() == "agree" and any(c.dep_ == "dobj" and (c.lemma_.lower() in lexicon().agreed_terms or any(g.ent_type_ == "MONEY" for g in c.subtree)) for c in token.children):
        return True  # "Kingsmere agree £38m fee", "agreed a deal": terms settled, not a view shared
    if token.lemma_.lower() == "recall" and subject is not None and not any(c.dep_ == "ccomp" for c in token.children) and _a_body(subject):
        return True  # "Larkfield Nutrition is recalling powdered formula": a product recall, not a memory
    if token.lemma_.lower() == "argue" and any(c.dep_ == "dobj" and c.lemma_.lower() in ("case", "appeal") for c in token.children):
        return True  # "the deputy minister who argued South Korea’s case in Geneva": pleaded it, claimed nothing
    return False


def _with_closing_quotation(ctx: Context, content: tuple[int, int]) -> tuple[int, int]:
    """"told the Tribune that he was coached to steer every answer back to crime “no matter what
    the question was.”": a quotation that goes on with the reported clause in lower case, right
    after it, and closes the sentence is the clause's end, whatever the parser hung it on."""
    at = content[1]
    while at < len(ctx.text) and ctx.text[at] == " ":
        at += 1
    region = ctx.quotation_at(at)
    if region is None or region.start != at or at == content[1] or not region.closed or region.style != "double":
        return content
    words = ctx.text[region.inner_start : region.inner_end]
    rest = ctx.text[region.end : region.end + 2]
    # (or one that closes with a comma before the speaker's next cue: 'urged travelers to book
    # flights “now, not next week,” adding that …')
    after = ctx.doc.char_span(region.end, region.end + 40, alignment_mode="expand") if words.rstrip()[-1:] == "," else None
    then = after is not None and len(after) > 0 and after[0].tag_ == "VBG" and after[0].dep_ == "advcl" and _is_cue_verb(after[0], ctx.lex) is not None
    if not words[:1].islower() or not (words.rstrip()[-1:] in ".!?" or rest[:1] in (".", "\n", "") or then):
        return content
    return (content[0], region.end)


def _headline_shared_subject(ctx: Context, verb: "Token") -> "Token | None":
    """"Veskaria limits wheat exports, says drought cut harvest 18%": in a headline, a cue with
    no subject after a comma shares the subject of the clause before it (which the parser
    made the cue's complement)."""
    line = headline_line(ctx.text, ctx.excluded)
    if line is None or not line[0] <= verb.idx < line[1] or verb.tag_ not in ("VBZ", "VBD") or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    before = next((c for c in verb.children if c.dep_ in ("ccomp", "conj") and c.i < verb.i and c.right_edge.i in (verb.i - 2, verb.i - 1)), None)
    subject = _subject(before) if before is not None else None
    return subject if subject is not None and subject.pos_ in ("PROPN", "NOUN") and subject.i < before.i else None


def _a_body(token: "Token") -> bool:
    """Whether `token` names a body: an organisation by NER, or a body's noun ("the maker")."""
    lex = lexicon()
    nouns = [token] + [c for c in token.children if c.dep_ in ("compound", "appos")]  # "formula maker Larkfield"
    if any(t.lemma_.lower() in lex.org_nouns or t.lemma_.lower() in lex.company_nouns for t in nouns):
        return True
    # (NER's body, unless an appositive says what it is: "Roffman, a securities analyst, recalled …")
    return token.ent_type_ == "ORG" and not any(c.dep_ == "appos" for c in token.children)


_WRITING_VERBS = frozenset({"write", "pen", "draft", "author", "compose"})
_WHAT_A_WORK_HOLDS = frozenset({"acl", "relcl", "appos", "ccomp"})
_TOPIC_PREPS = frozenset({"about", "on", "of", "against", "in"})  # "a column about …", "a book in which …"


def _writes_a_work(verb: "Token", lex: Lexicon) -> bool:
    """"wrote his dissertation", "writes a weekly column": the object is a thing written, not
    what it says; "wrote a letter asking …" or "a column about …" says what it holds."""
    if verb.lemma_.lower() not in _WRITING_VERBS or any(c.dep_ == "ccomp" for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    return bool(objects) and all(o.lemma_.lower() in lex.written_works and not any(c.dep_ in _WHAT_A_WORK_HOLDS or (c.dep_ == "prep" and c.lower_ in _TOPIC_PREPS) for c in o.children) for o in objects)


def _impersonal_it(token: "Token") -> bool:
    """The copula `token` hangs on has "it" for its subject: "It is safe to say …"."""
    copula = token.head if token.dep_ in ("xcomp", "acomp", "advmod") else None
    return copula is not None and copula.lemma_ == "be" and any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in copula.children)


def _verb_attributions(ctx: Context) -> list[Found]:
    found: list[Found] = []
    for token in ctx.doc:
        lemma = _is_cue_verb(token, ctx.lex)
        if lemma is None or ctx.in_excluded(token.idx) or ctx.inside_quotation(token):
            continue
        if _reports_nothing(token) or _writes_a_work(token, ctx.lex):
            continue
        # "Okafor said the vote was a disgrace and vowed to appeal": a cue joined to the clause
        # another cue reports, with no subject of its own, is the first speaker's
        sayer = _sayer(token, ctx.lex)
        said_by = sayer if _subject(token) is None else None
        head, skip = _find_speaker(said_by if said_by is not None else token, ctx.lex)
        if head is not None and _addressed_in_the_quotation(ctx, head, token):
            head, skip = None, []  # “Judge, where …?” asked Sen. Culhane: a vocative in the quotation speaks for nobody
        stray = None
        if head is None and (interviewed := _interviewed(token)) is not None:
            head, skip = interviewed
        if head is None:
            sayer = sayer or token  # "Berg, 70, said … but added": the sayer's stray subject
            stray = _stray_subject(sayer) or _appositive_subject(sayer) or _inverted_subject(ctx, sayer) or _conjoined_subject(token) or _questioned_subject(token) or _headline_shared_subject(ctx, token) or _participle_subject(token)
        if stray is not None:
            head, skip = stray, []
        speaker = _speaker_span(ctx, head, skip) if head is not None else None
        if stray is not None and speaker is not None and (det := _article_on_cue(token, stray)) is not None:
            speaker = (det.idx, speaker[1])
        unnamed = "passive" if speaker is None and _by_someone_unnamed(token, ctx.lex) else None  # "Okafor is said to …"
        cue = _cue_span(token)
        cluster = _cue_cluster(cue, speaker, ctx.text)
        content = _adjacent_quotation(ctx, cluster)
        if content is not None and _another_verbs_quotation(ctx, token, cue, speaker, head, content):
            content = None
        how = "verb-quote"
        parsed = _content_for_verb(ctx, token, lemma)
        if parsed is not None:
            parsed = _without_the_audience(ctx, token, _with_reported_conjunct(ctx, token, parsed))
        if content is None or (parsed is not None and parsed[0] <= content[0] and content[1] <= parsed[1]):
            content, how = parsed, "verb"
        elif parsed is not None and cue[1] <= parsed[0] < content[0] < parsed[1] < content[1] and not ctx.text[parsed[1] : content[1]].strip(_CLOSING_MARKS) and _leads_into_quotation(ctx, (parsed[0], content[0])):
            # said that for most families, “the bus is the only way to work.”: the quotation ends
            # the clause, whose closing marks the parser hung on the cue
            content, how = (parsed[0], content[1]), "verb"
        elif parsed is not None and parsed[0] > token.idx and content[1] <= cue[0] and _ends_sentence(ctx.text, content, questions=any(c.dep_ == "ccomp" and c.i > token.i for c in token.children)):
            # “… soft.” He says referees …: the quotation was the last sentence (a question too:
            # “Who would care?” Farmers at the fair said it changed nothing)
            content, how = parsed, "verb"
        elif parsed is not None and parsed[0] > token.idx and content[1] <= cue[0] and token.dep_ in ("advcl", "conj") and token.tag_ == "VBG":
            content, how = parsed, "verb"  # told them it was “fine”, adding that …: the quotation is the first cue's
        if how == "verb" and content is not None and not (token.dep_ in ("ccomp", "xcomp") and _is_cue_verb(token.head, ctx.lex)):
            # (a report inside another cue's clause leaves the quotation to that cue)
            content = _with_closing_quotation(ctx, content)
        if how == "verb-quote" and content is not None and content[1] <= cue[0]:
            content = _lead_in(ctx, content)  # Its plan is “dead,” Doe said: the clause, not the phrase
        pieces = None
        if how == "verb-quote" and content is not None and content[0] >= cue[1] and cluster is not None:
            if (around := _interrupted_clause(ctx, token, cluster, content)) is not None:
                pieces, content, how = around, (around[0][0], around[-1][1]), "verb-tail"
        if how == "verb" and (named := _passively_named(token) or _stand_taken(token, ctx.lex) or _extraposed_infinitive(ctx, token)) is not None:
            pieces, content, how = named, (named[0][0], named[-1][1]), "verb-tail"
        if content is None and _frames().get(lemma, {"that"}) == frozenset({"to"}):
            continue  # "has seen volumes decline": "decline" reports only in "declined to …"
        if content is not None and lemma in ctx.lex.issuing_verbs and any(c.dep_ == "dobj" and c.left_edge.idx == content[0] and _bare_document(c, ctx.lex) for c in token.children):
            continue  # "published a survey last week": the document, not what it says
        if lemma == "question" and content is not None and any(c.dep_ == "dobj" and c.left_edge.idx == content[0] and _counted(c) for c in token.children):
            continue  # "The group questioned 4,200 smartphone users": whom a poll asked, not what was doubted
        if content is None and lemma not in _NO_CONTENT_OBJECTS and lemma != "put it" and any(c.dep_ in ("dobj", "dative") and c.i > token.i and not _is_audience(token, c) for c in token.children):
            continue  # "and conceded 22 goals", "adding $2 a month": an object no frame takes, not a report
        if (content is None or how == "verb-quote") and (around := _clause_split_by_root_cue(ctx, token)) is not None and (content is None or around[-1][0] <= content[0] < content[1] <= around[-1][1]):
            pieces, content, how = around, (around[0][0], around[-1][1]), "verb-tail"
        if content is None and (introduced := _quotation_after_colon(ctx, token)) is not None:
            content, how = introduced, "verb-quote"  # "…, telling them:" and the quotation: theirs, not the clause before
        if content is None:
            content = _fronted_clause(ctx, token, speaker)
            if content is None and (pieces := _host_clause(ctx, token)):
                content = (pieces[0][0], pieces[-1][1])
            how = "verb-tail"
        elif how == "verb-quote" and content[1] <= cue[0] and token.dep_ == "parataxis" and (host := _host_clause(ctx, token)) and len(host) == 2 and host[0][0] <= content[0] and (host_subject := _subject(token.head)) is not None and host_subject.i > token.i:
            # Despite his “sharp tongue,” his lawyer wrote, Doe is a generous neighbour.: the
            # quotation opens a clause that goes on after the cue
            pieces, content, how = host, (host[0][0], host[1][1]), "verb-tail"
        if content is None:
            content = _quotation_after(ctx, token)
            how = "verb-quote"
        if how == "verb" and content is not None and content[0] > token.idx:
            content = _with_stranded_tail(ctx, token, content)
        if how == "verb" and content is not None:
            content = _drop_leading_time(ctx, content)  # said on Thursday it would …: "on Thursday" is the cue's
        if how == "verb" and content is not None and (front := _fronted_subject(ctx, token, content)) is not None:
            pieces, content, how = [front, content], (front[0], content[1]), "verb-tail"
        elif how == "verb" and content is not None and unnamed == "passive" and (raised := _raised_subject(token, content)) is not None:
            pieces, content, how = [raised, content], (raised[0], content[1]), "verb-tail"
        elif (how == "verb" or (how == "verb-tail" and (pieces is None or len(pieces) == 1))) and content is not None and content[1] <= token.idx and (more := _clause_after_cue(ctx, token)) is not None:
            pieces, content, how = [content, more], (content[0], more[1]), "verb-tail"
        if how == "verb" and content is not None and not pieces and (antecedent := _said_of_antecedent(ctx, token, content)) is not None:
            pieces, content, how = [antecedent, content], (antecedent[0], content[1]), "verb-tail"
        if stray is not None and content is not None and content[0] < stray.idx < content[1]:
            content = trim(ctx.text, content[0], stray.left_edge.idx)  # the speaker is not content
        if content is not None and not pieces and lemma in _NAMING_VERBS and content[0] >= cue[1]:
            # "what several lawmakers called “fraud”": the thing named is the relative pronoun
            named = _relative_named(token)
            if named is not None and (speaker is None or named.idx < speaker[0]):
                pieces, content, how = [(named.idx, named.idx + len(named.text)), content], (named.idx, content[1]), "verb-tail"
        if content is None or content[1] <= content[0]:
            continue
        if ctx.text[content[0] : content[1]].strip().lower() in _HOW_MUCH_WAS_SAID:
            continue  # "has said little in public": how much was said, not what
        if speaker is None and unnamed is None:
            if not _has_quotation(ctx, content):
                continue
        spans = pieces if pieces and how == "verb-tail" and (pieces[0][0], pieces[-1][1]) == content else [content]
        relative = _relative_pronoun(token, head, skip) if head is not None and said_by is None else None
        found.append(Found(spans, cue, speaker, head.i if head is not None else None, lemma, how, unnamed=unnamed, relative=relative))
    return found


# contents that only say how much was said (PolNeAR train gold never has one as a content)
_HOW_MUCH_WAS_SAID = frozenset({"little", "nothing", "much", "very little", "little else", "nothing else"})


def _extraposed_infinitive(ctx: Context, verb: "Token") -> list[tuple[int, int]] | None:
    """"It is his job, Okafor said, to speak for the villages": the parser gives the
    infinitive to the cue set inside an "it is …" clause, whose subject it really is; the
    claim is both pieces around the cue."""
    if verb.dep_ != "parataxis" or verb.head.i > verb.i:
        return None
    host = verb.head
    it = next((c for c in host.children if c.dep_ in ("nsubj", "expl") and c.lower_ == "it" and c.i < verb.i), None)
    infinitive = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i and _is_to_infinitive(c)), None)
    first = min(t.i for t in verb.subtree if not t.is_punct)
    if it is None or infinitive is None or host.lemma_ != "be" or ctx.doc[first - 1].text != ",":
        return None
    before = _token_span(t for t in host.subtree if it.i <= t.i < first - 1)
    after = _subtree_span(infinitive)
    if before is None or after is None:
        return None
    return [trim(ctx.text, *before), trim(ctx.text, *after)]


def _leads_into_quotation(ctx: Context, lead: tuple[int, int]) -> bool:
    """Whether the words between a cue's "that" and a quotation only lead into it ("that in
    2009, “…”"): no colon or dash sets the quotation off ("declared the need for resolve: “…”")
    and no verb of their own makes them a report before it ("mentioned the wall and added, “…”")."""
    if re.search(r"[:;—–(]| - ", ctx.text[lead[0] : lead[1]]):
        return False
    words = ctx.doc.char_span(lead[0], lead[1], alignment_mode="contract")
    return words is not None and not any(t.pos_ in ("VERB", "AUX") for t in words)


def _by_someone_unnamed(verb: "Token", lex: Lexicon) -> bool:
    """"It is believed that …", "Residents were told that …", "The trust has been asked to
    explain …": a passive cue whose source the text does not name. A question put to someone
    ("was asked about his future") is not a report, as "Asked about the plan, she said" is not."""
    lemma = verb.lemma_.lower()
    if _is_passive(verb) and lemma in _CONSENSUS_VERBS and any(c.dep_ == "advmod" and c.lower_ in _CONSENSUS_ADVERBS for c in verb.children):
        return True  # "is widely expected to win": a consensus nobody is named for
    if _judged_as_by_nobody(verb, lex):
        return True  # "The levy has been criticized as a tax on the poor": by whom, the text does not say
    if not _is_passive(verb) or lemma not in _PASSIVE_SPEAKERLESS:
        return False
    if lemma in _TOLD_IN_THE_PASSIVE and any(c.dep_ == "neg" for c in verb.children):
        return False  # "Harwell was not told to close its intake": nothing was told (not "is not thought to be", a belief)
    return lemma != "ask" or any(c.dep_ == "xcomp" and _is_to_infinitive(c) for c in verb.children)


def _judged_as_by_nobody(verb: "Token", lex: Lexicon) -> bool:
    """"has been criticized as a tax on the poor", "is viewed as a bulwark": a verb of judging,
    naming or viewing in the passive, with what its subject is taken for and no "by" phrase."""
    lemma = verb.lemma_.lower()
    judged = lemma in lex.stance_verbs or lemma in _NAMING_VERBS or _holds_views(lemma)
    return _is_passive(verb) and judged and not _agents(verb) and _taken_for(verb) is not None


_SELF_OR_THING = frozenset({"i", "me", "we", "us", "it"})


def _quoted_quotations(ctx: Context) -> list[Found]:
    """‘She said to me, “I’ve been shouting for hours,” and I won’t forget it.’: a speaker
    quoting someone else, with the cue and the second speaker inside the quotation. The
    quoted words are that speaker's, a direct quote of their own; anything else said inside
    a quotation is part of the outer speaker's words."""
    found: list[Found] = []
    if not ctx.nested:
        return found
    for token in ctx.doc:
        if not ctx.inside_quotation(token) or ctx.in_excluded(token.idx) or (lemma := _is_cue_verb(token, ctx.lex)) is None:
            continue
        outer = ctx.quotation_at(token.idx)
        head, skip = _find_speaker(token, ctx.lex)
        if head is None or head.lower_ in _SELF_OR_THING or head.dep_ not in (*_SUBJECTS, "pobj"):
            continue  # ‘I said, “…”’ is the outer speaker's own claim again; "it" quotes nobody
        speaker = _speaker_span(ctx, head, skip)
        cue = _cue_span(token)
        if speaker is None or outer is None or not (outer.inner_start <= speaker[0] and speaker[1] <= outer.inner_end):
            continue
        content = _adjacent_quotation(ctx, _cue_cluster(cue, speaker), within=outer)
        if content is not None:
            found.append(Found([content], cue, speaker, head.i, lemma, "nested"))
    # one speaker a quotation: "heard them claim they would say ‘…’" is the nearest cue's
    best: dict[tuple[int, int], Found] = {}
    for f in found:
        if f.spans[0] not in best or _rank(f, ctx.doc) > _rank(best[f.spans[0]], ctx.doc):
            best[f.spans[0]] = f
    return sorted(best.values(), key=lambda f: f.start)


_REPORTED_MODALS = frozenset({"would", "could", "might", "should", "’d", "'d"})


def _with_reported_conjunct(ctx: Context, verb: "Token", content: tuple[int, int]) -> tuple[int, int]:
    """"said after the hearing that Varga had answered every question and would provide the
    documents": the parser joins the second verb to "said", but its "would" (the future seen
    from the past) makes it part of what was said, not something the speaker then did; so
    does a bare participle ("told the court that inspectors had found mould in every bedroom,
    exposed wiring in a bathroom …": the list goes on, the speaker did not expose anything). Only
    after a cue in the past with no modal of its own ("might claim momentum but would …" is
    two verbs of one sentence). A bare "to" infinitive or an adjective joined to the cue goes
    on with the complement whatever the cue's tense ("expects the bank to raise its rate in
    December and then to hold it there", "said the study was careful work and more rigorous
    than most"): the cue's subject does not "to hold" anything, and a verb is not joined to an
    adjective."""
    joined = _conjunct_of_the_content(ctx, verb, content)
    if joined is not None:
        return trim(ctx.text, content[0], joined.right_edge.idx + len(joined.right_edge.text))
    if verb.tag_ != "VBD" or any(a.dep_ == "aux" for a in verb.children):
        return content
    for c in verb.children:
        # (or, as a participle with an object, which no passive has: "…, exposed wiring in …")
        listed = c.dep_ == "advcl" and c.tag_ == "VBN" and any(o.dep_ == "dobj" for o in c.children) and not any(m.dep_ in ("mark", "agent") for m in c.children)
        if (c.dep_ != "conj" and not listed) or c.idx < content[1] or _subject(c) is not None or _is_cue_verb(c, ctx.lex):
            continue
        participle = c.tag_ == "VBN" and not any(a.dep_ in ("aux", "auxpass") for a in c.children)
        if not participle and not any(a.dep_ == "aux" and a.lower_ in _REPORTED_MODALS for a in c.children):
            continue
        if ctx.text[content[1] : c.left_edge.idx].strip(_SPACE + ",”’\"'").lower() not in ("", "and", "but", "and that", "but that"):
            continue
        return trim(ctx.text, content[0], c.right_edge.idx + len(c.right_edge.text))
    return content


def _conjunct_of_the_content(ctx: Context, verb: "Token", content: tuple[int, int]) -> "Token | None":
    """A subjectless word the parser joined to the cue right after the content that can only
    go on with it, or None: a "to" infinitive after a "to" infinitive clause, or an adjective
    after a clause with "be"."""
    inside = [t for t in verb.subtree if content[0] <= t.idx < content[1]]
    infinitive = any(t.dep_ == "aux" and t.lower_ == "to" and t.head.tag_ == "VB" for t in inside)
    copula = any(t.lemma_ == "be" and t.dep_ in ("ccomp", "ROOT", "conj") for t in inside)
    for c in verb.children:
        if c.dep_ != "conj" or c.idx < content[1] or _subject(c) is not None:
            continue
        # (or, after a "that" clause, a state of mind joined with "but": "told reporters that he
        # supported the cut “in principle” but wanted to see …" is still what he told them)
        minded = c.lemma_.lower() in _STATES_OF_MIND and ctx.text[content[0] : content[0] + 5].lower() == "that " and ctx.text[content[1] : c.left_edge.idx].strip(_SPACE + ",”’\"'").lower() == "but"
        if not ((infinitive and c.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)) or (copula and c.pos_ == "ADJ") or minded):
            continue
        if ctx.text[content[1] : c.left_edge.idx].strip(_SPACE + ",”’\"'").lower() in ("and", "but", "or"):
            return c
    return None


def _another_verbs_quotation(ctx: Context, verb: "Token", cue: tuple[int, int], speaker: tuple[int, int] | None, head: "Token | None", quotation: tuple[int, int]) -> bool:
    """A quotation beside the cue that belongs to another verb of the sentence.

    "Lund, citing “a long record,” said …": it stands between the subject and its own verb.
    "…, Okafor said, adding, “…”": a cue verb hung on this one stands between, and this one
    has no object of its own (not "posted a comment, saying, “…”").
    """
    if speaker is not None and speaker[0] < quotation[0] and quotation[1] <= cue[0] and head is not None and head.head.i == verb.i:
        return True
    if quotation[1] <= cue[0] and _reported_by_an_earlier_cue(ctx, verb, quotation):
        return True
    between = ctx.doc.char_span(cue[1], quotation[0], alignment_mode="contract") if quotation[0] >= cue[1] else None
    # an object of its own keeps the quotation ("posted a comment, saying, “…”") unless a clause
    # of its own came first ("urged residents to back the levy, saying, “…”")
    keeps = any(c.dep_ == "dobj" for c in verb.children) and not any(c.dep_ in ("xcomp", "ccomp") and c.i > verb.i and c.idx < quotation[0] for c in verb.children)
    return between is not None and not keeps and any(t.head.i == verb.i and _is_cue_verb(t, ctx.lex) for t in between)


def _reported_by_an_earlier_cue(ctx: Context, verb: "Token", quotation: tuple[int, int]) -> bool:
    """"Although the firm conceded that its crews had “cut corners,” it denied …": the
    quotation closes the clause another cue before it reports, not the words of this one."""
    before = ctx.text[: quotation[0]].rstrip(_SPACE)
    if not before or not before[-1].isalnum():
        return False  # "… hinted at a rift - “…,” she said": a sentence of its own
    span = ctx.doc.char_span(quotation[0], quotation[1], alignment_mode="contract")
    if span is None or len(span) == 0:
        return False
    above = span.root.head
    for _ in range(2):  # the clause's verb, or the verb above it
        if above.i == verb.i:
            return False
        if above.i < span.start and _is_cue_verb(above, ctx.lex) is not None:
            return True
        above = above.head
    return False


def _lead_in(ctx: Context, quotation: tuple[int, int]) -> tuple[int, int]:
    """The paper's words that open the sentence of a quotation with a trailing cue.

    Its budget is “a fantasy,” Doe said. — Doe's claim is the whole clause, of which the
    quotation is the end (a mixed quote). Words that end in a comma or a colon ("In a
    statement, “…”") set the quotation off rather than lead into it, and a lead-in that
    holds a cue, a full stop or a line break is not part of the same claim.
    """
    para_start = ctx.paragraph_of(quotation[0])[0]
    span = ctx.doc.char_span(quotation[0], quotation[0] + 1, alignment_mode="expand")
    if span is None or len(span) == 0:
        return quotation
    sent = span[0].sent
    start = max(sent.start_char, para_start)
    lead = ctx.text[start : quotation[0]]
    # (a lead-in set off by a comma still leads in when the quotation goes on with its clause
    # in lower case: "The festival, held every four years, “allows us to …”")
    goes_on = lead.rstrip().endswith(",") and ctx.text[quotation[0] : quotation[0] + 3].lstrip("\"“‘'")[:1].islower()
    if not lead.strip() or not (lead.rstrip()[-1:].isalnum() or lead.rstrip()[-1:] in "”\"" or goes_on):
        return quotation
    # (quotations inside it are fine when whole: Potholes are “a crisis” and “cost millions,” she said)
    balanced = lead.count("“") == lead.count("”") and lead.count('"') % 2 == 0
    if any(ch in lead for ch in ".?!\n") or not balanced or len(lead.split()) > 30 or ctx.in_excluded(start):
        return quotation
    words = ctx.doc.char_span(start, quotation[0], alignment_mode="contract")
    if words is None or any(_is_cue_verb(t, ctx.lex) for t in words):
        return quotation
    if goes_on and words[0].pos_ in ("ADP", "SCONJ", "CCONJ", "ADV"):
        return quotation  # "After the vote, “…”": the scene, not the clause's subject
    return trim(ctx.text, start, quotation[1])


def _interrupted_clause(ctx: Context, verb: "Token", cluster: tuple[int, int], quotation: tuple[int, int]) -> list[tuple[int, int]] | None:
    """There was, she said, “a quiet understanding.”: a quotation that goes on with a sentence
    its cue interrupted (it opens in lower case) completes the words before the cue; the claim
    is both pieces, with what follows the closing mark in the same sentence (a mixed quote).

    Words before the cue that open with a preposition or a conjunction ("After the vote, …")
    only set the scene, and words that make a clause of their own are the paper's.
    """
    opening = ctx.text[quotation[0] : quotation[0] + 3].lstrip("\"“‘'")
    if not opening[:1].islower() or verb.dep_ in ("acl", "relcl", "amod", "advcl"):
        return None
    # the quotation follows the cue, its speaker and at most the cue's own words ("told reporters,")
    between = ctx.doc.char_span(cluster[1], quotation[0], alignment_mode="contract")
    own = {t.i for t in verb.subtree}
    if not ctx.text[cluster[1] : quotation[0]].rstrip().endswith(",") or between is None or len(between) > 4 or any(t.i not in own for t in between):
        return None
    span = ctx.doc.char_span(cluster[0], cluster[1], alignment_mode="expand")
    if span is None:
        return None
    sent = span[0].sent
    start = max(sent.start_char, ctx.paragraph_of(cluster[0])[0])
    lead = ctx.text[start : cluster[0]].rstrip()
    if not lead.endswith(",") or any(ch in lead for ch in ".?!()\n\"“”") or ctx.in_excluded(start):
        return None
    words = ctx.doc.char_span(start, start + len(lead) - 1, alignment_mode="contract")
    if words is None or len(words) < 2 or words[0].pos_ in ("ADP", "SCONJ", "CCONJ") or any(_is_cue_verb(t, ctx.lex) for t in words):
        return None
    if any(t.pos_ in ("VERB", "AUX") and t.i < words.end - 1 and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children) for t in words):
        return None  # "The letter went to every member, including, she said, “…”": a clause of the paper's own
    end = quotation[1]
    rest = ctx.text[end : sent.end_char]
    tail = rest.rstrip().rstrip(".!?").rstrip()
    if tail and not any(ch in tail for ch in "\"“”") and _words(ctx.text, end, end + len(tail)) >= 2 and tail[:1] == " ":
        end += len(tail)  # “nobody has counted” how many clinics would close: the sentence's own end
    return [trim(ctx.text, start, start + len(lead) - 1), trim(ctx.text, quotation[0], end)]


def _fronted_subject(ctx: Context, verb: "Token", content: tuple[int, int]) -> tuple[int, int] | None:
    """“The new depot, the mayor said, would cost …”: the parser hangs the reported clause's
    subject, which opens the sentence before the cue, on the cue itself; it is content."""
    if content[0] <= verb.idx:
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.idx >= content[0]), None)
    if clause is None or _subject(clause) is not None:
        return None
    for c in verb.children:
        if c.dep_ == "dep" and c.i < verb.i and c.pos_ in ("NOUN", "PROPN") and c.left_edge.i == verb.sent.start:
            after = c.right_edge.i + 1
            if after < verb.i and verb.doc[after].text == ",":
                return _subtree_span(c)
    return None


def _raised_subject(verb: "Token", content: tuple[int, int]) -> tuple[int, int] | None:
    """"Okafor is said to favour a delay", "The plan is widely seen as a test": what nobody named
    says is that Okafor favours it, so the passive's subject is content with the infinitive (or
    the "as …") after the cue. For a passive cue whose source the text does not name."""
    taken_as = _taken_for(verb)
    xcomp = next((c for c in verb.children if c.idx >= content[0] and ((c.dep_ == "xcomp" and _is_to_infinitive(c)) or c == taken_as)), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
    if xcomp is None or subject is None or subject.lower_ in _RELATIVE:
        return None
    return _subtree_span(subject)


def _stand_taken(verb: "Token", lex: Lexicon) -> list[tuple[int, int]] | None:
    """"a figure disputed by independent analysts", "the plan, criticised by unions as a
    giveaway" (data/stance_verbs.txt): a past participle on a noun, with its agent; the noun
    is what the agent takes a stand on, and what they take it for follows the cue."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.lemma_.lower() not in lex.stance_verbs or verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    agents = _agents(verb)
    if not agents:
        return None
    noun = verb.head
    asides = [c for c in noun.children if c.i > noun.i and c.dep_ in ("acl", "relcl", "appos", "punct")]
    # (the parser may hang "as …" on the agent: "by unions as “a giveaway”")
    taken = [c for x in (verb, *agents) for c in x.children if c.dep_ == "prep" and c.lower_ == "as"]
    pieces = [_subtree_span(noun, asides)] + [_subtree_span(c) for c in taken]
    return [p for p in pieces if p is not None] or None


def _passively_named(verb: "Token") -> list[tuple[int, int]] | None:
    """"Oz has been called a charlatan by fellow physicians", "The levy was branded a tax grab
    by opponents": a naming verb in the passive, with its agent, names its subject; the
    content is what is named and the name, in two pieces around the cue."""
    if verb.lemma_.lower() not in _NAMING_VERBS or not any(c.dep_ == "agent" for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
    name = next((c for c in verb.children if c.i > verb.i and (c.dep_ in ("oprd", "attr", "xcomp", "acomp", "dobj") or (c.dep_ == "prep" and c.lower_ == "as"))), None)
    if subject is None or name is None:
        return None
    named, name_span = _subtree_span(subject), _subtree_span(name)
    return [named, name_span] if named and name_span else None


def _clause_after_cue(ctx: Context, verb: "Token") -> tuple[int, int] | None:
    """“The top fifth paid 69 percent, the agency said, and the bottom fifth paid 1 percent.”:
    a clause joined to the cue by "and" after it goes on with what was said (or the host
    clause's predicate does, when the cue sits inside it)."""
    for c in verb.children:
        # (with no subject of its own after a cue set in the host clause, the host's predicate
        # goes on: "He had no ties, the airline added, and had passed all checks")
        goes_on = verb.dep_ == "parataxis" and (c.tag_ in ("VBD", "VBZ", "VBP") or any(g.dep_ == "aux" for g in c.children))
        if c.dep_ == "conj" and c.i > verb.i and c.pos_ in ("VERB", "AUX") and (_subject(c) is not None or goes_on) and not _is_cue_verb(c, ctx.lex):
            if any(g.dep_ == "cc" and g.lower_ == "and" and verb.i < g.i < c.left_edge.i for g in verb.children):
                span = _subtree_span(c)
                return trim(ctx.text, *span) if span else None
    return _phrase_after_cue(ctx, verb)


# prepositions whose phrase, hung on a cue set off by commas, is the rest of the reported clause
# ("The argument would be aided, Devine said, by the primary calendar"); "in", "on", "at", "to"
# mostly say where, when or to whom the words were said
_CLAUSE_GOES_ON = frozenset({"by", "including", "such", "because", "than", "for", "with", "despite"})


def _phrase_after_cue(ctx: Context, verb: "Token") -> tuple[int, int] | None:
    """"The emails were on many topics, the Ledger said, including speeches and meetings": the
    parser hung the end of the clause, after the cue's closing comma, on the cue."""
    doc = verb.doc
    for c in verb.children:
        if c.i < verb.i or c.dep_ != "prep" or c.lower_ not in _CLAUSE_GOES_ON or doc[c.i - 1].text != ",":
            continue
        if any(doc[k].pos_ not in ("NOUN", "PROPN", "PRON", "DET", "ADJ", "ADV", "AUX", "PART", "NUM") and not doc[k].is_punct for k in range(verb.i + 1, c.i - 1) if doc[k].dep_ not in ("nsubj", "compound", "appos")):
            continue  # only the cue's own subject and adverbs stand between
        if _has_quotation(ctx, (c.idx, c.right_edge.idx + len(c.right_edge))) or c.right_edge.i + 2 < verb.sent.end:
            continue  # a phrase that ends the sentence, and no quotation of its own
        return trim(ctx.text, c.idx, c.right_edge.idx + len(c.right_edge))
    return None


def _drop_leading_time(ctx: Context, span: tuple[int, int]) -> tuple[int, int]:
    """A content that opens with when it was said ("on Thursday", "late Tuesday", "last week")
    before its own clause starts there instead."""
    doc = ctx.doc
    first = doc.char_span(span[0], span[1], alignment_mode="expand")
    if first is None or len(first) < 4:
        return span
    i = first.start
    if doc[i].lower_ in ("on", "late", "early", "last", "this", "earlier", "later") and i + 1 < first.end and doc[i + 1].ent_type_ in ("DATE", "TIME"):
        i += 1
    if doc[i].ent_type_ not in ("DATE", "TIME"):
        return span
    while i < first.end and doc[i].ent_type_ in ("DATE", "TIME"):
        i += 1
    if i >= first.end - 2 or doc[i].is_punct or doc[i].pos_ not in ("PRON", "PROPN", "NOUN", "DET", "SCONJ", "NUM", "ADJ"):
        return span  # nothing like a clause follows
    return doc[i].idx, span[1]


_ASIDE_OPENERS = frozenset({"who", "which", "where", "whose", "whom"})
_CONTRAST_OPENERS = frozenset({"but", "even", "while", "although", "though", "yet", "whereas"})


def _drop_trailing_aside(ctx: Context, span: tuple[int, int]) -> tuple[int, int]:
    """"predicted a win in Ohio, which votes in March": a relative clause set off by a comma
    at the end of an object content describes what the object names; it is the paper's aside.
    (A reported clause keeps its own when the speaker argues it: see _drop_trailing_relatives.)"""
    clause = _comma_relative(ctx, span)
    if clause is None or _has_quotation(ctx, (clause.left_edge.idx, span[1])):
        return span
    return trim(ctx.text, span[0], ctx.doc[clause.left_edge.i - 1].idx)


def _comma_relative(
    ctx: Context,
    span: tuple[int, int],
    openers: frozenset[str] = _ASIDE_OPENERS,
    dep: str = "relcl",
    accept: Callable[["Token", "Token"], bool] | None = None,
) -> "Token | None":
    """The phrase set off by a comma that closes `span` and hangs on a word before it in
    `span`: a relative clause ("…, which votes in March") or, with `dep` "appos", a noun
    phrase in apposition ("…, a town the council has struggled to recruit in"). It opens with
    one of `openers`; `accept(opener, phrase)` may turn a candidate down, and the search goes on."""
    doc = ctx.doc
    inner = doc.char_span(span[0], span[1], alignment_mode="contract")
    if inner is None:
        return None
    for t in inner:
        if t.lower_ not in openers or t.i == 0 or doc[t.i - 1].text != ",":
            continue
        clause = t
        while clause.dep_ != dep and clause.head.i != clause.i and clause.head.i >= t.i:
            clause = clause.head
        if clause.dep_ != dep or not span[0] <= clause.head.idx < doc[t.i - 1].idx:
            continue
        if clause.right_edge.idx + len(clause.right_edge.text) >= span[1] - 2 and (accept is None or accept(t, clause)):
            return clause
    return None


_STRAY_DEPS = frozenset({"dobj", "appos", "npadvmod", "attr", "conj", "oprd", "pobj"})


def _put_to_subject(verb: "Token") -> bool:
    """"Holt, asked whether he would resign, said …": a participle of asking set off by commas
    right after a name, which the parser read as the name's own finite verb."""
    doc = verb.doc
    subject = _subject(verb)
    if verb.lemma_.lower() not in ("ask", "question", "press") or verb.tag_ not in ("VBD", "VBN") or subject is None or subject.i > verb.i:
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children) or doc[verb.i - 1].text != "," or max(t.i for t in subject.subtree if not t.is_punct) != verb.i - 2:
        return False
    # (the aside ends before the main verb, which the parser may have joined to it, even as
    # a second complement: "Pennock, asked whether he had spoken to him, said only that …")
    kids = sorted((c for c in verb.children if c.i > verb.i and c.dep_ not in ("conj", "cc", "punct")), key=lambda c: c.i)
    after = (kids[0].right_edge.i if kids else verb.i) + 1
    main = doc[after + 1] if after + 1 < len(doc) else None
    return main is not None and doc[after].text == "," and main.pos_ in ("VERB", "AUX") and (main.i == verb.head.i or main.head.i == verb.i)


def _questioned_subject(verb: "Token") -> "Token | None":
    """The speaker of the cue after such an aside ("Holt, asked …, said"): the name the
    parser gave to the participle."""
    aside = next((c for c in verb.children if c.i < verb.i and _put_to_subject(c)), None)
    if aside is None and verb.dep_ == "ccomp" and verb.head.i < verb.i and _put_to_subject(verb.head):
        aside = verb.head  # the parser made the main verb the aside's second complement
    return _subject(aside) if aside is not None else None


def _participle_subject(verb: "Token") -> "Token | None":
    """"Data presented to the panel showed that …": the parser took the participle after the
    subject for the sentence's verb and left the cue hanging on it; the participle's subject
    is the cue's."""
    head = verb.head
    if verb.dep_ != "dep" or head.i > verb.i or head.tag_ not in ("VBD", "VBN") or head.dep_ != "ROOT" or any(c.dep_ in ("dobj", "ccomp") for c in head.children):
        return None
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < head.i), None)
    return subject if subject is not None and subject.pos_ in ("NOUN", "PROPN") and subject.right_edge.i == head.i - 1 else None


def _stray_subject(verb: "Token") -> "Token | None":
    """"The repairs will cost $4 million, the city's finance director, Tom Hale, said.": the
    parser hung the speaker on the content as an object; it is the noun phrase that ends just
    before the subjectless cue and starts after a comma."""
    doc = verb.doc
    if verb.dep_ != "ROOT" or not any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
        return None
    prev = verb.i - 1
    while prev >= 0 and doc[prev].is_punct:
        prev -= 1
    if prev < 1:
        return None
    t = doc[prev]
    while t.head.i != t.i and t.head.i < verb.i and t.head.right_edge.i < verb.i and t.dep_ in ("appos", "compound", "pobj", "prep", "amod", "poss", "flat"):
        if t.dep_ == "appos" and t.head.left_edge.i > 0 and doc[t.head.left_edge.i - 1].text != ",":
            break  # "… kept in a locked room, Ann Lund, the records chief, wrote": the name is not the room's
        t = t.head  # up to the top of the noun phrase
    if t.pos_ not in ("NOUN", "PROPN"):
        return None
    if t.dep_ not in _STRAY_DEPS and not (t.head.i == verb.i and t.dep_ in ("compound", "nmod", "amod")):
        return None  # "…, city records show": the subject hung on the verb as a compound
    det = _article_on_cue(verb, t)
    left = det.i if det is not None else t.left_edge.i
    return t if left > 0 and doc[left - 1].text == "," else None


def _interviewed(verb: "Token") -> tuple["Token", list["Token"]] | None:
    """"In an interview with the Courier, council leader Sunita Marr argued …": the parser
    reads the paper and the speaker as one noun phrase, the object of "with", and leaves the
    cue with no subject. The speaker is the part after the comma that ends right before the
    cue; the returned tokens (the paper) are left out of the speaker's span."""
    doc = verb.doc
    if _subject(verb) is not None:
        return None
    end = verb.i
    while end > 0 and doc[end - 1].is_punct:
        end -= 1
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i > verb.i or prep.right_edge.i < end - 1:
            continue
        # the first comma after which one name heads everything up to the cue
        for comma in (t for t in prep.subtree if t.text == "," and t.i > prep.i + 1):
            after = range(comma.i + 1, end)
            roots = [doc[i] for i in after if doc[i].head.i not in after]
            named = len(roots) == 1 and (roots[0].pos_ == "PROPN" or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in roots[0].children))
            if named:  # "Lund", "council leader Anya Brook", "her adviser, Jake Sullivan"
                head = roots[0]
                return head, [c for c in head.children if c.i < comma.i]
            # (or a name and what it is, both hung on the paper: "Felipe Arancibia, an economist
            # at the university, said")
            words = [r for r in roots if not r.is_punct]
            if len(words) >= 2 and words[0].pos_ == "PROPN" and words[0].ent_type_ == "PERSON" and all(r.pos_ == "NOUN" and r.dep_ in ("appos", "conj") for r in words[1:]) and doc[words[1].left_edge.i - 1].text == ",":
                return words[0], [c for c in words[0].children if c.i < comma.i]
        return None
    return None


def _addressed_in_the_quotation(ctx: Context, head: "Token", verb: "Token") -> bool:
    """“Judge, where in the act does the word appear?” asked Sen. Culhane: the parser made the
    word the question opens with the subject of the cue right after the quotation."""
    region = ctx.quotation_at(head.idx)
    if region is None or region.end > verb.idx or ctx.text[region.end : verb.idx].strip(_SPACE + ",—–-") or len(ctx.text[region.start : region.end].split()) < 4:
        return False
    return ctx.text[head.idx + len(head.text) : head.idx + len(head.text) + 1] == "," and head.idx <= region.inner_start + 1


def _inverted_subject(ctx: Context, verb: "Token") -> "Token | None":
    """“The risk,” said Ed Lamb, an economist at the bank, “is …”: after a quotation an
    inverted cue's subject follows it, but the parser may make that name the subject of
    the quotation's second half; the name right after the cue is the speaker all the same."""
    doc = verb.doc
    if verb.i + 1 >= len(doc) or verb.i < 1:
        return None
    before = ctx.text[: verb.idx].rstrip(_SPACE + ",—–-")
    region = ctx.quotation_at(len(before) - 1) if before else None
    if region is None or region.end != len(before):
        return None
    t = doc[verb.i + 1]
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.left_edge.i == verb.i + 1 and c.pos_ in ("NOUN", "PROPN")), None)
    # (“…?” asked Sen. Wade Culhane: after a question, the one asking, not the one asked)
    asking = verb.lemma_.lower() == "ask" and ctx.text[region.start : region.end].rstrip("\"”’'").endswith("?")
    if obj is not None and (verb.lemma_.lower() not in _TELLING_VERBS or asking) and (obj.right_edge.i + 1 >= len(doc) or doc[obj.right_edge.i + 1].is_punct):
        return obj  # “…,” added a local Democrat.: the parser took the inverted subject for an object
    if t.tag_ not in ("NNP", "NNPS") and t.ent_type_ != "PERSON":
        return None
    while t.dep_ in ("compound", "flat") and t.head.i > t.i:
        t = t.head
    if t.head.i == verb.i or t.left_edge.i != verb.i + 1 or t.tag_ not in ("NNP", "NNPS"):
        return None  # already the verb's own, or not a name that starts right after it
    return t


def _article_on_cue(verb: "Token", subject: "Token") -> "Token | None":
    """"…, the district estimates.": read as one noun phrase, the parse hangs "the" on the cue;
    it opens the subject's phrase all the same."""
    i = subject.left_edge.i - 1
    det = verb.doc[i] if i >= 0 else None
    return det if det is not None and det.dep_ == "det" and det.head.i == verb.i else None


def _conjoined_subject(verb: "Token") -> "Token | None":
    """"One in five said the council ignores tenants and one in three said it works against them":
    the parser joins the second speaker to the first content's last noun with "and" and leaves
    the second cue without a subject; that conjoined noun phrase, ending right before the cue,
    is its subject."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].is_punct or any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    t = doc[verb.i - 1]
    while t.dep_ in ("pobj", "prep", "compound", "amod", "nummod", "quantmod") and t.head.i < t.i:
        t = t.head  # up to the top of the noun phrase ("one in three", "many older voters")
    if t.dep_ != "conj" or t.pos_ not in ("NOUN", "PROPN", "NUM", "PRON") or t.right_edge.i != verb.i - 1:
        return None
    left = t.left_edge.i
    cc = doc[left - 1] if left > 0 else None
    if cc is None or cc.lower_ not in ("and", "but", "while", "whereas") or cc.head.i != t.head.i:
        return None
    return t


def _appositive_subject(verb: "Token") -> "Token | None":
    """"In an interview with the Nordkyst Tidende, the fisheries minister, Heðin Joensen,
    argued …": the parser hangs the speaker on the opening phrase's noun as an appositive;
    the appositive set off by commas that ends right before the subjectless cue is its subject."""
    doc = verb.doc
    gap = verb.i - 1
    while gap >= 0 and doc[gap].head.i == verb.i and doc[gap].dep_ in ("advmod", "aux", "neg"):
        gap -= 1  # "…, the secretary, Dana Pruitt, quietly conceded"
    prev = gap
    while prev >= 0 and doc[prev].is_punct:
        prev -= 1
    if prev < 1 or prev == gap:
        return None  # no comma before the cue: not an appositive left hanging
    t = doc[prev]
    while t.dep_ in ("appos", "compound", "flat") and t.head.i < t.i and t.head.dep_ in ("appos", "compound", "flat"):
        t = t.head
    if t.dep_ != "appos" or t.pos_ not in ("NOUN", "PROPN") or t.head.i >= t.i:
        return None
    left = t.left_edge.i
    return t if left > 0 and doc[left - 1].text == "," else None


def _name_before(verb: "Token") -> "Token | None":
    """"O’Neill said …" with the name tagged as an adverb: a name the parser hung on the
    subjectless cue, right before it (its auxiliaries between), is its subject; so is a word
    such as "many" standing alone after a comma."""
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and doc[i].dep_ in ("aux", "auxpass", "neg") and doc[i].head.i == verb.i:
        i -= 1
    if i < 0 or doc[i].head.i != verb.i or doc[i].dep_ not in ("advmod", "npadvmod", "compound", "nmod", "amod", "dep", "intj"):
        return None
    t = doc[i]
    name_shaped = t.is_title and any(ch in t.text for ch in "’'")
    if t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or t.tag_ in ("NNP", "NNPS") or name_shaped:
        return t
    if t.lower_ in _QUANTIFIER_SPEAKERS and (i == 0 or doc[i - 1].is_punct):
        return t  # "That attitude, many argue, could …": the parser read "many" as the cue's modifier
    return None


# words that stand alone for a group of people before a cue ("many argue", "some say")
_QUANTIFIER_SPEAKERS = frozenset({"many", "some", "most", "few", "several", "others", "both", "all"})


def _ends_sentence(text: str, span: tuple[int, int], questions: bool = False) -> bool:
    """A quotation whose words end with a full stop before the closing mark (“… soft.”), or
    with a question or exclamation mark when `questions`."""
    return text[span[0] : span[1]].rstrip(" ”\"'’").endswith((".", "?", "!") if questions else ".")


def _near(a: tuple[int, int] | None, b: tuple[int, int], gap: int = 3) -> bool:
    return a is not None and (0 <= b[0] - a[1] <= gap or 0 <= a[0] - b[1] <= gap)


def _cue_cluster(cue: tuple[int, int], speaker: tuple[int, int] | None, text: str = "") -> tuple[int, int] | None:
    """The cue with its speaker when the speaker stands right beside it ("Doe said", "said Doe"),
    or before it with only an aside set off by commas between ("Doe, wearing a “Vote Okafor”
    badge, said")."""
    if speaker is not None and text and speaker[1] <= cue[0] and _is_aside(text[speaker[1] : cue[0]]):
        return speaker[0], cue[1]
    return _merge_spans([cue, speaker if _near(speaker, cue) else None])


def _is_aside(gap: str) -> bool:
    """", wearing a cowboy hat and campaign pins,": a phrase set off by commas, short and within
    one sentence."""
    inner = gap.strip(_SPACE)
    return len(inner) > 2 and inner[0] == "," and inner[-1] == "," and not re.search(r"[.!?;:\n]\s", inner) and len(inner.split()) <= 15


def _adjacent_quotation(ctx: Context, cluster: tuple[int, int] | None, within: QuoteRegion | None = None) -> tuple[int, int] | None:
    """The quotation that a cue cluster ("Doe said", "said Doe") closes or opens.

    “…,” Doe said — the quotation ends right before the cluster (only a comma, a dash or
    spaces between). Doe said: “…” / Doe said, “…” — it opens right after, in the same
    paragraph, with at most a few words ("in a statement") between. With `within`, the cue
    stands inside that quotation and the quotations looked at are the ones nested in it.
    """
    if cluster is None:
        return None
    regions = ctx.top if within is None else [r for r in ctx.nested if within.inner_start <= r.start and r.end <= within.inner_end]
    starts = ctx.top_starts if within is None else [r.start for r in regions]
    i = bisect.bisect_left(starts, cluster[0]) - 1
    nxt = _next_quotation(ctx, cluster[1], regions, starts)
    if i >= 0:
        r = regions[i]
        if r.end <= cluster[0] and not _is_title(ctx, r) and ctx.text[r.end : cluster[0]].strip(_SPACE + ",—–-") == "" and "\n" not in ctx.text[r.end : cluster[0]]:
            # (not a sentence closed before it when a quotation is the verb's object: "… or
            # ‘pesticide.’ Congress wrote ‘any pollutant,’ and …")
            closed = ctx.text[r.start : r.end].rstrip("\"”’'").endswith(".")
            if not (closed and nxt is not None and nxt[1].strip() == "" and not _is_title(ctx, nxt[0])):
                return r.start, r.end
            return nxt[0].start, nxt[0].end
    if nxt is not None:
        r, between = nxt
        if not _is_title(ctx, r) and between.rstrip().endswith((",", ":")) and len(between) <= 60 and "." not in between and between.count(",") <= 2:
            if not _has_finite_verb(ctx.doc.char_span(cluster[1], r.start, alignment_mode="contract") or ()):
                return r.start, r.end  # (not: Moss said he welcomed it and added, “…”: the quotation is "added"'s)
    return None


_TITLE_SMALL_WORDS = frozenset({"a", "an", "the", "of", "and", "or", "to", "in", "on", "at", "for", "with", "by", "from", "is"})


_BYLINED = re.compile(r",?[ \t]+by[ \t]+(?:the[ \t]+)?[A-Z]")


def _is_title(ctx: Context, region: QuoteRegion) -> bool:
    """on the show “Sunday Night Talk,” / in his book, “A Long Road.”: a short quotation in
    title case that follows a word of its own sentence names a work; nobody says it."""
    words = ctx.text[region.inner_start : region.inner_end].strip(" ,.!?").split()
    if len(words) > 15:
        return False  # too long to be the name of anything (checked before the paragraph is read)
    if _BYLINED.match(ctx.text, region.end):
        return True  # “Why the ferry sale divides the coast,” by the Echo's Maren Tulloch: a piece and its author
    para = ctx.paragraph_of(region.start)[0]
    span = ctx.doc.char_span(para, region.start, alignment_mode="contract")
    # the last word before the mark, a comma aside
    before = list(islice((t for t in reversed(span) if not t.is_space), 2)) if span is not None else []
    if before and before[0].text == ",":
        before = before[1:]
    if not before:
        return False
    last = before[0]
    if last.tag_ == "VBN" and last.lemma_.lower() in _TITLING_VERBS | {"dub", "name", "call", "label"}:
        return True  # a report "titled “…”": named, not said
    if not 1 <= len(words) <= 6:
        return False
    if not all(w[0].isupper() or w[0].isdigit() or w.lower() in _TITLE_SMALL_WORDS for w in words):
        return False
    if last.lemma_.lower() in ("tell", "inform", "brief") and last.pos_ == "VERB":
        return True  # told “Fox and Friends”: whom a quote was told is the show, not more words
    return (last.pos_ in ("ADP", "DET", "PROPN", "NOUN", "PART", "ADJ") and not last.is_punct) or last.lower_ in ("’s", "'s")


def _title_cased(words: str) -> bool:
    """“Those Guys Have All the Fun: Inside the World of ESPN”: every word capitalised but the
    small ones, and not shouted in capitals, is the name of a book, a show or an article."""
    words = re.findall(r"[\w’'-]+", words)
    return (
        4 <= len(words) <= 15
        and not all(w.isupper() for w in words)
        and all(w[0].isupper() or w[0].isdigit() or w.lower() in _TITLE_SMALL_WORDS for w in words)
    )


def _next_quotation(ctx: Context, offset: int, regions: list[QuoteRegion], starts: list[int]) -> tuple[QuoteRegion, str] | None:
    """The first of `regions` (sorted, with their `starts`) opening at or after `offset` in the
    same paragraph, with the text between."""
    i = bisect.bisect_left(starts, offset)
    if i < len(regions) and regions[i].start < ctx.paragraph_of(offset)[1]:
        return regions[i], ctx.text[offset : regions[i].start]
    return None


def _cue_span(verb: "Token") -> tuple[int, int]:
    """The verb with its auxiliaries, negation and particle ("has said", "did not say", "made
    clear", "put it")."""
    tokens = [verb] + [c for c in verb.children if (c.dep_ in ("aux", "auxpass", "neg", "prt") or (c.lower_ == "clear" and _clear_made(c)) or (c.lower_ == "it" and c.i == verb.i + 1 and _as_put_it(verb)) or _particle_back(verb, c)) and abs(c.i - verb.i) <= 3]
    return _token_span(tokens) or (verb.idx, verb.idx + len(verb.text))


def _particle_back(verb: "Token", child: "Token") -> bool:
    """"shot back that …", "pushed back against …": the particle the parser took for an adverb."""
    return child.lower_ == "back" and child.dep_ == "advmod" and child.i == verb.i + 1


def _has_quotation(ctx: Context, span: tuple[int, int]) -> bool:
    return any(r.start < span[1] and span[0] < r.end for r in _regions_in(ctx, span))


def _regions_in(ctx: Context, span: tuple[int, int]) -> list[QuoteRegion]:
    """The top-level quotations that overlap `span`, in order.

    They do not overlap each other (but for the rare single inside a single), so the scan
    starts at the last two that begin at or before the span.
    """
    i = max(bisect.bisect_right(ctx.top_starts, span[0]) - 2, 0)
    out = []
    while i < len(ctx.top) and ctx.top[i].start < span[1]:
        r = ctx.top[i]
        if r.end > span[0]:
            out.append(r)
        i += 1
    return out


def _quotation_after(ctx: Context, verb: "Token") -> tuple[int, int] | None:
    """He said: “…” — a quotation opening right after the verb (and its object) in its paragraph."""
    nxt = _next_quotation(ctx, verb.idx + len(verb.text), ctx.top, ctx.top_starts)
    if nxt is not None:
        r, between = nxt
        if not _is_title(ctx, r) and len(between) <= 40 and "." not in between and len(between.split()) <= 5:
            return r.start, r.end
        stop = verb.idx + len(verb.text) + between.find(".")
        if not _is_title(ctx, r) and re.fullmatch(r"[^.\n:]{0,40}\.[ \t]+", between) and _says_no_more(ctx, verb) and _only_its_own_words(ctx, verb, stop) is not False and _trailing_verb_cue(ctx, r) is None:
            # "Pruitt agreed. “…”": the quotation is what she agreed with, unless a cue of its own
            # follows it ("Hale disagrees. “…,” he says.")
            return r.start, r.end
        if not _is_title(ctx, r) and between.rstrip().endswith(":") and len(between.split()) <= 15 and "\n" not in between:
            # quoted as saying in the student paper last month: “…” — all the verb's own words
            colon = verb.idx + len(verb.text) + len(between.rstrip()) - 1
            if _only_its_own_words(ctx, verb, colon):
                return r.start, r.end
    return _quotation_in_next_paragraph(ctx, verb)


def _bare_document(noun: "Token", lex: Lexicon) -> bool:
    """A document named without what it says or is about ("a survey", "the paper"; not "a
    report on …", "a statement saying …")."""
    lemma = noun.lemma_.lower()
    if lemma not in lex.document_nouns and lemma not in lex.issued_things:
        return False
    return not any(c.dep_ in ("acl", "relcl", "ccomp") or (c.dep_ == "prep" and c.lower_ in ("on", "about", "of", "into")) for c in noun.children)


def _counted(noun: "Token") -> bool:
    """A noun given with how many of it there are ("4,200 smartphone users", "several voters")."""
    return any(c.dep_ == "nummod" or (c.dep_ in ("amod", "det") and c.lower_ in ("several", "many", "some", "dozens", "hundreds", "thousands")) for c in noun.children)


def _quotation_after_colon(ctx: Context, verb: "Token") -> tuple[int, int] | None:
    """The quotation a colon after the verb (and its own words) introduces: "…, telling them:"
    then the quotation, in the same paragraph or opening the next."""
    found = _quotation_after(ctx, verb)
    return found if found is not None and ctx.text[verb.idx + len(verb.text) : found[0]].rstrip().endswith(":") else None


def _says_no_more(ctx: Context, verb: "Token") -> bool:
    """"Pruitt agreed." as a sentence of its own: the main verb, active, with a subject and no
    quotation in its sentence, so what it reports can only come next."""
    return verb.dep_ == "ROOT" and not _is_passive(verb) and any(c.dep_ == "nsubj" for c in verb.children) and not _has_quotation(ctx, (verb.sent.start_char, verb.sent.end_char))


def _only_its_own_words(ctx: Context, verb: "Token", end: int) -> bool | None:
    """Whether the words from after `verb` to `end` (a colon) are all the verb's own ("quoted as
    saying in the student paper last month:"); None when no whole word lies between."""
    words = ctx.doc.char_span(verb.idx + len(verb.text), end, alignment_mode="contract")
    if words is None:
        return None
    own = {t.i for t in verb.subtree}
    return all(t.i in own or t.is_punct for t in words)


def _quotation_in_next_paragraph(ctx: Context, verb: "Token") -> tuple[int, int] | None:
    """"Devlin replied:" ending a paragraph, and the next paragraph opening with the quotation."""
    after_verb = verb.idx + len(verb.text)
    para_end = ctx.paragraph_of(verb.idx)[1]
    tail = ctx.text[after_verb:para_end].rstrip()
    if not tail.endswith(":") or len(tail.split()) > 8:
        return None
    if _only_its_own_words(ctx, verb, after_verb + len(tail) - 1) is False:
        return None
    i = bisect.bisect_left(ctx.top_starts, para_end)
    if i < len(ctx.top) and ctx.text[para_end : ctx.top[i].start].strip() == "" and not _is_title(ctx, ctx.top[i]):
        return ctx.top[i].start, ctx.top[i].end
    return None


# ---------------------------------------------------------------- headline colon


def _headline_attributions(ctx: Context) -> list[Found]:
    """A headline "Speaker: what they said" or "…, study finds" opening the article.

    The headline is the first line that is neither chrome nor a section label ("Science |
    Climate"); only a short line before the story begins can be it.
    """
    for start, end in ctx.paragraphs[:4]:
        line = ctx.text[start:end]
        if _words(ctx.text, start, end) > 25:
            break  # the story has begun
        if ctx.in_excluded(start):
            continue
        start = _past_kicker(ctx, start, end)
        line = ctx.text[start:end]
        found = _headline_colon(ctx, start, end) if line.find(":") > 0 else _headline_trailing_cue(ctx, start, line)
        if found:
            return found
        if not (_words(ctx.text, start, end) <= 3 or any(ch in line for ch in "|›»/")):
            break  # a headline that attributes nothing: the lines after it are the story's
    return []


def headline_line(text: str, excluded: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """The headline's line: the first one that is not page chrome, when it is short (the
    speakers stage reads it too: a headline speaks before the story names anyone)."""
    lines = paragraphs(text)
    for n, (start, end) in enumerate(lines[:4]):
        if not any(s <= start < e for s, e in excluded):
            return (start, end) if _words(text, start, end) <= 25 and n + 1 < len(lines) else None
    return None  # (a text of one line is a story with no headline)


# "… as the authority weighs an offer": in a headline, the paper's context after what was said
# ("such as", "as well as", "as many as", "as a …" are no such clause)
_HEADLINE_AS = re.compile(r"(?<!\bsuch)(?<!\bas)(?<!\bwell)(?<!\bjust)(?<!\bsame)(?<!\bso)\s+as\s+(?!(?:a|an|well|much|many|long|soon|far|if|though|of|to|part|usual|expected|planned)\b)(?=\S+\s+\S+\s+\S)", re.IGNORECASE)


# "… as leader says": the last "as" before a headline's speaker (not "such as", "as well as")
_SPEAKER_AFTER_AS = re.compile(r"(?<!\bsuch)(?<!\bwell)\s+as\s+(?!.*\sas\s)", re.IGNORECASE)


def _fit_headline_contents(ctx: Context, found: list[Found]) -> None:
    """A headline's content runs to the end of its line, where the parser dropped the last
    words ("Olvania says death toll has passed 1,300" without "1,300"), but "Union vows to
    fight ferry sale as harbour authority weighs offer": a clause joined on with "as" is the
    paper's context, not part of what was said."""
    line = headline_line(ctx.text, ctx.excluded)
    if line is None:
        return
    for f in found:
        s, e = f.spans[-1]
        if not (line[0] <= f.start and f.end <= line[1]) or _has_quotation(ctx, (s, e)):
            continue
        rest = ctx.text[e : line[1]]
        when = any(t.ent_type_ in ("DATE", "TIME") for t in ctx.doc.char_span(e, line[1], alignment_mode="expand") or ())
        if f.cue is not None and f.cue[1] <= s and rest.strip() and len(rest.split()) <= 2 and not when and not re.search(r"[;:—–(]|,(?!\d)", rest):
            f.spans[-1] = s, e = trim(ctx.text, s, line[1])
        if f.verb is not None and (_holds_views(f.verb) or f.verb in _NAMING_VERBS):
            continue  # "Okafor sees black votes as key": what the view takes it for
        m = _HEADLINE_AS.search(ctx.text, s, e)
        at = m.start() + m.group().lower().index("as") if m is not None else -1
        joins = m is not None and (word := ctx.doc.char_span(at, at + 2, alignment_mode="expand")) is not None and word[0].dep_ == "mark"
        if joins and _words(ctx.text, s, m.start()) >= 1:  # ("claims victory as count drags on")
            f.spans[-1] = trim(ctx.text, s, m.start())
    for f in found:
        # "Brackenshire to axe 11 bus routes as leader says …": the parser made the whole
        # opening the subject; the speaker is who comes after "as", right before the cue
        if f.speaker is None or f.cue is None or not (line[0] <= f.speaker[0] and f.speaker[1] <= f.cue[0] <= line[1]):
            continue
        m = _SPEAKER_AFTER_AS.search(ctx.text, f.speaker[0], f.speaker[1])
        if m is not None and (who := ctx.doc.char_span(m.end(), f.speaker[1], alignment_mode="contract")) is not None and len(who) <= 4:
            f.speaker, f.speaker_token = (who.start_char, who.end_char), who.root.i


def _past_kicker(ctx: Context, start: int, end: int) -> int:
    """Where a headline begins after a label of the kind of story ("BREAKING: Ferry sale off,
    union says"; data/kickers.txt): the label is nobody's, the rest is the headline."""
    colon = ctx.text.find(":", start, end)
    if colon > start and re.sub(r"[^\w\s-]", "", ctx.text[start:colon]).strip().lower() in ctx.lex.kickers:
        return trim(ctx.text, colon + 1, end)[0]
    return start


def _headline_colon(ctx: Context, start: int, end: int) -> list[Found]:
    """"Doe: the plan is dead": a name-like phrase (a proper name or a noun such as "Poll", no
    verb, at most six words) before the first colon is the speaker and the rest of the line,
    three words or more, the content."""
    colon = ctx.text[start:end].find(":")
    head = ctx.doc.char_span(start, start + colon, alignment_mode="expand")
    if head is None or not 0 < len(head) <= 6 or any(t.pos_ in ("VERB", "AUX") or t.is_digit for t in head):
        return []
    if head[0].pos_ in ("ADP", "ADV", "SCONJ", "CCONJ", "PART") or any(t.text == "," or t.ent_type_ in ("DATE", "TIME", "ORDINAL") or t.lower_ in ("no", "more", "next") for t in head):
        return []  # "Beyond plagiarism, a bigger issue: …", "Spoiler no more: …", "Monday’s Morning Email: …": a kicker, not a speaker
    names = [t for t in head if t.pos_ in ("PROPN", "NOUN")]
    if not names:
        return []
    cut = next((t for t in head if t.pos_ == "ADP" and t.i > head.start), None)  # "Doe to voters: …"
    who = [t for t in head if cut is None or t.i < cut.i]
    speaker = trim(ctx.text, who[0].idx, who[-1].idx + len(who[-1].text))
    content = trim(ctx.text, start + colon + 1, end)
    if _words(ctx.text, *content) < 3 or speaker[1] <= speaker[0]:
        return []
    speaker_head = [t for t in who if t.pos_ in ("PROPN", "NOUN")] or who
    cue = (start + colon, start + colon + 1)
    return [Found([content], cue, speaker, speaker_head[-1].i, None, "colon")]


_HEADLINE_TAIL = re.compile(r"^(?P<content>.+\S),\s+(?P<speaker>(?:[\w’'.-]+\s+){0,4}[\w’'.-]+)\s+(?P<cue>[a-z]+)\s*$")


def _headline_trailing_cue(ctx: Context, start: int, line: str) -> list[Found]:
    """"Outbreak at Riverbend hospital sickens 14, state says": a headline has no full stop
    and its words are often misparsed (verbs tagged as nouns), so its trailing cue is read
    from the line itself: a comma, a short speaker, a present-tense reporting verb."""
    m = _HEADLINE_TAIL.match(line.rstrip())
    if m is None or "\n" in line.strip():
        return []
    cue_word = m["cue"]
    lemma = cue_word[:-1] if cue_word.endswith("s") and cue_word[:-1] in ctx.lex.cue_verbs else cue_word
    lemma = "say" if cue_word == "said" else lemma
    if lemma not in ctx.lex.cue_verbs or _words(line, 0, m.end("content")) < 3:
        return []
    content = trim(ctx.text, start + m.start("content"), start + m.end("content"))
    speaker = (start + m.start("speaker"), start + m.end("speaker"))
    cue = (start + m.start("cue"), start + m.end("cue"))
    span = ctx.doc.char_span(*speaker, alignment_mode="expand")
    if span is None or any(t.pos_ in ("VERB", "AUX", "PRON") for t in span):
        return []
    return [Found([content], cue, speaker, span[-1].i, lemma, "verb-tail")]


# "TAPPER: Do you think …", "“Sen. WARREN: We will …": a speaker's label opening a paragraph
_TURN = re.compile(r"[\"“]?[ \t]*(?P<label>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3})[ \t]*:[ \t\xa0]+(?=\S)")


def _transcript_turns(ctx: Context) -> list[Found]:
    """The turns of a transcript: a paragraph that opens with a speaker's name and a colon.

    The label must name someone the article names elsewhere ("JAKE TAPPER:" or "TAPPER:"
    where Jake Tapper is in the story), so "UPDATE:" or "Watch:" is not a speaker; a label
    in ordinary capitals ("Tapper:") must also open at least two paragraphs. In a dialogue
    with someone so named, a label in capitals that opens two paragraphs or more is the
    other side's (the host the story never names). The turn runs to the end of its paragraph
    and holds a word ("Clinton: 2,316" is a row of results).
    """
    turns = []
    for start, end in ctx.paragraphs:
        m = _TURN.match(ctx.text, start, end)
        if m is not None and not ctx.in_excluded(start) and re.search(r"[^\W\d_]", ctx.text[m.end() : end]):
            turns.append(m)
    if not turns:
        return []
    labels = [(m.start("label"), m.end("label")) for m in turns]
    named = {t.lower_ for t in ctx.doc if t.pos_ == "PROPN" and not t.is_upper and not any(s <= t.idx < e for s, e in labels)}
    opened = Counter(m["label"] for m in turns)
    names = {m["label"] for m in turns if m["label"].split()[-1].lower().strip(".") in named and (m["label"].isupper() or opened[m["label"]] > 1)}
    if names:
        # the other side of a dialogue with someone named: "WALLACE:" turn after turn
        names |= {m["label"] for m in turns if m["label"].isupper() and opened[m["label"]] > 1}
    found = []
    for m in turns:
        label = m["label"]
        if label not in names:
            continue
        end = ctx.paragraph_of(m.start())[1]
        head = ctx.doc.char_span(m.start("label"), m.end("label"), alignment_mode="expand")
        colon = m.end("label") + ctx.text[m.end("label") : m.end()].index(":")
        # the speaker's own words, final punctuation and all, as inside quotation marks
        content = (m.end(), m.end() + len(ctx.text[m.end() : end].rstrip()))
        if head is not None and content[1] > content[0]:
            found.append(Found([content], (colon, colon + 1), (m.start("label"), m.end("label")), head[-1].i, None, "turn"))
    return found


# ---------------------------------------------------------------- according to, noun cues


def _according_attributions(ctx: Context) -> list[Found]:
    found = []
    for token in ctx.doc:
        if token.lower_ not in ("according", "in") or ctx.in_excluded(token.idx) or ctx.inside_quotation(token):
            continue
        if token.lower_ == "in":
            words = _in_the_words_of(token)
            if words is None:
                continue
            pobj, cue, verb = *words, "in the words of"
        else:
            nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
            if nxt is None or nxt.lower_ != "to":
                continue
            if token.i > 0 and token.nbor(-1).pos_ in ("VERB", "ADV"):
                continue  # "set according to residents' needs", "paid exactly according to the rules": a manner, not a source
            pobj = next((c for c in nxt.children if c.dep_ == "pobj"), None) or _unparsed_source(nxt)
            if pobj is None:
                continue
            cue, verb = (token.idx, nxt.idx + len(nxt.text)), "according to"
        # "…, according to a tally by the Ledger, where counting goes on": that place is the content's
        aside = [t for t in pobj.subtree if t.dep_ == "relcl" and t.i > pobj.i and any(w.lower_ in ("where", "when") and w.i < t.i for w in t.children)]
        aside += _clause_taken_for_apposition(token, pobj)
        speaker = trim(ctx.text, *(_subtree_span(pobj, aside) or (pobj.idx, pobj.idx + len(pobj.text))))
        source = pobj
        if verb == "according to" and (fused := _source_fused_with_subject(token, pobj)) is not None:
            # "According to the study, grade-point averages rose …", parsed as one noun phrase
            # "the study, grade-point averages" with no subject for "rose": the source ends at the comma
            source = fused
            speaker = trim(ctx.text, speaker[0], fused.right_edge.idx + len(fused.right_edge.text))
        if pobj.lemma_.lower() in ctx.lex.titles and (named := _name_set_off_after(ctx, speaker[1])) is not None:
            # "According to the pathologist, Dr Rajesh Menon, …": the name is the source's
            speaker, source = (speaker[0], named.end_char), named.root
        phrase = (token.idx, max(speaker[1], cue[1]))
        sent = token.sent
        # the content is the sentence around the phrase, split where the phrase stands inside it
        before = trim(ctx.text, sent.start_char, phrase[0])
        after = trim(ctx.text, phrase[1], sent.end_char)
        if _words(ctx.text, *before) >= 4 and (ctx.text[after[0] : after[1]].split(" ", 1)[0].lower() in _ASIDE_OPENERS | _CONTRAST_OPENERS | {"when"} or _noun_phrase_gloss(ctx, after)):
            # the aside after the phrase is the paper's, not the source's, and so is a contrast
            # the paper draws ("…, according to the union's polling, even as the region swung right")
            after = (after[0], after[0])
        pieces = [p for p in (before, after) if _words(ctx.text, *p) >= 2]
        if verb == "in the words of":
            # "In the words of one trader, “…”": only a quotation right beside the phrase is theirs
            pieces = [p for p in pieces if (p[0] >= phrase[1] and ctx.text[p[0]] in _OPENING_MARKS) or (p[1] <= phrase[0] and p[0] == sent.start_char and ctx.text[p[0]] in _OPENING_MARKS)]
        if _words(ctx.text, *after) >= 2 and _words(ctx.text, *before) == 1:
            pieces.insert(0, before)  # "Turnout, according to the clerk, fell …": the clause's subject
        if _words(ctx.text, *after) < 2 and re.fullmatch(r"(?:that|this|that[’']s|this[’']s|that is|this is|those are)(?:\s+\w+ly)?", ctx.text[before[0] : before[1]].strip().lower()):
            pieces = _sentence_before(ctx, sent)  # "That's according to a poll released Monday."
        if not pieces:
            continue
        found.append(Found(pieces, cue, speaker, source.i, verb, "according"))
    return found


def _noun_phrase_gloss(ctx: Context, span: tuple[int, int]) -> bool:
    """Whether what follows a closing "according to X," is a noun phrase the paper sets beside
    the clause ("…, according to a poll released Wednesday, the clearest sign yet that …"), not a
    clause of its own."""
    first = ctx.doc.char_span(span[0], span[1], alignment_mode="contract")
    if first is None or len(first) < 2 or first[0].lower_ not in ("the", "a", "an"):
        return False
    top = first[0]
    while top.head.i != top.i and top.head.left_edge.i >= first.start:
        top = top.head
    return top.pos_ in ("NOUN", "PROPN") and top.dep_ in ("appos", "npadvmod", "dobj", "attr", "conj", "ROOT") and top.right_edge.i >= first.end - 2


def _source_fused_with_subject(according: "Token", pobj: "Token") -> "Token | None":
    """The head of the source when an opening "According to X, …" was parsed with the clause's
    subject as one noun phrase ("the study, grade-point averages") and the clause's verb has no
    subject of its own, or None."""
    verb = according.head
    opens = all(t.is_space or t.is_punct for t in according.doc[according.sent.start : according.i])
    if not opens or verb.pos_ not in ("VERB", "AUX") or _subject(verb) is not None:
        return None
    comma = next((t for t in pobj.subtree if t.text == "," and t.i < pobj.i), None)
    if comma is None or not all(t.dep_ in ("compound", "amod", "punct", "nummod", "det") for t in pobj.doc[comma.i + 1 : pobj.i]):
        return None
    left = [t for t in pobj.doc[according.i + 2 : comma.i] if t.dep_ != "det" and not (according.i + 2 <= t.head.i < comma.i)]
    return left[0] if len(left) == 1 and left[0].pos_ in ("NOUN", "PROPN") else None


# the forms of the verbs records "show" with, and their lemmas
_RECORDS_SHOW = {form: lemma for lemma in ("show", "indicate", "suggest", "confirm") for form in (lemma, lemma + "s", lemma.removesuffix("e") + "ed")}


def _closing_records_show(ctx: Context) -> list[Found]:
    """"…, county finance records show." and "Over the year, city records show, the depot
    lost 310 hours": the small pipelines read "records show" as one noun, so the verb path
    never sees a cue. The records named after a comma are the source of the clause around
    them: before the phrase and, when the phrase is set off, after it."""
    found = []
    lex = ctx.lex
    for token in ctx.doc:
        if token.lower_ not in _RECORDS_SHOW or token.i < 3 or ctx.in_excluded(token.idx) or ctx.inside_quotation(token):
            continue
        records = token.nbor(-1)
        if records.tag_ != "NNS" or records.lower_ not in lex.document_nouns | lex.data_nouns or (records.dep_ in ("nsubj", "nsubjpass") and records.head == token):
            continue  # (a parse that found the subject leaves the cue to the verb path)
        after_phrase = token.nbor(1) if token.i + 1 < len(ctx.doc) else None
        if after_phrase is None or after_phrase.text not in (",", ".") or after_phrase.sent != token.sent:
            continue
        start = records.i
        while start - 1 > token.sent.start and ctx.doc[start - 1].text != "," and start > records.i - 6 and (ctx.doc[start - 1].pos_ in ("PROPN", "NOUN", "ADJ", "DET", "NUM") or ctx.doc[start - 1].tag_ == "POS"):
            start -= 1
        comma = ctx.doc[start - 1]
        if comma.text != "," or comma.i - 1 <= token.sent.start or ctx.doc[comma.i - 1].pos_ == "CCONJ":
            continue  # "… and, records show, does not …": the phrase cuts into a clause it does not end
        speaker = (ctx.doc[start].idx, records.idx + len(records.text))
        before = trim(ctx.text, token.sent.start_char, comma.idx)
        after = trim(ctx.text, after_phrase.idx + 1, token.sent.end_char) if after_phrase.text == "," else (after_phrase.idx, after_phrase.idx)
        if ctx.text[after[0] : after[1]].split(" ", 1)[0].lower() in _CONTRAST_OPENERS | {"and", "or", "so"}:
            after = (after[0], after[0])  # "…, figures show, and its jobless rate fell": the next clause is the paper's
        pieces = [p for p in (before, after) if _words(ctx.text, *p) >= 2]
        if _words(ctx.text, *before) < 4 and _words(ctx.text, *after) < 4:
            continue
        found.append(Found(pieces, (token.idx, token.idx + len(token.text)), speaker, records.i, _RECORDS_SHOW[token.lower_], "verb"))
    return found


# subjects that make a stance the paper's summary, not a source's ("Not everyone is wary of …")
_NOBODY_IN_PARTICULAR = frozenset({"everyone", "everybody", "nobody", "none", "anyone", "anybody", "it", "you"})


def _stance_complement(adjective: "Token", frames: frozenset[str]) -> tuple["Token", str] | None:
    """What a stance adjective of data/stance_adjectives.txt holds, and the frame that took it:
    the object of its preposition, its to-infinitive, or its that-clause (which the parser may
    hang on "be" right after the adjective)."""
    for child in adjective.children:
        if child.dep_ == "prep" and child.i == adjective.i + 1 and child.lower_ in frames:
            target = next((g for g in child.children if g.dep_ in ("pobj", "pcomp")), None)
            if target is not None:
                return target, child.lower_
        if "to" in frames and child.dep_ == "xcomp" and child.i > adjective.i and _is_to_infinitive(child):
            return child, "to"
    if "that" in frames:
        clauses = [c for c in adjective.children if c.dep_ == "ccomp" and c.i > adjective.i]
        clauses += [c for c in adjective.head.children if c.dep_ == "ccomp" and c.left_edge.i == adjective.i + 1]
        clause = next((c for c in clauses if _opens_with_that(c) or (_subject(c) is not None and c.left_edge.i == adjective.i + 1)), None)
        if clause is not None:
            return clause, "that"
    return None


def _stance_attributions(ctx: Context) -> list[Found]:
    """"Okafor has been critical of the council's plan", "Growers are concerned that the cap
    will hurt exports": the subject of "be" holds the stance, and what the adjective's
    complement says is attributed to it."""
    found = []
    stances = ctx.lex.stance_adjectives
    for token in ctx.doc:
        frames = stances.get(token.lower_)
        if frames is None or token.dep_ != "acomp" or token.head.lemma_ != "be" or ctx.in_excluded(token.idx) or ctx.inside_quotation(token):
            continue
        taken = _stance_complement(token, frames)
        if taken is None:
            continue
        complement, frame = taken
        head, skip = _find_speaker(token.head, ctx.lex)
        if head is None or head.lower_ in _NOBODY_IN_PARTICULAR or any(c.dep_ == "neg" for c in head.children) or head.pos_ not in ("NOUN", "PROPN", "PRON"):
            continue
        speaker = _speaker_span(ctx, head, skip)
        content = _subtree_span(complement)
        if speaker is None or content is None:
            continue
        if frame == "to":
            content = (token.nbor(1).idx, content[1]) if token.nbor(1).lower_ == "to" else content
        end = token.nbor(1) if frame in ("of", "on") else token
        cue = (token.idx, end.idx + len(end.text))
        found.append(Found([trim(ctx.text, *content)], cue, speaker, head.i, f"be {token.lower_}" + (f" {frame}" if frame in ("of", "on") else ""), "verb"))
    return found


_CLAUSE_HEADS = frozenset({"ROOT", "ccomp", "conj", "relcl", "advcl", "parataxis"})


def _hedged_attributions(ctx: Context) -> list[Found]:
    """"The mill reportedly plans to close": an adverb of data/hedges.txt hands the clause to
    someone the copy does not name. The content is the clause less the adverb; there is no
    speaker, so the claim shows as sourced to nobody. A clause that names its source
    ("…, according to the union") is that source's, and "the allegedly stolen van" is no clause."""
    found = []
    for token in ctx.doc:
        if token.lower_ not in ctx.lex.hedges or token.dep_ != "advmod" or ctx.in_excluded(token.idx) or ctx.inside_quotation(token):
            continue
        verb = token.head
        if verb.pos_ not in ("VERB", "AUX") or verb.dep_ not in _CLAUSE_HEADS:
            continue
        if not any(c.dep_ in _SUBJECTS or c.dep_ == "expl" for c in verb.children) and verb.dep_ not in ("relcl", "conj"):
            continue
        # a clause joined on with a subject of its own ("…, and the council has asked …") is not hedged
        joined = [c for c in verb.children if c.dep_ == "conj" and c.i > token.i and any(d.dep_ in _SUBJECTS for d in c.children)]
        # and so is the paper's contrast after it ("…, even as prices fell")
        joined += [c for c in verb.children if c.dep_ == "advcl" and c.i > token.i and c.left_edge.lower_ in _CONTRAST_OPENERS]
        cut = min((c.left_edge.i for c in joined), default=len(ctx.doc))
        # what stands before the subject, set off by a comma ("In March, …"), is the paper's framing
        subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
        front = [c for c in verb.children if subject is not None and c.i < subject.left_edge.i and c.dep_ not in ("cc", "punct")]
        start = subject.left_edge.i if front and any(t.text == "," for t in ctx.doc[front[-1].right_edge.i : subject.left_edge.i]) else 0
        clause = [t for t in verb.subtree if t.i != token.i and start <= t.i < cut and not (t.i == cut - 1 and t.dep_ == "cc")]
        if any(t.lower_ == "according" and t.i + 1 < len(ctx.doc) and ctx.doc[t.i + 1].lower_ == "to" for t in clause):
            continue
        pieces = _runs(ctx, clause)  # the clause around the adverb, without what was cut from it
        if not pieces or _words(ctx.text, pieces[0][0], pieces[-1][1]) < 3:
            continue
        found.append(Found(pieces, (token.idx, token.idx + len(token.text)), None, None, token.lower_, "hedge", unnamed="hedge"))
    return found


# what a survey finds about a noun that is a clause's subject ("Okafor's lead in the poll has
# narrowed"); "voters in the poll" and other people in it are who answered, not a finding
_STANDINGS = frozenset({"lead", "gain", "edge", "advantage", "margin", "standing", "support", "rating", "approval", "popularity", "share", "number", "deficit", "rise", "surge", "drop", "slide", "decline", "slump", "dip", "bump", "jump", "fall"})
# a survey one takes part in, runs or is named in is no finding ("voted in the poll", "took part
# in the survey", "the question asked in the poll")
_SURVEY_TAKERS = frozenset({"participate", "take", "vote", "include", "interview", "question", "poll", "survey", "sample", "conduct", "commission", "run", "publish", "release", "mention", "appear", "feature", "list", "name", "cite", "use", "weight"})


def _survey_attributions(ctx: Context) -> list[Found]:
    """"In a Harbour Post poll, 41 percent backed the plan", "Okafor trails in the polls": a
    clause with a survey of data/surveys.txt in an "in" phrase is the survey's finding, and the
    survey its source, as "according to the poll" would make them. The content is the clause less
    the phrase, less framing set off before its subject and less what follows the phrase after a
    comma; a finding about a subject noun ("Okafor's lead in the poll has narrowed") is that noun."""
    found = []
    for prep in ctx.doc:
        if prep.lower_ != "in" or prep.dep_ != "prep" or ctx.in_excluded(prep.idx) or ctx.inside_quotation(prep):
            continue
        survey = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if survey is None or not _is_survey(survey, ctx.lex):
            continue
        clause = _clause_found_in(ctx, prep)
        if clause is None:
            continue
        pieces = _runs(ctx, clause)
        if not pieces or _words(ctx.text, pieces[0][0], pieces[-1][1]) < 2:
            continue
        # an apposition the parser hung on the survey is the paper's comment on the finding
        aside = [c for c in survey.children if c.dep_ == "appos" and ctx.doc[c.left_edge.i - 1].text == ","]
        speaker = trim(ctx.text, *(_subtree_span(survey, aside) or (survey.idx, survey.idx + len(survey.text))))
        found.append(Found(pieces, (prep.idx, prep.idx + len(prep.text)), speaker, survey.i, "in", "survey"))
    return found


def _is_survey(noun: "Token", lex: Lexicon) -> bool:
    """"a poll", "the polls", "the average of state polls"."""
    if noun.lemma_.lower() in lex.surveys or noun.lower_ in lex.surveys:
        return True
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    inner = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    return noun.lemma_.lower() in ("average", "aggregate") and inner is not None and _is_survey(inner, lex)


# verbs that say a survey came out ("a poll released Monday", "a survey published last week")
_SURVEY_PUT_OUT = frozenset({"release", "publish", "conduct", "issue", "take", "carry"})


def _clause_found_in_node(ctx: Context, node: "Token", skip: set[int]) -> list["Token"] | None:
    """The main clause `node` the survey phrase (and what `skip` holds) sets the scene for."""
    if node.pos_ not in ("VERB", "AUX") or node.dep_ != "ROOT" or _is_cue_verb(node, ctx.lex):
        return None
    return [t for t in node.subtree if t.i not in skip]


def _clause_found_in(ctx: Context, prep: "Token") -> list["Token"] | None:
    """The tokens of what the survey in `prep` found, or None when it finds nothing."""
    node, subject_noun, hops = prep.head, None, 0
    while node.pos_ not in ("VERB", "AUX") and node.dep_ != "ROOT":
        if node.dep_ in _SUBJECTS:
            subject_noun = node
        node, hops = node.head, hops + 1
    if hops > 3:
        return None  # a survey deep inside a noun phrase qualifies that phrase, not the clause
    survey = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if survey is not None and node.i == survey.i + 1 and node.tag_ in ("VBN", "VBD") and node.lemma_.lower() in _SURVEY_PUT_OUT and node.dep_ in ("ccomp", "advcl") and node.head.i > node.i:
        # "In a Stonebridge poll released the same afternoon, Okerlund led …": the participle
        # says when the poll came out (the parser made it a verb and hung the phrase on it)
        tokens = _clause_found_in_node(ctx, node.head, {t.i for t in node.subtree})
        if tokens is not None:
            return tokens
    while node.dep_ == "xcomp" and node.head.pos_ in ("VERB", "AUX"):
        node = node.head  # "continues to lead in the polls"
    if node.pos_ not in ("VERB", "AUX") or node.dep_ in ("relcl", "acl", "amod", "pcomp", "pobj") or node.lemma_.lower() in _SURVEY_TAKERS:
        return None
    if node.dep_ in ("advcl", "ccomp") and node.left_edge.lower_ in _QUESTION_WORDS | {"because", "unless", "once", "until"}:
        return None  # "when he slid in the polls, …": the time or condition of the paper's clause
    if _is_cue_verb(node, ctx.lex) and prep.head.i == node.i and node.i < prep.i < max((c.i for c in node.children if c.dep_ == "ccomp"), default=-1):
        return None  # "said in a survey of its members that …": the verb reports it
    skip = set(t.i for t in prep.subtree)
    if subject_noun is not None:
        if subject_noun.lemma_.lower() not in _STANDINGS:
            return None  # "voters in the poll were split": who answered
        return [t for t in subject_noun.subtree if t.i not in skip]
    subject = next((c for c in node.children if c.dep_ in _SUBJECTS), None)
    tokens = [t for t in node.subtree if t.i not in skip]
    skip.update(t.i for c in node.children if c.dep_ == "mark" for t in c.subtree)  # "as Okafor leads …"
    if prep.i > node.i:
        # after a phrase that closes the clause, what follows is the paper's: another clause ("…
        # and held a lead in Leeds"), a contrast ("… despite the row"), an aside after a comma
        end = prep.right_edge.i + 1
        after = [
            t
            for t in tokens
            if t.i >= end
            and (
                (t.i == end and t.text in (",", ";", "—", "–", "--"))
                or (t.head.i == node.i and t.dep_ in ("conj", "cc"))
                or (t.dep_ in ("advcl", "prep", "mark", "cc") and t.left_edge.i == t.i and t.lower_ in _CONTRAST_OPENERS | {"despite"})
            )
        ]
        if after:
            skip.update(range(after[0].i, node.right_edge.i + 1))
    if subject is not None and subject.left_edge.i > node.left_edge.i and ctx.doc[subject.left_edge.i - 1].text == ",":
        skip.update(range(node.left_edge.i, subject.left_edge.i))  # "In March, …": the paper's framing
    return [t for t in tokens if t.i not in skip]


def _runs(ctx: Context, tokens: list["Token"]) -> list[tuple[int, int]]:
    """The character spans of the unbroken runs of `tokens`, trimmed."""
    pieces: list[tuple[int, int]] = []
    run: list["Token"] = []
    for t in sorted(tokens, key=lambda t: t.i):
        if run and t.i != run[-1].i + 1:
            pieces.append(_token_span(run))
            run = []
        run.append(t)
    if run:
        pieces.append(_token_span(run))
    return [p for p in (trim(ctx.text, *p) for p in pieces if p) if p[1] > p[0]]


_OPENING_MARKS = "“\"‘'"


def _in_the_words_of(prep: "Token") -> tuple["Token", tuple[int, int]] | None:
    """"In the words of one trader, …", "in her words": the source and the cue, as "according to"
    gives them (the cue is "in the words of", or just "words" when the source owns them)."""
    words = next((c for c in prep.children if c.dep_ == "pobj" and c.lower_ == "words"), None)
    if words is None or words.i > prep.i + 3:
        return None
    owner = next((c for c in words.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner, (words.idx, words.idx + len(words.text))
    of = next((c for c in words.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == words.i + 1), None)
    source = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return (source, (prep.idx, of.idx + len(of.text))) if source is not None else None


def _clause_taken_for_apposition(according: "Token", source: "Token") -> list["Token"]:
    """"According to Dana Pruitt, the closure reeks of panic": with the verb tagged a noun, the
    parser hangs the whole clause on the source as an apposition. An apposition after the
    source's comma that runs to the end of a sentence the phrase opens is that clause."""
    sent = according.sent
    if according.i > sent.start + 1:
        return []
    last = max((t.i for t in sent if not t.is_punct and not t.is_space), default=sent.end - 1)
    return [c for c in source.children if c.dep_ == "appos" and c.i > source.i and c.doc[c.left_edge.i - 1].text == "," and c.right_edge.i >= last]


def _name_set_off_after(ctx: Context, offset: int) -> "SpacySpan | None":
    """A name set off by commas right after `offset` (", Dr Rajesh Menon,") when the sentence
    goes on after it; the parser often makes that name the clause's subject."""
    m = re.match(r",\s+((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]+),\s+\S+\s+\S", ctx.text[offset : offset + 80])
    if m is None:
        return None
    span = ctx.doc.char_span(offset + m.start(1), offset + m.end(1), alignment_mode="contract")
    if span is None or not all(t.pos_ == "PROPN" for t in span):
        return None
    return span


def _unparsed_source(to: "Token") -> "Token | None":
    """"…, according to the M.T.A." where the parser gave "to" no object (it tagged "the" as
    punctuation): a short run of words with a noun, ending its sentence, is the source, when
    one of its words heads all the others."""
    sent_end = to.sent.end
    words = [t for t in to.doc[to.i + 1 : sent_end] if not t.is_space]
    while words and words[-1].is_punct and words[-1].text != ".":
        words.pop()
    if not words or len(words) > 8 or any(t.pos_ in ("VERB", "AUX", "ADP", "SCONJ") or t.text in (",", ";") for t in words):
        return None
    if not any(t.pos_ in ("PROPN", "NOUN") for t in words):
        return None
    top = next((t for t in words if t.head not in words or t.head.i == t.i), None)
    return top if top is not None and set(top.subtree) >= set(words) else None


def _sentence_before(ctx: Context, sent: "SpacySpan") -> list[tuple[int, int]]:
    """The sentence before `sent` in its paragraph (or the paragraph before), as one piece."""
    if sent.start == 0:
        return []
    prev = ctx.doc[sent.start - 1].sent
    if ctx.in_excluded(prev.start_char) or _has_quotation(ctx, (prev.start_char, prev.end_char)):
        return []
    piece = trim(ctx.text, prev.start_char, prev.end_char)
    return [piece] if _words(ctx.text, *piece) >= 3 else []


def _owner_span(ctx: Context, owner: "Token") -> tuple[int, int] | None:
    """A possessive owner without its ’s ("the ministry's claim" → "the ministry")."""
    span = _token_span(t for t in owner.subtree if t.dep_ != "case")
    return trim(ctx.text, *span) if span else None


# verbs whose subject voices the claim, charge or question they take as object ("made the
# claim that …", "raised questions about …")
_VOICING_VERBS = frozenset({"make", "issue", "repeat", "offer", "voice", "express", "give", "deliver", "reiterate", "renew", "raise", "pose", "level", "lodge", "air", "ask", "launch"})


# nouns of a hope or a conviction held by the subject of the verb they hang on ("clung to the
# hope that …", "acted in the belief that …")
_HELD_NOUNS = frozenset({"hope", "belief", "conviction", "expectation", "fear"})


def _holding_verb(noun: "Token") -> "Token | None":
    """The verb a held noun hangs on through "to", "in" or "with" ("cling to the hope",
    "in the hope that", "with the expectation that"), or as its object ("holds the belief")."""
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ in ("to", "in", "with") and noun.head.head.pos_ in ("VERB", "AUX"):
        return noun.head.head
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in ("hold", "harbor", "harbour", "cherish"):
        return noun.head
    return None


def _target_of(token: "Token", lex: Lexicon) -> "Token | None":
    """The object of a judging noun's preposition ("criticism of the levy" → "the levy"), the
    noun read as its verb is ("criticized the levy")."""
    preps = lex.cue_noun_preps.get(token.lemma_.lower())
    if not preps:
        return None
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in preps and child.i > token.i:
            return next((g for g in child.children if g.dep_ in ("pobj", "pcomp")), None)
    return None


# nouns that report only as what someone makes or presses ("made the point that …")
_MADE_ONLY = frozenset({"case", "point"})
_MAKING_A_POINT = frozenset({"make", "build", "press", "lay", "drive", "stress", "underscore", "reiterate", "repeat", "hammer"})


# judging nouns that are words only when a person owns them ("his attacks on Cruz")
_WORDS_ONLY_FROM_A_PERSON = frozenset({"attack"})


def _a_person(token: "Token | None") -> bool:
    """A person's name or "his", "her" (a pronoun of one sex in data/pronouns.txt; not "its",
    "their", a body or a country)."""
    return token is not None and (lexicon().pronouns.get(token.lower_) in ("male", "female") or (token.pos_ == "PROPN" and token.ent_type_ == "PERSON"))


def _noun_attributions(ctx: Context) -> list[Found]:
    found = []
    for token in ctx.doc:
        lemma = token.lemma_.lower()
        if token.pos_ != "NOUN" or (lemma not in ctx.lex.cue_nouns and lemma not in ctx.lex.cue_noun_preps):
            continue
        if ctx.in_excluded(token.idx) or ctx.inside_quotation(token):
            continue
        if token.dep_ == "pobj" and token.head.dep_ == "prep" and _is_cue_verb(token.head.head, ctx.lex):
            continue  # "said in a statement that …": the clause is the verb's, the noun says how
        if lemma in _MADE_ONLY and not (token.dep_ in ("dobj", "nsubjpass") and token.head.lemma_.lower() in _MAKING_A_POINT):
            continue  # "made the case that …" argues; "in the case that …", "it is not the case that …" do not
        clause = None
        for child in token.children if lemma in ctx.lex.cue_nouns else ():
            if child.dep_ in ("acl", "ccomp", "relcl") and child.i > token.i:
                if any(g.dep_ == "mark" and g.lower_ == "that" for g in child.children):
                    clause = child
                elif _is_to_infinitive(child) and lemma in ("promise", "pledge", "vow", "threat", "call", "plea", "demand", "request", "decision", "proposal"):
                    clause = child
            elif child.dep_ == "prep" and child.lower_ == "for" and child.i == token.i + 1 and lemma in ("call", "plea", "demand", "appeal"):
                clause = next((g for g in child.children if g.dep_ == "pobj"), None)  # "calls for a boycott"
        if clause is None and lemma in ctx.lex.cue_nouns:
            clause = _clause_stated_of(token)
        target = clause is None
        if target and not (token.dep_ == "dobj" and _is_cue_verb(token.head, ctx.lex)):
            clause = _target_of(token, ctx.lex)  # "expressed concern about …" is the verb's
        if clause is None:
            continue
        speaker_head = None
        for child in token.children:
            if child.dep_ == "poss" or (child.dep_ == "nsubj" and _possessed(token)):
                speaker_head = child
            elif child.dep_ == "prep" and child.lower_ in ("by", "from") and child.i < clause.i:
                speaker_head = next((g for g in child.children if g.dep_ == "pobj"), None)
        if speaker_head is None and token.dep_ == "dobj" and token.head.lemma_.lower() in _VOICING_VERBS:
            speaker_head = _subject(token.head)  # "raised questions about …": the one who voices them (not "dismissed the claim")
        if speaker_head is None and not target and lemma in _HELD_NOUNS and (holder := _holding_verb(token)) is not None:
            speaker_head = _subject(holder)  # "cling to the hope that …", "in the hope that …": the one who holds it
        if speaker_head is None and target:
            continue
        if lemma in _WORDS_ONLY_FROM_A_PERSON and not _a_person(speaker_head):
            continue  # "the group's attacks on government troops": an assault, not words
        speaker = _owner_span(ctx, speaker_head) if speaker_head is not None else None
        content = _subtree_span(clause)
        if content is None:
            continue
        if (taken := _predicate_taken(clause)) is not None:
            content = trim(ctx.text, content[0], taken.idx)
        cue = (token.idx, token.idx + len(token.text))
        found.append(Found([content], cue, speaker, speaker_head.i if speaker_head is not None else None, token.lemma_.lower(), "noun", unnamed="noun" if speaker is None else None))
    return found


def _predicate_taken(clause: "Token") -> "Token | None":
    """"The claim that the vaccine causes infertility has been widely debunked": the parser
    made the sentence's own predicate a clause of the claim, with the claim's object as its
    subject. The first word of that predicate (its auxiliary), where the claim ends, or None."""
    for v in clause.children:
        if v.dep_ not in ("ccomp", "conj") or v.i < clause.i:
            continue
        subject = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        aux = next((c for c in v.children if c.dep_ in ("aux", "auxpass") and subject is not None and c.i > subject.i), None)
        if subject is not None and aux is not None and subject.left_edge.i == clause.i + 1 and not any(c.dep_ == "mark" for c in v.children):
            return aux
    return None


def _clause_stated_of(noun: "Token") -> "Token | None":
    """"Holt's claim is that the committee is a witch hunt": the clause a copula gives its cue
    noun as subject; "targets for Okafor's claims that she is …": a that-clause right after the
    noun, which the parser hung on the sentence's verb instead."""
    head = noun.head
    if noun.dep_ == "nsubj" and head.lemma_ == "be":
        return next((c for c in head.children if c.dep_ == "ccomp" and c.i > head.i and _opens_with_that(c)), None)
    doc = noun.doc
    that = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if noun.dep_ == "dobj" and (that is None or that.lower_ != "that"):
        # "has been making the case for weeks that …": a time or manner phrase on the verb between
        adjuncts = [c for c in head.children if c.dep_ in ("prep", "advmod", "npadvmod") and c.i == noun.right_edge.i + 1]
        that = doc[adjuncts[0].right_edge.i + 1] if adjuncts and adjuncts[0].right_edge.i + 1 < len(doc) else None
    if that is None or that.lower_ != "that" or that.dep_ != "mark":
        return None
    clause = that.head
    return clause if clause.dep_ == "ccomp" and clause.head.i != noun.i and not noun.is_ancestor(clause) and _opens_with_that(clause) else None


# ---------------------------------------------------------------- quotations


def _chains(ctx: Context) -> list[list[QuoteRegion]]:
    """Top-level quotations (double marks, or single ones in copy that quotes in single marks),
    a quotation that runs over paragraphs as one chain."""
    chains: list[list[QuoteRegion]] = []
    # single marks quote only in copy that quotes in single marks (British style); elsewhere
    # they mark headlines and scare quotes
    singles = sum(r.style == "single" and _words(ctx.text, r.inner_start, r.inner_end) >= 3 for r in ctx.top)
    british = singles >= 2 and singles > sum(r.style == "double" for r in ctx.top)
    for region in ctx.top:
        if (region.style != "double" and not british) or ctx.in_excluded(region.start):
            continue
        if chains and not chains[-1][-1].closed:
            prev = chains[-1][-1]
            gap = ctx.text[prev.end : region.start]
            if gap.strip() == "" and "\n" in gap:
                chains[-1].append(region)
                continue
        chains.append([region])
    return chains


def _widen_to_quotations(ctx: Context, found: Found, chains: list[list[QuoteRegion]], chain_of: dict[int, int]) -> None:
    """Grow a content to whole quotations it touches, and split it around its own cue."""
    start, end = found.start, found.end
    touched: list[QuoteRegion] = []
    for region in _regions_in(ctx, (start, end)):
        if region.start < end and start < region.end:
            chain = chains[chain_of[region.start]] if region.start in chain_of else [region]
            touched.extend(chain)
    if touched:
        start = min(start, min(r.start for r in touched))
        end = max(end, max(r.end for r in touched))
    hole = _merge_spans([found.cue, found.speaker])
    if hole and found.cue and len(found.spans) == 2 and found.spans[0][1] <= found.cue[0] and found.cue[1] <= found.spans[1][0] < hole[1]:
        hole = found.cue  # "Oz has been called a charlatan by fellow physicians": the name lies between cue and speaker
    if hole and len(found.spans) == 2 and found.spans[0][1] <= hole[0] and hole[1] <= found.spans[1][0]:
        hole = (found.spans[0][1], found.spans[1][0])  # the cue's whole phrase: "the mayor said on Tuesday"
        for r in touched:
            if r.start < hole[0] < r.end <= hole[1]:
                hole = (r.end, hole[1])  # the parse gave the closing mark to the cue
    pieces: list[tuple[int, int]] = []
    if hole and start < hole[0] and hole[1] < end:
        left, right = trim(ctx.text, start, hole[0]), trim(ctx.text, hole[1], end)
        quoted_left = any(r.end <= hole[0] for r in touched)
        quoted_right = any(r.start >= hole[1] for r in touched)
        if quoted_left and quoted_right:
            pieces = [left, right]  # a split quote: “…,” she said, “…”
        elif not quoted_left and not quoted_right:
            pieces = [left, right]  # a cue inside its content: "The plan, he said, is dead."
        elif quoted_right and (found.how == "hedge" or (found.how == "according" and not _has_finite_verb(ctx.doc.char_span(*left, alignment_mode="expand") or []))):
            pieces = [left, right]  # The harbour, according to Okafor, is “…”: its subject before the phrase
        elif quoted_right and found.how != "verb-tail":
            pieces = [right]  # a complement follows its verb
            touched = [r for r in touched if r.start >= hole[1]]
        elif found.how == "verb-tail":
            pieces = [left, right]  # “…,” his lawyer wrote, he is …: the host clause on both sides
        else:
            pieces = [left]
            touched = [r for r in touched if r.end <= hole[0]]
    elif hole and hole[0] <= start < hole[1]:
        pieces = [trim(ctx.text, hole[1], end)]
    elif hole and start < hole[1] and hole[0] < end:
        pieces = [trim(ctx.text, start, hole[0])]
    else:
        pieces = [trim(ctx.text, start, end)]
    # a chain over paragraphs is one fragment a paragraph
    region_ends = {r.end for r in touched}
    out: list[tuple[int, int]] = []
    for s, e in pieces:
        if e <= s:
            continue
        first = max(bisect.bisect_right(ctx.para_starts, s) - 1, 0)
        for ps, pe in ctx.paragraphs[first:]:
            if ps >= e:
                break
            if pe <= s:
                continue
            a, b = trim(ctx.text, max(s, ps), min(e, pe))
            if min(e, pe) in region_ends:
                b = len(ctx.text[:min(e, pe)].rstrip())  # a quotation keeps its own full stop
            if b > a:
                out.append((a, b))
    found.spans = sorted(out) or found.spans
    found.regions = touched


def find(doc: "Doc", regions: list[QuoteRegion], excluded: list[tuple[int, int]]) -> list[Found]:
    """Every attribution of `doc`, in text order."""
    regions = [_close_before_cue(doc.text, r) for r in regions]
    ctx = Context(doc, regions, excluded, lexicon())
    chains = _chains(ctx)
    chain_of = {r.start: i for i, chain in enumerate(chains) for r in chain}
    found = _verb_attributions(ctx) + _stance_attributions(ctx) + _according_attributions(ctx) + _closing_records_show(ctx) + _hedged_attributions(ctx) + _survey_attributions(ctx) + _noun_attributions(ctx) + _headline_attributions(ctx)
    for f in found:
        _widen_to_quotations(ctx, f, chains, chain_of)
    found = [f for f in found if f.spans and all(e > s for s, e in f.spans)]
    _drop_trailing_comments(ctx, found)
    _drop_trailing_glosses(ctx, found)
    _drop_trailing_relatives(ctx, found)
    _cut_before_later_reports(ctx, found)
    _fit_headline_contents(ctx, found)
    found = _drop_cues_inside_speakers(doc.text, found)
    found = _drop_duplicates(found, doc)
    _join_split_quotes(ctx, found, chains)
    _join_listed_quotations(ctx, found, chains)
    found.extend(_leftover_quotations(ctx, found, chains))
    found.extend(_quoted_quotations(ctx))
    turns = _transcript_turns(ctx)
    if turns:
        # a quotation the marks ran across several turns is theirs, not one speaker's
        labels = [t.speaker[0] for t in turns if t.speaker]
        found = [f for f in found if not any(s <= label < e for s, e in f.spans for label in labels)] + turns
    found = _drop_nested(found, doc)
    found.sort(key=lambda f: (f.start, f.end))
    _link_continuations(found)
    return found


_ANONYMITY = re.compile(r"\b(?:not to be (?:named|identified)|(?:surname|name) not be (?:used|published|given)|anonymity|not authori[sz]ed to|on background|publicly)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _comment_pattern() -> re.Pattern[str]:
    """", a claim that could not be verified" / " — a charge its sponsors deny" / ", a figure
    disputed by analysts" at a content's end."""
    nouns = "|".join(sorted(map(re.escape, lexicon().comment_nouns), key=len, reverse=True))
    verbs = "has|have|had|denies|deny|denied|disputes|dispute|disputed|rejects|reject|rejected|say|says|said|could|can|would|did|does|do|is|was|are|were"
    return re.compile(rf"[”\"’']?\s*[,—–-]+[”\"’']?\s+(?:a|an|the|one)\s+(?:\w+\s+){{0,2}}?(?:{nouns})s?\b(?=\s+(?:that|which|who|\w+ed\s+by\b|(?:\w+\s+){{1,5}}(?:{verbs})\b)|\s*$)", re.IGNORECASE)


def _drop_trailing_comments(ctx: Context, found: list[Found]) -> None:
    """"The military said the strikes hit command centres, a claim that could not be
    independently verified": a comment on the claim after it (data/comment_nouns.txt) is the
    paper's, not the speaker's. Never inside a quotation."""
    for f in found:
        s, e = f.spans[-1]
        m = _comment_pattern().search(ctx.text, s, e)
        if m is None or m.start() <= s:
            continue
        # (a comma inside the closing mark: the “dozens of terrorists,” a figure that …)
        closed = m.group().rstrip().rfind("”") if "”" in m.group() else m.group().rstrip().rfind('"')
        cut = m.start() + closed + 1 if closed >= 0 else m.start()
        if _has_quotation(ctx, (cut, e)) or (closed < 0 and ctx.quotation_at(m.start()) is not None):
            continue
        if re.search(r"\s(?:—|–|--)\s", ctx.text[m.end() : e]):
            continue  # "… ban -- a position he has since modified -- and his …": an aside the content goes on after
        f.spans[-1] = trim(ctx.text, s, cut)


_INDEFINITE = frozenset({"a", "an"})


def _drop_trailing_glosses(ctx: Context, found: list[Found]) -> None:
    """"said the bulk of the drivers should come from Dunmore, a town the council has
    struggled to recruit in", "…, a swipe at the rival campaign": an indefinite noun phrase set
    off by a comma at the end of a content, in apposition to a word of it, is the paper's gloss
    on the claim or on a name in it, not what the source said. Never inside a quotation."""
    for f in found:
        if not f.spans or f.how == "according":
            continue  # (the sentence an according-to phrase sources holds its gloss too)
        s, e = f.spans[-1]
        if _has_quotation(ctx, (s, e)) and ctx.quotation_at(e - 1) is not None:
            continue
        gloss = _trailing_gloss(ctx, (s, e))
        if gloss is not None:
            article = next(c for c in gloss.children if c.lower_ in _INDEFINITE)
            f.spans[-1] = trim(ctx.text, s, ctx.doc[article.i - 1].idx)


def _trailing_gloss(ctx: Context, span: tuple[int, int]) -> "Token | None":
    """The indefinite noun phrase in apposition that closes `span` (its head noun): past the
    content's first words, with no quotation from it on and no figure in it (a gloss with one,
    "…, a threefold increase since 1990", is the source's to check)."""
    s, e = span

    def is_gloss(article: "Token", gloss: "Token") -> bool:
        return article.head.i == gloss.i and article.idx > s + 10 and not _has_quotation(ctx, (article.idx, e)) and not any(w.like_num for w in gloss.subtree)

    return _comma_relative(ctx, span, _INDEFINITE, dep="appos", accept=is_gloss)


# (not "where": "…, unlike Velmark, where the talks failed" is as often the speaker's contrast;
# "when" after a date is the paper's reminder: "…since January, when the fund launched")
_RELATIVE_PRONOUNS = frozenset({"who", "which", "whose", "whom", "when"})


def _drop_trailing_relatives(ctx: Context, found: list[Found]) -> None:
    """"said the county would screen travellers for the Velo virus, which is spread mainly by
    ticks": a relative clause set off by a comma at a content's end tells the reader about a
    noun the speaker named; the paper adds it, the speaker did not say it."""
    for f in found:
        s, e = f.spans[-1]
        clause = _comma_relative(ctx, (s, e), _RELATIVE_PRONOUNS)
        if clause is None:
            continue
        comma = ctx.doc[clause.left_edge.i - 1].idx
        if ctx.quotation_at(comma) is not None:
            continue
        if _has_quotation(ctx, (comma, e)) and not any(_is_cue_verb(t, ctx.lex) for t in clause.subtree):
            continue  # a quotation no report in the clause would keep
        if any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children):
            continue  # "…, which could inflate the totals": a consequence the speaker argues
        f.spans[-1] = trim(ctx.text, s, comma)


_CONTRASTING = frozenset({"while", "whereas", "and", "but"})


def _cut_before_later_reports(ctx: Context, found: list[Found]) -> None:
    """"Okafor accuses Tull of a smear while Tull suggests the mayor is a captive of
    developers", "Six in ten said she was honest, and a third said the same of him": a report
    with its own speaker and cue that closes another content, joined to it by "while" or "and",
    is that speaker's claim and no part of the first."""
    for g in found:
        if not g.how.startswith("verb") or g.cue is None:
            continue
        s, e = g.spans[-1]
        for f in found:
            if f is g or f.how != "verb" or f.speaker is None or f.cue is None or not (s < f.speaker[0] < f.cue[0] < f.start and abs(f.end - e) <= 2 and g.cue[1] <= s):
                continue
            before = ctx.doc.char_span(s, f.speaker[0], alignment_mode="contract")
            if before is None or len(before) < 3 or not _joins_a_report(before[-1], f, ctx.doc):
                continue
            g.spans[-1] = trim(ctx.text, s, before[-1].idx)
            break


def _joins_a_report(word: "Token", report: Found, doc: "Doc") -> bool:
    """Whether `word` ("while", ", and") joins the clause of `report`'s cue to the clause before
    it, and that report is a named party's clause ("a third said the same of him"), not an
    object ("… and 46 percent backed Benning", part of one finding) nor "he" going on."""
    if word.lower_ not in _CONTRASTING or report.speaker_token is None or doc[report.speaker_token].pos_ == "PRON":
        return False
    verb = next((t for t in doc[report.speaker_token].ancestors if t.idx >= report.cue[0] and t.idx < report.cue[1]), None)
    if verb is None or not _reports_a_clause(report, doc):
        return False
    if word.dep_ == "mark":
        return word.head.i == verb.i and verb.dep_ == "advcl"
    return word.dep_ == "cc" and verb.dep_ == "conj" and verb.head.i == word.head.i


def _drop_cues_inside_speakers(text: str, found: list[Found]) -> list[Found]:
    """"Two doctors who asked not to be named said …": a request for anonymity inside another
    attribution's speaker describes the source; it is not a claim. (Other cues there, "Tull,
    who voted against the closure, said", stay: stances like that are attributions too.)"""
    def describes_source(f: Found) -> bool:
        # (the request's own speaker may be that same span: "One, who asked not to be named, said")
        inside = f.cue is not None and any(g is not f and g.speaker and g.speaker[0] <= f.cue[0] and f.cue[1] <= g.speaker[1] for g in found)
        return inside and bool(_ANONYMITY.search(text, f.start, f.end))

    return [f for f in found if not describes_source(f)]


_CUE_AFTER_COMMA = re.compile(
    r",\s+(?:(?:[A-Z][\w’'.-]*\s+){1,4}(?:said|says|told|added|asked|wrote|insisted)\b|(?:said|says|told|added)\s+(?:[A-Z]|the\s|a\s|an\s))"
)


def _close_before_cue(text: str, region: QuoteRegion) -> QuoteRegion:
    """“I never meant to hurt anyone, Brandt told reporters …: a quotation left open ends at
    the comma before its cue (the missing mark is reported by the unbalanced-marks rule)."""
    if region.closed or region.style != "double":
        return region
    m = _CUE_AFTER_COMMA.search(text, region.inner_start, region.inner_end)
    if m is None:
        return region
    return QuoteRegion(region.start, m.start() + 1, region.inner_start, m.start(), region.style, True, region.depth)


def _drop_duplicates(found: list[Found], doc: "Doc") -> list[Found]:
    """Two cues claiming the same content: keep the one with a speaker, then one that does not
    take a "what" ("No matter what the council decides, “we will …,” Okafor says": "says",
    not the nearer "decides"), then the nearest."""
    best: dict[tuple[tuple[int, int], ...], Found] = {}
    for f in found:
        key = tuple(f.spans)
        old = best.get(key)
        if old is None or _rank(f, doc) > _rank(old, doc):
            best[key] = f
    return list(best.values())


def _asks_what(f: Found, doc: "Doc") -> bool:
    """Whether the cue's verb takes a "what" before it ("no matter what the council decides"):
    a clause about an unknown decision or view, which quotes nobody."""
    cue = doc.char_span(*f.cue, alignment_mode="expand") if f.cue else None
    return cue is not None and any(c.dep_ in ("dobj", "nsubj") and c.tag_ in ("WP", "WDT") and c.i < cue.root.i for c in cue.root.children)


def _drop_nested(found: list[Found], doc: "Doc") -> list[Found]:
    """Of two attributions whose contents nest, keep the outer one.

    "She said he called the plan a failure": the outer attribution holds the whole clause and
    the inner cue's object is part of what she said, not a claim of its own to report. The
    inner one stays when it is a whole quotation cued from outside the outer content (a direct
    quote stays a direct quote; "Hale said he wants “…”" is one claim, the outer one), or a
    report of a clause by someone named inside the outer content ("Park said the auditor, Tom
    Hale, believed …"); a named person's inner object or infinitive ("… that Hale backed the
    levy", "… that Hale wants to run") is part of the outer claim, not a report. A noun cue
    with its owner wins over an outer content that is just that noun phrase ("rejected the
    ministry's claim that …"): the claim is the ministry's, and the outer verb only passes
    judgement on it. Both stay for a quotation quoted inside another (‘She said to me, “…”’)
    and for a claim whose owner is named inside the outer content ("Varga said the group's
    claim that … was false"). A hedge ("reportedly") or a passive cue with nobody named inside a
    report is the reporter's word; a report inside a hedged clause stays, since someone
    unnamed reports that it was made.
    """
    drop: set[int] = set()
    for i, f in enumerate(found):
        for j, g in enumerate(found):
            if i == j or not (g.start <= f.start and f.end <= g.end):
                continue
            if g.how != "hedge" and f.cue is not None and f.speaker is None and (f.how == "hedge" or (g.speaker is not None and not _is_whole_quotation(f))):
                # "Doe said the firm allegedly …", "Growers said they had been asked to …": the
                # hedge, or the passive with nobody named, is part of what Doe said
                drop.add(i)
                continue
            if g.how == "hedge":
                continue  # "The mayor reportedly told aides that …": a report whose telling is reported
            if (g.start, g.end) == (f.start, f.end):
                if _restated_by_pronoun(f, g, doc):
                    drop.add(i)
                continue
            if f.how == "noun" and f.speaker is not None and g.start >= f.speaker[0] and g.end <= f.end + 1:
                drop.add(j)
            elif f.how == "nested":
                continue  # a quotation quoted inside another: both speakers' words
            elif g.how == "survey" and f.how == "verb" and _reports_a_clause(f, doc):
                continue  # "In the poll, 60 percent said …": the answer is theirs, the count the survey's
            elif _disputed_claim(f, g, doc):
                continue  # "Varga said the group's claim that … was false": the claim stays the group's
            elif not ((_is_whole_quotation(f) and not (f.cue is not None and g.start <= f.cue[0] < g.end)) or _named_inner_report(f, g, doc)):
                drop.add(i)
    return [f for i, f in enumerate(found) if i not in drop]


def _restated_by_pronoun(inner: Found, outer: Found, doc: "Doc") -> bool:
    """"She criticized what she called the council's reckless borrowing": the namer's pieces cover the
    very words the outer cue reports, and its pronoun is the outer speaker, so the two are one
    claim (a name given by someone else, "what Varga called …", stays a claim of its own)."""
    if inner.cue is None or outer.cue is None or inner.speaker_token is None:
        return False
    inside = inner.start <= inner.cue[0] < inner.end
    return inside and not (outer.start <= outer.cue[0] < outer.end) and doc[inner.speaker_token].pos_ == "PRON"


_CLAIM_NOUNS = frozenset({"claim", "allegation", "assertion", "accusation", "contention", "charge", "suggestion", "conclusion"})


def _disputed_claim(inner: Found, outer: Found, doc: "Doc") -> bool:
    """A claim noun with an owner named inside another's content ("Varga said the group's
    claim that children were vaccinated without consent was false"): the outer speaker
    disputes it, but the claim is the owner's (not "his claim", which is the speaker's own)."""
    if inner.how != "noun" or inner.verb not in _CLAIM_NOUNS or inner.speaker is None or inner.speaker_token is None:
        return False
    owner = doc[inner.speaker_token]
    return owner.pos_ != "PRON" and outer.start <= inner.speaker[0] and (outer.speaker is None or doc.text[slice(*inner.speaker)] != doc.text[slice(*outer.speaker)])


def _named_inner_report(inner: Found, outer: Found, doc: "Doc") -> bool:
    """A cue verb whose subject is a proper name inside the outer content, and whose own
    content is a clause (it has a finite verb)."""
    if inner.how != "verb" or inner.speaker is None or inner.speaker_token is None:
        return False
    head = doc[inner.speaker_token]
    named = head.pos_ == "PROPN" or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in head.children)
    return named and _reports_a_clause(inner, doc) and outer.start <= inner.speaker[0]


def _reports_a_clause(f: Found, doc: "Doc") -> bool:
    """Whether the content is a clause with a finite verb ("said they disapproved"), not an
    object ("backed the mayor")."""
    return any(_has_finite_verb(doc.char_span(s, e, alignment_mode="expand") or ()) for s, e in f.spans)


def _has_finite_verb(tokens: Iterable["Token"]) -> bool:
    """Whether the words hold a finite verb, so a clause of their own ("he welcomed it")."""
    return any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in tokens)


def _is_whole_quotation(f: Found) -> bool:
    """Every fragment is one quotation, marks and all (a direct quote)."""
    ends = {(r.start, r.end) for r in f.regions}
    return bool(ends) and all(any(s <= a and b <= e and (a - s) + (e - b) <= 2 for a, b in ends) for s, e in f.spans)


def _rank(f: Found, doc: "Doc") -> tuple[int, int, int]:
    distance = min(abs(f.cue[0] - f.end), abs(f.start - f.cue[1])) if f.cue else 10**6
    return (1 if f.speaker else 0, 0 if _asks_what(f, doc) else 1, -distance)


def _claimed(found: list[Found], region: QuoteRegion) -> bool:
    return any(s <= region.inner_start and region.inner_end <= e for f in found for s, e in f.spans)


# a connective that may open the next sentence before the quotation goes on (“…,” she said. But “…”)
_LEAD_IN = re.compile(r"(?:and|but|yet|so|still|now|then|later|again|also|however|meanwhile|instead|and then|but then)\s*,?", re.IGNORECASE)


def _join_split_quotes(ctx: Context, found: list[Found], chains: list[list[QuoteRegion]], only: list[Found] | None = None) -> None:
    """“A,” she said. “B.” — quotations that follow a quote's cue continue its content.

    After a trailing cue, each following sentence of the same paragraph that is a whole
    quotation (nothing but spaces before it) joins the content, until a sentence has a
    cue of its own.
    """
    by_start = {chain[0].start: chain for chain in chains}
    starts = sorted(by_start)
    # (a cue whose content follows it is no quotation's: “…” The ministry said it was concerned.)
    cue_starts = sorted(g.cue[0] for g in found if g.cue and g.start < g.cue[1])
    for f in found if only is None else only:
        if not f.cue or not f.regions or f.cue[0] < f.end:
            continue
        tail = max(f.cue[1], f.speaker[1] if f.speaker else 0)
        sent_end = _sentence_end(ctx, f.cue[0])
        para_end = ctx.paragraph_of(tail)[1]
        i = bisect.bisect_left(starts, tail)
        while i < len(starts) and starts[i] < para_end:
            chain = by_start[starts[i]]
            gap = ctx.text[max(tail, sent_end) if starts[i] >= sent_end else tail : chain[0].start]
            # “…,” she said of the plan, “…” / “…,” she said, and “…”: an aside or a conjunction
            # in the cue's own sentence carries the quote on
            same_sentence_aside = chain[0].start < sent_end and (
                (gap.rstrip().endswith(",") and not re.search(r"[.!?]\s", gap) and len(gap.split()) <= 12)
                or gap.strip(_SPACE + ",—–-").lower() in ("and", "but", "or")
            )
            if chain[-1].end <= sent_end and not same_sentence_aside and _is_title(ctx, chain[0]):
                i += 1  # “…,” she told NBC's “Today” on Monday. “…”: a show's name in the cue's phrase
                continue
            if starts[i] >= sent_end:
                lead_in = _LEAD_IN.fullmatch(gap.strip(_SPACE + ".")) is not None  # “…,” she said. But “…”
            else:
                # “…,” Guterres said in a post on X. “…”: the rest of the cue's own clause and its
                # full stop, where the parser ran the sentence on into the quotation
                lead_in = _rest_of_cue_clause(ctx, gap, tail)
            if "\n" in gap or (len(gap.strip(_SPACE + ",.;:—–-")) > 0 and not same_sentence_aside and not lead_in):
                break
            if _claimed(found, chain[0]):
                break
            j = bisect.bisect_left(cue_starts, chain[0].start)
            if j < len(cue_starts) and cue_starts[j] < _sentence_end(ctx, chain[-1].end - 1) + 1:
                break  # the quotation has a cue of its own
            _append_chain(ctx, f, chain)
            tail = chain[-1].end
            sent_end = _sentence_end(ctx, tail - 1)
            i += 1


def _rest_of_cue_clause(ctx: Context, gap: str, start: int) -> bool:
    """Whether `gap` (from `start`) is what is left of a cue's clause, a place or a medium,
    up to its full stop: a few words, no verb of their own, no other mark."""
    body = gap.strip(_SPACE)
    if not body.endswith(".") or re.search(r"[.!?;:“”\"]", body[:-1]) or len(body.split()) > 10:
        return False
    words = ctx.doc.char_span(start, start + len(gap.rstrip()), alignment_mode="contract")
    return words is not None and not any(t.pos_ in ("VERB", "AUX") for t in words)


def _append_chain(ctx: Context, found: Found, chain: list[QuoteRegion]) -> None:
    """Add a chain of quotations to a content, one fragment each."""
    for region in chain:
        found.spans.append(trim(ctx.text, region.start, region.end))
    found.regions.extend(chain)
    found.spans.sort()


_LIST_GAP = re.compile(r"\s*,?\s*(?:and|or|but|and then)?\s*", re.IGNORECASE)


def _join_listed_quotations(ctx: Context, found: list[Found], chains: list[list[QuoteRegion]]) -> None:
    """Protesters chanted, “Close the mine,” and “Save our water.” — quotations listed in
    one sentence after a content that ends with a quotation are said by the same speaker."""
    by_start = {chain[0].start: chain for chain in chains}
    starts = sorted(by_start)
    for f in found:
        if not f.regions or f.regions[-1].end != f.end or (f.cue and f.cue[0] >= f.end):
            continue
        sent_end = _sentence_end(ctx, f.end - 1)
        i = bisect.bisect_left(starts, f.end)
        while i < len(starts) and starts[i] < sent_end:
            chain = by_start[starts[i]]
            gap = ctx.text[f.end : chain[0].start]
            if not gap.strip() or not _LIST_GAP.fullmatch(gap) or _claimed(found, chain[0]) or "\n" in gap:
                break
            _append_chain(ctx, f, chain)
            i += 1


def _sentence_end(ctx: Context, offset: int) -> int:
    """The end offset of the sentence holding `offset` (the paragraph end at the latest)."""
    span = ctx.doc.char_span(offset, min(offset + 1, len(ctx.text)), alignment_mode="expand")
    if span is None or len(span) == 0:
        return ctx.paragraph_of(offset)[1]
    sent = span[0].sent
    last = sent[-1]
    if len(sent) > 1 and last.idx > offset:
        region = ctx.quotation_at(last.idx)
        if region is not None and region.start == last.idx:
            return last.idx  # ''…'' she said. ''…: the parser ended the sentence after the next opening mark
    return sent.start_char + len(sent.text.rstrip())  # not the blank line after it: the next paragraph is not this sentence


def _leftover_quotations(ctx: Context, found: list[Found], chains: list[list[QuoteRegion]]) -> list[Found]:
    """Quotations no cue reached: a colon cue, a continued quote, or an unattributed quote."""
    out: list[Found] = []
    for chain in chains:
        first = chain[0]
        if _claimed(found + out, first):
            continue
        words = _words(ctx.text, first.inner_start, chain[-1].inner_end)
        spans = [trim(ctx.text, r.start, r.end) for r in chain]
        if any(spans[0] in f.spans for f in found + out):
            continue  # an unclosed quotation a cue already took
        para = ctx.paragraph_of(first.start)
        before = ctx.text[para[0] : first.start]
        tail = _trailing_verb_cue(ctx, chain[-1])
        if tail is not None:
            out.append(_cued_by_verb(ctx, spans, chain, *tail))
            _join_split_quotes(ctx, found + out, chains, only=out[-1:])  # “…,” he continued. “…”
            continue
        byline = _dash_byline(ctx, chain[-1])
        if byline is not None:
            speaker, cue = byline
            span = ctx.doc.char_span(*speaker, alignment_mode="expand")
            out.append(Found(spans, cue, speaker, span[-1].i if span is not None else None, None, "colon", regions=list(chain)))
            continue
        lead = _leading_verb_cue(ctx, first, para)
        if lead is not None and (words >= 4 or (lead[0].lemma_ == "read" and lead[0].dep_ in ("acl", "relcl"))):  # a sign's slogan may be short: “No more cuts”
            out.append(_cued_by_verb(ctx, spans, chain, *lead))
            continue
        colon = _colon_speaker(ctx, first, before, para)
        if colon is not None:
            speaker, head_i, cue = colon
            out.append(Found(spans, cue, speaker, head_i, None, "colon", regions=list(chain)))
            continue
        if words < 4 or _is_title(ctx, first) or _title_cased(ctx.text[first.inner_start : chain[-1].inner_end]):
            continue  # a phrase, or the name of a work
        opens_paragraph = before.strip() == "" or _goes_on_from_a_speaker(ctx, found, first.start, para)
        if not opens_paragraph and words < 6:
            continue  # a short quotation inside the paper's own sentence: a phrase, not a claim
        out.append(Found(spans, None, None, None, None, "continued" if opens_paragraph else "unattributed", regions=list(chain)))
    return out


_GOES_ON = re.compile(r"(?:[.!?][\"”’']?|:)[ \t]+(?:(?:But|And|Still|Yet|So|Then|Now|Later|Also)[ \t]*,?[ \t]+)?$")


def _goes_on_from_a_speaker(ctx: Context, found: list[Found], start: int, para: tuple[int, int]) -> bool:
    """“…,” Doe said outside. But “…”, and Doe said the deal could be saved: “…”: a quotation
    opening a sentence (or following a colon) right after a sentence in which a named speaker
    spoke goes on with that speaker's words, as a quotation opening a paragraph does."""
    before = ctx.text[para[0] : start]
    m = _GOES_ON.search(before)
    if m is None:
        return False
    last = ctx.doc.char_span(para[0], para[0] + m.start() + 1, alignment_mode="expand")
    if last is None:
        return False
    sent = ctx.doc[last.end - 1].sent
    return any(f.speaker is not None and f.cue is not None and sent.start_char <= f.cue[0] and f.end <= start for f in found)


def _cued_by_verb(ctx: Context, spans: list[tuple[int, int]], chain: list[QuoteRegion], verb: "Token", subject: "Token") -> Found:
    """A quotation whose cue is a verb next to it (any verb) and whose speaker is its subject."""
    skip = [verb] if verb.head.i == subject.i else []  # "a banner that read “…”": the sign, not its reading
    return Found(spans, _cue_span(verb), _speaker_span(ctx, subject, skip), subject.i, verb.lemma_.lower(), "quote-verb", regions=list(chain))


def _trailing_verb_cue(ctx: Context, region: QuoteRegion) -> tuple["Token", "Token"] | None:
    """“Go back,” Doe barked — any verb with its subject right after a quotation is its cue."""
    span = ctx.doc.char_span(region.end, min(region.end + 120, ctx.paragraph_of(region.start)[1]), alignment_mode="expand")
    if span is None:
        return None
    if _is_title(ctx, region):
        return None
    # “… trains.” The vote was delayed.: after a full stop inside the marks only a reporting
    # verb still reads as the quotation's cue (“… there.” Doe said. is common enough)
    stopped = _ends_sentence(ctx.text, (region.start, region.end))
    inner = ctx.text[region.inner_start : region.inner_end].rstrip()
    if not inner.endswith((",", ".", "!", "?", "—", "–", "-", "…")) and not ctx.text[region.end : region.end + 2].lstrip().startswith((",", "—", "–")):
        return None  # the “Rail for All” leaflet he handed out: a quotation inside a noun phrase
    for k, token in enumerate(span):
        if k > 8 or token.text in (".", "!", "?", ";") or token.is_space or ctx.quotation_at(token.idx) is not None:
            break
        if token.pos_ != "VERB":
            continue
        subject = _subject(token)
        if (subject is None or subject.i < span.start) and token.lemma_ == "read" and k <= 1:
            # “Enough is enough,” read one protester's sign: the parser made the sign the object
            # (and the slogan, at times, the subject)
            subject = next((c for c in token.children if c.dep_ == "dobj" and c.i > token.i), subject)
        if subject is None or subject.i < span.start and subject.i < token.i - 8:
            break
        if subject.lower_ in _RELATIVE:
            break  # “weekend experts” who sell …: a relative clause on the quoted words
        if abs(subject.i - token.i) <= 6 and subject.left_edge.i >= span.start and not (stopped and _is_cue_verb(token, ctx.lex) is None):
            return token, subject
        break
    return None


# spaces include the no-break space that copied web pages leave around a signature
_BYLINE = re.compile(r"[ \t\u00a0]*([―—–-])[ \t\u00a0]*((?:[A-Z][\w.’'-]*[ \t\u00a0]+){0,4}[A-Z][\w.’'-]*)[ \t\u00a0]*\.?[ \t\u00a0]*(?=\n|$)")


def _dash_byline(ctx: Context, region: QuoteRegion) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """“He represents our greatest shame.” ― Sonya Herridge: a dash and a name closing the
    line after a quotation sign it, as under an epigraph or in a list of readers' replies."""
    m = _BYLINE.match(ctx.text, region.end)
    if m is None:
        return None
    name = (m.start(2), m.start(2) + len(m.group(2).rstrip(".")))
    return name, (m.start(1), m.end(1))


def _leading_verb_cue(ctx: Context, region: QuoteRegion, para: tuple[int, int]) -> tuple["Token", "Token"] | None:
    """He continued, “…” / a man yelled “Stay there!” / She addressed the crowd again: “…” —
    a verb with its subject whose own words run up to the opening mark (nothing between but
    a comma or a colon) is the cue of the quotation it opens, whatever the verb."""
    gap = ctx.text[para[0] : region.start]
    stripped = gap.rstrip()
    if not stripped or stripped[-1] in ".!?”\"'’" or _is_title(ctx, region):
        return None
    last = ctx.doc.char_span(para[0], para[0] + len(stripped), alignment_mode="contract")
    if last is None or len(last) == 0:
        return None
    end = last[-1].i if not last[-1].is_punct else last[-1].i - 1
    if last[-1].is_punct and last[-1].text not in (",", ":"):
        return None
    # a verb further back than a short phrase only for a quotation set off by a comma or colon
    reach = 20 if last[-1].text in (",", ":") else 8
    for token in reversed(last[max(0, end - last.start - reach) : end - last.start + 1]):
        if token.pos_ != "VERB" or ctx.inside_quotation(token) or ctx.in_excluded(token.idx):
            continue
        subject = _subject(token)
        if token.lemma_ == "read" and token.dep_ in ("acl", "relcl") and token.head.pos_ == "NOUN" and token.head.i < token.i and (subject is None or subject.lower_ in _RELATIVE):
            subject = token.head  # "signs reading “No more cuts”", "a banner that read “…”": the sign's words
        if subject is None or subject.lower_ in _RELATIVE or subject.i > token.i or token.i - subject.i > 6:
            return None
        if _is_passive(token) or token.lemma_.lower() in _NAMING_VERBS | _TITLING_VERBS:
            return None  # "The report is titled “…”": a name, not words spoken
        # everything between the verb and the mark is the verb's own (an object, an aside)
        if any(not (t.is_punct or token.left_edge.i <= t.i <= token.right_edge.i) for t in ctx.doc[token.i + 1 : end + 1]):
            return None
        return _reporting_verb_above(ctx, token) or (token, subject)
    return None


def _reporting_verb_above(ctx: Context, verb: "Token") -> tuple["Token", "Token"] | None:
    """Okafor asserted that the town had lost its nerve: “…”: a verb inside what a cue reports
    is not the quotation's cue; the reporting verb and its subject are."""
    up = verb
    while up.dep_ in ("ccomp", "xcomp") and up.head.i < up.i:
        up = up.head
    subject = _subject(up) if up is not verb and _is_cue_verb(up, ctx.lex) else None
    return (up, subject) if subject is not None else None


def _colon_speaker(ctx: Context, region: QuoteRegion, before: str, para: tuple[int, int]) -> tuple[tuple[int, int], int, tuple[int, int]] | None:
    """Jane Doe: “…” — a short name-like phrase and a colon right before the quotation."""
    stripped = before.rstrip()
    if not stripped.endswith(":"):
        return None
    colon_at = para[0] + len(stripped) - 1
    # ("RED STATES OUTNUMBER BLUE STATES - Jeffrey M. Jones: “…”": a newsletter item's heading,
    # then a dash, then who is quoted)
    dash = max(stripped.rfind(d) for d in (" - ", " — ", " – "))
    opening = para[0] + dash + 3 if dash > 0 and stripped[:dash].upper() == stripped[:dash] and any(ch.isalpha() for ch in stripped[:dash]) else para[0]
    span = ctx.doc.char_span(opening, colon_at, alignment_mode="expand")
    if span is None or len(span) == 0 or len(span) > 12:
        return None
    # the last noun phrase before the colon, if it is a name or a title
    tokens = [t for t in span if not t.is_punct and not t.is_space]
    # ("Ashgrove:" the tagger took for a verb is the name the story gives elsewhere)
    named = len(tokens) == 1 and _named_elsewhere(ctx, tokens[0])
    if not tokens or not (named or any(t.pos_ in ("PROPN", "PRON", "NOUN") for t in tokens)):
        return None
    if any(t.pos_ == "VERB" for t in tokens) and not named:
        return None
    if tokens[-1].lemma_ == "be":
        return _owner_before_colon(ctx, tokens[-1], colon_at)
    start = tokens[0].idx
    for t in reversed(tokens):
        if t.text in ("-", "—", "–"):
            start = t.idx + len(t.text)
            break
    s, e = trim(ctx.text, start, colon_at)
    if e <= s:
        return None
    head = max((t for t in tokens if s <= t.idx < e), key=lambda t: t.i)
    return (s, e), head.i, (colon_at, colon_at + 1)


def _named_elsewhere(ctx: Context, word: "Token") -> bool:
    """Whether a capitalised word is a word of a person's name the text gives elsewhere."""
    return word.is_title and any(e.label_ == "PERSON" and word.text in e.text.split() for e in ctx.doc.ents if e.start != word.i)


def _owner_before_colon(ctx: Context, copula: "Token", colon_at: int) -> tuple[tuple[int, int], int, tuple[int, int]] | None:
    """"The mayor’s response was: “…”": the owner of the subject is the speaker, the rest up to
    the colon the cue; with no owner ("The answer was: …") the quotation has no speaker here."""
    subject = next((c for c in copula.children if c.dep_ == "nsubj"), None)
    owner = next((c for c in subject.children if c.dep_ == "poss"), None) if subject is not None else None
    if owner is None or owner.pos_ == "PRON":
        return None
    span = _subtree_span(owner, [c for c in owner.children if c.dep_ == "case"])
    if span is None:
        return None
    return trim(ctx.text, *span), owner.i, (subject.idx, colon_at + 1)


def _link_continuations(found: list[Found]) -> None:
    """A quotation opening a paragraph with no cue continues the last speaker before it."""
    last: int | None = None
    for i, f in enumerate(found):
        if f.how == "continued":
            if last is not None and f.start - found[last].end < 1500:
                f.continues = last
            else:
                f.how = "unattributed"
            continue
        if f.speaker is not None and f.how != "nested":
            last = i
