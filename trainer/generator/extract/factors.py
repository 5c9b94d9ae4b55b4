"""What the risk_factor and prognostic_factor readers share: which segments are worth reading,
how a list of factors is split into its members, and the clause before a cue.

* :func:`worth_reading`: a list item under a lead-in, or a sentence with a word either reader
  looks for ("risk", "prognosis", "outlook", "depends", ...);
* :func:`list_members`: "A, B and C"; "A and B" / "A or B" is split unless it is one name
  ("nausea and vomiting") or one factor named two ways ("race or ethnicity");
* :func:`clause_before`, ``REPORTING``: the clause a cue ends, without a reporting lead-in
  ("Studies have shown that ...");
* :func:`is_disease`: whether a whole phrase is a disease name;
* :func:`inline_items`: the items of a list written inline after its lead-in ("... at risk
  for gout. - high blood pressure - hypothyroidism");
* :func:`as_factor`: a phrase as a risk factor, if it can be one at all (an exposure, condition or
  trait; not a symptom, a test, a clause or a dangling word).
"""

from __future__ import annotations

import re

from trainer.generator.extract import phrases
from trainer.generator.extract.context import DocContext, Segment
from trainer.generator.extract.patterns import split_list
from trainer.generator.extract.symptom_shapes import body_part_word
from trainer.generator.glued import glue_words

REPORTING = re.compile(
    r"^(?:(?:also|in addition|additionally|moreover|furthermore|however|for example|"
    r"for instance|(?:in|among|for|with|"
    r"in patients with)\s+[^,]{1,40},)\s*,?\s+)*(?:(?:recent\s+)?(?:studies|research|"
    r"researchers|evidence|data)\s+"
    r"(?:have\s+|has\s+)?(?:found|shown|show|shows|suggest|suggests|indicate|indicates)\s+"
    r"(?:that\s+)?)?",
    re.IGNORECASE,
)


# Word stems, looked for anywhere in the segment; plain substring tests on the lower-cased
# text, because one case-blind regex alternation of them was the costliest test per segment.
_WORTH_READING = (
    "risk", "chance", "prognos", "outlook", "outcome", "depend", "likely", "likelihood", "lead",
    "factor", "role", "predict", "feature", "adverse", "favorable", "favourable", "better",
    "worse", "worst", "best", "survival", "common", "causes", "more often", "that can cause",
    "that may cause",
    # the group a condition is more frequent in (:mod:`.risk_common_in`)
    "frequent", "prevalent", "mainly affect", "mostly affect", "primarily affect",
    "usually affect", "most often affect", "affects mainly", "affects mostly", "more than",
    "than men", "than women", "than boys", "than girls", "than males", "than females",
    # the groups most at risk, most often affected (:mod:`.risk_group_clauses`)
    "most often", "mostly occur", "mainly occur", "mostly develop", "mainly develop",
    # what contributes to the condition (:mod:`.risk_verbs`)
    "contribute",
    # how an infection is caught (:mod:`.risk_exposure`)
    "spread", "transmi", "infected",
)


def worth_reading(seg: Segment) -> bool:
    """Whether a segment may state a risk or prognostic factor."""
    if seg.lead is not None:
        return True
    text = seg.text.lower()
    return any(stem in text for stem in _WORTH_READING)


