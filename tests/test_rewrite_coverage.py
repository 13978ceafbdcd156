"""Rewrites for messages the engine used to leave without one: text-speak, "when/if" clauses,
counterfactuals, third-person targets, things named by possession, and excuses owned."""

import re

import pytest

from heard.rewrite.textspeak import moved, moved_evidence, spell_out
from conftest import some_texts as texts, texts_of

ABSOLUTE_BLAME = re.compile(r"\byou(?:'re| are)? (?:always|never)\b", re.I)


# -- text-speak, without the model -------------------------------------------------------------
@pytest.mark.parametrize("text, spelled", [
    ("ur always on ur laptop", "you're always on your laptop"),
    ("ur late again", "you're late again"),
    ("ur mum called", "your mum called"),
    ("why r u like this", "why are you like this"),
    ("u r so lazy", "you are so lazy"),
    ("no, ur", "no, you're"),
    ("UR ALWAYS LATE", "YOU'RE ALWAYS LATE"),
])
def test_text_speak_is_spelled_out_by_the_next_word(text, spelled):
    assert spell_out(text)[0] == spelled


def test_text_speak_leaves_names_and_grades_alone():
    assert spell_out("We met in Ur. I got a U in maths")[0] == "We met in Ur. I got a U in maths"


def test_offsets_move_with_the_spelled_out_words():
    text = "ur always on ur phone"
    spelled, edits = spell_out(text)
    start = text.index("always")
    assert spelled[moved(start, edits):moved(start + len("always"), edits)] == "always"
    [span] = moved_evidence([{"label": "blaming", "start": start, "end": len(text)}], edits)
    assert spelled[span["start"]:span["end"]] == "always on your phone"


# -- the engine, with the model ----------------------------------------------------------------


def assert_safe(analyzer, suggestions):
    for text, verdict in zip(suggestions, analyzer.check_many(suggestions)):
        for label in ("blaming", "defensive"):
            assert not verdict["labels"][label]["flagged"], (text, label)
        assert not ABSOLUTE_BLAME.search(text), text


@pytest.mark.model
@pytest.mark.parametrize("message, kept", [
    ("u r always on ur laptop when we watch films", "laptop"),
    ("UR ALWAYS ON UR PHONE WHEN WE EAT DINNER", "dinner"),
    ("why r u always on ur phone when we're out??", "phone"),
])
def test_text_speak_messages_get_plain_english_rewrites(rewrite, analyzer, message, kept):
    found = texts(rewrite(message))
    assert any(kept in t.lower() for t in found)
    assert not any(re.search(r"\bur\b|\bu\b|\br\b", t, re.I) for t in found)
    assert_safe(analyzer, found)


@pytest.mark.model
def test_a_device_complaint_puts_the_shared_moment_first_and_asks_together(rewrite):
    found = texts(rewrite("you're always on your tablet when we have breakfast"))
    first = found[0]
    assert "when we have breakfast and you're on your tablet" in first.lower()
    assert first.count(" when ") == 1
    assert first.endswith("?")


@pytest.mark.model
def test_what_the_listener_did_inside_a_when_clause_becomes_the_request(rewrite, analyzer):
    found = texts(rewrite("Stop blaming me when you never send the invoice!"))
    # The request refers back to the invoice the "when" sentence already named.
    assert any("invoice" in t and re.search(r"\bsend (?:the invoice|it)\b[^.?]*\?", t) for t in found)
    assert_safe(analyzer, found)


@pytest.mark.model
def test_a_counterfactual_if_becomes_what_did_not_happen_and_a_request(rewrite, analyzer):
    found = texts(rewrite("I would have finished the report if you ever sent the figures on time"))
    assert any("figures" in t and t.endswith("?") for t in found)
    assert not any(" ever " in t for t in found)
    assert_safe(analyzer, found)


