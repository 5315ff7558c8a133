"""The report tokenizer: spaCy's English rules plus the infixes reports need ("1.2x0.8", "L.kidney")."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.lang.en import English
from spacy.language import Language
from spacy.tokens import Doc

from udt.parser.record import DocState, register_doc_extensions, set_state

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
)
# Extra prefixes: ",No" (a transcription artefact after a full stop: "cyst.,No free fluid").
_PREFIXES = (r",(?=[A-Za-z])",)
# Extra suffixes: "iso- to hypoechoic" (a hyphen left hanging after a word prefix); "microcalcs+" (a template's
# present mark glued to the term). Each names its character first, as the infixes do (spaCy's suffix regex is
# searched through the whole chunk: a leading lookbehind would be evaluated at every position).
_SUFFIXES = (r"-(?<=[A-Za-z]-)", r"\+(?<=[A-Za-z]\+)")


class ReportEnglish(English):
    """English with the report tokenizer; ``make_doc`` keeps the text on the Doc (``Doc._.udt``) so
    components need not rebuild it from tokens."""

    lang = "en"

    def make_doc(self, text: str) -> Doc:
        doc = super().make_doc(text)
        set_state(doc, DocState(text=text))
        return doc


def tokenizer_exceptions_hiding(forms: Iterable[str]) -> set[str]:
    """English tokenizer special cases such as "Mass." (Massachusetts) that would hide a term ending a sentence."""
    forms = set(forms)
    return {k for k in English.Defaults.tokenizer_exceptions if k.endswith(".") and k[:-1].casefold() in forms}


def make_blank_nlp(drop_exceptions: Iterable[str] = ()) -> Language:
    """A blank English pipeline with the extra infixes reports need, minus the tokenizer special cases named.

    The tokenizer is built once from these defaults (replacing its rules afterwards would load them again)."""
    register_doc_extensions()
    drop = frozenset(drop_exceptions)
    defaults = type(
        "ReportDefaults",
        (English.Defaults,),
        {
            "infixes": [*(English.Defaults.infixes or ()), *_INFIXES],
            "prefixes": [*(English.Defaults.prefixes or ()), *_PREFIXES],
            "suffixes": [*(English.Defaults.suffixes or ()), *_SUFFIXES],
            "tokenizer_exceptions": {
                k: v for k, v in English.Defaults.tokenizer_exceptions.items() if k not in drop
            },
        },
    )
    return type("ReportEnglish", (ReportEnglish,), {"Defaults": defaults})()