def list_members(dc: DocContext, text: str) -> list[str]:
    """List members; "A and B" / "A or B" is split unless it is one name ("nausea and vomiting")."""
    out: list[str] = []
    genes = _GENE_LIST.fullmatch(text.strip(" .,;"))
    if genes:
        # "mutations in the AMELX, ENAM, and MMP20 genes": the head noun is every gene's
        change = genes.group("change").lower()
        return [f"{g} gene {change}" for g in split_list(genes.group("genes"))]
    # "the time between rupture and treatment": the "and" joins one span's two ends
    text = _BETWEEN.sub(lambda m: m.group(0).replace(" and ", _KEPT_AND), text)
    members = _semicolon_members(text) if _SEMICOLON.search(text) else split_list(text)
    members = [
        _head_shared([m, members[i + 1]])[0] if i + 1 < len(members) else m
        for i, m in enumerate(members)
    ]
    # "in infants and in older adults"
    members = [p for m in members for p in re.split(r"\s+(?:and|or)\s+(?=(?:in|among)\s)", m)]
    for member in members:
        # "reflux disease, or GERD": the short name the text adds is the same member
        member = re.sub(r",\s+or\s+(?-i:[A-Z]{2,6})\s*$", "", member)
        parts = _head_shared([p.replace(_KEPT_AND, " and ")
                              for p in re.split(r"\s+(?:and|or)\s+", member) if p.strip()])
        member = member.replace(_KEPT_AND, " and ")
        # "race or ethnicity" is one factor named two ways; "A or B" splits only when both
        # are names
        either = (
            re.search(r"\s+or\s+", member)
            and all(len(p.split()) == 1 for p in parts)
            and not all(dc.lexicon.lookup(phrases.strip_filler(p)) for p in parts)
        )
        if len(parts) > 1 and not either and not dc.lexicon.lookup(member) and _separable(
            dc, parts
        ):
            out += parts
        else:
            out.append(member)
    return out


# A head noun two organs or kinds may share ("heart and lung problems")
_SHARED_HEAD = re.compile(
    r"^[\w-]+\s+(?P<h>problems?|diseases?|defects?|abnormalit(?:y|ies)|disorders?|injur(?:y|ies)|"
    r"infections?|damage|failure|conditions?)$",
    re.IGNORECASE,
)


def _head_shared(parts: list[str]) -> list[str]:
    """ "heart and lung problems": a lone organ before a part of two words that ends with a
    condition's head noun shares that noun ("heart problems", "lung problems"); "smoking and
    lung disease" are two factors as written."""
    if len(parts) == 2 and len(parts[0].split()) == 1 and body_part_word(parts[0]):
        m = _SHARED_HEAD.match(parts[1].strip())
        if m:
            return [f"{parts[0].strip()} {m.group('h')}", parts[1]]
    return parts


# "the time between A and B", "the gap between A and B": the "and" joins the ends of one span
_BETWEEN = re.compile(r"\bbetween\s+(?:[\w'-]+\s+){1,5}?and\s+\w", re.IGNORECASE)
_KEPT_AND = "\x00and\x00"  # an "and" no split may cut: no whitespace around it

# "mutations in the A, B, and C genes", "changes in the A or B gene": one change in several
# genes, whose symbols share the head noun at the end
_GENE_LIST = re.compile(
    r"(?:an?\s+)?(?P<change>mutation|variant|change|alteration)s?\s+(?:in|of)\s+(?:the\s+|one\s+of\s+"
    r"the\s+)?(?P<genes>(?-i:[A-Z][A-Z0-9-]{1,9})(?:,?\s+(?:(?:and|or)\s+)?(?-i:[A-Z][A-Z0-9-]{1,9}))+)"
    r",?\s+genes?",
    re.IGNORECASE,
)


# "sleep problems, especially sleep apnea": an aside that narrows the member before it
_ASIDE = re.compile(r",\s*(?:especially|particularly|mainly|mostly|such as|including)\b.*$", re.I)


_SEMICOLON = re.compile(r";(?![^()]*\))")  # not the ";" of "t(4;11)"


def _semicolon_members(text: str) -> list[str]:
    """ "ethnicity; certain diseases; sleep problems, especially sleep apnea; and smoking": the
    semicolons divide the members, so the commas inside one stay."""
    parts = [
        re.sub(r"^\s*(?:and|or)\s+", "", _ASIDE.sub("", p)).strip()
        for p in _SEMICOLON.split(text)
    ]
    return [p for p in parts if p]


