"""drug_class through a class given as an example of a broader one, with its own examples.

"hormone therapy, such as an aromatase inhibitor (such as anastrozole or letrozole) or
fulvestrant": the drugs in brackets are aromatase inhibitors (read by the list reader of
:mod:`.drug_classes`) and, with fulvestrant, the other example after the brackets, they are
all hormone therapy. The broader class must open the examples with "such as", "like",
"including" or "e.g."; the inner class's examples must stand in brackets, so where each list
ends is plain; a negation before the broader class gives nothing.
"""

from __future__ import annotations

import re

from trainer.generator.extract.drug_names import CLASS, DRUG, members_from
from trainer.generator.extract.patterns import negated, scope_end
from trainer.generator.lexicon import Mention

_NOUN = r"(?:(?:drugs?|medicines?|medications?|agents?)\s*)?"
# Between the broader class and the inner one: "hormone therapy, such as an"
_OUTER_OPENS = re.compile(
    rf"\s*{_NOUN},?\s*(?:such as|like|including|e\.g\.,?|for example,?)\s+(?:(?:an?|the)\s+)?",
    re.IGNORECASE,
)
# Between the inner class and its first example: "(such as ", "(e.g. ", "("
_INNER_OPENS = re.compile(
    rf"\s*{_NOUN}[\(\[]\s*(?:(?:such as|e\.g\.,?|including|like|for example,?)\s*)?",
    re.IGNORECASE,
)
# After the bracket: another example of the broader class, ", or fulvestrant"
_SIBLING = re.compile(r"\s*,?\s*(?:or|and)\s+(?:(?:an?|the)\s+)?", re.IGNORECASE)


def nested_members(text: str, ms: list[Mention]) -> list[tuple[Mention, Mention]]:
    """(drug, broader class) for each drug given as an example through an inner class."""
    out: list[tuple[Mention, Mention]] = []
    for i, outer in enumerate(ms[:-2]):
        inner, first = ms[i + 1], ms[i + 2]
        if not outer.is_kind(*CLASS) or outer.is_kind(*DRUG):
            continue
        if not inner.is_kind(*CLASS) or inner.is_kind(*DRUG) or not first.is_kind(*DRUG):
            continue
        if negated(text[max(0, outer.start - 30) : outer.start]):
            continue
        if not _OUTER_OPENS.fullmatch(text, outer.end, inner.start):
            continue
        if not _INNER_OPENS.fullmatch(text, inner.end, first.start):
            continue
        close = _closing_bracket(text, first.start)
        if close < 0:
            continue
        members = members_from(text, ms, i + 2, close)
        nxt = next((k for k, m in enumerate(ms) if m.start > close), None)
        if (
            nxt is not None
            and ms[nxt].is_kind(*DRUG)
            and not ms[nxt].is_kind(*CLASS)
            and _SIBLING.fullmatch(text, close + 1, ms[nxt].start)
        ):
            members += members_from(text, ms, nxt, scope_end(text, ms[nxt].start))
        out += [(d, outer) for d in members]
    return out


def _closing_bracket(text: str, start: int) -> int:
    """Offset of the bracket that closes the one open at ``start``, or -1."""
    depth = 0
    for k in range(start, min(len(text), start + 300)):
        ch = text[k]
        if ch in "([":
            depth += 1
        elif ch in ")]":
            if depth == 0:
                return k
            depth -= 1
        elif ch in ".;" and text[k + 1 : k + 2] in (" ", ""):
            return -1
    return -1
