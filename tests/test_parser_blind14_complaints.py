"""A body part named in the patient's complaint taken for an organ examined (reports_blind_final_14, ids ``bg``, and
reports_blind_final_12, ids ``bd``; development data written by annotators who had not seen the parser).

Causes (corpus ids): bg120 "52F, dry eyes and dry mouth for 2 years" (Ocular in a salivary-gland study), bd150 "our 11
yr old lost weight and heart racing" (Pediatric thorax in a thyroid scan), bd047 "I have pain upper stomach after
eating" (Gastrointestinal tract in a gallbladder scan), bd111 "night numbness of the fingers" (Fingers in a carpal
tunnel study); older development files gain too (mx039, nj030 "loin to groin pain"; my027 "lower abdominal pain").
Such a part is now a landmark: labelled only where the report names no other organ. Guards: a part where a lump was
felt ("painful groin swelling") and a run-on "pain gallbladder full of stones" stay organs; a complaint's organ that
the report examines is still labelled from the findings.

Left (seen, not fixed here), one id each: a future study or an order's organ (bg046 "ordered it for his liver and his
heart (heart echo is next month)"), a teaching imperative after a teaching point's first sentence (bg014 "Scan the
kidneys and ovaries in every case"), a worry in a patient's question (bd077 "scared about the face nerve").

Each row is a passage written for this file (not a corpus line).
"""

from __future__ import annotations

import pytest

from udt.parser import ReportParser


@pytest.mark.parametrize(
    ("text", "organ", "labelled"),
    [
        ("Itchy eyes and a dry mouth for a year. Both parotids inhomogeneous with small hypoechoic foci.", "Ocular",
         False),
        ("my son (9) has his heart pounding all the time, doc did a neck scan: thyroid enlarged, hypervascular.",
         "Pediatric thorax", False),
        ("I get pain in my upper stomach after meals. Scan: gallbladder with a 6 mm polyp, no stones.",
         "Gastrointestinal tract", False),
        ("Knee pain for a month. Right groin: 2.4 cm reducible inguinal hernia containing fat.", "Knee", False),
        ("Numbness of the fingers at night. Median nerve swollen at the inlet, CSA 15 mm2.", "Fingers", False),
        # guards
        ("Painful left groin swelling. US: left inguinal hernia with bowel loop, fluid in the sac.",
         "Hip groin and buttock", True),
        ("epigastric pain gallbladder full of stones wall 4mm liver ok right kidney 3 cm simple cyst",
         "Gallbladder and bile ducts", True),
        ("Sore left eye after trauma. Left globe: vitreous haemorrhage, retina attached.", "Ocular", True),
        ("Right knee pain. Suprapatellar effusion 9 mm with synovial thickening.", "Knee", True),
    ],
)
def test_complaint_names_no_organ_examined(parser: ReportParser, text: str, organ: str, labelled: bool) -> None:
    assert (organ in parser.parse(text).labels["Organ_level"]) is labelled
