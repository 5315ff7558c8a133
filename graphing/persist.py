"""Saving and loading hetero graphs and batches: safetensors tensors + JSON metadata, never pickle.

A ``HeteroData`` saved with ``torch.save`` does not load under ``torch.load(weights_only=True)``; this format
stores every tensor attribute of every node and edge store under ``node|<type>|<attr>`` /
``edge|<src>|<rel>|<dst>|<attr>`` and puts the types, graph-level scalars and vocabulary fingerprint in the JSON
metadata of the safetensors header, so empty stores round-trip too.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from udt.atomic import atomic_write_bytes
from udt.errors import DataError

if TYPE_CHECKING:
    from torch_geometric.data import HeteroData

    from graphing.vocabulary import ConceptVocabulary

FORMAT = "udt.hetero_graph/1"
_SEP = "|"


def save_graph(data: HeteroData, path: str | Path, *, vocab: ConceptVocabulary | None = None) -> Path:
    """Write ``data`` (a graph or a batch) to one ``.safetensors`` file, atomically."""
    import torch
    from safetensors.torch import save

    tensors: dict[str, torch.Tensor] = {}
    for nt in data.node_types:
        for name, value in data[nt].items():
            if isinstance(value, torch.Tensor):
                tensors[_SEP.join(("node", nt, name))] = value.detach().cpu().contiguous()
    for et in data.edge_types:
        for name, value in data[et].items():
            if isinstance(value, torch.Tensor):
                tensors[_SEP.join(("edge", *et, name))] = value.detach().cpu().contiguous()
    scalars = {k: v for k, v in data._global_store.items() if isinstance(v, (int, float, str, bool))}
    meta: dict[str, Any] = {
        "format": FORMAT,
        "node_types": list(data.node_types),
        "edge_types": [list(et) for et in data.edge_types],
        "graph": scalars,
    }
    if vocab is not None:
        meta["vocab"] = {"size": len(vocab), "digest": vocab.digest}
    path = Path(path)
    atomic_write_bytes(path, save(tensors, metadata={"udt": json.dumps(meta)}))
    return path


def load_graph(path: str | Path, *, vocab: ConceptVocabulary | None = None) -> HeteroData:
    """Read a file written by :func:`save_graph`; with ``vocab``, check the saved indices refer to it."""
    from safetensors import safe_open
    from torch_geometric.data import HeteroData

    path = Path(path)
    if not path.is_file():
        raise DataError("graph.file", f"{path}: no such file", "check the path")
    try:
        with safe_open(str(path), framework="pt") as handle:
            meta = json.loads((handle.metadata() or {})["udt"])
            tensors = {k: handle.get_tensor(k) for k in handle.keys()}  # noqa: SIM118
    except Exception as exc:  # safetensors raises several types for a bad header
        raise DataError(
            "graph.file", f"{path}: not a udt graph file ({exc})", "write it with graphing.save_graph"
        ) from exc
    if meta.get("format") != FORMAT:
        raise DataError("graph.file", f"{path}: format {meta.get('format')!r}, expected {FORMAT}", "re-save the graph")
    saved_vocab = meta.get("vocab")
    if vocab is not None and saved_vocab is not None and saved_vocab.get("digest") != vocab.digest:
        raise DataError(
            "graph.vocab",
            f"{path}: saved with a different concept vocabulary",
            "rebuild the graph with the current ontology",
        )
    data = HeteroData()
    for nt in meta["node_types"]:
        data[nt]
    for et in meta["edge_types"]:
        data[tuple(et)]
    for key, tensor in tensors.items():
        parts = key.split(_SEP)
        if parts[0] == "node" and len(parts) == 3:
            data[parts[1]][parts[2]] = tensor
        elif parts[0] == "edge" and len(parts) == 5:
            data[(parts[1], parts[2], parts[3])][parts[4]] = tensor
    for name, value in meta.get("graph", {}).items():
        data[name] = value
    return data
