"""UltrasoundCLIP pieces with random tiny configs: graph encoder, fusion, towers, save/load."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch
import torch.nn.functional as F

from model.config import ModelConfig
from model.fusion import GraphTextFusion
from udt.errors import DataError

RECORDS = [
    {"Diagnosis": ["nodule"], "Organ_level": ["Thyroid gland"], "Body_system_level": ["Head and Neck"],
     "Echogenicity": ["hypoechoic"]},
    {"Organ_level": ["Liver"], "Body_system_level": ["Abdomen and retroperitoneum"]},
    {},
    {"Diagnosis": ["cyst"], "Echogenicity": ["anechoic"], "PosteriorAcoustics": ["enhancement"]},
]
TINY = {"image_size": 32, "conv_widths": (16, 32, 32), "tiny_patch": 8, "tiny_hidden": 32, "tiny_layers": 1,
        "embed_dim": 32, "fusion_heads": 4, "graph_hidden": 32}


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


# Multi-valued fields give (relation, node) slots with several incoming edges (a real mean), the empty record a
# sample with no label node.
MULTI = [*RECORDS, {"Diagnosis": ["nodule", "cyst"], "Echogenicity": ["hypoechoic", "anechoic"],
                    "Organ_level": ["Thyroid gland"]}]


def _heteroconv_reference(encoder, data):
    """The HeteroConv(GraphConv) formulation with the encoder's weights: (GraphOutput fields, conv modules)."""
    from torch_geometric.nn import GraphConv, HeteroConv

    from model.graph_encoder import _np

    hidden = encoder.concepts.embedding_dim
    x = {nt: encoder.concepts(data[nt].x) for nt in data.node_types if data[nt].num_nodes}
    edges = {et: ei for et, ei in data.edge_index_dict.items() if ei.numel() and et in encoder.edge_types}
    convs = []
    for layer in encoder.convs:
        conv = HeteroConv({et: GraphConv(hidden, hidden, aggr="mean") for et in encoder.edge_types}, aggr="sum")
        with torch.no_grad():
            for r, et in enumerate(encoder.edge_types):
                conv.convs[et].lin_rel.weight.copy_(layer.weight_rel[r].t())
                conv.convs[et].lin_rel.bias.copy_(layer.bias_rel.view(-1, hidden)[r])
                conv.convs[et].lin_root.weight.copy_(layer.weight_root[r].t())
        self_loop = torch.nn.Linear(hidden, hidden)
        self_loop.load_state_dict(layer.self_loop.state_dict())
        msg = conv(x, edges)
        x = {nt: F.gelu(self_loop(h) + msg[nt]) if nt in msg else F.gelu(self_loop(h)) for nt, h in x.items()}
        convs.append((conv, self_loop))
    num_graphs = int(data.num_graphs)
    pooled = torch.zeros(num_graphs, hidden)
    rows = []
    for nt, h in x.items():
        batch = data[nt].batch
        counts = torch.bincount(batch, minlength=num_graphs).clamp_min(1).unsqueeze(1)
        pooled = pooled + torch.zeros(num_graphs, hidden).index_add_(0, batch, h) / counts
        rows += [(int(b), i, nt) for i, b in enumerate(_np(batch))]
    width = max(sum(1 for b, _, _ in rows if b == g) for g in range(num_graphs))
    nodes = torch.zeros(num_graphs, width, encoder.proj.out_features)
    fill = [0] * num_graphs
    for b, i, nt in rows:  # nodes of a sample in type order, then node order
        nodes[b, fill[b]] = encoder.proj(x[nt][i])
        fill[b] += 1
    has_nodes = torch.tensor([f > 0 for f in fill])
    vector = F.normalize(encoder.proj(pooled), dim=-1) * has_nodes.unsqueeze(1)
    return (vector, nodes), convs


def test_relation_batched_conv_equals_pyg_heteroconv(clip):
    graph = clip.build_graphs(MULTI)
    encoder = clip.graph_encoder
    (vector, nodes), _ = _heteroconv_reference(encoder, graph)
    out = encoder(graph)
    assert torch.allclose(out.vector, vector, atol=1e-5)
    assert out.nodes.shape == nodes.shape
    assert torch.allclose(out.nodes, nodes, atol=1e-5)
    assert torch.equal(out.mask, nodes.abs().sum(-1) > 0)
    assert out.present.tolist() == [True, True, False, True, True]
    assert out.vector[2].abs().sum().item() > 0  # the empty record still has its sample node
    assert len(list(encoder.parameters())) == 3 + 5 * len(encoder.convs)  # stacked: independent of relation count


