"""Replies to another commenter under a news story ("So you'd rather the police just ignore
shoplifting downtown?", "Funny how you never mention the deficit Harper left behind.", "By your logic
nobody should pay for transit.") get the speaker's own view and a real question, keeping the names
and the subject, with the sarcasm gone (commenter_replies.py) — and the same shapes about the
speaker's own home are never pulled into that register."""

import re

import pytest

from heard.rewrite.commenter_replies import replies_to_commenter
from heard.rewrite.fluency import broken
from conftest import HOUSEHOLD_LINES, assert_views_reply, read_as, some_texts as texts, texts_of

# The jab's own words: none may survive into the suggestion.
SNEERS = re.compile(r"\b(?:seriously|actually|obviously|clearly|just|funny how|strange how|by your logic|so well|"
                    r"so brilliantly|lol)\b|\bis it\?|\bdon't you\b|😂|🙄", re.I)
# Lines only a reply to a view says: out of place for a home's complaint.
VIEW_LINES = re.compile(r"\bI don't think\b|\bAs I understand it\b|\bsame reasoning\b|\bsame standard\b|\bmatters? here too\b|"
                        r"\bI read .* differently from you\b|\bit matters who\b|\bIs that what you'd want\b", re.I)
# The speaker speaks for themself: "I …", "… me …", "As I …".
OWN_VIEW = re.compile(r"^(?:@\w+, )?(?:I|As I|It \w+ me|When .*, I)\b")


CASES = [
    ("So you'd rather the police just ignore shoplifting downtown?", "the police should ignore shoplifting downtown"),
    ("So you'd rather the police just ignore shoplifting downtown?? 😂", "the police should ignore shoplifting downtown"),
    ("So you'd rather Ottawa kept sending the money to consultants?", "ottawa should keep sending the money"),
    ("Are you seriously suggesting the carbon tax is the only reason groceries cost more?", "the carbon tax is the only reason"),
    ("Which part of the Bank of Canada report did you miss?", "bank of canada report"),
    ("The report is public. Which part of the Bank of Canada report did you miss?", "bank of canada report"),
    ('Which part of "temporary" did you not understand when they raised the GST?', 'temporary'),
    ("And who do you suppose covers the cost of the Olympic stadium?", "covers the cost of the olympic stadium"),
    ("Funny how you never mention the deficit Harper left behind 🙄", "the deficit harper left behind"),
    ("Funny how nobody on your side talks about the Trans Mountain overruns.", "the trans mountain overruns matter"),
    ("Your logic means we should close every rural hospital in Saskatchewan.", "close every rural hospital in saskatchewan"),
    ('By your "logic" nobody should ever pay for public transit.', "pay for public transit"),
    ("Where were all you fiscal hawks when the bailouts happened?", "the bailouts happened"),
    ("You obviously have never rented an apartment in Vancouver.", "rented an apartment in vancouver"),
    ("You clearly haven't read the actual Statistics Canada numbers.", "statistics canada numbers"),
    ("Did you not notice that the city already cut the library hours?", "the city already cut the library hours"),
    ("Is it really that hard to understand why people are angry about rents?", "why people are angry about rents"),
    ("What makes you so sure the Americans will honour the trade deal?", "the americans will honour the trade deal"),
    ("Why would the Bank of Canada cut rates with inflation at four percent?", "the bank of canada would cut rates"),
    ("Why do you keep blaming immigrants for a shortage the province created?", "a shortage the province created"),
    ("Doesn't it worry you that the RCMP budget doubled in ten years?", "worries me that the rcmp budget doubled"),
    ("So it's the immigrants' fault now, is it?", "the immigrants are responsible"),
    ("So it's Trudeau's fault now, is it? lol", "trudeau is responsible"),
    ("Let's see you run a hospital on that budget then.", "run a hospital on that budget"),
    ("Try explaining that to the families on the housing waitlist in Toronto.", "families on the housing waitlist in toronto"),
    ("Maybe ask the people in Flint how well deregulation worked.", "deregulation worked well for the people in flint"),
    ("I'd love to hear how you'd fund pharmacare without raising taxes.", "fund pharmacare without raising taxes"),
    ("You do realize the tariffs are paid by American importers, don't you?", "the tariffs are paid by american importers"),
    ("Isn't it funny that you only started caring about the deficit after the Liberals got in?", "before the liberals got in"),
]


