"""Saving a chart: the format follows the file name (.png at 200 dpi, .svg, .pdf as vectors).

Written through ``backjournal.fileio.atomic_writer``: a private (0600) temporary file in the same
folder, then a rename, so a failed export leaves any earlier file untouched and no partial file.
"""

from __future__ import annotations

from pathlib import Path

from matplotlib.figure import Figure

from backjournal import __version__
from backjournal.charts.text import plain_text
from backjournal.domain.errors import ValidationError
from backjournal.fileio import atomic_writer

FORMATS = {".png": "png", ".svg": "svg", ".pdf": "pdf"}
PNG_DPI = 200


def chart_format(path: str | Path) -> str:
    """The format for ``path`` from its extension, or a ValidationError listing png, svg, pdf."""
    fmt = FORMATS.get(Path(path).suffix.lower())
    if fmt is None:
        raise ValidationError("file", Path(path).name, "a file name ending in .png, .svg or .pdf",
                              f"{Path(path).name!r} does not end in .png, .svg or .pdf")
    return fmt


def save_figure(fig: Figure, path: str | Path, *, dpi: int = PNG_DPI) -> Path:
    fmt = chart_format(path)
    creator = f"BackJournal {__version__}"
    metadata = {"Software": creator} if fmt == "png" else {"Creator": creator}
    if fmt == "svg":
        metadata = {"Creator": creator}
    with plain_text(), atomic_writer(path) as fh:
        fig.savefig(fh, format=fmt, dpi=max(dpi, PNG_DPI) if fmt == "png" else dpi, metadata=metadata,
                    facecolor="white")
    return Path(path)
