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


@pytest.mark.parametrize(
    "sentence",
    [
        "A health care provider may use one or more imaging tests to diagnose a cystocele.",
        "A doctor may use a voiding cystourethrogram to diagnose a cystocele.",
        "Your doctor may order blood tests.",
        "The people most likely to get gout are men.",
    ],
)
def test_a_providers_choice_of_test_and_most_likely_are_no_hedge(sentence: str) -> None:
    assert hedge_factor(sentence) == 1.0


@pytest.mark.parametrize(
    "sentence",
    [
        "Smoking may cause a cystocele.",
        "A doctor may use surgery to repair a cystocele.",
        "Gout is likely to come back.",
    ],
)
def test_may_cause_and_other_uses_stay_mild_hedges(sentence: str) -> None:
    assert hedge_factor(sentence) == HEDGE_MILD_FACTOR
