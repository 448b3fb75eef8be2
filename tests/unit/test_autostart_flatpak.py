"""Inside a Flatpak the autostart entry would be written where the desktop never looks, so the option
is not offered there (packaging/README.md, Flatpak)."""

from __future__ import annotations

import sys

import pytest

from backjournal.autostart import supported


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="autostart entries are written on XDG desktops")
def test_autostart_is_not_offered_inside_a_flatpak(tmp_path):
    info = tmp_path / ".flatpak-info"
    assert supported(flatpak_info=info) is True
    info.write_text("[Application]\nname=io.github.backjournal.BackJournal\n")
    assert supported(flatpak_info=info) is False
