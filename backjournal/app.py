"""Composition root: the one place that builds and wires objects.

``backjournal`` with a command runs the command line (no Qt is imported on that path);
with no command it opens the window.
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
    """The ``backjournal`` program: ``main()``, then leave without the interpreter's final collection.

    By the time ``main()`` returns the journal is closed. With PySide6 6.12 on Python 3.11 the final
    garbage collection can abort on a C-extension reference-count error after some dialog sequences
    (see tests/conftest.py ``pytest_unconfigure``), turning a clean quit into "Fatal Python error"
    and exit status 134; so we flush the logs and streams and end the process ourselves.
    """
    code = main()
    logging = sys.modules.get("logging")  # not loaded by --version/--help: nothing to flush then
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
