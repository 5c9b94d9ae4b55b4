"""What "Optimise" in the options did, for the options dialog to say in words."""

from __future__ import annotations

from dataclasses import dataclass

from trainer.scheduling.optimizer import Fit


@dataclass(frozen=True, slots=True)
class Optimised:
    """An optimisation of FSRS to a learner's answers: how many answers it had, and the fit
    (None when there were too few to fit, and the parameters in use stay)."""

    reviews: int
    fit: Fit | None

    @property
    def parameters(self) -> tuple[float, ...] | None:
        """The parameters now in use when the fit was kept, else None."""
        return self.fit.parameters if self.fit is not None and self.fit.applied else None

    @property
    def log_loss_before(self) -> float | None:
        return self.fit.before.log_loss if self.fit is not None else None

    @property
    def log_loss_after(self) -> float | None:
        return self.fit.after.log_loss if self.fit is not None else None

    @property
    def better(self) -> bool:
        """True when the fitted parameters predict the answers better and are now in use."""
        return self.fit is not None and self.fit.applied
