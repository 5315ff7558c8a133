"""Descriptors written in labelled rows and tick boxes (udt/parser/labelled_rows.py, checkboxes.py, margins.py):
a contour in a labelled lesion row is the row lesion's margin; a key's ticked box stands where prose puts a colon;
each ticked column of a key is stated; a slash-joined option after an empty box is offered whole. Passages written
for this test, each with a near miss that must stay as it was."""

from __future__ import annotations

import pytest

from udt import ReportParser

PARSER = ReportParser()


def _labels(text: str) -> dict[str, set[str]]:
    return {dim: set(values) for dim, values in PARSER.parse(text).labels.items() if values}


def test_a_contour_in_a_labelled_row_is_its_lesions_margin() -> None:
    text = ("THYROID\nRight lobe: 48 x 16 x 15 mm. Isthmus: 3 mm.\nNodules:\n"
            "N1 - left lobe, mid third: isoechoic, solid, 14 mm. EU-TIRADS 3.\n"
            "N2 - isthmus: hypoechoic, solid, 7 mm, with irregular contours. EU-TIRADS 5.")
    assert "ill-defined/indistinct" in _labels(text).get("Margins", set())


def test_an_organs_contour_without_a_row_stays_its_outline() -> None:
    text = "THYROID\nIsthmus: 3 mm, with regular contours.\nRight lobe: 48 x 16 x 15 mm, homogeneous."
    assert "Margins" not in _labels(text)


def test_a_margin_item_closed_by_a_column_gap() -> None:
    text = ("Nodules:\nR1  mid pole     1.4 cm     solid, hypoechoic, smooth        TR4\n"
            "R2  lower pole   0.6 cm     spongiform                       TR1")
    assert "well-defined" in _labels(text).get("Margins", set())


TICKED = [
    ("Left testis 3.9 cm, solid mass 12 mm.\nVascularity: [ ] absent [ ] normal [x] increased",
     "Vascularity", {"increased vascularity"}),
    ("Right ovarian cyst 35 mm.\nFlow: (x) none ( ) peripheral", "Vascularity", {"no vascularity"}),
    ("SCROTUM            RIGHT            LEFT\nVascularity        [x]normal        [x]increased",
     "Vascularity", {"normal/regular vascularity", "increased vascularity"}),
    ("Breast mass 11 mm.\nMargin: [x] smooth [ ] indistinct [ ] angular", "Margins", {"well-defined"}),
]


@pytest.mark.parametrize(("text", "dim", "values"), TICKED)
def test_a_ticked_answer_is_its_keys_value(text: str, dim: str, values: set[str]) -> None:
    assert _labels(text).get(dim, set()) == values


def test_nothing_ticked_states_nothing() -> None:
    labels = _labels("Left testis 3.9 cm, solid mass 12 mm.\nVascularity: [ ] absent [ ] normal [ ] increased")
    assert "Vascularity" not in labels


def test_a_slash_joined_option_is_offered_whole() -> None:
    labels = _labels("Thyroid nodule 20 mm.\nMargin: [x] smooth [ ] ill-defined [ ] lobulated/irregular")
    assert "Shape" not in labels
    assert labels.get("Margins") == {"well-defined"}


def test_a_denying_cell_under_a_doppler_column_is_no_flow() -> None:
    text = ("| Lump | Size | Doppler | Impression |\n| R forearm | 21 x 9 mm | none | lipoma |\n"
            "| L shin | 8 x 6 mm | increased | ? |")
    assert "no vascularity" in _labels(text).get("Vascularity", set())


def test_a_denying_cell_under_another_column_is_no_flow_nowhere() -> None:
    text = "| Lump | Size | Calcs | Impression |\n| R forearm | 21 x 9 mm | none | lipoma |"
    assert "Vascularity" not in _labels(text)


def test_a_two_letter_row_label_makes_a_list_too() -> None:
    text = ("Thyroid (LD = right lobe). Nodules:\n"
            "LD-1 | middle third | solid, isoechoic, regular contours | 1.8 cm | TI-RADS 3\n"
            "LD-2 | lower third | spongiform | 0.6 cm | TI-RADS 1")
    assert "well-defined" in _labels(text).get("Margins", set())


def test_a_row_keyed_by_flow_reads_its_first_cell() -> None:
    text = ("Testes:\n            | Right      | Left\nSize        | 4.2 cm     | 4.0 cm\n"
            "Flow        | increased  | no internal flow")
    assert "increased vascularity" in _labels(text).get("Vascularity", set())


def test_a_flow_key_inside_its_line_reads_no_cell() -> None:
    text = "Testes: 4.2 cm | Flow | increased"
    assert "increased vascularity" not in _labels(text).get("Vascularity", set())
