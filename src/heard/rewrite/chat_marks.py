"""What chat exports add around the words: export placeholders ("<Media omitted>", "<link>"), ASCII
emoticons (":(", ":/"), sign-off kisses ("x"), quoted earlier messages ("'ill be there at 8' - you,
yesterday"), filler tags ("tbh", "ngl", "lmao"), run-ons typed without a full stop, a line broken off
with a dash ("You jerk--"), a heads-up announced before its news ("just a heads up that you booked…"),
the sarcastic second guess of a yes/no question ("Did you read my email or did you just skim it?"), and an
oath sworn beside the account ("Hand on heart,", "…, I swear on my life").

Two readings live here. `marks` finds spans of the original text to replace before parsing (used by
textspeak.spell_out, which keeps offsets): a placeholder or emoticon is not a word of the message, a
quote the listener wrote is what they said ("yesterday you said you'd be there at 8"), and a filler or
a bare "its" opening a new thought ends the sentence before it. `clean` is the last look at a
suggestion: a chat tag or emoticon left in a rewrite reads as the rewrite's own mockery ("…show up lmao.").
"""

from __future__ import annotations

import re

# WhatsApp / Telegram / Slack export markers and bare links: nothing the speaker typed.
_PLACEHOLDER = re.compile(
    r"<\s*(?:media|image|video|audio|gif|sticker|document|file|photo|voice note)s? omitted\s*>"
    r"|\b(?:image|video|audio|gif|sticker|document|photo) omitted\b"
    r"|<\s*attached:[^>]*>|<\s*this message was (?:edited|deleted)\s*>|\bthis message was deleted\b"
    r"|<\s*(?:link|url|image|photo|video|gif|sticker|attachment|file|voice message|audio)\s*>"
    r"|\bhttps?://\S+|\bwww\.\S+"
    r"|(?<!\w)@(?:channel|here|everyone|all)\b", re.I)  # a Slack group ping names no one to speak to
# "per my last message", "as I mentioned yesterday," opening a sentence: a reminder that it was said before.
# The rewrite keeps what was said (the deadline, the request) without the jab of having said it already.
_ALREADY_SAID = re.compile(r"\b(?:as\s+)?per\s+my\s+(?:last|previous|earlier)\s+"
                           r"(?:message|msg|email|e-mail|mail|comment|post|text|reply)s?\b\s*[,:-]?\s*"
                           r"|\bas\s+(?:i|I)\s+(?:already\s+)?(?:mentioned|said|stated|noted|explained)"
                           r"(?:\s+(?:yesterday|earlier|before|previously|last week|this morning|on \w+day))?\s*[,:-]?\s*(?=\w)",
                           re.I)
