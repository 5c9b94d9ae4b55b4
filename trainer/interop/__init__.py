"""Exchange with other tools: Anki packages (.apkg) and CSV/TSV."""
