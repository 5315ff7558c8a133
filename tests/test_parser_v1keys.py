"""Template keys (issue 11, the v1keys wave). Passages written for this file.

Template keys (udt.parser.template_keys, one module for the two forms of a key that runs on past its finding): a
line key ("Free fluid in the pouch of Douglas: not seen", the finding opening its line) and a site key ("...; cysts
in the left kidney: none", mid-line) give the value to the key's head; a lesion in the key's site phrase is where the
head was looked for. Guards: a value that describes, a key that names a second finding, a sentence that goes on.
"""

from __future__ import annotations

import pytest
from parser_reading import reading_of

from udt.parser import ReportParser

Row = tuple[str, str, str, str | None]  # (passage, field, value, expected reading)

TEMPLATE_KEYS: list[Row] = [
    # a line key: the finding opens its line, the key runs on to its colon
    ("Uterus anteverted, 78 mm.\nFree fluid in the rectouterine pouch: not seen.", "Diagnosis", "fluid collection",
     "absent"),
    ("ASCITES / ASCITE: none\nLiver: normal size.", "Diagnosis", "fluid collection", "absent"),
    # a site key, mid-line after another key's value
    ("Kidneys normal in size; cysts in the right kidney: none.", "Diagnosis", "cyst", "absent"),
    ("Right lobe 15 mm nodule, isoechoic; microcalcifications within the nodule: absent.", "Diagnosis", "nodule",
     "present"),
    # guards: a value that describes, a second finding joined to the key, a sentence that goes on past a comma
    ("Free fluid in the rectouterine pouch: small amount, 9 mm.", "Diagnosis", "fluid collection", "present"),
    ("Cyst in the right ovary and free fluid: none.", "Diagnosis", "cyst", "present"),
    ("Free fluid in the pelvis, 14 mm deep: no septations.", "Diagnosis", "fluid collection", "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "expected"), TEMPLATE_KEYS)
def test_a_template_key_gives_its_value_to_its_head(parser: ReportParser, text: str, field: str, value: str,
                                                    expected: str | None) -> None:
    assert reading_of(parser, text, field, value) == expected

