"""Report text for one image, in "semantic fog": every finding word comes from the taxonomy, but rarely its label.

A value is spelled, most of the time, with a name the zero-shot prompts never use (``model/evaluation/prompts.py``
builds its class names from the label, the released string and the first two exact synonyms): the finer concept
the case was drawn as ("fibroadenoma", "spiculated margin", "testis"), a later exact synonym, or a related
synonym. Dimensions the label record does not state are left out of the text; a few absent features are negated
("No calcification.") only where the case really lacks them, and never with a word that would state an omitted
dimension positively. Sentence templates vary between prose, report sections and structured lists. The templates
hold only connective English.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from model.phantom.labels import CaseTruth
from udt.taxonomy import Concept, Taxonomy

_ACRONYM = re.compile(r"\b[A-Z]{2,}\b")
PROMPT_SYNONYMS = 2  # model/evaluation/prompts.py uses label, released string and this many exact synonyms


def _clean(forms: Sequence[str], foreign: Sequence[str] = ()) -> list[str]:
    """Forms a report written in English can use: no acronym, bracket or slash, not too long, and none of the
    concept's synonyms in another language (``foreign``)."""
    return [s for s in forms
            if s and not _ACRONYM.search(s) and "(" not in s and "/" not in s and len(s) <= 40 and s not in foreign]


def prompt_names(concept: Concept) -> list[str]:
    """The names the zero-shot prompts use for a released value (so the fog can avoid them)."""
    return [concept.label, concept.us365k_label or "", *concept.exact_synonyms[:PROMPT_SYNONYMS]]


def _surfaces(concept: Concept) -> list[str]:
    """Every usable spelling of a concept: label first, then exact, then related synonyms."""
    return _clean([concept.label, *concept.exact_synonyms, *concept.related_synonyms], concept.foreign_synonyms)


def _names_anatomy(tax: Taxonomy, form: str, own_field: str | None) -> bool:
    """Whether a finding's spelling names an organ ("thyroid inferno"): it would state an organ by the way."""
    if own_field in ("Organ_level", "Body_system_level"):
        return False
    return any(tax.find(w, "Organ_level") is not None for w in re.findall(r"[A-Za-z]{4,}", form))


@lru_cache(maxsize=8192)
def fog_surfaces(tax: Taxonomy, concept: Concept) -> tuple[str, ...]:
    """Spellings of ``concept`` (a released value or finer concept) that no zero-shot prompt uses."""
    top = tax.rollup(concept) or concept
    avoid = {n.casefold() for n in prompt_names(top)}
    forms = _surfaces(concept) if concept is not top else []
    forms += _clean([*top.exact_synonyms[PROMPT_SYNONYMS:], *top.related_synonyms], top.foreign_synonyms)
    return tuple(
        f for f in dict.fromkeys(forms) if f.casefold() not in avoid and not _names_anatomy(tax, f, concept.dimension)
    )


_ADJ_END = ("ic", "al", "ar", "ed", "ous", "ive", "ine", "ary", "ent")
_NOUN_END = ("ity", "ion", "ness", "ism", "ance", "ence", "ment", "ia")


def is_noun_phrase(form: str) -> bool:
    """A form that can follow "the" / "a" (its last word is not an adjective), singular."""
    last = form.split()[-1].casefold()
    return not last.endswith(_ADJ_END) and "ultrasound" not in form.casefold() and not last.endswith("s")


def is_adjective(form: str) -> bool:
    """A one-word form that reads before a noun ("echo-poor nodule")."""
    return " " not in form and not form.casefold().endswith((*_NOUN_END, "s"))


@lru_cache(maxsize=1024)
def _word_pattern(words: frozenset[str]) -> re.Pattern[str] | None:
    """One compiled alternation for a set of words (the writer asks thousands of times per data set)."""
    if not words:
        return None
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
    return re.compile(rf"(?<![a-z])(?:{alternatives})(?![a-z])")


def _mentions(text: str, words: frozenset[str]) -> bool:
    """Whether ``text`` contains any of ``words`` as whole words (case-folded)."""
    pattern = _word_pattern(words)
    return pattern is not None and pattern.search(f" {text.casefold()} ") is not None


@dataclass
class Speller:
    """Chooses spellings: fogged with probability ``fog``, never containing a ``forbidden`` word."""

    tax: Taxonomy
    rng: np.random.Generator
    fog: float
    forbidden: frozenset[str]

    def __call__(self, concept: Concept, *, plain_ok: bool = True, noun: bool = False) -> str:
        def ok(form: str) -> bool:
            return not _mentions(form, self.forbidden) and (not noun or is_noun_phrase(form))

        fogged = [f for f in fog_surfaces(self.tax, concept) if ok(f)]
        plain = [f for f in _surfaces(self.tax.rollup(concept) or concept) if ok(f)]
        if fogged and (self.rng.random() < self.fog or not plain or not plain_ok):
            return fogged[int(self.rng.integers(len(fogged)))]
        if plain:
            return plain[0] if self.rng.random() < 0.6 else plain[int(self.rng.integers(len(plain)))]
        # Every name of a finer concept would state an omitted dimension ("breast carcinoma" with the organ
        # omitted): fall back to its released value, and to a neutral word for a diagnosis without one.
        top = self.tax.rollup(concept)
        if top is not None and top is not concept:
            return self(top, plain_ok=plain_ok, noun=noun)
        return "lesion" if noun else concept.label


