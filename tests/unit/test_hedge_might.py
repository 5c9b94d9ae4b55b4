"""A patient page's "treatment might include A" offers an option, as "may include" does, and
is hedged mildly; "might" elsewhere ("might help one day") stays a strong hedge."""

from __future__ import annotations

import pytest

from trainer.generator.extract.context import (
    HEDGE_MILD_FACTOR,
    HEDGE_STRONG_FACTOR,
    hedge_factor,
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Treatment of advanced gout might include colchicine.",
        "Colchicine might also be given for a flare.",
        "Allopurinol might be prescribed after the first attack.",
    ],
)
def test_an_option_that_might_be_given_is_a_mild_hedge(sentence: str) -> None:
    assert hedge_factor(sentence) == HEDGE_MILD_FACTOR


@pytest.mark.parametrize(
    "sentence",
    [
        "Colchicine might help prevent heart attacks.",
        "A new drug might replace allopurinol one day.",
    ],
)
def test_might_as_speculation_stays_a_strong_hedge(sentence: str) -> None:
    assert hedge_factor(sentence) == HEDGE_STRONG_FACTOR
