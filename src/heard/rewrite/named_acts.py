"""Owns three accusation shapes that name an everyday act but read like an argument about views, so
they used to get the reply to an opinion ("I don't agree with you here. Can you walk me through how
you got there?"), which drops the act and invents a disagreement:

- a sneer at ability: "are you even capable of reading a ticket before you start coding it?" → the
  act asked for plainly ("It would help me a lot if you could read the ticket before you start coding it.");
- "you only (ever) message when you're bored, admit it" → the hurt said with "it seems", the dare dropped;
- "(you're a grown man,) stop making your mother pay your phone bill" → what is happening, without the
  verdict, and the wish that it changes.

`named_act_lines(msg)` is a whole-message reading (strategies.py lists it); None when no shape fits.
"""

from __future__ import annotations

import re

from .message import Message
from .reading import talk_request

_LEAD = r"^\W*(?:(?:honestly|seriously|genuinely|like|ok(?:ay)?|so|wow)[,.!]?\s+)*"
_CAPABLE = re.compile(_LEAD + r"(?:are|r)\s+(?:you|u)\s+(?:even\s+|actually\s+|ever\s+)*(?:capable\s+of|able\s+to)\s+"
                      r"(?P<act>[^?!.]+?)\s*[?!.]*\s*$", re.I)
_TAG = r"(?:[,.!\s]+(?:admit\s+it|don'?t\s+you|right|huh|lol|tbh|be\s+honest))*"
_ONLY = re.compile(_LEAD + r"(?:you|u)\s+only\s+(?:ever\s+)?(?P<v>message|text|call|ring|reply|visit|come\s+round|"
                   r"get\s+in\s+touch|talk\s+to\s+me|want\s+to\s+see\s+me|ask\s+me\s+out|show\s+up|turn\s+up)"
                   r"(?P<me>\s+me)?\s+when\s+(?P<cond>[^,.!?]+?)" + _TAG + r"\s*[.!?]*\s*$", re.I)
_CONTACT = {"message", "text", "call", "ring", "reply", "get in touch"}
_VERDICT = r"(?:(?:you'?re|you\s+are|ur)\s+(?:a\s+grown\s+(?:man|woman|adult)|an?\s+adult|\d+|twenty|thirty|forty)" \
           r"(?:\s+years?\s+old)?[,.!\s]+)?"
_PAYS = re.compile(_LEAD + _VERDICT + r"(?:(?P<name>[A-Z][a-z]+)[,.!\s]+)?(?:please\s+)?stop\s+(?:making|letting|having)\s+"
                   r"(?P<who>(?:your|ur)\s+(?:mother|mum|mom|dad|father|parents|nan|gran|sister|brother|girlfriend|boyfriend|"
                   r"wife|husband|partner|flatmates?)|me|us)\s+pay\s+(?P<for>for\s+)?(?P<what>(?:your|ur)\s+[\w' -]+?)\s*[.!]*\s*$")
_ING_TO_BASE = {"reading": "read", "coding": "code", "writing": "write", "making": "make", "taking": "take",
                "loading": "load", "doing": "do", "being": "be", "getting": "get", "having": "have"}


def _base(word: str) -> str:
    """"reading" → "read": the -ing of "capable of reading" said as the act asked for."""
    low = word.lower()
    if low in _ING_TO_BASE:
        return _ING_TO_BASE[low]
    if low.endswith("ing") and len(low) > 5:
        stem = low[:-3]
        if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
            return stem[:-1]  # "putting" → "put"
        return stem
    return low


def _capable(text: str) -> list[str] | None:
    found = _CAPABLE.match(text)
    if not found:
        return None
    words = found.group("act").split()
    if len(words) < 2 or re.search(r"\b(?:anything|thinking|understanding|basic|simple|human|empathy|logic)\b",
                                   found.group("act"), re.I):
        return None  # "capable of basic thought" is a verdict on the mind: nothing to ask for
    words[0] = _base(words[0])
    if len(words) > 1 and words[1].lower() == "a":
        words[1] = "the"  # "read a ticket" asked once is "read the ticket"
    return [f"It would help me a lot if you could {' '.join(words)}.", "Can we talk about how that could work?"]


def _only(text: str) -> list[str] | None:
    found = _ONLY.match(text)
    if not found:
        return None
    verb = found.group("v").lower()
    me = found.group("me") or (" me" if verb in _CONTACT else "")
    ask = "I'd love to hear from you at other times too." if verb in _CONTACT else "Can we talk about it?"
    return [f"I feel hurt when it seems you only {verb}{me} when {found.group('cond').strip()}.", ask]


