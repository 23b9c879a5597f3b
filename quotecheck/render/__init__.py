"""Renderers: each takes a Report (never a Doc) and writes one format."""

from __future__ import annotations

#: What an editor must see first, in that order: (rule, label, short label for the HTML
#: chips, urgent). Urgent counts are shown red; the others are matters of style.
ATTENTION: tuple[tuple[str, str, str, bool], ...] = (
    ("unsourced-figure", "unsourced figures", "unsourced figures", True),
    ("unattributed-quote", "quotes with no speaker", "quotes with no speaker", True),
    ("unattributed-claim", "claims in the paper's own voice", "unattributed claims", True),
    ("unresolved-speaker", "speakers that cannot be resolved", "unresolved speakers", True),
    ("anonymous-source", "anonymous sources", "anonymous sources", False),
    ("loaded-verb", "loaded verbs", "loaded verbs", False),
    ("unbalanced-quote-marks", "unbalanced quotation marks", "unbalanced quotation marks", True),
)
