"""Marked periods are validated user data and live in the domain (backjournal.domain.periods); this
name stays so the analysis room's users keep importing them from here."""

from backjournal.domain.periods import SETTING_KEY, MarkedPeriod

__all__ = ["SETTING_KEY", "MarkedPeriod"]
