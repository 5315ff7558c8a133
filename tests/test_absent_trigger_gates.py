"""Report-level gates that skip a pass when the report cannot hold what the pass looks for (output unchanged):
row labels ("N1", "LD-1", "(ii)": labelled_rows._LABEL_CHANCE), "-ous" lesion adjectives
(marked_lists.may_hold_adjective) and denied free fluid (fluid_space_labels.denied_unplaced). Each passage must read
the same through the gate as with the gate forced open, and the passages that hold the trigger must still fire.
Passages written for this file."""

from __future__ import annotations

import re

import pytest

from udt.parser import ReportParser, labelled_rows, lesion_lists
from udt.parser.marked_lists import may_hold_adjective

_SPACE = "Peritoneum mesentery and omentum"

# Label passages: (text, whether the gate lets the walk run, whether the walk finds a list of labelled rows).
LABEL_PASSAGES: list[tuple[str, bool, bool]] = [
    ("Nodules:\nN1 - right lobe, upper pole: solid, 14 mm.\nN2 - left lobe: spongiform, 8 mm.", True, True),
    ("LD-1 lower third: solid, 12 mm. LD-2 upper third: cystic, 6 mm.", True, True),  # two capitals and a hyphen
    # a lower-case Roman numeral in brackets, rows run on after semicolons: the walk runs (what it finds is its own)
    ("Lesions:\n(i) Right forearm, posterior: 19 mm.\n(ii) Left calf: 11 mm.", True, False),
    ("Thyroid: N1 12 mm; N2 7 mm; N3 5 mm.", True, False),
    # a capital beside a digit that labels nothing: the walk runs and finds nothing
    ("T2 hyperintense focus of the liver, 9 mm. No other lesion.", True, False),
    # near misses the gate shuts on: lower-case labels, a number after a space, no label at all
    ("n1 and n2 are small, 4 mm and 5 mm.", False, False),
    ("Liver normal. Simple cyst in the left kidney, 12 mm.", False, False),
    ("Right kidney 10.4 cm. Left kidney 10.9 cm. No hydronephrosis.", False, False),
    ("Right lobe 4.1 x 1.6 x 1.5 cm (volume 5 ml).", True, False),  # "(v" may open a Roman numeral: the walk runs
]


def _open_label_gate(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(labelled_rows, "_LABEL_CHANCE", re.compile(""))  # (matches everywhere: the full walk)


def _label_lists(text: str) -> list[tuple[str, list[tuple[int, int, int]]]]:
    doc = ReportParser().nlp(text)
    cols = [t.idx for t in doc]
    role: list[str | None] = ["colon" if t.text == ":" else None for t in doc]
    starts = [s.start for s in doc.sents]
    return labelled_rows._listed_labels(role, starts, text, cols)


@pytest.mark.parametrize(("text", "gate_open", "found"), LABEL_PASSAGES)
def test_label_gate_reads_as_the_full_walk(text: str, gate_open: bool, found: bool,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    gate = labelled_rows._LABEL_CHANCE.search(text) is not None or any(
        opening in text for opening in labelled_rows._ROMAN_OPENINGS)
    assert gate is gate_open
    gated = _label_lists(text)
    assert bool(gated) is found
    _open_label_gate(monkeypatch)
    assert _label_lists(text) == gated


@pytest.mark.parametrize("text", [t for t, gate_open, _ in LABEL_PASSAGES if gate_open])
def test_labelled_rows_still_fire_through_the_gate(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    parser = ReportParser()
    gated = [(f.kind, f.diagnosis, f.laterality, f.size_mm) for f in parser.parse(text).findings]
    _open_label_gate(monkeypatch)
    assert [(f.kind, f.diagnosis, f.laterality, f.size_mm) for f in parser.parse(text).findings] == gated


def test_adjective_gate_words() -> None:
    assert may_hold_adjective("uterus enlarged, polymyomatous.")
    assert may_hold_adjective("utérus myomateux")  # (not ASCII: always tried)
    assert not may_hold_adjective("uterus 8 cm, two myomas, 31 mm and 18 mm.")


@pytest.mark.parametrize("text", [
    "Uterus 12 cm, polymyomatous. Two myomas:\n- anterior wall 31 mm\n- fundus 18 mm",
    "UTERUS ENLARGED AND MYOMATOUS. FIBROIDS: ANTERIOR 3 CM, POSTERIOR 2 CM.",
])
def test_adjective_named_by_its_word_is_still_dropped(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # The adjective and the myomas name the same lesions: two sized lesions, no unsized third (the adjective's),
    # as with the gate forced open; with the gate shut the adjective would stay.
    parser = ReportParser()
    gated = [(f.kind, f.size_mm) for f in parser.parse(text).findings if f.kind == "lesion"]
    assert len(gated) == 2 and all(size for _, size in gated)
    monkeypatch.setattr(lesion_lists, "may_hold_adjective", lambda low: True)
    assert [(f.kind, f.size_mm) for f in parser.parse(text).findings if f.kind == "lesion"] == gated


@pytest.mark.parametrize(("text", "labelled"), [
    ("Liver, gallbladder and spleen unremarkable. No free fluid.", True),
    ("Bladder empty. Free fluid: none.", True),
    ("Liver unremarkable. No focal lesion. No ascites in the liver hilum.", False),  # a denied lesion, no free fluid
])
def test_denied_free_fluid_still_labels_its_space(text: str, labelled: bool) -> None:
    assert (_SPACE in ReportParser().parse(text).labels["Organ_level"]) is labelled
