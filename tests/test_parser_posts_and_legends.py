"""Patient-posted reports and figure legends: what a poster tells of a relative's past illness is family history, not
an organ of the poster's scan ("my mum had a DVT" gives no Peripheral veins), while a relative's scan the poster
relays still counts ("my dad has gallstones", "my mum had a scan which showed stones"). All sentences are written
for these tests."""

from __future__ import annotations

import pytest
from parser_reading import labels_of, reading_of

from udt.parser import ReportParser

RELATIVE_HISTORY_ROWS = [
    # a relative's past condition with no released value: no organ of this scan
    ("My mum had a DVT after her op so I'm paranoid. My knee scan showed a 3 cm Baker's cyst.", ["Knee"]),
    ("Ultrasound of my thyroid: 12 mm solid nodule in the left lobe. My grandad had an aortic aneurysm, is it "
     "genetic?", ["Thyroid gland"]),
    ("Scan of my right testicle showed a small hydrocele. My brother had kidney stones twice.", ["Scrotum"]),
    ("My aunt was treated for gallstones years ago and now my liver scan shows a 2 cm cyst.", ["Liver"]),
    ("Got my breast scan back, simple cyst at 3 o'clock. My sister had a blood clot in her leg last year.",
     ["Breast"]),
    # near misses: a relative's condition relayed now, or from their scan, keeps its organ
    ("My dad has gallstones and the report says the gallbladder wall is thickened.", ["Gallbladder and bile ducts"]),
    ("My mum had a scan which showed a DVT in her calf.", ["Peripheral veins"]),
    ("Dad's ultrasound found kidney stones on both sides.", ["Kidney and ureter"]),
    ("The sonographer said I had a DVT behind my knee.", ["Peripheral veins"]),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE_HISTORY_ROWS)
def test_a_relatives_past_condition_gives_no_organ(parser: ReportParser, text: str, expected: list[str]) -> None:
    assert labels_of(parser, text, "Organ_level") == expected


# A relative's lesion with a released value is relayed from their scan, not family history: it keeps its value.
RELAYED_LESION_ROWS = [
    ("My mum had a 3 cm cyst on her left kidney, is that hereditary?", ["cyst"]),
    ("My dad had a 2 cm hypoechoic nodule in his thyroid on the scan last week.", ["nodule"]),
]


@pytest.mark.parametrize(("text", "expected"), RELAYED_LESION_ROWS)
def test_a_relatives_relayed_lesion_keeps_its_value(parser: ReportParser, text: str, expected: list[str]) -> None:
    assert labels_of(parser, text, "Diagnosis") == expected


# (text, field, value, reading): a copular hedge followed by its predicate doubts the predicate only; one that ends
# its clause looks back at its subject.
PREDICATE_HEDGE_ROWS = [
    ("The report says the hypoechoic mass in my breast is likely a fibroadenoma.", "Diagnosis", "mass", "present"),
    ("The report says the hypoechoic mass in my breast is likely a fibroadenoma.", "Echogenicity", "hypoechoic",
     "present"),
    ("Fig. 4. The septated cyst (arrow) is likely an endometrioma.", "InternalCharacteristics", "septations",
     "present"),
    ("Figure 2. An anechoic area (asterisk) behind the uterus is likely fluid in the pouch of Douglas.",
     "Echogenicity", "anechoic", "present"),
    ("My scan showed an echogenic area in the left ovary that is likely blood, they said.", "Echogenicity",
     "hyperechoic", "present"),
    ("Fig. 7. The well-defined hypoechoic lesion is likely to represent a haemangioma.", "Diagnosis", "mass",
     "uncertain"),
    # near misses: the hedge ends its clause, so it doubts what stands before it
    ("Conclusion: left adnexal lesion. A haemorrhagic cyst is likely.", "Diagnosis", "cyst", "uncertain"),
    ("Solid nodule in the right lobe; a follicular neoplasm is likely, biopsy advised.", "Diagnosis", "mass",
     "uncertain"),
]


@pytest.mark.parametrize(("text", "field", "value", "expected"), PREDICATE_HEDGE_ROWS)
def test_a_hedged_predicate_leaves_its_subject_seen(parser: ReportParser, text: str, field: str, value: str,
                                                    expected: str) -> None:
    assert reading_of(parser, text, field, value) == expected


