"""The `quotecheck` command: a thin typer app over the library.

Every command parses options, calls the library, picks a renderer and returns an exit
code. Errors are mapped to exit 2 in one place (`main`): one line on stderr, a traceback
only with --debug.
"""

from __future__ import annotations

import sys

import typer

app = typer.Typer(
    name="quotecheck",
    help="Audit attribution in news copy: who said what, and what is sourced to whom.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _register_commands() -> None:
    from . import analyze, archive, check, diff, evaluate, graph, report, show, verify  # noqa: F401  (commands register themselves on `app`)


def main(argv: list[str] | None = None) -> int:
    """Console entry point: run the app, map every error to exit code 2."""
    import click

    from ..errors import QuotecheckError

    _register_commands()
    args = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args
    if debug:
        args.remove("--debug")
    try:
        result = app(args=args, standalone_mode=False)
    except click.exceptions.Exit as exc:
        return int(exc.exit_code or 0)
    except click.exceptions.Abort:
        print("quotecheck: aborted", file=sys.stderr)
        return 2
    except click.ClickException as exc:
        print(f"quotecheck: {exc.format_message()}", file=sys.stderr)
        return 2
    except QuotecheckError as exc:
        if debug:
            raise
        print(f"quotecheck: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("quotecheck: interrupted", file=sys.stderr)
        return 2
    except Exception as exc:  # an internal error: still one line and exit 2
        if debug:
            raise
        print(f"quotecheck: internal error: {type(exc).__name__}: {exc} (rerun with --debug for a traceback)", file=sys.stderr)
        return 2
    return int(result or 0)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
