"""Cues the risk_factor reader uses to keep a reading out or to find a group at risk: a
lead-in that calls the listed factors unclear, a pointer to other reading, a definition of
"risk factor", a scope phrase before the subject, a hedge before a group, and the wordings
"People who have X are at greater risk for Y" and "If you have X, you're at increased risk".
"""

from __future__ import annotations

import re

from trainer.generator.extract import topic_qualified
from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.factors import UNPROVEN, clause_before
from trainer.generator.extract.page_topic import TOPIC_TAIL
from trainer.generator.extract.patterns import NEGATION

# "It is not clear whether the following affect the risk of X. - A. Taking A may increase
# the risk": the items after such a lead-in are the factors the text calls unproven
_UNCLEAR_LEAD = re.compile(r"\bthe following\b", re.IGNORECASE)


def under_unclear_lead(dc: DocContext, seg: Segment) -> bool:
    """Whether a sentence follows, in its paragraph and within a few units, a lead-in saying
    the listed factors' effect on the risk is not known."""
    main = seg.main
    for k in range(main.index - 1, max(-1, main.index - 10), -1):
        u = dc.units[k]
        if u.section != main.section or u.para != main.para or u.kind == "heading":
            return False
        if UNPROVEN.search(u.text) and _UNCLEAR_LEAD.search(u.text):
            return True
    return False


# A lead-in pointing to other reading ("See the following summaries for more information on
# risk factors:"): the items are titles, not factors
POINTER_LEAD = re.compile(
    r"\b(?:for more information|see the following|see also|to learn more|summar(?:y|ies))\b",
    re.IGNORECASE,
)
# "Risk factors are conditions or agents that increase ...": what the term means, no factor
DEFINITION = re.compile(
    r"^(?:anything|something|(?:\w+\s+){0,3}?(?:conditions?|agents?|things?|factors?|"
    r"characteristics?|traits?|habits?|behaviou?rs?|exposures?))\s+(?:that|which)\b",
    re.IGNORECASE,
)
# An opening phrase that sets the scope of the sentence before its subject ("For women who
# carry a BRCA change, exposure to radiation may further increase the risk"): not a factor
# What opens a sentence before its subject: "For people over 50, ...", and a connective that
# ties it to the one before ("Instead, they increase ...", "However, smoking ...")
INTRO_PHRASE = re.compile(
    # ("Considering that A, B increases that risk": a clause that only sets the scene)
    r"^\s*(?:(?:for|in|among)\s+[^,]{3,100}|(?:considering|given\s+that|although|though|"
    r"whereas)\s+[^,]{3,150}|instead|however|also|moreover|furthermore|"
    r"in addition|in fact|therefore|thus|likewise|similarly|conversely|still|yet|then|"
    r"over\s+time|over\s+the\s+years|eventually|in\s+time|later),\s*",
    re.IGNORECASE,
)


# A hedge before a group at risk: what "some data suggest" is research, not a fact
HEDGED_BEFORE = re.compile(
    r"\b(?:suggests?|suggested|some\s+(?:data|studies|research|evidence)|possibly|may|might)\b",
    re.IGNORECASE,
)

# "People who have asbestosis are at greater risk for lung cancer": what the group has
HOLDERS_AT_RISK = re.compile(
    r"\b(?:people|persons|individuals|children|kids|patients|adults|those|anyone|someone|women|"
    # "A child who has a parent with A is at increased risk": one person stands for the group
    r"men|(?:an?\s+)(?:person|child|woman|man|patient|adult|individual))\s+"
    # ("People who are obese are more likely to get X": a state in a word or two)
    r"(?:(?:who\s+(?:have|had|has)|with)\s+(?P<x>[^,.;]{2,60}?)|who\s+(?:are|is)\s+"
    r"(?P<x2>(?!(?:at|more|less|not|also|in|on|of|the|a|an)\b)[a-z-]{4,}(?:\s+[a-z-]{4,})?))\s+"
    r"(?:(?:are|is|may be|might be)\s+)"
    r"(?:(?:also|often|even)\s+)?(?:at\s+(?:an?\s+)?(?:(?:much|slightly)\s+)?"
    # "Anyone with A is at risk for X": a plain "at risk" states the risk as well
    r"(?:(?:increased|higher|greater|high|elevated)\s+)?risk\s+(?:for|of)\b|"
    # "A person who has A is more likely to develop X"
    r"(?:much\s+)?more\s+likely\s+to\s+(?:get|develop|have|form)\b)",
    re.IGNORECASE,
)
# "If you have bloodline relatives with X, you're at increased risk for the condition"
IF_YOU_HAVE = re.compile(
    r"\bif\s+you\s+(?:have|had)\s+(?P<x>[^,.;]{2,60}?),\s*you(?:'re|\u2019re|\s+are)\s+"
    r"(?:(?:also|often)\s+)?(?:at\s+(?:an?\s+)?(?:increased|higher|greater|high)\s+risk\s+"
    r"(?:for|of)|more\s+likely\s+to\s+(?:have|get|develop))\b",
    re.IGNORECASE,
)



