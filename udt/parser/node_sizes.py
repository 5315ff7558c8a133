"""A lymph node measured by a size that pre-modifies it across its descriptors ("a 9 mm round hypoechoic right
level VI node", "a 2.4 cm necrotic node"): the size is the node's, which makes the node a finding of its own
(``sites._sized_nodes_as_lesions``), as a size right before it does ("a 1.2 cm node").

Only descriptors (attribute items) and words without a clause role may stand between, and a comma between two
descriptors ("a 3.4 x 2.2 cm round, hypoechoic node"): a comma after the size, a link or a preposition ends the noun
phrase ("the liver 15 cm, hypoechoic, with a node at the porta": the size is the
liver's). Bounded: the noun phrase spans at most ``_SPAN`` tokens.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from udt.parser.findings import Item

_SPAN = 7  # tokens from the size's end to the node: a size, up to three descriptors and a side/level ("right level VI")


def size_premodifies_node(items: list[Item], k: int, role: list[str | None]) -> Item | None:
    """The size item that pre-modifies the node ``items[k]`` across descriptors, or None. ``items`` is in token
    order; ``role`` is each token's clause role (``Words.role``)."""
    node = items[k]
    j = k - 1
    while j >= 0 and items[j].kind == "attribute" and items[j].sent == node.sent:
        j -= 1
    if j == k - 1 or j < 0:
        return None  # no descriptor between (a size right before the node is read by the caller)
    size = items[j]
    if size.kind != "size" or size.sent != node.sent or node.start - size.end > _SPAN:
        return None
    # A comma only between two of its descriptors ("a 3.4 x 2.2 cm round, hypoechoic node") stays inside the noun
    # phrase: the token after it starts a descriptor.
    starts = {it.start for it in items[j + 1 : k]}
    for i in range(size.end, node.start):
        if role[i] is not None and not (role[i] == "comma" and i > size.end and i + 1 in starts):
            return None
    return size