# ":(", ":-/", ":'(", ";)", ":P", "xD", "<3", "-_-": typed faces, at a word boundary only (not "8)" in "(8)").
_EMOTICON = re.compile(r"(?:(?<=\s)|^)(?:[:;=][-'^]?[()/\\|DPpOo3\[\]*@$]+|<3+|[xX]D+|-_+-|\^_*\^|T_T|:'\()(?=\s|$|[.,!?])")
# A kiss or two closing a text ("…i'll make it up to u x", "see u at 7 xx"): a sign-off, not a word.
_KISSES = re.compile(r"(?<=\w|[.!?)])\s+x{1,4}(?=\s*(?:[^\w\s]*)$)")
# Chat tags that say how the speaker feels about the sentence, not what happened.
FILLERS = frozenset("tbh ngl lol lmao lmfao rofl omg smh btw fr ikr istg ffs imo tf haha hahaha lolol".split())
# Words that can open a new clause after a filler ("…rn its embarrassing", "…lol ur such a…").
_OPENERS = frozenset("""i im i'm ive i've ill i'll u you ur your youre you're it its it's that thats that's this we
were they he she why what how who can could pls please stop dont don't do did just the my no""".split())
# Words after which "it's" continues the sentence ("i know its late", "because its raining").
_CONTINUES = frozenset("""said say says saying think thought thinking know knew knowing guess bet hope feel felt
mean meant promised swear realise realize realised realized told tell sure and but so or if when while since until
unless that like where why how what though tho whether once before after as cos coz cuz bc because cause than
whatever hope wish think believe suppose assume reckon maybe cant can't wonder""".split())
_WORD = re.compile(r"[A-Za-z0-9'@]+")
_EMOJI_BETWEEN = re.compile(r"(?<=\w)\s+[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]+(?=\s+[A-Za-z])")
_EMOJI = re.compile(r"\s*[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]+")
_GROUP = frozenset("guys team folks yall y'all everyone lads fam".split())
# What "im" says when it opens a new thought mid run-on ("…the floor im done"), not "the one im talking to".
_AFTER_IM = frozenset("""sorry so not literally leaving tired going sick here fine ok okay actually honestly
busy over gonna off out""".split())
# After "when i talk", "when i get home": "u just nod", "u never ask" is the next clause, with a new subject.
_AFTER_U = frozenset("just always never literally still even dont don't didnt didn't cant can't keep kept".split())
_CLAUSE_ENDS = frozenset("""talk talking speak speaking home here there back up out in over done again lol
haha ok okay rn today tonight now anyway too either""".split())
# Names a run-on puts between two thoughts: "you never wash the blender bro it STINKS".
_MID_NAMES = frozenset("bro bruv mate dude fam babe sis hun lads".split())
_OWNERS = frozenset("my your ur his her our their a the me".split())  # "that was my bro the one who called"
# Subjects that start a new clause after "and" in a spoken run-on.
_NEW_SUBJECTS = frozenset("""u you ur youre you're i im i'm ive i've theres there's thats that's hes he's shes she's
they theyre they're we were we're it its it's""".split())
# Words "stop" goes on from ("pls stop asking", "can u stop texting", "the bus stop"), not a new order.
_BEFORE_STOP = _CONTINUES | frozenset("""to not dont don't please pls just can cant can't will wont won't would could
should must u you i we they he she never ever gonna wanna gotta the a bus full one last next then now ok okay
pls plz didnt didn't doesnt doesn't did does do im i'm youre you're""".split())


def marks(text: str) -> list[tuple[int, int, str]]:
    """Spans (start, end, replacement) of `text` to rewrite before parsing; they never overlap."""
    spans = []
    for pattern in (_PLACEHOLDER, _EMOTICON):
        for found in pattern.finditer(text):
            spans.append(_dropped(text, found.start(), found.end()))
    for found in _ALREADY_SAID.finditer(text):
        if _OPENING.fullmatch(text[:found.start()]):  # opening a sentence
            spans.append((found.start(), found.end(), ""))
    # "Hey, just a heads up that you booked…", "Before you start — I only moved your papers…": what follows is
    # the news or the account; the lead-in goes where it opens a sentence, or follows a greeting
    for found in (*_HEADS_UP.finditer(text), *_PRE_EMPTIVE.finditer(text)):
        if _OPENING.fullmatch(text[:found.start()]) or _GREETING.fullmatch(text[:found.start()]):
            spans.append((found.start(), found.end(), ""))
    for found in _OR_GUESS.finditer(text):  # "Did you read my email or did you just skim it?": the guess is the jab
        opening = re.split(r"[.!?]\s+", text[:found.start()])[-1]
        if _ASKED.match(opening):
            spans.append((found.start(), found.end(), ""))
    for found in _KISSES.finditer(text):
        spans.append((found.start(), found.end(), ""))
    quoted = reported_quote(text)
    if quoted:
        spans.append(quoted)
    for found in _SAID_QUOTED.finditer(text):  # 'you promised "I'll have the slides done by Thursday"'
        if _FIRST_PERSON.search(found.group("q")) and not _RELATIVE_TIME.search(found.group("q")):
            spans.append((found.start("open"), found.end(), _reported(found.group("q").strip(" .!?,"))))
    for found in _REASON_IS.finditer(text):  # "the reason the rent was late is because YOU…" → "the rent was late because YOU…"
        spans.append((found.start("reason"), found.end("reason"), ""))
        spans.append((found.start("is"), found.end("is"), ""))
    for found in _BROKEN_OFF.finditer(text):  # "You jerk--": speech broken off ends the sentence there
        spans.append((found.start(), found.end(), "."))
    spans.extend(_run_on_stops(text))
    kept = _disjoint(spans)
    return kept + [(m.start(), m.end(), "") for m in _OATH.finditer(text)  # an oath gives way to every other mark
                   if not any(start < m.end() and m.start() < end for start, end, _ in kept)]


