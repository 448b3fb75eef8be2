"""The entry point: ``backjournal`` with a command runs the command line (no Qt is imported on that
path); with no command it opens the window. Both build their services over the open journal in the
one composition root, backjournal/services/composition.py.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    os.umask(0o077)  # every file we write is readable by the user only
    # The window's start imports and builds a great deal and leaves little cyclic garbage: Python's
    # cyclic collector only costs time then (~30-40 ms of CPU up to the Trends chart's paint,
    # measured). It runs again for a command, once the journal is attached to the window
    # (ui/application.py ``collect_again``), before a first start's welcome dialog and the --in-tray
    # start, and in any case when the window's start returns.
    gc.disable()
    try:
        return _main(argv)
    finally:
        gc.enable()


def _main(argv: Sequence[str] | None) -> int:
    from backjournal import cli, i18n
    from backjournal.language_choice import LanguageChoice

    # The command line's language (the window sets its own, with the system's QLocale, in ui/application.py):
    # $BACKJOURNAL_LANGUAGE, else Preferences > Language, else LANGUAGE / LC_ALL / LC_MESSAGES / LANG.
    i18n.use_language(i18n.choose_language(chosen=LanguageChoice().chosen()), lazily=True)

    try:
        cli.refuse_unstorable_arguments(sys.argv[1:] if argv is None else argv)
        args = cli.parse_args(argv)
    except cli.UsageError as exc:
        return cli.fail(str(exc), cli.EXIT_USAGE)
    if args.command:
        gc.enable()  # a command may build much garbage (an import, a report)
        return cli.run(args)
    return run_gui(args)


def run() -> None:
    """The ``backjournal`` program: ``main()``, then the way Python programs end (``SystemExit``:
    atexit handlers run, logs and streams are flushed by the interpreter).

    By the time ``main()`` returns the journal is closed and, for the window, the windows and the
    QApplication are torn down (ui/application.py ``tear_down``). The command line never imports Qt.
    (The Python 3.11 shutdown abort that once needed ``os._exit`` here was PySide6 6.12.0 losing a
    reference to ``None`` on every void call; pyproject.toml keeps 6.12 off Python < 3.12, see
    tests/repro/singleton_refcounts.py.)
    """
    sys.exit(main())


def run_gui(args) -> int:
    from backjournal.paths import DATA_DIR_ENV, resolve_data_dir
    from backjournal.ui.application import run_application

    default_place = not args.data_dir and not os.environ.get(DATA_DIR_ENV)  # a first start there is welcomed
    return run_application(
        data_dir=resolve_data_dir(args.data_dir),
        argv=[sys.argv[0]],
        welcome=default_place,
        in_tray=getattr(args, "in_tray", False),
    )
