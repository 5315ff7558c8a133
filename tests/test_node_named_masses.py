"""A node named with its region right before a mass word ("a 4.2 cm para-aortic lymph node mass") names the mass's
tissue and place: one finding, the mass, sized by the size before it and filed under the region
(sites._sized_nodes_as_lesions). Read as a measured node of its own, the size went to the node and the mass was a
second finding without a size. Each passage is written for this file.
"""

from __future__ import annotations

import udt


def _lesions(text: str) -> list[tuple[str | None, str | None, float | None]]:
    return [(f.diagnosis, f.organ, max(f.size_mm) if f.size_mm else None)
            for f in udt.parse_report(text).findings if f.kind == "lesion"]


def test_regional_node_mass_is_one_sized_mass() -> None:
    text = "Image 3 shows a 4.2-cm retroperitoneal lymph node mass beside the aorta. Kidneys normal."
    found = _lesions(text)
    assert len(found) == 1 and found[0][0] == "mass" and found[0][2] == 42.0


def test_regional_node_alone_stays_a_node_finding() -> None:
    # near miss: no mass word after the node, which stays the measured finding
    text = "A 16 mm retroperitoneal lymph node, rounded, to the left of the aorta."
    assert [size for _, _, size in _lesions(text)] == [16.0]


def test_bare_node_before_a_mass_word_keeps_its_size() -> None:
    # near miss: a node named without its region places nothing; its size is kept as before
    text = "Left axilla: a 2.2 cm lymph node metastasis."
    assert 22.0 in [size for _, _, size in _lesions(text)]
