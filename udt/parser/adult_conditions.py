"""A childhood condition named in a stated adult is no child patient.

The ontology declares some diagnoses paediatric (``udt:isPediatric``: a branchial cleft or thyroglossal duct cyst,
pyloric stenosis) so that a report naming one is read as a child's even without an age. Adults have them too ("34F,
midline neck lump ... thyroglossal duct cyst", "a 24-year-old man ... second branchial cleft cyst"); there the
condition alone must not put the adult's anatomy under the Pediatric organs. An age word or a stated age under 16
still makes a child (pediatric.py reads those first); this only withholds the condition's own say.
"""

from __future__ import annotations

from udt.parser.age_cue_senses import stated_ages
from udt.parser.lazy_patterns import lazy_compile

_ADULT_AGE = 16
# A two-digit age glued to the sex letter where a referral states it ("Referral: 34F", "28M, neck lump"); one digit
# ("8F") is left to pediatric.py, which weighs gauges and grades.
_AGE_SEX = lazy_compile(r"(?<![\w.,/])(\d{2})[MF]\b")


def states_adult(text: str) -> bool:
    """The report states the patient's age, 16 or more, and no age under 16."""
    ages = stated_ages(text)
    ages.extend(int(m[1]) for m in _AGE_SEX.finditer(text))
    return bool(ages) and min(ages) >= _ADULT_AGE