# What comes before a cut that opens a sentence: nothing, a chat mention, or a finished sentence.
_OPENING = re.compile(r"\s*(?:@[\w.]+,?\s*)?|.*[.!?]\s*", re.S)
_GREETING = re.compile(r"\s*(?:hey|hi|hiya|hello|morning|all|team|guys|folks)\b[\w ]{0,20},?\s*", re.I)
# An oath opening or closing a sentence ("Hand on heart, I never told…", "Swear down that crack was…",
# "…about the party, I swear on my life"): the parser took "heart" for the thing the message is about, and
# swearing to it is the defence, not part of the account.
_OATH = re.compile(r"(?:(?<=^)|(?<=[.!?]\s))\s*(?:hand\s+on\s+(?:my\s+)?heart|swear\s+down|cross\s+my\s+heart|"
                   r"(?:I\s+)?swear\s+to\s+god|honest\s+to\s+god)\b,?\s*"
                   r"|,?\s*\bI\s+swear\s+(?:on\s+my\s+(?:life|mum's\s+life|mother's\s+life|kids'?\s+lives)|to\s+god)"
                   r"(?=\s*[.!?]*\s*$)", re.I)
# A heads-up announced before the news it gives: "just a heads up that", "Quick heads-up:".
_HEADS_UP = re.compile(r"\b(?:just\s+)?(?:a\s+)?(?:quick\s+|friendly\s+|little\s+)?heads[- ]?up(?:\s*[:,-]\s*|\s+that\s+|\s*[-—]\s*)", re.I)
# A defence braced before the complaint comes: "Before you start —", "before you say anything,". It answers
# no situation, and the parser hung it on the account ("When before you start, I feel…").
_PRE_EMPTIVE = re.compile(r"\bbefore\s+(?:you|u)\s+(?:start|say\s+anything|say\s+a\s+word|get\s+(?:mad|angry|cross|upset|"
                          r"annoyed|funny)|freak\s+out|go\s+off|kick\s+off|blow\s+up|have\s+a\s+go|jump\s+down\s+my\s+throat|"
                          r"shout|yell|lose\s+it)(?:\s+(?:on|at)\s+me)?\s*(?:[—–:,]+|-+|\.\.\.|…)\s*", re.I)
# A yes/no question's second guess, "…or did you just skim the subject line like always?", and its opening.
_AUX = r"(?:did|do|does|are|were|have|had|is|was|can|could|would|will|didn't|don't|haven't|weren't|aren't)"
_OR_GUESS = re.compile(r",?\s+or\s+(?:(?:did|do|are|were|have|had|can|could|would|will)\s+(?:you|u|ya)|(?:you|u)\s+just)\b[^?.!]*(?=\?|\s*$)", re.I)
_ASKED = re.compile(rf"\s*(?:\w+,?\s+)?{_AUX}\s+(?:you|u|ya)\b", re.I)
# A dash ending the message after a word: a line broken off ("You jerk--", "But you promised —").
_BROKEN_OFF = re.compile(r"(?<=\w)\s*(?:-{2,}|—|–)\s*$")
# "The reason (why) X is/was because Y": cut into clauses it leaves "The reason the rent was late is." behind.
_REASON_IS = re.compile(r"\b(?P<reason>[Tt]he reason (?:why |that )?)[^.!?,;]{3,80}?(?P<is> (?:is|was)) (?:because|cos|cause|bc)\b")


def _dropped(text: str, start: int, end: int) -> tuple[int, int, str]:
    """A span removed with the space before it; a full stop kept in its place when words follow on
    either side ("unlocked again :( can u…" is two sentences)."""
    before, after = text[:start].rstrip(), text[end:].lstrip()
    new_start = len(before)
    if not before:
        end = len(text) - len(after)  # "<Media omitted> thats…": the space after goes too
    if before and after and before[-1].isalnum() and after[:1].isalnum() and not _PLACEHOLDER.match(text, start):
        return (new_start, end, " love") if text[start:end].startswith("<3") else (new_start, end, ".")  # "i <3 u"
    return new_start, end, ""


