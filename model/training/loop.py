"""The training loop behind ``model.train`` and ``udt train``.

One process or many (torchrun / ``nproc``): AdamW + cosine warm-up, gradient accumulation and clipping, bf16
autocast on CUDA, CLIP + λ·semantic loss on the global batch, atomic checkpoints with exact resume, clean stop on
SIGINT/SIGTERM, and a stop on a non-finite loss that keeps the last good checkpoint.
"""

from __future__ import annotations

import contextlib
import math
import os
import random
import signal
import sys
import threading
import time
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch import nn

from model.clip_model import WEIGHTS_FILE, UltrasoundCLIP
from model.config import TrainConfig
from model.data.worker_start import worker_start_method
from model.losses import ClipLoss, SemanticLoss
from model.training import distributed as D
from model.training.checkpoint import (
    load_state,
    resolve_checkpoint,
    rng_state,
    save_checkpoint,
    set_rng_state,
)
from model.training.logging import MetricsLogger, Progress
from model.training.run_dir import prepare_data_path, resolve_run_dir
from model.training.sampler import ResumableBatchSampler
from model.training.schedule import cosine_with_warmup
from udt.atomic import atomic_write_text
from udt.errors import ConfigError, DataError, UdtError


class TrainingInterrupted(UdtError):
    """SIGINT/SIGTERM arrived: a checkpoint was saved and the run stopped cleanly.

    The exit code is the shell's for a process ended by that signal (128 + its number: 130 for SIGINT, 143 for
    SIGTERM), so a job scheduler can tell a pre-emption from a Ctrl-C.
    """

    exit_code = 130

    def __init__(self, code: str, message: str, hint: str = "", signum: int | None = None) -> None:
        super().__init__(code, message, hint)
        if signum:
            self.exit_code = 128 + int(signum)


class NonFiniteLoss(UdtError):
    """The loss became NaN/inf; the run stopped and the last good checkpoint was kept."""


@dataclass
class StepContext:
    """What :func:`compute_loss` needs besides the model and the batch."""

    config: TrainConfig
    taxonomy: Any
    clip_loss: ClipLoss
    semantic_loss: SemanticLoss | None
    soft_labeler: Any
    device: torch.device
    autocast: Any
    info: D.DistInfo
    extra: dict[str, Any] = field(default_factory=dict)


def compute_loss(model: nn.Module, core: UltrasoundCLIP, batch: Any, ctx: StepContext) -> tuple[torch.Tensor, dict]:
    """Forward one (micro-)batch; returns the global-batch loss and its parts (floats) for logging.

    The batch arrives with tensors only (``TrainingCollate`` tokenised, built the graphs and encoded the labels
    in the DataLoader workers); under DDP the label codes are all-gathered as a tensor to make the soft labels of
    the global batch.
    """
    dev = ctx.device
    images = batch.images.to(dev, non_blocking=True)
    input_ids = batch.input_ids.to(dev, non_blocking=True)
    attention_mask = batch.attention_mask.to(dev, non_blocking=True)
    with ctx.autocast():
        out = model(images, input_ids, attention_mask, batch.graph, batch.graph_plan)
    clip = ctx.clip_loss(out["image_features"], out["text_features"], out["logit_scale"])
    parts = {"clip_loss": clip}
    loss = clip
    if ctx.semantic_loss is not None:
        codes = D.gather_tensor(batch.label_codes.to(dev, non_blocking=True))
        soft = ctx.soft_labeler.from_codes(codes, device=dev)
        semantic = ctx.semantic_loss(out["image_features"], out["text_features"], soft)
        parts["semantic_loss"] = semantic
        loss = clip + ctx.config.loss.semantic_weight * semantic
    return loss, {k: float(v.detach()) for k, v in parts.items()}


# --------------------------------------------------------------------------------------------------------------


class _StopFlag:
    """Records SIGINT/SIGTERM instead of dying mid-step; the loop saves and stops at the next step boundary."""

    def __init__(self) -> None:
        self.signum: int | None = None
        self._old: dict[int, Any] = {}

    def __enter__(self) -> _StopFlag:
        if threading.current_thread() is threading.main_thread():
            for sig in (signal.SIGINT, signal.SIGTERM):
                self._old[sig] = signal.signal(sig, self._handle)
        return self

    def _handle(self, signum: int, frame: Any) -> None:
        self.signum = signum

    def __exit__(self, *exc: Any) -> None:
        for sig, handler in self._old.items():
            signal.signal(sig, handler)


def _seed_all(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed % 2**32)
    torch.manual_seed(seed)


