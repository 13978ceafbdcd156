"""Hostile STATEMENTS to another commenter under a news story ("You'd rather X than admit Y", "Says the
person who thinks…", "Enjoy paying more tax when…", "Keep voting for them and watch…", "Sure, because
that worked so well last time") get the speaker's own position on what is disputed, kept in its own
words, and a real question (stances.py, partisan.py, threads.py) — never the household lines, and
never on household, school or work messages that share their shape."""

import re

import pytest

from heard.rewrite.pointed import pointed
from heard.rewrite.threads import thread_hostility
from conftest import HOUSEHOLD_LINES, assert_views_reply, read_as, some_texts as texts, texts_of

HOUSEHOLD = HOUSEHOLD_LINES
# The jab's own words: kept, they carry the sneer into the reply.
SNEERS = re.compile(r"\b(?:so well|such a brilliant|exactly what|precious|enjoy|says the|keep defending|keep voting|"
                    r"in your life|what could possibly go wrong|echo chamber|grown-ups|you people|you lot|typical|"
                    r"armchair|bubble|clearly|obviously)\b|[🙄🙃😂]", re.I)


@pytest.mark.model
@pytest.mark.parametrize("message, kept", [
    ("You'd rather see the high street die than admit the parking charges were a mistake.",
     "i think the parking charges were a mistake"),
    ("You'd rather watch the NHS collapse than admit privatisation failed.", "i think privatisation failed"),
    ("You'd rather let the river flood than pay a penny more for defences.",
     "i'd rather pay a penny more for defences than let the river flood"),
    ("YOU'D RATHER BLAME MIGRANTS THAN LOOK AT WHO OWNS THE HOUSING STOCK",
     "i'd rather look at who owns the housing stock than blame migrants"),
    ("Says the person who thinks a carbon tax is a communist plot.", "a carbon tax is a communist plot"),
    ("Another armchair economist who thinks the budget is like a household credit card.",
     "the budget is like a household credit card"),
    ("Enjoy paying more tax when the new levy kicks in.", "paying more tax when the new levy kicks in"),
    ("@TaxpayerTom enjoy your heat pump when the electricity bill arrives 🙃", "the heat pump"),
    ("You clearly have never waited eight hours in A&E.", "once you've waited eight hours in a&e"),
    ("You've clearly never run a small business in your life.", "once you've run a small business"),
    ("Sure, because rent caps worked so well last time 🙄", "i don't think rent caps worked well last time"),
    ("Oh yes, because cutting bus routes is exactly what this town needs.",
     "i don't think cutting bus routes is what this town needs"),
    ("Yeah, because the last three ministers did such a brilliant job with the railways.",
     "did a good job with the railways"),
    ("Great idea, let's close the library and build another car park.",
     "closing the library and building another car park"),
    ("Sure, let's just print more money, what could possibly go wrong.", "printing more money"),
    ("Sure, blame the teachers, that always fixes the exam results.",
     "i don't think blaming the teachers fixes the exam results"),
    ("Keep defending them, I'm sure the water companies really appreciate it.", "the water companies"),
    ("Keep voting for them and watch your bills go up again.", "bills go up again"),
    ("Your precious mayor promised affordable housing and delivered luxury flats.",
     "your mayor promised affordable housing and delivered luxury flats"),
    ("Your side voted against free school meals and now you're lecturing us about child poverty.",
     "child poverty"),
    ("Must be lovely living in your bubble where inflation doesn't exist.", "inflation is very real"),
    ("I love how you think tariffs are paid by foreign countries.", "tariffs are paid by foreign countries"),
    ("Honestly, you people never learn. Every time they promise lower taxes you fall for it.",
     "they promise lower taxes"),
    ("Tell that to the families on the housing list for six years.", "the families on the housing list"),
    ("You're clearly not from round here or you'd know the bypass was promised in 1998.",
     "the bypass was promised in 1998"),
    ("Typical. The minute anyone criticises the prime minister you all come running to defend him.",
     "fair to criticise the prime minister"),
    ("Go back to your echo chamber and leave the grown-ups to discuss the budget.", "the budget"),
    ("You must be on the council's payroll to write something that naive about the stadium deal.",
     "the stadium deal"),
])
def test_a_hostile_statement_keeps_the_subject_and_asks_for_real(rewrite, message, kept):
    assert_views_reply(texts(rewrite(message)), kept, SNEERS)


