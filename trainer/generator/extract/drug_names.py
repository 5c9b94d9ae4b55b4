"""What the drug_class and drug_target readers share: the kinds of name they read, and the
drug a sentence is about when it names it only by a pronoun.

* ``DRUG``, ``CLASS``, ``TARGET``: the lexicon kinds of a drug, a drug class and a target;
* ``BAD_MODS``: words that, between a drug and a class name or a targeting modifier ("X is not
  a ...", "X, given with a ..."), show the name is not said of the drug;
* :func:`resolve_copular_pronoun`: "X is not a targeted therapy. It is a vinca alkaloid ..."
  reads "It" as X;
* :func:`class_name`: the class a class mention names ("second- and third-generation TKIs"
  is "TKI");
* :func:`antecedent`: the drug(s) "it", "they" or "these ..." refers to, opening this or the
  previous sentence;
* :func:`members_from`, :func:`members_ending_at`: the drugs of a list, without a drug given
  in combination with them ("X and Y in combination with Z" lists X and Y), without brand
  names in brackets, and across an aside ("X, which is given by injection, and Y");
* :func:`sublists`: a list that goes on in sub-lists ("the older drugs X and Y, and the
  newer drugs Z");
* :func:`closed_apposition`: "X, a Y," set off by commas or brackets, whose own words do
  not hedge (a hedge elsewhere in the sentence does not reach it);
* :func:`outside_brand`: a brand name known only from the outside name source, whose generic
  may be the wrong product; ``MODALITY``: class names that say how a drug is used.
"""

from __future__ import annotations

import re
from dataclasses import replace

from trainer.domain import Relation
from trainer.generator.extract.context import DocContext, Segment, hedge_factor
from trainer.generator.extract.patterns import group_ending_at, group_from, in_parens, index_of
from trainer.generator.facts import ExtractedFact
from trainer.generator.lexicon import Mention
from trainer.generator.namepatterns import name_patterns
from trainer.generator.text import Unit

DRUG = ("drug",)
CLASS = ("drug_class",)
TARGET = ("target",)
_ACRONYM_INSIDE = re.compile(r"\(([A-Z][A-Z0-9-]{1,7})\)\s*([A-Za-z-]+)$")
_SUSPENDED_HYPHEN = re.compile(r"\b\w+-\s*(?:,|and|or)\s*(?:\w+-\s*(?:,|and|or)\s*)*$")
# Treatment modalities, named like classes but saying how a drug is used rather than what it
# is: a regimen's drug list under "these medicines" or "and other ..." names no class.
MODALITY = re.compile(r"therap|chemotherapy|treatment|transplant|radiation|surgery", re.I)
BAD_MODS = re.compile(
    r"\b(?:not|no|never|used|given|with|without|for|after|before|than|to|like|unlike|instead|"
    r"alternative|replacement|combined|combination|plus|and|or|which|that|who|when|if|in|on|by|"
    r"from|other|resistant|refractory|intolerant|failure|compared|versus|vs)\b",
    re.IGNORECASE,
)


# Between two drugs: the second is given with the first, not listed beside it ("niraparib in
# combination with abiraterone", "X plus Y"): a class or target said of one is not said of both.
_COMBINED = re.compile(
    r"\b(?:with|plus|combined|combination|along|together|followed|then|versus|vs|added|"
    r"alongside)\b|\+",
    re.IGNORECASE,
)
_BRACKETS = re.compile(r"[\(\[][^()\[\]]*[\)\]]")


def combined_with(text: str, a: Mention, b: Mention) -> bool:
    """Whether drug ``b`` is joined to the earlier drug ``a`` as a combination partner."""
    return bool(_COMBINED.search(_BRACKETS.sub(" ", text[a.end : b.start])))


