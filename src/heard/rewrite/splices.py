"""Owns the sentences a rewrite breaks when it cuts a clause out of the message and joins what is left:
mended where one clean reading exists, otherwise the candidate is dropped (`spliced`) so a better one
or an honest "no rewrite" is shown instead of broken English.

- A name the message is said to, with no comma ("Marco you ghost the chat…", "…when you're on call
  Sam, what is the point…", "your birthday, Sam, I was…"), was carried into the act as if it were part
  of it: "when Marco you ghost…", "on call Sam, I felt…". The name goes to the front ("Marco, I get…")
  and leaves the clause.
- "X every time Y" with "every time" cut joins two clauses with nothing between them: "…acts like I'm
  the hired help we visit". It becomes "when Y", or "whenever Y" where the sentence has a "when"
  of its own already (a second "when" reads as a stumble).
- "When you A when B, I feel X": two "when"s in one sentence. It is said "When B and you A, I feel X"
  where B is a moment of its own (its own subject, not "you"); "I feel X when you A when B" only where B
  is one past event ("…split the bill when I had a salad"). Never where B is part of the act: "only when
  you need a lift", "tell me when you've moved it", "I feel let down when you forget Biscuit when I'm away".
- A name the message set apart with a comma ("I missed you, Annie.") that a candidate glued onto a clause
  ("…missed you Annie.") was read as part of the act: that reading is wrong, so it is not mended but dropped.
- "I haven't transferred the rent on Friday yet": a past time cannot go with "haven't … yet"; it is
  said "I didn't get the rent transferred on Friday".
- Shapes only a lost clause head leaves: "when of your sloppy handover", "when you everyone else sent",
  "Rachel, you the spreadsheet…", "when skips the washing up" (the subject lost), "I'm not sure before
  you tag…" (an opinion frame on a clause that is no claim), "When a half after you said".
- A hyphenated verb inflected as one word ("you guilt-trippe me"): the lemma slipped.
"""

from __future__ import annotations

import re

from .name_words import name_words
from .tense_agreement import tensed

_YOU = {"you", "your", "u", "ur", "you're", "youre"}
# Capitalised openers that are no name: "Honestly you…", "Typical you", "Look you…".
_NOT_NAMES = {"honestly", "seriously", "look", "typical", "so", "and", "but", "oh", "ok", "okay", "well", "now",
              "maybe", "cool", "great", "wow", "thanks", "sorry", "please", "god", "jesus", "lol", "omg", "yes", "no",
              "hey", "hi", "listen", "mate", "dude", "bro", "babe", "love", "also", "then", "because", "when", "if"}

_TITLES = {"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "auntie", "aunt", "uncle", "coach"}
_TIMES = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
          "april", "may", "june", "july", "august", "september", "october", "november", "december", "christmas",
          "easter", "today", "tonight", "tomorrow", "yesterday"}


def _plain_name(tok) -> bool:
    return tok.is_alpha and tok.text[:1].isupper() and tok.text[1:].islower() and len(tok.text) > 1 \
        and tok.lower_ not in _NOT_NAMES and tok.lower_ not in _TIMES and tok.ent_type_ in ("", "PERSON") \
        and (tok.pos_ == "PROPN" or tok.lower_ in name_words())  # "…sorting it Friday.": a day, said to no one