def _separable(dc: DocContext, parts: list[str]) -> bool:
    """ "benzene and previous chemotherapy" splits; "chemotherapy or radiation for other
    cancers" does not (the phrase at the end belongs to both)."""
    if all(dc.lexicon.lookup(phrases.strip_filler(p)) for p in parts):
        return True
    if re.search(r"\bbetween\s+\S+$", parts[0], re.IGNORECASE):
        return False  # "age between 1 and 10 years" is one member
    if all(_STATE_OPENING.match(p) for p in parts):
        return True  # "being white or having a fair complexion": two states
    named = all(dc.lexicon.lookup(phrases.strip_filler(p)) for p in parts[:-1])
    if named and (
        _EXPOSURE_OPENING.match(parts[-1])
        or _STATE_OPENING.match(parts[-1])
        or _TROUBLE_WITH.match(parts[-1])
    ):
        # "smoking and exposure to dust": a name, then an exposure; "diabetes or problems with
        # the immune system": the last part's words after its head noun are its own
        return True
    if all(_starts_with_name(dc, p) for p in parts):
        return True  # "the IKZF1 deletion and the Ph-like gene expression profile"
    if len(parts) == 2 and (
        (_EXPOSURE_OPENING.match(parts[0]) and _HABIT.fullmatch(parts[1].strip()))
        or (_short_plain(parts[0]) and _STATE_OPENING.match(parts[1]))
    ):
        # "use of tobacco products and heavy drinking": an exposure, then a habit of its own
        # ("exposure to high grass and tick-infested areas" shares the exposure);
        # "sun exposure and having a weak immune system": a short name, then a state
        return True
    return all(len(p.split()) <= 3 for p in parts) and _short_plain(parts[-1])


def _short_plain(part: str) -> bool:
    """Whether ``part`` is three words at most with no preposition: its own factor, no phrase
    whose end may belong to every part ("radiation for other cancers")."""
    return len(part.split()) <= 3 and not re.search(
        r"\b(?:for|in|of|with|to|from|during|after|before|at)\b", part, re.IGNORECASE
    )


_TROUBLE_WITH = re.compile(
    r"\s*(?:[\w-]+\s+)?(?:problems?|disorders?|damage|injur(?:y|ies)|defects?|"
    r"abnormalit(?:y|ies)|trouble)\s+(?:with|of|to|in)\s+\w",
    re.IGNORECASE,
)
# A habit named by its gerund, a word before it at most: "heavy drinking", "smoking"
_HABIT = re.compile(r"(?:[\w-]+\s+)?[a-z]{3,}ing", re.IGNORECASE)
_STATE_OPENING = re.compile(r"\s*(?:being|having|using|taking)\s+\w", re.IGNORECASE)
_EXPOSURE_OPENING = re.compile(
    r"\s*(?:exposure|being exposed|contact|(?:a\s+)?(?:family\s+|personal\s+)?history|use)\s+"
    r"(?:to|with|of)\b",
    re.IGNORECASE,
)


def _starts_with_name(dc: DocContext, text: str) -> bool:
    t = re.sub(r"^\s*(?:the|a|an)\s+", "", text, flags=re.IGNORECASE).strip()
    ms = dc.find(t)
    return bool(ms) and ms[0].start == 0 and ms[0].is_kind("target", "marker")


def is_disease(dc: DocContext, text: str) -> bool:
    """Whether the whole phrase is a disease name."""
    t = text.strip()
    ms = dc.find(t)
    return (
        len(ms) == 1 and ms[0].start == 0 and ms[0].end == len(t) and dc.disease_in(ms) is not None
    )


def clause_before(text: str, pos: int) -> str:
    head = text[:pos]
    cut = max(head.rfind(". "), head.rfind("; "), head.rfind(": "))
    return head[cut + 2 :] if cut >= 0 else head


