"""BackJournal's files beside its code: reference cards, icons, the Linux desktop and AppStream files.

This folder stays at the top of the repository and is installed as the package
``backjournal.resources`` (see the package-dir mapping in pyproject.toml). Read it through
backjournal/resource_files.py, never by a path relative to a source file.
"""
