"""ORM tables (SQLAlchemy 2 typed declarative). Rows never leave ``backjournal.storage``.

Times: ``*_utc`` columns hold naive UTC; ``utc_offset_min`` keeps the offset the person was in,
so the aware moment (and its local day) can be rebuilt exactly.
Every record has ``uid`` (stable identity across export/import), ``created_at``/``updated_at``
(UTC) and ``deleted_at`` (soft delete: undo and the trash).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class TimestampsMixin:
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)


class TherapyTypeRow(Base):
    __tablename__ = "therapy_types"
    __table_args__ = (CheckConstraint("category IN ('non-drug','drug','procedure')", name="category"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(100), unique=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    category: Mapped[str] = mapped_column(String(20))
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str | None] = mapped_column(Text, default=None)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    #: A named medication's class (domain.medications.DrugClass); NULL for every other therapy.
    drug_class: Mapped[str | None] = mapped_column(String(40), default=None)
    #: The colour the person chose for its lane ("#rrggbb"), NULL for the default.
    color: Mapped[str | None] = mapped_column(String(9), default=None)
    #: When the person archived it (hidden from pickers, history kept); NULL while in use.
    archived_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)


class PainEntryRow(TimestampsMixin, Base):
    __tablename__ = "pain_entries"
    __table_args__ = (
        CheckConstraint("score BETWEEN 0 AND 10", name="score"),
        Index("ix_pain_entries_felt_at_utc", "felt_at_utc"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    felt_at_utc: Mapped[datetime] = mapped_column(DateTime)
    utc_offset_min: Mapped[int] = mapped_column(Integer)
    score: Mapped[int] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(Text, default=None)

    regions: Mapped[list[PainRegionRow]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="PainRegionRow.position"
    )
    qualities: Mapped[list[PainQualityRow]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="PainQualityRow.position"
    )


class PainRegionRow(Base):
    """One body region of a pain entry. ``score`` is that region's own 0-10 score when the person
    scored each region (then every region of the entry has one), NULL otherwise (revision 0005)."""

    __tablename__ = "pain_entry_regions"
    __table_args__ = (CheckConstraint("score IS NULL OR score BETWEEN 0 AND 10", name="score"),)

    entry_id: Mapped[int] = mapped_column(ForeignKey("pain_entries.id", ondelete="CASCADE"), primary_key=True)
    region: Mapped[str] = mapped_column(String(40), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    score: Mapped[int | None] = mapped_column(Integer, default=None)


class PainQualityRow(Base):
    __tablename__ = "pain_entry_qualities"

    entry_id: Mapped[int] = mapped_column(ForeignKey("pain_entries.id", ondelete="CASCADE"), primary_key=True)
    quality: Mapped[str] = mapped_column(String(40), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class TherapySessionRow(TimestampsMixin, Base):
    __tablename__ = "therapy_sessions"
    __table_args__ = (
        CheckConstraint("pain_before IS NULL OR pain_before BETWEEN 0 AND 10", name="pain_before"),
        CheckConstraint("pain_after IS NULL OR pain_after BETWEEN 0 AND 10", name="pain_after"),
        CheckConstraint("minutes IS NULL OR minutes BETWEEN 0 AND 1440", name="minutes"),
        Index("ix_therapy_sessions_started_at_utc", "started_at_utc"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    therapy_type_id: Mapped[int] = mapped_column(ForeignKey("therapy_types.id", ondelete="RESTRICT"), index=True)
    started_at_utc: Mapped[datetime] = mapped_column(DateTime)
    utc_offset_min: Mapped[int] = mapped_column(Integer)
    minutes: Mapped[int | None] = mapped_column(Integer, default=None)
    pain_before: Mapped[int | None] = mapped_column(Integer, default=None)
    pain_after: Mapped[int | None] = mapped_column(Integer, default=None)
    details: Mapped[str | None] = mapped_column(Text, default=None)
    dose: Mapped[str | None] = mapped_column(Text, default=None)  # free text kept where it is not structured
    dose_amount: Mapped[float | None] = mapped_column(Float, default=None)
    dose_unit: Mapped[str | None] = mapped_column(String(10), default=None)
    dose_schedule: Mapped[str | None] = mapped_column(String(10), default=None)
    provider: Mapped[str | None] = mapped_column(Text, default=None)
    note: Mapped[str | None] = mapped_column(Text, default=None)

    therapy: Mapped[TherapyTypeRow] = relationship(lazy="joined")


class PegCheckinRow(TimestampsMixin, Base):
    __tablename__ = "peg_checkins"
    __table_args__ = (
        CheckConstraint("pain BETWEEN 0 AND 10", name="pain"),
        CheckConstraint("enjoyment BETWEEN 0 AND 10", name="enjoyment"),
        CheckConstraint("activity BETWEEN 0 AND 10", name="activity"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    answered_at_utc: Mapped[datetime] = mapped_column(DateTime, index=True)
    utc_offset_min: Mapped[int] = mapped_column(Integer)
    pain: Mapped[int] = mapped_column(Integer)
    enjoyment: Mapped[int] = mapped_column(Integer)
    activity: Mapped[int] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(Text, default=None)


class SettingRow(Base):
    """Settings that are data (travel with the journal in a JSON export). JSON text values."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class MarkedPeriodRow(Base):
    """A span the person named on their charts (domain.periods.MarkedPeriod). ``therapy_key`` is a
    therapy type's key as typed when marked (not a foreign key: the period outlives the type)."""

    __tablename__ = "marked_periods"
    __table_args__ = (CheckConstraint("end_day >= start_day", name="days"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    label: Mapped[str] = mapped_column(String(100))
    start_day: Mapped[date] = mapped_column(Date)
    end_day: Mapped[date] = mapped_column(Date)
    therapy_key: Mapped[str | None] = mapped_column(String(100), default=None)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class TherapyCourseRow(Base):
    """A planned course of one therapy (domain.courses.Course) and how it ended. ``therapy_key`` is
    the therapy type's key (not a foreign key, as for marked periods: the course outlives the type)."""

    __tablename__ = "therapy_courses"
    __table_args__ = (
        CheckConstraint("planned_end_day IS NULL OR planned_end_day >= start_day", name="planned_end"),
        CheckConstraint("sessions_planned IS NULL OR sessions_planned BETWEEN 1 AND 500", name="sessions"),
        CheckConstraint("per_week IS NULL OR per_week BETWEEN 1 AND 21", name="per_week"),
        CheckConstraint("baseline_days BETWEEN 7 AND 90", name="baseline_days"),
        CheckConstraint("pgic IS NULL OR pgic BETWEEN 1 AND 7", name="pgic"),
        CheckConstraint(
            "end_reason IS NULL OR end_reason IN ('helped','no-change','side-effects','cost','other')",
            name="end_reason",
        ),
        CheckConstraint("(ended_on IS NULL) = (end_reason IS NULL)", name="ended"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    therapy_key: Mapped[str] = mapped_column(String(100))
    start_day: Mapped[date] = mapped_column(Date, index=True)
    planned_end_day: Mapped[date | None] = mapped_column(Date, default=None)
    sessions_planned: Mapped[int | None] = mapped_column(Integer, default=None)
    per_week: Mapped[int | None] = mapped_column(Integer, default=None)
    provider: Mapped[str | None] = mapped_column(Text, default=None)
    goal: Mapped[str | None] = mapped_column(Text, default=None)
    baseline_days: Mapped[int] = mapped_column(Integer, default=14)
    ended_on: Mapped[date | None] = mapped_column(Date, default=None)
    end_reason: Mapped[str | None] = mapped_column(String(20), default=None)
    pgic: Mapped[int | None] = mapped_column(Integer, default=None)
    end_note: Mapped[str | None] = mapped_column(Text, default=None)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class PersonalTrialRow(Base):
    """A personal (N-of-1) trial of two regimens (domain.trials.Trial). ``orders`` is the recorded
    order inside each pair ("AB,BA,AB"), drawn once from ``seed``; ``side_effects`` a JSON object
    {period number: text}."""

    __tablename__ = "personal_trials"
    __table_args__ = (
        CheckConstraint("pairs BETWEEN 3 AND 12", name="pairs"),
        CheckConstraint("period_days BETWEEN 7 AND 14", name="period_days"),
        CheckConstraint("washout_days >= 0 AND washout_days < period_days", name="washout_days"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    regimen_a: Mapped[str] = mapped_column(Text)
    regimen_b: Mapped[str] = mapped_column(Text)
    pairs: Mapped[int] = mapped_column(Integer)
    period_days: Mapped[int] = mapped_column(Integer)
    washout_days: Mapped[int] = mapped_column(Integer, default=0)
    seed: Mapped[int] = mapped_column(Integer)
    orders: Mapped[str] = mapped_column(Text)
    start_day: Mapped[date] = mapped_column(Date)
    stopped_on: Mapped[date | None] = mapped_column(Date, default=None)
    side_effects: Mapped[str] = mapped_column(Text, default="{}")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class FactorRow(Base):
    """A daily factor (domain.factors.Factor): built-in (hidden until enabled) or the person's own."""

    __tablename__ = "factors"
    __table_args__ = (CheckConstraint("kind IN ('scale','yesno')", name="kind"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(100), unique=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    kind: Mapped[str] = mapped_column(String(10))
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class FactorValueRow(Base):
    """One factor's value on one local day (yes/no as 1/0); a new value for that day replaces it."""

    __tablename__ = "factor_values"
    __table_args__ = (
        CheckConstraint("value BETWEEN 0 AND 10", name="value"),
        UniqueConstraint("factor_id", "day", name="uq_factor_values_factor_day"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    factor_id: Mapped[int] = mapped_column(ForeignKey("factors.id", ondelete="RESTRICT"), index=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    value: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    factor: Mapped[FactorRow] = relationship(lazy="joined")