def test_relation_batched_conv_gradients_match_heteroconv(clip):
    graph = clip.build_graphs(MULTI)
    encoder = clip.graph_encoder
    target = torch.randn(len(MULTI), encoder.proj.out_features, generator=torch.Generator().manual_seed(1))
    encoder.zero_grad(set_to_none=True)
    out = encoder(graph)
    ((out.vector * target).sum() + out.nodes.pow(2).sum()).backward()
    got = {n: p.grad.clone() for n, p in encoder.named_parameters()}
    encoder.zero_grad(set_to_none=True)
    (vector, nodes), convs = _heteroconv_reference(encoder, graph)
    ((vector * target).sum() + nodes.pow(2).sum()).backward()
    assert torch.allclose(got["concepts.weight"], encoder.concepts.weight.grad, atol=1e-5)
    assert torch.allclose(got["proj.weight"], encoder.proj.weight.grad, atol=1e-5)
    hidden = encoder.concepts.embedding_dim
    active = {et for et, ei in graph.edge_index_dict.items() if ei.numel()}
    for layer, (conv, self_loop) in enumerate(convs):
        assert torch.allclose(got[f"convs.{layer}.self_loop.weight"], self_loop.weight.grad, atol=1e-5)
        for r, et in enumerate(encoder.edge_types):
            ref = conv.convs[et]
            if et not in active:  # absent relation: PyG leaves no gradient, the stacked weights get zeros
                assert ref.lin_rel.weight.grad is None
                assert not got[f"convs.{layer}.weight_rel"][r].any()
                continue
            assert torch.allclose(got[f"convs.{layer}.weight_rel"][r].t(), ref.lin_rel.weight.grad, atol=1e-5)
            assert torch.allclose(got[f"convs.{layer}.weight_root"][r].t(), ref.lin_root.weight.grad, atol=1e-5)
            assert torch.allclose(got[f"convs.{layer}.bias_rel"].view(-1, hidden)[r], ref.lin_rel.bias.grad, atol=1e-5)


def test_relational_layer_passes_gradcheck(taxonomy):
    import graphing
    from model.graph_encoder import GraphEncoder

    node_types, edge_types = graphing.graph_metadata(taxonomy)
    torch.manual_seed(0)
    encoder = GraphEncoder(len(graphing.ConceptVocabulary(taxonomy)), node_types, edge_types, hidden=4, out_dim=3)
    encoder.double()
    data = graphing.build_hetero_batch(MULTI, taxonomy)
    plan = encoder.plan(data)
    layer = encoder.convs[0]
    h = torch.randn(plan.x.numel(), 4, dtype=torch.float64, requires_grad=True)
    assert torch.autograd.gradcheck(lambda h, w, r, b: _layer_with(layer, h, plan, w, r, b),
                                    (h, layer.weight_rel, layer.weight_root, layer.bias_rel))


def _layer_with(layer, h, plan, weight_rel, weight_root, bias_rel):
    return torch.func.functional_call(
        layer, {"weight_rel": weight_rel, "weight_root": weight_root, "bias_rel": bias_rel}, (h, plan)
    )


def test_heteroconv_checkpoints_are_converted_on_load(clip, taxonomy):
    from torch_geometric.nn.module_dict import ModuleDict

    from model.graph_encoder import GraphEncoder

    encoder = clip.graph_encoder
    graph = clip.build_graphs(MULTI)
    _, convs = _heteroconv_reference(encoder, graph)
    old = {k: v for k, v in encoder.state_dict().items() if not k.startswith("convs.")}
    for layer, (conv, self_loop) in enumerate(convs):  # the per-relation layout of earlier checkpoints
        old.update({f"convs.{layer}.{k}": v for k, v in conv.state_dict().items()})
        old.update({f"self_loops.{layer}.{k}": v for k, v in self_loop.state_dict().items()})
    fresh = GraphEncoder(encoder.concepts.num_embeddings, encoder.node_types, encoder.edge_types,
                         hidden=encoder.concepts.embedding_dim, out_dim=encoder.proj.out_features,
                         anchor_type=encoder.anchor_type)
    fresh.load_state_dict(dict(old))
    assert torch.allclose(fresh(graph).vector, encoder(graph).vector, atol=1e-6)
    missing_one = {k: v for k, v in old.items() if ModuleDict.to_internal_key(encoder.edge_types[0]) not in k}
    with pytest.raises(RuntimeError, match="Unexpected key"):  # incomplete: reported, not silently half-loaded
        fresh.load_state_dict(missing_one)


