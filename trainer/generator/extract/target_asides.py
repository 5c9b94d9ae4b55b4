"""An aside set off by a pair of em dashes, read as one set off by commas.

"X inhibits two proteins—CDK4 and CDK6—that drive cell division" says what "X inhibits two
proteins, CDK4 and CDK6, that ..." says: the dashes only set off the names of what the drug
acts on. The target reader follows the comma wording, so a sentence whose em dashes come in
pairs is read with each dash as a comma (one character for one, so every name keeps its place).
A lone dash (a break in the sentence, a dash list) is left as it is.
"""

from __future__ import annotations

from dataclasses import replace

from trainer.generator.extract.context import Segment

_DASH = "\u2014"


def dash_asides_as_commas(seg: Segment) -> Segment:
    """``seg`` with its paired em dashes read as commas (itself when it has none or an odd
    number of them)."""
    n = seg.text.count(_DASH)
    if n == 0 or n % 2:
        return seg
    return replace(seg, text=seg.text.replace(_DASH, ","))
