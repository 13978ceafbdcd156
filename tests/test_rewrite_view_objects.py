"""An accusation of lying, ignorance, bad faith, shilling or trolling over a NAMED object — a chart, a
study, a stat, a policy, a player, a build — gets the speaker's doubt about that object and a real
question, not the generic "I see this very differently" (view_objects.py): the object, names and
numbers kept, the accusation dropped, nothing claimed that the message didn't claim. The same words
about the speaker's own home stay out of this register."""

import re

import pytest

from heard.rewrite.fluency import broken
from heard.rewrite.message import read_message
from heard.rewrite.parsing import parse_many
from heard.rewrite.view_objects import view_object_replies
from conftest import assert_views_reply, some_texts as texts

# The accusation itself and the sneer around it: none may survive into a suggestion.
ACCUSATION = re.compile(r"\b(?:li(?:e|es|ed|ar|ars)|lying|dishonest\w*|bad faith|shill\w*|troll\w*|ignoran\w+|clueless|gullible|"
                        r"paid|debunked|fake|garbage|trash|pathetic|embarrassing|precious|same|again|obviously|clearly|"
                        r"deliberately)\b|🙄|😂|\blol\b", re.I)
GENERIC = "I see this very differently"


def _replies(text):
    return view_object_replies(read_message(text, parse_many([text])[0], {"blaming"}))


CASES = [
    ("You keep reposting the same debunked chart. At this point it's not ignorance, it's dishonesty.", "that chart"),
    ("YOU KEEP POSTING THAT FAKE CHART. STOP LYING.", "that chart"),
    ("You're either lying about that stat or you never checked it.", "that stat"),
    ("@Dave your stat about knife crime is made up and you know it", "your stat about knife crime"),
    ("Your stat about 40% of teachers quitting is made up. Stop lying to people.", "40% of teachers quitting"),
    ("Citing a Daily Mail article as proof is peak ignorance.", "daily mail article"),
    ("Using a 2012 study on sugar and ADHD is either ignorance or dishonesty. Pick one.", "2012 study on sugar and adhd"),
    ("Only a troll would post that speed camera stat without the source.", "speed camera stat"),
    ("That glass cannon build is garbage and you're lying about your win rate.", "glass cannon build"),
    ("That player ratings list is trash and you're clearly trolling.", "player ratings list"),
    ("Anyone still defending that policy is either paid or clueless.", "that policy"),
    ("Your take on the referee is pure bias and you're too dishonest to admit it.", "your take on the referee"),
    ("You don't care about the facts, you just want to defend your precious carnivore diet.", "your carnivore diet"),
    ("You keep citing the same YouTube video as if it's a peer-reviewed source. It's embarrassing.", "youtube video"),
    ("That quote from Einstein is fake and you know it.", "that quote from einstein"),
]


@pytest.mark.parametrize("text,kept", CASES)
def test_the_object_is_kept_and_the_accusation_dropped(rewrite, text, kept):
    found = texts(rewrite(text))
    assert_views_reply(found, kept, ACCUSATION)
    assert not found[0].startswith(GENERIC), found


# The speaker's own checkable facts are kept, numbers and all, said as what they know.
FACTS = [
    ("That poll you linked surveyed 200 people. You're being dishonest and you know it.", "surveyed 200 people"),
    ("You're lying about the council budget. It went up 3%, not 30%.", "the council budget went up 3%, not 30%"),
    ("That study you keep citing was retracted two years ago and you know it. Stop lying.", "retracted two years ago"),
    ('"That study" you linked is a preprint lol. Nice try, shill 🙄', "is a preprint"),
]


@pytest.mark.parametrize("text,kept", FACTS)
def test_the_speakers_own_facts_are_kept(rewrite, text, kept):
    found = texts(rewrite(text))
    assert_views_reply(found, kept, ACCUSATION)
    assert "keep citing" not in found[0]  # the absolute goes with the accusation


# A claim the listener holds is doubted in its own words; when they are accused of misreading or of
# lying ABOUT something, the object itself is not what the speaker doubts.
CLAIMS = [
    ("Saying Kane is washed is just trolling at this point.", "i don't think kane is washed"),
    ("Anyone who thinks Salah is overrated hasn't watched a single match. Pure ignorance.", "i don't think salah is overrated"),
    ("You're a troll if you think the rogue nerf was fair.", "i don't think the rogue nerf was fair"),
    ('Calling the new parking policy a "tax grab" is just dishonest.', "the new parking policy is a tax grab"),
    ("Calling Haaland a flat-track bully is pure trolling.", "i don't think haaland is a flat-track bully"),
    ("Anyone who thinks the new offside law helps attackers is clueless.", "i don't think the new offside law helps attackers."),
    ("Pretending the study didn't have a control group is a lie.", "i read the study differently"),
    ("You're deliberately misreading the stat about measles cases.", "i read the stat about measles cases differently"),
    ("You're arguing in bad faith about the bike lane plan and everyone can see it.", "i see the bike lane plan differently"),
]


@pytest.mark.parametrize("text,kept", CLAIMS)
def test_what_is_disputed_is_said_right(rewrite, text, kept):
    assert_views_reply(texts(rewrite(text)), kept, ACCUSATION)


def test_a_misread_object_is_never_called_unreliable(rewrite):
    """"Pretending the study didn't have a control group": the speaker defends the study."""
    for text in ("Pretending the study didn't have a control group is a lie.",
                 "Stop pretending that survey says what you want it to say. It's pathetic.",
                 "Either you didn't read the study or you're lying about what it says."):
        assert not any("holds up" in t for t in texts(rewrite(text))), text


# The same words about the speaker's own life: no thread register, no doubted "object".
HOME = [
    "You're lying about the plan for Saturday and you know it.",
    "You lied about the budget for the wedding.",
    "Stop lying to me about the receipts.",
    "That recipe is your mum's and you're pretending it's yours.",
    "The recipe calls for baking soda, not baking powder, and you're lying to make me look stupid.",
    "Your claim that you were at work is a lie.",
]


@pytest.mark.parametrize("text", HOME)
def test_home_is_not_read_as_a_thread(text):
    assert _replies(text) == []


# No accusation, no reading: a sincere question or a hedged claim about a study isn't an attack.
@pytest.mark.parametrize("text", ["Is that chart fake? I honestly can't tell.",
                                  "I think that study was retracted, not sure though.",
                                  "That graph is really interesting, where is it from?",
                                  "Can you send me the recipe?",
                                  "Whatever helps you sleep at night. The numbers don't lie."])
def test_no_accusation_no_reading(text):
    assert _replies(text) == []


def test_replies_are_fluent_and_invent_nothing():
    """Every reply is unbroken English, and every number it says is one the message said."""
    for text, _ in CASES + FACTS + CLAIMS:
        for lines in _replies(text):
            said = " ".join(lines)
            assert not broken(said), said
            assert set(re.findall(r"\d+", said)) <= set(re.findall(r"\d+", text)), (text, said)
            assert said.rstrip().endswith("?"), said
