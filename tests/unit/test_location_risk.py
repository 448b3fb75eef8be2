"""docs/reliability.md item 20: a journal in a synced folder or on a network file system is flagged."""

from __future__ import annotations

import pytest

from backjournal.location_risk import Mount, location_risks, mount_of, parse_mounts

LOCAL = [Mount("/", "ext4"), Mount("/home", "btrfs")]

PROC_MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
server:/export/home /mnt/nfs\\040home nfs4 rw,relatime 0 0
//nas/share /mnt/smb cifs rw 0 0
me@host:/data /home/me/remote fuse.sshfs rw 0 0
tmpfs /tmp tmpfs rw 0 0
"""


@pytest.mark.parametrize(
    "path, service",
    [
        ("/home/ana/Dropbox/BackJournal/journal.sqlite3", "Dropbox"),
        ("/home/ana/OneDrive/Documents/journal.sqlite3", "OneDrive"),
        ("/Users/ana/OneDrive - Contoso/journal.sqlite3", "OneDrive"),
        ("/Users/ana/Library/Mobile Documents/com~apple~CloudDocs/j/journal.sqlite3", "iCloud Drive"),
        ("/Users/ana/Google Drive/My Drive/journal.sqlite3", "Google Drive"),
        ("/Users/ana/Library/CloudStorage/Dropbox/journal.sqlite3", "cloud storage"),
        ("/home/ana/pCloud Drive/journal.sqlite3", "pCloud"),
        ("/home/ana/MEGA/journal.sqlite3", "MEGA"),
        ("/home/ana/Nextcloud/journal.sqlite3", "Nextcloud"),
        ("/home/ana/ownCloud/journal.sqlite3", "ownCloud"),
    ],
)
def test_cloud_folders_are_flagged(path, service):
    risks = location_risks(path, LOCAL)
    assert [(r.kind, r.service) for r in risks] == [("cloud", service)]
    assert "local folder" in risks[0].message


@pytest.mark.parametrize(
    "path",
    [
        "/home/ana/.local/share/BackJournal/journal.sqlite3",
        "/home/ana/Documents/dropboxes-of-paper/journal.sqlite3",  # a word inside a name is not a sync folder
        "/home/ana/megabytes/journal.sqlite3",
    ],
)
def test_local_folders_are_not_flagged(path):
    assert location_risks(path, LOCAL) == []


def test_proc_mounts_are_parsed_with_escapes():
    mounts = parse_mounts(PROC_MOUNTS)
    assert Mount("/mnt/nfs home", "nfs4", "server:/export/home") in mounts
    assert mount_of("/mnt/nfs home/x/journal.sqlite3", mounts).fs_type == "nfs4"
    assert mount_of("/tmp/x", mounts).fs_type == "tmpfs"
    assert mount_of("/mnt/nfsother/x", mounts).fs_type == "ext4"  # prefix must end at a component


@pytest.mark.parametrize(
    "path, fs",
    [
        ("/mnt/nfs home/BackJournal/journal.sqlite3", "nfs4"),
        ("/mnt/smb/journal.sqlite3", "cifs"),
        ("/home/me/remote/journal.sqlite3", "fuse.sshfs"),
    ],
)
def test_network_file_systems_are_flagged(path, fs):
    risks = location_risks(path, parse_mounts(PROC_MOUNTS))
    assert [(r.kind, r.service) for r in risks] == [("network", fs)]
    assert "network file system" in risks[0].message


def test_a_symlink_into_a_synced_folder_is_noticed(tmp_path):
    synced = tmp_path / "Dropbox" / "BackJournal"
    synced.mkdir(parents=True)
    link = tmp_path / "journal-dir"
    link.symlink_to(synced)
    assert [r.service for r in location_risks(link / "journal.sqlite3", LOCAL)] == ["Dropbox"]


def test_this_machines_mount_table_is_read_without_error(tmp_path):
    # Whatever /proc/mounts says here, the pytest temp folder is not a synced folder.
    assert all(r.kind == "network" for r in location_risks(tmp_path / "journal.sqlite3"))
