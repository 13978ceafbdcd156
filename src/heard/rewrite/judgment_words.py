"""Owns the judgment and loaded words a rewrite would carry over from the message it softens.

A rewrite that keeps the situation word for word also keeps whatever verdict was in it: "I've been
feeling drained that you've been moping about Kyle", "I was really upset when you failed him", "You
picked a client lunch over our baby." The I-statement frame around it doesn't make the word kinder;
read by the person receiving it, the judgment is still the news. This module is the last pass over
a finished candidate (strategies.candidates_for calls `without_judgment`):

- A word that judges how the listener feels or copes has a plain form that says the same event
  without the verdict: "moping about Kyle" → "feeling down about Kyle", "whining about your boss" →
  "talking about your boss", "you overreact" → "you get upset". It is swapped, in the same verb form.
- A word with no plain form (ruined, failed him, broke her heart, turned the kids against me, picked X
  over our baby, can't count, a sore loser…) is a verdict on the listener. A sentence that is only
  that verdict ("You picked a client lunch over our baby.") is left out when the rest of the
  candidate still says a feeling; otherwise the candidate goes, and another one (or the honest "no
  rewrite") is shown instead.
- A decision handed down ("You're fired, Pete", "you're grounded") is no grievance: a candidate that
  makes it the situation ("I get really upset when you're fired") goes.

Only words the message itself used count: a template's own wording is never judged here, and a
word the speaker says of themselves ("I failed my driving test") is not the listener's verdict.
"""

from __future__ import annotations

import re

from .inflect import base_of_gerund

# A judgment of how the listener feels or copes, by verb form, with its plain form.
_PLAIN = (
    # "moping around the flat": "down the flat" is no English, and the place adds nothing to the feeling
    (r"\bmop(?:ing|e|es|ed)(?: around(?: the (?:flat|house|place|home|office))?)?\b", {"moping": "feeling down", "been moping": "down", "mope": "feel down", "mopes": "feels down",
                                             "moped": "felt down"}),
    (r"\bsulk(?:ing|s|ed)?\b", {"sulking": "upset", "sulk": "get upset", "sulks": "gets upset", "sulked": "got upset"}),
    (r"\bbrood(?:ing|s|ed)?\b", {"brooding": "feeling low", "brood": "feel low", "broods": "feels low",
                                 "brooded": "felt low"}),
    (r"\b(?:whin(?:ing|es|e|ed)|moan(?:ing|s|ed)?|bitch(?:ing|es|ed)?|nag(?:ging|s|ged)?|rant(?:ing|s|ed)?)\b"
     r"(?= (?:on )?about\b)",
     {"whining": "talking", "whine": "talk", "whines": "talks", "whined": "talked",
      "moaning": "talking", "moan": "talk", "moans": "talks", "moaned": "talked",
      "bitching": "talking", "bitch": "talk", "bitches": "talks", "bitched": "talked",
      "nagging": "talking", "nag": "talk", "nags": "talks", "nagged": "talked",
      "ranting": "talking", "rant": "talk", "rants": "talks", "ranted": "talked"}),
    (r"\boverreact(?:ing|s|ed)?\b", {"overreacting": "getting upset", "overreact": "get upset",
                                     "overreacts": "gets upset", "overreacted": "got upset"}),
    (r"\bfreak(?:ing|s|ed)? out\b", {"freaking out": "getting upset", "freak out": "get upset",
                                     "freaks out": "gets upset", "freaked out": "got upset"}),
)
_PLAIN = tuple((re.compile(pattern, re.I), forms) for pattern, forms in _PLAIN)

