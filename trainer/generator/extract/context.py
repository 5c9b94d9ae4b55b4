"""What the extractors look at: segments of text with their names found, plus document context.

A :class:`Segment` is the text one pattern runs over: a sentence, a heading, a table row, or a
list item read together with its lead-in ("The drugs used include:" + "- vincristine"). In a
lead+item segment a fact must use at least one name from the item, so a lead-in's own facts are
not repeated once per item.

The :class:`DocContext` holds the segments, the document's own abbreviations ("acute
lymphoblastic leukemia (ALL)" makes "ALL" a name in that document), the document's main disease
(the subject of risk and prognostic facts when a sentence names none), and builds facts with
their provenance.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from trainer.domain import Relation
from trainer.generator.extract import band_dots, page_topic, topic_pronouns
from trainer.generator.extract.clauses import fact_hedge
from trainer.generator.facts import ExtractedFact
from trainer.generator.glued import unglue_lines
from trainer.generator.ingest import Document
from trainer.generator.lexicon import Hit, Lexicon, Mention
from trainer.generator.namepatterns import biologic_suffix_end
from trainer.generator.text import Unit, segment
from trainer.generator.tokens import Token, tokenize

# Sections whose text is not about the topic (bibliographies, site chrome).
_SKIP_SECTION = re.compile(
    r"^\s*(?:references?|bibliography|sources|citations|further reading|footnotes|"
    r"related (?:articles|links|pages)|share this|follow us|contact us)\b",
    re.IGNORECASE,
)
_REFERENCE_LIST = re.compile(r"^\s*(?:references?|bibliography|citations|footnotes)\b", re.I)
_ABBR_DEF = re.compile(r"\s*\(\s*([A-Z][A-Za-z0-9+]{1,9}?)(?:s)?\s*\)")

# Speculation about research: not a fact (confidence falls below the default threshold).
_HEDGE_STRONG = re.compile(
    r"\b(?:(?:is|are|being) (?:currently )?being (?:studied|tested|investigated|explored|evaluated|"
    r"developed|researched)|(?:is|are) (?:currently )?being (?:studied|tested|investigated|"
    r"explored|"
    r"evaluated|developed|researched)|under (?:investigation|study|evaluation|development)|"
    r"trials? (?:are|is) (?:now |currently )?(?:exploring|testing|investigating|looking|checking|"
    r"evaluating|studying)|(?:researchers|scientists|investigators|studies|trials) (?:are|"
    r"have been)"
    r" (?:now |currently )?(?:exploring|testing|investigating|looking|working|studying|"
    r"evaluating|checking|developing)|(?:is|are) (?:also )?exploring|could potentially|"
    r"may potentially|might(?!\s+(?:also\s+)?(?:include|be\s+(?:used|given|recommended|offered|"
    r"prescribed|treated)))|could|possibly|perhaps|hypothes\w+|speculat\w+|in the future|"
    r"future (?:studies|research|trials|therapies)|(?:it is|it's|remains?) (?:still )?"
    r"(?:unclear|uncertain|unknown|not known|to be (?:seen|determined|established))|"
    r"investigational|experimental)\b",
    re.IGNORECASE,
)
# Ordinary clinical hedging ("may cause"): kept, with lower confidence and a "hedged" flag.
_HEDGE_MILD = re.compile(
    # "Treatment might include A": a patient page's option. "may include", "may be used" and
    # "may be given" state what a treatment or use is, as every key reads them (a drug page's
    # "It may be used: - As the first therapy"), so they are no hedge; "may cause" is.
    # A provider who "may use / order / do" a test does so by choice: what the test is for is no
    # hedge ("A provider may use imaging tests to diagnose X", "may order a blood test"), nor is
    # a list of what a provider may do ("Your doctor may: - do a biopsy")
    r"\b(?:may(?!\s*:|\s+(?:also\s+)?(?:include|be\s+(?:used|given)\b|(?:use|order|perform|do|run)\s+"
    r"(?:(?:an?\s+|the\s+|one\s+or\s+more\s+|several\s+|some\s+)?(?:[\w-]+\s+){0,4}?(?:tests?|"
    r"exams?|examinations?|scans?|biops(?:y|ies)|ultrasounds?|x-rays?|imaging)\b|[^.;]{2,100}?\bto\s+"
    r"(?:help\s+)?(?:diagnose|detect|confirm|rule\s+out|check\s+for|find\s+out|look\s+for)\b)))|"
    r"might(?=\s+(?:also\s+)?(?:include|be\s+(?:used|given|recommended|offered|prescribed|"
    r"treated)))|sometimes|suggests?|suggested|(?<!more )(?<!less )(?<!most )likely|probably|"
    r"appears? to|"
    r"thought to|believed to|"
    r"in some (?:cases|patients)|promising|emerging)\b",
    re.IGNORECASE,
)
HEDGE_STRONG_FACTOR = 0.45
HEDGE_MILD_FACTOR = 0.75


@dataclass(frozen=True, slots=True)
class Part:
    """A piece of a segment: which unit it comes from and where it starts in the segment."""

    offset: int
    unit: Unit


@dataclass(frozen=True)
class Segment:
    """Text under analysis with its names (see the module docstring).

    Frozen: a reader that wants another reading of a segment makes a new one
    (``dataclasses.replace``), so ``lead`` and ``body``, which every reader asks for, are
    worked out once when it is made.
    """

    text: str
    mentions: list[Mention]
    parts: list[Part]
    main: Unit  # the unit the segment is about (the item of a lead+item segment)
    body_start: int = 0  # where ``main``'s text starts (after a lead-in)
    hedge: float = 1.0
    doc: DocContext | None = field(default=None, repr=False)
    lead: Unit | None = field(init=False, repr=False, compare=False)  # a list item's lead-in
    body: str = field(init=False, repr=False, compare=False)  # ``main``'s own text

    def __post_init__(self) -> None:
        object.__setattr__(self, "lead", self.parts[0].unit if len(self.parts) > 1 else None)
        object.__setattr__(self, "body", self.text[self.body_start :])

    def in_body(self, m: Mention | int) -> bool:
        pos = m if isinstance(m, int) else m.start
        return pos >= self.body_start

    def of_kind(self, *kinds: str) -> list[Mention]:
        return [m for m in self.mentions if m.is_kind(*kinds)]

    def lines(self) -> tuple[int, int]:
        first = self.parts[0].unit.first
        return (first, self.main.last)


# Routes and schedules a clinical text abbreviates without defining them: "given IM" is
# intramuscular, never the initials of "interim maintenance".
_CLINICAL_SHORTHAND = frozenset(
    {"IM", "IV", "IT", "SC", "SQ", "PO", "PR", "NG", "OD", "BD", "BID", "TDS", "TID", "QDS", "QID",
     "PRN", "STAT"}
)


class DocContext:
    """One document, segmented and annotated, with helpers to build facts."""

    def __init__(self, document: Document, lexicon: Lexicon) -> None:
        self.doc = document
        self.lexicon = lexicon
        # names a lost dash ran into the next word ("anemiaa condition") are cut apart first
        self.units: list[Unit] = segment(
            unglue_lines(band_dots.hide(document.lines), lexicon), document.headings
        )
        self._tokens = [tokenize(u.text) for u in self.units]
        self._base = [lexicon.find(u.text, self._tokens[u.index]) for u in self.units]
        self.abbreviations = self._abbreviations()
        # short names the page defines for its topic that the lexicon files as another kind of
        # name ("Traumatic brain injury (TBI)", the lexicon's TBI being an irradiation): on
        # this page they mean what the page says
        self.overrides: dict[str, tuple[Hit, ...]] = {}
        self._mentions: dict[int, list[Mention]] = {}
        self._find_cache: dict[str, list[Mention]] = {}
        self._parents: dict[str, str | None] = {}
        self.skipped: set[int] = self._skipped_units()
        self.main_disease = page_topic.main_disease(self)
        self._read_pronouns()

    def _read_pronouns(self) -> None:
        """Read each "It" that stands for the page's topic as its name (see
        :mod:`.topic_pronouns`), and find the names of the sentences that changed again."""
        units = topic_pronouns.resolve(self, self.units)
        for u in units:
            if u is not self.units[u.index]:
                self._tokens[u.index] = tokenize(u.text)
                self._base[u.index] = self.lexicon.find(u.text, self._tokens[u.index])
                self._mentions.pop(u.index, None)
        self.units = units

    # -- names ---------------------------------------------------------------------------------

    def mentions(self, unit: Unit) -> list[Mention]:
        ms = self._mentions.get(unit.index)
        if ms is None:
            base = self._base[unit.index]
            toks = self._tokens[unit.index]
            if self.abbreviations:
                base = self._with_abbreviations(base, toks)
            ms = _with_fda_suffix(unit.text, _drop_bracketed_aliases(unit.text,
                                                                    self._overridden(base)))
            self._mentions[unit.index] = ms
        return ms

    def _with_abbreviations(self, base: list[Mention], toks: list[Token]) -> list[Mention]:
        """Add the document's abbreviations where no lexicon name was found."""
        abbr = self.abbreviations
        extra = []
        covered = [(m.start, m.end) for m in base]
        for t in toks:
            hits = abbr.get(t.raw) or (abbr.get(t.raw[:-1]) if t.raw.endswith("s") else None)
            if hits and not any(a <= t.start < b for a, b in covered):
                extra.append(Mention(t.start, t.end, t.raw, hits))
        return sorted(base + extra, key=lambda m: m.start) if extra else base

    def find(self, text: str) -> list[Mention]:
        """Names in a free piece of text (cached: the same phrases come back often)."""
        found = self._find_cache.get(text)
        if found is None:
            found = _with_fda_suffix(text, self._overridden(
                self.lexicon.find(text, extra=self.abbreviations, shapes=False)))
            self._find_cache[text] = found
        return found

    def _overridden(self, found: list[Mention]) -> list[Mention]:
        """``found`` with each short name the page defines otherwise given the page's meaning."""
        if not self.overrides:
            return found
        out = []
        for m in found:
            hits = self.overrides.get(m.surface)
            if hits is None and m.surface.endswith("s"):
                hits = self.overrides.get(m.surface[:-1])  # "TBIs"
            out.append(Mention(m.start, m.end, m.surface, hits) if hits else m)
        return out

    def _abbreviations(self) -> dict[str, tuple[Hit, ...]]:
        """The document's own abbreviations of lexicon names.

        Defined ones ("acute lymphoblastic leukemia (ALL)") and undefined ones whose letters are
        the initials of a name the document uses ("ALL" beside "Acute Lymphoblastic Leukemia").
        """
        out: dict[str, tuple[Hit, ...]] = {}
        initials: dict[str, tuple[Hit, ...]] = {}
        caps: set[str] = set()
        for u in self.units:
            for tok in self._tokens[u.index]:
                if len(tok.raw) >= 2 and tok.raw.isupper():
                    caps.add(tok.raw)
            for m in self._base[u.index]:
                if " " not in m.surface and "-" not in m.surface:
                    continue
                words = re.split(r"[\s\-]+", m.surface.strip())
                if len(words) >= 2:
                    ini = "".join(w[0] for w in words if w).upper()
                    initials.setdefault(ini, m.hits)
                d = _ABBR_DEF.match(u.text, m.end)
                if d and len(words) >= 2:
                    abbr = d.group(1)
                    if abbr[0].upper() == words[0][0].upper() and not self.lexicon.lookup(abbr):
                        out.setdefault(abbr, m.hits)
        for abbr, hits in initials.items():
            if abbr in _CLINICAL_SHORTHAND:
                continue
            if abbr in caps and abbr not in out and not self.lexicon.lookup(abbr):
                out[abbr] = hits
        return out

    def _parent(self, subtype: str) -> str | None:
        """The disease a subtype's name contains ("adult acute lymphoblastic leukemia" -> ALL)."""
        if subtype in self._parents:
            return self._parents[subtype]
        low = subtype.lower()
        best = None
        for e in self.lexicon.entries:
            if (
                e.kind == "condition"
                and e.type == "disease"
                and e.name.lower() in low
                and (best is None or len(e.name) > len(best))
            ):
                best = e.name
        self._parents[subtype] = best
        return best

    def _skipped_units(self) -> set[int]:
        skipped: set[int] = set()
        for u in self.units:
            head = self.units[u.section] if u.section is not None else None
            # a heading after a reference list opens a new section: markdown levels are not
            # kept, so "## Stage" after "###### References" must not inherit the skip; under
            # "Related Links" a heading opens a section only when sentences follow it
            if (u.kind == "heading" and _SKIP_SECTION.match(u.text)) or (
                head is not None and head.index in skipped and not self._opens_section(u, head)
            ):
                skipped.add(u.index)
        return skipped

    def _opens_section(self, unit: Unit, head: Unit) -> bool:
        return unit.kind == "heading" and (
            (bool(_REFERENCE_LIST.match(head.text)) and _new_section(unit))
            or self._opens_prose(unit)
        )

    def _opens_prose(self, unit: Unit) -> bool:
        """A heading followed by sentences of its own opens a section of the text, even when
        the page nests it under "Related Links" (a list of links has no sentences)."""
        if unit.kind != "heading":
            return False
        for u in self.units[unit.index + 1 :]:
            if u.kind == "heading":
                return False
            if u.kind == "sentence":
                return True
        return False

    @staticmethod
    def same_disease(name: str, main: str) -> bool:
        """A disease or one of its subtypes ("Ph+ acute lymphoblastic leukemia" is ALL)."""
        return main.lower() in name.lower()

    def disease_in(self, mentions: Iterable[Mention]) -> str | None:
        """The disease a segment names, if any (subtypes count as their disease's subtype)."""
        for m in mentions:
            h = m.hit("condition")
            if h is not None and h.type in ("disease", "subtype") and h.name != "leukemia":
                return h.name
        return None

    def disease_and_subtype(self, mentions: Iterable[Mention]) -> tuple[str | None, str | None]:
        """The disease a segment names and the subtype it names, if any: "Ph-negative ALL"
        gives (acute lymphoblastic leukemia, Philadelphia chromosome-negative ...)."""
        named = self.disease_in(mentions)
        if named is None:
            return None, None
        hits = self.lexicon.lookup(named)
        if hits and hits[0].type == "subtype":
            parent = self._parent(named)
            if parent is not None:
                return parent, named
        return named, None

    # -- segments ------------------------------------------------------------------------------

    def heading(self, unit: Unit) -> Unit | None:
        return self.units[unit.section] if unit.section is not None else None

    def item_head(self, unit: Unit) -> Unit | None:
        """The first sentence of the list item ``unit`` continues ("Maintenance: ... It lasts")."""
        if unit.kind != "item" or unit.item_start:
            return None
        k = unit.index - 1
        while k >= 0 and self.units[k].kind == "item" and not self.units[k].item_start:
            k -= 1
        return self.units[k] if k >= 0 and self.units[k].kind == "item" else None

    def previous(self, unit: Unit) -> Unit | None:
        """The sentence before, in the same paragraph or list."""
        if unit.index == 0:
            return None
        p = self.units[unit.index - 1]
        return p if p.para == unit.para or p.kind == unit.kind == "item" else None

    def segments(self) -> list[Segment]:
        out = []
        for u in self.units:
            if u.index in self.skipped:
                continue
            out.append(self.segment_of(u))
        return out

    def segment_of(self, u: Unit) -> Segment:
        lead = self.units[u.lead] if u.lead is not None and u.kind in ("item", "row") else None
        if lead is not None and u.item_start:
            text = lead.text + " " + u.text
            body = len(lead.text) + 1
            ms = self.mentions(lead) + [_shift(m, body) for m in self.mentions(u)]
            parts = [Part(0, lead), Part(body, u)]
            # a side remark in an item ("benzene - ... may also be found in ...") hedges nothing
            # (a bracket is left out, not the rest of the item after it)
            unbracketed = re.sub(r"\([^()]*\)", " ", u.text)
            head = re.split(r"\s[–—-]\s|—|;|\(", unbracketed, maxsplit=1)[0]
            hedge = min(hedge_factor(lead.text), hedge_factor(head))
        else:
            text, body, ms, parts = u.text, 0, self.mentions(u), [Part(0, u)]
            hedge = hedge_factor(u.text)
        return Segment(text, ms, parts, u, body, hedge, self)

    # -- facts ---------------------------------------------------------------------------------

    def fact(
        self,
        seg: Segment,
        relation: Relation,
        subject: str,
        obj: str,
        confidence: float,
        *,
        flags: Sequence[str] = (),
        qualifier: str | None = None,
        context: Unit | None = None,
    ) -> ExtractedFact:
        """A fact read from ``seg`` (and, when given, from a heading/previous sentence too)."""
        first, last = seg.lines()
        if context is not None and context.last < first and first - context.last <= 6:
            first = context.first
        all_flags = list(dict.fromkeys(flags))
        hedge = _own_clause_hedge(seg, subject, obj)
        if hedge < 1.0 and "hedged" not in all_flags:
            all_flags.append("hedged")
        said = _as_written(seg)
        evidence = said if context is None else f"{context.written or context.text} … {said}"
        return ExtractedFact(
            doc=self.doc.stem,
            file=self.doc.name,
            relation=relation,
            subject=subject,
            object=obj,
            lines=(first, last),
            confidence=round(max(0.0, min(1.0, confidence * hedge)), 3),
            page=self.doc.page_of(first),
            qualifier=qualifier,
            flags=tuple(all_flags),
            evidence=evidence,
        )


