"""Anki packages (.apkg, .colpkg), both ways."""

from trainer.interop.anki.bundle import CardSchedule, ExportDeck, ExportResult, ExportReview
from trainer.interop.anki.writer import write_apkg

__all__ = ["CardSchedule", "ExportDeck", "ExportResult", "ExportReview", "write_apkg"]
