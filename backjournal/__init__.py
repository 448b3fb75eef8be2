"""BackJournal: a private desktop journal for back pain."""

__version__ = "0.1.0"
APP_ID = "io.github.backjournal.BackJournal"
APP_NAME = "BackJournal"
