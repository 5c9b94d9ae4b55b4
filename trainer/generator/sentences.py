"""Sentence spans in a paragraph's text, and joining a paragraph's wrapped lines into it.

Wrapped lines are joined with single spaces, and a word broken at a line end is made whole
again. The joined text is split into sentences at ., ! and ? followed by a capital, except
after common abbreviations (e.g., i.e., Dr., U.S.) and inside brackets; a sentence end may
carry citation markers. Over-long spans are cut at spaces.
"""

from __future__ import annotations

import re

_ABBREV = {
    "e.g", "i.e", "etc", "vs", "dr", "mr", "mrs", "ms", "prof", "fig", "figs", "approx", "no",
    "st", "inc", "ltd", "co", "al", "u.s", "u.k", "ca", "cf", "vol", "ref", "refs", "min",
    "max", "mg", "kg", "ml", "dept", "jr", "sr", "ph.d", "m.d", "b.c", "a.d", "p", "pp", "ed",
    "eds", "e", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "n.b",
}  # fmt: skip
# A sentence end may carry citation markers: "... prior chemotherapy.[5] Having ...". A text
# that lost the space after a full stop ("the thyroid.The gland") or kept a footnote number
# glued to it ("in adults.12 Treatment") ends a sentence too (the ``glued`` branch): three
# letters or digits (letters before a footnote number, so "in 2019.5 Patients" keeps its 5),
# the mark, then a capitalised word. A decimal ("2.5 Mg"), a gene change
# ("p.Val600Glu") or an abbreviation ("e.g.The", "Dr.Smith") has no such run before its mark,
# and a listed abbreviation ("approx.The") is skipped as at any sentence end. Every branch
# opens with the mark itself (the run of letters before it is looked back at from after it), so
# the search skips ahead to the next mark instead of testing each letter for a run before it.
_SENT_END = re.compile(
    r"[.!?]+(?:\[\d+(?:\s*[,–-]\s*\d+)*\])*[\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9•])"
    r"|(?P<glued>(?:[.!?](?<=[A-Za-z]{3}.)\d{1,3}(?:[,–-]\d{1,3})*\s+"
    r"|[.!?](?<=[A-Za-z0-9]{3}.))(?=[A-Z][a-z]))"
)


# Words that begin hyphenated compounds: "low-" + "intensity" at a line break is "low-intensity";
# any other fragment ("chemo-" + "therapy") is one word broken across two lines.
_COMPOUND_FIRST = frozenset({
    "low", "high", "long", "short", "well", "first", "second", "third", "non", "anti", "pre",
    "post", "self", "co", "re", "multi", "semi", "cross", "full", "half", "double", "single",
    "dose", "age", "risk", "time", "event", "disease", "relapse", "treatment", "drug", "cell",
    "t", "b", "follow", "end", "life", "side", "small", "large", "old", "new", "auto", "allo",
    "intra", "inter", "extra", "sub", "super", "over", "under", "out", "one", "two", "three",
    "four", "five", "ten", "all", "mid", "near", "part", "day", "week", "month", "year", "step",
})


def _join(pieces: list[tuple[int, str]]) -> tuple[str, list[tuple[int, int]]]:
    """Join wrapped lines with single spaces; return text and (offset, line) starts."""
    parts: list[str] = []
    offs: list[tuple[int, int]] = []
    pos = 0
    for no, text in pieces:
        if parts:
            prev = parts[-1]
            if prev.endswith("-") and len(prev) > 1 and prev[-2].isalpha() and text[:1].islower():
                head = re.search(r"([A-Za-z]+)-$", prev)
                if head is not None and head.group(1).lower() not in _COMPOUND_FIRST:
                    # a word broken at a line end ("fluda-" + "rabine"): join it whole
                    parts[-1] = prev[:-1]
                    pos -= 1
                # else a compound broken at its own hyphen ("low-" + "intensity") keeps it
            else:
                parts.append(" ")
                pos += 1
        offs.append((pos, no))
        parts.append(text)
        pos += len(text)
    return "".join(parts), offs


