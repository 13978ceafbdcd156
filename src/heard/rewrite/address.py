"""Who a message is addressed to: "Jake, you…", "Mum you…", "…, Kevin.", "kayla you're…"."""

from __future__ import annotations

import re

from .clauses import YOU
from .lexicon import INTERJECTIONS, SARCASM
from .memo import per_message
from .misread_names import name_misread
from .name_words import name_words
from .surface import is_emoji
from .vocatives import vocative

_ADDRESS_WORDS = {"mum", "mom", "dad", "babe", "baby", "honey", "love", "mate", "dude", "bro", "yaar", "bhai", "didi",
                  "sis", "man", "guys", "everyone", "sweetie", "darling", "hun", "grandma",
                  "nana", "gran", "mother", "father", "son", "sir", "madam",
                  "mr", "mrs", "ms", "miss", "dr", "coach", "prof", "professor"}  # "Ms Patel, my daughter…"
# Told to the listener, not names of them, though the tagger may read "Chill," as one: "Chill, it's just a scratch".
_HUSHES = {"chill", "relax", "calm", "easy", "stop", "wait", "enough", "behave"}  # ("whoa" is an interjection)
# Said before the address to set the tone: "With respect, Coach, you've…", "Honestly, Dan, …".
_LEADS = {"with", "respect", "honestly", "listen", "look", "seriously", "sorry", "okay", "ok", "right", "so", "well"}
# A greeting before the name ("Hi Tom,", "Dear Mr Okafor,", "Morning Dave,") belongs to the address:
# left in the message it reads as part of what happened ("when hi, the inspection found…", "Dear I was…").
_GREETINGS = {"hi", "hiya", "hey", "heya", "hello", "dear", "morning", "afternoon", "evening", "good", "yo", "howdy"}
# "Hi all,", "Morning team,": a greeting to a group, with no name to keep.
_GROUPS = {"all", "everyone", "everybody", "team", "folks", "guys", "both", "y'all", "yall", "gang", "lads", "ladies", "there"}


# "mate you reversed into my ute…": an address word straight before "you" with no comma is parsed as part of
# the sentence ("When you reversed the mate"); the space becomes a comma, the length kept (evidence offsets).
# ("bro", "sis", "mum" parse as said to the listener already; "love you" is no address.) The words are the
# friends said to before "you" (_FRIENDS, below).
_FRIENDS = {"mate", "dude", "yaar", "bhai"}
_BARE_ADDRESS = re.compile(r"^(\W*)(" + "|".join(sorted(_FRIENDS)) + r")( )(?=(?:you|u|the|your|ur|my|i|it|its|it's|we|that|"
                           r"this|why|what|how|can|could|did|do|don't|dont|stop|seriously|honestly)\b)", re.I)
# ("mate the light switch you fixed sparks…": the same, before any clause it opens)


# "You're overreacting Dad, it's one scratch": a family or pet word said after what the listener is doing, with
# no comma before it, is parsed as the act's object ("I don't want to brush off Dad"). The space before it becomes
# a comma, the length kept. Only after "you're …-ing"/"being …" or a verdict adjective: "you never call Dad" and
# "you're ringing Dad" are about him.
_KIN_CALLED = r"(?:mum|mom|mam|ma|dad|babe|baby|bro|sis|mate|dude|hun|love|son|gran|nan|coach)"
_TRAILING_ADDRESS = re.compile(
    r"\b(?:you're|you are|youre|ur|you)\s+(?:being\s+|so\s+|just\s+|totally\s+|literally\s+|really\s+)*"
    r"(?!(?:calling|texting|ringing|telling|asking|blaming|helping|visiting|seeing|bringing|taking|picking|giving|"
    r"messaging|phoning|letting|watching|ignoring|copying|annoying|bugging|leaving|making)\b)"
    r"(?:[a-z]+ing|dramatic|ridiculous|sensitive|paranoid|unreasonable|wrong|mad|crazy|petty|insane|extra)"
    r"(?P<space> )" + _KIN_CALLED + r"(?=\s*(?:[,.!?]|$)|\s+(?:it|i|i'm|im|that|this|we|you|u|ur)\b)", re.I)


def comma_after_address(text: str) -> str:
    """`text` with a comma in place of the space after an opening address word said before "you", and in place
    of the space before one said after what the listener is doing ("You're overreacting,Dad, it's…")."""
    text = _BARE_ADDRESS.sub(lambda m: f"{m.group(1)}{m.group(2)},", text, count=1)
    return _TRAILING_ADDRESS.sub(lambda m: m.group(0)[:m.start("space") - m.start()] + ","
                                 + m.group(0)[m.end("space") - m.start():], text)