def members_from(text: str, ms: list[Mention], i: int, end: int | None = None) -> list[Mention]:
    """The drugs listed from mention ``i`` on, up to the first combination partner:
    "TKIs such as X and Y with Z" -> X, Y."""
    kept = _without_bracketed_brands(text, ms, i)
    group = group_from(text, kept, index_of(kept, ms[i]), DRUG, end)
    for k in range(1, len(group)):
        if combined_with(text, group[k - 1], group[k]):
            return group[:k]
    # "X (Brand), which is given by injection, and Y": the list goes on after the aside
    last = group[-1]
    nxt = next((m for m in kept if m.start >= last.end), None)
    if (
        nxt is not None
        and nxt.is_kind(*DRUG)
        and _ASIDE_THEN_AND.fullmatch(text, last.end, nxt.start)
    ):
        return group + members_from(
            text,
            kept,
            index_of(kept, nxt),
            None if end is None else max(end, _clause_end(text, nxt.start)),
        )
    return group


_ASIDE_THEN_AND = re.compile(
    r"\s*(?:[\(\[][^()\[\]]{0,60}[\)\]]\s*)?,\s*(?:which|who)\s+[^,;.()]{1,60},\s*(?:and|or)\s+",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[;.!?](?:\s|$)|\b(?:which|who|but|although|because)\b", re.IGNORECASE)


def _clause_end(text: str, start: int) -> int:
    m = _CLAUSE_END.search(text, start)
    return m.start() if m else len(text)


_OPEN_BRACKET = re.compile(r"\s*[\(\[][^()\[\]]*$")


def _without_bracketed_brands(text: str, ms: list[Mention], i: int) -> list[Mention]:
    """``ms`` from mention ``i`` on without the brand names bracketed after a drug:
    "leuprolide (Lupron, Eligard), goserelin (Zoladex), and triptorelin" lists three drugs."""
    out = ms[: i + 1]
    for m in ms[i + 1 :]:
        prev = out[-1]
        if (
            m.is_kind(*DRUG)
            and prev.is_kind(*DRUG)
            and m.start >= prev.end
            and _OPEN_BRACKET.match(text, prev.end, m.start)
            and in_parens(text, m)
        ):
            continue
        out.append(m)
    return out


def members_ending_at(text: str, ms: list[Mention], i: int) -> list[Mention]:
    """The drugs listed up to mention ``i``, back to the last combination partner:
    "X with Y and Z are TKIs" -> Y, Z is not read; only what follows the "with" is kept."""
    view = _salts_blanked(text, ms[: i + 1])
    # "oxybutynin (Ditropan), tolterodine (Detrol) and X": a brand in brackets after its
    # generic is the same drug again, not a list member that breaks the list
    kept = [m for k, m in enumerate(ms[:i])
            if not (k and ms[k - 1].is_kind(*DRUG) and _bracketed(view, m))] + [ms[i]]
    group = group_ending_at(view, kept, len(kept) - 1, DRUG)
    for k in range(len(group) - 1, 0, -1):
        if combined_with(text, group[k - 1], group[k]):
            return group[k:]
    return group


def _salts_blanked(text: str, ms: list[Mention]) -> str:
    """``text`` with the salt word after each drug blanked, offsets kept: "oxybutynin chloride
    (Brand), tolterodine and X" lists its drugs as "oxybutynin (Brand), tolterodine and X"."""
    out = text
    for d in ms:
        if d.is_kind(*DRUG) and (end := salt_end(text, d, len(text))) > d.end:
            out = out[: d.end] + " " * (end - d.end) + out[end:]
    return out


def _bracketed(text: str, m: Mention) -> bool:
    """Whether mention ``m`` stands alone in brackets: "(Ditropan)"."""
    return text[: m.start].rstrip().endswith("(") and text[m.end :].lstrip().startswith(")")


def outside_brand(dc: DocContext, m: Mention) -> bool:
    """Whether a drug mention is a brand name known only from the outside name source.

    Such brands often cover several products ("Maalox" is sold as an antacid and as an
    antidiarrheal), so the one generic the source gives may not be the drug the text means:
    no class or target is said of it.
    """
    hit = m.hit("drug")
    if hit is None or hit.variant != "alias" or dc.lexicon.entry("drug", hit.name) is not None:
        return False
    # "sunitinib malate": the generic with its salt is the generic itself, not a brand
    surface = m.surface.lower()
    rest = surface[len(hit.name) :].strip(" -")
    if surface.startswith(hit.name.lower()) and _is_salt(rest):
        return False
    # "trastuzumab emtansine" for "ado-trastuzumab emtansine": the generic less a prefix the
    # regulator added is the same drug, no brand
    return not hit.name.lower().endswith(f"-{surface}")


# What is left of a heading once its drug names and bracketed brands are taken out: "and",
# commas, slashes, a numbering stop
_HEADING_GLUE = re.compile(
    r"[\s,;:/&.()\[\]-]*(?:(?:and|or)\b[\s,;:/&.()\[\]-]*)*", re.IGNORECASE
)


def referent_unit(dc: DocContext, unit: Unit) -> Unit | None:
    """The unit a pronoun opening ``unit`` may stand for the drugs of: the sentence before in
    the same paragraph, or, for the first sentence under a heading that is only drug names
    ("Ruxolitinib (Brand)", "Lisinopril and ramipril"), that heading."""
    prev = dc.previous(unit)
    if prev is not None or unit.index == 0:
        return prev
    heading = dc.units[unit.index - 1]
    if heading.kind != "heading" or unit.section != heading.index:
        return None
    return heading if only_drugs(dc, heading) else None


def only_drugs(dc: DocContext, unit: Unit) -> list[Mention]:
    """The drugs a unit names when it names nothing else ("Ruxolitinib (Brand)", "Lisinopril
    and ramipril"): a heading that is a drug's own section; else none."""
    ms = dc.mentions(unit)
    if not ms or not all(m.is_kind(*DRUG) and not m.is_kind(*CLASS) for m in ms):
        return []
    rest, at = [], 0
    for m in ms:
        rest.append(unit.text[at : m.start])
        at = m.end
    rest.append(unit.text[at:])
    leftover = re.sub(r"\([^()]*\)", " ", " ".join(rest))
    return ms if _HEADING_GLUE.fullmatch(leftover) else []


_COPULAR_PRONOUN = re.compile(
    r"^\s*(?P<p>it|this (?:drug|agent|medicine|medication)|the (?:drug|agent|medicine|medication))"
    r"\s+(?:is|was|belongs\s+to)\s+",
    re.IGNORECASE,
)


def resolve_copular_pronoun(dc: DocContext, seg: Segment) -> Segment | None:
    """ "X is not a targeted therapy. It is a vinca alkaloid ...": read "It" as X.

    Only a sentence that opens with the pronoun and a copula, after a sentence that opens with
    exactly one drug (and names no other), is read this way; the pronoun becomes a mention of
    that drug, so the ordinary class and target patterns apply.
    """
    m = _COPULAR_PRONOUN.match(seg.body)
    if m is None or seg.lead is not None:
        return None
    prev = referent_unit(dc, seg.main)
    if prev is None:
        return None
    pms = dc.mentions(prev)
    drugs = [x for x in pms if x.is_kind(*DRUG)]
    if not drugs or drugs[0].start >= 30 or len({x.name("drug") for x in drugs}) != 1:
        return None
    if outside_brand(dc, drugs[0]):
        return None  # a brand known only from the outside source: no class said of it
    start, end = seg.body_start + m.start("p"), seg.body_start + m.end("p")
    hit = drugs[0].hit("drug")
    if hit is not None and hit.variant == "alias":
        hit = replace(hit, variant="name")  # "it" is no brand: the antecedent was checked above
    pron = Mention(start, end, seg.text[start:end], (hit,))  # type: ignore[arg-type]
    return replace(seg, mentions=sorted([pron, *seg.mentions], key=lambda x: x.start))


# "They are", "These medicines are", "Both drugs are": the drugs of the previous sentence
_PLURAL_PRONOUN = re.compile(
    r"^\s*(?P<p>they|these\s+(?:two\s+|three\s+)?(?:drugs|agents|medicines|medications)|"
    r"both(?:\s+(?:drugs|agents|medicines|medications))?)\s+(?:are|were|belong\s+to)\s+",
    re.IGNORECASE,
)


def resolve_plural_pronoun(
    dc: DocContext, seg: Segment
) -> tuple[Segment, list[Mention], int] | None:
    """ "X and Y are approved for children. They are TKIs.": read "They" as X, and return
    the whole list (X, Y), so that what is said of X is said of each, with the first line that
    names them.

    As for "It", only a sentence that opens with the pronoun and a copula counts, after a
    sentence that opens with a list of two or more drugs and names no other drug, or after a
    list whose items are each one drug (:func:`listed_before`).
    """
    m = _PLURAL_PRONOUN.match(seg.body)
    if m is None or seg.lead is not None:
        return None
    prev = referent_unit(dc, seg.main)
    pms = dc.mentions(prev) if prev is not None else []
    first = next((i for i, x in enumerate(pms) if x.is_kind(*DRUG)), None)
    if prev is None or first is None:
        group, first_line = listed_before(dc, seg.main)  # "- X\n- Y\n\nThey are TKIs."
        names = {x.name("drug") for x in group}
        if len(names) < 2:
            return None
    else:
        first_line = prev.first
        if pms[first].start >= 30:
            return None
        group = group_from(prev.text, pms, first, DRUG)
        names = {x.name("drug") for x in group}
        if len(names) < 2 or {x.name("drug") for x in pms if x.is_kind(*DRUG)} != names:
            return None
    count = re.search(r"\b(both|two|three)\b", m.group("p"), re.IGNORECASE)
    if count is not None and len(names) != (3 if count.group(1).lower() == "three" else 2):
        return None  # "X, Y and Z are used. Both are ...": which two?
    if any(outside_brand(dc, x) for x in group):
        return None  # a brand known only from the outside source: no class said of it
    start, end = seg.body_start + m.start("p"), seg.body_start + m.end("p")
    hit = group[0].hit("drug")
    if hit is not None and hit.variant == "alias":
        hit = replace(hit, variant="name")
    pron = Mention(start, end, seg.text[start:end], (hit,))  # type: ignore[arg-type]
    resolved = replace(seg, mentions=sorted([pron, *seg.mentions], key=lambda x: x.start))
    return resolved, group, first_line


# A sentence between a list and "They ...", itself about the listed drugs: "These drugs work
# in more than one way."
_THESE_OPENING = re.compile(
    r"\s*(?:they|these\s+(?:drugs|medicines|medications|agents|treatments))\b", re.IGNORECASE
)


def listed_before(dc: DocContext, unit: Unit) -> tuple[list[Mention], int]:
    """The drugs of the list just before the sentence ``unit`` (one sentence that opens with
    "These drugs" or "They" may come between): the drug that opens each item, when every item
    is one drug's name; and the list's first line."""
    k = unit.index - 1
    if unit.kind != "sentence" or k < 0:
        return [], unit.first
    between = dc.units[k]
    if (
        between.kind == "sentence"
        and between.para == unit.para
        and _THESE_OPENING.match(between.text)
        and not any(m.is_kind(*DRUG) for m in dc.mentions(between))
    ):
        k -= 1
    if k < 0 or dc.units[k].kind != "item" or dc.units[k].lead is None:
        return [], unit.first
    lead, drugs, first = dc.units[k].lead, [], unit.first
    while k >= 0 and dc.units[k].kind == "item" and dc.units[k].lead == lead:
        item = dc.units[k]
        k -= 1
        if not item.item_start:
            continue
        found = [m for m in dc.mentions(item) if m.is_kind(*DRUG)]
        if not found or found[0].start > 3 or len({m.name("drug") for m in found}) != 1:
            return [], unit.first  # an item that is not one drug's name: no list of drugs
        drugs.append(found[0])
        first = item.first
    return drugs[::-1], first


def antecedent(dc: DocContext, seg: Segment, pos: int) -> tuple[list[Mention], Unit | None]:
    """What "it"/"they" at ``pos`` refers to: the drug(s) opening this or the previous sentence.

    "X does not target CD19; it is directed against CD22" -> X (same sentence);
    "X and Y are TKIs. They block BCR-ABL1." -> X, Y (the list opening the previous sentence).
    """
    own = [m for m in seg.mentions if m.end <= pos and m.is_kind(*DRUG) and seg.in_body(m)]
    if own:
        first = own[0]
        if first.start - seg.body_start < 30:
            group = group_from(seg.text, seg.mentions, index_of(seg.mentions, first), DRUG)
            return group, None
        return [], None
    prev = referent_unit(dc, seg.main)
    if prev is None:
        return [], None
    pms = dc.mentions(prev)
    first_i = next((i for i, m in enumerate(pms) if m.is_kind(*DRUG)), None)
    if first_i is None or pms[first_i].start >= 30:
        return [], None
    group = group_from(prev.text, pms, first_i, DRUG)
    others = {m.name("drug") for m in pms if m.is_kind(*DRUG)} - {m.name("drug") for m in group}
    return (group, prev) if not others else ([], None)


# How a drug is given, written before a class the lexicon knows: "topical beta-blocker".
_ROUTE = re.compile(
    r"(?:topical|oral|inhaled|intravenous|injectable|injected|subcutaneous|intramuscular|"
    r"transdermal)\s+",
    re.IGNORECASE,
)


def class_name(dc: DocContext, text: str, cls: Mention) -> str:
    """The class a mention names; "second- and third-generation TKIs" is just "TKI", and
    "topical beta-blocker" (a class name made from its words) is a "beta-blocker": the route a
    drug is given by is not its class."""
    name = cls.name("drug_class")
    hit = cls.hit("drug_class")
    route = _ROUTE.match(name)
    if hit is not None and hit.variant == "shape" and route is not None:
        head = dc.lexicon.canonical(name[route.end() :], "drug_class")
        if head:
            return head
    acr = _ACRONYM_INSIDE.search(cls.surface)
    if acr is not None and not _spelled_out(cls.surface[: acr.start()], acr.group(1)):
        # "jak kinase (JAK) inhibitors" read as "kinase inhibitor": the acronym names the
        # class the words before it do not spell out
        named = dc.lexicon.canonical(f"{acr.group(1)} {acr.group(2)}", "drug_class")
        if named:
            return named
    if _SUSPENDED_HYPHEN.search(text[max(0, cls.start - 40) : cls.start]):
        words = name.split()
        for k in range(1, len(words)):
            head = dc.lexicon.canonical(" ".join(words[k:]), "drug_class")
            if head:
                return head
    return name


def _spelled_out(words: str, acronym: str) -> bool:
    """Whether the words end with those the acronym's letters stand for ("angiotensin-
    converting enzyme" for ACE)."""
    parts = re.split(r"[\s-]+", words.strip())
    tail = parts[-len(acronym) :] if len(parts) >= len(acronym) else []
    return "".join(p[:1] for p in tail).upper() == acronym.upper()


_SALT_WORD = re.compile(r"[\s-]+(?P<w>[a-z]+(?:-[a-z]+)?)", re.IGNORECASE)


def salt_end(text: str, d: Mention, limit: int) -> int:
    """Where a drug's name ends once the salt written after it is counted in:
    "lenvatinib mesylate is a ..." and "cabozantinib-s-malate is a ..." name the drug itself, so
    the words after the salt are read as if they followed the drug (a biologic's suffix,
    "tarlatamab-dlle", is already part of its mention: :class:`.DocContext`). Never past
    ``limit`` (the next name found), so a salt word that opens another name stays that
    name's."""
    end = d.end
    while (m := _SALT_WORD.match(text, end)) is not None and m.end() <= limit:
        if not _is_salt(m.group("w")):
            break
        end = m.end()  # "lazertinib mesylate hydrate": a salt and its water, one name
    return end


def _is_salt(word: str) -> bool:
    """ "mesylate", "s-malate": a salt word of ``name_patterns.yaml``."""
    salts = name_patterns().salt_words
    word = word.lower()
    return word in salts or (word.startswith("s-") and word[2:] in salts)


def closed_apposition(text: str, d: Mention, c: Mention, link: str) -> bool:
    """An apposition set off by commas or brackets whose own words do not hedge."""
    if link[:1] not in ",([":
        return False
    # closed by a comma or bracket, or running to the end of a list item ("X, which is a Y");
    # a generic noun may follow the class ("X (a steroid medicine)")
    if not _APPOSITION_CLOSE.match(text, c.end):
        return False
    span = text[d.start : c.end]
    return hedge_factor(span) == 1.0 and not _TENTATIVE.search(span)


_APPOSITION_CLOSE = re.compile(
    r"\s*(?:[\(\[][^()\[\]]{0,30}[\)\]]\s*)?(?:(?:drugs?|medicines?|medications?|agents?)\s*)?"
    r"(?:[,\)\]]|[.;]?\s*$)",
    re.IGNORECASE,
)
_TENTATIVE = re.compile(r"\b(?:possible|potential|putative|candidate|proposed|presumed)\b", re.I)


_NEXT_SUBLIST = re.compile(
    r"\s*(?:[\(\[][^()\[\]]{0,40}[\)\]]\s*)?,?\s*(?:and|or)\s+(?:the\s+)?[“\"]?[\w-]+"
    r"(?:\s+[\w-]+)?[”\"]?\s+(?:drugs|agents|medicines|medications)\s+",
    re.IGNORECASE,
)


def sublists(text: str, ms: list[Mention], i: int, end: int) -> list[Mention]:
    """The drugs of a list that may go on in sub-lists: "the first-generation drugs X and Y,
    and the second-generation drugs Z and W" -> X, Y, Z, W."""
    out = members_from(text, ms, i, end)
    while True:
        k = index_of(ms, out[-1]) + 1
        while k < len(ms) and ms[k].start < out[-1].end:
            k += 1
        if k >= len(ms) or ms[k].start >= end or not ms[k].is_kind(*DRUG):
            return out
        if not _NEXT_SUBLIST.fullmatch(text, out[-1].end, ms[k].start):
            return out
        out += members_from(text, ms, k, end)


def next_of(ms: list[Mention], i: int, kinds: tuple[str, ...]) -> Mention | None:
    """The first mention of ``kinds`` after mention ``i``."""
    j = next_index(ms, i, kinds)
    return ms[j] if j is not None else None


def next_index(ms: list[Mention], i: int, kinds: tuple[str, ...]) -> int | None:
    """The index of the first mention of ``kinds`` after mention ``i``."""
    for j in range(i + 1, len(ms)):
        if ms[j].is_kind(*kinds):
            return j
    return None


def labelled_class_facts(dc: DocContext, seg: Segment, members: list[Mention], cls: Mention,
                         label: Unit) -> list[ExtractedFact]:
    """drug_class of each drug of a sentence from a class named in the unit before it (a
    label, or a sentence the drugs take up): a step less sure than a class in the sentence."""
    return [
        dc.fact(seg, Relation.DRUG_CLASS, d.name("drug"), class_name(dc, label.text, cls),
                0.8 * min(d.confidence("drug"), cls.confidence("drug_class")),
                flags=d.flags("drug") + cls.flags("drug_class"), context=label)
        for d in members
    ]
