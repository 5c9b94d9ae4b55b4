"""The cue between a drug class and the list of its members that follows it.

"TKIs such as X and Y", "Glucocorticoids (X, Y)", "Antibiotics used for Lyme disease include
X", "Other TKI agents approved for later lines of therapy include X" (a clause on using the
class's members, then the list), "Antidepressants that doctors may recommend ... include X",
"Statins used in adults include the older drugs X and Y, and the newer drugs Z" (sub-lists).
The drug_class reader (:mod:`.drug_classes`) matches these between a class mention and the
first drug after it.
"""

from __future__ import annotations

import re

from trainer.generator.extract.drug_names import CLASS, DRUG
from trainer.generator.extract.patterns import negated
from trainer.generator.lexicon import Mention

# Class first, then its members.
CLASS_TO_LIST = re.compile(
    # an abbreviation or a one-word pronunciation guide in brackets: "(TKIs)", "(seh-KWES-trants)"
    r"^\s*(?:[\(\[](?:[A-Z][A-Za-z0-9+]{1,8}s?|[a-z]+(?:-[A-Za-z]+){2,6})[\)\]]\s*)?"
    # "Antiplatelet medications, such as aspirin": a generic noun after the class name
    # "Common opioid prescription medications include": a word saying how they are sold or given
    r"(?:(?:(?:prescription|nonprescription|over-the-counter|oral|injectable|injected|inhaled|"
    r"topical|intravenous|pain)\s+)?"
    r"(?:drugs?|medicines?|medications?|agents?|hormones?|therapy|treatment)\b"
    r"(?=\s*,?\s*(?:[–—]\s*)?(?:such as|like|especially|particularly|"
    r"including|include|includes|e\.g\.|for example|called|known as|[\(\[])))?\s*(?:,\s*)?"
    r"(?:such as|like|including|include|includes|included|e\.g\.,?|for example,?|"
    r"for instance,?|(?:[–—]\s*)?(?:namely|specifically),?|especially|particularly|called|"
    r"named|known as|:|"
    r"[\(\[]\s*(?:e\.g\.,?|such as|like|"
    r"including|i\.e\.,?|for example,?|for instance,?)?|"
    # "phosphate binders—such as X or Y—": examples set off by dashes, as by brackets
    r"[–—]\s*(?:such as|including|for example,?|for instance,?|e\.g\.,?)?|"
    r",?\s*(?:(?:drugs?|medicines?|medications?|agents?)\s+(?:that\s+are\s+)?)?"
    r"(?:used|approved|available|given)\s+(?:[\w+-]+\s+){0,5}?"
    r"(?:include|includes|including|are|such as)|"
    # "a corticosteroid, usually prednisone,"
    r",\s*(?:usually|typically|often|commonly|most often|mainly|most commonly)|"
    r"\s+are\s*:"
    r")\s*:?\s*(?:the following\s*:?\s*)?$",
    re.IGNORECASE,
)
# "Other TKI agents approved for later lines of therapy in KIT-variant GISTs include X",
# "Additional TKI agents that are occasionally given include X": a clause on using the class's
# members, then the list.
CLASS_CLAUSE_LIST = re.compile(
    r"\s*(?:(?:drugs?|medicines?|medications?|agents?|therapies)\s+)?"
    r"(?:(?:that|which)\s+(?:are|were|is|have been|may be|can be)\s+)?"
    r"(?:(?:now|also|occasionally|sometimes|often|commonly|usually|currently|most often|"
    r"widely|frequently)\s+)?"
    r"(?:used|approved|available|given|prescribed|recommended)\b[^.;:!?()\[\]]{0,120}?\s"
    r"(?:may\s+|can\s+)?(?:include|includes|are)\s*:?\s*$",
    re.IGNORECASE,
)


