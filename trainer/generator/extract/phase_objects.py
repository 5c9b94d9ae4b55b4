"""What may be a treatment phase's object: a drug or a specific pharmacological class.

A class name is a phase object wherever a drug is, unless it names a way of giving treatment
("radiation therapy", "stem cell transplant", "supportive care"), read from the name's shape, or
a broad grouping of treatment ("chemotherapy", "targeted therapy", "antineoplastic agent"),
listed as data in ``resources/lexicon/broad_groupings.yaml``.
"""

from __future__ import annotations

import re
from functools import lru_cache

import yaml

from trainer.config import resources_dir

NOT_PHARMA_CLASS = re.compile(
    r"therap|chemotherapy|treatment|transplant|radio|irradiation|care|transfusion|infusion|"
    r"leukapheresis|hydration",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def broad_groupings() -> frozenset[str]:
    """The broad groupings of ``broad_groupings.yaml`` (lower case); none when it is absent."""
    path = resources_dir() / "lexicon" / "broad_groupings.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8")) if path.is_file() else None
    return frozenset(str(n).lower() for n in (data or {}).get("names", []))


def not_a_phase_class(name: str) -> bool:
    """Whether the class ``name`` is a modality or a broad grouping, never a phase's object."""
    return bool(NOT_PHARMA_CLASS.search(name)) or name.lower() in broad_groupings()
