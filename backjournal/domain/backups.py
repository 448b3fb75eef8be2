"""Backups as the rest of the program sees them: names, kinds, the retention rule, check verdicts.

Pure Python (no SQLite here): storage/backup.py makes and verifies the files, services/backups.py
decides when. A backup file is named

    <kind>-<YYYYMMDDTHHMMSSffffffZ>.sqlite3            kind: auto | manual | pre-restore
    pre-upgrade-<revision>-<YYYYMMDDTHHMMSSffffffZ>.sqlite3

so a folder listing sorts by kind and then time, and the name alone says what a file is.

Retention (``plan_retention``), like Anki's: the automatic and manual backups are thinned into tiers,
newest first — every backup of the last 24 hours, then the newest backup of each of the 7 most
recent days, then the newest of each of 4 earlier weeks, then the newest of each of 12 earlier
months (each tier starts where the one before is full, so about a year is covered). Safety copies
(``pre-upgrade-*``, ``pre-restore-*``) are kept for 90 days, and the newest 3 of each kind forever.
Files whose names we do not recognise are never touched.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import Enum
from pathlib import Path

from backjournal.domain.errors import StorageEnvironmentError, UserInputError
from backjournal.i18n import QT_TRANSLATE_NOOP, translate

BACKUP_SUFFIX = ".sqlite3"
STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"


class BackupKind(Enum):
    AUTO = "auto"  # the automatic backup on start, at most daily
    MANUAL = "manual"  # "Back up now" / ``backjournal backup``
    PRE_UPGRADE = "pre-upgrade"  # before a schema migration
    PRE_RESTORE = "pre-restore"  # the journal as it was before a restore replaced it

    @property
    def rotated(self) -> bool:
        """Thinned into daily/weekly/monthly tiers (the others are safety copies)."""
        return self in (BackupKind.AUTO, BackupKind.MANUAL)

    @property
    def label(self) -> str:
        return translate(
            "Domain",
            {
                BackupKind.AUTO: QT_TRANSLATE_NOOP("Domain", "automatic"),
                BackupKind.MANUAL: QT_TRANSLATE_NOOP("Domain", "made by you"),
                BackupKind.PRE_UPGRADE: QT_TRANSLATE_NOOP("Domain", "before an upgrade"),
                BackupKind.PRE_RESTORE: QT_TRANSLATE_NOOP("Domain", "before a restore"),
            }[self],
        )


_NAME = re.compile(
    r"^(?P<kind>auto|manual|pre-restore|pre-upgrade-(?P<rev>[A-Za-z0-9_]+))-(?P<stamp>\d{8}T\d{12}Z)"
    + re.escape(BACKUP_SUFFIX)
    + "$"
)


@dataclass(frozen=True)
class BackupInfo:
    """One backup file in the backups folder."""

    path: Path
    kind: BackupKind
    created_at: datetime  # aware, UTC
    size: int  # bytes
    revision: str | None = None  # the schema revision it was taken from (pre-upgrade backups)

    @property
    def name(self) -> str:
        return self.path.name


def backup_filename(kind: BackupKind, moment: datetime, *, revision: str | None = None) -> str:
    stamp = moment.astimezone(UTC).strftime(STAMP_FORMAT)
    if kind is BackupKind.PRE_UPGRADE:
        if not revision or not re.fullmatch(r"[A-Za-z0-9_]+", revision):
            raise ValueError(f"a pre-upgrade backup needs the revision it was taken from, got {revision!r}")
        return f"{kind.value}-{revision}-{stamp}{BACKUP_SUFFIX}"
    return f"{kind.value}-{stamp}{BACKUP_SUFFIX}"


def parse_backup_filename(name: str) -> tuple[BackupKind, datetime, str | None] | None:
    """(kind, UTC moment, revision) for a name we wrote, None for any other file."""
    m = _NAME.match(name)
    if not m:
        return None
    kind_text = m["kind"]
    kind = BackupKind.PRE_UPGRADE if kind_text.startswith("pre-upgrade-") else BackupKind(kind_text)
    try:
        moment = datetime.strptime(m["stamp"], STAMP_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        return None
    return kind, moment, m["rev"]


@dataclass(frozen=True)
class RetentionPolicy:
    daily: int = 7
    weekly: int = 4
    monthly: int = 12
    safety_days: int = 90
    safety_keep_newest: int = 3


@dataclass(frozen=True)
class RetentionPlan:
    keep: dict[Path, str]  # path -> why ("recent", "daily", "weekly", "monthly", "safety")
    drop: list[Path]


def plan_retention(
    backups: Iterable[BackupInfo], now: datetime, policy: RetentionPolicy = RetentionPolicy()
) -> RetentionPlan:
    """Which backups to keep and which to delete, given what is in the folder and the time now."""
    keep: dict[Path, str] = {}
    drop: list[Path] = []
    items = sorted(backups, key=lambda b: b.created_at, reverse=True)

    rotated = [b for b in items if b.kind.rotated]
    last_day = last_week = last_month = None
    n_daily = n_weekly = n_monthly = 0
    for b in rotated:
        day = b.created_at.date()
        week = tuple(b.created_at.isocalendar())[:2]
        month = (b.created_at.year, b.created_at.month)
        if now - b.created_at < timedelta(days=1):
            why = "recent"
        elif day != last_day and n_daily < policy.daily:
            why, n_daily = "daily", n_daily + 1
        elif n_daily >= policy.daily and week != last_week and n_weekly < policy.weekly:
            why, n_weekly = "weekly", n_weekly + 1
        elif n_weekly >= policy.weekly and month != last_month and n_monthly < policy.monthly:
            why, n_monthly = "monthly", n_monthly + 1
        else:
            drop.append(b.path)
            continue
        keep[b.path] = why
        last_day, last_week, last_month = day, week, month

    for kind in (BackupKind.PRE_UPGRADE, BackupKind.PRE_RESTORE):
        of_kind = [b for b in items if b.kind is kind]
        for i, b in enumerate(of_kind):
            if i < policy.safety_keep_newest or now - b.created_at < timedelta(days=policy.safety_days):
                keep[b.path] = "safety"
            else:
                drop.append(b.path)
    return RetentionPlan(keep=keep, drop=drop)


@dataclass(frozen=True)
class CheckReport:
    """The verdict of ``check``: SQLite's own integrity check and the foreign-key check."""

    path: Path
    integrity: list[str] = field(default_factory=list)  # SQLite's messages; ["ok"] when sound
    foreign_keys: list[str] = field(default_factory=list)  # one line per dangling reference
    error: str | None = None  # the file could not be read as SQLite at all
    full: bool = False  # integrity_check (True) or quick_check

    @property
    def ok(self) -> bool:
        return self.error is None and self.integrity == ["ok"] and not self.foreign_keys

    def summary(self) -> str:
        if self.ok:
            text = (
                translate("Backups", "ok: {path} passed the integrity check and has no broken links between records.")
                if self.full
                else translate(
                    "Backups", "ok: {path} passed the quick integrity check and has no broken links between records."
                )
            )
            return text.format(path=self.path)
        problems: list[str] = []
        if self.error:
            problems.append(self.error)
        # SQLite's own messages stay as SQLite wrote them
        problems += [f"integrity: {m}" for m in self.integrity if m != "ok"][:10]
        problems += [f"foreign key: {m}" for m in self.foreign_keys][:10]
        text = (
            translate("Backups", "DAMAGED: {path} failed the integrity check: {problems}")
            if self.full
            else translate("Backups", "DAMAGED: {path} failed the quick integrity check: {problems}")
        )
        return text.format(path=self.path, problems="; ".join(problems))


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    journal: Path
    safety_backup: Path | None  # the journal as it was, backed up first (pre-restore-*)
    moved_aside: Path | None  # a damaged journal, renamed and kept, never written
    #: The restored journal's passphrase (None: it is not encrypted); open it with this from now on.
    passphrase: str | None = field(default=None, repr=False)


class UnusableBackupError(UserInputError):
    """A file offered for restore is damaged, not a journal, or from a newer BackJournal. Nothing changed."""


class MigrationFailedError(StorageEnvironmentError):
    """A schema upgrade failed. The journal was put back exactly as it was; the app does not start on it."""

    hint = (
        "Your journal was put back as it was before the upgrade, and the half-upgraded copy was kept "
        "beside it. Please report this problem; use the previous version of BackJournal meanwhile."
    )
