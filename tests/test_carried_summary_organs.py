"""A summary lesion whose organ is only the one carried from an earlier sentence (no word of its own sentence names
it) does not move a lesion of another organ into that organ (restated.py, ``carried_organ``): "Bladder normal.
Simple cyst." says nothing of where the cyst is, so the kidney's formation stays the kidney's. A summary whose own
words or diagnosis name the organ still names the neighbouring lesion ("parathyroid adenoma" for the lesion behind
the thyroid lobe).
"""

from __future__ import annotations

import pytest

from udt.parser import ReportParser

_KIDNEY = ("Right kidney: 11.4 cm. In the upper pole a solid isoechoic formation, exophytic, 4.7 x 4.1 cm, with flow "
           "on Doppler.\n")


def _lesions(parser: ReportParser, text: str) -> list[tuple[str | None, str | None, tuple[float, ...]]]:
    return [(f.organ, f.diagnosis, tuple(f.size_mm)) for f in parser.parse(text).findings if f.kind == "lesion"]


@pytest.mark.parametrize(
    "rest",
    [
        "Bladder: regular walls, normal.\nConclusion: Bladder normal. Simple cyst.",
        "Left kidney: 10.9 cm, normal.\nBladder: regular walls; on the posterior wall a papillary vegetation 1.3 cm.\n"
        "Conclusion: Formation of the right kidney 47 mm, suspect RCC. Bladder vegetation 13 mm - cystoscopy. "
        "Simple cyst.",
    ],
)
def test_a_carried_organ_does_not_take_the_kidneys_formation(parser: ReportParser, rest: str) -> None:
    lesions = _lesions(parser, _KIDNEY + rest)
    assert ("Kidney and ureter", None, (47.0, 41.0)) in lesions
    assert not any(organ == "Bladder" and size for organ, _, size in lesions)


@pytest.mark.parametrize(
    "summary",
    ["Conclusion: parathyroid adenoma.", "Conclusion: Thyroid normal. Parathyroid adenoma."],
)
def test_a_summary_naming_its_organ_still_names_the_neighbouring_lesion(parser: ReportParser, summary: str) -> None:
    text = ("Thyroid: normal size, no nodules. Posterior to the lower pole of the right lobe lies a 15 mm hypoechoic "
            f"lesion.\n{summary}")
    assert _lesions(parser, text) == [("Parathyroid glands", "nodule", (15.0,))]
