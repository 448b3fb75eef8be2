"""Command-line front end over the same services as the window.

Results go to stdout; an error is one line on stderr naming the field and the allowed values.
Exit codes: 0 success, 2 bad input or usage, 1 anything unexpected (or the environment: disk,
locks, a damaged journal). A failed command changes nothing in the journal.

Each command module has ``register(subparsers)``; it sets ``handler(args, ctx) -> int`` with
``set_defaults``. Add a module to ``COMMAND_MODULES`` and its commands to ``COMMANDS`` to add commands.

Parsing is lazy: ``--version``, ``--help`` and the window's start import no command module (and so
none of the storage stack); a command imports only the module that registers it. ``COMMANDS`` names
each command's module and one-line help for the top-level ``--help``; tests/e2e/test_lazy_imports.py
keeps it equal to what the modules register.
"""

from __future__ import annotations

import argparse
import importlib
import signal
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from backjournal import APP_NAME, __version__
from backjournal.domain.errors import BackJournalError, StorageEnvironmentError, UserInputError
from backjournal.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:  # the command line imports the storage stack only when a command needs the journal
    from backjournal.services.composition import Services
    from backjournal.services.opening import OpenJournal

COMMAND_MODULES = [
    "backjournal.cli.journal_cmds",
    "backjournal.cli.trash_cmds",
    "backjournal.cli.crypto_cmds",
    "backjournal.cli.backup_cmds",
    "backjournal.cli.trends_cmds",
    "backjournal.cli.exchange_cmds",
    "backjournal.cli.course_cmds",
    "backjournal.cli.trial_cmds",
    "backjournal.cli.insights_cmds",
    "backjournal.cli.factor_cmds",
    "backjournal.cli.medication_cmds",
]

