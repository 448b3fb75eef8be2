"""Pure calculations over journal data: daily aggregates, rolling means, before/after effects."""
