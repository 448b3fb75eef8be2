"""``backup [-o FILE]``, ``backups``, ``restore FILE``, ``check [--quick]``.

These commands work on the journal file without migrating it (a backup or a check of a journal
written by an older version must not upgrade it first). The command line makes no automatic
backup: the window makes one on start (at most daily), and ``backup`` makes one when asked.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from backjournal.domain.errors import JournalMissingError
from backjournal.i18n import translate


def register(sub: argparse._SubParsersAction) -> None:
    b = sub.add_parser("backup", help=translate("CommandLineHelp", "make a verified backup of the journal now"))
    b.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help=translate(
            "CommandLineHelp", "write the backup to FILE instead of the backups folder (FILE is replaced if it exists)"
        ),
    )
    b.set_defaults(handler=cmd_backup)

    ls = sub.add_parser(
        "backups", help=translate("CommandLineHelp", "list the backups in the backups folder, newest first")
    )
    ls.set_defaults(handler=cmd_backups)

    r = sub.add_parser(
        "restore",
        help=translate("CommandLineHelp", "replace the journal with a backup (the current journal is backed up first)"),
    )
    r.add_argument(
        "file", metavar="FILE", help=translate("CommandLineHelp", "a backup file (see 'backjournal backups')")
    )
    r.add_argument(
        "--backup-passphrase-file",
        metavar="FILE",
        help=translate(
            "CommandLineHelp",
            "an encrypted backup's passphrase when it differs from the journal's, first line of FILE "
            "(or $BACKJOURNAL_BACKUP_PASSPHRASE)",
        ),
    )
    r.set_defaults(handler=cmd_restore)

    c = sub.add_parser(
        "check", help=translate("CommandLineHelp", "check the journal for damage (exit 0 sound, 1 damaged)")
    )
    c.add_argument(
        "--quick",
        action="store_true",
        help=translate("CommandLineHelp", "SQLite's quick_check instead of the full integrity_check"),
    )
    c.set_defaults(handler=cmd_check)


def _service(ctx, *, needs_key: bool = True):
    """The backup service; for an encrypted journal with its passphrase (--passphrase-file,
    $BACKJOURNAL_PASSPHRASE, or typed at a terminal), checked before anything is done."""
    from backjournal.services.composition import backups_for
    from backjournal.services.encryption import check_journal_passphrase, is_journal_encrypted

    passphrase = None
    if needs_key and is_journal_encrypted(ctx.data_dir):
        passphrase = ctx.passphrase() or ask_passphrase(translate("BackupCmds", "Passphrase of the journal: "))
        check_journal_passphrase(ctx.data_dir, passphrase)  # missing or wrong: a clear EncryptionError
    return backups_for(ctx.data_dir, passphrase=passphrase)


def ask_passphrase(prompt: str) -> str | None:
    """Typed at a terminal (not echoed); None when the input is not a terminal."""
    import sys

    if not sys.stdin.isatty():
        return None
    import getpass

    return getpass.getpass(prompt) or None


def _require_journal(service) -> None:
    if not service.journal_path.exists():
        raise JournalMissingError(
            translate("BackupCmds", "The journal {journal_path} was not found.").format(
                journal_path=service.journal_path
            )
        )


def cmd_backup(args, ctx) -> int:
    from backjournal.paths import BACKUP_OUTPUT

    output = ctx.output(args.output, BACKUP_OUTPUT) if args.output is not None else None
    service = _service(ctx)
    _require_journal(service)
    if output is not None:
        out = service.back_up_to(output)
        print(
            translate("BackupCmds", "backed up {journal_path} to {out} (verified, {human_size})").format(
                journal_path=service.journal_path, out=out, human_size=human_size(out.stat().st_size)
            )
        )
    else:
        info = service.back_up()
        print(
            translate("BackupCmds", "backed up {journal_path} to {path} (verified, {human_size})").format(
                journal_path=service.journal_path, path=info.path, human_size=human_size(info.size)
            )
        )
    return 0


def cmd_backups(args, ctx) -> int:
    service = _service(ctx, needs_key=False)  # names, dates and sizes only
    items = service.list()
    if not items:
        print(translate("BackupCmds", "No backups yet in {folder}.").format(folder=service.folder))
        return 0
    print(translate("BackupCmds", "Backups in {folder}, newest first:").format(folder=service.folder))
    for b in items:
        local = b.created_at.astimezone()
        print(f"{local:%Y-%m-%d %H:%M}  {human_size(b.size):>9}  {b.kind.label:<18}  {b.name}")
    return 0


def cmd_restore(args, ctx) -> int:
    from backjournal.cli.crypto_cmds import read_passphrase
    from backjournal.services.encryption import is_file_encrypted

    file = Path(args.file)
    service = _service(ctx)
    # An encrypted backup opens with --backup-passphrase-file / $BACKJOURNAL_BACKUP_PASSPHRASE, else
    # with the journal's passphrase, else (a plain journal) with --passphrase-file / $BACKJOURNAL_PASSPHRASE.
    backup_key = read_passphrase(args.backup_passphrase_file, "BACKJOURNAL_BACKUP_PASSPHRASE")
    if backup_key is None and service.passphrase is None and is_file_encrypted(file):
        backup_key = ctx.passphrase() or ask_passphrase(translate("BackupCmds", "Passphrase of the backup: "))
    was_encrypted = service.passphrase is not None
    result = service.restore(file, passphrase=backup_key)
    if result.safety_backup:
        print(
            translate("BackupCmds", "backed up the current journal to {safety_backup}").format(
                safety_backup=result.safety_backup
            )
        )
    if result.moved_aside:
        print(
            translate("BackupCmds", "the damaged journal was kept, unchanged, as {moved_aside}").format(
                moved_aside=result.moved_aside
            )
        )
    print(
        translate("BackupCmds", "restored {journal} from {restored_from} (verified)").format(
            journal=result.journal, restored_from=result.restored_from
        )
    )
    if result.passphrase is not None:
        print(
            translate("BackupCmds", "The journal is encrypted; it opens with ")
            + (
                translate("BackupCmds", "its passphrase, as before.")
                if was_encrypted
                else translate("BackupCmds", "the passphrase of the backup.")
            )
        )
    return 0


def cmd_check(args, ctx) -> int:
    from backjournal.services.encryption import recover_conversion

    service = _service(ctx)
    # What a crash interrupted is finished first and said: a conversion's leftovers, a pending purge.
    recovered = recover_conversion(ctx.data_dir, passphrase=service.passphrase)
    if recovered is not None:
        label = (
            translate("BackupCmds", "warning: {message}")
            if not recovered.complete
            else translate("BackupCmds", "note: {message}")
        )
        print(label.format(message=recovered.summary()))
    report = service.check(full=not args.quick)
    if report.ok and service.finish_interrupted_purge():
        print(
            translate(
                "BackupCmds",
                "note: finished an empty-trash that was interrupted; the deleted text is gone from the journal file",
            )
        )
    print(report.summary())
    from backjournal.location_risk import location_risks, real_path

    for risk in location_risks(real_path(service.journal_path)):  # a warning; does not change the verdict
        print(translate("BackupCmds", "warning: {message}").format(message=risk.message))
    if not report.ok:
        print(
            translate(
                "BackupCmds",
                "What to do: restore the newest good backup with 'backjournal backups' and 'backjournal "
                "restore FILE'. The damaged file is kept as it is.",
            )
        )
    return 0 if report.ok and (recovered is None or recovered.complete) else 1


def human_size(n: int) -> str:
    size = float(n)
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return (
                translate("BackupCmds", "{int} bytes").format(int=int(size))
                if unit == "bytes"
                else f"{size:.1f} {unit}"
            )
        size /= 1024
    return translate("BackupCmds", "{n} bytes").format(n=n)
