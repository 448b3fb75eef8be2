"""``python -m backjournal`` runs the same entry point as the ``backjournal`` command."""

from backjournal.app import run

if __name__ == "__main__":
    run()
