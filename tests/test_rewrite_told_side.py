"""A denial whose own facts every other candidate dropped gets the speaker's side told plainly as one more
candidate (engine._plain_accounts, `untold`): held-out readers graded "I'm sorry it feels like I'm lying" for
"i was at Jess's house…, my phone died" as detail dropped. The content measure had set those facts aside as
the denial's support; now they count, less the words of the clauses that jab ("You're making a big deal out of
nothing"), so a reading that keeps the point is not pushed aside by one that only keeps more words.

A defence whose candidates that pass the re-check all name nothing, with no denial to stand on, gets the same side
as a last resort after the re-check (engine._told_sides, strategies.told_side), pleas and sulks left out."""

import re

import pytest

pytestmark = pytest.mark.model


def _texts(rewrite, text):
    return [s["text"] for s in rewrite(text).suggestions]


@pytest.mark.parametrize("text, facts", [
    ("Miss, I wasn't skipping PE, I had a dentist appointment that my mum emailed you about on Monday.",
     ["dentist appointment", "Monday"]),
    ("i was at my nan's all night like i said, my charger broke, i'm not lying",
     ["nan's", "charger broke"]),
    ("I wasn't hiding in the stockroom, I was counting the delivery from Brakes with Tomasz. Ask him.",
     ["counting the delivery", "Tomasz"]),
])
def test_the_speakers_own_facts_are_told(rewrite, text, facts):
    found = _texts(rewrite, text)
    assert found, text
    assert all(fact in found[0] for fact in facts), found[0]


def test_the_side_concedes_nothing(rewrite):
    text = "Miss, I wasn't skipping PE, I had a dentist appointment that my mum emailed you about on Monday."
    first = rewrite(text).suggestions[0]["text"]
    assert "I'm sorry I" not in first and "I should have" not in first, first


def test_a_reading_that_keeps_the_point_still_leads(rewrite):
    # "making a big deal" is the jab, not content a rewrite must keep: the promise kept with a time asked wins
    first = rewrite("I said I'd sort the car, I never said today. You're making a big deal out of nothing.").suggestions[0]
    assert "sort the car" in first["text"] and "big deal" not in first["text"], first


def test_a_sulk_is_not_told_as_a_side(rewrite):
    found = _texts(rewrite, "fine, I'll just never cook again then, since apparently I can't even do pasta right")
    assert not any("I can't do pasta right" in s for s in found), found


# A defence with no denial to stand on, that every reading answered only with a feeling or a line naming
# nothing ("I'd like to hear what upset you before I say anything else"): the side told plainly, as a last
# resort (strategies.told_side), with the pleas and the contrast that argues left out.
@pytest.mark.parametrize("text, kept, left_out", [
    ("Look, I had two biscuits out of the tin, you're talking as if I finished the packet.",
     "I had two biscuits out of the tin", "as if"),
    ("Yes I watched two episodes but I finished my revision first so what's the problem",
     "I finished my revision first", "problem"),
])
def test_a_defence_answered_with_nothing_gets_its_side(rewrite, text, kept, left_out):
    found = _texts(rewrite, text)
    assert found and kept in found[0] and left_out not in found[0], found


@pytest.mark.parametrize("text, plea", [
    ("I can't be in two places at once, Dev", "two places"),                  # a plea, not a fact
    ("its fine i didnt need a lift anyway", "I didn't need a lift"),          # a sulk
    ("I did the food shop, I can't do everything around here", "everything"),  # a generalisation
])
def test_a_plea_or_a_sulk_is_not_told_as_the_side(rewrite, text, plea):
    found = _texts(rewrite, text)
    assert not any(plea in s for s in found), found


def test_an_idiom_object_is_not_made_plural():
    from heard.rewrite.message import read_message
    from heard.rewrite.parsing import rewrite_nlp
    from heard.rewrite.reading import say_situation
    doc = rewrite_nlp()("I'm not having a go, I just miss talking to you.")
    message = read_message(doc.text, doc, {"defensive"}, [])
    assert say_situation(message, message.clauses[0]) == "I'm not having a go"


def test_a_defence_every_answer_failed_gets_its_side_after_the_re_check(rewrite):
    # every candidate kept "check the pipeline before you tag me" or read as a defence, so nothing was offered;
    # the side is built only once the re-check has said so (engine._told_sides)
    found = _texts(rewrite, "Hey, the broken build wasn't my merge. I merged at 3:05 and CI was already "
                            "red at 2:40, so check the pipeline before you tag me in general.")
    assert found and "I merged at 3:05" in found[0] and "CI was already red at 2:40" in found[0], found
    assert not any("before you" in s for s in found), found


