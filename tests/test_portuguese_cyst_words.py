"""European and African Portuguese write the cyst "quisto"/"quistos" (Brazil writes "cisto", already an ontology
synonym); the ontology names both. A report that writes the word also writes its denials and doubts in Portuguese
("Não se visualizam quistos", "provavelmente quisto", "não se exclui quisto"), read as their English equivalents.
Each passage is written for this file.
"""

from __future__ import annotations

import pytest

import udt

K, L, A, B = "Kidney and ureter", "Liver", "Adnexa", "Breast"


def _lesions(text: str) -> dict[tuple[str | None, int], tuple[str | None, str | None]]:
    report = udt.parse_report(text)
    return {(f.organ, round(f.size_mm[0])): (f.diagnosis, f.laterality)
            for f in report.findings if f.kind == "lesion" and f.size_mm}


def _statuses(text: str) -> set[str]:
    return {f.status for f in udt.parse_report(text).findings if f.kind == "lesion" and f.diagnosis == "cyst"}


def test_quisto_in_a_mixed_abdominal_report_is_a_cyst_of_each_organ() -> None:
    text = ("Abdominal ultrasound (Maputo). Liver of normal size with a quisto of 21 mm in segment VI, anechoic. "
            "Rim esquerdo: cortical quisto of 14 mm at the lower pole. Left ovary with a quisto of 32 x 28 mm.")
    got = _lesions(text)
    assert got[(L, 21)][0] == "cyst"
    assert got[(K, 14)] == ("cyst", "left")
    assert got[(A, 32)] == ("cyst", "left")


def test_a_second_quisto_is_a_second_cyst() -> None:
    text = "Mama direita: quisto simples de 9 mm às 10 horas e outro quisto de 4 mm às 2 horas."
    got = _lesions(text)
    assert got[(B, 9)] == ("cyst", "right")
    assert got[(B, 4)] == ("cyst", "right")


@pytest.mark.parametrize(
    "text",
    [
        "Pâncreas: não se visualizam quistos.",
        "Rins de dimensões normais. Nao se identificam quistos.",
        "Ovários sem quistos.",
    ],
)
def test_portuguese_denials_deny_the_cyst(text: str) -> None:
    assert "present" not in _statuses(text)


@pytest.mark.parametrize(
    "text",
    [
        "Rim direito: imagem anecogénica de 12 mm, provavelmente quisto.",
        "Ovário esquerdo: imagem de 20 mm, não se exclui quisto hemorrágico.",
    ],
)
def test_portuguese_doubts_leave_the_cyst_uncertain(text: str) -> None:
    assert _statuses(text) == {"uncertain"}


def test_a_plain_portuguese_cyst_stays_present() -> None:
    # near miss: no denial, no doubt
    assert _statuses("Rim esquerdo: quisto cortical simples de 18 mm, anecóico.") == {"present"}
