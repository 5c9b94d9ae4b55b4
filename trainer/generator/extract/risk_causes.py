"""risk_factor from what a sentence says causes the page's own condition.

A cause of the topic is a factor of it by the structure of the sentence, whatever the cause is
called:
  * "X is (usually / mainly) caused by A", "X is (often) due to A", "X is the result of A",
    "X can (also) result from A",
    "Most cases of X are caused by A" (X the topic, named whole or by its short name);
  * "A (can) cause(s) X", "A (can) lead(s) to X", "A results in X" (the topic ends the clause;
    an opening adverb, "Occasionally, A causes X", is no part of the cause);
  * "A is the (most common / main / leading) cause of X", "The most common cause of X is A";
  * "X is a degenerative brain disorder caused by A" (the kind of condition, then its cause;
    never "an infection caused by", whose cause is the germ);
  * "This syndrome can be caused by A" on a page whose topic's name ends with that kind word;
  * "X (often) develops after A" ("Acute X develops after A": the qualified form); an age, a
    time, a treatment or a cause pointed back to ("the causative injury") after "after" is no
    cause here.
The cause's members are worded as factors are (:func:`.factors.as_factor`); an anaphor ("This
damage", "It") names none. A negated or doubted sentence ("is not caused by", "Researchers
believe", "it is unclear whether") gives nothing, and neither does a cause of another condition
(a sentence about "cirrhosis" on a page about hepatitis), which the general reader handles
when the lexicon names it.
"""

from __future__ import annotations

import re

from trainer.generator.extract import page_topic, topic_qualified
from trainer.generator.extract.context import DocContext
from trainer.generator.extract.factors import UNPROVEN, as_factor, list_members
from trainer.generator.extract.patterns import NEGATION, SENTENCE_BREAK
from trainer.generator.extract.risk_clauses import own_subject
from trainer.generator.extract.risk_factor_phrases import factor, is_treatment, rejoined

_ADV = r"(?:(?:usually|often|mainly|mostly|largely|most often|commonly|sometimes|also|typically|" \
       r"generally|primarily|frequently|can|may|might)\s+)*"