def _disjoint(spans):
    kept, last = [], -1
    for start, end, new in sorted(spans):
        if start >= last:
            kept.append((start, end, new))
            last = max(end, start + 1 if end == start else end)
    return kept


# A quote that opens the message and is attributed to the listener ("'X' - you, yesterday", "“X” -u").
_QUOTE = r"""^\s*(?:["“](?P<q>[^"“”]{3,}?)["”]|['‘](?P<q2>.{3,}?)['’](?=[\s.,!?\-–—~]|$))"""
_ATTRIBUTED = re.compile(_QUOTE + r"\s*[-–—~]+\s*(?:you|u)\b"
                         r"(?:\s*,?\s*(?P<when>yesterday|last night|this morning|earlier|today|last week|"
                         r"on \w+day|\d+ (?:mins?|minutes|hours?|hrs?|days?) ago|\w+ ago))?\s*[.,!]*\s*", re.I)
# A first-person quote opening the message with the speaker's comment after it ("\"ill be there at 8\" lol
# ok"): in a chat that is the listener's own line thrown back at them.
_BARE = re.compile(_QUOTE + r"\s*(?=\S)")
# What follows a line thrown back at its writer: mockery or the fact that belies it ("lol ok", "never called").
_THROWN_BACK = re.compile(r"\W*(?:lol|lmao|ok|okay|k|sure|yeah right|right|classic|never|still|and yet|yet|wow|cool|"
                          r"apparently|ha|haha|my ass)\b|\W*[\U0001F644\U0001F602\U0001F480]", re.I)
# The listener's words quoted after "you said/promised" ('you promised "I'll have the slides done by Thursday"'):
# the parser reads the quote as a sentence of the speaker's own ("I'll have…"), so the promise is lost; said as
# reported speech ("you promised you'd have the slides done by Thursday") it is the promise the readings know.
_SAID_QUOTED = re.compile(r"\b(?:you|u) (?:promised|said|swore|told me|told us|texted|wrote)(?: me)?,?\s*"
                          r"(?P<open>[\"“])(?P<q>[^\"“”]{3,80}?)[\"”]", re.I)
# "I'll do it later": a time that only means something from where it was said; reported, "you didn't do it later".
_RELATIVE_TIME = re.compile(r"\b(?:later|tomorrow|tonight|soon|in a (?:bit|min|minute|sec|second)|in \d+)\b", re.I)
_SELF_QUOTED = re.compile(r"\b(?:i (?:said|told|texted|wrote|sent|messaged|asked|meant)|my words|is what i)\b", re.I)
_FIRST_PERSON = re.compile(r"\b(?:i|im|i'm|ill|i'll|ive|i've|id|i'd|me|my|myself|omw)\b", re.I)
# The listener's own words, reported by the speaker: their "I" is "you", their "you" is "me".
_REPORTED = {"i": "you", "im": "you were", "i'm": "you were", "ill": "you'd", "i'll": "you'd", "ive": "you'd",
             "i've": "you'd", "id": "you'd", "i'd": "you'd", "me": "you", "my": "your", "myself": "yourself",
             "mine": "yours", "am": "were", "will": "would", "can": "could", "ur": "my", "your": "my", "yours": "mine",
             "we'll": "we'd", "well": "we'd", "is": "was",
             "you're": "I was", "youre": "I was", "you've": "I'd", "you'll": "I'd"}


def reported_quote(text: str) -> tuple[int, int, str] | None:
    """The span of an opening quote the listener wrote, and the same words as reported speech."""
    found = _ATTRIBUTED.match(text)
    when = None
    if found:
        when = found.group("when")
    else:
        found = _BARE.match(text)
        rest = text[found.end():] if found else ""
        if not found or not _FIRST_PERSON.search(found.group("q") or found.group("q2")) or _SELF_QUOTED.search(rest) \
                or not _THROWN_BACK.match(rest) \
                or not re.search(r"[A-Za-z]", rest):
            return None
    quote = (found.group("q") or found.group("q2")).strip(" .!?,")
    if not _FIRST_PERSON.search(quote):
        return None
    said = _reported(quote)
    # "you said yesterday that…": the time stays with the saying, not with what the rewrite complains of
    lead = f"you said {when} that" if when else "you said"
    tail = text[found.end():]
    end_mark = "" if not tail.strip() else ". "
    return found.start(), found.end(), f"{lead} {said}{end_mark}"