#: command -> (the module that registers it, its one-line help). Kept equal to the modules by a test.
COMMANDS: dict[str, tuple[str, str]] = {
    "log": (
        "backjournal.cli.journal_cmds",
        QT_TRANSLATE_NOOP("CommandLineHelp", "log pain, a therapy session, a weekly PEG check-in or a daily factor"),
    ),
    "list": (
        "backjournal.cli.journal_cmds",
        QT_TRANSLATE_NOOP("CommandLineHelp", "list entries, sessions and PEG check-ins"),
    ),
    "therapies": (
        "backjournal.cli.journal_cmds",
        QT_TRANSLATE_NOOP("CommandLineHelp", "list therapy types (built-in and your own)"),
    ),
    "delete": ("backjournal.cli.journal_cmds", QT_TRANSLATE_NOOP("CommandLineHelp", "move records to the trash")),
    "undelete": (
        "backjournal.cli.journal_cmds",
        QT_TRANSLATE_NOOP("CommandLineHelp", "bring records back from the trash"),
    ),
    "trash": (
        "backjournal.cli.trash_cmds",
        QT_TRANSLATE_NOOP("CommandLineHelp", "list records in the trash (bring one back with 'undelete')"),
    ),
    "empty-trash": (
        "backjournal.cli.trash_cmds",
        QT_TRANSLATE_NOOP("CommandLineHelp", "delete everything in the trash for good (cannot be undone)"),
    ),
    "encrypt": (
        "backjournal.cli.crypto_cmds",
        QT_TRANSLATE_NOOP("CommandLineHelp", "encrypt the journal and its backups with a passphrase (SQLCipher)"),
    ),
    "change-passphrase": (
        "backjournal.cli.crypto_cmds",
        QT_TRANSLATE_NOOP("CommandLineHelp", "change an encrypted journal's passphrase (backups too)"),
    ),
    "decrypt": (
        "backjournal.cli.crypto_cmds",
        QT_TRANSLATE_NOOP("CommandLineHelp", "store the journal and its backups unencrypted again"),
    ),
    "backup": (
        "backjournal.cli.backup_cmds",
        QT_TRANSLATE_NOOP("CommandLineHelp", "make a verified backup of the journal now"),
    ),
    "backups": (
        "backjournal.cli.backup_cmds",
        QT_TRANSLATE_NOOP("CommandLineHelp", "list the backups in the backups folder, newest first"),
    ),
    "restore": (
        "backjournal.cli.backup_cmds",
        QT_TRANSLATE_NOOP(
            "CommandLineHelp", "replace the journal with a backup (the current journal is backed up first)"
        ),
    ),
    "check": (
        "backjournal.cli.backup_cmds",
        QT_TRANSLATE_NOOP("CommandLineHelp", "check the journal for damage (exit 0 sound, 1 damaged)"),
    ),
    "chart": (
        "backjournal.cli.trends_cmds",
        QT_TRANSLATE_NOOP("CommandLineHelp", "save a chart as PNG, SVG or PDF (the format follows the file name)"),
    ),
    "stats": (
        "backjournal.cli.trends_cmds",
        QT_TRANSLATE_NOOP(
            "CommandLineHelp", "the numbers the charts show: daily means, rolling means, therapy effects"
        ),
    ),
    "demo": (
        "backjournal.cli.trends_cmds",
        QT_TRANSLATE_NOOP(
            "CommandLineHelp", "fill an EMPTY journal with realistic made-up data (for trying things out)"
        ),
    ),
    "period": (
        "backjournal.cli.trends_cmds",
        QT_TRANSLATE_NOOP("CommandLineHelp", "marked periods shaded on charts (e.g. an acupuncture course)"),
    ),
    "export": (
        "backjournal.cli.exchange_cmds",
        QT_TRANSLATE_NOOP("CommandLineHelp", "export the journal as CSV, JSON (whole journal) or FHIR R4"),
    ),
    "import": (
        "backjournal.cli.exchange_cmds",
        QT_TRANSLATE_NOOP(
            "CommandLineHelp", "import a BackJournal CSV/JSON file, or a Bearable, Daylio or Flaredown CSV export"
        ),
    ),
    "report": (
        "backjournal.cli.exchange_cmds",
        QT_TRANSLATE_NOOP("CommandLineHelp", "write the PDF report for your physician"),
    ),
    "course": (
        "backjournal.cli.course_cmds",
        QT_TRANSLATE_NOOP("CommandLineHelp", "therapy courses: adherence and pain against your own baseline"),
    ),
    "trial": (
        "backjournal.cli.trial_cmds",
        QT_TRANSLATE_NOOP("CommandLineHelp", "a personal trial of two regimens (A/B) in randomised pairs of periods"),
    ),
    "insights": (
        "backjournal.cli.insights_cmds",
        QT_TRANSLATE_NOOP(
            "CommandLineHelp",
            "what went with better or worse days: therapies and factors against your pain (not cause and effect)",
        ),
    ),
    "medications": (
        "backjournal.cli.medication_cmds",
        QT_TRANSLATE_NOOP("CommandLineHelp", "your medications by name (each with its own lane and log)"),
    ),
    "factors": (
        "backjournal.cli.factor_cmds",
        QT_TRANSLATE_NOOP("CommandLineHelp", "daily factors: sleep, mood, stress, activity and your own"),
    ),
}

#: Global options that take a value (their value is never a command name).
_GLOBAL_VALUE_OPTIONS = ("--data-dir", "--passphrase-file")

EXIT_OK, EXIT_UNEXPECTED, EXIT_USAGE = 0, 1, 2


class UsageError(UserInputError):
    pass


#: argparse's own words that a person can meet: the help's headings and its -h line, and the messages of
#: a command line it refuses (Python 3.11-3.13; the messages argparse raises only for a wrong parser
#: definition are left out). They are argparse's gettext message ids, marked here for lupdate and
#: translated in the context "argparse" (resources/translations/*.ts); ``argparse_words`` hands them to
#: argparse. tests/unit/test_cli_german.py checks that every such message of the running Python is here.
ARGPARSE_MESSAGES = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "subcommands"),
    QT_TRANSLATE_NOOP("argparse", "%(heading)s:"),
    QT_TRANSLATE_NOOP("argparse", " (default: %(default)s)"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: warning: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", 'argument "-" with mode %r'),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "option '%(option)s' is deprecated"),
    QT_TRANSLATE_NOOP("argparse", "argument '%(argument_name)s' is deprecated"),
    QT_TRANSLATE_NOOP("argparse", "command '%(parser_name)s' is deprecated"),
)


