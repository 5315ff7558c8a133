"""A physics-inspired ultrasound phantom: B-mode images whose pixels carry their UDT labels, with reports.

>>> from model.phantom import generate_phantom      # doctest: +SKIP
>>> root = generate_phantom("phantom/", n=500, seed=0, size=128)
"""

from model.phantom.labels import COVERAGE_PRESETS
from model.phantom.preview import contact_sheet
from model.phantom.writer import PhantomImage, generate_phantom, phantom_case

__all__ = ["COVERAGE_PRESETS", "PhantomImage", "contact_sheet", "generate_phantom", "phantom_case"]
