"""The report's charts placed into fpdf2's pages without a PDF library (issue 12: pypdf's import and
its parse and rewrite of the whole document were ~60 ms of a one-year report).

Both files are ones we make: fpdf2 writes the document and matplotlib's PDF backend each chart, both
as plain PDF (numbered objects, one cross-reference table, no object streams). So each object is
found through the cross-reference table (its bytes run from its offset to the next object's), and a
chart's page becomes a Form XObject: its content stream copied as is (still compressed), its
resources (fonts, images, transparency) copied with their objects renumbered after the document's.
The document is then extended by an incremental update (PDF 1.7, 7.5.6): the new objects, the pages
that show a chart written again with the chart in their resources and one more content stream that
places it, a cross-reference section for these, and a trailer pointing back to the first. Nothing
already written is changed or parsed beyond the few dictionaries named here.

Anything unexpected (another writer's PDF, a cross-reference stream) raises ``UnexpectedPdfError``; the
caller then takes the general path (pypdf)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

_OBJECT_START = re.compile(rb"(\d+) 0 obj\s*")
# an indirect reference "12 0 R": two integers and R, each a token of its own
_REFERENCE = re.compile(rb"(?<![\w/.+-])(\d+) 0 R(?![\w])")
_STREAM = re.compile(rb">>\s*stream\r?\n")
_NUMBER = rb"[-+]?(?:\d+\.?\d*|\.\d+)"
_BOX = re.compile(rb"\[\s*(" + _NUMBER + rb")\s+(" + _NUMBER + rb")\s+(" + _NUMBER + rb")\s+(" + _NUMBER + rb")\s*\]")


class UnexpectedPdfError(ValueError):
    """The file is not laid out as fpdf2 and matplotlib write theirs."""


class PdfObjects:
    """The objects of a PDF with one classic cross-reference table, by number."""

    def __init__(self, data: bytes):
        self.data = data
        found = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", data)
        if found is None:
            raise UnexpectedPdfError("no startxref at the end")
        self.xref_at = int(found[1])
        if not data.startswith(b"xref", self.xref_at):
            raise UnexpectedPdfError("not a classic cross-reference table")
        trailer_at = data.find(b"trailer", self.xref_at)
        if trailer_at < 0:
            raise UnexpectedPdfError("no trailer")
        self.offsets: dict[int, int] = {}
        lines = data[self.xref_at + 4 : trailer_at].split()
        i = 0
        while i < len(lines):
            first, count = int(lines[i]), int(lines[i + 1])
            i += 2
            for n in range(count):
                offset, kind = int(lines[i]), lines[i + 2]
                i += 3
                if kind == b"n":
                    self.offsets[first + n] = offset
        self.trailer = data[trailer_at + len(b"trailer") : found.start()].strip()
        ends = sorted({*self.offsets.values(), self.xref_at})
        self._end = dict(itertools.pairwise(ends))

    def body(self, number: int) -> bytes:
        """Object ``number`` without its ``N 0 obj`` and ``endobj``."""
        start = self.offsets.get(number)
        if start is None:
            raise UnexpectedPdfError(f"object {number} is not in the table")
        head = _OBJECT_START.match(self.data, start)
        if head is None or int(head[1]) != number:
            raise UnexpectedPdfError(f"object {number} is not at its offset")
        body = self.data[head.end() : self._end[start]].rstrip()
        if not body.endswith(b"endobj"):
            raise UnexpectedPdfError(f"object {number} does not end with endobj")
        return body[: -len(b"endobj")].rstrip()

    def ref(self, dictionary: bytes, key: bytes) -> int:
        """The object number of ``/key N 0 R`` in ``dictionary``."""
        found = re.search(rb"/" + key + rb"\s+(\d+) 0 R", dictionary)
        if found is None:
            raise UnexpectedPdfError(f"no /{key.decode()} reference")
        return int(found[1])

    def pages(self) -> list[int]:
        """The pages' object numbers in order (one /Pages node, as both writers make)."""
        pages = self.body(self.ref(self.body(self.ref(self.trailer, b"Root")), b"Pages"))
        kids = re.search(rb"/Kids\s*\[([^\]]*)\]", pages)
        if kids is None or b"/Kids" in kids[1]:
            raise UnexpectedPdfError("no flat /Kids array")
        return [int(n) for n in _REFERENCE.findall(kids[1])]

    def media_box(self, page: int) -> tuple[float, float, float, float]:
        """The page's /MediaBox, or the one it inherits from its /Pages node."""
        for dictionary in (self.body(page), self.body(self.ref(self.body(page), b"Parent"))):
            found = re.search(rb"/MediaBox\s*" + _BOX.pattern, dictionary)
            if found is not None:
                return float(found[1]), float(found[2]), float(found[3]), float(found[4])
        raise UnexpectedPdfError("no /MediaBox")


