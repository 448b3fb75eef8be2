"""Work done in a child process, so the calling process's other threads keep the GIL (issue 12).

``ReportService.render_apart`` builds the PDF and ``ExchangeService.read_apart`` reads an import file
in a process started with 'spawn' (never fork a process that runs Qt and threads). Both wait for the
child the same way: poll the pipe, call ``check`` (the window's Cancel may raise), notice a child that
died without an answer, and stop the child on the way out. That waiting is here, once.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any


@contextmanager
def child_process(
    target: Callable[..., None],
    args: tuple[Any, ...],
    *,
    name: str,
    check: Callable[[], None],
    stopped: Callable[[int | None], Exception],
) -> Iterator[Callable[[], bytes]]:
    """Start ``target(send, *args)`` in a spawned child and give a function that returns the child's
    next message as bytes (``Connection.send`` pickles: ``pickle.loads`` them). While it waits it calls
    ``check``; a child that stopped without a message raises ``stopped(exit code)``. On leaving, the
    child gets half a second to end by itself, then is terminated (Cancel, or an error here)."""
    context = multiprocessing.get_context("spawn")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=target, args=(send, *args), name=name, daemon=True)
    child.start()
    send.close()  # the child holds the only sending end: EOF when it is gone

    def next_message() -> bytes:
        while not receive.poll(0.05):
            check()
            if not child.is_alive() and not receive.poll(0):
                # no answer: not waiting for EOF, which a copy of the pipe kept for a child that
                # never started (multiprocessing's resource sharer) would hold off for ever
                child.join(5)
                raise stopped(child.exitcode)
        try:
            return receive.recv_bytes()
        except EOFError:
            child.join(5)
            raise stopped(child.exitcode) from None

    try:
        yield next_message
    finally:
        if child.is_alive() and child.exitcode is None:
            child.join(0.5)  # it ends right after answering
        if child.is_alive():
            child.terminate()
            child.join(5)
        receive.close()
