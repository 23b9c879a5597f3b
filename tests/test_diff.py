"""`quotecheck diff`: changes in attribution between two drafts, and nothing else."""

from __future__ import annotations

import pytest

from quotecheck.cli import main
from quotecheck.diff import compare

BASE = (
    "Mayor Ana Ruiz said the bridge would reopen in May.\n\n"
    "“We are on schedule,” Ruiz said on Tuesday.\n\n"
    "The repairs will cost $4 million, finance director Tom Hale said.\n\n"
    "The rally drew 10,000 people."
)


@pytest.fixture
def kinds(analyze):
    def run(old: str, new: str) -> list[str]:
        return [c.kind for c in compare(analyze(old), analyze(new))]

    return run


def test_moving_a_paragraph_is_not_a_change(kinds):
    paras = BASE.split("\n\n")
    moved = "\n\n".join([paras[1], paras[0], paras[3], paras[2]])
    assert kinds(BASE, moved) == []


def test_reworded_quote_is_a_quote_change_with_the_words(analyze):
    new = BASE.replace("We are on schedule", "We are ahead of schedule")
    (change,) = compare(analyze(BASE), analyze(new))
    assert change.kind == "quote-changed" and "“ahead”" in change.message


def test_new_speaker_for_the_same_words_is_a_speaker_change(kinds):
    new = BASE.replace("finance director Tom Hale said", "city auditor Maria Lund said")
    assert "speaker-changed" in kinds(BASE, new)


def test_said_becoming_admitted_is_a_loaded_verb(kinds):
    new = BASE.replace("Mayor Ana Ruiz said the bridge", "Mayor Ana Ruiz admitted the bridge")
    assert kinds(BASE, new) == ["verb-loaded"]


def test_figure_that_changed_value_is_reported(kinds):
    new = BASE.replace("The rally drew 10,000 people.", "The rally drew 12,000 people.")
    assert kinds(BASE, new) == ["figure-changed"]


def test_figure_that_lost_its_source_is_reported(kinds):
    new = BASE.replace("The repairs will cost $4 million, finance director Tom Hale said.", "The repairs will cost $4 million.")
    assert "figure-lost-source" in kinds(BASE, new)


def test_fail_on_makes_the_exit_code_1_only_for_those_kinds(capsys, nlp, tmp_path):
    old, new = tmp_path / "v1.txt", tmp_path / "v2.txt"
    old.write_text(BASE, encoding="utf-8")
    new.write_text(BASE.replace("We are on schedule", "We are ahead of schedule"), encoding="utf-8")
    assert main(["diff", str(old), str(new), "--fail-on", "speaker-changed"]) == 0
    assert main(["diff", str(old), str(new), "--fail-on", "quote-changed,speaker-changed"]) == 1
    out = capsys.readouterr().out
    assert f"{new}:3:1: [quote-changed]" in out
    assert main(["diff", str(old), str(new), "--fail-on", "typo-changed"]) == 2