@pytest.mark.model
def test_a_negated_counterfactual_owns_the_speakers_part_without_the_loaded_verb(rewrite, analyzer):
    found = texts(rewrite("maybe if you didn't pester me every hour I'd actually remember to water the plants"))
    assert any("forget to water the plants" in t for t in found)
    assert not any("pester" in t.lower() for t in found)
    assert_safe(analyzer, found)


@pytest.mark.model
def test_a_third_person_target_keeps_the_name_and_drops_the_emoji(rewrite, analyzer):
    found = texts(rewrite("typical dave, only shows up when he needs money 😒"))
    assert any("Dave only shows up when he needs money" in t for t in found)
    assert not any("😒" in t or "typical" in t.lower() for t in found)
    assert_safe(analyzer, found)


@pytest.mark.model
def test_things_named_as_the_listeners_become_a_request_about_them(rewrite, analyzer):
    found = texts(rewrite("it's your mess. your mug, your crumbs, your problem"))
    assert any("the mug" in t and "the crumbs" in t and t.endswith("?") for t in found)
    assert not any("your problem" in t.lower() for t in found)
    assert_safe(analyzer, found)


@pytest.mark.model
@pytest.mark.parametrize("message", [
    "Enjoy your echo chamber.",
    "If you actually checked your messages you would have seen I said the server was down.",
    "Keep your opinions to yourself.",
])
def test_the_listeners_things_in_a_jab_or_an_event_are_not_a_chore_to_take_care_of(rewrite, message):
    assert not any("take care of" in t for t in texts_of(rewrite(message)))


@pytest.mark.model
@pytest.mark.parametrize("message", [
    "It's not like you're perfect either.",
    "I did it, fine. You're hardly perfect yourself.",
    "Sorry I forgot. you forget stuff all the time too",
])
def test_a_counter_claim_about_the_listener_is_never_said_back_in_an_apology(rewrite, message):
    for t in texts_of(rewrite(message)):  # none at all is fine: there may be nothing else to keep
        if "sorry" in t.lower() or "upset" in t.lower():
            assert "perfect" not in t and "all the time" not in t, t


@pytest.mark.model
@pytest.mark.parametrize("message, kept", [
    ("I was swamped ok", "swamped"),
    ("I'm not ignoring you, I'm shattered. I've worked nights all week.", "nights"),
    ("Well excuse me for trying to cook dinner", "cook dinner"),
    ("so I'm wrong again. I only tried to fix the shelf", "fix the shelf"),
    ("Fine. I'll never offer to help again, since apparently I only make things worse.", "help"),
])
def test_excuses_are_owned_and_keep_what_they_were_about(rewrite, analyzer, message, kept):
    found = texts(rewrite(message))
    assert any(kept in t for t in found)
    assert not any("trying to" in t or "I'm wrong" in t for t in found)
    assert_safe(analyzer, found)


@pytest.mark.model
def test_a_pure_insult_gets_no_invented_situation(rewrite):
    outcome = rewrite("honestly, what is wrong with you??")
    assert [s["strategy"] for s in outcome.suggestions] == ["I statement"]
    assert "understand" in outcome.suggestions[0]["text"] and "wrong" not in outcome.suggestions[0]["text"]


# -- sarcasm without a sentence: fragments, doubted promises, ironic praise, dares -------------
@pytest.mark.model
@pytest.mark.parametrize("message, kept", [
    ("DRUNK AGAIN AT MY SISTER'S WEDDING 🙄", "wedding"),
    ("forty minutes late to the school play. as usual.", "forty minutes late"),
    ("on your phone the whole dinner again 📱", "phone"),
    ("classic. an hour late and not even sorry", "sorry"),
])
def test_a_verbless_fragment_reads_as_what_the_listener_was(rewrite, analyzer, message, kept):
    found = texts(rewrite(message))
    assert any(kept in t.lower() and "you were" in t.lower() for t in found)
    assert not any("again" in t.lower() or "as usual" in t.lower() for t in found)
    assert_safe(analyzer, found)


@pytest.mark.model
def test_the_speakers_own_lateness_is_not_read_as_the_listeners(rewrite):
    outcome = rewrite("late again, sorry!! the bus broke down")
    assert not any("you were late" in s["text"].lower() for s in outcome.suggestions)