# What a sentence says is not shown or not known ("Studies have not proven that X increases
# the risk", "It is not clear whether X affects the risk"): no factor
UNPROVEN = re.compile(
    r"\b(?:not|never)\s+(?:been\s+|yet\s+)?(?:proven|proved|shown|found|established|"
    r"confirmed|clear|known)\b|\bno\s+(?:clear\s+)?(?:evidence|proof)\b|\bunclear\b|"
    r"\bmore\s+(?:studies|research)\s+(?:is|are)\s+needed\b|\bwhether\b",
    re.IGNORECASE,
)
# Where a list written after "include" ends: its sentence's end (a full stop before a capital,
# so "H. pylori" stays whole; semicolons may divide the members), or the first item of a list
# that follows inline (" - A - B"), which is read item by item
_TAIL_END = re.compile(r"\.\s+(?=[A-Z])|(?:^|\s)-\s+(?=\S)")


def list_tail(text: str) -> str:
    """The members' text after "Risk factors include": up to the end of the sentence or the
    first inline list item. When the list opens inline (" - Smoking cigarettes, pipes, or
    cigars, now or in the past."), its first item is cut to the name it opens with, as
    :func:`inline_items` cuts every item."""
    first = re.match(r"\s*-\s+(?=\S)", text)
    if first:
        item = text[first.end() :]
        item = item[: m.start()] if (m := _TAIL_END.search(item)) else item
        shared = _SHARED_HEAD_LIST.match(item)
        stop = _ITEM_END.search(item, shared.end() if shared else 0)
        return item[: stop.start() if stop else len(item)].strip().rstrip(" .")
    end = _TAIL_END.search(text)
    return (text[: end.start()] if end else text).strip().rstrip(" .")


# A heading run into the sentence it titles: "Obesity Obesity increases the risk"
_RUN_IN = re.compile(r"^\s*(?P<h>[\w'-]+(?:\s+[\w'-]+){0,7}?)\s+(?=(?P=h)\b)", re.IGNORECASE)


def run_in_heading(text: str) -> str:
    """``text`` without a heading that runs into it and repeats its opening words ("Drinking
    alcohol Drinking alcohol increases" -> "Drinking alcohol increases")."""
    m = _RUN_IN.match(text) or _RUN_IN_OPENER.match(text)
    return text[m.end() :] if m else text


# A heading run into a sentence that opens with its own capitalised word ("Cigarette smoking
# Studies show that ...", "Certain sexual practices The following practices increase"): in a
# sentence these words come first, so one after a few lower-case words opens a new sentence
_RUN_IN_OPENER = re.compile(
    r"^\s*[A-Z][\w'-]*(?:\s+(?:[a-z][\w'/-]*|[A-Z0-9]{2,}[\w/-]*)){0,6}\s+"
    r"(?=(?:The|This|These|Studies|Research|Researchers|Being|Having|People|Patients|Women|Men|Children|Anyone|Most|Many|"
    r"Some|It|There|If|When|In|For|A|An)\s)"
)


def shared_head(dc: DocContext, item: str) -> bool:
    """Whether "A or B C" shares its head noun ("red or blond hair", "blue or green eyes"): a
    bare word before the conjunction that names nothing alone, so the item is one factor."""
    parts = [p.strip() for p in re.split(r"\s+(?:and|or)\s+", item) if p.strip()]
    if (
        len(parts) > 1
        and len(parts[0].split()) == 1
        and len(parts[-1].split()) >= 2
        and not dc.lexicon.lookup(parts[0])
    ):
        return True
    # "cigarette, cigar, and pipe smoking": every bare word before the last member shares it
    parts = [p.strip() for p in re.split(r",\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+", item)]
    # ("have a parent, brother, or sister with X": the verb and article open the first only)
    parts = [re.sub(r"^(?:(?:have|has|having)\s+)?(?:an?|the)\s+", "", p, flags=re.I)
             for p in parts if p]
    return (
        len(parts) > 1
        and all(len(p.split()) == 1 and not dc.lexicon.lookup(p) for p in parts[:-1])
        and len(parts[-1].split()) >= 2
    )


