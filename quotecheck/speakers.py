"""Speaker mentions to entities: names, surnames, titles, pronouns, bodies, groups, anonymous.

No network and no coreference model: a name is introduced in full once, and later
mentions (a surname, "Mr. Doe", "the prime minister", "she") are matched back to it with
plain rules over the parse. A mention that cannot be resolved keeps `entity=None`.
NER labels are voted per surface form over the whole article, so one slip (a surname
tagged GPE once) does not decide what a name is.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Sequence

from .lexicon import Lexicon, lexicon
from .quotes import Found, headline_line
from .types import Entity, Speaker, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span as SpacySpan, Token

_NAME_LABELS = {"PERSON": "person", "ORG": "organization", "GPE": "place", "NORP": "group", "LOC": "place", "FAC": "organization"}


# participles that tie a document to someone who did not write it ("obtained by the Gazette",
# "commissioned by the county", "seen by Reuters")
_NOT_AUTHORING = frozenset({"obtain", "see", "review", "commission", "request", "receive", "leak", "quote", "cite", "order"})
_SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson"})
_UNNAMED_ROLES = frozenset({"official", "source", "aide", "insider", "diplomat"})  # unnamed unless a person's name comes with them
_BODY_LABELS = frozenset({"ORG", "GPE", "NORP"})
# "…, who holds the same post at Ostry", "…, her counterpart at the treasury": the title of the
# person named before
_SAME_POST = re.compile(r",\s+(?:who\s+(?:holds|held|has|had|occupies|occupied|fills)\s+the\s+same\s+(?:post|job|position|role|title|office)|(?:his|her|their)\s+(?:\w+\s+)?counterpart)\b")


def _company_name(words: list[str]) -> bool:
    """"Fennock Water", "Centerview Partners", "Meadowvale Care Group": a name of two or three
    words whose last is a company word (data/org_words.txt), so a body the story may call by
    its first word alone; not "Trump Train"."""
    return 2 <= len(words) <= 3 and words[0] not in lexicon().org_words and words[-1] in lexicon().org_words


@dataclass
class _Candidate:
    """A name seen in the text (a speaker or not), for pronouns and titles to refer back to."""

    offset: int
    name: str
    type: str
    subject: bool


def _as_named(phrase: str, first: "Token") -> str:
    """A description as an entity's name: its first letter in lower case ("residents of Talvi",
    "a senior Egyptian official"), unless that word is a name ("McConnell aides", "GOP leaders")."""
    proper = first.pos_ == "PROPN" or first.ent_type_ in _NAME_LABELS or (len(first.text) > 1 and first.text.isupper())
    return phrase if proper or not phrase else phrase[:1].lower() + phrase[1:]


def _one_person(a: list[str], b: list[str]) -> bool:
    """Whether two names with the same last word may be one person's: a surname or shorter
    form of the other ("Ruiz Arce", "Fernando Ruiz Arce"), or the same first name or initial
    ("Hillary Clinton", "Hillary Rodham Clinton"); not "Jane Sanders" and "Bernie Sanders"."""
    if len(a) == 1 or len(b) == 1 or a == b[-len(a) :] or b == a[-len(b) :]:
        return True
    return a[0] == b[0] or (min(len(a[0]), len(b[0])) == 1 and a[0][0] == b[0][0])


def _whose_named(head: "Token", phrase: str) -> str:
    """"Okafor, whose lawyers argued …": a phrase opening with "whose" names the antecedent's
    people ("Okafor’s lawyers", "the council’s officials")."""
    whose = next((t for t in head.children if t.dep_ == "poss" and t.tag_ == "WP$"), None)
    if whose is None or head.head.dep_ != "relcl" or head.head.head.pos_ not in ("PROPN", "NOUN"):
        return phrase
    owner = head.head.head
    name = " ".join(t.text for t in owner.subtree if t.i == owner.i or (t.i < owner.i and t.dep_ in ("compound", "flat", "det")))
    return re.sub(r"^whose\b", lambda _: name + "’s", phrase, flags=re.IGNORECASE)


def _norm(text: str) -> str:
    text = re.sub(r"[’']s$", "", text.strip())
    return re.sub(r"[^\w\s-]", "", text).strip().lower()


def _strip_honorifics(words: list[str], lex: Lexicon) -> list[str]:
    # (not a title that opens a body's name: "Justice Department", "Treasury Secretary" stays)
    while len(words) > 1 and (words[0].lower().rstrip(".") in lex.honorifics or words[0].lower() in lex.titles) and not (len(words) == 2 and words[1].lower() in lex.org_words):
        words = words[1:]
    return words


# a dateline opening a paragraph: "MILWAUKEE (Great Lakes Wire) —", "SEATTLE —", "NEW YORK, June 4 —"
_DATELINE = re.compile(r"(?:^|\n)([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2})(?:,[^\n—–(]{0,30})?\s*(?:\([^)\n]{1,40}\)\s*)?[—–]")

# "the 21-year-old", "a 44-year-old": a person the text names by age alone
_AGED = re.compile(r"(?:the|a|an)\s+\d+-year-old\b")


def _joins_a_word(t: "Token") -> bool:
    """A hyphen with no space either side ("rebel-run")."""
    return t.text in ("-", "–") and not t.whitespace_ and t.i > 0 and not t.doc[t.i - 1].whitespace_


def _name_fits(words: frozenset[str], name: str) -> bool:
    """Whether a body's name holds one of the words its common noun needs (data/body_nouns.txt;
    "crown+court" needs both words)."""
    held = set(re.findall(r"[\w’']+", name.lower()))
    return any(set(w.split("+")) <= held for w in words)


def _plural_noun(ent: "SpacySpan") -> bool:
    """"Commuters waiting for buses said": a lone plural common noun NER took for a body's
    name (capitalised only as a sentence's first word: "Sanders" mid-sentence is a name)."""
    word = ent[0]
    if len(ent) != 1 or word.tag_ != "NNS" or word.pos_ != "NOUN" or not word.is_sent_start:
        return False
    return not any(t.text == word.text and not t.is_sent_start for t in word.doc)


def _spells(acronym: str, name: str) -> bool:
    """Whether `acronym` is the initials of `name`'s words ("NTSB": "National Transportation
    Safety Board"; "DOJ": "Department of Justice"; "GACN": "Guild of Acute Care Nurses")."""
    words = [w for w in re.findall(r"[A-Za-z][\w’']*", name) if w.lower() != "the"]
    if len(words) < 2:
        return False
    every = "".join(w[0] for w in words).upper()
    capitalised = "".join(w[0] for w in words if w[0].isupper())
    return acronym in (every, capitalised)


def _stands_as_subject(token: "Token") -> bool:
    """A subject, or a proper noun the parser made the root of its sentence: the name has lost
    its verb, and it is the subject; or a name set off beside the subject ("The moderator,
    Leonard Baptiste, a former reporter, cut …")."""
    if token.dep_ == "appos" and token.head.dep_ in ("nsubj", "nsubjpass") and token.head.i < token.i:
        return True
    return token.dep_ in ("nsubj", "nsubjpass") or (token.dep_ == "ROOT" and token.pos_ == "PROPN")


def _by_recency(recent: list[tuple[int, Entity]], entities: list[Entity]) -> list[Entity]:
    """Entities, the last mentioned as a speaker first, then the rest newest first."""
    out: dict[str, Entity] = {}
    for _, ent in reversed(recent):
        out.setdefault(ent.id, ent)
    for ent in reversed(entities):
        out.setdefault(ent.id, ent)
    return list(out.values())


def _titled_person(ent: "SpacySpan", lex: Lexicon) -> "SpacySpan":
    """A name NER took for a title of a work ("Governor-elect Teresa Valdane" tagged
    WORK_OF_ART) as the person it is when an office stands before it."""
    if ent.label_ not in ("WORK_OF_ART", "PRODUCT") or not 2 <= len(ent) <= 3 or not all(t.is_alpha and t.is_title for t in ent):
        return ent
    doc = ent.doc
    before = [doc[max(0, ent.start - 3) : ent.start].text.lower(), doc[max(0, ent.start - 1) : ent.start].text.lower()]
    if not any(b.replace(" ", "") in lex.titles or b in lex.titles for b in before):
        return ent
    return doc[ent.start : ent.end].char_span(0, len(ent.text), label="PERSON") or ent


def _joined(tokens: Iterable["Token"]) -> str:
    """Lowercase words a space apart, but a hyphen written tight keeps its words together:
    "the governor-elect", "rank-and-file unionists" (not "this dynamic - candidates")."""
    out = ""
    for t in tokens:
        tight = t.i > 0 and not t.doc[t.i - 1].whitespace_ and (t.text == "-" or t.doc[t.i - 1].text == "-")
        out += ("" if not out or tight else " ") + t.lower_
    return out


# verbs by which the text says who won an election: its subject is "the mayor-elect" (or,
# passive, "was elected")
_WINNING = frozenset({"win", "unseat", "defeat", "beat", "oust", "topple", "elect"})
_CONTESTS = frozenset({"election", "race", "seat", "nomination", "primary", "runoff", "contest", "presidency", "mayoralty", "governorship", "vote", "ballot", "caucus", "caucuses"})


_BYLINE = re.compile(r"\s*By\s+[A-Z]")


# party words that qualify a title ("the Republican nominee")
_PARTIES = frozenset({"Democratic", "Republican", "GOP"})


class Resolver:
    """Holds the entities of one article while its speaker mentions are resolved in order."""

    def __init__(self, doc: "Doc", lex: Lexicon, excluded: Sequence[tuple[int, int]] = ()):
        self.doc = doc
        self.excluded = list(excluded)
        self.ents = [_titled_person(ent, lex) for ent in doc.ents]  # doc.ents builds every span on each access
        self.text = doc.text
        self.lex = lex
        self.entities: list[Entity] = []
        self.by_key: dict[str, Entity] = {}
        self.labels = self._vote_labels()
        self.candidates = self._candidates()
        # the company names the text gives, by first word ("fennock" -> "Fennock Water")
        self.companies: dict[str, set[str]] = {}
        for c in self.candidates:
            # (a name as written, not NER's run over a comma: "Politico, Democratic party")
            if c.type == "organization" and _company_name(words := _norm(c.name).split()) and all(w[:1].isupper() for w in c.name.split()):
                self.companies.setdefault(words[0], set()).add(c.name)
        self.recent: list[tuple[int, Entity]] = []  # (offset, entity) of resolved speakers
        line = headline_line(self.text, self.excluded)
        self.headline_end = line[1] if line is not None else 0
        self.lede_end = _lede_end(self.text, self.headline_end)  # the story's first paragraph ends here
        self.sexes = self._sexes()  # normalised name or surname -> "male" / "female", where the text shows it
        full_names = {_norm(c.name) for c in self.candidates if c.type == "person" and len(c.name.split()) > 1}
        surnames = Counter(n.split()[-1] for n in full_names)
        self.shared_surnames = {n for n, count in surnames.items() if count > 1}  # "clinton" for Bill and Hillary
        self.authors: dict[str, Entity] = {}  # document noun -> the first author the article gives it
        self.documents: dict[str, tuple[Entity, bool]] = {}  # document noun -> the author a mention gave it, and whether that mention was plural
        self.last_author: tuple[int, Entity] | None = None  # where a speaker mention last named a document's author, and who
        self.last_report: tuple[str, list[tuple[int, int]]] | None = None  # the last person to speak, by entity id, and what they said
        self.last_pronoun: tuple[str | None, str] | None = None  # the last pronoun speaker: its entity and kind ("female")
        self.quoted: list[tuple[int, int]] = []  # the quotations of the attributions resolved so far
        self.capitals: dict[str, str] | None = None  # capital -> country, as the text declares them (read when first needed)
        # unnamed people met in passing ("a reporter asked", "one voter said"): no later "he",
        # "she" or "they" stands for them, as the one who answers a question is more often meant
        self.passers_by: dict[str, str] = {}  # entity id -> the noun that introduced them
        # bodies the text has only cited ("according to FactSet"), never let speak with a verb
        self.cited_only: dict[str, bool] = {}
        self.last_document: tuple[int, str] | None = None  # where a document last spoke, and for whom

    # ------------------------------------------------------------ labels and candidates

    def _vote_labels(self) -> dict[str, str]:
        votes: dict[str, Counter[str]] = defaultdict(Counter)
        surnames: set[str] = set()
        alone = {ent.text for ent in self.ents if ent.label_ == "PERSON" and len(ent) == 1}  # one-word persons
        aged: set[str] = set()  # surnames given an age ("Valbuena, 29,")
        countries: set[str] = set()  # names that own a state's post ("Varenza's ambassador")
        for ent in self.ents:
            if ent.label_ in _NAME_LABELS:
                words = _strip_honorifics(ent.text.split(), self.lex)
                key = _norm(" ".join(words))
                label = ent.label_
                if label in ("ORG", "GPE") and len(words) == 2 and all(w[:1].isupper() for w in words) and words[-1].lower() not in lexicon().org_words and words[-1] in alone:
                    label = "PERSON"  # "Nadia Harlow" tagged a body, "Harlow" alone a person: a person
                if label in ("GPE", "LOC") and any(c.dep_ == "relcl" and c.doc[c.left_edge.i].lower_ in ("who", "whom", "whose") for c in ent.root.children):
                    label = "PERSON"  # "Ines Caldera, who directs the lab": a place is never a who
                if label in _BODY_LABELS and ent[0].lower_ in self.lex.titles and 2 <= len(words) < len(ent) and all(w[:1].isupper() for w in words) and words[-1].lower() not in lexicon().org_words:
                    label = "PERSON"  # "Councilwoman Renata Castellano" tagged a body: a title names a person
                if label in _BODY_LABELS and len(words) == 2 and all(w[:1].isupper() for w in words) and words[-1].lower() not in lexicon().org_words and self._titled_apposition(ent):
                    label = "PERSON"  # "Marcus Hale, Fellgate's chief executive" tagged a body: a post is held by a person
                if label in _BODY_LABELS and len(words) == 2 and all(w[:1].isupper() for w in words) and words[-1].lower() not in lexicon().org_words and ent.root.dep_ == "appos" and ent.root.head.lemma_.lower() in self.lex.titles and ent.root.head.i < ent.start:
                    label = "PERSON"  # "Its chief executive, Nadia Kemal" tagged a body: a post's holder is a person
                if len(words) == 1 and self._owns_a_state_post(ent):
                    countries.add(key)  # "Belgora's ambassador": a country, not a person
                elif label in _BODY_LABELS and ent[0].dep_ == "poss" and ent[0].pos_ == "PROPN" and any(t.lemma_.lower() in self.lex.state_posts for t in ent[1:]):
                    countries.add(_norm(ent[0].text))  # "Varenza's foreign ministry", one name with its owner
                if label == "PERSON" and self._home_of_a_person(ent):
                    label = "GPE"  # "a Democrat from Eau Claire", "a retired nurse from West Allis": where someone is from
                if label == "PERSON" and self._bodily_apposition(ent):
                    label = "ORG"  # "Water Orvalia, the industry body that represents …" tagged a person
                if label in _BODY_LABELS and self._aged(ent) and all(w[:1].isupper() for w in words) and words[-1].lower() not in lexicon().org_words:
                    label = "PERSON"  # "Valbuena, 29, conceded": only a person is given an age
                    aged.add(_norm(words[-1]))
                votes[key][label] += 1
                if ent.label_ == "PERSON" and len(words) > 1:
                    surnames.add(_norm(words[-1]))
        labels = {k: c.most_common(1)[0][0] for k, c in votes.items()}
        # "Declan O’Neill" once, then "O’Neill" tagged ORG three times: a surname of a person
        # the article names in full is that person, however often NER slips on it alone
        for key in surnames | aged:
            labels[key] = "PERSON"
        for key in countries - surnames - aged:
            labels[key] = "GPE"  # however often NER called the unfamiliar country a person
        for key in labels:
            if len(key.split()) > 1 and key.split()[-1] in aged:
                labels[key] = "PERSON"  # "Spain's Ines Valbuena", whom NER took for a body throughout
        return labels

    def _owns_a_state_post(self, ent: "SpacySpan") -> bool:
        """Whether a name is the owner of a state's office or post (data/state_posts.txt):
        "Varenza’s Health Ministry", "Belgora’s ambassador, Pavel Ostrakov"."""
        owned = ent.root.head
        if ent.root.dep_ != "poss" or owned.i <= ent.root.i:
            return False
        return any(t.lemma_.lower() in self.lex.state_posts for t in self.doc[ent.end : owned.i + 1])

    def _home_of_a_person(self, ent: "SpacySpan") -> bool:
        """Whether the name follows "from" after a word for a person ("a Democrat from Eau
        Claire", "a nurse from West Allis"), which names a place, not a sender ("a letter from
        Ana Ruiz")."""
        prep = ent.root.head
        if ent.root.dep_ != "pobj" or prep.lower_ != "from" or prep.head.i == prep.i:
            return False
        who = prep.head
        return who.ent_type_ == "NORP" or (who.pos_ == "NOUN" and (who.lemma_.lower() in self.lex.person_nouns or who.lemma_.lower() in self.lex.titles))

    def _aged(self, ent: "SpacySpan") -> bool:
        """Whether an age follows the name between commas ("Valbuena, 29,") or before the
        sentence's end."""
        doc = self.doc
        i = ent.end
        if i + 2 > len(doc) or doc[i].text != "," or not doc[i + 1].like_num or not doc[i + 1].text.isdigit():
            return False
        return 5 <= int(doc[i + 1].text) <= 110 and (i + 2 == len(doc) or doc[i + 2].text in (",", ".", ";"))

    def _bodily_apposition(self, ent: "SpacySpan") -> bool:
        """Whether a body's noun follows the name as its apposition ("Water Orvalia, the industry
        body that …", "Kessel Hart, a lobby group", "Larkfield Nutrition, an Ontario maker of
        infant formula"), which no person's name has."""
        after = ent.end < len(self.doc) and self.doc[ent.end].text == ","
        # (the first appositive only: "Drew Heiserman, a steering committee member for the
        # Caucus of …, a group of …" is a member, and the group the caucus)
        return after and any(c.dep_ == "appos" and c.left_edge.i == ent.end + 1 and c.pos_ == "NOUN" and (c.lemma_.lower() in self.lex.org_nouns or c.lemma_.lower() in self.lex.company_nouns or _a_kind_of_body(c)) for c in ent.root.children)

    def _titled_apposition(self, ent: "SpacySpan") -> bool:
        """Whether a post follows the name as its apposition ("Marcus Hale, Fellgate's chief
        executive"; not "Harrow Brands, the snack maker")."""
        after = ent.end < len(self.doc) and self.doc[ent.end].text == ","
        return after and any(c.dep_ == "appos" and c.i > ent.end and c.lemma_.lower() in self.lex.titles for c in ent.root.children)

    def label_of(self, name: str) -> str | None:
        return self.labels.get(_norm(name))

    def _label(self, ent: "SpacySpan") -> str:
        """The voted label of this surface form (votes are kept by the name without its title),
        or the span's own label."""
        return self.label_of(" ".join(_strip_honorifics(ent.text.split(), self.lex))) or ent.label_

    def _candidates(self) -> list[_Candidate]:
        out = []
        for ent in self.ents:
            if self._excluded(ent.start_char) or self._in_byline(ent.start_char):
                continue
            label = self._label(ent)
            if label not in _NAME_LABELS:
                continue
            name = self._clean_name(ent)
            if not name or _plural_noun(ent):
                continue
            type_ = _NAME_LABELS[label]
            if type_ == "person" and name.split()[-1].lower().strip(".,") in self.lex.org_words:
                type_ = "organization"  # as _entity has it: "Castlemoyle Town", whatever NER said
            out.append(_Candidate(ent.start_char, name, type_, any(_stands_as_subject(t) for t in ent)))
        return sorted(out + self._untagged_surnames(out) + self._untagged_bodies(), key=lambda c: c.offset)

    def _in_byline(self, offset: int) -> bool:
        """Whether `offset` is on a byline ("By Anna Brezinski | Great Lakes Wire") before the
        story: the writer is no party a later "he" or "she" stands for."""
        start = self.text.rfind("\n", 0, offset) + 1
        end = self.text.find("\n", offset)
        line = self.text[start : end if end >= 0 else len(self.text)]
        return start < 600 and len(line) < 120 and _BYLINE.match(line) is not None

    def _untagged_bodies(self) -> list[_Candidate]:
        """"CASTLEBROOK, England — Castlebrook Rovers sacked …" where NER tagged nothing: a run of
        two to four capitalised proper nouns whose last word is a body's (data/org_words.txt) is
        a body, so a later "the club" can refer back to it."""
        covered = {i for ent in self.ents for i in range(ent.start, ent.end)}
        out = []
        i = 0
        while i < len(self.doc):
            j = i
            while j < len(self.doc) and self.doc[j].pos_ == "PROPN" and self.doc[j].text[:1].isupper() and not self.doc[j].is_upper and j not in covered:
                j += 1
            if j == i:
                i += 1
                continue
            words = [t.text for t in self.doc[i:j]]
            if 2 <= len(words) <= 4 and words[-1].lower() in self.lex.org_words and words[0].lower() not in self.lex.org_words and words[0].lower() not in self.lex.titles and not self._excluded(self.doc[i].idx):
                out.append(_Candidate(self.doc[i].idx, " ".join(words), "organization", any(_stands_as_subject(t) for t in self.doc[i:j])))
            i = j
        return out

    def _sexes(self) -> dict[str, str]:
        """"Councilwoman Rosa Delgado-Finch", "Mr. Tolliver", "Ana Ruiz, a spokeswoman": whom
        the text itself shows to be a man or a woman (data/gendered_words.txt), by full name and
        by surname. Names carry no sex of their own here: no list of first names is used."""
        out: dict[str, str] = {}
        for ent in self.ents:
            if self._label(ent) != "PERSON" or not (name := self._clean_name(ent)):
                continue
            words = [ent[0].lower_] + ([self.doc[ent.start - 1].lower_] if ent.start > 0 else [])
            words += [c.lower_ for c in ent.root.children if c.dep_ == "appos"]
            sex = next((self.lex.gendered[w] for w in words if w in self.lex.gendered), None) or self._sex_by_own_pronoun(ent)
            if sex is not None:
                for key in (_norm(name), _norm(name.split()[-1])):
                    out[key] = sex if out.get(key, sex) == sex else "either"  # "Mr. Clinton" and "Mrs. Clinton"
        return {k: v for k, v in out.items() if v != "either"}

    def _sex_by_own_pronoun(self, ent: "SpacySpan") -> str | None:
        """"Sen. Claire Dunleavy and her Republican challenger": a "his" or "her" opening what is
        joined to the name can only be the name's own (an object's "her", as in "Trump
        questioned her stamina", is as often someone else's)."""
        root = ent.root
        owned = [g for c in root.children if c.dep_ == "conj" and c.pos_ == "NOUN" for g in c.children if g.dep_ == "poss" and g.i == c.left_edge.i == root.i + 2 and self.doc[root.i + 1].lower_ == "and"]
        kinds = {self.lex.pronouns.get(g.lower_) for g in owned if g.lower_ in ("his", "her")}
        return kinds.pop() if len(kinds) == 1 and kinds <= {"male", "female"} else None

    def _of_other_sex(self, name: str, kind: str) -> bool:
        """Whether the text has shown `name` to be of the sex a "he" or "she" (`kind`) rules out.
        A surname stands for a full name only when one person has it: "Mrs. Clinton" says nothing
        of Bill Clinton when Hillary Clinton is named too."""
        key = _norm(name)
        sex = self.sexes.get(key)
        if sex is None and key and key.split()[-1] not in self.shared_surnames:
            sex = self.sexes.get(key.split()[-1])
        return sex is not None and kind in ("male", "female") and sex != kind

    def _untagged_surnames(self, tagged: list[_Candidate]) -> list[_Candidate]:
        """"Dunmore, who grew up in Flint, …" where NER tagged nothing: a lone proper noun that
        is the surname of a person named in full before it is that person, so a later "she"
        can refer back to it."""
        full: dict[str, tuple[int, str]] = {}
        for cand in tagged:
            if cand.type == "person" and len(cand.name.split()) > 1:
                full.setdefault(_norm(cand.name.split()[-1]), (cand.offset, cand.name))
        covered = {i for ent in self.ents for i in range(ent.start, ent.end)}
        out = []
        for t in self.doc:
            if t.pos_ != "PROPN" or t.i in covered or (t.i > 0 and self.doc[t.i - 1].pos_ == "PROPN") or (t.i + 1 < len(self.doc) and self.doc[t.i + 1].pos_ == "PROPN"):
                continue
            named = full.get(_norm(t.text))
            if named is None or named[0] >= t.idx or self._excluded(t.idx):
                continue
            out.append(_Candidate(t.idx, named[1], "person", _stands_as_subject(t)))
        return out

    def _excluded(self, offset: int) -> bool:
        """Whether `offset` lies in page chrome ("weather icon Cloudy 6°C" names nobody)."""
        return any(s <= offset < e for s, e in self.excluded)

    def _clean_name(self, ent: "SpacySpan") -> str:
        # (a possessive ends a name, "Israel's"; inside one it is the name's: "St. Brendan’s Medical Center")
        text = ent.text
        of = next((t for t in ent if t.lower_ == "of" and t.dep_ == "prep" and t.head.i == ent.root.i and t.i > ent.root.i), None)
        if of is not None and self._label(ent) == "PERSON":
            text = self.doc[ent.start : of.i].text  # "Amira Rahimi of Mississauga": where she is from is no part of her name
        words = [w for w in re.sub(r"^[’']s\s+|[’']s$", "", text.strip()).split()]
        words = _strip_honorifics(words, self.lex)
        if len(words) > 1 and words[0].lower() == "the":
            words = words[1:]  # "the Harbor Policy Institute" and "Harbor Policy Institute" are one body
        name = " ".join(words).strip(" ,.;:")
        if name.lower() in self.lex.titles or name.lower() in ("state",):
            return ""
        if not any(w[:1].isupper() or w[:1].isdigit() for w in name.split()):
            return ""  # "vehicle levy" tagged PERSON: a name has a capital
        knighted = (ent.start > 0 and self.doc[ent.start - 1].lower_ in ("sir", "dame")) or ent[0].lower_ in ("sir", "dame")
        if knighted and len(name.split()) == 1:
            # "Sir Malcolm" after "Sir Malcolm Ebury": a knight or dame goes by the first name
            full = sorted({c.name for c in getattr(self, "candidates", []) if c.type == "person" and len(c.name.split()) > 1 and c.name.split()[0] == name})
            if len(full) == 1:
                return full[0]
        return name

    # ------------------------------------------------------------ entities

    def _entity(self, name: str, type_: str) -> Entity:
        key = _norm(name)
        if key in self.by_key:
            return self.by_key[key]
        if type_ == "person" and name.split() and name.split()[-1].lower().strip(".,") in lexicon().org_words:
            type_ = "organization"  # "Vantor Automotive", whatever NER said
        if type_ == "person" and len(key.split()) == 1 and key in self.companies and not self._full_names_ending(key):
            type_ = "organization"  # "Meadowvale said" after "Meadowvale Care Group", though NER says a person
        if type_ != "person" and len(key.split()) == 1:
            # a known person's surname that NER labelled a group or a place this once
            for ent in self.entities:
                if ent.type == "person" and _norm(ent.name).split()[-1:] == [key]:
                    self._alias(ent, name)
                    self.by_key[key] = ent
                    return ent
        # a surname or a shorter form of a known person
        if type_ == "person":
            words = key.split()
            sharing = self._full_names_ending(key) if len(words) == 1 else []
            if any(not _one_person(_norm(sharing[0]).split(), _norm(n).split()) for n in sharing[1:]):
                # two people share it ("Bernie Sanders", then "his wife, Jane Sanders"): the bare
                # surname stands for the one the story named first
                ent = self._entity(sharing[0], "person")
                self._alias(ent, name)
                return ent
            for ent in self.entities:
                known = _norm(ent.name).split()
                if ent.type != "person" or known[-1:] != words[-1:]:
                    continue
                if not _one_person(words, known):
                    continue  # "Jane Sanders" is not "Bernie Sanders"
                if len(words) <= len(known):
                    self._alias(ent, name)
                else:
                    # the full name arrives after a surname-only mention: keep the fuller name
                    self._alias(ent, ent.name)
                    ent.name = name
                self.by_key[key] = ent
                return ent
            if len(words) == 1 and (named := self._person_taken_for_a_body(key)) is not None:
                self._alias(named, name)
                self.by_key[key] = named
                return named
            if len(words) == 1:
                # "Whitfield told the crowd" where only the paper's own sentence named "Dana
                # Whitfield": the surname stands for the full name the article gives
                full = sorted({c.name for c in self.candidates if c.type == "person" and len(_norm(c.name).split()) > 1 and _norm(c.name).split()[-1] == key})
                if len(full) == 1:
                    ent = self._entity(full[0], "person")
                    self._alias(ent, name)
                    self.by_key[key] = ent
                    return ent
        if type_ == "organization" and (short := self._body_by_first_word(name, key)) is not None:
            return short
        if (spelled := self._spelled_out(name)) is not None:
            self._alias(spelled, name)
            self.by_key[key] = spelled
            return spelled
        for ent in self.entities:
            if key in (_norm(a) for a in ent.aliases):
                self.by_key[key] = ent
                return ent
        ent = Entity(id=f"e{len(self.entities) + 1}", name=name, type=type_)
        self.entities.append(ent)
        self.by_key[key] = ent
        return ent

    def _person_taken_for_a_body(self, surname: str) -> Entity | None:
        """"Joris Veldhoven of the Netherlands" spoke first as a body (NER called the name an
        organisation's); when "Veldhoven, who rides for …" is a person, so is the full name:
        a name of two or three words with no word of a body's, ending in the surname."""
        org_words = lexicon().org_words
        for ent in self.entities:
            known = _norm(ent.name).split()
            if ent.type != "organization" or ent.document or not 2 <= len(known) <= 3 or known[-1] != surname or any(w in org_words for w in known):
                continue
            # (and whose first word NER takes for a person's somewhere: "Joris", not "Ostrevian General Staff")
            if any(e.label_ == "PERSON" and e.text.split()[0] == ent.name.split()[0] for e in self.doc.ents):
                ent.type = "person"
                return ent
        return None

    def _body_by_first_word(self, name: str, key: str) -> Entity | None:
        """"Fennock" for "Fennock Water": a company called by the first word of the one two-word
        name the story gives it in full ("Fennock Water", "Centerview Partners": a name and a
        company word) is that company (and the full name, arriving after the short one, becomes
        its name)."""
        words = key.split()
        for ent in self.entities:
            known = _norm(ent.name).split()
            if ent.type != "organization" or not known or known[0] != words[0] or not _company_name(known if len(known) > 1 else words):
                continue
            if len(words) == 1 and len(known) > 1:
                self._alias(ent, name)
                self.by_key[key] = ent
                return ent
            if len(known) == 1 and len(words) > 1:
                self._alias(ent, ent.name)
                ent.name = name
                self.by_key[key] = ent
                return ent
        if len(words) == 1:
            full = sorted(self.companies.get(key, ()))
            if len(full) == 1:
                ent = self._entity(full[0], "organization")
                self._alias(ent, name)
                self.by_key[key] = ent
                return ent
        return None

    def _spelled_out(self, name: str) -> Entity | None:
        """"the GACN" after "the Guild of Acute Care Nurses (GACN)": an acronym stands for the
        one body named in full whose initials it spells (with or without "of" and "and")."""
        if not re.fullmatch(r"[A-Z]{2,6}", name):
            return None
        names = {e.name for e in self.entities if e.type == "organization" and _spells(name, e.name)}
        names |= {c.name for c in self.candidates if c.type == "organization" and _spells(name, c.name)}
        return self._entity(names.pop(), "organization") if len(names) == 1 else None

    def _by_id(self, entity_id: str | None) -> Entity | None:
        return next((e for e in self.entities if e.id == entity_id), None) if entity_id else None

    @staticmethod
    def _alias(ent: Entity, alias: str) -> None:
        if alias != ent.name and alias not in ent.aliases:
            ent.aliases.append(alias)

    # ------------------------------------------------------------ resolution

    def resolve(self, found: Found) -> Speaker | None:
        if found.speaker is None:
            return None
        s, e = found.speaker
        mention = Span(s, e, self.text[s:e])
        span = self.doc.char_span(s, e, alignment_mode="expand")
        head = self.doc[found.speaker_token] if found.speaker_token is not None else (span.root if span is not None else None)
        if span is None or head is None:
            return Speaker(mention, None, "description")
        lower = mention.text.lower()
        if head.lower_ in self.lex.pronouns and head.pos_ == "PRON":
            # "Kerrigan's review ran under the headline …. It said …": the document the sentence
            # before is about speaks for its author
            written = self._document_just_named(head) if self.lex.pronouns.get(head.lower_) == "thing" else None
            written = written or (self._document_that_spoke_last(head) if self.lex.pronouns.get(head.lower_) == "thing" else None)
            entity = written.id if written is not None else self._pronoun(head, s, found.spans)
            self.last_pronoun = (entity, self.lex.pronouns.get(head.lower_, ""))
            return Speaker(mention, entity, "pronoun")
        countries = self.lex.demonyms.get(head.lower_) if any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) else None
        if countries is not None:
            # "The Spaniard said …": the person the text tied to Spain ("Spain's Ines Valbuena"),
            # the latest first; nobody, when the text ties nobody to it (not a group "Spaniard")
            person = self._of_country(countries, s)
            return self._remember(Speaker(mention, person.id, "description"), s, person) if person else Speaker(mention, None, "description")
        party = self.lex.party_members.get(head.lower_) if head.tag_ == "NNP" and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) else None
        if party is not None:
            # "The Pennsylvania Republican admitted …": the person the text tied to the party
            # (and state) last ("Rep. Annika Sorrell, R-Pa."); nobody, when it tied nobody
            state = " ".join(t.lower_ for t in head.lefts if t.pos_ == "PROPN")
            for prep in (c for c in head.rights if c.dep_ == "prep" and c.lower_ in ("from", "of")):
                state = " ".join(t.lower_ for t in prep.subtree if t.pos_ == "PROPN")  # "the Republican from Alabama"
            described = any(c.dep_ not in ("det", "compound", "amod", "prep", "punct") or (c.dep_ == "prep" and c.lower_ not in ("from", "of")) for c in head.children)
            person = self._of_party(party, state, s) if not described else None  # ("the lifelong Republican who wrote …" is someone new)
            return self._remember(Speaker(mention, person.id, "description"), s, person) if person else Speaker(mention, None, "description")
        if _AGED.match(lower) and not any(t.pos_ == "PROPN" for t in span):
            # "the 24-year-old told reporters": the person the text gave that age ("Veldhoven,
            # 24,"), else someone just written about, as "he" or "she" would be
            age = re.search(r"\d+", lower).group(0)
            aged = self._latest_person_written(s, lambda before, n: re.search(rf"\b{n},\s+{age}\b", before) is not None)
            return Speaker(mention, aged.id if aged is not None else self._pronoun(head, s, found.spans, kind="person"), "description")
        owned_post = self._post_of_its_owner(head, s)
        if owned_post is not None:
            return self._remember(Speaker(mention, owned_post.id, "name"), s, owned_post)
        group = self._group_of_share(head)
        if group is not None:
            # "Nearly two-thirds of voters said": the voters speak, counted by the share
            head, span = group, self.doc[group.left_edge.i : group.i + 1]
            lower = span.text.lower()
        elif (crowd := self._share_of_the_group_before(head, s)) is not None:
            # "Fans said the wait had been worth it, though some complained …": some of those fans
            return self._remember(Speaker(mention, crowd.id, "group"), s, crowd)
        elif head.lower_ in self.lex.shares and head.pos_ != "NOUN" and any(c.dep_ == "prep" and c.lower_ == "in" and c.i > head.i for c in head.children):
            # "Many in the industry see …": a group the phrase itself describes
            crowd = self._entity(lower, "group")
            return self._remember(Speaker(mention, crowd.id, "group"), s, crowd)
        anonymous = self._anonymous(lower, head, span.text if group is not None else mention.text)
        if anonymous:
            anonymous = _whose_named(head, anonymous)
            ent = self._unnamed_again(anonymous, head) or self._entity(anonymous, "anonymous")
            self._spoken_for(ent, head, s)
            return self._remember(Speaker(mention, ent.id, "anonymous"), s, ent)
        if self._names_several(head, span):
            # "Ruiz, Okafor and Denholm said": several named parties speak together, and none of
            # them alone (nor may the phrase become one person's alias)
            ent = self._entity(mention.text, "group")
            return self._remember(Speaker(mention, ent.id, "group"), s, ent)
        bare = mention.text.split(",")[0].strip()  # "O’Dwyer, who did not give evidence": the name before the aside
        person = self._surname_of(bare, s) if head.pos_ == "PROPN" else None
        if person is not None:
            # "HARLOW:" after "Nadia Harlow" (whom NER took for a body): the person named in full
            # (and "Ashgrove, a state senator and former prosecutor," gives her those posts)
            self._alias(person, bare)
            if any(c.dep_ == "appos" and c.lemma_.lower() in self.lex.titles for c in head.children):
                self._affiliation_and_titles(person, span, head)
            return self._remember(Speaker(mention, person.id, "surname"), s, person)
        named = self._named(span, head)
        country = self._capital_of(named[0], named[1]) if named is not None else None
        if country is not None:
            # "Sarvo has argued" after "the Brandesian capital, Sarvo": the country's government
            ent = self._entity(country, "place")
            self._alias(ent, named[0])
            return self._remember(Speaker(mention, ent.id, "name"), s, ent)
        if named is not None:
            name, type_, form = named
            ent = self._entity(name, type_)
            # (as written, up to a relative clause: "Ines Caldera, who directs the lab" is Caldera)
            written = re.split(r",\s+(?:who|which|whose|whom)\b", mention.text)[0]
            self._alias(ent, written if len(written) < 80 else name)
            self._affiliation_and_titles(ent, span, head)
            return self._remember(Speaker(mention, ent.id, form), s, ent)
        # "O’Neill said", tagged an adverb: a proper noun's surname was looked up above already
        person = self._surname_of(bare, s) if head.pos_ != "PROPN" else None
        if person is not None:
            return self._remember(Speaker(mention, person.id, "surname"), s, person)
        short = self._short_name_of_body(mention.text, head, s) if head.pos_ != "PROPN" else None
        if short is not None:
            self._alias(short, mention.text)
            return self._remember(Speaker(mention, short.id, "name"), s, short)
        return self._description(mention, head, s)

    def _capital_of(self, name: str, type_: str) -> str | None:
        """The country a capital stands for: one the text declares ("the Brandesian capital,
        Sarvo", "Sarvo, Brandesia's capital", "Sarvo, the capital of Brandesia"), whatever NER
        called it, or a well-known one (data/capitals.txt) NER took for a place, as the text
        names the country when it does."""
        if " " in name:
            return None
        if self.capitals is None:
            self.capitals = {}
            c = r"([A-Z][\w-]+)"
            for pattern, city, country in (
                (rf"\b{c}(?:[’']s)?\s+capital,?\s+{c}", 2, 1),
                (rf"\b{c},\s+(?:the\s+)?{c}(?:[’']s)?\s+capital\b", 1, 2),
                (rf"\b{c},\s+the\s+capital\s+of\s+{c}", 1, 2),
            ):
                for m in re.finditer(pattern, self.text):
                    place = self._country_called(m.group(country))
                    if place is not None:
                        self.capitals.setdefault(m.group(city), place)
            for m in re.finditer(rf"\b{c},\s+the\s+capital\b(?!\s+of\b)", self.text):
                # "state television in Mezrah, the capital": the capital of the country the story
                # names most
                places = Counter(cand.name for cand in self.candidates if cand.type == "place" and cand.name != m.group(1))
                if places:
                    self.capitals.setdefault(m.group(1), places.most_common(1)[0][0])
        known = self.lex.capitals.get(name.lower()) if type_ == "place" else None
        return self.capitals.get(name) or (self._country_called(known) or known if known else None)

    def _country_called(self, word: str) -> str | None:
        """The place the text names that `word` calls: the name itself, or the country its
        adjective comes from ("Brandesian": Brandesia)."""
        for cand in self.candidates:
            if cand.type == "place" and (_norm(cand.name) == _norm(word) or (len(cand.name) >= 5 and " " not in cand.name and word.startswith(cand.name[:-1]) and len(word) - len(cand.name) <= 3)):
                return cand.name
        return None

    def _group_of_share(self, head: "Token") -> "Token | None":
        """The group a share of it names (data/shares.txt): "voters" in "two-thirds of voters",
        "Republicans" in "a majority of Republicans"; not a pronoun ("many of them")."""
        if head.lemma_.lower() not in self.lex.shares and head.lower_ not in self.lex.shares:
            return None
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i > head.i:
                group = next((g for g in prep.children if g.dep_ == "pobj"), None)
                if group is not None and group.tag_ in ("NNS", "NNPS") and group.pos_ != "PRON":
                    return group
        return None

    def _of_country(self, countries: tuple[str, ...], offset: int) -> Entity | None:
        """The latest person before `offset` whose name the text writes with one of `countries`
        (or its adjective): "Spain's Ines Valbuena", "Spanish player Ines Valbuena", "Ines
        Valbuena of Spain", "Ines Valbuena (Spain)"."""
        where = "|".join(re.escape(c) for c in countries)
        return self._latest_person_written(
            offset, lambda before, n: re.search(rf"\b(?:{where})(?:[’']s)?\s+(?:[\w.-]+\s+){{0,3}}{n}\b|\b{n},?\s+(?:of|from)\s+(?:the\s+)?(?:{where})\b|\b{n}\s+\((?:{where})\)", before, re.IGNORECASE) is not None
        )

    def _of_party(self, party: tuple[str, ...], state: str, offset: int) -> Entity | None:
        """The latest person before `offset` the text ties to `party` (its letter, then its
        words, data/party_members.txt) and to `state`, when given: "Rep. Annika Sorrell,
        R-Pa.", "Sen. Thomas Brandvold, a Wyoming Republican", "her Republican challenger,
        Curtis Vandermolen", "Mertz, 54, a Republican and former state treasurer"."""
        letter, words = party[0], "|".join(re.escape(w) for w in party[1:])
        forms = {state, *self.lex.us_states.get(state, ())}

        def tied(before: str, n: str) -> bool:
            for m in re.finditer(rf"\b{n},?\s+\(?{letter}-([a-z.]+(?:\s[a-z.]+)?)", before, re.IGNORECASE):
                label = m.group(1).lower().replace(".", "").split()  # "Pa." or "New York"
                if not state or label[0] in forms or " ".join(label) in forms:
                    return True
            for m in re.finditer(rf"\b{n}(?:,\s+\d+)?,\s+(?:a|an|the)\s+(?:[\w.’'-]+\s+){{0,3}}?(?:{words})\b|\b(?:{words})\s+(?:[\w.’'-]+,?\s+){{0,4}}?{n}\b", before, re.IGNORECASE):
                if not state or re.search(rf"\b{re.escape(state)}\b", before[max(0, m.start() - 30) : m.end()], re.IGNORECASE):
                    return True
            # ("the Florida Republican" is also "Florida Sen. Marco Rubio", "Ron Johnson of Wisconsin")
            where = re.escape(state)
            return bool(state) and re.search(rf"\b{where}(?:[’']s)?\s+(?:[\w.]+\s+){{0,2}}{n}\b|\b{n},?\s+(?:of|from)\s+{where}\b", before, re.IGNORECASE) is not None

        return self._latest_person_written(offset, tied)

    def _latest_person_written(self, offset: int, tied: Callable[[str, str], bool]) -> Entity | None:
        """The latest person before `offset` (a speaker first, then any name NER found) that
        `tied(text before, escaped name)` finds written with what a mention calls them by."""
        before = self.text[:offset]
        named = [(ent.name, [ent.name, *ent.aliases]) for ent in _by_recency(self.recent, self.entities) if ent.type == "person"]
        named += [(c.name, [c.name]) for c in reversed(self.candidates) if c.type == "person" and c.offset < offset]
        for full, names in named:
            if any(tied(before, re.escape(name)) for name in names):
                return self._entity(full, "person")
        return None

    def _share_of_the_group_before(self, head: "Token", offset: int) -> Entity | None:
        """The group that spoke just before a share of it: a bare "some", "many", "others" or
        "19 percent" (nothing after it: "Fans said …, though some complained …" are fans, not
        an unnamed source), or "one of them" after a group or unnamed sources spoke."""
        them = next((g.lower_ for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None)
        named = any(c.dep_ == "appos" for c in head.children)  # ("One of them, Tasha Greer, …" is she)
        if them == "them" and self.recent and not named and (head.lower_ in ("one", "some", "many", "most", "all", "both") or head.like_num):
            # "Two employees who asked not to be named said …. “…,” one of them said": one of those
            at, last = self.recent[-1]
            return last if last.type in ("group", "anonymous") and offset - at <= 600 and "\n\n" not in self.text[at:offset].strip() else None
        # (a bare share too: "31 percent of respondents said …, while 19 percent said …")
        share = head.lower_ in self.lex.shares or head.lemma_.lower() in self.lex.shares
        if not (head.lower_ in ("some", "many", "most", "others") or share) or any(c.dep_ == "prep" for c in head.children) or not self.recent:
            return None
        at, last = self.recent[-1]
        if last.type != "group" or offset - at > 400 or "\n\n" in self.text[at:offset]:
            return None
        return last

    def _short_name_of_body(self, text: str, head: "Token", offset: int) -> Entity | None:
        """"Riverbend said …" after "Riverbend Regional Medical Center" (the tagger took the
        short name for a common noun): a one-word mention with a capital that opens the name
        of a body named before."""
        if " " in text.strip() or not text[:1].isupper() or head.lower_ in self.lex.pronouns:
            return None
        for cand in reversed(self.candidates):
            words = cand.name.split()
            if cand.offset < offset and cand.type == "organization" and len(words) > 1 and words[0] == text.strip():
                return self._entity(cand.name, "organization")
        return None

    def _names_several(self, head: "Token", span: "SpacySpan") -> bool:
        """"Ruiz, Okafor and Denholm", "China and Russia": names joined, each its own party (not
        one name's parts, "the Committee on Civil Liberties, Justice and Home Affairs", nor a
        title's, "Vice President and Managing Editor Bill Sammon")."""
        if head.pos_ != "PROPN" or head.lower_ in self.lex.titles:
            return False
        return any(
            c.dep_ == "conj" and c.pos_ == "PROPN" and c.i < span.end and c.lower_ not in self.lex.titles and not (c.ent_iob_ == "I" and head.ent_iob_ != "O" and c.i > head.i)
            and not any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children)  # "…, and a Republican who …": more of the same person
            for c in head.children
        )

    def introduced_later(self, head: "Token") -> Entity | None:
        """The party a headline's bare noun ("Poll finds …", "Mayor: …", "Union vows …") stands
        for: the first the story introduces with that word, as the author of such a document,
        a person holding that title or a body with that word in its name."""
        lemma = head.lemma_.lower()
        if lemma in self.authors:
            return self.authors[lemma]
        for ent in self.entities:
            if ent.type == "person" and head.tag_ not in ("NNS", "NNPS") and any(t == lemma or t.endswith(" " + lemma) for t in self._title_forms(ent.titles)):
                return ent
            if ent.type == "organization" and lemma in ent.name.lower().split() and ent.name.lower() != lemma:
                return ent
            if ent.type == "organization" and head.tag_ == "NNS" and len(lemma) >= 8 and any(w[:8] == lemma[:8] for w in ent.name.lower().split()):
                return ent  # "statisticians say" the Institute of Demography and Statistics, "investigators" the Investigation Branch
        if lemma in self.lex.titles and head.tag_ not in ("NNS", "NNPS"):
            # (or the first person the story writes with the title, speaker or not: "U.S.
            # District Judge Adrienne Falkner’s order")
            for cand in self.candidates:
                at = self._written_at(cand) or cand.offset
                if cand.type == "person" and cand.offset > head.idx and re.search(rf"\b{re.escape(lemma)}\s*$", self.text[max(0, cand.offset - 30) : at], re.IGNORECASE):
                    return self._entity(cand.name, "person")
        return None

    def _unnamed_again(self, phrase: str, head: "Token") -> Entity | None:
        """"the aide" after "a campaign aide who spoke on condition of anonymity": the unnamed
        source described before, the latest one with the same noun."""
        if not phrase.startswith(("the ", "that ", "this ")) or len(phrase.split()) > 3:
            return None
        noun = re.compile(rf"\b{re.escape(head.lower_)}\b")
        return next((e for e in _by_recency(self.recent, self.entities) if e.type == "anonymous" and e.name != phrase and noun.search(e.name)), None)

    def _surname_of(self, text: str, offset: int) -> Entity | None:
        """"O’Neill said" where NER saw no name at all (it tags "O’Neill" an adverb): the
        surname of a person named in full earlier is that person."""
        key = _norm(text)
        if not key or len(text.split()) != 1:
            return None  # one written word ("O’Neill" normalises to two)
        # (of two people who share it, the one the story named first, whom a bare surname
        # stands for: "Sanders said" after "Bernie Sanders … his wife, Jane Sanders")
        named = self._full_names_ending(key, before=offset)
        return self._entity(named[0], "person") if named else None

    def _full_names_ending(self, surname: str, before: int | None = None) -> list[str]:
        """The people named in full with this surname (normalised), in the order the story
        first names them (only those named before `before`, when given)."""
        first_named: dict[str, int] = {}
        for c in self.candidates:
            if c.type == "person" and (before is None or c.offset < before) and len(_norm(c.name).split()) > 1 and _norm(c.name).split()[-1] == surname:
                first_named[c.name] = min(c.offset, first_named.get(c.name, c.offset))
        return sorted(first_named, key=first_named.__getitem__)

    def note_document(self, found: Found, entity_id: str) -> None:
        """"Transport for the City said in a statement that …": the statement is the speaker's,
        so "the statement said" later is theirs too."""
        if found.cue is None:
            return
        cue = self.doc.char_span(*found.cue, alignment_mode="expand")
        verb = cue.root if cue is not None else None
        ent = self._by_id(entity_id)
        if verb is None or ent is None:
            return
        for prep in verb.children:
            pobj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep.dep_ == "prep" and prep.lower_ in ("in", "through", "via", "for") else None
            if pobj is not None and verb.lemma_ == "write" and ((prep.lower_ == "for" and pobj.lower_ == "majority") or (prep.lower_ == "in" and pobj.lemma_.lower() in _COURT_WRITINGS)):
                # "wrote for the majority", "wrote in a dissent": a judge's opinion, so a later
                # "the majority opinion" or "the dissent" is that judge's
                self.documents["opinion" if prep.lower_ == "for" else pobj.lemma_.lower()] = (ent, False)
            elif pobj is not None and prep.lower_ != "for" and pobj.lemma_.lower() in self.lex.document_nouns:
                self.documents[pobj.lemma_.lower()] = (ent, pobj.tag_ == "NNS")
                self.authors.setdefault(pobj.lemma_.lower(), ent)

    def _sentence_start(self, offset: int) -> int:
        """Where the sentence holding character `offset` starts."""
        span = self.doc.char_span(offset, offset + 1, alignment_mode="expand")
        return span.sent.start_char if span is not None else offset

    def _remember(self, speaker: Speaker, offset: int, ent: Entity) -> Speaker:
        self.recent.append((offset, ent))
        return speaker

    def _anonymous(self, lower: str, head: "Token", written: str) -> str | None:
        """The name of the unnamed source `lower` (the mention, case-folded) describes, or None.
        The name keeps the mention's capitals but its first letter's ("one Geneva-based trader")."""

        def as_written(phrase: str) -> str:
            at = lower.find(phrase)
            kept = written[at : at + len(phrase)] if at >= 0 and len(written) == len(lower) else phrase
            return kept[:1].lower() + kept[1:] if kept[:1].isupper() and not (len(kept.split()[0]) > 1 and kept.split()[0].isupper()) and head.doc[head.left_edge.i].pos_ != "PROPN" else kept

        for phrase in self.lex.anonymous:
            if phrase.endswith("*"):
                if phrase[:-1].strip() in lower:
                    return as_written(lower.split(",")[0].strip())
            elif phrase.startswith("who "):
                if phrase in lower:
                    return as_written(lower.split(",")[0].split(" who ")[0].strip())
            elif lower in (phrase, f"the {phrase}", f"some {phrase}", f"two {phrase}", f"several {phrase}"):
                return lower
        if head.lemma_.lower() in _UNNAMED_ROLES and not any(t.ent_type_ in ("PERSON",) for t in head.subtree):
            if not any(t.pos_ == "PROPN" and t.i != head.i for t in head.subtree):
                return self._as_phrase(head)
            # "a Hamas official": a body's name is whose official, not the official's name
            if not any(t.pos_ == "PROPN" and t.i != head.i and t.ent_type_ not in _BODY_LABELS for t in head.subtree):
                return self._as_phrase(head)
        indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)  # ("the spokeswoman" is someone named before)
        if head.ent_type_ == "NORP" and head.tag_ == "NNP" and (indefinite or any(c.lower_ in ("another", "one") and c.i < head.i for c in head.children)):
            return self._as_phrase(head)  # "a local Democrat", "another New Hampshire Republican": one unnamed person
        if head.lemma_.lower() in _SPOKES and indefinite and not any(t.ent_type_ == "PERSON" for t in head.subtree) and self._name_in_apposition(head) is None:
            # "a spokesman for Britain's data regulator": unnamed, whatever body the phrase names
            if not any(t.pos_ == "PROPN" and t.dep_ in ("compound", "appos", "flat", "nmod") and t.head.i == head.i for t in head.subtree):
                return self._as_phrase(head)
        return None

    def _name_in_apposition(self, head: "Token") -> "Token | None":
        """The proper name set off after a post that says who holds it: "the company's
        spokeswoman, Ana Ruiz" (a name NER may miss), and "a spokeswoman for Wendmoor Estates,
        Priti Raval", where the parser hung the name on the body the post is held at (a named
        body is not named again; a common one is only when NER calls the name a person's)."""
        lemma = head.lemma_.lower()
        if lemma not in self.lex.titles and lemma not in _SPOKES:
            return None
        for child in head.children:
            if child.dep_ == "appos" and child.pos_ == "PROPN" and child.i > head.i:
                return child
        after = head.right_edge.i + 1
        if after + 1 < len(self.doc) and self.doc[after].text == "," and head.head.i != head.i:
            # (“…?” asked the moderator, Renata Solberg, …: the parser hung the name on the verb)
            name = next((c for c in head.head.children if c.dep_ in ("npadvmod", "appos", "conj") and c.pos_ == "PROPN" and c.ent_type_ == "PERSON" and c.left_edge.i in (after, after + 1)), None)
            if name is not None:
                return name
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("for", "of", "at", "with") or prep.i < head.i:
                continue
            for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                for app in pobj.children:
                    if app.dep_ != "appos" or app.pos_ != "PROPN" or app.i < pobj.i or self.doc[app.left_edge.i - 1].text != ",":
                        continue
                    name = " ".join(t.text for t in app.subtree if t.i <= app.i)
                    if app.ent_type_ == "PERSON" or (pobj.pos_ == "PROPN" and self.label_of(name) in (None, "PERSON", "GPE") and name.split()[-1].lower() not in lexicon().org_words):
                        return app
        return None

    def _as_phrase(self, head: "Token") -> str:
        """An unnamed source's phrase as written, up to an aside ("a Hamas official", "a
        spokeswoman for Britain's data regulator"), its article in lower case; for a document,
        not a participle that says what it does ("a policy paper welcoming the plan")."""
        document = self._is_document(head)
        clauses = {t.i for c in head.children if c.dep_ == "relcl" or (document and c.dep_ == "acl" and c.tag_ == "VBG" and c.i > head.i) for t in c.subtree}
        words = [t for t in head.subtree if t.i not in clauses]
        while words and words[0].is_punct:
            words = words[1:]  # not the closing mark of the quotation before it
        while words and (words[-1].is_punct or words[-1].is_space) and document:
            words = words[:-1]
        # (up to an aside after the noun: not a comma among its modifiers, "the bespectacled,
        # 71-year-old diplomat")
        at = next((k for k, t in enumerate(words) if t.i == head.i), 0)
        tail = words[at + 1 :]
        end = next((k for k, t in enumerate(tail) if t.text == "," or t.lower_ == "who"), len(tail))
        phrase = self._as_written(words[: at + 1] + tail[:end]).strip()
        if document:
            phrase = phrase.split(":")[0].strip()  # "Poll: Okafor and Marlow in dead heat": a headline's label
        return _as_named(phrase, words[0] if words else head)

    def _spoken_for(self, ent: Entity, head: "Token", offset: int) -> None:
        """"a spokesman for the commission": the body an unnamed spokesman speaks for is the
        entity's affiliation (named there, or the latest body the noun fits)."""
        if head.lemma_.lower() not in _SPOKES | _UNNAMED_ROLES or ent.affiliation is not None:
            return
        prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "at", "with", "in")), None)
        pobj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
        # "a Hamas official", "a White House aide": the body named before the noun
        pobj = pobj or next((c for c in head.children if c.dep_ == "compound" and c.ent_type_ in _BODY_LABELS), None)
        if pobj is not None:
            self._affiliate_with_body(ent, pobj, offset)

    def _named(self, span: "SpacySpan", head: "Token") -> tuple[str, str, str] | None:
        """The name a mention carries (its head's NER entity, else its proper nouns)."""
        ents = [ent for ent in self.ents if ent.start >= span.start and ent.end <= span.end]
        ents = [ent for ent in ents if self._label(ent) in _NAME_LABELS and not _plural_noun(ent)]
        # prefer the entity holding the head, then a person, then the first
        chosen = None
        for ent in ents:
            if ent.start <= head.i < ent.end:
                chosen = ent
                break
        if chosen is None and head.pos_ == "NOUN":
            # "the ministry's spokeswoman, Carla Mendieta": the appositive names the speaker
            for child in head.children:
                if child.dep_ == "appos" and child.pos_ == "PROPN":
                    chosen = next((e for e in ents if e.start <= child.i < e.end), None)
                    if chosen is not None:
                        break
        if chosen is None and head.pos_ == "NOUN" and (app := self._name_in_apposition(head)) is not None:
            # (NER missed the name, or hung it on the body: "a spokeswoman for Wendmoor Estates,
            # Priti Raval"): a person's name all the same
            held = next((e for e in ents if e.start <= app.i < e.end), None)
            words = _strip_honorifics([t.text for t in (held or [t for t in app.subtree if t.pos_ == "PROPN" and t.i <= app.i])], self.lex)
            if held is not None and self._label(held) == "PERSON":
                chosen = held
            elif len(words) >= 2 and all(w[:1].isupper() for w in words):
                return " ".join(words), "person", "name"
        called = chosen if chosen is not None and not (chosen.start <= head.i < chosen.end) else None  # the appositive's name
        if chosen is None and head.pos_ == "NOUN":
            # "a group called Harlow Parents for Choice": the name the description gives
            for child in head.children:
                if child.dep_ == "acl" and child.lemma_.lower() in ("call", "name", "dub") and child.tag_ == "VBN":
                    chosen = called = next((e for e in ents if e.start > child.i and e.root.head.i in (child.i, *(g.i for g in child.children))), None)
                    if chosen is not None:
                        break
        if chosen is None and head.pos_ == "PROPN" and not head.ent_type_:
            # "ranking Democrat Elijah Cummings", "House Oversight … Cummings": the tagger named
            # the modifiers and missed the name itself; the untagged proper nouns ending at the
            # head are the name
            run = [head]
            while run[0].i - 1 >= span.start and (t := self.doc[run[0].i - 1]).pos_ == "PROPN" and t.dep_ in ("compound", "flat") and not t.ent_type_ and t.head.i in {r.i for r in run}:
                run.insert(0, t)
            words = _strip_honorifics([t.text for t in run], self.lex)
            if len(words) >= 2 and any(e.end <= run[0].i for e in ents):
                name = " ".join(words)
                return name, self._guess_type(head, name), "name"
            of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == head.i + 1), None)
            place = next((g for g in of.children if g.dep_ == "pobj" and g.pos_ == "PROPN" and g.ent_type_ in ("GPE", "LOC")), None) if of is not None else None
            if place is not None and head.tag_ == "NNPS" and head.i < span.end - 1:
                # "The Allied Autoworkers of America": a body named for a place, not the place
                return self.doc[run[0].i : place.right_edge.i + 1].text, "organization", "name"
        if chosen is None and ents and head.pos_ != "NOUN":
            # not a name inside an aside after the head ("Okafor, a Pruitt ally": Pruitt is
            # whose ally she is), unless the aside is the name ("The Podesta Group CEO, Kim Fritts")
            ents = [e for e in ents if head.pos_ != "PROPN" or e.start <= head.i or not any(t.text == "," for t in span[: e.start - span.start]) or (e.root.dep_ == "appos" and e.root.head.i == head.i and self._label(e) == "PERSON")]
            persons = [e for e in ents if self._label(e) == "PERSON"]
            chosen = persons[0] if persons else (ents[0] if ents else None)
        if chosen is not None:
            label = self._label(chosen)
            name = self._clean_name(chosen)
            if not name:
                return None
            type_ = _NAME_LABELS[label]
            if chosen.root.i != head.i and head.pos_ == "NOUN" and head.lemma_.lower() in self.lex.org_nouns and called is None:
                # "the Israeli military", "Israel's Health Ministry": the body, not the place
                # (but "the accounting firm Brenner & Loew" is called by its appositive name)
                return self._body_name(span, head), "organization", "name"
            known = self.by_key.get(_norm(name))
            form = "surname" if type_ == "person" and len(name.split()) == 1 else "name"
            if known is not None and known.type == "person" and _norm(name) != _norm(known.name):
                form = "surname"
            return name, type_, form
        if head.tag_ == "NNS" and head.text[:1].isupper() and head.text[1:].islower() and not head.lower_.endswith("s") and head.i == span.start and any(c.dep_ == "appos" and c.i > head.i and self.doc[c.left_edge.i - 1].text == "," and c.left_edge.lower_ in ("a", "an", "the") for c in head.children):
            # "Pruitt, a longtime Dunn ally, said": a capitalised word the tagger took for a plural
            # noun, with no plural's "s" and an apposition saying who it is, is a name
            return head.text, self._guess_type(head, head.text), "name"
        if head.pos_ == "PROPN":
            # "the finance minister" with "minister" tagged a proper noun: a name is capitalised
            words = [t.text for t in head.subtree if t.pos_ == "PROPN" and t.i <= head.i and t.i >= span.start and not t.is_lower]
            words = _strip_honorifics(words, self.lex)
            if words and " ".join(words).lower() not in self.lex.titles:  # (a headline's "Chairman says …" names no one)
                name = " ".join(words)
                return name, self._guess_type(head, name), "name"
        return None

    def _body_name(self, span: "SpacySpan", head: "Token") -> str:
        words = [t for t in span if t.i <= head.i and t.dep_ not in ("det", "punct") and t.i >= head.left_edge.i]
        text = " ".join(t.text for t in words)
        return re.sub(r"\s+([’']s)\b", r"\1", text).strip()

    def _guess_type(self, head: "Token", name: str) -> str:
        if self.label_of(name) in (None, "ORG") and (_norm(name) in self.companies or any(e.type == "organization" and _company_name(k := _norm(e.name).split()) and k[0] == _norm(name) for e in self.entities)):
            # "Fennock, which supplies …" untagged here, and the first word of "Fennock Water"
            # (which NER may have left untagged too: the entity the story already has)
            return "organization"
        if head.lemma_.lower() in self.lex.org_nouns or name.split()[-1].lower() in self.lex.org_nouns:
            return "organization"
        return "person"

    def _pronoun(self, head: "Token", offset: int, own: Sequence[tuple[int, int]] = (), kind: str | None = None) -> str | None:
        """The entity a "he", "she", "it" or "they" speaker stands for (or, with `kind`
        "person", a person of either sex), or None. A name inside the speaker's own words is
        someone they speak of ("“He told me, ‘Whatever Ray needs, Ray gets,’” she testified"),
        never them."""
        kind = kind or self.lex.pronouns.get(head.lower_)
        if kind in ("male", "female", "person"):
            want = {"person"}
        elif kind in ("plural", "thing"):
            want = {"organization", "group", "place", "anonymous"}
        else:
            return None
        # the nearest earlier speaker or subject-name of the wanted type, within a window
        # (no gender: names carry none without a name list, and a wrong guess is worse)
        best: tuple[int, Entity] | None = None
        # "she said he had … . He replied …": the "she" just before is not this "he"
        other = self.last_pronoun[0] if self.last_pronoun and {kind, self.last_pronoun[1]} == {"male", "female"} else None
        for off, ent in reversed(self.recent):
            if ent.id == other or ent.id in self.passers_by:
                continue
            # ("one Geneva-based trader, who asked not to be named", then "he said": one person)
            one = kind in ("male", "female") and ent.type == "anonymous" and not ent.document and ent.name.split()[0].lower() in ("a", "an", "one", "another")
            if off < offset and (ent.type in want or one) and not self._of_other_sex(ent.name, kind):
                best = (off, ent)
                break
        for cand in reversed(self.candidates):
            if cand.offset >= offset or (best and cand.offset <= best[0]) or self._of_other_sex(cand.name, kind) or any(s <= cand.offset < e for s, e in own):
                continue
            if any(s <= cand.offset < e for s, e in self.quoted):
                continue  # "“Garrett knows that number is made up,” Stroud told reporters": whom a quotation names is no later "she"
            if other is not None and (known := self.by_key.get(_norm(cand.name))) is not None and known.id == other:
                continue
            if best and self.last_report is not None and self.last_report[0] in (best[1].id, other) and any(s <= cand.offset < e for s, e in self.last_report[1]):
                continue  # "The superintendent maintains that Heddle raised the rifle. He said …": who spoke goes on, not whom they spoke of
            if cand.type in want and offset - cand.offset < 1500 and (cand.subject or best is None):
                return self._entity(cand.name, cand.type).id
            if cand.offset < offset - 1500:
                break
        if best and offset - best[0] < 3000:
            return best[1].id
        return None

    def _description(self, mention: Span, head: "Token", offset: int) -> Speaker:
        """the prime minister / the ministry / residents."""
        lemma = head.lemma_.lower()
        bare = head.tag_ == "NN" and [t.lower_ for t in head.subtree] == ["the", head.lower_]  # "the county", "the person"
        named = [c for c in head.children if c.dep_ == "compound" and c.ent_type_ == "GPE" and c.i == head.i - 1]
        if lemma in self.lex.place_bodies and head.tag_ == "NN" and named:
            # "Washington state argued …", "Kings County said …": the place the name calls so
            place = self._entity(" ".join(t.text for t in head.subtree if named[0].left_edge.i <= t.i <= head.i), "place")
            return self._remember(Speaker(mention, place.id, "name"), offset, place)
        # ("Most economists" are "economists": how many of them spoke is no part of their name)
        counted = [t for t in head.children if t.i < head.i and t.dep_ in ("amod", "det") and t.lower_ in self.lex.shares]
        words = _joined(t for t in head.subtree if t.i <= head.i and t.dep_ != "det" and t not in counted)
        words = re.sub(r"\s+([’']s)\b", r"\1", words)  # "committee's members"
        words = _whose_named(head, words)
        author = self._document_author(head)
        document = self._is_document(head)
        if author is not None:
            if document or lemma in self.lex.studies:
                self.documents[lemma] = (author, head.tag_ == "NNS")
                self.authors.setdefault(lemma, author)
                self.last_author = (offset, author)
                for kind in (c for c in head.children if c.dep_ == "compound" and c.lemma_.lower() in self.lex.document_nouns):
                    self.documents.setdefault(kind.lemma_.lower(), (author, False))  # "a draft text", later "the draft"
            return self._remember(Speaker(mention, author.id, "document"), offset, author)
        # (but "the polls" in general are not the one poll named before)
        earlier = self.documents.get(lemma) if document or lemma in _COURT_WRITINGS or lemma in self.lex.studies else None
        # (or as written: in "…, the timeline shows" the parser hung "the" on the verb)
        written = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        stray = written is not None and written[0].lower_ in ("the", "this", "that") and not written.start <= written[0].head.i < written.end
        definite = stray or any(t.dep_ == "det" and t.lower_ in ("the", "this", "that") for t in head.children)
        named_since = self._named_by_last_word(lemma, offset) if earlier is not None and document and head.tag_ == "NN" else None
        if named_since is not None and (first := self._first_offset(named_since)) is not None and first > self._last_offset(earlier[0], offset):
            # "according to an independent review …. … the Kestleham Maternity Review examined …
            # The review found": the review the text has since named
            return self._remember(Speaker(mention, named_since.id, "document"), offset, named_since)
        if earlier is not None and (earlier[1] or head.tag_ != "NNS") and definite:
            # "a poll by the Tresham lab found …", then "The poll also found …": the same author
            author = earlier[0]
            return self._remember(Speaker(mention, author.id, "document"), offset, author)
        issuer = self._issued_before(head, offset) if (document or lemma in self.lex.issued_things) and earlier is None and definite and head.tag_ != "NNS" else None
        if issuer is not None:
            # "Nora Keplinger sent a memo to agency heads. The memo … says": who sent it
            self.documents[lemma] = (issuer, False)
            return self._remember(Speaker(mention, issuer.id, "document"), offset, issuer)
        last = self._last_author()
        if document and earlier is None and definite and head.tag_ != "NNS" and last is not None and lemma not in self.lex.hearing_bodies and not any(t.dep_ in ("poss", "compound") for t in head.children):
            # "a study by researchers at Kestral found …", then "The paper reported …": the
            # document named last, under another noun
            return self._remember(Speaker(mention, last.id, "document"), offset, last)
        plural = head.tag_ == "NNS" or lemma in self.lex.group_nouns or lemma == "team"
        if lemma in self.lex.author_nouns and plural and definite and last is not None and (lemma == "author" or last.type in ("group", "organization")):
            # "the authors wrote", "the team said": the people behind that document (not "the
            # lead author", one person with that title)
            return self._remember(Speaker(mention, last.id, "description"), offset, last)
        if head.tag_ == "NNS" and head.is_title and not head.lower_.endswith(("s", "men", "ren")) and head.lower_ not in self.lex.collective_nouns and len(list(head.subtree)) == 1:
            # "Pruitt tweeted": a name the tagger took for a plural noun
            ent = self._entity(head.text, self._guess_type(head, head.text))
            return self._remember(Speaker(mention, ent.id, "name"), offset, ent)
        pollster = self._pollster(head) if head.tag_ == "NNS" else None
        if pollster is not None:
            # "Analysts polled by Trellis Market Data had expected …": the poll's, as a survey's
            # finding is its author's (not remembered as a voice: a later "the company" is not
            # the pollster's)
            return Speaker(mention, pollster.id, "document")
        if (head.tag_ in ("NNS",) or lemma in self.lex.group_nouns) and not document and not any(t.pos_ == "PROPN" for t in head.subtree):
            ent = self._entity(words or lemma, "group")
            return self._remember(Speaker(mention, ent.id, "group"), offset, ent)
        # the holder of the title mentioned last (two chairmen: the one the story is on)
        recent = _by_recency(self.recent, self.entities)
        rank = self._ranks(words)
        # ("several judges" are no one judge; "President Lev Harmat’s spokesman" is not the
        # spokesman of the General Staff named before, but his own)
        owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        # (a party too: "The Democratic presidential nominee" is not the Republican one)
        places = [t.text for t in head.subtree if t.i != head.i and ((t.pos_ == "PROPN" and t.ent_type_ in ("GPE", "NORP", "LOC", "ORG")) or (t.i < head.i and t.text in _PARTIES))]
        for ent in recent if head.tag_ not in ("NNS", "NNPS") else ():
            if places and not all(any(p in written for written in [ent.name, *ent.aliases]) for p in places):
                continue  # "the Ohio governor" is not the governor the text wrote with Florida
            held_at = self._by_id(ent.affiliation)
            if owner is not None and held_at is not None and not _bears(held_at, [_norm(owner.text)]):
                continue
            titles = [t for t in self._title_forms(ent.titles) if self._ranks(t) == rank]
            if words in titles or lemma in titles or any(t.endswith(" " + lemma) or t == lemma for t in titles):
                ent = self._same_post_holder(ent, words, offset) or ent
                return self._remember(Speaker(mention, ent.id, "title"), offset, ent)
        # a body found for the noun must carry the name of any owner the mention gives it: "The
        # Corvaz campaign" is not the Belarde campaign, nor "the Atlantic Coast Community's
        # observer mission" the electoral commission that spoke last
        # (a post owns one too: "The comptroller’s office" is not the governor's office)
        owners = [_norm(c.text) for c in head.children if c.dep_ in ("poss", "compound") and (c.pos_ == "PROPN" or (c.dep_ == "poss" and c.lemma_.lower() in self.lex.titles))]

        def owned(ent: Entity | None) -> Entity | None:
            return ent if ent is not None and _bears(ent, owners) else None

        # ("the county" said: the county's body the story named, as "county estimates" are its)
        # (a noun that stands for a body named in full is one body: "the group", not "a group of
        # parents" nor "civil rights groups"; or it describes the name it is set beside:
        # "National Nurses United, a union that …")
        one_body = lemma not in self.lex.body_nouns or head.dep_ == "appos" or (definite and head.tag_ == "NN" and not any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children))
        if (lemma in self.lex.org_nouns or lemma in self.lex.generic_org_nouns or (lemma in self.lex.place_bodies and bare)) and one_body:
            body = owned(self._body_for(lemma, offset))
            if body is None and bare:
                body = self._owned_just_before(head)
            if body is not None:
                return self._remember(Speaker(mention, body.id, "title"), offset, body)
        named_before = owned(self._named_by_last_word(lemma, offset)) if head.pos_ == "NOUN" else None
        if named_before is not None:
            # "the airport" after "Kessingford Airport"
            return self._remember(Speaker(mention, named_before.id, "title"), offset, named_before)
        if lemma == "administration" and bare:
            # "The administration has said …" with no administration named: a party of its own
            # (not "the government", which a story about two countries leaves open)
            ruling = self._entity("the administration", "organization")
            return self._remember(Speaker(mention, ruling.id, "title"), offset, ruling)
        definite = any(t.dep_ == "det" and t.lower_ in ("the", "this", "that") for t in head.children)
        if (lemma in self.lex.titles or words in self.lex.titles) and definite and head.tag_ not in ("NNS", "NNPS"):
            # "the judge": someone named earlier with that title ("District Judge Elena
            # Marquez", "Nathan Pruitt, the court-appointed receiver"), or nobody
            # ("the deputy governor" is looked for as that, not as "governor")
            # (the whole title when it is one: "the prime minister" is no finance minister)
            whole = words if words in self.lex.titles and words != lemma else None
            # (and a place or party that qualifies it must be written beside the name: "the
            # Vermont senator", "the senator from Vermont")
            titled = self._titled_candidate(whole or " ".join([t.lower_ for t in head.lefts if t.lower_ in self.lex.rank_words] + [head.lower_]), offset, places)
            if titled is None and (whole or "").endswith("-elect"):
                titled = self._winner_before(offset)
            if titled is not None:
                return self._remember(Speaker(mention, titled.id, "title"), offset, titled)
            return Speaker(mention, None, "title")
        party = self._described_party(head, lemma)
        if party is not None:
            # "a federal jury", "the Whitfield campaign", "a council spokesman": the
            # description is all the text gives, and it names a party an editor can check
            return self._remember(Speaker(mention, party.id, "description"), offset, party)
        if lemma in self.lex.hearing_bodies and head.tag_ == "NN":
            # "The inquest heard that …": the hearing itself is the party its evidence is sourced to
            hearing = self._entity(self._as_phrase(head), "organization")
            return self._remember(Speaker(mention, hearing.id, "description"), offset, hearing)
        clauses = {t.i for c in head.children if c.dep_ == "relcl" for t in c.subtree}
        if head.tag_ == "NNS" and head.pos_ == "NOUN" and not document and head.ent_type_ != "PERSON" and not any(t.pos_ == "PROPN" for t in head.subtree if t.i not in clauses):
            # "Supporters who spoke to the Gazette said": a group, whatever names its relative
            # clause holds
            crowd = self._entity(words or lemma, "group")
            return self._remember(Speaker(mention, crowd.id, "group"), offset, crowd)
        if document and head.pos_ == "NOUN" and any(True for _ in head.children) and not any(t.dep_ == "poss" for t in head.children):
            # "Court records show …", "according to customs data": the text gives no author, so
            # the document itself is the party an editor can check; it names nobody, and a
            # later "the report" or "the study" is the same document
            paper = self._entity(self._as_phrase(head), "anonymous")
            paper.document = True
            self.documents.setdefault(lemma, (paper, head.tag_ == "NNS"))  # (not "the polls" in general for the poll named before)
            self.last_author = (offset, paper)
            return self._remember(Speaker(mention, paper.id, "document"), offset, paper)
        # (the latest such person with that noun, for "the" with the noun alone)
        met = [e for e in _by_recency(self.recent, self.entities) if self.passers_by.get(e.id) == lemma]
        again = met[0] if met and bare else None
        if again is None and bare:
            # "the person" after "a person familiar with the talks, who spoke on condition of
            # anonymity": the unnamed source described before
            again = self._unnamed_again(f"the {head.lower_}", head)
        if again is not None:
            # "the strategist" after "a Republican strategist who has worked in the district"
            return self._remember(Speaker(mention, again.id, "anonymous"), offset, again)
        if self._one_unnamed(head):
            # "A Republican strategist who has worked in the district", "one of the nurses": a
            # party the text introduces without a name, not a re-mention of someone named
            ent = self._entity(self._as_phrase(head), "anonymous")
            self.passers_by[ent.id] = head.lemma_.lower() if head.pos_ == "NOUN" else ""
            return self._remember(Speaker(mention, ent.id, "anonymous"), offset, ent)
        return Speaker(mention, None, "title" if lemma in self.lex.titles else "description")

    def _one_unnamed(self, head: "Token") -> bool:
        """"a nurse", "one driver", "another customer", "one of the nurses": one person the
        text introduces without a name (not in the headline or lede, whose "a coroner" is
        the one the story names later)."""
        if head.idx < self.headline_end or (head.idx < self.lede_end and head.lemma_.lower() in self.lex.titles):
            return False
        if any(t.ent_type_ == "PERSON" for t in head.subtree) or self._is_document(head):
            return False
        if head.lower_ == "one" and head.pos_ == "NUM":
            group = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None)
            return group is not None and group.tag_ == "NNS" and group.pos_ == "NOUN" and self._a_person_noun(group.lemma_.lower())
        counted = any(c.lower_ in ("a", "an", "another", "one") and c.dep_ in ("det", "nummod") and c.i < head.i for c in head.children)
        return counted and head.pos_ == "NOUN" and head.tag_ == "NN" and self._a_person_noun(head.lemma_.lower())

    def _a_person_noun(self, lemma: str) -> bool:
        """A noun for a person: listed (data/person_nouns.txt), a title, or an agent noun."""
        return lemma in self.lex.person_nouns or lemma in self.lex.titles or (len(lemma) > 5 and lemma.endswith(("ist", "ian", "man", "woman")))

    def _document_just_named(self, pronoun: "Token") -> Entity | None:
        """The author of a document that is the subject of the sentence before `pronoun`'s
        ("Kerrigan's review ran under …"), remembered under its noun for a later "the review"."""
        start = pronoun.sent.start
        if start == 0:
            return None
        subject = next((t for t in self.doc[start - 1].sent if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"), None)
        if subject is None or not self._is_document(subject):
            return None
        author = self._document_author(subject)
        if author is not None:
            self.documents.setdefault(subject.lemma_.lower(), (author, subject.tag_ == "NNS"))
        return author

    def _document_that_spoke_last(self, pronoun: "Token") -> Entity | None:
        """"…, according to the report. It also put the cost at …": the document that was the
        last speaker, in the sentence before, is what "it" goes on with (its author)."""
        if self.last_document is None or not self.recent or self.recent[-1][0] != self.last_document[0]:
            return None
        start = pronoun.sent.start
        before = self.doc[start - 1].sent.start if start > 0 else start
        return self._by_id(self.last_document[1]) if self.doc[before].idx <= self.last_document[0] < pronoun.idx else None

    def _issued_before(self, head: "Token", offset: int) -> Entity | None:
        """Who the text said put out the document `head` names, in its sentence or the one before:
        the subject of "sent a memo", "issued a statement" (data/issuing_verbs.txt), or of
        "sued" for a lawsuit or a complaint."""
        lemma = head.lemma_.lower()
        if lemma in _SUITS and (filed := next((self.documents[s][0] for s in _SUITS if s in self.documents), None)) is not None:
            return filed  # "The lawsuit claims …. The complaint says …": the same plaintiff's
        start = max(0, head.sent.start - 1)
        floor = self.doc[start].sent.start if start > 0 else 0  # this sentence and the one before
        for token in reversed(self.doc[floor : head.sent.start]):
            verb = token.head
            sued = token.lemma_ == "sue" and lemma in _SUITS and token.pos_ == "VERB"
            issued = token.dep_ == "dobj" and token.lemma_.lower() == lemma and verb.lemma_.lower() in self.lex.issuing_verbs
            if not (sued or issued):
                continue
            subject = next((c for c in (token if sued else verb).children if c.dep_ == "nsubj"), None)
            if subject is None:
                continue
            if subject.pos_ == "PRON":
                return self._by_id(self._pronoun(subject, subject.idx))
            phrase = self.doc[subject.left_edge.i : subject.right_edge.i + 1]
            # (a name of its own joined on, not a part of one: "Smith & Wesson")
            joined = [c for c in subject.conjuncts if c.i > subject.i and c.pos_ == "PROPN" and c.left_edge.ent_iob_ == "B"]
            if subject.pos_ == "PROPN" and joined:
                # "Patricia Smith and Charles Woods, the parents of …, have filed a lawsuit": both
                return self._entity(self.doc[subject.left_edge.i : joined[-1].i + 1].text, "group")
            named = self._named(phrase, subject)
            if named is not None:
                return self._entity(named[0], named[1])
            return self._surname_of(subject.text, subject.idx) if subject.pos_ == "PROPN" else None
        return None

    def _last_author(self) -> Entity | None:
        """The author of the document named last, while no other body has spoken since ("The
        Ledger reported …. The paper said" is the newspaper, not an earlier study's authors)."""
        if self.last_author is None:
            return None
        at, author = self.last_author
        if any(off > at and ent.type == "organization" and ent is not author for off, ent in self.recent):
            return None
        return author

    def same_post(self, noun: str) -> set[str]:
        """The one-word titles that name the same post as `noun` (data/title_equivalents.txt):
        "attorney" is also "lawyer", "counsel" and "solicitor" ("Her attorney …", later
        "Gideon Marsh, the family’s lawyer")."""
        words = {noun, *self.lex.title_equivalents.get(noun, ())}
        words |= {other for other, same in self.lex.title_equivalents.items() if words & {other, *same}}
        return {w for w in words if " " not in w}

    def _title_forms(self, titles: list[str]) -> list[str]:
        """A person's titles and the other words a later mention may use for them
        (data/title_equivalents.txt: "assistant u.s. attorney" is also "prosecutor")."""
        out = [t.lower() for t in titles]
        out += [re.split(r"[’']s ", t, maxsplit=1)[1] for t in out if re.search(r"[’']s ", t)]  # "fellgate’s chief executive"
        for t in list(out):
            out += [w for key in (t, t.split()[-1] if t.split() else t) for w in self.lex.title_equivalents.get(key, ())]
        return out

    def _titled_candidate(self, title: str, offset: int, qualifiers: Sequence[str] = (), reach: int = 8000) -> Entity | None:
        """The nearest person named before `offset` with `title` (or a title data/title_equivalents.txt
        gives the same word) just before or in an appositive, at most `reach` characters back;
        with `qualifiers` ("Ohio" of "the Ohio governor"), first one whose own sentence writes
        them beside the name, then any within the shorter reach of 4,000."""
        # the title as written, a title data/title_equivalents.txt gives the same word ("Lady
        # Justice Carrow" is "the judge"), or an abbreviation of either ("Gov. Harold Benning" is
        # "the governor", "Rep. Ana Ruiz" "the congresswoman")
        forms = [title] + [other for other, words in self.lex.title_equivalents.items() if title in words]
        forms += [short for short, full in self.lex.title_abbreviations.items() if full in forms]
        word = "(?:" + "|".join(re.escape(f).replace(r"\.", r"\.?") for f in forms) + ")"
        # (not "Deputy Governor Pieter Sandvoll" for "the governor")
        lesser = "".join(rf"(?<!{re.escape(r)} )(?<!{re.escape(r)}-)" for r in sorted(self.lex.rank_words - self._ranks(title)))
        # (a first name or initial may stand between, a sentence's end may not: "Governor Ann
        # Korvath spoke first. Piet Sandvoll" gives him no title)
        # (or a comma and nothing but capitalised words: "its chairman, Desmond Fahy", not
        # "Mr. President,'' Representative Steve Cohen" nor "pope, it's bigger than Trump")
        before_re = re.compile(
            rf"{lesser}(?<![\w.]){word}(?![\w])(?:(?:(?!(?-i:[a-z]{{2}})\.\s)[\w.’' -]){{0,30}}|,\s+(?:(?-i:[A-Z])[\w.-]*\s+){{0,2}})$", re.IGNORECASE
        )
        # ", the Democratic candidate for governor" runs for the office, it does not hold it
        # (an age may stand between: "Mertz, 54, a Republican and former state treasurer")
        after_re = re.compile(rf"^(?:,\s+\d{{1,3}})?,\s+(?:the|a|an)\s+[\w’'-]*(?:\s+[\w’'-]+){{0,3}}?\s*(?<!\bfor ){lesser}\b{word}\b", re.IGNORECASE)
        for cand in reversed(self.candidates):
            if cand.offset >= offset or cand.type != "person" or offset - cand.offset > reach:
                continue
            start, written = self._written_at(cand), cand.name
            surname = cand.name.split()[-1]
            if start is None and self.text.startswith(surname, cand.offset):
                start, written = cand.offset, surname  # "Mertz, a former state treasurer," after "Caroline Mertz"
            if start is None:
                continue
            before = self.text[max(0, start - 40) : start]
            after = self.text[start + len(written) : start + len(written) + 80]
            near = re.split(r"\n|\.\s", after, maxsplit=1)[0]  # (the name's own sentence, not the mention's)
            if not all(q in before or q in near for q in qualifiers):
                continue  # "the Ohio governor": first look for a governor written with Ohio
            named = self.doc.char_span(start, start + len(written), alignment_mode="expand")
            held = named is not None and any(title in roles for _, roles in self._roles_of(named.root))
            if before_re.search(before) or after_re.search(after) or held:
                return self._titled(cand.name, title)
        # (then any holder not far back: the place may be written as "(I-Vt.)" or not at all)
        # (for a party, only its abbreviation may stand for it, "(D-Nev.)": "The Democratic
        # presidential nominee" is nobody when only the Republican one was written with the title)
        parties = set(qualifiers) & _PARTIES
        abbreviated = any(q.endswith("-") for q in qualifiers)  # the second look, for "D-" or "R-": no fallback after it
        if parties and not abbreviated:
            return self._titled_candidate(title, offset, tuple("D-" if q == "Democratic" else "R-" for q in parties), reach)
        return self._titled_candidate(title, offset, reach=4000) if qualifiers and not abbreviated else None

    def _winner_before(self, offset: int) -> Entity | None:
        """"the mayor-elect" when no one was given that title: the person the text said won,
        unseated or defeated someone, or was elected, last before `offset` (or None)."""
        for token in reversed(self.doc):
            if token.idx >= offset or token.pos_ != "VERB" or token.lemma_.lower() not in _WINNING:
                continue
            passive = any(c.dep_ == "auxpass" for c in token.children)
            if passive != (token.lemma_.lower() == "elect"):
                continue
            won = next((c for c in token.children if c.dep_ == "dobj"), None)
            if token.lemma_.lower() in ("win", "beat") and won is not None and not any(t.lemma_.lower() in _CONTESTS for t in won.subtree):
                continue  # "Brisco won 57% of homeowners": a share, not the office (but "won 50.9% of the vote")
            subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is None:
                continue
            named = [c for c in self.candidates if c.type == "person" and c.offset <= subject.idx < c.offset + len(c.name)]
            if named:
                return self._entity(named[-1].name, "person")
        return None

    def _ranks(self, title: str) -> frozenset[str]:
        """The rank words of a title ("deputy" in "deputy governor"): posts match only when these do."""
        return frozenset(title.replace("-", " ").split()) & self.lex.rank_words

    def _written_at(self, cand: _Candidate) -> int | None:
        """Where a candidate's name is written: at its entity's start, or a few words on when
        the name dropped a title or honorific ("Dr Graham Tellwright")."""
        start = self.text.find(cand.name, cand.offset)
        return start if 0 <= start - cand.offset <= 40 else None

    def _titled(self, name: str, title: str) -> Entity:
        """The person `name`, with `title` among their titles."""
        ent = self._entity(name, "person")
        if title not in ent.titles:
            ent.titles.append(title)
        return ent

    def _same_post_holder(self, holder: Entity, title: str, offset: int) -> Entity | None:
        """"Dr Graham Tellwright, who holds the same post at Ostry General": a person introduced
        as holding the same post as `holder` (or as a counterpart), after `holder` was last
        mentioned and before `offset`, is whom a later "the medical director" means."""
        last = max((off for off, e in self.recent if e is holder), default=-1)
        for cand in reversed(self.candidates):
            if not last < cand.offset < offset or cand.type != "person":
                continue
            start = self._written_at(cand)
            if start is not None and _SAME_POST.match(self.text, start + len(cand.name)):
                return None if self._entity(cand.name, "person") is holder else self._titled(cand.name, title)
        return None

    def _named_by_end_word(self, noun: str) -> Entity | None:
        """The one organisation the article names whose name starts or ends with `noun`
        ("University of Kestral", "Kessingford Airport"), or None when none or several do."""
        names = {_norm(c.name): c.name for c in self.candidates if c.type == "organization" and len(c.name.split()) > 1 and noun in (c.name.lower().split()[0], c.name.lower().split()[-1])}
        return self._entity(next(iter(names.values())), "organization") if len(names) == 1 else None

    def _bodies_by_recency(self) -> Iterator[Entity]:
        """Bodies, the latest to speak or be spoken for first ("the ministry's claim" after a
        spokeswoman for the Trade Ministry spoke is that ministry's, not the one another
        ministry's statement named before her), then the rest newest first."""
        for ent in _by_recency(self.recent, self.entities):
            ent = self._voice_of(ent) or ent
            if ent.type == "organization":
                yield ent

    def _named_by_last_word(self, lemma: str, offset: int) -> Entity | None:
        """An organisation named earlier whose name ends in this noun ("Kessingford Airport")."""
        for ent in self._bodies_by_recency():
            if ent.name.lower().split()[-1:] == [lemma]:
                return ent
        for cand in reversed(self.candidates):
            if cand.offset < offset and cand.type == "organization" and cand.name.lower().split()[-1:] == [lemma] and len(cand.name.split()) > 1:
                return self._entity(cand.name, "organization")
        return None

    def _first_offset(self, ent: Entity) -> int | None:
        """Where the text first names `ent` (its name as a candidate), or None."""
        return next((c.offset for c in self.candidates if c.name == ent.name), None)

    def _last_offset(self, ent: Entity, before: int) -> int:
        """Where `ent` last spoke before `before` (-1 if it has not)."""
        return max((off for off, e in self.recent if e is ent and off < before), default=-1)

    def _owned_just_before(self, head: "Token") -> Entity | None:
        """"Dunleavy’s campaign later released its math. The campaign said …": the body a name
        owned in the sentence before (or earlier in this one), as "Dunleavy’s campaign" would be
        had it spoken."""
        start = self.doc[head.sent.start - 1].sent.start if head.sent.start > 0 else head.sent.start
        for token in reversed(self.doc[start : head.i]):
            if token.lemma_.lower() != head.lemma_.lower() or token.tag_ != "NN" or token.i < 2 or self.doc[token.i - 1].tag_ != "POS":
                continue
            owner = self.doc[token.i - 2]  # (the parser may call "Dunleavy" in "Dunleavy’s" an adjective)
            if owner.head.i == token.i and owner.text[:1].isupper() and owner.is_alpha and not self._excluded(owner.idx):
                return self._entity(self.doc[owner.left_edge.i : token.i + 1].text, "organization")
        return None

    def _pollster(self, people: "Token") -> Entity | None:
        """Who polled `people` ("analysts polled by Trellis Market Data", "voters surveyed by
        the Tresham lab"), when the text names them."""
        for acl in people.children:
            if acl.dep_ != "acl" or acl.tag_ != "VBN" or acl.lemma_.lower() not in self.lex.surveys:
                continue
            agent = next((c for c in acl.children if c.dep_ == "agent"), None)
            pobj = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
            named = self._named(self.doc[pobj.left_edge.i : pobj.i + 1], pobj) if pobj is not None else None
            if named is not None:
                return self._entity(named[0], named[1])
        return None

    def _described_party(self, head: "Token", lemma: str) -> Entity | None:
        """An entity named by the description itself, when the description is a party."""
        if self._is_document(head) or head.pos_ != "NOUN":
            return None
        # (a hyphen inside a word stays: "the rebel-run agriculture authority")
        kept = [t for t in head.subtree if t.i <= head.i and t.i >= head.left_edge.i and t.dep_ not in ("det", "predet") and (not t.is_punct or _joins_a_word(t))]
        where: list["Token"] = []
        if head.tag_ == "NNS":
            # "Doctors in Santa Cruz", "Residents of the Villa Esperanza district": a group is
            # named by where or whose it is (the first prepositional phrase), not by a clause
            prep = next((c for c in head.children if c.dep_ == "prep" and c.i > head.i and c.lower_ in ("in", "of", "at", "from", "along", "near", "on")), None)
            if prep is not None:
                # (not an appositive on the place: "of Mouraria, a hillside district of …")
                aside = {t.i for t in prep.subtree if t.dep_ in ("relcl", "acl", "appos") for t in t.subtree}
                where = [t for t in prep.subtree if not t.is_punct and t.i not in aside]
        # (a count goes whole, a share's "in 10" with it: "Six in 10 Virginia voters" are
        # "Virginia voters"; but "Several hundred demonstrators" keep "several")
        counted = {t.i for c in head.children if c.dep_ == "nummod" for t in c.subtree}
        uncounted = [t for t in kept if t.i not in counted]
        kept = [t for t in (uncounted if len(uncounted) + len(where) > 1 else kept) if not (t.dep_ in ("npadvmod", "nummod") or t.ent_type_ in ("DATE", "TIME"))] + where
        name = re.sub(r"\s+([’']s)\b", r"\1", self._as_written(kept) if any(_joins_a_word(t) for t in kept) else " ".join(t.text for t in kept)).strip()
        if not name or len(name) > 80 or len(name.split()) < 2:
            return None  # "the company", "the club": a body named elsewhere, not a new party
        if lemma in self.lex.org_nouns or lemma in self.lex.generic_org_nouns or lemma in ("jury", "panel", "tribunal", "prosecution", "defence", "defense"):
            if any(t.dep_ == "poss" and t.pos_ == "PRON" for t in kept):
                return None  # "its maker": a body whose name the text gives elsewhere, or not at all
            return self._entity(name, "organization")
        if head.tag_ == "NNS":
            # "residents of Talvi", "doctors in Santa Cruz" (but "McConnell aides", "GOP leaders" keep their capital)
            return self._entity(_as_named(name, kept[0]), "group")
        if lemma in self.lex.titles or lemma.startswith(("spokes", "representative")):
            return self._entity(name, "person")
        return None

    def _is_document(self, head: "Token") -> bool:
        """Whether the noun is a document's (data/document_nouns.txt), by lemma or as written
        ("minutes", whose lemma is "minute")."""
        return head.lemma_.lower() in self.lex.document_nouns or head.lower_ in self.lex.document_nouns

    def _document_author(self, head: "Token") -> Entity | None:
        """"A review by the Finance Department found", "Delmont's filing says": the author (and
        "Halden’s late-stage trial found": a study with an owner is the owner's)."""
        owned_study = head.lemma_.lower() in self.lex.studies and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in head.children)
        if not self._is_document(head) and not owned_study:
            return None
        for child in head.children:
            owner = None
            if child.ent_type_ in ("DATE", "TIME"):
                continue  # "January polls", "Monday's statement": when, not whose
            if child.dep_ == "poss" and child.pos_ == "PRON" and self.lex.pronouns.get(child.lower_) in ("thing", "male", "female"):
                # "according to its annual accounts": the body the pronoun stands for; "his
                # latest report to the ethics board": the person
                found = self._by_id(self._pronoun(child, child.idx))
                if found is not None and found.type == ("organization" if self.lex.pronouns.get(child.lower_) == "thing" else "person"):
                    return found
                continue
            if child.dep_ == "compound" and child.lemma_.lower() == "court":
                continue  # "court filings", "court records": what the parties filed, not the court's own words
            if child.dep_ == "poss" or (child.dep_ == "compound" and child.left_edge.i == head.left_edge.i + (head.left_edge.dep_ == "det")):
                owner = child  # "the club's accounts", "district enrollment figures", "a Harbour Post poll"
            elif child.dep_ in ("prep", "agent") and child.lower_ in ("by", "from", "of"):
                owner = next((g for g in child.children if g.dep_ == "pobj"), None)
                if owner is not None and child.lower_ == "of" and (owner.tag_ == "NNS" or any(g.dep_ == "nummod" for g in owner.children)):
                    # "a survey of 600 households": whom it asked, not whose it is (but "… by
                    # the trust" the parser hung on the households is)
                    by = next((p for p in owner.children if p.dep_ == "prep" and p.lower_ == "by"), None)
                    owner = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
                    if owner is None:
                        continue
            elif child.dep_ == "acl" and child.lemma_.lower() not in _NOT_AUTHORING:  # "a report filed in March by X"
                agent = next((g for g in child.children if g.dep_ == "agent"), None)
                owner = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
            elif child.dep_ == "relcl" and child.lemma_.lower() not in _NOT_AUTHORING:  # "a memo Sokol sent to staff"
                owner = next((g for g in child.children if g.dep_ == "nsubj" and g.pos_ == "PROPN"), None)
                # ("a notice the company filed with the state", "an analysis the network
                # published": the body the noun stands for)
                body = next((g for g in child.children if g.dep_ == "nsubj" and g.pos_ == "NOUN" and g.tag_ == "NN" and any(d.lower_ == "the" for d in g.children) and g.lemma_.lower() in self.lex.org_nouns | self.lex.generic_org_nouns), None)
                if owner is None and body is not None and (known := self._body_for(body.lemma_.lower(), body.idx)) is not None:
                    return known
            if owner is None:
                continue
            # "The inspector general’s report" after "the bureau’s inspector general, Theresa
            # Lindqvist": the holder of the post the owner names
            post = _joined(t for t in owner.subtree if t.i <= owner.i and (t.i == owner.i or t.dep_ not in ("det", "poss", "case")))
            holder = self._titled_candidate(post, owner.idx) if owner.pos_ == "NOUN" and post in self.lex.titles else None
            if holder is not None:
                return holder
            # the owner's whole phrase, with an appositive: "the consultancy Marlow Fenn"
            span = self.doc[owner.left_edge.i : max(owner.i, owner.right_edge.i) + 1]
            named = self._named(span, owner)
            # ("Ridgeline's count" after "Ridgeline Labor Analytics": the body whose name it opens)
            short = self._short_name_of_body(owner.text, owner, owner.idx) if named is not None and " " not in named[0] else None
            if short is not None:
                return short
            if named is not None:
                return self._entity(named[0], named[1])
            # "Lindell’s ad": the person named in full before, by the surname
            person = self._surname_of(owner.text, owner.idx) if owner.pos_ == "PROPN" and span.start == owner.i else None
            if person is not None:
                return person
            # "a report by the agency's inspector general", "submitted by the council"
            lemma = owner.lemma_.lower()
            # ("county estimates": the county's body the story named, "Harwick County Council")
            known = self._named_by_last_word(lemma, owner.idx) or (self._body_for(lemma, owner.idx) if lemma in self.lex.org_nouns or lemma in self.lex.generic_org_nouns or lemma in self.lex.place_bodies else None)
            known = known or self._described_party(owner, lemma)
            if known is not None:
                return known  # else a plain compound ("an inspection report"): look further
        # "The report, by the National Audit Office, said …": the parser hung the set-off "by"
        # phrase on the verb
        verb = head.head
        by = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "by" and head.i < c.i < verb.i and self.doc[c.i - 1].text == ","), None) if head.dep_ == "nsubj" else None
        pobj = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
        if pobj is not None and (named := self._named(self.doc[pobj.left_edge.i : pobj.i + 1], pobj)) is not None:
            return self._entity(named[0], named[1])
        # "a study the city commissioned from the Harbor Policy Institute": a named source deeper in
        for t in head.subtree:
            # (what a document comes "from" is its author even after "commissioned" or "obtained")
            if t.dep_ in ("prep", "agent") and t.lower_ in ("by", "from") and t.i > head.i and (t.lower_ == "from" or t.head.lemma_.lower() not in _NOT_AUTHORING):
                pobj = next((g for g in t.children if g.dep_ == "pobj"), None)
                if pobj is not None and pobj.ent_type_ not in ("DATE", "TIME"):  # not "conducted from Feb. 11"
                    named = self._named(self.doc[pobj.left_edge.i : pobj.i + 1], pobj)
                    if named is not None:
                        return self._entity(named[0], named[1])
        return None

    def _body_for(self, lemma: str, offset: int) -> Entity | None:
        """"the ministry", "the company": the latest body before `offset` that fits the noun.
        A body called by the bare noun alone (a headline's "Union vows …") is the last resort:
        a body named in full before is what "the union" refers to."""
        if lemma in self.lex.place_bodies:
            return self._place_body(lemma, offset)
        bare = None
        for ent in self._bodies_by_recency():
            if lemma in ent.name.lower():
                if ent.name.lower() != lemma:
                    return ent
                bare = bare or ent
        described = self._described_as(lemma, offset)
        fitting = self._fitting_body(lemma, offset)
        if described is not None and fitting is not None and fitting is not described:
            # the later of the two: "the company" after a spokeswoman for Wendmoor Estates
            # spoke is hers, whoever was "the company he ran" before her
            spoke = max((off for off, ent in self.recent if off < offset and self._voice_of(ent) is fitting), default=-1)
            return fitting if spoke > described[1] else described[0]
        return (described[0] if described else None) or fitting or bare

    def _described_as(self, lemma: str, offset: int) -> tuple[Entity, int] | None:
        """The latest body before `offset` the text introduced with this noun (or a synonym from
        data/body_synonyms.txt) beside its name, and where: "Nordluft Air Navigation, the
        state-owned agency that runs …" is "the agency"; "the budget carrier Nordvinge" is "the
        airline"."""
        nouns = {lemma, *self.lex.body_synonyms.get(lemma, ())}
        for cand in reversed(self.candidates):
            # (a name NER took for a place is a body once the text calls it one)
            if cand.offset >= offset or cand.type not in ("organization", "place") or (start := self._written_at(cand)) is None:
                continue
            named = self.doc.char_span(start, start + len(cand.name), alignment_mode="expand")
            if named is None:
                continue
            root = named.root
            # (a place's appositive after it is more often the parser's slip: "flood-ravaged
            # Louisiana, the newspaper said"; the noun before it is not: "the carrier Nordvinge")
            described = [c for c in root.children if (c.dep_ == "appos" and c.i > root.i and cand.type == "organization") or (c.dep_ == "compound" and c.i < named.start)]
            if root.dep_ == "appos" and root.head.i < named.start:
                described.append(root.head)  # "the budget carrier, Nordvinge,"
            if any(d.pos_ == "NOUN" and d.lemma_.lower() in nouns for d in described):
                return self._entity(cand.name, "organization"), cand.offset
        return None

    def _place_body(self, lemma: str, offset: int) -> Entity | None:
        """"the county", "county estimates": the county's governing body the story named before
        ("Pelbury County Council"), never a building or a team with the word in it ("County Hall")."""
        def governs(name: str) -> bool:
            words = name.lower().split()
            return lemma in words and words[-1] in self.lex.org_nouns and words[-1] not in ("house", "team", "club", "school", "hospital", "university", "bank")
        for ent in reversed(self.entities):
            if ent.type == "organization" and governs(ent.name):
                return ent
        named = [c for c in self.candidates if c.offset < offset and c.type == "organization" and governs(c.name)]
        if named:
            return self._entity(named[-1].name, "organization")
        # with no council named, the county itself speaks, as a country does ("Halvorsen County")
        places = [c for c in self.candidates if c.offset < offset and c.type == "place" and c.name.lower().split()[-1:] == [lemma]]
        if places:
            return self._entity(places[-1].name, "place")
        # ("MILWAUKEE (Wire) — …", then "The city said": the city of the dateline)
        dateline = _DATELINE.search(self.text[:offset]) if lemma == "city" else None
        return self._entity(dateline.group(1).title(), "place") if dateline else None

    def _fitting_body(self, lemma: str, offset: int) -> Entity | None:
        generic = lemma in self.lex.generic_org_nouns
        fits = self.lex.body_nouns.get(lemma)
        if fits is not None:
            # "the union" after "the Eastport Nurses Association": a body whose name fits the
            # noun, the latest first; never whichever body spoke last
            for ent in reversed(self.entities):
                if ent.type == "organization" and _name_fits(fits, ent.name) and ent.name.lower() != lemma:
                    return ent
            fitting = [c for c in self.candidates if c.offset < offset and c.type == "organization" and _name_fits(fits, c.name)]
            return self._named_most(fitting, offset) if fitting else None
        if generic:
            # "the company said" after "Vantor Automotive said" (or its spokeswoman): the body
            # that spoke last (for a company, one whose name says it is no union, trust or council),
            # and one that spoke for itself before one only cited ("…, according to FactSet": a
            # data source the story quotes, not the company it is about)
            voices = [(off, self._voice_of(ent)) for off, ent in reversed(self.recent) if off < offset]
            fits = [body for _, body in voices if body is not None and not self._public(body.name) and not (lemma in self.lex.company_nouns and self._no_business(body.name))]
            spoke = [body for body in fits if not self.cited_only.get(body.id, False)]
            if spoke or fits:
                return (spoke or fits)[0]
        def business(name: str) -> bool:
            # (for "the company" or "its maker", a name that says it is no business, or an
            # acronym that stands for one: "FDA", the Food and Drug Administration)
            spelled = [c.name for c in self.candidates if c.type == "organization" and re.fullmatch(r"[A-Z]{2,6}", name) and _spells(name, c.name)]
            return not any(self._no_business(n) for n in [name] + spelled)

        fitting = [
            c
            for c in self.candidates
            if c.offset < offset and c.type == "organization" and (lemma in c.name.lower() or (generic and not self._public(c.name) and (lemma not in self.lex.company_nouns or business(c.name))))
        ]
        if not fitting:
            return None
        if not generic:
            return self._entity(fitting[-1].name, "organization")
        if lemma in self.lex.company_nouns:
            # "the company" after "Calloway Midstream Partners" and "the Elk Fork River" (tagged ORG,
            # and named more often): a name that says it is a body comes first
            fitting = [c for c in fitting if self._ends_as_a_business(c.name)] or fitting
        return self._named_most(fitting, offset)

    def _public(self, name: str) -> bool:
        """A public body's name ("Harlow Police Department", "Ministry of Health"); not a
        company's that ends in a company word ("Ostrander Department Stores")."""
        return _name_fits(self.lex.public_bodies, name) and not self._ends_as_a_business(name)

    def _no_business(self, name: str) -> bool:
        """A name that says it is no company ("Harlow Police Department"), unless it ends as one."""
        return _name_fits(self.lex.not_companies, name) and not self._ends_as_a_business(name)

    def _ends_as_a_business(self, name: str) -> bool:
        """"Calloway Midstream Partners", "Ostrander Department Stores": the last word is a
        company's (data/org_words.txt), not a public body's or a non-company's."""
        last = name.lower().split()[-1:]
        return bool(last) and last[0] in self.lex.org_words and last[0] not in self.lex.public_bodies and last[0] not in self.lex.not_companies

    def _named_most(self, fitting: list[_Candidate], offset: int) -> Entity:
        """"the club's accounts" with nobody's voice to go by: the body the article is about, the
        one it names most often before `offset` (a rival named once later is not "the club");
        of two named as often, the later."""
        before = self.text[:offset]
        counts = {w: len(re.findall(rf"\b{re.escape(w)}\b", before)) for w in {c.name.split()[-1] for c in fitting}}
        best = max(reversed(fitting), key=lambda c: counts[c.name.split()[-1]])
        return self._entity(best.name, "organization")

    def _roles_of(self, holder: "Token") -> list[tuple["Token", tuple[str, ...]]]:
        """The titles a "who" clause on `holder` gives by a verb of holding a role
        (data/role_verbs.txt), with the clause: "who chairs the committee" (chairman), "who
        scored 14,000 runs and captained the side" (captain: a joined verb too)."""
        out = []
        for clause in holder.children:
            served = [g.lemma_.lower() for c in clause.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in self.lex.titles]
            if clause.dep_ == "relcl" and self.doc[clause.left_edge.i].lower_ == "who" and clause.lemma_.lower() in ("serve", "work") and served:
                out.append((clause, tuple(served)))  # "who served as IRS commissioner in the 1990s": the commissioner (a former one)
                continue
            # (a present perfect holds it still: "who has led the bureau since January"; not
            # "who will chair", "who had led")
            if clause.dep_ == "relcl" and self.doc[clause.left_edge.i].lower_ == "who" and not any(c.dep_ == "aux" and c.lower_ not in ("has", "have") for c in clause.children):
                verbs = (clause, *(c for c in clause.children if c.dep_ == "conj" and c.pos_ == "VERB"))
                roles = tuple(t for verb in verbs for t in self.lex.role_verbs.get(verb.lemma_.lower(), ()))
                if roles:
                    out.append((clause, roles))
        return out

    def _voice_of(self, ent: Entity) -> Entity | None:
        """The body `ent` speaks as: a body itself, or the body a spokesperson speaks for
        ("a spokeswoman for Wendmoor Estates, Priti Raval")."""
        if ent.type == "organization":
            return ent
        spokes = any(w.startswith("spokes") for t in ent.titles for w in t.split()) or (ent.type == "anonymous" and "spokes" in ent.name)
        body = self._by_id(ent.affiliation) if spokes else None
        return body if body is not None and body.type == "organization" else None

    def _affiliation_and_titles(self, ent: Entity, span: "SpacySpan", head: "Token") -> None:
        """Titles before a name and an appositive's "for/of X" give a title and an affiliation;
        so does a title the name stands in apposition to ("the area coroner, Dr Helen Ashworth")."""
        named_after = self._name_in_apposition(head) if head.pos_ == "NOUN" else None
        if head.pos_ == "NOUN" and (named_after is not None or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in head.children)):
            title = " ".join(t.lower_ for t in head.subtree if t.i <= head.i and (t.i == head.i or (t.head.i == head.i and t.dep_ in ("compound", "amod"))))
            if (head.lemma_.lower() in self.lex.titles or title in self.lex.titles) and title not in ent.titles:
                ent.titles.append(title)
        if named_after is not None:
            # "a spokeswoman for the Interior Ministry, Carla Mendieta", "the company’s
            # spokeswoman, Ana Ruiz": the body the post is held at
            self._post_held_at(ent, head, {t.i for t in named_after.subtree})
        for t in span:
            if t.i < head.i and (t.lower_ in self.lex.titles or t.lower_.rstrip(".") in self.lex.titles) and ent.type == "person":  # ("Justice Department" holds no post)
                title = " ".join(w.lower_ for w in span if w.i <= t.i and w.i >= t.left_edge.i and w.pos_ != "DET" and not w.is_punct)
                title = title.split("'s")[-1].strip() or t.lower_
                if title and title not in ent.titles:
                    ent.titles.append(title)
        for holder in [head] + [c for c in head.children if c.dep_ == "appos"]:
            # "Sen. Ada Vane, the Oregon Democrat who chairs the committee": the chairman
            for clause, roles in self._roles_of(holder):
                ent.titles += [title for title in roles if title not in ent.titles]
                body = next((c for c in clause.children if c.dep_ == "dobj" and c.ent_type_ == "ORG"), None)
                if body is not None:
                    # (and the body held: "who chairs the Carrow Stroke Survivors’ Network")
                    self._affiliate(ent, self._clean_text(body), "organization")
        if head.dep_ == "nsubj":
            # "Prosecuting, Gideon Paice told the court …": the role he speaks in
            # (a paragraph's first word may be tagged a proper noun: its stem is looked up then)
            for role in head.head.children:
                if role.dep_ == "advcl" and role.lower_.endswith("ing") and role.i < head.i and not any(c.dep_ in ("dobj", "nsubj", "prep") for c in role.children):
                    stem = role.lower_[:-3]
                    for lemma in (role.lemma_.lower(), stem, stem + "e"):
                        ent.titles += [t for t in self.lex.role_verbs.get(lemma, ()) if t not in ent.titles]
        for child in head.children:
            if child.dep_ == "poss" and child.ent_type_ in _BODY_LABELS:
                self._affiliate(ent, self._clean_text(child), _NAME_LABELS.get(child.ent_type_, "organization"))
            if child.dep_ != "appos":
                continue
            lemma = child.lemma_.lower()
            # "Marcus Hale, Fellgate’s chief executive": the post, and the body it is held at
            # (a plural's bare mark may leave it an nmod: "Harrow Brands’ finance director")
            owner = next((c for c in child.children if c.pos_ in ("PROPN", "NOUN") and c.i < child.i and (c.dep_ == "poss" or (c.dep_ == "nmod" and self.doc[c.i + 1].text in ("’", "'")))), None)
            owned = {t.i for t in owner.subtree} if owner is not None else set()
            words = self._as_written([t for t in child.subtree if t.i <= child.i and t.dep_ != "det" and t.i not in owned]).lower()
            if lemma in self.lex.titles or words in self.lex.titles or child.pos_ == "NOUN":
                if words and words not in ent.titles:
                    ent.titles.append(words)
                if owner is not None and owner.pos_ == "PROPN" and (lemma in self.lex.titles or words in self.lex.titles):
                    name = self._as_written([t for t in owner.subtree if t.tag_ != "POS" and t.dep_ not in ("det", "case", "punct")]).strip(" ,")
                    label = self.label_of(name) or owner.ent_type_ or "ORG"
                    if name and label != "PERSON":  # not "Mayor Tull's chief of staff": a person's post
                        self._affiliate(ent, name, _NAME_LABELS.get(label, "organization"))
            for prep in child.children:
                if prep.dep_ == "prep" and prep.lower_ in ("for", "of", "at", "with"):
                    pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
                    if pobj is not None and prep.lower_ == "of" and pobj.pos_ == "NOUN" and pobj.lemma_.lower() not in self.lex.org_nouns and not any(g.dep_ in ("det", "poss") for g in pobj.children):
                        continue  # "chief of staff", "head of state": part of the post, not a body
                    if pobj is not None:
                        # (not a relative clause on it: "the Tenants’ Association, who also said …")
                        # (nor an appositive after a comma: "the Privacy Rights Collaborative, a
                        # Washington advocacy group")
                        clauses = {t.i for c in pobj.children if c.dep_ in ("relcl", "acl") or (c.dep_ == "appos" and c.i > pobj.i and pobj.pos_ == "PROPN" and c.pos_ == "NOUN" and self.doc[c.left_edge.i - 1].text == ",") for t in c.subtree}
                        text = self._as_written([t for t in pobj.subtree if t.dep_ != "det" and t.i not in clauses]).strip(" ,")
                        label = self.label_of(text) or pobj.ent_type_ or "ORG"
                        self._affiliate(ent, text, _NAME_LABELS.get(label, "organization"))

    def _post_held_at(self, ent: Entity, post: "Token", skip: set[int]) -> None:
        """Affiliate `ent` with the body its post is held at: the post's owner ("the company’s
        spokeswoman") or its "for/of/at" phrase ("a spokesman for the council"), leaving out
        the name in apposition (`skip`)."""
        for child in post.children:
            if child.dep_ == "poss" and child.pos_ in ("NOUN", "PROPN"):
                self._affiliate_with_body(ent, child, child.idx)
                return
            if child.dep_ == "prep" and child.lower_ in ("for", "of", "at", "with") and child.i > post.i:
                pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
                if pobj is not None:
                    self._affiliate_with_body(ent, pobj, pobj.idx, skip)
                    return

    def _affiliate_with_body(self, ent: Entity, word: "Token", offset: int, skip: frozenset[int] | set[int] = frozenset()) -> None:
        """Affiliate `ent` with the body `word` stands for: the one it names ("for the Interior
        Ministry"), or for a common noun ("for the council") the body named before `offset`
        that the noun fits. `skip` leaves out a name in apposition to it."""
        if word.pos_ == "PROPN" or word.ent_type_ in _BODY_LABELS:
            text = self._clean_text(word, skip)
            self._affiliate(ent, text, _NAME_LABELS.get(self.label_of(text) or word.ent_type_ or "ORG", "organization"))
        elif ent.affiliation is None and (body := self._body_for(word.lemma_.lower(), offset)) is not None and body is not ent:
            ent.affiliation = body.id

    def _post_of_its_owner(self, head: "Token", offset: int) -> Entity | None:
        """"South Korea said it was satisfied, and its trade ministry said …": a state's office
        (data/state_posts.txt) owned by "its" is the office of the country "it" stands for, the
        same party as "South Korea’s trade ministry" (or None)."""
        its = next((c for c in head.children if c.dep_ == "poss" and c.lower_ == "its"), None)
        if its is None or head.tag_ not in ("NN", "NNP") or head.lemma_.lower() not in self.lex.state_posts:
            return None
        owner = self._by_id(self._pronoun(its, offset, kind="thing"))
        if owner is None or owner.type != "place":
            return None  # (a ministry or an army is a state's, not the observer mission's that spoke last)
        post = self.doc[its.i + 1 : head.i + 1].text
        ent = self._entity(post, "organization")
        self._alias(ent, f"{owner.name}’s {post}")
        self._affiliate(ent, owner.name, owner.type)
        return ent

    def _affiliate(self, ent: Entity, name: str, type_: str) -> None:
        """Record the first affiliation the text gives `ent` (never itself)."""
        # ("an environmental toxicologist at the university": the University of Kestral named before)
        named = self._named_by_end_word(name) if type_ == "organization" and name.isalpha() and name.islower() else None
        aff = named or self._entity(name, type_)
        if aff is not ent and ent.affiliation is None:
            ent.affiliation = aff.id

    def _clean_text(self, token: "Token", skip: frozenset[int] | set[int] = frozenset()) -> str:
        # (a plural's bare apostrophe inside a name stays: "the Grain Growers’ Union")
        last = token.right_edge.i
        kept = [t for t in token.subtree if t.dep_ != "det" and not (t.dep_ == "case" and (t.lower_ not in ("’", "'") or t.i == last)) and t.i not in skip]
        return re.sub(r"[’']s$", "", self._as_written(kept))

    def _as_written(self, tokens: "list[Token]") -> str:
        """Tokens as the text spells them ("Benning's re-election campaign"), not joined by spaces:
        each token with the space that followed it in the text, but the last."""
        return "".join(t.text_with_ws for t in tokens).strip(" ,")


