"""`heard analyze` and the batch API: rows, columns, summary, outputs, and bad input."""

import json
from pathlib import Path

import pandas as pd
import pytest

from heard.batch import BatchAnalysis, iso_timestamps, run_analysis
from heard.errors import InputError
from heard.writers import write_frames
from test_cli import run

EXPORTS = Path(__file__).parent / "fixtures" / "exports"
WHATSAPP = EXPORTS / "WhatsApp Chat with Ben.txt"


def test_rows_have_speaker_time_text_and_two_columns_per_label(analyzer):
    rows = pd.concat(list(BatchAnalysis(analyzer, WHATSAPP)))
    assert list(rows.columns[:3]) == ["speaker", "timestamp", "text"]
    for label in analyzer.labels:
        assert set(rows[label].unique()) <= {0, 1}
        assert rows[f"{label}_score"].between(0, 1).all()
    assert rows["timestamp"].str.match(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$").all()
    assert "<Media omitted>" not in set(rows["text"])


def test_repeated_texts_get_the_same_scores(analyzer, tmp_path):
    path = tmp_path / "chat.csv"
    pd.DataFrame({"text": ["ok", "you never help", "ok", "you never help"],
                  "author": ["a", "b", "a", "b"]}).to_csv(path, index=False)
    rows = pd.concat(list(BatchAnalysis(analyzer, path)))
    assert rows["blaming_score"].iloc[1] == rows["blaming_score"].iloc[3]
    assert list(rows["speaker"]) == ["a", "b", "a", "b"]


def test_summary_counts_per_speaker_and_week(analyzer):
    analysis = BatchAnalysis(analyzer, WHATSAPP)
    rows = pd.concat(list(analysis))
    speakers = analysis.summary.speakers()
    assert speakers["messages"].sum() == len(rows)
    assert speakers.loc["Ben", "blaming"] == rows.loc[rows.speaker == "Ben", "blaming"].sum()
    weekly = analysis.summary.weekly()
    assert weekly["messages"].sum() == len(rows)
    assert (weekly["week"].dt.day_of_week == 0).all()  # weeks start on Monday


def test_csv_input_keeps_its_other_columns(analyzer, tmp_path):
    path = tmp_path / "msgs.csv"
    pd.DataFrame({"message": ["you're so lazy", "thanks, love you"], "who": ["x", "y"],
                  "ticket": ["T-1", "T-2"]}).to_csv(path, index=False)
    out = tmp_path / "out.jsonl"
    run_analysis(analyzer, path, output=out, text_col="message", speaker_col="who")
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert rows[0]["ticket"] == "T-1" and rows[0]["speaker"] == "x"
    assert rows[0]["blaming"] == 1


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".parquet"])
def test_outputs_round_trip(analyzer, tmp_path, suffix):
    out = tmp_path / f"rows{suffix}"
    run_analysis(analyzer, WHATSAPP, output=out)
    back = {".csv": pd.read_csv, ".jsonl": lambda p: pd.read_json(p, lines=True),
            ".parquet": pd.read_parquet}[suffix](out)
    assert len(back) == 4 and "validating_score" in back.columns
    assert not list(tmp_path.glob(".*.tmp"))


def test_failure_leaves_no_partial_output(tmp_path):
    out = tmp_path / "rows.csv"

    def frames():
        yield pd.DataFrame({"a": [1]})
        raise InputError("broken half way")

    with pytest.raises(InputError):
        write_frames(frames(), out)
    assert list(tmp_path.iterdir()) == []


def test_iso_timestamps_of_aware_and_missing_times():
    values = pd.Series(pd.to_datetime(["2024-01-02T03:04:05Z", None], utc=True))
    assert list(iso_timestamps(values)) == ["2024-01-02T03:04:05+00:00", ""]


def test_cli_analyze_writes_rows_and_summary(tmp_path):
    out = tmp_path / "rows.csv"
    code, stdout, stderr = run(["analyze", str(WHATSAPP), "-o", str(out)])
    assert code == 0 and stdout == ""
    assert "4 messages analysed" in stderr and "Ben" in stderr
    assert len(pd.read_csv(out)) == 4


def test_cli_analyze_to_stdout():
    code, stdout, _ = run(["analyze", str(WHATSAPP)])
    assert code == 0
    assert stdout.splitlines()[0].startswith("speaker,timestamp,text,blaming,blaming_score")


@pytest.mark.parametrize("content, message", [
    (b"", "empty"),
    (b"\x00\x01\x02binary\xff\xfe" * 50, "binary"),
    (b'{"messages": [{"from": "a", "text": "hi"', "JSON"),
])
def test_cli_analyze_bad_input(tmp_path, content, message):
    path = tmp_path / "export.json"
    path.write_bytes(content)
    code, stdout, stderr = run(["analyze", str(path)])
    assert code == 2 and message.lower() in stderr.lower()
    assert len(stderr.strip().splitlines()) == 1 and "Traceback" not in stderr


def test_cli_analyze_bad_output_name(tmp_path):
    code, _, stderr = run(["analyze", str(WHATSAPP), "-o", str(tmp_path / "rows.xlsx")])
    assert code == 2 and "unknown output type" in stderr


def test_cli_analyze_only_system_messages(tmp_path):
    path = tmp_path / "chat.txt"
    path.write_text("12/03/2024, 09:00 - Messages and calls are end-to-end encrypted. No one "
                    "outside of this chat, not even WhatsApp, can read or listen to them.\n"
                    "12/03/2024, 09:01 - Tom: <Media omitted>\n")
    out = tmp_path / "rows.csv"
    code, _, stderr = run(["analyze", str(path), "-o", str(out)])
    assert code == 2 and "no messages to analyse" in stderr
    assert not out.exists()


def test_worker_processes_give_the_rows_one_process_gives(analyzer, corpus, tmp_path):
    # Chunks scored on forked workers, in small tasks, while the next chunk is parsed, must
    # come back complete and in order; texts repeat across chunks, as "ok" does in a chat.
    texts = corpus["text"].head(900).tolist()
    lines = [f"0{1 + i % 9}/03/2024, 1{i % 10}:{i % 60:02d} - {'Ana' if i % 3 else 'Raj'}: "
             f"{text if i % 4 else 'ok'}".replace("\n", " ") for i, text in enumerate(texts)]
    path = tmp_path / "chat.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    alone = pd.concat(list(BatchAnalysis(analyzer, path, jobs=1, chunk_size=250)))
    pooled = pd.concat(list(BatchAnalysis(analyzer, path, jobs=2, chunk_size=250)))
    assert len(alone) == 900
    pd.testing.assert_frame_equal(pooled.reset_index(drop=True), alone.reset_index(drop=True))
    assert (analyzer.check_many(texts[:300], batch_size=100, jobs=2)
            == analyzer.check_many(texts[:300], jobs=1))
