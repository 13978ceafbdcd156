"""The `heard` command line: parses arguments, calls one library function, prints, exits."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from .errors import HeardError, InputError

DEFAULT_CORPUS = Path("data/corpus.csv")

model_option = click.option(
    "--model", "model_dir", envvar="HEARD_MODEL", type=click.Path(path_type=Path), default=None,
    help="Model folder (model.joblib + card.json). Default: $HEARD_MODEL, else the shipped model.")


def read_text_argument(text: str) -> str:
    """TEXT as given, or all of stdin for '-'."""
    if text != "-":
        return text
    raw = sys.stdin.buffer.read()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise InputError("stdin is not UTF-8 text (binary data?); pipe in the message text") from None


def _load(model_dir):
    import heard

    return heard.load(model_dir)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="heard")
def cli():
    """heard: checks a message for blaming, defensive and validating language, locally."""


@cli.command()
@click.argument("text")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.option("--suggest/--no-suggest", default=True, show_default=True,
              help="Suggest rewrites of a blaming or defensive message.")
@model_option
def check(text, as_json, suggest, model_dir):
    """Check the tone of TEXT ('-' reads stdin)."""
    from .report import format_check

    message = read_text_argument(text)
    analyzer = _load(model_dir)
    result = analyzer.check(message, suggest=suggest)
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False))
    else:
        click.echo(format_check(result, suggested=suggest))


@cli.command()
@click.argument("text")
@click.option("--json", "as_json", is_flag=True,
              help='Print {"text": ..., "suggestions": [...]} (an empty list when none is safe).')
@click.option("--force", is_flag=True,
              help="Suggest rewrites even when heard doesn't flag TEXT (you hear blame it misses).")
@model_option
def rewrite(text, as_json, force, model_dir):
    """Suggest rewrites of TEXT without blame or defence ('-' reads stdin)."""
    from .report import format_rewrites
    from .rewrite.engine import NOT_FLAGGED_REASON

    message = read_text_argument(text)
    rewrites = _load(model_dir).rewrite(message, force=force)
    if rewrites.reason == NOT_FLAGGED_REASON:
        rewrites.reason += " (add --force for suggestions anyway)"
    if as_json:
        click.echo(json.dumps(rewrites.as_dict(), ensure_ascii=False))
    else:
        click.echo(format_rewrites(rewrites))


@cli.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--labels", default=None,
              help="Comma-separated labels to score (default: every model label the file has).")
@click.option("--split", default=None,
              help="Score only rows whose `split` column has this value (e.g. test).")
@click.option("--json", "as_json", is_flag=True, help="Print the metrics as JSON.")
@model_option
def evaluate(file, labels, split, as_json, model_dir):
    """Score the model on FILE (CSV, JSONL or Parquet with `text` and 0/1 label columns)."""
    from .evaluation import evaluate_file
    from .report import format_metrics

    analyzer = _load(model_dir)
    chosen = [label.strip() for label in labels.split(",")] if labels else None
    metrics = evaluate_file(analyzer, file, chosen, split=split)
    click.echo(json.dumps(metrics, indent=2) if as_json else format_metrics(metrics))


@cli.command()
@click.argument("data", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", type=click.Path(path_type=Path), default=None,
              help="Folder to write the model and its card into. Default: models/heard-core "
                   "when retraining the bundled corpus alone, else models/custom.")
@click.option("--labels", default=None,
              help="Comma-separated label columns. Default: every column holding only 0, 1 or "
                   "empty cells (besides metadata such as split, kind, speaker, *_score).")
@click.option("--base", type=click.Path(path_type=Path), default=None,
              help=f"Labelled corpus merged with DATA, for the labels it has. Default: {DEFAULT_CORPUS}.")
@click.option("--no-base", is_flag=True, help="Train on DATA alone.")
@click.option("--lenient", is_flag=True,
              help="Drop bad rows (counted on stderr) instead of stopping at the first problem.")
@click.option("--compare", "compare_dir", type=click.Path(path_type=Path), default=None,
              help="Model to score on the same held-out rows. Default: $HEARD_MODEL, else the "
                   "shipped model.")
@click.option("--no-compare", is_flag=True, help="Do not score the current model.")
def train(data, out_dir, labels, base, no_base, lenient, compare_dir, no_compare):
    """Train a model on labelled DATA files (CSV, JSONL or Parquet: a `text` column and one 0/1
    column per label; an empty cell means not labelled). The bundled corpus is included for
    the labels it has; with no DATA, retrains the bundled corpus alone."""
    from .model_io import resolve_model_dir
    from .report import format_held_out
    from .training import train_and_save

    base = _base_corpus(base, no_base, bool(data))
    out_dir = out_dir or Path("models/heard-core" if not data else "models/custom")
    chosen = [label.strip() for label in labels.split(",") if label.strip()] if labels else None
    compare = None if no_compare else compare_dir or resolve_model_dir(None)
    card = train_and_save(list(data), out_dir, chosen, base=base, lenient=lenient,
                          compare=compare, compare_optional=compare_dir is None,
                          progress=lambda message: click.echo(message, err=True))
    click.echo(format_held_out(card))
    click.echo(f"\nwrote {out_dir}/ (model.joblib, scorer.npz, card.json, MODEL_CARD.md); use it "
               f"with --model {out_dir} or HEARD_MODEL={out_dir}")


def _base_corpus(base, no_base, have_data):
    """The base corpus path: --base, else data/corpus.csv (None with --no-base)."""
    if no_base:
        if base is not None:
            raise InputError("--base and --no-base contradict each other; pass one of them")
        if not have_data:
            raise InputError("nothing to train on: give DATA files, or drop --no-base to retrain "
                             "the bundled corpus")
        return None
    if base is not None:
        return base
    if not DEFAULT_CORPUS.is_file():
        raise InputError(f"{DEFAULT_CORPUS} not found: heard train adds the bundled corpus to your "
                         "data, and this folder is not a heard checkout; pass --base FILE to "
                         "point at a corpus, or --no-base to train on your data alone")
    return DEFAULT_CORPUS


@cli.command()
@click.argument("path", type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path), default=None,
              help="Write rows to FILE (.csv, .jsonl or .parquet). Default: CSV on stdout.")
@click.option("--report", type=click.Path(path_type=Path), default=None,
              help="Also write a self-contained HTML report to FILE.html.")
@click.option("--format", "export_format", default=None,
              help="Force the export format (whatsapp, telegram, slack, discord, messenger, "
                   "signal, imessage, csv, jsonl, text). Default: detected.")
@click.option("--text-col", default=None, help="CSV/JSONL: the column holding the message text.")
@click.option("--speaker-col", default=None, help="CSV/JSONL: the column naming the speaker.")
@click.option("--time-col", default=None, help="CSV/JSONL: the column holding the time.")
@click.option("--strict", is_flag=True, help="Fail on lines that belong to no message.")
@click.option("--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes. Default: every core, for large exports.")
@model_option
def analyze(path, output, report, export_format, text_col, speaker_col, time_col, strict, jobs,
            model_dir):
    """Analyse a chat export (or CSV/JSONL/text): one row per message, summary on stderr."""
    from .batch import run_analysis
    from .report import format_summary

    analyzer = _load(model_dir)
    analysis = run_analysis(
        analyzer, path, output=output, report=report, progress=sys.stderr.isatty(),
        format=export_format, text_col=text_col, speaker_col=speaker_col, time_col=time_col,
        strict=strict, jobs=jobs)
    click.echo(format_summary(analysis), err=True)


@cli.command()
@click.argument("path", type=click.Path(path_type=Path))
@click.option("-n", "count", type=click.IntRange(min=1), default=200, show_default=True,
              help="How many messages to pick.")
@click.option("-o", "--output", type=click.Path(path_type=Path), default=None,
              help="Write the sheet to FILE.csv. Default: CSV on stdout.")
@click.option("--format", "export_format", default=None,
              help="Force the export format (as for analyze). Default: detected.")
@click.option("--text-col", default=None, help="CSV/JSONL: the column holding the message text.")
@click.option("--speaker-col", default=None, help="CSV/JSONL: the column naming the speaker.")
@click.option("--time-col", default=None, help="CSV/JSONL: the column holding the time.")
@model_option
def label(path, count, output, export_format, text_col, speaker_col, time_col, model_dir):
    """Pick the messages of PATH the model is least sure about, as a CSV to label by hand.

    Fill each label column with 1 or 0 (leave it empty when unsure), then train on it:
    `heard train FILE.csv --out DIR`.
    """
    from .labelling import labelling_sheet

    analyzer = _load(model_dir)
    sheet, distinct = labelling_sheet(analyzer, path, count, output, format=export_format,
                                      text_col=text_col, speaker_col=speaker_col,
                                      time_col=time_col)
    if output is None:
        click.echo(sheet.to_csv(index=False), nl=False)
    click.echo(f"picked {len(sheet)} of {distinct} distinct messages, those closest to a label's "
               f"threshold{f' → {output}' if output else ''}; fill in {', '.join(analyzer.labels)} "
               "with 1 or 0 (empty: unsure), then `heard train FILE --out DIR`", err=True)


def main(argv=None) -> int:
    """Entry point: user errors become one line on stderr and exit code 2."""
    try:
        cli.main(args=argv, prog_name="heard", standalone_mode=False)
    except HeardError as exc:
        click.echo(f"heard: error: {exc}", err=True)
        return exc.exit_code
    except click.exceptions.Abort:
        click.echo("heard: aborted", err=True)
        return 130
    except click.ClickException as exc:
        exc.show()
        return 2
    except BrokenPipeError:
        return 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
