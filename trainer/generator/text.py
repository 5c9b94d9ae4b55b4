"""Cut a document's lines into units (headings, sentences, list items, table rows).

Documents are often hard-wrapped mid-sentence (PDF-to-text style), so sentences are built over
joined text while a map from character offset to source line is kept; every unit knows the
1-based line range it came from.

Rules, in order of strength:

* a line starting with a bullet ("- ", "* ", "•", "1.", "a)") is a list item; an indented or
  lower-case line after it continues the item;
* a line between pipes is a table row (the first row of a table is its header);
* a line ending without sentence punctuation joins the next line when the next line starts in
  lower case, or when it ends with a word that cannot end a sentence ("of", "and", ","); this
  also bridges a blank line (a page break in the middle of a sentence);
* a short line without final punctuation that stands alone is a heading; a run of such lines
  right after a heading or a line ending in ":" is a list without bullets;
* paragraphs are split into sentences at ., ! and ? followed by a capital, except after common
  abbreviations (e.g., i.e., Dr., U.S.) and inside brackets.

Each item records its lead-in (the heading or the sentence ending in ":" that introduces the
list) and each unit its section heading, which the extractors use as context.

Page numbers, running footers, side columns and citation markers are found in :mod:`.layout`;
joining wrapped lines and cutting sentences is in :mod:`.sentences`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from trainer.generator.layout import blank_references, page_furniture, side_columns
from trainer.generator.sentences import _join, _sentence_spans

_BULLET = re.compile(
    r"^\s*(?:[-*+•·◦▪▫‣●○■□➢►✓✔–—]|\(?\d{1,2}[.)]|\(?[a-h][.)]|\(?(?:i|ii|iii|iv|v|vi)[.)])\s+(?=\S)"
)
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_TERMINAL = ".!?;:"
# "Maintenance lasts" + "2 years.": a line ending in a lower-case word runs on into a number
_ENDS_LOWER_WORD = re.compile(r"\s[a-z][a-z-]*$")
_CONTINUATION_END = re.compile(
    r"(?:[,(/&\-–—]|\b(?:a|an|the|of|and|or|nor|but|to|in|on|at|by|for|from|with|without|as|"
    r"that|which|who|whose|whom|than|such|like|including|include|includes|is|are|was|were|be|"
    r"been|has|have|had|can|may|might|will|would|should|could|must|into|onto|its|their|his|her|"
    r"our|your|this|these|those|both|either|neither|each|every|any|some|most|more|less|very|"
    r"also|not|no|when|where|while|whereas|if|because|since|after|before|during|until|via|per|"
    r"versus|vs|about|over|under|between|among|within|against|toward|towards|through|known|"
    r"called|named)\s*)$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Unit:
    """A heading, sentence, list item or table row, with its line range."""

    index: int
    kind: str  # "heading" | "sentence" | "item" | "row"
    text: str
    first: int  # 1-based first line
    last: int  # 1-based last line
    starts: tuple[int, ...] = ()  # char offset where each source line's text begins
    lines: tuple[int, ...] = ()  # the source line of each entry of ``starts``
    section: int | None = None  # index of the governing heading
    lead: int | None = None  # items/rows: index of the lead-in unit
    para: int = 0  # paragraph (or list) number; sentences of one paragraph share it
    item_start: bool = True  # items: first sentence of its item
    cells: tuple[str, ...] = ()  # rows: the cells
    header: tuple[str, ...] = ()  # rows: the header row's cells
    # the text as written, where ``text`` reads a pronoun as the name it stands for
    # ("It causes" read as "Croup causes"); empty when the two are the same
    written: str = ""

    def line_at(self, offset: int) -> int:
        """The source line of character ``offset`` of ``text``."""
        if not self.starts:
            return self.first
        i = bisect.bisect_right(self.starts, offset) - 1
        return self.lines[max(i, 0)]

    def line_range(self, start: int = 0, end: int | None = None) -> tuple[int, int]:
        """Lines covered by ``text[start:end]``."""
        end = len(self.text) if end is None else end
        a = self.line_at(start)
        b = self.line_at(max(start, end - 1))
        return (a, b)


@dataclass
class _Block:
    kind: str  # "para" | "item" | "row" | "heading"
    pieces: list[tuple[int, str]] = field(default_factory=list)  # (line number, text)
    explicit_heading: bool = False
    after_blank: bool = False

    @property
    def last_text(self) -> str:
        return self.pieces[-1][1] if self.pieces else ""


def _ends_sentence(text: str) -> bool:
    t = text.rstrip().rstrip("\"”’')]*")
    return bool(t) and t[-1] in _TERMINAL


def _starts_lower(text: str) -> bool:
    s = text.lstrip()
    return bool(s) and (s[0].islower() or s[0] in "(,;")


_INNER_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z]")
_BRACKETED = re.compile(r"\([^()]*\)")


@lru_cache(maxsize=8192)
def _heading_like(text: str, *, standalone: bool = False) -> bool:
    """A short line without final punctuation that could be a heading or a bare list item.

    ``standalone``: the line has blank lines around it, so it need not look like a title.
    """
    s = text.strip()
    if not s or _ends_sentence(s) or s.endswith(","):
        return False
    if _CONTINUATION_END.search(s):
        return False
    if _INNER_SENTENCE_END.search(s):  # holds a sentence end: wrapped prose
        return False
    if len(s.split()) > 14 or len(s) > 110:
        return False
    plain = _BRACKETED.sub(" ", s).split()
    if len(plain) > 7 and not standalone:
        # long lines must look like titles ("Advances in Therapy: Chemotherapy and ..."), not prose
        long_words = [w for w in plain if len(w) > 3]
        capital = sum(1 for w in long_words if w[0].isupper())
        if not long_words or capital / len(long_words) < 0.6:
            return False
    return s[0].isupper() or s[0].isdigit() or s[0] in "\"“'("


def _is_row(line: str) -> bool:
    s = line.strip()
    return s.count("|") >= 2 and (s.startswith("|") or s.endswith("|"))


def _cells(line: str) -> tuple[str, ...]:
    s = line.strip()
    if s.startswith("|"):
        s = s[1:]
    if s.endswith("|"):
        s = s[:-1]
    return tuple(c.strip() for c in s.split("|"))


_MARKS = str.maketrans("", "", "®™©℠")


def _blocks(lines: Sequence[str], headings: frozenset[int]) -> list[_Block]:
    builder = _BlockBuilder(headings)
    furniture = page_furniture(lines)
    sides = side_columns(lines)
    asides: list[tuple[int, str]] = []  # a side column's lines, read after the main column's
    for no, raw in enumerate(lines, start=1):
        if no in furniture:
            continue
        if no in sides:
            asides.append((no, raw[sides[no] :]))
            raw = raw[: sides[no]]
        elif asides and (not raw.strip() or no in headings):
            builder.aside(asides)  # the main column's paragraph has ended
            asides = []
        builder.feed(no, raw)
    if asides:
        builder.aside(asides)
    return builder.blocks


class _BlockBuilder:
    """Groups lines into blocks: paragraphs, list items, table rows and headings."""

    def __init__(self, headings: frozenset[int]) -> None:
        self.headings = headings
        self.blocks: list[_Block] = []
        self.cur: _Block | None = None
        self.pending_blank = False

    def aside(self, lines: list[tuple[int, str]]) -> None:
        """Lines of a side box, read as a passage of their own."""
        self.pending_blank = True
        self.cur = None
        for no, raw in lines:
            self.feed(no, raw)
        self.pending_blank = True
        self.cur = None

    def feed(self, no: int, raw0: str) -> None:
        blocks = self.blocks
        raw = raw0.translate(_MARKS)  # brand signs only get in the way of patterns
        line = raw.rstrip()
        if not line.strip():
            self.pending_blank = True
            return
        pending_blank, cur = self.pending_blank, self.cur
        self.pending_blank = False
        if no in self.headings:
            blocks.append(
                _Block("heading", [(no, line.strip())], explicit_heading=True,
                       after_blank=pending_blank)
            )
            self.cur = None
            return
        if _is_row(line) or (_TABLE_RULE.match(line) and "|" in line):
            blocks.append(_Block("row", [(no, line)], after_blank=pending_blank))
            self.cur = None
            return
        m = _BULLET.match(line)
        if m:
            first = True
            for part in _inline_items(line[m.end() :].strip()):
                self.cur = _Block("item", [(no, part)], after_blank=pending_blank and first)
                blocks.append(self.cur)
                first = False
            return
        text = line.strip()
        indented = raw[: len(raw) - len(raw.lstrip())] != ""
        if cur is not None and cur.kind in ("para", "item"):
            prev = cur.last_text
            joins = not _ends_sentence(prev) and (
                _starts_lower(text)
                or bool(_CONTINUATION_END.search(prev))
                or (text[:1].isdigit() and bool(_ENDS_LOWER_WORD.search(prev)))
            )
            if cur.kind == "item" and not pending_blank and indented and not _ends_sentence(prev):
                joins = True
            if prev.rstrip().endswith(":"):
                joins = False  # a lead-in ends its paragraph; what follows is its list
            elif cur.kind == "para" and not pending_blank and not joins:
                # consecutive lines of prose stay one paragraph unless one looks like a heading
                joins = not _heading_like(prev) and not _heading_like(text)
            if joins:
                cur.pieces.append((no, text))
                return
        self.cur = _Block("para", [(no, text)], after_blank=pending_blank or not blocks)
        blocks.append(self.cur)


def segment(lines: Sequence[str], headings: frozenset[int] = frozenset()) -> list[Unit]:
    """Units of a document, in reading order."""
    blocks = _blocks([blank_references(line) for line in lines], headings)
    units: list[Unit] = []
    section: int | None = None
    lead: int | None = None  # lead-in for the list being read
    sub_lead: int | None = None  # an item ending in ":" heading a flattened nested list
    para = 0
    header: tuple[str, ...] = ()
    prev_kind = ""
    i = 0
    while i < len(blocks):
        b = blocks[i]
        para += 1
        if b.kind == "row":
            no, line = b.pieces[0]
            if _TABLE_RULE.match(line):
                i += 1
                continue
            cells = _cells(line)
            if prev_kind != "row" or b.after_blank:
                header = cells
                table_lead = units[-1].index if units and _is_lead(units[-1]) else None
                units.append(
                    _unit(
                        units,
                        "header",
                        " | ".join(cells),
                        no,
                        section,
                        table_lead,
                        para,
                        cells=cells,
                    )
                )
                lead = units[-1].index
            else:
                units.append(
                    _unit(
                        units,
                        "row",
                        " | ".join(cells),
                        no,
                        section,
                        lead,
                        para,
                        cells=cells,
                        header=header,
                    )
                )
            prev_kind = "row"
            i += 1
            continue
        alone = b.after_blank and (i + 1 == len(blocks) or blocks[i + 1].after_blank)
        if b.kind == "heading" or (
            b.kind == "para"
            and len(b.pieces) == 1
            and _heading_like(b.pieces[0][1], standalone=alone)
        ):
            # A run of heading-like lines after a heading or a lead-in is a list without bullets.
            after_lead = bool(units) and _is_lead(units[-1]) and prev_kind in ("heading", "lead")
            run = [b]
            j = i + 1
            while (
                b.kind == "para"
                and j < len(blocks)
                and blocks[j].kind == "para"
                and len(blocks[j].pieces) == 1
                and _heading_like(blocks[j].pieces[0][1])
                and (
                    blocks[j].pieces[0][0] == run[-1].pieces[0][0] + 1
                    # a web page's list copied as lines with blank lines between them, after a
                    # sentence ending in ":"; a Title Case line is the next section's heading
                    or (
                        after_lead
                        and prev_kind == "lead"
                        and blocks[j].pieces[0][0] == run[-1].pieces[0][0] + 2
                        and not _title_case(blocks[j].pieces[0][1])
                        and not _title_case(b.pieces[0][1])
                    )
                )
            ):
                run.append(blocks[j])
                j += 1
            # ...but a single such line followed by prose is a sub-heading ("Chemotherapy" + text).
            prose_next = (
                len(run) == 1
                and j < len(blocks)
                and blocks[j].kind == "para"
                and not (len(blocks[j].pieces) == 1 and _heading_like(blocks[j].pieces[0][1]))
            )
            if b.kind == "para" and after_lead and (len(run) > 1 or units[-1].kind != "heading"):
                if prose_next:
                    run = []
                for rb in run:
                    no, text = rb.pieces[0]
                    units.append(_unit(units, "item", text, no, section, lead, para))
                if run:
                    prev_kind = "item"
                    i = j
                    continue
            no, text = b.pieces[0]
            units.append(_unit(units, "heading", text, no, section, None, para))
            section = units[-1].index
            lead = section
            sub_lead = None  # so does a heading
            prev_kind = "heading"
            i += 1
            continue
        if b.kind == "item":
            if prev_kind not in ("item", "heading", "lead"):
                lead = units[-1].index if units and _is_lead(units[-1]) else None
                sub_lead = None
            text, offs = _join(b.pieces)
            spans = _sentence_spans(text)
            # A nested list a web page flattened: items after an item ending in ":" are its
            # items, up to an item of several sentences (the next item of the outer list).
            if len(spans) > 1:
                sub_lead = None
            own_lead = sub_lead if sub_lead is not None else lead
            for k, (s, e) in enumerate(spans):
                units.append(
                    _sub_unit(units, "item", text, offs, s, e, section, own_lead, para, k == 0)
                )
            if units[-1].text.rstrip().endswith(":"):
                sub_lead = units[-1].index
            prev_kind = "item"
            i += 1
            continue
        # paragraph
        text, offs = _join(b.pieces)
        spans = _sentence_spans(text)
        for s, e in spans:
            units.append(_sub_unit(units, "sentence", text, offs, s, e, section, None, para, True))
        last = units[-1]
        if _is_lead(last):
            lead = last.index
            sub_lead = None  # a new lead-in ends the nested list of the list before it
            prev_kind = "lead"
        elif prev_kind == "item" and _POINTER_LINE.match(text):
            pass  # "Learn more about H. pylori and cancer." between items: the list goes on
        else:
            prev_kind = "sentence"
        i += 1
    return units


# A line a web page sets between a list's items to point elsewhere, no part of the list's text
_POINTER_LINE = re.compile(
    r"^\s*(?:learn|read|find\s+out)\s+more\s+(?:about|on)\b.{1,160}$", re.IGNORECASE
)


_INLINE_BULLET = re.compile(r"\s+[-–•]\s+(?=\S)")


def _inline_items(text: str) -> list[str]:
    """"balsalazide - mesalamine - olsalazine": a list a web page lost its line breaks in is
    read as one item per part; a dash inside a sentence ("X - the main drug - is") is not."""
    parts = _INLINE_BULLET.split(text)
    if len(parts) >= 3 or (len(parts) == 2 and all(len(p.split()) <= 6 for p in parts)):
        return [p.strip() for p in parts if p.strip()]
    return [text]


def _title_case(line: str) -> bool:
    """"Other Risk Factors", "Diagnostic Tests and Procedures": most long words capitalised."""
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'-]*", line) if len(w) >= 4]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.6 * len(words) + 0.5


# A sentence ending in the words that open a list ("Symptoms include", "as follows")
_LIST_LEAD_END = re.compile(
    r"\b(?:include|includes|including|such as|as follows|the following)\s*$", re.IGNORECASE
)


def _is_lead(u: Unit) -> bool:
    """A unit that can introduce a list: a heading, a table header or a sentence ending in ':'."""
    if u.kind in ("heading", "header"):
        return True
    t = u.text.rstrip()
    return t.endswith(":") or bool(
        _LIST_LEAD_END.search(t)
    )


def _unit(
    units: list[Unit],
    kind: str,
    text: str,
    line: int,
    section: int | None,
    lead: int | None,
    para: int,
    cells: tuple[str, ...] = (),
    header: tuple[str, ...] = (),
) -> Unit:
    return Unit(
        index=len(units), kind=kind, text=text, first=line, last=line, starts=(0,),
        lines=(line,), section=section, lead=lead, para=para, cells=cells, header=header,
    )  # fmt: skip


def _sub_unit(
    units: list[Unit],
    kind: str,
    text: str,
    offs: list[tuple[int, int]],
    s: int,
    e: int,
    section: int | None,
    lead: int | None,
    para: int,
    item_start: bool,
) -> Unit:
    starts: list[int] = []
    nos: list[int] = []
    for off, no in offs:
        if off >= e:
            break
        rel = max(off - s, 0)
        if starts and rel == starts[-1]:
            nos[-1] = no
        else:
            starts.append(rel)
            nos.append(no)
    return Unit(
        index=len(units), kind=kind, text=text[s:e], first=nos[0], last=nos[-1],
        starts=tuple(starts), lines=tuple(nos), section=section, lead=lead, para=para,
        item_start=item_start,
    )  # fmt: skip
