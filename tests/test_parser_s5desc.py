"""Descriptor wording of translated and template reports (issue 11), with hand-written passages (not corpus lines):
a posterior echo "enhanced" or "attenuated", "poorly limited", "hyperhemia" (ontology synonyms), "punctate strong
echoes" as calcifications, a lesion's boundary said as a clause ("the boundary is unclear"), and a bracketed minus
sign after a finding ("Ascites: (-)"). Each class has guards where the rule must not fire."""

from __future__ import annotations

import pytest

from udt.parser import ReportParser


def _labels(parser: ReportParser, text: str, field: str) -> list[str]:
    return sorted(parser.parse(text).labels[field])


def _absent(parser: ReportParser, text: str) -> set[tuple[str, str]]:
    return {(m.dimension, m.value) for m in parser.parse(text).mentions if m.status == "absent" and m.value}


@pytest.mark.parametrize(
    ("text", "field", "expected"),
    [
        # Translated templates: the posterior echo "enhanced" / "attenuated".
        ("Left kidney: an anechoic area 2.2x1.8cm, boundary clear, posterior echo enhanced.", "PosteriorAcoustics",
         ["enhancement"]),
        ("Right ovary: a cystic area about 3.4cm, wall thin, back echo enhanced.", "PosteriorAcoustics",
         ["enhancement"]),
        ("Left breast 10 o'clock: a hypoechoic mass 1.4x1.1cm, margin angular, posterior echo attenuation.",
         "PosteriorAcoustics", ["shadowing"]),
        ("Gallbladder lumen: a strong echo 0.9cm, back echo attenuated, moves with position.", "PosteriorAcoustics",
         ["shadowing"]),
        # Guard: a posterior wall's echo is no acoustic feature.
        ("The posterior wall echo of the bladder is smooth.", "PosteriorAcoustics", []),
        # "Punctate strong echoes" in a nodule are calcifications, not a hyperechoic lesion.
        ("Right lobe: a hypoechoic solid nodule 0.9x0.7cm with punctate strong echoes inside.",
         "InternalCharacteristics", ["calcifications", "solid components"]),
        ("Right lobe: a hypoechoic solid nodule 0.9x0.7cm with punctate strong echoes inside.", "Echogenicity",
         ["hypoechoic"]),
        ("Left lobe nodule 1.1cm, aspect ratio >1, several punctate strong echo foci.", "InternalCharacteristics",
         ["calcifications"]),
        # Guard: a strong echo on its own is still the echogenic stone of a translated report.
        ("Left kidney: a strong echo 0.6cm in the lower calyx with acoustic shadow.", "Echogenicity",
         ["hyperechoic"]),
        ("Left kidney: a strong echo 0.6cm in the lower calyx with acoustic shadow.", "InternalCharacteristics", []),
        # A lesion's boundary stated as a clause.
        ("Right lobe: a low echo nodule about 1.2x0.9cm, the boundary is unclear, the shape is irregular.",
         "Margins", ["ill-defined/indistinct"]),
        ("In the left breast a hypoechoic mass, its boundary is clear, shape oval.", "Margins", ["well-defined"]),
        ("Segment VI: a hyperechoic lesion 1.8cm whose margins are smooth.", "Margins", ["well-defined"]),
        # Translated French wording: "poorly limited" (as "well limited" is well-defined), "hyperhemia".
        ("Spleen: a hypoechoic formation of 15 mm, poorly limited, at the lower pole.", "Margins",
         ["ill-defined/indistinct"]),
        ("Achilles tendon thickened to 9 mm with hyperhemia at the colour Doppler.", "Vascularity",
         ["increased vascularity"]),
        # Guard: an organ's outline said as a clause stays the organ's (its outline words are left out).
        ("Pancreas: head 25 mm, body 13 mm, contours are unclear, peripancreatic fluid is not excluded.", "Margins",
         []),
    ],
)
def test_descriptor_wording(parser: ReportParser, text: str, field: str, expected: list[str]) -> None:
    assert _labels(parser, text, field) == expected


@pytest.mark.parametrize(
    ("text", "denied", "kept"),
    [
        ("Liver: coarse echotexture. Ascites: (-)\nSpleen: normal", ("Diagnosis", "fluid collection"), None),
        ("Liver: fatty (mild). Gallbladder: cyst (–), polyp 3 mm.", ("Diagnosis", "cyst"), None),
        ("Thyroid right lobe nodule 8 mm, calcification (-), halo (+).", ("InternalCharacteristics", "calcifications"),
         ("Diagnosis", "nodule")),
        # Guard: "(+)" states the finding; a minus in other brackets denies nothing.
        ("Pleural effusion (+), right, 2 cm depth.", None, ("Diagnosis", "fluid collection")),
        ("Ascites (- see CT report) moderate.", None, ("Diagnosis", "fluid collection")),
    ],
)
def test_bracketed_minus_sign(parser: ReportParser, text: str, denied: tuple[str, str] | None,
                              kept: tuple[str, str] | None) -> None:
    absent = _absent(parser, text)
    present = {(field, value) for field, values in parser.parse(text).labels.items() for value in values}
    if denied is not None:
        assert denied in absent
        assert denied[1] not in parser.parse(text).labels[denied[0]]
    if kept is not None:
        assert kept in present
        assert kept not in absent


def test_bracketed_minus_denies_no_organ(parser: ReportParser) -> None:
    # A lymph node's hilum "(-)" is a structure's sign, not an absent finding: no anatomy is ever absent.
    report = parser.parse("Right level III lymph node 9 mm, round, hilum (-), cystic change.")
    assert all(m.status != "absent" for m in report.mentions if m.dimension in ("Organ_level", "Body_system_level"))
    assert report.labels["InternalCharacteristics"] == ["cystic components"]
