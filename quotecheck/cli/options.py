"""Option types shared by several commands (one spelling of each value everywhere)."""

from __future__ import annotations

from enum import Enum


class Level(str, Enum):
    """A severity, as --fail-level takes it."""

    error = "error"
    warning = "warning"
    suggestion = "suggestion"


class TextOrJson(str, Enum):
    text = "text"
    json = "json"
