"""One base error class; each message says what went wrong and what to do next.

The CLI maps every QuotecheckError to one line on stderr and exit code 2.
"""

from __future__ import annotations


class QuotecheckError(Exception):
    """Base class: anything the user can fix (input, model, configuration)."""


class InputError(QuotecheckError):
    """A file that cannot be read or decoded as text."""


class ModelError(QuotecheckError):
    """The spaCy pipeline cannot be loaded."""


class ConfigError(QuotecheckError):
    """A bad configuration value or file."""


class GoldError(QuotecheckError):
    """A gold JSONL file that is not in the evaluation shape."""
