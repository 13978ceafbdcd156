"""The one family of errors heard raises; the CLI turns each into a message and an exit code."""


class HeardError(Exception):
    """Base class. `exit_code` 2 means the user can fix it; anything else is a bug in heard."""

    exit_code = 2


class InputError(HeardError):
    """The text or file the user gave cannot be analysed as it is."""


class ModelError(HeardError):
    """The model file is missing, damaged, tampered with or built for other library versions."""


class PatternError(HeardError):
    """A cue pattern file does not have the shape the spaCy component expects."""