def _split(body: bytes) -> tuple[bytes, bytes | None]:
    """(dictionary, stream bytes with their keyword and end) of an object; no stream: (body, None)."""
    found = _STREAM.search(body)
    if found is None:
        return body, None
    return body[: found.start() + 2], body[found.start() + 2 :]


def _stream_data(objects: PdfObjects, number: int) -> tuple[bytes, bytes]:
    """(the dictionary, the raw stream bytes, exactly /Length of them) of a stream object."""
    dictionary, rest = _split(objects.body(number))
    if rest is None:
        raise UnexpectedPdfError(f"object {number} is not a stream")
    length_ref = re.search(rb"/Length\s+(\d+) 0 R", dictionary)
    if length_ref is not None:
        length = int(objects.body(int(length_ref[1])))
    else:
        direct = re.search(rb"/Length\s+(\d+)", dictionary)
        if direct is None:
            raise UnexpectedPdfError(f"stream {number} has no /Length")
        length = int(direct[1])
    start = re.match(rb"\s*stream\r?\n", rest)
    assert start is not None  # _split found it
    data = rest[start.end() : start.end() + length]
    if len(data) != length:
        raise UnexpectedPdfError(f"stream {number} is shorter than its /Length")
    return dictionary, data


def _renumbered(dictionary: bytes, numbers: dict[int, int]) -> bytes:
    def swap(match: re.Match[bytes]) -> bytes:
        old = int(match[1])
        if old not in numbers:
            raise UnexpectedPdfError(f"a reference to object {old}, which was not copied")
        return b"%d 0 R" % numbers[old]

    return _REFERENCE.sub(swap, dictionary)


def _closure(objects: PdfObjects, first: int) -> list[int]:
    """``first`` and every object its dictionaries refer to, directly or not (never a stream's data)."""
    seen = [first]
    todo = [first]
    while todo:
        dictionary, _ = _split(objects.body(todo.pop()))
        for number in (int(n) for n in _REFERENCE.findall(dictionary)):
            if number not in seen:
                seen.append(number)
                todo.append(number)
    return seen


class _Update:
    """The objects of an incremental update: new ones numbered from the document's /Size on."""

    def __init__(self, size: int):
        self.next = size
        self.objects: dict[int, bytes] = {}

    def reserve(self) -> int:
        self.next += 1
        return self.next - 1

    def put(self, number: int, body: bytes) -> None:
        self.objects[number] = body


def _stream(dictionary_entries: bytes, data: bytes) -> bytes:
    return b"<< " + dictionary_entries + b" /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