def _reported(quote: str) -> str:
    from .textspeak import spell_out  # the quote is chat too ("5 mins", "ur"); imported late: textspeak uses this module

    quote = spell_out(quote)[0]
    if re.match(r"(?:on|almost|nearly|just|coming|leaving|running|nearly|outside|here|home)\b", quote, re.I):
        quote = "I'm " + quote  # "'on my way!!' - you": the listener's subject is left out
    words = _WORD.findall(quote)
    out = []
    subject = False
    for k, word in enumerate(words):
        low = word.lower()
        if low in ("u", "you"):
            # the listener's "you" is the speaker: "I" opening a clause, "me" after a verb or preposition
            out.append("I" if k == 0 or words[k - 1].lower() in ("and", "but", "if", "when", "so") else "me")
        elif low in _REPORTED and (low not in ("is", "can", "will", "am", "well") or k > 0):
            out.append(_REPORTED[low])
        elif subject and low in _BACKSHIFT:
            out.append(_BACKSHIFT[low])  # "i promise ill pay u back" → "you promised you'd pay me back"
        else:
            out.append(word)
        subject = low == "i"
    return " ".join(out)


_BACKSHIFT = {"promise": "promised", "swear": "swore", "think": "thought", "know": "knew", "want": "wanted",
              "mean": "meant", "need": "needed", "have": "had", "get": "got"}


def _run_on_stops(text: str) -> list[tuple[int, int, str]]:
    """Full stops a chat run-on leaves out: after a filler that a new clause follows ("…on time rn its
    embarrassing", "lol ok its 10") and before a bare "its"/"it's" that starts a new thought ("…here at 8
    its 9:30"), unless the word before it carries the sentence on ("i know its late")."""
    words = list(_WORD.finditer(text))
    stops = []
    for found in _EMOJI_BETWEEN.finditer(text):
        stops.append((found.end(), found.end(), "."))  # "following up on this 🙂 still waiting": two messages
    chained = [k for k in range(1, len(words) - 1) if words[k].group().lower() == "and"
               and words[k + 1].group().lower() in _NEW_SUBJECTS and not text[words[k - 1].end():words[k].start()].strip()]
    if len(chained) >= 2:  # a voice-note run-on ("i get home and theres dishes… and ur gaming and u didnt…")
        stops.extend((words[k - 1].end(), words[k - 1].end(), ",") for k in chained)
    if len(words) > 2 and words[0].group().lower() in _GROUP and words[1].group().lower() in _OPENERS | {"the", "can", "who", "rent", "pls", "please"} \
            and not text[words[0].end():words[1].start()].strip():
        stops.append((words[0].end(), words[0].end(), ","))  # "guys the rent is due": said to the group
    if len(words) > 2 and words[0].group().lower() in FILLERS and words[0].group().islower() \
            and words[1].group().lower() in _OPENERS and not text[words[0].end():words[1].start()].strip():
        stops.append((words[0].end(), words[0].end(), ","))  # "ngl ur kind of…": the tag is an interjection
    for k in range(1, len(words) - 1):
        word, low = words[k].group(), words[k].group().lower()
        nxt = words[k + 1].group().lower()
        gap_after = text[words[k].end():words[k + 1].start()]
        gap_before = text[words[k - 1].end():words[k].start()]
        if gap_after.strip() or gap_before.strip():
            continue  # already punctuated
        if (low in FILLERS or low == "rn") and word in (low, low.upper()) and nxt in _OPENERS:
            stops.append((words[k].end(), words[k].end(), "."))
        elif low in ("im", "i'm") and k >= 2 and nxt in _AFTER_IM and words[k - 1].group().lower() not in _CONTINUES | {"sorry"}:
            # "…sounds awful im sorry", "if ur going to be like this im going to bed": a comma, as the first part
            # may be the condition of the second; not after an opening name ("Tom i'm not your maid")
            stops.append((words[k - 1].end(), words[k - 1].end(), ","))
        elif low in ("u", "you") and nxt in _AFTER_U and words[k - 1].group().lower() in _CLAUSE_ENDS \
                and k + 2 < len(words) and words[k + 2].group().lower() != "now":
            stops.append((words[k - 1].end(), words[k - 1].end(), ","))  # "when i talk u just nod"
        elif low == "so" and nxt in ("dont", "don't", "stop", "pls", "please", "quit") and words[k - 1].group().lower() \
                not in _CONTINUES:
            stops.append((words[k - 1].end(), words[k - 1].end(), ","))  # "…the anniversary so dont even start": a reason, then an order
        elif low == "stop" and k >= 3 and (nxt.endswith("ing") or nxt in ("it", "that", "this")) and words[k - 1].group().lower() \
                not in _BEFORE_STOP and not words[k - 1].group().lower().endswith(("nt", "n't", "ly")) \
                and words[k - 2].group().lower() not in _BEFORE_STOP - _CONTINUES:  # "You clearly stop caring…": a habit
            stops.append((words[k - 1].end(), words[k - 1].end(), "."))  # "ill do it when i get home stop asking"
        elif low in _MID_NAMES and k >= 2 and nxt in _NEW_SUBJECTS | {"the", "this", "my", "your"} \
                and words[k - 1].group().lower() not in _CONTINUES | _OWNERS:
            # "…after your shakes bro it STINKS": the name ends one thought and a new one starts
            stops.extend(((words[k - 1].end(), words[k - 1].end(), ","), (words[k].end(), words[k].end(), ".")))
        elif low in ("its", "it's") and words[k - 1].group().lower() not in _CONTINUES | FILLERS | {"rn"} \
                and (nxt[:1].isdigit() or nxt in ("so", "not", "literally", "actually", "always", "been",
                                                  "fine", "ok", "okay", "too", "getting", "like", "just")):
            stops.append((words[k - 1].end(), words[k - 1].end(), "."))
    return stops


