"""Helpers the subcommands share: opening the profile's collection with plain errors."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from trainer.config import DEFAULT_PROFILE, Profiles, data_root
from trainer.services import Collection, CollectionError
from trainer.services.failures import failure


def collection_path(args: argparse.Namespace) -> Path:
    """The chosen profile's collection file (the profile asked for, else the last used)."""
    profiles = Profiles(root=data_root(args.data_dir))
    name = args.profile or profiles.last_used() or DEFAULT_PROFILE
    return profiles.collection_path(name)


def profile_name(args: argparse.Namespace) -> str:
    """The profile the command works on: --profile, else the last used, else "default"."""
    return str(args.profile or Profiles(root=data_root(args.data_dir)).last_used()
               or DEFAULT_PROFILE)


def profile_exists(args: argparse.Namespace) -> bool:
    """Whether the chosen profile has been made already (by the app or a command)."""
    profiles = Profiles(root=data_root(args.data_dir))
    return profile_name(args) in profiles.list()


def open_collection(args: argparse.Namespace) -> Collection | None:
    """The chosen profile's collection, or None after printing why it cannot be opened."""
    profiles = Profiles(root=data_root(args.data_dir))
    name = profile_name(args)
    try:
        folder = profiles.folder(name)
        try:
            if not folder.exists():
                profiles.create(name)
        except OSError as exc:
            raise failure(exc, folder) from exc
        collection = Collection.open(profiles.collection_path(name))
    except (CollectionError, ValueError) as exc:
        print(f"trainer: {exc}", file=sys.stderr)
        return None
    return collection