def _param_groups(model: nn.Module, weight_decay: float) -> list[dict[str, Any]]:
    # No decay on biases, norms, embeddings' scalars and the logit scale (standard CLIP practice).
    decay, no_decay = [], []
    for name, param in model.named_parameters():
        if not param.requires_grad:
            continue
        (no_decay if param.ndim < 2 or "logit_scale" in name else decay).append(param)
    return [{"params": decay, "weight_decay": weight_decay}, {"params": no_decay, "weight_decay": 0.0}]


def _adamw(model: nn.Module, config: TrainConfig) -> torch.optim.Optimizer:
    opt = config.optim
    groups = _param_groups(model, opt.weight_decay)
    try:  # the fused kernel is 4x faster than the per-tensor loop on CPU; older torch builds lack it
        return torch.optim.AdamW(groups, lr=opt.lr, betas=opt.betas, eps=opt.eps, fused=True)
    except (RuntimeError, TypeError):
        return torch.optim.AdamW(groups, lr=opt.lr, betas=opt.betas, eps=opt.eps)


def _check_compatible(saved: dict[str, Any], config: TrainConfig, checkpoint: Path) -> None:
    current = config.model_dump(mode="json")
    for section in ("model",):
        old, new = saved.get(section, {}), current[section]
        diff = sorted(k for k in set(old) | set(new) if old.get(k) != new.get(k) and k != "gradient_checkpointing")
        if diff:
            shown = ", ".join(f"{section}.{k}: {old.get(k)!r} -> {new.get(k)!r}" for k in diff[:3])
            raise ConfigError(
                "train.incompatible_checkpoint",
                f"checkpoint {checkpoint} was trained with a different configuration ({shown})",
                "resume with the run's own config.json, or start a new run",
            )


def _set_determinism(on: bool) -> tuple[bool, bool]:
    """Ask for deterministic kernels when ``on``; returns the process's previous setting (restored by the caller:
    the switch is process-wide, and a caller of ``train()`` keeps its own)."""
    before = (torch.are_deterministic_algorithms_enabled(), torch.is_deterministic_algorithms_warn_only_enabled())
    if on:
        # cuBLAS picks its reduction order per workspace; a fixed workspace makes matrix products repeatable.
        # Read when cuBLAS starts, which is at the first product (after this). warn_only: an op with no
        # deterministic CUDA kernel warns rather than stopping a run the user may not be able to change.
        os.environ.setdefault("CUBLAS_WORKSPACE_CONFIG", ":4096:8")
        torch.use_deterministic_algorithms(True, warn_only=True)
    return before


def _autocast(config: TrainConfig, device: torch.device) -> Any:
    precision = config.run.precision
    if device.type == "cuda" and precision in ("auto", "bf16"):
        return lambda: torch.autocast("cuda", dtype=torch.bfloat16)
    if precision == "bf16":
        return lambda: torch.autocast("cpu", dtype=torch.bfloat16)
    return contextlib.nullcontext


