"""Manipulative pressure in an argument, and what the speaker could say instead.

Gaslighting ("you're imagining things"), withdrawal threats ("if you go, don't bother coming home"),
love tests ("if you really loved me you'd…"), silent treatment, martyr lines ("I'll just sit here
alone"), debts ("after everything I've done for you"), comparisons ("why can't you be more like your
sister?") and blame reversal ("you made me yell"). Clauses carrying them get the role "pressure", so
no strategy keeps them as a fact or names them as the listener's act; `pressure_lines` gives the
speaker's own feeling and need in their place, without the pressure.
"""

from __future__ import annotations

import re

from .inflect import base_of, gerund, past

PRESSURE = "pressure"
_YOU_ARE = r"\b(?:you're|you are|ur|you r)\s+(?:just\s+|clearly\s+|obviously\s+|being\s+|so\s+|too\s+|totally\s+)*"
_MEMORY = re.compile(
    _YOU_ARE + r"(?:imagining|making\s+(?:it|that|this|things|stuff)\s+up|hearing\s+things|seeing\s+things|"
    r"misremembering|remembering\s+(?:it|that|this|things)?\s*wrong|confused|losing\s+your\s+mind)\b"
    r"|\b(?:that|it|this)\s+never\s+happened\b|(?:\bI\s+|^\W*)never\s+said\s+(?:that|it|anything\s+like\s+that)\b", re.I)
_WORRY = re.compile(_YOU_ARE + r"(?:paranoid|crazy|insane|delusional|hysterical|mental)\b"
                    r"|\bif\s+you\s+(?:weren't|were\s+not|wasn't)\s+(?:so\s+)?(?:insecure|jealous|paranoid|needy|"
                    r"sensitive|crazy)\b", re.I)
_DENIED = re.compile(r"\bif\s+you\s+think\s+(?:that\s+)?I\s*(was|am|'m|did|have\s+been|'ve\s+been)\s+([^,.!?]+)", re.I)
_THREAT = re.compile(r"^\s*(?:and\s+)?if\s+you\s+(?P<act>[^,.!?]+?),?\s+(?:then\s+)?(?P<then>don't\s+(?:bother\s+)?"
                     r"(?:coming|come)\s+(?:back|home)(?:\s+\w+)?|we're\s+(?:done|over|finished|through)|"
                     r"we\s+are\s+(?:done|over|finished|through)|it's\s+over|I'm\s+(?:leaving|gone|done|out)|"
                     r"I'll\s+(?:leave|be\s+gone)|I'm\s+not\s+(?:coming|staying)|don't\s+(?:bother\s+)?"
                     r"(?:call|calling|text|texting)\s+me)", re.I)
_LOVE_TEST = re.compile(r"\bif\s+you\s+(?:really\s+|truly\s+|actually\s+|even\s+)?(?:loved|cared\s+about|cared\s+for|"
                        r"respected|valued)\s+[^,.!?]+?,?\s+you(?:'d|\s+would)\s+(?:have\s+)?(?P<want>[^,.!?]+)", re.I)
_SILENT = re.compile(r"\b(?:I'm|I\s+am)\s+not\s+(?:talking|speaking)\s+to\s+you\b|\bdon't\s+expect\s+me\s+to\s+"
                     r"(?:talk|speak)\s+to\s+you\b|\bdon't\s+(?:bother\s+)?(?:calling|texting|ringing|messaging)\s+me\b"
                     r"|\bI\s+won't\s+(?:answer|pick\s+up|reply)\b|\byou\s+can\s+(?:figure|sort|work)\s+(?:it|this)"
                     r"\s+out\s+(?:yourself|on\s+your\s+own)\b", re.I)
_UNTIL = re.compile(r"\buntil\s+you\s+([^,.!?]+)", re.I)
_MARTYR = re.compile(r"\bI'll\s+(?:just\s+)?(?:sit|be|stay|eat|wait|spend|go|watch|have)\b(?:\s+[\w']+){0,3}?\s+"
                     r"(?:all\s+)?(?:alone|by\s+myself|on\s+my\s+own)\b", re.I)
