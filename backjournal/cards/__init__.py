"""Therapy reference cards: loading and validating resources/cards/*.md (no Qt)."""

from backjournal.cards.loader import (
    Card,
    CardError,
    CardLibrary,
    UnknownCardError,
    default_cards_dir,
    load_card,
)

__all__ = ["Card", "CardError", "CardLibrary", "UnknownCardError", "default_cards_dir", "load_card"]