def vocatives(msg) -> set[str]:
    """Names the message is said to without the commas that set them apart from its clauses."""
    names = set()
    doc = msg.doc
    for tok in doc:
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        prev = doc[tok.i - 1] if tok.i > 0 else None
        if not _plain_name(tok) or (prev is not None and prev.text[:1].isupper() and prev.i > tok.sent.start) \
                or (prev is not None and prev.lower_.rstrip(".") in _TITLES) or (nxt is not None and nxt.text[:1].isupper()):
            continue  # "Mrs Patel", "Miss Bennet", "Mr Jones": the name is the whole title, kept as said
        if tok.i == tok.sent.start and nxt is not None and nxt.lower_ in _YOU:
            names.add(tok.text)  # "Marco you ghost…", "Jamie your quick fix…"
        elif tok.i > tok.sent.start and (nxt is None or nxt.text in (",", ".", "!", "?")) and prev is not None \
                and prev.pos_ not in ("ADP", "VERB", "AUX", "CCONJ", "DET") and prev.lower_ not in ("and", "or") \
                and (tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "dative", "conj", "poss") or any(
                    c.dep_ == "compound" and c.pos_ == "NOUN" and c.text.islower() for c in tok.children)):
            names.add(tok.text)  # "…on call Sam, what…" (a name takes no "call" before it), "…your birthday, Sam, I…"
    address = getattr(msg, "address", None) or ""
    if re.fullmatch(r"[A-Z][a-z]+", address) and address.lower() not in _NOT_NAMES and not re.search(
            r"(?i)\b(?:" + "|".join(_TITLES) + r")\.? " + address + r"\b", msg.text):
        names.add(address)  # "Sara, everyone else paid…": never "The way I understand it, sara, everyone…"
    return names


def _glued(msg, name: str, text: str) -> bool:
    """Whether `text` reads a name the message set apart with a comma ("…to talk to, Howard.") as the object
    of a clause ("…to talk to Howard.", "missed you Annie."): the reading took the name into the act, so its act
    is not what was said. So is a name closing the speaker's own clause ("I missed you so much today, Tom."
    → "I'm sorry I missed you so much today Tom."). After the listener's act ("…who broke the promise, Jack.")
    the name is only misplaced: mended."""
    if not re.search(r",\s*" + re.escape(name) + r"\b", msg.text):
        return False
    said = r"\b(?:you|me|us|him|her|them|to|with|at|for|about|from|by|on|of|like|around|near)\s+" if not \
        _closes_own_clause(msg, name) else r"[a-z]\s+"
    return bool(re.search(said + re.escape(name) + r"\b", text))


def _closes_own_clause(msg, name: str) -> bool:
    """Whether `name` follows a comma closing the speaker's own clause about the listener ("I missed you so
    much, Tom.": longing, which a lapse reading turns into "I'm sorry I missed you"). "I was late, Tom, …" is
    not such a clause: its apology is the right reading, and the name is mended to the front."""
    doc = msg.doc
    for tok in doc:
        if tok.text == name and tok.i >= 2 and doc[tok.i - 1].text == ",":
            verb = doc[tok.i - 2]
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:  # spaCy makes a new Token each time: "is" never holds
                verb = verb.head
            return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "i" for c in verb.children) \
                and any(c.dep_ == "dobj" and c.lower_ == "you" for c in verb.children)
    return False


def _front_name(name: str, text: str) -> str:
    """`text` with `name` taken out of its clauses and said once, at the front."""
    said = "(?i:" + re.escape(name) + ")"  # "when leah your…": a reading may have lower-cased it
    body = text[len(name) + 2:] if text.startswith(name + ", ") else text
    if not re.search(r"\b" + said + r"\b", re.sub(r", " + said + r"[.?!]", ".", body)):
        return text  # only where it belongs: at the front, or ", Sam." closing a sentence
    body = re.sub(r",? \b" + said + r"\b(?=[,.?!])", "", body)  # "…on call Sam, I felt" → "on call, I felt"
    body = re.sub(r"\b" + said + r",? (?=(?:you|your|ur|u)\b)", "", body, flags=re.I)  # "when Marco you ghost", ". Jamie your fix"
    body = re.sub(r"(^|[.?!]\s+)([a-z])", lambda m: m.group(1) + m.group(2).upper(), body)
    if not body or re.search(r"\b" + said + r"\b", body):
        return text
    first = body.split(" ", 1)[0]
    keep_capital = first in ("I", "I'm", "I've", "I'd", "I'll") or _name_like(first)
    return name + ", " + (body if keep_capital else body[0].lower() + body[1:])


