"""Sentences broken by cutting and joining clauses (splices.py, hyphen_prefixes.py, tense_agreement.py).

A name the message is said to never ends up inside the act ("when Marco you ghost…"); a hyphenated
word is never cut in two ("you rage", "Up sheet"); "every time" cut leaves "when"/"whenever", never two
clauses jammed together; a clause whose head was lost is never shown; the feeling's tense follows the act.
"""

from __future__ import annotations

import re

import pytest
from conftest import read_as, texts_of

from heard.rewrite.splices import mend, spliced
from heard.rewrite.tense_agreement import agree

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, name", [
    ("Marco you ghost the group chat every time it's your turn to wash the kits", "Marco"),
    ("Priya you ignore the rota every time it's your week to clean the bathroom", "Priya"),
    ("you never pick up when you're working late Dan, what's even the point of texting you", "Dan"),
    ("you literally never answer your phone when you're on call Sam, what is the point of you", "Sam"),
    ('Leah your "small change" broke the login page for the whole afternoon.', "Leah"),
    ("TOM YOU NEVER REPLY TO MY TEXTS WHEN YOU'RE AT THE PUB 🙄", "Tom"),
])
def test_a_name_said_to_stays_out_of_the_act(rewrite, text, name):
    for suggestion in texts_of(rewrite(text)):
        said = re.sub(r"^" + name + r", ", "", suggestion, flags=re.I)
        assert not re.search(r"\b" + name + r"\b", said, re.I), suggestion


@pytest.mark.parametrize("text, kept", [
    ("every time we queue together you rage-quit the second we lose a round", "rage-quit"),
    ("you rage-quit the call every time the kids start shouting", "rage-quit"),
    ("Stop guilt-tripping me about Diwali. I have a job and a toddler", "guilt-trip"),  # any form: "guilt-tripped"
    ("you double-booked the meeting room again and we had nowhere to go", "double-booked"),
    ("you posted the screenshot in #random for the whole company to see", "#random"),
])
def test_a_hyphenated_word_is_kept_whole(rewrite, text, kept):
    for suggestion in texts_of(rewrite(text)):
        half = kept.lstrip("#").split("-")
        assert kept in suggestion or not any(re.search(r"\b" + h + r"\b", suggestion, re.I) for h in half), suggestion
        assert not re.search(r"-\w*([bdgmnprt])\1e\b", suggestion), suggestion


@pytest.mark.parametrize("text, jam", [
    ("Your family acts like I'm the hired help every time we visit", r"help we visit"),
    ("Marco you ghost the group chat every time it's your turn to wash the kits", r"chat it"),
    ("my mother-in-law criticises everything I cook every time she stays", r"cook she stays"),
    ("Your brother treats me like a taxi service every time he needs a lift", r"service he needs"),
])
def test_every_time_cut_never_jams_two_clauses(rewrite, text, jam):
    for suggestion in texts_of(rewrite(text)):
        assert not re.search(jam, suggestion, re.I), suggestion
        assert not re.search(r"\bwhen\b[^.?!]*\bwhen\b[^.?!]*,\s*I (?:feel|felt)", suggestion), suggestion


@pytest.mark.parametrize("text", [
    "Because of your sloppy handover the night shift spent two hours restarting the wrong service.",
    "Because of your late invoice the client held back the whole payment.",
    "Rachel, everyone else sent their RSVP weeks ago. What's your excuse this time?",
    "Typical Daniel, skips the washing up at Christmas again and then wants a medal for carving the turkey",
    "Typical Leo, forgets the dog's vet appointment and then blames me",
    "Rachel, the spreadsheet you sent the board had last quarter's numbers. How does that even happen??",
    "Do you actually think before you tag the whole parents' group at 11pm?",
    "Nice of you to finally show up, only an hour and a half after you said.",
    "Great, you turned up two and a half hours after you promised.",
])
def test_a_clause_with_its_head_lost_is_never_shown(rewrite, text):
    msg = read_as(text)
    for suggestion in texts_of(rewrite(text)):
        assert not spliced(msg, suggestion), suggestion
        assert not re.search(r"\bwhen (?:of|skips|forgets|you everyone|an? half)\b|\bI'm not sure before\b|"
                             r"\byou the \w+|(?:^|\. )A half\b|\bup two,", suggestion, re.I), suggestion


@pytest.mark.parametrize("sentence, tense", [
    ("When you and Marcus spent our savings on a jet ski, I feel upset.", "I felt upset"),
    ("Mrs Patel, I was really frustrated when your son has pushed my daughter twice now.", "I feel really frustrated"),
    ("Mr Hughes, when your daughter has kicked my son at pickup, I felt upset.", "I feel upset"),
    ("I feel hurt when the kids ignored me.", "I felt hurt"),
    ("Leah, it upset me when your small change broke the login page.", "it upset me"),  # "change": maybe a noun
    ("When your mum's comments hurt, I felt sad.", "I felt sad"),  # "mum's": a possessive, no "is"
])
def test_the_feeling_follows_the_act_tense(sentence, tense):
    assert tense in agree(sentence)


