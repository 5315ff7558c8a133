"""Statuses of diagnoses as writers word them (issue 11, stop 39, wave 2): the hedges of German, Dutch and Spanish
reports written among English words ("V.a.", "fraglich", "verdacht voor", "waarschijnlijk", "no se descarta"), and
"apparently normal" as dictation's plain normal statement.

A row names the report-level reading of one value, as the corpus scoring reads it: "present" (labelled), "absent" or
"uncertain" (a mention with that status and no label), or None (neither labelled nor mentioned). No row is a corpus
sentence."""

from __future__ import annotations

import pytest
from parser_reading import reading_of

from udt.parser import ReportParser

DX = "Diagnosis"
MASS, CYST, NORMAL = "mass", "cyst", "normal appearance"

# A foreign hedge before the diagnosis doubts it as "suspected" or "probable" would, with or without a size after
# the diagnosis; "V.a." (Verdacht auf) keeps its full stops, so its stop ends no sentence.
FOREIGN_HEDGES = [
    ("Beurteilung: subcutaneous lump of the right thigh, V.a. lipoma 2,6 cm. Control in 1 year.", DX, MASS,
     "uncertain"),
    ("Right kidney, lower pole: anechoic lesion 18 mm with a thin septum, V.a. Bosniak II cyst.", DX, CYST,
     "uncertain"),
    ("Conclusie: subcutane zwelling rechter schouder, waarschijnlijk lipoma.", DX, MASS, "uncertain"),
    ("Popliteal fossa left: 3,1 cm anechoic structure, verdacht voor Baker cyst.", DX, CYST, "uncertain"),
    ("Liver segment 6: 9 mm echogenic focus, fraglich haemangioma. Gallbladder o.B.", DX, MASS, "uncertain"),
    ("Impresión: no se descarta un hemangioma hepático; MRI recommended.", DX, MASS, "uncertain"),
    # the Dutch and German words for an adenoma (a mass) are known, so a differential can offer them
    ("Lever: hypoechogene laesie segment 6, 2,1 cm. DD adenoom, focale steatose.", DX, MASS, "uncertain"),
    ("Leber: echoarme Läsion 18 mm in segment 4, V.a. Adenom.", DX, MASS, "uncertain"),
    # near misses: the hedge in the question does not doubt the diagnosis the findings assert; a diagnosis before
    # the hedge, ended by its full stop, keeps its own status; a report without the words is read as before
    ("Fragestellung: V.a. ovarian cyst.\nBefund: left ovary with a simple cyst of 3,2 cm.", DX, CYST, "present"),
    ("Befund: lipoma of the back, 4 cm. V.a. reactive node in the left groin.", DX, MASS, "present"),
    ("Assessment: lipoma of the right forearm, 2,2 cm.", DX, MASS, "present"),
    ("Conclusie: adenoom van de linker bijnier, 14 mm, ongewijzigd.", DX, MASS, "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), FOREIGN_HEDGES)
def test_a_foreign_hedge_doubts_the_diagnosis_after_it(parser: ReportParser, text: str, field: str, value: str,
                                                      reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading


# "Apparently" right before "normal"/"unremarkable" states the organ normal; before a finding it still hedges.
APPARENTLY_NORMAL = [
    ("The left ovary is apparently normal. The uterus measures 7.9 cm.", DX, NORMAL, "present"),
    ("FINDINGS: Liver, spleen and pancreas apparently unremarkable.", DX, NORMAL, "present"),
    ("Both kidneys apparently normal in size and echotexture.", DX, NORMAL, "present"),
    # near misses: "apparently" before a finding, or an "apparent" finding, is still doubted
    ("An apparently simple cyst of 2 cm in the right ovary.", DX, CYST, "uncertain"),
    ("Liver: apparent haemangioma of 8 mm in segment 7.", DX, MASS, "uncertain"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), APPARENTLY_NORMAL)
def test_apparently_normal_is_a_plain_normal_statement(parser: ReportParser, text: str, field: str, value: str,
                                                       reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading


# A bracket that opens with a hedged nature and names the diagnosis after its comma glosses that nature: one doubt.
BRACKETED_GLOSS = [
    ("Impression: left breast 2 o'clock, BI-RADS 3 (probably benign, fibroadenoma). Control in 6 months.", DX, MASS,
     "uncertain"),
    ("Conclusion: right breast lesion (likely benign, probably a fibroadenoma), 8 mm.", DX, MASS, "uncertain"),
    # near misses: outside a bracket the nature ends the hedge at its comma; a closed bracket ends it too
    ("Hypoechoic nodule, probably benign, fibroadenoma at 2 o'clock.", DX, MASS, "present"),
    ("Impression: left breast mass (probably benign), fibroadenoma at 3 o'clock.", DX, MASS, "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), BRACKETED_GLOSS)
def test_a_bracketed_gloss_of_a_hedged_nature_is_doubted(parser: ReportParser, text: str, field: str, value: str,
                                                         reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading


# The disease a patient is listed (for a transplant) for is history, not a finding of this scan.
LISTED_FOR = [
    ("Pt on list for NASH cirrhosis + HCC. Liver: coarse, nodular outline, no focal lesion.", DX, MASS, None),
    ("Patient listed for liver transplant for HCC. Segment 8: 2 cm hypoechoic lesion, suspicious for HCC.", DX, MASS,
     "uncertain"),
    # near miss: a finding of this scan after the listing line is read as usual
    ("On the transplant waiting list for ESRF. Right native kidney: simple cyst 2 cm.", DX, CYST, "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), LISTED_FOR)
def test_the_disease_a_patient_is_listed_for_is_history(parser: ReportParser, text: str, field: str, value: str,
                                                        reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading


# A row whose value opens with a hedge doubts its key's finding, past a bracketed gloss and a site word of the key.
GLOSSED_KEY = [
    ("ATFL: intact\nJoint effusion (Erguss) talocrural: fraglich, 2 mm\nAchilles tendon: normal", DX,
     "fluid collection", "uncertain"),
    ("HIP, LEFT\nJoint effusion (Erguss): fraglich\nIliopsoas bursa: normal", DX, "fluid collection", "uncertain"),
    # near misses: a value that states the finding, or a key whose other words are mentions (the value may be about
    # another thing), keeps the finding
    ("Joint effusion (Erguss) talocrural: small, 4 mm, likely reactive.", DX, "fluid collection", "present"),
    ("Cyst left ovary: possible haemorrhage inside, 3 cm.", DX, CYST, "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), GLOSSED_KEY)
def test_a_hedged_value_doubts_a_glossed_key(parser: ReportParser, text: str, field: str, value: str,
                                            reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading


# A doubted diagnosis placed on another examination's image is that study's look, not this scan's doubt.
ANOTHER_IMAGE = [
    ("Figure 2. Normal thymus in a 4-week-old, whose thymus mimicked a mediastinal mass on the chest radiograph. "
     "The thymus is homogeneous.", DX, MASS, None),
    ("Referred for a possible mass on the prior CT. The liver is normal, with no focal lesion.", DX, MASS, None),
    # near misses: a doubt this scan raises, with the other study named apart, stays a doubt
    ("Possible mass in the liver, also seen on CT. A 2 cm solid lesion in segment 6.", DX, MASS, "uncertain"),
    ("Right kidney: 2 cm solid lesion, possible mass; CT advised.", DX, MASS, "uncertain"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), ANOTHER_IMAGE)
def test_a_doubt_on_another_examination_is_not_this_scans(parser: ReportParser, text: str, field: str, value: str,
                                                         reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading


# "Suspicious" right before the word of a metastasis suspects it ("suspicious for a metastatic node").
SUSPICIOUS_PROCESS = [
    ("#2 Left level III, 12 x 7 mm, round, no fatty hilum -> suspicious metastatic LN.", DX, MASS, "uncertain"),
    ("Right axilla: 15 mm node with a thick cortex, suspicious metastatic lymph node. FNA advised.", DX, MASS,
     "uncertain"),
    # near misses: "suspicious" before a lesion's own noun describes a lesion seen; a metastasis called so is stated
    ("Left breast 2 o'clock: suspicious mass, 18 mm, BI-RADS 4C.", DX, MASS, "present"),
    ("Right level II: 14 mm metastatic lymph node, biopsy proven.", DX, MASS, "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), SUSPICIOUS_PROCESS)
def test_suspicious_before_a_metastasis_suspects_it(parser: ReportParser, text: str, field: str, value: str,
                                                    reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading
