"""The readings mended with the 2026-11-28 retrain (the 899 draft rows merged). The retrained model reads a
calm account of what the listener did as blame, and some plain facts in a complaint as a defence, each as a
clause alone: the label guide says so, but the rewrite engine had taken "flagged alone" to mean "a jab, leave it
out". These keep the account, the facts, and a defence answered as a defence."""

import pytest

from conftest import below_thresholds, some_texts


@pytest.mark.model
@pytest.mark.parametrize("text, kept", [
    # a past act of the listener, flagged alone: told plainly, with what followed from it
    ("I ordered a size 10, you sent a size 16, and then your chatbot closed my ticket as \"resolved\". Does anyone "
     "there actually read anything?", ("size 16", "chatbot closed my ticket")),
    ("You left the back door unlocked again and someone got in the shed. I've told you a million times.",
     ("back door unlocked", "someone got in the shed")),
])
def test_a_past_act_flagged_alone_is_still_the_account(rewrite, analyzer, text, kept):
    found = some_texts(rewrite(text))
    assert all(part in found[0] for part in kept), found
    assert "million" not in found[0] and "read anything" not in found[0], found
    assert below_thresholds(analyzer, found[0]), found


@pytest.mark.model
def test_a_verdict_in_the_past_is_not_told_as_an_act(rewrite):
    # "you were a nightmare" is a verdict on the person, whatever its tense: never a sentence of the account
    found = some_texts(rewrite("You were a nightmare at the wedding last night. You told my boss he was boring."))
    assert not any("nightmare" in s for s in found), found


@pytest.mark.model
def test_a_when_clause_is_never_told_as_a_sentence_of_its_own(rewrite):
    found = [s["text"] for s in rewrite("When you and Jake spent the holiday fund on concert tickets, I was furious")
             .suggestions]
    assert not any(s.startswith("When you and Jake spent the holiday fund on concert tickets.") for s in found), found


@pytest.mark.model
@pytest.mark.parametrize("text, fact", [
    ("sam you used all the hot water again. i had a cold shower", "I had a cold shower"),
    ("You changed the pickup time AGAIN without telling me and I had to leave work early", "I had to leave work early"),
    ("why can't you ever pick up after your dog?? it's a kids' play area", "kids' play area"),
])
def test_a_plain_fact_in_a_complaint_is_kept_though_read_alone_as_a_defence(rewrite, text, fact):
    found = some_texts(rewrite(text))
    assert fact in found[0], found


@pytest.mark.model
def test_a_denial_in_a_complaint_is_not_kept_as_a_fact(rewrite):
    # the speaker's own "I wasn't…" stays a defence wherever it stands: it is not copied into the complaint
    found = some_texts(rewrite("My music isn't even that loud and you've got the telly blaring till 1am most nights."))
    assert not any("isn't that loud" in s or "isn't even that loud" in s for s in found), found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Look, I only spent R800 on the braai stuff because you said to get enough for everyone.",
    "Hi Priya, the Q3 deck was late because the finance numbers only reached me at 6pm on Thursday. I can't build "
    "slides from data I don't have, so please don't pin this on me in front of the client.",
])
def test_a_defence_the_model_also_reads_as_blame_is_answered_as_a_defence(rewrite, text):
    # far surer of the defence (0.2 apart, not 0.4 as before the retrain): no "I was upset when you said…"
    first = some_texts(rewrite(text))[0]
    assert not first.startswith(("I was really upset when", "I'm feeling")) and " when the finance" not in first, first
    assert "pin this on me" not in first, first


@pytest.mark.model
@pytest.mark.parametrize("text, kept, lost", [
    # the view reply's closing "…and you tell me where you disagree?" read alone as blame (0.80): with it, the
    # retrained model put the whole reply at its cut and only a stock line passed
    ("You clearly don't understand how interest rates work.", "how interest rates work", "tell me where"),
    # the second half of an either-or question is the dig, not part of the disputed thing
    ("lol another genius who thinks the council tax rise is the mayor's personal plot. do you even know what a budget "
     "is or do you just get your news from tiktok", "what a budget is", "tiktok"),
])
def test_a_view_reply_keeps_its_topic_and_leaves_the_dig(rewrite, analyzer, text, kept, lost):
    first = some_texts(rewrite(text))[0]
    assert kept in first and lost not in first.lower(), first
    assert first.endswith("Can I explain how I see it, and then hear where you disagree?"), first
    assert below_thresholds(analyzer, first), first
