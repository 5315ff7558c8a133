"""How long loading the shipped ontology takes (cold parse, cached call) and the CLI's start-up.

Prints figures measured on this machine; the issue's target is "well under a second" for a cold load.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time


def main() -> None:
    start = time.perf_counter()
    import udt
    from udt.taxonomy.load import _load

    import_s = time.perf_counter() - start
    def timed_loads(cache: str | None) -> list[float]:
        if cache is None:
            os.environ.pop("UDT_CACHE_DIR", None)
        else:
            os.environ["UDT_CACHE_DIR"] = cache
        times = []
        for _ in range(5):
            _load.cache_clear()
            start = time.perf_counter()
            udt.load_taxonomy()
            times.append(time.perf_counter() - start)
        return times

    parses = timed_loads("")  # snapshot disabled: rdflib parse + extract every time
    colds = timed_loads(None)  # a new process with the JSON snapshot present
    tax = udt.load_taxonomy()
    start = time.perf_counter()
    for _ in range(1000):
        udt.load_taxonomy()
    cached_us = (time.perf_counter() - start) / 1000 * 1e6
    lookups = ["hypoechoic", "echo-poor", "CBD", "right thyroid lobe", "ill defined", "UDT:0000042"] * 1000
    start = time.perf_counter()
    for text in lookups:
        tax.find(text)
    lookup_us = (time.perf_counter() - start) / len(lookups) * 1e6
    cli = []
    for _ in range(3):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "from udt.cli.main import run; run()", "--help"],
                       check=True, capture_output=True)
        cli.append(time.perf_counter() - start)
    print(f"ontology: {len(tax)} concepts, {sum(len(c.synonyms) for c in tax)} synonyms")
    print(f"import udt: {import_s * 1000:.1f} ms")
    print(f"load with RDF/XML parse (no snapshot): best {min(parses) * 1000:.0f} ms, median "
          f"{sorted(parses)[2] * 1000:.0f} ms")
    print(f"load from JSON snapshot: best {min(colds) * 1000:.1f} ms, median {sorted(colds)[2] * 1000:.1f} ms "
          f"({sorted(parses)[2] / sorted(colds)[2]:.1f}x faster than parsing)")
    print(f"cached load_taxonomy(): {cached_us:.2f} us  (in-process lru cache)")
    print(f"find(): {lookup_us:.2f} us per look-up")
    print(f"udt --help (subprocess, incl. interpreter start): best {min(cli) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