_SUBSET_BEFORE = re.compile(r"\b(?:some|certain|many|most|these|those|such|other)\s*$", re.I)
_GROUP_AGAIN = re.compile(r"\b(?:men|women|people|children)\b", re.IGNORECASE)


def holder_phrases(body: str) -> list[str]:
    """What the group at risk has, in "People who have A are at greater risk for X" and "If you
    have A, you're at increased risk": not when "A" holds a clause ("relatives who have X"
    would be cut to "relatives"), nor after a hedge ("Some data suggest that people ..."), nor
    in a negated or unproven statement."""
    out: list[str] = []
    for rx in (HOLDERS_AT_RISK, IF_YOU_HAVE):
        for g in rx.finditer(body):
            # ("who are overweight": the state, "being overweight")
            said = g.group("x") or (f"being {g.group('x2')}" if g.groupdict().get("x2") else "")
            if re.search(r"\b(?:who|that|which)\b", said, re.IGNORECASE):
                continue
            if _SUBSET_BEFORE.search(body[: g.start()]) or _GROUP_AGAIN.search(said):
                # "some people who have latent TB are more likely ... than others": a subset of
                # those who have it; "men who have sex with men": the group named again
                continue
            if HEDGED_BEFORE.search(clause_before(body, g.start())):
                continue
            if not NEGATION.search(g.group(0)) and not UNPROVEN.search(g.group(0)):
                out.append(said)
    return out


# "Avoiding cancer risk factors may help prevent certain cancers. Risk factors include
# smoking": a statement about a whole class of diseases, whose factors are not those of the
# page's own disease
_GENERAL_CLASS = re.compile(
    r"\b(?:certain|some|many|most|all|other|several)\s+(?:types\s+of\s+)?(?:cancers|diseases|"
    r"tumou?rs|illnesses)\b|\b(?:cancer|disease)\s+risk\s+factors\b|"
    r"\b(?:risk|chance)\s+(?:of|for)\s+(?:getting\s+|developing\s+)?(?:cancer|disease)\b",
    re.IGNORECASE,
)


def about_disease_in_general(dc: DocContext, seg: Segment) -> bool:
    """Whether a sentence that names no disease speaks, or follows a sentence in its paragraph
    that speaks, of cancer or disease in general rather than of the page's own disease."""
    if _GENERAL_CLASS.search(seg.text):
        return True
    prev = dc.previous(seg.parts[0].unit)
    return (
        prev is not None
        and prev.kind != "heading"
        and prev.section == seg.main.section
        and prev.para == seg.parts[0].unit.para
        and bool(_GENERAL_CLASS.search(prev.text))
    )


# "ALL is slightly more common in boys and men than in girls and women"
# "It occurs more often in older men": the age word is a factor too
MORE_COMMON_IN = re.compile(
    r"(?:"
    # ("X is twice as likely to appear in men as in women", "three times as common in women")
    r"\b(?:more\s+(?:common|commonly|frequent|frequently|often|likely)|(?:twice|(?:two|three|"
    r"four|five|\d+)\s+times)\s+as\s+(?:common|likely|frequent)(?:\s+to\s+(?:appear|occur|"
    r"develop|arise))?)\s+(?:in|among)\s+(?:(?P<age>older|elderly|younger)\s+)?"
    # "It affects men more than women": the sex named first is the one more affected
    r"|\baffects?\s+(?=(?:boys|men|males|girls|women|females)\s+more\s+(?:often\s+)?than\s)"
    # "X most often affects males": the one sex named as the group it is most common in
    r"|\b(?:mainly|mostly|most\s+often|more\s+often|usually)\s+affects?\s+)"
    r"(?P<s>boys|men|males|girls|women|females)\b",
    re.IGNORECASE,
)


