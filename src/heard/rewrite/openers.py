"""Owns the sarcastic interjection that opens a complaint: "great, sam forgot the tickets again",
"wow, you left the door unlocked", "perfect, the dishes are still in the sink".

The parser often hangs such an opener inside the clause that follows it, so the situation a rewrite
keeps read "when great, Sam forgot the tickets". The opener is the speaker's tone, not part of what
happened: `cut_opener` ends it as its own sentence before parsing ("great. sam forgot…"), where the
clause readings already drop a lone interjection. The cut keeps the text's length (a comma becomes a
period), so every offset into the message still lines up with the parse.

Only an opener followed by what can start a clause of its own is cut: "great, thanks for…" (mock
praise, read in mock_praise.py) and "great, just great" stay as they are.

Also owns `bare` (the message as one plain sentence, for the whole-message readings here and in
habits.py) and the put-down asked as a question ("why can't you act like an adult for once?"):
when the comparison is the whole act, the rewrite says the feeling and asks what's going on.
"""

from __future__ import annotations

import re

from .surface import is_emoji

# Praise words said flatly about something that went wrong; "oh"/"well"/"just"/"yeah" may lead them.
_PRAISE = (r"great|wow|perfect|brilliant|cool|fantastic|wonderful|lovely|nice|amazing|awesome|super|terrific|"
           r"marvell?ous|excellent|splendid|fabulous|outstanding|superb|sweet")
# What may start the clause after the opener: a subject ("you", "the dishes", "my car") or a name that
# a verb follows ("sam forgot", "jake didn't"). Anything else ("thanks for…", "guess I'm…", "just great")
# is read whole elsewhere (mock_praise.py, deadpan.py).
_SUBJECT = {"you", "u", "ur", "your", "he", "she", "they", "we", "it", "the", "my", "our", "his", "her", "their",
            "someone", "somebody", "nobody", "everyone", "everybody", "these", "those", "there", "mum", "mom", "dad",
            "you're", "you've", "you'll", "it's", "he's", "she's", "they're", "we're", "there's"}
_NAME_THEN_VERB = re.compile(r"^\w+ (?:\w+ed|didn't|didnt|doesn't|doesnt|won't|wont|can't|cant|isn't|wasn't|never|"
                             r"always|just|forgot|left|lost|broke|ate|took|made|said|told|is|was|has|had|keeps|still)\b")
# "Cool story, but the article is about Winnipeg": a thread's flat praise of the other's comment, then "but".
_OPENER = re.compile(rf"^(?P<lead>\s*(?:(?:oh|well|just|yeah|ah|wow|oh\s+wow)[\s,]+)?(?:{_PRAISE})"
                     rf"(?:\s+(?:story|try|theory))?!*)\s*(?P<comma>,)(?=\s+(?:but\s+)?(?P<next>[\w']+))", re.I)


def cut_opener(text: str) -> str:
    """`text` with a sarcastic opener's comma turned into a sentence end, length kept; else `text`."""
    match = _OPENER.match(text)
    if not match:
        return text
    rest = re.sub(r"^but\s+", "", text[match.end():].strip(), flags=re.I)
    if match.group("next").lower() not in _SUBJECT and not _NAME_THEN_VERB.match(rest.lower()):
        return text
    # the rest must be a message of its own, not a bare word or two ("wow, okay")
    if len(text[match.end():].split()) < 3:
        return text
    return text[:match.start("comma")] + "." + text[match.end("comma"):]


# --- the message as one plain sentence, for the whole-message readings here and in habits.py ---

_LEAD_WORDS = re.compile(r"^(?:(?:oh|ugh|omg|god|seriously|honestly|look|listen|babe|honey|hey|so|and|"
                         r"just|wow|yeah|come on)\b[\s,!.]*)+", re.I)
_TRAIL_WORDS = re.compile(r"(?:[\s.!?…,:;)(\-]+|\b(?:lol|lmao|smh|seriously|honestly|tbh|ffs|ugh|"
                          r"again|anyway)\b)+$", re.I)


def bare(msg) -> str | None:
    """The message as one lowercase sentence without its address, leading interjections, trailing
    punctuation, emoji or "lol"; None when it holds more than one sentence (a whole-message reading
    would drop the rest)."""
    text = "".join(ch for ch in msg.text if not is_emoji(ch)).replace("’", "'").replace("‘", "'")
    text = re.sub(r"[\"“”]", "", text).strip().lower()
    if msg.address:
        name = re.escape(msg.address.lower())
        text = re.sub(rf"^{name}\s*[,!:]\s*|[,\s]+{name}\s*(?=[.!?]*$)", "", text)
    text = _TRAIL_WORDS.sub("", _LEAD_WORDS.sub("", text)).strip()
    if not text or re.search(r"[.!?;]\s", text):
        return None
    return re.sub(r"\s+", " ", text)


# --- "why can't you act like an adult for once?": a put-down asked as a question ---

# The comparison is the whole act: nothing the listener did is named, only who they fall short of.
_LIKE = (r"(?:a |an )?(?:adult|grown[- ]?up|grown (?:wo)?man|big (?:boy|girl)|(?:normal|mature|responsible|decent|"
         r"sane|reasonable) (?:person|human being|adult)|human being|man|woman|parent|husband|wife|partner|"
         r"normal people|other (?:people|husbands|wives|dads|moms|mums|parents|partners))")
_COMPARED = (rf"(?:act|behave) (?:like {_LIKE}|your age|normal(?:ly)?|maturely|responsibly|like it|like you care)"
             rf"|grow up|be (?:normal|mature|an adult|a grown[- ]?up|a man|a (?:normal|decent|responsible) person|"
             rf"like {_LIKE})")
_PUTDOWN = re.compile(rf"^(?:(?:why|how come) (?:can't|cant|cannot|won't|wont|don't|dont|do not|can you not) "
                      rf"(?:you |u )?|(?:can't|cant|won't|wont) (?:you|u) |would it kill (?:you|u) to |"
                      rf"(?:just |try (?:to )?|try and )?)(?:just |ever |even )?(?P<act>{_COMPARED})"
                      rf"(?: (?P<where>(?:at|in|around|with|during|in front of) (?!once)[a-z' ]+?))?"
                      rf"(?: and (?P<also>(?!be |act |behave )[a-z' ]+?))?"
                      rf"(?: for once)?(?: in your (?:life|entire life))?(?: for once)?(?: please)?$")


def putdown_lines(msg) -> list[str] | None:
    """"Why can't you act like an adult for once?" → the feeling and a question about what's going on:
    asking the listener to "act like an adult" would keep the put-down as the request."""
    from .reading import feeling_sentence
    text = bare(msg)
    match = _PUTDOWN.match(text) if msg.blaming and text else None
    if not match:
        return None
    # a put-down's speaker is frustrated (the contempt cue would say "hurt") unless they name a feeling
    feeling = msg.feeling() if msg.feeling_named() else "frustrated"
    also = match.group("also")
    if also:  # "…act like an adult and pay the bills": the act is what to ask for, the comparison goes
        also = also.replace(" i ", " I ")
        return [feeling_sentence(msg, feeling, f"you don't {also}", False), f"Could you {also}?"]
    where = match.group("where")
    if where:  # "…like a normal person at dinner": the occasion kept, the comparison left
        return [f"I'm feeling {feeling} right now", f"Can we talk about what's been going on {where}?"]
    return [f"I'm feeling {feeling} right now", msg.pick(["Can we talk about what's going on?", "Can you help me understand what's going on for you?"],
                           "putdown")]
