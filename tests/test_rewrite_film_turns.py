"""Film and TV confrontation turns (film_turns.py): "Where were you last night?", "I trusted you.",
"When were you going to tell me?", "So that's it? You're leaving?", "Tell me the truth", "Say it",
"Is that what you think of me?" get the speaker's feeling and need, keeping the name, the time and
the topic the turn names; a teasing or neutral turn gets none of these lines."""

import re

import pytest

from conftest import some_texts, texts_of


@pytest.mark.parametrize("text", ["Where were you last night, Frank?", "WHERE WERE YOU LAST NIGHT?",
                                  "Where the hell were you yesterday?", "Where have you been all day, Sam?",
                                  "Where the heck did you go, Jess? 😡"])
def test_where_were_you_is_worry_keeping_the_time_and_name(rewrite, text):
    for suggestion in some_texts(rewrite(text)):
        assert "where you" in suggestion and "you were last night you" not in suggestion, suggestion
        for kept in ("last night", "yesterday", "all day", "Frank", "Sam", "Jess"):
            if kept.lower() in text.lower():
                assert kept in suggestion, suggestion
    assert any("worried" in s for s in texts_of(rewrite(text)))


@pytest.mark.parametrize("text", ["I trusted you.", "I trusted you, Nina.", "I really trusted you.",
                                  "I trusted you with my kids, Maria.", "I counted on you, partner."])
def test_broken_trust_says_the_hurt_and_asks_to_understand(rewrite, text):
    for suggestion in some_texts(rewrite(text)):
        assert "hurt" in suggestion and suggestion.endswith("?"), suggestion
        if "kids" in text:
            assert "with my kids" in suggestion
        if "Nina" in text:
            assert "Nina" in suggestion


@pytest.mark.parametrize("text", ["How long have you known?", "When were you going to tell me, Paul?",
                                  "Were you ever gonna tell me?",
                                  "When were you going to tell me about the second mortgage?",
                                  "How long were you gonna hide it from me?"])
def test_finding_out_late_is_hurt_never_a_garbled_when_you(rewrite, text):
    for suggestion in some_texts(rewrite(text)):
        assert not re.search(r"when (?:long )?you (?:were going|have knew)", suggestion), suggestion
        if "mortgage" in text:
            assert "second mortgage" in suggestion
    assert any("hurt" in s for s in texts_of(rewrite(text)))


@pytest.mark.parametrize("text", ["So that's it? You're just leaving?", "So that's it? You're walking out on us?",
                                  "You're leaving? Just like that?"])
def test_a_leaving_turn_keeps_what_the_listener_is_doing(rewrite, text):
    act = "walking out on us" if "walking" in text else "leaving"
    assert any(act in s and "hurt" in s for s in some_texts(rewrite(text)))
    assert not any("that's it" in s.lower() for s in texts_of(rewrite(text)))


@pytest.mark.parametrize("text", ["Tell me the truth for once, Danny.", "Don't lie to me, Kevin.", "Just be honest with me.",
                                  "Say it. Say what you really think.", "Just say it, Jack.",
                                  "Is that what you think of me?"])
def test_a_demand_for_honesty_becomes_a_need_and_a_question(rewrite, text):
    for suggestion in some_texts(rewrite(text)):
        assert suggestion.endswith("?") and "for once" not in suggestion, suggestion
        assert suggestion.count("what you think") <= 1, suggestion
        for name in ("Danny", "Kevin", "Jack"):
            if name in text:
                assert name in suggestion, suggestion


@pytest.mark.parametrize("text", ["I trusted you lol", "Tell me the truth lol", "Where were you?", "Where have you been? Missed you!", "You're leaving tomorrow, right?",
                                  "Where were you born?", "Thanks for coming, Dad. It means a lot.",
                                  "Where were you going to put the sofa?"])
def test_teasing_or_neutral_turns_get_none_of_these_lines(rewrite, text):
    for suggestion in texts_of(rewrite(text)):
        assert not re.search(r"not knowing where|I trusted you, and|only finding out|honest with each other|"
                             r"hurt that you're leaving|worried about you", suggestion), suggestion


@pytest.mark.parametrize("text", ["Don't you walk away from me.", "Don't you talk to me like that.",
                                  "Don't you raise your voice at me, Tom.", "DON'T YOU DARE WALK OUT THAT DOOR!",
                                  "Don't you turn your back on me."])
def test_a_dont_you_order_never_asks_for_the_hurtful_act(rewrite, text):
    for suggestion in some_texts(rewrite(text)):
        assert not re.search(r"\b(?:would you be willing to|could you|if you could) (?!help)", suggestion, re.I), suggestion
        assert re.search(r"\bwhen you (?:walk|talk|raise|turn)|\bif you (?:walked|talked|raised|turned)", suggestion, re.I), suggestion
        if "Tom" in text:
            assert "Tom" in suggestion


@pytest.mark.parametrize("text", ["Don't you want to come?", "Don't you know I love you."])
def test_a_dont_you_question_is_not_read_as_an_order(rewrite, text):
    for suggestion in texts_of(rewrite(text)):
        assert "when you want" not in suggestion and "when you know" not in suggestion, suggestion


@pytest.mark.parametrize("text, kept", [("You think I didn't see the texts?", "saw the texts"),
                                        ("You think I don't know about the money, Ray?", "know about the money"),
                                        ("Do you think I didn't notice the scratch on the car?", "noticed the scratch")])
def test_you_think_i_didnt_see_is_what_the_speaker_found_out_not_a_defence_to_apologise_for(rewrite, text, kept):
    found = some_texts(rewrite(text))
    assert any(kept in s for s in found), found
    assert not any(s.startswith("I'm sorry") for s in found), found


def test_you_think_i_didnt_read_it_is_a_defence_not_a_discovery(rewrite):
    assert not any("read the contract, and I'm really hurt" in s for s in texts_of(rewrite("you think I didn't read the contract?")))
