"""Relation extractors: one module per family of relations over the segmented text."""

from __future__ import annotations

from trainer.generator.ingest import Document
from trainer.generator.lexicon import Lexicon


def extract_facts(document: Document, lexicon: Lexicon) -> list:  # type: ignore[type-arg]
    """Placeholder until the extractors land."""
    return []
