"""Files that leave the app: the physician report (PDF), CSV / JSON / FHIR writers and readers. No Qt."""

from __future__ import annotations

import atexit
import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off for the block, for a process that builds one report and
    ends (the command line's ``report``, the window's report child), never for the window itself.

    Importing matplotlib, fpdf2 and the storage stack and drawing the charts allocate several hundred
    thousand objects that all live until the process ends; the collector walked them again and again
    (three full collections and hundreds of young ones: ~150-190 ms of a ten-year ``report --range
    1y``, measured 1 December 2026) and found almost nothing to free. Reference counting still frees
    everything that is not in a cycle; the figures' cycles wait for the block's end (the peak memory
    of a one-year report did not change)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def no_collection_at_exit() -> None:
    """For a process that has built its one report and ends: at exit, the objects then alive are
    moved to the collector's permanent generation (``gc.freeze``), so the interpreter's shutdown does
    not walk them. Python's shutdown runs full cyclic collections over everything still alive while
    it clears the modules; after a report that is matplotlib's, fpdf2's and numpy's objects and the
    figures, ~100 ms of CPU time at the end of a ``report --range 1y`` (measured 1 December 2026) that
    freed nothing anyone waits for: the PDF is written, flushed and closed, the journal's connection
    closed, and the system takes the memory back. Other exit handlers still run (registered earlier,
    they run after this one), and so does the flushing of the standard streams. Registered once
    however often it is called; in a longer-lived process (the tests) it only acts when that ends."""
    atexit.unregister(gc.freeze)
    atexit.register(gc.freeze)
