"""`quotecheck check`: exit codes, output formats, configuration, suppressions, baselines, bad input."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from conftest import ROOT
from quotecheck.cli import main

CLEAN = "Mayor Ana Ruiz said on Tuesday that the bridge would reopen in May.\n"
UNSOURCED = "The rally drew 10,000 people.\n\nMayor Ana Ruiz said the square was full.\n"
UNATTRIBUTED = "The hall was quiet.\n\n“We lost everything in one night and nobody came.”\n"
LOADED = "Mayor Ana Ruiz claimed that the budget was balanced.\n"


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def write(folder: Path, name: str, text: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


# ---------------------------------------------------------------- exit codes and formats


def test_clean_copy_exits_0_with_a_summary(capsys, nlp, tmp_path):
    path = write(tmp_path, "clean.txt", CLEAN)
    code, out, _ = run(capsys, "check", str(path))
    assert code == 0
    assert out.strip().endswith("0 errors, 0 warnings, 0 suggestions in 1 file; none at or above error")


def test_unattributed_quote_is_an_error_and_fails_by_default(capsys, nlp, tmp_path):
    path = write(tmp_path, "draft.txt", UNATTRIBUTED)
    code, out, _ = run(capsys, "check", str(path))
    assert code == 1
    assert f"{path}:3:1: error [unattributed-quote] quotation with no speaker" in out


def test_warnings_fail_only_at_fail_level_warning(capsys, nlp, tmp_path):
    path = write(tmp_path, "draft.txt", UNSOURCED)
    code, out, _ = run(capsys, "check", str(path))
    assert code == 0 and f"{path}:1:16: warning [unsourced-figure]" in out
    code, _, _ = run(capsys, "check", str(path), "--fail-level", "warning")
    assert code == 1


def test_json_format_lists_findings_with_path_and_offsets(capsys, nlp, tmp_path):
    path = write(tmp_path, "draft.txt", UNSOURCED)
    code, out, _ = run(capsys, "check", str(path), "--format", "json")
    data = json.loads(out)
    (finding,) = [f for f in data["findings"] if f["rule"] == "unsourced-figure"]
    assert finding["path"] == str(path)
    assert UNSOURCED[finding["start"] : finding["end"]] == "10,000"
    assert {"line", "column", "end_line", "end_column", "severity", "message"} <= set(finding)
    assert data["summary"]["by_severity"]["warning"] == 1 and code == 0


def test_github_format_writes_workflow_commands_and_notices_for_suggestions(capsys, nlp, tmp_path):
    path = write(tmp_path, "draft.txt", UNSOURCED + LOADED)
    code, out, _ = run(capsys, "check", str(path), "--format", "github")
    lines = out.splitlines()
    assert any(line.startswith(f"::warning file={path},line=1,col=16,") and line.endswith("::figure “10,000” is in the paper's own voice with no source") for line in lines)
    assert any(line.startswith("::notice ") and "[" not in line.split("::")[2] and "claimed" in line for line in lines)


def test_sarif_output_validates_against_the_sarif_2_1_0_schema(capsys, nlp, tmp_path):
    import jsonschema
    path = write(tmp_path, "draft.txt", UNATTRIBUTED + "\n" + UNSOURCED + LOADED)
    code, out, _ = run(capsys, "check", str(path), "--format", "sarif")
    log = json.loads(out)
    schema = json.loads((ROOT / "tests" / "data" / "sarif-2.1.0-rtm.4.json").read_text(encoding="utf-8"))
    jsonschema.validate(log, schema)
    run_ = log["runs"][0]
    # what GitHub code scanning reads
    assert log["version"] == "2.1.0" and run_["tool"]["driver"]["name"] == "quotecheck"
    rule_ids = {r["id"] for r in run_["tool"]["driver"]["rules"]}
    assert {"unattributed-quote", "unsourced-figure", "loaded-verb"} <= rule_ids
    for result in run_["results"]:
        assert result["ruleId"] in rule_ids and result["message"]["text"]
        region = result["locations"][0]["physicalLocation"]["region"]
        assert region["startLine"] >= 1 and region["startColumn"] >= 1
        assert result["partialFingerprints"]["quotecheck/v1"]
    assert {r["level"] for r in run_["results"]} == {"error", "warning", "note"} and code == 1


def test_sarif_fingerprints_survive_an_edit_elsewhere_in_the_file(capsys, nlp, tmp_path):
    path = write(tmp_path, "draft.txt", UNSOURCED)
    _, before, _ = run(capsys, "check", str(path), "--format", "sarif")
    path.write_text("Updated at noon.\n\n" + UNSOURCED, encoding="utf-8")
    _, after, _ = run(capsys, "check", str(path), "--format", "sarif")

    def prints(log):
        return {r["partialFingerprints"]["quotecheck/v1"] for r in json.loads(log)["runs"][0]["results"]}

    assert prints(before) and prints(before) <= prints(after)


# ---------------------------------------------------------------- configuration


def test_config_found_above_the_file_disables_a_rule_and_changes_a_severity(capsys, nlp, tmp_path):
    write(tmp_path, ".quotecheck.toml", 'disable = ["loaded-verb"]\n[severity]\nunsourced-figure = "error"\n')
    path = write(tmp_path, "desk/drafts/draft.txt", UNSOURCED + LOADED)
    code, out, _ = run(capsys, "check", str(path))
    assert "[loaded-verb]" not in out
    assert ":1:16: error [unsourced-figure]" in out and code == 1


def test_pyproject_tool_section_sets_the_fail_level_and_extra_loaded_verbs(capsys, nlp, tmp_path):
    write(tmp_path, "pyproject.toml", '[project]\nname = "desk"\n\n[tool.quotecheck]\nfail-level = "suggestion"\nextra-loaded-verbs = ["say"]\n')
    path = write(tmp_path, "draft.txt", CLEAN)
    code, out, _ = run(capsys, "check", str(path))
    assert "[loaded-verb] “said”" in out and code == 1


def test_bad_config_is_exit_2_naming_file_line_and_column(capsys, nlp, tmp_path):
    config = write(tmp_path, ".quotecheck.toml", 'fail-level = "error"\ndisable = ["no-such-rule"]\n')
    path = write(tmp_path, "draft.txt", CLEAN)
    code, out, err = run(capsys, "check", str(path))
    assert code == 2 and out == ""
    assert err.strip() == f"quotecheck: {config}:2:1: disable: no rule named 'no-such-rule' (see `quotecheck rules`)"


def test_config_that_is_not_toml_is_exit_2_with_its_position(capsys, nlp, tmp_path):
    config = write(tmp_path, "strict.toml", 'fail-level = "error\n')
    path = write(tmp_path, "draft.txt", CLEAN)
    code, _, err = run(capsys, "check", str(path), "--config", str(config))
    assert code == 2 and err.startswith(f"quotecheck: {config}:1:") and "not valid TOML" in err


# ---------------------------------------------------------------- suppressions and baselines


def test_switches_in_the_copy_silence_findings_and_are_counted(capsys, nlp, tmp_path):
    text = (
        "<!-- quotecheck: ignore-next-line=loaded-verb -->\n" + LOADED + "\n"
        "<!-- quotecheck: disable=unsourced-figure -->\nThe rally drew 10,000 people.\n<!-- quotecheck: enable=unsourced-figure -->\n"
        "\nThe march drew 5,000 people.\n"
    )
    path = write(tmp_path, "draft.txt", text)
    code, out, _ = run(capsys, "check", str(path))
    assert "[loaded-verb]" not in out and "“10,000”" not in out
    assert "“5,000”" in out and "(2 suppressed in the copy;" in out.splitlines()[-1] or "(2 suppressed in the copy)" in out.splitlines()[-1]


def test_switch_that_silences_nothing_is_reported(capsys, nlp, tmp_path):
    path = write(tmp_path, "draft.txt", "<!-- quotecheck: ignore-next-line=loaded-verb -->\n" + CLEAN)
    code, out, _ = run(capsys, "check", str(path))
    assert f"{path}:1:1: warning [unused-suppression]" in out


def test_baseline_hides_recorded_findings_but_not_new_ones(capsys, nlp, tmp_path):
    path = write(tmp_path, "draft.txt", UNATTRIBUTED)
    baseline = tmp_path / "baseline.json"
    code, _, _ = run(capsys, "check", str(path), "--write-baseline", str(baseline))
    assert code == 0 and json.loads(baseline.read_text(encoding="utf-8"))["findings"]
    path.write_text("A new first line.\n\n" + UNATTRIBUTED, encoding="utf-8")  # moved, not changed
    code, out, _ = run(capsys, "check", str(path), "--baseline", str(baseline))
    assert code == 0 and "in the baseline" in out
    path.write_text(UNATTRIBUTED + "\n“And a second quote that nobody said at all.”\n", encoding="utf-8")
    code, out, _ = run(capsys, "check", str(path), "--baseline", str(baseline))
    assert code == 1 and out.count("[unattributed-quote]") == 1


# ---------------------------------------------------------------- inputs


def test_html_input_points_into_the_html_file(capsys, nlp, tmp_path):
    html = "<html><body>\n<nav>Home</nav>\n<article>\n<p>The rally drew <b>10,000</b> people.</p>\n</article></body></html>\n"
    path = write(tmp_path, "page.html", html)
    code, out, _ = run(capsys, "check", str(path))
    assert f"{path}:4:22: warning [unsourced-figure] figure “10,000”" in out  # <p>The rally drew <b>|10,000


def test_directory_is_checked_recursively_and_other_files_are_skipped_with_a_count(capsys, nlp, tmp_path):
    write(tmp_path, "a.txt", CLEAN)
    write(tmp_path, "sub/b.md", UNSOURCED)
    write(tmp_path, "sub/photo.jpg", b"\xff\xd8\xff")
    code, out, _ = run(capsys, "check", str(tmp_path))
    assert "in 2 files" in out and "1 file skipped: not articles, or excluded by config" in out and code == 0


@pytest.mark.parametrize(
    "name, content, code, message",
    [
        ("binary.txt", b"\x00\x01\x02binary", 2, "not text"),
        ("latin1.txt", "caf\xe9 said".encode("latin-1"), 2, "invalid UTF-8 at byte 3"),
        ("empty.txt", b"", 0, None),
        ("marks.txt", "“”\"\"‘’''" * 10, None, None),
        ("unbalanced.txt", "“" * 10_000, 1, None),
        ("nested.txt", "He said: “" + "‘“" * 200 + "deep" + "”’" * 200 + "”", None, None),
        ("rtl.txt", "قال الوزير إن الجسر سيفتح. 🌉 “We will rebuild,” Mayor Ana Ruiz said. 🎉\n", 0, None),
    ],
)
def test_bad_input_gets_a_clear_result(capsys, nlp, tmp_path, name, content, code, message):
    path = write(tmp_path, name, content)
    got, out, err = run(capsys, "check", str(path))
    assert "Traceback" not in err and "internal error" not in err
    if code is not None:
        assert got == code
    else:
        assert got in (0, 1)
    if message:
        assert message in out + err


def test_missing_path_and_empty_directory_are_exit_2(capsys, nlp, tmp_path):
    code, _, err = run(capsys, "check", str(tmp_path / "nope.txt"))
    assert code == 2 and "no such file or directory" in err
    (tmp_path / "empty").mkdir()
    code, _, err = run(capsys, "check", str(tmp_path / "empty"))
    assert code == 2 and "no article files" in err


def test_read_only_folder_is_checked_and_never_written(capsys, nlp, tmp_path):
    folder = tmp_path / "ro"
    path = write(folder, "draft.txt", UNSOURCED)
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    os.chmod(folder, stat.S_IRUSR | stat.S_IXUSR)
    try:
        code, out, _ = run(capsys, "check", str(folder))
    finally:
        os.chmod(folder, stat.S_IRWXU)
    assert code == 0 and "[unsourced-figure]" in out
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
    assert sorted(p.name for p in folder.iterdir()) == ["draft.txt"]


def test_rules_lists_every_rule_and_explains_one(capsys):
    code, out, _ = run(capsys, "rules")
    assert code == 0 and "unattributed-quote      error" in out and "loaded-verb" in out
    code, out, _ = run(capsys, "rules", "loaded-verb")
    assert code == 0 and "The mayor claimed that the budget was balanced." in out
    code, _, err = run(capsys, "rules", "no-such-rule")
    assert code == 2 and "no rule named 'no-such-rule'" in err


def test_two_megabyte_file_is_analysed_in_pieces_with_every_offset_in_place(tmp_path):
    """A 2 MB draft is parsed in paragraph-bounded pieces (spaCy's 1,000,000-character limit
    never bites, memory stays bounded) and the Report reads as if it were parsed whole."""
    import quotecheck

    one = (ROOT / "corpus" / "texts" / "28-rally-crowd-size.txt").read_text(encoding="utf-8") + "\n\n"
    copies = 2_000_000 // len(one) + 1
    text = one * copies
    assert len(text) > 2_000_000
    single = quotecheck.analyze(one)
    report = quotecheck.analyze(text)
    # copies read one after another, so a few quotes near the seams are read differently
    assert abs(len(report.attributions) - copies * len(single.attributions)) <= 0.01 * copies * len(single.attributions)
    assert abs(len(report.figures) - copies * len(single.figures)) <= 0.01 * copies * len(single.figures)
    for a in report.attributions:
        assert text[a.start : a.end] == a.content_text
    for f in report.figures:
        assert text[f.start : f.end] == f.text
    ids = [a.id for a in report.attributions]
    assert len(set(ids)) == len(ids)
    last = report.findings[-1]
    assert (last.line, last.column) == quotecheck.ingest.LineIndex.of(text).position(last.start)


def test_long_text_is_cut_at_paragraph_breaks_into_pieces_that_rebuild_it():
    from quotecheck import _pieces

    text = "".join(f"Paragraph {n} says something long enough to count.\n\n" for n in range(400))
    pieces = _pieces(text, 1000)
    assert "".join(p for _, p, _ in pieces) == text
    assert all(len(p) <= 1000 for _, p, _ in pieces)
    assert all(text[o - 2 : o] == "\n\n" for o, _, _ in pieces[1:])


def test_config_exclude_skips_files_found_in_folders_but_not_files_named(capsys, nlp, tmp_path):
    write(tmp_path, ".quotecheck.toml", 'exclude = ["notes/**"]\n')
    write(tmp_path, "draft.txt", CLEAN)
    note = write(tmp_path, "notes/todo.txt", UNATTRIBUTED)
    code, out, _ = run(capsys, "check", str(tmp_path))
    assert code == 0 and "in 1 file" in out and "1 file skipped: not articles, or excluded by config" in out
    code, out, _ = run(capsys, "check", str(note))
    assert code == 1 and "[unattributed-quote]" in out
