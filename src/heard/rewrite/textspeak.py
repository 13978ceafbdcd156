"""Spells out text-speak ("ur", "u", "r u") before parsing, and moves character offsets to match;
a lower-case "mum you…" becomes "Mum, you…" so the parser sees who is addressed.

The tagger reads "ur always on ur phone" as an interjection and a name, so no clause has a
subject and no rewrite can say what happened. Spelled out ("you're always on your phone") it
parses like any other message, and the rewrite speaks plain English back.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .chat_marks import marks
from .lexicon import ABSOLUTES, INTENSIFIERS, TRAITS

# Words that follow "ur" = "you're" rather than "your": adverbs, articles, states and traits.
_AFTER_YOURE = ABSOLUTES | INTENSIFIERS | set(TRAITS) | frozenset("""never so not such a an the
being too really still only also all gonna going like acting kidding joking welcome right wrong late
mad upset angry crazy insane ridiculous pathetic unbelievable impossible sorry sure done making
taking out in at on with there here home busy free back away up off over ok okay fine tired drunk
asleep awake online lucky supposed allowed obsessed stressed""".split())
# "-ing" words that are things, not what someone is doing ("ur wedding").
_ING_NOUNS = frozenset("""morning evening wedding meeting building feeling feelings painting ceiling
clothing something nothing everything anything thing things ring king spring string wing
darling sibling pudding earring earrings""".split())
_FIXED = {"u": "you", "urself": "yourself", "ppl": "people", "cuz": "because", "bc": "because",
          "tho": "though", "pls": "please", "plz": "please", "thx": "thanks", "b4": "before",
          "2day": "today", "2nite": "tonight", "2morrow": "tomorrow", "idk": "I don't know",
          "rn": "right now", "tmrw": "tomorrow", "tmr": "tomorrow", "tmrrw": "tomorrow", "idc": "I don't care",
          "lmk": "let me know", "abt": "about", "bday": "birthday", "srsly": "seriously", "ud": "you'd",
          "youd": "you'd", "theyre": "they're", "wouldve": "would've", "couldve": "could've",
          "shouldve": "should've", "wanna": "want to",
          "mins": "minutes", "hrs": "hours", "omw": "on my way"}
# Lower-case words for family or a partner that open a message addressed to them ("mum you…").
_KIN = frozenset("""mum mom dad babe hun sis bro nana gran grandma grandad mummy daddy honey sweetie
sweetheart darling hon bae""".split())
# After a lower-case "mum"/"babe" that opens a text, words that start what is said to them ("mum can
# you…", "babe i love you", "dad stop…"), not what they did ("mum said…", "dad is coming", "mum just called").
_TO_KIN = frozenset("""you u ur youre you're i i'm im i've ive i'd we why what where when how who stop
please pls plz seriously honestly it's its that's thats thanks thank sorry ok okay look listen don't dont
pick get come""".split())
# Pet names that close a text said to the partner ("…the last slice of cake babe 🙄"), after any word that
# doesn't make them a thing ("the honey", "my babe").
_PETS = frozenset("babe hun hon sweetie sweetheart darling bae honey".split())
_BEFORE_THINGS = frozenset("a an the my your our his her their to for with at of about some this that".split())
_SNEERED = frozenset("it's its that's thats thanks thank sorry ok okay look listen seriously honestly".split())
_ASKING = frozenset("can could would will did do does have are were".split())  # only before "you": "mum did the shopping"
_OPENERS = frozenset("oh omg ok okay hey hi um ugh well so wow yo aw aww lol".split())
# Contractions typed without the apostrophe ("havent", "didnt", "im"): spelled out, the parser reads
# the negation ("you havent texted" parsed "you nt texted"). Words that are also words ("wont", "ill",
# "id", "were", "hell", "shell", "well") are left alone.
_CONTRACTIONS = {w.replace("'", ""): w for w in """don't didn't doesn't can't isn't aren't wasn't weren't
haven't hasn't hadn't couldn't wouldn't shouldn't mustn't needn't ain't i'm i've you're you've you'll you'd
that's what's there's where's who's how's he's she's they're they've we've we'd it'll""".split()}
_CONTRACTIONS.update(im="I'm", ive="I've")
_WORD = re.compile(r"[A-Za-z0-9']+")


def _youre_or_your(following: str | None) -> str:
    if following is None:
        return "you're"  # "no, ur": the end of a sentence
    low = following.lower()
    if low in _AFTER_YOURE or (low.endswith("ing") and len(low) > 5 and low not in _ING_NOUNS):
        return "you're"
    return "your"


