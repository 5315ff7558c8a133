"""A name given elsewhere is not folded into a measured lesion whose own description rules it out.

The look of a diagnosis comes from the ontology's typical findings (``Taxonomy.typical_findings``); a lesion that
differs from it in echogenicity *and* posterior acoustics is another lesion, one that differs in only one of them is
an atypical form of it (measured_names.py, typical_looks.py).
"""

from __future__ import annotations

import pytest

from udt.parser import ReportParser
from udt.parser.typical_looks import TypicalLooks


@pytest.fixture(scope="module")
def looks(taxonomy) -> TypicalLooks:
    return TypicalLooks(taxonomy, taxonomy.fields[0])


def test_a_broad_name_looks_as_most_of_its_finer_kinds(looks: TypicalLooks) -> None:
    assert looks.look("cyst") == {
        "Echogenicity": frozenset({"anechoic"}), "PosteriorAcoustics": frozenset({"enhancement"}),
    }
    # A finer kind keeps its own look: a dermoid shadows.
    assert looks.look("dermoid cyst")["PosteriorAcoustics"] == frozenset({"shadowing"})
    # Masses vary too much for one look.
    assert "Echogenicity" not in looks.look("mass")


@pytest.mark.parametrize(
    ("concept", "attributes", "ruled_out"),
    [
        ("cyst", {"Echogenicity": ["hyperechoic"], "PosteriorAcoustics": ["shadowing"]}, True),
        ("cyst", {"Echogenicity": ["hypoechoic"], "PosteriorAcoustics": ["enhancement"]}, False),  # complex cyst
        ("cyst", {"Echogenicity": ["hyperechoic"]}, False),  # one field stated: no verdict
        ("abscess", {"Echogenicity": ["hyperechoic"], "PosteriorAcoustics": ["shadowing"]}, False),  # gas
        ("dermoid cyst", {"Echogenicity": ["hyperechoic"], "PosteriorAcoustics": ["shadowing"]}, False),
        (None, {"Echogenicity": ["hyperechoic"], "PosteriorAcoustics": ["shadowing"]}, False),
    ],
)
def test_contradicts(
    looks: TypicalLooks, concept: str | None, attributes: dict[str, list[str]], ruled_out: bool
) -> None:
    assert looks.contradicts(concept, attributes) is ruled_out


def _lesions(parser: ReportParser, text: str) -> list[tuple[str | None, str | None, list[float]]]:
    return [(f.diagnosis, f.laterality, f.size_mm) for f in parser.parse(text).findings if f.kind == "lesion"]


def test_a_shadowing_bright_image_does_not_take_the_titles_cyst(parser: ReportParser) -> None:
    text = ("Case 12: simple renal cyst.\nThe kidneys are normal in size on both sides. In the lower calyx of the "
            "left kidney there is an echogenic image of 7 mm with posterior acoustic shadowing.")
    lesions = _lesions(parser, text)
    assert (None, "left", [7.0]) in lesions
    assert not any(d == "cyst" and s for d, _, s in lesions)


@pytest.mark.parametrize("look", ["anechoic image of 7 mm with posterior acoustic enhancement",
                                  "hypoechoic image of 7 mm with posterior acoustic enhancement",
                                  "echogenic image of 7 mm"])
def test_a_lesion_that_may_be_the_cyst_takes_its_name(parser: ReportParser, look: str) -> None:
    text = ("Case 12: simple renal cyst.\nThe kidneys are normal in size on both sides. In the lower calyx of the "
            f"left kidney there is an {look}.")
    assert _lesions(parser, text) == [("cyst", "left", [7.0])]
