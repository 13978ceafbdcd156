"""Fixed phrasings the rewrites recognise: fault frames to cut, shrugs and arguments to leave out."""

from __future__ import annotations

import re

from .surface import tidy

# "I'm just saying I was away for two weeks": the frame that says the speaker is only pointing it out
JUST_SAYING = re.compile(r"^(?:all )?I(?:'?m| am) (?:just |only |simply )?saying,? (?:that )?(?=\w+ \w+)", re.I)

_UNFRAME = (
    (re.compile(r"\byou(?:'re| are| were)\s+the one\s+(?:who|that)\s+", re.I), "you "),
    (re.compile(r"\byou(?:'re| are)\s+the one\s+(?=\w+ing\b)", re.I), "you're "),
    (re.compile(r"\byou were\s+the one\s+(?=\w+ing\b)", re.I), "you were "),
    (re.compile(r"\b(?:it|this|that)(?:'s| is| was)\s+(?:all\s+)?your fault(?:\s+that)?\s*", re.I), ""),
    (re.compile(r"\b(?:this|that|it)(?:\s+one)?(?:'s| is| was)?\s+(?:all\s+)?on you\b", re.I), ""),
    (re.compile(r"\bthanks to (?:you\b,?|your\b)", re.I), "because of the"),
    (re.compile(r"\bbecause of you\b,?", re.I), ""),
    (re.compile(r"\b(?:so\s+)?typical of you\b|\bclassic you\b|\bas usual\b", re.I), ""),
    (re.compile(r"^(?:of course|obviously|clearly|apparently|and then|then|yeah|yes)\b,?\s*", re.I), ""),
    # "no, you said…" / "no you didn't": the interjection; "no parent was told" keeps its "no"
    (re.compile(r"^no\b(?:[,.!]+\s*|\s+(?=(?:you|u|i|it|that|this|we|he|she|they|but|and)\b))", re.I), ""),
    (re.compile(r"\bfor once(?: in your life)?\b|\bat this point\b|\bin your life\b", re.I), ""),
    (re.compile(r"^the (?:only )?reason (.+?) (?:is|was) (?:you|because of you)$", re.I), r"\1"),
    (re.compile(r"^(?:in my (?:defen[cs]e)|for the record(?: though)?|to be fair|with respect|frankly|look)\b,?\s*", re.I), ""),
    # "as discussed at Thursday's standup, the release slipped": a reminder, not part of what happened
    (re.compile(r"^(?:as (?:discussed|agreed|mentioned|flagged|noted|stated|explained)(?: (?:at|in|on|during|over|earlier|"
                r"before|previously|yesterday|last \w+)\b[^,]{0,40})?|as (?:I|we) (?:said|mentioned|explained)(?: [^,]{0,30})?|"
                r"per my (?:last|previous|earlier) (?:\w+ )?(?:email|message|note)s?),\s*", re.I), ""),
    (re.compile(r"^I'?m (?:so |really )?(?:sick|tired) of (?:always )?", re.I), "I've been feeling worn out from "),
    (re.compile(r"\banyway$", re.I), ""),
    (JUST_SAYING, ""),
    (re.compile(r"\b\w+ of the year(?: over here)?,?\s*", re.I), ""),
    (re.compile(r"^(?:it )?(?:only )?took you\b", re.I), "it took"),
    # "I told you three times (that) the meeting moved": the count is scorekeeping; what was told stays
    (re.compile(r"^I(?:'ve| have)? (?:already )?told you (?:(?:\w+|so many|a (?:hundred|million|thousand)) times|"
                r"twice|already|before|again)(?: already| before| now)?,? (?:that )?(?!(?:about|to|not|so|and|but|"
                r"what|how|why|when)\b)(?=\w)", re.I), ""),
)


