"""Inventory (second table): wordings of a lesion's size and side that tests/test_parser_findings_inventory.py
does not cover, as writers of many countries and specialties put them (vascular and breast clinics, urology,
gynaecology abroad, MSK, paediatrics, patients retyping a report, figure legends). Written for this file.

Each row is a passage and its gold lesions, scored the way the findings benchmark scores them (the benchmark's own
pairing rule, ``benchmarks/_parser_scoring.py``); see that file's docstring for what ``size_mm`` and ``side`` are
(benchmarks/data/CORPUS_GUIDELINE.md, "Findings").
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from udt.parser import ReportParser

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from _parser_scoring import match_findings  # (the benchmark's own pairing rule)

K, BR, AX, TH, AD, SC = "Kidney and ureter", "Breast", "Axilla", "Thyroid gland", "Adnexa", "Scrotum"
LI, SP, GB, UT, SG, KN, PL = "Liver", "Spleen", "Gallbladder and bile ducts", "Uterus", "Salivary glands", "Knee", \
    "Pleural space"
LN, BL = "Lymph nodes", "Bladder"

# (passage, [(organ, diagnosis, side, size_mm, quote)])
ROWS: list[tuple[str, list[tuple[str, str | None, str | None, float | None, str]]]] = [
    # -- size wordings: approx./~/ca./sized/'*'/'by'/diameter/in greatest dimension/in size/dimensions; after a
    #    dash, a colon or in brackets; a volume beside the size; decimal commas; units written out; the next line
    ("Left kidney: a cyst measuring approx. 2.1 cm in the mid pole.",
     [(K, "cyst", "left", 21, "cyst")]),
    ("Right breast at 10 o'clock: cyst of ~7 mm.",
     [(BR, "cyst", "right", 7, "cyst")]),
    ("A hypoechoic nodule sized 9 mm in the right thyroid lobe.",
     [(TH, "nodule", "right", 9, "hypoechoic nodule")]),
    ("Left ovary: simple cyst 3.2cm*2.8cm.",
     [(AD, "cyst", "left", 32, "simple cyst")]),
    ("Right testis: a 4 by 3 mm cyst.",
     [(SC, "cyst", "right", 4, "cyst")]),
    ("Right kidney cyst, diameter 18 mm.",
     [(K, "cyst", "right", 18, "cyst")]),
    ("Left breast 2 o'clock: solid mass - 11 x 7 mm.",
     [(BR, "mass", "left", 11, "solid mass")]),
    ("Right ovarian cyst: 4.5 x 3.9 x 4.1 cm (volume 37 cm3).",
     [(AD, "cyst", "right", 45, "Right ovarian cyst")]),
    ("Left kidney lower pole: angiomyolipoma (1.2 cm).",
     [(K, "mass", "left", 12, "angiomyolipoma")]),
    ("Right adnexa: dermoid cyst, max. diameter 5 cm.",
     [(AD, "cyst", "right", 50, "dermoid cyst")]),
    ("Left thyroid lobe: nodule with a maximum diameter of 1.6 cm.",
     [(TH, "nodule", "left", 16, "nodule")]),
    ("Liver: a cyst between 3 and 5 mm in segment 2.",
     [(LI, "cyst", None, 5, "cyst")]),
    ("Liver cyst, 8-10 mm, segment 5.",
     [(LI, "cyst", None, 10, "Liver cyst")]),
    ("Right kidney: stone approx 6mm lower pole.",
     [(K, None, "right", 6, "stone")]),
    ("Left breast cyst ≈ 9 mm at 3 o'clock.",
     [(BR, "cyst", "left", 9, "Left breast cyst")]),
    ("Gallbladder polyp 0.5cm.",
     [(GB, None, None, 5, "polyp")]),
    ("Right ovary contains a cyst: 3.5 cm.",
     [(AD, "cyst", "right", 35, "cyst")]),
    ("Left epididymal head cyst of approximately 6 millimeters.",
     [(SC, "cyst", "left", 6, "cyst")]),
    ("Right kidney: simple cyst 2.3 x 2.0 x 1.9 cm in size.",
     [(K, "cyst", "right", 23, "simple cyst")]),
    ("Thyroid: left lobe nodule, size: 8 x 6 x 5 mm.",
     [(TH, "nodule", "left", 8, "nodule")]),
    ("Left breast: mass\n  size 14 x 10 mm\n  at 1 o'clock",
     [(BR, "mass", "left", 14, "mass")]),
    ("Hepatic haemangioma in segment 6 measuring 2.4 x 2.1 cm.",
     [(LI, "mass", None, 24, "haemangioma")]),
    ("Left kidney with a 15 x 12 mm cyst (Bosniak I).",
     [(K, "cyst", "left", 15, "cyst")]),
    ("Cyst right kidney 3,4 cm.",
     [(K, "cyst", "right", 34, "Cyst")]),
    ("Right thyroid nodule: 1.9 cm (TR3).",
     [(TH, "nodule", "right", 19, "nodule")]),
    ("Spleen: 13 cm; accessory spleen 1 cm; a cyst measuring 17 mm at the hilum.",
     [(SP, "cyst", None, 17, "cyst")]),
    ("Left renal cyst, ca. 2 cm.",
     [(K, "cyst", "left", 20, "cyst")]),
    ("Thyroid: nodule in the left lobe, 14 mm in greatest dimension.",
     [(TH, "nodule", "left", 14, "nodule")]),
    ("Left adnexal mass (6 cm) with solid and cystic parts.",
     [(AD, "mass", "left", 60, "mass")]),
    ("Lt kidney: PUJ stone - 11 mm.",
     [(K, None, "left", 11, "stone")]),
    ("Left thyroid lobe:\nnodule 1\n12 x 9 x 8 mm\nTR3",
     [(TH, "nodule", "left", 12, "nodule")]),
    ("A 4.6 x 3.8 cm cyst, right ovary, volume 35 cc.",
     [(AD, "cyst", "right", 46, "cyst")]),
    ("Small cyst in the left testicle, its size 3 mm.",
     [(SC, "cyst", "left", 3, "cyst")]),
    ("In the right lobe of thyroid a hypoechoic nodule with dimensions 10x8 mm.",
     [(TH, "nodule", "right", 10, "nodule")]),
    ("Right popliteal fossa: Baker cyst with dimensions of 45 x 12 mm.",
     [(KN, "cyst", "right", 45, "Baker cyst")]),
    # -- a group's sizes: 'respectively', 'each', 'of 8 mm and 21 mm', '4, 6 and 9 mm', 'the largest one' (a size
    #    shared by the list is one lesion; sizes listed one by one are one lesion each, as the development gold has it)
    ("Two cysts in the right kidney measuring 12 mm and 25 mm respectively.",
     [(K, "cyst", "right", 12, "12 mm"), (K, "cyst", "right", 25, "25 mm")]),
    ("Right breast: two cysts, at 9 and 11 o'clock, each 5 mm.",
     [(BR, "cyst", "right", 5, "cysts")]),
    ("Both kidneys contain a small cyst, each about 1 cm.",
     [(K, "cyst", "bilateral", 10, "cyst")]),
    ("Multiple fibroids, the largest one 4.2 cm in the fundus.",
     [(UT, "mass", None, 42, "fibroids")]),
    ("There are 2 cysts in the left kidney (1.1 and 2.2 cm).",
     [(K, "cyst", "left", 22, "cysts")]),
    ("Right kidney: two cortical cysts of 8 mm and 21 mm.",
     [(K, "cyst", "right", 8, "8 mm"), (K, "cyst", "right", 21, "21 mm")]),
    ("Left breast: three cysts measuring 4, 6 and 9 mm.",
     [(BR, "cyst", "left", 9, "cysts")]),
    ("Largest nodule: right lobe, 1.4 cm, TR4.",
     [(TH, "nodule", "right", 14, "nodule")]),
    # -- one lesion measured along labelled axes ('short axis 8 mm, long axis 22 mm', 'length 3.1 cm, width ...'):
    #    its largest stated dimension
    ("Right axilla: lymph node, short axis 12 mm, long axis 19 mm.",
     [(AX, None, "right", 19, "lymph node")]),
    ("Left axilla: node, short axis 8 mm, long axis 22 mm, no fatty hilum.",
     [(AX, None, "left", 22, "node")]),
    ("Right ovary cyst: length 3.1 cm, width 4.2 cm, depth 2.5 cm.",
     [(AD, "cyst", "right", 42, "cyst")]),
    ("Left parotid mass, transverse 14 mm, AP 19 mm.",
     [(SG, "mass", "left", 19, "mass")]),
    # -- per-side sizes of a bilateral or listed group ('right 2.1 cm, left 1.4 cm', 'R 2 cm, L 1 cm')
    ("Bilateral renal cysts: right 2.1 cm, left 1.4 cm.",
     [(K, "cyst", "right", 21, "cysts"), (K, "cyst", "left", 14, "cysts")]),
    ("Bilateral ovarian cysts measuring 3 cm on the right and 2 cm on the left.",
     [(AD, "cyst", "right", 30, "cysts"), (AD, "cyst", "left", 20, "cysts")]),
    ("Hydroceles: R 2 cm, L 1 cm.",
     [(SC, "fluid collection", "right", 20, "Hydroceles"), (SC, "fluid collection", "left", 10, "Hydroceles")]),
    ("Breast: right 11 o'clock 7 mm cyst; left 3 o'clock 12 mm mass.",
     [(BR, "cyst", "right", 7, "cyst"), (BR, "mass", "left", 12, "mass")]),
    ("Kidney stones: left 8 mm, right 4 mm.",
     [(K, None, "left", 8, "stones"), (K, None, "right", 4, "stones")]),
    ("Thyroid nodules: right 6 mm and 9 mm, left 14 mm.",
     [(TH, "nodule", "right", 6, "nodules"),
      (TH, "nodule", "right", 9, "nodules"),
      (TH, "nodule", "left", 14, "nodules")]),
    ("Right breast 9:00 cyst 0.6 cm; left breast 2:00 cyst 0.8 cm.",
     [(BR, "cyst", "right", 6, "cyst"), (BR, "cyst", "left", 8, "cyst")]),
    ("Right and left kidneys each show a 1 cm cyst.",
     [(K, "cyst", "bilateral", 10, "cyst")]),
    ("Hydrocele on both sides, 2.5 cm on the right.",
     [(SC, "fluid collection", "bilateral", 25, "Hydrocele")]),
    ("Pleural effusions, bilateral, right 3 cm, left 2 cm deep.",
     [(PL, "fluid collection", "right", 30, "effusions"), (PL, "fluid collection", "left", 20, "effusions")]),
    # -- side wordings: '(R)', 'R lobe', 'L upper pole', 'right-sided', a side after the lesion, the organ part
    #    ('upper pole of the left kidney'), a side in an earlier sentence
    ("Breast US. Cyst (R) 10 o'clock 6 mm.",
     [(BR, "cyst", "right", 6, "Cyst")]),
    ("Kidneys: cyst L upper pole 12 mm.",
     [(K, "cyst", "left", 12, "cyst")]),
    ("Thyroid: nodule R lobe 11 mm.",
     [(TH, "nodule", "right", 11, "nodule")]),
    ("A right-sided renal cyst of 2 cm.",
     [(K, "cyst", "right", 20, "renal cyst")]),
    ("Renal cyst on the left, 19 mm.",
     [(K, "cyst", "left", 19, "Renal cyst")]),
    ("A 2.5 cm cyst in the upper pole of the left kidney.",
     [(K, "cyst", "left", 25, "cyst")]),
    ("A 9 mm nodule at the lower pole of the right thyroid lobe.",
     [(TH, "nodule", "right", 9, "nodule")]),
    ("The left ovary was examined. It contains a 2.8 cm cyst.",
     [(AD, "cyst", "left", 28, "cyst")]),
    ("Attention to the right breast. At 8 o'clock a 10 mm oval mass.",
     [(BR, "mass", "right", 10, "oval mass")]),
    ("Pelvic scan: uterus anteverted, endometrium 6 mm, 3.3 cm simple cyst right ovary.",
     [(AD, "cyst", "right", 33, "simple cyst")]),
    ("Ovaries: R 3 x 2 cm with a 15 mm cyst, L normal.",
     [(AD, "cyst", "right", 15, "cyst")]),
    ("Kidneys: R 10.2 cm, L 10.9 cm. Upper pole cyst on the left 2.2 cm.",
     [(K, "cyst", "left", 22, "cyst")]),
    ("Breast mass left 12 o'clock 16 mm.",
     [(BR, "mass", "left", 16, "mass")]),
    ("Nodule, right thyroid lobe, 2 cm.",
     [(TH, "nodule", "right", 20, "Nodule")]),
    ("Ganglion cyst, right wrist dorsum: 8 x 5 mm.",
     [("Wrist and carpus", "cyst", "right", 8, "Ganglion cyst")]),
    ("Dx: R renal calculus 5mm; L kidney NAD.",
     [(K, None, "right", 5, "calculus")]),
    ("Right breast:\n- 10 o'clock: cyst, 8 mm\n- 2 o'clock: cyst, 5 mm",
     [(BR, "cyst", "right", 8, "cyst"), (BR, "cyst", "right", 5, "cyst")]),
    ("The right kidney is normal in size (11 cm). In the left kidney, at the lower pole, there is a 3 cm cyst.",
     [(K, "cyst", "left", 30, "cyst")]),
    # -- paired organs inside a midline or multi-organ sentence, normal organs around the lesion, non-lesion conditions
    #    beside it
    ("Right ovary: 2 follicles and a 4.4 cm haemorrhagic cyst.",
     [(AD, "cyst", "right", 44, "haemorrhagic cyst")]),
    ("Pelvis: uterus 8 cm, normal. A 3 cm cyst in the left ovary. Right ovary normal.",
     [(AD, "cyst", "left", 30, "cyst")]),
    ("Abdomen: liver normal, gallbladder normal, a 12 mm cyst in the right kidney, spleen normal.",
     [(K, "cyst", "right", 12, "cyst")]),
    ("Uterus with a 2 cm fibroid; a 4 cm cyst in the right adnexa.",
     [(UT, "mass", None, 20, "fibroid"), (AD, "cyst", "right", 40, "cyst")]),
    ("Kidneys:\nRight - 10.5 cm, 1.1 cm cyst\nLeft - 10.8 cm, no cyst",
     [(K, "cyst", "right", 11, "cyst")]),
    ("KIDNEYS\nR | L\n11 cm | 10 cm\nCyst 9 mm | none",
     [(K, "cyst", "right", 9, "Cyst")]),
    ("Right ovary: normal. Left ovary: 5.2 x 4 cm endometrioma.",
     [(AD, "cyst", "left", 52, "endometrioma")]),
    ("Left testicle with a 3 mm microlith cluster; a 5 mm cyst in the right testicle.",
     [(SC, "cyst", "right", 5, "cyst")]),
    ("Popliteal (Baker's) cyst, left knee, 3.2 x 1.1 cm.",
     [(KN, "cyst", "left", 32, "Baker's cyst")]),
    ("In the left breast, at 4 o'clock, there is a mass; it measures 1.3 cm.",
     [(BR, "mass", "left", 13, "mass")]),
    ("Left hemiscrotum: varicocele, largest vein 3.5 mm; small hydrocele.",
     [(SC, "fluid collection", "left", None, "hydrocele")]),
    ("Fig. 3 Sagittal view of the left kidney: upper pole cyst (12 mm, arrowhead).",
     [(K, "cyst", "left", 12, "cyst")]),
    ("Renal US: left hydronephrosis; a 6 mm stone in the right kidney.",
     [(K, None, "right", 6, "stone")]),
    ("Abdominal US: liver, gallbladder and spleen normal; a 15 mm cyst in the left kidney; pancreas not seen.",
     [(K, "cyst", "left", 15, "cyst")]),
    ("Liver normal. Gallbladder normal. Spleen normal. Right kidney with a 9 mm stone. Bladder normal.",
     [(K, None, "right", 9, "stone")]),
    ("Testes: left normal; right with a 7 mm cyst.",
     [(SC, "cyst", "right", 7, "cyst")]),
    # -- organs stated normal after a lesion that an organ after a preposition placed ('a 7 mm cyst in the left ovary
    #    and the uterus and right ovary were normal'): the list of normal organs neither places nor sides it
    ("A 7 mm cyst in the left ovary and the uterus and right ovary were normal.",
     [(AD, "cyst", "left", 7, "cyst")]),
    ("A 7 mm cyst in the left ovary, uterus and right ovary normal.",
     [(AD, "cyst", "left", 7, "cyst")]),
    ("9 mm stone in the right kidney, the bladder and left kidney unremarkable.",
     [(K, None, "right", 9, "stone")]),
    ("Hypoechoic 1.2 cm nodule in the left thyroid lobe, isthmus and right lobe unremarkable.",
     [(TH, "nodule", "left", 12, "nodule")]),
    ("Ovaries: a 25 mm cyst on the right, the left ovary and the uterus normal.",
     [(AD, "cyst", "right", 25, "cyst")]),
    ("Renal: liver normal, a 6 mm cyst in the left kidney, spleen and right kidney normal.",
     [(K, "cyst", "left", 6, "cyst")]),
    ("Scrotum: 4 mm cyst in the right epididymal head, testes and left epididymis normal.",
     [(SC, "cyst", "right", 4, "cyst")]),
    ("A 2 cm cyst in the right kidney and a 1 cm cyst in the left kidney.",
     [(K, "cyst", "right", 20, "2 cm cyst"), (K, "cyst", "left", 10, "1 cm cyst")]),
    # -- a group's sizes listed one by one ('two simple cysts, 14 mm and 22 mm', '... of 5 mm, 7 mm and 11 mm'): one
    #    lesion per size, as the development gold reads "two lesions, 1.1 cm and 8 mm" (a size shared by the list,
    #    "of 6 and 9 mm", stays one); with their own places or sides too
    ("Left ovary: two simple cysts, 14 mm and 22 mm.",
     [(AD, "cyst", "left", 14, "14 mm"), (AD, "cyst", "left", 22, "22 mm")]),
    ("Several gallstones measuring 6 mm, 9 mm and 12 mm.",
     [(GB, None, None, 6, "6 mm"), (GB, None, None, 9, "9 mm"), (GB, None, None, 12, "12 mm")]),
    ("Three nodules in the left thyroid lobe of 5 mm, 7 mm and 11 mm.",
     [(TH, "nodule", "left", 5, "5 mm"), (TH, "nodule", "left", 7, "7 mm"), (TH, "nodule", "left", 11, "11 mm")]),
    ("Liver: 2 haemangiomas, 1.5 cm and 2.2 cm.",
     [(LI, "mass", None, 15, "1.5 cm"), (LI, "mass", None, 22, "2.2 cm")]),
    ("Right epididymis: cysts of 3 mm and 4 mm respectively in the head.",
     [(SC, "cyst", "right", 3, "3 mm"), (SC, "cyst", "right", 4, "4 mm")]),
    ("Right breast: two cysts, 8 mm at 9 o'clock and 5 mm at 2 o'clock.",
     [(BR, "cyst", "right", 8, "cysts"), (BR, "cyst", "right", 5, "cysts")]),
    ("Kidneys: cysts, 2.4 cm on the right and 1.1 cm on the left.",
     [(K, "cyst", "right", 24, "cysts"), (K, "cyst", "left", 11, "cysts")]),
    # -- axis-labelled sizes ('width 12 mm, height 8 mm, length 15 mm', '9 mm long, 6 mm wide'): the largest;
    #    near misses: an organ's own axes, and a prior size after the current one
    ("Left breast mass: width 12 mm, height 8 mm, length 15 mm.",
     [(BR, "mass", "left", 15, "mass")]),
    ("Right level III lymph node, short axis 9 mm, long axis 17 mm.",
     [(LN, None, "right", 17, "node")]),
    ("Endometrioma of the left ovary, transverse 31 mm, sagittal 42 mm.",
     [(AD, "cyst", "left", 42, "Endometrioma")]),
    ("Right testis lesion: 9 mm long, 6 mm wide.",
     [(SC, None, "right", 9, "lesion")]),
    ("Right kidney: length 10.5 cm, width 5 cm; upper pole cyst 12 mm.",
     [(K, "cyst", "right", 12, "cyst")]),
    ("Left ovarian cyst 3 cm, 2.5 cm on the prior scan.",
     [(AD, "cyst", "left", 30, "cyst")]),
    # -- coordinated sides before a plural organ ('the left and right ovaries', 'Right & left breasts'): bilateral
    ("Simple cysts in the left and right ovaries, up to 2 cm.",
     [(AD, "cyst", "bilateral", 20, "cysts")]),
    ("Right & left breasts: multiple cysts, the largest 9 mm.",
     [(BR, "cyst", "bilateral", 9, "cysts")]),
    ("Left and right kidneys with small cortical cysts, largest 7 mm.",
     [(K, "cyst", "bilateral", 7, "cysts")]),
    ("Left and right kidneys normal. Liver: 9 mm cyst.",
     [(LI, "cyst", None, 9, "cyst")]),
    # -- 'one' standing for the lesion noun said last ('another one of 7 mm', 'a smaller one, 6 mm', 'left lobe one
    #    6 mm'): a further lesion with its own size; near misses: 'the dominant one' (the group's member), a count
    ("Liver: 12 mm haemangioma in segment 6 and another one of 7 mm in segment 2.",
     [(LI, "mass", None, 12, "12 mm haemangioma"), (LI, "mass", None, 7, "another one of 7 mm")]),
    ("Right kidney: a 15 mm cyst at the upper pole; a smaller one, 6 mm, at the lower pole.",
     [(K, "cyst", "right", 15, "15 mm cyst"), (K, "cyst", "right", 6, "a smaller one")]),
    ("Left breast: 9 mm cyst at 2 o'clock, a second one measuring 5 mm at 4 o'clock.",
     [(BR, "cyst", "left", 9, "9 mm cyst"), (BR, "cyst", "left", 5, "a second one")]),
    ("Thyroid: right lobe nodule 14 mm; left lobe one 6 mm.",
     [(TH, "nodule", "right", 14, "nodule 14 mm"), (TH, "nodule", "left", 6, "one 6 mm")]),
    ("Uterus 9 cm with an intramural fibroid of 3.1 cm. A subserosal one measuring 1.8 cm on the fundus.",
     [(UT, "mass", None, 31, "intramural fibroid"), (UT, "mass", None, 18, "A subserosal one")]),
    ("Thyroid: several nodules in the right lobe, the dominant one 2.1 cm.",
     [(TH, "nodule", "right", 21, "nodules")]),
    ("Two cysts in the left kidney, one 8 mm and one 12 mm.",
     [(K, "cyst", "left", 8, "one 8 mm"), (K, "cyst", "left", 12, "one 12 mm")]),
    ("Only one 8 mm cyst in the right kidney.",
     [(K, "cyst", "right", 8, "8 mm cyst")]),
    # -- a lesion whose clause names no organ, after one named earlier in its own sentence ('the gallbladder is
    #    distended; a 12 mm calculus ...', '... and a separate 9 mm cyst'): that organ and its side, not the one of
    #    earlier sentences
    ("Liver normal. The gallbladder is distended with a thin wall; a 12 mm calculus lies in its neck.",
     [(GB, None, None, 12, "12 mm calculus")]),
    ("Right kidney 10.8 cm. The left kidney holds a 3 cm angiomyolipoma at the upper pole and a separate 9 mm cyst.",
     [(K, "mass", "left", 30, "angiomyolipoma"), (K, "cyst", "left", 9, "9 mm cyst")]),
    ("Right testis 4.2 cm, normal. The left testis measures 4 cm; there is a 5 mm hypoechoic lesion in it.",
     [(SC, None, "left", 5, "5 mm hypoechoic lesion")]),
    ("Spleen 11 cm. The right ovary is enlarged, and a 4 cm cyst is noted.",
     [(AD, "cyst", "right", 40, "4 cm cyst")]),
    ("Right kidney: 1.2 cm cyst. The left kidney is normal; a 6 mm stone in the bladder.",
     [(K, "cyst", "right", 12, "1.2 cm cyst"), (BL, None, None, 6, "6 mm stone")]),
    ("Summary: synovitis of the right wrist; left knee effusion, 9 mm.",
     [(KN, "fluid collection", "left", 9, "knee effusion")]),
    # -- organ abbreviations that carry their side ('RK 10.9', 'LK: 31 mm cyst'): the side the ontology declares for the
    #    concept they name
    ("US KUB. RK 10.9. 14mm cyst mid. No HN.",
     [(K, "cyst", "right", 14, "14mm cyst")]),
    ("RK 11.2 NAD. LK 10.1: 31x28mm exophytic upper pole cyst.",
     [(K, "cyst", "left", 31, "31x28mm exophytic upper pole cyst")]),
    ("Renal: RK 11 cm with an 8 mm stone at the lower pole; LK 11.5 cm.",
     [(K, None, "right", 8, "8 mm stone")]),
    ("RK and LK normal. Liver: 2 cm cyst in segment 4.",
     [(LI, "cyst", None, 20, "2 cm cyst")]),
    # -- a group's largest given per side ('the largest 4.8 cm on the left and 3.9 cm on the right'): one per side
    ("Both kidneys are enlarged with innumerable cysts, the largest 4.8 cm on the left and 3.9 cm on the right.",
     [(K, "cyst", "left", 48, "4.8 cm on the left"), (K, "cyst", "right", 39, "3.9 cm on the right")]),
    ("Bilateral breast cysts, the biggest 14 mm in the right breast and 9 mm in the left breast.",
     [(BR, "cyst", "right", 14, "14 mm"), (BR, "cyst", "left", 9, "9 mm")]),
    ("Bilateral renal cysts, the largest 2.2 cm at the right upper pole.",
     [(K, "cyst", "bilateral", 22, "cysts")]),
    ("Multiple liver cysts, the largest 2 cm in segment 7 and 1.5 cm in segment 2.",
     [(LI, "cyst", None, 20, "cysts")]),
    # -- 'one' with its size at the end of a sentence: the next sentence's lesion word is not what the size measures
    ("Thyroid: right lobe 3 nodules, biggest 19 mm; left lobe one 8 mm. Neck nodes normal.",
     [(TH, "nodule", "right", 19, "3 nodules"), (TH, "nodule", "left", 8, "one 8 mm")]),
    ("Liver: a 2 cm cyst in segment 6 and another one of 9 mm. Nodes at the porta hepatis not enlarged.",
     [(LI, "cyst", None, 20, "2 cm cyst"), (LI, "cyst", None, 9, "another one of 9 mm")]),
]


def _largest(sizes: list[float]) -> float | None:
    return max(sizes) if sizes else None


def _read(parser: ReportParser, text: str, gold: list) -> list[tuple[str, str | None, float | None]]:
    """(organ, side, size) of the parsed finding paired with each gold lesion; the side "<none>" for a miss, and
    the gold size where the parsed size is within the benchmark's 0.5 mm tolerance (or the gold states none)."""
    lesions = [{"organ": o, "diagnosis": d, "side": s, "size_mm": z, "text": q} for o, d, s, z, q in gold]
    out = []
    for g, f in match_findings(lesions, parser.parse(text).findings):
        if f is None:
            out.append((g["organ"], "<none>", None))
            continue
        got = _largest(f.size_mm)
        want = g["size_mm"]
        size = want if want is None or (got is not None and abs(got - want) <= 0.5) else got
        out.append((g["organ"], f.laterality, size))
    return out


# Rows the parser reads wrong today; each is removed from this set once its class is fixed.
_XFAIL: set[int] = {87}


def _params() -> list:
    out = []
    for n, (text, gold) in enumerate(ROWS):
        marks = [pytest.mark.xfail(strict=True, reason="size or side read wrong")] if n in _XFAIL else []
        out.append(pytest.param(text, gold, id=f"row{n:03d}", marks=marks))
    return out


@pytest.mark.parametrize(("text", "gold"), _params())
def test_each_lesion_has_its_own_size_and_side(parser: ReportParser, text: str, gold: list) -> None:
    assert _read(parser, text, gold) == [(o, s, None if z is None else float(z)) for o, _, s, z, _ in gold]
