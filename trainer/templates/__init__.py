"""Card templates: facts and hand-written cards of a deck -> the cards a learner studies.

Pure and deterministic; imports only :mod:`trainer.domain` and the standard library, so
every layer above may render cards.
"""

from trainer.templates.citations import describe_citation, describe_lines, explain_sources
from trainer.templates.cloze import cloze_from_sentence
from trainer.templates.facts import render_fact
from trainer.templates.hand import render_hand_card
from trainer.templates.keys import slug, stable_rng
from trainer.templates.quantities import canonical_value
from trainer.templates.render import render_cards

__all__ = [
    "canonical_value",
    "cloze_from_sentence",
    "describe_citation",
    "describe_lines",
    "explain_sources",
    "render_cards",
    "render_fact",
    "render_hand_card",
    "slug",
    "stable_rng",
]
