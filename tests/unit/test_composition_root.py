"""One composition root (backjournal/services/composition.py) builds the services, for the window and
the command line; views, menus and dialogs receive them (docs/architecture.md, issue 13)."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import ROOT

PACKAGE = ROOT / "backjournal"

#: Where a service may be constructed, and why.
ALLOWED = {
    "services/composition.py": "the composition root",
    "services/opening.py": "opening a journal builds its journal and backup services (OpenJournal)",
    "services/light_open.py": "the window's light start: a read-only trends service over a plain read, "
    "before the storage stack (and so the composition root's services) is loaded",
    "services/relocation.py": "a backup of the journal's old file while it is moved (not the open journal)",
    # A report or an insights service built with a unit of work alone (tests, benchmarks) makes its own
    # collaborators; the composition root always passes them.
    "services/report.py": "stand-alone fallback",
    "services/insights.py": "stand-alone fallback",
}


def service_constructions(path: Path) -> list[tuple[int, str]]:
    """(line, class name) of every call of a ``...Service`` class in ``path``."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            if name.endswith("Service") and name[:1].isupper():
                found.append((node.lineno, name))
    return found


def test_services_are_constructed_only_in_the_composition_root():
    outside = [
        f"{path.relative_to(PACKAGE).as_posix()}:{line} {name}"
        for path in sorted(PACKAGE.rglob("*.py"))
        if path.relative_to(PACKAGE).as_posix() not in ALLOWED
        for line, name in service_constructions(path)
    ]
    assert outside == [], "build services in backjournal/services/composition.py and pass them in: " + ", ".join(
        outside
    )


def test_the_scan_sees_a_construction():
    """The check above would notice one (it looks at calls, not at imports or type hints)."""
    found = service_constructions(PACKAGE / "services" / "composition.py")
    assert {"SettingsService", "TrendsService", "CourseService", "ReportService"} <= {name for _, name in found}


def test_each_service_is_built_once_and_on_first_use(opened):
    from backjournal.services.composition import Services

    services = Services(opened)
    assert "trends" not in vars(services)  # nothing built before it is asked for
    assert services.trends is services.trends
    assert services.courses is services.courses and services.settings is services.settings
    assert services.reports is services.reports and services.insights is services.insights
    assert services.journal is opened.journal and services.backups is opened.backups
    assert set(vars(services)) == {"opened", "trends", "courses", "settings", "reports", "insights", "factors"}


RECEIVERS = ("ui/views", "ui/dialogs", "ui/widgets", "ui/qtmodels")


def reaches_into_a_window(path: Path) -> list[str]:
    """Ways a view, dialog or widget could get at the main window instead of receiving what it uses:
    a parameter called ``window``, or ``something.window()`` (Qt's top-level widget) in the code."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            args = node.args
            names = [a.arg for a in args.posonlyargs + args.args + args.kwonlyargs]
            if "window" in names:
                found.append(f"{node.lineno}: parameter 'window' of {node.name}")
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "window"
            and not node.args
        ):
            found.append(f"{node.lineno}: .window()")
    return found


def test_views_dialogs_and_widgets_receive_collaborators_instead_of_the_window():
    """They get services and callbacks (show_saved, show_status, on_error) as keyword arguments and a
    QWidget ``parent`` for placement; the import contract keeps them from importing the window."""
    found = [
        f"{path.relative_to(PACKAGE).as_posix()}:{where}"
        for folder in RECEIVERS
        for path in sorted((PACKAGE / folder).rglob("*.py"))
        for where in reaches_into_a_window(path)
    ]
    assert found == [], found


def test_the_window_scan_notices_a_reach(tmp_path):
    sample = tmp_path / "view.py"
    sample.write_text("class V:\n    def __init__(self, window):\n        self.window().show_saved('x')\n")
    assert len(reaches_into_a_window(sample)) == 2
