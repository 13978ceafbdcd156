"""Tests for the self-contained HTML report: content, escaping, charts, and a real browser render."""

from __future__ import annotations

import re
import shutil
import subprocess

import numpy as np
import pandas as pd
import pytest

from heard.charts import MAX_CHART_SPEAKERS
from heard.html_report import render_report
from heard.report_data import ReportData

LABELS = ["blaming", "defensive", "validating"]


def _speakers(rows: dict, labels=LABELS) -> pd.DataFrame:
    """rows: speaker -> (messages, [rate per label])."""
    frame = pd.DataFrame(
        [{"messages": n, **{f"{label}_rate": r for label, r in zip(labels, rates)}}
         for n, rates in rows.values()],
        index=pd.Index(list(rows), name="speaker"),
    )
    return frame


def _weekly(speakers: list, n_weeks: int, labels=LABELS, seed: int = 0) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    weeks = pd.date_range("2024-01-01", periods=n_weeks, freq="W-MON")
    rows = [{"week": week, "speaker": name, "messages": int(rng.integers(5, 60)),
             **{f"{label}_rate": float(rng.uniform(0, 0.3)) for label in labels}}
            for week in weeks for name in speakers]
    return pd.DataFrame(rows)


def _moment(speaker, text, score, when="2024-02-03 21:14", suggestions=()):
    return {"speaker": speaker, "timestamp": pd.Timestamp(when) if when else None, "text": text,
            "score": score, "suggestions": list(suggestions)}


def sample_report(n_weeks: int = 10) -> ReportData:
    """A realistic chat: three speakers over ten weeks, names with accents, emoji and markup."""
    names = ["Zoë 🌻", "Marcus", "Sam <Admin> & co"]
    speakers = _speakers({names[0]: (412, [0.04, 0.09, 0.21]),
                          names[1]: (388, [0.14, 0.11, 0.05]),
                          names[2]: (97, [0.02, 0.0, 0.12])})
    return ReportData(
        source="WhatsApp Chat with Family.txt", format="whatsapp", labels=LABELS,
        total_messages=897, skipped={"system": 14, "media": 31},
        first=pd.Timestamp("2024-01-01 08:12"), last=pd.Timestamp("2024-03-10 22:40"),
        speakers=speakers, weekly=_weekly(names, n_weeks),
        moments={
            "blaming": [
                _moment("Marcus", "You ALWAYS leave the dishes for me <again>.", 0.93, suggestions=[
                    {"text": "I feel worn out when the dishes pile up. Could we split them?",
                     "strategy": "i-statement", "guidance": "Describe your feeling."}]),
                _moment("Marcus", "This is your fault & you know it.", 0.81),
            ],
            "validating": [_moment("Zoë 🌻", "That makes total sense, I'd feel the same.", 0.88)],
            "defensive": [_moment("Sam <Admin> & co", "I was only trying to help!", 0.72, when=None)],
        },
    )


def _svg_count(page: str) -> int:
    return len(re.findall(r"<svg\b", page))


def test_header_shows_source_format_dates_and_skipped():
    page = render_report(sample_report())
    assert "WhatsApp Chat with Family.txt" in page
    assert "whatsapp" in page
    assert "2024-01-01 – 2024-03-10" in page
    assert "897" in page
    assert "media: 31" in page and "system: 14" in page


def test_one_svg_per_chart_and_counts_in_table():
    page = render_report(sample_report())
    assert _svg_count(page) == 1 + len(LABELS)  # rates chart + one trend per label
    assert "54 (14.0%)" in page  # Marcus blaming: 388 × 0.14 = 54.3


def test_user_text_is_escaped_everywhere():
    page = render_report(sample_report())
    assert "Sam &lt;Admin&gt; &amp; co" in page
    assert "<Admin>" not in page
    assert "&lt;again&gt;" in page
    assert "Zoë 🌻" in page


