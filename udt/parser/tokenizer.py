"""The report tokenizer: spaCy's English rules plus the infixes reports need ("1.2x0.8", "L.kidney")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, partial

from spacy.attrs import LOWER, ORTH
from spacy.lang.en import English
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from udt.parser import termset as ts
from udt.parser.csv_rows import split_row_cells
from udt.parser.folding import folded_lower
from udt.parser.french_elisions import split_denied_elisions
from udt.parser.lazy_patterns import lazy_compile
from udt.parser.privatives import privative_special_cases
from udt.parser.record import DocState, register_doc_extensions, set_state
from udt.parser.regex_programs import compiled_expressions, sre_parse
from udt.parser.suffix_search import TailSuffixSearch

# Extra infixes: "1.2x0.8", "12×8", "nodule;no", "L.kidney", "cyst(2cm)".
# A branch that starts with the character it consumes is skipped by the regex engine at a glance wherever that
# character is absent (a BRANCH fast path); one that starts with a lookbehind is evaluated at every position of
# every chunk the tokenizer splits. So each consuming infix names its character first and checks the character
# before it with a lookbehind over both ("[xX×*](?<=[0-9].)" is "(?<=[0-9])[xX×*]"). The zero-width ones cannot.
_INFIXES = (
    r"[xX×*](?<=[0-9].)(?=[0-9])",
    r"[;×]",
    r"\.(?<=[a-zA-Z]\.)(?=[a-zA-Z]{2,})",
    r"[()\[\]](?<=[a-zA-Z0-9].)(?=[a-zA-Z0-9])",
    r",(?<=[a-zA-Z],)(?=[a-zA-Z])",
    r"/(?<=[a-zA-Z]/)(?=[a-zA-Z])",
    # "noncalcified", "nonobstructing": the negating prefix becomes its own token (a negation cue).
    r"(?<=\b[nN]on)(?=[a-z]{4})",
    r"(?<=\bNON)(?=[A-Z]{4})",
    # ".,No free fluid": a comma glued between a full stop and the next sentence.
    r",(?<=[.;:!?],)(?=[A-Za-z])",
    # "SPLEEN: WNL.,KIDNEYS": the full stop of a capitalised word before that comma (spaCy splits a full stop off
    # after a lower-case letter only, so "WNL." stayed one token and no term matched it); also before a list dash
    # ("CYST.,- RIGHT TESTIS:").
    r"\.(?<=[A-Z]\.)(?=,[-A-Za-z])",
    # "KIDNEY_L_FINDING=cyst", "AXILLA_R": a machine export's key joins its words with underscores; each word
    # becomes its own token, so the organ and the side it names are read as written apart.
    r"_(?<=[A-Za-z0-9]_)(?=[A-Za-z0-9])",
)
# Extra prefixes: ",No" (a transcription artefact after a full stop: "cyst.,No free fluid"); Dutch (and German)
# compounds that open with a side, "Rechterborst", "linkerkwab", "rechternier": the side becomes its own token, a
# side word (termset.FOREIGN_SIDE_WORDS), so every side rule reads "right breast", "left lobe".
_PREFIXES = (r",(?=[A-Za-z])", r"[Rr](?:echter|ECHTER)(?=[A-Za-z]{3})", r"[Ll](?:inker|INKER)(?=[A-Za-z]{3})")
# Extra suffixes: "iso- to hypoechoic" (a hyphen left hanging after a word prefix); "microcalcs+" (a template's
# present mark glued to the term); "Calcs:-", "Shadowing:+" (a worksheet's key and its minus/plus mark glued
# together; spaCy then splits the colon off as usual). Each names its character first, as the infixes do (spaCy's
# suffix regex is searched through the whole chunk: a leading lookbehind would be evaluated at every position).
# ... and the full stop after a number with its capital subtype letter ("BI-RADS 4B. Right breast: ...", "segment
# 4A. Spleen ..."): spaCy splits a full stop off after a lower-case letter, a digit or two capitals, not after one
# capital, so "4B." stayed one token, the sentence ran on into the next and a hedge of the first ("suspicious, BI-RADS
# 4B.") took the next sentence's lesion for the name it doubts (tests/test_subtype_stops.py).
_SUFFIXES = (r"-(?<=[A-Za-z]-)", r"\+(?<=[A-Za-z]\+)", r"[-+](?<=[A-Za-z]:[-+])", r"\.(?<=[0-9][A-Z]\.)")
# German "V.a." (Verdacht auf, "suspicion of") kept one token, as spaCy keeps "e.g.": split, its full stop ended the
# sentence before the diagnosis it doubts ("V.a. lipoma 3,4 cm"), and the hedge cue (termset) never reached it.
_WHOLE_ABBREVIATIONS = {form: [{ORTH: form}] for form in ("V.a.", "v.a.")}
# A slashed hedge abbreviation closed by a full stop ("fibroid s/o.", "angiomyolipoma S/O."): split at its slashes
# as it is elsewhere, and the stop split off too, which English keeps on the last letter as an initial ("o.") and so
# hid both the hedge cue and the sentence's end (termset.SLASHED_HEDGES).
_STOPPED_SLASHED_HEDGES = {
    f"{form}.": [*({ORTH: piece} for piece in re.split(r"(/)", form)), {ORTH: "."}]
    for cue in ts.SLASHED_HEDGES for form in (cue, cue.upper())
}
# A roman grade with its subtype letter as the last word of a graded term ("Graf type Ia"); not a bare numeral, whose
# exceptions are words too ("v." for versus in "metastasis v. haemangioma").
_ROMAN_GRADE = lazy_compile(r"[ivx]+[abc]")


# spaCy's own affixes are written the same lookbehind-first way, e.g. "(?<=[0-9])[+\-\*^](?=[0-9-])", with
# lookbehind classes thousands of characters long, so the same rewrite applies to them: a lookbehind of
# single-character atoms, then one character, then the rest. Anything of another shape is left as it is; so is
# a lookbehind before an alternation ("(?<=[0-9])(?:km|cm|...)"), which it rules out faster than the
# alternation's first letters would be tried.
_ATOM = r"(?:\[(?:[^\]\\]|\\.)*\]|\\[^\w\s]|[^\\\[\]().|?*+{}^$])"
_LOOKBEHIND_FIRST = lazy_compile(rf"\(\?<=(?P<before>{_ATOM}+)\)(?P<char>{_ATOM})(?P<rest>.*)", re.DOTALL)


@cache
def _parses(part: str) -> bool:
    """Whether ``part`` is a whole regex. Parsed, not compiled: spaCy's lookbehind classes are thousands of characters
    long, and compiling the parts only to drop them took 30-50 ms of every start-up; the lookbehinds of many affixes
    are the same class, so each distinct part is parsed once. A lookbehind here is a run of single-character atoms,
    so its width is fixed, which is all the compiler would check further."""
    try:
        sre_parse.parse(part)
    except re.error:
        return False
    return True


def character_first(pattern: str | re.Pattern[str]) -> str | re.Pattern[str]:
    """``pattern`` with its leading lookbehind moved after the character it consumes: "(?<=X)Y" becomes
    "Y(?<=XY)", the same matches, tried only where Y occurs (a compiled pattern is returned as it is)."""
    if not isinstance(pattern, str):
        return pattern
    m = _LOOKBEHIND_FIRST.fullmatch(pattern)
    if m is None:
        return pattern
    before, char, rest = m["before"], m["char"], m["rest"]
    # Moved text keeps its meaning only if each part is a whole regex of its own (the lookbehind was read to its
    # real end, not to a ")" inside a class) and the rest does not begin with a quantifier of the character.
    if not all(map(_parses, (f"(?<={before})", char, rest))):
        return pattern
    if rest[:1] in ("*", "+", "?", "{"):
        return pattern
    return f"{char}(?<={before}{char}){rest}"


class ReportEnglish(English):
    """English with the report tokenizer; ``make_doc`` keeps the text on the Doc (``Doc._.udt``) so
    components need not rebuild it from tokens."""

    lang = "en"

    def make_doc(self, text: str) -> Doc:
        doc = super().make_doc(text)
        split_denied_elisions(doc, text)  # "pas d'hydrocèle" -> "pas d ' hydrocèle" (french_elisions.py)
        rows = split_row_cells(doc, text, self.tokenizer)  # "II,R,13x22" -> "II , R , 13 x 22" (csv_rows.py)
        set_state(doc, DocState(text=text, row_lines=rows))
        return doc


def tokenizer_exceptions_hiding(forms: Iterable[str]) -> set[str]:
    """English tokenizer special cases such as "Mass." (Massachusetts) that would hide a term ending a sentence, or
    such as "Ia." (Iowa) that would hide the roman grade ending a graded term ("Graf type Ia.")."""
    forms = set(forms)
    grades = {end for form in forms if " " in form and _ROMAN_GRADE.fullmatch(end := form.rsplit(maxsplit=1)[-1])}
    return {k for k in English.Defaults.tokenizer_exceptions
            if k.endswith(".") and (k[:-1].casefold() in forms or k[:-1].casefold() in grades)}


def make_blank_nlp(drop_exceptions: Iterable[str] = ()) -> Language:
    """A blank English pipeline with the extra infixes reports need, minus the tokenizer special cases named.

    The tokenizer is built once from these defaults (replacing its rules afterwards would load them again)."""
    register_doc_extensions()
    drop = frozenset(drop_exceptions)
    defaults = type(
        "ReportDefaults",
        (English.Defaults,),
        {
            "infixes": [*map(character_first, English.Defaults.infixes or ()), *_INFIXES],
            "prefixes": [*(English.Defaults.prefixes or ()), *_PREFIXES],
            "suffixes": [*map(character_first, English.Defaults.suffixes or ()), *_SUFFIXES],
            # Vocabulary lookups read LOWER: accents folded there match "Hydrocèle" as "hydrocele" (folding.py).
            "lex_attr_getters": {**English.Defaults.lex_attr_getters, LOWER: folded_lower},
            "tokenizer_exceptions": {
                **{k: v for k, v in English.Defaults.tokenizer_exceptions.items() if k not in drop},
                **privative_special_cases(),  # "shadowless" -> "shadow" + "less"
                **_WHOLE_ABBREVIATIONS,
                **_STOPPED_SLASHED_HEDGES,
            },
        },
    )
    return type("ReportEnglish", (ReportEnglish,), {"Defaults": defaults})(create_tokenizer=_report_tokenizer)


def prefix_expression(prefixes: Iterable[str | re.Pattern[str]]) -> str:
    """The expression ``spacy.util.compile_prefix_regex(prefixes)`` compiles: each rule anchored at the start."""
    return "|".join(f"^{piece}" for piece in prefixes if piece.strip())  # type: ignore[union-attr]


def infix_expression(infixes: Iterable[str | re.Pattern[str]]) -> str:
    """The expression ``spacy.util.compile_infix_regex(infixes)`` compiles."""
    return "|".join(piece for piece in infixes if piece.strip())  # type: ignore[misc, union-attr]


def _report_tokenizer(nlp: Language) -> Tokenizer:
    """spaCy's own tokenizer factory (spacy.language.create_tokenizer), but for the suffix search bounded to a
    chunk's tail (suffix_search.py): a chunk of thousands of closing brackets split in linear time, same tokens."""
    d = nlp.Defaults
    # The joined affix expressions are long (up to 16,000 characters): their compiled programs come from the
    # parser's cache (regex_programs.py), the same patterns as spaCy's util.compile_*_regex would give.
    prefix, infix = compiled_expressions("affixes", [prefix_expression(d.prefixes or ()),
                                                     infix_expression(d.infixes or ())])
    suffix_search = TailSuffixSearch(d.suffixes, partial(compiled_expressions, "suffixes")) if d.suffixes else None
    return Tokenizer(
        nlp.vocab,
        rules=d.tokenizer_exceptions,
        prefix_search=prefix.search if d.prefixes else None,
        suffix_search=suffix_search.search if suffix_search is not None else None,
        infix_finditer=infix.finditer if d.infixes else None,
        token_match=d.token_match,
        url_match=d.url_match,
    )
