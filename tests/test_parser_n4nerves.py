"""Nerve studies of stop 42 (wave helper n4nerves), found on the non-sealed development corpora.

  * A nerve named normal beside a lesion ("R ulnar nerve CSA 8 mm2 at the elbow, normal" after a swollen left ulnar
    nerve; "4 cm proximally the nerve is normal" beside its swollen segment; "Ulnar nerve in the cubital tunnel:
    structure preserved" under an olecranon bursitis) gave "normal appearance": the development files' gold labels
    read it as a normal part beside a lesion (guideline), one member of the peripheral nerves. The subject is found
    past a verbless list's commas and a place word ("at the elbow"), and by the plain word "nerve".
    Guards: a nerve study with nothing abnormal is still a normal study, and a study called normal ("Normal nerve
    ultrasound", "this normal nerve") keeps its label; a whole organ stated normal beside a nerve lesion keeps it;
    the same nerve of the other side called normal keeps it too (one side of a paired structure, like the other
    kidney: the guideline, and three development reports against two).

Each row is a passage written for this file (not a corpus line).
"""

from __future__ import annotations

import pytest
from parser_reading import labels_of

from udt.parser import ReportParser

DIAGNOSIS = "Diagnosis"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ulnar nerve, left elbow: thickened at the medial epicondyle, CSA 15 mm2, hypoechoic. "
         "Above the elbow the nerve is normal in calibre and echotexture.",
         []),
        ("Radial nerve study. The nerve is swollen at the spiral groove, 12 mm2. Proximal and distal nerve normal.",
         []),
        ("RIGHT WRIST: volar ganglion 9 x 6 mm at the radioscaphoid joint. "
         "Median nerve in the carpal tunnel: CSA 9 mm2, fascicular pattern preserved, normal.",
         ["cyst"]),
    ],
)
def test_normal_nerve_beside_a_lesion_is_no_normal_study(parser: ReportParser, text: str,
                                                         expected: list[str]) -> None:
    assert labels_of(parser, text, DIAGNOSIS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Guards: nothing abnormal, so the normal nerves are a normal study.
        ("Bilateral median nerve US for nocturnal paraesthesia. Right median nerve 8 mm2 at the inlet, normal. "
         "Left median nerve 9 mm2, normal.",
         ["normal appearance"]),
        ("Teaching case: a normal ulnar nerve. The ulnar nerve at the elbow is 7 mm2 with a normal fascicular "
         "pattern. Conclusion: normal nerve ultrasound.",
         ["normal appearance"]),
        # The same nerve of the other side called normal is one side of a paired structure called normal.
        ("Nerve US, both wrists. Right median nerve CSA 17 mm2 at the inlet, swollen and hypoechoic, fascicles lost.\n"
         "Left median nerve 8 mm2 at the pisiform, normal.",
         ["normal appearance"]),
        # A whole organ stated normal beside a nerve lesion keeps its label.
        ("Left wrist and hand: median nerve swollen at the inlet, 16 mm2, hypoechoic. Right wrist: normal.",
         ["normal appearance"]),
    ],
)
def test_normal_nerve_study_keeps_normal_appearance(parser: ReportParser, text: str, expected: list[str]) -> None:
    assert labels_of(parser, text, DIAGNOSIS) == expected


ORGAN = "Organ_level"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The cubital tunnel is a site of the ulnar nerve (Peripheral nerves), as the carpal tunnel is of the median.
        ("Ulnar nerve swollen in the cubital tunnel, CSA 14 mm2, hypoechoic. Impression: cubital tunnel syndrome.",
         ["Peripheral nerves"]),
        ("Left cubital tunnel: ulnar nerve 13 mm2, subluxes on flexion.", ["Peripheral nerves"]),
        # Guard: an elbow lesion beside the tunnel still names the elbow.
        ("Left elbow: olecranon bursitis, 30 x 10 mm collection. Ulnar nerve in the cubital tunnel 7 mm2.",
         ["Elbow", "Peripheral nerves"]),
    ],
)
def test_cubital_tunnel_is_a_site_of_the_nerve(parser: ReportParser, text: str, expected: list[str]) -> None:
    assert labels_of(parser, text, ORGAN) == expected
