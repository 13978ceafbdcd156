"""Formats results for people: `heard check` and metrics tables."""

from __future__ import annotations

from .labels import guidance_for


def format_check(result: dict) -> str:
    lines = []
    width = max(len(label) for label in result["labels"])
    for label, verdict in result["labels"].items():
        mark = "FLAGGED" if verdict["flagged"] else "-"
        lines.append(f"{label:<{width}}  {verdict['score']:.2f}  {mark}")
        if verdict["flagged"]:
            spans = [e for e in result["evidence"] if e["label"] == label]
            if spans:
                shown = ", ".join(f"\"{e['text']}\" ({e['cue'].replace('_', ' ')})" for e in spans)
                lines.append(f"{'':<{width}}  evidence: {shown}")
            lines.append(f"{'':<{width}}  → {guidance_for(label)}")
    for suggestion in result.get("suggestions", []):
        lines.append(f"suggestion ({suggestion['strategy']}): {suggestion['text']}")
    return "\n".join(lines)


def format_metrics(metrics: dict) -> str:
    header = f"{'label':<12} {'precision':>9} {'recall':>7} {'f1':>6} {'support':>8}   tp   fp   fn    tn"
    lines = [header]
    for label, m in metrics["labels"].items():
        lines.append(f"{label:<12} {m['precision']:>9.3f} {m['recall']:>7.3f} {m['f1']:>6.3f} "
                     f"{m['support']:>8} {m['tp']:>4} {m['fp']:>4} {m['fn']:>4} {m['tn']:>5}")
    lines.append(f"macro-F1 {metrics['macro_f1']:.3f} over {metrics['n']} messages")
    return "\n".join(lines)


def format_summary(analysis) -> str:
    """The stderr summary of `heard analyze`: messages and label rates per speaker."""
    summary = analysis.summary
    table = summary.speakers()
    labels = summary.labels
    width = max([len(str(s)) for s in table.index] + [7])
    lines = [f"{analysis.format} export: {summary.total} messages analysed"]
    skipped = {why: n for why, n in analysis.chunks.skipped.items() if n}
    if skipped:
        lines[0] += " (left out: " + ", ".join(f"{n} {why}" for why, n in skipped.items()) + ")"
    bad = analysis.chunks.bad_lines
    if bad:
        shown = ", ".join(map(str, bad[:10])) + (", …" if len(bad) > 10 else "")
        lines.append(f"skipped {len(bad)} line(s) that belong to no message (line {shown}); "
                     "--strict makes this an error")
    lines.append(f"{'speaker':<{width}} {'messages':>8}  " + "  ".join(f"{l:>10}" for l in labels))
    for speaker, row in table.iterrows():
        rates = "  ".join(f"{row[f'{l}_rate']:>10.1%}" for l in labels)
        lines.append(f"{str(speaker):<{width}} {int(row['messages']):>8}  {rates}")
    return "\n".join(lines)
