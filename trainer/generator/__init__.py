"""Documents -> facts -> deck YAML. Never touches the database."""

from trainer.generator.facts import ExtractedFact, extract_documents
from trainer.generator.ingest import IngestError
from trainer.generator.lexicon import Lexicon
from trainer.generator.lexicon_load import load_lexicon

__all__ = ["ExtractedFact", "IngestError", "Lexicon", "extract_documents", "load_lexicon"]
