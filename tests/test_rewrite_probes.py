"""Every hand-written probe message (benchmarks/rewrite_probes) goes through the engine, forced:
no message may crash it, and nothing shown may fail the checks every suggestion must pass — the
re-check below the blaming and defensive thresholds, and the fluency net. A crash here once came
from a single verb ("become") deep in a reading; the probes span every register the engine reads."""

from pathlib import Path

import pytest

from heard.rewrite.fluency import broken

PROBES = Path(__file__).parent.parent / "benchmarks" / "rewrite_probes"


def _messages() -> list[str]:
    lines = [line.strip() for path in sorted(PROBES.glob("*.txt")) for line in path.read_text().splitlines()]
    return sorted({line for line in lines if line and not line.startswith("#")})


@pytest.mark.model
def test_every_probe_is_rewritten_without_error_and_every_suggestion_passes_its_checks(analyzer, rewrite):
    messages = _messages() + ["It's become a habit of yours to leave me waiting.", "You became a stranger this year."]
    assert len(messages) > 1000
    outcomes = rewrite(*messages)
    shown = sorted({s["text"] for o in outcomes for s in o.suggestions})
    assert sum(bool(o.suggestions) for o in outcomes) > len(messages) // 2
    for outcome in outcomes:
        assert outcome.suggestions or outcome.reason, outcome.text
        assert len(outcome.suggestions) <= 3
    for text, verdict in zip(shown, analyzer.check_many(shown)):
        assert not verdict["labels"]["blaming"]["flagged"] and not verdict["labels"]["defensive"]["flagged"], text
        assert not broken(text), text
