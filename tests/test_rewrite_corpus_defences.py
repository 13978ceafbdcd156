"""Defences from the corpus test split, as the person receiving the suggestion reads them
(downplays.py, complaint_topic.py, motives.py, sympathy.py, defence.py):

- an acknowledgement or an apology never says back the defence's minimising or its excuse ("the
  boiler isn't a huge deal", "there was no way I could have seen that coming", "I'm following the
  contract"), while plain facts stay ("the lease says tenants handle the garden");
- one apology, not two ("I'm sorry I brushed off the cake… I'm sorry I forgot the cake");
- a defence's charge about the listener's motive ("you're just looking for reasons to ban me") is
  never said back;
- the acknowledgement names what the listener is upset about, not the speaker's excuse ("upset
  about the migraine") or a third person ("why Jess upset you");
- the speaker's thanks stay thanks ("It upset me when you raised this" is never suggested);
- no hedge ("From what I can tell") before what the speaker knows first-hand.
"""

import re

import pytest

from heard.rewrite.downplays import downplays, hypothetical, loose_fact
from heard.rewrite.motives import imputes_motive
from conftest import read_as, some_texts, texts_of


def _message(text, labels=("defensive",)):
    return read_as(text, labels)


# -- readings, without the model ---------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "the boiler isn't a huge deal", "it's really not that serious", "it was like 5 min", "it's only money",
    "It was a five minute outage", "nobody noticed but you", "there was no way I could have seen that coming",
    "I'm simply following the contract", "I followed the process to the letter", "I did exactly what the ticket said",
    "I'm a volunteer, not a therapist", "the tree is the council's job, not ours", "that's just how I talk",
    "Dark humour is how I cope", "it wasn't personal", "I've been to every single match this year",
    "I had other priorities that day", "I come out looking like the bad guy",
])
def test_minimising_and_excuses_are_recognised(text):
    assert downplays(text)


@pytest.mark.parametrize("text", [
    "the lease says tenants handle the garden", "I was stuck on the M25 for an hour", "I had a migraine",
    "it'll be fixed Monday", "I was at my parents' house", "I did the dishes last night and this morning",
    "the mechanic said the fault was already there", "I put the bins out",
])
def test_plain_facts_are_not_read_as_excuses(text):
    assert not downplays(text) and not loose_fact(text)


def test_fragments_cut_from_their_sentence_are_not_facts():
    assert loose_fact("as I already said") and loose_fact("when most of us are trying to help")
    assert loose_fact("I'm careful'") and loose_fact("I spent it")
    msg = _message("whatever I do it's wrong. if I cook, it's the wrong food. if I don't, I'm lazy.")
    k = next(k for k, c in enumerate(msg.clauses) if "wrong food" in c.text)
    assert hypothetical(msg.clauses, k)


@pytest.mark.parametrize("text, motive", [
    ("I didn't spam anything, you're just looking for reasons to ban me", "looking for reasons"),
    ("I didn't touch it, you're just looking for someone to blame.", "someone to blame"),
    ("I never said that, you just want to win the argument", "want to win"),
    ("It's not my fault, YOU'RE ONLY TRYING TO MAKE ME LOOK BAD", "make me look bad"),
])
def test_a_motive_charged_to_the_listener_is_recognised(text, motive):
    msg = _message(text, ("defensive", "blaming"))
    clause = next(c for c in msg.clauses if motive in c.text.lower())
    assert imputes_motive(clause) and clause.role == "filler"


def test_a_motive_is_kept_in_a_plain_complaint():
    """Not a defence: "you're just looking for an excuse to skip it" is the complaint itself."""
    msg = _message("you're just looking for an excuse to skip dinner with my parents", ("blaming",))
    assert all(c.role != "filler" for c in msg.clauses)


# -- with the shipped model --------------------------------------------------------------------------
HEDGE = re.compile(r"\b(?:From what I can tell|As far as I know|The way I understand it), "
                   r"(?=[^.]*\b(?:I|I'm|I've|I'd|my|we|our)\b)")

