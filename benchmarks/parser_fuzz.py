"""Parser fuzzer: parse many mangled variants of the development reports and print every exception and every
parse that is slow for its length, grouped by cause (exception type and the innermost ``udt/parser`` frame).

A crash on one report loses a whole corpus run for a user, so the parser must return *something* for any text.
The variants are what real writers, copy-paste and OCR do to a report: lines shuffled or dropped, reports joined,
words dropped or doubled, case changed, punctuation removed or doubled, numbers and units altered, bars and tabs
inserted, unicode dashes, spaces and zero-width characters, very long lines, a table row repeated many times,
brackets nested, headings and sides repeated. Each variant is drawn from a seeded ``random.Random`` so a run is
reproducible: ``--seed`` and ``--variants`` name it, and each finding prints the (report index, mutator, seed)
that rebuilds its text with ``--show``.

Texts: every report of ``tests/data/reports_gold.jsonl`` and the development files of ``benchmarks/data`` -- never
the sealed ones (``_parser_scoring.SEALED``) nor the validation files, whose text must not be printed.

Run: ``python benchmarks/parser_fuzz.py [--variants 3000] [--seed 0] [--slow-ms-per-kb 400]``;
``python benchmarks/parser_fuzz.py --show REPORT MUTATOR SEED`` prints one variant's text.
No network; one process.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from _parser_scoring import SEALED  # noqa: E402

# Validation files of the current stop: kept out like the sealed ones (their text must stay unseen).
VALIDATION = ("reports_multiorgan_findings_57.jsonl", "reports_multiorgan_findings_58.jsonl")


def source_texts() -> list[str]:
    """The development reports, in a fixed order (sealed and validation files left out)."""
    sealed = {Path(p).resolve() for p in SEALED}
    files = [
        ROOT / "tests/data/reports_gold.jsonl",
        *(
            f
            for f in sorted((ROOT / "benchmarks/data").glob("reports_*.jsonl"))
            if f.resolve() not in sealed and f.name not in VALIDATION
        ),
    ]
    return [
        json.loads(line)["text"] for f in files for line in f.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


Mutator = Callable[[str, random.Random, list[str]], str]

_WORD = re.compile(r"\S+")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_UNIT = re.compile(r"\b(?:mm|cm|ml|cc|mL|m|x|×)\b")
_ODD_CHARS = [
    "\u2013",
    "\u2014",
    "\u2212",
    "\u00a0",
    "\u2009",
    "\u200b",
    "\u200d",
    "\ufeff",
    "\u00b7",
    "\u2022",
    "\u00d7",
    "\t",
    "|",
    "||",
    "\u3000",
    "\u202f",
    "\u2028",
    "\r",
    "\x0c",
    "\u0301",
    "\ud7ff",
]
_PUNCT = ".,;:()[]-/|*"


def _lines(text: str) -> list[str]:
    return text.split("\n")


def shuffle_lines(text: str, rng: random.Random, _: list[str]) -> str:
    lines = _lines(text)
    rng.shuffle(lines)
    return "\n".join(lines)


def join_reports(text: str, rng: random.Random, pool: list[str]) -> str:
    others = [rng.choice(pool) for _ in range(rng.randint(1, 4))]
    sep = rng.choice(["\n\n", "\n", " ", "", "\n\n\n\n", " | "])
    return sep.join([text, *others])


def drop_lines(text: str, rng: random.Random, _: list[str]) -> str:
    return "\n".join(line for line in _lines(text) if rng.random() > 0.35)


def drop_words(text: str, rng: random.Random, _: list[str]) -> str:
    p = rng.choice([0.1, 0.3, 0.6])
    return _WORD.sub(lambda m: "" if rng.random() < p else m.group(), text)


def double_words(text: str, rng: random.Random, _: list[str]) -> str:
    return _WORD.sub(lambda m: f"{m.group()} {m.group()}" if rng.random() < 0.2 else m.group(), text)


def change_case(text: str, rng: random.Random, _: list[str]) -> str:
    how = rng.choice(["upper", "lower", "title", "swap", "random"])
    if how == "random":
        return "".join(c.upper() if rng.random() < 0.5 else c.lower() for c in text)
    return getattr(text, how if how != "swap" else "swapcase")()


def drop_punct(text: str, rng: random.Random, _: list[str]) -> str:
    chars = rng.choice([_PUNCT, ".", ",;:", "()[]", "-/"])
    return "".join(c for c in text if c not in chars)


def double_punct(text: str, rng: random.Random, _: list[str]) -> str:
    n = rng.choice([2, 3, 8])
    return "".join(c * n if c in _PUNCT and rng.random() < 0.5 else c for c in text)


def alter_numbers(text: str, rng: random.Random, _: list[str]) -> str:
    def one(m: re.Match[str]) -> str:
        return rng.choice(
            [
                "0",
                "0.0",
                "999999",
                "1e5",
                "1.2.3",
                "-4",
                "4-",
                ".5",
                "5.",
                "1,5",
                "3x4x5",
                "x",
                "10000000000000000000000",
                "½",
                "٣",
                "²",
                m.group() * 3,
                "",
            ]
        )

    return _NUMBER.sub(lambda m: one(m) if rng.random() < 0.5 else m.group(), text)


def alter_units(text: str, rng: random.Random, _: list[str]) -> str:
    return _UNIT.sub(
        lambda _m: rng.choice(["mm", "cm", "MM", "CM", "mmm", "m m", "c.m.", "", "x", "×", "*", "cmx"]), text
    )


def insert_bars_tabs(text: str, rng: random.Random, _: list[str]) -> str:
    out = []
    for token in re.split(r"(\s+)", text):
        out.append(token)
        if rng.random() < 0.15:
            out.append(rng.choice(["|", " | ", "\t", "\t\t", "|\t|", " || ", "\n|", "|\n"]))
    return "".join(out)


def odd_chars(text: str, rng: random.Random, _: list[str]) -> str:
    p = rng.choice([0.02, 0.1])
    return "".join(c + rng.choice(_ODD_CHARS) if rng.random() < p else c for c in text)


def unicode_swaps(text: str, rng: random.Random, _: list[str]) -> str:
    table = {
        "-": rng.choice(["\u2013", "\u2014", "\u2212", "\u2010"]),
        " ": rng.choice(["\u00a0", "\u2009", " "]),
        "x": rng.choice(["\u00d7", "x", "X"]),
        ".": rng.choice([".", "\u3002", "\u2024"]),
    }
    return "".join(table.get(c, c) if rng.random() < 0.7 else c for c in text)


def long_line(text: str, rng: random.Random, _: list[str]) -> str:
    joiner = rng.choice([" ", ", ", "; ", " and ", "", " - "])
    return joiner.join(line.strip() for line in _lines(text) * rng.randint(1, 20))


def repeat_row(text: str, rng: random.Random, _: list[str]) -> str:
    lines = _lines(text)
    i = rng.randrange(len(lines))
    return "\n".join([*lines[:i], *[lines[i]] * rng.choice([10, 100, 400]), *lines[i + 1 :]])


def nest_brackets(text: str, rng: random.Random, _: list[str]) -> str:
    words = _WORD.findall(text)
    if not words:
        return "(" * 50 + text + ")" * 50
    i = rng.randrange(len(words))
    depth = rng.choice([5, 50, 300])
    balanced = rng.random() < 0.5
    words[i] = "(" * depth + words[i] + (")" * depth if balanced else "")
    return " ".join(words)


def truncate(text: str, rng: random.Random, _: list[str]) -> str:
    return text[: rng.randrange(len(text) + 1)] if text else text


def splice_words(text: str, rng: random.Random, pool: list[str]) -> str:
    other = _WORD.findall(rng.choice(pool))
    words = _WORD.findall(text)
    if not other:
        return text
    for _ in range(rng.randint(1, 10)):
        words.insert(rng.randint(0, len(words)), rng.choice(other))
    return " ".join(words)


def headings_sides(text: str, rng: random.Random, _: list[str]) -> str:
    heads = [
        "LIVER:",
        "Right kidney:",
        "LEFT KIDNEY",
        "Kidneys:",
        "Thyroid -",
        "Right:",
        "Left:",
        "Bilateral:",
        "IMPRESSION:",
        "FINDINGS:",
        "R",
        "L",
        "Rt",
        "Lt",
        "Spleen.",
        "Right lobe:",
        "Left lobe:",
        "Nodes:",
    ]
    lines = _lines(text)
    for _ in range(rng.randint(1, 12)):
        lines.insert(rng.randint(0, len(lines)), rng.choice(heads))
    return "\n".join(lines)


def strip_whitespace(text: str, rng: random.Random, _: list[str]) -> str:
    return rng.choice(
        [
            re.sub(r"\s+", "", text),
            re.sub(r"\n", " ", text),
            re.sub(r" +", "\n", text),
            re.sub(r"\n", "\r\n", text),
            re.sub(r"\n", "\r", text),
        ]
    )


def char_noise(text: str, rng: random.Random, _: list[str]) -> str:
    chars = list(text)
    for _ in range(max(1, len(chars) // 20)):
        if not chars:
            break
        i = rng.randrange(len(chars))
        op = rng.random()
        if op < 0.33:
            del chars[i]
        elif op < 0.66:
            chars.insert(i, rng.choice("abcxyz0123456789 .,;:()-|/\n"))
        else:
            j = rng.randrange(len(chars))
            chars[i], chars[j] = chars[j], chars[i]
    return "".join(chars)


_CLAUSE = re.compile(r"[^,;.\n|:]+[,;.\n|:]?")
_JOINERS = [", ", " and ", " - ", "; ", ". ", "\n", " | ", ": ", " ", " with ", " (", ") ", " / ", ", the largest "]


def splice_clauses(text: str, rng: random.Random, pool: list[str]) -> str:
    """Clauses of several reports recombined: real phrases in combinations no writer wrote."""
    clauses = [c.strip() for t in [text, *rng.sample(pool, 3)] for c in _CLAUSE.findall(t) if c.strip()]
    if not clauses:
        return text
    return "".join(rng.choice(clauses) + rng.choice(_JOINERS) for _ in range(rng.randint(3, 30)))


_ORGANS = [
    "liver",
    "right kidney",
    "left kidney",
    "kidneys",
    "spleen",
    "thyroid",
    "right lobe",
    "left lobe",
    "gallbladder",
    "pancreas",
    "bladder",
    "right ovary",
    "left ovary",
    "uterus",
    "left breast",
    "right axilla",
    "neck",
    "level II nodes",
    "right testis",
    "prostate",
    "aorta",
    "left adrenal",
    "CBD",
    "upper pole",
    "right parotid",
    "left calf",
    "R groin",
    "L",
    "R",
    "bilateral",
]
_LESIONS = [
    "cyst",
    "cysts",
    "nodule",
    "nodules",
    "lesion",
    "mass",
    "stone",
    "calculi",
    "haemangioma",
    "metastatic",
    "lymph node",
    "nodes",
    "fibroid",
    "collection",
    "abscess",
    "effusion",
    "hydrocele",
    "it",
    "one",
    "another",
    "simple cyst",
    "complex cystic lesion",
    "TR3 nodule",
    "Bosniak II",
    "echogenic focus",
    "polyp",
]
_SIZES = [
    "5 mm",
    "12 mm",
    "2.1 cm",
    "3 x 4 mm",
    "10 x 8 x 6 mm",
    "1.2 x 0.9 cm",
    "4mm",
    "7 and 9 mm",
    "21 mm and 13 mm",
    "up to 8 mm",
    "<5 mm",
    "11.2cm",
    "5-7 mm",
    "(6 mm)",
    "measuring 14 mm",
    "x2",
    "the largest 9 mm",
    "largest 3.1 cm",
    "now 8 mm (previously 10 mm)",
    "volume 12 ml",
    "2 cm from the hilum",
]
_GLUE = [
    " ",
    ", ",
    " - ",
    ": ",
    " and ",
    "; ",
    ". ",
    " with ",
    " in the ",
    " of ",
    " likely ",
    " ? ",
    " no ",
    " possible ",
    " | ",
    "\n",
    " (",
    ") ",
    " on the ",
    " containing ",
]


def grammar(text: str, rng: random.Random, _: list[str]) -> str:
    """A findings text built from organ, lesion and size phrases in random order and joins: the shapes (size lists
    before a diagnosis after a dash, pronouns, headings inside lines) that the rules that pair them must survive."""
    out = []
    for _ in range(rng.randint(2, 40)):
        out.append(rng.choice([rng.choice(_ORGANS), rng.choice(_LESIONS), rng.choice(_SIZES), rng.choice(_SIZES)]))
        out.append(rng.choice(_GLUE))
    # Half the texts end on their last phrase, no stop after it: rules that read the word after an item must stop at
    # the text's end.
    return "".join(out[:-1] if rng.random() < 0.5 else out)


_EXTRA = [
    "x2",
    "x 3",
    "3 o'clock",
    "segment 6",
    "level II",
    "Bosniak IIF",
    "TI-RADS 4",
    "1)",
    "2.",
    "a)",
    "-",
    "*",
    "previously 9 mm",
    "(2019: 7 mm)",
    "unchanged",
    "new",
    "no change",
    "?",
    "query",
    "vs",
    "RK",
    "LK",
    "LOL",
    "ROL",
    "CBD 5 mm",
    "AP 14 mm",
    "volume 12 ml",
    "depth 3 cm",
    "wall 4 mm",
    "| R |",
    "| L |",
    "||",
    "=",
    "->",
    "N/A",
    "nil",
    "none",
    "normal",
    "WNL",
    "NAD",
    "both",
    "each",
    "largest",
    "smallest",
    "another one",
]


def grammar_lines(text: str, rng: random.Random, _: list[str]) -> str:
    """A findings layout: heading lines (organ, side, colon) over item lines of lesions, sizes and odd tokens."""
    lines = []
    for _ in range(rng.randint(1, 12)):
        head = rng.choice(_ORGANS)
        lines.append(rng.choice([f"{head.upper()}:", f"{head}:", f"{head} -", f"{head}", f"| {head} |"]))
        for _ in range(rng.randint(0, 4)):
            words = [rng.choice(_LESIONS + _SIZES + _EXTRA + _ORGANS) for _ in range(rng.randint(1, 8))]
            lines.append(rng.choice(["", "- ", "* ", "1) ", "\t"]) + rng.choice([" ", ", ", " | "]).join(words))
    return rng.choice(["\n", "\n\n", "\r\n"]).join(lines)


def _repeat(kb: int, row: Callable[[int], str], joiner: str) -> str:
    """``row(i)`` for i = 0, 1, ... joined by ``joiner`` until about ``kb`` kilobytes."""
    parts, size, i = [], 0, 0
    while size < kb * 1000:
        parts.append(row(i))
        size += len(parts[-1]) + len(joiner)
        i += 1
    return joiner.join(parts)


_SIDES = ["right", "left", "R", "L", "bilateral", "Rt", "Lt"]
# Report shapes whose parse time might grow faster than their length (time per KB flat = linear).
SHAPES: dict[str, Callable[[int], str]] = {
    "many headings": lambda kb: _repeat(kb, lambda i: f"{_ORGANS[i % 20].upper()}:\n{4 + i % 9} mm cyst.", "\n"),
    "many sides": lambda kb: "Breasts: " + _repeat(kb, lambda i: f"{_SIDES[i % 7]} {3 + i % 9} mm cyst", " "),
    "side lines": lambda kb: _repeat(kb, lambda i: f"{_SIDES[i % 7]}:\n{_LESIONS[i % 9]} {3 + i % 9} mm", "\n"),
    "deep brackets": lambda kb: "Liver: " + "(" * (kb * 250) + "cyst 5 mm" + ")" * (kb * 250),
    "open brackets": lambda kb: "Liver: " + _repeat(kb, lambda i: f"({i % 9 + 1} mm cyst", " "),
    "sizes one line": lambda kb: "Liver cysts: " + _repeat(kb, lambda i: f"{1 + i % 40} mm", ", "),
    "sizes and": lambda kb: "Nodes " + _repeat(kb, lambda i: f"{1 + i % 40} mm", " and ") + " nodes",
    "dims one line": lambda kb: "Cyst " + _repeat(kb, lambda i: f"{1 + i % 9} x", " ") + " 3 mm",
    "long list": lambda kb: (
        "Multiple nodules: " + _repeat(kb, lambda i: f"{i + 1}) {_SIDES[i % 7]} {3 + i % 9} mm", "\n")
    ),
    "repeated row": lambda kb: "| side | size | finding |\n" + _repeat(kb, lambda _i: "| R | 6 x 4 mm | cyst |", "\n"),
    "bars only": lambda kb: "|" * (kb * 1000),
    "numbers only": lambda kb: _repeat(kb, lambda i: str(i % 97), " "),
    "no spaces": lambda kb: _repeat(kb, lambda i: f"cyst{i % 9}mm", ""),
    "negations": lambda kb: _repeat(kb, lambda i: f"no {_LESIONS[i % 9]}", ", ") + " seen",
    "hedges": lambda kb: _repeat(kb, lambda i: f"?{_LESIONS[i % 9]} {i % 9 + 1} mm", " or "),
    "dashes": lambda kb: _repeat(kb, lambda i: f"{i % 9 + 1} mm - {_LESIONS[i % 9]}", " - "),
}


def time_shapes(parser: object, sizes: list[int], budget_s: float) -> None:
    """Print the CPU time per KB of each shape at each size; a per-KB time that grows with the size is superlinear."""
    print(f"  {'shape':>15}" + "".join(f"{kb:>9}KB" for kb in sizes) + "   (CPU ms per KB)")
    for name, make in SHAPES.items():
        row = []
        for kb in sizes:
            text = make(kb)
            t0 = time.process_time()
            try:
                parser.parse(text)  # type: ignore[attr-defined]
            except Exception as exc:  # a crash is a finding to print, not a reason to lose the other shapes
                row.append(f"{type(exc).__name__[:10]:>11}")
                break
            spent = time.process_time() - t0
            row.append(f"{1000 * spent / kb:>11.1f}")
            if spent > budget_s:
                break
        print(f"  {name:>15}" + "".join(row), flush=True)


def stack(text: str, rng: random.Random, pool: list[str]) -> str:
    for name in rng.sample(list(MUTATORS_BASE), rng.randint(2, 4)):
        text = MUTATORS_BASE[name](text, rng, pool)
    return text


MUTATORS_BASE: dict[str, Mutator] = {
    "shuffle_lines": shuffle_lines,
    "join_reports": join_reports,
    "drop_lines": drop_lines,
    "drop_words": drop_words,
    "double_words": double_words,
    "change_case": change_case,
    "drop_punct": drop_punct,
    "double_punct": double_punct,
    "alter_numbers": alter_numbers,
    "alter_units": alter_units,
    "insert_bars_tabs": insert_bars_tabs,
    "odd_chars": odd_chars,
    "unicode_swaps": unicode_swaps,
    "long_line": long_line,
    "repeat_row": repeat_row,
    "nest_brackets": nest_brackets,
    "truncate": truncate,
    "splice_words": splice_words,
    "headings_sides": headings_sides,
    "strip_whitespace": strip_whitespace,
    "char_noise": char_noise,
    "splice_clauses": splice_clauses,
    "grammar": grammar,
    "grammar_lines": grammar_lines,
}
MUTATORS: dict[str, Mutator] = {**MUTATORS_BASE, "stack": stack}
# Texts that are odd on their own, not as a variant of a report.
EDGE_TEXTS = [
    "",
    " ",
    "\n",
    "\n\n\n",
    ".",
    "|",
    "x",
    "5",
    "5 mm",
    "mm",
    "(",
    ")",
    "[",
    "]",
    "((((",
    "))))",
    "-",
    "\u200b",
    "\ufeff",
    "\t",
    "\r\n",
    "1.",
    "a)",
    "-" * 5000,
    "|" * 3000,
    "5 " * 3000,
    "x " * 3000,
    "Right " * 2000,
    "Liver: " * 1500,
    "\n".join(["|"] * 2000),
    "( " * 2000,
    ") " * 2000,
    "1 x 2 x 3 x " * 1000,
    "cyst " * 3000,
    "no " * 3000,
    "right left " * 1500,
    "\u00a0" * 2000,
]


def variant(texts: list[str], report: int, mutator: str, seed: int) -> str:
    rng = random.Random(f"{report}/{mutator}/{seed}")
    return MUTATORS[mutator](texts[report], rng, texts)


def _cause(exc: BaseException) -> str:
    """Exception type and the innermost frame in udt/ (file:line function), the key findings are grouped by."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if "/udt/" in f.filename]
    where = f"{Path(frames[-1].filename).name}:{frames[-1].lineno} {frames[-1].name}" if frames else "?"
    return f"{type(exc).__name__} at {where}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--variants", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument(
        "--slow-ms-per-kb",
        type=float,
        default=400.0,
        help="report a parse slower than this per KB (and over 2 s): a superlinear path",
    )
    ap.add_argument("--only", default="", help="comma list of mutators to use (default all)")
    ap.add_argument("--shapes", default="", help="time the report shapes at these sizes in KB (e.g. 10,40,160)")
    ap.add_argument("--show", nargs=3, metavar=("REPORT", "MUTATOR", "SEED"), help="print one variant's text")
    args = ap.parse_args()
    texts = source_texts()
    if args.show:
        print(variant(texts, int(args.show[0]), args.show[1], int(args.show[2])))
        return
    from udt.parser import ReportParser
    from udt.taxonomy import load_taxonomy

    parser = ReportParser(load_taxonomy())
    if args.shapes:
        time_shapes(parser, [int(k) for k in args.shapes.split(",")], budget_s=60.0)
        return
    names = [n for n in args.only.split(",") if n] or list(MUTATORS)
    rng = random.Random(args.seed)
    crashes: dict[str, list[tuple[str, str]]] = {}
    slow: list[tuple[float, str, int]] = []
    started = time.perf_counter()
    jobs: list[tuple[str, Callable[[], str]]] = [(f"edge {i}", lambda t=t: t) for i, t in enumerate(EDGE_TEXTS)]
    for k in range(args.variants):
        report, name, seed = rng.randrange(len(texts)), names[k % len(names)], args.seed * 1_000_003 + k
        jobs.append((f"{report} {name} {seed}", lambda r=report, n=name, s=seed: variant(texts, r, n, s)))
    for label, make in jobs:
        text = make()
        t0 = time.process_time()
        try:
            parser.parse(text)
        except Exception as exc:  # every exception is a finding: the parser must return a report for any text
            crashes.setdefault(_cause(exc), []).append((label, f"{type(exc).__name__}: {str(exc)[:100]}"))
        spent = time.process_time() - t0
        kb = max(len(text.encode("utf-8")) / 1000, 0.001)
        if spent > 2.0 and 1000 * spent / kb > args.slow_ms_per_kb:
            slow.append((spent, label, len(text)))
    print(
        f"{len(jobs)} texts ({len(EDGE_TEXTS)} edge texts, {args.variants} variants of {len(texts)} reports, "
        f"seed {args.seed}) in {time.perf_counter() - started:.0f} s"
    )
    print(f"{sum(map(len, crashes.values()))} crashes, {len(crashes)} causes")
    for cause, rows in sorted(crashes.items(), key=lambda kv: -len(kv[1])):
        print(f"  {len(rows):>4}  {cause}")
        for label, message in rows[:3]:
            print(f"          --show {label}   {message}")
    print(f"{len(slow)} slow parses (> 2 s and > {args.slow_ms_per_kb:.0f} ms/KB)")
    for spent, label, size in sorted(slow, reverse=True)[:15]:
        print(f"  {spent:6.1f} s  {size:>8} chars  --show {label}")
    if crashes:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
