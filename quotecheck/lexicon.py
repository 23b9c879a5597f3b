"""Word lists from `quotecheck/data/`: loaded once, read-only, shared by every stage.

Lists are data, not code, so a newsroom can read and extend them; see data/README.md for
where each came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc


def read_list(name: str) -> list[str]:
    """The lines of data/NAME that are neither blank nor comments."""
    raw = resources.files("quotecheck").joinpath("data", name).read_text(encoding="utf-8")
    return [line.rstrip("\n") for line in raw.splitlines() if line.strip() and not line.lstrip().startswith("#")]


@dataclass(frozen=True)
class Lexicon:
    """Every word list the engine uses."""

    cue_verbs: frozenset[str]
    cue_verb_particles: dict[str, frozenset[str]]
    cue_nouns: frozenset[str]
    cue_noun_preps: dict[str, frozenset[str]]  # "criticism" -> {"of"}: the object of "criticism of" is its target
    stance_adjectives: dict[str, frozenset[str]]  # "critical" -> {"of"}: "is critical of the plan" takes a stand on it
    loaded_verbs: dict[str, str]
    anonymous: tuple[str, ...]
    titles: frozenset[str]
    title_abbreviations: dict[str, str]  # "gov." -> "governor"
    pronouns: dict[str, str]
    chrome: tuple[re.Pattern[str], ...]
    lemma_fixes: dict[str, str]  # "hopes" -> "hope", where the model says "hop"
    role_verbs: dict[str, tuple[str, ...]]  # "chair" -> ("chairman", "chairwoman", "chair")
    body_nouns: dict[str, frozenset[str]]  # "union" -> words a union's name holds ("association", …)
    public_bodies: frozenset[str]  # words of a public body's name ("ministry", "police"): never "the company"
    hedges: frozenset[str]  # "reportedly": a claim handed to someone the copy does not name
    agreed_terms: frozenset[str]  # "agreed a fee": terms settled, no view reported
    written_works: frozenset[str]  # "column", "dissertation": written, not what they say
    surveys: frozenset[str]  # "poll": "in a poll, 41 percent backed it" is the poll's finding
    kickers: frozenset[str]  # "breaking": a headline's label before a colon, never its speaker
    hearing_bodies: frozenset[str]  # "inquest": "the inquest heard that …" is sourced to the hearing
    reckonings: frozenset[str]  # "number": "the company puts the number at 900" is the company's figure
    stance_verbs: frozenset[str]  # "dispute": "a figure disputed by analysts" is the analysts' stand on it
    studies: frozenset[str]  # "poll": "a poll found Okafor with a lead" reports the poll's finding
    shares: frozenset[str]  # "two-thirds", "majority": "a majority of Republicans said" is the group speaking
    comment_nouns: frozenset[str]  # "claim": "…, a claim that could not be verified" is the paper's comment
    title_equivalents: dict[str, tuple[str, ...]]  # "u.s. attorney" -> ("prosecutor",): another word a later mention may use
    demonyms: dict[str, tuple[str, ...]]  # "spaniard" -> ("spain",): a person called by nationality
    party_members: dict[str, tuple[str, ...]]  # "republican" -> ("r", "republican"): a politician called by party
    us_states: dict[str, tuple[str, ...]]  # "pennsylvania" -> ("pa",): a state and the abbreviations after a party letter
    gendered: dict[str, str]  # "councilwoman" -> "female": a word before a name that tells a "he" from a "she"
    honorifics: frozenset[str]  # "dr", "sen": dropped from a name before it is matched
    org_nouns: frozenset[str]  # "ministry", "regulator": a mention headed by one is a body's
    generic_org_nouns: frozenset[str]  # "company", "charity": what a body is called once named
    company_nouns: frozenset[str]  # "firm", "developer": never a union, trust or council
    not_companies: frozenset[str]  # "union", "trust": words of a name that is no business's
    document_nouns: frozenset[str]  # "report", "filing": speaks for its author or owner
    collective_nouns: frozenset[str]  # "police", "staff": a plural with no "s"
    data_nouns: frozenset[str]  # "figures", "toll": whose data it is sources its numbers
    held_events: frozenset[str]  # "rally", "speech": a participle hung on one is its holder's
    speech_occasions: frozenset[str]  # "statement", "call": what something is said in or on
    issued_things: frozenset[str]  # "statement", "tweet": what it says, its issuer says
    issuing_verbs: frozenset[str]  # "issue", "post": the verbs that put one out
    place_bodies: frozenset[str]  # "county", "city": "the county said" is its council
    state_posts: frozenset[str]  # "ministry", "ambassador": a name that owns one is a country's
    group_nouns: frozenset[str]  # "family", "couple": people who speak together, like a plural
    person_nouns: frozenset[str]  # "nurse", "resident": one person a story may introduce unnamed
    capitals: dict[str, str]  # "moscow" -> "Russia": a capital standing for its country's government
    org_words: frozenset[str]  # "automotive", "infirmary": a name ending in one is a body's
    rank_words: frozenset[str]  # "deputy", "vice": "the deputy governor" holds another post than "the governor"
    speech_settings: frozenset[str]  # "stage", "facebook": "attacked me from the stage" is where, not what
    author_nouns: frozenset[str]  # "author", "team": "the authors wrote" after a study is its author
    body_synonyms: dict[str, tuple[str, ...]]  # "airline" -> ("carrier",): a body described with one is called the other


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The packaged lists (cached: one read per process)."""
    verbs: set[str] = set()
    particles: dict[str, set[str]] = {}
    for line in read_list("cue_verbs.txt"):
        words = line.strip().lower().split()
        if len(words) == 1:
            verbs.add(words[0])
        else:
            particles.setdefault(words[0], set()).add(" ".join(words[1:]))
    return Lexicon(
        cue_verbs=frozenset(verbs),
        cue_verb_particles={k: frozenset(v) for k, v in particles.items()},
        cue_nouns=word_set("cue_nouns.txt"),
        cue_noun_preps={noun: frozenset(preps.split()) for noun, preps in _pairs("cue_noun_preps.txt").items()},
        stance_adjectives={adjective: frozenset(frames.split()) for adjective, frames in _pairs("stance_adjectives.txt").items()},
        loaded_verbs={lemma: neutral or "said" for lemma, neutral in _pairs("loaded_verbs.txt").items()},
        anonymous=tuple(w.strip().lower() for w in read_list("anonymous_sources.txt")),
        titles=_with_elect_forms(word_set("titles.txt")),
        title_abbreviations=_pairs("title_abbreviations.txt"),
        pronouns=_pairs("pronouns.txt"),
        chrome=tuple(re.compile(p.strip(), re.IGNORECASE) for p in read_list("chrome_patterns.txt")),
        lemma_fixes=_pairs("lemma_fixes.txt"),
        role_verbs=_lists("role_verbs.txt"),
        body_nouns={noun: frozenset(w.strip() for w in words.split(",")) for noun, words in _pairs("body_nouns.txt").items()},
        public_bodies=word_set("public_bodies.txt"),
        hedges=word_set("hedges.txt"),
        agreed_terms=word_set("agreed_terms.txt"),
        written_works=word_set("written_works.txt"),
        surveys=word_set("surveys.txt"),
        kickers=word_set("kickers.txt"),
        hearing_bodies=word_set("hearing_bodies.txt"),
        reckonings=word_set("reckonings.txt"),
        stance_verbs=word_set("stance_verbs.txt"),
        studies=word_set("studies.txt"),
        shares=word_set("shares.txt"),
        comment_nouns=word_set("comment_nouns.txt"),
        title_equivalents=_lists("title_equivalents.txt"),
        demonyms=_lists("demonyms.txt"),
        party_members=_lists("party_members.txt"),
        us_states=_lists("us_states.txt"),
        gendered=_pairs("gendered_words.txt"),
        honorifics=word_set("honorifics.txt"),
        org_nouns=word_set("org_nouns.txt"),
        generic_org_nouns=word_set("generic_org_nouns.txt"),
        company_nouns=word_set("company_nouns.txt"),
        not_companies=word_set("not_companies.txt"),
        document_nouns=word_set("document_nouns.txt"),
        collective_nouns=word_set("collective_nouns.txt"),
        data_nouns=word_set("data_nouns.txt"),
        held_events=word_set("held_events.txt"),
        speech_occasions=word_set("speech_occasions.txt"),
        issued_things=word_set("issued_things.txt"),
        issuing_verbs=word_set("issuing_verbs.txt"),
        place_bodies=word_set("place_bodies.txt"),
        state_posts=word_set("state_posts.txt"),
        group_nouns=word_set("group_nouns.txt"),
        person_nouns=word_set("person_nouns.txt"),
        capitals={capital.strip().lower(): country.strip() for capital, _, country in (line.partition("\t") for line in read_list("capitals.txt"))},
        org_words=word_set("org_words.txt"),
        rank_words=word_set("rank_words.txt"),
        speech_settings=word_set("speech_settings.txt"),
        author_nouns=word_set("author_nouns.txt"),
        body_synonyms=_lists("body_synonyms.txt"),
    )


