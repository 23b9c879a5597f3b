"""The command line: exit codes, the JSON contract, stdin, bad input as one line."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import ROOT
from quotecheck.cli import main

ARTICLE = "“We will rebuild the bridge,” Mayor Ana Ruiz said.\n\nShe added that the work would cost $4 million.\n"


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "bridge.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_analyze_json_follows_the_contract(capsys, nlp, article):
    code, out, _ = run(capsys, "analyze", str(article), "--format", "json")
    data = json.loads(out)
    assert code == 0
    assert data["source"] == str(article)
    assert data["tool"]["name"] == "quotecheck" and data["tool"]["model"].startswith("en_core_web")
    first = data["attributions"][0]
    assert set(first) >= {"id", "kind", "content", "cue", "speaker", "figures"}
    assert first["content"]["text"] == ARTICLE[first["content"]["start"] : first["content"]["end"]]
    assert first["speaker"]["mention"]["text"] == "Mayor Ana Ruiz"
    entity = next(e for e in data["entities"] if e["id"] == first["speaker"]["entity"])
    assert entity["name"] == "Ana Ruiz" and entity["type"] == "person"
    (figure,) = data["figures"]
    assert (figure["text"], figure["source"]) == ("$4 million", entity["id"])
    assert figure["id"] in data["attributions"][1]["figures"]
    assert data["findings"] == []


def test_analyze_jsonl_keeps_order_and_puts_an_error_object_in_place(capsys, nlp, article, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"caf\xe9 said")
    code, out, err = run(capsys, "analyze", str(article), str(bad), str(article), "--format", "jsonl")
    lines = [json.loads(line) for line in out.splitlines()]
    assert code == 2
    assert [("error" in obj) for obj in lines] == [False, True, False]
    assert lines[1] == {"source": str(bad), "error": f"{bad}: invalid UTF-8 at byte 3; re-save the file as UTF-8"}
    assert "invalid UTF-8 at byte 3" in err


def test_analyze_reads_stdin(nlp):
    result = subprocess.run(
        [sys.executable, "-m", "quotecheck.cli", "analyze", "-", "--format", "json"],
        input=ARTICLE.encode(), capture_output=True, cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["source"] == "-"


def test_missing_file_is_one_line_and_exit_2(capsys):
    code, out, err = run(capsys, "analyze", "no/such/file.txt")
    assert (code, out) == (2, "")
    assert err == "quotecheck: no/such/file.txt: no such file or directory\n"


def test_unknown_model_names_the_package_to_install(capsys, article):
    code, _, err = run(capsys, "analyze", str(article), "--model", "en_core_web_xx")
    assert code == 2
    assert err.strip() == "quotecheck: spaCy model 'en_core_web_xx' is not installed; install it with: pip install en-core-web-xx"


def test_bad_option_is_a_usage_error_with_exit_2(capsys, article):
    code, _, err = run(capsys, "analyze", str(article), "--format", "yaml")
    assert code == 2 and err.startswith("quotecheck: ")


def test_text_format_prints_the_speaker_table(capsys, nlp, article):
    code, out, _ = run(capsys, "analyze", str(article))
    assert code == 0
    assert "Mayor Ana Ruiz" in out and "She → Ana Ruiz" in out


def test_the_table_shows_a_split_quotes_fragments_without_the_cue_between(analyze):
    from rich.console import Console

    from quotecheck.render.text import render_table

    console = Console(record=True, width=300)
    render_table(analyze("“We looked at every option,” said Peter Lindqvist. “None kept the pier open.”"), console)
    assert "“We looked at every option,” … “None kept the pier open.”" in console.export_text()


def test_no_input_file_is_modified(capsys, nlp, article):
    before = article.read_bytes()
    run(capsys, "analyze", str(article), "--format", "json")
    assert article.read_bytes() == before


def test_output_is_deterministic(capsys, nlp, article):
    first = run(capsys, "analyze", str(article), "--format", "json")[1]
    second = run(capsys, "analyze", str(article), "--format", "json")[1]
    assert first == second


def test_eval_prints_scores_by_kind(capsys, nlp):
    code, out, _ = run(capsys, "eval", str(ROOT / "corpus" / "gold.jsonl"), "--limit", "2")
    assert code == 0
    assert [line.split()[0] for line in out.splitlines()[2:6]] == ["all", "direct", "indirect", "mixed"]


@pytest.mark.parametrize("command", ["analyze", "eval", "show", "report", "graph", "check", "rules"])
def test_help_of_each_command_shows_an_example(capsys, command):
    code, out, _ = run(capsys, command, "--help")
    assert code == 0 and "Example:" in out


def test_env_variable_chooses_the_model(monkeypatch):
    from quotecheck.pipeline import default_model

    monkeypatch.setenv("QUOTECHECK_MODEL", "en_core_web_md")
    assert default_model() == "en_core_web_md"


def test_readme_python_example_prints_what_it_says(nlp):
    import contextlib
    import io
    import re

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    code = next(b for b in re.findall(r"```python\n(.*?)```", readme, re.S) if "quotecheck.analyze(" in b)
    expected = [line[2:] for line in code.splitlines() if line.startswith("# ")]
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, "README.md", "exec"), {})
    assert out.getvalue().splitlines() == expected


def test_ci_runs_exactly_the_readmes_test_command():
    import re

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```sh\n(.*?)\n```", readme, re.S)
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()[-1]
    assert len(blocks) >= 2 and blocks[1].strip() == ci


def test_every_command_has_help_with_an_example():
    from quotecheck.cli import _register_commands, app

    _register_commands()
    for command in app.registered_commands:
        doc = command.callback.__doc__ or ""
        assert "Example: quotecheck " in doc, command.callback.__name__


def test_graph_command_writes_graphml_that_networkx_reads(capsys, nlp, article, tmp_path):
    import networkx as nx

    out = tmp_path / "g.graphml"
    code, _, err = run(capsys, "graph", str(article), "--format", "graphml", "-o", str(out))
    assert code == 0, err
    g = nx.read_graphml(out, force_multigraph=True)
    assert any(d.get("label") == "Ana Ruiz" for _, d in g.nodes(data=True))


def test_graph_command_writes_node_link_json_to_stdout(capsys, nlp, article):
    code, out, _ = run(capsys, "graph", str(article), "--format", "node-link")
    data = json.loads(out)
    assert code == 0 and {"nodes", "edges"} <= set(data)


def test_graph_command_writes_dot(capsys, nlp, article, tmp_path):
    out = tmp_path / "g.dot"
    code, _, _ = run(capsys, "graph", str(article), "--format", "dot", "-o", str(out))
    assert code == 0 and out.read_text(encoding="utf-8").startswith(("digraph", "strict digraph"))


def test_show_piped_has_no_escape_codes_and_fits_80_columns(capsys, nlp, article):
    code, out, _ = run(capsys, "show", str(article), "--width", "80")
    assert code == 0
    assert "\x1b[" not in out
    assert max(len(line) for line in out.splitlines()) <= 80
    assert "⟦“We will rebuild the bridge,”⟧ₐ₁" in out  # the statement, marked in plain text
    assert "Who says what" in out and "Figures and their sources" in out


def test_show_marks_an_unsourced_figure_first(capsys, nlp, tmp_path):
    path = tmp_path / "rally.txt"
    path.write_text("The rally drew 10,000 people.\n\n“We are winning,” Dana Cole said.\n", encoding="utf-8")
    code, out, _ = run(capsys, "show", str(path), "--no-color")
    assert code == 0
    assert "«!10,000!»" in out
    assert f"{path}:1:16: warning [unsourced-figure]" in out
    summary = out.split("\n\n")[0]
    assert "1  unsourced figures" in summary


def test_analyze_html_carries_the_extracted_text_and_points_lines_into_the_file(capsys, nlp, tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<html><body>\n<p>The rally drew <b>10,000</b> people.</p>\n</body></html>\n", encoding="utf-8")
    code, out, _ = run(capsys, "analyze", str(page), "--format", "json")
    data = json.loads(out)
    assert data["text"] == "The rally drew 10,000 people."
    (figure,) = data["figures"]
    assert data["text"][figure["start"] : figure["end"]] == "10,000"
    (finding,) = data["findings"]
    assert (finding["line"], finding["column"]) == (2, 22)


def test_two_processes_give_the_same_output_as_one(capsys, nlp):
    files = [str(p) for p in sorted((ROOT / "corpus" / "texts").glob("0*.txt"))[:4]]
    code1, one, _ = run(capsys, "analyze", *files, "--format", "jsonl", "--jobs", "1")
    code2, two, _ = run(capsys, "analyze", *files, "--format", "jsonl", "--jobs", "2")
    assert code1 == code2 == 0 and one == two and len(one.splitlines()) == 4


def test_progress_bar_stays_off_when_stderr_is_not_a_terminal(capsys):
    from quotecheck.cli.options import progress_bar

    with progress_bar(100, "checking") as advance:
        advance(1)
    assert capsys.readouterr().err == ""
