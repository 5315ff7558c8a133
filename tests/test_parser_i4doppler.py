"""Vascularity wordings of round i (i4doppler): a pattern word off the scale ("chaotic", "disorganised") before a
kind of flow, disorganised or chaotic vessels, a Doppler grade of 0, "no colour fill", and an artery's triphasic
spectral waveform. Passages written for this file, with near misses where the value must not be read
(CORPUS_GUIDELINE "Descriptors" and the blind_final_32 decisions on Doppler grades and pattern words)."""

from __future__ import annotations

import pytest
from parser_reading import labels_of

from udt.parser import ReportParser

INDETERMINATE = "indeterminate/inhomogeneous vascularity"

CASES = [
    # a pattern word before a kind of flow (site adjective between) is indeterminate flow
    ("Left level III node, rounded, with chaotic intranodular vascularity on power Doppler.", [INDETERMINATE]),
    ("Solid testicular mass with disorganized central flow.", [INDETERMINATE]),
    ("Supraclavicular node: disorganised peripheral vascularity on colour Doppler imaging.", [INDETERMINATE]),
    ("Dermal nodule of the scalp; a few chaotic vessels in its deep part.", [INDETERMINATE]),
    # ... but listed after a grade on the scale, it only qualifies the graded flow
    ("Level IV node with microcalcification and increased, disorganised internal vascularity.",
     ["increased vascularity"]),
    ("Thigh mass with increased and chaotic intralesional flow.", ["increased vascularity"]),
    # a Doppler grade of 0 and no colour fill are no flow
    ("Occipital lump, 12 mm, hypoechoic. Power Doppler grade 0.", ["no vascularity"]),
    ("Subcutaneous nodule, Adler grade 0.", ["no vascularity"]),
    ("Right testis enlarged and hypoechoic, no color fill on colour Doppler.", ["no vascularity"]),
    ("Complex pelvic collection with no colour filling.", ["no vascularity"]),
    # an artery's triphasic spectral waveform is normal flow
    ("Both common femoral arteries show triphasic spectral waveforms.", ["normal/regular vascularity"]),
    ("Popliteal artery: triphasic Doppler waveform.", ["normal/regular vascularity"]),
    # near misses: a placental grade 0 is no Doppler grade; a numeric grade above 0 names no value by itself;
    # a bare heterogeneous lesion beside unqualified internal flow says nothing of the flow's pattern
    ("Placenta posterior, grade 0, clear of the os.", []),
    ("Tendon sheath mass with internal vascularity, Doppler grade 2.", []),
    ("Heterogeneous, hypoechoic mass with internal flow.", []),
    ("Disorganised fibres of the tendon, no tear.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_vascularity_wordings(parser: ReportParser, text: str, expected: list[str]) -> None:
    assert labels_of(parser, text, "Vascularity") == expected


# "linear" said of a lesion's content or of a normal endometrium is no lesion's shape (guideline: Shape only from
# shape words about the lesion); a linear membrane, foreign body or tract keeps its tubular/linear.
SHAPES = [
    ("Keratin cyst over the sternum, 18 mm, oval, with internal linear echoes.", ["oval"]),
    ("Left ovarian dermoid with fine linear strands and an echogenic plug.", []),
    ("Forearm lipoma, oval, with linear striations parallel to the skin.", ["oval"]),
    ("Uterus anteverted, regular myometrium, linear endometrium 6 mm.", []),
    # the place word of the sentence before ("shadowing in fan.") does not make the endometrium a place
    ("Fibroid in the fundus, with shadowing in fan. Endometrium linear, 4 mm.", []),
    # near misses: a line-shaped lesion or structure keeps its shape
    ("A 7 mm linear echogenic foreign body in the heel pad.", ["tubular/linear"]),
    ("Simple-looking cyst with a thin linear membrane floating within it.", ["tubular/linear"]),
    ("Lymph nodes in the left axilla are oval, 8 mm.", ["oval"]),
]


@pytest.mark.parametrize(("text", "expected"), SHAPES)
def test_linear_shapes(parser: ReportParser, text: str, expected: list[str]) -> None:
    assert labels_of(parser, text, "Shape") == expected


# An infant hip called mature is a normal hip, as "Graf type I" is (a Graf report's verdict).
HIPS = [
    ("INFANT HIP ULTRASOUND (GRAF)\nConclusion: mature hip joints bilaterally, no dysplasia.", True),
    ("Hip scan at 6 weeks. Result: the right hip is mature; the left hip is Graf IIa, rescan at 12 weeks.", True),
    ("Graf hip scan, 8 weeks: both hips are mature.", True),
    # near misses: an immature hip, and a mature teratoma, are no normal verdict
    ("Hip scan at 6 weeks: left hip immature, Graf IIa, rescan at 12 weeks.", False),
    ("Left ovary: 4 cm mature cystic teratoma with an echogenic plug.", False),
]


@pytest.mark.parametrize(("text", "normal"), HIPS)
def test_mature_hips(parser: ReportParser, text: str, normal: bool) -> None:
    assert ("normal appearance" in labels_of(parser, text, "Diagnosis")) is normal
