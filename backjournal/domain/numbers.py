"""How changes are written for people: a sign, one decimal, and no "-0.0" for a change that rounds to nothing."""

from __future__ import annotations

from backjournal.i18n import localise_number_text


def signed(value: float, decimals: int = 1) -> str:
    """``-1.26 -> "-1.3"``, ``0.04 -> "0.0"`` (never "+0.0" or "-0.0"), ``2 -> "+2.0"``."""
    rounded = round(value, decimals)
    if rounded == 0:
        return localise_number_text(f"{0:.{decimals}f}")
    return localise_number_text(f"{rounded:+.{decimals}f}")  # text for people: "+2,0" in German
