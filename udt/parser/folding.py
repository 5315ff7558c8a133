"""The lower-case form every vocabulary lookup reads, with diacritics folded ("Hydrocèle" -> "hydrocele").

English reports carry words typed with accents by writers of other languages or by autocorrect ("hydrocèle",
"nódulo", "ganglión"). The vocabulary holds the unaccented English forms, so the one place that makes a token's
LOWER (spaCy's lexeme attribute, which the phrase matcher and every word-id rule read) folds the marks off. Only
LOWER changes: a token's text, offset and length stay the written ones, so evidence spans are unchanged.
"""

from __future__ import annotations

import unicodedata


def folded_lower(text: str) -> str:
    """``text.lower()`` without combining marks (NFD, marks dropped); ASCII text costs one check."""
    low = text.lower()
    if low.isascii():
        return low
    # Recompose what has no mark to drop, so letters without an ASCII base ("ø", "ß") keep their written form.
    return unicodedata.normalize(
        "NFC", "".join(c for c in unicodedata.normalize("NFD", low) if not unicodedata.combining(c))
    )