_OCCASION = re.compile(r"\bon\s+(?:my|our)\s+(birthday|anniversary|day\s+off|night\s+off)\b|\b(tonight|this\s+weekend)\b", re.I)
_DEBT = re.compile(r"\bafter\s+(?:everything|all(?:\s+that)?)\s+(?:I've|I\s+have|I)\s+(?:done|sacrificed|given|gave)"
                   r"(?:\s+up)?(?:\s+for\s+(?:you|this\s+family|us))?|\bthis\s+is\s+the\s+thanks\s+I\s+get\b|"
                   r"\bthis\s+is\s+how\s+you\s+(?:treat|repay|thank)\s+me\b|\bnobody\s+(?:even\s+)?(?:says?|said)\s+"
                   r"thank\s+you\b", re.I)
# Reading the listener's upset as a ploy ("you're only doing it to make me feel guilty").
_MOTIVE = re.compile(r"\b(?:you're|you\s+are)\s+(?:only\s+|just\s+)(?:doing|saying)\s+(?:it|this|that)\s+to\s+"
                     r"(?:make|get)\b|\bdon't\s+(?:start\s+)?cry(?:ing)?\b|\bcrocodile\s+tears\b", re.I)
_GOALPOSTS = re.compile(r"\bnothing\s+I\s+do\s+is\s+(?:ever\s+)?(?:good\s+)?enough\b|\b(?:isn't|is\s+not|wasn't)\s+"
                        r"(?:good\s+)?enough\b(?=.*\bshould\s+have\b)", re.I)
_ALSO = re.compile(r"\bshould\s+have\s+(?:done|cleaned|sorted|finished|fixed)\s+(?P<thing>[^,.!?]+?)\s+(?:too|as\s+well)\b",
                   re.I)
_RELATIVE = (r"(?:sister|brother|mother|mum|mom|father|dad|cousin|friend|ex|wife|husband|boyfriend|girlfriend|"
             r"colleague|son|daughter)s?")
_COMPARISON = re.compile(r"\bwhy\s+can't\s+you\s+(?:just\s+)?be\s+(?:more\s+|a\s+bit\s+more\s+)?(?:like|as)\b|"
                         r"\byour\s+" + _RELATIVE + r"\s+(?:would\s+never|never|always|wouldn't|doesn't|didn't)\b|"
                         r"\bnobody\s+else\s+would\s+(?:ever\s+)?(?:love|want|put\s+up\s+with)\b|"
                         r"\bsee\s+if\s+anyone\s+else\s+(?:will|would)\b|\byou\s+should\s+be\s+grateful\b|"
                         r"\byou're\s+lucky\s+I\b", re.I)
_SPOKEN = re.compile(r"\bwould\s+never\s+(speak|talk|shout|yell|snap)\s+(?:to\s+|at\s+)?me\s+like\s+that\b", re.I)
# The speaker's own acts that "you made me…" hands to the listener.
_MISDEEDS = {"yell", "shout", "scream", "snap", "hit", "punch", "throw", "smash", "break", "swear", "lie", "do",
             "say", "slam", "lose", "push", "grab", "cheat", "kick"}
_REVERSAL = re.compile(r"\b(?:look\s+what\s+)?you\s+made\s+me\s+(\w+)|\byou\s+(?:pushed|drove|forced)\s+me\s+(?:to\s+"
                       r"(?:it|this|that)|into\s+(?:it|this|that))\b|\bbecause\s+you\s+(?:wouldn't|won't|didn't)\s+"
                       r"stop\b", re.I)
_KINDS = (("threat", _THREAT), ("love", _LOVE_TEST), ("memory", _MEMORY), ("worry", _WORRY), ("silent", _SILENT),
          ("martyr", _MARTYR), ("debt", _DEBT), ("comparison", _COMPARISON), ("motive", _MOTIVE))


def _sentence(clause) -> str:
    return clause.tokens[0].sent.text


def _reversal(text: str) -> bool:
    for match in _REVERSAL.finditer(text):
        if match.group(1) is None or match.group(1).lower() in _MISDEEDS:
            return True
    return False


