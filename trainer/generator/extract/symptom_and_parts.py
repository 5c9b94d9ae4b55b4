"""A sign joined to another by "and" is two signs, as the development set's convention reads
them (tests/data/realdocs/README.md): "nausea and vomiting" is nausea and vomiting, "bone and
joint pain" is bone pain and joint pain, "dry eyes and mouth" is dry eyes and a dry mouth,
"reduced facial and body hair" is reduced facial hair and reduced body hair, and "headache
followed by vomiting" is headache and vomiting.

A card asking for one sign then holds one sign. Only the shapes below are split, each part
checked to read as a sign; anything else stays as the text words it: "or" joins one sign named
two ways, a list of three or more adjectives describes one sign ("sharp, sudden, and severe
pain"), and a phrase of a doing ("forgetting to go to events and appointments") is one sign.
"""

from __future__ import annotations

import re

from trainer.generator.extract.symptom_shapes import body_part_word, symptom_shaped
from trainer.generator.lexicon import Lexicon

_TWO = re.compile(r"^(?P<x>[^,;()]+?)\s+and\s+(?P<y>[^,;()]+)$", re.IGNORECASE)
# two signs in the order they come: each is a sign
_FOLLOWED = re.compile(r"^(?P<x>[^,;()]+?)\s+followed\s+by\s+(?P<y>[^,;()]+)$", re.IGNORECASE)
# a doing, a time or a group in the phrase: one sign as worded
_WHOLE = re.compile(
    r"\b(?:or|with|to|in|of|on|at|between|during|after|before|from)\b|^[a-z]+ing\b",
    re.IGNORECASE,
)


def and_apart(lexicon: Lexicon, sign: str) -> list[str]:
    """The signs ``sign`` joins with one "and", or ``[sign]`` when it is one sign as worded."""
    then = _FOLLOWED.match(sign.strip())
    if then and _reads(lexicon, then.group("x")) and _reads(lexicon, then.group("y")):
        return [then.group("x"), then.group("y")]  # "headache followed by vomiting"
    m = _TWO.match(sign.strip())
    if m is None or _WHOLE.search(sign):
        return [sign]
    x, y = m.group("x").strip(), m.group("y").strip()
    xs, ys = x.split(), y.split()
    if _reads(lexicon, x) and _reads(lexicon, y) and len(xs) <= 3 and len(ys) <= 3:
        return [x, y]  # "nausea and vomiting", "fatigue and weakness"
    if _reads(lexicon, x) and len(xs) <= 3 and " and " in y:
        rest = and_apart(lexicon, y)
        if len(rest) > 1:
            return [x, *rest]  # "chronic pain and bladder and bowel dysfunction"
    if len(xs) >= 2 and len(ys) == 1 and body_part_word(ys[0]) and body_part_word(xs[-1]):
        # "dry eyes and mouth", "yellowish eyes and skin": the part's state is shared
        return [x, " ".join([*xs[:-1], y])]
    if len(xs) == 1 and len(ys) == 2 and body_part_word(xs[0]) and body_part_word(ys[0]):
        # "bone and joint pain", "joint and muscle pain": the sign is shared
        return [f"{x} {ys[1]}", y]
    if len(xs) == 2 and len(ys) == 2:
        # "reduced facial and body hair", "delayed speech and language development"
        first, second = f"{x} {ys[1]}", f"{xs[0]} {y}"
        if (_reads(lexicon, first) or _reads(lexicon, x)) and (
            _reads(lexicon, second) or _reads(lexicon, y)
        ):
            return [first, second]
    return [sign]


def _reads(lexicon: Lexicon, phrase: str) -> bool:
    """Whether ``phrase`` reads as a sign's name: the lexicon's symptom or sign, or a sign's
    shape, or a known complication ("infertility")."""
    if symptom_shaped(lexicon, phrase):
        return True
    return any(
        h.kind == "condition" and h.type in ("symptom", "sign", "complication")
        for h in lexicon.lookup(phrase)
    )