# Words a factor never opens with: pointers to the text ("here", "these"), categories that
# announce a list ("things you cannot change"), contrasts ("unlike tamoxifen") and the words of
# a clause that only introduces the factors ("associated with gout").
_NOT_A_FACTOR_START = re.compile(
    r"^(?:here|there|this|these|those|that|it|they|things?|ways?|unlike|associated|linked|"
    r"related|studies|researchers?|some studies|examples?|following|personal|other|others|"
    r"such|which|who|what|when|where|how|why|if|because|not|unknown|unclear|no|"
    # a participle opening a comment on the sentence ("..., indicating that it runs in families")
    r"indicating|suggesting|meaning|showing|"
    # a copula or a bare gerund is a piece of a clause ("is a condition", "having")
    r"is|are|was|were|having$|being$|"
    # a preposition: the piece after a cut ("of inadequate fluid intake")
    r"of|for|by|from|to|without|"
    # where something is met ("in college dorms", "at work"), no factor by itself
    r"in(?!\s+vitro\b)|at|on|inside|n['’]t)\b",
    re.IGNORECASE,
)
# A finite verb or a modal inside the phrase: a clause ("AIs do not", "smoking can damage and
# tighten blood vessels"), not the name of a factor.
_CLAUSE_WORD = re.compile(
    r"\b(?:can|could|may|might|will|would|should|must|do|does|did|don't|doesn't|suggests?|"
    r"shows?|showed|found|increases?|raises?|lowers?|reduces?|helps?|causes?|leads?)\b",
    re.IGNORECASE,
)
# "using spermicides", "having diabetes": the factor is what is used or had
_GERUND = re.compile(r"^(?:using|taking|having|having had)\s+(?=\w)", re.IGNORECASE)
# "(being) infected with the Epstein-Barr virus" -> "Epstein-Barr virus infection" (the word
# "virus" is part of some names: "human immunodeficiency virus" without it names nothing)
_INFECTED = re.compile(
    r"^(?:being\s+)?infected\s+with\s+(?:the\s+|an?\s+)?(?P<x>.+?)$", re.IGNORECASE
)
# A bare category noun ("drugs", "some medications", "certain conditions"): it names no factor
# a card can ask about, and the members the text lists after it are the factors.
_CATEGORY_WORD = (
    r"(?:drugs?|medications?|medicines?|diseases?|conditions?|disorders?|illness(?:es)?|"
    r"problems?|factors?|things?|forms?|types?|kinds?|activities|habits|agents|injur(?:y|ies)|"
    r"causes?|reasons?)"
)
_BARE_CATEGORY = re.compile(
    r"^(?:(?:some|certain|other|many|various|several|different|(?:an?\s+)?(?:variety|number|"
    r"range|combination|mix)\s+of)\s+)?"
    # "medical conditions", "a disease or injury (that damages the nerves)": categories too
    rf"(?:(?:medical|health)\s+)?{_CATEGORY_WORD}(?:\s+(?:or|and)\s+{_CATEGORY_WORD})?$",
    re.IGNORECASE,
)
# A category named with a body part or another category ("diseases of the skin", "medical
# conditions or drugs"): the members the text gives after it are the factors
_CATEGORY_NOUN = (
    r"(?:diseases?|conditions?|disorders?|illness(?:es)?|problems?|drugs?|medications?|"
    r"medicines?)"
)
_CATEGORY_PHRASE = re.compile(
    rf"^(?:(?:some|certain|other|medical|chronic)\s+)?{_CATEGORY_NOUN}\s+(?:"
    rf"(?:of|affecting)\s+(?:the\s+)?[\w-]+|(?:or|and)\s+(?:\w+\s+)?{_CATEGORY_NOUN})$",
    re.IGNORECASE,
)
# A phrase that stops on a word needing more after it is a piece cut from a sentence.
_DANGLING_END = re.compile(r"\b(?:and|or|of|with|for|to|from|in|the|a|an|by|than)$", re.I)