def kinds_of(clause) -> set:
    """The kinds of pressure in a clause: its own words, or an ultimatum its sentence makes with it."""
    text, whole = clause.text, _sentence(clause)
    found = {kind for kind, pattern in _KINDS if pattern.search(text)}
    sent = clause.tokens[0].sent
    start, end = clause.tokens[0].idx, clause.tokens[-1].idx + len(clause.tokens[-1].text)
    for kind, pattern in (("threat", _THREAT), ("love", _LOVE_TEST)):
        match = pattern.search(whole)  # the ultimatum spans its "if" clause and its threat
        if match and start < sent.start_char + match.end() and end > sent.start_char + match.start():
            found.add(kind)
    speaker = any(t.dep_ == "nsubj" and t.lower_ == "i" for t in clause.tokens)
    if _reversal(text) or _reversal(whole) and speaker:  # "I only did it [because you pushed me to it]"
        found.add("reversal")
    if _GOALPOSTS.search(whole) and (re.search(r"\benough\b", text, re.I) or _ALSO.search(text)
                                     or re.match(r"\W*(?:and\s+)?now\b", text, re.I)):
        found.add("goalposts")  # "…now it's the dishes, nothing I do is ever enough"
    if "worry" in found or _WORRY.search(whole) and _DENIED.search(whole) and re.search(r"\bthink\b", text, re.I):
        found.add("worry")
    return found


def mark_pressure(clauses) -> None:
    """Gives the clauses that pressure the listener the role "pressure" (read_message)."""
    for clause in clauses:
        kinds = kinds_of(clause)
        if kinds:
            clause.role, clause.literal = PRESSURE, None
            clause.cues = set(clause.cues) | {f"pressure_{k}" for k in kinds}


def _misdeed(clause):
    """The speaker's own act in the clause ("I hit the wall"): (verb, object words) or None."""
    for tok in clause.tokens:
        if tok.pos_ == "VERB" and tok.lemma_.lower() in _MISDEEDS and tok.lemma_.lower() not in ("do", "say") \
                and any(c.dep_ == "nsubj" and c.lower_ == "i" for c in tok.children) \
                and not any(c.dep_ == "neg" for c in tok.children):
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            return tok.lemma_.lower(), obj
    return None


def _kinds(msg) -> set:
    return {cue[len("pressure_"):] for c in msg.clauses for cue in c.cues if cue.startswith("pressure_")}


def _own_facts(msg) -> list[str]:
    """The speaker's own plain statements outside the pressure ("I was home by ten")."""
    found = []
    for clause in msg.clauses:
        words = [t for t in clause.tokens if not t.is_punct]
        if clause.role in ("fact", "own", "excuse", "denial") and words and words[0].lower_ == "i" \
                and not (clause.scores or {}).get("blaming") and len(words) >= 3:
            found.append(" ".join(t.text for t in words).replace(" n't", "n't").replace(" '", "'"))
    return found


def _owned(msg) -> str | None:
    """"you made me yell" → "I'm sorry I yelled"; "I hit it because…" → "I'm sorry I hit the wall"."""
    objects = {}
    for clause in msg.clauses:
        for tok in clause.tokens:
            if tok.pos_ == "VERB" and tok.lemma_.lower() in _MISDEEDS and any(
                    c.dep_ == "dobj" and c.lower_ not in ("it", "that", "this") for c in tok.children):
                obj = next(c for c in tok.children if c.dep_ == "dobj")
                objects[tok.lemma_.lower()] = " ".join(t.lower_ if t.pos_ != "PROPN" else t.text for t in obj.subtree)
    for clause in msg.clauses:
        for match in _REVERSAL.finditer(clause.text):
            verb = (match.group(1) or "").lower()
            if verb in ("do", "say", "") or verb not in _MISDEEDS:
                continue
            return f"I'm sorry I {past(base_of(verb))}" + (f" {objects[verb]}" if verb in objects else "")
        found = _misdeed(clause)
        if found is not None and ("reversal" in _kinds(msg)):
            verb, obj = found
            thing = objects.get(verb) if obj is None or obj.lower_ in ("it", "that", "this") else \
                " ".join(t.lower_ if t.pos_ != "PROPN" else t.text for t in obj.subtree)
            return f"I'm sorry I {past(verb)}" + (f" {thing}" if thing else "")
    return "I'm sorry for what I did" if "reversal" in _kinds(msg) else None