def find_address(doc):
    """A name or "Mum"/"babe" the message is addressed to, and its token indices (a greeting's among them)."""
    tokens = list(doc)
    greeting = _greeting(tokens)
    if len(greeting) > 1 and greeting[-1].text == "," and greeting[-2].lower_ in _GROUPS:
        return None, {t.i for t in greeting}  # "Hi all, can whoever…": no one named
    name, found = _named(doc, tokens, len(greeting))
    return name, found | {t.i for t in greeting}


def _name_tagged_noun(tokens, tok, start) -> bool:
    """"Sophie you've cancelled…": a capitalised first word the tagger took for a noun, hung loose on the
    verb of the "you" after it, is the name the message is said to."""
    return tok.i == start and tok.pos_ == "NOUN" and tok.dep_ in ("npadvmod", "intj", "dep") and tok.text.istitle() \
        and tok.i + 1 < len(tokens) and tokens[tok.i + 1].lower_ in YOU \
        and tok.lower_ in name_words()  # "Shame you couldn't be bothered": a word English writes in lower case


# Words that head a message rather than name its reader: "Update, we shipped…", "Reminder, you said…".
_HEADINGS = {"update", "question", "reminder", "note", "fyi", "heads", "apparently", "anyway", "btw", "honestly", "respect",
             "fine", "whatever", "seriously", "congrats", "congratulations", "news", "correction", "context", "spoiler"}


def _noun_before_comma(tokens, tok, start) -> bool:
    """"Chidi, I sent you 50k…": a capitalised first word the tagger took for a noun hung loose on the verb,
    set off by a comma before "I", "you" or "we", is the name the message is said to, known or not."""
    return tok.i == start and tok.pos_ == "NOUN" and tok.dep_ in ("npadvmod", "intj", "dep") and tok.is_alpha \
        and tok.text.istitle() and tok.i + 2 < len(tokens) and tokens[tok.i + 1].text == "," \
        and tokens[tok.i + 2].lower_ in YOU | {"i", "we"} and tok.lower_ not in _COURTESIES | _HUSHES | _HEADINGS


# "Typical Tory, always changing the subject": a side in an argument, not the person written to.
_FACTIONS = {"tory", "tories", "liberal", "liberals", "lib", "libs", "lefty", "leftie", "conservative", "democrat",
             "republican", "labour", "boomer", "boomers", "millennial", "millennials", "socialist", "trumper", "remainer",
             "brexiteer", "man", "woman", "men", "women", "male", "female", "politician", "bloke", "guy"}
_COURTESIES = {"thanks", "thank", "cheers", "sorry", "hello", "bye", "yes", "no", "nope", "yep"}  # "Wow, Thanks, you…"


def _called_after_interjection(tokens, tok, lead) -> bool:
    """"Eish, Sipho, you borrowed…": a capitalised word set off by commas between an interjection and
    "you" is the name, even one the tagger reads as a noun and the name list does not know."""
    return any(t.lower_ in INTERJECTIONS | SARCASM for t in lead) and tok.is_alpha and tok.text.istitle() \
        and tok.pos_ in ("PROPN", "NOUN") and tok.lower_ not in YOU | {"i"} | _HUSHES | _COURTESIES \
        and tok.i + 2 < len(tokens) and tokens[tok.i + 1].text == "," and tokens[tok.i + 2].lower_ in YOU