def _bears(ent: Entity, words: list[str]) -> bool:
    """Whether every one of `words` (normalised) is a word of `ent`'s name: "Corvaz" of the
    Corvaz campaign, "Harmat" of President Lev Harmat's office."""
    name = _norm(ent.name).split()
    return all(w in name for w in words)


def _a_kind_of_body(noun: "Token") -> bool:
    """"the industry body", "a governing body": "body" with a word saying what kind (not "a
    large body of work", which is no party and so no word of data/org_nouns.txt)."""
    return noun.lemma_.lower() == "body" and any(c.dep_ in ("compound", "amod") for c in noun.children) and not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def resolve(doc: "Doc", found: list[Found], excluded: Sequence[tuple[int, int]] = ()) -> tuple[list[Speaker | None], list[Entity]]:
    """A Speaker for each Found (None when nothing attributes it) and the article's entities.

    Names inside `excluded` regions (page chrome) are never candidates.
    """
    resolver = Resolver(doc, lexicon(), excluded)
    speakers: list[Speaker | None] = []
    report_sentence = -1  # where the sentence of resolver.last_report starts
    for i, f in enumerate(found):
        resolver.quoted += [(r.start, r.end) for r in f.regions]
        if f.how == "continued" and f.continues is not None:
            prev = speakers[f.continues]
            speakers.append(Speaker(None, prev.entity if prev else None, "continued"))
            continue
        remembered = len(resolver.recent)
        speaker = resolver.resolve(f)
        nested = f.cue is not None and any(g.cue is not None and any(s <= f.cue[0] < e for s, e in g.spans) for g in found[max(0, i - 3) : i])
        if nested and speaker is not None and (ent := resolver._by_id(speaker.entity)) is not None and ent.type == "person":
            # "Blakemore told the jury …, adding that Kerrigan had described …. He asked …": one
            # whose words another reports is not the last to have spoken
            del resolver.recent[remembered:]
        if speaker is not None and speaker.entity is not None:
            resolver.note_document(f, speaker.entity)
            resolver.cited_only[speaker.entity] = resolver.cited_only.get(speaker.entity, True) and f.how == "according"
            said_by = doc[f.speaker_token] if f.speaker is not None and f.speaker_token is not None else None
            author = resolver._by_id(speaker.entity)
            if said_by is not None and author is not None and resolver._is_document(said_by) and author.type in ("person", "organization") and said_by.lemma_.lower() not in author.name.lower() and f.speaker[0] >= resolver.headline_end:
                # "A report by the board's auditor, Irene Castell, found …": "the report" later
                # and "It also put …" right after are hers
                resolver.last_document = (f.speaker[0], speaker.entity)
                resolver.documents.setdefault(said_by.lemma_.lower(), (author, said_by.tag_ == "NNS"))
        if f.how == "nested" and speaker is not None and speaker.form == "pronoun" and speaker.entity is not None:
            # ‘She said to me, “…”’: whoever "she" is, not the one quoting her
            quoting = next((speakers[j] for j in range(i - 1, -1, -1) if found[j].how != "nested" and found[j].start <= f.start and f.end <= found[j].end), None)
            if quoting is not None and quoting.entity == speaker.entity:
                speaker = replace(speaker, entity=None)
        if speaker is not None and speaker.mention is not None and f.relative is not None and speaker.mention.end <= f.relative[0]:
            # "Gordon Humphrey, who told reporters …": the text names the speaker there as "who",
            # so the mention runs from the antecedent through it (resolved as the antecedent is)
            m = speaker.mention
            speaker = replace(speaker, mention=Span(m.start, f.relative[1], resolver.text[m.start : f.relative[1]]))
        speakers.append(speaker)
        if speaker is not None and (ent := resolver._by_id(speaker.entity)) is not None and ent.type == "person" and not nested:
            # (all that person said in the sentence: "Quintero claimed that none … when Strickland
            # received them and said …. “…,” he said" is still Quintero)
            sentence = resolver._sentence_start(f.start)
            before = resolver.last_report[1] if resolver.last_report is not None and resolver.last_report[0] == ent.id and sentence == report_sentence else []
            resolver.last_report, report_sentence = (ent.id, before + list(f.spans)), sentence
    _resolve_headline_forward(resolver, found, speakers)
    _resolve_relational(resolver, found, speakers)
    return speakers, resolver.entities


