"""``trash`` (list what is in the trash) and ``empty-trash --yes`` (delete it for good)."""

from __future__ import annotations

import argparse

from backjournal.cli.journal_cmds import _table_line
from backjournal.domain.errors import UserInputError
from backjournal.i18n import translate


def register(sub: argparse._SubParsersAction) -> None:
    t = sub.add_parser(
        "trash", help=translate("CommandLineHelp", "list records in the trash (bring one back with 'undelete')")
    )
    t.set_defaults(handler=cmd_trash)
    e = sub.add_parser(
        "empty-trash", help=translate("CommandLineHelp", "delete everything in the trash for good (cannot be undone)")
    )
    e.add_argument(
        "--yes",
        action="store_true",
        help=translate("CommandLineHelp", "confirm: the records and their text are erased for good"),
    )
    e.set_defaults(handler=cmd_empty_trash)


def cmd_trash(args, ctx) -> int:
    if not ctx.journal_exists():
        print(translate("TrashCmds", "The trash is empty."))
        return 0
    items = ctx.journal(create=False).journal.trash()
    if not items:
        print(translate("TrashCmds", "The trash is empty."))
        return 0
    for r in items:
        deleted = r.deleted_at.astimezone().strftime("%Y-%m-%d %H:%M")
        print(
            translate("TrashCmds", "deleted {deleted}  {table_line}").format(deleted=deleted, table_line=_table_line(r))
        )
    print(
        translate(
            "TrashCmds",
            "{len} record(s) in the trash. 'backjournal undelete KIND ID' brings one back; 'backjournal "
            "empty-trash --yes' erases them for good.",
        ).format(len=len(items))
    )
    return 0


def cmd_empty_trash(args, ctx) -> int:
    if not args.yes:
        raise UserInputError(
            "empty-trash erases the records in the trash for good and cannot be undone; "
            "run 'backjournal empty-trash --yes' to confirm"
        )
    if not ctx.journal_exists():
        print(translate("TrashCmds", "The trash is empty."))
        return 0
    removed = ctx.journal(create=False).journal.empty_trash()
    print(
        translate("TrashCmds", "{removed} record(s) erased for good; their text is gone from the journal file.").format(
            removed=removed
        )
    )
    return 0
