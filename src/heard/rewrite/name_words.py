"""Lower-case words that English writes capitalised far more often than not ("leo", "kyle",
"aalborg"): names, as opposed to "money", "mark", "will". A rewrite uses it to give a name typed
in lower case its capital back (phrase_repairs.lowercase_name).

The list is derived from spaCy's lexeme probabilities (the pinned `spacy-lookups-data`): a word is
in it when its capitalised form is more than e (log-prob 1.0) times commoner. Reading the 1M-entry
table costs ~2 s, too much for a cold `heard check`, so the list is built once and shipped with
the package (data/name_words.txt.gz, ~31,000 words). Rebuild it after changing the rule or the
pinned table: `make name-words`.
"""

from __future__ import annotations

import gzip
import json
import os
import tempfile
from functools import lru_cache
from pathlib import Path

SHIPPED = Path(__file__).parent / "data" / "name_words.txt.gz"
_MARGIN = 1.0  # log-probability by which the capitalised form must be commoner


def derive() -> list[str]:
    """The list, computed from spacy-lookups-data's English lexeme probabilities."""
    import spacy_lookups_data

    path = Path(spacy_lookups_data.__file__).parent / "data" / "en_lexeme_prob.json.gz"
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        prob = json.load(handle)
    return sorted(w for w, p in prob.items() if w.isalpha() and w.islower()
                  and prob.get(w.capitalize(), -99.0) - p > _MARGIN)


@lru_cache(maxsize=1)
def name_words() -> frozenset[str]:
    """The shipped list (empty if the file is missing, so a rewrite only loses the capital)."""
    try:
        with gzip.open(SHIPPED, "rt", encoding="utf-8") as handle:
            return frozenset(handle.read().split())
    except OSError:
        return frozenset()


def write(words: list[str], path: Path = SHIPPED) -> None:
    """Writes the list atomically (temporary file, then rename). mtime=0 keeps the bytes reproducible."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as handle:
            handle.write("\n".join(words).encode("utf-8") + b"\n")
        os.chmod(tmp, 0o644)  # mkstemp makes it private; the shipped file is read by everyone
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def rebuild() -> int:
    """`make name-words`: derives the list and writes the shipped file; returns its length."""
    found = derive()
    write(found)
    return len(found)
