"""Models load only when their card vouches for them; every failure is one clear ModelError."""

import json
import shutil

import pytest

import heard
from heard.errors import ModelError
from heard.model_io import load_model


@pytest.fixture
def model_copy(tiny_model_dir, tmp_path):
    target = tmp_path / "copy"
    shutil.copytree(tiny_model_dir, target)
    return target


def test_loads_and_reports_its_card(tiny_model_dir):
    analyzer = heard.load(tiny_model_dir)
    assert analyzer.card["name"] == "tiny"
    assert set(analyzer.card["files"]) == {"model.joblib", "scorer.npz"}


@pytest.mark.parametrize("name", ["scorer.npz", "model.joblib"])
def test_tampered_file_is_refused(model_copy, name):
    path = model_copy / name
    path.write_bytes(path.read_bytes() + b"\0")
    loader = heard.load if name == "scorer.npz" else load_model
    with pytest.raises(ModelError, match="checksum does not match"):
        loader(model_copy)


def test_a_file_with_the_right_name_but_no_card_is_refused(model_copy):
    (model_copy / "card.json").unlink()
    with pytest.raises(ModelError, match="no card.json"):
        heard.load(model_copy)


def test_missing_folder(tmp_path):
    with pytest.raises(ModelError, match="no such model folder"):
        heard.load(tmp_path / "nowhere")


def test_incompatible_library_versions_are_named(model_copy):
    card = json.loads((model_copy / "card.json").read_text())
    card["versions"]["scikit-learn"] = "0.24.2"
    (model_copy / "card.json").write_text(json.dumps(card))
    with pytest.raises(ModelError, match="built with scikit-learn 0.24.2"):
        load_model(model_copy)


def test_heard_model_environment_variable(tiny_model_dir, monkeypatch):
    monkeypatch.setenv("HEARD_MODEL", str(tiny_model_dir))
    assert heard.load().card["name"] == "tiny"


def test_training_is_deterministic(tiny_model_dir, tiny_frame, tmp_path):
    from heard.labels import LABELS
    from heard.training import train_and_save

    data = tmp_path / "tiny.csv"
    tiny_frame.to_csv(data, index=False)
    again = train_and_save([data], tmp_path / "again", LABELS, name="tiny")
    first = json.loads((tiny_model_dir / "card.json").read_text())
    assert again["metrics"] == first["metrics"]
    assert again["thresholds"] == first["thresholds"]


@pytest.mark.parametrize("name", ["../model.joblib", "/etc/passwd", "sub/scorer.npz", ".."])
def test_a_card_naming_a_file_outside_its_folder_is_refused(model_copy, name):
    card = json.loads((model_copy / "card.json").read_text())
    card["files"][name] = card["files"]["model.joblib"]
    (model_copy / "card.json").write_text(json.dumps(card))
    with pytest.raises(ModelError, match="outside the model folder"):
        heard.load(model_copy)
    with pytest.raises(ModelError, match="outside the model folder"):
        load_model(model_copy)


def test_a_checksum_that_is_not_sha256_is_refused(model_copy):
    card = json.loads((model_copy / "card.json").read_text())
    card["files"]["scorer.npz"] = "0"
    (model_copy / "card.json").write_text(json.dumps(card))
    with pytest.raises(ModelError, match="not a SHA-256"):
        heard.load(model_copy)


def test_a_model_file_linking_outside_its_folder_is_refused(model_copy, tmp_path):
    # Same bytes, so the checksum matches: only where the file lives gives it away.
    outside = tmp_path / "elsewhere.joblib"
    outside.write_bytes((model_copy / "model.joblib").read_bytes())
    (model_copy / "model.joblib").unlink()
    (model_copy / "model.joblib").symlink_to(outside)
    with pytest.raises(ModelError, match="links outside the model folder"):
        load_model(model_copy)


def test_a_pickle_swapped_in_with_the_right_name_is_never_unpickled(model_copy, tmp_path):
    import pickle

    ran = tmp_path / "ran"

    class Payload:
        def __reduce__(self):
            return (ran.touch, ())

    (model_copy / "model.joblib").write_bytes(pickle.dumps(Payload()))
    with pytest.raises(ModelError, match="checksum does not match"):
        load_model(model_copy)
    assert not ran.exists()
