"""Repro of the reference leak behind the "none_dealloc"/"bool_dealloc" aborts on Python 3.11.

PySide6-Essentials 6.12.0 loses one reference to ``None`` for every call of a Qt method that returns
nothing, when run on Python 3.11 (this script also watches ``True``/``False``). On 3.12+ these
objects are immortal (PEP 683) so the count cannot reach zero; on 3.11 it does after a few thousand
calls and the interpreter aborts with "Fatal Python error: none_dealloc" (or ``bool_dealloc`` during
the final collection) — a window left open for hours, repainting and toggling, would crash.
pyproject.toml therefore requires PySide6-Essentials < 6.12 on Python < 3.12 (6.11.3 has no leak).

    QT_QPA_PLATFORM=offscreen python tests/repro/singleton_refcounts.py

Prints the references lost per singleton and exits 0 when none were lost, 1 otherwise (before the
count can reach zero: a few hundred calls are enough to see the leak). Plain PySide6, nothing of
BackJournal; tests/e2e/test_clean_exit.py runs it in CI.
"""

import sys

from PySide6 import __version__ as pyside_version
from PySide6.QtWidgets import QApplication, QPushButton

CALLS = 500


def main() -> int:
    app = QApplication([])
    button = QPushButton("x")
    lost = {}
    start = sys.getrefcount(None)
    for _ in range(CALLS):
        button.setCheckable(True)  # returns nothing: None
    lost["None"] = start - sys.getrefcount(None)
    for value in (True, False):
        button.setCheckable(value)
        start = sys.getrefcount(value)
        for _ in range(CALLS):
            button.isCheckable()  # returns the bool just set
        lost[repr(value)] = start - sys.getrefcount(value)
    del button, app
    print(
        f"PySide6 {pyside_version} on Python {sys.version.split()[0]}: references lost in {CALLS} calls:",
        ", ".join(f"{name} {count}" for name, count in lost.items()),
    )
    return 0 if not any(lost.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
