"""Lexicon, deck JSON Schema and phase order, shipped as the package ``trainer.resources``.

The files are package data (see pyproject.toml), read through ``trainer.config.resources_dir()``.
"""
