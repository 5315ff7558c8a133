"""UltrasoundCLIP pieces with random tiny configs: graph encoder, fusion, towers, save/load."""

from __future__ import annotations

import pytest
import torch
import torch.nn.functional as F

from model.config import ModelConfig
from model.fusion import GraphTextFusion

RECORDS = [
    {"Diagnosis": ["nodule"], "Organ_level": ["Thyroid gland"], "Body_system_level": ["Head and Neck"],
     "Echogenicity": ["hypoechoic"]},
    {"Organ_level": ["Liver"], "Body_system_level": ["Abdomen and retroperitoneum"]},
    {},
    {"Diagnosis": ["cyst"], "Echogenicity": ["anechoic"], "PosteriorAcoustics": ["enhancement"]},
]
TINY = {"image_size": 32, "tiny_patch": 8, "tiny_hidden": 32, "tiny_layers": 1, "embed_dim": 32, "fusion_heads": 4,
        "graph_hidden": 32}


@pytest.fixture(scope="module")
def clip(taxonomy):
    from model.clip_model import UltrasoundCLIP

    torch.manual_seed(0)
    return UltrasoundCLIP.build(ModelConfig(**TINY), taxonomy)


def test_forward_returns_normalised_features(clip):
    tokens = clip.tokenize(["a hypoechoic thyroid nodule", "liver", "normal", "simple cyst"])
    out = clip(torch.randn(4, 3, 32, 32), tokens["input_ids"], tokens["attention_mask"], clip.build_graphs(RECORDS))
    for key in ("image_features", "text_features", "text_only_features"):
        assert out[key].shape == (4, 32)
        assert torch.allclose(out[key].norm(dim=-1), torch.ones(4), atol=1e-5)
    assert out["logit_scale"].item() == pytest.approx(1 / 0.07, rel=1e-4)


def test_fused_graph_conv_equals_pyg_heteroconv(clip):
    graph = clip.build_graphs(RECORDS)
    encoder = clip.graph_encoder
    encoder.impl = "pyg"
    reference = encoder(graph)
    encoder.impl = "fused"
    fused = encoder(graph)
    assert torch.allclose(reference.vector, fused.vector, atol=1e-5)
    assert torch.allclose(reference.nodes, fused.nodes, atol=1e-5)
    assert torch.equal(reference.present, fused.present)
    assert fused.present.tolist() == [True, True, False, True]


def test_graph_encoder_is_built_from_the_taxonomy_metadata(clip, taxonomy):
    import graphing

    node_types, edge_types = graphing.graph_metadata(taxonomy)
    assert clip.graph_encoder.node_types == list(node_types)
    assert set(clip.graph_encoder.edge_types) == {tuple(e) for e in edge_types}
    assert clip.graph_encoder.concepts.num_embeddings == len(graphing.ConceptVocabulary(taxonomy))


@pytest.mark.parametrize("variant", ["gated", "attention"])
def test_fusion_leaves_unlabelled_samples_alone_and_clamps_alpha(variant):
    torch.manual_seed(0)
    fusion = GraphTextFusion(16, heads=4, variant=variant, alpha_init=0.05, alpha_max=0.2)
    text = torch.randn(3, 16)
    graph = F.normalize(torch.randn(3, 16), dim=-1)
    nodes = torch.randn(3, 2, 16)
    mask = torch.tensor([[True, True], [True, False], [False, False]])
    present = torch.tensor([True, True, False])
    out = fusion(text, graph, nodes, mask, present)
    assert torch.isfinite(out).all()
    assert torch.allclose(out[2], fusion.norm(text)[2], atol=1e-6)
    assert not torch.allclose(out[0], fusion.norm(text)[0], atol=1e-4)
    with torch.no_grad():
        fusion.alpha.fill_(5.0)  # clamped to alpha_max: the residual stays bounded
    delta = fusion(text, graph, nodes, mask, present) - fusion.norm(text)
    assert torch.isfinite(delta).all()


def test_save_and_from_pretrained_round_trip(clip, tmp_path):
    from model.clip_model import UltrasoundCLIP

    clip.save_meta(tmp_path)
    clip.save_weights(tmp_path / "model.safetensors")
    loaded = UltrasoundCLIP.from_pretrained(tmp_path)
    clip.eval()
    images = torch.randn(2, 3, 32, 32)
    assert torch.allclose(loaded.encode_image(images), clip.encode_image(images), atol=1e-6)
    texts = ["thyroid nodule", "liver"]
    a = loaded.encode_text(texts, loaded.build_graphs(RECORDS[:2]))
    b = clip.encode_text(texts, clip.build_graphs(RECORDS[:2]))
    assert torch.allclose(a, b, atol=1e-6)


def test_incompatible_weights_are_a_clear_error(clip, tmp_path):
    from model.clip_model import UltrasoundCLIP
    from udt.errors import DataError

    clip.save_meta(tmp_path)
    other = UltrasoundCLIP.build(ModelConfig(**{**TINY, "graph": False}))
    other.save_weights(tmp_path / "model.safetensors")
    with pytest.raises(DataError, match="does not fit"):
        UltrasoundCLIP.from_pretrained(tmp_path)


def test_concept_init_from_text_and_gradient_checkpointing(taxonomy):
    from model.clip_model import UltrasoundCLIP

    torch.manual_seed(0)
    random_init = UltrasoundCLIP.build(ModelConfig(**TINY), taxonomy)
    torch.manual_seed(0)
    text_init = UltrasoundCLIP.build(
        ModelConfig(**TINY, concept_init="text", gradient_checkpointing=True), taxonomy
    )
    a, b = random_init.graph_encoder.concepts.weight, text_init.graph_encoder.concepts.weight
    assert not torch.allclose(a, b)
    assert b.std().item() == pytest.approx(0.02, rel=0.05)  # rescaled to the random init's spread
    text_init.train()
    tokens = text_init.tokenize(["nodule", "cyst"])
    out = text_init(torch.randn(2, 3, 32, 32), tokens["input_ids"], tokens["attention_mask"],
                    text_init.build_graphs(RECORDS[:2]))
    (out["image_features"] @ out["text_features"].t()).trace().backward()
    backbone = text_init.image_tower.backbone
    assert any(getattr(m, "gradient_checkpointing", False) for m in backbone.modules())
    assert text_init.image_proj.weight.grad is not None


def test_tiny_text_tower_uses_the_offline_minilm_tokenizer(clip):
    from model.encoders import minilm_path

    assert (minilm_path() / "vocab.txt").is_file()
    assert clip.text_tower.backbone.config.vocab_size == len(clip.tokenizer)