# Verdicts with no plain form: said of the listener, they are the blame itself.
_VERDICTS = tuple(re.compile(p, re.I) for p in (
    # "ruined the surprise" names what happened; "ruined it/everything/my life" is only the verdict
    r"\bruin(?:s|ed|ing)? (?:it|everything|every \w+|things|(?:my|our|your) (?:life|lives|day|night|evening|weekend)|"
    r"the (?:whole|entire) \w+|the (?:day|night|evening|mood))\b",
    r"\bfail(?:s|ed)? (?:him|her|them|us|me|everyone|everybody|the (?:whole |entire )?\w+|your \w+|our \w+|my \w+)\b",
    r"\bbr(?:oke|eak|eaks|eaking) (?:\w+(?:'s|s')? |my |our |your |his |her |their )?heart\b",
    r"\bturn(?:s|ed|ing)? (?:\w+ ){1,3}against (?:me|us)\b",
    r"\b(?:pick|chose|choose|chooses|choosing|put|puts|putting)(?:s|ed|ing)? (?:\w+ ){1,5}(?:over|ahead of|above) "
    r"(?:me|us|our|my|your|his|her|their)\b",
    r"\bmilk(?:s|ed|ing)? it\b",
    r"\bcan(?:'t|not) (?:count|stand that|be trusted|do anything)\b",
    r"\b(?:the )?irony\b", r"\bbasic decency\b", r"\bgrace[ds]? us\b", r"\byour majesty\b",
    r"\bpermission to\b", r"\bmountain out of\b", r"\b(?:so |being )?(?:dramatic|hysterical)\b",
    r"\b(?:selfish|lazy|useless|pathetic|ungrateful|clueless|spineless|heartless|sore loser|know-it-all)\b",
    r"\bact(?:s|ed|ing)? (?:all )?(?:surprised|shocked|innocent|like a victim)\b",
    r"\bexhausting to be around\b", r"\bon purpose\b", r"\bdeliberate(?:ly)?\b",
    r"\brules don't apply\b",
    # a motive or a knowing the listener is said to have: "you know exactly why people are annoyed"
    r"\bknow (?:exactly |full well |perfectly well |damn well )?(?:why|what you(?:'re| are) doing)\b",
    r"\bmade it (?:very |pretty |perfectly |crystal |abundantly |really )?clear (?:where|what|who|how)\b",
    r"\bact(?:s|ed|ing)? (?:like|as if|as though) (?:that's|it's|this is|that is|it is|it was|nothing)\b",
    # "acting like the warm-up is optional": a sneer at how the listener treats a duty
    r"\bact(?:s|ed|ing)? (?:like|as if|as though) (?:the |a |an |your |our |my )?[\w-]+(?: [\w-]+)? (?:is|are|was|were) "
    r"(?:optional|a suggestion|beneath (?:you|him|her|them)|for other people|someone else's (?:job|problem))\b",
    r"\bmade (?:this|it|that|everything|the \w+) (?:all )?about (?:you|yourself)\b",
    # a loaded image of how they treat a thing: "like your personal piggy bank", "like it's yours"
    r"\blike (?:it's|it is|they're|they are|its) (?:all )?(?:yours|your own)\b",
    r"\blike (?:your|a|an) (?:own |personal |private |free )?(?:piggy bank|atm|cash machine|bank|wallet|hotel|"
    r"servant|maid|skivvy|doormat|taxi|dumping ground|playground)\b",
    r"\bembarrass(?:es|ed|ing)? (?:the whole|the entire|all of|everyone|everybody|us all)\b",
    # a comparison or an image in the "when you…" slot: "you sound exactly like your mother"
    r"\b(?:sound|act|are|'re|look)(?:s|ed|ing)? (?:exactly |just )?like (?:your|my|his|her) (?:mother|mum|mom|father|"
    r"dad|ex|sister|brother|boss|parents)\b",
    r"\bfeel like (?:an? )?(?:job interview|interrogation|courtroom|trial|chore|punishment|exam|test|lecture|war zone)\b",
    r"\bput(?:s|ting)? words in (?:my|our) mouth\b",
    r"\bwants? (?:a medal|a trophy|a gold star|a round of applause|a pat on the back)\b",
    # a minimiser said of the listener: "you're blowing this up over one missed comma"
    r"\bblow(?:s|ing|n)? (?:this|it|that|things|everything) (?:\w+ )?(?:up|out of proportion)\b",
    r"\bread(?:s|ing)? (?:way |far |much )?too much into\b",
    r"\bmak(?:e|es|ing) (?:a |such a )?(?:huge |big |massive |whole )?(?:deal|fuss|drama|scene) (?:out of|over|about)\b",
))
# Words said in CAPS about nobody named ("SOMEONE leaves the heating on"): the jab is who is meant.
_POINTED_SOMEONE = re.compile(r"\b(?:SOMEONE|SOMEBODY|SOME PEOPLE)\b")
_SOMEONE = re.compile(r"\b(?:someone|somebody|some people)\b", re.I)
# Motive or aside that can go and leave the act: "…muted me for no reason", "…to make me look bad".
_CUTS = tuple(re.compile(p, re.I) for p in (
    r",? for no (?:good |apparent |real )?reason(?: at all| whatsoever)?(?=\W|$)",
    r",? (?:just |only )?to make (?:me|us|yourself|you|him|her|them) look (?:bad|stupid|lazy|good|small|silly|dumb|"
    r"incompetent|like (?:an? )?\w+)\b",
    r",? and you know it\b",
))
# Loaded verbs with a plain form: "rolled in at 7:20" → "came in at 7:20".
_REPHRASE = tuple((re.compile(p, re.I), r) for p, r in (
    (r"\brolled in\b", "came in"), (r"\brolls in\b", "comes in"), (r"\brolling in\b", "coming in"),
    (r"\broll in\b", "come in"),
    # "didn't even bother telling me" → "didn't tell me", not "didn't telling me"
    (r"\bdid(?:n't| not) (?:even )?bother (\w+ing)\b", lambda m: "didn't " + base_of_gerund(m.group(1))),
    (r"\bdid(?:n't| not) (?:even )?bother (?:to )?", "didn't "),
    (r"\bdumped ((?:\w+[- ]){1,6}?)on (us|me|the team|my team|our team)\b", r"handed \1over to \2"),
    (r"\bdumps ((?:\w+[- ]){1,6}?)on (us|me|the team|my team|our team)\b", r"hands \1over to \2"),
    (r"\bdumping ((?:\w+[- ]){1,6}?)on (us|me|the team|my team|our team)\b", r"handing \1over to \2"),
    # "moan for two weeks about the layover": the span is the exaggeration, the complaint is the fact
    (r"\b(?:moan|whine|bitch)(?=(?:ing|s|ed|es|e)? for (?:\w+ ){0,2}(?:weeks|days|hours|months|ages|years) about)",
     "complain"),
    (r"\b(complain)(?:e)?(ing|s|ed)? for (?:\w+ ){0,2}(?:weeks|days|hours|months|ages|years) about\b", r"\1\2 about"),
))


