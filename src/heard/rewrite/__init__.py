"""Rewrite suggestions for blaming and defensive messages, following the guidance in LABELS.md."""

from __future__ import annotations

from .engine import MAX_SUGGESTIONS, Rewrites, add_suggestions, content_lemmas, rewrite_results
from .candidate import GUIDANCE

__all__ = ["add_suggestions", "rewrite_results", "Rewrites", "GUIDANCE", "MAX_SUGGESTIONS",
           "content_lemmas"]
