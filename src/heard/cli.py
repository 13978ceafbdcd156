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
@model_option
def check(text, as_json, model_dir):
    """Check the tone of TEXT ('-' reads stdin)."""
    from .report import format_check

    message = read_text_argument(text)
    analyzer = _load(model_dir)
    result = analyzer.check(message)
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False))
    else:
        click.echo(format_check(result))


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
@click.option("--out", "out_dir", type=click.Path(path_type=Path), default=Path("models/heard-core"),
              show_default=True, help="Folder to write the model and its card into.")
def train(data, out_dir):
    """Train a model on DATA files (default: the bundled corpus, data/corpus.csv)."""
    from .labels import LABELS
    from .report import format_metrics
    from .training import train_and_save

    paths = list(data) or [DEFAULT_CORPUS]
    card = train_and_save(paths, out_dir, LABELS,
                          progress=lambda message: click.echo(message, err=True))
    for split in ("dev", "test"):
        if split in card["metrics"]:
            click.echo(f"\n{split} split:")
            click.echo(format_metrics(card["metrics"][split]))
    click.echo(f"\nwrote {out_dir}/ (model.joblib, card.json, MODEL_CARD.md)")


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