_SOMEONE_DID = re.compile(r"^(?P<pad>\s*)(?:someone|somebody|some people) (?P<v>[a-z]+) (?P<rest>[^.!?]+?)(?P<end>[.!?]*\s*)$",
                         re.I)
_LEFT = re.compile(r"^(?P<obj>(?:the|my|our|your|all the|their) [\w-]+(?: [\w-]+)?) (?P<state>(?:on|off|open|out|running|"
                   r"unlocked|lying|in the|on the|everywhere)\b.*)$", re.I)


def _unpointed(sentence: str) -> str:
    """"SOMEONE leaves the heating on all day" after the outcome it explains → "I think the heating being
    left on all day is part of it.": the cause kept as the speaker's view, the pointed "someone" gone."""
    from . import inflect
    found = _SOMEONE_DID.match(sentence)
    if not found or found["v"].lower() in ("is", "was", "has", "had", "does", "did", "can", "could", "would", "will"):
        return sentence
    said = found["v"].lower()
    verb = inflect.base_of(said)
    if verb == said:  # "leaves", "finishes", "tries": the present said of one person
        verb = re.sub(r"ies$", "y", said) if said.endswith("ies") else \
            re.sub(r"(?<=[sxo]|sh|ch)es$", "", said) if re.search(r"(?:[sxo]|sh|ch)es$", said) else re.sub(r"s$", "", said)
        if verb == said:  # "never", "always", "finished": no form to say as a cause; left as it was
            return sentence
    rest = found["rest"].strip()
    left = _LEFT.match(rest) if verb == "leave" else None
    cause = f"{left['obj']} being left {left['state']}" if left else f"{inflect.gerund(verb)} {rest}"
    return f"{found['pad']}I think {cause} is part of it{'.' if not found['end'].strip() else found['end'].strip()[0]} "


def _rephrased(sentence: str, message: str) -> str:
    """Loaded verbs said plainly and motives cut, where the message itself used them."""
    for pattern in _CUTS:
        if pattern.search(message):
            sentence = pattern.sub("", sentence)
    for pattern, plain in _REPHRASE:
        if pattern.search(message) or pattern.search(sentence):
            sentence = pattern.sub(plain, sentence)
    return sentence
