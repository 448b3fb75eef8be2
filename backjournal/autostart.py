"""Start BackJournal hidden in the system tray when the person logs in (so the reminder can fire).

Linux and other XDG desktops: an autostart entry ``$XDG_CONFIG_HOME/autostart/<APP_ID>.desktop``
(the freedesktop "Desktop Application Autostart" specification) whose ``Exec`` runs
``backjournal --in-tray`` (with ``--data-dir`` when the window was opened on a folder of its own).
It is written atomically with mode 0600: the session reads it as the person, nobody else needs it,
and it names the journal's folder. Turning the option off deletes the file.

Windows and macOS (not written by BackJournal; see docs/preferences.md, "The daily reminder"): a shortcut to
``backjournal.exe --in-tray`` in the Startup folder (``shell:startup``), or a LaunchAgent
``~/Library/LaunchAgents/io.github.backjournal.BackJournal.plist`` with
``ProgramArguments = [.../BackJournal, --in-tray]`` and ``RunAtLoad = true`` (or System Settings >
General > Login Items).

Inside a Flatpak the entry is not offered (``supported``): the person adds
``flatpak run io.github.backjournal.BackJournal --in-tray`` to their desktop's autostart programs.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from backjournal import APP_ID, APP_NAME
from backjournal.fileio import atomic_write_text

IN_TRAY_FLAG = "--in-tray"


FLATPAK_INFO = Path("/.flatpak-info")  # present in every Flatpak sandbox


def in_flatpak(*, flatpak_info: Path = FLATPAK_INFO) -> bool:
    """True inside a Flatpak sandbox."""
    return flatpak_info.exists()


def flatpak_command() -> str:
    """What to add to the desktop's autostart programs by hand inside a Flatpak."""
    return f"flatpak run {APP_ID} {IN_TRAY_FLAG}"


def supported(*, flatpak_info: Path = FLATPAK_INFO) -> bool:
    """True where we know how to write the entry (XDG desktops: Linux and the BSDs), except inside a
    Flatpak: there the entry would land in the sandbox's own config folder, where the desktop never
    looks (the Background portal would be the way; not done, packaging/README.md)."""
    return sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")) and not in_flatpak(
        flatpak_info=flatpak_info
    )


def default_folder() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "autostart"


def program_command() -> list[str]:
    """How to start this BackJournal again: the frozen executable, the installed script, or -m."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    script = shutil.which("backjournal")
    return [script] if script else [sys.executable, "-m", "backjournal"]


def exec_quote(arg: str) -> str:
    """Quote one argument for a desktop entry's Exec key (the spec's reserved characters)."""
    if arg and not any(c in arg for c in " \t\n\"'\\><~|&;$*?#()`%"):
        return arg
    escaped = arg.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace("$", "\\$")
    return '"' + escaped.replace("%", "%%") + '"'


class Autostart:
    """The autostart entry in ``folder`` (default: the XDG autostart folder)."""

    def __init__(
        self,
        folder: Path | None = None,
        *,
        data_dir: Path | None = None,
        command: list[str] | None = None,
        flatpak_info: Path = FLATPAK_INFO,
    ):
        self.folder = folder or default_folder()
        self.data_dir = data_dir
        self.command = command or program_command()
        self.flatpak_info = flatpak_info

    @property
    def path(self) -> Path:
        return self.folder / f"{APP_ID}.desktop"

    @property
    def available(self) -> bool:
        return supported(flatpak_info=self.flatpak_info)

    @property
    def in_flatpak(self) -> bool:
        """Not available because this BackJournal runs in a Flatpak (not because of the platform)."""
        return in_flatpak(flatpak_info=self.flatpak_info)

    def enabled(self) -> bool:
        return self.path.is_file()

    def entry_text(self) -> str:
        args = [*self.command]
        if self.data_dir is not None:
            args += ["--data-dir", str(self.data_dir)]
        args.append(IN_TRAY_FLAG)
        return "\n".join(
            [
                "[Desktop Entry]",
                "Type=Application",
                f"Name={APP_NAME}",
                "Comment=Starts BackJournal hidden in the system tray, for its daily reminder",
                "Exec=" + " ".join(exec_quote(a) for a in args),
                f"Icon={APP_ID}",
                "Terminal=false",
                "X-GNOME-Autostart-enabled=true",
                "",
            ]
        )

    def set_enabled(self, on: bool) -> None:
        """Write or remove the entry (StorageEnvironmentError when the folder is not writable)."""
        if on:
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            atomic_write_text(self.path, self.entry_text())
        else:
            self.path.unlink(missing_ok=True)