@pytest.mark.model
@pytest.mark.parametrize("message, kept", [
    ("yeah right, you'll fix the fence this weekend 🙄", "fix the fence"),
    ("oh sure, you won't forget the tickets. like last time.", "won't forget the tickets"),
    ("SURE, YOU'RE GONNA PAY THE GAS BILL", "pay the gas bill"),
])
def test_a_doubted_promise_becomes_wanting_to_count_on_it(rewrite, analyzer, message, kept):
    found = texts(rewrite(message))
    assert any(kept in t.lower() and t.endswith("?") for t in found)
    assert not any("sure" in t.lower() or "right" in t.lower() or "🙄" in t for t in found)
    assert_safe(analyzer, found)


@pytest.mark.model
@pytest.mark.parametrize("message, kept", [
    ("perfect timing texting me at 3am the night before my exam!!", "texted me at 3am"),
    ("nice job forgetting the dog's vet appointment. twice?", "forgot the dog's vet appointment"),
])
def test_ironic_praise_of_an_act_names_the_act(rewrite, analyzer, message, kept):
    found = texts(rewrite(message))
    assert any(kept in t for t in found)
    assert not any(w in t.lower() for t in found for w in ("perfect", "nice job", "way to go"))
    assert_safe(analyzer, found)


def test_ironic_praise_names_the_act_before_the_re_check():
    """"way to go ruining the surprise for everyone": the model doesn't flag it, and scores the reading
    "…when you ruined the surprise for everyone" 0.51 blaming (0.43 with the model before the full stop
    stopped being a word feature), so a forced rewrite shows nothing: the reading is what is tested here."""
    from conftest import read_as
    from heard.rewrite.strategies import candidates_for

    found = [c.text for c in candidates_for(read_as("way to go ruining the surprise for everyone"))]
    assert any("ruined the surprise" in t for t in found), found
    assert not any("way to go" in t.lower() for t in found), found


@pytest.mark.model
def test_a_way_to_do_something_is_not_ironic_praise(rewrite):
    outcome = rewrite("you always find a way to dodge the dishes")
    assert not any("dodged" in s["text"] for s in outcome.suggestions)


@pytest.mark.model
@pytest.mark.parametrize("message, kept", [
    ("Look at me. Tell me you weren't at the party with him?", "whether you were at the party with him"),
    ("just tell me you haven't been reading my emails", "whether you have been reading my emails"),
])
def test_a_dare_to_deny_becomes_needing_to_know(rewrite, analyzer, message, kept):
    found = texts(rewrite(message))
    assert any(kept in t for t in found)
    assert not any("n't" in t.split(".")[0] for t in found)
    assert_safe(analyzer, found)


@pytest.mark.model
def test_a_quoted_dare_is_someone_elses_words(rewrite):
    outcome = rewrite('he said "tell me you didn\'t know" and laughed at me')
    assert not any("need to know whether" in s["text"] for s in outcome.suggestions)


@pytest.mark.model
def test_ironic_thanks_for_advice_keeps_the_advice_given(rewrite, analyzer):
    found = texts(rewrite('wow cheers for the advice to "not take it personally" 🙃 really useful'))
    assert any("told me not to take it personally" in t for t in found)
    assert not any("useful" in t or "🙃" in t for t in found)
    assert_safe(analyzer, found)


@pytest.mark.model
@pytest.mark.parametrize("message, name", [
    ("Mr Brown, Leo came home upset again because you put him in the corridor during the lesson.", "Leo"),
    ("Wow Dad, Father of the Year over here, missed the recital AGAIN", None),
])
def test_the_person_addressed_is_said_once_and_no_named_subject_is_lost(rewrite, message, name):
    for t in texts(rewrite(message)):
        assert not re.search(r"\bYou \w+ came\b|\bwhen missed\b|, missed\b", t), t
        if name:
            assert f"you {name}" not in t.lower(), t