def _name_like(word: str) -> bool:
    return word[:1].isupper() and word.lower() in name_words()


def _every_time_cut(msg, text: str) -> str | None:
    """`text` with "when" where "every time" was cut between two clauses; None when that can't be said."""
    for before, after in re.findall(r"(?i)\b(\w+),? every (?:single )?time (\w+)", msg.text):
        head = re.match(r"[a-z]+", after.lower())
        if not head:
            continue
        jam = re.search(r"\b" + re.escape(before) + r" (" + head.group(0) + r")\b", text, re.I)
        if not jam:
            continue
        start = max(text.rfind(". ", 0, jam.start()), text.rfind("? ", 0, jam.start()), text.rfind("! ", 0, jam.start()))
        if re.search(r"\b(?:whenever|every time)\b", text[start + 1:jam.start()], re.I):
            return None
        said = "whenever " if re.search(r"\bwhen\b", text[start + 1:jam.start()], re.I) else "when "  # no second "when"
        return text[:jam.start(1)] + said + text[jam.start(1):]
    return text


_DOUBLE_WHEN = re.compile(r"^(?P<pre>(?:[A-Z]\w+, )?)(?P<feel>I (?:feel|felt|was|get|got|am|'m)\b[^,.?!]*?) when "
                          r"(?P<a>you [^,.?!]*?) when (?P<b>(?:I|we|you|they|he|she)\b[^,.?!]*?)(?P<end>[.?!])$")
_DOUBLE_WHEN_FRONT = re.compile(r"^(?P<pre>(?:[A-Z]\w+, )?)[Ww]hen (?P<a>you [^,.?!]*?) when "
                                r"(?P<b>(?:I|we|you|they|he|she)\b[^,.?!]*?), (?P<feel>I [^.?!]*?)(?P<end>[.?!])$")


# The second "when" belongs to the act: a limit on it ("only when you need a lift") or what is told or
# known ("tell me when you've moved the meeting").
_PART_OF_ACT = re.compile(r"\b(?:only|just|even|except|especially|exactly|right|usually|always|never|not|mostly|"
                          r"particularly|tell|told|ask|asked|know|knew|remember|remembered|say|said|decide|decided|"
                          r"mention|mentioned|explain|explained|notice|noticed|check|checked|warn|warned|let (?:me|us) "
                          r"know)(?: (?:me|us|him|her|them))?$", re.I)


def _one_past_event(clause: str) -> bool:
    """"I had a salad": one past event (not a state like "I was away", nor a habit like "I drive us")."""
    found = re.match(r"(?:I|we|they|he|she)('d|'m|'re|'s|'ve)? (?:\w+ly )?([\w'-]+)", clause)
    return bool(found) and not found.group(1) and found.group(2).lower() not in ("was", "were") \
        and tensed(None, found.group(2)) == "past"


def _one_when(sentence: str) -> str:
    """"When you A when B, I feel X." → "When B and you A, I feel X." (one "when", the moment first)."""
    front = _DOUBLE_WHEN_FRONT.match(sentence)
    found = front or _DOUBLE_WHEN.match(sentence)
    if not found or " and " in found.group("b") or re.match(r"(?i)you\b", found.group("b")) \
            or _PART_OF_ACT.search(found.group("a")) or not (front or _one_past_event(found.group("b"))):
        return sentence  # "I feel let down when you forget to feed Biscuit when I'm away" reads well as it is
    when = "When" if not found.group("pre") else "when"
    return f"{found.group('pre')}{when} {found.group('b')} and {found.group('a')}, {found.group('feel')}{found.group('end')}"


_PAST_TIME = r"(?:on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|last \w+|yesterday)"
_NOT_YET = re.compile(r"\b(?P<subj>I|we|you) (?:haven't|have not) (?P<part>\w+(?:ed|id|en|t)) (?P<obj>(?:the|my|your|our|"
                      r"his|her|their|it|them)\b[^.?!,]*?) (?P<time>" + _PAST_TIME + r") yet\b")


