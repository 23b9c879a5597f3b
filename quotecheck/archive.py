"""The archive: Reports of many articles in SQLite, resumable, with `who`, `sources` and search.

Articles are keyed by the hash of their text, so indexing is idempotent: an article already
stored is skipped, a changed one (same path, new text) replaces its old rows. Each batch is
one transaction (WAL journal, foreign keys on), so an interrupted run loses at most the batch
in flight and the next run carries on.

Each article's entities are stored as it gives them (`records`); the archive-wide entities
that merge them are derived from all records at once (`consolidate`), never grown record by
record, so which articles came first cannot change who is merged with whom or which name is
shown. Answers are ordered by names and positions, never by insertion order: the same archive
content gives the same answer however, and in whatever order, it was indexed.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from array import array
from collections import Counter
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from .errors import InputError
from .graph import entity_key
from .types import Report

SCHEMA_VERSION = 2

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL,
    hash TEXT NOT NULL UNIQUE,
    date TEXT,
    chars INTEGER NOT NULL,
    model TEXT
);
CREATE INDEX IF NOT EXISTS articles_path ON articles(path);
CREATE TABLE IF NOT EXISTS records (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    aliases TEXT NOT NULL,
    entity_id INTEGER
);
CREATE INDEX IF NOT EXISTS records_article ON records(article_id);
CREATE INDEX IF NOT EXISTS records_entity ON records(entity_id);
CREATE TABLE IF NOT EXISTS entities (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL,
    name TEXT NOT NULL,
    type TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS aliases (
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    key TEXT NOT NULL,
    alias TEXT NOT NULL,
    UNIQUE (entity_id, alias)
);
CREATE INDEX IF NOT EXISTS aliases_key ON aliases(key);
CREATE TABLE IF NOT EXISTS statements (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    aid TEXT NOT NULL,
    kind TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    cue TEXT,
    verb TEXT,
    mention TEXT,
    record_id INTEGER REFERENCES records(id)
);
CREATE INDEX IF NOT EXISTS statements_record ON statements(record_id);
CREATE INDEX IF NOT EXISTS statements_article ON statements(article_id);
CREATE TABLE IF NOT EXISTS figures (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    unsourced INTEGER NOT NULL,
    source_id INTEGER REFERENCES records(id),
    statement_id INTEGER REFERENCES statements(id) ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS figures_source ON figures(source_id);
CREATE TABLE IF NOT EXISTS findings (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    rule TEXT NOT NULL,
    severity TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    line INTEGER NOT NULL,
    col INTEGER NOT NULL,
    message TEXT NOT NULL
);
CREATE VIRTUAL TABLE IF NOT EXISTS statements_fts USING fts5(text, content='statements', content_rowid='id');
CREATE TRIGGER IF NOT EXISTS statements_ai AFTER INSERT ON statements BEGIN
    INSERT INTO statements_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER IF NOT EXISTS statements_ad AFTER DELETE ON statements BEGIN
    INSERT INTO statements_fts(statements_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
"""

_DATE = re.compile(r"(?<!\d)(\d{4})[-_](\d{2})[-_](\d{2})(?!\d)")


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def article_date(path: str, text: str) -> str | None:
    """A date the file gives: a `date:` line at the top, or YYYY-MM-DD in its name."""
    for line in text.splitlines()[:5]:
        m = re.match(r"\s*date:\s*(\d{4}-\d{2}-\d{2})", line, re.IGNORECASE)
        if m:
            return m.group(1)
    m = _DATE.search(Path(path).name)
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else None


def _multiword(name: str) -> bool:
    return len(re.findall(r"\w+", name)) > 1


def _shown(name: str, type_: str) -> str:
    """"Health Ministry", not "The Health Ministry"; a person's name as written."""
    return re.sub(r"^[Tt]he\s+", "", name) if type_ != "person" else name