# "X is (usually) caused by A": the subject is everything before the verb
_PASSIVE = re.compile(
    rf"^(?P<s>[^,;:]{{2,80}}?)\s+{_ADV}(?:is|are|was|were|can be|may be)\s+{_ADV}"
    # "X is a degenerative brain disorder caused by A": the kind of condition it is, then its
    # cause
    # (not "an infection caused by": its cause is the germ, no risk)
    r"(?:(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:disorder|condition|disease|syndrome|illness|"
    r"inflammation)\s+(?:that\s+is\s+)?(?:usually\s+|often\s+|mainly\s+)?"
    r"(?=caused\s+by))?"
    r"(?:caused\s+by|due\s+to|the\s+result\s+of|a\s+result\s+of|brought\s+on\s+by|"
    r"triggered\s+by)\s+(?P<c>.+)$",
    re.IGNORECASE,
)
# "This syndrome can be caused by": the kind word of the page's topic, pointed to
_KIND_POINTER = re.compile(
    r"^(?:this|the)\s+(?P<k>syndrome|disorder|disease|condition|infection|cancer|tumou?r)$",
    re.IGNORECASE,
)
# "A (can) cause X", "A leads to X": the object is the rest of the clause
_ACTIVE = re.compile(
    # ("the underlying cause of X": "cause" before "of" is the noun, no verb)
    rf"^(?P<c>.+?)\s+{_ADV}(?:causes?(?!\s+of\b)|lead(?:s)?\s+to|results?\s+in)\s+"
    # ("Overuse can cause stress fractures, which are very small cracks": what they are is
    # no part of the name)
    r"(?P<s>[^,;:]{2,60}?)\s*(?:,\s*which\s+(?:is|are)\b[^,;:]*)?$",
    re.IGNORECASE,
)
# "A is the (single) most common cause of X"
_THE_CAUSE = re.compile(
    r"^(?P<c>.+?)\s+(?:is|are)\s+(?:(?:one|some)\s+of\s+)?the\s+(?:(?:single|most|main|major|"
    r"leading|usual|primary|chief|biggest|common|known|underlying)\s+){1,3}causes?\s+of\s+"
    r"(?P<s>[^,;:]{2,60}?)\s*$",
    re.IGNORECASE,
)
# "The most common cause of X (worldwide) is A": the same, the cause named last
_THE_CAUSE_IS = re.compile(
    r"^(?:the\s+)?(?:(?:single|most|main|major|leading|usual|primary|chief|biggest|common)\s+)"
    r"{1,3}cause\s+of\s+(?P<s>[^,;:]{2,60}?)(?:\s+(?:worldwide|in\s+(?:the\s+)?[A-Z][\w.]*(?:\s+"
    r"[A-Z][\w.]*)*))?\s+(?:is|are)\s+(?P<c>.+)$",
    re.IGNORECASE,
)
_CONCESSION = re.compile(r"^(?:although|though|while)\b[^,]{3,120},\s*", re.IGNORECASE)
# "X can also result from A, B, or C": what the condition comes from
_RESULTS_FROM = re.compile(
    rf"^(?P<s>[^,;:]{{2,60}}?)\s+{_ADV}(?:(?:results?|stems?|arises?)\s+from|"
    # "The disorder commonly occurs as the result of an automobile accident"
    r"(?:occurs?|happens?|develops?)\s+as\s+(?:the|a)\s+result\s+of|"
    # "Fractures commonly happen because of car accidents, falls, or sports injuries"
    r"(?:occur|happen|develop)s?\s+(?:because\s+of|from))\s+(?P<c>.+)$",
    re.IGNORECASE,
)
# "X often develops after a viral infection": what the condition follows
_AFTER = re.compile(
    rf"^(?P<s>[^,;:]{{2,60}}?)\s+{_ADV}(?:develops?|occurs?|starts?|begins?|appears?|happens?|"
    r"follows?)\s+(?:soon\s+|shortly\s+|(?:a\s+few|several)\s+(?:days|weeks)\s+)?after\s+"
    r"(?!(?:the\s+)?(?:age|\d|years?|months?|weeks?|days?|birth|treatment|surgery)\b)"
    # "after the causative injury": a cause pointed back to, named elsewhere
    r"(?!the\s+(?:causative|underlying|original|initial|same|above|inciting)\b)(?P<c>.+)$",
    re.IGNORECASE,
)
# "It usually starts when people are young adults", "Sometimes it starts when a person is under
# a lot of stress": the state the condition begins in
_STARTS_WHEN = re.compile(
    rf"^(?:sometimes,?\s+|often,?\s+)?(?P<s>[^,;:]{{2,60}}?)\s+{_ADV}(?:starts?|begins?|develops?)"
    r"\s+when\s+(?:a\s+person|someone|people|you|they|patients)\s+(?:is|are|were|was)\s+"
    r"(?!(?:treated|given|taking|on)\b)(?P<c>[^,;:]{3,60})$",
    re.IGNORECASE,
)
# "Most cases of X", "About 90 percent of X": the share of the condition a cause explains
_SHARE = re.compile(
    r"^(?:(?:about|around|nearly|almost|over|more than)\s+)?(?:(?:most|many|some|other|\d+\s*"
    r"(?:percent|%))\s+)*(?:of\s+)?(?:(?:the\s+)?cases\s+of\s+)?",
    re.IGNORECASE,
)
DOUBT = re.compile(
    r"\b(?:believe\w*|think|thought|suspect\w*|suggest\w*|theor\w+|possibl\w+|unknown|"
    r"researchers|scientists|experts|studies)\b",
    re.IGNORECASE,
)
# where a cause's words end: another clause, an aside, a comparison
_CAUSE_END = re.compile(
    r",\s*(?:which|who|but|and\s+(?:this|it|these|they)|as|so|although|though|while|rather)\b|"
    # ("chronic liver failure, particularly in alcoholics": where it is most often met)
    r",\s*(?:particularly|especially|mainly|mostly|usually)\s+(?:in|among)\s|"
    r"\s+(?:rather\s+than|instead\s+of|because|which|when|where)\b|[()]",
    re.IGNORECASE,
)
# "A mutation, or change, in the gene": a gloss set off by commas is no member of its own
_GLOSS = re.compile(r",\s*or\s+[\w\s-]{1,25},\s*", re.IGNORECASE)
# a relative clause in the cause: what it describes is no clean factor
_RELATIVE = re.compile(r"\b(?:that|which|who|whose)\b", re.IGNORECASE)
# what no factor opens with: a preposition (an adverbial, "in some cases"), a conjunction
# left by a split, a count or category, and a germ (an infection's agent is its cause by
# definition, not a risk a card asks about)
_NO_MEMBER = re.compile(
    r"^(?:in|on|at|for|from|with|by|during|after|before|or|and|a\s+number\s+of|number\s+of|"
    r"many|several|various|different|other|some|certain)\b|"
    r"^(?:the\s+|an?\s+)?(?:larvae?\s+of\s+(?:the\s+|an?\s+)?)?(?:\w+\s+)?(?:bacteri\w*|"
    r"virus\w*|parasites?|fung\w*|germs?|microbes?|protozoa\w*|tapeworms?|worms?)\b|\bcalled\b",
    re.IGNORECASE,
)
_RELATIVE_END = re.compile(r"\b(?:that|which|who)(?:\s+(?:can|may|might|could|often|also))*\s*$",
                           re.IGNORECASE)
