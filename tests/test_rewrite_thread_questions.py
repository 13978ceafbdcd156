"""Hostile questions to another commenter under a news story ("Who exactly do you think pays for free
school meals?", "Did you miss the part where…?", "How is X supposed to Y?") and long comments that end
with a jab get the speaker's own position on what is disputed, kept in its words, and a real question
(pointed.py, loaded.py, threads.py) — never the household lines, and never on household messages."""

import re

import pytest

from heard.rewrite.pointed import pointed
from heard.rewrite.threads import thread_hostility
from conftest import HOUSEHOLD_LINES, assert_views_reply, read_as, some_texts as texts, texts_of

HOUSEHOLD = HOUSEHOLD_LINES
SNEERS = re.compile(r"\b(?:planet|tooth fairy|paid to post|all of a sudden|conveniently|exactly|actually|even|"
                    r"strong suit|best you've got|too much effort|sure, keep)\b", re.I)


@pytest.mark.model
@pytest.mark.parametrize("message, kept", [
    ("Who exactly do you think pays for free school meals?", "free school meals"),
    ("Who do you think funds the NHS, the tooth fairy?", "nhs"),
    ("Did you miss the part where the report says waiting times doubled?", "the report says waiting times doubled"),
    ("DID YOU MISS THE PART WHERE THE REPORT SAYS WAITING TIMES DOUBLED??", "the report says waiting times doubled"),
    ("Did you conveniently ignore the part where prices rose 9% last year?", "prices rose 9% last year"),
    ("How is cutting bus routes supposed to get people to work?", "cutting bus routes can get people to work"),
    ("How exactly is a rent cap supposed to build more homes? 🙄", "a rent cap can build more homes"),
    ("Why do you keep pretending the bypass will fix the traffic?", "the bypass will fix the traffic"),
    ("What exactly did the previous government do about the pothole backlog?", "the pothole backlog"),
    ("Would you say that to a pensioner who can't afford to heat their home?", "a pensioner who can't afford"),
    ("Do you really not see how a rent freeze hurts small landlords?", "a rent freeze hurts small landlords"),
    ("Where were you when the last mayor sold off the leisure centre?", "the last mayor sold off the leisure centre"),
    ("Do you know how many people are on the housing waiting list in this town?", "housing waiting list"),
    ("So your solution is to cut more services?", "cutting more services"),
    ("Why should anyone take your word over the Office for National Statistics?", "office for national statistics"),
    ("Funny how you never mention the deficit when your guy is in office.", "the deficit"),
    ("Can you name a single thing the new mayor has actually done?", "the new mayor has done"),
])
def test_a_hostile_question_keeps_the_subject_and_asks_for_real(rewrite, message, kept):
    assert_views_reply(texts(rewrite(message)), kept, SNEERS)


@pytest.mark.model
@pytest.mark.parametrize("message, kept", [
    ("@TaxpayerTom do you even know what the hospital trust's budget is?", "@TaxpayerTom, "),
    ("Dave_1972, where were you when they closed the library?", "Dave_1972, "),
    ("@BorisFan88 are you paid by the party or do you do this for free?", "@BorisFan88, "),
])
def test_a_screen_name_opens_the_reply_once(rewrite, message, kept):
    best = texts(rewrite(message))[0]
    assert best.startswith(kept) and best.count(kept.rstrip(", ")) == 1, best
    assert not HOUSEHOLD.search(best), best


@pytest.mark.model
def test_a_source_named_as_a_sneer_is_not_taken_for_the_listeners_name(rewrite):
    best = texts(rewrite("Where do you get your news, Facebook?"))[0]
    assert best.count("Facebook") == 1 and not best.startswith("Facebook,"), best


