"""`heard rewrite`, suggestions in `heard check`, and the gallery."""

import json

import pandas as pd
import pytest

from heard.rewrite.gallery import gallery_markdown, pick_flagged
from test_cli import run

pytestmark = pytest.mark.model


def test_rewrite_prints_numbered_suggestions_with_guidance():
    code, out, err = run(["rewrite", "You never listen to me"])
    assert code == 0 and err == ""
    assert out.startswith("1. I feel unheard when")
    assert "(I statement: Use \"I\" statements" in out


def test_rewrite_json_has_text_and_suggestions_only():
    code, out, _ = run(["rewrite", "--json", "-"], input="You never listen to me\n")
    assert code == 0
    result = json.loads(out)
    assert set(result) == {"text", "suggestions"}
    assert result["text"] == "You never listen to me\n"
    assert all(set(s) == {"text", "strategy", "guidance"} for s in result["suggestions"])


def test_rewrite_says_so_when_there_is_none():
    code, out, _ = run(["rewrite", "see you at 7"])
    assert code == 0 and out.startswith("no rewrite suggested: ")
    code, out, _ = run(["rewrite", "--json", "see you at 7"])
    assert json.loads(out)["suggestions"] == []


def test_rewrite_force_suggests_for_a_message_the_model_does_not_flag():
    text = "Are you seriously suggesting Ottawa should pay for all of it?"
    code, out, _ = run(["rewrite", text])
    assert code == 0 and "does not flag" in out and "--force" in out  # says how to get them anyway
    code, out, _ = run(["rewrite", "--force", "--json", text])
    suggestions = json.loads(out)["suggestions"]
    assert code == 0 and suggestions and all("Ottawa" in s["text"] for s in suggestions)
    assert "seriously" not in " ".join(s["text"] for s in suggestions)


def test_forced_rewrites_still_pass_the_recheck(analyzer):
    for text in ("Are you seriously suggesting Ottawa should pay for all of it?", "see you at 7"):
        for suggestion in analyzer.rewrite(text, force=True).suggestions:
            labels = analyzer.check(suggestion["text"])["labels"]
            assert not labels["blaming"]["flagged"] and not labels["defensive"]["flagged"]


def test_rewrite_user_errors_exit_2():
    code, out, err = run(["rewrite", "   "])
    assert code == 2 and out == "" and "empty" in err


def test_check_shows_suggestions_unless_told_not_to():
    code, out, _ = run(["check", "Why can't you ever call?"])
    assert code == 0 and "suggestion (" in out
    code, out, _ = run(["check", "--no-suggest", "Why can't you ever call?"])
    assert code == 0 and "suggestion (" not in out and "FLAGGED" in out


def test_check_says_why_a_flagged_message_gets_no_suggestion():
    code, out, _ = run(["check", "I hope you die, you selfish pig"])
    assert code == 0 and "FLAGGED" in out
    assert "no rewrite suggested: the message wishes or threatens harm" in out
    code, out, _ = run(["check", "--json", "I hope you die, you selfish pig"])
    result = json.loads(out)
    assert result["suggestions"] == [] and "harm" in result["no_suggestion_reason"]
    code, out, _ = run(["check", "--json", "You never listen to me"])
    assert "no_suggestion_reason" not in json.loads(out)


def test_check_json_carries_suggestions():
    code, out, _ = run(["check", "--json", "You never listen to me"])
    assert json.loads(out)["suggestions"][0]["strategy"] == "I statement"


def test_gallery_lists_flagged_messages_with_their_rewrites(analyzer):
    frame = pd.DataFrame({
        "text": ["You never listen to me", "see you at 7", "it's not my fault, nobody told me",
                 "I hope you die, you selfish pig"],
        "split": ["test"] * 4, "context": ["partner", "friends", "family", "partner"]})
    picked = pick_flagged(frame, analyzer, n=3)
    assert [result["text"] for _, result in picked][0] == "it's not my fault, nobody told me"
    assert "see you at 7" not in [result["text"] for _, result in picked]
    markdown = gallery_markdown(analyzer, picked)
    assert markdown.startswith("# Rewrite gallery")
    assert "> You never listen to me" in markdown
    assert "no rewrite suggested" in markdown
