"""Therapy reference cards: loading and validating resources/cards/*.md (no Qt)."""