def _with_fda_suffix(text: str, found: list[Mention]) -> list[Mention]:
    """``found`` with each drug's mention spanning the suffix its name carries in ``text``
    ("Zanidatamab-hrii works by ..."): the suffix is part of the name, not a word after it."""
    out = []
    for m in found:
        end = biologic_suffix_end(text, m.end) if m.is_kind("drug") else None
        out.append(m if end is None else Mention(m.start, end, text[m.start : end], m.hits))
    return out


def _as_written(seg: Segment) -> str:
    """The segment's text as the document writes it (a pronoun read as a name put back)."""
    text = seg.text
    for part in seg.parts:
        if part.unit.written:
            text = text.replace(part.unit.text, part.unit.written, 1)
    return text


def _own_clause_hedge(seg: Segment, subject: str, obj: str) -> float:
    """The hedge of the clauses of a sentence that name the fact (see :mod:`.clauses`): a hedge
    in another clause of the same sentence does not reach it. A reader's own setting of the
    segment's hedge stands where it is milder; a list item under its lead-in keeps the hedge
    of both."""
    if seg.hedge >= 1.0 or len(seg.parts) > 1:
        return seg.hedge
    own = fact_hedge(seg.text, _named_at(seg, subject), _named_at(seg, obj), hedge_factor)
    return seg.hedge if own is None else max(seg.hedge, own)