@pytest.mark.model
@pytest.mark.parametrize("message, kept", CASES)
def test_a_commenter_reply_gets_the_speakers_view_and_a_real_question(rewrite, message, kept):
    found = texts(rewrite(message))
    assert_views_reply(found, kept.lower(), SNEERS)
    # one of them says the speaker's own view ("It sounds like you're saying…?" may sit beside it)
    assert any(OWN_VIEW.match(text) for text in found), found


@pytest.mark.model
def test_every_suggestion_reads_below_the_blaming_and_defensive_thresholds(rewrite, analyzer):
    outcomes = rewrite(*[m for m, _ in CASES])
    suggestions = [s for outcome in outcomes for s in texts_of(outcome)]
    for result in analyzer.check_many(suggestions):
        flagged = [label for label, v in result["labels"].items() if v["flagged"] and label in ("blaming", "defensive")]
        assert not flagged, (result["text"], flagged)


@pytest.mark.model
@pytest.mark.parametrize("message", [
    "Are you seriously saying nobody should drive into town anymore?",
    "So it's not the council's fault now, is it?",
])
def test_no_double_negative_when_the_claim_is_already_negated(rewrite, message):
    for text in texts_of(rewrite(message)):
        assert not re.search(r"\bI don't think (?:\w+ )*?(?:nobody|no one|not|never)\b", text), text


@pytest.mark.model
@pytest.mark.parametrize("message", [
    "So you'd rather I did the dishes every night?",
    "So you'd rather we stayed home on Saturday?",
    "So it's my fault now, is it?",
    "Why do you keep blaming me for the mess?",
    "Did you not notice I cleaned the kitchen?",
    "You do realise I was at work all day, don't you?",
    "Tell that to my mum.",
    "Funny how you never mention my birthday.",
    "Let's see you do better.",
])
def test_the_same_shapes_about_home_are_not_read_as_a_view(rewrite, message):
    assert replies_to_commenter(read_as(message)) == []
    for text in texts_of(rewrite(message)):
        assert not VIEW_LINES.search(text), text


@pytest.mark.model
@pytest.mark.parametrize("message, kept", [
    ("@Harold57 funny how you never mention the Muskrat Falls overrun.", "Harold57"),
    ("Strange how you never bring up the cost of the F-35 contract.", "F-35"),
    ("Funny how you never mention the $40 billion Muskrat Falls overrun.", "$40 billion"),
])
def test_names_and_numbers_are_kept_as_written(rewrite, message, kept):
    assert kept in texts(rewrite(message))[0]


@pytest.mark.model
@pytest.mark.parametrize("message", [
    "Funny how you never mention the deficit when your guy is in office.",  # the double standard: thread_asks.py's
    "You obviously didn't read the study you linked.",  # the listener's own link: not "have you had a chance to read"
    "Who do you think funds the NHS, the tooth fairy?",  # the mocking guess
    "You've clearly never ran a small business or you'd know better.",
])
def test_the_jab_inside_the_claim_is_not_kept(rewrite, message):
    for text in texts(rewrite(message)):
        assert not re.search(r"when your guy .* matters here|chance to read the study you linked|tooth fairy|"
                             r"know better|have you ever ran", text, re.I), text


@pytest.mark.parametrize("text", [
    "As I understand it, the Senate has to approve that bill, don't you. Is that how you see it too?",
    "I don't see how a tax is going to cut for landlords supposed to help renters. Can you explain how you see it?",
    "I think the debt mattered before after the election too. What changed for you?",
])
def test_misread_shapes_are_caught_by_the_fluency_net(text):
    assert broken(text)


@pytest.mark.parametrize("text", [
    "I think it matters. Don't you?",
    "I was going to say that. We were supposed to meet at six.",
    "I think the debt mattered before the election too. What changed for you?",
])
def test_fluent_sentences_pass_the_fluency_net(text):
    assert not broken(text)


def test_household_lines_are_not_view_lines():
    # the two registers' markers do not overlap, so the home tests above can tell them apart
    assert not HOUSEHOLD_LINES.search("I don't think the police should ignore shoplifting downtown. Is that what you'd want?")
