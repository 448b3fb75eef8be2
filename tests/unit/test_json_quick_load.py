"""The JSON import decodes the top-level arrays element by element (the window keeps painting):
the same document and the same line numbers as json.loads and the character scanner, or None."""

import json

import pytest

from backjournal.exchange.json_io import load_with_lines, record_lines

DOC = {
    "format": "backjournal-journal",
    "version": 1,
    "settings": {"a": [1, 2]},
    "pain_entries": [{"uid": "x", "note": 'a "quoted" [bracket], {brace}\nline'}, {"uid": "y"}],
    "therapies": [],
    "peg_checkins": [{"uid": "z", "n": [1, {"k": []}]}],
    "factor_values": [1, "s", None, 2.5],
}


@pytest.mark.parametrize(
    "text",
    [
        json.dumps(DOC),
        json.dumps(DOC, indent=2),
        json.dumps(DOC, indent="\t"),
        json.dumps(DOC, indent=0),
        "{}",
        " {\n}\n",
        '{"a": []}',
        '{"a":[1, "x" ,{"b":[2]}]}\n',
        '{"a": [\n\n  {"b": 1}\r\n, {"c": 2}]}',
    ],
)
def test_same_document_and_lines_as_the_plain_path(text):
    quick = load_with_lines(text)
    assert quick is not None
    assert quick[0] == json.loads(text)
    assert quick[1] == record_lines(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "[1]",
        '{"a":1,"a":2}',
        '{"a":1',
        '{"a":[1,]}',
        '{"a":1} x',
        "\ufeff{}",
        '{"a" 1}',
        '{"a":[1 2]}',
        "{1: 2}",
        "{" * 100_000,
    ],
)
def test_anything_unusual_takes_the_plain_path(text):
    assert load_with_lines(text) is None