# "you can't count" asked back as a request ("Could you count?") is the same insult.
_ASKED_BACK = re.compile(r"\b(?:(?:could|would|can) you|if you could) (?:please )?(?:count|stand that|be trusted)\b", re.I)
_CANT = re.compile(r"\bcan(?:'t|not|t) (?:even )?(?:count|stand that|be trusted)\b", re.I)
# Sneers that judge whoever hears them, with or without a "you": "It's getting old.", "Get a life."
_SNEER = (r"\b(?:it's|this is|that's) getting old\b|\bget a life\b|\bgrow up\b|\bhave some (?:basic )?decency\b"
          r"|^\s*(?:it )?must be (?:nice|exhausting|lovely|great|fun)\b|^\s*(?:it )?only took\b|^\s*somehow it's\b"
          # a motive guessed, a sarcastic verdict, a sneer made a fact: "It's like you enjoy it.", "Make it make sense."
          r"|\b(?:it's|it is|its)(?: almost| just)? like (?:you|u) (?:\w+ )?(?:enjoy|love|like|relish|get a kick out of|want)\b"
          r"|\bmake it make sense\b|^\s*typical (?:you|him|her|them|of you|[A-Z][a-z]+)\b"
          r"|\b(?:is|are) (?:optional|a suggestion|just a suggestion|beneath \w+) now\b")
_SNEERS = re.compile(_SNEER, re.I)  # opening a rewrite's sentence: said as a line of its own
_SNEERS_SAID = re.compile(_SNEER.replace("^\\s*", "\\b"), re.I)  # anywhere in the message
# A decision the speaker hands down, not something the listener did to them.
_HANDED_DOWN = re.compile(
    r"\byou(?:'re| are)(?: now| so)? (?:fired|sacked|dumped|grounded|banned|suspended|expelled|uninvited|disinvited|"
    r"blocked|kicked out|off the (?:team|project|case|list|rota)|out of the (?:team|band|group|house))\b", re.I)
# A verdict on how the listener treats the speaker ("you sound like your mother", "you're blowing this
# up", "because of your sloppy handover…"): personal, never a position in a debate about views.
_PERSONAL = re.compile(
    r"\b(?:sound|act|are|'re|look)(?:s|ed|ing)? (?:exactly |just )?like (?:your|my|his|her) |"
    r"\bblow(?:s|ing|n)? (?:this|it|that|things|everything) (?:\w+ )?(?:up|out of proportion)\b|"
    r"\bread(?:s|ing)? (?:way |far |much )?too much into\b|\bput(?:s|ting)? words in (?:my|our) mouth\b|"
    r"\bmak(?:e|es|ing) (?:a |such a )?(?:huge |big |massive |whole )?(?:deal|fuss|drama|scene) (?:out of|over|about)\b|"
    r"\bfeel like (?:an? )?(?:job interview|interrogation|courtroom|trial|chore|punishment|exam|lecture)\b|"
    r"\b(?:because of|thanks to|due to) (?:your|ur)\b|"
    r"\bact(?:s|ed|ing)? (?:like|as if|as though) [^.!?]{0,30}\b(?:is|are) optional\b|"
    r"\b(?:tired|sick|fed up|sick and tired) (?:of|with) (?:you|u)\b", re.I)


def personal_verdict(text: str) -> bool:
    """Whether the message judges how the listener treats the speaker (see _PERSONAL)."""
    return bool(_PERSONAL.search(text))


def handed_down(text: str) -> bool:
    """"You're fired", "you're grounded": a decision the speaker hands down."""
    return bool(_HANDED_DOWN.search(text))


_YOUR = re.compile(r"\b(?:your|ur)\s+(?:(?:constant|endless|usual|little|non-stop|latest)\s+)?$", re.I)
_SENTENCES = re.compile(r"[^.!?]+[.!?]*\s*")
_FEELING = re.compile(r"\bI(?:'m|'ve| am| was| feel| felt| get| got|'d| could| need)\b|\b(?:it|that) (?:hurts?|hurt|upsets?|worr)"
                      r"|\bfor me\b", re.I)


def _attributed(sentence: str, start: int) -> bool:
    """Whether the judged word, at `start`, is said of the listener: "you" earlier in its clause."""
    clause = re.split(r"[,;]|:(?!\d)| and I\b| but I\b", sentence[:start])[-1]  # "at 7:30" ends no clause
    if re.search(r"\bI (?:said|called|told|meant)\b", clause):  # "I'm sorry I said you were overreacting": owned
        return False
    # the nearest subject before the word: "you don't care that I failed the exam" is the speaker's failing
    if re.match(r"\s*(?:(?:please|just|and|so|now),?\s+)*(?:stop|quit)\b", clause, re.I):
        return True  # "Stop putting words in my mouth.": told to the listener
    if _YOUR.search(clause):
        # "your moping", "your constant whining" (but "I cut your hedge on purpose" is the speaker's act)
        return True
    subjects = re.findall(r"\b(?:you|u|you've|you're|you'd|youve|youre)\b|\bsomeone who\b|\bpeople like you\b"
                          r"|\b(?:I|I'm|I've|I'd|we|he|she|they)\b", clause, re.I)  # "your hedge" names no subject
    return bool(subjects) and re.match(r"you|u\b|someone|people", subjects[-1], re.I) is not None