# …except one that is what was said: "replied with 'haha'", "just said lol" (its object, not a tag).
_FILLER_WORD = re.compile(r"(?:,\s*)?(?<!\bwith )(?<!\bsaid )(?<!\bsays )(?<!\bsaying )(?<!\bsent )(?<!\bwrote )"
                          r"(?<!\breplied )(?<!['\"‘“])\b(?:" + "|".join(sorted(FILLERS - {"tf"})) + r")\b", re.I)
_TIDY = ((re.compile(r"\s+([,.!?;:])"), r"\1"), (re.compile(r"([,;:])\s*([.!?])"), r"\2"),
         (re.compile(r"\s{2,}"), " "), (re.compile(r"^[\s,.;:]+"), ""), (re.compile(r"([.!?])\s*[,;:]+"), r"\1"),
         (re.compile(r"([.!?])[.!?]+"), r"\1"))


def clean(text: str) -> str:
    """A suggestion without chat tags, emoticons, export placeholders or kisses; sentences re-capitalised."""
    cleaned = _PLACEHOLDER.sub("", text)
    cleaned = re.sub(r"(?<=\w)(?=[:;=][-'^]?[()/\\|DPp](?:\s|$|[.,!?]))", " ", cleaned)  # "unlocked:(."
    cleaned = _EMOTICON.sub("", cleaned)
    cleaned = _EMOJI.sub("", cleaned)  # "I'm frustrated about this 🙂." reads as a smirk the rewrite adds
    cleaned = _FILLER_WORD.sub(" ", cleaned)
    cleaned = _KISSES.sub("", cleaned)
    for pattern, replacement in _TIDY:
        cleaned = pattern.sub(replacement, cleaned)
    cleaned = cleaned.strip()
    if cleaned == text:
        return text
    cleaned = re.sub(r"(^|[.!?]\s+)([a-z])", lambda m: m.group(1) + m.group(2).upper(), cleaned)
    return cleaned if re.search(r"[A-Za-z]", cleaned) else text
