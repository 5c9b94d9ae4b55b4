"""Exchange with other tools: Anki packages (.apkg, .colpkg) both ways, and spreadsheets
(CSV, TSV, Anki's text export) both ways. Plain data in, plain data out: the services
read and write the collection."""
