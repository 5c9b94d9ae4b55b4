"""Check collection: integrity, orphaned rows, impossible scheduling states, indexes.

A damaged file is reported and never written to (restore a backup instead). Otherwise a
backup is taken, then every repair runs in one transaction, so a check can be undone by
restoring that backup.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from trainer.services.collection import Collection
from trainer.services.errors import CollectionError
from trainer.storage import checks
from trainer.storage.checks import Finding
from trainer.storage.engine import explain


@dataclass(frozen=True)
class CheckReport:
    """What the check found and did, for the learner."""

    damage: list[str] = field(default_factory=list)  # integrity_check's complaints
    findings: list[Finding] = field(default_factory=list)
    backup: Path | None = None  # taken before repairing

    @property
    def damaged(self) -> bool:
        return bool(self.damage)

    @property
    def clean(self) -> bool:
        return not self.damage and not self.findings

    def summary(self) -> str:
        if self.damaged:
            return ("The collection file is damaged: "
                    + "; ".join(self.damage[:3])
                    + ". Nothing was changed. Restore the newest good backup with "
                    "'trainer backup restore' or File ▸ Backups.")
        lines = ["The collection file is sound; its indexes were rebuilt."]
        if not self.findings:
            lines.append("No problems found.")
        for finding in self.findings:
            lines.append(f"{finding.count} {finding.what}.")
        if self.backup is not None and any(f.repaired for f in self.findings):
            lines.append(f"A backup from before the repairs is at {self.backup}.")
        return "\n".join(lines)


def check_collection(collection: Collection, *, repair: bool = True) -> CheckReport:
    """Check an open collection, and (``repair``) mend what can be mended."""
    engine = collection.engine
    try:
        with engine.connect() as conn:
            damage = checks.integrity(conn)
        rebuilt: list[Finding] = []
        if damage and repair and checks.only_indexes(damage):
            # Indexes hold no data of their own: a copy is set aside, then they are rebuilt.
            kept = collection.keep_copy(reason="damaged-index")
            complaints = len(damage)
            with engine.begin() as conn:
                checks.reindex(conn)
            with engine.connect() as conn:
                damage = checks.integrity(conn)
            rebuilt = [Finding(f"damaged index entries (indexes rebuilt; the file as it was "
                               f"is kept at {kept})", complaints, True)]
        if damage:
            return CheckReport(damage=damage)
        with engine.connect() as conn:
            found = checks.orphans(conn, repair=False) + checks.scheduling(conn, repair=False)
            conn.rollback()
        backup = collection.backup(reason="before-check") if repair and found else None
        with engine.begin() as conn:
            if repair and found:
                found = checks.orphans(conn, repair=True) + checks.scheduling(conn, repair=True)
            checks.reindex(conn)
    except (OSError, DBAPIError) as exc:
        raise CollectionError(str(explain(exc, collection.path))) from exc
    return CheckReport(findings=rebuilt + found, backup=backup)