def as_factor(dc: DocContext, phrase: str) -> str | None:
    """``phrase`` as a risk or prognostic factor (an exposure, a condition or a trait), or None
    when it cannot be one. A clause keeps its subject ("smoking can damage blood vessels" ->
    "smoking"); a symptom or sign and a test are not factors ("bleeding" is what a disease does,
    "complete blood count" how it is found), nor is a pointer or a piece of a sentence."""
    # "(drugs,) called alkylating agents": the name a gloss gives is the factor's own
    t = _GERUND.sub("", re.sub(r"^(?:called|known\s+as|named)\s+", "", phrase.strip(), flags=re.I))
    if t != phrase.strip():
        t = re.sub(r"^(?:an?|the)\s+(?=\w)", "", t, flags=re.IGNORECASE)  # "using a catheter"
    # "reflux disease, or GERD": the short name the text adds is the same factor
    t = re.sub(r",\s+or\s+(?-i:[A-Z]{2,6})$", "", t)
    # "gout, a disorder of ...": the apposition says what kind of thing the factor is
    t = _APPOSITION.sub("", t)
    t = possessive_name(dc, _glued_definition(dc, t))
    # "Older age also is a risk factor": the adverb belongs to the clause, not the factor
    t = re.sub(r"\s+(?:also|too|alone|itself|themselves)$", "", t, flags=re.IGNORECASE)
    infected = _INFECTED.match(t)
    if infected:
        t = f"{infected.group('x')} infection"  # "infected with the Epstein-Barr virus"
    clause = _CLAUSE_WORD.search(t)
    if clause is not None:
        t = t[: clause.start()].strip(" ,")
    t = re.sub(r"^(previous|prior)\s+(?:an?|the)\s+", r"\1 ", t, flags=re.IGNORECASE)
    # ("Being in young or late adulthood": the time of life is the factor)
    t = re.sub(r"^in\s+(?=(?:[\w-]+\s+){0,3}(?:adulthood|childhood|infancy|adolescence|"
               r"old\s+age|middle\s+age)\b)", "", t, flags=re.IGNORECASE)
    if not t or _NOT_A_FACTOR_START.match(t) or _DANGLING_END.search(t):
        return None
    if t.count("(") != t.count(")"):
        return None  # "leiomyomatosis (an inherited disorder": cut inside its brackets
    if _BARE_CATEGORY.match(t) or re.match(r"(?:forms?|types?|kinds?)\s+of\b", t, re.I) or (
        _CATEGORY_PHRASE.match(t)
    ):
        return None  # "forms of birth control": a category; its members are the factors
    if len(t.split()) == 1 and t.endswith("s") and t[:-1].isupper():
        return None  # "AIs do not": a plural abbreviation is a drug group, not the factor
    if _COUNTED_KIND.match(t) or _UNNAMED_GENES.search(t):
        return None  # "two sexually transmitted diseases", "mutations in one of three genes"
    hits = dc.lexicon.lookup(t)
    if hits and all(
        (h.kind == "marker" and h.type in ("test", "procedure", "imaging", "examination"))
        or (h.kind == "condition" and h.type in ("symptom", "sign"))
        for h in hits
    ):
        return None
    return t