def unframe(text: str) -> str:
    """Removes the frames that put fault on the listener, keeping what happened."""
    text = text.strip().rstrip(".!?;:, ")
    for pattern, replacement in _UNFRAME:
        text = pattern.sub(replacement, text)
    return tidy(text).rstrip(".!?;:, ")


# "I didn't do anything wrong", "I don't see the problem": the speaker can't see what hurt.
WRONGDOING = re.compile(r"\b(?:(?:didn't|did not|never) do (?:anything|nothing)(?: wrong)?|did nothing wrong|"
                         r"(?:don't|do not|can't) see (?:what I did|the problem|what the (?:problem|crime|issue))|"
                         r"what did I do)\b", re.I)


# Context that still argues ("I'm allowed to…", "unlike some people"): left out of every rewrite.
ARGUES = re.compile(r"\b(?:I'?m (?:just |such |obviously )*an? (?:terrible|horrible|awful|bad|useless|lousy|worthless)|"
                    r"sorry I'?m|not perfect|done talking|don't want to talk|dignify|allowed|earned|deserve|supposed to|unlike|at least|maybe (?:try|if)|"
                     r"(?:don't|do not|didn't) see (?:what|why|the problem|how)|one to talk|"
                     r"not (?:the one|a mind.?reader|my (?:job|problem))|everyone (?:was|does|has)|"
                     r"that's (?:all|it)|can't help|what (?:did|do) you (?:want|expect)|"
                     r"don't need this|the problem here|(?:that's|it's|that is) not true|"
                     r"(?:I'm|I am) not the problem|(?:nobody|no one|noone) (?:ever )?(?:told|said|asked|reminded)|"
                     r"apparently|make things worse|so I'?m (?:wrong|the problem)|did (?:the best|what) I could|did my best|"
                     r"I'?ll (?:just )?(?:never|not) \w+|(?:everyone|everybody|the whole [\w ]+) knows|"
                     r"(?:I|we) (?:would |had )?expect(?:ed)? (?:better|more) (?:from|of)|"
                     r"(?:it's|it is|its) not like (?:I|we|I'm|we're)\b|"  # "it's not like I spent it on nothing"
                     r"(?:she|he|they) started it)\b", re.I)  # "I expect better from a company of your size"


# Facts that minimise or shrug; a rewrite leaves them out.
SHRUG = re.compile(r"\b(?:(?:not|n't|no) (?:a |that |such a |even a )?(?:big|huge) deal|not that (?:deep|serious|bad)"
                    r"|(?:it was|it's|that was|it is) (?:just |only )?(?:one|a couple|a few|a tiny|a small|a little)\b"
                    r"|not a pattern|not worth|no harm"
                    r"|things happen|it happens|whatever|get over it|calm down|relax|overreact\w*"
                    r"|nothing I could (?:have )?do(?:ne)?|what (?:else )?(?:was|am) I supposed to)\b", re.I)


# Excuses that say nothing could have been done or explain the lapse away ("it's not something I can
# stop", "that's why she didn't…", "it's the first time"): kept verbatim after an apology they take it back.
DISOWNS = re.compile(r"\b(?:not something (?:I|we) (?:can|could)|nothing (?:I|we) (?:can|could)|"
                     r"(?:that's|that is|which is|which's) why|(?:first|only) time (?:I|we)|out of (?:my|our) "
                     r"(?:hands|control)|(?:I|we) (?:can't|cannot|couldn't) (?:stop|control|help) (?:it|that|them)|"
                     r"(?:I|we) (?:can't|cannot|can not|won't|will not) be held (?:responsible|liable)|"
                     r"not (?:from |on )?(?:my|our) (?:side|end|part|doing))\b", re.I)


