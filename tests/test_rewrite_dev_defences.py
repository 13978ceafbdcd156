"""Defences of the kind in the corpus dev split, rewritten as a person receiving them would want:
an apology or acknowledgement does not carry the line that argues the complaint away ("everybody
has off nights", "nobody got hurt", "I can't be expected to…"); a plea ("what more am I meant to
do?") is not owned as an unkept promise; the amends fit what the speaker did; no apology for an act
the message only uses to say when ("when I left"). Each test asserts a property, not a string."""

import re

import pytest

from conftest import some_texts, texts_of
from heard.rewrite.justifies import justifies

pytestmark = pytest.mark.model

# What the dev defences hold up against the complaint, in new words.
ARGUED_AWAY = [
    ("bro it was one bad pull, EVERYBODY has off nights 🙄", r"off nights"),
    ("it was only a prank, nobody got hurt lol", r"nobody got hurt"),
    ("It was one coffee with my ex. It's hardly worth a fight on a Sunday.", r"hardly worth"),
    ("I'd posted it before the new numbers came out. I can't be expected to read minds.", r"expected to"),
    ("loads of people miss their first flight, it's not that serious", r"loads of people"),
    ("most of my mates fail it first time, it's honestly not that serious", r"most of my mates"),
    ("\"I'm not drinking too much\", it's two beers after work. Everyone at the depot does that.", r"everyone at"),
    ("I've cooked for this family for twenty years. One burnt roast doesn't make me a bad cook.", r"make me a"),
    ("the gas bill isn't that high?? it's January, that's normal", r"isn't that high|normal"),
    ("Look, I did my best with the rota. There was no way to keep everyone happy.", r"no way to"),
    ("that's not fair. I've been nothing but patient about the move", r"nothing but"),
    ("I can see it hurt you. But I did what any decent dad would have done.", r"any decent dad"),
    ("I put the bins out, someone else must have moved them", r"someone else"),
    ("The late orders aren't a warehouse problem, I shipped everything on Monday.", r"warehouse problem"),
]


@pytest.mark.parametrize("message, kept", ARGUED_AWAY)
def test_the_line_that_argues_the_complaint_away_is_not_said_back(rewrite, message, kept):
    for suggestion in texts_of(rewrite(message)):
        assert not re.search(kept, suggestion, re.I), suggestion


@pytest.mark.parametrize("line", ["I was at work", "my phone died", "Nobody trained me on the new till",
                                  "the restaurant said they'd hold the table", "people were waiting for me",
                                  "suddenly everyone's mad at me", "I've been waiting on my refund"])
def test_the_speakers_own_facts_are_not_read_as_arguing(line):
    assert not justifies(line)


@pytest.mark.parametrize("message", [
    "I told him I was sorry twice, what more am I meant to do, crawl?",
    "I didn't invite her, she invited herself! what was I meant to say, no??",
    "i apologised already. WHAT ELSE am I supposed to do",
])
def test_a_plea_is_not_owned_as_an_unkept_promise(rewrite, message):
    for suggestion in texts_of(rewrite(message)):
        assert not re.search(r"\bhaven't (?:done|said)\b|\bam I (?:meant|supposed)\b", suggestion, re.I), suggestion


@pytest.mark.parametrize("message, act", [
    ("I said I'd fix the fence when I have time", r"haven't fixed the fence"),
    ("I was going to pay you back for the gig tickets, I've just been waiting on my refund", r"paid you back"),
])
def test_a_promise_is_still_owned(rewrite, message, act):
    assert any(re.search(act, s) for s in some_texts(rewrite(message)))


def test_paying_back_gets_money_amends_not_checking(rewrite):
    found = some_texts(rewrite("I was going to pay you back for the concert tickets, I've just been waiting on my tax refund"),
                       "take responsibility")
    assert not any("waiting to be told" in s for s in found), found


@pytest.mark.parametrize("message", [
    "Of course you're upset about the dog, I would be too, but I had the gate shut when I left, I swear",
    "the back door was locked when I left",
])
def test_no_apology_for_an_act_that_only_says_when(rewrite, message):
    for suggestion in texts_of(rewrite(message)):
        assert not re.search(r"I'm sorry I left\b|I would be too", suggestion), suggestion


@pytest.mark.parametrize("message", [
    "ok so I hadn't mentioned the dent yet. I was waiting till after your exams",
    "I know it felt dismissive. I was only trying to keep the meeting on time though.",
    "I didn't remove anyone's comments, the automod did",
])
def test_no_broken_leftovers(rewrite, message):
    for suggestion in texts_of(rewrite(message)):
        assert not re.search(r"should have \w+ .*\byet\b|\bthough[,.]|anyone comments", suggestion), suggestion


def test_every_suggestion_is_below_the_thresholds(rewrite, analyzer):
    texts = [m for m, _ in ARGUED_AWAY] + ["ok so I hadn't mentioned the dent yet. I was waiting till after your exams"]
    suggestions = [s for outcome in rewrite(*texts) for s in texts_of(outcome)]
    assert suggestions
    for result in analyzer.check_many(suggestions):
        assert not any(result["labels"][label]["flagged"] for label in ("blaming", "defensive")), result["text"]


@pytest.mark.parametrize("message", [
    "I didn't flake, I told you on Tuesday I might not make it",
    "i told u last week i might not come!!",
])
def test_a_warning_given_is_not_owned_as_the_lapse(rewrite, message):
    for suggestion in texts_of(rewrite(message)):
        assert not re.search(r"I should have (?:made it|come)\b(?! clearer)", suggestion), suggestion
