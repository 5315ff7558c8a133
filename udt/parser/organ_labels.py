"""Adding and dropping organ labels in a report's labels: an organ comes with its body system, and goes with it
unless another organ of that system is still labelled (a system is labelled for the organs it holds, never on its
own).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping


def drop_organ_label(labels: dict[str, set[str]], system_field: str, organ_field: str, organ: str,
                     system_of: Mapping[str, str | None]) -> None:
    """Discard ``organ`` from ``labels[organ_field]``, and its system from ``labels[system_field]`` where no organ
    left there belongs to it, in place."""
    organs = labels[organ_field]
    organs.discard(organ)
    system = system_of.get(organ)
    if system is not None and not any(system_of.get(o) == system for o in organs):
        labels[system_field].discard(system)


def label_organs(organs: Iterable[str], labels: dict[str, set[str]], organ_field: str, system_field: str,
                 system_of: Mapping[str, str | None]) -> None:
    """Label each organ and its body system."""
    for organ in organs:
        labels[organ_field].add(organ)
        if (system := system_of.get(organ)) is not None:
            labels[system_field].add(system)
