"""The package's source holds no control characters: a "\\b" meant for a regex, written once in a
string that was not raw, became a backspace and silently stopped a pattern from ever matching
(view_gate._JAB did so for several sessions)."""

from pathlib import Path

import heard

_ALLOWED = {"\n", "\t"}


def test_no_source_file_has_a_control_character():
    root = Path(heard.__file__).parent
    found = [f"{path.relative_to(root)}:{n}" for path in sorted(root.rglob("*.py"))
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if any(ord(ch) < 32 and ch not in _ALLOWED for ch in line)]
    assert not found, found
