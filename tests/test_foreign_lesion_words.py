"""French words of a lesion or a site that the ontology lists (fr): "fibrome(s)" is the uterine fibroid, "plèvre"
the pleural space, so a list of fibroids under a French uterus heading gives one sized fibroid each, and an
effusion after a "Plèvre droite:" heading is the right pleural effusion, not the organ on the line before it. Each
passage is written for this file.
"""

from __future__ import annotations

import udt


def _lesions(text: str) -> list[tuple[str | None, str | None, str | None, int | None]]:
    return [(f.organ, f.diagnosis, f.laterality, round(f.size_mm[0]) if f.size_mm else None)
            for f in udt.parse_report(text).findings if f.kind == "lesion"]


def test_french_fibroid_list_gives_each_fibroid_its_size() -> None:
    text = ("ECHOGRAPHIE PELVIENNE\nUtérus rétroversé, 88 x 52 x 45 mm, myomètre hétérogène avec 2 fibromes: "
            "- interstitiel antérieur 27 mm, - sous-séreux fundique 15 mm.\nEndomètre 6 mm.\nOvaires normaux.")
    fibroids = sorted(s for o, d, _, s in _lesions(text) if o == "Uterus" and d == "mass" and s)
    assert fibroids == [15, 27]


def test_single_french_fibroid() -> None:
    text = "Utérus de taille normale. Fibrome sous-muqueux de 18 mm. Ovaires sans particularité."
    assert ("Uterus", "mass", None, 18) in _lesions(text)


def test_french_pleura_heading_takes_the_effusion() -> None:
    text = ("ECHOGRAPHIE ABDOMINALE\nFoie normal.\nRate: 13 cm, homogène.\nPlèvre gauche: épanchement de 22 mm.\n"
            "CONCLUSION: Epanchement pleural gauche.")
    found = _lesions(text)
    assert ("Pleural space", "fluid collection", "left", 22) in found
    assert not any(o == "Spleen" and s == 22 for o, _, _, s in found)


def test_french_report_without_fibroid_word_has_no_fibroid() -> None:
    # near miss: a fibroadenoma of the breast is not a uterine fibroid
    text = "Echographie mammaire. Sein droit: fibroadénome de 14 mm à 10 heures. Sein gauche normal."
    assert not any(o == "Uterus" for o, _, _, _ in _lesions(text))
