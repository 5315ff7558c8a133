"""Anatomy and diagnosis classes of new writers' report text (issue 11): one table per class.

Each row is a sentence written for this file (not a corpus line) with the organs (or diagnoses) it must give; the
near-miss rows are wordings of the same look that must not trigger the rule.
"""

from __future__ import annotations

import pytest
from parser_reading import labels_of

from udt.parser import ReportParser

ORGAN = "Organ_level"
DIAGNOSIS = "Diagnosis"


# -- fluid said to surround an organ lies in that organ's own space ------------------------------------------------
# Before: "around", "surrounding" made the organ a landmark, kept only where the report named no other organ, so a
# FAST view's "fluid around the spleen" beside a liver sentence lost the spleen.
@pytest.mark.parametrize(
    ("text", "organs"),
    [
        ("Right upper quadrant: liver edge smooth. Left upper quadrant: a thin crescent of fluid around the spleen.",
         ["Liver", "Spleen"]),
        ("Liver unremarkable. Fluid is seen surrounding the left kidney, 8 mm deep.", ["Kidney and ureter", "Liver"]),
        ("Gallbladder normal. A small haematoma around the lower pole of the right kidney.",
         ["Gallbladder and bile ducts", "Kidney and ureter"]),
        ("Liver normal in size. There is no fluid around the spleen.", ["Liver", "Spleen"]),
        # Near misses: fluid that types a space of its own keeps the organ a landmark; fluid around the lung lies in
        # the pleural space; a lesion (not fluid) around an organ is still placed by it.
        ("Gallbladder normal. Moderate ascites around the liver.",
         ["Gallbladder and bile ducts", "Peritoneum mesentery and omentum"]),
        ("Heart normal. Small pleural effusion with fluid around the lung base.",
         ["Heart and mediastinum", "Pleural space"]),
        ("Thyroid normal. A lymph node lies posterior to the spleen.", ["Lymph nodes", "Thyroid gland"]),
    ],
)
def test_fluid_around_an_organ_is_in_its_space(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == organs


# -- a named muscle that holds a lesion is the lesion's site --------------------------------------------------------
# Before: a named muscle (soleus, gastrocnemius, trapezius) was always a landmark, so the soft tissues of a
# haematoma "within the soleus" in a venous study, or of a lipoma "in the trapezius" beside the thyroid, were lost.
@pytest.mark.parametrize(
    ("text", "organs"),
    [
        ("Calf veins compress normally. A 5 x 2 cm haematoma lies within the soleus muscle.",
         ["Peripheral veins", "Soft tissues"]),
        ("Popliteal vein patent. There is a 4 cm anechoic collection in the medial gastrocnemius.",
         ["Peripheral veins", "Soft tissues"]),
        ("Thyroid normal. Lipoma within the trapezius muscle, 3 cm.", ["Soft tissues", "Thyroid gland"]),
        # Near misses: a muscle that only places a lesion of another organ stays a landmark.
        ("Baker's cyst in the popliteal fossa with a tail extending along the medial gastrocnemius.", ["Knee"]),
        ("Thyroid: a 9 mm nodule in the left lobe, anteromedial to the sternocleidomastoid.", ["Thyroid gland"]),
    ],
)
def test_a_muscle_holding_a_lesion_is_its_site(parser: ReportParser, text: str, organs: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == organs


# -- a bare "fluid" found somewhere is a collection -----------------------------------------------------------------
# Before: a bare "fluid" was a collection only when a place word followed it at once ("fluid in the bursa"), so
# "fluid is seen around the spleen", "fluid was noted in the pelvis" and the lay "fluid on the lungs" named none.
@pytest.mark.parametrize(
    ("text", "diagnoses", "organs"),
    [
        ("Fluid is seen in the pelvis.", ["fluid collection"], []),
        ("A little fluid was noted in the left flank.", ["fluid collection"], []),
        ("Fluid was present around the spleen.", ["fluid collection"], ["Spleen"]),
        ("Fluid on the knee, moderate, with a thickened synovium.", ["fluid collection"], ["Knee"]),
        ("They told me there was fluid on the lungs.", ["fluid collection"], ["Pleural space"]),
        # Near misses: fluid as a cyst's content, a passage or a joined word is no collection.
        ("A 2 cm cyst filled with fluid in the left ovary.", ["cyst"], ["Adnexa"]),
        ("Fluid-filled loops of small bowel, normal peristalsis.", [], ["Gastrointestinal tract"]),
        ("Passage of fluid into the duodenum is seen on real-time imaging.", [], ["Gastrointestinal tract"]),
    ],
)
def test_bare_fluid_found_somewhere_is_a_collection(parser: ReportParser, text: str, diagnoses: list[str],
                                                    organs: list[str]) -> None:
    assert labels_of(parser, text, DIAGNOSIS) == diagnoses
    assert labels_of(parser, text, ORGAN) == organs