def _written_with(ent: Entity, word: str) -> bool:
    """Whether the entity's name or one of its aliases holds `word` ("Calloway’s outside counsel")."""
    return any(re.search(rf"\b{re.escape(word)}\b", alias, re.I) for alias in [ent.name, *ent.aliases])


# what a judge writes ("wrote in a dissent"), named later as "the dissent" or "the majority opinion"
_COURT_WRITINGS = frozenset({"opinion", "dissent", "concurrence"})

# what a plaintiff files by suing ("Kansas Families … sued the state. The lawsuit claims …")
_SUITS = frozenset({"lawsuit", "suit", "complaint", "petition"})

def _resolve_relational(resolver: Resolver, found: list[Found], speakers: list[Speaker | None]) -> None:
    """"his team manager said", "Her attorney … told commissioners": a post held for someone,
    which the story gives a name to elsewhere ("Hugo Lindemann, the team manager"); the one
    person who speaks with that post is the speaker (nobody, when two do)."""
    for i, (f, speaker) in enumerate(zip(found, speakers)):
        if speaker is None or speaker.mention is None or f.speaker_token is None:
            continue
        own = resolver._by_id(speaker.entity)
        if speaker.entity is not None and not (own is not None and own.type == "person" and not own.titles and speaker.form == "description"):
            continue
        head = resolver.doc[f.speaker_token]
        noun = head.lemma_.lower()
        if head.pos_ != "NOUN" or noun not in resolver.lex.titles or not any(c.dep_ == "poss" for c in head.children):
            continue
        nouns = resolver.same_post(noun)
        qualifiers = [c.lower_ for c in head.children if c.dep_ in ("compound", "amod") and c.i < head.i]
        owner = next(c for c in head.children if c.dep_ == "poss")
        holders = {
            ent.id: ent
            for j, other in enumerate(speakers)
            if j != i and other is not None and (ent := resolver._by_id(other.entity)) is not None and ent.type == "person" and ent is not own
            for title in ent.titles
            if title.split()[-1] in nouns and all(q in title.split() for q in qualifiers)
        }
        # "Lev Harmat’s spokesman" is no spokesman for the General Staff; "his team's lawyer": of
        # two lawyers, the one written with the team
        if owner.pos_ == "PROPN" or (len(holders) > 1 and owner.pos_ == "NOUN"):
            holders = {k: e for k, e in holders.items() if _written_with(e, owner.text)}
        if len(holders) == 1:
            (ent,) = holders.values()
            speakers[i] = replace(speaker, entity=ent.id, form="title")


