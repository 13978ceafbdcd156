"""Rhetorical questions and taken-back thanks, said plainly (each a Literal):

- "can you not leave your towels on the bed for once?" asks the listener NOT to do it: the act is
  "you leave your towels on the bed", and the request keeps the "not" ("could you not leave…?").
- "do you ever check Slack?" presumes the listener doesn't: "it seems like you don't check Slack",
  and the request asks for the act itself ("could you check Slack?").
- "another weekend where you're glued to the xbox" names a repeated occasion and what happens in
  it: "you're glued to the xbox all weekend".
- "thanks for letting me know you'd be late… oh wait, you didn't": the thanks is taken back, so the
  act is what did NOT happen ("you didn't let me know you'd be late"), asked for next time.
"""

from __future__ import annotations

import re

from . import inflect
from ..cues import SPAN_KEY
from .lexicon import ABSOLUTES, INTENSIFIERS, INTERJECTIONS
from .literal import Literal
from .rhetorical import cant_you, first_alternative
from .surface import Word, is_emoji, render, said_tokens, words_of

_YOU = {"you", "u", "ya"}
_LEAD = INTERJECTIONS | {"so", "and", "but", "then", "like", "please", "seriously", "honestly", "hey", "just"}
# Words that only sharpen the ask ("for once", "just", "please"): none of them is the act.
_SHARP = ABSOLUTES | INTENSIFIERS | {"please", "pls", "plz", "ever", "once", "maybe"}
_ONCE_PHRASES = (("for", "once", "in", "your", "life"), ("for", "once", "in", "ur", "life"), ("for", "once"),
                 ("for", "a", "change"), ("just", "once"), ("for", "one", "time"), ("in", "your", "life"))
# "can you not see…?" means "can't you see": perception and knowing can't be asked not to happen.
_NOT_ASKABLE = {"see", "hear", "tell", "understand", "notice", "realise", "realize", "remember", "get", "read",
                "feel", "imagine", "think", "believe", "count", "help", "wait"}
# "do you ever wonder…?" is a real question, not a reproach.
_REAL_QUESTIONS = {"wonder", "feel", "miss", "worry", "dream", "wish", "regret", "imagine"}
# Nobody can be asked to want or know something: the reading stands, with no "could you…".
_UNASKABLE = {"want", "like", "love", "care", "know", "understand", "notice", "realise", "realize", "remember",
              "see", "hear", "have", "need", "mean", "believe", "learn"}
_BARE_ASKS = {"call": "call me", "text": "text me", "ring": "ring me", "message": "message me", "help": "help me",
              "listen": "listen to me", "reply": "reply to me", "answer": "answer me"}


def lead_skipped(tokens) -> list:
    words = said_tokens(tokens)
    k = 0
    while k < len(words) and (words[k].lower_ in _LEAD or (words[k].pos_ in ("INTJ", "PROPN") or k == 0 and words[k].pos_ == "NOUN")
                              and words[k].i + 1 < len(words[k].doc) and words[k].doc[words[k].i + 1].text == ","):
        k += 1  # "oh", "Mum," "seriously", "Honey,"
    return words[k:]


def without_once(tokens) -> list:
    """The tokens without "for once", "for a change", "just", "ever": the act alone."""
    lowers = [t.lower_ for t in tokens]
    cut = set()
    for k in range(len(tokens)):
        for phrase in _ONCE_PHRASES:
            if tuple(lowers[k:k + len(phrase)]) == phrase:
                cut |= set(range(k, k + len(phrase)))
                break
    return [t for k, t in enumerate(tokens) if k not in cut and t.lower_ not in _SHARP
            and not t.is_punct and not is_emoji(t.text)]


def _base(verb) -> str:
    return inflect.base_of(inflect.lemma_of(verb))


def act_phrase(verb, after) -> str:
    """The verb in its base form and what follows it ("leave your wet towels on the bed")."""
    base = "be" if verb.lemma_ == "be" else _base(verb)
    words = [Word(base, " ", verb)] + words_of(after)
    return render(words, lower_start=False)


