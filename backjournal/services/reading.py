"""What lets a service read without the storage stack (issue 12): a service takes ``reads`` (a
storage/plain_reads.py ``ReadsFactory``: a unit of work's factory, or the plain sqlite3 read of
``read_journal``) for its reads, and ``unit_of_work`` for its writes. Built with ``reads`` alone
(the command line's light report), it reads and refuses every write."""

from __future__ import annotations

from typing import TYPE_CHECKING, NoReturn

if TYPE_CHECKING:
    from backjournal.storage.plain_reads import ReadsFactory
    from backjournal.storage.unit_of_work import UnitOfWorkFactory


def reads_and_writes(
    service: str, unit_of_work: UnitOfWorkFactory | None, reads: ReadsFactory | None
) -> tuple[ReadsFactory, UnitOfWorkFactory]:
    """The factory a service reads with (``reads``, else the unit of work) and the one it writes with
    (the unit of work, else one that raises ``RuntimeError``: this service only reads)."""
    reader = reads if reads is not None else unit_of_work
    if reader is None:
        raise TypeError(f"{service} needs a unit of work or reads")
    if unit_of_work is not None:
        return reader, unit_of_work

    def refuse() -> NoReturn:
        raise RuntimeError(f"this {service} only reads")

    return reader, refuse