@lru_cache(maxsize=1024)
def _released_words(tax: Taxonomy, fields: tuple[str, ...]) -> frozenset[str]:
    out: set[str] = set()
    for f in fields:
        for c in tax.values(f):
            label = (c.us365k_label or c.label).casefold()
            out.add(label)
            out.update(p.strip() for p in label.split("/") if p.strip())
    return frozenset(out)


def released_words(tax: Taxonomy, fields: Sequence[str]) -> frozenset[str]:
    """The released strings of ``fields`` (and their slash-joined parts), case-folded."""
    return _released_words(tax, tuple(fields))


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _an(phrase: str) -> str:
    return "an" if phrase[:1].lower() in "aeiou" else "a"


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _concepts(tax: Taxonomy, truth: CaseTruth, field_name: str) -> list[Concept]:
    """The finer concepts of a field, or the released values when the case has no finer spelling."""
    fine = truth.fine.get(field_name) or []
    if fine:
        return fine
    return [c for c in (tax.by_us365k(field_name, v) for v in truth.findings.get(field_name, [])) if c is not None]


def write_report(
    rng: np.random.Generator,
    tax: Taxonomy,
    truth: CaseTruth,
    labels: Mapping[str, list[str]],
    *,
    width_mm: float = 0.0,
    depth_mm: float = 0.0,
    doppler: bool = False,
    fog: float = 0.8,
) -> str:
    """A report that states exactly the dimensions of ``labels`` (with the case's true values) and no others.

    ``fog`` is the probability of a spelling the zero-shot prompts never use (0 = labels, as before the fog).
    """
    stated = {f for f, v in labels.items() if v}
    omitted = [f for f in tax.fields if f not in stated]
    forbidden = released_words(tax, omitted)
    spell = Speller(tax, rng, fog, forbidden)
    say: dict[str, list[str]] = {}
    # Field order, never set order: a set of strings iterates in a per-process hash order, and each spelling
    # draws from the generator, so set order would make the captions differ between runs of the same seed.
    for f in (f for f in tax.fields if f in stated):
        if f == "Organ_level":
            site = truth.site if truth.site is not None and rng.random() < fog else tax.by_us365k(f, truth.organ)
            say[f] = [spell(site, noun=True).lower() if site is not None else truth.organ.lower()]
        elif f == "Body_system_level":
            system = tax.by_us365k(f, truth.body_system)
            say[f] = [spell(system) if system is not None else truth.body_system]
        elif f == "Diagnosis":
            say[f] = [spell(c, noun=True) for c in _concepts(tax, truth, f)]
        else:
            say[f] = [spell(c) for c in _concepts(tax, truth, f)]
    # A finer diagnosis with no released value (gallstone, DVT) states no Diagnosis label: it may always be named.
    dx = truth.diagnosis
    if "Diagnosis" not in say and dx is not None and truth.lesion and tax.rollup(dx) is None:
        say["Diagnosis"] = [spell(dx, noun=True)]
    organ_txt = say.get("Organ_level", [""])[0]
    out: list[str] = []
    report_style = rng.random() < 0.4
    if "Body_system_level" in say and (not organ_txt or rng.random() < 0.5):
        system = say["Body_system_level"][0]
        if "ultrasound" in system.casefold() or "sonograph" in system.casefold():
            out.append(f"{_cap(system)}.")
        else:
            out.append(str(rng.choice([f"{_cap(system)} ultrasound.", f"{_cap(system)}:", f"{_cap(system)} US:"])))
    if report_style:
        out.append(str(rng.choice(["FINDINGS:", "Findings:", "Report:", "Sonographic findings:"])))
    if not truth.lesion:
        return " ".join(out + _normal_sentences(rng, say, organ_txt))
    body = _lesion_sentences(rng, say, organ_txt, width_mm, depth_mm, doppler)
    body += _negations(rng, tax, truth, stated, forbidden, spell)
    if report_style and "Diagnosis" in say and rng.random() < 0.7:
        body.append(f"IMPRESSION: {_cap(say['Diagnosis'][0])}{', ' + organ_txt if organ_txt else ''}.")
    return " ".join(out + body)


