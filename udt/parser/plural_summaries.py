"""A summary that names a diagnosis in the plural ("Conclusion: Liver cysts."; "Besluit: two hemangiomas";
"Impression: liver abscesses (segment VII and IVb)"; "Right kidney cysts (2)") names every lesion of its organ that
the findings described without a name ("In S4 anechoic formation 1,8 cm. In S7 similar formation 0,6 cm";
"another anechoic area 1.4 cm"): those lesions take its concept and diagnosis.

Guideline: a lesion word alone ("lesion", "formation", "area") has no Diagnosis value, but the lesion is what the
report's summary calls it. A singular summary ("Hepatic hemangioma in segment 6") names one lesion, which
restated.py folds into the lesion it restates; the similar one beside it stays unnamed. A hedged summary
("probably fibroadenomas") names none: only asserted summary lesions count. A summary lesion with a side names only
the unnamed lesions of that side (or without one). Where two measured lesions of the organ (and side) already carry
the diagnosis, the plural is theirs ("cyst of 14 mm and other cyst of 9 mm ... Simple cysts right kidney"), and an
unnamed lesion beside them keeps no name; so does one the summary itself restates unnamed or hedged ("L testicular
lesion ?seminoma. Small bilateral hydroceles").

Linear in the findings; run only for reports with a summary lesion.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple, Protocol

if TYPE_CHECKING:
    from collections.abc import Sequence
    from collections.abc import Set as AbstractSet


class _Lesion(Protocol):
    """A finding draft or a finding: what these rules read, and the two names they set."""

    diagnosis: str | None
    concept: str | None

    @property
    def kind(self) -> str: ...
    @property
    def organ(self) -> str | None: ...
    @property
    def laterality(self) -> str | None: ...
    @property
    def status(self) -> str: ...
    @property
    def mentions(self) -> list[int]: ...
    @property
    def size_mm(self) -> list[float]: ...


_Name = tuple[str | None, str | None, str | None]  # (side, concept, diagnosis) of a plural summary lesion


class SummaryNames(NamedTuple):
    """What the findings say before restated.py folds the summary lesions away."""

    names: dict[str, list[_Name]]  # organ -> its asserted plural summary lesions
    measured: list[tuple[str | None, str | None, str | None]]  # (organ, diagnosis, side) of the named measured
    # lesions of the findings proper (not the summary's own, sized by "the largest 4.8 cm")


def plural_summary_names(
    findings: Sequence[_Lesion], summary_made: AbstractSet[int], plural: AbstractSet[int], generic: str | None
) -> SummaryNames | None:
    """The asserted plural summary lesions by organ, or None where there is none."""
    named: dict[str, list[_Name]] = {}
    open_organs: set[str] = set()  # organs the summary also names an unnamed or hedged lesion of
    for k in summary_made:
        s = findings[k]
        if s.kind != "lesion":
            continue
        if (
            s.status == "present"
            and s.diagnosis is not None
            and s.concept != generic
            and s.organ is not None
            and s.mentions
            and s.mentions[0] in plural
        ):
            named.setdefault(s.organ, []).append((s.laterality, s.concept, s.diagnosis))
        elif s.status != "absent" and s.organ is not None and (s.concept == generic or s.status != "present"):
            open_organs.add(s.organ)
    # "Conclusion: L testicular lesion ?seminoma. Small bilateral hydroceles": the summary restates the unnamed
    # lesion as one still unnamed (or hedged); the plural is about other lesions of the organ.
    for organ in open_organs:
        named.pop(organ, None)
    if not named:
        return None
    measured: list[tuple[str | None, str | None, str | None]] = [
        (e.organ, e.diagnosis, e.laterality)
        for k, e in enumerate(findings)
        if k not in summary_made and e.kind == "lesion" and e.diagnosis is not None and e.size_mm
    ]
    return SummaryNames(named, measured)


def name_by_plural_summary(findings: Sequence[_Lesion], summary: SummaryNames, generic: str | None) -> None:
    """Give each unnamed lesion the concept and diagnosis of an asserted plural summary lesion of its organ (the
    findings as restated.py left them: a summary lesion it kept is no unnamed one)."""
    named = summary.names
    for f in findings:
        if (
            f.kind != "lesion"
            or f.concept != generic
            or f.diagnosis is not None
            or f.status != "present"
            or f.organ is None
            or f.organ not in named
        ):
            continue
        fits = [(c, d) for side, c, d in named[f.organ] if side in (None, "bilateral") or f.laterality in (None, side)]
        if len({d for _, d in fits}) != 1:  # two plural names of the organ: no telling which it is
            continue
        # Two measured lesions already named so ("cyst of 14 mm and other cyst of 9 mm ... Simple cysts right
        # kidney") are the plural's lesions: an unnamed one beside them is something else (a shadowing "image").
        diagnosis = fits[0][1]
        if (
            sum(
                1
                for organ, dx, side in summary.measured
                if organ == f.organ and dx == diagnosis and side in (None, f.laterality)
            )
            < 2
        ):
            f.concept, f.diagnosis = fits[0]
