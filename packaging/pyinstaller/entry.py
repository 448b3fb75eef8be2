"""Entry point of the frozen app (PyInstaller runs this file as a script)."""

from backjournal.app import run

run()
