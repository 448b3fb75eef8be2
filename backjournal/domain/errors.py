"""Typed errors. Every failure the user can cause or meet has its own type and a plain message.

Two families, as qutebrowser splits them:
- ``UserInputError``: the person (or a file they chose) gave something we cannot accept.
  Front ends show the message next to the field / on stderr and exit 2. Nothing was changed.
- ``StorageEnvironmentError``: the environment's fault (disk full, read-only, locked,
  permissions, damaged file). Shown with what to do; the app keeps running.
Anything else is our bug and reaches the excepthook.
"""

from __future__ import annotations

from backjournal.i18n import translate


class BackJournalError(Exception):
    """Base class of every error BackJournal raises on purpose."""


class UserInputError(BackJournalError):
    """Input that cannot be accepted. Nothing was changed."""


class ValidationError(UserInputError):
    """A value outside what a field allows.

    ``field`` names the field as the person sees it, ``allowed`` says what would be accepted.
    ``field`` (when it is a description, not an option's name), ``allowed`` and ``problem`` are shown
    in the process's language: a text marked ``QT_TRANSLATE_NOOP("Errors", ...)`` where it is defined
    (a module's constant, a literal at the raise) is translated here; one made with
    ``translate(...).format(...)`` at the raise already is (looked up again, unchanged).
    """

    def __init__(self, field: str, value: object, allowed: str, problem: str | None = None):
        #: ``field`` as given (code compares it), and as people read it (marked descriptions translated)
        self.field = field
        self.field_label = translate("Errors", field)
        self.value = value
        allowed = translate("Errors", allowed)
        problem = translate("Errors", problem) if problem else None
        self.allowed = allowed
        shown = repr(value) if isinstance(value, str) else str(value)
        if len(shown) > 60:
            shown = shown[:57] + "..."
        self.problem = problem or translate("Errors", "{value} is not allowed").format(value=shown)
        super().__init__(
            translate("Errors", "{field}: {problem}; allowed: {allowed}").format(
                field=self.field_label, problem=self.problem, allowed=allowed
            )
        )


class NotFoundError(UserInputError):
    """A record that does not exist (or no longer exists)."""


class ConflictError(UserInputError):
    """An action that conflicts with the journal's state (for example a duplicate name)."""


class StorageEnvironmentError(BackJournalError):
    """The disk, the file system or another program stopped us. Not a bug of ours."""

    hint = "Check that the disk has free space and that the folder is writable, then try again."

    def __init__(self, message: str, *, hint: str | None = None):
        if hint is not None:
            self.hint = hint
        super().__init__(message)


class DiskFullError(StorageEnvironmentError):
    """The disk (or the quota) is full. The journal is not damaged."""

    hint = "Free some disk space, then try again. The journal is intact; nothing already saved was lost."


class ReadOnlyStorageError(StorageEnvironmentError):
    """The journal or its folder is on a read-only file system (or the file is read-only)."""

    hint = (
        "Make the journal's folder writable (a write-protected stick or a read-only mount?), or copy "
        "the journal to a writable folder. The journal is intact."
    )


class StoragePermissionError(StorageEnvironmentError):
    """The operating system does not let us read or write the file or folder."""

    hint = "Give your user permission to read and write the journal's folder, then try again."


class JournalLockedError(StorageEnvironmentError):
    """Another BackJournal (or another program) holds the journal."""

    hint = (
        "Another program is using the journal (a BackJournal command, a backup or sync tool, a database "
        "browser). Wait for it to finish or close it, then try again."
    )


class SchemaTooNewError(StorageEnvironmentError):
    """The journal was written by a newer BackJournal. We refuse to touch it."""

    hint = "Install the newer version of BackJournal that wrote this journal. The file was not changed."


class DamagedJournalError(StorageEnvironmentError):
    """The journal file failed an integrity check. It is not written to."""

    hint = (
        "Restore the newest good backup (File > Restore backup, or 'backjournal restore FILE'). "
        "The damaged file is kept."
    )


class JournalMissingError(StorageEnvironmentError):
    """The configured journal file is gone. We never silently create an empty one in its place."""

    hint = "Locate the journal, restore a backup, or start a new journal on purpose."


class EncryptionError(StorageEnvironmentError):
    """Wrong passphrase, or an encrypted journal without the means to open it."""

    hint = "Check the passphrase. Nothing was changed."


class ImportFileError(UserInputError):
    """A file offered for import cannot be read as one of the formats we accept. Nothing was imported.

    The one error type an importer lets escape (encoding, size, unknown format, bad rows).
    """


class RowProblem:
    """One bad row of an import file: where it is (1-based line of the file) and what is wrong."""

    __slots__ = ("line", "reason")

    def __init__(self, line: int, reason: str):
        self.line = line
        self.reason = reason

    def __repr__(self) -> str:
        return f"RowProblem(line={self.line}, reason={self.reason!r})"

    def __str__(self) -> str:
        return translate("Import", "line {line}: {reason}").format(line=self.line, reason=self.reason)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, RowProblem) and (self.line, self.reason) == (other.line, other.reason)

    def __hash__(self) -> int:
        return hash((self.line, self.reason))


class ImportRejectedError(ImportFileError):
    """Some rows of an import file are invalid, so none was imported. ``problems`` lists every one."""

    def __init__(self, problems: list[RowProblem], *, source: str | None = None):
        self.problems = list(problems)
        n = len(self.problems)
        first = "; ".join(str(p) for p in self.problems[:3])
        more = translate("Import", "; and {count} more").format(count=n - 3) if n > 3 else ""
        super().__init__(
            translate("Import", "{source} has %n invalid rows, so nothing was imported: {first}{more}", None, n).format(
                source=source or translate("Import", "the file"), first=first, more=more
            )
        )
