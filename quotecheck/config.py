"""Checker configuration: `.quotecheck.toml` or `[tool.quotecheck]` in pyproject.toml.

Found by walking up from the checked file (the nearest wins); `--config PATH` overrides.
A bad file is a ConfigError naming `path:line:col` and what is wrong, so the user can fix it
without reading code.

    [tool.quotecheck]
    fail-level = "error"              # error, warning or suggestion
    disable = ["anonymous-source"]
    model = "en_core_web_sm"
    extra-loaded-verbs = ["slammed"]
    extra-anonymous-sources = ["people briefed on the talks"]
    include = ["drafts/**/*.md"]
    exclude = ["drafts/archive/**"]

    [tool.quotecheck.severity]
    loaded-verb = "warning"
"""

from __future__ import annotations

import fnmatch
import re
import tomllib
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from .errors import ConfigError
from .types import SEVERITIES, Rule

CONFIG_NAMES = (".quotecheck.toml", "pyproject.toml")
_KEYS = {"fail-level", "disable", "enable", "severity", "model", "extra-loaded-verbs", "extra-anonymous-sources", "include", "exclude"}


@dataclass(frozen=True)
class Config:
    """What a newsroom can change without touching code."""

    path: str | None = None  # the file it came from; None: the defaults
    fail_level: str = "error"
    disable: frozenset[str] = frozenset()
    enable: frozenset[str] = frozenset()  # rules off by default that are switched on
    severity: tuple[tuple[str, str], ...] = ()
    model: str | None = None
    extra_loaded_verbs: tuple[str, ...] = ()
    extra_anonymous: tuple[str, ...] = ()
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    root: str = "."  # the folder globs are relative to

    def rules(self, rules: tuple[Rule, ...]) -> tuple[Rule, ...]:
        """The rules to run: disabled ones (and ones off by default, unless enabled) dropped,
        severities overridden."""
        levels = dict(self.severity)
        on = [r for r in rules if r.id not in self.disable and (r.enabled or r.id in self.enable)]
        return tuple(replace(r, severity=levels.get(r.id, r.severity)) for r in on)

    def wants(self, path: str) -> bool:
        """Whether a file found in a directory walk is checked (include/exclude globs)."""
        try:
            rel = Path(path).resolve().relative_to(Path(self.root).resolve()).as_posix()
        except ValueError:
            rel = Path(path).as_posix()
        if self.include and not any(fnmatch.fnmatch(rel, g) for g in self.include):
            return False
        return not any(fnmatch.fnmatch(rel, g) for g in self.exclude)


def _where(text: str, key: str) -> tuple[int, int]:
    """Line and column of `key =` in a TOML text (1, 1 if not found)."""
    for n, line in enumerate(text.splitlines(), 1):
        m = re.match(rf"\s*\"?{re.escape(key)}\"?\s*=", line)
        if m:
            return n, len(line) - len(line.lstrip()) + 1
    return 1, 1


def parse(text: str, path: str, known_rules: frozenset[str], section: str | None = None) -> Config:
    """A Config from TOML text; `section` is "tool.quotecheck" for pyproject.toml."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        m = re.search(r"\(at line (\d+), column (\d+)\)", str(err))
        where = f"{m.group(1)}:{m.group(2)}" if m else "1:1"
        msg = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(err))
        raise ConfigError(f"{path}:{where}: not valid TOML: {msg}") from None
    if section:
        for part in section.split("."):
            raw = raw.get(part, {}) if isinstance(raw, dict) else {}
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}:1:1: [{section}] must be a table")

    def fail(key: str, what: str) -> ConfigError:
        line, col = _where(text, key)
        return ConfigError(f"{path}:{line}:{col}: {key}: {what}")

    for key in raw:
        if key not in _KEYS:
            raise fail(key, f"unknown setting (known: {', '.join(sorted(_KEYS))})")

    def strings(key: str) -> tuple[str, ...]:
        value = raw.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise fail(key, "must be a list of strings")
        return tuple(value)

    def rule_ids(key: str) -> frozenset[str]:
        ids = strings(key)
        for rule in ids:
            if rule not in known_rules:
                raise fail(key, f"no rule named {rule!r} (see `quotecheck rules`)")
        return frozenset(ids)

    fail_level = raw.get("fail-level", "error")
    if fail_level not in SEVERITIES:
        raise fail("fail-level", f"must be one of {', '.join(SEVERITIES)}, not {fail_level!r}")
    severity = raw.get("severity", {})
    if not isinstance(severity, dict):
        raise fail("severity", "must be a table of rule = level")
    for rule, level in severity.items():
        if rule not in known_rules:
            raise fail(rule, f"no rule named {rule!r} (see `quotecheck rules`)")
        if level not in SEVERITIES:
            raise fail(rule, f"severity must be one of {', '.join(SEVERITIES)}, not {level!r}")
    model = raw.get("model")
    if model is not None and not isinstance(model, str):
        raise fail("model", "must be a string")
    return Config(
        path=path,
        fail_level=fail_level,
        disable=rule_ids("disable"),
        enable=rule_ids("enable"),
        severity=tuple(sorted(severity.items())),
        model=model,
        extra_loaded_verbs=tuple(v.lower() for v in strings("extra-loaded-verbs")),
        extra_anonymous=tuple(v.lower() for v in strings("extra-anonymous-sources")),
        include=strings("include"),
        exclude=strings("exclude"),
        root=str(Path(path).parent),
    )


def load(path: str, known_rules: frozenset[str]) -> Config:
    """The Config in `path` (a .quotecheck.toml, or a pyproject.toml's [tool.quotecheck])."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as err:
        raise ConfigError(f"{path}: cannot read config ({err.strerror})") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}:1:1: config is not UTF-8 text") from None
    section = "tool.quotecheck" if Path(path).name == "pyproject.toml" else None
    return parse(text, path, known_rules, section)


@lru_cache(maxsize=256)
def find(directory: str) -> str | None:
    """The nearest config file at or above `directory` that configures quotecheck."""
    here = Path(directory).resolve()
    for folder in (here, *here.parents):
        for name in CONFIG_NAMES:
            candidate = folder / name
            if not candidate.is_file():
                continue
            if name == "pyproject.toml":
                try:
                    if "[tool.quotecheck" not in candidate.read_text(encoding="utf-8"):
                        continue
                except (OSError, UnicodeDecodeError):
                    continue
            return str(candidate)
    return None
