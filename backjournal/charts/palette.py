"""Colours and marker shapes that stay the same for a therapy on every chart and in every legend.

Built-in therapies get fixed colours from the Okabe-Ito palette (Okabe & Ito 2008) and Paul Tol's
"muted" scheme, both chosen so people with the common colour-vision deficiencies can tell them
apart; each also has its own marker shape and sits in its own lane, so colour is never the only
cue. A therapy of a person's own gets a colour and shape from a stable hash of its key (CRC-32, not
Python's salted ``hash``), so it keeps them across runs and machines.
"""

from __future__ import annotations

import zlib

#: Okabe-Ito without black (black is the pain line)
OKABE_ITO = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7")
#: Paul Tol "muted"
TOL_MUTED = ("#CC6677", "#332288", "#DDCC77", "#117733", "#88CCEE", "#882255", "#44AA99", "#999933", "#AA4499")

THERAPY_STYLE: dict[str, tuple[str, str]] = {
    "acupuncture": ("#E69F00", "o"),
    "cryotherapy": ("#56B4E9", "s"),
    "cold_pack": ("#332288", "D"),
    "heat": ("#D55E00", "^"),
    "exercise": ("#009E73", "o"),
    "physical_therapy": ("#0072B2", "s"),
    "massage": ("#CC79A7", "D"),
    "spinal_manipulation": ("#882255", "v"),
    "mindfulness_cbt": ("#44AA99", "P"),
    "medication": ("#999933", "X"),
    "kratom": ("#AA4499", "h"),
    "injection": ("#661100", "*"),
}
_USER_COLOURS = ("#CC6677", "#117733", "#88CCEE", "#AA4499", "#DDCC77", "#6699CC", "#997700", "#EE99AA")
_USER_MARKERS = ("o", "s", "D", "^", "v", "P", "X", "h")

#: the pain lines and band (grey scale, so therapy colours stand out)
DAILY_COLOUR = "#5A5A5A"
ROLLING_COLOUR = "#000000"
BAND_COLOUR = "#BDBDBD"
PERIOD_COLOUR = "#9E9E9E"
GRID_COLOUR = "#E6E6E6"
LANE_STRIPE = "#F5F5F5"
#: calendar heatmap: a sequential ColorBrewer map (monotone lightness: readable in grey too)
CALENDAR_CMAP = "YlOrRd"
EMPTY_DAY = "#ECECEC"
#: calendar days of a shown year outside the chosen period (fainter than "no entry")
OUTSIDE_DAY = "#F9F9F9"


def therapy_style(key: str) -> tuple[str, str]:
    """(colour, marker) of a therapy key. Built-ins are fixed; others are a stable hash."""
    if key in THERAPY_STYLE:
        return THERAPY_STYLE[key]
    h = zlib.crc32(key.encode("utf-8"))
    return _USER_COLOURS[h % len(_USER_COLOURS)], _USER_MARKERS[(h // len(_USER_COLOURS)) % len(_USER_MARKERS)]


def therapy_colour(key: str) -> str:
    return therapy_style(key)[0]


class ChartColours:
    """The colours a chart draws its frame, text, pain lines and empty days in: light or dark.

    The window passes the theme's (ui/theme.py: Preferences > Theme); exported and printed charts use
    ``LIGHT``. Therapy colours stay the same in both (they are chosen to be told apart on either).
    """

    def __init__(
        self,
        *,
        background: str,
        text: str,
        muted: str,
        grid: str,
        lane_stripe: str,
        daily: str,
        rolling: str,
        band: str,
        period: str,
        empty_day: str,
        outside_day: str,
        empty_mark: str,
        cell_edge: str,
    ):
        self.background, self.text, self.muted, self.grid = background, text, muted, grid
        self.lane_stripe, self.daily, self.rolling, self.band, self.period = lane_stripe, daily, rolling, band, period
        self.empty_day, self.outside_day, self.empty_mark, self.cell_edge = (
            empty_day,
            outside_day,
            empty_mark,
            cell_edge,
        )

    def rc(self) -> dict:
        """matplotlib rcParams for the frame and text (use with ``matplotlib.rc_context`` while building)."""
        return {
            "figure.facecolor": self.background,
            "axes.facecolor": self.background,
            "savefig.facecolor": self.background,
            "text.color": self.text,
            "axes.labelcolor": self.text,
            "axes.edgecolor": self.muted,
            "xtick.color": self.text,
            "ytick.color": self.text,
            "xtick.labelcolor": self.text,
            "ytick.labelcolor": self.text,
            "legend.labelcolor": self.text,
            "grid.color": self.grid,
        }


LIGHT = ChartColours(
    background="#FFFFFF",
    text="#1A1A1A",
    muted="#555555",
    grid=GRID_COLOUR,
    lane_stripe=LANE_STRIPE,
    daily=DAILY_COLOUR,
    rolling=ROLLING_COLOUR,
    band=BAND_COLOUR,
    period=PERIOD_COLOUR,
    empty_day=EMPTY_DAY,
    outside_day=OUTSIDE_DAY,
    empty_mark="#8C8C8C",
    cell_edge="#FFFFFF",
)
DARK = ChartColours(
    background="#17181A",
    text="#E8E8E8",
    muted="#A0A0A0",
    grid="#34363A",
    lane_stripe="#222326",
    daily="#B5B5B5",
    rolling="#FFFFFF",
    band="#5C5F66",
    period="#8A8F99",
    empty_day="#3A3C40",
    outside_day="#222326",
    empty_mark="#9A9A9A",
    cell_edge="#17181A",
)


def colours_for(dark: bool) -> ChartColours:
    return DARK if dark else LIGHT
