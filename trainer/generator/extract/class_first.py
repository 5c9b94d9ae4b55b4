"""drug_class read with the class first: "TKIs such as X and Y", "Glucocorticoids (X, Y)",
"Examples of vasodilators are X and Y", "the TKI imatinib", "A BCL-2 inhibitor, venetoclax, is
combined with ...".

The members are the drugs of the list after the class and its cue (see :mod:`.class_lists`),
or the one drug a singular class labels before it. Split from :mod:`.drug_classes`, which reads
the drug first ("X is a TKI") and gathers every reading of the relation; the facts are made by
its ``emit``, passed in, so that every reading flags and scores them alike.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Protocol

from trainer.generator.extract.class_backrefs import (
    used_class,
)
from trainer.generator.extract.class_context import (
    lead_subject_class,
)
from trainer.generator.extract.class_guards import (
    main_clause,
)
from trainer.generator.extract.class_lists import (
    AND_INCLUDE,
    CLASS_CLAUSE_LIST,
    CLASS_TO_LIST,
    SUBJECT_OF_AND,
    SUBLIST_HEAD,
    SUBLIST_TAIL,
    THAT_INCLUDE,
    clause_then_list,
    use_then_list,
)
from trainer.generator.extract.class_phrases import (
    CLASS_OPENS,
    EXAMPLES_ARE,
    EXAMPLES_OF,
)
from trainer.generator.extract.class_shared_lists import SHARED_LIST, shared_list
from trainer.generator.extract.class_wordings import (
    ALSO_CALLED_BETWEEN,
    DEFINITE_BEFORE,
    EXAMPLE_IS,
    EXAMPLE_OF,
    ITEM_OF_LIST,
    PREDICATE_AFTER,
    PREP_OBJECT,
    PREPOSITION_AFTER,
    STACKED,
    STARTS_LIST,
    editorial_close,
)
from trainer.generator.extract.context import (
    HEDGE_MILD_FACTOR,
    Segment,
    hedge_factor,
)
from trainer.generator.extract.dash_lists import DASH_OPENS, dash_members
from trainer.generator.extract.drug_names import (
    CLASS,
    DRUG,
    MODALITY,
    members_from,
    next_index,
    sublists,
)
from trainer.generator.extract.patterns import (
    negated,
    scope_end,
)
from trainer.generator.lexicon import Mention


class Emit(Protocol):
    """The drug_class reader's ``emit``: one fact of ``drug`` in ``cls`` (and the targets the
    class name states), at ``where``, held as a draft with ``doubt`` as its reason."""

    def __call__(
        self, drug: Mention, cls: Mention, conf: float, where: Segment = ..., doubt: str = ""
    ) -> None: ...


_PRENOMINAL_BEFORE = re.compile(
    r"(?:^|\b(?:the|a|an|this|these|its|their|novel|new)\s+)(?:[\w'’+-]+\s+){0,3}$", re.IGNORECASE
)
_USED_BEFORE_DRUG = "class named by its use, before the drug"

_PLURAL_NOUN = re.compile(r"\b(?:drugs|agents|medicines|medications)\s*$", re.IGNORECASE)
_PRENOMINAL_BAD = re.compile(
    r"\b(?:after|before|with|during|following|post|plus|and|or|of|to)\s*$", re.I
)


def class_first_facts(seg: Segment, emit: Emit) -> None:
    """Emit the members of each class the segment names before a list or a drug."""
    text = seg.text
    ms = seg.mentions
    for i, c in enumerate(ms):
        if not c.is_kind(*CLASS):
            continue
        before = text[max(0, c.start - 40) : c.start]
        if negated(main_clause(text, c.start, before[-25:])):
            continue
        rel = THAT_INCLUDE.match(text, c.end)
        if rel is not None and not negated(rel.group(0)):
            # "Antidepressants that doctors may recommend for people taking X include Y and Z"
            first = next((n for n, m in enumerate(ms) if m.start >= rel.end()), None)
            if (
                first is not None
                and ms[first].is_kind(*DRUG)
                and SUBLIST_HEAD.fullmatch(text, rel.end(), ms[first].start)
            ):
                for mem in sublists(text, ms, first, scope_end(text, ms[first].start)):
                    emit(mem, c, 0.8)
                continue
        j = next_index(ms, i, DRUG)
        if j is None:
            continue
        d = ms[j]
        if not seg.in_body(c) and seg.in_body(d) and lead_subject_class(seg) not in (None, c):
            continue  # "The following TKIs may be used with other treatments, such as X:"
        between = text[c.end : d.start]
        # "Statins used in adults include the older drugs X and Y, and the newer drugs Z"
        kind = SUBLIST_TAIL.search(between)
        dash = DASH_OPENS.search(between)
        if dash is not None and not between[: dash.start()].rstrip().endswith(":"):
            dash = None  # "X - the main drug - is": a dash aside, not a list after a lead-in
        listed = CLASS_TO_LIST.match(
            between[: dash.start()] if dash else between[: kind.start()] if kind else between
        )
        if listed is None and EXAMPLES_ARE.fullmatch(between) and (
            EXAMPLES_OF.search(before) or CLASS_OPENS.fullmatch(text, seg.body_start, c.start)
        ):  # "Examples of vasodilators are X and Y", "Common NSAIDs are X and Y"
            listed = EXAMPLES_ARE.fullmatch(between)
        if listed and dash:
            # "Opioid medications include the following: - morphine (...), which ... - codeine"
            for mem in dash_members(text, ms, d.start):
                emit(mem, c, 0.8)
            continue
        if (
            listed is None
            and AND_INCLUDE.fullmatch(between)
            and SUBJECT_OF_AND.search(text, 0, c.start)
        ):  # "Similar to SSRIs are SNRIs and include X"
            listed = AND_INCLUDE.fullmatch(between)
        if listed is None and not kind and clause_then_list(text, ms, i, j):
            listed = CLASS_CLAUSE_LIST.match(between)
        # "CLASS drugs are used to treat T, including X", "Oral CLASS may include X"
        is_list = listed is not None or (not kind and use_then_list(text, ms, i, j, before))
        if is_list and between.lstrip().startswith(":") and PREP_OBJECT.search(before):
            continue  # "blood cells damaged by chemotherapy: - X": X is not a chemotherapy
        if is_list:
            end = scope_end(text, d.start)
            if ITEM_OF_LIST.search(before) and i and ms[i - 1].is_kind(*DRUG, *CLASS):
                # "vincristine, an anthracycline such as daunorubicin, and asparaginase": the
                # examples end at the comma that resumes the outer list
                comma = text.find(",", d.end, end)
                end = comma if comma >= 0 else end
            members = sublists(text, ms, j, end) if kind else members_from(text, ms, j, end)
            # "CLASS, such as A and B, are being studied": the study, told after them, is of
            # their use, not of what they are (kept, flagged hedged)
            where = replace(seg, hedge=max(seg.hedge, HEDGE_MILD_FACTOR)) if STARTS_LIST.match(
                between) and hedge_factor(text[: c.start]) >= 1.0 else seg
            for mem in members:
                emit(mem, c, 0.85, where,
                     doubt=SHARED_LIST if shared_list(text, ms, i, between) else "")
            first_name = ms[i - 1] if i else None
            if (
                first_name is not None
                and first_name.is_kind(*CLASS)
                and (
                    ALSO_CALLED_BETWEEN.fullmatch(text[first_name.end : c.start])
                    or STACKED.fullmatch(text, first_name.end, c.start)
                )
                and not first_name.is_kind(*DRUG)
                and not MODALITY.search(c.name("drug_class"))
            ):
                # "Antiandrogens, also called androgen receptor blockers, include X": both
                # names; "an NSAID pain medicine, such as X": a class word before the head
                # class qualifies it, and X is both
                for mem in members:
                    emit(mem, first_name, 0.85)
        elif (
            (example := EXAMPLE_IS.fullmatch(between)) is not None
            and EXAMPLE_OF.search(before)
            and not _PRENOMINAL_BAD.search(before)
        ):
            # "One newer hormone therapy drug is X", "An example of an ACE inhibitor is X"
            members = members_from(text, ms, j, scope_end(text, d.start))
            for mem in members if example.group("are") else members[:1]:
                emit(mem, c, 0.85)
        elif (
            re.fullmatch(r"\s*(?:(?:drug|medicine|medication|agent)\s*)?,\s*", between)
            and re.search(
                r"\b(?:a|an|the|one|another)\s+(?:[\w-]+\s+){0,2}$", before, re.IGNORECASE
            )
            and (
                PREDICATE_AFTER.match(text[d.end :])
                or (PREPOSITION_AFTER.match(text, d.end) and DEFINITE_BEFORE.search(before))
            )
        ):
            # "A BCL-2 inhibitor, venetoclax, is combined with ..."; a class named by its use
            # ("the diabetes medication, metformin, ...") labels the drug by what it is for
            emit(d, c, 0.85, doubt=_USED_BEFORE_DRUG if used_class(c) else "")
        elif (
            re.fullmatch(
                r"\s*(?:[\(\[][^()\[\]]{0,30}[\)\]]\s*)?(?:(?:drugs?|agents?|medicines?|"
                r"medications?)\s+)?",
                editorial_close(before, between),
                re.IGNORECASE,
            )
            and _PRENOMINAL_BEFORE.search(before.replace("[", " "))
            and not _PRENOMINAL_BAD.search(before)
        ):
            members = members_from(text, ms, j, scope_end(text, d.start))
            if not c.surface.rstrip().endswith("s") and not _PLURAL_NOUN.search(between):
                # "the BTK inhibitor zanubrutinib plus obinutuzumab"; but "the antipsychotic
                # drugs X and Y": the plural noun after the class says all of them are
                members = members[:1]
            # "the diabetes medication metformin": a class named by its use, put before a
            # drug as a label, says what it is used for more than what kind of drug it is
            doubt = _USED_BEFORE_DRUG if used_class(c) else ""
            # "might include the immunotherapy drug X": the hedge is on giving X; the class
            # before its name labels it whatever is given (kept, flagged hedged)
            # ("the investigational MEK inhibitor X" hedges the label itself: left as it is)
            det = _PRENOMINAL_BEFORE.search(before)
            label = (before[det.start() :] if det else "") + text[c.start : d.start]
            lift = seg.hedge < HEDGE_MILD_FACTOR and hedge_factor(label) == 1.0
            where = replace(seg, hedge=HEDGE_MILD_FACTOR) if lift else seg
            for mem in members:
                emit(mem, c, 0.8, where, doubt=doubt)
