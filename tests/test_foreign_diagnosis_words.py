"""German, French, Spanish, Portuguese, Dutch and Italian words for organs and diagnoses that translated or mixed
reports keep: the groin of a "Leistenhernie" or "hernie inguinale", a "Myom", an "adenoma paratiroideo", a
"hidrocelo", an "épanchement péricardique", German plantar fascia compounds, foreign names of deep vein thrombosis,
stones, nodes and epidermoid cysts (ontology synonyms, and "inguinale" among the words that put a hernia in the
groin). Each passage is written for this file; near misses check the English words nearby keep their senses.
"""

from __future__ import annotations

import udt

GROIN = "Hip groin and buttock"


def _labels(text: str) -> dict[str, list[str]]:
    return udt.parse_report(text).labels


def test_german_groin_and_inguinal_hernia() -> None:
    text = ("Sonographie Leiste links: beim Pressen Vorwölbung von präperitonealem Fett durch den inneren "
            "Leistenring, indirekte Leistenhernie, Bruchpforte 11 mm. Hoden links unauffällig.")
    assert GROIN in _labels(text)["Organ_level"]


def test_french_denied_inguinal_hernia_names_the_groin() -> None:
    text = ("ÉCHOGRAPHIE SCROTALE\nHydrocèle droite de moyenne abondance, anéchogène. Testicules normaux.\n"
            "Pas de hernie inguinale.")
    labels = _labels(text)
    assert GROIN in labels["Organ_level"]
    assert "Scrotum" in labels["Organ_level"]


def test_umbilical_hernia_stays_in_the_abdominal_wall() -> None:
    text = "Hernie ombilicale de 9 mm contenant de la graisse, pas de hernie de la ligne blanche."
    organs = _labels(text)["Organ_level"]
    assert "Abdominal wall" in organs
    assert GROIN not in organs


def test_spanish_parathyroid_adenoma() -> None:
    text = ("Ecografía cervical. Tiroides de tamaño normal. Posterior al polo inferior del lóbulo derecho, imagen "
            "ovalada hipoecogénica de 10 x 5 mm con arteria polar, compatible con adenoma paratiroideo.")
    labels = _labels(text)
    assert "Parathyroid glands" in labels["Organ_level"]
    assert "nodule" in labels["Diagnosis"]


def test_german_myoma_is_a_uterine_mass() -> None:
    text = ("Gynäkologischer Ultraschall\nUterus anteflektiert, 81 x 45 x 48 mm.\n"
            "Vorderwand: subseröses Myom 27 mm, echoarm.\nBeurteilung: Uterus myomatosus.")
    labels = _labels(text)
    assert "mass" in labels["Diagnosis"]
    assert "Uterus" in labels["Organ_level"]


def test_portuguese_hidrocelo_denied_in_a_template() -> None:
    report = udt.parse_report("Testículo direito: normal.\nTestículo esquerdo: normal.\nHidrocelo: não\n"
                              "Varicocelo: não")
    assert "Scrotum" in report.labels["Organ_level"]
    assert "fluid collection" not in report.labels["Diagnosis"]


def test_unaccented_french_pericardial_effusion() -> None:
    text = "Epanchement pericardique circonferentiel de 12 mm, sans signe de tamponnade."
    labels = _labels(text)
    assert "Heart and mediastinum" in labels["Organ_level"]
    assert "fluid collection" in labels["Diagnosis"]


def test_german_plantar_fascia_compound() -> None:
    text = "Plantarfaszie links 6,1 mm am Kalkaneusansatz, echoarm. Beurteilung: Plantarfasziitis links."
    assert "Foot" in _labels(text)["Organ_level"]


def test_french_denied_deep_vein_thrombosis_names_the_leg_veins() -> None:
    text = ("Veines fémorales et poplitées compressibles. Pas de thrombose veineuse profonde.\n"
            "Kyste poplité droit de 28 mm, non rompu.")
    assert "Peripheral veins" in _labels(text)["Organ_level"]


def test_dutch_gallstones() -> None:
    text = "Galblaas: 3 stenen, de grootste 9 mm, met slagschaduw. Wand 2 mm."
    report = udt.parse_report(text)
    assert any(f.organ == "Gallbladder and bile ducts" and f.size_mm and round(f.size_mm[0]) == 9
               for f in report.findings)


def test_dutch_nodes_of_the_neck() -> None:
    text = "Echo hals: pathologische klieren rechts level III, de grootste 16 mm, zonder hilus."
    assert "Lymph nodes" in _labels(text)["Organ_level"]


def test_dutch_atheroma_cyst_is_soft_tissue() -> None:
    text = ("Echo rug: subcutaan gelegen cyste van 14 mm, goed begrensd, met posterieure versterking, "
            "geen doorbloeding. Past bij atheroomcyste.")
    assert "Soft tissues" in _labels(text)["Organ_level"]


def test_english_atheroma_of_an_artery_is_no_cyst() -> None:
    text = "Carotid bifurcation: calcified atheroma causing less than 50% stenosis. No flow-limiting lesion."
    assert "Soft tissues" not in _labels(text)["Organ_level"]


def test_spanish_deep_venous_system_and_saphenous_reflux() -> None:
    text = ("ECO-DOPPLER VENOSO DE MIEMBRO INFERIOR IZQUIERDO\nSistema venoso profundo permeable y compresible, "
            "sin signos de TVP.\nSafena interna izquierda con reflujo de 1,8 s en la unión safeno-femoral.")
    labels = _labels(text)
    assert "Peripheral veins" in labels["Organ_level"]
    assert "Peripheral vessels" in labels["Body_system_level"]


def test_french_last_ileal_loop_is_the_bowel() -> None:
    text = ("ÉCHOGRAPHIE DE LA FOSSE ILIAQUE DROITE\nAppendice non visualisé. Dernière anse iléale: paroi de 4 mm, "
            "hyperhémiée au Doppler. Pas d'épanchement.")
    assert "Gastrointestinal tract" in _labels(text)["Organ_level"]
