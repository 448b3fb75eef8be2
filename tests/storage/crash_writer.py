"""The child of the kill -9 harness (test_crash_safety.py): writes entries through our services forever.

    python -m tests.storage.crash_writer DATA_DIR SEED

Prints ``ready`` once the journal is open, then the id of every entry as soon as ``log_pain``
has returned (the entry is committed: acknowledged to the person). The parent kills it with
SIGKILL at a random moment and checks that every acknowledged entry survived whole.
"""

from __future__ import annotations

import random
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path


def main() -> None:
    from backjournal.domain.models import BodyRegion, PainEntryDraft, PainQuality
    from backjournal.services.opening import open_journal

    data_dir, seed = Path(sys.argv[1]), int(sys.argv[2])
    rng = random.Random(seed)
    opened = open_journal(data_dir, create=False)
    out = sys.stdout
    out.write("ready\n")
    out.flush()
    regions, qualities = list(BodyRegion), list(PainQuality)
    base = datetime(2026, 3, 15, 9, tzinfo=timezone(timedelta(hours=1)))
    i = 0
    while True:
        draft = PainEntryDraft(
            felt_at=base - timedelta(minutes=i),
            score=rng.randint(0, 10),
            regions=tuple(rng.sample(regions, rng.randint(1, 3))),
            qualities=tuple(rng.sample(qualities, rng.randint(0, 2))),
            note=f"seed {seed} entry {i} " + "x" * rng.randint(0, 400),
        )
        entry = opened.journal.log_pain(draft)
        out.write(f"{entry.id}\n")
        out.flush()
        i += 1


if __name__ == "__main__":
    main()
