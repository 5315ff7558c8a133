"""A lesion placed outside a thyroid lobe, in a report about the parathyroids, is a parathyroid lesion.

"9 mm hypoechoic nodule posterior to the right thyroid lobe ...; adenoma proven at re-exploration", "Dorsal to the
lower pole of the left thyroid lobe there is an oval, hypoechoic structure 14 x 8 x 6 mm" (the adenoma named only
in the assessment), "an oval hypoechoic lesion (14 x 7 mm) deep to its lower pole", "Hinter dem linken Unterpol eine
12 mm ovale echoarme Struktur": the thyroid lobe or pole is only the landmark; a lesion behind or below it is outside
the thyroid, and in a report that names the parathyroids (a parathyroid adenoma, hyperparathyroidism, PTH) it is
the parathyroid gland the report looks for. The corpora annotate such a lesion as a parathyroid one throughout
(the naming diagnosis in the lesion's own sentence already moves it, landmark_named.py; this covers a bare
"adenoma", a name in another sentence or heading, a "structure", and German and Dutch landmarks).

The builder left such a lesion in the thyroid (whose lobe word it read as its site), in the soft tissues, or as a
measured "structure" of the thyroid (a word that is no lesion). This pass runs on the finished report: a measured
finding of the thyroid or the soft tissues (a structure only where its evidence describes a lesion: echogenicity
or shape) whose sentence places it behind, deep to or below a lobe or pole becomes a parathyroid lesion, on the
landmark's side where the landmark names one. Without a diagnosis of its own it takes the nodule of an unsized
parathyroid adenoma the report names elsewhere (the title's, the question's): that is the lesion it names.
A nodule "in the posterior aspect of the right lobe" is in the lobe (no landmark) and stays, and so does a thyroid
lesion whose sentence also puts a lesion inside a lobe or scores it as the thyroid's (TI-RADS, colloid, spongiform).
"""

from __future__ import annotations

from collections.abc import Sequence

from udt.parser.lazy_patterns import lazy_compile
from udt.parser.lowered_text import lowered
from udt.parser.schema import Finding, Mention
from udt.parser.substrings import holds_any

# The cheap gate: the report names the parathyroids (English, German, Dutch, Romance stems).
_PARATHYROID = lazy_compile(r"parathyr|\bpth\b|nebenschilddr|bijschildkl|paratiroid|paratireo")
# The letters each of its branches needs, tested first by substring scans in C: the alternation, with no common
# first character, was tried at every character of every report.
_PARATHYROID_LETTERS = ("parat", "pth", "nebenschilddr", "bijschildkl")

_SIDE = r"(?:(?P<side>left|right|l|r|lt|rt|linken|rechten|linker|rechter)\s+)?"
# A place behind, deep to or below a thyroid lobe or pole ("posterior to the lower pole of the left lobe",
# "deep to its lower pole", "behind the L lower pole", "hinter dem linken Unterpol", "dorsaal van de linker
# schildklierkwab"); not "in the posterior aspect of the lobe" (inside it).
_LANDMARK = lazy_compile(
    r"\b(?:(?:posterior(?:ly)?|dorsal(?:ly)?|deep|inferior|caudal|posteroinferior|posterior-inferior)\s+to"
    r"|behind|beneath|below)\s+(?:the\s+|its\s+)?" + _SIDE
    + r"(?:(?:thyroid|lower|upper|inferior|superior)\s+)*(?:lobe|pole)\b(?:\s+of\s+(?:the\s+)?" + _SIDE.replace(
        "side", "side2") + r"(?:thyroid\s+)?lobe)?"
    r"|\b(?:hinter|dorsal)\s+(?:dem|des|vom)\s+" + _SIDE.replace("side", "side3")
    + r"(?:schilddrüsen)?(?:unterpol|oberpol|lappens?)\b"
    r"|\b(?:dorsaal|achter)\s+(?:van\s+)?(?:de\s+|het\s+)?" + _SIDE.replace("side", "side4")
    + r"(?:schildklier)?(?:kwab|onderpool|bovenpool|pool)\b"
)
# A lesion written inside a lobe ("a nodule in the lower pole") and the words only a thyroid lesion takes (a TI-RADS
# score, colloid, spongiform): such a sentence describes the thyroid's own lesion, whatever else it places.
_INSIDE = lazy_compile(
    r"\b(?:in|within|inside)\s+(?:the\s+|its\s+)?(?:(?:left|right|l|r|lt|rt)\s+)?(?:thyroid\s+)?"
    r"(?:(?:lower|upper|mid|middle)\s+)?(?:lobe|pole|third)\b"
)
_THYROID_OWN = lazy_compile(r"ti-?rads|colloid|spongiform|thyroid\s+(?:nodule|cyst|lesion)|\btr\d")
_SIDES = {"left": "left", "l": "left", "lt": "left", "linken": "left", "linker": "left",
          "right": "right", "r": "right", "rt": "right", "rechten": "right", "rechter": "right"}