# "Men are more likely than women to have the condition"
SEX_MORE_LIKELY = re.compile(
    # "Women are two to three times more likely than men to develop X": a factor may come first
    r"\b(?P<s>boys|men|males|girls|women|females)\s+(?:are|were)\s+(?:[\w-]+\s+){0,4}?more\s+"
    r"likely\s+"
    r"than\s+\w+\s+to\s+(?:have|get|develop|be diagnosed with)\b"
    # "Men have a greater risk of getting X than women": the other sex named after "than"
    r"|\b(?P<s2>boys|men|males|girls|women|females)\s+(?:have|has|are\s+at)\s+an?\s+(?:much\s+|"
    r"slightly\s+)?(?:greater|higher|increased)\s+risk\s+(?:of|for)\s+[^.;]{2,60}?\s+than\s+"
    r"(?:boys|men|males|girls|women|females)\b"
    # "More women than men get rheumatoid arthritis": the sex named first is the one more affected
    r"|\bmore\s+(?P<s3>boys|men|males|girls|women|females)\s+than\s+(?:boys|men|males|girls|"
    r"women|females)\s+(?:get|have|develop|are\s+affected\s+by|are\s+diagnosed\s+with)\b",
    re.IGNORECASE,
)
# "The risk of AF increases as you age", "Your risk goes up with age"
RISK_RISES_WITH_AGE = re.compile(
    r"\brisk\s+(?:(?:of|for)\s+[^.;]{1,40}?\s+)?(?:increases|goes up|rises|grows)\s+"
    r"(?:(?:steadily|sharply)\s+)?(?:as\s+(?:you|people|a person|we|one)\s+(?:age|ages|get older|"
    r"gets older|grow older|grows older)|with\s+(?:age|aging|ageing|increasing age))\b",
    re.IGNORECASE,
)


# "causes of (a) chronic cough are": the condition whose causes a list names
CAUSES_OF = re.compile(
    r"\bcauses\s+of\s+(?:an?\s+|the\s+)?(?P<x>[^:.;]{1,60}?)\s+(?:(?:may|can|might|often)\s+)?"
    r"(?:include|includes|are|:)",
    re.IGNORECASE,
)


# "Arthritis ... This symptom is more common in men than women": a demonstrative that names a
# sign or a complication makes it the sentence's subject, not the page's disease
_SYMPTOM_ANAPHOR = re.compile(
    r"\b(?:this|that|these|those|such)\s+(?:symptoms?|signs?|complications?|rash(?:es)?|"
    r"problems?)\b",
    re.IGNORECASE,
)
# "Researchers believe that X occurs if:": a lead-in that offers the items as a belief (or as
# what only seems to hold)
_HEDGED_LEAD = re.compile(
    r"\b(?:researchers|scientists|experts|doctors)\s+(?:\w+\s+)?(?:believe|think|suspect|"
    r"theorize|propose)\b|\btheor(?:y|ies)\b|"
    # "X appears to be more common in people who:": a likelihood, not a finding
    r"\b(?:appears?|seems?)\s+to\s+(?:be|affect|occur)\b",
    re.IGNORECASE,
)


def about_a_symptom(clause: str) -> bool:
    """Whether the clause before a cue speaks of a sign or complication ("This symptom is")."""
    return _SYMPTOM_ANAPHOR.search(clause) is not None


def hedged_lead(text: str) -> bool:
    """Whether a lead-in offers its items as a belief ("Researchers believe X occurs if:");
    a cheap word test spares the pattern on most lead-ins."""
    low = text.lower()
    if not any(w in low for w in ("believe", "think", "suspect", "theor", "propose", "appear",
                                  "seem")):
        return False
    return _HEDGED_LEAD.search(text) is not None