# -- "can you not leave your towels on the bed for once?" ---------------------------------------
def asked_not(tokens) -> Literal | None:
    """"can/could you (just) not X", "can't you just not X": a request not to X."""
    first = tokens[0]
    if first.tag_ == "VB" and 0 < first.i - first.sent.start <= 7:  # "can you not, like, | leave…" split apart
        tokens = list(first.doc[first.sent.start:first.i]) + list(tokens)
    words = lead_skipped(tokens)
    if len(words) < 4 or words[0].lower_ not in ("can", "could", "ca") or words[0].tag_ != "MD":
        return None
    k = 1
    if words[k].lower_ in ("n't", "not") and words[0].lower_ == "ca" or words[k].lower_ == "n't":
        k += 1  # "can't you just not X": the second "not" is the ask
    if k >= len(words) or words[k].lower_ not in _YOU:
        return None
    k += 1
    while k < len(words) and words[k].lower_ in ("just", "please", "maybe", "like", "kindly", "pls", "plz"):
        k += 1
    if k + 1 >= len(words) or words[k].lower_ != "not":
        return cant_you(tokens)  # "can't you for once just say thank you?" asks for it (rhetorical.py)
    while k + 2 < len(words) and words[k + 1].lower_ in ("like", "please", "kindly", "pls", "plz"):
        k += 1  # "can you not, like, leave…"
    verb = words[k + 1]
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ not in ("VB", "VBP") or verb.lemma_.lower() in _NOT_ASKABLE:
        return None
    if verb.lemma_ == "have" and any(t.tag_ == "VBN" for t in words[k + 2:k + 4]):
        return None  # "could you not have told me?": you could have, and didn't
    after = without_once([t for t in tokens if t.i > verb.i])
    phrase = act_phrase(verb, after)
    said = "you're " + phrase[3:] if verb.lemma_ == "be" else f"you {phrase}"
    return Literal(said, past=False, request=f"Could you not {phrase}?")


# -- "do you ever check Slack?" -----------------------------------------------------------------
def ever_asked(tokens) -> Literal | None:
    """"do you ever X?" presumes you don't: said as how it seems, with X asked for. "are you ever
    going to X?" / "will you ever X?" presumes X isn't done yet: asked when it will be."""
    tokens = first_alternative(tokens)  # "…, or is it all just noise to you?" is a second jab (rhetorical.py)
    words = lead_skipped(tokens)
    if len(words) < 4 or words[0].lower_ not in ("do", "does", "did", "are", "will") or words[1].lower_ not in _YOU:
        return None
    k = 2
    while k < len(words) and words[k].lower_ in ("even", "actually", "really", "just"):
        k += 1
    if k + 1 >= len(words) or words[k].lower_ != "ever":
        return None
    while k + 2 < len(words) and words[k + 1].lower_ in ("even", "actually", "really", "just"):
        k += 1  # "do you ever actually listen…"
    going = words[0].lower_ == "are" and [t.lower_ for t in words[k + 1:k + 3]] == ["going", "to"]
    if words[0].lower_ == "are" and not going:
        return None
    verb = words[k + 3] if going and k + 3 < len(words) else words[k + 1]
    if verb.pos_ != "VERB" or verb.tag_ != "VB" or verb.lemma_.lower() in _REAL_QUESTIONS:
        return None
    if jab(verb, tokens):
        return None  # "do you ever get tired of being wrong?": contempt, nothing to ask for (accusing.py)
    kept_up = _kept_up(verb, tokens) if words[0].lower_ in ("do", "does") else None
    if kept_up is not None:
        return kept_up
    after = without_once([t for t in _unnamed(tokens) if t.i > verb.i])
    phrase = word_i_say(act_phrase(verb, after))
    head, _, tail = phrase.partition(" ")
    if _SELF_ONLY.search(phrase):  # "do you ever think about anyone but yourself?": what the speaker needs
        return Literal("it seems like what I need doesn't count", past=False, request="Can we talk about it?",
                       statement="I'm feeling hurt, and I'd like my needs to count too")
    if words[0].lower_ in ("are", "will"):  # "are you ever going to fix the tap?": not done yet
        if verb.lemma_.lower() in _UNASKABLE:
            return None
        return Literal(f"you haven't {inflect.participle(head)} {tail} yet".replace("  ", " "), past=False,
                       request=f"Could we agree on when you'll {phrase}?")
    sweeping = re.search(r"\b(?:anyone|anything|everyone|everything)\b", phrase)  # "think about anyone but yourself"
    ask = None if verb.lemma_.lower() in _UNASKABLE or sweeping else _BARE_ASKS.get(phrase, phrase)
    if words[0].tag_ == "VBD":
        said = f"it seemed like you hadn't {inflect.participle(head)} {tail}".strip()
        return Literal(said, past=True, request=ask and f"Next time, could you {ask}?")
    if ask in _HEEDED:  # "could you listen to me more often?" rations listening: ask for it as it's meant
        return Literal(f"it seems like you don't {phrase}", past=False, request=_HEEDED[ask])
    return Literal(f"it seems like you don't {phrase}", past=False, request=ask and f"Could you {ask} more often?")