def _named_at(seg: Segment, name: str) -> list[int]:
    """Where a segment names ``name``: its mentions of that name, else the words as written."""
    low = name.lower()
    at = [m.start for m in seg.mentions
          if m.surface.lower() == low or any(h.name.lower() == low for h in m.hits)]
    if at:
        return at
    bare = re.sub(r"\s*\([^()]*\)$", "", low).strip()  # "younger age (better prognosis)"
    if len(bare) < 3:
        return []
    text = seg.text.lower()
    found, k = [], text.find(bare)
    while k >= 0:
        found.append(k)
        k = text.find(bare, k + 1)
    return found


def _new_section(u: Unit) -> bool:
    """Whether heading ``u``, met inside a skipped section, starts a new section rather than
    a part of the skipped one: a page that lists references after each section ("References"
    then "Stage Information for Hairy Cell Leukemia") goes on with its topic, while a
    bibliography's own parts have short generic headings ("Books", "Journal articles")."""
    return u.kind == "heading" and len(u.text.split()) >= 3 and not _SKIP_SECTION.match(u.text)


# Each wording of the hedges above holds one of these, so a text without any is not searched:
# the two case-blind regexes cost more than any other test made of every segment.
_STRONG_WORDS = (
    "being", "under ", "trial", "researchers", "scientists", "investigators", "studies",
    "exploring", "potentially", "might", "could", "possibly", "perhaps", "hypothes",
    "speculat", "future", "unclear", "uncertain", "unknown", "not known", "to be ",
    "investigational", "experimental",
)
_MILD_WORDS = ("may", "might", "sometimes", "suggest", "likely", "probably", "appear", "thought to",
               "believed to", "in some", "promising", "emerging")


def hedge_factor(text: str) -> float:
    low = text.lower()
    if any(w in low for w in _STRONG_WORDS) and _HEDGE_STRONG.search(text):
        return HEDGE_STRONG_FACTOR
    if any(w in low for w in _MILD_WORDS) and _HEDGE_MILD.search(text):
        return HEDGE_MILD_FACTOR
    return 1.0


def _drop_bracketed_aliases(text: str, mentions: list[Mention]) -> list[Mention]:
    """Drop "(Gleevec)" after "imatinib": a bracketed other name of the name just before."""
    out: list[Mention] = []
    for m in mentions:
        if out:
            prev = out[-1]
            between = text[prev.end : m.start]
            if (
                re.fullmatch(r"\s*[\(\[]\s*", between)
                and re.match(r"\s*[\)\],;]", text[m.end :])
                and {h.name for h in m.hits} & {h.name for h in prev.hits}
            ):
                continue
        out.append(m)
    return out


def _shift(m: Mention, by: int) -> Mention:
    return Mention(m.start + by, m.end + by, m.surface, m.hits)
