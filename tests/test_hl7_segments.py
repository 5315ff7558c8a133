"""A report handed over as HL7 v2 observation segments is read as the report lines they carry (hl7_segments.py):
each OBX segment a "name: value" line, each "~" of a formatted value a line break, the evidence mapped back onto the
text as given. Each passage is written for this file.
"""

from __future__ import annotations

import udt
from udt.parser.hl7_segments import hl7_lines

_PELVIS = (
    "OBX|1|TX|UTERUS^Uterus||Retroverted, 68 x 35 x 40 mm, homogeneous||||||F\n"
    "OBX|2|TX|L OVARY^Left ovary||Small, no mass||||||F\n"
    "OBX|3|TX|FREE FLUID^Free fluid||None||||||F\n"
)


def _organs(text: str) -> list[str]:
    return udt.parse_report(text).labels.get("Organ_level", [])


def test_segments_become_named_lines() -> None:
    form = hl7_lines(_PELVIS)
    assert form is not None
    assert form.text.splitlines() == [
        "Uterus: Retroverted, 68 x 35 x 40 mm, homogeneous",
        "Left ovary: Small, no mass",
        "Free fluid: None",
    ]


def test_evidence_maps_back_onto_the_segments() -> None:
    report = udt.parse_report(_PELVIS)
    assert report.mentions
    for m in report.mentions:
        assert m.text == _PELVIS[m.start:m.end]
    assert "Adnexa" in _organs(_PELVIS)


def test_repetition_separator_splits_the_organs_of_one_value() -> None:
    text = ("OBX|1|FT|24558-9^US Abdomen^LN||LIVER: 14 cm, homogeneous.~SPLEEN: 11 cm.~LUNG BASES: small right "
            "effusion.||||||F")
    form = hl7_lines(text)
    assert form is not None
    # the value opens with its own heading: the exam's title is not written before it
    assert form.text.splitlines() == [
        "LIVER: 14 cm, homogeneous.", "SPLEEN: 11 cm.", "LUNG BASES: small right effusion.",
    ]


def test_code_name_longer_than_its_text_is_kept() -> None:
    form = hl7_lines("OBX|1|NM|ENDOMETRIAL THICKNESS^ET||6.1|mm|||||F")
    assert form is not None
    assert form.text == "ENDOMETRIAL THICKNESS: 6.1 mm"


def test_segment_without_a_value_leaves_no_line() -> None:
    form = hl7_lines("OBX|1|TX|SPLEEN^Spleen||||||F\nOBX|2|TX|KIDNEYS^Kidneys||Normal||||||F\r\n")
    assert form is not None
    assert form.text == "Kidneys: Normal\n"


def test_comment_segment_and_free_lines() -> None:
    text = "Result of 12/03\nOBX|1|TX|GB^Gallbladder||Thin wall, no stones||||||F\nNTE|1|L|Patient fasted 6 h"
    form = hl7_lines(text)
    assert form is not None
    assert form.text == "Result of 12/03\nGallbladder: Thin wall, no stones\nPatient fasted 6 h"


def test_plain_reports_and_table_bars_are_left_alone() -> None:
    # near misses: bars of a typed table, a "~" of an approximate size, an "OBX" word without its bar
    assert hl7_lines("| Liver | normal |\n| Spleen | 11 cm |") is None
    assert hl7_lines("CRL 2.1 cm ~ 8w6d. Yolk sac present.") is None
    assert hl7_lines("OBX results pending; liver normal.") is None


def test_malformed_segment_stays_as_written() -> None:
    # near miss: too few fields to be an observation, so the line is read as typed
    assert hl7_lines("OBX|1|TX|liver normal") is None


def test_escapes_become_the_characters_they_stand_for() -> None:
    form = hl7_lines("OBX|1|FT|76705^US Liver^CPT||LIVER: 13 cm.\\.br\\GB: sludge \\T\\ no stones.||||||F")
    assert form is not None
    assert form.text == "LIVER: 13 cm.\nGB: sludge & no stones."


def test_envelope_is_left_out_and_the_order_names_the_exam() -> None:
    text = (
        "MSH|^~\\&|RIS|GENERAL|EHR|GENERAL|202403051030||ORU^R01|88231|P|2.3\n"
        "PID|1||440211^^^GENERAL||SMITH^ANNA||19610412|F\n"
        "OBR|1|77|78|76856^US PELVIS COMPLETE^CPT\n"
        "OBX|1|TX|UT^Uterus||Anteverted, normal size||||||F\n"
    )
    form = hl7_lines(text)
    assert form is not None
    assert form.text.splitlines() == ["US PELVIS COMPLETE", "Uterus: Anteverted, normal size"]
    assert "SMITH" not in form.text
