"""Which test methods measure a marker: "MRD should be measured by flow cytometry or by PCR",
"Measurement of MRD by flow cytometry": each method (a lexicon test) -> the marker it measures,
a marker fact read by :mod:`.markers`."""

from __future__ import annotations

import re

from trainer.generator.extract.marker_objects import is_marker, is_test
from trainer.generator.extract.patterns import negated
from trainer.generator.lexicon import Mention

# "MRD should be measured by flow cytometry, by quantitative PCR or by NGS" and "Measurement
# of MRD by flow cytometry or by PCR": the marker measured, then the methods.
_MEASURED_BY = re.compile(
    r"\s+(?:(?:is|are|should be|can be|will be|may be|must be)\s+)?(?:measured|detected|"
    r"quantified|monitored|assessed)\s+(?:by|with|using)\s+",
    re.IGNORECASE,
)
_MEASUREMENT_OF = re.compile(
    r"\b(?:measurement|detection|quantification|monitoring|assessment)\s+of\s+"
    r"(?P<x>[^,;.()]{2,60}?)(?:\s*\([^()]{1,20}\))?\s+(?:by|with|using)\s+",
    re.IGNORECASE,
)
_METHODS_END = re.compile(
    r"[.;](?:\s|$)|,\s*(?:with|which|giving)\b|\s+(?:identif\w*|is|are|can|which|to|shows?)\s",
    re.IGNORECASE,
)


def measurements(body: str, base: int, ms: list[Mention]) -> list[tuple[Mention, list[Mention]]]:
    """(marker, the test methods that measure it) of each such phrase in ``body``."""
    found: list[tuple[Mention | None, int]] = []
    for m in _MEASURED_BY.finditer(body):
        before = [x for x in ms if x.end <= base + m.start()]
        # the marker ends just before, perhaps with its abbreviation in brackets
        if before and re.fullmatch(r"\s*(?:\([^()]{1,20}\))?",
                                   body[before[-1].end - base : m.start()]):
            found.append((before[-1], m.end()))
    for m in _MEASUREMENT_OF.finditer(body):
        inside = [x for x in ms if base + m.start("x") <= x.start < base + m.end("x")]
        found.append((inside[0] if len(inside) == 1 else None, m.end()))
    out: list[tuple[Mention, list[Mention]]] = []
    for what, start in found:
        if what is None or not is_marker(what) or negated(body[max(0, start - 40) : start]):
            continue
        stop = _METHODS_END.search(body, start)
        end = base + (stop.start() if stop else len(body))
        methods = [x for x in ms if base + start <= x.start < end and is_test(x)]
        if methods:
            out.append((what, methods))
    return out