def _you_to_me(phrase: str) -> str:
    """The listener's act as the speaker would ask for it ("cancel your trip")."""
    return re.sub(r"\s+", " ", phrase).strip()


def pressure_lines(msg) -> list[tuple[list, str]]:
    """What the speaker could say instead: (lines, "I statement" or "take responsibility") pairs."""
    kinds = _kinds(msg)
    if not kinds:
        return []
    found = []
    text = msg.text
    if "reversal" in kinds:
        owned = _owned(msg)
        found.append(([owned, "That's on me, not you", "Can we talk about what happened when we're both calm?"],
                      "take responsibility"))
    if "memory" in kinds:
        found.append((["I remember it differently", *_own_facts(msg)[:1], "Can you tell me what you remember?"],
                      "I statement"))
    if "worry" in kinds:
        denied = _DENIED.search(text)
        said = None
        if denied:
            verb, rest = denied.group(1).lower().replace(" ", ""), denied.group(2).strip()
            said = {"was": "I wasn't", "am": "I'm not", "'m": "I'm not", "did": "I didn't",
                    "havebeen": "I haven't been", "'vebeen": "I haven't been"}[verb] + " " + rest
        found.append(([said or next(iter(_own_facts(msg)), None), "I can see you're worried about this, and I'd like to understand",
                       "Can you tell me what's worrying you?"], "I statement"))
    threat = next((m for m in (_THREAT.search(_sentence(c)) for c in msg.clauses) if m), None)
    if "threat" in kinds and threat:
        act = threat.group("act").strip()
        verb, _, rest = act.partition(" ")
        back = re.search(r"(?:coming|come)\s+(back|home)(\s+tonight)?", threat.group("then"), re.I)
        if back:
            line = f"I'm worried about you {gerund(verb.lower())} {rest}".strip()
            want = f"I'd really like you to come {back.group(1).lower()}{back.group(2) or ''}"
            found.append(([line + ", and " + want[0].lower() + want[1:], "Can we talk about it?"], "I statement"))
        else:
            found.append(([f"I'm really upset, and I don't want you to {act}", "Can we talk about it?"],
                          "I statement"))
    love = next((m for m in (_LOVE_TEST.search(_sentence(c)) for c in msg.clauses) if m), None)
    if "love" in kinds and love:
        want = _you_to_me(love.group("want"))
        found.append(([f"I'd really like you to {want}", "It matters a lot to me", "Can we talk about it?"],
                      "I statement"))
    if "silent" in kinds:
        until = _UNTIL.search(text)
        when = _OCCASION.search(text)
        time = f" {when.group(2).lower()}" if when and when.group(2) else ""
        found.append(([f"I'm really hurt right now, and I need some time to myself{time}",
                       f"I'd like you to {until.group(1).strip()}" if until else None,
                       "Can we talk about it once I've calmed down?"], "I statement"))
    if "martyr" in kinds:
        when = _OCCASION.search(text)
        place = f" {when.group(0).lower()}" if when else ""  # "on our anniversary", "tonight"
        found.append((["I'm feeling a bit left out", f"I'd really like us to spend some time together{place}",
                       "Can we make a plan?"], "I statement"))
    if "debt" in kinds:
        found.append((["I'm feeling hurt and unappreciated", *_own_facts(msg)[:1],
                       "It would mean a lot to me to feel that what I do is noticed", "Can we talk about it?"],
                      "I statement"))
    if "motive" in kinds:
        found.append((["I can see you're upset", "I'd like to understand what's going on for you",
                       "Can you tell me?"], "acknowledge first"))
    if "goalposts" in kinds:
        also = _ALSO.search(text)
        found.append(([*([] if also else _own_facts(msg)[:1]),
                       f"I'd also like some help with {also.group('thing')}" if also else
                       "I'm feeling frustrated, and I'm not sure what you need from me",
                       "Could we sort it out together?" if also else "Can we agree together on what matters most?"],
                      "I statement"))
    spoken = _SPOKEN.search(text)
    if "comparison" in kinds and spoken:
        found.append(([f"I was hurt by the way you {past(spoken.group(1).lower())} to me", "Can we talk about it?"],
                      "I statement"))
    return [([line for line in lines if line], strategy) for lines, strategy in found]
