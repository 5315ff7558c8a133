"""Organ classes of new writers' text (issue 11, the v4organ wave): passages written for this file in the corpora's
styles (template lines, translated reports, surgical follow-ups), never corpus lines, each class with near misses
where the rule must not fire. Each row states the whole Organ_level set the parser must give."""

from __future__ import annotations

import pytest

from udt.parser import ReportParser

SPACE = "Peritoneum mesentery and omentum"
Row = tuple[str, set[str]]

# Fluid of any name in a recess of the peritoneal space, present or denied, labels the space as free fluid does
# (fluid_space_labels.py): new writers, translated reports above all, seldom write "free" before it.
RECESS_FLUID: list[Row] = [
    ("Uterus anteverted, 7 cm. Right ovary: 25 mm follicular cyst. POD: minimal fluid.",
     {"Uterus", "Adnexa", SPACE}),
    ("UTERUS: normal size. OVARIES: normal. CUL-DE-SAC: small effusion of 8 mm.", {"Uterus", "Adnexa", SPACE}),
    ("Uterus of normal size and echostructure. Small effusion of the Douglas pouch, 9 mm.", {"Uterus", SPACE}),
    ("Endometrium 5 mm. Both ovaries with follicles. No fluid in the pouch of Douglas.",
     {"Uterus", "Adnexa", SPACE}),
    ("Uterus: retroverted, normal. Douglas: no effusion.", {"Uterus", SPACE}),
    ("Left ovary 3.1 x 2.2 cm, normal. POD fluid: nil.", {"Adnexa", SPACE}),
    # near misses: fluid in the uterus, in a joint's recess: no space
    ("Uterus normal size. A little fluid in the endometrial cavity.", {"Uterus"}),
    ("Right knee: small amount of fluid in the suprapatellar recess.", {"Knee"}),
]


@pytest.mark.parametrize(("text", "organs"), RECESS_FLUID)
def test_fluid_in_a_recess_labels_its_space(parser: ReportParser, text: str, organs: set[str]) -> None:
    assert set(parser.parse(text).labels["Organ_level"]) == organs


def test_fluid_the_space_took_in_beside_the_bowel_labels_no_space(parser: ReportParser) -> None:
    # a seroma beside a hernia's bowel is filed in the space (recess_fluid.py) but no recess is named
    text = ("Paraumbilical hernia through a 2 cm defect, containing a loop of small bowel. Adjacent 3 cm anechoic "
            "fluid collection, probably a seroma.")
    assert SPACE not in parser.parse(text).labels["Organ_level"]


def test_the_recess_rule_follows_the_convention_switch() -> None:
    text = RECESS_FLUID[0][0]
    assert set(ReportParser(fluid_space_labels=False).parse(text).labels["Organ_level"]) == {"Uterus", "Adnexa"}


# "POD" before a day number with no unit after it is a surgical report's post-operative day, not the pouch of Douglas:
# a collection of the graft stays the graft's. A depth after it ("free fluid POD 12 mm") is still the pouch's.
POST_OPERATIVE_DAYS: list[tuple[str, set[str], str | None]] = [
    ("Liver transplant, POD 5. Hepatic artery RI 0.62, portal vein patent. Small collection at the cut surface, "
     "35 x 20 mm (28 mm on POD 2).", {"Liver"}, "Liver"),
    ("Renal graft review POD 10: 40 mm perinephric collection at the upper pole, likely haematoma.",
     {"Kidney and ureter"}, "Kidney and ureter"),
    # near miss: a depth, so the pouch
    ("Uterus normal. Free fluid POD 12 mm.", {"Uterus", SPACE}, SPACE),
]


@pytest.mark.parametrize(("text", "organs", "fluid_organ"), POST_OPERATIVE_DAYS)
def test_a_post_operative_day_is_no_pouch(parser: ReportParser, text: str, organs: set[str],
                                          fluid_organ: str | None) -> None:
    report = parser.parse(text)
    assert set(report.labels["Organ_level"]) == organs
    assert [f.organ for f in report.findings if f.diagnosis == "fluid collection"] == [fluid_organ]


# A tissue layer of the scalp ("subcutaneous fat", "subcutis") is the soft tissues', the skull only the bone beneath
# it (guideline: a scalp lump's subcutis -> Soft tissues, the skull beneath it -> Skull). Before, the skull named in
# the report held the layer as an organ holds its own subcutis, so the soft tissues were lost.
SCALP_LAYERS: list[Row] = [
    ("Right frontal scalp: 15 x 9 mm oval lipoma within the subcutaneous fat. The underlying frontal bone is smooth.",
     {"Skull", "Soft tissues"}),
    ("US SCALP. Firm lump over the vertex. In the subcutis there is a 12 mm hypoechoic lesion with posterior "
     "enhancement, abutting the outer table of the skull without erosion. Likely epidermoid cyst.",
     {"Skull", "Soft tissues"}),
    # no layer named: the scalp itself is the soft tissues' (ontology; guideline: a scalp lesion -> Soft tissues,
    # plus Skull where the bone is reported on). A scalp mass eroding the bone: Soft tissues and Skull in the
    # reports_multiorgan_findings_77 decisions, Skull only in reports_blind_final_16's (the corpora disagree).
    ("Scalp lump: 18 mm well-defined hypoechoic lesion overlying the occipital bone, no flow, likely a pilar cyst. "
     "Skull intact.", {"Skull", "Soft tissues"}),
    ("Parietal scalp swelling: 3 cm vascular soft-tissue mass destroying the outer and inner tables of the skull. "
     "Metastasis likely.", {"Skull", "Soft tissues"}),
]


@pytest.mark.parametrize(("text", "organs"), SCALP_LAYERS)
def test_a_scalp_layer_is_the_soft_tissues(parser: ReportParser, text: str, organs: set[str]) -> None:
    assert set(parser.parse(text).labels["Organ_level"]) == organs


# "VA" naming the institution that heads a report or its protocol is Veterans Affairs, not a vertebral artery
# (termset.OTHER_SENSE_AFTER): no peripheral artery from the letterhead.
VETERANS_AFFAIRS: list[Row] = [
    ("VA OUTPATIENT CLINIC - US RENAL\nRight kidney 10.8 cm, no hydronephrosis. Left kidney 11.2 cm, 14 mm "
     "simple cyst.", {"Kidney and ureter"}),
    ("VA CBOC - US SOFT TISSUE\nRight forearm: 18 mm subcutaneous lipoma.", {"Soft tissues"}),
    ("Infrarenal AAA 4.1 cm, surveillance per VA vascular protocol.", {"Retroperitoneum and great vessels"}),
    # near miss: a vertebral artery in a carotid study
    ("CAROTID DUPLEX. Right ICA: PSV 85 cm/s, no stenosis. Right VA flow antegrade.", {"Peripheral arteries"}),
]


@pytest.mark.parametrize(("text", "organs"), VETERANS_AFFAIRS)
def test_the_veterans_affairs_letterhead_names_no_artery(parser: ReportParser, text: str, organs: set[str]) -> None:
    assert set(parser.parse(text).labels["Organ_level"]) == organs