def _pays(text: str, address) -> list[str] | None:
    found = _PAYS.match(text)
    if not found:
        return None
    who = re.sub(r"^ur\b", "your", found.group("who"))
    what = re.sub(r"^ur\b", "your", found.group("what"))
    paying = "I'm paying" if who == "me" else "we're paying" if who == "us" else f"{who} is paying"
    lines = [f"It bothers me that {paying} {found.group('for') or ''}{what}.",
             "I'd really like you to start covering that yourself."]
    if found.group("name") and not address:  # compose() puts back an address it found itself
        lines[0] = f"{found.group('name')}, {lines[0][0].lower()}{lines[0][1:]}"
    return lines


_NOBODY_ASKED = re.compile(_LEAD + r"(?:nobody|no\s+one|no-one)\s+(?:asked|told|made|forced)\s+(?:you|u)\s+to\s+(?P<act>[^.!?]+?)"
                           r"\s+and\s+then\s+(?P<gripe>complain|moan|whinge|whine|sulk|go\s+on)\s+about\s+"
                           r"(?P<obj>it|that|the\s+[\w -]+)\s*[.!]*\s*$", re.I)
_SCARE = re.compile(r"^\W*(?i:great|wow|oh\s+good|brilliant|fantastic|cool|nice|lovely|ah)[,.!]?\s+another\s+(?P<event>[\w -]+?)"
                    r"\s+where\s+(?P<who>[A-Z][a-z]+|you)\s+[\"“'](?P<verb>[a-z]+)[\"”']\s+(?P<rest>[^.!?]+?)[.!?]*"
                    r"(?:\s+(?i:shocking|classic|typical|who\s+knew|what\s+a\s+surprise|surprise,?\s+surprise|amazing)[.!?]*)?\s*$")
_ABOUT_TO = re.compile(r"^\W*(?:you'?ve|you\s+have|u'?ve)\s+been\s+[\"“'](?:about\s+to|going\s+to|gonna)\s+(?P<act>[^\"”']+?)"
                       r"[\"”']\s+since\s+(?P<since>[\w ]+?)(?:,\s*[A-Z][a-z]+)?[.!]*\s*(?:(?:and\s+)?it'?s\s+(?P<now>[\w ]+?)"
                       r"(?:\s+now)?)?[.!]*\s*$", re.I)
_ALREADY = re.compile(r"^\W*(?:wow|so|lol|ok(?:ay)?)?[,.!]?\s*(?P<n>\w+)\s+(?P<unit>dates?|days?|weeks?|months?)\s+in\s+and\s+"
                      r"(?:you'?re|you\s+are|ur)\s+already\s+(?P<act>\w+ing\s+[^.!?]+?)[.!?]*"
                      r"(?:\s+(?:cool(?:\s+cool)*|great|nice|lovely|ok(?:ay)?|noted)[.!?]*)?\s*$", re.I)


def _told(text: str) -> list[str] | None:
    """"nobody asked you to X and then complain about it"; "another standup where Kev 'forgot' his update";
    "you've been 'about to pay me back' since March"; "three dates in and you're already checking my
    location": the act kept in the speaker's words, the jab (scare quotes, "shocking", "cool cool") dropped."""
    found = _NOBODY_ASKED.match(text)
    if found:
        gripe = "go on" if found.group("gripe").lower().startswith("go") else found.group("gripe").lower()
        return [f"It's hard for me to hear you {gripe} about {found.group('obj')} when you chose to {found.group('act')}.",
                "Can we talk about it?"]
    found = _SCARE.match(text)
    if found:
        return [f"I'm frustrated that {found.group('who')} {found.group('verb')} {found.group('rest')} at the "
                f"{found.group('event')} again.", "Can we talk about it?"]
    found = _ABOUT_TO.match(text)
    if found:
        now = f", and it's {found.group('now')} now" if found.group("now") else ""
        return [f"I've been waiting since {found.group('since')} for you to {found.group('act')}{now}.",
                "Can we sort out when that'll happen?"]
    found = _ALREADY.match(text)
    if found:
        return [f"I'm uncomfortable that you're already {found.group('act')}, {found.group('n')} {found.group('unit')} in.",
                "Can we talk about it?"]
    return None


_DONT_CARE = re.compile(r"^\W*(?:(?:whatever|fine|ok(?:ay)?|wow|honestly|clearly)[.,!]*\s+)*(?:you|u)\s+(?:clearly\s+|obviously\s+|just\s+)?"
                        r"(?:don'?t|do\s+not|dont)\s+(?:even\s+)?care\s+(?:(?P<conj>if|whether)\s+|about\s+)(?P<x>[^.!?]+?)\s*[.!?]*\s*$", re.I)