def _named(doc, tokens, start):
    words = [t for t in tokens if not t.is_punct and not t.is_space]
    if not words:
        return None, set()
    # At the start: "Jake you…", "Mrs. Patel, you…", "Mum you…".
    run, lead = [], []
    for tok in tokens[start:6]:
        # (a verdict opening the message, lexicon.SARCASM, is a lead-in too: "Classic you, forgetting…", "Typical Jess, …")
        if not run and (tok.lower_ in INTERJECTIONS | SARCASM or tok.is_punct or tok.lower_ in _LEADS
                        and any(t.text == "," for t in tokens[tok.i + 1:tok.i + 3])):  # "With respect, Coach, you…"
            lead.append(tok)
        elif not run and tok.lower_ in _FACTIONS and any(t.lower_ in SARCASM for t in lead):
            break  # "Typical Tory, …": the verdict is on a side, not said to someone named
        elif run and tok.text == "/" and not tok.whitespace_:  # "Dear Sir/Madam,"
            run.append(tok)
        elif (tok.pos_ == "PROPN" or tok.lower_ in _ADDRESS_WORDS or (run and tok.text == ".")) \
                and tok.text[:1].isupper() and tok.lower_ not in YOU | {"i"} | _HUSHES | SARCASM or _mention(tok) \
                or _kin_before_you(tokens, tok) or _name_tagged_noun(tokens, tok, start) or _noun_before_comma(tokens, tok, start) \
                or not run and _called_after_interjection(tokens, tok, lead):
            run.append(tok)
        else:
            break
    if start and start + 1 < len(tokens) and tokens[start].is_alpha and tokens[start + 1].lower_ in YOU \
            and tokens[start].lower_ not in YOU | INTERJECTIONS:
        return tokens[start].text.capitalize(), {tokens[start].i}  # "hi kayla you still…": greeted by name
    if not run and not lead and _lowercase_name(tokens[start:]):
        return tokens[start].text.capitalize(), {tokens[start].i}
    if run and run[-1].i + 1 < len(tokens):
        after = tokens[run[-1].i + 1]
        nxt = tokens[after.i + 1] if after.text == "," and after.i + 1 < len(tokens) else after
        # "Love how you…", "Love that you…": the verb of a sarcastic "I love how", not the pet name "Love, …"
        loved = len(run) == 1 and run[0].lower_ == "love" and after.text != ","
        if _led(lead) and nxt.lower_ not in YOU | {"i"}:
            return None, set()  # "With respect, Mrs Okafor, Daniel's deadline…": the name is the parse's to keep
        # "Dear Mr. Henderson. The delay…": a letter's greeting made its own sentence (register.cut_greeting)
        ends = after.text == "," or start and after.text == "." and after.i + 1 < len(tokens) \
            and tokens[after.i + 1].text[:1].isupper()
        if after.text == "," and nxt.tag_ == "VBZ" and any(t.lower_ in SARCASM for t in lead):
            # "typical Sophie, borrows my straighteners…": said of her, not to her; the verdict and the comma go
            return None, {t.i for t in lead} | {after.i}
        if not loved and (ends or nxt.lower_ in YOU | {"i", "why", "what", "how", "it", "this", "that", "we"}) \
                or _mention(run[0]):
            name = " ".join(t.text for t in run).replace(" .", ".").replace(" / ", "/")  # "Dear Sir/Madam,"
            led = {t.i for t in lead}  # "With respect," goes with it, and so does "Eish," (the parse may hang it on the verb)
            return name, {t.i for t in run} | ({after.i} if ends else set()) | led
    # At the end of a sentence: "…, Kevin." / "…, Mum"
    for sent in doc.sents:
        toks = [t for t in sent if not t.is_space]
        while toks and toks[-1].is_punct:
            toks = toks[:-1]
        if len(toks) >= 3 and toks[-2].text == "," and (
                toks[-1].pos_ == "PROPN" or toks[-1].lower_ in _ADDRESS_WORDS) \
                and toks[-1].text[:1].isupper() and not vocative(toks[-1]) and toks[-1].dep_ in ("appos", "npadvmod", "nsubj", "dobj", "attr", "conj", "dep", "ROOT", "pobj"):
            return toks[-1].text, {toks[-1].i, toks[-2].i}
        for tok in toks[1:]:  # "…the milk, babe", "…cake, babe, really appreciated": a pet name set off by commas
            after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
            if tok.lower_ in _KIN and _said_to(tok) and tok.doc[tok.i - 1].text == "," and (after is None or after.is_punct
                                                                      or after.text == "," or is_emoji(after.text)):
                return tok.text.capitalize(), {tok.i, tok.i - 1}
    return None, set()


def _led(lead) -> bool:
    """A lead-in that is no interjection ("With respect,"): only a name followed by "you" is addressed after it."""
    return any(t.lower_ in _LEADS and t.lower_ not in INTERJECTIONS for t in lead)