# "used as palliative therapy", "given as supportive care": the role the class's members are
# used in, a goal of care, not another drug or class
_AS_ROLE = re.compile(r"\bas\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)
_CARE_NAME = re.compile(r"\bcare$", re.IGNORECASE)
_ROLE_PHRASE = re.compile(
    r"\bas\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:therapy|treatment|care)\b", re.IGNORECASE
)


def _role(text: str, m: Mention) -> bool:
    """Whether class mention ``m`` is a goal of care named as the role of use ("as palliative
    therapy")."""
    return bool(_CARE_NAME.search(m.name("drug_class")) and _AS_ROLE.search(text, 0, m.start))


def clause_then_list(text: str, ms: list[Mention], i: int, j: int) -> bool:
    """Whether only a clause without drug, class or negation lies between class ``i`` and the
    first listed drug ``j`` (a target or a disease named in the clause is fine, and so is a
    goal of care named as the role the drugs are used in, "used as palliative therapy")."""
    if any(
        m.is_kind(*DRUG) or (m.is_kind(*CLASS) and not _role(text, m)) for m in ms[i + 1 : j]
    ):
        return False
    return not negated(text[ms[i].end : ms[j].start])


# "Similar to SSRIs are SNRIs and include X", "Statins are one option and include X": a class
# that is its clause's subject or follows its copula, then a second verb that lists members
AND_INCLUDE = re.compile(
    r"\s*(?:[\(\[][A-Z][A-Za-z0-9+-]{1,8}s?[\)\]]\s*)?,?\s*and\s+(?:also\s+)?(?:they\s+)?"
    r"include\s*:?\s*",
    re.IGNORECASE,
)
SUBJECT_OF_AND = re.compile(
    r"(?:(?:^|[.;:]\s+)(?:(?:the|these|some|many|most|several|other)\s+)?|\b(?:are|is)\s+)$",
    re.IGNORECASE,
)


THAT_INCLUDE = re.compile(
    r"\s+(?:that|which)\s+(?:[\w'’+-]+\s+){1,12}?(?:include|includes|are)\s*:?\s*"
    # "three statins, which are X, Y and Z", "Beta blockers, which include X and Y, slow ...":
    # a relative clause on a plural class that names its members
    r"|\s*,\s*which\s+(?:include|are)\s*:?\s*"
    # "bisphosphonates, a class of drugs that includes X": an apposition that names members
    r"|\s*,\s*(?:an?\s+)?(?:class|group|family|type)\s+of\s+(?:drugs|medicines|medications)\s+"
    r"(?:that|which)\s+(?:also\s+)?includes?\s*:?\s*",
    re.IGNORECASE,
)


# Before a drug list, the kind of drugs it lists: "include the first-generation drugs X, Y".
SUBLIST_HEAD = re.compile(
    r"\s*(?:(?:the\s+)?[“\"]?[\w-]+(?:\s+[\w-]+)?[”\"]?\s+(?:drugs|agents|medicines|"
    r"medications)\s+)?",
    re.IGNORECASE,
)
SUBLIST_TAIL = re.compile(
    r"(?<=\s)(?:the\s+)?[“\"]?[\w-]+(?:\s+[\w-]+)?[”\"]?\s+(?:drugs|agents|medicines|"
    r"medications)\s+$",
    re.IGNORECASE,
)


# "Many different chemotherapy drugs are used to treat recurrent cervical cancer, including X,
# Y and Z", "Antibiotics that are given for this infection, such as X": a clause on using the
# class's members, then the list after a comma.
_USE_THEN_INCLUDING = re.compile(
    r"\s*(?:(?:drugs?|medicines?|medications?|agents?)\s+)?(?:(?:that|which)\s+)?"
    r"(?:(?:are|is|were|have been|may be|can be)\s+)?"
    r"(?:(?:now|also|sometimes|often|commonly|usually|most often)\s+)?"
    r"(?:used|approved|given|prescribed|recommended)\b(?P<clause>[^.;:!?()\[\]]{0,120}?)"
    r",\s*(?:including|such as)\s*$",
    re.IGNORECASE,
)
# A clause that brings in other drugs, whose examples the list may be: "are given with other
# medicines, including X", "are used to ease the side effects of treatment, such as X".
_OTHER_DRUGS_IN_CLAUSE = re.compile(
    r"\b(?:with|plus|other|others|drugs?|medicines?|medications?|agents?|treatments?|"
    r"therap(?:y|ies)|side effects?|combin\w*|followed|after|before|instead|than|except|"
    r"along|together)\b",
    re.IGNORECASE,
)
# "Oral antibiotics may include X", "Blood thinners can include X": the class is the subject.
_MODAL_INCLUDE = re.compile(
    r"\s*(?:(?:drugs?|medicines?|medications?|agents?)\s+)?(?:that\s+are\s+used\s+)?"
    r"(?:may|can|might|often|usually|commonly|typically)\s+(?:also\s+)?(?:include|includes)"
    r"\s*:?\s*$",
    re.IGNORECASE,
)
# Before a class that is the object of a preposition ("Side effects of antibiotics may
# include ...", "Drugs that interact with statins can include ..."): not the list's subject.
_PREP_BEFORE = re.compile(
    r"\b(?:of|with|to|by|from|than|for|about|on|after|before|against|between|versus|vs\.?)\s+"
    r"(?:(?:the|an?|these|those|some|such|other|certain)\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)


def use_then_list(text: str, ms: list[Mention], i: int, j: int, before: str) -> bool:
    """Whether the text between class ``i`` and drug ``j`` says the class's members are used
    for something and then lists them ("... are used to treat X, including"), or that the class
    "may include" them. The clause may name a disease or a target, never another drug, class
    or negation, nor drugs given beside the class's ("with other medicines"); a class that is
    the object of a preposition is not the list's subject."""
    if not clause_then_list(text, ms, i, j) or _PREP_BEFORE.search(before):
        return False
    between = text[ms[i].end : ms[j].start]
    if _MODAL_INCLUDE.fullmatch(between):
        return True
    m = _USE_THEN_INCLUDING.fullmatch(between)
    # "used as first treatment for ...": the role they are used in brings in no other drugs
    return m is not None and not _OTHER_DRUGS_IN_CLAUSE.search(
        _ROLE_PHRASE.sub(" ", m.group("clause"))
    )
