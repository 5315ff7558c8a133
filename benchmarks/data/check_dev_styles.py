"""Check reports_dev_styles.jsonl (or another corpus in its format) against CORPUS_GUIDELINE.md and print its counts.

Standalone on purpose: it does not import udt, so checking the gold never runs the parser it is meant to
measure. The released values are copied from REFERENCE.md section 1 (the US-365K vocabulary).

    python benchmarks/data/check_dev_styles.py [path]

Exit 0 when every record is well formed, 1 with one line per problem otherwise.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

SYSTEM_ORGANS: dict[str, list[str]] = {
    "Abdomen and retroperitoneum": [
        "Liver", "Gallbladder and bile ducts", "Pancreas", "Spleen", "Appendix", "Gastrointestinal tract",
        "Peritoneum mesentery and omentum", "Retroperitoneum and great vessels", "Adrenal glands", "Abdominal wall",
    ],
    "Urinary Tract and male reproductive system": ["Kidney and ureter", "Bladder", "Scrotum", "Penis and perineum"],
    "Gynaecology": ["Uterus", "Adnexa", "Vagina"],
    "Head and Neck": [
        "Thyroid gland", "Parathyroid glands", "Salivary glands", "Lymph nodes", "Ocular", "Ear", "Larynx",
    ],
    "Breast and Axilla": ["Breast", "Axilla"],
    "Musculoskeletal Joints and Tendons": [
        "Shoulder", "Elbow", "Wrist and carpus", "Fingers", "Hip groin and buttock", "Knee", "Ankle", "Foot",
        "Peripheral nerves", "Soft tissues", "Skull",
    ],
    "Thorax": ["Pulmonary", "Pleural space", "Heart and mediastinum", "Thoracic wall"],
    "Pediatrics": [
        "Pediatric abdomen and retroperitoneum", "Pediatric urinary tract", "Pediatric scrotum",
        "Pediatric gynaecological pathology and infant breast", "Pediatric head and neck",
        "Neonatal brain and spine", "Infant hip and knee", "Pediatric thorax",
    ],
    "Peripheral vessels": ["Peripheral arteries", "Peripheral veins", "Dialysis fistula"],
}
ORGAN_SYSTEM = {organ: system for system, organs in SYSTEM_ORGANS.items() for organ in organs}
RELEASED: dict[str, set[str]] = {
    "Diagnosis": {"nodule", "cyst", "mass", "fluid collection", "normal appearance"},
    "Body_system_level": set(SYSTEM_ORGANS),
    "Organ_level": set(ORGAN_SYSTEM),
    "Shape": {"round", "oval", "lobulated", "tubular/linear", "nodular", "flattened", "irregular"},
    "Margins": {"well-defined", "ill-defined/indistinct"},
    "Echogenicity": {"anechoic", "hypoechoic", "isoechoic", "hyperechoic", "mixed echogenicity"},
    "InternalCharacteristics": {
        "cystic components", "calcifications", "septations", "solid components", "mixed cystic and solid mass",
        "complex cystic solid",
    },
    "PosteriorAcoustics": {"enhancement", "shadowing"},
    "Vascularity": {
        "reduced/diminished vascularity", "normal/regular vascularity", "no vascularity", "increased vascularity",
        "indeterminate/inhomogeneous vascularity",
    },
}
STYLES = {"transcription", "patient_posted", "teaching_case", "figure_legend", "structured_template",
          "non_native_english"}
KEYS = ["id", "style", "classes", "text", "labels", "absent", "uncertain"]
# A multi-organ findings corpus adds one list after these (guideline, "Findings (multi-organ file)").
FINDING_KEYS = ["organ", "side", "size_mm", "diagnosis", "text"]
SIDES = {"left", "right", "bilateral", None}
# Anatomy is never negated or hedged (guideline, Status): only diagnosis and descriptor values are.
STATUS_FIELDS = set(RELEASED) - {"Organ_level", "Body_system_level"}
ERROR_CLASSES = range(1, 14)  # the 13 error classes of issue 11


def _check_pairs(rid: str, kind: str, pairs: object, problems: list[str]) -> set[tuple[str, str]]:
    """Validate an absent/uncertain list; return its pairs as tuples."""
    out: set[tuple[str, str]] = set()
    if not isinstance(pairs, list):
        problems.append(f"{rid}: {kind} is not a list")
        return out
    for pair in pairs:
        if not (isinstance(pair, list) and len(pair) == 2):
            problems.append(f"{rid}: {kind} entry {pair!r} is not a [field, value] pair")
            continue
        field, value = pair
        if field not in STATUS_FIELDS:
            problems.append(f"{rid}: {kind} field {field!r} is not a diagnosis or descriptor field")
        elif value not in RELEASED[field]:
            problems.append(f"{rid}: {kind} value {value!r} is not a released {field} value")
        if (field, value) in out:
            problems.append(f"{rid}: {kind} lists {field}={value!r} twice")
        out.add((field, value))
    return out


def _check_findings(rid: str, text: str, organs: list[str], findings: object, problems: list[str]) -> None:
    """Validate a multi-organ record's per-lesion findings: released values, a side word, a size, a real quote."""
    if not isinstance(findings, list):
        problems.append(f"{rid}: findings is not a list")
        return
    for n, finding in enumerate(findings, 1):
        where = f"{rid}: finding {n}"
        if not isinstance(finding, dict) or list(finding) != FINDING_KEYS:
            got = list(finding) if isinstance(finding, dict) else finding
            problems.append(f"{where} keys must be {FINDING_KEYS} in that order, got {got!r}")
            continue
        if finding["organ"] not in organs:
            problems.append(f"{where}: organ {finding['organ']!r} is not one of the record's Organ_level labels")
        if finding["side"] not in SIDES:
            problems.append(f"{where}: side {finding['side']!r} must be left, right, bilateral or null")
        size = finding["size_mm"]
        if size is not None and (isinstance(size, bool) or not isinstance(size, (int, float)) or size <= 0):
            problems.append(f"{where}: size_mm {size!r} must be a positive number of millimetres or null")
        if finding["diagnosis"] is not None and finding["diagnosis"] not in RELEASED["Diagnosis"]:
            problems.append(f"{where}: diagnosis {finding['diagnosis']!r} is not a released Diagnosis value")
        quote = finding["text"]
        if not isinstance(quote, str) or not quote.strip() or quote not in text:
            problems.append(f"{where}: text {quote!r} must be a quote from the passage")


