"""heard: flags blaming, defensive and validating language in messages, on your own machine."""

from __future__ import annotations

__version__ = "0.1.0"

from .errors import HeardError, InputError, ModelError, PatternError  # noqa: E402
from .labels import LABELS  # noqa: E402

__all__ = ["load", "LABELS", "HeardError", "InputError", "ModelError", "PatternError",
           "__version__"]


def load(model=None):
    """The analyzer for `model` (a folder), $HEARD_MODEL, or the model shipped with heard."""
    from .analyzer import Analyzer
    from .model_io import load_scorer

    scorer, card = load_scorer(model)
    return Analyzer(scorer, card)
