"""Beside an abnormal lymph node, a node its own clause describes as benign ("Lymph nodes: Rt level II node 12 x 6 mm
with preserved hilum - reactive. Lt level Ib node 17 x 12 mm, rounded, hilum effaced"; "small reactive nodes up to 9
mm") is the normal node the abnormal one is set against: a structure, no lesion. The lesions of such a report are its
abnormal nodes (the corpus guideline's findings are "cyst, nodule, mass, collection, stone, abnormal lymph node";
"organs described as normal ... are not findings").

Read as a lesion, the benign node written first took the place of the abnormal node after it, and with it that
node's size and side. A node described alone keeps its lesion, benign or not: it is the report's node finding.

The clause runs between line breaks, table bars, semicolons and full stops. Every clause that names the node must
give a benign sign of it and none of an abnormal one: a clause that describes two nodes, one of each kind, or that
denies anything ("no", "without", "loss of": maybe the hilum) keeps its lesion. Only nodes with no diagnosis of their
own are read (a "nodal metastasis" is a mass). A node mention several nodes share (a list's heading "Lymph nodes
(LK):", a node word carried on to the rows below it) describes none of them alone: each is read by its own.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from udt.parser.lazy_patterns import lazy_compile

if TYPE_CHECKING:
    from collections.abc import Sequence
    from collections.abc import Set as AbstractSet

    from udt.parser.record import MentionRecord
    from udt.parser.schema import Finding

# A benign node's own signs: its hilum kept ("preserved fatty hilum", "hilum present", "with a hilum"), "reactive",
# "normal" / "usual" (morphology, aspect, form), "not suspicious", "benign".
_BENIGN = lazy_compile(
    r"\b(?:(?:preserved|maintained|intact|normal|kept)\s+(?:fatty\s+|echogenic\s+)?hil(?:um|us)"
    r"|(?:fatty|echogenic)\s+hil(?:um|us)"
    r"|hil(?:um|us)\s+(?:preserved|maintained|intact|kept|present|visible|seen|normal)"
    r"|with\s+(?:a\s+)?hil(?:um|us)"
    r"|reactive|normal|usual|benign|not\s+suspicious|non-?suspicious)\b"
)
# Signs of an abnormal node, and any denial (which may be of the hilum: "no fatty hilum", "without hilum").
_ABNORMAL = lazy_compile(
    r"\b(?:round(?:ed)?|globular|no|without|absent|absence|loss|lost|effaced|obliterated|necro\w*|microcalc\w*"
    r"|calcif\w*|cystic|suspicious|abnormal|metasta\w*|malignan\w*|thick(?:ened)?|eccentric|matted|conglomerate"
    r"|hyperaemi\w*|hyperemi\w*|hypervascular|peripheral|liquef\w*|suppurat\w*|abscess|pathologic(?:al)?"
    r"|irregular|heterogeneous|lymphoma)\b"
)
_NOT_SUSPICIOUS = lazy_compile(r"\b(?:not\s+suspicious|non-?suspicious)\b")
_CLAUSE_END = lazy_compile(r"[\n;|]|\.(?=\s|$)")
_OTHER_SIDE = lazy_compile(r",\s*(?=(?:right|left|rt|lt)\b)", re.IGNORECASE)
_FULL_STOP = lazy_compile(r"\.(?=\s)")  # (before the clause: a decimal point has no space after it)


def _clause(text: str, at: int) -> str:
    """The lower-cased clause of ``text`` holding character ``at``: between line breaks, table bars, semicolons and
    full stops (a decimal point is none: "1.4 cm")."""
    lo = max(text.rfind("\n", 0, at), text.rfind(";", 0, at), text.rfind("|", 0, at))
    for stop in _FULL_STOP.finditer(text, max(lo, 0), at):
        lo = max(lo, stop.start())
    end = _CLAUSE_END.search(text, at)
    hi = end.start() if end is not None else len(text)
    # A comma then a side word opens another site's verdict ("left axillary node 11 mm, right axilla normal"):
    # its "normal" is the other side's, not this node's.
    for other in _OTHER_SIDE.finditer(text, lo + 1, hi):
        if other.start() < at:
            lo = other.start()
        else:
            hi = other.start()
            break
    return text[lo + 1 : hi].lower()


def described_benign(text: str, at: int) -> bool:
    """Whether the clause of the node named at character ``at`` calls it benign and names no abnormal sign."""
    return described_benign_words(_clause(text, at))


def described_benign_words(words: str) -> bool:
    """Whether ``words`` (a node's clause, or the cells of its table row) call it benign and name no abnormal sign."""
    low = words.lower()
    if _BENIGN.search(low) is None:
        return False
    return _ABNORMAL.search(_NOT_SUSPICIOUS.sub(" ", low)) is None


def unstructure_benign_nodes(findings: Sequence[Finding], evidence: Sequence[MentionRecord],
                             node_iris: AbstractSet[str], text: str) -> None:
    """Make a structure of each node lesion described as benign, when the report keeps an abnormal node lesion
    (see the module docstring). ``node_iris``: the lymph node concepts."""
    benign: list[Finding] = []
    abnormal = False
    drafts = [d for d in findings if d.kind == "lesion" and d.diagnosis is None and d.status == "present"]
    # A node mention several nodes share is a heading over their list ("Lymph nodes (LK):" over its rows) or a site
    # carried on to the rows after it: each node is read by its own mentions; one with none of its own by those it
    # shares, but never by a heading, which describes no node ("Cervical nodes:").
    shared = Counter(m for d in drafts for m in set(d.mentions) if evidence[m].iri in node_iris)
    for draft in drafts:
        nodes = [evidence[m].start_char for m in draft.mentions if evidence[m].iri in node_iris]
        at = [evidence[m].start_char for m in draft.mentions if evidence[m].iri in node_iris and shared[m] == 1] \
            or [a for a in nodes if not _clause(text, a).rstrip().endswith(":")]
        if not at:
            continue
        if all(described_benign(text, a) for a in at):
            benign.append(draft)
        else:
            abnormal = True
    if abnormal:
        for draft in benign:
            draft.kind = "structure"
