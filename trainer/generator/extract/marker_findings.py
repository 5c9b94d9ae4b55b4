"""Objects of marker facts that state no finding: a schedule, a bare category, a clause cut
short, another procedure's name, words left over from cut markup, or only a restatement of
the test's own name ("a platelet count measures the number of platelets").
"""

from __future__ import annotations

import re

from trainer.generator.extract.context import DocContext
from trainer.generator.extract.marker_objects import is_examination

# An object that states no finding: a schedule ("every 1 to 2 years", "for at least 3 years"),
# a bare category ("diagnosis of conditions", "diseases that may be preventable"), a verb
# coordination cut in two ("confirmation of or rule out ..."), an adverb left of a passive
# ("regularly to see"), a question's tail ("a mutation or not").
NO_FINDING = re.compile(
    r"\bevery\s+(?:\d|other|few|year|month|week|day)|^(?:for\s+)?(?:at least|up to|about)\s+\d"
    r"|^\d+(?:\s+(?:to|or)\s+\d+)?\s+(?:years?|months?|weeks?|days?)\b"
    r"|^(?:\w+\s+of\s+)?(?:other\s+|many\s+|some\s+|certain\s+)?(?:diseases?|conditions?|"
    r"disorders?|illness(?:es)?|problems?|health problems?)"
    # "conditions related to PV": a category named by its kin, no one finding
    r"(?:\s+(?:that|which)\b.*|\s+(?:related|linked|associated)\s+(?:to|with)\b.*)?$"
    # "(many) parts of the blood": what the test looks at, not what it finds
    r"|^(?:(?:many|several|various|different|all|the)\s+)?(?:parts|components)\s+of\b"
    r"|^(?:\w+\s+of\s+)?(?:or|and|but)\s|^(?:\w+\s+of\s+)?\w+ly\s+to\s|\bor not$"
    # "(detection of) its cause": a possessive whose owner the card would not name
    r"|^(?:\w+\s+of\s+)?(?:its|their|his|her)\s"
    # "assessment of for": a preposition with its object cut off
    r"|(?:^|\s)(?:of|for|to|in|on|with|from|by|at|than|and|or)$"
    # "(detection of the) cause of symptoms", "signs of disease": what any test looks for
    r"|^(?:\w+\s+of\s+)?(?:the\s+)?(?:causes?\s+of\s+(?:the\s+|your\s+)?symptoms?|"
    r"signs?\s+of\s+(?:the\s+)?disease)$"
    # what a test shows of any body ("the size and shape of the heart", "the heart's
    # electrical activity", "how well the urinary tract is working"): no finding of a condition
    r"|^(?:(?:detection|assessment)\s+of\s+)?(?:the\s+)?(?:size|shape|size\s+and\s+shape|"
    r"structure)\s+of\b|^(?:the\s+)?[\w-]+'s\s+electrical\s+activity$"
    r"|^how\s+well\s+(?:the\s+|your\s+)?[\w\s-]{2,40}?\s+(?:is|are)\s+working$",
    re.IGNORECASE,
)
# A copula inside an object that is not a "whether"/"if"/"how" question: a clause cut short
CLAUSE_OBJECT = re.compile(r"^(?!(?:whether|if|how|what|which)\b).*\b(?:is|are|was|were)\b", re.I)
def not_a_finding(dc: DocContext, obj: str) -> bool:
    """Whether an object is no finding: a procedure's name ("used for core-needle biopsies":
    one procedure serves another), a verb of use left in it ("often used for ..."), or an
    unbalanced bracket or quote (markup cut through)."""
    if re.search(r"\bused\s+(?:for|to|in)\b|[\"“”]", obj) or obj.count("(") != obj.count(")"):
        return True
    if re.search(r"\s(?:of|in|for|on|to|with|from)\s", obj):
        return False  # "signs of cancer in a biopsy": the finding, where it is sought
    # a noun phrase headed by a procedure's name ("fine-needle aspiration biopsies"); a
    # result a procedure's name shares a word with ("T-cell immunophenotype", "kidney
    # function") is a finding
    head = obj.split()[-1].lower() if obj.split() else ""
    if not re.match(r"(?:biops|scan|test|exam|x-ray|procedure)", head):
        return False
    return any(is_examination(m) for m in dc.find(obj) if m.end >= len(obj) - 1)