def embed(document: bytes, placements: Iterable[tuple[int, bytes, tuple[float, float, float, float]]]) -> bytes:
    """``document`` with each one-page PDF drawn into a box of a page: ``placements`` are (1-based
    page, the chart's PDF, (x, y, w, h) in points, x from the page's left edge, y from its top)."""
    doc = PdfObjects(document)
    size = re.search(rb"/Size\s+(\d+)", doc.trailer)
    if size is None:
        raise UnexpectedPdfError("no /Size in the trailer")
    update = _Update(int(size[1]))
    pages = doc.pages()
    shown: dict[int, list[tuple[bytes, int]]] = {}  # page object -> [(its name for the chart, placing stream)]
    for page_number, chart, (x, from_top, w, h) in placements:
        source = PdfObjects(chart)
        (chart_page,) = source.pages()
        page_dict = source.body(chart_page)
        left, bottom, right, top = source.media_box(chart_page)
        content_dict, content = _stream_data(source, source.ref(page_dict, b"Contents"))
        numbers = {old: update.reserve() for old in _closure(source, source.ref(page_dict, b"Resources"))}
        for old, new in numbers.items():
            dictionary, rest = _split(source.body(old))
            update.put(new, _renumbered(dictionary, numbers) + (rest or b""))
        filters = re.search(rb"/Filter\s*(/\w+|\[[^\]]*\])", content_dict)
        form = update.reserve()
        update.put(
            form,
            _stream(
                b"/Type /XObject /Subtype /Form /BBox [%s %s %s %s] /Resources %d 0 R"
                % (_num(left), _num(bottom), _num(right), _num(top), numbers[source.ref(page_dict, b"Resources")])
                + (b" /Filter " + filters[1] if filters else b""),
                content,
            ),
        )
        target = pages[page_number - 1]
        y = doc.media_box(target)[3] - from_top - h
        name = b"/BJChart%d" % form
        sx, sy = w / (right - left), h / (top - bottom)
        place = update.reserve()
        update.put(
            place,
            _stream(
                b"",
                b"q %.6f 0 0 %.6f %.4f %.4f cm %s Do Q" % (sx, sy, x - left * sx, y - bottom * sy, name),
            ),
        )
        shown.setdefault(target, []).append((name + b" %d 0 R" % form, place))
    for page, charts in shown.items():
        page_dict = doc.body(page)
        contents = re.search(rb"/Contents\s+(\d+ 0 R|\[[^\]]*\])", page_dict)
        if contents is None:
            raise UnexpectedPdfError(f"page {page} has no /Contents")
        old_contents = contents[1][1:-1] if contents[1].startswith(b"[") else contents[1]
        new_contents = b"/Contents [" + old_contents + b"".join(b" %d 0 R" % p for _, p in charts) + b"]"
        page_dict = page_dict[: contents.start()] + new_contents + page_dict[contents.end() :]
        resources_number = doc.ref(page_dict, b"Resources")
        resources = doc.body(resources_number)
        if b"/XObject" in resources:
            inline = re.search(rb"/XObject\s*<<", resources)
            if inline is None:
                raise UnexpectedPdfError("the page's /XObject is not an inline dictionary")
            cut = inline.end()
        else:
            if not resources.rstrip().endswith(b">>"):
                raise UnexpectedPdfError("the page's resources are not a dictionary")
            resources = resources.rstrip()[:-2] + b"/XObject <<>>\n>>"
            cut = resources.rindex(b"/XObject <<") + len(b"/XObject <<")
        names = b"".join(b"\n" + entry for entry, _ in charts)
        update.put(resources_number, resources[:cut] + names + b"\n" + resources[cut:])
        update.put(page, page_dict)
    return document + _written(update, len(document), doc)


def _num(value: float) -> bytes:
    return (b"%.4f" % value).rstrip(b"0").rstrip(b".") or b"0"


def _written(update: _Update, at: int, doc: PdfObjects) -> bytes:
    """The update's objects, its cross-reference section and trailer, to follow a file of ``at`` bytes."""
    out = bytearray(b"\n")
    offsets: dict[int, int] = {}
    for number in sorted(update.objects):
        offsets[number] = at + len(out)
        out += b"%d 0 obj\n" % number + update.objects[number] + b"\nendobj\n"
    xref_at = at + len(out)
    out += b"xref\n0 1\n0000000000 65535 f \n"  # the free list's head, as readers expect a section to start
    numbers = sorted(offsets)
    run: list[int] = []
    for number in [*numbers, -1]:
        if run and number != run[-1] + 1:
            out += b"%d %d\n" % (run[0], len(run))
            out += b"".join(b"%010d 00000 n \n" % offsets[n] for n in run)
            run = []
        run.append(number)
    trailer = re.sub(rb"/Size\s+\d+", b"/Size %d" % update.next, doc.trailer, count=1).rstrip()
    if not trailer.endswith(b">>") or b"/Prev" in trailer:
        raise UnexpectedPdfError("an unexpected trailer")
    out += b"trailer\n" + trailer[:-2].rstrip() + b"\n/Prev %d\n>>\n" % doc.xref_at
    out += b"startxref\n%d\n%%%%EOF\n" % xref_at
    return bytes(out)
