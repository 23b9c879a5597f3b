"""The archive: idempotent, resumable after a kill, merged across articles, and deterministic."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import IN_CI, ROOT
from quotecheck.archive import Archive, index

MINISTRY_1 = "The Health Ministry said 41 people had died.\n\n“We need more beds,” Minister Carla Diaz said.\n"
MINISTRY_2 = "On Friday the Health Ministry said that 52 people had died.\n\nDoctors said the wards were full.\n"


@pytest.fixture
def archive(tmp_path):
    store = Archive(str(tmp_path / "a.db"))
    yield store
    store.close()


def test_indexing_twice_stores_each_article_once(nlp, archive):
    items = [("one.txt", MINISTRY_1), ("two.txt", MINISTRY_2)]
    assert index(archive, items)["stored"] == 2
    before = archive.counts()
    assert index(archive, items) == {"seen": 2, "skipped": 2, "stored": 0}
    assert archive.counts() == before


def _recorded_items(n: int, read: list[int]):
    """n small articles, each noted in `read` when it is taken."""
    for k in range(n):
        read.append(k)
        yield f"{k}.txt", f"Mayor Ana Ruiz said {k + 2} roads were closed.\n"


def test_index_reads_its_items_one_batch_at_a_time(nlp, archive):
    read: list[int] = []
    read_when_stored = []
    index(archive, _recorded_items(5, read), batch_size=2, progress=lambda n: read_when_stored.append(len(read)))
    assert read_when_stored == [2, 4, 5]  # never the whole run in memory


def test_index_leaves_spacys_vocab_as_it_found_it(nlp, archive):
    before = len(nlp.vocab.strings)
    items = [(f"{n}.txt", f"Mayor Zorvathi{n} said {n + 2}{n}17 roads were closed in Qelmarsh{n}.\n") for n in range(3)]
    assert index(archive, items, batch_size=2)["stored"] == 3
    assert len(nlp.vocab.strings) == before
    assert [r["entity"] for r in archive.who("Zorvathi1")] == ["Zorvathi1"]


def test_batches_analysed_on_several_threads_come_out_as_one_at_a_time(nlp):
    # a Dask worker with several threads runs analyze_batch at once on its one pipeline
    from concurrent.futures import ThreadPoolExecutor

    from quotecheck.distributed import analyze_batch

    batches = [[(f"{b}-{n}.txt", f"“We will rebuild Vexmor{b}x{n},” Mayor Qarlind{b}y{n} Ostravik said.\n") for n in range(4)] for b in range(16)]
    alone = [analyze_batch(batch) for batch in batches]
    with ThreadPoolExecutor(4) as pool:
        assert list(pool.map(analyze_batch, batches)) == alone


def test_a_text_met_again_after_it_was_stored_is_skipped(nlp, archive):
    items = [("one.txt", MINISTRY_1), ("two.txt", MINISTRY_2), ("copy.txt", MINISTRY_1)]
    assert index(archive, items, batch_size=2) == {"seen": 3, "skipped": 1, "stored": 2}
    assert [r["article"] for r in archive.who("Diaz")] == ["one.txt"]


def test_a_changed_article_replaces_its_old_rows(nlp, archive):
    index(archive, [("one.txt", MINISTRY_1)])
    index(archive, [("one.txt", MINISTRY_1.replace("41", "43"))])
    counts = archive.counts()
    assert counts["articles"] == 1
    (text,) = [r["text"] for r in archive.who("Health Ministry")]
    assert "43" in text


def test_the_same_party_in_two_articles_is_one_entity(nlp, archive):
    index(archive, [("one.txt", MINISTRY_1), ("two.txt", MINISTRY_2)])
    rows = archive.who("ministry")
    assert {r["entity"] for r in rows} == {"Health Ministry"}
    assert [r["article"] for r in rows] == ["one.txt", "two.txt"]


def test_who_matches_whole_words_only(nlp, archive):
    index(archive, [("one.txt", MINISTRY_1)])
    assert archive.who("Dia") == []
    assert [r["entity"] for r in archive.who("DIAZ")] == ["Carla Diaz"]


def test_full_text_search_finds_statements(nlp, archive):
    index(archive, [("one.txt", MINISTRY_1), ("two.txt", MINISTRY_2)])
    hits = archive.search("beds")
    assert [h["speaker"] for h in hits] == ["Carla Diaz"]


def _asked_per_order(tmp_path: Path, orders: list[list[list[tuple[str, str]]]], ask, **options) -> list:
    """Index each order (a list of runs, each a list of items) into an archive of its own and
    ask each archive the same question."""
    answers = []
    for n, runs in enumerate(orders):
        store = Archive(str(tmp_path / f"{n}.db"))
        try:
            for run in runs:
                index(store, run, **options)
            answers.append(ask(store))
        finally:
            store.close()
    return answers


def test_answers_do_not_depend_on_the_order_of_indexing(nlp, tmp_path):
    texts = sorted((ROOT / "corpus" / "texts").glob("*.txt"))
    items = [(p.name, p.read_text(encoding="utf-8")) for p in texts]
    shuffled = items[:]
    random.Random(7).shuffle(shuffled)
    # the last order is indexed in two runs, as a resumed index would be
    orders = [[items], [items[::-1]], [shuffled[:11], shuffled[11:]]]
    answers = _asked_per_order(
        tmp_path, orders, lambda s: (s.counts(), json.dumps(s.who("said")), json.dumps(s.sources()), json.dumps(s.who("the"))), batch_size=3
    )
    assert answers[0] == answers[1] == answers[2]


def test_a_full_name_and_its_short_form_merge_whichever_comes_first(nlp, tmp_path):
    full = ("a.txt", "Fernando Ruiz Arce, the finance minister, said the budget was balanced.\n\nRuiz Arce said taxes would not rise.\n")
    short = ("b.txt", "Ruiz Arce said the deficit would shrink.\n")
    shown = _asked_per_order(tmp_path, [[[full], [short]], [[short], [full]]], lambda s: sorted({row["entity"] for row in s.who("Ruiz")}))
    assert shown[0] == shown[1] == ["Fernando Ruiz Arce"]


def _articles(db: Path) -> int:
    try:
        with sqlite3.connect(db) as con:
            return con.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return 0


@pytest.mark.parametrize("when", ["after-a-batch", "at-random"])
def test_an_interrupted_index_resumes_with_nothing_lost_or_doubled(tmp_path, when):
    exe = str(Path(sys.executable).with_name("quotecheck"))
    corpus = str(ROOT / "corpus" / "texts")
    clean = tmp_path / "clean.db"
    subprocess.run([exe, "index", corpus, "--db", str(clean), "--batch-size", "2"], check=True, capture_output=True)
    db = tmp_path / "killed.db"
    proc = subprocess.Popen([exe, "index", corpus, "--db", str(db), "--batch-size", "2"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    if when == "after-a-batch":
        while _articles(db) < 2 and time.time() < deadline and proc.poll() is None:
            time.sleep(0.05)
    else:
        time.sleep(random.Random(os.getpid()).uniform(1.0, 6.0))
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    partial = _articles(db)
    assert when != "after-a-batch" or partial >= 2
    subprocess.run([exe, "index", corpus, "--db", str(db), "--batch-size", "2"], check=True, capture_output=True)
    a, b = Archive(str(clean)), Archive(str(db))
    try:
        assert a.counts() == b.counts()
        assert json.dumps(a.who("said")) == json.dumps(b.who("said"))
    finally:
        a.close()
        b.close()


def test_dask_engine_gives_the_same_answers_as_the_local_one(tmp_path):
    if not IN_CI:
        pytest.importorskip("distributed", reason="the dask extra is not installed (it is part of the test extras)")
    exe = str(Path(sys.executable).with_name("quotecheck"))
    corpus = sorted(str(p) for p in (ROOT / "corpus" / "texts").glob("*.txt"))[:12]
    answers = []
    for engine in ("local", "dask"):
        db = tmp_path / f"{engine}.db"
        done = subprocess.run([exe, "index", *corpus, "--db", str(db), "--batch-size", "3", "--engine", engine, "--workers", "2"], capture_output=True, text=True)
        assert done.returncode == 0, done.stderr[-500:]
        out = []
        for args in (["who", "ministry"], ["who", "Whitfield"], ["who", "officials"], ["sources"]):
            out.append(subprocess.run([exe, *args, "--db", str(db), "--format", "json"], capture_output=True, text=True, check=True).stdout)
        answers.append(out)
    assert answers[0] == answers[1]
    assert json.loads(answers[0][0])  # the comparison is not between two empty answers


def test_dask_engine_reads_items_as_the_workers_get_through_them(nlp, archive):
    if not IN_CI:
        pytest.importorskip("distributed", reason="the dask extra is not installed (it is part of the test extras)")
    from distributed import Client, LocalCluster

    from quotecheck.distributed import index as dask_index

    read: list[int] = []
    read_when_stored = []
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as cluster, Client(cluster) as client:
        result = dask_index(archive, _recorded_items(10, read), client=client, batch_size=2, progress=lambda n: read_when_stored.append(len(read)))
    assert result == {"seen": 10, "skipped": 0, "stored": 10}
    assert read_when_stored[0] <= 4  # two batches in flight for the one worker thread, not all five


def test_a_bare_surname_two_people_share_merges_neither_in_any_order(nlp, tmp_path):
    ana = "Mayor Ana Ruiz said the bridge would reopen.\n\nRuiz said tolls would stay.\n"
    bare = "“We will vote on Monday,” Ruiz said.\n"
    pedro = "Pedro Ruiz, a farmer, said the river was high.\n\nRuiz said his fields had flooded.\n"
    luis = "Luis Ruiz, a teacher, said the school would close.\n\nRuiz said the pupils had gone home.\n"
    items = [("ana.txt", ana), ("bare.txt", bare), ("pedro.txt", pedro), ("luis.txt", luis)]  # a third claimant too
    orders = [items, [items[1], items[0], items[3], items[2]], items[::-1]]
    answers = _asked_per_order(tmp_path, [[[item] for item in order] for order in orders], lambda s: (s.counts(), json.dumps(s.who("Ruiz"))))
    assert answers[0] == answers[1] == answers[2]
    assert {row["entity"] for row in json.loads(answers[0][1])} >= {"Ana Ruiz", "Pedro Ruiz", "Luis Ruiz"}
