"""Run logging: ``metrics.jsonl`` (one JSON object per line), optional TensorBoard, a rich progress bar."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

from model.config import TrainConfig
from udt.atomic import atomic_write_text

METRICS_FILE = "metrics.jsonl"


class MetricsLogger:
    """Appends step and event records to ``RUN/metrics.jsonl``; on resume, drops records past the checkpoint."""

    def __init__(self, run_dir: Path, config: TrainConfig, *, enabled: bool = True, resume_step: int | None = None):
        self.enabled = enabled
        self.path = run_dir / METRICS_FILE
        self._handle = None
        self._tb = None
        if not enabled:
            return
        if resume_step is not None and self.path.is_file():
            kept = [
                line
                for line in self.path.read_text(encoding="utf-8").splitlines()
                if line.strip() and json.loads(line).get("step", 0) <= resume_step
            ]
            atomic_write_text(self.path, "".join(line + "\n" for line in kept))
        elif resume_step is None and self.path.exists():
            self.path.unlink()
        self._handle = self.path.open("a", encoding="utf-8")
        if config.run.tensorboard:
            try:
                from torch.utils.tensorboard import SummaryWriter
            except ImportError:
                print("tensorboard is not installed; pip install 'udt[tensorboard]' (logging to metrics.jsonl only)",
                      file=sys.stderr)
            else:
                self._tb = SummaryWriter(str(run_dir / "tensorboard"))

    def _write(self, record: dict[str, Any]) -> None:
        if self._handle is None:
            return
        self._handle.write(json.dumps(record) + "\n")
        self._handle.flush()

    def log_step(self, *, step: int, **values: Any) -> None:
        if not self.enabled:
            return
        self._write({"step": step, **values, "time": round(time.time(), 3)})
        if self._tb is not None:
            for key, value in values.items():
                if isinstance(value, (int, float)) and key != "epoch":
                    self._tb.add_scalar(f"train/{key}", value, step)

    def log_event(self, event: str, **values: Any) -> None:
        if self.enabled:
            self._write({"event": event, **values, "time": round(time.time(), 3)})

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None
        if self._tb is not None:
            self._tb.close()


class Progress:
    """A rich progress bar (loss, images/s, ETA) on a TTY; silent otherwise or when ``mode == "off"``."""

    def __init__(self, total: int, mode: str = "auto", *, enabled: bool = True, initial: int = 0) -> None:
        show = enabled and (mode == "on" or (mode == "auto" and sys.stderr.isatty()))
        self._bar = None
        self._task = None
        if show:
            from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeRemainingColumn
            from rich.progress import Progress as RichProgress

            self._bar = RichProgress(
                TextColumn("train"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("loss {task.fields[loss]:.4f}  {task.fields[ips]:.1f} img/s"),
                TimeRemainingColumn(),
                transient=False,
            )
            self._task = self._bar.add_task("train", total=total, completed=initial, loss=float("nan"), ips=0.0)

    def __enter__(self) -> Progress:
        if self._bar is not None:
            self._bar.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        if self._bar is not None:
            self._bar.stop()

    def update(self, step: int, loss: float, images_per_s: float) -> None:
        if self._bar is not None:
            self._bar.update(self._task, completed=step, loss=loss, ips=images_per_s)