class Archive:
    """One SQLite archive file."""

    def __init__(self, path: str):
        self.path = path
        try:
            self.db = sqlite3.connect(path, isolation_level=None)
        except sqlite3.Error as err:
            raise InputError(f"{path}: cannot open the archive ({err})") from None
        self.db.execute("PRAGMA foreign_keys = ON")
        self.db.execute("PRAGMA journal_mode = WAL")
        self.db.execute("PRAGMA synchronous = NORMAL")
        try:
            self.db.executescript(SCHEMA)
        except sqlite3.DatabaseError as err:
            raise InputError(f"{path}: not a quotecheck archive ({err})") from None
        row = self.db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        if row is None:
            self.db.execute("INSERT INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
        elif int(row[0]) != SCHEMA_VERSION:
            raise InputError(f"{path}: archive schema {row[0]}, this quotecheck reads {SCHEMA_VERSION}; index into a new file")

    def close(self) -> None:
        self.db.close()

    # ------------------------------------------------------------ writing

    def holds(self, text: str) -> bool:
        """Whether an article with this text is stored: one look-up in the hash index, rather
        than a set of every stored hash, which would grow with the archive."""
        return self.db.execute("SELECT 1 FROM articles WHERE hash = ?", (content_hash(text),)).fetchone() is not None

    def pending(self, items: Iterable[tuple[str, str]], batch_size: int) -> Iterator[tuple[int, list[tuple[str, str]]]]:
        """Batches of up to `batch_size` (path, text) items not stored yet under their current
        text, each with how many items were read to fill it (stored ones included).

        `items` is read only as far as the next batch needs, and an item is checked when it is
        read, after the batches before it were stored: memory does not grow with the run.
        """
        batch: list[tuple[str, str]] = []
        read = 0
        for path, text in items:
            read += 1
            if self.holds(text):
                continue
            batch.append((path, text))
            if len(batch) == batch_size:
                yield read, batch
                batch, read = [], 0
        if read:
            yield read, batch

    def store(self, batch: Iterable[tuple[str, str, Report]]) -> int:
        """Store a batch of analysed articles in one transaction; returns how many were stored."""
        n = 0
        cur = self.db.cursor()
        cur.execute("BEGIN IMMEDIATE")
        try:
            for path, text, report in batch:
                digest = content_hash(text)
                if cur.execute("SELECT 1 FROM articles WHERE hash = ?", (digest,)).fetchone():
                    continue
                cur.execute("DELETE FROM articles WHERE path = ?", (path,))  # a changed article
                cur.execute(
                    "INSERT INTO articles (path, hash, date, chars, model) VALUES (?, ?, ?, ?, ?)",
                    (path, digest, article_date(path, text), len(text), report.model),
                )
                self._store_report(cur, cur.lastrowid, report)
                n += 1
            if n:
                cur.execute("INSERT OR REPLACE INTO meta VALUES ('consolidated', '0')")
            cur.execute("COMMIT")
        except BaseException:
            cur.execute("ROLLBACK")
            raise
        return n

    def _store_report(self, cur: sqlite3.Cursor, article_id: int, report: Report) -> None:
        ids = {}
        for e in report.entities:
            cur.execute("INSERT INTO records (article_id, name, type, aliases) VALUES (?, ?, ?, ?)", (article_id, e.name, e.type, "\n".join(e.aliases)))
            ids[e.id] = cur.lastrowid
        statements = {}
        for a in report.attributions:
            cur.execute(
                "INSERT INTO statements (article_id, aid, kind, start, end, text, cue, verb, mention, record_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    article_id,
                    a.id,
                    a.kind,
                    a.start,
                    a.end,
                    a.content_text,
                    a.cue.text if a.cue else None,
                    a.verb,
                    a.speaker.mention.text if a.speaker and a.speaker.mention else None,
                    ids.get(a.speaker.entity) if a.speaker and a.speaker.entity else None,
                ),
            )
            statements[a.id] = cur.lastrowid
        for f in report.figures:
            cur.execute(
                "INSERT INTO figures (article_id, start, end, text, unsourced, source_id, statement_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (article_id, f.start, f.end, f.text, int(f.unsourced), ids.get(f.source) if f.source else None, statements.get(f.attribution) if f.attribution else None),
            )
        cur.executemany(
            "INSERT INTO findings (article_id, rule, severity, start, end, line, col, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(article_id, x.rule, x.severity, x.start, x.end, x.line, x.column, x.message) for x in report.findings],
        )

    def consolidate(self) -> None:
        """Derive the archive-wide entities from every article's records, from scratch.

        Two records with full names are one party when one's name is the other's name or one
        of its aliases (normalised), transitively; a one-word name joins the single party that
        goes by it, or stays apart when several do. The shown name is the fullest of the party's
        names (ties alphabetical), its type the most common; ids follow the shown names. All
        of it depends only on what is stored, never on the order it was stored in.
        """
        if self._consolidated():
            return
        top = self.db.execute("SELECT COALESCE(MAX(id), 0) FROM records").fetchone()[0]
        # every pass streams the records; what is held is one integer per record and one entry
        # per distinct name, never the records themselves
        parent = array("q", range(top + 1))

        def find(x: int) -> int:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        def union(a: int, b: int) -> None:
            a, b = find(a), find(b)
            if a != b:
                parent[max(a, b)] = min(a, b)

        def records(full: bool | None = None) -> Iterator[tuple[int, str, str, str]]:
            for row in self.db.execute("SELECT id, name, type, aliases FROM records ORDER BY id"):
                if full is None or _multiword(row[1]) == full:
                    yield row

        def names(name: str, aliases: str) -> set[str]:
            return {name, *(a for a in aliases.split("\n") if a)}

        def keys(name: str, aliases: str) -> set[str]:
            return {entity_key(n) for n in names(name, aliases)}

        # full names first: a record is one party with every record whose name it bears
        named: dict[str, int] = {}
        for rid, name, _, _ in records(full=True):
            union(rid, named.setdefault(entity_key(name), rid))
        for rid, name, _, aliases in records(full=True):
            for key in keys(name, aliases):
                if key in named:
                    union(rid, named[key])
        # which party goes by each name or alias (-1: several do)
        claims: dict[str, int] = {}
        for rid, name, _, aliases in records(full=True):
            root = find(rid)
            for key in keys(name, aliases):
                held = claims.get(key)
                if held != -1:
                    claims[key] = root if held is None or find(held) == root else -1
        # then a one-word name ("Ruiz") joins the one party that goes by it, and none when
        # several do: a bare surname must not fuse Ana Ruiz and Pedro Ruiz; the same bare name
        # that no party claims is one party across articles
        bare: dict[str, int] = {}
        for rid, name, _, aliases in records(full=False):
            owners = {-1 if claims[k] == -1 else find(claims[k]) for k in keys(name, aliases) if k in claims}
            if len(owners) == 1 and -1 not in owners:
                union(rid, owners.pop())
            else:
                union(rid, bare.setdefault(entity_key(name), rid))
        # each party: the fullest of its names (ties alphabetical), its most common type
        shown_of: dict[int, str] = {}
        types_of: dict[int, Counter[str]] = {}
        for rid, name, type_, _ in records():
            root, shown = find(rid), _shown(name, type_)
            best = shown_of.setdefault(root, shown)
            if (-len(shown.split()), shown) < (-len(best.split()), best):
                shown_of[root] = shown
            types_of.setdefault(root, Counter())[type_] += 1
        parties = sorted((shown_of[root], min(types, key=lambda t: (-types[t], t)), root) for root, types in types_of.items())
        entity_of = {root: n for n, (_, _, root) in enumerate(parties, 1)}
        cur = self.db.cursor()
        cur.execute("BEGIN IMMEDIATE")
        try:
            cur.execute("DELETE FROM aliases")
            cur.execute("DELETE FROM entities")
            for entity_id, (shown, type_, _) in enumerate(parties, 1):
                cur.execute("INSERT INTO entities (id, key, name, type) VALUES (?, ?, ?, ?)", (entity_id, entity_key(shown), shown, type_))
            cur.execute("CREATE TEMP TABLE IF NOT EXISTS merged (record_id INTEGER PRIMARY KEY, entity_id INTEGER NOT NULL)")
            cur.execute("DELETE FROM temp.merged")
            # records are read while other tables are written; records itself is written last
            cur.executemany("INSERT INTO temp.merged VALUES (?, ?)", ((rid, entity_of[find(rid)]) for rid, *_ in records()))
            cur.executemany(
                "INSERT OR IGNORE INTO aliases (entity_id, key, alias) VALUES (?, ?, ?)",
                ((entity_of[find(rid)], entity_key(n), n) for rid, name, _, aliases in records() for n in names(name, aliases)),
            )
            cur.execute("UPDATE records SET entity_id = (SELECT entity_id FROM temp.merged WHERE record_id = records.id)")
            cur.execute("DROP TABLE temp.merged")
            cur.execute("INSERT OR REPLACE INTO meta VALUES ('consolidated', '1')")
            cur.execute("COMMIT")
        except BaseException:
            cur.execute("ROLLBACK")
            raise

    def _consolidated(self) -> bool:
        row = self.db.execute("SELECT value FROM meta WHERE key = 'consolidated'").fetchone()
        return row is None or row[0] == "1"

    # ------------------------------------------------------------ reading

    def counts(self) -> dict[str, int]:
        self.consolidate()
        return {t: self.db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("articles", "entities", "statements", "figures", "findings")}

    def who(self, name: str) -> list[dict[str, Any]]:
        """Every statement of every entity whose name or an alias holds `name` as a word."""
        self.consolidate()
        word = re.compile(rf"(?<!\w){re.escape(name.strip())}(?!\w)", re.IGNORECASE)
        wanted = sorted(
            {eid for eid, text in self.db.execute("SELECT id, name FROM entities UNION ALL SELECT entity_id, alias FROM aliases") if word.search(text)}
        )
        if not wanted:
            return []
        marks = ",".join("?" * len(wanted))
        rows = self.db.execute(
            f"""SELECT e.name, e.type, a.path, a.date, s.kind, s.text, s.cue, s.mention, s.start
                FROM statements s JOIN records r ON r.id = s.record_id JOIN entities e ON e.id = r.entity_id
                JOIN articles a ON a.id = s.article_id
                WHERE r.entity_id IN ({marks})
                ORDER BY e.name, e.type, a.path, s.start, s.text""",
            wanted,
        ).fetchall()
        keys = ("entity", "type", "article", "date", "kind", "text", "cue", "mention", "start")
        return [dict(zip(keys, r)) for r in rows]

    def sources(self) -> list[dict[str, Any]]:
        """Parties cited for figures: how many figures, in how many articles, through whose statements."""
        self.consolidate()
        rows = self.db.execute(
            """SELECT e.name, e.type, COUNT(f.id), COUNT(DISTINCT f.article_id)
               FROM figures f JOIN records r ON r.id = f.source_id JOIN entities e ON e.id = r.entity_id
               GROUP BY e.id ORDER BY COUNT(f.id) DESC, e.name"""
        ).fetchall()
        out = []
        for name, type_, figures, articles in rows:
            by = self.db.execute(
                """SELECT DISTINCT COALESCE(se.name, s.mention, '(the paper, citing their data)')
                   FROM figures f JOIN records r ON r.id = f.source_id JOIN entities e ON e.id = r.entity_id
                   LEFT JOIN statements s ON s.id = f.statement_id
                   LEFT JOIN records sr ON sr.id = s.record_id LEFT JOIN entities se ON se.id = sr.entity_id
                   WHERE e.name = ? AND e.type = ? ORDER BY 1""",
                (name, type_),
            ).fetchall()
            out.append({"source": name, "type": type_, "figures": figures, "articles": articles, "cited_by": [b for (b,) in by]})
        unsourced = self.db.execute("SELECT COUNT(*), COUNT(DISTINCT article_id) FROM figures WHERE unsourced = 1").fetchone()
        out.append({"source": None, "type": None, "figures": unsourced[0], "articles": unsourced[1], "cited_by": []})
        return out

    def search(self, query: str, limit: int = 50) -> list[dict[str, Any]]:
        """Statements matching an FTS5 query, best first (ties by article and position)."""
        self.consolidate()
        try:
            rows = self.db.execute(
                """SELECT a.path, COALESCE(e.name, s.mention), s.kind, s.text, s.start
                   FROM statements_fts JOIN statements s ON s.id = statements_fts.rowid
                   JOIN articles a ON a.id = s.article_id
                   LEFT JOIN records r ON r.id = s.record_id LEFT JOIN entities e ON e.id = r.entity_id
                   WHERE statements_fts MATCH ? ORDER BY bm25(statements_fts), a.path, s.start LIMIT ?""",
                (query, limit),
            ).fetchall()
        except sqlite3.OperationalError as err:
            raise InputError(f"search: cannot read the query {query!r} ({err})") from None
        keys = ("article", "speaker", "kind", "text", "start")
        return [dict(zip(keys, r)) for r in rows]


