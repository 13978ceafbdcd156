"""heard.load().check / check_many: the result a user reads, its evidence, and bad input."""

import pytest

from heard.errors import InputError
from heard.labels import LABELS


def test_check_result_shape(analyzer):
    result = analyzer.check("You never listen to me, it's always about you")
    assert set(result) == {"text", "labels", "evidence", "suggestions"}
    assert set(result["labels"]) == set(LABELS)
    for verdict in result["labels"].values():
        assert 0.0 <= verdict["score"] <= 1.0 and isinstance(verdict["flagged"], bool)
    assert result["suggestions"] == []


def test_evidence_offsets_point_into_the_text(analyzer):
    text = "OMG you're SO lazy 🙄 and it's not my fault the rent is late"
    result = analyzer.check(text)
    assert result["labels"]["blaming"]["flagged"]
    for item in result["evidence"]:
        assert text[item["start"]:item["end"]] == item["text"]
        assert result["labels"][item["label"]]["flagged"]
    blaming = {e["cue"] for e in result["evidence"] if e["label"] == "blaming"}
    assert "character_attack" in blaming


def test_evidence_only_for_flagged_labels(analyzer):
    result = analyzer.check("Can you pick up milk on the way home?")
    assert not any(v["flagged"] for v in result["labels"].values())
    assert result["evidence"] == []


def test_yes_but_carries_both_labels(analyzer):
    result = analyzer.check("I hear you, but it's not my fault, I was stuck at work")
    assert result["labels"]["validating"]["flagged"]
    assert result["labels"]["defensive"]["flagged"]
    cues = {(e["label"], e["cue"]) for e in result["evidence"]}
    assert ("defensive", "denial") in cues


def test_check_many_matches_check_and_keeps_order(analyzer):
    texts = ["you're overreacting", "thank you for telling me", "see you at 7"] * 3
    batch = analyzer.check_many(texts, batch_size=4)
    assert [r["text"] for r in batch] == texts
    assert batch[0] == analyzer.check(texts[0])


@pytest.mark.parametrize("bad, message", [
    ("", "empty"),
    ("   \n\t ", "empty"),
    ("x" * 1_048_576, "characters long"),
    ("\x00\x01\x02\x03garbage\x04\x05\x06\x07\x08", "binary"),
    (b"bytes", "bytes"),
    (None, "must be a string"),
])
def test_bad_messages_raise_input_error(analyzer, bad, message):
    with pytest.raises(InputError, match=message):
        analyzer.check(bad)


def test_check_many_names_the_bad_message(analyzer):
    with pytest.raises(InputError, match="message 1 is empty"):
        analyzer.check_many(["fine", " "])
