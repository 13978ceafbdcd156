"""Defects found reading every probe's output after a round of new readings: one test per family,
each with inputs that could bring it back."""

import re

import pytest

from heard.rewrite.inflect import past
from heard.rewrite.repeats import without_echoes
from conftest import some_texts, texts_of


@pytest.mark.parametrize("text", ["why are you always on your phone at dinner", "Why are you always attacking me?",
                                  "you're always late to standup"])
def test_one_past_occasion_is_told_in_the_past(rewrite, text):
    for said in texts_of(rewrite(text), "drop the absolutes"):
        assert not re.search(r"\b(?:last|this) time you (?:are|aren't|'re)\b", said, re.I), said


@pytest.mark.parametrize("verb, form", [("unplug", "unplugged"), ("unzip", "unzipped"), ("overstep", "overstepped"),
                                        ("render", "rendered"), ("reckon", "reckoned"), ("rebook", "rebooked")])
def test_a_prefixed_verb_doubles_its_consonant_only_where_its_root_would(verb, form):
    assert past(verb) == form


@pytest.mark.parametrize("text", ["I'm sorry but I was NOT going to miss my best friend's wedding for a cousin's christening",
                                  "I wasn't going to let him talk to you like that"])
def test_a_choice_stood_by_is_not_apologised_for_as_a_misunderstanding(rewrite, text):
    assert not any("it felt like I was going" in s for s in texts_of(rewrite(text)))


def test_a_mock_invitation_is_not_turned_into_a_request(rewrite):
    found = texts_of(rewrite("Yes Jenna, please tell me again how easy your job is compared to the rest of us"))
    assert not any(re.search(r"\b(?:could|would) you tell me again\b", s, re.I) for s in found), found


def test_a_role_the_speaker_denies_gets_no_apology(rewrite):
    found = some_texts(rewrite("Fair enough that you're angry about the rent hike, I would be too, but I'm not the "
                               "landlord. I just posted the article."))
    assert not any(s.startswith("I'm sorry") for s in found), found


@pytest.mark.parametrize("text, expected", [
    ("When you brought up my salary, I felt embarrassed. I felt embarrassed. Could we talk about it?",
     "When you brought up my salary, I felt embarrassed. Could we talk about it?"),
    ("I was hurt. I was hurt. Can we talk?", "I was hurt. Can we talk?"),
    ("I felt let down. You felt let down too? Can we talk?", "I felt let down. You felt let down too? Can we talk?"),
])
def test_a_sentence_that_only_says_again_how_an_earlier_one_ended_is_dropped(text, expected):
    assert without_echoes(text) == expected


@pytest.mark.parametrize("text", ["you didn't pick the kids up from school, the teacher had to ring me",
                                  "you forgot to collect Mia from nursery"])
def test_a_child_left_at_school_is_a_worry_said_with_the_act(rewrite, text):
    found = some_texts(rewrite(text))
    assert any("worried" in s and re.search(r"pick|collect", s) for s in found), found


@pytest.mark.parametrize("text", ["It worries me when it seems like a 'you don't know him like I do'. Could we talk?",
                                  "When you weren't there at 8, I felt upset. Could you be still here?",
                                  "I haven't had about my bedside manner complaints in nine years."])
def test_the_fluency_net_catches_a_quote_read_as_a_noun_and_a_misplaced_plural(text):
    from heard.rewrite.fluency import broken
    assert broken(text)


def test_an_error_in_one_reading_costs_that_message_its_suggestions_not_the_run(analyzer, monkeypatch, caplog):
    import heard.rewrite.engine as engine

    real = engine.candidates_for
    monkeypatch.delenv("HEARD_STRICT", raising=False)
    monkeypatch.setattr(engine, "candidates_for",
                        lambda msg: (_ for _ in ()).throw(KeyError("come")) if "broken" in msg.text else real(msg))
    results = analyzer.check_many(["you never listen to me, it's broken", "you never listen to me"])
    first, second = engine.rewrite_results(analyzer, results, force=True)
    assert first.suggestions == [] and first.reason == engine.INTERNAL_REASON
    assert second.suggestions
    assert "internal error" in caplog.text and "KeyError" in caplog.text


def test_in_strict_mode_the_error_is_raised(analyzer, monkeypatch):
    import heard.rewrite.engine as engine

    monkeypatch.setenv("HEARD_STRICT", "1")
    monkeypatch.setattr(engine, "candidates_for", lambda msg: (_ for _ in ()).throw(KeyError("come")))
    with pytest.raises(KeyError):
        engine.rewrite_results(analyzer, analyzer.check_many(["you never listen to me"]), force=True)