def _normal_sentences(rng: np.random.Generator, say: dict[str, list[str]], organ_txt: str) -> list[str]:
    place = organ_txt or "examined region"
    if "Diagnosis" in say:
        normal = say["Diagnosis"][0]
        return [str(rng.choice([f"{_cap(place)}: {normal}.", f"Examination of the {place}: {normal}."]))]
    return [f"The {place} was examined."] if organ_txt else ["Images obtained."]


def _lesion_sentences(
    rng: np.random.Generator,
    say: dict[str, list[str]],
    organ_txt: str,
    width_mm: float,
    depth_mm: float,
    doppler: bool,
) -> list[str]:
    noun = say["Diagnosis"][0] if "Diagnosis" in say else str(rng.choice(["lesion", "area", "abnormality"]))
    adjs = [say[f][0] for f in ("Shape", "Echogenicity") if f in say and is_adjective(say[f][0])]
    extra = [f for f in ("Shape", "Echogenicity") if f in say and not is_adjective(say[f][0])]
    size = f"{width_mm:.0f} x {depth_mm:.0f} mm" if width_mm >= 1 else f"{width_mm:.1f} x {depth_mm:.1f} mm"
    descr = " ".join([*adjs, noun])
    where = f" in the {organ_txt}" if organ_txt else ""
    out: list[str] = []
    style = int(rng.integers(4))
    if style == 0:
        out.append(f"{_cap(_an(descr))} {descr} is seen{where}, measuring {size}.")
    elif style == 1:
        out.append(f"There is {_an(size)} {size} {descr}{where}.")
    elif style == 2:
        out.append(f"{_cap(organ_txt or 'region')}: {descr}, {size}.")
    else:
        out.append(f"Within the {organ_txt or 'scanned field'} {_an(descr)} {descr} is noted ({size}).")
    # Attribute sentences are fragments or headed lines, so a synonym of any part of speech reads naturally.
    for f in extra:
        out.append(str(rng.choice([f"{_cap(say[f][0])}.", f"Appearance: {say[f][0]}."])))
    if "Margins" in say:
        m = say["Margins"][0]
        out.append(str(rng.choice([f"{_cap(m)}.", f"Margin: {m}.", f"Outline: {m}."])))
    if "InternalCharacteristics" in say:
        inner = _join(say["InternalCharacteristics"])
        out.append(str(rng.choice([f"{_cap(inner)}.", f"Internal: {inner}.", f"Contents: {inner}."])))
    if "PosteriorAcoustics" in say:
        p = say["PosteriorAcoustics"][0]
        out.append(str(rng.choice([f"{_cap(p)}.", f"Posteriorly: {p}.", f"Deep to it: {p}."])))
    if "Vascularity" in say:
        v = say["Vascularity"][0]
        out.append(str(rng.choice([f"Colour Doppler: {v}.", f"Doppler: {v}.", f"Colour flow imaging: {v}."])))
    elif doppler and rng.random() < 0.5:
        out.append("Colour Doppler applied.")
    return out


def _negations(
    rng: np.random.Generator,
    tax: Taxonomy,
    truth: CaseTruth,
    stated: set[str],
    forbidden: frozenset[str],
    spell: Speller,
) -> list[str]:
    """Negated distractors: a value the case does NOT have, in a sentence that only denies it.

    An omitted dimension may be denied only when the denial states none of its values: "no posterior shadowing"
    names no posterior value the case has, and US-365K has no "none" value to state. Vascularity is excluded
    while omitted, because "no flow" *is* one of its values.
    """
    out = []
    for f in ("InternalCharacteristics", "PosteriorAcoustics", "Vascularity"):
        if (f == "Vascularity" and f not in stated) or rng.random() > 0.4:
            continue
        have = set(truth.findings.get(f, []))
        if f == "Vascularity" and not have:
            continue
        ranked = [c for c in tax.values(f) if c.rank is not None]
        # For a ranked dimension deny only the far extreme ("no increased flow" for an avascular lesion).
        pool = [
            c
            for c in (ranked[-1:] if ranked else tax.values(f))
            if c.us365k_label not in have and len((c.us365k_label or "").split()) <= 2
        ]
        if f == "Vascularity" and ranked and have & {c.us365k_label for c in ranked[-2:]}:
            continue
        if not pool:
            continue
        c = pool[int(rng.integers(len(pool)))]
        words = forbidden - released_words(tax, [f])  # the denied dimension's own words are allowed, negated
        forms = [
            x
            for x in (*fog_surfaces(tax, c), c.label)
            if is_noun_phrase(x) or x.casefold().endswith(("s", "ing"))
            if not _mentions(x, words) and not re.search(r"present|absent|\bno\b", x)
        ]
        name = forms[int(rng.integers(len(forms)))] if forms else c.label
        out.append(str(rng.choice([f"No {name}.", f"No {name} is seen.", f"No {name} identified."])))
    return out