def _argparse_gettext(message: str) -> str:
    return translate("argparse", message)


def _argparse_ngettext(singular: str, plural: str, n: int) -> str:
    # the English rule (one / other), which German shares; both forms are messages of their own
    return translate("argparse", singular if n == 1 else plural)


@contextmanager
def argparse_words() -> Iterator[None]:
    """argparse speaks the person's language inside: its usage prefix, headings, -h line and errors.

    argparse looks every one of its words up at the moment it uses it, through the names ``_`` and
    ``ngettext`` of its module (``from gettext import gettext as _, ngettext`` in 3.11-3.13). The way
    Python documents (the argparse HOWTO, "How to translate the argparse output") is a gettext .mo
    catalogue for gettext's current domain, found through the LANGUAGE/LC_* variables: that would be
    a second catalogue format beside Qt's, and it could not follow $BACKJOURNAL_LANGUAGE or the
    Preferences choice. So, for the time the command line is built and parsed, argparse's two names
    are pointed at our catalogue (context "argparse") and then put back; nothing else in the process
    is touched. A message we do not know (a newer Python's) stays English."""
    before = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = _argparse_gettext, _argparse_ngettext  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = before  # type: ignore[attr-defined]


class OneLineParser(argparse.ArgumentParser):
    """argparse that reports a usage problem as one line on stderr and exit code 2 (built inside
    ``argparse_words``, its own words are in the person's language)."""

    def error(self, message: str):  # argparse override
        raise UsageError(
            translate("OneLineParser", "{prog}: {message} (see '{prog} --help')").format(
                prog=self.prog, message=message
            )
        )


@dataclass
class CliContext:
    """What a command needs: the data folder, and the journal opened on first use with the services
    over it (services/composition.py, the same composition root as the window's), each built when a
    command first asks for it."""

    data_dir: Path
    stdout: TextIO = field(default_factory=lambda: sys.stdout)
    passphrase_file: str | None = None
    _opened: OpenJournal | None = None
    _services: Services | None = None

    def passphrase(self) -> str | None:
        """The journal's passphrase: --passphrase-file FILE, else $BACKJOURNAL_PASSPHRASE, else None."""
        from backjournal.cli.crypto_cmds import read_passphrase

        return read_passphrase(self.passphrase_file, "BACKJOURNAL_PASSPHRASE")

    def journal(self, *, create: bool = True) -> OpenJournal:
        """The open journal (services.opening.OpenJournal), opened once."""
        if self._opened is None:
            from backjournal.services.opening import open_journal

            self._opened = open_journal(self.data_dir, create=create, passphrase=self.passphrase())
        return self._opened

    def services(self, *, create: bool = True) -> Services:
        """The services over the open journal (services.composition.Services): each one is built the
        first time a command asks for it, once."""
        if self._services is None:
            from backjournal.services.composition import Services

            self._services = Services(self.journal(create=create))
        return self._services

    def journal_exists(self) -> bool:
        """False only for a journal never created; a journal that existed and is gone raises JournalMissingError."""
        from backjournal.paths import journal_path
        from backjournal.services.known_journals import KnownJournals

        path = journal_path(self.data_dir)
        if path.exists():
            return True
        if KnownJournals().knows(path):
            from backjournal.domain.errors import JournalMissingError

            raise JournalMissingError(translate("CliContext", "The journal {path} was not found.").format(path=path))
        return False

    def output(self, target: str, kind) -> Path:
        """The checked file to write for ``-o target`` (paths.check_output_path): refuses the journal,
        its companions and backups, a missing folder and a wrong ending; says when it added an ending."""
        from backjournal.paths import journal_path
        from backjournal.services.outputs import check_output

        checked = check_output(target, kind, journal=journal_path(self.data_dir))
        if checked.note:
            print(translate("CliContext", "note: {note}").format(note=checked.note), file=self.stdout)
        return checked.path

    def close(self) -> None:
        self._services = None
        if self._opened is not None:
            self._opened.close()
            self._opened = None


