"""The entry point: ``backjournal`` with a command runs the command line (no Qt is imported on that
path); with no command it opens the window. Both build their services over the open journal in the
one composition root, backjournal/services/composition.py.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    os.umask(0o077)  # every file we write is readable by the user only
    from backjournal import cli

    try:
        cli.refuse_unstorable_arguments(sys.argv[1:] if argv is None else argv)
        args = cli.parse_args(argv)
    except cli.UsageError as exc:
        return cli.fail(str(exc), cli.EXIT_USAGE)
    if args.command:
        return cli.run(args)
    return run_gui(args)


def run() -> None:
    """The ``backjournal`` program: ``main()``, then the way Python programs end (``SystemExit``:
    atexit handlers run, logs and streams are flushed by the interpreter).

    By the time ``main()`` returns the journal is closed and, for the window, the windows and the
    QApplication are torn down (ui/application.py ``tear_down``). The command line never imports Qt
    and always ends normally; only a window run on Python 3.11 leaves through
    ``leave_without_final_collection``.
    """
    code = main()
    if qt_final_collection_may_abort():
        leave_without_final_collection(code)
    sys.exit(code)


def qt_final_collection_may_abort() -> bool:
    """True when PySide6 is loaded on a Python whose True/False are not immortal (before 3.12).

    There, PySide6 6.12 over-releases a reference to False somewhere (not found; no upstream report
    matched, see https://bugreports.qt.io/projects/PYSIDE), and the interpreter's final collection
    then aborts with "Fatal Python error: bool_dealloc" (CPython's detector for that refcount bug,
    https://github.com/python/cpython/pull/28089), exit status 134. Seen with the test suite's
    restore tests (tests/ui/test_recovery_and_restore.py run alone), not with the minimal script
    tests/repro/nested_modal_exit.py. Python 3.12 made True and False immortal (PEP 683), so the
    count cannot reach zero there and programs end normally.
    """
    return sys.version_info < (3, 12) and "PySide6.QtCore" in sys.modules


def leave_without_final_collection(code: int) -> None:
    """End the process with ``code`` without the interpreter's final collection (see
    ``qt_final_collection_may_abort``), after doing what a normal exit does first: the atexit
    handlers run, logging is shut down and the streams are flushed."""
    import atexit

    atexit._run_exitfuncs()
    logging = sys.modules.get("logging")
    if logging is not None:
        logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def run_gui(args) -> int:
    from backjournal.paths import DATA_DIR_ENV, resolve_data_dir
    from backjournal.ui.application import run_application

    default_place = not args.data_dir and not os.environ.get(DATA_DIR_ENV)  # a first start there is welcomed
    return run_application(data_dir=resolve_data_dir(args.data_dir), argv=[sys.argv[0]], welcome=default_place,
                           in_tray=getattr(args, "in_tray", False))
