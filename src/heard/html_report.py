"""Renders a ReportData as one self-contained HTML page (inline CSS and SVG, nothing fetched)."""

from __future__ import annotations

from html import escape

import pandas as pd

from .charts import MAX_CHART_SPEAKERS, rates_chart, speaker_colours, trend_chart
from .report_data import ReportData

_CSS = """
:root { color-scheme: light; --ink: #1f2328; --muted: #59636e; --line: #d0d7de; --card: #f6f8fa; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
       color: var(--ink); background: #fff; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.6rem; margin: .5rem 0; overflow-wrap: anywhere; }
h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .25rem; }
.muted, figcaption { color: var(--muted); font-size: .9rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
figure { margin: .5rem 0 1rem; }
figure svg { width: 100%; max-width: 48rem; height: auto; display: block; }
@media (max-width: 30rem) { body { font-size: 15px; } main { padding: .75rem; }
  dl.facts { grid-template-columns: 1fr; } dl.facts dd { margin-bottom: .3rem; } }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: .95rem; }
th, td { padding: .35rem .6rem; border-bottom: 1px solid var(--line); text-align: right;
         white-space: nowrap; }
th:first-child, td:first-child { text-align: left; white-space: normal; min-width: 8rem; }
.swatch { display: inline-block; width: .8em; height: .8em; border-radius: 2px;
          margin-right: .4em; vertical-align: baseline; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr)); gap: .75rem; }
.card { background: var(--card); border: 1px solid var(--line); border-left-width: 4px;
        border-radius: 6px; padding: .75rem; overflow-wrap: anywhere; }
.card blockquote { margin: 0 0 .5rem; font-size: 1.02rem; white-space: pre-wrap; }
.card .meta { color: var(--muted); font-size: .85rem; }
.card ul { margin: .5rem 0 0; padding-left: 1.1rem; font-size: .92rem; }
.strategy { font-weight: 600; }
"""

# One accent per well-known label so cards read at a glance; other labels fall back to grey.
_CARD_ACCENTS = {"blaming": "#D55E00", "defensive": "#E69F00", "validating": "#009E73"}
_MOMENT_ORDER = ["blaming", "validating", "defensive"]


def render_report(data: ReportData) -> str:
    """The whole page for `heard analyze PATH --report FILE.html`."""
    ranked = _ranked_speakers(data.speakers)
    charted = ranked[:MAX_CHART_SPEAKERS]
    body = [
        _header(data),
        _rates_section(data, ranked, charted),
        _trends_section(data, ranked, charted),
        _moments_section(data),
        '<p class="muted">Made by heard on your own machine. This file loads nothing from the '
        "network.</p>",
    ]
    title = escape(f"heard report — {data.source}")
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{title}</title>\n<style>{_CSS}</style>\n</head>\n"
        "<body>\n<main>\n" + "\n".join(body) + "\n</main>\n</body>\n</html>\n"
    )


def _ranked_speakers(speakers: pd.DataFrame) -> list:
    """Speakers by messages, most active first; ties by name so the order is stable."""
    order = sorted(speakers.index, key=lambda name: (-int(speakers.at[name, "messages"]), str(name)))
    return list(order)


def _header(data: ReportData) -> str:
    skipped = ", ".join(f"{escape(str(reason))}: {count:,}"
                        for reason, count in sorted(data.skipped.items()) if count)
    facts = [
        ("Source", escape(data.source)),
        ("Format", escape(data.format)),
        ("Dates", _date_range(data.first, data.last)),
        ("Messages analysed", f"{data.total_messages:,}"),
        ("Skipped", skipped or "nothing"),
        ("Labels", escape(", ".join(_label_text(label) for label in data.labels))),
    ]
    rows = "".join(f"<dt>{name}</dt><dd>{value}</dd>" for name, value in facts)
    return (f"<header>\n<h1>{escape(data.source)}</h1>\n"
            f'<dl class="facts">{rows}</dl>\n</header>')


def _rates_section(data: ReportData, ranked: list, charted: list) -> str:
    parts = ['<section id="rates">\n<h2>How often each speaker’s messages carry each label</h2>']
    if not ranked:
        parts.append('<p class="muted">No messages to show.</p></section>')
        return "\n".join(parts)
    parts.append(_cap_note(len(ranked)))
    parts.append(f"<figure>{rates_chart(data.speakers, data.labels, charted)}"
                 "<figcaption>Share of each speaker’s messages flagged with the label."
                 "</figcaption></figure>")
    parts.append(_rates_table(data, ranked, speaker_colours(charted)))
    parts.append("</section>")
    return "\n".join(parts)