def test_gated_fusion_equals_multihead_attention_over_one_key():
    torch.manual_seed(0)
    fusion = GraphTextFusion(16, heads=4, variant="gated")
    text, graph = torch.randn(3, 16), F.normalize(torch.randn(3, 16), dim=-1)
    attended, _ = fusion.attn(text.unsqueeze(1), graph.unsqueeze(1), graph.unsqueeze(1), need_weights=False)
    assert torch.allclose(fusion._single_key_attention(graph), attended.squeeze(1), atol=1e-6)


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
    # the run directory carries the ontology the model was built with, and the loaded model uses that copy
    meta = json.loads((tmp_path / "model.json").read_text())
    assert meta["taxonomy"]["digest"] == clip.taxonomy.digest
    assert (tmp_path / "ontology.owl").read_bytes() == Path(clip.taxonomy.source).read_bytes()
    assert Path(loaded.taxonomy.source) == (tmp_path / "ontology.owl").resolve()
    assert loaded.taxonomy.digest == clip.taxonomy.digest
    (tmp_path / "ontology.owl").write_bytes(b"<rdf:RDF/>")  # a tampered copy is refused, not silently used
    with pytest.raises(DataError):
        UltrasoundCLIP.from_pretrained(tmp_path)


def test_conv_tower_sees_small_structures():
    """The CPU default tower: a lesion-sized blob moves the pooled feature (a 16-px-patch ViT averages it away)."""
    from model.conv_tower import ConvImageTower, ConvTowerConfig

    torch.manual_seed(0)
    tower = ConvImageTower(ConvTowerConfig(widths=(8, 16, 32)))
    tower.eval()
    base = torch.randn(1, 3, 96, 96) * 0.1
    blob = base.clone()
    blob[..., 40:48, 40:48] += 2.0  # an 8-px lesion
    feats = tower(torch.cat([base, blob]))
    assert feats.shape == (2, 32)
    assert (feats[0] - feats[1]).abs().max() > 1e-3
    rebuilt = ConvImageTower(ConvTowerConfig.from_dict(tower.hf_config.to_dict()))
    assert sum(p.numel() for p in rebuilt.parameters()) == sum(p.numel() for p in tower.parameters())


def test_incompatible_weights_are_a_clear_error(clip, tmp_path):
    from model.clip_model import UltrasoundCLIP
    from udt.errors import DataError

    clip.save_meta(tmp_path)
    other = UltrasoundCLIP.build(ModelConfig(**{**TINY, "graph": False}), clip.taxonomy)
    other.save_weights(tmp_path / "model.safetensors")
    with pytest.raises(DataError, match="does not fit"):
        UltrasoundCLIP.from_pretrained(tmp_path)


def test_concept_init_from_text_and_gradient_checkpointing(taxonomy):
    from model.clip_model import UltrasoundCLIP

    torch.manual_seed(0)
    random_init = UltrasoundCLIP.build(ModelConfig(**TINY), taxonomy)
    torch.manual_seed(0)
    text_init = UltrasoundCLIP.build(
        ModelConfig(**{**TINY, "image_encoder": "tiny"}, concept_init="text", gradient_checkpointing=True), taxonomy
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


def test_arms_of_one_seed_share_their_initial_weights(taxonomy):
    """The paired protocol: plain and full models built from one seed start from the same shared weights."""
    from model.clip_model import UltrasoundCLIP

    torch.manual_seed(5)
    full = UltrasoundCLIP.build(ModelConfig(**TINY), taxonomy)
    torch.manual_seed(5)
    plain = UltrasoundCLIP.build(ModelConfig(**{**TINY, "graph": False}), taxonomy)
    shared = plain.state_dict()
    assert shared and all(torch.equal(full.state_dict()[k], v) for k, v in shared.items())
    assert any(k.startswith("graph_encoder.") for k in full.state_dict())