@pytest.mark.parametrize("text, name", [("What were you thinking, Tommy?", "Tommy"), ("Are you out of your mind, Dave?", "Dave")])
def test_a_name_after_what_were_you_thinking_is_the_address_not_part_of_the_question(rewrite, text, name):
    found = some_texts(rewrite(text))
    assert all(s.startswith(name) and "understand your thinking" in s for s in found), found
    assert not any("seems like what you" in s for s in found), found


@pytest.mark.parametrize("text, act", [
    ("you never cc me on the client emails and then act surprised I'm out of the loop", "cc me"),
    ("you forgot to book the table and then acted shocked that we had to wait", "book the table"),
    ("you always leave the gate open and then act all innocent when the dog gets out", "gate open"),
])
def test_a_verdict_tacked_on_without_its_you_goes_and_the_act_stays(rewrite, text, act):
    found = some_texts(rewrite(text))
    assert any(act in s for s in found), found
    assert not any(re.search(r"\bact(?:ed|s)? (?:all )?(?:surprised|shocked|innocent)\b", s, re.I) for s in found), found


@pytest.mark.parametrize("text, kept", [
    ('Your feelings are valid. Calling Priya "pathetic" for posting about her miscarriage is not, and you owe her '
     'an apology.', "Priya"),
    ('you told everyone at work my sister was "lazy" when she was off sick', "sister"),
])
def test_a_judgment_word_in_quotes_is_reported_speech_and_the_act_is_kept(rewrite, text, kept):
    found = some_texts(rewrite(text))
    assert any(kept in s for s in found), found


@pytest.mark.parametrize("text", ["wow you're really making a mountain out of one downvote. I didn't even reply to you, calm down",
                                  "I didn't even message him, why would I", "relax, I didn't even call her last night"])
def test_i_didnt_even_is_a_denial_not_a_lapse_to_confess(rewrite, text):
    assert not any("I should have" in s for s in texts_of(rewrite(text))), texts_of(rewrite(text))


@pytest.mark.parametrize("text, act", [("I didn't call you back, I'm sorry, work was mad", "called you back"),
                                       ("I didn't text you, sorry, my phone died", "texted you"),
                                       ("I didn't pay the gas bill. I'm so sorry. I'll sort it tomorrow", "paid the gas bill")])
def test_an_omission_the_speaker_apologises_for_is_not_taken_as_a_misreading(rewrite, text, act):
    found = some_texts(rewrite(text))
    assert not any(f"felt like I {act}" in s for s in found), found
    assert any(f"I should have {act.split()[0].replace('ed', '').replace('paid', 'paid')}" in s or act in s for s in found), found


_POINTED = ("I'm feeling upset about this", "Something about this is bothering me")


@pytest.mark.parametrize("text", ["You're a grown woman now, Ellen.", "Did you really expect me to drop everything for you?"])
def test_a_flagged_remark_with_nothing_to_keep_gets_the_feeling_said_mildly(analyzer, rewrite, text):
    if not analyzer.check(text)["labels"]["blaming"]["flagged"]:
        pytest.skip("the shipped model no longer flags this remark")
    found = some_texts(rewrite(text))
    assert any(p.lower() in s.lower() for p in _POINTED for s in found), found
    assert not any("angry" in s for s in found), found
    if "Ellen" in text:
        assert all(s.startswith("Ellen, ") for s in found), found


@pytest.mark.parametrize("text", ["I missed you, Annie.", "You're fired, Pete.", "I know where you live btw",
                                  "oh wow, you're a grandma now!! congratulations", "you too!",
                                  "You've been so brave, sweetheart. Braver than any of us these last few months.",
                                  "I'd like you to call me when you land", "Where were you?", "Who told you that?"])
def test_the_mild_feeling_line_needs_a_flag_and_no_words_of_the_speakers_own(rewrite, text):
    assert not any(p.lower() in s.lower() for p in _POINTED for s in texts_of(rewrite(text))), texts_of(rewrite(text))


_HEARD = ("I can hear this matters to you, and I want to understand", "I'd like to hear what upset you before I say")


@pytest.mark.parametrize("text", ["no rush on the rent money, i'm not worried", "really, it's already December??",
                                  "thanks, that's all I needed"])
def test_the_mild_acknowledgement_needs_a_defensive_flag_and_no_reassurance(rewrite, text):
    assert not any(h in s for h in _HEARD for s in texts_of(rewrite(text))), texts_of(rewrite(text))
