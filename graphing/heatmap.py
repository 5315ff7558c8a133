"""Heatmap PNGs of the tag-similarity matrices (matplotlib, Agg backend)."""

from __future__ import annotations

import io
from pathlib import Path

from graphing.similarity import TagSimilarity
from udt.atomic import atomic_write_bytes


def draw_heatmap(sim: TagSimilarity, field: str, path: str | Path) -> Path:
    """One annotated heatmap of S^field, rows and columns labelled with the US-365K strings."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    dim = sim.dimensions[field]
    n = len(dim.labels)
    size = max(4.0, 0.28 * n + 2.5)
    fig, ax = plt.subplots(figsize=(size, size))
    try:
        image = ax.imshow(dim.matrix, vmin=0.0, vmax=1.0, cmap="viridis")
        ax.set_xticks(range(n), dim.labels, rotation=90, fontsize=7)
        ax.set_yticks(range(n), dim.labels, fontsize=7)
        if n <= 12:
            for i in range(n):
                for j in range(n):
                    ax.text(j, i, f"{dim.matrix[i, j]:.2f}", ha="center", va="center", fontsize=7, color="w")
        ax.set_title(f"{field} tag similarity")
        fig.colorbar(image, ax=ax, fraction=0.046, pad=0.04)
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png", bbox_inches="tight", dpi=110)
    finally:
        plt.close(fig)
    path = Path(path)
    atomic_write_bytes(path, buffer.getvalue())
    return path
