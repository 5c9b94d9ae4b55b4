"""The wordings around a class and a drug that tell how the two are joined.

An apposition that the sentence goes on from ("A BCL-2 inhibitor, venetoclax, is ..."), an
example ("One newer ... is"), the next item of a list, a preposition whose object the class is
("damaged by chemotherapy:"), a second name ("also called"): :mod:`.drug_classes` reads a class
and its members through these.
"""

from __future__ import annotations

import re

from trainer.generator.extract.drug_names import CLASS, DRUG
from trainer.generator.lexicon import Mention

# Before a class that opens a copula naming one or some of its members: "One newer ...",
# "An example of an effective ...", "Examples of ...", "Two common ...".
EXAMPLE_OF = re.compile(
    r"(?:^|[.;:]\s+|\b(?:is|are)\s+)(?:one|another|an?\s+example\s+of(?:\s+(?:an?|the))?|"
    r"examples\s+of|(?:two|three|some)\s+(?:common|commonly used|widely used|examples of))"
    r"\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
EXAMPLE_IS = re.compile(
    r"\s*(?:(?:drugs?|medicines?|medications?|agents?)\s+)?(?:(?P<is>is)|(?P<are>are))\s+",
    re.IGNORECASE,
)
# "A BCL-2 inhibitor, venetoclax, is ...": the sentence goes on with its verb after the
# apposition; "a corticosteroid, vincristine, an anthracycline" goes on with another item.
PREDICATE_AFTER = re.compile(
    r"\s*(?:\([^()]{0,40}\)\s*){0,2},\s*(?:which\s+|that\s+)?(?:also\s+|often\s+|now\s+)?"
    r"(?:is|are|was|were|has|have|had|can|may|might|will|should|must|works?|acts?|blocks?|"
    r"binds?|targets?|inhibits?|kills?|gives?|improved?|showed|led|from)\b",
    re.IGNORECASE,
)
# "the anti-HER2 antibody, trastuzumab, as adjuvant therapy", "another checkpoint inhibitor,
# pembrolizumab, for ...": after "the" or "another", a preposition after the closing comma goes
# on with the sentence, not with another list item
PREPOSITION_AFTER = re.compile(r"\s*(?:\([^()]{0,40}\)\s*){0,2},\s*(?:as|for)\b", re.IGNORECASE)
DEFINITE_BEFORE = re.compile(r"\b(?:the|another)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


ITEM_OF_LIST = re.compile(r"[\)\w],\s*(?:and\s+|or\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$")
# Between a class word and the head class it qualifies: "NSAID pain medicine",
# "anti-inflammatory (NSAID) pain medicine"
STACKED = re.compile(r"\)?[ \t]+")
ALSO_CALLED_BETWEEN = re.compile(
    r"\s*,\s*(?:also\s+)?(?:called|known as|referred to as|termed)\s+(?:the\s+)?", re.IGNORECASE
)
# Before a class that ends a lead-in as the object of a preposition ("damaged by chemotherapy:"):
# the list after the colon is not the class's members.
# "given with a corticosteroid:", "side effects of antibiotics:": the list is the partners or
# the effects, not the class's members ("types of antibiotics:" lists members)
PREP_OBJECT = re.compile(
    r"\b(?:by|after|following|than|from|(?<!treated )(?<!treatment )with|plus|besides|"
    r"(?:side\s+)?effects?\s+of|"
    r"risks?\s+of|doses?\s+of)\s+(?:(?:the|a|an)\s+)?$",
    re.IGNORECASE,
)
STARTS_LIST = re.compile(r"\s*(?:,\s*)?(?:such as|like|including|e\.g\.|\()", re.IGNORECASE)


# After a class a drug is said to be: a relative clause of use that names another, "X is an
# anthracycline that is used as a chemotherapy drug", "X is an antibody which is given as an
# immunotherapy": X is of that class too
_USED_AS = re.compile(
    r"\s*,?\s*(?:that|which)\s+(?:is|are)\s+(?:also\s+|often\s+|mainly\s+|mostly\s+)?"
    r"(?:used|given)\s+as\s+(?:an?\s+)?",
    re.IGNORECASE,
)


def used_as_class(text: str, ms: list[Mention], k: int) -> list[Mention]:
    """The class a relative clause of use after class ``ms[k]`` names ("... that is used as a
    chemotherapy drug"), when no negation or hedge stands in it."""
    if k + 1 >= len(ms) or not ms[k + 1].is_kind(*CLASS) or ms[k + 1].is_kind(*DRUG):
        return []
    return [ms[k + 1]] if _USED_AS.fullmatch(text, ms[k].end, ms[k + 1].start) else []


# "X is a corticosteroid (a type of steroid hormone)": the bracket names the broader class
_TYPE_IN_BRACKETS = re.compile(
    r"\s*[\(\[]\s*(?:which\s+is\s+|that\s+is\s+)?(?:a|an|one)\s+(?:type|kind|form|class|group)\s+of\s+"
    r"(?:the\s+)?",
    re.IGNORECASE,
)
_BRACKET_CLOSES = re.compile(r"\s*(?:drugs?|medicines?|medications?|agents?)?\s*[\)\]]", re.I)


def bracketed_broader(text: str, ms: list[Mention], k: int) -> list[Mention]:
    """The broader class a bracket right after class ``ms[k]`` says it is a type of, "a
    corticosteroid (a type of steroid hormone)": the drug placed in ``ms[k]`` is in it too."""
    if k + 1 >= len(ms) or not ms[k + 1].is_kind(*CLASS) or ms[k + 1].is_kind(*DRUG):
        return []
    nxt = ms[k + 1]
    if not _TYPE_IN_BRACKETS.fullmatch(text, ms[k].end, nxt.start):
        return []
    return [nxt] if _BRACKET_CLOSES.match(text, nxt.end) else []


# After a class name: words showing the class is not the head ("a TKI-resistant mutation").
CLASS_NOT_HEAD = re.compile(
    r"^[\s-]*(?:resistant|resistance|refractory|naive|naïve|intolerant|intolerance|based|"
    r"containing|free|induced|related|associated|treated|failure|era|trials?|backbone|"
    r"combinations?|mutations?|toxicity|toxicities|exposure|dose|doses)\b",
    re.IGNORECASE,
)
# A second name between a drug and a class: "X, also known as a TKI"
ALSO_CALLED = re.compile(
    r"^\s*(?:[\(\[][^()\[\]]{0,30}[\)\]]\s*)?,?\s*(?:(?:drugs?|medicines?|medications?|agents?)\s+)?"
    r"(?:also\s+)?(?:known as|called|referred to as|"
    r"termed|named|(?:that|which)\s+acts?\s+as)\s+(?:the\s+|an?\s+)?$",
    re.IGNORECASE,
)
# "X and other TKIs", "X or another aromatase inhibitor": X is one of the class
AND_OTHER = re.compile(
    r"^\s*(?:[\(\[][^()\[\]]{0,60}[\)\]]\s*)?,?\s*(?:and|or)\s+(?:(?:an?\s+)?(?:other|"
    r"similar|related)|another)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


def editorial_close(before: str, between: str) -> str:
    """``between`` without the bracket that closes an editor's insertion in a quotation,
    "[the aromatase inhibitor] letrozole", whose "[" opens right before the class."""
    if re.search(r"\[\s*(?:the|a|an)\s+$", before, re.IGNORECASE):
        return re.sub(r"^\s*\]", "", between)
    return between
