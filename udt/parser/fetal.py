"""Fetal anatomy at a pregnancy scan: named by the report, never the patient's organ examined.

The guideline labels the uterus, placenta and gestational sac of an obstetric scan, never fetal anatomy: "fetal
kidneys normal", "the baby's bladder", "abdominal circumference 160 mm" (biometry) name no organ of the mother. In
a report that speaks of a pregnancy, anatomy qualified as the fetus's, or named as a biometric measurement, is
dropped before the organs are read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from udt.parser import termset as ts
from udt.parser.trigger_groups import TRIGGER_GROUPS
from udt.parser.wordids import word_ids

if TYPE_CHECKING:
    from spacy.strings import StringStore

    from udt.parser.record import MentionRecord


class FetalAnatomy:
    """Drops the anatomy mentions that name the fetus's anatomy in a pregnancy report."""

    def __init__(self, strings: StringStore, anatomy_fields: frozenset[str]) -> None:
        self._anatomy = anatomy_fields
        self._pregnancy = word_ids(strings, (*ts.PREGNANCY_WORDS, *ts.FETAL_STUDY_WORDS))
        self._fetal = word_ids(strings, ts.FETAL_OWNER_WORDS)
        self._biometry = word_ids(strings, ts.FETAL_BIOMETRY_WORDS)
        self._owner = strings.add("baby")
        self._possessive = word_ids(strings, ("'s", "’s"))
        self._joiners = word_ids(strings, ("and", "or", ",", "/", "&"))
        self._of = strings.add("of")
        self._articles = word_ids(strings, ("the", "a", "this"))
        self._pregnancy_gate = TRIGGER_GROUPS.group(self._pregnancy)  # (settle's: trigger_groups.py)

    def settle(self, spans: list[MentionRecord], lower: list[int], touched: frozenset[int]) -> None:
        """Remove, in place, the fetal anatomy mentions of a pregnancy report (``lower``: LOWER ids per token;
        ``touched``: the trigger groups of its words, ``TokenColumns.touched``)."""
        if self._pregnancy_gate not in touched:
            return  # (most reports: one probe)
        marks = self.marks(spans, lower)
        if any(marks):
            spans[:] = [rec for rec, fetal in zip(spans, marks, strict=True) if not fetal]

    def marks(self, spans: list[MentionRecord], lower: list[int]) -> list[bool]:
        """Which of ``spans`` are anatomy the report qualifies as the fetus's ("fetal kidneys and bladder": a list
        shares its owner); :mod:`udt.parser.fetal_scope` reads the rest of the fetus's mentions from them."""
        out: list[bool] = []
        last_fetal_end = -1  # end of the last fetal anatomy: "fetal kidneys and bladder" shares its owner
        for rec in spans:
            fetal = rec.field in self._anatomy and (self._fetal_part(rec, lower) or (
                last_fetal_end >= 0 and 0 < rec.start - last_fetal_end <= 2
                and self._joiners.issuperset(lower[last_fetal_end:rec.start])))
            if fetal:
                last_fetal_end = rec.end
            out.append(fetal)
        return out

    def _fetal_part(self, rec: MentionRecord, lower: list[int]) -> bool:
        start, end = rec.start, rec.end
        if start > 0 and lower[start - 1] in self._fetal:
            return True  # "fetal kidneys", "foetal heart"
        if start > 1 and lower[start - 1] in self._possessive and lower[start - 2] == self._owner:
            return True  # "the baby's bladder"
        if end + 1 < len(lower) and lower[end] == self._of:
            # "the left ventricle of the fetal heart", "the stomach of the fetus": the fetus owns what it names
            j = end + 1 + (lower[end + 1] in self._articles)
            if j < len(lower) and lower[j] in self._fetal:
                return True
        return end < len(lower) and lower[end] in self._biometry  # "abdominal circumference", "femur length"
