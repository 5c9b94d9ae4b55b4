"""The bundled decks, shipped inside the app as the package ``trainer.bundled_decks``.

Only the *.yaml files here are package data; see pyproject.toml.
"""