_OPENING_ADVERB = re.compile(
    r"^\s*(?:\w+ly|in\s+(?:rare|some|many|most)\s+(?:cases|instances)|sometimes|often|rarely)\s*,\s*",
    re.IGNORECASE,
)
# "Medicines for A, B and C (often) cause X": the conditions are what the medicines treat, and
# a medicine named as a cause gives a side effect, no risk factor
_FOR_MEDICINES = re.compile(
    r"\b(?:medicines?|medications?|drugs?|pills|treatments?|therap(?:y|ies))\s+(?:(?:that\s+are\s+"
    r"|which\s+are\s+)?used\s+)?(?:for|to\s+treat|that\s+treat|against)\s",
    re.IGNORECASE,
)


def cause_factors(dc: DocContext, body: str) -> list[tuple[str, str]]:
    """(topic, factor) for each cause of the page's topic ``body``'s sentences state."""
    topic = dc.main_disease
    low = body.lower()
    cues = ("cause", "due to", "lead", "result", "after", "because", " from ", " when ",
            "brought on", "triggered")
    if topic is None or not any(w in low for w in cues):
        return []
    out: list[tuple[str, str]] = []
    for sentence in SENTENCE_BREAK.split(body):
        s = sentence.strip().rstrip(".")
        if NEGATION.search(s) or DOUBT.search(s) or UNPROVEN.search(s):
            continue
        # "Although it is mostly seen after a stroke, X can also result from A": the concession
        # before the clause is no part of its subject
        s = _CONCESSION.sub("", s)
        for rx in (_PASSIVE, _THE_CAUSE, _THE_CAUSE_IS, _RESULTS_FROM, _ACTIVE, _AFTER,
                   _STARTS_WHEN):
            m = rx.match(s)
            said = _SHARE.sub("", m.group("s").strip()) if m is not None else ""
            # "Acute ITP develops after ...": a qualified form of the topic is the subject
            form = topic_qualified.qualified(dc, said, topic) if rx is _AFTER else topic
            if rx in (_PASSIVE, _ACTIVE) and form == topic:
                # "Septic shock is caused by infections in the bloodstream" on the shock page:
                # one kind of the topic, named by the word before it, is what the cause makes
                form = kind_of_topic(said, topic) or topic
            if m is None or not (is_topic(dc, said) or _points_to_topic(said, topic) or (
                form != topic and said.lower().endswith(
                    tuple(n.lower() for n in topic_qualified.names(dc, topic))))):
                continue
            cause = m.group("c")
            if rx not in (_PASSIVE, _THE_CAUSE_IS, _RESULTS_FROM) and _RELATIVE_END.search(cause):
                break  # "problems that can lead to X": the cause is described, not named
            if rx is _RESULTS_FROM:
                # "A, B, or C that affect the brain": the clause narrows every member
                cause = re.sub(r"\s+that\s+(?!is\b|are\b).*$", "", cause)
                # "... an automobile accident and may include injury to ...": a second predicate
                cause = re.sub(r"\s+and\s+(?:may|can|might|often|usually)\s+(?:include|involve|"
                               r"cause|lead|be|affect)\b.*$", "", cause)
                # "A, especially B, and C": the aside narrows A, no member of its own
                cause = re.sub(r",\s*(?:especially|particularly|mainly|mostly|notably)\b[^,]*,?",
                               ",", cause, flags=re.IGNORECASE)
            if rx not in (_PASSIVE, _THE_CAUSE_IS, _RESULTS_FROM):
                # ("Occasionally, A can cause X": the opening adverb is no cause)
                cause = own_subject(_OPENING_ADVERB.sub("", cause))
            if _FOR_MEDICINES.search(cause):
                break  # "medicines for A and B cause X": the medicines' side effect
            cause = _bracketed_examples(cause)
            cut = _CAUSE_END.search(cause)
            cause = _GLOSS.sub(" ", cause[: cut.start()] if cut else cause)
            if _RELATIVE.search(cause) or _glued(dc, cause):
                break  # "the reaction that leads to X": a described cause; a lost dash's run
            listed = list_members(dc, cause.strip(" ,"))
            # ("injury of the chest wall or ribs": the part joined back to its trouble)
            for member in shared_opening(dc, rejoined(dc, listed, cause)):
                if _NO_MEMBER.match(member.strip()):
                    continue
                for f in factor(dc, member):
                    typed = as_factor(dc, f)
                    if typed and not is_topic(dc, typed) and not is_treatment(dc, typed):
                        out.append((form or topic, typed))
            break
    return out


