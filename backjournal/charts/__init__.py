"""Data -> matplotlib Figure (OO API only, no pyplot, no Qt). The window and the reports reuse these.

The kinds of chart and their export titles live here (not in a builder module) so the command line
and the window can name them without importing matplotlib.
"""

from backjournal.i18n import QT_TRANSLATE_NOOP

CHART_KINDS = ("trend", "calendar", "therapy")
#: English, marked for translation; shown as translate("Charts", title)
CHART_TITLES = {
    "trend": QT_TRANSLATE_NOOP("Charts", "Pain and therapies"),
    "calendar": QT_TRANSLATE_NOOP("Charts", "Daily pain calendar"),
    "therapy": QT_TRANSLATE_NOOP("Charts", "Pain around therapy sessions"),
}
