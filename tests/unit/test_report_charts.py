"""The report's charts: matplotlib's PDF page placed into fpdf2's page as a vector Form XObject (issue 12:
no SVG round trip). Checked by drawing the result with poppler (pdftoppm) and reading it with pypdf."""

from __future__ import annotations

import io
import shutil
import subprocess

import pytest
from fpdf import FPDF
from matplotlib.figure import Figure
from PIL import Image
from pypdf import PdfReader

from backjournal.reports.pdf_report import PlacedChart, embed_charts, figure_pdf


def _document(pages: int = 2) -> bytes:
    pdf = FPDF(unit="mm", format="A4")
    pdf.set_title("probe document")
    pdf.set_font("helvetica", size=10)
    for n in range(pages):
        pdf.add_page()
        pdf.cell(0, 5, f"page {n + 1}")
    return bytes(pdf.output())


def _black_figure() -> Figure:
    fig = Figure(figsize=(3, 2))
    fig.patch.set_facecolor("black")
    ax = fig.add_subplot()
    ax.plot(range(100), [i % 7 for i in range(100)], color="white")
    return fig


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils (pdftoppm) is in ./dev's APT_TEST")
def test_a_chart_is_drawn_exactly_in_its_box_on_its_page(tmp_path):
    box = PlacedChart(page=2, x=50, y=100, w=60, h=40, pdf=figure_pdf(_black_figure()))
    out = tmp_path / "r.pdf"
    out.write_bytes(embed_charts(_document(), [box]))
    # 25.4 dpi: one pixel is one millimetre
    subprocess.run(["pdftoppm", "-r", "25.4", "-png", str(out), str(tmp_path / "p")], check=True)
    first, second = (Image.open(tmp_path / name).convert("L") for name in ("p-1.png", "p-2.png"))
    assert second.getpixel((52, 102)) < 60 and second.getpixel((107, 137)) < 60  # inside the box: the chart
    assert second.getpixel((47, 97)) > 200 and second.getpixel((113, 143)) > 200  # just outside: paper
    assert first.getpixel((80, 120)) > 200  # the other page is untouched


def test_charts_stay_vector_and_the_document_keeps_its_pages_and_title():
    fig = _black_figure()
    data = embed_charts(
        _document(3),
        [
            PlacedChart(page=1, x=15, y=20, w=180, h=120, pdf=figure_pdf(fig)),
            PlacedChart(page=3, x=15, y=20, w=90, h=60, pdf=figure_pdf(fig)),
        ],
    )
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 3 and reader.metadata.title == "probe document"
    for index in (0, 2):
        xobjects = reader.pages[index]["/Resources"]["/XObject"]
        forms = [x.get_object() for x in xobjects.values()]
        assert [f["/Subtype"] for f in forms] == ["/Form"]
        inner = forms[0]["/Resources"].get("/XObject", {})
        assert all(x.get_object()["/Subtype"] != "/Image" for x in inner.values())  # no raster inside
    assert "/XObject" not in reader.pages[1]["/Resources"]
    assert "page 2" in reader.pages[1].extract_text()


def test_no_charts_leaves_the_document_as_it_was():
    document = _document(1)
    assert embed_charts(document, []) is document


def test_the_charts_are_added_after_the_document_as_written():
    """The charts come by an incremental update (reports/pdf_objects.py): fpdf2's bytes stay as they
    were, the update follows them, and the whole opens with its charts as Form XObjects."""
    document = _document(2)
    data = embed_charts(document, [PlacedChart(page=1, x=15, y=20, w=90, h=60, pdf=figure_pdf(_black_figure()))])
    assert data.startswith(document) and b"/Prev" in data[len(document) :]
    reader = PdfReader(io.BytesIO(data), strict=True)
    forms = [x.get_object() for x in reader.pages[0]["/Resources"]["/XObject"].values()]
    assert [f["/Subtype"] for f in forms] == ["/Form"] and "page 1" in reader.pages[0].extract_text()


def test_a_document_laid_out_otherwise_gets_its_charts_the_general_way():
    """A file the incremental update does not understand (here: startxref points nowhere) is read
    and rewritten by pypdf, charts and all."""
    document = _document(2)
    broken = document[: document.rindex(b"startxref")] + b"startxref\n7\n%%EOF\n"
    data = embed_charts(broken, [PlacedChart(page=2, x=15, y=20, w=90, h=60, pdf=figure_pdf(_black_figure()))])
    assert not data.startswith(broken)
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 2 and "/XObject" in reader.pages[1]["/Resources"]
