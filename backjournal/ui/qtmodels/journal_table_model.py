"""Table model over a cache of journal records (pain entries, sessions, PEG check-ins), and its filter."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from backjournal.domain.models import (
    PainEntry,
    PegCheckin,
    RecordKind,
    RecordRef,
    TherapySession,
    shown_name,
)
from backjournal.i18n import QT_TRANSLATE_NOOP, number
from backjournal.ui.dates import moment_text
from backjournal.ui.qt_overrides import qt_override
from backjournal.ui.translation import translate

Record = PainEntry | TherapySession | PegCheckin
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

COLUMNS = [
    QT_TRANSLATE_NOOP("JournalTableModel", "When"),
    QT_TRANSLATE_NOOP("JournalTableModel", "What"),
    QT_TRANSLATE_NOOP("JournalTableModel", "Score"),
    QT_TRANSLATE_NOOP("JournalTableModel", "Details"),
    QT_TRANSLATE_NOOP("JournalTableModel", "Note"),
    QT_TRANSLATE_NOOP("JournalTableModel", "Logged"),
]
COL_WHEN, COL_WHAT, COL_SCORE, COL_DETAILS, COL_NOTE, COL_LOGGED = range(len(COLUMNS))
EDITABLE = {COL_SCORE, COL_NOTE}


def moment_of(record: Record) -> datetime:
    if isinstance(record, PainEntry):
        return record.felt_at
    if isinstance(record, TherapySession):
        return record.started_at
    return record.answered_at


def ref_of(record: Record) -> RecordRef:
    kind = {PainEntry: RecordKind.PAIN, TherapySession: RecordKind.SESSION, PegCheckin: RecordKind.PEG}[type(record)]
    return RecordRef(kind, record.id)


def kind_label(record: Record) -> str:
    if isinstance(record, PainEntry):
        return translate("JournalTableModel", "Pain")
    if isinstance(record, TherapySession):
        return shown_name(record.therapy.key, record.therapy.name)
    return translate("JournalTableModel", "PEG check-in")


def score_text(record: Record) -> str:
    if isinstance(record, PainEntry):
        return f"{record.score}/10"
    if isinstance(record, TherapySession):
        if record.pain_before is None and record.pain_after is None:
            return ""
        b = "–" if record.pain_before is None else record.pain_before
        a = "–" if record.pain_after is None else record.pain_after
        return f"{b} → {a}"
    return number(record.score)


def details_text(record: Record) -> str:
    if isinstance(record, PainEntry):
        parts = [record.where_text()]  # each region with its own score where the person scored them
        if record.qualities:
            parts.append(", ".join(q.label.lower() for q in record.qualities))
        return "; ".join(parts)
    if isinstance(record, TherapySession):
        parts = []
        if record.minutes is not None:
            parts.append(translate("JournalTableModel", "{minutes} min").format(minutes=record.minutes))
        for text in (record.details, record.dose_text, record.provider):
            if text:
                parts.append(text)
        return "; ".join(parts)
    return translate("JournalTableModel", "pain {pain}, enjoyment {enjoyment}, activity {activity}").format(
        pain=record.pain, enjoyment=record.enjoyment, activity=record.activity
    )


def when_text(record: Record) -> str:
    return moment_text(moment_of(record))


class RecordTableModel(QAbstractTableModel):
    """A read-only table over a cache of journal records; subclasses name ``columns`` and ``data``."""

    columns: Sequence[str] = ()
    context = "JournalTableModel"  # the translation context of ``columns`` (QT_TRANSLATE_NOOP where defined)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Record] = []

    # ------------------------------------------------------------------ cache
    def set_records(self, records: list[Record]) -> None:
        self.beginResetModel()
        self._rows = list(records)
        self.endResetModel()

    def record(self, row: int) -> Record:
        return self._rows[row]

    def records(self) -> list[Record]:
        return list(self._rows)

    # ------------------------------------------------------------------ Qt API
    @qt_override
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    @qt_override
    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    @qt_override
    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.columns)
        ):
            return translate(self.context, self.columns[section])
        return None


class JournalTableModel(RecordTableModel):
    """Rows are domain records, newest last; ``set_records`` replaces the cache.

    Editing a score or note cell calls ``edit_handler(record, column, value)``; the journal changes
    through the services (and is undoable), and the cache is refreshed by the change signal.
    """

    columns = COLUMNS
    context = "JournalTableModel"  # of the column names (QT_TRANSLATE_NOOP above)

    def __init__(self, parent=None, *, edit_handler=None):
        super().__init__(parent)
        self._edit_handler = edit_handler

    @qt_override
    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        record = self._rows[index.row()]
        if index.column() == COL_NOTE or (index.column() == COL_SCORE and isinstance(record, PainEntry)):
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    @qt_override
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_WHEN:
                return when_text(record)
            if col == COL_WHAT:
                return kind_label(record)
            if col == COL_SCORE:
                return score_text(record)
            if col == COL_DETAILS:
                return details_text(record)
            if col == COL_NOTE:
                return (record.note or "").replace("\n", " ⏎ ")
            if col == COL_LOGGED:
                return "back-dated" if getattr(record, "backdated", False) else ""
        if role == Qt.ItemDataRole.EditRole:
            if col == COL_NOTE:
                return record.note or ""
            if col == COL_SCORE and isinstance(record, PainEntry):
                return record.score
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_LOGGED and getattr(record, "backdated", False):
                return translate(
                    "JournalTableModel", "Logged {moment_text}, later than the moment it describes."
                ).format(moment_text=moment_text(record.created_at.astimezone()))
            if col == COL_NOTE and record.note:
                return record.note
        if role == SORT_ROLE:
            if col == COL_WHEN:
                return moment_of(record).timestamp()
            if col == COL_SCORE:
                if isinstance(record, PainEntry):
                    return float(record.score)
                if isinstance(record, PegCheckin):
                    return record.score
                return float(record.pain_after if record.pain_after is not None else -1)
            return str(self.data(index, Qt.ItemDataRole.DisplayRole) or "").lower()
        if role == RECORD_ROLE:
            return record
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_SCORE:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    @qt_override
    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self._edit_handler is None:
            return False
        if not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        return bool(self._edit_handler(self._rows[index.row()], index.column(), value))


class JournalFilterProxy(QSortFilterProxyModel):
    """Filters by date range, record kind, therapy type and a text search."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._start: date | None = None
        self._end: date | None = None
        self._kind: RecordKind | None = None
        self._therapy: str | None = None
        self._text = ""

    def set_filters(
        self,
        *,
        start: date | None = None,
        end: date | None = None,
        kind: RecordKind | None = None,
        therapy: str | None = None,
        text: str = "",
    ) -> None:
        modern = hasattr(self, "beginFilterChange")  # Qt >= 6.10 replaces invalidateFilter()
        if modern:
            self.beginFilterChange()
        self._start, self._end, self._kind, self._therapy, self._text = start, end, kind, therapy, text.strip().lower()
        if modern:
            self.endFilterChange()
        else:
            self.invalidateFilter()

    @qt_override
    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:  # noqa: N802
        model = self.sourceModel()
        assert isinstance(model, RecordTableModel)  # set by the view that made this proxy
        record: Record = model.record(source_row)
        day = moment_of(record).date()
        if self._start and day < self._start:
            return False
        if self._end and day > self._end:
            return False
        if self._kind and ref_of(record).kind != self._kind:
            return False
        if self._therapy and not (isinstance(record, TherapySession) and record.therapy.key == self._therapy):
            return False
        if self._text:
            hay = " ".join(filter(None, [kind_label(record), details_text(record), record.note or ""])).lower()
            if self._text not in hay:
                return False
        return True