_WORD_AT_END = re.compile(r"(\S+)[.!?]$")  # the word a candidate sentence end closes

MAX_UNIT = 2000  # characters; longer "sentences" (flattened tables, junk) are cut at spaces


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENT_END.finditer(text):
        cut = m.start()
        # windows keep this linear: an unclosed "(" far back does not hold the sentence open
        if _inside_brackets(text[max(start, cut - 300) : cut + 1]):
            continue
        word = _WORD_AT_END.search(text, max(start, cut - 60), cut + 1)
        if word and m.group("glued") and _in_address(word.group(1)):
            continue  # "www.example.Org", "...?Cdr=": a web address, not a sentence end
        if word and text[cut] == ".":
            raw = word.group(1).lstrip("([\"“'")
            w = raw.lower().rstrip(".")
            if w in _ABBREV or (len(raw) == 1 and raw.isupper()):
                continue
        end = cut + 1 if m.group("glued") else m.end()  # a glued footnote number is dropped
        while end > cut and text[end - 1].isspace():
            end -= 1
        spans.append((start, end))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text.rstrip())))
    return [
        piece
        for s, e in spans
        for cut in _after_last_item(text, s, e)
        for piece in _capped(text, *cut)
        if text[piece[0] : piece[1]].strip()
    ]


# A list flattened into its paragraph ("Symptoms include - A - B - C No one knows why") may
# lose the full stop after its last item with the line breaks: the next sentence runs into the
# item. A dash item, then lower case, then a word that opens sentences and never continues a
# noun phrase, then lower case again ("No one", "The fungi", "Treatment is"), or a run of
# capitalised words taken up by a verb ("Valley Fever is often mild", "Group B strep can",
# "Antifungal medicines get rid of"),
# ends the item there.
_DASH_ITEM = re.compile(r"(?:^|\s)[-–•]\s+[A-Z]")
_OPENER = (
    r"No|The|This|These|Those|That|It|Its|They|Their|There|If|Most|Some|Many|Your|You|When|"
    r"While|Although|But|However|Anyone|Doctors?|Treatments?|Symptoms|Signs|Sometimes|Often|Over|"
    r"In|At|For|After|Before|During"
)
_RUN_ON = re.compile(
    rf"(?<=[a-z,)])\s+(?=(?:(?:{_OPENER})\s+[a-z]|[A-Z][A-Za-z]+(?:\s+(?:[A-Z][a-z]*|[a-z]+)){{0,2}}\s+"
    r"(?:is|are|can|may|will|should|causes?|affects?|gets?|helps?|needs?|usually|often)\s))"
)


def _after_last_item(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The span, cut where a sentence runs on after its flattened list's last item."""
    last = max(_DASH_ITEM.finditer(text, s, e), key=lambda m: m.start(), default=None)
    if last is None:
        return [(s, e)]
    run_on = _RUN_ON.search(text, last.end(), e)
    if run_on is None:
        return [(s, e)]
    return [(s, run_on.start()), (run_on.end(), e)]


def _capped(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Cut an over-long span into pieces of at most MAX_UNIT characters, at spaces."""
    out = []
    while e - s > MAX_UNIT:
        cut = text.rfind(" ", s + MAX_UNIT // 2, s + MAX_UNIT)
        if cut <= s:
            cut = s + MAX_UNIT
        out.append((s, cut))
        s = cut
        while s < e and text[s] == " ":
            s += 1
    out.append((s, e))
    return out


def _in_address(word: str) -> bool:
    """Whether the text before a glued full stop is part of a web or mail address."""
    low = word.lower()
    return "/" in word or "@" in word or low.startswith("www") or "." in word


def _inside_brackets(seg: str) -> bool:
    return seg.count("(") > seg.count(")") or seg.count("[") > seg.count("]")
