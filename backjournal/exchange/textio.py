"""Reading an import file safely: size limits first, then the text encoding, then CSV rows.

Every failure here is an ``ImportFileError`` with a plain message; nothing else escapes.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
from collections.abc import Iterator
from pathlib import Path

from backjournal.domain.errors import ImportFileError
from backjournal.exchange.batch import MAX_IMPORT_BYTES, MAX_IMPORT_ROWS

ENCODINGS_ALLOWED = "UTF-8 (with or without a byte-order mark) or UTF-16 with a byte-order mark"
#: Longest single cell we read (Python's csv default is 131,072); longer notes are refused anyway.
MAX_CELL_CHARS = 1_000_000


def read_file_bytes(path: str | os.PathLike[str], *, limit: int = MAX_IMPORT_BYTES) -> bytes:
    """The file's bytes, refusing before reading when it is larger than ``limit``."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if not p.is_file():
            raise ImportFileError(f"{p} is not a regular file.")
        if size > limit:
            raise ImportFileError(
                f"{p.name} is {size / 1024 / 1024:.1f} MB; import files may be at most {limit // 1024 // 1024} MB."
            )
        with p.open("rb") as fh:
            data = fh.read(limit + 1)
    except ImportFileError:
        raise
    except OSError as exc:
        raise ImportFileError(f"Cannot read {p}: {exc.strerror or exc}.") from exc
    if len(data) > limit:  # grew while we looked
        raise ImportFileError(f"{p.name} is larger than {limit // 1024 // 1024} MB; not imported.")
    return data


def decode_text(data: bytes, *, name: str = "the file") -> str:
    """Decode UTF-8 (a BOM is removed) or BOM-marked UTF-16; otherwise say where and what is allowed."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ImportFileError(
                f"{name} starts like UTF-16 but is not valid UTF-16 at byte {exc.start}; allowed: {ENCODINGS_ALLOWED}."
            ) from None
    if (order := utf16_without_bom(data)) is not None:
        raise ImportFileError(
            f"{name} looks like UTF-16 text ({order}) without a byte-order mark, so its encoding cannot be known "
            f"for sure; allowed: {ENCODINGS_ALLOWED}. Save it again as UTF-8 (or UTF-16 with a byte-order mark)."
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        hint = ""
        try:
            data.decode("cp1252")
            hint = " It may be in a Windows or Latin-1 encoding: open it in a text editor and save it as UTF-8."
        except UnicodeDecodeError:
            pass
        raise ImportFileError(f"{name} is not UTF-8 at byte {exc.start}; allowed: {ENCODINGS_ALLOWED}.{hint}") from None
    if "\x00" in text:
        raise ImportFileError(
            f"{name} contains NUL characters (a binary file?); allowed: a text file in {ENCODINGS_ALLOWED}."
        )
    return text


def utf16_without_bom(data: bytes, *, sample: int = 4096) -> str | None:
    """``"little-endian"`` / ``"big-endian"`` when ``data`` (no BOM) reads like UTF-16 text: in the
    first bytes, most characters have a zero high byte (Latin text) on one side of each byte pair and
    hardly any on the other. Else None."""
    head = data[: sample - sample % 2]
    pairs = len(head) // 2
    if pairs < 2:
        return None
    even = head[0::2].count(0)  # zero bytes at even offsets: high bytes of big-endian units
    odd = head[1::2].count(0)
    if odd >= 0.6 * pairs and even <= 0.1 * pairs:
        return "little-endian"
    if even >= 0.6 * pairs and odd <= 0.1 * pairs:
        return "big-endian"
    return None


def csv_rows(text: str, *, name: str = "the file", max_rows: int = MAX_IMPORT_ROWS) -> Iterator[tuple[int, list[str]]]:
    """Yield (first line number of the row, cells) for every CSV row; blank lines are skipped.

    Quoted cells may hold newlines (CR, LF or CRLF); the line number is where the row starts.
    """
    old_limit = csv.field_size_limit()
    csv.field_size_limit(MAX_CELL_CHARS)
    try:
        reader = csv.reader(io.StringIO(text, newline=""), strict=False)
        last_line = 0
        count = 0
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise ImportFileError(f"{name}, line {last_line + 1}: not readable as CSV ({exc}).") from None
            start = last_line + 1
            last_line = reader.line_num
            if not row or all(not c.strip() for c in row):
                continue
            count += 1
            if count > max_rows:
                raise ImportFileError(f"{name} has more than {max_rows:,} rows; split it into smaller files.")
            yield start, row
    finally:
        csv.field_size_limit(old_limit)
