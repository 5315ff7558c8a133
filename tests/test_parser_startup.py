"""Start-up helpers of parsing processes: what they change in the process, and that it can be undone."""

from __future__ import annotations

import gc

from udt.parser.startup import BATCH_GEN0_THRESHOLD, freeze_long_lived_objects


def test_batch_gc_settings_are_applied_and_reversible() -> None:
    before = gc.get_threshold()
    frozen_before = gc.get_freeze_count()
    old = freeze_long_lived_objects()
    try:
        assert old == before
        assert gc.get_threshold() == (max(before[0], BATCH_GEN0_THRESHOLD), *before[1:])
        assert gc.get_freeze_count() >= frozen_before
        assert gc.get_freeze_count() > 0  # the objects alive at the call are out of the generations
    finally:
        gc.unfreeze()
        gc.set_threshold(*old)
    assert gc.get_threshold() == before

