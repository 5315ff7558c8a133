"""Normal statements missed on the fourteenth blind real-world text set (reports_blind_final_14, ids ``bg``,
development data; written by an annotator who had not seen the parser).

Causes (corpus ids) and what each class below fixes:
  * A translated bare "natural" (Turkish "doğal") closing a clause after the organ's measurements: bg069 "Right
    ovary 32x20 mm, natural.", bg089 "Right hip: alpha 62°, beta 50°, type Ia, natural." -> no "normal appearance"
    (only "is natural" / "in natural appearance" were read). Guards: "natural" before a noun or as a count's word.
  * A "normal" that closes its sentence read as the grade of a flow in the next one: bg088 "Left carotid system:
    normal. Vertebral arteries antegrade flow bilaterally." -> the normal was taken as "normal ... flow" and dropped.
    Guard: "normal antegrade flow" still grades the flow and names no normal organ.
  * A quoted report whose first line opens with the quotation mark ran on into the line before it, so "'Abdominal
    aorta maximum AP diameter 2.4 cm. Normal." (bg033) was no organ line with its verdict. Guard: an organ line with
    a lesion before "Normal." is still no normal organ.

  * A report whose only abnormality is a state named by a noun ("marked dilatation of the lateral and third
    ventricles, fourth ventricle normal in size", bg035) was read as a normal study from the size-only normal (the
    adjectives "dilated", "enlarged" already blocked it). Guard: a denied "no dilatation".

Left (seen, not fixed here), one id each: a limb's arteries or veins called normal in descriptive words only (bg019
"triphasic throughout, no significant stenosis"; bg005 "fully compressible with normal phasic flow ... No DVT"); one
named vein or a French heading of two organs called normal as a part (bg062 "Vésicule et voies biliaires: without
particularity"); "heel" as no Foot word (bg102 "Right heel: normal"); "right breast clear" (bd022).

Each row is a passage written for this file (not a corpus line).
"""

from __future__ import annotations

import pytest

from udt.parser import ReportParser

NORMAL = "normal appearance"


@pytest.mark.parametrize(
    ("text", "normal"),
    [
        ("Left kidney 10.4 x 4.9 cm, natural. Right kidney: 2 cm simple cyst at the lower pole.", True),
        ("Uterus: 3 cm fundal myoma. Left ovary 29 x 18 mm, natural.", True),
        ("Gallbladder: 12 mm stone in the neck, wall 2 mm. Spleen: 11 cm - natural.", True),
        ("Left hip: alpha 64°, beta 48°, type Ia, natural. Right hip: alpha 49°, decentred head, type D.", True),
        # guards: "natural" as a count's word or before a noun
        ("Previous births: two natural, one caesarean. Uterus with a 4 cm subserous myoma.", False),
        ("Left ovarian cyst of 42 mm, natural resolution is expected; control in 6 weeks.", False),
        ("Uterus with a 4 cm intramural myoma. Ovaries: natural size, follicles seen.", False),
    ],
)
def test_closing_natural(parser: ReportParser, text: str, normal: bool) -> None:
    assert (NORMAL in parser.parse(text).labels["Diagnosis"]) is normal


@pytest.mark.parametrize(
    ("text", "normal"),
    [
        ("Right ICA: soft plaque with 70% stenosis. Left ICA: normal. Vertebral arteries antegrade flow both sides.",
         True),
        ("Left testis: 8 mm hypoechoic mass. Right testis: normal. Epididymides increased flow.", True),
        ("Left kidney: 3 cm simple cyst. Right kidney: normal. Renal veins phasic flow.", True),
        ("Right ovary: 4 cm dermoid cyst. Left ovary: normal. Uterine arteries increased flow.", True),
        # guards: the normal grades the flow right after it
        ("Right ICA: soft plaque with 70% stenosis. Left ICA: normal antegrade flow.", False),
        ("Right common femoral vein: occlusive thrombus. Left common femoral vein with normal phasic flow.", False),
    ],
)
def test_normal_closing_its_sentence_grades_no_flow(parser: ReportParser, text: str, normal: bool) -> None:
    assert (NORMAL in parser.parse(text).labels["Diagnosis"]) is normal


@pytest.mark.parametrize(
    ("text", "normal"),
    [
        ("Screening van, Mrs Ross 70\n'Abdominal aorta 2.1 cm AP. Normal.'\nAlso seen: a 15 mm gallstone.", True),
        ('Message from the hospital, Mr Dunn\n"Right kidney 10.6 cm. Normal. Left kidney: 3.2 cm simple cyst."', True),
        ("Phoned through from Raigmore for Ina\n'Spleen 10 cm. Unremarkable. Liver: 2 cm haemangioma in segment 6.'",
         True),
        # guard: the organ line holds a lesion
        ("Screening van, Mrs Ross 70\n'Right kidney 10.6 cm with a 2 cm cyst. Normal.'", False),
    ],
)
def test_quoted_report_line_opens_a_sentence(parser: ReportParser, text: str, normal: bool) -> None:
    assert (NORMAL in parser.parse(text).labels["Diagnosis"]) is normal


@pytest.mark.parametrize(
    ("text", "normal"),
    [
        ("Transfontanelle US: marked dilatation of the lateral ventricles, third ventricle normal in size.", False),
        ("Renal US: enlargement of the left kidney to 14 cm; right kidney normal in size.", False),
        ("Moderate dilatation of the common bile duct to 11 mm. Liver normal in size.", False),
        # guards: the state denied
        ("Kidneys normal in size, no pelvicalyceal dilatation.", True),
        ("No dilatation of the collecting systems. Both kidneys normal in size.", True),
    ],
)
def test_abnormal_state_noun_blocks_normal_study(parser: ReportParser, text: str, normal: bool) -> None:
    assert (NORMAL in parser.parse(text).labels["Diagnosis"]) is normal