# "(assessment of) the number / amount / level of X": what a test's name already says
_QUANTITY_OF = re.compile(
    r"^(?:assessment of\s+)?(?:the\s+)?(?:number|amount|level|levels|quantity|concentration)\s+"
    r"of\s+(?P<x>.+)$",
    re.IGNORECASE,
)
_GENERIC_WORDS = frozenset({"blood", "serum", "plasma", "urine", "test", "level", "count", "cell"})


def restates(test: str, obj: str) -> bool:
    """Whether an object only restates the test's name: the quantity of something the name
    holds ("platelet count" -> "number of platelets in the blood"); such a card teaches
    nothing the question does not already say."""
    q = _QUANTITY_OF.match(obj.strip())
    if q is None:
        return False

    def words(text: str) -> set[str]:
        return {w.lower().rstrip("s") for w in re.findall(r"[A-Za-z0-9]+", text)} - _GENERIC_WORDS

    # "the amount of salt in sweat" says more than the sweat test's name; "the number of
    # platelets in the blood" does not: the quantity's own noun, before its preposition
    head = re.split(r"\s(?:in|on|of|from|at|within|inside|released|made)\s", f" {q.group('x')} ")[0]
    return bool(words(test) & words(head))


def own_change(marker: str, obj: str) -> bool:
    """Whether an object is only a change of the marker itself: "RB1" -> "a change in the RB1
    gene" (of "RB1 gene test: a test for a change in the RB1 gene"); the card would ask what a
    gene shows and answer with the gene. So is the gene itself, alone or among others tested
    with it: "SMARCA4" -> "the SMARCB1 and SMARCA4 genes" (of "SMARCB1 and SMARCA4 gene
    testing: a test for the SMARCB1 and SMARCA4 genes")."""
    name = re.escape(marker)
    joint = r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
    if re.fullmatch(
        rf"(?:the\s+)?(?:[\w-]+{joint})*{name}(?:{joint}[\w-]+)*(?:\s+genes?)?",
        obj.strip(),
        re.IGNORECASE,
    ):
        return True
    return bool(re.match(
        r"^(?:an?\s+|the\s+|any\s+)?(?:changes?|mutations?|variants?|alterations?|"
        r"abnormalit(?:y|ies)|defects?)\s+(?:in|of|on|to)\s+(?:the\s+|an?\s+)?"
        rf"{re.escape(marker)}(?:\s+genes?)?$",
        obj.strip(),
        re.IGNORECASE,
    ))


# The head of a phrase that names people, not a finding: "children who ...", "your doctor".
# People named by a condition or a risk ("patients at high risk of relapse", "people with
# diabetes") are a group the test picks out, which is a finding.
_PERSON_HEAD = re.compile(
    r"^(?:(?:the|your|some|many|most|all|other|older|younger|young)\s+)*(?:patients?|people|"
    r"persons?|children|child|adults?|women|men|babies|infants|doctors?|family members|"
    r"relatives)(?:\s+(?:who|whose|from|of|that|taking|receiving)\b.*)?$",
    re.IGNORECASE,
)
# A time, not a finding: "at diagnosis", "after treatment", "before surgery", "over time"
_TIME_ONLY = re.compile(
    r"^(?:(?:at|after|before|during|over|within|by)\s+(?:the\s+)?(?:time|diagnosis|treatment|"
    r"surgery|birth|night|first|the end\b.*|(?:\w+\s+)?(?:years?|months?|weeks?|days?|hours?))"
    r"|(?:each|every|once a|twice a)\s+\w+|(?:today|daily|weekly|monthly|yearly|annually|later))$",
    re.IGNORECASE,
)
_DETERMINER = re.compile(r"^(?:(?:the|a|an|your|their|its|some|certain|other)\s+)+", re.I)


def wrong_type(dc: DocContext, obj: str) -> bool:
    """Whether an object is of a type no test shows: people ("children who ..."), a time ("after
    treatment"), or a drug or drug class named alone ("rituximab": what a test may guide is
    the choice of it, which the sentence would have to say)."""
    if _PERSON_HEAD.match(obj) or _TIME_ONLY.match(obj):
        return True
    bare = _DETERMINER.sub("", obj).strip()
    found = dc.find(bare)
    return len(found) == 1 and found[0].start == 0 and found[0].end >= len(bare) - 1 and (
        found[0].is_kind("drug", "drug_class") and not found[0].is_kind("marker", "condition")
    )
