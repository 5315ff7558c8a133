"""Work done once per report and shared by the passes that need it, read as each pass read it on its own: the report's
lower case and case fold (lowered_text.py), the lesions' stretches of the two "lesion before" passes
(anchored_lesions.py, alike_lesions.py), the key marks and space breaks the context component finds by C-level
probes, and the French elision test that an apostrophe gates. Each passage is written for this file.
"""

from __future__ import annotations

import pytest

import udt
from udt.parser.alike_lesions import give_alike_diagnoses
from udt.parser.anchored_lesions import LesionStretches, place_anchored_lesions
from udt.parser.lowered_text import casefolded, lowered
from udt.parser.schema import Finding, Mention


def test_lowered_gives_each_text_its_own_lower_case() -> None:
    first = "LIVER: Normal. No Free Fluid."
    second = "Right Kidney 10.2 CM."
    assert lowered(first) == first.lower()
    assert lowered(first) == first.lower()  # asked again: the same answer
    assert lowered(second) == second.lower()
    assert lowered(first) == first.lower()  # another text in between
    same_letters = "".join(["LIVER: Normal.", " No Free Fluid."])  # equal, but another string object
    assert lowered(same_letters) == first.lower()
    assert lowered("") == ""


@pytest.mark.parametrize("text", [
    "Skin to lesion depth 12 MM. Size (CM): 1.2 x 0.8.",  # ASCII: the remembered lower case
    "Straße: 8 mm from ſkin, Kelvin sign \u212a. ẞ (MM)",  # not ASCII: folds that lower() does not make
])
def test_casefolded_is_the_case_fold(text: str) -> None:
    lowered("Another report.")  # (another text remembered before)
    assert casefolded(text) == text.casefold()
    assert casefolded(text) == text.casefold()  # asked again
    assert lowered(text) == text.lower()  # the lower case still its own where the two differ


def test_skin_distance_gate_folds_as_before() -> None:
    from udt.parser.skin_distances import skin_distances

    assert skin_distances("Skin to collection 12 mm.") == [(0, 19)]
    # a long s folds to "s" (its lower case keeps it): the case-insensitive pattern reads it as before
    assert skin_distances("ſkin to collection 12 mm.") == [(0, 19)]
    assert skin_distances("Straße. The collection is 12 mm below the surface.") == []  # near miss: no skin word


def _two_liver_lesions(text: str, side: str | None) -> tuple[list[Finding], list[Mention]]:
    """A named mass and a generic lesion after it, both of the liver, with ``side`` on both (or none)."""
    mass, lesion = text.index("mass"), text.index("lesion")
    mentions = [
        Mention(dimension="Diagnosis", concept="mass", iri="urn:mass", text="mass", start=mass, end=mass + 4),
        Mention(dimension="Diagnosis", concept="lesion", iri="urn:lesion", text="lesion", start=lesion,
                end=lesion + 6),
    ]
    findings = [
        Finding(kind="lesion", diagnosis="mass", organ="Liver", laterality=side, mentions=[0], size_mm=[29.0]),
        Finding(kind="lesion", diagnosis=None, organ="Liver", laterality=side, mentions=[1], size_mm=[12.0]),
    ]
    return findings, mentions


_ALIKE = "Liver: in segment VII a 29 mm hyperechoic mass. A second, 12 mm lesion of identical appearance in segment II."


def test_stretches_worked_out_by_the_placing_pass_serve_the_likeness_pass() -> None:
    findings, mentions = _two_liver_lesions(_ALIKE, None)
    stretches = place_anchored_lesions(_ALIKE, findings, mentions)  # (the liver has no side: they are worked out)
    assert isinstance(stretches, LesionStretches)
    give_alike_diagnoses(_ALIKE, findings, mentions, stretches)
    alone, alone_mentions = _two_liver_lesions(_ALIKE, None)
    give_alike_diagnoses(_ALIKE, alone, alone_mentions)  # (works them out itself)
    assert findings[1].diagnosis == alone[1].diagnosis == "mass"


def test_lesions_that_all_have_organ_and_side_need_no_stretches() -> None:
    text = _ALIKE.replace("Liver:", "Left kidney:")
    findings, mentions = _two_liver_lesions(text, "left")
    assert place_anchored_lesions(text, findings, mentions) is None
    give_alike_diagnoses(text, findings, mentions, None)  # near miss: still read, with stretches of its own
    assert findings[1].diagnosis == "mass"


def test_anchored_lesion_still_takes_the_organ_before_it() -> None:
    report = udt.parse_report("Right breast: 14 mm oval hypoechoic mass at 10 o'clock. A 5 mm cyst lies at its "
                              "medial edge.")
    cysts = [f for f in report.findings if f.diagnosis == "cyst"]
    assert cysts and cysts[0].organ == "Breast" and cysts[0].laterality == "right"


@pytest.mark.parametrize("text", ["Testicule droit: pas d'hydrocèle.", "Testicule droit: pas d’hydrocèle."])
def test_denied_french_elision_is_still_split(text: str) -> None:
    from udt.parser import ReportParser

    words = [t.text for t in ReportParser().nlp.make_doc(text)]
    assert words[-4:-1] == ["d", text[text.index("pas d") + 5], "hydrocèle"]


def test_text_without_apostrophe_keeps_its_tokens() -> None:
    from udt.parser import ReportParser

    text = "Testicule droit: pas de hydrocèle. Service d imagerie."
    assert [t.text for t in ReportParser().nlp.make_doc(text)] == \
        [t.text for t in ReportParser().nlp.tokenizer(text)]


def _status(text: str, concept: str) -> str:
    found = [m.status for m in udt.parse_report(text).mentions if m.concept == concept]
    assert found, (concept, [m.concept for m in udt.parse_report(text).mentions])
    return found[0]


def test_key_value_form_with_equals_denies_its_key() -> None:
    assert _status("Liver = normal\nAscites = no\nGallbladder = normal", "ascites") == "absent"


def test_key_value_form_with_a_finding_keeps_it() -> None:
    # near miss: the value states the finding
    assert _status("Liver = normal\nAscites = small volume\nGallbladder = normal", "ascites") == "present"


def test_run_of_spaces_ends_a_denial_in_unpunctuated_dictation() -> None:
    assert _status("Right kidney no hydronephrosis  4 mm cyst upper pole", "cyst") == "present"


def test_denial_without_a_run_of_spaces_reaches_its_object() -> None:
    # near miss: one space, the denial reaches the cyst
    assert _status("Right kidney no hydronephrosis or cyst", "cyst") == "absent"
