"""No plain English in the window: a string literal handed straight to a user-facing Qt call (setText,
setToolTip, QLabel(...), QMessageBox.warning(...), ...) is never translated, and the catalogue tests
(test_i18n.py) only see strings already marked. This walks the source of backjournal/ui and app.py and
names every such literal by file:line. A deliberate exception goes into ALLOWED with its reason."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "backjournal"

# Methods whose (text) arguments are shown to people.
METHODS = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setPlaceholderText", "setAccessibleName",
    "setAccessibleDescription", "setTitle", "addAction", "addMenu", "addTab", "insertTab", "setTabText",
    "setTabToolTip", "showMessage", "setWhatsThis", "setInformativeText", "setDetailedText", "setLabelText",
    "setPrefix", "setSuffix", "setSpecialValueText", "addItem", "addItems", "setHorizontalHeaderLabels",
    "addRow", "setButtonText", "setHeaderLabels", "setHeaderLabel", "setWindowIconText", "setFormat",
}  # fmt: skip
# Widgets whose constructor takes their text.
CONSTRUCTORS = {
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMenu", "QToolButton",
    "QMessageBox", "QCommandLinkButton", "QTableWidgetItem", "QListWidgetItem", "QTreeWidgetItem", "QStandardItem",
}  # fmt: skip
TEXT_KEYWORDS = {
    "text", "title", "label", "toolTip", "windowTitle", "placeholderText", "informativeText", "caption", "filter",
}  # fmt: skip
# Dialog classes whose static helpers take a title and texts: QMessageBox.warning(parent, title, text), ...
DIALOG_CLASSES = {"QMessageBox", "QFileDialog", "QInputDialog"}
# Where the text is when not every argument is one: addItem(text, data), QFileDialog.getSaveFileName(parent,
# caption, folder, filter).
TEXT_POSITIONS = {
    "addItem": (0,),
    "insertItem": (1,),
    "getSaveFileName": (1, 3),
    "getOpenFileName": (1, 3),
    "getOpenFileNames": (1, 3),
    "getExistingDirectory": (1,),
}
TRANSLATORS = {"translate", "tr", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}

# Exact exceptions: (file relative to the repository, text) -> why it stays as it is.
ALLOWED: dict[tuple[str, str], str] = {
    ("backjournal/ui/reminders.py", "BackJournal"): "the product's name, the same in every language",
}


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return None


def _untranslated(node: ast.expr) -> list[str]:
    """The literal texts with letters in an argument that reach Qt without a translation."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value] if any(ch.isalpha() for ch in node.value) else []
    if isinstance(node, ast.JoinedStr):
        literal = "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
        return [literal] if any(ch.isalpha() for ch in literal) else []
    if isinstance(node, ast.IfExp):
        return _untranslated(node.body) + _untranslated(node.orelse)
    if isinstance(node, ast.BinOp):
        return _untranslated(node.left) + _untranslated(node.right)
    if isinstance(node, (ast.List, ast.Tuple)):
        return [text for element in node.elts for text in _untranslated(element)]
    if isinstance(node, ast.Call) and _name(node.func) in TRANSLATORS:
        return []
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("format", "join"):
        return _untranslated(node.func.value)  # "Saved {n}".format(...) is still English
    return []


def _is_user_facing(call: ast.Call) -> bool:
    func = call.func
    if isinstance(func, ast.Attribute) and func.attr in METHODS:
        return True
    if isinstance(func, ast.Name) and func.id in CONSTRUCTORS:
        return True
    return isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id in DIALOG_CLASSES


def findings(source: str, relative: str) -> list[str]:
    found = []
    for call in ast.walk(ast.parse(source)):
        if not (isinstance(call, ast.Call) and _is_user_facing(call)):
            continue
        positions = TEXT_POSITIONS.get(_name(call.func) or "", range(len(call.args)))
        arguments = [call.args[i] for i in positions if i < len(call.args)] + [
            k.value for k in call.keywords if k.arg in TEXT_KEYWORDS
        ]
        for argument in arguments:
            for text in _untranslated(argument):
                if (relative, text) not in ALLOWED:
                    found.append(f"{relative}:{call.lineno}: {_name(call.func)}({text!r})")
    return found


def sources() -> list[Path]:
    return [*sorted((PACKAGE / "ui").rglob("*.py")), PACKAGE / "app.py"]


def test_no_plain_literal_reaches_a_user_facing_qt_call():
    found = []
    for path in sources():
        found += findings(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    assert found == [], "wrap these in translate(...) and translate them:\n" + "\n".join(found)


def test_the_walk_catches_a_plain_literal_and_passes_a_translated_one():
    source = (
        "label.setText('Saved')\n"
        "button = QPushButton(f'Delete {n} rows', self)\n"
        "QMessageBox.warning(self, translate('C', 'Oops'), 'It broke')\n"
        "box.setToolTip('Yes' if x else translate('C', 'No'))\n"
        "menu.addAction('Export {kind}'.format(kind=k))\n"
        "path = QFileDialog.getSaveFileName(self, translate('C', 'Save'), '', 'PDF files (*.pdf)')\n"
        "box.addItem(translate('C', 'A4'), 'a4')\n"
        "label.setText(translate('C', 'Saved'))\n"
        "label.setText(str(3))\n"
        "label.setText('3/10')\n"
        "label.setText(text)\n"
    )
    found = findings(source, "x.py")
    assert [line.split(":")[1] for line in found] == ["1", "2", "3", "4", "5", "6"], found
    assert "'It broke'" in found[2] and "'Oops'" not in found[2]


def test_every_allowed_exception_still_exists():
    """A stale exception would silently allow the text somewhere else later."""
    texts: dict[str, str] = {}
    for key in ALLOWED:
        texts.setdefault(key[0], (ROOT / key[0]).read_text(encoding="utf-8"))
    stale = [key for key in ALLOWED if repr(key[1])[1:-1] not in texts[key[0]] and key[1] not in texts[key[0]]]
    assert stale == []
