"""Entry point of the frozen app (PyInstaller runs this file as a script)."""

import multiprocessing

from backjournal.app import run

# The window builds the PDF report in a child process ('spawn'); in a one-folder bundle the child is
# this executable again, and freeze_support() turns it into the child instead of a second window.
multiprocessing.freeze_support()

run()