def _greeting(tokens) -> list:
    """The greeting words that open the message before a name ("Hi Tom", "Dear Mr Okafor"), or, with
    their comma, a greeting on its own or to a group ("Hi, you…", "Hi all, can…"); [] when there is none."""
    k = 0
    while k < min(len(tokens), 2) and tokens[k].lower_ in _GREETINGS:
        if tokens[k].lower_ == "good" and (k + 1 >= len(tokens) or tokens[k + 1].lower_ not in ("morning", "afternoon", "evening")):
            break  # "Good of you to turn up, Dan": no greeting
        k += 1
    if k and k < len(tokens) and tokens[k].text == ",":
        return tokens[:k + 1]  # "Hi, you still haven't…": the greeting alone
    if not k or k >= len(tokens) or tokens[k].is_punct:
        return []
    if tokens[k].lower_ in _GROUPS and k + 1 < len(tokens) and tokens[k + 1].text == ",":
        return tokens[:k + 2]
    return tokens[:k]


def greeted(msg, text: str) -> str:
    """`text` opened with the message's own greeting when it opens with the name greeted: "Hi Priya,
    I've now asked…" → "Hi Priya, it's frustrating for me…" (a work email keeps its "Hi")."""
    words = _greeting_words(msg)
    if not words or not msg.address or not text.startswith(msg.address + ","):
        return text
    return f"{words} {text}"


@per_message
def _greeting_words(msg) -> str:
    """"Hi", "Good morning": the greeting before the name, as a rewrite opens with it; "" for none (or for
    "Hi," / "Hi all,", which greet no one named). Read once per message: every candidate is offered it."""
    greeting = _greeting(list(msg.doc))
    if not greeting or greeting[-1].text == ",":
        return ""
    words = " ".join(t.text for t in greeting)
    return f"{words[:1].upper()}{words[1:].lower()}"


# Pet names count too: "oh honey, you forgot…" is said to a partner.
_KIN = {"mum", "mom", "dad", "babe", "hun", "sis", "bro", "nana", "gran", "grandma", "grandad", "mummy", "daddy",
        "honey", "sweetie", "sweetheart", "darling", "hon", "bae", "baby"}
# Friends (_FRIENDS, above) count only before "you" ("mate you reversed into my ute…"): after a dig ("Some of
# us have work in the morning, mate.") the word is part of the jab, not someone to greet.


def _kin_before_you(tokens, tok) -> bool:
    """"mum you never listen": a word for family or a partner, lower-case, straight before "you"."""
    nxt = tokens[tok.i + 1] if tok.i + 1 < len(tokens) else None
    return not tok.text[:1].isupper() and tok.lower_ in _KIN | _FRIENDS and nxt is not None and (
        nxt.lower_ in YOU or nxt.text == ",") and _said_to(tok)


_PETS = {"honey", "sweetie", "sweetheart", "darling", "hon", "bae", "baby", "babe", "hun"}


def _said_to(tok) -> bool:
    """A pet name is the person spoken to where the sentence says what they did ("oh honey, you forgot
    your keys"); in "oh sweetie, that's not how taxes work" or "adults are talking, sweetie" it talks down."""
    return tok.lower_ not in _PETS or any(t.lower_ in YOU and t.dep_ in ("nsubj", "nsubjpass") for t in tok.sent)


def _mention(tok) -> bool:
    """"@Dan", "@priya.k": a chat mention names the person spoken to, whatever its case."""
    return tok.text.startswith("@") and len(tok.text) > 1 and tok.text[1].isalpha()


# Words that open a sentence before "you" without naming anyone ("jesus you're…", "damn you…").
_NOT_NAMES = {"god", "jesus", "christ", "damn", "hell", "lord", "gosh", "dear", "man", "boy", "girl", "people"}


def _lowercase_name(tokens) -> bool:
    """"kayla you're so…": a lowercase first word hung on the verb of the "you" right after it, with
    no article or comma, can only be the name of the person spoken to."""
    if len(tokens) < 3:
        return False
    first, after = tokens[0], tokens[1]
    misread = name_misread(first)  # "marco you always…": the parser calls the unknown name a verb (misread_names.py)
    return first.text.islower() and first.is_alpha and len(first.text) > 2 and (first.pos_ in ("NOUN", "PROPN") or misread) \
        and first.lower_ not in INTERJECTIONS | _NOT_NAMES | _ADDRESS_WORDS and after.lower_ in YOU \
        and first.dep_ in ("dep", "npadvmod", "intj", "nmod", "compound") + (("advmod", "ROOT") if misread else ()) \
        and after.dep_ == "nsubj" \
        and (first.head.i == after.head.i or misread and first.dep_ == "ROOT" and after.head.head.i == first.i) \
        and first.whitespace_ and not first.like_num