# What ends a sentence: a stop that is no decimal point, a semicolon, a line break or a table bar.
_BREAK = lazy_compile(r"(?<!\d)\.(?!\d)|[;\n|]")
_MOVABLE = ("Thyroid gland", "Soft tissues", None)
_LESION_DESCRIPTORS = ("Echogenicity", "Shape")
_PARATHYROID_ORGAN = "Parathyroid glands"


def _sentence(text: str, at: int) -> tuple[int, int]:
    """The sentence (see ``_BREAK``) holding the character ``at``. Its start is found by scanning back from ``at``
    (a scan from the text's start made a report of thousands of lesions quadratic)."""
    return _sentence_start(text, at), (end.start() if (end := _BREAK.search(text, at)) else len(text))


def _sentence_start(text: str, at: int) -> int:
    """Just after the last ``_BREAK`` that ends before character ``at`` (0 if none): a ";", line break or "|", or a
    full stop with no digit beside it in ``text[:at]`` (a decimal point "1.4" is no break)."""
    pos = at
    while (cand := max(text.rfind(c, 0, pos) for c in ".;\n|")) >= 0:
        if text[cand] != "." or not (
            (cand > 0 and text[cand - 1].isdecimal()) or (cand + 1 < at and text[cand + 1].isdecimal())
        ):
            return cand + 1
        pos = cand
    return 0


def place_parathyroid_by_landmark(text: str, findings: list[Finding], mentions: Sequence[Mention]) -> None:
    """Make each measured thyroid or soft-tissue finding placed behind or below a thyroid lobe or pole a
    parathyroid lesion, in a report naming the parathyroids (see the module docstring); in place."""
    lower = lowered(text)  # (the text the parse checks lowered before it: lowered_text.py)
    if not holds_any(lower, _PARATHYROID_LETTERS) or not _PARATHYROID.search(lower):
        return
    named = [f for f in findings if f.kind == "lesion" and f.organ == _PARATHYROID_ORGAN]
    template = next((f for f in named if f.body_system), None)
    adenoma = next((f.diagnosis for f in named if not f.size_mm and f.diagnosis == "nodule"), None)
    for f in findings:
        if not f.size_mm or f.organ not in _MOVABLE or f.status == "absent":
            continue
        own = [mentions[i] for i in f.mentions if 0 <= i < len(mentions)]
        if f.kind != "lesion" and not any(m.dimension in _LESION_DESCRIPTORS for m in own):
            continue  # a lobe's own measurement, not a described lesion
        described = [m.start for m in own if m.dimension not in ("Organ_level", "Body_system_level")]
        if not described:
            continue
        lo, hi = _sentence(lower, min(described))
        place = _LANDMARK.search(lower, lo, hi)
        if place is None:
            continue
        if f.organ == "Thyroid gland" and (
            f.tirads is not None or _INSIDE.search(lower, lo, hi) or _THYROID_OWN.search(lower, lo, hi)
        ):
            continue  # a sentence that also puts a lesion in the lobe, or scores it as the thyroid's: the thyroid's
        side = next((place.group(g) for g in ("side", "side2", "side3", "side4") if place.group(g)), None)
        f.kind = "lesion"
        f.organ = _PARATHYROID_ORGAN
        f.body_system = template.body_system if template is not None else "Head and Neck"
        f.structure = None
        f.tirads = None  # a thyroid nodule's score, not this lesion's
        if side is not None:
            f.laterality = _SIDES[side]  # type: ignore[assignment]
        if f.diagnosis is None and adenoma is not None:
            f.diagnosis = adenoma
