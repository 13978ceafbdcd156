"""Saves a model beside its card and loads it back only when the card vouches for the file."""

from __future__ import annotations

import hashlib
import io
import json
import os
import platform
from importlib import metadata, resources
from pathlib import Path

from .errors import ModelError
from .files import write_atomically

MODEL_FILE = "model.joblib"     # the scikit-learn Pipeline (a pickle: loaded only when needed)
SCORER_FILE = "scorer.npz"      # the same arithmetic as plain arrays: what `check` loads
CARD_FILE = "card.json"
CARD_MARKDOWN = "MODEL_CARD.md"
DEFAULT_MODEL_NAME = "heard-core"
# Versions that must match for a pickled model to load as it was trained.
PINNED = ("scikit-learn", "spacy", "spacy-lookups-data", "numpy", "scipy", "joblib")


def library_versions() -> dict:
    versions = {"python": platform.python_version()}
    for package in PINNED:
        try:
            versions[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            versions[package] = None
    return versions


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def default_model_dir() -> Path:
    """The model shipped with heard (models/heard-core in a checkout)."""
    return Path(str(resources.files("heard_models") / DEFAULT_MODEL_NAME))


def resolve_model_dir(model: str | os.PathLike | None) -> Path:
    """`model` argument, else $HEARD_MODEL, else the shipped model."""
    chosen = model or os.environ.get("HEARD_MODEL") or default_model_dir()
    path = Path(chosen)
    if path.is_file() and path.name in (MODEL_FILE, SCORER_FILE, CARD_FILE):
        path = path.parent
    return path


def save_model(model, directory: str | os.PathLike, card: dict, render_markdown) -> dict:
    """Writes model.joblib, scorer.npz, card.json (adding each file's SHA-256 and the library
    versions) and MODEL_CARD.md (rendered from the final card); returns the card."""
    import joblib

    from .scorer import compile_scorer

    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    scorer = compile_scorer(model)
    write_atomically(directory / MODEL_FILE, lambda tmp: joblib.dump(model, tmp, compress=3))
    write_atomically(directory / SCORER_FILE, scorer.save)
    card = {**card, "files": {name: file_sha256(directory / name)
                              for name in (MODEL_FILE, SCORER_FILE)},
            "versions": library_versions()}
    write_atomically(directory / CARD_FILE,
                      lambda tmp: tmp.write_text(json.dumps(card, indent=2, ensure_ascii=False) + "\n"))
    write_atomically(directory / CARD_MARKDOWN, lambda tmp: tmp.write_text(render_markdown(card)))
    return card


def read_card(directory: Path) -> dict:
    card_path = directory / CARD_FILE
    if not directory.exists():
        raise ModelError(f"{directory}: no such model folder; run `heard train` or point "
                         "--model / HEARD_MODEL at a folder holding a model and its card.json")
    if not card_path.is_file():
        raise ModelError(f"{directory}: no {CARD_FILE} in it; heard only loads a model that "
                         "comes with its card (train one with `heard train`)")
    try:
        card = json.loads(card_path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ModelError(f"{card_path}: damaged card ({exc}); retrain with `heard train`") from None
    if not isinstance(card, dict) or not isinstance(card.get("files"), dict):
        raise ModelError(f"{card_path}: the card lists no file checksums; retrain with `heard train`")
    for name, digest in card["files"].items():
        # A card vouches only for files inside its own folder, named plainly.
        if (not isinstance(name, str) or name in ("", ".", "..") or Path(name).name != name
                or "\\" in name):
            raise ModelError(f"{card_path}: the card lists {name!r}, a path outside the model "
                             "folder; refusing to load it (retrain with `heard train`)")
        if not (isinstance(digest, str) and len(digest) == 64
                and all(c in "0123456789abcdef" for c in digest)):
            raise ModelError(f"{card_path}: the checksum of {name} is not a SHA-256; refusing "
                             "to load it (retrain with `heard train`)")
    return card


def _verified_bytes(directory: Path, card: dict, name: str) -> tuple[Path, bytes]:
    """The file's bytes, read once and checked against the card: what is loaded is exactly
    what was checked, even if the file is swapped afterwards."""
    path = directory / name
    if not path.is_file():
        raise ModelError(f"{path}: missing; retrain with `heard train`")
    if not path.resolve().is_relative_to(directory.resolve()):
        raise ModelError(f"{path}: links outside the model folder; refusing to load it "
                         "(retrain with `heard train`)")
    data = path.read_bytes()
    if name not in card["files"] or hashlib.sha256(data).hexdigest() != card["files"][name]:
        raise ModelError(f"{path}: checksum does not match its card: the file was changed or "
                         "replaced; refusing to load it (retrain with `heard train`)")
    return path, data


def _major_minor(version: str | None) -> str | None:
    return ".".join(version.split(".")[:2]) if version else None


def _check_versions(directory: Path, card: dict, packages) -> None:
    trained, installed = card.get("versions", {}), library_versions()
    for package in packages:
        if _major_minor(trained.get(package)) != _major_minor(installed.get(package)):
            raise ModelError(
                f"{directory}: built with {package} {trained.get(package)}, but "
                f"{installed.get(package)} is installed; install heard's pinned versions "
                "(`make install`) or retrain with `heard train`")


def load_scorer(model: str | os.PathLike | None = None):
    """The fast scorer and its card. Loading it runs no pickled code (numpy arrays only)."""
    from .scorer import LinearScorer

    directory = resolve_model_dir(model)
    card = read_card(directory)
    path, data = _verified_bytes(directory, card, SCORER_FILE)
    _check_versions(directory, card, ("spacy",))
    try:
        scorer = LinearScorer.load(io.BytesIO(data))
    except Exception as exc:  # a damaged archive raises many types
        raise ModelError(f"{path}: cannot be read ({type(exc).__name__}: {exc}); "
                         "retrain with `heard train`") from None
    return scorer, {**card, "path": str(directory)}


def load_model(model: str | os.PathLike | None = None):
    """The full scikit-learn HeardModel, after checking its checksum and library versions.

    joblib files are pickles and can run code: a file that merely has the right name, or
    whose bytes differ from what its card recorded, is refused before it is unpickled.
    """
    import joblib

    directory = resolve_model_dir(model)
    card = read_card(directory)
    path, data = _verified_bytes(directory, card, MODEL_FILE)
    _check_versions(directory, card, ("scikit-learn", "spacy", "numpy", "scipy"))
    try:
        loaded = joblib.load(io.BytesIO(data))
    except Exception as exc:  # a damaged pickle raises anything
        raise ModelError(f"{path}: cannot be loaded ({type(exc).__name__}: {exc}); "
                         "retrain with `heard train`") from None
    loaded.info = {**getattr(loaded, "info", {}), "card": card, "path": str(directory)}
    return loaded
