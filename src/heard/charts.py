"""Inline SVG charts for the HTML report: label rates per speaker and weekly trends."""

from __future__ import annotations

import functools
import io
import re
import warnings

import matplotlib
import matplotlib.dates as mdates
import pandas as pd
from matplotlib.figure import Figure

# Okabe–Ito: distinguishable with the common colour-vision deficiencies. The pale yellow
# comes last because it is the hardest to see on white.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#000000", "#F0E442"]
MARKERS = ["o", "s", "^", "D", "v", "P", "X", "*"]
MAX_CHART_SPEAKERS = len(PALETTE)

# Figures are built with `Figure` directly, never pyplot, so no GUI backend is ever touched
# and a notebook that imports heard keeps its own backend. Text stays text (svg.fonttype
# "none") so the browser can draw emoji and accents the bundled font lacks; the fixed
# font and hash salt make the same data give byte-identical SVG.
_STYLE = {
    "svg.fonttype": "none",
    "font.family": "DejaVu Sans",
    "font.size": 11,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "axes.axisbelow": True,
    "grid.color": "#dddddd",
    "grid.linewidth": 0.6,
    "legend.frameon": False,
}


def _styled(draw):
    """Run a chart function under the report's rcParams (read when axes are created)."""
    @functools.wraps(draw)
    def wrapper(*args, **kwargs):
        with matplotlib.rc_context(_STYLE), warnings.catch_warnings():
            # The bundled font has no emoji; the browser draws those, so the warning is noise.
            warnings.filterwarnings("ignore", message="Glyph .* missing from font")
            return draw(*args, **kwargs)
    return wrapper


def speaker_colours(speakers: list) -> dict:
    """Colour for each of the (at most 8) charted speakers, in rank order."""
    return {name: PALETTE[i] for i, name in enumerate(speakers[:MAX_CHART_SPEAKERS])}


@_styled
def rates_chart(speakers: pd.DataFrame, labels: list, charted: list) -> str:
    """Grouped bars: one group per label, one bar per charted speaker, height = % flagged."""
    colours = speaker_colours(charted)
    fig = Figure(figsize=(6.4, 3.4), layout="constrained")
    ax = fig.add_subplot()
    width = 0.8 / max(len(charted), 1)
    highest = 0.0
    for i, name in enumerate(charted):
        rates = [100 * _rate(speakers.loc[name], label) for label in labels]
        highest = max([highest, *rates])
        xs = [x - 0.4 + width * (i + 0.5) for x in range(len(labels))]
        bars = ax.bar(xs, rates, width=width * 0.92, color=colours[name], label=_legend_text(name))
        if len(charted) * len(labels) <= 12:  # room to print each value, zeros included
            ax.bar_label(bars, fmt="%.0f%%", fontsize=9, padding=2)
    ax.set_xticks(range(len(labels)), [_label_text(label) for label in labels])
    ax.set_ylim(0, _axis_top(highest))
    ax.set_ylabel("% of their messages")
    ax.grid(axis="x", visible=False)
    _legend(ax, len(charted))
    return _to_svg(fig, "rates")


@_styled
def trend_chart(weekly: pd.DataFrame, label: str, charted: list) -> str:
    """One line per charted speaker: the share of their messages with `label`, week by week."""
    colours = speaker_colours(charted)
    fig = Figure(figsize=(6.4, 3.0), layout="constrained")
    ax = fig.add_subplot()
    n_weeks = weekly["week"].nunique()
    highest = 0.0
    for i, name in enumerate(charted):
        rows = weekly[weekly["speaker"] == name].sort_values("week")
        if rows.empty:
            continue
        rates = 100 * rows[f"{label}_rate"].fillna(0.0)
        highest = max(highest, float(rates.max()))
        # Points alone would vanish in a long series; lines alone vanish for a single week.
        marker = MARKERS[i] if n_weeks <= 16 or len(rows) == 1 else None
        weeks = rows["week"]
        if n_weeks == 1:  # spread the speakers sideways so their points don't hide each other
            weeks = weeks + pd.Timedelta(hours=12 * (i - (len(charted) - 1) / 2))
        ax.plot(weeks, rates, color=colours[name], marker=marker, markersize=6,
                linewidth=1.8, label=_legend_text(name))
    ax.set_ylim(0, _axis_top(highest))
    ax.set_ylabel("% of their messages")
    if n_weeks == 1:
        week = weekly["week"].iloc[0]
        ax.set_xlim(week - pd.Timedelta(days=4), week + pd.Timedelta(days=4))
        ax.set_xticks([week], [f"week of {week:%Y-%m-%d}"])
    else:
        locator = mdates.AutoDateLocator(maxticks=8)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    _legend(ax, len(charted))
    return _to_svg(fig, f"trend-{label}")


def _rate(row: pd.Series, label: str) -> float:
    value = row.get(f"{label}_rate", 0.0)
    return 0.0 if pd.isna(value) else float(value)


def _axis_top(highest: float) -> float:
    # An all-zero label still gets a readable axis rather than a collapsed one.
    return max(5.0, highest * 1.15)


def _label_text(label: str) -> str:
    return label.replace("_", " ")


def _legend_text(name: str) -> str:
    # "$" would start mathtext, and matplotlib leaves "_"-prefixed labels out of legends.
    text = str(name)
    text = text if len(text) <= 24 else text[:23] + "…"
    text = text.replace("$", r"\$")
    return "\u200b" + text if text.startswith("_") else text


def _legend(ax, n_entries: int) -> None:
    if n_entries:
        ax.legend(loc="lower left", bbox_to_anchor=(0, 1.02), ncol=min(n_entries, 3),
                  fontsize=10, handlelength=1.5, columnspacing=1.2)


def _to_svg(fig: Figure, name: str) -> str:
    buffer = io.StringIO()
    # A salt per chart keeps clip-path ids unique when several SVGs share one page.
    with matplotlib.rc_context({"svg.hashsalt": f"heard-{name}"}):
        fig.savefig(buffer, format="svg", metadata={"Date": None})
    svg = buffer.getvalue()
    svg = svg[svg.index("<svg"):]
    # Drop the fixed size so CSS can scale the chart to the screen; the viewBox keeps its shape.
    return re.sub(r'^<svg([^>]*?) width="[^"]*" height="[^"]*"', r"<svg\1", svg, count=1)
