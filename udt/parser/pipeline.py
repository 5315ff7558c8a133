"""Assembly of the report pipeline: tokenizer ▸ sentences ▸ sections ▸ ontology matcher ▸ context ▸ findings.

Each component lives in its own module and is registered with ``@Language.factory`` and a typed default config:

=====================  ===========================  ===============================================
component              module                       fills in
=====================  ===========================  ===============================================
``udt_sentences``      :mod:`udt.parser.sentences`  ``Token.is_sent_start``
``udt_sections``       :mod:`udt.parser.sentences`  ``Doc._.udt.sections``
``udt_ontology_matcher`` :mod:`udt.parser.matcher`  one ``MentionRecord`` per mention, ``doc.spans["udt_mentions"]``
``udt_context``        :mod:`udt.parser.context`    negated / uncertain / historical / hypothetical
``udt_findings``       :mod:`udt.parser.sites`      section, status, value, site, finding; ``Doc._.udt.reading``
                       (+ ``degrees``, ``findings``)
=====================  ===========================  ===============================================
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.language import Language

# Importing the component modules registers their factories.
from udt.parser import context as _context  # noqa: F401
from udt.parser import sentences as _sentences  # noqa: F401
from udt.parser import sites as _sites  # noqa: F401
from udt.parser import termset as ts
from udt.parser.matcher import SPANS_KEY, PhraseTable, register_taxonomy, taxonomy_at, vocabulary_for
from udt.parser.record import GENERIC, doc_text, mentions_of
from udt.parser.sentences import sentence_starts
from udt.parser.tokenizer import make_blank_nlp, tokenizer_exceptions_hiding

if TYPE_CHECKING:
    from udt.taxonomy import Taxonomy

__all__ = [
    "GENERIC", "SPANS_KEY", "PhraseTable", "build_nlp", "doc_text", "mentions_of", "sentence_starts",
    "vocabulary_for",
]


def build_nlp(taxonomy: Taxonomy | None = None, termset: ts.Termset | None = None,
              rollups: dict[str, str | None] | None = None, normal_beside_findings: bool = True,
              fluid_space_labels: bool = True) -> Language:
    """A fresh pipeline for ``taxonomy`` (default: the shipped ontology), with ``termset`` (default cues) and
    roll-up overrides and labelling conventions (see :mod:`udt.parser.sites`)."""
    tax = taxonomy if taxonomy is not None else taxonomy_at("")
    termset = termset or ts.DEFAULT_TERMSET
    nlp = make_blank_nlp(tokenizer_exceptions_hiding(vocabulary_for(tax, termset).forms))
    custom = None if termset is ts.DEFAULT_TERMSET else termset.to_config()
    # The caller's taxonomy object itself is handed to the components (never reloaded from a path).
    name = "" if taxonomy is None else register_taxonomy(taxonomy)
    nlp.add_pipe("udt_sentences", config={"taxonomy": name})
    nlp.add_pipe("udt_sections", config={"headings": None if custom is None else termset.sections})
    nlp.add_pipe("udt_ontology_matcher", config={"taxonomy": name, "cache_patterns": True, "termset": custom})
    # The context rules read the taxonomy's own field names (diagnosis first, then body system and organ).
    nlp.add_pipe("udt_context", config={"termset": custom, "finding_field": tax.fields[0],
                                        "anatomy_fields": list(tax.fields[1:3]), "cache_cues": True})
    nlp.add_pipe("udt_findings", config={"rollups": dict(rollups or {}),
                                         "normal_beside_findings": normal_beside_findings,
                                         "fluid_space_labels": fluid_space_labels})
    return nlp