@pytest.mark.model
@pytest.mark.parametrize("message, facts, position", [
    ("The council has cut the grant three years running and the pool is closing in March. But you keep "
     "telling everyone the finances are fine. Maybe open your eyes for once.",
     ("the council has cut the grant three years running", "the pool is closing in march"),
     "i don't think the finances are fine"),
    ("The hospital waiting list has doubled since 2019. Staff are leaving faster than they can be hired. And "
     "you're here defending the health secretary like he's done a great job.",
     ("the hospital waiting list has doubled since 2019", "staff are leaving"),
     "i find it hard to defend the health secretary"),
    ("@NurseJo the vaccine trial had 40,000 participants. You'd know that if you read anything other than "
     "Facebook.", ("the vaccine trial had 40,000 participants",), "?"),
])
def test_a_long_comment_keeps_its_facts_and_the_position_not_the_jab(rewrite, message, facts, position):
    best = texts(rewrite(message))[0]
    assert all(fact in best.lower() for fact in facts), best
    assert position in best.lower(), best
    assert not HOUSEHOLD.search(best) and not SNEERS.search(best), best
    assert "open your eyes" not in best.lower() and "like he's done" not in best.lower(), best


@pytest.mark.model
@pytest.mark.parametrize("message", [
    "Keep telling yourself the green belt is safe, the bulldozers are already there.",
    "Go on, keep telling yourself the pound is strong, the figures say otherwise.",
])
def test_the_speakers_own_fact_is_not_folded_into_the_claim_they_doubt(rewrite, message):
    """"I don't think the green belt is safe, the bulldozers are already there" doubts the speaker's own fact."""
    for text in texts(rewrite(message)):
        doubted = re.search(r"I don't think ([^.]+)\.", text)
        assert doubted and "," not in doubted.group(1), text


@pytest.mark.model
def test_a_screen_name_opens_the_reply_once(rewrite):
    best = texts(rewrite("@BrexitBob you'd rather see the high street die than admit the parking charges "
                         "were a mistake lol"))[0]
    assert best.startswith("@BrexitBob, ") and best.count("BrexitBob") == 1 and "lol" not in best, best


@pytest.mark.model
def test_every_suggestion_is_below_the_thresholds(analyzer, rewrite):
    messages = ["You'd rather blame migrants than look at who actually owns the housing stock.",
                "Says the guy who drives a diesel SUV to the gym.",
                "Yet another keyboard warrior who thinks tariffs protect jobs.",
                "You don't get to complain about the potholes if you didn't bother voting.",
                "You're just angry that your guy lost the election."]
    for message in messages:
        for text in texts(rewrite(message)):
            labels = analyzer.check(text)["labels"]
            assert not labels["blaming"]["flagged"] and not labels["defensive"]["flagged"], text


@pytest.mark.model
@pytest.mark.parametrize("message", [
    "Sure, because you always do the washing up.",
    "Keep defending him, I'm sure your mum appreciates it.",
    "You'd rather play video games than help me with the kids.",
    "Says the guy who forgot our anniversary.",
])
def test_a_household_jab_never_gets_a_position_on_public_affairs(rewrite, message):
    """Never "I don't think you do the washing up" (an accusation said as a view) or "I find it hard to defend…"."""
    for text in texts_of(rewrite(message)):
        assert not re.search(r"\bI don't think you\b|\bhard to (?:defend|square)\b|\bI'd rather\b|\bHow do you see it\?",
                             text), text


@pytest.mark.parametrize("text", [
    "You'd rather go to the pub than spend time with your family.",
    "You would rather sleep in than admit you forgot to pay the electricity bill.",
    "Says the person who left the dishes in the sink for three days.",
    "Enjoy your night out while I stay home with the baby.",
    "Enjoy your lie-in when the kids wake up at six.",
    "Enjoy your detention when the head finds out.",
    "You've clearly never cooked a meal in your life.",
    "You clearly have never changed a nappy.",
    "Sure, because you always do the washing up.",
    "Yeah, because you were so helpful last time.",
    "Keep ignoring my texts and see what happens.",
    "You keep telling everyone I'm lazy.",
    "You obviously don't read your emails, or you'd know the client cancelled.",
    "And you're still defending your brother after what he said to me.",
    "Your boss promised you a raise and gave it to someone else.",
    "Sure, let's just leave the dishes until tomorrow.",
    "Great idea, let's go to your parents again this weekend.",
    "Sure, blame the dog, that always works.",
    "Must be nice living in your own world where chores don't exist.",
    "You would know all about being late, wouldn't you.",
    "Every time he says sorry you believe him.",
    "Of course you'd say that, you're her sister.",
    "I love how you think the laundry folds itself.",
    "You lot complain about the rota and then wonder why nobody volunteers.",
    "The minute anyone criticises your mum you come running to defend her.",
    "Typical you, all for saving money until it's your own holiday.",
    "You're just angry that I won the game.",
    "You don't get to complain about dinner if you didn't help cook.",
    "Typical Dave, spend spend spend.",
    "Tell that to your teacher.",
    "Leave the adults to discuss the holiday plans.",
    "You have no business commenting on my cooking if you've never made it.",
])
def test_household_school_and_work_statements_are_not_thread_jabs(text):
    assert not pointed(text) and not thread_hostility(read_as(text)), text
