"""A side letter with its full stop glued on ("no hernia on L.", "cyst R."): spaCy keeps a capital letter's stop as
an initial's, so the stop never ended its sentence and a denial ran on into the next one ("No hernia on L.
Incidental 3 mm cyst": the cyst was denied). Before a capitalised word the stop now ends its sentence when a
preposition makes the letter a side phrase's object ("on L.", "on the R.") (udt.parser.sentences), except where
that word is an organ, a part or a body system of the ontology ("on R. Kidney 11 cm": the letter is the kidney's
side) or a name's title stands before the letter ("Dr R. Smith"). After a noun the letter may be the side adjective
of the next word ("no DVT R. Baker's cyst"): no sentence end.

Inventory (development corpus reports_multiorgan_findings_40): the epididymal cyst after "No hernia on L." was read
as denied (ni026). Passages written for this file.
"""

from __future__ import annotations

from parser_reading import lesions_of, reading_of

from udt.parser import ReportParser

_SCROTUM = "Scrotum"


def test_side_letter_stop_ends_a_denial(parser: ReportParser) -> None:
    text = ("SCROTAL US. R: small hydrocele. L: testis normal, no hernia on L. Incidental 3 mm cyst in the L "
            "epididymal head.")
    assert reading_of(parser, text, "Diagnosis", "cyst") == "present"
    assert (_SCROTUM, "cyst", "left", 3.0) in lesions_of(parser, text)


def test_side_letter_stop_before_a_conclusion_word(parser: ReportParser) -> None:
    text = "Groin US. Small fat-containing inguinal hernia, none on the R. Simple cyst 9 mm in the left spermatic cord."
    assert reading_of(parser, text, "Diagnosis", "cyst") == "present"


def test_side_letter_after_a_noun_is_no_sentence_end(parser: ReportParser) -> None:
    # "R." after a finding's noun may be the next word's side: the sentence runs on
    doc = parser.nlp("Impression: no DVT R. Popliteal cyst 3 cm.")
    assert len(list(doc.sents)) == 1


def test_side_letter_before_an_organ_is_its_side(parser: ReportParser) -> None:
    # "R. Kidney" / "R. Ovary": the letter is the organ's side, the sentence runs on and sides the lesion
    kidney = "Renal US. Bladder normal on R. Kidney 11 cm, 12 mm cyst at the upper pole."
    assert lesions_of(parser, kidney) == [("Kidney and ureter", "cyst", "right", 12.0)]
    ovary = "Pelvic US. Uterus anteverted, normal. Endometrium 6 mm on L. Ovary 28 mm with a 15 mm simple cyst."
    assert lesions_of(parser, ovary) == [("Adnexa", "cyst", "left", 15.0)]


def test_name_title_before_a_side_letter_is_no_sentence_end(parser: ReportParser) -> None:
    # "Dr L. Moreau": an initial, the denial's sentence is the one after the name
    text = "Discussed with Dr L. Moreau. No cyst or collection in the scrotum."
    assert reading_of(parser, text, "Diagnosis", "cyst") == "absent"


# The facial nerve (ontology class): a parotid mass placed by its plane reads it as a landmark; a facial nerve "not
# seen" is still named (guideline: an organ not seen or not visualised is labelled). Inventory: bw025.
_NERVES = "Peripheral nerves"


def test_facial_nerve_plane_places_a_parotid_mass(parser: ReportParser) -> None:
    text = ("US right parotid: 21 mm lobulated hypoechoic solid lesion in the superficial lobe, lying superficial to "
            "the facial nerve plane. Favour pleomorphic adenoma.")
    organs = parser.parse(text).labels["Organ_level"]
    assert "Salivary glands" in organs and _NERVES not in organs


def test_facial_nerve_not_seen_is_still_named(parser: ReportParser) -> None:
    text = "US right parotid: 21 mm hypoechoic solid lesion in the superficial lobe. Facial nerve not seen."
    assert _NERVES in parser.parse(text).labels["Organ_level"]
