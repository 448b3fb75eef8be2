"""The listener list a service keeps for the views that redraw when it changes something."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class HasListeners:
    """``add_listener`` / ``remove_listener`` and ``_tell(*args)``, which calls every listener with
    ``args`` (on a copy of the list, so a listener may remove itself). The service sets
    ``self._listeners = []`` in its ``__init__``."""

    _listeners: list[Callable[..., Any]]

    def add_listener(self, listener: Callable[..., Any]) -> None:
        self._listeners.append(listener)

    def remove_listener(self, listener: Callable[..., Any]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _tell(self, *args: Any) -> None:
        for listener in list(self._listeners):
            listener(*args)