@pytest.mark.parametrize("text, kept, pushback", [
    ("I wasn't mocking your essay, Dom, I only said the ending felt rushed. Honestly, I can't open my mouth in this house.",
     "the ending felt rushed", "open my mouth"),
    ("I understand you're annoyed but I didn't set the parking charges, I just work the barrier. Yelling at me won't change it.",
     "I didn't set the parking charges", "won't change"),
])
def test_the_side_leaves_the_push_back_out(rewrite, text, kept, pushback):
    # the grades of held-out sets 33 and 34 found these kept beside a denial's facts
    first = rewrite(text).suggestions[0]["text"]
    assert kept in first and pushback not in first, first



def test_a_clause_that_leads_into_a_dropped_one_is_not_told_alone(rewrite):
    # "When I offered you the course in January." was left once "you told me you weren't interested" was cut
    found = _texts(rewrite, "I didn't pick Zara over you out of favouritism. She has run the Saturday rota "
                            "for two years. When I asked you in May, you told me you didn't want it.")
    assert found and not any(". When I asked you in May." in s for s in found), found


@pytest.mark.parametrize("text, kept, left_out", [
    # the only answers named none of the speaker's facts ("I can see this matters to you, and I don't want to brush
    # it off. What would help?"): a stock line in all but name, so the side is told after the re-check
    ("Eh, you're making a big thing of nothing. I only said the roast was a bit dry, it's not an insult.",
     "I said the roast was a bit dry", r"big thing|insult|\bonly\b"),
    ("Hi Tom, to be clear, I emailed the final invoice to their accounts team on Monday as agreed. If it went to junk, "
     "that is hardly something I can control.", "I emailed the final invoice to their accounts team on Monday",
     r"hardly|control|to be clear"),
])
def test_a_defence_answered_only_by_a_stock_line_gets_its_side(rewrite, text, kept, left_out):
    found = _texts(rewrite, text)
    assert kept in found[0] and not re.search(left_out, found[0]), found


def test_a_complaint_the_model_misreads_as_a_defence_keeps_its_complaint(rewrite):
    # "you finished my oat milk": the listener's act comes first, so the speaker's side is no answer to it
    found = _texts(rewrite, "seriously?? you finished my oat milk. i was keeping that for the morning")
    assert "you finished my oat milk" in found[0] and "I can see why this bothered you" not in found[0], found


@pytest.mark.parametrize("text, side, lost", [
    # the contrast's denied reason is not told, and what others did to the speaker is the speaker's side
    ("The slides are late because finance only sent me the Q3 numbers at 4pm yesterday, not because I sat on them.",
     "finance only sent me the Q3 numbers at 4pm yesterday", r"sat on them|, not"),
    ("The heater broke because it's twenty years old, not because I did anything to it. I'm not paying for a new one.",
     "The heater broke because it's twenty years old", r"did anything|, not"),
    # "Sorry but" opens the defence, not the side; the speaker's own "I wasn't the one who…" is a denial to tell
    ("Sorry but I wasn't even on shift Saturday, Priya closed the till that night so you'll have to ask her about the "
     "£40 short.", "I wasn't on shift Saturday. Priya closed the till that night.", r"[Ss]orry|ask her"),
    ("I wasn't the one who left the freezer open, I was at work till 9.",
     "I wasn't the one who left the freezer open. I was at work till 9.", r"^$"),
    ("Sorry but the recipe said 30 mins at 180, I followed it exactly, it's the oven that's dodgy not me.",
     "The recipe said 30 minutes at 180.", r"not me|[Ss]orry"),
])
def test_a_denial_with_its_facts_is_told_as_the_speakers_side(rewrite, text, side, lost):
    first = _texts(rewrite, text)[0]
    assert side in first and not re.search(lost, first), first


def test_an_order_not_to_look_at_the_speaker_is_no_side():
    from heard.rewrite.plain_accounts import _ORDER
    assert _ORDER.match("Don't be looking at me") and _ORDER.match("so stop looking at me")
    assert not _ORDER.match("Donna sent me the numbers")


@pytest.mark.parametrize("text", [
    "I turned the heating up to 22 because it was 14 degrees in my room. I'm not sitting in a coat all evening.",
    "I paid for the tickets last time. I'm not paying the booking fee again.",
])
def test_a_refusal_is_not_answered_as_a_manner_the_listener_saw(rewrite, text):
    # "I'm not sitting in a coat all evening" refuses; it does not deny something the other saw, so no
    # "I'm sorry it feels like I'm sitting in a coat" (set 40)
    found = _texts(rewrite, text)
    assert found and not any("feels like I'm" in s or "felt like I" in s for s in found), found