def _plain(sentence: str, message: str) -> str:
    for pattern, forms in _PLAIN:
        if not pattern.search(message):
            continue

        def swap(match, forms=forms):
            said = match.group(0)
            key = re.sub(r" around(?: the \w+)?$", "", said.lower())
            been = re.search(r"\bbeen $", sentence[:match.start()])  # "you've been down", "you keep feeling down"
            plain = forms.get("been " + key) if been and "been " + key in forms else forms.get(key)
            if plain is None or not _attributed(sentence, match.start()) or _YOUR.search(sentence[:match.start()]):
                return said  # "your moping" has no plain noun: _judges takes it as a verdict
            return plain.capitalize() if said[0].isupper() else plain
        sentence = pattern.sub(swap, sentence)
    return sentence


def _judges(sentence: str, message: str) -> bool:
    """Whether `sentence` keeps a verdict on the listener that the message also holds."""
    if _HANDED_DOWN.search(sentence) and _HANDED_DOWN.search(message):
        return True
    for pattern, _ in _PLAIN:
        if any(_YOUR.search(sentence[:m.start()]) for m in pattern.finditer(sentence)) and pattern.search(message):
            return True
    if _ASKED_BACK.search(sentence) and _CANT.search(message):
        return True
    if _SNEERS.search(sentence) and _SNEERS_SAID.search(message):
        return True
    if _POINTED_SOMEONE.search(message) and _SOMEONE.search(sentence):
        return True  # "Someone leaves the heating on…" kept: still pointed at the listener
    for pattern in _VERDICTS:
        for match in pattern.finditer(sentence):
            if _said_unquoted(pattern, message) and _attributed(sentence, match.start()) \
                    and not _quoted(sentence, match.start()):
                return True
    return False


def _said_unquoted(pattern, message: str) -> bool:
    return any(not _quoted(message, m.start()) for m in pattern.finditer(message))


_QUOTES = re.compile(r"\"[^\"]*\"|“[^”]*”|(?<!\w)'[^']*'(?!\w)")


def _quoted(sentence: str, start: int) -> bool:
    """'you called Priya "pathetic"': the word is what was said, reported, not a verdict said now."""
    return any(q.start() < start < q.end() for q in _QUOTES.finditer(sentence))


def _without_tail(sentence: str, message: str) -> str:
    """"I felt hurt when you skipped the funeral and you broke Mom's heart." → "…skipped the funeral.":
    a verdict tacked on after "and you" goes, the act before it stays."""
    # "…and you broke Mom's heart", and with the "you" left out: "…and then act surprised"
    tails = list(re.finditer(r",? and (?:then )?(?:(?:you|u)\b)?[^,.?!]*", sentence, re.I))
    for tail in reversed(tails):
        cut = sentence[:tail.start()] + sentence[tail.end():]
        # only where the listener's act is left to say what happened ("…when she needed you most" isn't)
        if (_verdict_within(sentence, tail.start(), tail.end(), message) or _verdict_piece(tail.group(0), message)) \
                and re.search(r"\bwhen (?:you|u)\b", cut, re.I):
            sentence = cut
    return sentence


def _verdict_piece(tail: str, message: str) -> bool:
    """"and acting like the standup": the start of a verdict the message holds ("acting like the standup is
    optional"), cut short by an earlier split; what is left of it still carries the sneer."""
    piece = re.sub(r"^,?\s*and\s+(?:then\s+)?", "", tail.strip(), flags=re.I).strip().lower()
    return len(piece.split()) >= 2 and any(piece in m.group(0).lower() or m.group(0).lower().startswith(piece)
                                           for pattern in _VERDICTS for m in pattern.finditer(message)
                                           if m.group(0).lower() != piece) if piece else False


def _verdict_opens(sentence: str, message: str) -> bool:
    body = sentence.lstrip()
    return any(pattern.match(body) and pattern.search(message) for pattern in _VERDICTS)


def _verdict_within(sentence: str, start: int, end: int, message: str) -> bool:
    """Whether a verdict on the listener that the message holds lies in sentence[start:end]."""
    return _judges(sentence[start:end], message) or any(
        start <= match.start() < end and pattern.search(message) and _attributed(sentence, match.start())
        for pattern in _VERDICTS for match in pattern.finditer(sentence))


