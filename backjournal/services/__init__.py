"""Use cases over storage. Take and return domain objects, never ORM rows or Sessions."""
