"""`--set` typos name the nearest config key."""

from __future__ import annotations

import pytest

from model.config import load_config
from udt.errors import ConfigError


@pytest.mark.parametrize(
    ("override", "suggestion"),
    [
        ("optim.lrr=0.1", "'optim.lr'"),
        ("model.grpah=false", "'model.graph'"),
        ("max_step=3", "'optim.max_steps'"),
        ("run.save_evry=2", "'run.save_every'"),
    ],
)
def test_typo_suggests_the_nearest_key(override, suggestion):
    with pytest.raises(ConfigError) as info:
        load_config(None, [override])
    line = info.value.one_line()
    assert "unknown config key" in line and f"did you mean {suggestion}" in line and "\n" not in line


def test_nothing_close_gives_the_general_hint():
    with pytest.raises(ConfigError) as info:
        load_config(None, ["optim.zzzzzz=1"])
    assert "did you mean" not in info.value.one_line() and "model/config.py" in info.value.one_line()
