"""Report text from a label record: every word that names a finding comes from the taxonomy.

The templates hold only connective English ("is seen in", "measuring"); the values are spelled with the concept's
label or one of its exact synonyms, chosen at random, so the parser meets the ontology's variety.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import numpy as np

from udt.taxonomy import Concept, Taxonomy

_ACRONYM = re.compile(r"\b[A-Z]{2,}\b")


def _surfaces(concept: Concept) -> list[str]:
    # Exact synonyms only (related ones are looser), without acronyms and bracketed notes that read badly.
    forms = [concept.label]
    forms += [s for s in concept.exact_synonyms if not _ACRONYM.search(s) and "(" not in s and len(s) <= 40]
    return forms


def surface(tax: Taxonomy, field_name: str, value: str, rng: np.random.Generator, p_label: float = 0.5) -> str:
    """A spelling of a released value: its label (with probability ``p_label``) or an exact synonym."""
    concept = tax.by_us365k(field_name, value)
    if concept is None:
        return value
    forms = _surfaces(concept)
    if len(forms) == 1 or rng.random() < p_label:
        return forms[0]
    return forms[1 + int(rng.integers(len(forms) - 1))]


def is_paired(tax: Taxonomy, organ: str) -> bool:
    """Whether laterality makes sense: the ontology spells the organ in a plural form (kidneys, breasts...)."""
    concept = tax.by_us365k("Organ_level", organ)
    if concept is None:
        return False
    names = [concept.label, *concept.exact_synonyms]
    return any(n.endswith(("s", "ae")) and not n.endswith(("us", "ss", "is", "as")) for n in names)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _article(phrase: str) -> str:
    return "An" if phrase[:1].lower() in "aeiou" else "A"


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def write_report(
    rng: np.random.Generator,
    tax: Taxonomy,
    labels: Mapping[str, list[str]],
    *,
    organ: str,
    lesion: bool,
    width_mm: float = 0.0,
    depth_mm: float = 0.0,
    absent: Mapping[str, list[str]] | None = None,
    doppler: bool = False,
) -> str:
    """A report that states exactly the values in ``labels`` (and negates some ``absent`` ones)."""
    say = {f: [surface(tax, f, v, rng) for v in labels.get(f, [])] for f in tax.fields}
    side = ""
    if is_paired(tax, organ) and rng.random() < 0.7:
        side = "right " if rng.random() < 0.5 else "left "
    if side and labels.get("Organ_level"):
        # With a side, use the label: synonyms include plurals ("right breasts").
        say["Organ_level"] = [surface(tax, "Organ_level", labels["Organ_level"][0], rng, p_label=1.0).lower()]
    organ_txt = side + say["Organ_level"][0] if say["Organ_level"] else ""
    where = f" in the {organ_txt}" if organ_txt else ""
    out: list[str] = []
    # The organ implies the body system, so a header naming it is optional when the organ is named.
    if say["Body_system_level"] and (not organ_txt or rng.random() < 0.6):
        system = say["Body_system_level"][0]
        out.append(rng.choice([f"{_cap(system)} ultrasound.", f"Ultrasound of the {system}.", f"{_cap(system)} US."]))
    if rng.random() < 0.3:
        out.append("Findings:")
    structured = rng.random() < 0.25
    if structured:
        for f in tax.fields:
            if f == "Body_system_level" or not say[f]:
                continue
            out.append(f"{_cap(tax.dimension(f).label)}: {', '.join(say[f])}.")
        if lesion and width_mm:
            out.append(f"Size: {width_mm:.0f} x {depth_mm:.0f} mm.")
        return " ".join(out)

    if not lesion:
        if say["Diagnosis"]:
            normal = say["Diagnosis"][0]
            place = organ_txt or "examined region"
            out.append(rng.choice([f"The {place} shows {normal}.", f"{_cap(place)}: {normal}."]))
        elif organ_txt:
            out.append(f"The {organ_txt} was examined.")
        if say["Vascularity"]:
            out.append(f"Colour Doppler: {say['Vascularity'][0]}.")
        return " ".join(out)

    noun = say["Diagnosis"][0] if say["Diagnosis"] else "lesion"
    # One-word descriptors read as adjectives before the noun; longer synonyms get their own sentence.
    adjs, extra = [], []
    for f in ("Shape", "Echogenicity"):
        if say[f]:
            if " " in say[f][0]:
                extra.append(f"{_cap(tax.dimension(f).label)}: {say[f][0]}.")
            else:
                adjs.append(say[f][0])
    size = f"{width_mm:.0f} x {depth_mm:.0f} mm" if width_mm >= 1 else f"{width_mm:.1f} x {depth_mm:.1f} mm"
    descr = " ".join([*adjs, noun])
    style = int(rng.integers(3))
    if style == 0:
        out.append(f"{_cap(_article(descr))} {descr} is seen{where}, measuring {size}.")
    elif style == 1:
        out.append(f"There is a {size} {descr}{where}.")
    else:
        out.append(f"{_cap(organ_txt or 'region')}: {descr} measuring {size}.")
    out += extra
    if say["Margins"]:
        m = say["Margins"][0]
        if " " in m:
            out.append(f"{_cap(tax.dimension('Margins').label)}: {m}.")
        else:
            out.append(rng.choice([f"The margins are {m}.", f"It has {m} margins.", f"Margins: {m}."]))
    if say["InternalCharacteristics"]:
        inner = _join(say["InternalCharacteristics"])
        label = _cap(tax.dimension("InternalCharacteristics").label)
        out.append(rng.choice([f"It contains {inner}.", f"{label}: {inner}.", f"{_cap(inner)} within."]))
    if say["PosteriorAcoustics"]:
        p = say["PosteriorAcoustics"][0]
        label = _cap(tax.dimension("PosteriorAcoustics").label)
        out.append(rng.choice([f"There is {p} deep to it.", f"{_cap(p)} is seen posteriorly.", f"{label}: {p}."]))
    if say["Vascularity"]:
        v = say["Vascularity"][0]
        label = _cap(tax.dimension("Vascularity").label)
        out.append(rng.choice([f"Colour Doppler shows {v}.", f"On Doppler, {v}.", f"{label}: {v}."]))
    # Negate one absent feature now and then, as radiologists do ("No calcifications.").
    for f, values in (absent or {}).items():
        if values and rng.random() < 0.35:
            v = values[int(rng.integers(len(values)))]
            out.append(f"No {surface(tax, f, v, rng, p_label=1.0)}.")
    return " ".join(out)
