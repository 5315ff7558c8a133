"""A physics-inspired ultrasound phantom drawn from the ontology's knowledge: B-mode (and colour-Doppler) images
whose pixels carry their UDT labels, sparse US-365K-style label records, and reports in "semantic fog".

>>> from model.phantom import generate_phantom, evaluation_phantom      # doctest: +SKIP
>>> root = generate_phantom("phantom/", n=500, seed=0, size=128, taxonomy=tax)
>>> eval_root = evaluation_phantom(tax, "eval-phantom/")
"""

from model.phantom.evaluation import EVAL_GENERATOR_VERSION, EVAL_SEED, evaluation_phantom
from model.phantom.labels import COVERAGE_PRESETS
from model.phantom.preview import contact_sheet
from model.phantom.writer import PHANTOM_VERSION, PhantomImage, generate_phantom, phantom_case

__all__ = [
    "COVERAGE_PRESETS",
    "EVAL_GENERATOR_VERSION",
    "EVAL_SEED",
    "PHANTOM_VERSION",
    "PhantomImage",
    "contact_sheet",
    "evaluation_phantom",
    "generate_phantom",
    "phantom_case",
]
