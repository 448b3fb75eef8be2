"""BackJournal's build backend: setuptools, after compiling the translations.

pyproject.toml names this module (``backend-path = ["tools"]``), so ``python -m build``, ``pip install``
and ``pip install -e`` compile resources/translations/*.ts into .qm with pyside6-lrelease (PySide6-
Essentials is a build requirement) before setuptools collects the package data. Everything else is
setuptools.build_meta unchanged.
"""

from __future__ import annotations

from setuptools import build_meta as _setuptools
from setuptools.build_meta import *  # noqa: F403 - the rest of the PEP 517/660 hooks, unchanged


def _compile_translations() -> None:
    from translations import compile_all  # tools/translations.py, beside this file

    compile_all(quiet=True)


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    _compile_translations()
    return _setuptools.build_wheel(wheel_directory, config_settings, metadata_directory)


def build_editable(wheel_directory, config_settings=None, metadata_directory=None):
    _compile_translations()
    return _setuptools.build_editable(wheel_directory, config_settings, metadata_directory)