def _feeling_alone(sentence: str, message: str) -> str:
    """"I was really upset when you failed him." → "I was really upset.": the feeling stays, the
    verdict it was hung on goes (the candidate's other sentences still say what happened)."""
    found = re.match(r"(?P<feel>\s*(?:I(?:'m| am| was| felt| feel| get| got)|It(?: was| is|'s) \w+ for me)[^,.?!]*?)"
                     r"(?P<when> when you\b[^.?!]*)(?P<end>[.!?]\s*)$", sentence)
    if not found or _judges(found.group("feel"), message) or not _judges(found.group("when"), message):
        return sentence
    feel = re.sub(r"^(\s*)I get\b", r"\1I'm", found.group("feel"))  # "I get really frustrated." alone reads as a habit
    return feel + found.group("end")


def without_judgment(message: str, text: str) -> str:
    """`text` with the message's judgment words made plain, a sentence that is only a verdict left
    out, or "" when the verdict sits in the sentence that carries the feeling (see the docstring)."""
    if not text:
        return text
    sentences = [s for s in _SENTENCES.findall(text) if s.strip()]
    kept, dropped = [], False
    for k, sentence in enumerate(sentences):
        sentence = _rephrased(_plain(sentence, message), message)
        if k > 0 and _POINTED_SOMEONE.search(message):
            sentence = _unpointed(sentence)
        if k > 0 and _verdict_opens(sentence, message):
            dropped = True
            continue  # "Acted shocked that we had to wait.": the verdict, its "you" cut off by an earlier split
        if _judges(sentence, message) and k > 0 or _FEELING.search(sentence):  # a verdict or a piece of one
            sentence = _without_tail(sentence, message)
        others = [s for j, s in enumerate(sentences) if j != k and not s.rstrip().endswith("?")]
        if _judges(sentence, message) and others:
            alone = _feeling_alone(sentence, message)
            if alone != sentence and any(_FELT.search(o) for o in others):
                dropped = True
                continue  # "It was frustrating for me." beside another feeling says nothing more
            sentence = alone
        if _judges(sentence, message):
            if k > 0 and _ASKED_BACK.search(sentence):
                dropped = True
                continue  # "Could you count?", "…if you could stand that I have a life": the insult as the ask
            if (k > 0 or len(sentences) > 1) and _SNEERS.search(sentence) and not re.search(r"\bI\b", sentence):
                dropped = True
                continue  # "It's getting old.": a sneer on its own, left out
            if k > 0 and re.match(r"\s*(?:and |but |so )?(?:it (?:seems|feels|looks) like )?you\b", sentence, re.I) and not sentence.rstrip().endswith("?"):
                dropped = True
                continue  # "You picked a client lunch over our baby.": the verdict on its own, left out
            return ""
        kept.append(sentence)
    rest = "".join(kept).strip()
    if not rest or dropped and not _FEELING.search(rest):  # what is left must still say the feeling
        return ""
    if dropped and not _shares_content(rest, message):
        return ""  # "I'm feeling frustrated. Can we find a way…?": the jab went and nothing of the message is left
    return rest


# a feeling said outright ("I've been feeling worn out"), not a need ("I need to be able to count on you")
_FELT = re.compile(r"\bI(?:'m|'ve been| am| was| feel| felt| get| got)\b", re.I)
_PLAIN_WORDS = {"feel", "feeling", "felt", "really", "about", "would", "could", "with", "that", "this", "what",
                "when", "from", "have", "been", "talk", "together", "works", "both", "find", "figure", "ready",
                "your", "them", "they", "just", "like", "make", "want", "need", "there", "here", "much", "more",
                "being", "going", "things", "sort", "through", "able", "help", "okay", "right", "think"}


def _shares_content(rest: str, message: str) -> bool:
    """Whether the rewrite still names something from the message (a word of four letters or more)."""
    said = {_stem(w) for w in re.findall(r"[a-z']{4,}", message.lower()) if w not in _PLAIN_WORDS}
    return any(_stem(w) in said for w in re.findall(r"[a-z']{4,}", rest.lower()) if w not in _PLAIN_WORDS)  # "promise(d)"


def _stem(word: str) -> str:
    """"judgmental", "judged" → "judg": the word's first letters once a common ending is off."""
    return re.sub(r"(?:mental|ment|ing|ed|es|s)$", "", word)[:5] if len(word) > 5 else word[:5]
