"""Shape words that describe no lesion's shape: "elongated" said of a fluid collection or of a passage of the anatomy,
a shape word naming the transducer, a clinical round, a catheter or a subtype, and an organ's shape before a place
phrase or side ("Retina flat in all quadrants", "Nodular thyroid bilat.").

Passages written for these tests (dictation, figure legends, patient posts), with near misses that keep their shape:
the tube- and line-words of the guideline ("tubular anechoic structure", "linear echogenic foreign body"), an
"elongated" structure or node (labelled, as the development corpora do), a collection's "irregular" shape.
"""

from __future__ import annotations

import pytest
from parser_reading import labels_of

from udt.parser import ReportParser

ELONGATED = [
    ("Medial calf: a 6 x 1.5 cm elongated anechoic collection between the gastrocnemius and soleus, no flow.", []),
    ("Thigh: an elongated hypoechoic to anechoic collection with fine septa in the subcutaneous fat, likely a "
     "haematoma.", []),
    ("Within the vastus lateralis there is an intramuscular haematoma of 48 x 14 mm, elongated, avascular.", []),
    ("Fig. 3. Hypertrophic pyloric stenosis: muscle 4.2 mm thick and an elongated canal (18 mm) without gastric "
     "emptying.", []),
    ("Longitudinal view: thick muscle (5 mm) and elongated channel (20 mm), no passage of fluid.", []),
    # near misses: a structure or node called elongated keeps the tubular shape; tube-words on a collection keep it
    ("A flattened, elongated hypoechoic structure in the right axilla with a fatty hilum, a normal node.",
     ["flattened", "tubular/linear"]),
    ("Left adnexa: a tubular anechoic structure with incomplete septa, in keeping with a hydrosalpinx.",
     ["tubular/linear"]),
    ("Right flank: an irregular collection of 4 cm with internal debris, probably an abscess.", ["irregular"]),
]


@pytest.mark.parametrize(("text", "shape"), ELONGATED)
def test_elongated_collections_and_passages(parser: ReportParser, text: str, shape: list[str]) -> None:
    assert labels_of(parser, text, "Shape") == shape


OTHER_SENSES = [
    ("SKIN LUMP CLINIC (15 MHz linear)\nLesion 1: 9 mm anechoic dermal cyst with posterior enhancement.", []),
    ("POCUS lung (ICU round), ventilated. Small right effusion, no consolidation.", []),
    ("Bladder: collapsed round catheter. No free fluid.", []),
    ("B-scan, right eye: vitreous clear. Retina flat in all quadrants. No mass.", []),
    ("Conclusion: Nodular thyroid bilat., largest nodule 12 mm on the right, TR3.", []),
    ("Histology: basal cell carcinoma, nodular type. Margins clear.", []),
    # near misses: the shape words of lesions
    ("Palm: a 6 mm linear echogenic foreign body with a hypoechoic halo.", ["tubular/linear"]),
    ("Bladder: a round anechoic diverticulum of 2 cm on the left wall.", ["round"]),
    ("Right lobe: a nodular hypoechoic lesion of 9 mm, TR4.", ["nodular"]),
]


@pytest.mark.parametrize(("text", "shape"), OTHER_SENSES)
def test_shape_words_of_other_senses(parser: ReportParser, text: str, shape: list[str]) -> None:
    assert labels_of(parser, text, "Shape") == shape
