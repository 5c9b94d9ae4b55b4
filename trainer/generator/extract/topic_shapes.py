"""Tumours named by the shape of their name, as candidates for the page's topic.

The lexicon lists few cancers: "neuroblastoma", "renal cell carcinoma" or "stomach cancer" are
found by their shape (:mod:`trainer.generator.diseasenames`). They count toward the page's
topic like a lexicon condition: the title's first, when the page repeats it ("Treatment of
Stomach Cancer - NCI"); else they are counted with the lexicon's conditions, so a
neuroblastoma page that names "metabolic syndrome" twice is still about neuroblastoma. A name
that holds or overlaps a lexicon condition is the lexicon's ("acute myeloid leukemia").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trainer.generator.diseasenames import disease_names

if TYPE_CHECKING:
    from trainer.generator.extract.context import DocContext
    from trainer.generator.text import Unit

# "a rare type of pancreatic cancer", "some forms of X": the name after it is the category
# the page's tumour belongs to, not the tumour itself
_A_TYPE_OF = re.compile(
    r"\b(?:types?|forms?|kinds?|subtypes?|sorts?)\s+of\s+(?:the\s+)?$", re.IGNORECASE
)


def unit_names(dc: DocContext, u: Unit) -> list[str]:
    """The tumours' names of one unit the lexicon does not name (lower case), but for a
    category a kind is said to belong to ("a rare type of pancreatic cancer")."""
    found = disease_names(u.text)
    if not found:
        return []
    conditions = [m for m in dc.mentions(u) if m.hit("condition") is not None]
    return [
        d.name.lower() for d in found
        if not any(m.start < d.end and d.start < m.end for m in conditions)
        and not _A_TYPE_OF.search(u.text[max(0, d.start - 40) : d.start])
    ]


def title_shape(dc: DocContext) -> str | None:
    """The one tumour the title names, when the page repeats its name twice at least; in the
    page's casing ("Wilms tumor")."""
    from trainer.generator.extract import page_topic

    first = page_topic.title_unit(dc)
    if first is None or first.kind != "heading":
        return None
    names = set(unit_names(dc, first))
    if len(names) != 1:
        return None  # no tumour, or several: the title names no one topic
    name = names.pop()
    if page_topic._repeats(dc, first, name) < 2:
        return None  # a news headline's passing name ("a rare brain cancer")
    return page_topic.page_casing(dc, name)


def count_names(dc: DocContext, u: Unit, counts: dict[str, int], first: dict[str, int]) -> None:
    """Add the tumours' names of ``u`` to the page's count of conditions."""
    for name in unit_names(dc, u):
        counts[name] = counts.get(name, 0) + 1
        first.setdefault(name, u.index)


def clear_winner(dc: DocContext, best: str, counts: dict[str, int]) -> str | None:
    """``best``, a tumour found by its shape that the page names most often, as the page's
    topic when it wins clearly: three times at least, and twice as often as any other
    condition but its own kinds (a drug's page that names the cancers it treats has no one
    topic)."""
    from trainer.generator.extract import page_topic

    n = counts[best]
    # a kind of the winner ("medullary thyroid cancer" of "thyroid cancer") is no rival
    runner_up = max(
        (c for k, c in counts.items() if k != best and not k.endswith(f" {best}")), default=0
    )
    if n < 3 or n < 2 * runner_up:
        return None
    return page_topic.page_casing(dc, best)