def build_parser(argv: Sequence[str] | None = None, *, full: bool = False) -> OneLineParser:
    """The parser for ``argv``: only the module of the command named in ``argv`` is imported (all of
    them with ``full=True`` or when ``argv`` names no known command but has a positional word); the
    other commands are placeholders that carry their help line. Every text in it is in the person's
    language (parse inside ``argparse_words`` too, for argparse's messages: ``parse_args``)."""
    with argparse_words():
        return _build_parser(argv, full=full)


def _build_parser(argv: Sequence[str] | None, *, full: bool) -> OneLineParser:
    parser = OneLineParser(
        prog="backjournal",
        description=translate(
            "Init", "{APP_NAME}: a private journal for back pain. With no command, opens the window."
        ).format(APP_NAME=APP_NAME),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"{APP_NAME} {__version__}",
        help=translate("CommandLineHelp", "show the program's version and exit"),
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=translate(
            "CommandLineHelp", "the journal's folder (default: $BACKJOURNAL_DATA_DIR or the user data folder)"
        ),
    )
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help=translate(
            "CommandLineHelp",
            "an encrypted journal's passphrase, read from the first "
            "line of FILE (or set $BACKJOURNAL_PASSPHRASE; never on the command line)",
        ),
    )
    parser.add_argument(
        "--in-tray",
        action="store_true",
        help=translate(
            "CommandLineHelp", "open the window hidden in the system tray (how the login autostart entry starts it)"
        ),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=OneLineParser)
    modules = COMMAND_MODULES if full else _modules_for(argv)
    for name in modules:
        importlib.import_module(name).register(sub)
    for command, (_module, help_text) in COMMANDS.items():
        if command not in sub.choices:
            sub.add_parser(command, help=help_text, add_help=False).set_defaults(handler=None)
    for choice in sub._choices_actions:  # the one-line helps (the same texts as COMMANDS) in the person's language
        choice.help = translate("CommandLineHelp", choice.help or "")
    _accept_global_options_after_commands(sub)
    return parser


def _modules_for(argv: Sequence[str] | None) -> list[str]:
    """The command modules ``argv`` needs: none for no command, ``--version`` or ``--help``."""
    words = list(sys.argv[1:] if argv is None else argv)
    i = 0
    while i < len(words):
        word = words[i]
        if word == "--":
            i += 1
            continue
        if word in _GLOBAL_VALUE_OPTIONS:
            i += 2
            continue
        if word.startswith("-"):
            i += 1
            continue
        if word in COMMANDS:
            return [COMMANDS[word][0]]
        return list(COMMAND_MODULES)  # an unknown word: the full parser gives argparse's own message
    return []


def _accept_global_options_after_commands(sub: argparse._SubParsersAction) -> None:
    """``backjournal list --data-dir DIR`` works as well as ``backjournal --data-dir DIR list``."""
    for command in sub.choices.values():
        nested = [a for a in command._actions if isinstance(a, argparse._SubParsersAction)]
        for action in nested:
            _accept_global_options_after_commands(action)
        if nested:
            continue
        known = {opt for a in command._actions for opt in a.option_strings}
        if "--data-dir" not in known:
            command.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
        if "--passphrase-file" not in known:
            command.add_argument("--passphrase-file", metavar="FILE", default=argparse.SUPPRESS, help=argparse.SUPPRESS)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    with argparse_words():  # argparse's usage, headings and messages in the person's language
        args = build_parser(argv).parse_args(argv)
        if args.command and getattr(args, "handler", None) is None:  # a placeholder was chosen: parse for real
            args = build_parser(argv, full=True).parse_args(argv)
    return args


def check_data_dir(data_dir: Path) -> None:
    """``--data-dir`` (or $BACKJOURNAL_DATA_DIR) must be a folder, or not exist yet: a file is refused."""
    if data_dir.exists() and not data_dir.is_dir():
        raise UsageError(
            translate(
                "Init",
                "--data-dir: {str!r} is a file, not a folder; allowed: the journal's folder (or a folder to create)",
            ).format(str=str(data_dir))
        )
    parent = next((p for p in data_dir.parents if p.exists()), None)
    if parent is not None and not parent.is_dir():
        raise UsageError(
            translate("Init", "--data-dir: {str!r} is a file, not a folder; allowed: the journal's folder").format(
                str=str(parent)
            )
        )