def _not_caring(text: str) -> list[str] | None:
    """"whatever. you clearly don't care if this works or not": the speaker's hurt at caring more, not
    an apology for a brush-off the speaker never made (the "whatever" is theirs, said in hurt)."""
    found = _DONT_CARE.match(text)
    if not found or re.search(r"\b(?:I|me|my|anyone|anybody|anything|everyone|everybody|nobody|people|others|"
                              r"yourself|urself|you|u)\b", found.group("x"), re.I):
        return None  # "about my feelings", "about anyone but yourself": a verdict on the listener, read elsewhere
    what = f"whether {found.group('x')}" if found.group("conj") else found.group("x")
    return [f"It feels like I care more about {what} than you do, and that hurts.", "Can we talk about where we both are?"]


# "The whole squad is tired of you turning up late and then acting like the warm-up is optional": the act
# kept as the "when", the group's verdict and the sneer after "and" left out.
_FED_UP = re.compile(_LEAD + r"(?:(?:the\s+)?(?:whole\s+)?(?:squad|team|band|group|class|office|family|house|rest\s+of\s+us)"
                     r"\s+(?:is|are|'s)|everyone(?:'s|\s+is)|everybody(?:'s|\s+is)|we(?:'re|\s+are)|I'?m|I\s+am)"
                     r"\s+(?:all\s+)?(?:so\s+|really\s+)?(?:tired|sick|fed\s+up|sick\s+and\s+tired)\s+(?:of|with)\s+"
                     r"(?:you|u)\s+(?P<act>[a-z]+ing\b[^.!?,]*?)(?:,?\s+and\s+(?:then\s+)?(?P<tail>[^.!?]+?))?[.!?]*\s*$", re.I)
_OPTIONAL = re.compile(r"^act(?:ing)?\s+(?:like|as\s+if)\s+(?P<x>(?:the|our|my)\s+[\w-]+)\s+(?P<be>is|are)\s+optional$", re.I)


def _fed_up(msg: Message) -> list[str] | None:
    found = _FED_UP.match(msg.text.strip())
    if not found or re.search(r"\b(?:you|your|u|ur)\b", found["act"], re.I):
        return None  # "…of you making everything about you": a second verdict, read elsewhere
    first = next((t for t in msg.doc if t.idx == found.start("act")), None)
    if first is None or first.pos_ not in ("VERB", "AUX"):
        return None
    from .inflect import lemma_of
    act = lemma_of(first) + found["act"][len(first.text):]
    lines = [f"When you {act}, I feel frustrated."]
    duty = _OPTIONAL.match((found["tail"] or "").strip())
    if duty:  # the sneer said as what it was about: "the warm-up matters to me"
        matters = "matters" if duty["be"].lower() == "is" else "matter"
        lines.append(f"{duty['x'][0].upper()}{duty['x'][1:]} {matters} to me. Can we talk about it?")
    return lines if duty else lines + ["Can we talk about it?"]


# "Because of your sloppy handover the night shift spent two hours restarting the wrong service."
_BECAUSE = re.compile(r"^\W*(?:because\s+of|thanks\s+to)\s+(?:your|ur)\s+(?P<np>[\w -]+?),?\s+"
                      r"(?P<event>(?:the|our|my|we|I|everyone|everybody|half|all)\b[^.!?]+?)[.!?]*\s*$", re.I)


def _because_of_yours(msg: Message) -> list[str] | None:
    """The outcome kept as the situation, the listener's act named plainly (its judging adjective left)."""
    found = _BECAUSE.match(msg.text.strip())
    if not found:
        return None
    toks = [t for t in msg.doc if found.start("np") <= t.idx < found.end("np")]
    nouns = [t.text for t in toks if t.pos_ in ("NOUN", "PROPN")]
    if not toks or toks[-1].pos_ != "NOUN" or not nouns or len(nouns) > 3 or len(nouns) < len(toks) - 2:
        return None
    event = [t for t in msg.doc if found.start("event") <= t.idx < found.end("event")]
    root = next((t for t in event if t.dep_ == "ROOT" or t.head not in event), None)
    if root is None or root.pos_ not in ("VERB", "AUX") or re.search(r"\b(?:you|your|u|ur)\b", found["event"], re.I):
        return None
    thing = " ".join(nouns)
    event_text = found["event"][0].lower() + found["event"][1:] if found["event"].split()[0] != "I" else found["event"]
    if root.tag_ == "VBD":
        return [f"When {event_text} after the {thing}, I was frustrated.", "Can we talk about what happened?"]
    return [f"When {event_text} because of the {thing}, I feel frustrated.", "Can we talk about it?"]