# "a word I say" under a negation means "me" ("listen to a word I say" is "listen to me").
_WORD_I_SAY = re.compile(r"\b(listen(?:ing|ed)? to|hear(?:d|ing)?) (?:a |one )?(?:single )?word (?:I|i) (?:say|said|'m saying|"
                         r"am saying)\b")
_SELF_ONLY = re.compile(r"\b(?:anyone|anybody|anything) (?:but|except|other than|besides) (?:yourself|urself|you)\b", re.I)
_HEEDED = {"listen to me": "Could you listen when I'm talking to you?",
           "hear me": "Could you listen when I'm talking to you?"}


def word_i_say(text: str) -> str:
    """"listen to a word I say" → "listen to me"; "hear a word I say" → "hear me"."""
    return _WORD_I_SAY.sub(lambda m: f"{m.group(1)} me", text)


def _unnamed(tokens) -> list:
    """The tokens without a name called after a comma at the end ("…anyone but yourself, Claire?")."""
    toks = list(tokens)
    comma = max((k for k, t in enumerate(toks) if t.text == ","), default=None)
    if comma is not None and all(t.pos_ == "PROPN" or t.is_punct or is_emoji(t.text) for t in toks[comma + 1:]):
        return toks[:comma]
    return toks


# What an "ever" question can sneer with: a verdict on the person ("being wrong", "an idiot").
_JUDGED = {"wrong", "stupid", "dumb", "rude", "annoying", "embarrassing", "pathetic", "ridiculous", "useless",
           "obnoxious", "insufferable", "unbearable", "right", "smug", "petty", "ignorant", "clueless"}
_SPEECH = {"talk", "speak", "yap", "blab", "ramble", "chatter", "lecture"}
_ENDLESS = {"stop", "quit"}
_WEARY = {"tired", "sick", "bored", "weary"}
_SELF_SEEN = {"hear", "listen", "look", "see", "read", "tired", "sick", "bored", "ashamed"}


def jab(verb, tokens) -> bool:
    """Whether "do you ever X" sneers instead of asking for X: X is a verdict on the person ("being
    wrong", "an idiot"), contempt by itself ("shut up", "stop talking"), or the listener turned on
    themselves ("listen to yourself", "get tired of yourself"). Nobody wants X done more often."""
    from .reading import NO_SITUATION  # reading imports the sarcasm readers, this module among them
    from .lexicon import TRAITS
    act = [t for t in tokens if t.i >= verb.i and not t.is_punct]
    inside = {t.i for t in act}
    if any((t.lower_ in _JUDGED or t.lower_ in TRAITS) and t.pos_ in ("ADJ", "NOUN") for t in act):
        return True  # (not "check Slack": a name is no verdict)
    spans = verb.doc.spans.get(SPAN_KEY, ())
    if any(sp.label_ in ("contempt", "character_attack") and {t.i for t in sp} & inside for sp in spans):
        return True  # "shut up", "grow a brain"
    if verb.lemma_.lower() in _ENDLESS and any(t.lemma_.lower() in _SPEECH | NO_SITUATION for t in act[1:3]):
        return True  # "do you ever stop talking / whining"
    return any(t.lower_ in ("yourself", "urself") and (t.head.lemma_.lower() in _SELF_SEEN or t.head.head.lemma_.lower()
                                                      in _SELF_SEEN) for t in act)


