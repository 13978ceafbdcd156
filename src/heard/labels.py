"""The labels heard ships with and the guidance line behind each flag (from LABELS.md)."""

LABELS = ("blaming", "defensive", "validating")
# The flags a rewrite answers (validating is kept as it is).
REWRITTEN_LABELS = ("blaming", "defensive")

# One line per label tying a flag to the source article's guidance; shown under each flag.
GUIDANCE = {
    "blaming": (
        "Blame puts the other person on guard. Describe the situation and your own feeling "
        "with an \"I\" statement, then ask for what you need."
    ),
    "defensive": (
        "Defending closes the conversation. Acknowledge the hurt and take responsibility "
        "for your part before explaining."
    ),
    "validating": (
        "This acknowledges the other person's feelings, which builds emotional safety. Keep it."
    ),
}


def guidance_for(label: str) -> str:
    """Guidance for a label; labels a user trained themselves get a neutral line."""
    return GUIDANCE.get(label, f"The model flags this message as {label}.")