class Terminated(BaseException):
    """SIGTERM, raised where the command is, so transactions roll back and temporary files go away
    (the default action would end the process on the spot, leaving a half-written export behind)."""


def _raise_terminated(signum, _frame):
    raise Terminated(signum)


def _terminate_as_exception():
    """Install the SIGTERM handler (main thread only); returns the previous one, or None."""
    import threading

    if threading.current_thread() is not threading.main_thread():
        return None
    return signal.signal(signal.SIGTERM, _raise_terminated)


def fail(message: str, code: int) -> int:
    print(message.replace("\n", " "), file=sys.stderr)
    return code


def run(args: argparse.Namespace) -> int:
    """Run a parsed command. Never raises: maps errors to one stderr line and an exit code."""
    from backjournal.paths import resolve_data_dir  # (platformdirs) not needed for --version/--help

    if getattr(args, "format", None) == "json":  # output for machines: English, whatever the language
        from backjournal import i18n

        i18n.use_language(i18n.SOURCE_LANGUAGE, lazily=True)
    ctx = CliContext(data_dir=resolve_data_dir(args.data_dir), passphrase_file=getattr(args, "passphrase_file", None))
    previous = _terminate_as_exception()
    try:
        check_data_dir(ctx.data_dir)
        return int(args.handler(args, ctx) or 0)
    except UserInputError as exc:
        return fail(translate("Init", "error: {exc}").format(exc=exc), EXIT_USAGE)
    except StorageEnvironmentError as exc:
        return fail(translate("Init", "error: {exc} {hint}").format(exc=exc, hint=exc.hint), EXIT_UNEXPECTED)
    except BackJournalError as exc:
        return fail(translate("Init", "error: {exc}").format(exc=exc), EXIT_UNEXPECTED)
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:  # Ctrl+C: every transaction rolled back, every temporary file removed
        return fail(translate("Init", "interrupted (Ctrl+C); nothing was half-saved"), 128 + signal.SIGINT)
    except Terminated:  # SIGTERM: the same clean way out
        return fail(translate("Init", "stopped (SIGTERM); nothing was half-saved"), 128 + signal.SIGTERM)
    except Exception as exc:  # our bug: say so plainly in one line; the traceback on request
        import os
        import traceback

        if os.environ.get("BACKJOURNAL_DEBUG"):
            traceback.print_exc(file=sys.stderr)
        return fail(
            translate("Init", "unexpected error ({name}): {exc} (set BACKJOURNAL_DEBUG=1 for details)").format(
                name=type(exc).__name__, exc=exc
            ),
            EXIT_UNEXPECTED,
        )
    finally:
        ctx.close()
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def refuse_unstorable_arguments(argv: Sequence[str]) -> None:
    """A command-line argument that is not valid UTF-8 (Python hands such bytes over as lone surrogates)
    or holds a NUL character cannot be stored, printed or exported faithfully: refused, naming it."""
    for position, arg in enumerate(argv, 1):
        if "\x00" in arg:
            raise UsageError(
                translate(
                    "Init", "error: argument {position} ({arg!r}) contains a NUL character; allowed: text without NUL"
                ).format(position=position, arg=arg)
            )
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            try:  # the bytes as they were typed, e.g. '\xff'
                shown = arg.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
            except UnicodeEncodeError:
                shown = arg.encode("utf-8", "backslashreplace").decode("utf-8")
            raise UsageError(
                translate(
                    "Init",
                    "error: argument {position} ({shown!r}) is not valid UTF-8 text; allowed: "
                    "text in UTF-8 (check the terminal's or the script's encoding)",
                ).format(position=position, shown=shown)
            ) from None


def main(argv: Sequence[str] | None = None) -> int:
    try:
        refuse_unstorable_arguments(sys.argv[1:] if argv is None else argv)
        args = parse_args(argv)
    except UsageError as exc:
        return fail(str(exc), EXIT_USAGE)
    if not args.command:
        return fail(translate("Init", "no command given"), EXIT_USAGE)
    return run(args)