@pytest.mark.model
@pytest.mark.parametrize("message, facts, ask", [
    ("The clinic closed in March and the nearest one is forty minutes away by bus. Elderly patients are "
     "missing appointments. Have you ever tried getting there without a car?",
     ("the clinic closed in march", "elderly patients are missing appointments"),
     "have you tried getting there without a car?"),
    ("Funding per pupil has fallen in real terms since 2010. Class sizes are up. Teachers are leaving. "
     "And your answer is that they should work harder?",
     ("funding per pupil has fallen", "class sizes are up"), "what else do you think would help?"),
    ("Interest rates went up fourteen times in a row and mortgage payments are crushing young families. "
     "The article spells out exactly who benefits. But sure, keep telling us it's all fine.",
     ("interest rates went up fourteen times", "the article spells out who benefits"), "i don't think it's all fine"),
])
def test_a_long_comment_keeps_its_facts_and_drops_the_closing_jab(rewrite, message, facts, ask):
    best = texts(rewrite(message))[0]
    assert all(fact in best.lower() for fact in facts), best
    assert ask in best.lower(), best
    assert not HOUSEHOLD.search(best) and not SNEERS.search(best), best


@pytest.mark.model
@pytest.mark.parametrize("message", [
    "Is that the best you've got?",
    "Are you paid to post this?",
    "How many times does this have to be explained to you?",
    "Is reading comprehension not your strong suit?",
])
def test_a_sneer_with_nothing_to_keep_still_gets_the_discussion_register(rewrite, message):
    for text in texts(rewrite(message)):
        assert not HOUSEHOLD.search(text) and not SNEERS.search(text), text
        assert text.rstrip().endswith("?"), text


@pytest.mark.model
def test_every_suggestion_is_below_the_thresholds(analyzer, rewrite):
    messages = ["Who exactly do you think pays for free school meals?", "Are you paid to post this?",
                "Have you considered that maybe not everyone can afford to drive into town?",
                "Do you understand that a hospital isn't a business?"]
    for message in messages:
        for text in texts(rewrite(message)):
            labels = analyzer.check(text)["labels"]
            assert not labels["blaming"]["flagged"] and not labels["defensive"]["flagged"], text


@pytest.mark.parametrize("text", [
    "Have you ever cleaned the oven?",
    "Where were you when I needed you?",
    "Did you miss the part where I asked you to call?",
    "Do you know how many times I've asked you?",
    "Who do you think pays the bills in this house?",
    "How are the kids supposed to sleep with that noise?",
    "Would you say that to your mother?",
    "Why do you keep saying you'll fix it?",
    "Did it ever occur to you that I might be tired?",
    "Have you considered that the dog needs walking?",
    "What did you do about the car insurance?",
    "Do you realise that the kids waited an hour at school?",
    "Since when are you an expert on parenting?",
    "Keep telling yourself that, buddy.",
    "Who's going to pay for the broken window?",
    "Is that the best you can do for your own daughter's birthday?",
    "You only call me when you need money.",
    "The dishwasher is full and the bins are overflowing. The kids haven't been fed. Have you ever actually "
    "looked at the kitchen?",
])
def test_household_questions_are_not_thread_jabs(text):
    assert not thread_hostility(read_as(text))


@pytest.mark.parametrize("text", [
    "Is that all you've got?",
    "WHO EXACTLY DO YOU THINK PAYS FOR FREE SCHOOL MEALS?",
    "Did you sleep through the entire cost of living crisis?",
    "Is there anything this council does that you won't defend?",
    "Who elected you spokesperson for the whole county?",
])
def test_hostile_questions_are_recognised(text):
    assert pointed(text)


@pytest.mark.model
@pytest.mark.parametrize("message", [
    "Have you ever tried the new cafe on Main Street?",
    "Do you know what time it is?",
    "Why won't you answer me?",
])
def test_household_messages_keep_their_own_register(rewrite, message):
    for text in texts_of(rewrite(message)):
        assert not re.search(r"\b(?:as far as I know|as I see it|how do you see (?:it|that working)|"
                             r"where you're coming from)\b", text, re.I), text