# (text, expected Vascularity): a degree before two coordinated sites of flow grades the flow both share.
COORDINATED_FLOW_ROWS = [
    ("Figure 3. (B) Power Doppler image shows markedly increased peripheral and central flow in the node (arrows).",
     ["increased vascularity"]),
    ("The report says the lump has increased internal and peripheral vascularity, should I worry?",
     ["increased vascularity"]),
    ("Fig. 5. Colour Doppler: reduced central and peripheral flow within the left testis compared with the right.",
     ["reduced/diminished vascularity"]),
    ("Fig. 2 (B). Slightly increased rim and intralesional flow on colour Doppler.", ["increased vascularity"]),
    # near misses: no degree before the pair, or another mention takes that place
    ("Figure 6. Peripheral and internal flow (arrowheads) is seen in the solid part.", []),
    ("Fig. 8. Hypoechoic nodule with peripheral and central vascularity on power Doppler.", []),
]


@pytest.mark.parametrize(("text", "expected"), COORDINATED_FLOW_ROWS)
def test_a_degree_grades_coordinated_sites_of_flow(parser: ReportParser, text: str, expected: list[str]) -> None:
    assert labels_of(parser, text, "Vascularity") == expected


# (text, expected Diagnosis): a bare "fluid" placed in a space named by its own noun (a tendon sheath, a recess) is
# a fluid collection; the content of a lesion is not.
FLUID_SPACE_ROWS = [
    ("Figure 4. Anechoic fluid (asterisk) distending the extensor tendon sheath at the dorsum of the wrist.",
     ["fluid collection"]),
    ("Scan said there is fluid within the sheath around my thumb tendon, they called it tenosynovitis.",
     ["fluid collection"]),
    ("Fig. 6. Fluid filling the posterior recess (arrowheads) of the elbow joint.", ["fluid collection"]),
    ("Fig. 3. Fluid tracking along the peroneal tendon sheaths behind the lateral malleolus.", ["fluid collection"]),
    # near misses: a lesion's content, a fluid-filled structure, a sheath with no fluid placed in it
    ("Figure 5. A ganglion cyst filled with fluid arising from the flexor tendon sheath (arrow).", ["cyst"]),
    ("Fig. 2. A fluid-filled structure beside the tendon sheath.", []),
    ("Figure 7. The flexor tendon sheath (arrows) is thickened; no fluid-debris level.", []),
]


@pytest.mark.parametrize(("text", "expected"), FLUID_SPACE_ROWS)
def test_fluid_placed_in_a_named_space_is_a_collection(parser: ReportParser, text: str, expected: list[str]) -> None:
    assert labels_of(parser, text, "Diagnosis") == expected


# (text, field, expected): a hydrosalpinx is a distended tube, not a fluid collection: its shape and septa are
# labelled, no Diagnosis value; a fluid collection or a cyst beside it still is.
HYDROSALPINX_ROWS = [
    ("Fig. 9. Hydrosalpinx: a tubular anechoic structure (arrows) with incomplete septa beside the left ovary.",
     "Diagnosis", []),
    ("My report says 'sausage-shaped fluid-filled tube on the right, consistent with a hydrosalpinx'. Is that why "
     "I can't get pregnant?", "Diagnosis", []),
    ("Figure 3. Bilateral hydrosalpinges (asterisks) in a woman with prior pelvic infection.", "Organ_level",
     ["Adnexa"]),
    # near misses: a collection or cyst reported with it keeps its value
    ("Fig. 4. Pyosalpinx (arrow) with an adjacent tubo-ovarian abscess (asterisk).", "Diagnosis",
     ["fluid collection"]),
    ("Left hydrosalpinx and a 3 cm simple cyst in the right ovary.", "Diagnosis", ["cyst"]),
]


@pytest.mark.parametrize(("text", "field", "expected"), HYDROSALPINX_ROWS)
def test_a_hydrosalpinx_is_no_fluid_collection(parser: ReportParser, text: str, field: str,
                                               expected: list[str]) -> None:
    assert labels_of(parser, text, field) == expected