def _lede_end(text: str, start: int) -> int:
    """The end of the story's first paragraph of more than a line's worth of words after
    `start` (the headline's end): the lede."""
    for m in re.finditer(r"[^\n]+", text[start:]):
        if len(m.group().split()) > 12:
            return start + m.end()
    return start


def _resolve_headline_forward(resolver: Resolver, found: list[Found], speakers: list[Speaker | None]) -> None:
    """A headline speaks before the story introduces anyone, so its unresolved bare noun
    ("Poll finds …", "Mayor: …") is resolved forward, to the party the story then names."""
    line = headline_line(resolver.text, resolver.excluded)
    end = line[1] if line is not None else 0
    lede = _lede_end(resolver.text, end)
    for i, (f, speaker) in enumerate(zip(found, speakers)):
        # (a titled description counts as unresolved: "Mirandel opposition leader claims
        # victory" is the opposition leader the story then names, not a party of its own)
        # (so does a bare plural: "…, investigators find" is the investigating body the story names)
        described = speaker is not None and speaker.form in ("description", "group") and (ent := resolver._by_id(speaker.entity)) is not None and (ent.type == "person" or (ent.type == "group" and " " not in ent.name))
        if speaker is None or (speaker.entity is not None and not described) or speaker.mention is None or f.speaker_token is None:
            continue
        head = resolver.doc[f.speaker_token]
        # (and the lede's "a coroner has ruled" or "the mayor called it …", before the story names them)
        untitled_lede = end <= speaker.mention.start < lede and speaker.mention.text.lower().split()[0] in ("a", "an", "the") and head.lemma_.lower() in resolver.lex.titles
        # (a lede's title may carry where it sits: "A federal judge in Seattle")
        if (speaker.mention.start >= end and not untitled_lede) or head.pos_ not in ("NOUN", "PROPN") or len(speaker.mention.text.split()) > (6 if untitled_lede and speaker.mention.text.lower().split()[0] in ("a", "an") else 3):
            continue
        ent = resolver.introduced_later(head)
        if ent is not None:
            speakers[i] = replace(speaker, entity=ent.id)