def check_record(rec: object, problems: list[str]) -> None:
    """Append one line per problem found in one record."""
    keys = list(rec) if isinstance(rec, dict) else None
    if keys not in (KEYS, [*KEYS, "findings"]):
        problems.append(f"record keys must be {KEYS} in that order (then optionally findings), got {keys or rec!r}")
        return
    assert isinstance(rec, dict)  # narrowed by the key test above
    rid = rec["id"]
    if rec["style"] not in STYLES:
        problems.append(f"{rid}: unknown style {rec['style']!r}")
    classes = rec["classes"]
    if classes != sorted(set(classes)) or any(c not in ERROR_CLASSES for c in classes):
        problems.append(f"{rid}: classes {classes!r} must be sorted, unique issue-11 class numbers 1-13")
    if not isinstance(rec["text"], str) or not rec["text"].strip() or rec["text"] != rec["text"].strip():
        problems.append(f"{rid}: text is empty or has surrounding whitespace")
    labels = rec["labels"]
    if not isinstance(labels, dict) or list(labels) != list(RELEASED):
        problems.append(f"{rid}: labels must hold the nine US-365K fields in order")
        return
    present: set[tuple[str, str]] = set()
    for field, values in labels.items():
        if len(values) != len(set(values)):
            problems.append(f"{rid}: {field} repeats a value")
        for value in values:
            if value not in RELEASED[field]:
                problems.append(f"{rid}: {value!r} is not a released {field} value")
            present.add((field, value))
    derived = {ORGAN_SYSTEM[o] for o in labels["Organ_level"] if o in ORGAN_SYSTEM}
    if set(labels["Body_system_level"]) != derived:
        systems = labels["Body_system_level"]
        problems.append(f"{rid}: body systems {systems} are not those of the organs {sorted(derived)}")
    if not labels["Organ_level"]:
        problems.append(f"{rid}: no organ labelled")
    absent = _check_pairs(rid, "absent", rec["absent"], problems)
    uncertain = _check_pairs(rid, "uncertain", rec["uncertain"], problems)
    for field, value in sorted((absent | uncertain) & present):
        problems.append(f"{rid}: {field}={value!r} is present and also absent/uncertain (present wins)")
    for field, value in sorted(absent & uncertain):
        problems.append(f"{rid}: {field}={value!r} is both absent and uncertain")
    if "findings" in rec:
        _check_findings(rid, rec["text"], labels["Organ_level"], rec["findings"], problems)


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else Path(__file__).with_name("reports_dev_styles.jsonl")
    problems: list[str] = []
    records = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError as exc:
            problems.append(f"{path}:{n}: not JSON ({exc.msg})")
    ids = [r.get("id") for r in records if isinstance(r, dict)]
    for rid, count in Counter(ids).items():
        if count > 1:
            problems.append(f"{rid}: id used {count} times")
    # Every file numbers its ids from 001 under one prefix of one or two letters, taken from the first id ("s" for
    # the dev-styles file, "b" for the blind final one; two letters once all 26 single ones were taken), so the same
    # checker serves each corpus in this format.
    first = ids[0] if ids else None
    leading = re.fullmatch(r"([a-z]{1,2})\d{3}", first) if isinstance(first, str) else None
    prefix = leading.group(1) if leading else "s"
    for n, rid in enumerate(ids, 1):
        if not (isinstance(rid, str) and re.fullmatch(rf"{prefix}\d{{3}}", rid) and int(rid[len(prefix):]) == n):
            problems.append(f"line {n}: id {rid!r} should be {prefix}{n:03d}")
    for rec in records:
        check_record(rec, problems)
    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} problem(s) in {path}")
        return 1
    print(f"{path.name}: {len(records)} passages, all well formed")
    print("styles:", dict(Counter(r["style"] for r in records).most_common()))
    print("error classes:", dict(sorted(Counter(c for r in records for c in r["classes"]).items())))
    print(f"passages with negated gold: {sum(bool(r['absent']) for r in records)} "
          f"({sum(len(r['absent']) for r in records)} absent pairs); "
          f"with hedged gold: {sum(bool(r['uncertain']) for r in records)} "
          f"({sum(len(r['uncertain']) for r in records)} uncertain pairs)")
    for field in RELEASED:
        counts = Counter(v for r in records for v in r["labels"][field])
        print(f"{field}: {dict(counts.most_common())}")
    for kind in ("absent", "uncertain"):
        print(f"{kind}: {dict(Counter(f'{f}={v}' for r in records for f, v in r[kind]).most_common())}")
    findings = [f for r in records for f in r.get("findings", [])]
    if findings:
        print(f"findings: {len(findings)} lesions; sides {dict(Counter(str(f['side']) for f in findings))}; "
              f"{sum(f['size_mm'] is not None for f in findings)} with a size")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