def analyse_batch(batch: list[tuple[str, str]], nlp: Any, *, n_process: int = 1) -> list[Report]:
    """The Reports of a batch of (path, text), analysed in one spaCy memory zone.

    spaCy keeps every new word, name and number it meets in its vocab; the zone drops what the
    batch added once its Reports, plain data, are made, so a long run's vocab does not grow.
    """
    from . import analyze_many
    from .pipeline import memory_zone

    with memory_zone(nlp):
        return list(analyze_many((t for _, t in batch), sources=[p for p, _ in batch], nlp=nlp, n_process=n_process))


def index(archive: Archive, items: Iterable[tuple[str, str]], *, batch_size: int = 32, model: str | None = None, n_process: int = 1, progress: Callable[[int], None] | None = None) -> dict[str, int]:
    """Analyse and store every item not stored yet, one transaction a batch.

    `items` may be a generator: it is read batch by batch, so a run over a whole archive holds
    one batch of texts, not all of them, and spaCy's vocab does not grow from batch to batch.
    `progress` is told how many items each batch read.
    """
    from .pipeline import load

    nlp = load(model)
    seen = skipped = stored = 0
    for read, batch in archive.pending(items, batch_size):
        seen += read
        skipped += read - len(batch)
        if batch:
            reports = analyse_batch(batch, nlp, n_process=n_process)
            stored += archive.store((p, t, r) for (p, t), r in zip(batch, reports))
        if progress is not None:
            progress(read)
    archive.consolidate()
    return {"seen": seen, "skipped": skipped, "stored": stored}
