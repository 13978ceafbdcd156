"""Formats results for people: `heard check` and metrics tables."""

from __future__ import annotations

from .labels import guidance_for


def format_check(result: dict, suggested: bool = False) -> str:
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
    flagged = any(result["labels"].get(label, {}).get("flagged") for label in ("blaming", "defensive"))
    if suggested and flagged and not result.get("suggestions"):
        lines.append("no rewrite suggested: " + result.get(
            "no_suggestion_reason", "no rewrite kept this message's content without blame or defence"))
    return "\n".join(lines)


def format_rewrites(rewrites) -> str:
    """`heard rewrite`: one suggestion per line with its strategy and guidance, or why none."""
    if not rewrites.suggestions:
        return f"no rewrite suggested: {rewrites.reason}"
    lines = []
    for n, suggestion in enumerate(rewrites.suggestions, 1):
        lines.append(f"{n}. {suggestion['text']}")
        lines.append(f"   ({suggestion['strategy']}: {suggestion['guidance']})")
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


def format_held_out(card: dict) -> str:
    """`heard train`: held-out P/R/F1 per label, beside the current model's on the same rows."""
    compared = card.get("compared_with")
    current = compared["labels"] if compared else {}
    width = max([len(label) for label in card["labels"]] + [5])
    title = "held-out figures of the new model"
    if compared:
        title += f", and of the current model ({compared['model']}) on the same rows"
    header = (f"{'label':<{width}}  {'held out on':<27} {'P':>6} {'R':>6} {'F1':>6} {'support':>8}")
    if compared:
        header += f"  |  {'cur P':>6} {'cur R':>6} {'cur F1':>6} {'ΔF1':>7}"
    lines = [title + ":", header]
    for label in card["labels"]:
        m = card["held_out"][label]
        rows = m["tp"] + m["fp"] + m["fn"] + m["tn"]
        method = m["method"].replace("cross-validation", "CV")
        line = (f"{label:<{width}}  {f'{method} ({rows} rows)':<27} {m['precision']:>6.3f} "
                f"{m['recall']:>6.3f} {m['f1']:>6.3f} {m['support']:>8}")
        if compared:
            old = current.get(label)
            line += (f"  |  {old['precision']:>6.3f} {old['recall']:>6.3f} {old['f1']:>6.3f} "
                     f"{m['f1'] - old['f1']:>+7.3f}" if old else "  |  (the current model has no such label)")
        lines.append(line)
    return "\n".join(lines)