def spell_out(text: str) -> tuple[str, list[tuple[int, int]]]:
    """The text with text-speak spelled out, and the edits as (original end, added length)."""
    chat = marks(text)  # placeholders, emoticons, quoted earlier messages, run-on stops, oaths (chat_marks.py)
    inside = [(start, end) for start, end, _ in chat if end > start]
    spans = list(chat)
    words = list(_WORD.finditer(text))
    for k, match in enumerate(words):
        if any(start <= match.start() < end for start, end in inside):
            continue
        word = match.group()
        low = word.lower()
        following = words[k + 1].group() if k + 1 < len(words) and _same_sentence(text, match, words[k + 1]) \
            else None
        previous = words[k - 1].group().lower() if k > 0 and _same_sentence(text, words[k - 1], match) else None
        if following is not None and any(match.end() <= start < words[k + 1].start() for start, _, new in chat
                                         if new == "."):
            following = None  # a run-on stop (chat_marks.py) ends the sentence here
        if low.replace("’", "'") in ("wasn't", "wasnt") and (following or "").lower() in ("me", "my", "mine") \
                and _opens_sentence(text, match):
            spelled = "IT WASN'T" if word.isupper() else ("It" if word[0].isupper() else "it") + " wasn't"
            # "Wasn't me who told Sarah": the subject dropped, so the parser reads a question, not a denial
        elif low == "was" and (following or "").lower() in ("only", "just") and k + 2 < len(words) \
                and words[k + 2].group().lower().endswith("ing") and _opens_sentence(text, match):
            spelled = ("I" if word[0].isupper() else "i") + " " + word.lower() if not word.isupper() else "I WAS"
            # "Was only trying to help": the speaker's own account, its "I" dropped
        elif low in _CONTRACTIONS and (word == low or word[1:] == low[1:] or word.isupper()):
            spelled = _CONTRACTIONS[low] if word == low or word.isupper() or low in ("im", "ive") \
                else _CONTRACTIONS[low].capitalize()
        elif low == "its" and (word[1:] == low[1:] or word.isupper()) and _it_is(following):
            spelled = "IT'S" if word.isupper() else word[0] + "t's"  # "its nearly 9", "Its so embarrassing"; not "its own", "its tail"
        elif word != low and not (word.isupper() and len(word) > 1):
            continue  # "U" as a grade, "Ur" the city: only lowercase (or shouted) text-speak
        elif _opens_to_kin(text, words, k):
            spelled = word.capitalize() + ","  # "mum you never…" parses as "Mum, you never…"
        elif low in _PETS and k > 0 and following is None and previous not in _BEFORE_THINGS \
                and text[match.start() - 1] == " " and text[words[k - 1].end():match.start()] == " ":
            spans.append((match.start() - 1, match.start() - 1, ","))  # "you forgot the milk babe" → "…milk, babe"
            continue
        elif low == "ur":
            spelled = _youre_or_your(following)
            if (following or "").lower() in ("kind", "sort") and k + 2 < len(words) and words[k + 2].group() == "of":
                spelled = "you're"  # "ur kind of being a dick"
        elif low == "r" and (previous in ("u", "you", "we", "they") or (following or "").lower() in ("u", "you")):
            spelled = "are"
        elif low == "rn" and re.search(r"\b(?:always|never|constantly|all the time)\b", _sentence_of(text, match), re.I):
            spelled = "these days"  # "ur literally never on time rn": a habit lately, not this minute
        elif low in _FIXED:
            spelled = _FIXED[low]
        else:
            spelled = missing_apostrophe(low, previous, following)
            if spelled is None:
                continue
        if word.isupper() and len(word) > 1:
            spelled = spelled.upper()
        spans.append((match.start(), match.end(), spelled))
    pieces, edits, last = [], [], 0
    for start, end, new in sorted(spans):
        pieces.append(text[last:start] + new)
        edits.append((end if end > start else start + 1, len(new) - (end - start)))  # an insertion moves what follows it
        last = end
    pieces.append(text[last:])
    return "".join(pieces), sorted(edits)


def _it_is(following: str | None) -> bool:
    if following is None:
        return False
    low = following.lower()
    return low[:1].isdigit() or low in _IT_IS or (_youre_or_your(following) == "you're" and low not in ("own", "way"))