def _past_time(text: str) -> str:
    """"I haven't transferred the rent on Friday yet" → "I didn't get the rent transferred on Friday"."""
    return _NOT_YET.sub(lambda m: f"{m.group('subj')} didn't get {m.group('obj')} {m.group('part')} {m.group('time')}", text)


def mend(msg, text: str) -> str:
    """`text` with the splices above mended where one clean reading exists ("" when none does)."""
    if not text:
        return text
    for name in sorted(vocatives(msg)):
        if not _glued(msg, name, text):  # "I missed you, Annie." read as "missed you Annie": left for `spliced`
            text = _front_name(name, text)
    text = _every_time_cut(msg, text)
    if text is None:
        return ""
    sentences = re.findall(r"[^.!?]+[.!?]*\s*", text)
    text = "".join(_one_when(s.rstrip()) + s[len(s.rstrip()):] for s in sentences) or text
    return _past_time(text)


_SUBJECTLESS = r"(?!(?:was|has|does|goes|is|this|his|its|thus|plus|yes|always|perhaps|sometimes|towards|besides|" \
               r"afterwards|unless|us|as|less|across)\b)"
_SPLICED = tuple(re.compile(p) for p in (
    r"\b[Ww]hen (?:of|to|for|from|with|by|than)\b",  # "when of your sloppy handover": "because" lost
    r"(?:\b[Ww]hen |(?:^|[.?!]\s+))(?:An?|an?|[Tt]he) \w+ (?:after|before|ago|later)\b",  # "When a half after you said"
    r"(?i)\bwhen (?:you|i|we|they) (?:everyone|everybody|nobody|someone|somebody|no one|anyone|the|an?|my|your|our|their)\b",
    r"(?:^|[.?!,]\s+|^[A-Z]\w+, )[Yy]ou (?:the|an?|everyone|everybody|nobody|someone) \w+",  # "Rachel, you the spreadsheet…"
    r"\b[Ww]hen " + _SUBJECTLESS + r"[a-z]*[^s\W]s (?:the|an?|my|your|his|her|their|our|me|us|him|them|it)\b",  # "when skips the"
    r"\b(?:[Ff]rom what I can tell|[Aa]s far as I know|[Tt]he way I understand it), " + _SUBJECTLESS +
    r"[a-z]*[^s\W]s (?:the|an?|my|your|his|her|their|our|me|us|him|them|it)\b",  # "From what I can tell, cancels an hour"
    r"\b(?:I'm not sure|I don't think|I think|I'm not convinced|I disagree)(?: that)? (?:before|after|until|because|while|unless|since)\b",
    r"\b[a-z]+-[a-z]*([bdgmnprt])\1e\b",  # "you guilt-trippe me": a hyphenated verb's lemma slipped
    r"\b\w+ n't\b",  # "when you be n't so impossible": "weren't" taken apart and put back wrong
    r"(?i)(?:^|[.?!,]\s+|\b(?:when|whenever|if|because|since|while|and|but) )(?:you|we|they|he|she|I) be\b",  # "when you be"
))


def spliced(msg, text: str) -> bool:
    """Whether `text` still has a shape only a cut-and-joined clause leaves (see the module docstring)."""
    if any(p.search(text) for p in _SPLICED):
        return True
    for whole in re.findall(r"(?i)\b(\w+) and a half\b", msg.text):  # "two and a half hours" cut at "and":
        if re.search(r"(?i)\b" + re.escape(whole) + r"(?! and a half)[,.?!]", text):  # "When you turned up two,"
            return True
    return any(re.search(r"(?<!^)(?<!\. )\b" + re.escape(name) + r" (?:you|your)\b", text) or _glued(msg, name, text)
               for name in vocatives(msg))