def word_set(name: str) -> frozenset[str]:
    """data/NAME as a set of lower-cased entries, one a line."""
    return frozenset(w.strip().lower() for w in read_list(name))


def _with_elect_forms(titles: frozenset[str]) -> frozenset[str]:
    """Every one-word office also has its holder-in-waiting: "Governor-elect Teresa Valdane",
    "the mayor-elect said"."""
    return titles | {f"{t}-elect" for t in titles if t.isalpha()}


def _pairs(name: str) -> dict[str, str]:
    """data/NAME as "word<TAB>value" lines, lower-cased."""
    pairs = {}
    for line in read_list(name):
        word, _, value = line.partition("\t")
        pairs[word.strip().lower()] = value.strip().lower()
    return pairs


def _lists(name: str) -> dict[str, tuple[str, ...]]:
    """data/NAME as "word<TAB>a, b, c" lines: each word with its comma-separated list."""
    return {word: tuple(w.strip() for w in others.split(",")) for word, others in _pairs(name).items()}


def fix_lemmas(doc: "Doc") -> None:
    """Mend the verb lemmas data/lemma_fixes.txt lists, so every stage reads "hope" for
    "hopes" rather than the model's "hop"."""
    fixes = lexicon().lemma_fixes
    for token in doc:
        if token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB"):
            right = fixes.get(token.lower_)
            if right is not None and token.lemma_ != right:
                token.lemma_ = right
