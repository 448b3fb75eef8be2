"""Data -> matplotlib Figure (OO API only, no pyplot, no Qt). The window and the reports reuse these.

The kinds of chart and their export titles live here (not in a builder module) so the command line
and the window can name them without importing matplotlib.
"""

CHART_KINDS = ("trend", "calendar", "therapy")
CHART_TITLES = {"trend": "Pain and therapies", "calendar": "Daily pain calendar",
                "therapy": "Pain around therapy sessions"}
