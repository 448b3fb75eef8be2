"""Docstrings, comments and docs point at files in this repository: the design notes kept beside the
project are not shipped with it, so what the code relies on from them lives in docs/
(docs/reliability.md, docs/clinical-basis.md, docs/formats.md)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# Spelled in pieces so this file does not match itself.
OUTSIDE = re.compile(
    "|".join(
        [
            r"\.\./" + "shared",
            "/work/" + "shared",
            "RELIA" + r"BILITY(\.md)?\b",
            "ARCHI" + r"TECTURE\.md",
            "USE" + r"RS\.md",
            "clinical-" + "facts",
        ]
    )
)


def test_no_reference_to_notes_outside_the_repository():
    found = []
    for top in ("backjournal", "tests", "docs", "resources", "packaging", "benchmarks"):
        for path in sorted((ROOT / top).rglob("*")):
            if path.suffix not in {".py", ".md", ".toml", ".xml", ".desktop", ".spec", ".sh", ".ini", ".mako"}:
                continue
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if OUTSIDE.search(line):
                    found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    for name in ("README.md", "pyproject.toml", "dev", "alembic.ini"):
        for number, line in enumerate((ROOT / name).read_text(encoding="utf-8").splitlines(), 1):
            if OUTSIDE.search(line):
                found.append(f"{name}:{number}: {line.strip()}")
    assert not found, (
        "point at docs/ instead (docs/reliability.md for the reliability items, "
        "docs/clinical-basis.md for clinical facts):\n" + "\n".join(found)
    )
