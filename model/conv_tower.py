"""A small ResNet-style image tower for CPU budgets: it resolves lesion-sized detail at 96–128 px.

Why not the tiny ViT: with 16-px patches at 64 px a lesion of 6–12 px falls inside one or two patch tokens and is
averaged away in the patch embedding; its features probed no better than raw pixels (issue 12). Convolutions see
edges and texture at every position from the first layer, and strided stages keep the cost low: at 96 px with the
default widths (16, 32, 64, 128) a forward pass is ~10 MMAC per image (fwd+bwd of a batch of 32: ~80 ms of one
CPU core; widths (32, 64, 128, 256) cost ~170 ms).
``benchmarks/probe_ceiling.py`` shows what the tower learns per dimension against a supervised CNN and raw pixels.

The tower has no transformers config; :class:`ConvTowerConfig` plays that role (``to_dict`` is saved into
``model.json`` with ``model_type = "udt_conv"`` so a run directory rebuilds it offline).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

import torch
from torch import nn

MODEL_TYPE = "udt_conv"


@dataclass(frozen=True)
class ConvTowerConfig:
    """Widths of the stem and of each stage (every stage halves the resolution)."""

    widths: tuple[int, ...] = (16, 32, 64, 128)
    blocks_per_stage: int = 1
    model_type: str = field(default=MODEL_TYPE)

    @property
    def hidden_size(self) -> int:
        return int(self.widths[-1])

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["widths"] = list(self.widths)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ConvTowerConfig:
        return cls(widths=tuple(int(w) for w in data["widths"]), blocks_per_stage=int(data["blocks_per_stage"]))


def _norm(channels: int) -> nn.GroupNorm:
    # GroupNorm, not BatchNorm: batch-independent, so a DDP step on 2×B/2 equals one process on B (BatchNorm's
    # statistics would differ per rank, and SyncBatchNorm needs CUDA), and eval equals train-mode behaviour.
    return nn.GroupNorm(min(8, channels), channels)


class _Block(nn.Module):
    """Two 3×3 convolutions with a residual path (a 1×1 projection when the shape changes)."""

    def __init__(self, c_in: int, c_out: int, stride: int) -> None:
        super().__init__()
        self.conv1 = nn.Conv2d(c_in, c_out, 3, stride, 1, bias=False)
        self.norm1 = _norm(c_out)
        self.conv2 = nn.Conv2d(c_out, c_out, 3, 1, 1, bias=False)
        self.norm2 = _norm(c_out)
        self.act = nn.ReLU(inplace=True)
        self.skip: nn.Module = nn.Identity()
        if stride != 1 or c_in != c_out:
            self.skip = nn.Sequential(nn.Conv2d(c_in, c_out, 1, stride, bias=False), _norm(c_out))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        out = self.act(self.norm1(self.conv1(x)))
        out = self.norm2(self.conv2(out))
        return self.act(out + self.skip(x))


class ConvImageTower(nn.Module):
    """``forward(pixel_values) -> (B, hidden)``: stem, strided residual stages, global average pooling.

    Exposes ``hidden_size`` and ``hf_config`` like the transformers towers in ``model.encoders``.
    """

    def __init__(self, config: ConvTowerConfig | None = None) -> None:
        super().__init__()
        config = config or ConvTowerConfig()
        self.hf_config = config
        self.hidden_size = config.hidden_size
        widths = list(config.widths)
        self.stem = nn.Sequential(
            nn.Conv2d(3, widths[0], 3, 2, 1, bias=False), _norm(widths[0]), nn.ReLU(inplace=True)
        )
        stages: list[nn.Module] = []
        c_in = widths[0]
        for c_out in widths:
            blocks = [_Block(c_in, c_out, 2)]
            blocks += [_Block(c_out, c_out, 1) for _ in range(config.blocks_per_stage - 1)]
            stages.append(nn.Sequential(*blocks))
            c_in = c_out
        self.stages = nn.Sequential(*stages)
        for module in self.modules():
            if isinstance(module, nn.Conv2d):
                nn.init.kaiming_normal_(module.weight, mode="fan_out", nonlinearity="relu")

    def forward(self, pixel_values: torch.Tensor) -> torch.Tensor:
        return self.stages(self.stem(pixel_values)).mean(dim=(2, 3))
