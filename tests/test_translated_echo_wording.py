"""The literal English of translated Chinese templates for echo levels and acoustics: a "no-echo area" (无回声区) is
anechoic, "posterior echo enhance" / "back echo enhance" (后方回声增强, the verb left uninflected) is posterior
enhancement, as the inflected forms already were. Each passage is written for this file.
"""

from __future__ import annotations

import udt


def _labels(text: str, field: str) -> list[str]:
    return udt.parse_report(text).labels.get(field, [])


def test_no_echo_area_is_anechoic() -> None:
    text = "Kidneys: left kidney upper pole see one no-echo area 24 mm, round, wall thin. Right kidney normal."
    assert _labels(text, "Echogenicity") == ["anechoic"]


def test_uninflected_posterior_echo_enhance() -> None:
    text = ("Liver: right lobe have one no-echo area 31 x 27 mm, boundary clear, posterior echo enhance. "
            "Gallbladder normal.")
    assert _labels(text, "PosteriorAcoustics") == ["enhancement"]
    assert _labels(text, "Echogenicity") == ["anechoic"]


def test_uninflected_back_echo_enhance() -> None:
    text = "Right ovary: see one no-echo area 35 mm, wall smooth, back echo enhance. Left ovary normal."
    assert _labels(text, "PosteriorAcoustics") == ["enhancement"]


def test_near_misses_name_no_anechoic_area() -> None:
    # "echo" alone, "no echo changes" and a strong (hyperechoic) echo are not an echo-free area
    assert "anechoic" not in _labels("Liver: echo is homogeneous, no focal lesion.", "Echogenicity")
    assert "anechoic" not in _labels(
        "Gallbladder: inside see one strong echo 9 mm with acoustic shadow, move with position.", "Echogenicity")
    assert "enhancement" not in _labels("Pancreas: echo enhance diffusely, size normal.", "PosteriorAcoustics")
