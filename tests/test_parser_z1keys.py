"""A template row answered in the writer's own language (udt/parser/answer_words.py): a foreign "no" as a row's
whole value denies its key, as the English "no" does; the same words in free text, or as the start of a longer
value, deny nothing. Passages written for this test."""

from __future__ import annotations

import pytest

from udt import ReportParser

PARSER = ReportParser()


def _statuses(text: str) -> set[tuple[str, str, str]]:
    return {(m.dimension, m.value, m.status) for m in PARSER.parse(text).mentions if m.value}


DENIED = [
    # German cells of an English sports-medicine template, the key glossed in brackets
    ("Knee joint effusion (Erguss): nein\nPatellar tendon: normal", ("Diagnosis", "fluid collection")),
    ("Shoulder: subacromial bursitis\nHyperaemia (Power Doppler): nein", ("Vascularity", "increased vascularity")),
    ("Pleural effusion: nein.", ("Diagnosis", "fluid collection")),
    # Romanian "NU" as each row's value, several rows on one line
    ("Testes: normal size. Hydrocele: NU. Varicocele: NU.", ("Diagnosis", "fluid collection")),
    ("Thyroid: both lobes homogenous. Nodules: NU.\nSalivary glands: normal.", ("Diagnosis", "nodule")),
    # Spanish "negativo" after a key that runs on past its finding, and after its finding inside a value
    ("Free liquid in abdominal cavity: negativo.", ("Diagnosis", "fluid collection")),
    ("Pouch of Douglas: free liquid negativo.", ("Diagnosis", "fluid collection")),
    # Dutch, Turkish, Polish, Swedish, French and Portuguese rows
    ("Vrij vocht / free fluid: nee", ("Diagnosis", "fluid collection")),
    ("Ascites: yok\nSpleen: 10 cm.", ("Diagnosis", "fluid collection")),
    ("Ascites: brak;", ("Diagnosis", "fluid collection")),
    ("Tendon sheath: thickened\nHyperaemia - nej", ("Vascularity", "increased vascularity")),
    ("Calcifications: non.", ("InternalCharacteristics", "calcifications")),
    ("Cysts: não", ("Diagnosis", "cyst")),
]


@pytest.mark.parametrize(("text", "pair"), DENIED)
def test_a_foreign_no_as_the_rows_value_denies_its_key(text: str, pair: tuple[str, str]) -> None:
    found = _statuses(text)
    assert (*pair, "absent") in found
    assert (*pair, "present") not in found


KEPT = [
    # "ja"/"DA" (yes) state the key
    ("Baker cyst: ja - 24 x 9 mm, communicating", ("Diagnosis", "cyst")),
    ("Left testis: 11 mm hypoechoic nodule, microcalcifications: DA.", ("InternalCharacteristics", "calcifications")),
    # Dutch "nu" (now) in a poster's sentence
    ("De cyste is nu 3 cm, was 2 cm last year.", ("Diagnosis", "cyst")),
    # "non" opening a longer value
    ("Popliteal vein: non-compressible with echogenic thrombus. Baker cyst 3 cm.", ("Diagnosis", "cyst")),
    # a "no" word of the value that goes on describes, it does not answer
    ("Effusion: geen septa, 12 mm deep anechoic collection", ("Diagnosis", "fluid collection")),
    # "negativo" after a word that is no finding
    ("Liver cyst 3 cm, biopsy negativo.", ("Diagnosis", "cyst")),
]


@pytest.mark.parametrize(("text", "pair"), KEPT)
def test_the_same_words_elsewhere_deny_nothing(text: str, pair: tuple[str, str]) -> None:
    found = _statuses(text)
    assert (*pair, "present") in found
    assert (*pair, "absent") not in found