def _kept_up(verb, tokens) -> Literal | None:
    """"do you ever stop yelling?" / "do you ever get tired of lying?": the act goes on, so the
    complaint is that it does ("you keep yelling"); there is nothing it asks to be done."""
    gerund = None
    if verb.lemma_.lower() in _ENDLESS:
        gerund = next((c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG"), None)
    elif verb.lemma_.lower() in ("get", "grow"):
        weary = next((c for c in verb.children if c.dep_ == "acomp" and c.lower_ in _WEARY), None)
        gerund = next((p for c in weary.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                       if p.tag_ == "VBG"), None) if weary is not None else None
    if gerund is None:
        return None
    after = without_once([t for t in tokens if t.i > gerund.i])
    rest = render(words_of(after), lower_start=True)
    return Literal(f"you keep {gerund.lower_} {rest}".strip(), past=False)


# -- "another weekend where you're glued to the xbox" -------------------------------------------
_SPANS = {"weekend", "day", "evening", "night", "morning", "afternoon", "week", "month", "summer", "holiday"}
_DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_TIMED = {"till", "until", "all", "whole", "entire", "since", "before", "after", "tonight", "today"}
_MEALS = {"dinner", "lunch", "breakfast", "brunch", "tea", "supper"}
_GATHERINGS = {"party", "wedding", "meeting", "barbecue", "bbq", "gig", "concert", "game", "match", "event",
               "family", "christmas", "birthday", "do"}


def _during(noun) -> str:
    word = noun.lower_
    if word in _SPANS:
        return f"all {render([Word(noun.text, '', noun)])}"
    if word in _MEALS:
        return f"at {word}"
    return f"at the {word}" if word in _GATHERINGS else f"during the {word}"


def another_occasion(tokens) -> Literal | None:
    """"another N where/when you X" / "another N of you X-ing" → "you X" at or through the N."""
    for tok in tokens:
        if tok.lower_ != "another":
            continue
        noun = next((t for t in tok.doc[tok.i + 1:tok.i + 3] if t.pos_ in ("NOUN", "PROPN")), None)
        if noun is None or noun.i + 2 >= len(tok.doc):
            return None
        link, who = tok.doc[noun.i + 1], tok.doc[noun.i + 2]
        if who.lower_ not in _YOU or link.lower_ not in ("where", "when", "of"):
            return None
        rest = [t for t in tokens if t.i > who.i and not t.is_punct and not is_emoji(t.text)
                and t.lower_ not in ABSOLUTES and t.lower_ not in INTENSIFIERS]
        verb = next((t for t in rest if t.pos_ in ("VERB", "AUX")), None)
        if verb is None:
            return None
        if link.lower_ == "of":  # "of you ignoring me": the gerund as a present act
            if verb.tag_ != "VBG" or verb is not rest[0]:
                return None
            rest = [Word(inflect.base_of(verb.lemma_.lower()), verb.whitespace_, verb)] + words_of(rest[1:])
            past = False
        else:
            past = verb.tag_ == "VBD" or any(t.lower_ in ("was", "were") for t in rest[:2])
            rest = words_of(rest)
        joined = rest[0].text.startswith(("'", "’")) or rest[0].lower == "n't"
        act = render([Word("you", "" if joined else " ")] + rest, lower_start=False)
        timed = any(t.ent_type_ in ("DATE", "TIME") or t.lower_ in _TIMED for t in tokens if t.i > who.i)
        if noun.lower_ in _DAYS:  # "another Sunday where you sleep till 2pm": a habit of that day
            act = f"{act} on {noun.text.capitalize()}s"
        elif noun.lower_ not in act.lower() and not (timed and noun.lower_ in _SPANS):  # not "till 2pm all weekend"
            act = f"{act} {_during(noun)}"
        return Literal(act, past=past)
    return None


# -- "thanks for letting me know… oh wait, you didn't" ------------------------------------------
_MARKER = r"(?:oh|wait|right|that's right|thats right|yeah|no|silly me|never mind|nvm|my bad|oops|my mistake)"
_NOT_DONE = r"(?:you|u) (didn't|did not|never did|don't|do not|haven't|have not|never have|forgot)\W*$"
_TAKEN_BACK = re.compile(rf"\b{_MARKER}\W+(?:{_MARKER}\W+)*{_NOT_DONE}", re.I)
_BARE_NOT_DONE = re.compile(rf"^{_NOT_DONE}", re.I)
_MARKERS_ONLY = re.compile(rf"^(?:{_MARKER}\W*)+$", re.I)
_MARKERS_AT_END = re.compile(rf"[.…,;:—–-]\s*(?:{_MARKER}\W*)+$", re.I)
_THANKS = {"thanks", "thank", "thx", "ty", "cheers"}
_KIND = {"nice", "kind", "sweet", "good", "lovely", "thoughtful"}


def thanked_act(clause):
    """What a "thanks for X-ing" / "nice of you to X" / "I appreciate you X-ing" clause thanks for:
    the act's verb, or the thing given ("thanks for the heads up"), or None."""
    for tok in clause.tokens:
        doc = tok.doc
        nxt = doc[tok.i + 1:tok.i + 5]
        if tok.lower_ in _THANKS or tok.lemma_ == "appreciate":
            verb = next((t for t in nxt if t.tag_ == "VBG"), None)
            if verb is None and nxt and nxt[0].lower_ == "for":
                verb = next((t for t in nxt[1:] if t.pos_ == "NOUN" and t.head.i == nxt[0].i), None)
        elif tok.lower_ in _KIND and [t.lower_ for t in nxt[:2]] in (["of", "you"], ["of", "u"]):
            verb = next((t for t in doc[tok.i + 3:tok.i + 7] if t.tag_ == "VB"), None)
        else:
            continue
        if verb is not None:
            return verb
    return None


def _not_done(verb, thanked, how: str) -> Literal | None:
    """The thanked act said as not done, in the tense of "you didn't / don't / haven't / forgot"."""
    inside = {t.i for t in thanked.tokens}
    if verb.pos_ == "NOUN":  # "thanks for the heads up… oh wait": what the speaker didn't get
        if how not in ("didn't", "did not", "never did", "forgot"):
            return None
        start = min(t.i for t in verb.subtree)
        thing = []
        for t in thanked.tokens:  # the words after "for", up to the next mark ("the heads up")
            if t.i >= start and (t.is_punct or is_emoji(t.text)):
                break
            if t.i >= start:
                thing.append(t)
        thing = render(words_of(thing))
        return Literal(f"I didn't get {thing}", past=True)
    reported = {t.i for c in verb.subtree if c.dep_ == "ccomp" and any(
        s.dep_ == "nsubj" and s.lower_ in _YOU for s in c.children) for t in c.subtree}
    after = without_once([t for t in verb.subtree if t.i > verb.i and t.i in inside])
    phrase = act_phrase(verb, after)
    asked = act_phrase(verb, [t for t in after if t.i not in reported])
    head, _, tail = phrase.partition(" ")
    if how in ("don't", "do not", "haven't", "have not", "never have"):
        hoped = f"It would mean a lot if you {inflect.past(head)} {tail}".strip() + "."
        if how in ("don't", "do not"):
            return Literal(f"you don't {phrase}", past=False, request=hoped)
        return Literal(f"you haven't {inflect.participle(head)} {tail}".strip(), past=False, request=hoped)
    if how == "forgot":  # "thanks for remembering… you forgot": "you forgot our anniversary"
        forgot = f"you forgot {tail}" if head in ("remember", "recall") else f"you forgot to {phrase}"
        return Literal(forgot.strip(), past=True, request=f"Next time, could you {asked}?")
    return Literal(f"you didn't {phrase}", past=True, request=f"Next time, could you {asked}?")


def _taken_back(clauses, k):
    """(the match saying what didn't happen, the index the thanks must come before) or None."""
    found = _TAKEN_BACK.search(clauses[k].text)
    if found:
        return found, k
    found = _BARE_NOT_DONE.match(clauses[k].text)
    if found and k >= 2 and _MARKERS_ONLY.match(clauses[k - 1].text):  # "oh that's right" | "you didn't"
        return found, k - 1
    if found and _MARKERS_AT_END.search(clauses[k - 1].text):  # "thanks for X — oh that's right" | "you didn't"
        return found, k
    return None


def take_back(clauses) -> None:
    """"X… oh wait, you didn't": the clause that thanked for X says plainly that X didn't happen;
    the "oh wait" clause says nothing more."""
    for k in range(1, len(clauses)):
        taken = _taken_back(clauses, k)
        if taken is None:
            continue
        found, first = taken
        thanked = next((c for c in reversed(clauses[:first]) if thanked_act(c) is not None), None)
        if thanked is None:
            continue
        said = _not_done(thanked_act(thanked), thanked, found.group(1).lower())
        if said is None:
            continue
        thanked.literal = said
        thanked.role = "accusation"
        for later in clauses[clauses.index(thanked) + 1:k + 1]:
            later.role, later.literal = "filler", None
