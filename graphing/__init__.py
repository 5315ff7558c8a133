"""graphing — typed hetero graphs and ontology-derived soft labels for udt (see graphing/README.md).

>>> import udt, graphing
>>> tax = udt.load_taxonomy()                                              # doctest: +SKIP
>>> node_types, edge_types = graphing.graph_metadata(tax)                  # build HeteroConv once
>>> vocab = graphing.ConceptVocabulary(tax)                                # nn.Embedding(len(vocab), d)
>>> data = graphing.build_hetero_batch(records, tax, vocab=vocab)          # doctest: +SKIP
>>> target = graphing.SoftLabeler(tax).batch(records, device="cuda")      # doctest: +SKIP

Attributes load lazily so ``import graphing`` stays cheap.
"""

from __future__ import annotations

from udt.lazy import lazy_exports

_LAZY: dict[str, str] = {
    "ConceptVocabulary": "graphing.vocabulary",
    "ANCHOR_INDEX": "graphing.vocabulary",
    "graph_metadata": "graphing.schema",
    "SAMPLE": "graphing.schema",
    "build_hetero_batch": "graphing.hetero",
    "build_hetero_graph": "graphing.hetero",
    "default_vocabulary": "graphing.hetero",
    "save_graph": "graphing.persist",
    "load_graph": "graphing.persist",
    "to_networkx": "graphing.nxview",
    "draw_graph": "graphing.nxview",
    "TagSimilarity": "graphing.similarity",
    "SoftLabeler": "graphing.soft_labels",
    "UnknownLabelWarning": "graphing.labels",
}

__all__ = sorted(_LAZY)

__getattr__, __dir__ = lazy_exports(__name__, _LAZY)