# Facts too thin to keep: "I'm sorry" (the rewrite says its own), "I do", "you are".
BARE = re.compile(r"^(?:I'?m (?:so |really )?sorry|I (?:really |truly |honestly )?(?:do|did|am|was|have)|you (?:are|do|did|were|promised)|"
                  r"you (?:do|did|does|keep doing|always do) (?:this|that|it)(?: again| every time| all the time)?(?:,? (?-i:[A-Z][a-z]+))?|"  # "You ALWAYS do this, Priya."
                  r"you (?:have to |want to |need to |got to |gotta )?[a-z]+ (?:everything|everyone|everybody|anything|it all)|"  # "You always have to control everything"
                  r"(?:it|that|this)(?:'s| is| was) (?:not )?\w+|"
                  r"I've been feeling worn out from (?:it|this|that|them|all this)|"  # "I'm sick of it": the feeling alone
                   r"it is|that's fair)$", re.I)


DIDNT_MEAN = re.compile(r"\bI (?:didn't|did not|never) mean (?:it|that)(?: like that| that way)?\b", re.I)


VICTIM_ROLE = re.compile(r"\b(?:I'?m|I am|I'll (?:just )?be|I was)(?: just| always| apparently| clearly)? "
                          r"(?:the|a) ((?:bad guy|villain|problem|enemy|worst [\w ]+?|bad one|scapegoat))\b", re.I)


NEVER_ENOUGH = re.compile(r"\b(?:nothing I do|no matter what I do|whatever I do)\b(.*)$", re.I)


NOT_LIKE_I_WANTED = re.compile(r"\b(?:it's|its|it is) not like I (?:wanted|meant|chose|planned) to (.+)$", re.I)


DID_WHAT_I_COULD = re.compile(r"\bI (?:did|tried|was doing|'ve been doing|have been doing) "
                               r"(?:what I could|the best I could|my best|everything I could)(.*)$", re.I)


LECTURE = re.compile(r"\bdon't (?:lecture|come at|start on|have a go at|yell at|shout at) me (?:about|over) (.+)$", re.I)


CANT_HELP = re.compile(r"\bI (?:can't|cannot|couldn't) help (?:it )?(?:if|that) (.+)$", re.I)


BACKSHIFT = ((re.compile(r"\byou're\b|\byou are\b", re.I), "you were"), (re.compile(r"\bit's\b|\bit is\b", re.I), "it was"),
              (re.compile(r"\bthat's\b|\bthat is\b", re.I), "that was"), (re.compile(r"\bisn't\b", re.I), "wasn't"),
              (re.compile(r"\baren't\b", re.I), "weren't"), (re.compile(r"\bnot a big deal\b", re.I), "no big deal"))


SOFTENERS = ("As far as I know", "From what I can tell", "The way I understand it")


# Stonewalling: the speaker shutting the conversation down. The antidote is to say so and ask for
# a break, then come back.
STONEWALL = re.compile(r"\b(?:(?:I'm|I am) (?:so )?done (?:talking|with this|discussing)|(?:don't|do not) want to "
                       r"(?:talk|discuss|hear)|leave me alone|(?:not|never) (?:going to|gonna) (?:dignify|discuss|"
                       r"talk about)|do whatever you want|forget it|drop it|I can't do this|not (?:doing|having) "
                       r"this (?:again|now)|end of (?:discussion|story))\b"
                       # said as an order to end it, at the start of what is said: "Shut up and listen", "stop it."
                       # ("…every time I go away for a weekend" is no order)
                       r"|^\W*(?:(?:oh|just|please|god|ugh|jesus|look)\W+)*(?:shut up|go away|back off|get lost|piss off|"
                       r"sod off|stop it|give it a rest|don't touch me|leave it)\b(?!\s+(?:on|in|at|there|here|for|with|to)\b)",
                       re.I)


# "shut up and listen": the order is to be heard, the opposite of a break (a clause alone reads "shut up").
HEAR_ME_OUT = re.compile(r"\bshut up and (?:listen|let me|hear)\b", re.I)


# "apparently I only make things worse": the martyr's verdict on their own help.
MAKE_WORSE = re.compile(r"\bI (?:only |just |always )*make (?:things|it|everything) worse\b", re.I)