def test_moments_show_speaker_time_score_and_suggestions():
    page = render_report(sample_report())
    assert "2024-02-03 21:14" in page and "0.93" in page
    assert "i-statement" in page and "Could we split them?" in page
    assert "Most defensive" in page and "time unknown" in page


def test_no_network_resources():
    page = render_report(sample_report())
    for attr in re.findall(r'\b(?:src|href)\s*=\s*["\']([^"\']*)', page, flags=re.I):
        assert not attr.lower().startswith(("http://", "https://", "//")), attr
    assert "<script" not in page and "@import" not in page and "url(http" not in page


def test_output_is_deterministic():
    assert render_report(sample_report()) == render_report(sample_report())


def test_no_timestamps_says_so():
    data = sample_report()
    data.weekly = data.weekly.iloc[0:0]
    data.first = data.last = None
    page = render_report(data)
    assert "No timestamps" in page
    assert _svg_count(page) == 1


def test_single_week_draws_points():
    page = render_report(sample_report(n_weeks=1))
    assert _svg_count(page) == 1 + len(LABELS)
    # Markers become <use> references to a shared marker path in matplotlib's SVG.
    assert "<use " in page.split('id="trends"')[1]


def test_many_speakers_are_capped_in_charts_but_listed_in_table():
    names = [f"Person {i:02d}" for i in range(12)]
    data = sample_report()
    data.speakers = _speakers({name: (100 - i, [0.1, 0.05, 0.2]) for i, name in enumerate(names)})
    data.weekly = _weekly(names, 4)
    page = render_report(data)
    assert f"the charts show the {MAX_CHART_SPEAKERS} most active" in page
    table = page.split("<table>")[1]
    assert all(name in table for name in names)
    trends = page.split('id="trends"')[1]
    assert "Person 07" in trends and "Person 08" not in trends


def test_custom_label_and_zero_rates():
    labels = ["blaming", "stonewalling", "validating"]
    data = sample_report()
    data.labels = labels
    data.speakers = _speakers({"Ana": (10, [0.0, 0.0, 0.0]), "Ben": (5, [0.2, 0.0, 0.0])}, labels)
    data.weekly = _weekly(["Ana", "Ben"], 3, labels)
    data.moments = {"stonewalling": [_moment("Ben", "Whatever. I'm done talking.", 0.77)]}
    page = render_report(data)
    assert "stonewalling" in page and "Most stonewalling" in page
    assert "No blaming messages found." in page
    assert "0 (0.0%)" in page
    assert _svg_count(page) == 1 + len(labels)


def test_mathtext_and_underscore_names_survive_charts():
    data = sample_report()
    names = ["$money$ Mike", "_under"]
    data.speakers = _speakers({names[0]: (20, [0.1, 0.1, 0.1]), names[1]: (10, [0.2, 0, 0])})
    data.weekly = _weekly(names, 2)
    page = render_report(data)
    chart = page.split('id="rates"')[1].split("</figure>")[0]
    assert "money" in chart and "under" in chart


def test_empty_chat_renders():
    data = sample_report()
    data.total_messages = 0
    data.speakers = _speakers({})
    data.weekly = data.weekly.iloc[0:0]
    data.moments = {}
    page = render_report(data)
    assert "No messages to show." in page and _svg_count(page) == 0


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="no chromium binary (run `make chromium`)")
def test_page_renders_in_headless_chromium(tmp_path):
    page = tmp_path / "report.html"
    page.write_text(render_report(sample_report()), encoding="utf-8")
    result = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run",
         f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=60, check=True,
    )
    dom = result.stdout
    assert "Zoë 🌻" in dom and "Marcus" in dom and "Sam &lt;Admin&gt; &amp; co" in dom
    assert "You ALWAYS leave the dishes for me &lt;again&gt;." in dom
    assert "That makes total sense" in dom
    assert len(re.findall(r"<svg\b", dom)) == 1 + len(LABELS)