def _rates_table(data: ReportData, ranked: list, colours: dict) -> str:
    head = "".join(f"<th>{escape(_label_text(label))}</th>" for label in data.labels)
    rows = []
    for name in ranked:
        row = data.speakers.loc[name]
        messages = int(row["messages"])
        swatch = (f'<span class="swatch" style="background:{colours[name]}"></span>'
                  if name in colours else "")
        cells = "".join(f"<td>{_count_and_rate(row, label, messages)}</td>" for label in data.labels)
        rows.append(f"<tr><td>{swatch}{escape(str(name))}</td><td>{messages:,}</td>{cells}</tr>")
    return ('<div class="table-wrap"><table>\n'
            f"<thead><tr><th>Speaker</th><th>Messages</th>{head}</tr></thead>\n"
            "<tbody>\n" + "\n".join(rows) + "\n</tbody></table></div>")


def _count_and_rate(row: pd.Series, label: str, messages: int) -> str:
    rate = row.get(f"{label}_rate", 0.0)
    rate = 0.0 if pd.isna(rate) else float(rate)
    return f"{round(rate * messages):,} ({rate:.1%})"


def _trends_section(data: ReportData, ranked: list, charted: list) -> str:
    parts = ['<section id="trends">\n<h2>Week by week</h2>']
    if data.weekly.empty:
        parts.append('<p class="muted">No timestamps: these messages carry no dates, so there '
                     "is no weekly trend to show.</p></section>")
        return "\n".join(parts)
    parts.append(_cap_note(len(ranked)))
    for label in data.labels:
        parts.append(f"<h3>{escape(_label_text(label))}</h3>")
        parts.append(f"<figure>{trend_chart(data.weekly, label, charted)}"
                     f"<figcaption>Share of each speaker’s messages that week flagged "
                     f"{escape(_label_text(label))} (weeks start on Monday).</figcaption></figure>")
    parts.append("</section>")
    return "\n".join(parts)


def _moments_section(data: ReportData) -> str:
    # Blaming and validating are always shown (even when empty); other labels only when found.
    known = [label for label in _MOMENT_ORDER if label in data.labels]
    others = [label for label in data.labels if label not in _MOMENT_ORDER]
    parts = ['<section id="moments">\n<h2>Moments</h2>']
    for label in known + others:
        moments = data.moments.get(label) or []
        if not moments and label not in ("blaming", "validating"):
            continue
        parts.append(f"<h3>Most {escape(_label_text(label))}</h3>")
        if not moments:
            parts.append(f'<p class="muted">No {escape(_label_text(label))} messages found.</p>')
            continue
        accent = _CARD_ACCENTS.get(label, "#59636e")
        cards = "\n".join(_moment_card(moment, accent) for moment in moments)
        parts.append(f'<div class="cards">\n{cards}\n</div>')
    parts.append("</section>")
    return "\n".join(parts)


def _moment_card(moment: dict, accent: str) -> str:
    meta = (f"{escape(str(moment.get('speaker', '')))} · {_when(moment.get('timestamp'))}"
            f" · score {float(moment.get('score', 0.0)):.2f}")
    suggestions = moment.get("suggestions") or []
    items = "".join(f'<li><span class="strategy">{escape(str(s.get("strategy", "")))}:</span> '
                    f'{escape(str(s.get("text", "")))}</li>' for s in suggestions)
    tips = f'<div class="meta">Could be said as:</div><ul>{items}</ul>' if items else ""
    return (f'<article class="card" style="border-left-color:{accent}">'
            f"<blockquote>{escape(str(moment.get('text', '')))}</blockquote>"
            f'<div class="meta">{meta}</div>{tips}</article>')


def _cap_note(n_speakers: int) -> str:
    if n_speakers <= MAX_CHART_SPEAKERS:
        return ""
    return (f'<p class="muted">{n_speakers} speakers: the charts show the {MAX_CHART_SPEAKERS} '
            "most active; the table lists everyone.</p>")


def _date_range(first, last) -> str:
    if first is None or pd.isna(first):
        return "unknown (no timestamps)"
    if last is None or pd.isna(last) or first.date() == last.date():
        return f"{first:%Y-%m-%d}"
    return f"{first:%Y-%m-%d} – {last:%Y-%m-%d}"


def _when(timestamp) -> str:
    if timestamp is None or pd.isna(timestamp):
        return "time unknown"
    return escape(f"{pd.Timestamp(timestamp):%Y-%m-%d %H:%M}")


def _label_text(label: str) -> str:
    return str(label).replace("_", " ")