# "Gonorrhea and chlamydia, two sexually transmitted diseases, are ...": a count of a kind, the
# apposition after the members, not one of them
_COUNTED_KIND = re.compile(
    r"^(?:two|three|four|five|both)\s+(?:[\w-]+\s+){0,3}(?:diseases|infections|conditions|"
    r"disorders|illnesses|germs|bacteria|viruses|genes)$",
    re.IGNORECASE,
)
# "mutations in one of three genes", "mutations within these genes": genes the factor leaves
# unnamed (their names, where given, are read apart)
_UNNAMED_GENES = re.compile(
    r"\b(?:one\s+of\s+(?:two|three|four|five|several|many|these|the)|these|those|several|"
    r"various|other)\s+genes\b",
    re.IGNORECASE,
)
# ", a condition in which ...", ", a disorder of uric acid metabolism": an apposition naming
# the kind of thing the factor before it is
_APPOSITION = re.compile(
    r"(?<=\w),\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:condition|disorder|disease|illness|"
    r"syndrome|infection|problem|medication|medicine|drug|procedure|surgery)s?\b.*$",
    re.IGNORECASE,
)
# An eponym whose apostrophe was lost ("Hashimotos disease", "Crohns disease")
_EPONYM = re.compile(
    r"\b(?P<w>[A-Za-z]{3,}[a-rt-z])s\s+(?P<n>disease|syndrome|sarcoma|lymphoma|palsy|"
    r"thyroiditis|ulcer|anemia|anaemia)\b",
    re.IGNORECASE,
)


def _glued_definition(dc: DocContext, text: str) -> str:
    """A name whose definition ran into it when its dash was lost ("diureticsmedications that
    help the kidneys" -> "diuretics"), when the name is known to the lexicon (class names are
    matched by their head word, which the cut of the shared text layer does not look up)."""
    first = text.split(maxsplit=1)[0] if text else ""
    if len(first) < 12:
        return text
    for noun in glue_words().definitions:
        if first.lower().endswith(noun) and len(first) - len(noun) >= 5:
            head = first[: -len(noun)]
            if dc.lexicon.lookup(head):
                return head
    return text


def possessive_name(dc: DocContext, text: str) -> str:
    """``text`` with an eponym that lost its apostrophe ("Hashimotos disease") spelt as the
    document spells it elsewhere ("Hashimoto's disease"); unchanged when the document never
    writes the apostrophe, since "Graves disease" could be either form."""
    if "s " not in text:
        return text

    def spelt(m: re.Match[str]) -> str:
        own = re.search(
            rf"\b{re.escape(m.group('w'))}['\u2019]s\s+{re.escape(m.group('n'))}\b",
            "\n".join(dc.doc.lines),
            re.IGNORECASE,
        )
        return own.group(0).replace("\u2019", "'") if own else m.group(0)

    return _EPONYM.sub(spelt, text)


# " - item": a list flattened into one line, each item opened by a spaced hyphen
_INLINE_ITEM = re.compile(r"(?:^|\s)-\s+(?=\S)")
# Where an item's name ends: its first sentence, aside or apposition
_ITEM_END = re.compile(r"[.;:]\s|,\s+(?!(?:such as|including|or|and)\b)|\s+--\s|$")


# Bare words in a series before a member that ends in their shared head noun
# ("have a parent, brother, or sister with X": a verb and an article may open the series)
_SHARED_HEAD_LIST = re.compile(
    r"\s*(?:(?:have|has|having)\s+)?(?:(?:an?|the)\s+)?"
    r"[\w-]+(?:,\s*[\w-]+)*,?\s+(?:and|or)\s+[\w-]+\s+[\w-]+",
    re.IGNORECASE,
)


def inline_items(text: str) -> tuple[str, list[str]]:
    """The lead-in and the items of a list written inline, each item cut to the name it opens
    with ("hypothyroidism (underactive thyroid gland)" stays, "diuretics, which are taken
    to ..." gives "diuretics"); ("", []) when the text holds fewer than two such items."""
    cuts = list(_INLINE_ITEM.finditer(text))
    if len(cuts) < 2:
        return "", []
    lead = text[: cuts[0].start()]
    items = []
    for i, c in enumerate(cuts):
        end = cuts[i + 1].start() if i + 1 < len(cuts) else len(text)
        item = re.sub(r"\s*\([^()]*\)", "", text[c.end() : end])  # asides in brackets
        shared = _SHARED_HEAD_LIST.match(item)  # "cigarette, cigar, and pipe smoking, which"
        stop = _ITEM_END.search(item, shared.end() if shared else 0)
        items.append(item[: stop.start() if stop else len(item)].strip())
    return lead, [i for i in items if i]
