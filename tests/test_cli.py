"""The `heard` command: output on stdout, one-line errors on stderr, exit code 2 for user errors."""

import json
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from heard.cli import cli, main


def run(args, input=None):
    """Runs main() the way the console script does; returns (exit code, stdout, stderr)."""
    result = CliRunner().invoke(_entry, args, input=input)
    return result.exit_code, result.stdout, result.stderr


# CliRunner needs a click command; main() is what adds heard's error handling around cli.
@click.command(context_settings={"ignore_unknown_options": True, "help_option_names": []})
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def _entry(args):
    sys.exit(main(list(args)))


def test_check_prints_flags_evidence_and_guidance():
    code, out, err = run(["check", "You never listen to me"])
    assert code == 0 and err == ""
    assert "blaming" in out and "FLAGGED" in out
    assert '"You never" (absolute accusation)' in out
    assert "\"I\" statement" in out


def test_check_json_is_one_object():
    code, out, _ = run(["check", "--json", "that makes total sense, I'd be upset too"])
    assert code == 0
    result = json.loads(out)
    assert result["labels"]["validating"]["flagged"] is True
    assert result["suggestions"] == []


def test_check_reads_stdin():
    code, out, _ = run(["check", "--json", "-"], input="it's not my fault, I was busy\n")
    assert code == 0
    assert json.loads(out)["labels"]["defensive"]["flagged"]


@pytest.mark.parametrize("args, stdin, message", [
    (["check", "  "], None, "empty"),
    (["check", "-"], b"\xff\xfe\x00\x00binary", "not UTF-8"),
    (["check", "x" * 1_048_576], None, "characters long"),
    (["check", "--model", "/nonexistent/model", "hi"], None, "no such model folder"),
    (["evaluate", "missing.csv"], None, "no such file"),
])
def test_user_errors_are_one_line_and_exit_2(args, stdin, message):
    code, out, err = run(args, input=stdin)
    assert code == 2
    assert out == ""
    assert message in err and len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_evaluate_without_text_column(tmp_path):
    path = tmp_path / "no_text.csv"
    path.write_text("message,blaming\nhello,0\n")
    code, _, err = run(["evaluate", str(path)])
    assert code == 2 and "no 'text' column" in err


def test_evaluate_bad_label_values(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("text,blaming\nhello,0\nyou never help,yes\n")
    code, _, err = run(["evaluate", str(path)])
    assert code == 2 and "must hold 0 or 1" in err and "row(s) 3" in err


def test_evaluate_reports_metrics_as_json(tmp_path):
    path = tmp_path / "small.jsonl"
    rows = [{"text": "you never help me", "blaming": 1},
            {"text": "thanks for the lift", "blaming": 0},
            {"text": "you're such a slob, look at this kitchen", "blaming": 1},
            {"text": "see you at 7", "blaming": 0}]
    path.write_text("\n".join(json.dumps(r) for r in rows))
    code, out, _ = run(["evaluate", "--json", str(path)])
    assert code == 0
    metrics = json.loads(out)
    assert list(metrics["labels"]) == ["blaming"]
    assert metrics["labels"]["blaming"]["support"] == 2
    assert {"precision", "recall", "f1", "tp", "fp", "fn", "tn"} <= set(metrics["labels"]["blaming"])


def test_help_lists_commands():
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0
    for command in ("check", "evaluate", "train"):
        assert command in result.output


def test_installed_console_script_runs():
    script = Path(sys.executable).parent / "heard"
    done = subprocess.run([str(script), "check", "--json", "I'm so sorry you're going through this"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["labels"]["validating"]["flagged"]
    done = subprocess.run([str(script), "check", ""], capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and done.stderr.startswith("heard: error:")
