from __future__ import annotations

import numpy as np
import pytest

from assistant import embeddings
from assistant.embeddings import DIMENSIONS, EmbeddingUnavailable, LocalMiniLMFunction, get_embedder


def test_vectors_are_unit_length_and_semantic():
    vecs = get_embedder().embed(
        [
            "My sofa arrived with a big rip in the cushion",
            "The couch was damaged when it was delivered",
            "What time does the showroom open on Sunday?",
        ]
    )
    assert vecs.shape == (3, DIMENSIONS)
    assert np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-4)
    sims = vecs @ vecs.T
    assert sims[0, 1] > sims[0, 2] + 0.2


def test_batches_give_the_same_vectors_as_single_calls():
    texts = [f"complaint number {i} about a late delivery" for i in range(40)]
    batch = get_embedder().embed(texts)
    single = get_embedder().embed([texts[37]])
    assert np.allclose(batch[37], single[0], atol=1e-5)


def test_empty_input_is_empty():
    assert get_embedder().embed([]).shape == (0, DIMENSIONS)


def test_chroma_function_rebuilds_from_its_config():
    fn = LocalMiniLMFunction()
    rebuilt = LocalMiniLMFunction.build_from_config(fn.get_config())
    assert np.allclose(fn(["hello"])[0], rebuilt(["hello"])[0])
    assert fn.name() == "calmreply-minilm-onnx"


def test_altered_model_file_is_refused(tmp_path, monkeypatch):
    fake = tmp_path / "model.onnx"
    fake.write_bytes(b"not the model")
    with pytest.raises(EmbeddingUnavailable, match="sha256"):
        embeddings._verified(fake, embeddings._MODEL_SHA256)
    with pytest.raises(EmbeddingUnavailable, match="missing"):
        embeddings._verified(tmp_path / "absent.onnx", embeddings._MODEL_SHA256)
