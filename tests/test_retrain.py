"""Retraining on a user's labelled data: a new label goes all the way through train, check,
analyze and evaluate; bad input gets one clear line; the labelling loop feeds train."""

import json
import sys
from pathlib import Path

import click
import numpy as np
import pandas as pd
import pytest
from click.testing import CliRunner

from heard.cli import cli, main
from heard.errors import InputError
from heard.model_io import file_sha256
from heard.training_data import MIN_EXAMPLES, find_label_columns, load_training_data

FIXTURES = Path(__file__).parent / "fixtures"
STONEWALLING = FIXTURES / "stonewalling.csv"
SAMPLE_CHAT = Path(__file__).resolve().parents[1] / "data" / "sample_whatsapp_chat.txt"


@click.command(context_settings={"ignore_unknown_options": True, "help_option_names": []})
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def _entry(args):
    sys.exit(main(list(args)))


def run(args, env=None):
    """main() as the console script runs it: (exit code, stdout, stderr)."""
    result = CliRunner().invoke(_entry, [str(a) for a in args], env=env)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def base_csv(tiny_frame, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("base") / "base.csv"
    tiny_frame.to_csv(path, index=False)
    return path


@pytest.fixture(scope="module")
def trained(base_csv, tiny_model_dir, tmp_path_factory):
    """`heard train stonewalling.csv --base base.csv`: the model folder and what was printed."""
    out = tmp_path_factory.mktemp("retrained") / "stonewalling-model"
    code, stdout, stderr = run(["train", STONEWALLING, "--base", base_csv, "--out", out,
                                "--compare", tiny_model_dir])
    assert code == 0, stderr
    return out, stdout, stderr


# -- a new label, end to end ----------------------------------------------------------------
def test_train_names_the_labels_found_and_prints_held_out_figures(trained):
    _, stdout, stderr = trained
    assert "stonewalling.csv (your data): 120 rows, labels: stonewalling" in stderr
    assert "base.csv (base corpus): 540 rows, labels: blaming, defensive, validating" in stderr
    line = next(l for l in stdout.splitlines() if l.startswith("stonewalling"))
    assert "5-fold CV (120 rows)" in line and "the current model has no such label" in line
    precision, recall, f1 = (float(v) for v in line.split(")")[1].split()[:3])
    assert 0.5 < f1 <= 1 and 0 < precision <= 1 and 0 < recall <= 1
    blaming = next(l for l in stdout.splitlines() if l.startswith("blaming"))
    assert "test split" in blaming and "|" in blaming  # beside the current model's figures


def test_card_records_data_labels_thresholds_and_comparison(trained):
    out, _, _ = trained
    card = json.loads((out / "card.json").read_text())
    assert card["labels"] == ["blaming", "defensive", "validating", "stonewalling"]
    assert set(card["thresholds"]) == set(card["labels"])
    sources = {s["file"]: s for s in card["data"]["sources"]}
    assert sources["stonewalling.csv"]["sha256"] == file_sha256(STONEWALLING)
    assert sources["base.csv"]["role"] == "base corpus"
    # Base rows carry no stonewalling label: they are unlabelled for it, not negatives.
    assert card["data"]["labelled"]["stonewalling"] == {"rows": 120, "positives": 45}
    assert card["data"]["labelled"]["blaming"]["rows"] == 540
    assert card["held_out"]["stonewalling"]["method"] == "5-fold cross-validation"
    assert card["held_out"]["blaming"]["method"] == "test split"
    assert card["compared_with"]["labels"]["stonewalling"] is None
    assert card["compared_with"]["labels"]["blaming"]["support"] == card["held_out"]["blaming"]["support"]
    assert "stonewalling" in (out / "MODEL_CARD.md").read_text()


def test_new_label_in_check_json(trained):
    out, _, _ = trained
    code, stdout, _ = run(["check", "--json", "--model", out, "whatever. I'm not talking about this"])
    assert code == 0
    labels = json.loads(stdout)["labels"]
    assert list(labels) == ["blaming", "defensive", "validating", "stonewalling"]
    assert labels["stonewalling"]["flagged"] is True


def test_new_label_through_heard_model_variable(trained):
    out, _, _ = trained
    code, stdout, _ = run(["check", "--json", "can you grab milk on the way home"],
                          env={"HEARD_MODEL": str(out)})
    assert code == 0 and "stonewalling" in json.loads(stdout)["labels"]


def test_new_label_in_analyze_columns(trained, tmp_path):
    out, _, _ = trained
    rows = tmp_path / "rows.csv"
    code, _, stderr = run(["analyze", SAMPLE_CHAT, "-o", rows, "--model", out])
    assert code == 0, stderr
    columns = pd.read_csv(rows, nrows=1).columns
    assert {"stonewalling", "stonewalling_score"} <= set(columns)
    assert "stonewalling" in stderr.splitlines()[1]  # the per-speaker summary


def test_new_label_in_evaluate(trained):
    out, _, _ = trained
    code, stdout, _ = run(["evaluate", "--json", "--model", out, STONEWALLING])
    assert code == 0
    metrics = json.loads(stdout)
    assert list(metrics["labels"]) == ["stonewalling"]
    assert metrics["labels"]["stonewalling"]["support"] == 45


def test_every_model_command_takes_model_and_heard_model():
    for name in ("check", "rewrite", "analyze", "evaluate", "label"):
        if name not in cli.commands:
            continue
        option = next((p for p in cli.commands[name].params if p.name == "model_dir"), None)
        assert option is not None and "--model" in option.opts, name
        assert option.envvar == "HEARD_MODEL", name


# -- which columns are labels, and base merging ---------------------------------------------
def test_label_columns_come_from_the_data():
    frame = pd.DataFrame({
        "text": ["a", "b", "c"], "stonewalling": [1, 0, ""], "split": ["train", "dev", "test"],
        "id": [0, 1, 1], "kind": ["x", "y", "z"], "blaming_score": [0, 1, 0],
        "speaker": ["0", "1", "0"], "note": ["free", "text", "here"], "empty": ["", "", ""]})
    assert find_label_columns(frame) == ["stonewalling"]


def test_base_rows_are_unlabelled_for_a_label_they_lack(base_csv):
    data = load_training_data([STONEWALLING], base=base_csv)
    frame = data.frame
    assert data.labels == ("blaming", "defensive", "validating", "stonewalling")
    assert frame["stonewalling"].notna().sum() == 120
    assert frame["blaming"].notna().sum() == 540
    assert frame.loc[frame["stonewalling"].notna(), "blaming"].isna().all()


def test_user_labels_win_over_the_base_for_shared_texts(tmp_path, base_csv, tiny_frame):
    text = tiny_frame["text"].iloc[0]
    path = tmp_path / "mine.csv"
    rows = pd.read_csv(STONEWALLING, keep_default_na=False)
    rows = pd.concat([rows, pd.DataFrame([{"text": text.upper(), "stonewalling": 1, "blaming": 1 - tiny_frame["blaming"].iloc[0]}])])
    rows.to_csv(path, index=False)
    data = load_training_data([path], base=base_csv)
    row = data.frame[data.frame["text"] == text].iloc[0]
    assert row["blaming"] == 1 - tiny_frame["blaming"].iloc[0] and row["stonewalling"] == 1
    assert row["defensive"] == tiny_frame["defensive"].iloc[0]  # filled from the base
    assert row["split"] == tiny_frame["split"].iloc[0]
    assert len(data.frame) == 540 + 120


def test_explicit_labels(tmp_path):
    path = tmp_path / "two.csv"
    frame = pd.read_csv(STONEWALLING, keep_default_na=False)
    frame["likes"] = [i % 2 for i in range(len(frame))]
    frame.to_csv(path, index=False)
    assert load_training_data([path]).labels == ("stonewalling", "likes")
    assert load_training_data([path], labels=["stonewalling"]).labels == ("stonewalling",)
    with pytest.raises(InputError, match="no column 'sulking'"):
        load_training_data([path], labels=["stonewalling", "sulking"])


# -- bad input: one line, exit 2, row numbers as the user sees them ---------------------------
def _csv(tmp_path, rows, name="data.csv"):
    path = tmp_path / name
    pd.DataFrame(rows).to_csv(path, index=False)
    return path


def _good_rows(n=12):
    """n positive, then n negative stonewalling rows from the fixture."""
    frame = pd.read_csv(STONEWALLING, keep_default_na=False)
    return [{"text": row.text, "stonewalling": int(row.stonewalling)}
            for value in (1, 0) for row in frame[frame["stonewalling"] == value].head(n).itertuples()]


@pytest.mark.parametrize("case, message", [
    ("no_text", "no 'text' column"),
    ("not_binary", "column 'stonewalling' must hold 0 or 1"),
    ("empty_text", "empty text(s) at row(s) 3"),
    ("conflict", "conflicting labels"),
    ("few_positives", f"has 3 positive example(s) (rows marked 1); heard needs at least {MIN_EXAMPLES}"),
])
def test_bad_training_data_is_one_line_and_exit_2(tmp_path, case, message):
    rows = _good_rows()
    if case == "no_text":
        rows = [{"message": r["text"], "stonewalling": r["stonewalling"]} for r in rows]
    elif case == "not_binary":
        rows[2]["stonewalling"] = "yes"
    elif case == "empty_text":
        rows[1]["text"] = "   "
    elif case == "conflict":
        rows[5] = {"text": rows[20]["text"].upper(), "stonewalling": 1}
    elif case == "few_positives":
        rows = rows[9:]
    code, stdout, stderr = run(["train", _csv(tmp_path, rows), "--no-base", "--out", tmp_path / "m"])
    assert code == 2 and stdout == ""
    assert message in stderr, stderr
    assert len(stderr.strip().splitlines()) == 1 and "Traceback" not in stderr
    assert not (tmp_path / "m").exists()


def test_row_numbers_are_the_ones_in_the_file(tmp_path):
    rows = _good_rows()
    rows[2]["stonewalling"] = 2
    code, _, stderr = run(["train", _csv(tmp_path, rows), "--no-base"])
    assert code == 2 and "row(s) 4 (e.g. '2')" in stderr  # header is row 1
    conflict = _good_rows()
    conflict[7] = {"text": conflict[20]["text"], "stonewalling": 1}
    code, _, stderr = run(["train", _csv(tmp_path, conflict), "--no-base"])
    assert "row 9 and" in stderr and "row 22" in stderr
    jsonl = tmp_path / "data.jsonl"
    lines = [json.dumps(r) for r in _good_rows()]
    lines[3] = json.dumps({"text": "", "stonewalling": 0})
    jsonl.write_text("\n".join(lines[:2]) + "\n\n" + "\n".join(lines[2:]) + "\n")
    code, _, stderr = run(["train", jsonl, "--no-base"])
    assert code == 2 and "line(s) 5" in stderr  # the blank line 3 counts


def test_lenient_drops_bad_rows_and_counts_them(tmp_path):
    rows = _good_rows(14)
    rows[0]["stonewalling"] = "maybe"
    rows[1]["text"] = ""
    rows[5] = {"text": rows[20]["text"], "stonewalling": 1}
    code, stdout, stderr = run(["train", _csv(tmp_path, rows), "--no-base", "--lenient",
                                "--no-compare", "--out", tmp_path / "m"])
    assert code == 0, stderr
    assert "dropped 1 row(s) with an empty text" in stderr
    assert "dropped 1 row(s) with a 'stonewalling' value that is not 0 or 1" in stderr
    assert "dropped 2 row(s) whose copies had conflicting labels" in stderr
    card = json.loads((tmp_path / "m" / "card.json").read_text())
    assert card["data"]["rows"] == 24 and card["labels"] == ["stonewalling"]


def test_lenient_leaves_out_a_label_too_small_to_learn(tmp_path):
    rows = _good_rows()
    for i, row in enumerate(rows):
        row["sulking"] = 1 if i < 2 else 0
    code, _, stderr = run(["train", _csv(tmp_path, rows), "--no-base", "--lenient",
                           "--no-compare", "--out", tmp_path / "m"])
    assert code == 0 and "label 'sulking' has 2 positive example(s)" in stderr
    assert json.loads((tmp_path / "m" / "card.json").read_text())["labels"] == ["stonewalling"]


def test_default_base_outside_a_checkout(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, _, stderr = run(["train", STONEWALLING])
    assert code == 2 and "--base FILE" in stderr and "--no-base" in stderr
    code, _, stderr = run(["train", "--no-base"])
    assert code == 2 and "nothing to train on" in stderr


# -- the labelling loop ------------------------------------------------------------------
def test_label_writes_the_least_sure_messages(tiny_model_dir, tmp_path):
    import heard
    from heard.readers import read_chat

    sheet = tmp_path / "to_label.csv"
    code, stdout, stderr = run(["label", SAMPLE_CHAT, "-n", "30", "-o", sheet, "--model", tiny_model_dir])
    assert code == 0 and stdout == "" and "picked 30 of" in stderr
    frame = pd.read_csv(sheet, keep_default_na=False)
    labels = ["blaming", "defensive", "validating"]
    assert list(frame.columns) == ["text", "speaker", "timestamp", *labels,
                                   *[f"{label}_score" for label in labels]]
    assert len(frame) == 30 and frame["text"].str.lower().str.strip().is_unique
    assert (frame[labels] == "").all().all()
    # The picked messages sit closer to a threshold than the messages left out.
    analyzer = heard.load(tiny_model_dir)
    texts = read_chat(SAMPLE_CHAT).messages["text"].drop_duplicates().tolist()
    scores = analyzer.scores(texts)
    cut = np.array([analyzer.thresholds[label] for label in labels])
    distance = np.abs(scores - cut).min(axis=1)
    picked = np.abs(frame[[f"{l}_score" for l in labels]].to_numpy() - cut).min(axis=1)
    assert np.median(picked) < np.median(distance)


def test_label_sheet_comes_back_to_train(tiny_model_dir, tmp_path, base_csv):
    sheet = tmp_path / "to_label.csv"
    assert run(["label", SAMPLE_CHAT, "-n", "40", "-o", sheet, "--model", tiny_model_dir])[0] == 0
    frame = pd.read_csv(sheet, keep_default_na=False, dtype=str)
    frame.loc[:19, "blaming"] = ["1", "0"] * 10   # hand labels for 20 rows, the rest unsure
    frame.loc[:4, "validating"] = "0"
    frame.to_csv(sheet, index=False)
    data = load_training_data([sheet], base=base_csv)
    assert data.labels == ("blaming", "defensive", "validating")  # *_score columns are hints
    assert "left out 20 row(s) with no label filled in" in data.notes
    mine = data.frame.iloc[540:]
    assert len(mine) == 20 and mine["defensive"].isna().all()
    assert mine["validating"].notna().sum() == 5


def test_label_needs_a_csv_name(tiny_model_dir, tmp_path):
    code, _, stderr = run(["label", SAMPLE_CHAT, "-o", tmp_path / "sheet.xlsx", "--model", tiny_model_dir])
    assert code == 2 and "name it .csv" in stderr


def test_parquet_and_json_booleans_are_read_like_csv(tmp_path):
    rows = _good_rows()
    pd.DataFrame(rows).to_parquet(tmp_path / "data.parquet")
    assert load_training_data([tmp_path / "data.parquet"]).labels == ("stonewalling",)
    jsonl = tmp_path / "data.jsonl"
    flags = [{"text": r["text"], "stonewalling": bool(r["stonewalling"]) if i % 5 else None}
             for i, r in enumerate(_good_rows(14))]
    jsonl.write_text("\n".join(json.dumps(r) for r in flags) + "\n")
    frame = load_training_data([jsonl]).frame
    assert frame["stonewalling"].isin([0.0, 1.0]).all() and len(frame) == 22


def test_evaluate_skips_empty_label_cells(trained, tmp_path):
    out, _, _ = trained
    frame = pd.read_csv(STONEWALLING, keep_default_na=False, dtype=str)
    frame.loc[:59, "stonewalling"] = ""
    path = tmp_path / "half.csv"
    frame.to_csv(path, index=False)
    code, stdout, _ = run(["evaluate", "--json", "--model", out, path])
    assert code == 0
    m = json.loads(stdout)["labels"]["stonewalling"]
    assert m["tp"] + m["fp"] + m["fn"] + m["tn"] == 60
