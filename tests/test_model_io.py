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
