"""Longer blaming messages between people close to each other (partners, co-parents, parents and
grown-up children, siblings): the speaker's own closing request is what the rewrite asks for, said
once and last (own_requests.py); a concession is kept whole (whole_concessions.py); a stated
"you didn't tell me you'd X" stays a complaint, not a question (not_told.py)."""

import re

import pytest

from conftest import some_texts, texts_of
from heard.rewrite.own_requests import closing_ask

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, kept", [
    ("you haven't called your gran in two months and she keeps asking me if you're ok. she's 89. "
     "i know uni is busy but it would take you five minutes. please ring her this weekend", "ring her this weekend"),
    ("you kept the kids up past 11 on a school night at yours and then sent them back to me exhausted. Maya fell "
     "asleep in class. i know you want them to have fun but can we keep the same bedtime in both houses",
     "same bedtime in both houses"),
    ("you took the last of the milk and didn't replace it, again. this morning i had to give the baby dry cereal. "
     "i know the shop is out of your way but please text me if we're running out", "text me if we're running out"),
    ("you always leave the dishes for me after you cook. last night it was every pan we own. i appreciate you "
     "making dinner, i really do. can we at least clear up together", "clear up together"),
    ("you said you'd be at the station at 6 and i waited 50 mins in the cold!! your phone was off the whole time. "
     "i get that the meeting ran over but you need to text me if you're going to be late",
     "text me if you're going to be late"),
])
def test_the_speakers_own_request_closes_the_rewrite(rewrite, text, kept):
    best = some_texts(rewrite(text))[0]
    last = re.split(r"(?<=[.?!])\s+", best.strip())[-1]
    assert kept in last, best
    assert best.lower().count(kept) == 1, best  # said once, not glued in second and again at the end


@pytest.mark.parametrize("text, act", [
    ("seriously?? you told the kids i was the reason we split up. they came home asking me why i \"broke the "
     "family\". i know you're still hurt but you can't put them in the middle", "put them in the middle"),
    ("you made a comment about my cooking in front of everyone at sarah's. \"at least it's edible\" lol thanks. "
     "i know you were joking but it stung. please don't do that when we're out", "do that when we're out"),
    ("Ava you told your dad i said he was useless. i never said that. i know things are hard with the divorce. "
     "please don't pass things on between us", "pass things on between us"),
])
def test_no_suggestion_asks_for_what_the_speaker_asked_them_not_to_do(rewrite, text, act):
    for suggestion in texts_of(rewrite(text)):
        assert not re.search(r"\b(?:could|can|would) you (?:be willing to )?" + re.escape(act), suggestion, re.I), suggestion
        assert not re.search(r"\bcould you don't\b", suggestion, re.I), suggestion


def test_a_two_part_ask_is_two_fluent_lines(rewrite):
    text = ("mom you keep calling me at work even after i asked you to text. my manager pulled me aside about it "
            "today. i love talking to you, i really do. please text and i'll call you back at lunch")
    for suggestion in texts_of(rewrite(text)):
        assert not re.search(r"\bi\b", suggestion), suggestion  # "and i'll call you back" not kept lower case
        assert "Could you text and" not in suggestion, suggestion


@pytest.mark.parametrize("text, whole", [
    ("Mum you keep commenting on what I eat in front of the kids. Yesterday at lunch you said I'd \"let myself go\". "
     "I know you mean well but it really hurt. Can you stop making remarks about my body", "mean well"),
    ("you never let me finish a sentence. at dinner tonight you cut me off three times when i was talking about the "
     "job offer. i know you get excited and want to jump in. i just want to feel listened to", "excited and want"),
])
def test_a_concession_is_kept_whole(rewrite, text, whole):
    for suggestion in texts_of(rewrite(text)):
        assert not re.search(r"\bI know you mean\.", suggestion), suggestion
        assert not re.search(r"(?:^|[.?!]\s+)Want to\b", suggestion), suggestion  # a verbless tail on its own
        if re.search(r"\bI know you (?:mean|get)\b", suggestion):
            assert whole in suggestion, suggestion


def test_a_name_is_not_read_into_the_concession(rewrite):
    text = ("i know you mean well mum but you keep sending me job adverts. i'm happy where i am. "
            "i know you worry about me. please stop sending them")
    for suggestion in texts_of(rewrite(text)):
        assert "mean well mum." not in suggestion.lower(), suggestion


@pytest.mark.parametrize("text", [
    "you didn't tell me you'd invited your brother to stay for a week. i found out when he turned up with a suitcase. "
    "i like Chris but this is our home too. next time please check with me first",
    "you didn't tell me you'd booked the flights. i saw it on your email. i know you wanted it to be a surprise but "
    "we can't afford it. please check before you spend that much",
    "Dad you didn't tell me you'd sold grandad's watch. I found out when I asked to borrow it at xmas. "
    "I know it was yours to sell. I just wish you'd asked if I wanted it first 😔",
])
def test_a_stated_untold_act_stays_the_complaint(rewrite, text):
    for suggestion in some_texts(rewrite(text)):
        assert "need to know whether" not in suggestion, suggestion


@pytest.mark.parametrize("text", [
    "can you not? you've been on about the car for three days. i said i'm sorry. can you not",
    "you were so rude to my friend at the party. you barely said two words to her. just grow up honestly",
    "you keep buying the kids stuff. Ethan thinks i'm the mean parent. but you can't keep undermining me like this",
    "you forgot the bins. please take them out",  # short: closings.py's reading, not this one
    "YOU NEVER HELP. I DO EVERYTHING. CAN YOU EVER JUST LISTEN?",
])
def test_taunts_and_short_messages_give_no_closing_ask(text):
    assert closing_ask(text) is None
