"""Free fluid is in the peritoneal cavity unless its own sentence places it.

"Left ovary: 42 mm simple cyst. POD: small amount of free fluid, 11 mm deep", "Gallbladder: stones ...
RUQ/Morison's: trace free fluid", "Free fluid in cul de sac": the organ described before (the ovary, the
gallbladder) does not hold the fluid, and the recess words are landmarks, not organs. So a free-fluid lesion whose
site would only be carried over from earlier sentences, or that has none, lies in the peritoneal cavity (for a
child, its paediatric counterpart). Its own sentence still places it ("free fluid around the gallbladder", "free
fluid in the left knee joint"): that anatomy is attached after this choice and overrides it. After a joint, a limb,
the neck or the chest the organ described before keeps it ("Right knee: meniscal cyst. Small free fluid").
A line keyed by the space's own body system and no organ ("Abdomen: free fluid 9 mm") places it in the space too
(system_headings.py).

Which organs are abdominal or pelvic (``udt:isAbdominopelvic``) and which space the fluid then lies in
(``udt:unplacedSite`` on free fluid) are declared in the ontology, so an edited ontology moves the fluid elsewhere.

The ontology keeps free fluid apart from ascites with "any organ" as its site, so that the organ labels of a report
(the corpus guideline gives pelvic free fluid no Peritoneum label) are not touched: this rule moves only the
finding's organ, which the findings guideline files under the peritoneum.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from udt.parser.findings import Item


def loose_fluid_site(
    lesion: Item,
    site: Item | None,
    inherited: Item | None,
    spaces: Mapping[str, Item],
    organs: AbstractSet[str],
    items: Iterable[Item],
) -> Item | None:
    """The site a lesion of this sentence takes: its space (``spaces``, by concept label: free fluid's peritoneal
    cavity) when it has none of its own and no site or only the one carried over from earlier sentences
    (``inherited``) when that is an abdominal or pelvic organ (``organs``: "Left knee: ... Small free fluid" stays in
    the knee) and its sentence (``items``) names no organ but the space's own recesses ("POD"), else ``site``."""
    space = spaces.get(lesion.concept) if lesion.concept is not None else None
    if space is None or lesion.own_site:
        return site
    if site is None:
        return space
    if site.organ is None and site.system is not None and site.system == space.system:
        return space  # "Abdomen: free fluid 9 mm": the key names the space's body system, no organ (system_headings.py)
    if site is not inherited or site.organ not in organs:
        return site
    named = [it for it in items if it.organ not in (None, space.organ) and it.kind in ("anatomy", "landmark")]
    if not named:
        return space
    if any(it.kind == "anatomy" or it.organ == site.organ for it in named):
        return site  # "free fluid around the left ovary": near the organ it names (a recess, "POD", is the space's)
    # "Kidneys: normal. Small quantity of free fluid around the liver": landmarks only place the fluid beside another
    # organ than the one carried over, which thus does not hold it; the space does
    return space