# A lead-in that opens a list of risk factors ("Risk Factors", "Things that increase the risk
# of X include:", "Your chances of X are higher if you")
RISK_LEAD = re.compile(
    r"\brisk factors?\b|\b(?:increase|raise|elevate|heighten)s?\s+(?:the|your|a person's|one's|"
    r"a child's)?\s*(?:risk|chance|likelihood|probability|odds)\b|"
    r"\bat (?:high|higher|increased|greater) risk\b|\bat risk (?:for|of)\b|"
    r"\b(?:factors|things|conditions)\s+that\s+(?:can\s+|may\s+|might\s+)?contribute\s+to\b|"
    r"\b(?:factors|things|conditions)\s+that\s+(?:can\s+|may\s+)?affects?\s+(?:the|your|a\s+"
    r"persons?'?s?|one's)\s+risk\b|"
    # "AF is more common in people who have:"
    # ("X is more likely to occur in people who:")
    r"\bmore (?:common|frequent|likely)\s+(?:to\s+(?:occur|happen|develop)\s+)?(?:in|among)\s+"
    r"(?:people|persons|those|patients|children|adults|men|women)\s+(?:who(?:\s+(?:have|had))?"
    r"|with)\b|"
    r"\bwho (?:is|are) at risk\b|\brisks? (?:and|&) causes\b|"
    r"\b(?:risks?|chances?|likelihood)\s+(?:of\s+[^:]{1,40}?\s+)?(?:is|are|may be|can be)\s+"
    r"(?:\w+\s+)?(?:higher|increased|greater|raised)\b|\bmore likely to (?:get|develop|have)\b|"
    # "those more likely to are people who": the verb left out before the list
    r"\bmore likely to\s+(?:(?:are|be)\s+)?(?:people|persons|those|children|adults)\b",
    re.IGNORECASE,
)


# "Obesity does not increase the risk", "X cannot lead to Y": the verb itself is negated (a
# factor that opens with "Not getting enough vitamin D" is not, so only the words right before
# the verb count)
NEGATED_BEFORE = re.compile(
    r"(?:\bnot|n't|\bnever|\bcannot|\bno longer)(?:\s+(?:\w+ly|also|even))?\s*$", re.IGNORECASE
)


# a condition's name used as a modifier of its troubles ("diabetes problems", "diabetes-related
# complications"): the risk is of those, not of the condition
ITS_TROUBLES = re.compile(
    r"(?:-related|-associated)?\s*(?:problems?|complications?|issues?|troubles?|emergenc(?:y|ies)|"
    r"outcomes?|events?)\b",
    re.IGNORECASE,
)


# "Examples of lung infections that can lead to X include:", "Conditions that may cause X
# are:": a lead-in whose members cause the condition it names
_CAUSE_LEAD = re.compile(
    r"\b(?:that|which)\s+(?:(?:can|may|often|also|commonly|usually)\s+)*(?:lead\s+to|cause|"
    r"result\s+in|trigger)\s+(?P<x>[^:;.]{2,60}?)\s+(?:include|includes|are)\s*(?:the\s+"
    r"following\s*)?:?\s*$",
    re.IGNORECASE,
)
# "Common causes of acute perineal injury include:": the causes named as such, before a list
_CAUSES_OF_LEAD = re.compile(
    r"\bcauses\s+of\s+(?P<x>[^:;.]{2,60}?)\s+(?:(?:may|can|often)\s+)?(?:include|includes|are)"
    r"\s*(?:the\s+following\s*)?:?\s*$",
    re.IGNORECASE,
)


def leads_to_topic(text: str, topic: str | None) -> bool:
    """Whether a lead-in says its members lead to the page's topic ("Examples of infections
    that can lead to bronchiectasis include:", "Common causes of X include:"); a lead-in
    naming another condition, or one that is negated or doubted, does not."""
    m = _CAUSE_LEAD.search(text.strip()) or _CAUSES_OF_LEAD.search(text.strip())
    if m is None or topic is None or NEGATION.search(text) or hedged_lead(text):
        return False
    said = re.sub(r"^(?:the\s+|a\s+|an\s+)", "", m.group("x").strip().lower())
    said = TOPIC_TAIL.sub("", said)  # "acute perineal injury in males": who has it, no name
    return topic_qualified.starts_with_topic(said, topic) and len(said) <= len(topic) + 12


# "drug-induced", "STD-related": a form of a condition named by its cause
CAUSED_FORM = re.compile(r"\w-(?:induced|related|associated|caused)\s*$", re.IGNORECASE)
# "(The risk factors for X are) unknown": none are named
UNKNOWN = re.compile(
    # ("The causes of X aren't always clear": the "are" read as the list's verb)
    r"\s*(?:still\s+)?(?:unknown|(?:not|n['’]t)\s+(?:yet\s+|well\s+|always\s+|fully\s+)?"
    r"(?:known|clear|understood)|unclear)\b",
    re.IGNORECASE,
)
