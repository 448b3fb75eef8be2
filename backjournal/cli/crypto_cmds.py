"""``encrypt``, ``change-passphrase``, ``decrypt``: encryption at rest (docs/privacy.md).

Passphrases never come from argv (other users can read a process's arguments): the journal's
passphrase from ``--passphrase-file FILE`` or ``$BACKJOURNAL_PASSPHRASE``; a new one from
``--new-passphrase-file FILE`` or ``$BACKJOURNAL_NEW_PASSPHRASE``, or typed twice at a terminal.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from backjournal.domain.errors import UserInputError, ValidationError
from backjournal.i18n import translate


def register(sub: argparse._SubParsersAction) -> None:
    enc = sub.add_parser(
        "encrypt",
        help=translate("CommandLineHelp", "encrypt the journal and its backups with a passphrase (SQLCipher)"),
    )
    enc.add_argument(
        "--new-passphrase-file",
        metavar="FILE",
        help=translate("CommandLineHelp", "the passphrase to set, first line of FILE"),
    )
    enc.set_defaults(handler=cmd_encrypt)
    chg = sub.add_parser(
        "change-passphrase", help=translate("CommandLineHelp", "change an encrypted journal's passphrase (backups too)")
    )
    chg.add_argument(
        "--new-passphrase-file",
        metavar="FILE",
        help=translate("CommandLineHelp", "the new passphrase, first line of FILE"),
    )
    chg.set_defaults(handler=cmd_change)
    dec = sub.add_parser(
        "decrypt", help=translate("CommandLineHelp", "store the journal and its backups unencrypted again")
    )
    dec.add_argument(
        "--yes",
        action="store_true",
        help=translate("CommandLineHelp", "confirm: the journal will be readable without a passphrase"),
    )
    dec.set_defaults(handler=cmd_decrypt)


def read_passphrase(file: str | None, env_name: str) -> str | None:
    if file:
        allowed = translate("CryptoCmds", "a readable UTF-8 text file whose first line is the passphrase")
        try:
            text = Path(file).expanduser().read_text(encoding="utf-8")
        except OSError as exc:
            raise ValidationError(
                "--passphrase-file", file, allowed, f"cannot be read ({exc.strerror or exc})"
            ) from None
        except UnicodeDecodeError as exc:
            raise ValidationError(
                "--passphrase-file", file, allowed, f"is not UTF-8 text (byte {exc.start + 1} cannot be read)"
            ) from None
        lines = text.splitlines()
        first = lines[0] if lines else ""
        if "\x00" in first:
            raise ValidationError(
                "--passphrase-file",
                file,
                allowed + ", without NUL characters",
                "holds a NUL character in its first line",
            )
        return first
    value = os.environ.get(env_name)
    return value if value else None


def _new_passphrase(args) -> str:
    new = read_passphrase(args.new_passphrase_file, "BACKJOURNAL_NEW_PASSPHRASE")
    if new is None and sys.stdin.isatty():
        import getpass

        new = getpass.getpass(translate("CryptoCmds", "New passphrase: "))
        if getpass.getpass("Again: ") != new:
            raise UserInputError("the two passphrases differ; nothing was changed")
    if not new:
        raise UserInputError(
            "a new passphrase is needed: --new-passphrase-file FILE or $BACKJOURNAL_NEW_PASSPHRASE "
            "(or type it at a terminal); nothing was changed"
        )
    return new


def _current(ctx) -> str:
    value = ctx.passphrase()
    if not value:
        raise UserInputError("the journal's passphrase is needed: --passphrase-file FILE or $BACKJOURNAL_PASSPHRASE")
    return value


def _report(result, verb: str) -> None:
    print(
        translate("CryptoCmds", "{verb} {journal}; {len} backup(s) converted too.").format(
            verb=verb, journal=result.journal, len=len(result.backups_converted)
        )
    )
    for skipped in result.backups_skipped:
        print(
            translate("CryptoCmds", "warning: {skipped} uses another passphrase and was left as it is.").format(
                skipped=skipped
            ),
            file=sys.stderr,
        )


def cmd_encrypt(args, ctx) -> int:
    from backjournal.services.encryption import encrypt_journal

    # The passphrase to set may also come from the journal-passphrase options (it is the journal's from now on).
    if args.new_passphrase_file is None and not os.environ.get("BACKJOURNAL_NEW_PASSPHRASE") and ctx.passphrase():
        new = ctx.passphrase()
    else:
        new = _new_passphrase(args)
    _report(encrypt_journal(ctx.data_dir, new), translate("CryptoCmds", "Encrypted"))
    print(
        translate(
            "CryptoCmds", "Keep the passphrase safe: without it the journal cannot be opened by anyone, including you."
        )
    )
    return 0


def cmd_change(args, ctx) -> int:
    from backjournal.services.encryption import change_passphrase

    old = _current(ctx)
    _report(
        change_passphrase(ctx.data_dir, old, _new_passphrase(args)),
        translate("CryptoCmds", "Changed the passphrase of"),
    )
    return 0


def cmd_decrypt(args, ctx) -> int:
    from backjournal.services.encryption import decrypt_journal

    if not args.yes:
        raise UserInputError("decrypt stores the journal and its backups unencrypted; run 'backjournal decrypt --yes'")
    _report(decrypt_journal(ctx.data_dir, _current(ctx)), translate("CryptoCmds", "Decrypted"))
    return 0
