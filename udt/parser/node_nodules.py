"""A "nodule" is no lymph node: a node heading above it does not place it (class: a thyroid nodule filed under the
lymph nodes of the line before).

Neck reports describe the thyroid lobe by lobe, then the cervical nodes ("Lymph nodes: no suspicious nodes."), then
restate or correct the lobes' nodules in a comment or conclusion: "Comment: R lower pole nodule 27 mm, L mid nodule
8 mm", "Conclusion: Nodule 3 (left, TR4, 13 mm): FNA", "Correction: nodule R1 ... measures 17 mm". The organ carried
over from the sentence before is then the nodes', yet reports call a lymph node a "node" (or "LN", "adenopathy"),
never a "nodule": the bare nodule is the thyroid's. Where the report names one organ with lobes (``lobe_home``, the
thyroid by its lobes and isthmus: lobed_organs.py) such a nodule is left unplaced by the carried node site, and
sites.py files it under that organ, as it files a nodule placed only by a bare lobe word.

Only a carried site yields: a node word in the nodule's own sentence still places it ("level III: a 9 mm rounded
nodule" is read by its own words), and a report with no organ with lobes (a breast, a skin survey: "Axilla: nodes
normal. Nodule at 2 o'clock, 6 mm") keeps the carried site, since there the nodule has no other home to go to.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet

NODULE = "nodule"  # the released diagnosis label of a bare nodule (the lesion word that implies no organ)


def nodule_leaves_nodes(
    diagnosis: str | None, own_organ: str | None, carried_organ: str | None, node_organs: AbstractSet[str],
    lobe_home: str | None,
) -> bool:
    """Whether a lesion named ``diagnosis`` whose own words imply ``own_organ`` is not placed by the carried site of
    ``carried_organ``: a bare nodule carried into the lymph nodes (``node_organs``) of a report whose organ with
    lobes is ``lobe_home``.

    >>> nodule_leaves_nodes("nodule", None, "Lymph nodes", {"Lymph nodes"}, "Thyroid gland")
    True
    >>> nodule_leaves_nodes("nodule", None, "Lymph nodes", {"Lymph nodes"}, None)
    False
    >>> nodule_leaves_nodes("cyst", None, "Lymph nodes", {"Lymph nodes"}, "Thyroid gland")
    False
    """
    return diagnosis == NODULE and own_organ is None and lobe_home is not None and carried_organ in node_organs
