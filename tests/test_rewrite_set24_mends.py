"""Shapes from held-out set 24's grades (graded blind at the tenth session's 00:38 state, before these mends),
each put right where it is made: feelings read off where things are ("my side of the fence", "it's been
sitting there since Sunday") or off a thing taken "without asking" (feelings.py); a put-down asked back as a
request ("Could you stop acting like a child?", lexicon.PUT_DOWN)."""

import pytest

from conftest import some_texts

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, wrong", [
    ("Your hedge is now a metre over my side of the fence and blocking the sun off the veggie patch. I asked nicely "
     "in January. Clearly nice doesn't work with you.", "alone"),
    ("How hard is it to rinse a pan. Seriously. There is egg cemented to the good frying pan and it's been sitting "
     "there since Sunday.", "alone"),
    ("Bhai you took the car without asking AGAIN and returned it with the tank on empty. Papa had to take an auto to "
     "the hospital because of you.", "left out"),
])
def test_no_feeling_read_off_where_things_are_or_a_thing_taken(rewrite, text, wrong):
    found = some_texts(rewrite(text))
    assert not any(wrong in s for s in found), found


def test_no_one_standing_by_the_speaker_is_still_alone(rewrite):
    first = some_texts(rewrite("Your mother rearranged my kitchen cupboards while we were out and you just stood there "
                               "smiling. Whose side are you actually on?"))[0]
    assert "alone" in first, first


@pytest.mark.parametrize("text", [
    "I can't believe you sold my PS5 games without asking me. Those were MINE, Liam. You're twenty-three, stop acting "
    "like a child.",
    "Thanks for leaving me a one-star review over a parcel the post office lost. Very fair of you. Maybe learn how "
    "tracking works before you wreck a small business.",
])
def test_a_put_down_is_not_asked_back(rewrite, text):
    found = some_texts(rewrite(text))
    assert not any(w in s for s in found for w in ("like a child", "learn how", "wreck")), found


@pytest.mark.parametrize("text, kept, gone", [
    ("Hi Gavin, just flagging that the client call went sideways because you didn't send them the revised quote like "
     "you said you would on Monday. Again.", "The client call went sideways", "Flagging"),
    ("I can never do anything right in this house, can I. I do the whole shop and all you notice is I got the wrong "
     "bread.", "I do the whole shop", "Can I."),
    ("I am not your personal alarm clock, Kevin. Third time this week you've missed the bus and made me late dropping "
     "you at school.", "for the third time this week", "alarm clock"),
])
def test_frames_tags_counts_and_refused_roles(rewrite, text, kept, gone):
    first = some_texts(rewrite(text))[0]
    assert kept in first and gone not in first, first
    assert "when third time" not in first, first


@pytest.mark.parametrize("text, gone", [
    ("chill, it's a scratch on the bumper, you can barely see it unless you're lying on the ground lol",
     ("the ground", "Chill")),
    ("It's not a big deal bro, I'll pay you back the R500 when I get paid, why are you telling everyone",
     ("sorry about the big deal",)),
])
def test_a_chat_word_is_no_topic_and_a_leading_chill_goes(rewrite, text, gone):
    found = some_texts(rewrite(text))
    assert not any(g in s for s in found for g in gone), found


def test_calm_down_alone_is_not_cut_to_nothing():
    from heard.rewrite.irony import _CALM_DOWN
    assert _CALM_DOWN.match("chill, it's a scratch on the bumper")
    assert not _CALM_DOWN.match("Calm down, Mum.") and not _CALM_DOWN.match("relax about the subs")


@pytest.mark.parametrize("text, kept, gone", [
    ("You ALWAYS do this. You said you'd grab Maya from swimming at 5:30 and she sat outside the leisure centre for "
     "forty minutes in the rain. Forty minutes, Dan.", "5:30", "You do this."),
    ("Wow great job feeding the enemy jungler 6 kills before 10 mins, really carried us there 👏👏", "6 kills",
     "carried us"),
    ("You lot in accounts have had my expense claim since 4 October. I'm £612 out of pocket because nobody in that "
     "department can be bothered to click approve, and frankly it's embarrassing that I have to chase grown adults "
     "for money the company already owes me.", "£612", "bothered"),
    ("So the report you submitted had my analysis in it with your name on the cover page. Funny how that works. I sent "
     "you that spreadsheet on the 12th.", "on the 12th", "Funny"),
])
def test_the_jab_goes_and_the_detail_stays(rewrite, text, kept, gone):
    first = some_texts(rewrite(text))[0]
    assert kept in first and gone not in first, first


def test_no_an_before_a_word_said_with_a_consonant():
    from heard.rewrite.loaded import a_or_an
    from heard.rewrite.surface import tidy
    assert tidy("you left me a one-star review and a apple") == "you left me a one-star review and an apple"
    assert a_or_an("one-off fee") == "a" and a_or_an("European trip") == "a" and a_or_an("idea") == "an"


def test_a_maybe_put_down_is_no_ask(rewrite):
    found = some_texts(rewrite("Wow, amazing work booking the Lisbon Airbnb for the wrong week, Dan. Truly stellar planning "
                               "👏 Maybe leave it to the adults next time."))
    assert "Lisbon Airbnb for the wrong week" in found[0] and not any("adults" in s for s in found), found


def test_being_told_something_is_no_apology_held_up(rewrite):
    found = some_texts(rewrite("Sorry but I was told the delivery slot was 2 to 4, if the courier came at 1 that's hardly "
                               "my fault, I'm not paying the redelivery fee."))
    assert not any("apology didn't feel like enough" in s for s in found), found
