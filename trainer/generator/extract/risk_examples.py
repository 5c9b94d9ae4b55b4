"""Risk factors given as the examples of a category that raises the risk: "conditions that
increase its likelihood, such as A or B", "habits that raise the risk of X, such as A, B and C",
and the examples of the risk factors themselves: "Risk factors also include things people
cannot change, like A and B", "Some risk factors for X, like A, can be changed".

The category ("conditions", "habits", "exposures") says what the examples are; the verb says
they raise the risk, so each example is a factor of the condition the sentence speaks of. The
examples end where their list ends: at the item joined by "and" or "or", or before a clause
the sentence goes on with (", are common"), so "such as A or B, and symptoms" gives A and B.
A category that lowers the risk, a negated or hedged verb, or an example list after another
verb gives nothing.
"""

from __future__ import annotations

import re

from trainer.generator.extract.context import DocContext
from trainer.generator.extract.factors import list_members
from trainer.generator.extract.risk_factor_phrases import factor

# "conditions that (can) increase its likelihood, such as": the category, its verb, the
# measure of risk it raises and the examples' cue
_EXAMPLES = re.compile(
    r"\b(?:conditions?|factors?|things?|habits?|diseases?|problems?|exposures?|behaviou?rs?|"
    r"illness(?:es)?|disorders?)\s+(?:that|which)\s+(?:can\s+|may\s+|often\s+|also\s+)?"
    r"(?:increase|raise|heighten|elevate)s?\s+(?:its|the|your|their|a\s+person's|one's)\s+"
    r"(?:risk|likelihood|chances?|odds)(?P<of>\s+(?:of|for)\s+[^,;:.]{2,60}?)?(?P<comma>\s*,)?\s+"
    r"(?:such\s+as|like|including|for\s+example)\s+(?P<x>[^;:.]{2,200})",
    re.IGNORECASE,
)
# "Risk factors (for X) also include things people cannot change, like A and B": the
# examples of a category the risk factors include; "Some risk factors for X, like A, can be
# changed": the examples set off by commas after "risk factors"
_FACTOR_EXAMPLES = re.compile(
    r"\brisk\s+factors(?P<of>\s+(?:for|of)\s+[^,;:.]{2,60}?)?(?:"
    r"\s+(?:(?:also|may|can|often)\s+)*include\s+(?:things|conditions|factors|habits|exposures|"
    r"traits|characteristics|features)\b[^,;:.]{0,60},\s*(?:like|such\s+as|for\s+example)\s+"
    r"(?P<x>[^;:.]{2,200})"
    r"|,\s*(?:like|such\s+as|for\s+example)\s+(?P<y>[^,;:.]{2,100}),)",
    re.IGNORECASE,
)
# a belief or a question said of the examples
_DOUBT = re.compile(
    r"\b(?:might|possibly|perhaps|unclear|unknown|whether|study|studying|studied|suggest\w*|"
    r"believe\w*|think|thought|not)\b",
    re.IGNORECASE,
)
# A chunk that opens the clause the sentence goes on with ("are common", "should be treated")
_VERB_OPENING = re.compile(
    r"^\s*(?:are|is|were|was|can|may|might|should|must|will|have|has|need|needs|often|also)\b",
    re.IGNORECASE,
)
# A category in what the risk is of ("CHD and other health problems"): the examples after it
# may be its own
_CATEGORY = re.compile(
    r"\b(?:other|problems|conditions|diseases|disorders|illnesses|complications|events)\b",
    re.IGNORECASE,
)
_HEDGE = re.compile(r"\b(?:might|possibly|perhaps|unclear|unknown|not)\b", re.IGNORECASE)


def example_lists(body: str) -> list[tuple[str, str | None]]:
    """(examples, the condition named after "risk of", if any) for each category of what
    raises the risk that the text gives examples of."""
    out: list[tuple[str, str | None]] = []
    for m in _EXAMPLES.finditer(body):
        head = body[max(0, m.start() - 40) : m.start("x")]
        if _HEDGE.search(head.split(".")[-1]):
            continue  # "conditions that might increase the risk, such as A": a guess
        of = m.group("of")
        if of and (not m.group("comma") or _CATEGORY.search(of)):
            continue  # "the risk for CHD and other health problems such as diabetes": the
            # examples are of what the risk is of, not of the category that raises it
        examples = example_words(m.group("x"))
        if examples:
            out.append((examples, re.sub(r"^\s*(?:of|for)\s+", "", of) if of else None))
    for m in _FACTOR_EXAMPLES.finditer(body):
        if _DOUBT.search(body[max(0, m.start() - 60) : m.start()].split(".")[-1]):
            continue  # "Researchers are studying whether risk factors, such as A, ..."
        if m.group("y") and re.search(r"\bother\s+$", body[: m.start()], re.IGNORECASE):
            continue  # "combined with other risk factors, such as A": an aside, whose own
            # condition the sentence leaves to its reader
        of = m.group("of")
        examples = example_words(m.group("x")) if m.group("x") else m.group("y").strip()
        if examples:
            out.append((examples, re.sub(r"^\s*(?:of|for)\s+", "", of) if of else None))
    return out


def example_factors(dc: DocContext, body: str, disease: str) -> list[str]:
    """The factors of ``disease`` a category's examples name; a list whose "risk of" names
    another condition gives none."""
    out: list[str] = []
    for examples, of in example_lists(body):
        if of is not None and not _names(dc, of, disease):
            continue  # "habits that raise the risk of stroke, such as A" on another page
        # ("such as A or B": the examples are alternatives, each a factor of its own)
        members = [p for m in list_members(dc, examples) for p in re.split(r"\s+or\s+", m)]
        # "like their age": the possessive points to the person, not to the factor
        members = [re.sub(r"^(?:their|your|his|her|one's)\s+", "", x, flags=re.I) for x in members]
        out += [f for x in members for f in factor(dc, x)]
    return out


def _names(dc: DocContext, text: str, disease: str) -> bool:
    """Whether ``text`` ("developing gout", "the disease") names ``disease``."""
    t = re.sub(r"^(?:developing|getting|having|the|a|an)\s+", "", text.strip(), flags=re.I)
    if disease.lower() in t.lower() or re.fullmatch(r"(?:the\s+)?(?:disease|condition)", t, re.I):
        return True
    named = dc.disease_in(dc.find(t))
    return named is not None and dc.same_disease(named, disease)


def spans_examples(text: str) -> bool:
    """Whether ``text`` holds a category with its examples, which :func:`example_lists`
    reads (so a reader of "conditions that raise the risk ... are A" stops at them)."""
    return _EXAMPLES.search(text) is not None


def example_words(tail: str) -> str:
    """The examples' own words: the chunks up to the one joined by "and" or "or", none
    after a chunk that opens a clause."""
    chunks = tail.split(",")
    kept: list[str] = []
    for chunk in chunks:
        if _VERB_OPENING.match(chunk):
            break
        kept.append(chunk)
        if re.search(r"\b(?:and|or)\b", chunk, re.IGNORECASE):
            break
    return ",".join(kept).strip()
