"""Is the journal in a place where SQLite files get damaged? (docs/reliability.md item 20, second half)

SQLite's own advice (sqlite.org "How To Corrupt An SQLite Database File", sections 2.1 and 9):
file locking is broken or absent on many network file systems, and sync services copy the
database file and its -wal file separately, at different moments, which yields a torn database on
the other computer or back on this one. We warn; we do not refuse (the person may know better).

Pure functions: the mount table is passed in (``read_mounts`` reads /proc/mounts on Linux).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PurePath

#: Folder names that sync services create (compared case-insensitively, whole path components).
CLOUD_FOLDERS = {
    "dropbox": "Dropbox",
    "onedrive": "OneDrive",
    "icloud drive": "iCloud Drive",
    "icloud": "iCloud",
    "icloud~com~apple~clouddocs": "iCloud Drive",
    "com~apple~clouddocs": "iCloud Drive",
    "mobile documents": "iCloud Drive",
    "google drive": "Google Drive",
    "googledrive": "Google Drive",
    "my drive": "Google Drive",
    "pcloud": "pCloud",
    "pcloud drive": "pCloud",
    "mega": "MEGA",
    "megasync": "MEGA",
    "nextcloud": "Nextcloud",
    "owncloud": "ownCloud",
    "box sync": "Box",
    "cloudstorage": "cloud storage",  # macOS ~/Library/CloudStorage (Dropbox, OneDrive, Google Drive, Box)
    "seafile": "Seafile",
    "syncthing": "Syncthing",
    "yandex.disk": "Yandex Disk",
    "tresorit": "Tresorit",
    "sync.com": "Sync.com",
}
CLOUD_PREFIXES = ("onedrive - ", "dropbox (", "googledrive-", "google drive (")

#: File system types where SQLite's locking is unreliable.
NETWORK_FS = {
    "nfs",
    "nfs4",
    "cifs",
    "smb",
    "smb3",
    "smbfs",
    "sshfs",
    "fuse.sshfs",
    "davfs",
    "fuse.davfs2",
    "davfs2",
    "9p",
    "afs",
    "ncpfs",
    "fuse.rclone",
    "fuse.s3fs",
    "fuse.gcsfuse",
    "glusterfs",
    "fuse.glusterfs",
    "ceph",
    "fuse.ceph",
    "lustre",
    "webdav",
}


@dataclass(frozen=True)
class Mount:
    mount_point: str
    fs_type: str
    source: str = ""


@dataclass(frozen=True)
class LocationRisk:
    """A reason why the journal's folder is risky, in words a person can act on."""

    kind: str  # "cloud" or "network"
    service: str  # "Dropbox", "nfs4", ...
    message: str


def cloud_service(path: PurePath) -> str | None:
    """The sync service whose folder holds ``path``, or None."""
    for part in PurePath(path).parts:
        low = part.lower()
        name = CLOUD_FOLDERS.get(low)
        if name:
            return name
        if low.startswith(CLOUD_PREFIXES):
            return part.split(" ")[0].split("-")[0] or part
    return None


def parse_mounts(text: str) -> list[Mount]:
    """Parse /proc/mounts (octal escapes like ``\\040`` for spaces are decoded)."""
    mounts = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            mounts.append(Mount(_unescape(fields[1]), fields[2], _unescape(fields[0])))
    return mounts


def _unescape(field: str) -> str:
    return field.encode("latin-1", "backslashreplace").decode("unicode_escape") if "\\" in field else field


def read_mounts() -> list[Mount]:
    """This machine's mount table (Linux); empty where there is none to read."""
    try:
        with open("/proc/mounts", encoding="utf-8", errors="replace") as fh:
            return parse_mounts(fh.read())
    except OSError:
        return []


def mount_of(path: PurePath, mounts: Iterable[Mount]) -> Mount | None:
    """The mount holding ``path``: the longest mount point that is a prefix of it."""
    best = None
    p = str(path)
    for m in mounts:
        mp = m.mount_point.rstrip("/") or "/"
        covers = p == mp or p.startswith(mp + "/") or mp == "/"
        if covers and (best is None or len(mp) > len(best.mount_point.rstrip("/") or "/")):
            best = m
    return best


def location_risks(path: str | os.PathLike, mounts: Iterable[Mount] | None = None) -> list[LocationRisk]:
    """Reasons the journal at ``path`` may get damaged: a synced folder, a network file system."""
    p = PurePath(os.path.abspath(path))
    risks = []
    service = cloud_service(p) or cloud_service(real_path(p))  # a symlink into a synced folder counts
    if service:
        risks.append(
            LocationRisk(
                "cloud",
                service,
                f"The journal is in a {service} folder ({p.parent}). Sync services copy the journal and its "
                "write-ahead log separately and can damage it. Keep the journal in a local folder and rely on "
                "BackJournal's backups (you may sync the backups folder instead).",
            )
        )
    mount = mount_of(p, read_mounts() if mounts is None else mounts)
    if mount is not None and mount.fs_type.lower() in NETWORK_FS:
        risks.append(
            LocationRisk(
                "network",
                mount.fs_type,
                f"The journal is on a network file system ({mount.fs_type} at {mount.mount_point}), where "
                "SQLite's file locking is unreliable and the journal can be damaged. Keep the journal on "
                "this computer's own disk.",
            )
        )
    return risks


def describe(path: str | os.PathLike, mounts: Iterable[Mount] | None = None) -> str:
    """One paragraph per risk, or an empty string when the location is fine."""
    return "\n".join(r.message for r in location_risks(path, mounts))


def real_path(path: str | os.PathLike) -> Path:
    """Resolve symlinks, so a link from ~/journal into ~/Dropbox is still noticed."""
    try:
        return Path(path).resolve()
    except OSError:
        return Path(os.path.abspath(path))
