"""A drug's class worded as a phrase around its target: "X is an inhibitor of EZH2" says X is
an "EZH2 inhibitor". Also the wordings around a class that the drug_class reader shares:
"Examples of vasodilators are X and Y", "Common NSAIDs are X and Y", "X or Y (antifungal
medicines)".

The class is only read when the lexicon knows the name the phrase folds into ("EZH2
inhibitor", by its list or by the shape of class names): the phrase is a way of writing a
known class, never a new class made up from any target. A drug named in the sentence between
the subject and the phrase, a negation or a hedge before it, gives nothing. A drug said to
inhibit or target "multiple kinases" is a "multikinase inhibitor".
"""

from __future__ import annotations

import re

from trainer.generator.extract.drug_names import CLASS, DRUG, TARGET
from trainer.generator.extract.patterns import negated
from trainer.generator.lexicon import Hit, Lexicon, Mention

# "Examples of vasodilators are X and Y", "An example of an antiplatelet is X": members
EXAMPLES_OF = re.compile(r"\b(?:examples?|one example)\s+of\s+(?:(?:a|an|the)\s+)?$", re.I)
EXAMPLES_ARE = re.compile(
    r"\s*(?:(?:drugs?|medicines?|medications?|agents?)\s+)?(?:are|is|include|includes)\s*:?\s*",
    re.IGNORECASE,
)
# Before a class that opens its sentence and is said to be some drugs: "Common NSAIDs are X"
CLASS_OPENS = re.compile(
    r"\s*(?:(?:the|some)\s+)?(?:(?:most\s+)?(?:common(?:ly used)?|frequently used|widely used|"
    r"usual|main|typical|two|three|four)\s+)?"
    # "Two common types of blood thinners are X and Y", "The main kinds of C are X and Y"
    r"(?:(?:[\w-]+\s+){0,2}?(?:types?|kinds?|classes|forms?|groups?)\s+of\s+)?",
    re.IGNORECASE,
)
# "X or Y (antifungal medicines)": a plural class closing the bracket after a list of drugs
PLURAL_CLOSE = re.compile(r"\s*(?P<noun>drugs|medicines|medications|agents)?\s*[\)\]]", re.I)
# "X is an inhibitor of", "X, a selective inhibitor of the", "X is a potent oral blocker of"
_PHRASE = re.compile(
    r"\s*(?:,\s*|\s+(?:is|are|acts as|works as)\s+)(?:(?:a|an)\s+)?"
    r"(?:(?:selective|potent|highly selective|oral|small[- ]molecule|reversible|irreversible|"
    r"specific|first-in-class)\s+)*"
    r"(?P<noun>inhibitor|blocker|antagonist)s?\s+of\s+(?:the\s+)?(?:(?:enzyme|protein)\s+)?$",
    re.IGNORECASE,
)


def phrase_classes(lexicon: Lexicon, text: str, ms: list[Mention]) -> list[tuple[int, Mention]]:
    """(index of the drug in ``ms``, class mention spanning the phrase) for each drug whose
    class the sentence words as "an inhibitor of <target>"."""
    out: list[tuple[int, Mention]] = []
    for i, d in enumerate(ms[:-1]):
        t = ms[i + 1]
        if not d.is_kind(*DRUG) or not t.is_kind(*TARGET) or t.is_kind(*DRUG, *CLASS):
            continue
        target = t.hit("target")
        if target is None or target.type in ("cell", "structure"):
            continue  # "an inhibitor of platelet clumping": cells are not what a class names
        m = _PHRASE.fullmatch(text, d.end, t.start)
        if m is None or negated(text[max(0, d.start - 30) : t.start]):
            continue
        name = lexicon.canonical(f"{t.surface} {m.group('noun')}", "drug_class")
        if name is None:
            continue
        hit = Hit("drug_class", name, "name")
        out.append((i, Mention(m.start("noun"), t.end, text[m.start("noun") : t.end], (hit,))))
    return out + _many_kinases(lexicon, text, ms)


# "X, which inhibits multiple kinases", "drugs like X that target several kinases": a drug
# that acts on many kinases at once is a "multikinase inhibitor" (a family is no target)
_MANY_KINASES = re.compile(
    r"\s*(?:[\(\[][^()\[\]]{0,40}[\)\]]\s*)?(?:,?\s*(?:which|that)\s+|\s+)(?:also\s+)?"
    r"(?:inhibits?|targets?|blocks?)\s+(?:multiple|several|many|various|a number of)\s+"
    r"(?:(?:tyrosine|protein)\s+)?kinases\b",
    re.IGNORECASE,
)


def _many_kinases(lexicon: Lexicon, text: str, ms: list[Mention]) -> list[tuple[int, Mention]]:
    if "kinases" not in text:
        return []
    name = lexicon.canonical("multikinase inhibitor", "drug_class")
    out: list[tuple[int, Mention]] = []
    for i, d in enumerate(ms):
        if name is None or not d.is_kind(*DRUG):
            continue
        m = _MANY_KINASES.match(text, d.end)
        nxt = ms[i + 1].start if i + 1 < len(ms) else len(text)
        if m is None or m.end() > nxt or negated(text[max(0, d.start - 30) : m.end()]):
            continue
        hit = Hit("drug_class", name, "name")
        out.append((i, Mention(m.start(), m.end(), text[m.start() : m.end()], (hit,))))
    return out
