"""GPU throughput: ViT-B/16 + BERT-base at 224 px, bf16 autocast, batch 256, with and without graph/semantic loss.

Random-initialised transformers configs built here (no hub access). Prints images/s and peak GPU memory per
variant, and the overhead ratios against plain CLIP measured in the same process. Exits with a message when
CUDA is not available.

    python benchmarks/gpu_throughput.py [--batch 256] [--steps 20]
"""

from __future__ import annotations

import argparse
import sys
import time

import torch


def run_step(model, opt, batch) -> None:
    """One full training step (tokenise, graph, forward in bf16, losses, backward, AdamW)."""
    images, captions, records, graph, labeler, device, clip_loss, sem_loss = batch
    tokens = model.tokenize(captions)
    g = model.build_graphs(records) if graph else None
    with torch.autocast("cuda", dtype=torch.bfloat16):
        out = model(images, tokens["input_ids"], tokens["attention_mask"], g)
    loss = clip_loss(out["image_features"], out["text_features"], out["logit_scale"])
    if labeler is not None:
        soft = labeler.batch(records, device=device)
        loss = loss + sem_loss(out["image_features"], out["text_features"], soft)
    loss.backward()
    opt.step()
    opt.zero_grad(set_to_none=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch", type=int, default=256)
    parser.add_argument("--steps", type=int, default=20)
    parser.add_argument("--warmup", type=int, default=3)
    args = parser.parse_args()
    if not torch.cuda.is_available():
        print("gpu_throughput: CUDA is not available on this machine; nothing to measure (run it on a GPU host).")
        return 0

    from transformers import BertConfig, BertModel, ViTConfig, ViTModel

    import udt
    from model.clip_model import UltrasoundCLIP
    from model.config import ModelConfig
    from model.encoders import ImageTower, TextTower, load_tokenizer
    from model.losses import ClipLoss, SemanticLoss

    sys.path.insert(0, str(__import__("pathlib").Path(__file__).parent))
    from train_step import sample_records

    tax = udt.load_taxonomy()
    device = torch.device("cuda")
    records, captions = sample_records(tax, args.batch)
    images = torch.randn(args.batch, 3, 224, 224, device=device)
    variants = {
        "plain CLIP": (False, False),
        "graph only": (True, False),
        "semantic only": (False, True),
        "full (graph + semantic)": (True, True),
    }
    results = {}
    for name, (graph, semantic) in variants.items():
        torch.manual_seed(0)
        cfg = ModelConfig(image_size=224, embed_dim=512, graph=graph, max_text_length=77)
        tokenizer = load_tokenizer(cfg)
        image = ImageTower(ViTModel(ViTConfig(image_size=224, patch_size=16), add_pooling_layer=False))
        text = TextTower(BertModel(BertConfig(vocab_size=len(tokenizer)), add_pooling_layer=False))
        meta = None
        if graph:
            from model.clip_model import graph_metadata_for

            meta = graph_metadata_for(tax)
        model = UltrasoundCLIP(cfg, tokenizer, image, text, meta, tax).to(device).train()
        opt = torch.optim.AdamW(model.parameters(), lr=1e-4, fused=True)
        clip_loss, sem_loss = ClipLoss(), SemanticLoss()
        labeler = None
        if semantic:
            from graphing import SoftLabeler

            labeler = SoftLabeler(tax)
        torch.cuda.reset_peak_memory_stats()

        batch = (images, captions, records, graph, labeler, device, clip_loss, sem_loss)
        for _ in range(args.warmup):
            run_step(model, opt, batch)
        torch.cuda.synchronize()
        t0 = time.perf_counter()
        for _ in range(args.steps):
            run_step(model, opt, batch)
        torch.cuda.synchronize()
        per_step = (time.perf_counter() - t0) / args.steps
        results[name] = (per_step, torch.cuda.max_memory_allocated() / 2**30)
        del model, opt
        torch.cuda.empty_cache()

    print(f"device {torch.cuda.get_device_name()}, ViT-B/16 + BERT-base, 224 px, bf16 autocast, batch {args.batch}")
    base = results["plain CLIP"][0]
    for name, (per_step, mem) in results.items():
        print(f"  {name:26s} {args.batch / per_step:8.1f} images/s  {per_step * 1000:8.1f} ms/step  "
              f"peak {mem:6.2f} GiB  x{per_step / base:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
