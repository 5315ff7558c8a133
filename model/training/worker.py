"""torchrun entry: ``python -m torch.distributed.run ... -m model.training.worker --config FILE [--resume R]``."""

from __future__ import annotations

import argparse
import os
import sys

from model.config import load_config
from udt.errors import UdtError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="model.training.worker")
    parser.add_argument("--config", required=True)
    parser.add_argument("--resume", default=None)
    args = parser.parse_args(argv)
    from model.training.loop import run_training

    try:
        run_training(load_config(args.config), resume=args.resume)
    except UdtError as exc:
        print(f"[rank {os.environ.get('RANK', '0')}] {exc.one_line()}", file=sys.stderr)
        return exc.exit_code
    return 0


if __name__ == "__main__":
    sys.exit(main())
