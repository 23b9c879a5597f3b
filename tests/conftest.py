"""Shared fixtures: the model is loaded once per session; eval data is found or skipped."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EVAL_DIR = ROOT.parent / "shared" / "eval"
IN_CI = os.environ.get("CI", "").lower() == "true"


@pytest.fixture(scope="session")
def nlp():
    from quotecheck.pipeline import load

    return load()


@pytest.fixture(scope="session")
def analyze(nlp):
    """analyze(text) -> Report with the session's pipeline."""
    import quotecheck

    def run(text: str):
        return quotecheck.analyze(text, nlp=nlp)

    return run


def need_eval_file(name: str) -> Path:
    """The path of ../shared/eval/NAME: skipped on a laptop without it, a failure under CI=true."""
    path = EVAL_DIR / name
    if not path.exists():
        if IN_CI:
            pytest.fail(f"{path} is missing, and CI must have it")
        pytest.skip(f"{path} not present (PolNeAR is read from ../shared/eval at test time)")
    return path
