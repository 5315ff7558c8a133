"""Portuguese "rim"/"rins" (kidney, kidneys) are ontology synonyms of the kidney, but "rim" is an English word too
("a rim of fluid", "peripheral rim enhancement") and "rin", the singular the matcher derives from "rins", is Tagalog
("pa rin"). portuguese_words.py keeps them only in a report that shows Portuguese (three Portuguese words English
never writes), and not after an English word that makes "rim" an edge. Each passage is written for this file.
"""

from __future__ import annotations

import pytest

import udt

K = "Kidney and ureter"


def _organs(text: str) -> set[str]:
    return {f.organ for f in udt.parse_report(text).findings if f.organ}


def _lesions(text: str) -> dict[tuple[str, int], str | None]:
    report = udt.parse_report(text)
    return {(f.organ, round(f.size_mm[0])): f.laterality for f in report.findings if f.kind == "lesion" and f.size_mm}


def test_portuguese_kidney_heading_files_the_cyst_under_the_kidney() -> None:
    text = ("ULTRASSONOGRAFIA DE ABDOME\nFigado: dimensoes normais, sem lesoes.\nVesicula biliar sem calculos.\n"
            "Rins:\n  dir: 10,8 cm, cisto cortical no polo superior de 18 mm.\n  esq: 11,0 cm, sem alteracoes.\n"
            "Bexiga: sem alteracoes.")
    assert _lesions(text).get((K, 18)) == "right"


def test_portuguese_rim_in_a_sentence_is_the_kidney() -> None:
    text = ("Figado sem alteracoes. Bexiga com paredes finas. O rim esquerdo mede 10,5 cm; outro cisto no mesmo rim, "
            "polo inferior, 7 mm.")
    assert K in _organs(text)


@pytest.mark.parametrize(
    "text",
    [
        # English reports: "rim" is an edge
        "Gallbladder: 9 mm stone. A thin rim of pericholecystic fluid, no wall thickening.",
        "Liver: 24 mm lesion in segment 6 with a hypoechoic rim (target sign).",
        "Breast: 14 mm collection with peripheral rim hyperaemia at 2 o'clock.",
        # a Tagalog post around an English report: "rin" is "also"
        "Worried pa rin ako. Ultrasound: 'Liver 14 cm, normal. 6 mm gallbladder polyp.'",
    ],
)
def test_rim_outside_portuguese_is_no_kidney(text: str) -> None:
    assert K not in _organs(text)


def test_english_edge_word_before_rim_in_a_portuguese_report() -> None:
    # mixed report: Portuguese headings, an English sentence whose "rim" is an edge
    text = ("Figado: sem alteracoes.\nVesicula biliar: distendida, com calculo de 12 mm.\n"
            "Bexiga: 15 mm collection beside the dome with an echogenic rim.")
    assert K not in _organs(text)