_IT_IS = frozenset("""nearly almost past literally been getting already half midnight noon my your ur his her our their
this that these those no because cuz bc what like me him them us full true cold hot early hard easy bad good funny
weird obvious gone broken dead empty closed open cancelled due nothing something everything now not a an the so too
still just gonna ok okay fine over late all""".split())  # "its now june": never the possessive before these
# Words that "ill" = "I'll" goes on with ("ill be there", "ill call u"); "i feel ill", "ill health" don't.
_AFTER_ILL = frozenset("""be do call text get go pick make send try just probably prob never see let have take come bring
check ask tell pay sort fix clean cook buy grab message ring leave look talk wait meet drive walk still definitely def
always explain think show give put book handle deal stop help find keep""".split())
# Words that make "ill" the adjective ("i feel ill", "so ill").
_BEFORE_ILL = frozenset("feel feeling felt so very was is im i'm been get got really be too mentally seriously".split())


def missing_apostrophe(low: str, previous: str | None, following: str | None) -> str | None:
    """"ill be there" → "I'll", "lets go" → "let's", "hes late" → "he's": contractions typed without the
    apostrophe whose bare spelling is also a word, read from the words around them."""
    nxt = (following or "").lower()
    if low == "ill" and nxt in _AFTER_ILL and previous not in _BEFORE_ILL:
        return "I'll"
    if low == "lets" and nxt and nxt not in ("me", "you", "u", "him", "her", "them", "us", "it", "people", "anyone") \
            and (previous is None or previous in ("so", "ok", "okay", "then", "just", "and", "but", "pls", "please",
                                                   "maybe", "yeah", "now", "lol", "hey", "ok")):
        return "let's"
    if low in ("hes", "shes") and nxt:
        return low[:-1] + "'s"
    if low in _KIN_OWNERS and previous in ("my", "ur", "your", "his", "her", "our", "their") and nxt \
            and nxt not in ("are", "were", "and", "have", "both"):
        return low[:-1] + "'s"  # "my mums birthday" → "my mum's birthday"
    return None


_KIN_OWNERS = frozenset("mums moms dads nans nanas grans grandmas grandads bfs gfs".split())  # not "sisters": plural


def _opens_to_kin(text: str, words, k: int) -> bool:
    """"mum can you…", "omg babe you…": a family word or pet name opening the text, said to them."""
    from .speaker_grievances import love_said_to  # "love you missed our dinner" (speaker_grievances.py)

    if love_said_to(words, k):
        return True
    if k > 1 or k + 1 >= len(words) or words[k].group().lower() not in _KIN:
        return False
    if k == 1 and (words[0].group().lower() not in _OPENERS or text[words[0].end():words[1].start()].strip(" ,")):
        return False
    nxt, gap = words[k + 1].group().lower(), text[words[k].end():words[k + 1].start()]
    after = words[k + 2].group().lower() if k + 2 < len(words) else ""
    said = _TO_KIN - _SNEERED if words[k].group().lower() in _PETS else _TO_KIN  # not "oh sweetie that's not how…"
    return not gap.strip() and (nxt in said or nxt in _ASKING and after in ("you", "u"))


def _sentence_of(text: str, match) -> str:
    start = max(text.rfind(mark, 0, match.start()) for mark in ".!?\n") + 1
    ends = [i for i in (text.find(mark, match.end()) for mark in ".!?\n") if i >= 0]
    return text[start:min(ends, default=len(text))]


def _opens_sentence(text: str, match) -> bool:
    """Nothing but punctuation between the word and the message's start or the last sentence end."""
    return bool(re.search(r"(?:^|[.!?]\s*)\W*$", text[:match.start()]))


def _same_sentence(text: str, match, following) -> bool:
    return not re.search(r"[.!?,;:]", text[match.end():following.start()])


def spliced(text: str, replacements) -> tuple[str, list[tuple[int, int]]]:
    """`text` with each (start, end, new) replacement made (in order, none overlapping), and the edits that
    `moved` takes for it: (original end, added length) per replacement. The rewording steps before parsing
    (engine._REWORDINGS) say only what they replace; the text and the evidence offsets both follow from it."""
    out, edits, last = [], [], 0
    for start, end, new in replacements:
        out += [text[last:start], new]
        edits.append((end, len(new) - (end - start)))
        last = end
    return "".join(out) + text[last:], edits


def moved(offset: int, edits: list[tuple[int, int]]) -> int:
    """Where a character offset of the original text lands in the spelled-out text."""
    ends = [end for end, _ in edits]
    return offset + sum(added for _, added in edits[:bisect_right(ends, offset)])


def moved_evidence(evidence, edits) -> list[dict]:
    """The classifier's evidence spans with offsets into the spelled-out text."""
    if not edits:
        return list(evidence)
    return [{**e, "start": moved(e["start"], edits), "end": moved(e["end"], edits)} for e in evidence]