def test_a_past_day_never_goes_with_havent_yet(rewrite):
    for text in ("Look I said I'd transfer the rent on Friday and it's Saturday, relax, it's not the end of the world",
                 "I'm sorry I haven't paid the electricity bill on Monday yet"):
        for suggestion in texts_of(rewrite(text)):
            assert not re.search(r"\bhaven't\b[^.?!]*\bon (?:Monday|Friday)\b[^.?!]*\byet\b", suggestion), suggestion
    msg = read_as("I said I'd transfer the rent on Friday")
    assert "didn't get the rent transferred on Friday" in mend(msg, "I'm sorry I haven't transferred the rent on Friday yet.")


def test_two_whens_become_one_moment(rewrite):
    for suggestion in texts_of(rewrite("Ok but you literally never offer to pay for petrol when I drive us to your parents' in Leeds")):
        assert "petrol" in suggestion and "Leeds" in suggestion
        assert not re.search(r"\bI (?:feel|felt)\b[^.?!]*\bwhen\b[^.?!]*\bwhen\b", suggestion), suggestion


@pytest.mark.parametrize("text, moment", [
    ('love how you "check in" only when you need a lift to the airport 👏👏', "you need a lift"),
    ("you always forget to feed Biscuit when I'm away", "I'm away"),
    ("You ONLY ever text me when you need money??", "you need money"),
    ("you never tell me when you've moved the meeting and then act shocked when I'm late", "you've moved the meeting"),
    ("you only call me when you're bored lol", "you're bored"),
])
def test_a_when_that_is_part_of_the_act_stays_with_it(rewrite, text, moment):
    """"…only when you need a lift", "…when I'm away": never pulled to the front as a moment of its own."""
    for suggestion in texts_of(rewrite(text)):
        assert not re.search(r"(?i)\bwhen " + re.escape(moment) + r"[^.?!]* and you\b", suggestion), suggestion
        assert not re.search(r"(?i)\band you check in only\b", suggestion), suggestion


@pytest.mark.parametrize("said, kept", [
    ("I feel let down when you forget to feed Biscuit when I'm away.", None),
    ("I get really hurt when you check in only when you need a lift to the airport.", None),
    ("I feel frustrated when you don't tell me when you've moved the meeting.", None),
    ("I feel ignored when you only text back when you want something.", None),
    ("I was frustrated when you split the bill evenly when I had a salad.",
     "When I had a salad and you split the bill evenly, I was frustrated."),
    ("When you don't offer to pay for petrol when I drive us to Leeds, I feel worried.",
     "When I drive us to Leeds and you don't offer to pay for petrol, I feel worried."),
])
def test_two_whens_are_reordered_only_for_a_moment_of_its_own(said, kept):
    msg = read_as("you never help")
    assert mend(msg, said) == (kept or said)


@pytest.mark.parametrize("text, name", [
    ("I missed you, Annie.", "Annie"),
    ("I missed you so much today, Tom.", "Tom"),
    ("I wouldn't have had to lie if you weren't so impossible to talk to, Howard.", "Howard"),
    ("I'd have called if you weren't always so touchy about it, Ben.", "Ben"),
])
def test_a_name_set_apart_at_the_end_is_never_read_into_the_act(rewrite, text, name):
    for suggestion in texts_of(rewrite(text)):
        assert not re.search(r"\bsorry I missed you\b", suggestion), suggestion  # longing, not a lapse
        assert not re.search(r"[a-z]\s+" + name + r"\b", suggestion), suggestion
    msg = read_as(text)
    assert spliced(msg, "I'm sorry I missed you " + name + ". Can we talk?") or name not in ("Annie", "Tom")


@pytest.mark.parametrize("text", [
    "I wouldn't have had to lie if you weren't so impossible to talk to, Howard.",
    "I wouldn't have had to lie if you weren't so impossible to talk to.",
    "I wouldn't have to shout if you weren't so hard to reach, Priya.",
    "Maybe I'd tell you things if you weren't always so quick to judge, Nina.",
    "I'D HAVE CALLED IF YOU WEREN'T ALWAYS SO TOUCHY ABOUT IT",
])
def test_weren_t_is_never_put_back_as_be_nt(rewrite, text):
    for suggestion in texts_of(rewrite(text)):
        assert not re.search(r"(?i)\b\w+ n't\b|\b(?:when|if) (?:you|we|they) be\b", suggestion), suggestion