# "illegal drugs (such as cocaine and amphetamines)": examples in brackets, each a cause too
_BRACKET_EXAMPLES = re.compile(r"\s*\(\s*(?:such\s+as|like|including|e\.g\.,?)\s+([^()]+)\)", re.I)
# "nicotine (found in tobacco)": an aside in brackets, no cause
_BRACKET_ASIDE = re.compile(r"\s*\((?:found|seen|used|called|also)\b[^()]*\)", re.IGNORECASE)


# words before a name that make no kind of it: quantities, pointers, conjunctions
_NO_KIND = frozenset({
    "most", "some", "many", "other", "this", "that", "when", "where", "while", "because",
    "although", "once", "since", "unless", "until", "after", "before", "whether", "with",
    "without", "from", "into", "than", "also", "only", "even", "both", "each", "every",
})


def kind_of_topic(said: str, topic: str) -> str | None:
    """"septic shock" on a page about shock: one word before the topic's own name, which makes
    it one kind of the topic; else None."""
    m = re.fullmatch(rf"(?:an?\s+|the\s+)?(?P<k>[a-z][a-z-]{{3,}})\s+{re.escape(topic)}", said,
                     re.IGNORECASE)
    if m is None or m.group("k").lower() in _NO_KIND:
        return None
    return " ".join(said.lower().split()[-(len(topic.split()) + 1) :])


def _bracketed_examples(cause: str) -> str:
    """``cause`` with bracketed asides dropped and bracketed examples made list members of
    their own ("illegal drugs (such as cocaine and amphetamines)" -> "illegal drugs, cocaine
    and amphetamines"), so the bracket no longer ends the list."""
    cause = _BRACKET_ASIDE.sub("", cause)
    return _BRACKET_EXAMPLES.sub(lambda m: ", " + m.group(1).strip(), cause)


def _points_to_topic(said: str, topic: str) -> bool:
    """ "This syndrome" on a page about central pain syndrome: the kind word the topic's own
    name ends with, pointed to, is the topic (a kind the name lacks may be another one)."""
    k = _KIND_POINTER.match(said.strip())
    return k is not None and topic.lower().rstrip("s").endswith(k.group("k").lower().rstrip("s"))


def _glued(dc: DocContext, text: str) -> bool:
    """Whether a word of ``text`` is a run of words a lost dash left ("atherosclerosisclogging"):
    a long word the lexicon does not know."""
    return any(not dc.lexicon.lookup(w) for w in re.findall(r"[A-Za-z]{16,}", text))


def is_topic(dc: DocContext, text: str) -> bool:
    """Whether ``text`` names the page's topic whole (its name or its short name, or two of its
    forms together: "acute and chronic sinusitis")."""
    t = re.sub(r"^(?:an?|the)\s+", "", text.strip(" ,.;:"), flags=re.IGNORECASE)
    words = t.split()
    if len(words) > 3 and words[1].lower() in ("and", "or") and {
        words[0].lower(), words[2].lower()
    } <= topic_qualified.qualifiers():
        t = " ".join(words[3:])  # "acute and chronic sinusitis": both forms, the topic whole
    if page_topic.names_topic(dc, t) is not None:
        return True
    ms = dc.find(t)
    topic = (dc.main_disease or "").lower()
    return (
        len(ms) == 1 and ms[0].start == 0 and ms[0].end == len(t)
        and any(h.name.lower() == topic for h in ms[0].hits)
    )


# A first member that opens with a category of trouble and what it is in ("problems with
# nerves", "damage to the nerves"): bare members after it share that opening
_TROUBLE_OPENING = re.compile(
    r"^(?P<h>(?:[\w-]+\s+)?(?:problems?|disorders?|diseases?|damage|injur(?:y|ies)|defects?|"
    r"abnormalit(?:y|ies))\s+(?:with|of|in|to)(?:\s+the)?)\s+\S",
    re.IGNORECASE,
)


def shared_opening(dc: DocContext, members: list[str]) -> list[str]:
    """ "Problems with nerves, muscles, or interstitial cells of Cajal": the members after the
    first are what the trouble is with ("problems with muscles"), not factors alone. A member
    that is a name or a habit of its own ("damage to the liver, smoking, or obesity") keeps
    its words."""
    head = _TROUBLE_OPENING.match(members[0]) if len(members) > 1 else None
    if head is None:
        return members
    out = [members[0]]
    for m in members[1:]:
        bare = m.strip()
        own = (
            dc.lexicon.lookup(bare)
            or re.match(r"\w+ing\b", bare)
            or _TROUBLE_OPENING.match(bare)
            or len(bare.split()) > 5
        )
        out.append(bare if own else f"{head.group('h')} {bare}")
    return out