def run_training(config: TrainConfig, *, resume: str | None = None, taxonomy: Any = None) -> Path:
    """Train in this process (rank of a torchrun group, or alone); returns the run directory."""
    from model.card import summarise_data, write_model_card
    from model.config import load_config_taxonomy
    from model.data import ImageTextDataset, open_dataset
    from model.data.collate import TrainingCollate
    from model.data.shard_stream import open_shards
    from model.data.shards import is_shard_dir

    info = D.setup(config.run.device)
    if config.run.threads and info.device.type == "cpu":
        torch.set_num_threads(config.run.threads)
    determinism_before = _set_determinism(config.run.deterministic)
    try:
        tax = taxonomy if taxonomy is not None else load_config_taxonomy(config)
        run_dir = resolve_run_dir(config, resume)
        if info.distributed:  # every rank must write into rank 0's directory
            run_dir = Path(D.gather_json(str(run_dir))[0])
        checkpoint = state = None
        if resume:
            checkpoint = resolve_checkpoint(resume, run_dir)
            state = load_state(checkpoint)
            _check_compatible(state.get("config", {}), config, checkpoint)

        data_path = prepare_data_path(config, info, tax)
        opt = config.optim
        streamed = is_shard_dir(data_path)
        if streamed:  # WebDataset shards: streamed, split across ranks and workers (model/data/shard_stream.py)
            sampler = open_shards(
                data_path,
                config.data.split,
                partial(ImageTextDataset, image_size=config.model.image_size, fail_fast=config.data.fail_fast),
                batch_size=opt.batch_size,
                seed=config.run.seed,
                rank=info.rank,
                world_size=info.world_size,
                num_workers=config.data.num_workers,
                taxonomy_digest=tax.digest,
            )
            dataset = sampler.stream
        else:
            dataset = open_dataset(
                data_path,
                split=config.data.split,
                image_size=config.model.image_size,
                taxonomy=tax,
                seed=config.run.seed,
                fail_fast=config.data.fail_fast,
            )
            sampler = ResumableBatchSampler(len(dataset), opt.batch_size, config.run.seed, info.rank, info.world_size)
        steps_per_epoch = len(sampler) // opt.grad_accum
        if steps_per_epoch == 0:
            raise DataError(
                "train.too_little_data",
                f"{data_path} ({config.data.split}) has {len(dataset)} pairs, fewer than one optimizer step needs "
                f"({opt.batch_size}×{info.world_size} processes×{opt.grad_accum} accumulation)",
                "lower optim.batch_size or optim.grad_accum, or use more data",
            )
        total_steps = opt.max_steps or opt.epochs * steps_per_epoch

        _seed_all(config.run.seed)
        core = UltrasoundCLIP.build(config.model, tax)
        if checkpoint is not None:
            core.load_weights(checkpoint / WEIGHTS_FILE)
        core.to(info.device)
        model: nn.Module = core
        if info.distributed:
            model = nn.parallel.DistributedDataParallel(
                core,
                device_ids=[info.device.index] if info.device.type == "cuda" else None,
                find_unused_parameters=core.graph_encoder is not None,
            )

        optimizer = _adamw(core, config)
        scheduler = cosine_with_warmup(optimizer, total_steps, opt.warmup_steps, opt.min_lr_ratio)
        step, epoch, batch_in_epoch = 0, 0, 0
        if state is not None:
            optimizer.load_state_dict(state["optimizer"])
            scheduler.load_state_dict(state["scheduler"])
            step, epoch, batch_in_epoch = int(state["step"]), int(state["epoch"]), int(state["batch_in_epoch"])
            set_rng_state(state["rng"])
            if info.rank:  # only rank 0's RNG is saved; other ranks get a distinct, reproducible stream
                _seed_all(config.run.seed + 1000 * info.rank + step)
        elif info.rank:
            _seed_all(config.run.seed + 1000 * info.rank)

        if info.is_main:
            run_dir.mkdir(parents=True, exist_ok=True)
            atomic_write_text(run_dir / "config.json", config.to_json())
            core.save_meta(run_dir)
            data_summary = summarise_data(data_path, config.data.split, tax, seed=config.run.seed)
            write_model_card(run_dir, config, data_summary)
        D.barrier()

        soft_labeler = _soft_labeler(config, tax)
        collate = TrainingCollate.for_model(core, config, tax, soft_labeler)
        ctx = StepContext(
            config=config,
            taxonomy=tax,
            clip_loss=ClipLoss(),
            semantic_loss=_semantic(config),
            soft_labeler=soft_labeler,
            device=info.device,
            autocast=_autocast(config, info.device),
            info=info,
        )
        logger = MetricsLogger(run_dir, config, enabled=info.is_main, resume_step=step if state else None)
        progress = Progress(total_steps, config.run.progress, enabled=info.is_main, initial=step)
        last_ckpt: Path | None = checkpoint

        def save() -> Path:
            nonlocal last_ckpt
            payload = {
                "step": step,
                "epoch": epoch,
                "batch_in_epoch": batch_in_epoch,
                "optimizer": optimizer.state_dict(),
                "scheduler": scheduler.state_dict(),
                "rng": rng_state(),
                "config": config.model_dump(mode="json"),
            }
            if info.is_main:
                last_ckpt = save_checkpoint(run_dir, step, core, payload, config.run.keep_checkpoints)
            D.barrier()
            return run_dir / "checkpoints" / f"step_{step:08d}"

        model.train()
        window_start, window_images = time.perf_counter(), 0
        with _StopFlag() as stop, progress:
            while step < total_steps:
                sampler.set_epoch(epoch, skip=batch_in_epoch)
                # Its own generator: creating a loader iterator must not draw from the global RNG (exact resume).
                loader = sampler.loader(collate) if streamed else torch.utils.data.DataLoader(
                    dataset,
                    batch_sampler=sampler,
                    collate_fn=collate,
                    num_workers=config.data.num_workers,
                    multiprocessing_context=worker_start_method(config.data.num_workers, dataset, collate),
                    generator=torch.Generator().manual_seed(config.run.seed * 7919 + epoch),
                )
                limit = steps_per_epoch * opt.grad_accum
                accum_loss: dict[str, float] = {}
                micro = 0
                skipped: list[str] = []  # unreadable images of this epoch, reported at its end
                for batch in loader:
                    if batch_in_epoch >= limit:
                        break
                    batch_in_epoch += 1
                    skipped.extend(getattr(batch, "skipped", ()))
                    batch = _equalise(batch, info, collate)
                    if batch is None:
                        continue
                    micro += 1
                    sync = micro % opt.grad_accum == 0
                    no_sync = model.no_sync if (info.distributed and not sync) else contextlib.nullcontext
                    with no_sync():
                        loss, parts = compute_loss(model, core, batch, ctx)
                        if D.any_flag(not math.isfinite(float(loss.detach())), info.device):
                            raise NonFiniteLoss(
                                "train.nan_loss",
                                f"loss became {float(loss.detach())} at step {step + 1} (epoch {epoch}); stopped",
                                f"last good checkpoint kept: {last_ckpt or 'none saved yet'}; lower optim.lr or check "
                                "the data",
                            )
                        # DDP averages gradients over ranks; each rank's loss is already the global-batch loss.
                        (loss * info.world_size / opt.grad_accum).backward()
                    parts["loss"] = float(loss.detach())
                    for k, v in parts.items():
                        accum_loss[k] = accum_loss.get(k, 0.0) + v / opt.grad_accum
                    window_images += len(batch) * info.world_size
                    if not sync:
                        continue
                    grad_norm = None
                    if opt.clip_grad_norm:
                        grad_norm = float(torch.nn.utils.clip_grad_norm_(core.parameters(), opt.clip_grad_norm))
                    optimizer.step()
                    optimizer.zero_grad(set_to_none=True)
                    scheduler.step()
                    step += 1
                    micro = 0
                    now = time.perf_counter()
                    ips = window_images / max(now - window_start, 1e-9)
                    progress.update(step, accum_loss["loss"], ips)
                    if step % config.run.log_every == 0 or step == total_steps:
                        logger.log_step(
                            step=step,
                            epoch=epoch,
                            lr=scheduler.get_last_lr()[0],
                            logit_scale=float(core.logit_scale.detach().exp()),
                            images_per_s=ips,
                            grad_norm=grad_norm,
                            **accum_loss,
                        )
                        window_start, window_images = now, 0
                    accum_loss = {}
                    if config.run.save_every and step % config.run.save_every == 0:
                        save()
                    signum = stop.signum if stop.signum is not None else None
                    if D.any_flag(signum is not None, info.device):
                        path = save()
                        logger.log_event("interrupted", step=step, signal=signum)
                        name = signal.Signals(signum).name if signum else "a signal on another rank"
                        raise TrainingInterrupted(
                            "train.interrupted",
                            f"stopped by {name} at step {step}; checkpoint saved to {path}",
                            f"continue with: udt train --out {run_dir} --resume latest",
                            signum=signum,
                        )
                    if step >= total_steps:
                        break
                if skipped:
                    logger.log_event("skipped_images", epoch=epoch, count=len(skipped), keys=skipped[:20])
                    if info.is_main:
                        print(
                            f"warning: epoch {epoch}: skipped {len(skipped)} unreadable image(s), e.g. "
                            f"{', '.join(skipped[:3])} (set data.fail_fast=true to stop at the first one)",
                            file=sys.stderr,
                        )
                if batch_in_epoch >= limit:
                    logger.log_event("epoch", step=step, epoch=epoch)
                    epoch, batch_in_epoch = epoch + 1, 0
                if step >= total_steps:
                    break
            saved_now = config.run.save_every and step % config.run.save_every == 0
            final = run_dir / "checkpoints" / f"step_{step:08d}" if saved_now else save()
        if info.is_main:
            core.save_weights(run_dir / WEIGHTS_FILE)
            parameters = sum(p.numel() for p in core.parameters())
            write_model_card(run_dir, config, data_summary, steps=step, parameters=parameters)
            logger.log_event("done", step=step, checkpoint=str(final))
        logger.close()
        D.barrier()
        return run_dir
    finally:
        torch.use_deterministic_algorithms(determinism_before[0], warn_only=determinism_before[1])
        D.teardown(info)


def _equalise(batch: Any, info: D.DistInfo, collate: Any) -> Any:
    """Trim batches to the smallest size across ranks (unreadable images shrink a batch); None if < 2 left.

    A trimmed batch gets its model inputs made again (rare: only when a rank dropped unreadable images).
    """
    size = len(batch)
    if info.distributed:
        sizes = D.gather_json(size)
        size = min(sizes)
    if size < 2:
        return None
    if size < len(batch):
        batch.images = batch.images[:size]
        for name in ("captions", "labels", "case_ids", "keys"):
            setattr(batch, name, getattr(batch, name)[:size])
        collate.fill(batch)
    return batch


def _semantic(config: TrainConfig) -> SemanticLoss | None:
    cfg = config.loss
    if not cfg.semantic_loss:
        return None
    return SemanticLoss(cfg.semantic_tau, cfg.semantic_mse_weight, cfg.semantic_kl_weight, cfg.semantic_symmetric)


def _soft_labeler(config: TrainConfig, taxonomy: Any) -> Any:
    if not config.loss.semantic_loss:
        return None
    from graphing import SoftLabeler

    return SoftLabeler(
        taxonomy, missing=config.loss.soft_label_missing, one_sided_weight=config.loss.soft_label_one_sided
    )
