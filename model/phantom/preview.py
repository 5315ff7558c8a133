"""A contact sheet of phantom images with their labels, for a person to look at."""

from __future__ import annotations

import io
import json
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from udt.atomic import atomic_write_bytes
from udt.errors import DataError

# Short column names for the sheet, by field position (the sheet shows values, which come from the data).
_ROWS = (
    ("Organ_level", "Diagnosis"),
    ("Shape", "Margins"),
    ("Echogenicity", "InternalCharacteristics"),
    ("PosteriorAcoustics", "Vascularity"),
)


def _font(size: int) -> ImageFont.ImageFont:
    try:
        return ImageFont.load_default(size=size)
    except TypeError:  # Pillow < 10.1
        return ImageFont.load_default()


def contact_sheet(root: str | Path, out: str | Path, *, n: int = 24, cols: int = 6, scale: int = 2) -> Path:
    """Draw the first ``n`` images of a phantom with their true labels; stated ones white, unstated grey.

    Reads ``truth.jsonl`` and ``full_data.json`` of a phantom written by :func:`generate_phantom`.
    """
    root = Path(root)
    truth_path = root / "truth.jsonl"
    if not truth_path.is_file():
        raise DataError("phantom.no_truth", f"{root} has no truth.jsonl", "give a folder written by `udt phantom`")
    truths = [json.loads(line) for line in truth_path.read_text(encoding="utf-8").splitlines() if line.strip()][:n]
    stated = {r["media_name"]: r for r in json.loads((root / "full_data.json").read_text(encoding="utf-8"))}
    tiles: list[Image.Image] = []
    font = _font(10 * scale // 2 + 2)
    for t in truths:
        img = Image.open(root / "images" / t["image"]).convert("RGB")
        w, h = img.size
        img = img.resize((w * scale, h * scale), Image.NEAREST)
        text_h = 13 * len(_ROWS) * scale // 2 + 8
        tile = Image.new("RGB", (w * scale, h * scale + text_h), (16, 16, 16))
        tile.paste(img, (0, 0))
        draw = ImageDraw.Draw(tile)
        rec = stated.get(t["image"].rsplit(".", 1)[0], {})
        y = h * scale + 2
        for row in _ROWS:
            x = 3
            for field in row:
                values = t["labels"].get(field) or []
                said = rec.get(field) or []
                said = [said] if isinstance(said, str) else said
                text = "/".join(values) if values else "-"
                colour = (235, 235, 235) if said else (120, 120, 120)
                room = w * scale // 2 - 6
                while len(text) > 3 and draw.textlength(text, font=font) > room:
                    text = text[:-2] + "…"
                draw.text((x, y), text, fill=colour, font=font)
                x += w * scale // 2
            y += 13 * scale // 2
        tiles.append(tile)
    if not tiles:
        raise DataError("phantom.empty", f"{root} has no images", "generate some first")
    tw, th = tiles[0].size
    rows = (len(tiles) + cols - 1) // cols
    sheet = Image.new("RGB", (cols * tw + (cols - 1) * 4, rows * th + (rows - 1) * 4), (0, 0, 0))
    for i, tile in enumerate(tiles):
        sheet.paste(tile, ((i % cols) * (tw + 4), (i // cols) * (th + 4)))
    buf = io.BytesIO()
    # An adaptive palette keeps the sheet small; octree quantisation keeps the rare Doppler hues saturated.
    sheet.quantize(colors=256, method=Image.Quantize.FASTOCTREE).save(buf, format="PNG", optimize=True)
    atomic_write_bytes(out, buf.getvalue())
    return Path(out)
