"""Trainer: turn medical documents into checked decks and study them with FSRS."""

__version__ = "0.1.0"