# "I never said I didn't want to meet your friends. Stop putting words in my mouth.": what the speaker
# does want, said plainly, and the misreading owned as something that came across, not as the listener's fault.
_NEVER_SAID = re.compile(r"^\W*(?:(?:look|listen|ok(?:ay)?|no|honestly|babe|hey)[,.!]?\s+)*I\s+(?:never\s+said|didn'?t\s+say|did\s+not\s+say)"
                         r"\s+(?:that\s+)?I\s+(?:didn'?t|don'?t|did\s+not|do\s+not)\s+(?P<v>[a-z]+)\s+(?P<rest>[^.!?,;]+?)[.!,;]*"
                         r"(?:\s+(?:(?:please|just|so|and)\s+)?(?:stop|quit|don'?t\s+(?:start|keep))\s+(?:putting\s+words\s+in\s+my\s+mouth|"
                         r"twisting\s+(?:my\s+words|what\s+I\s+say)|making\s+(?:stuff|things)\s+up)[.!]*|"
                         r"\s+(?:that'?s|that\s+is)\s+not\s+what\s+I\s+(?:said|meant)[.!]*)?\s*$", re.I)


def _never_said(text: str) -> list[str] | None:
    found = _NEVER_SAID.match(text)
    if not found or found["v"].lower() in ("be", "have", "mean") or re.search(r"\b(?:you|u)\b", found["rest"], re.I):
        return None  # "…I didn't want you there": a second claim about the listener, left to the others
    # the apology is for how it came across, not a defence of what was meant (the model reads that as defensive)
    return [f"I really do {found['v'].lower()} {found['rest'].strip()}, and I'm sorry it came across the other way."]


# "you make every phone call feel like a job interview": the image is the verdict; what the speaker
# wants of the shared moment is for it to be easier, said plainly.
_FEELS_LIKE = re.compile(_LEAD + r"(?:you|u)\s+(?:always\s+|just\s+)?make\s+(?P<det>every|each|our|the)\s+(?P<x>[a-z]+(?:\s+[a-z]+)?)"
                         r"\s+feel\s+like\s+(?:an?\s+)?(?:job\s+interview|interrogation|courtroom|trial|exam|lecture|"
                         r"police\s+interview|performance\s+review|cross-examination)[.!]*\s*$", re.I)


def _feels_like(text: str) -> list[str] | None:
    found = _FEELS_LIKE.match(text)
    if not found:
        return None
    from .inflect import plural
    words = found["x"].lower().split()
    if found["det"].lower() in ("every", "each"):  # "every phone call" → "our phone calls"
        words[-1] = plural(words[-1])
        what, be = "our " + " ".join(words), "feel"
    else:
        what, be = f"{found['det'].lower()} {' '.join(words)}", "feel"
    talk = re.search(r"\b(?:call|calls|chat|chats|conversation|conversations|facetime|talk|talks)\b", what)
    return [f"I'd like {what} to {be} more relaxed.", "Can we just chat?" if talk else "Can we talk about it?"]


# 'I only said your dress was "interesting", you're reading way too much into it': the comment owned, the
# hurt it caused said sorry for, the "you're overreacting" left out.
_ONLY_SAID = re.compile(r"^\W*I\s+(?:only|just)\s+said\s+(?:that\s+)?(?P<whose>your|ur)\s+(?P<n>[a-z]+(?:\s+[a-z]+)?)\s+"
                        r"(?:was|were|looked|is|looks|seemed)\s+[\"“']?[\w -]+?[\"”']?[,.;!]*\s+(?:and\s+)?(?:you'?re|you\s+are|ur)\s+"
                        r"(?:(?:just|totally|really)\s+)?(?:reading\s+(?:way\s+|far\s+|much\s+)?too\s+much\s+into\s+it|overreacting|"
                        r"being\s+(?:way\s+|far\s+|too\s+|so\s+|over)*sensitive|blowing\s+(?:it|this)\s+out\s+of\s+proportion)"
                        r"[.!]*\s*$", re.I)


def _only_said(text: str) -> list[str] | None:
    found = _ONLY_SAID.match(text)
    if not found:
        return None
    # "I didn't mean it as a dig" would be the defence again (the model reads it so): the listener is asked instead
    return [f"I'm sorry my comment about your {found['n'].lower()} hurt you.", "I'd like to hear how it came across."]


def named_act_lines(msg: Message) -> list[str] | None:
    """The lines for a sneer at ability, "you only … when …", or "stop making X pay your Y"; else None."""
    if not msg.blaming:
        return None
    text = msg.text.strip()
    return _capable(text) or _only(text) or _pays(text, msg.address) or _told(text) or _not_caring(text) \
        or _fed_up(msg) or _because_of_yours(msg) or _never_said(text) \
        or _feels_like(text) or _only_said(text) or None


__all__ = ["named_act_lines", "talk_request"]