KEPT_DOWNPLAY = re.compile(r"huge deal|no way I could|following the contract|to the letter|how I (?:cope|talk)|"
                           r"every single|other priorities|not a cry for help|wasn't personal|like 5 min|"
                           r"nuance gets lost|what the ticket said|not a therapist|job, not ours|after everything",
                           re.I)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "I know it's been a rough week for you with the flat, but honestly the boiler isn't a huge deal, it'll be fixed Monday.",
    "The leak started after the storm, there was no way I could have seen that coming.",
    "The deposit deductions were all listed in the inventory, I'm simply following the contract.",
    "I totally understand the frustration, but honestly I followed the process to the letter",
    "It was a joke about my own funeral playlist. Dark humour is how I cope, it's not a cry for help.",
    "So I missed one recital. I've been to every single football match this year.",
    "it's not that i forgot, i just had other priorities that day",
    "I see why you'd be hurt, but that's just how I talk, it wasn't personal",
    "it was like 5 min",
    "I was summarising the report, not quoting it. Obviously some nuance gets lost in four lines.",
    "I'm a volunteer, not a therapist. I'm doing the best I can with a two-hour shift and a laptop.",
    "I forgot ONE thing. one. after everything else I've kept track of this month 🙄",
])
def test_an_acknowledgement_never_says_the_minimising_or_the_excuse_back(rewrite, text):
    for suggestion in texts_of(rewrite(text)):
        assert not KEPT_DOWNPLAY.search(suggestion), suggestion
        assert not HEDGE.search(suggestion), suggestion


@pytest.mark.model
@pytest.mark.parametrize("text, fact", [
    ("Thank you for raising this, and I understand you're worried, but the lease clearly says tenants handle the garden.",
     "lease"),
    ("Thanks for telling me, and I get that you're annoyed, but the hedge is on our side of the fence.", "hedge"),
    ("I hear you, I do. But I had three tills down and a queue out the door.", "tills"),
])
def test_plain_facts_stay_after_the_acknowledgement(rewrite, text, fact):
    found = some_texts(rewrite(text))
    assert any(fact in s for s in found), found
    for suggestion in found:
        assert not re.search(r"\b(?:upset|hurt|bothered) me when you (?:raised|told)\b", suggestion), suggestion
        assert suggestion.count(", and ") < 2, suggestion  # not "Thank you…, and I understand…, and the lease…"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "It's not like I meant to forget the cake. Things happen.",
    "it's not like I wanted to miss your call. it happens",
    "I forgot the bins, relax, it's not a big deal",
    "I was trying to save the team time, that's literally the only reason I skipped the review step",
    "How was I supposed to know your sister was vegan? Nobody told me.",
    "honestly it's not a big deal that I didn't text back, you knew I'd be at the hospital with gran",
])
def test_one_apology_per_suggestion(rewrite, text):
    for suggestion in some_texts(rewrite(text)):
        assert len(re.findall(r"\bsorry\b", suggestion, re.I)) <= 1, suggestion
        sentences = [s.strip().lower() for s in re.split(r"(?<=[.?!])\s+", suggestion)]
        assert len(sentences) == len(set(sentences)), suggestion


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "I didn't spam anything, you're just looking for reasons to ban me because you don't like me.",
    "I didn't touch your charger, you're just looking for someone to blame.",
    "It's not my fault the printer jammed, you're just trying to make me look bad.",
    "i didnt eat ur fries, u just want someone to blame lol",
    "I never said that, you just want to win the argument!!",
])
def test_a_defence_never_says_the_listeners_motive_back(rewrite, text):
    for suggestion in texts_of(rewrite(text)):
        assert not re.search(r"reasons to ban|someone to blame|make me look bad|don't like me|want to win", suggestion,
                             re.I), suggestion


@pytest.mark.model
@pytest.mark.parametrize("text, excuse", [
    ("I've been working double shifts, so excuse me for not making it to the barbecue", "double shifts"),
    ("Yes I cancelled again, but I had a migraine, I'm not making it up", "migraine"),
    ("okay but in my defence the instructions were in Swedish", "instructions"),
    ("it wasn't me who told Jess, she must have heard it from Amir", "Jess"),
    ("it's not like I missed it on purpose, I had a migraine", "purpose"),
    ("I'm sorry but I was NOT going to miss my best friend's wedding for a cousin's christening", "wedding"),
    ("it was just a joke about your family, you're way too uptight", "family"),
])
def test_the_acknowledgement_is_not_about_the_excuse(rewrite, text, excuse):
    pattern = re.compile(rf"(?:upset about|why|sorry about|brushed off|care about) (?:the |my best friend's |your )?"
                         rf"{excuse}", re.I)
    for suggestion in texts_of(rewrite(text)):
        assert not pattern.search(suggestion), suggestion
        assert "on purpose" not in suggestion, suggestion


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "that sounds like a horrible week and I'm sorry you're carrying it. but I can't be online every night",
    "it's totally fair that you're angry. I just wasn't in a place to come to the hospital that night",
])
def test_sympathy_said_as_a_statement_opens_the_acknowledgement(rewrite, text):
    found = some_texts(rewrite(text), "acknowledge first")
    lead = text.split(" and ")[0].split(".")[0].lower()
    assert any(s.lower().startswith(lead) for s in found), found
    assert not any(HEDGE.search(s) or "feeling worried about the place" in s for s in found), found
