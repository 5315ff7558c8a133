"""Context cue words of the report parser (ConText-style termsets).

These are *not* vocabulary: the concepts the parser recognises all come from the ontology. This module holds
only the function words that modify them — negation, uncertainty, history, hypothesis, scope terminators,
section headings, laterality and location words — in the spirit of negspacy's ``en_clinical`` termset and
medspaCy ConText's default rules, extended with phrases ultrasound reports use ("not seen", "free of").
Users can pass their own :class:`Termset` to :class:`udt.parser.ReportParser`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields
from typing import Any

from udt.parser.units import LENGTH_UNIT_WORDS

# Cue categories. PRE cues look forward (to the end of the sentence or a terminator), POST cues look back.
NEG_PRE = "NEG_PRE"
NEG_POST = "NEG_POST"
UNC_PRE = "UNC_PRE"
UNC_POST = "UNC_POST"
HIST_PRE = "HIST_PRE"
HIST_POST = "HIST_POST"
HYP_PRE = "HYP_PRE"
HYP_POST = "HYP_POST"
PSEUDO = "PSEUDO"
TERMINATE = "TERMINATE"

_NEG_PRE = (
    "no", "not", "without", "absence of", "absent", "negative for", "no evidence of", "no sonographic evidence of",
    "no ultrasound evidence of", "no signs of", "no sign of", "free of", "no definite", "no obvious", "no visible",
    "no demonstrable", "no significant", "nor", "neither", "never", "rules out", "ruled out", "no further",
    "not demonstrate", "does not demonstrate", "did not demonstrate", "does not show", "do not show",
    "fails to reveal", "failed to demonstrate", "cannot see", "no residual", "no longer", "resolution of",
    "there is no", "there are no", "devoid of", "lack of", "lacks", "nil", "none", "non", "non -",
    "fail to demonstrate", "fails to demonstrate", "failed to show", "fails to show", "fail to show",
    "did not show", "does not reveal", "did not reveal", "no appreciable",
    "not grossly", "negative for any", "free from", "lacking", "lack", "devoid of any",
    # Lay and contracted wording in patient posts ("she couldn't see any flow", "they didn't find a cyst").
    "couldn't see", "could not see", "couldnt see", "can't see", "cant see", "couldn't find", "could not find",
    "didn't see", "did not see", "didnt see", "didn't find", "did not find", "didnt find", "didn't show",
    "doesn't show", "don't see", "dont see", "wasn't any", "weren't any", "there wasn't", "there weren't",
    "there's no", "theres no", "neg for", "neg. for", "no apparent",
    # A pronoun of denial before what is denied ("nothing solid in it", "nothing cystic"): a short scope.
    "nothing",
    # The same denials in the languages of bilingual and translated reports (German "Kein Hinweis auf
    # Raumforderung", Dutch "geen cysten", French "pas de vascularisation", Spanish "sin colección"), which the
    # guideline reads as their English equivalents ("sin" is also the Latin left side: udt.parser.spanish_without).
    "kein", "keine", "keinen", "keiner", "kein hinweis auf", "keine hinweise auf", "ohne", "geen", "pas de", "pas d'",
    "pas d’", "absence d'", "absence d’", "sans", "sin",
    # Portuguese "sem" and the wordier absences of French, Spanish and Portuguese templates ("Sem varicocele",
    # "Ausência de líquido livre", "No se observan adenopatías", "Não há líquido livre").
    "sem", "absence de", "ausencia de", "ausência de", "não há", "nao há", "não se observa", "não se observam",
    "no se observa", "no se observan", "no se visualiza", "no se visualizan", "no hay",
    # (... and the other Portuguese verbs of seeing, accented or typed without: "Não se visualizam quistos")
    *(f"{no} se {verb}" for no in ("não", "nao") for verb in ("visualiza", "visualizam", "identifica", "identificam")),
    "nao se observa", "nao se observam",
    # The denials of Italian, Dutch, German and French templates the lists above lack ("Nessuna lesione focale",
    # "senza calcoli", "zonder stuwing", "keinerlei Raumforderung", "aucune lésion focale").
    "nessun", "nessuna", "nessuno", "senza", "assenza di", "non si osserva", "non si osservano", "zonder",
    "geen aanwijzingen voor", "keinerlei", "kein nachweis von", "kein anhalt für", "nenhum", "nenhuma", "aucun",
    "aucune",
)
# Privative adjectives of a value word that deny it ("shadowless" -> no shadowing): split by the tokenizer into the
# value word and "less" (see udt.parser.privatives). Listed one by one: "echoless" is anechoic, "painless" no value.
PRIVATIVE_WORDS = ("shadowless",)
# ... and value words that a glued "-free" denies ("shadow-free" -> no shadowing; udt.parser.privatives). Listed one
# by one as well: "echo-free" is the anechoic value itself, "stone-free" and "symptom-free" name no descriptor value.
FREE_PRIVATIVE_WORDS = ("shadow", "shadowing")
# Pronouns of denial among the negation cues: in the ontology's terms they open normal wording ("nothing abnormal
# detected"), which states no absence of a dimension (see udt.parser.vocabulary).
NEGATING_PRONOUNS = ("nothing",)
# Doubt worded as a negated exclusion ("could not be excluded", "not entirely excluded"): longer than the
# negation "excluded" inside them, so the longest match makes them hedges. They look back only: what follows
# ("cannot be entirely excluded in this nodule") is where the doubt lies, not what is doubted.
_NOT_EXCLUDED = (
    "could not be excluded", "could not be ruled out", "can't be excluded", "can't be ruled out",
    "cannot be entirely excluded", "cannot be completely excluded", "cannot be definitely excluded",
    "cannot be entirely ruled out", "cannot be completely ruled out", "could not be entirely excluded",
    "could not be completely excluded", "not entirely excluded", "not completely excluded", "not be excluded",
    "not be ruled out", "not entirely ruled out", "not completely ruled out", "not definitely excluded",
    "not confidently excluded", "cannot be confidently excluded", "could not be confidently excluded",
    "not possible to exclude", "not possible to rule out", "difficult to exclude", "unable to exclude",
    "cannot be totally excluded", "cannot be fully excluded", "cannot be totally ruled out",
    "cannot be fully ruled out", "could not be totally excluded", "could not be fully excluded",
    "not totally excluded", "not fully excluded", "not totally ruled out", "not fully ruled out",
    "cannot be excluded with certainty", "can not be totally excluded", "cannot be reliably excluded",
    "not be totally excluded", "not be fully excluded",
)
# ... and the same doubt with the other verbs English uses for setting a possibility aside ("a lipoma cannot be
# discounted", "an abscess could not be entirely dismissed", "a haematoma is not out of the question"): spelled out
# from the negated modal, an adverb of degree and the verb, so that no wording of it is left to chance.
_DISMISSED = (
    *(f"{negation} {adverb}{verb}"
      for negation in ("cannot be", "can not be", "can't be", "cant be", "could not be", "couldn't be", "couldnt be",
                       "not be", "not")
      for adverb in ("", "entirely ", "completely ", "fully ", "totally ", "confidently ", "definitely ", "reliably ",
                     "safely ")
      # ... and "excluded"/"ruled out" in every such combination ("can't be completely excluded")
      for verb in ("discounted", "dismissed", "eliminated", "excluded", "ruled out")),
    "not out of the question", "is not out of the question", "not impossible", "is not impossible",
)
# An exclusion not (yet) made, in the perfect or passive ("a tumour has not been ruled out", "an abscess is not yet
# excluded"), backward; and in the active ("they haven't ruled out a tumour", "we did not exclude a cyst"), forward.
# Longer than the negation "not"/"n't" and the pseudo-cue "not been ruled out" inside them. "nt": an apostrophe-less
# contraction ("havent" -> "have", "nt").
_EXCLUSION_VERBS = ("excluded", "ruled out", "discounted", "dismissed")
_NOT_YET_EXCLUDED = (
    *(f"{auxiliary} {negation} {yet}been {verb}" for auxiliary in ("has", "have", "had")
      for negation in ("not", "n't", "nt") for yet in ("", "yet ") for verb in _EXCLUSION_VERBS),
    *(f"{auxiliary} {negation} yet {verb}" for auxiliary in ("is", "are", "was", "were")
      for negation in ("not", "n't", "nt") for verb in _EXCLUSION_VERBS),
    "not yet excluded", "not yet ruled out",
)
# An exclusion still to be made, after the finding ("bladder lesion - TCC to be excluded", "a tumour must be ruled
# out", "(abscess needs to be excluded)"): the finding is suspected, so doubted, not denied; longer than the
# negation "excluded" inside them.
_STILL_TO_EXCLUDE = tuple(f"{modal}{verb}" for modal in ("to be ", "must be ", "should be ", "needs to be ",
                                                          "need to be ", "has to be ", "have to be ")
                          for verb in ("excluded", "ruled out"))
# ... and before it, as the clause a finding's own phrase ends with ("left testicular solid lesion, to rule out
# neoplasia"): a doubt, unlike the purpose of a recommendation ("repeat in 6 weeks to exclude a mass", HYP), which no
# comma or dash parts from its verb.
_THEN_TO_EXCLUDE = tuple(f"{mark} to {verb}{article}" for mark in (",", "-", "–")
                         for verb in ("rule out", "exclude") for article in ("", " a", " an"))
_HAVE_NOT_EXCLUDED = (
    *(f"{auxiliary} {negation} {yet}{verb}" for auxiliary in ("have", "has", "had")
      for negation in ("not", "n't", "nt") for yet in ("", "yet ") for verb in ("excluded", "ruled out")),
    *(f"{auxiliary} {negation} {verb}" for auxiliary in ("do", "does", "did")
      for negation in ("not", "n't", "nt") for verb in ("exclude", "rule out")),
)
# A finding that may have been there ("a small cyst may have been present").
_MAY_HAVE_BEEN = tuple(f"{modal} have been {seen}" for modal in ("may", "might", "could")
                       for seen in ("present", "seen", "noted", "visible"))
# A likeness denied by a pro-form ("it can look like a mass but isn't one", "resembles a lipoma but is not really one",
# "looked like a cyst but it's not."): the likened finding is denied. The pro-form stands for the noun phrase right
# before "but" (context.py reads the cue only back to the nearest mention); without "one" the denial must end its
# clause ("but it's not complex" describes the finding).
PRO_FORM_DENIAL_OPENER = "but"
_PRO_FORM_DENIALS = (
    *(f"but {denial} {adverb}one"
      for denial in ("is not", "isn't", "isnt", "was not", "wasn't", "wasnt", "it is not", "it's not", "its not",
                     "it isn't", "it isnt", "it was not", "it wasn't", "it wasnt")
      for adverb in ("", "really ", "actually ", "truly ")),
    *(f"but {denial}{end}"
      for denial in ("it is not", "it's not", "its not", "it isn't", "it isnt", "it was not", "it wasn't", "it wasnt")
      for end in (".", ",", ";", "!")),
)
_NEG_POST = (
    *_PRO_FORM_DENIALS,
    "not seen", "not identified", "not visualised", "not visualized", "not demonstrated", "not detected",
    "not present", "not noted", "not appreciated", "not evident", "is absent", "are absent", "was absent",
    "absent", "was not seen", "were not seen", "is not seen", "are not seen", "has resolved", "have resolved",
    "resolved", "ruled out", "excluded", "is excluded", "none", "none seen", "none identified", "negative",
    "nil", "not visible", "not found", "not demonstrable", "not appreciable", "not detectable", "not shown",
    # Something seen before and gone now ("the cyst is no longer seen").
    "no longer seen", "no longer visible", "no longer identified", "no longer present", "no longer demonstrated",
    "no longer visualised", "no longer visualized", "no longer evident", "no longer appreciated",
    "no longer detected", "no longer apparent", "has disappeared", "have disappeared",
    # Translated report idiom ("free liquid is not determined", "concrements are not revealed").
    "not determined", "is not determined", "are not determined", "was not determined", "were not determined",
    "not revealed", "is not revealed", "are not revealed", "was not revealed", "were not revealed",
    "not registered", "is not registered", "are not registered", "was not registered",
    # "observed" is the translated reports' "seen" ("Free liquid: not observed", "calculi were not observed").
    "not observed", "is not observed", "are not observed", "was not observed", "were not observed",
    "wasn't seen", "weren't seen", "isn't seen", "aren't seen", "wasn't visible", "wasn't found",
    # A negation after a modal, longer than the hedge "could" inside it ("flow could not be demonstrated").
    "could not be demonstrated", "cannot be demonstrated", "could not be identified", "cannot be identified",
    "could not be detected", "cannot be detected", "could not be seen", "cannot be seen", "could not be shown",
    "could not be elicited", "cannot be elicited", "could not be found", "can not be demonstrated",
    "can not be identified", "can not be seen", "can not be detected",
)
# Doubt worded as an inability to tell findings apart ("cannot differentiate between a complicated cyst and a solid
# mass", "unable to distinguish a haematoma from an abscess", "hard to tell a cyst from a node"): every finding
# named after it is doubted. Spelled out from the ways English says "cannot" and "tell apart", so that a negation
# inside them ("not", "unable") never denies the alternatives; the shorter "not" loses to the longer match.
_INABILITY = ("cannot", "can not", "can't", "cant", "could not", "couldn't", "couldnt", "unable to", "not able to",
              "not possible to", "impossible to", "difficult to", "hard to", "not easy to", "no way to")
_TELL_APART = ("differentiate", "distinguish", "discriminate", "tell apart", "tell if", "tell whether", "say if",
               "say whether", "be sure if", "be sure whether", "be certain if", "be certain whether",
               "reliably differentiate", "reliably distinguish", "confidently differentiate", "confidently distinguish",
               "definitely differentiate", "definitely distinguish")
_CANNOT_TELL_APART = tuple(f"{m} {v}" for m in _INABILITY for v in _TELL_APART)
# The same said after the findings ("a haematoma and an abscess cannot be differentiated").
_TOLD_APART = ("differentiated", "distinguished", "discriminated", "told apart", "reliably differentiated",
               "reliably distinguished", "confidently differentiated", "confidently distinguished")
TOLD_APART_WORDS = ("differentiated", "distinguished", "discriminated", "apart")
_NOT_TOLD_APART = tuple(f"{m} be {v}" for m in ("cannot", "can not", "can't", "could not", "couldn't")
                        for v in _TOLD_APART)
# Doubt worded as an inability to exclude, in the active voice ("it is not possible to exclude a small abscess",
# "unable to rule out a cystic neoplasm", "impossible to confidently exclude a mass"): the verb's object follows, so
# the cue looks forward; the same phrase after its subject ("an abscess is difficult to exclude") is a POST cue
# (_NOT_EXCLUDED) too, so a phrase in both lists looks both ways. Spelled out from the ways English says "cannot"
# (_INABILITY) and "exclude", so that the negation inside ("not", "unable") never denies what follows.
_EXCLUDE = tuple(f"{adverb}{verb}" for adverb in ("", "entirely ", "completely ", "confidently ", "definitely ",
                                                  "reliably ", "fully ", "totally ", "firmly ")
                 for verb in ("exclude", "rule out", "exclude the possibility of", "discount", "dismiss", "eliminate"))
_CANNOT_EXCLUDE = tuple(f"{m} {v}" for m in _INABILITY for v in _EXCLUDE)
# Doubt a speaker owns up to ("my doctor wasn't sure if it was a cyst", "they're not certain whether this is a
# fibroid", "the doctor isn't convinced it's a cyst"): "sure"/"certain"/"convinced" denied, then the open question.
# "n't" is the token a contraction leaves ("wasn't" -> "was", "n't").
_NOT_SURE = tuple(f"{negation} {degree}{adjective} {opener}"
                  # "nt": the token a contraction typed without its apostrophe leaves ("wasnt" -> "was", "nt")
                  for negation in ("n't", "nt", "not")
                  for degree in ("", "really ", "100% ", "entirely ", "quite ", "totally ", "completely ")
                  for adjective in ("sure", "certain", "convinced", "positive")
                  for opener in ("if", "whether", "that", "it's", "its", "it is", "it was", "this is"))
# A hedge adverb between a copula and a word of existence doubts the subject before it ("a small cyst is probably
# present", "septations are possibly seen", "flow was likely present"): longer than the forward hedge "is probably",
# which would otherwise take the copula and look ahead at nothing.
_HEDGED_EXISTENCE = tuple(f"{copula} {adverb} {seen}" for copula in ("is", "are", "was", "were")
                          for adverb in ("probably", "possibly", "likely", "questionably", "perhaps", "maybe")
                          for seen in ("present", "seen", "noted", "identified", "visible", "demonstrated"))
# An opinion in the past, mostly relayed in patient posts and case histories ("the GP thought it was a cyst", "she
# thought she saw a cyst"): doubt about what follows. "thought" alone is also a noun, so only with its clause.
_THOUGHT = tuple(f"thought {rest}" for rest in (
    "it was", "it's", "it is", "it might be", "it could be", "this was", "that it was", "that this was",
    "there was", "she saw", "he saw", "they saw", "she felt", "he felt", "i had"))
# Two findings weighed against each other ("a haematoma is more likely than an abscess", "cyst less likely than
# abscess"): both are doubted, so the phrase is listed as a PRE and a POST cue (it looks both ways); longer than
# the backward "is more likely" inside it.
_WEIGHED = tuple(f"{verb}{degree} likely than" for verb in (
    "", "is ", "was ", "are ", "were ", "thought ", "was thought ", "considered ", "was considered ", "felt ",
    "was felt ", "seems ", "seemed ", "felt to be ", "thought to be ", "considered to be ")
    for degree in ("more", "less", "much more", "much less", "far more", "far less"))
# Confidence short of certainty, as a report is relayed ("they're pretty sure it's a fibroid", "99% sure it's a cyst",
# "fairly confident it is a haemangioma"); "sure"/"certain" alone assert.
_FAIRLY_SURE = tuple(f"{degree} {adjective}" for degree in ("pretty", "fairly", "almost", "reasonably", "%", "percent",
                                                            "nearly", "mostly")
                     for adjective in ("sure", "certain", "confident"))
# A finding called not clearly or not definitely there ("Not clearly a discrete mass", "not definitely a cyst"):
# doubt, where "no definite cyst" denies. Longer than the pseudo-cue "not clearly" ("not clearly seen").
CERTAINTY_ADVERBS = ("clearly", "definitely", "convincingly", "certainly", "obviously", "necessarily")
_NOT_CLEARLY = tuple(f"not {adverb} {article}" for adverb in CERTAINTY_ADVERBS for article in ("a", "an", "any"))
# Certainty words that a negation before them turns into a negated hedge ("no sonographic evidence of a definite
# abscess": denied, as "no definite abscess"); elsewhere they end a cue's scope (TERMINATE).
CERTAINTY_WORDS = ("definite", "definitely", "convincing", "convincingly", "clear", "clearly", "obvious", "certain",
                   "unequivocal")
# Nouns of a change in a structure: a hedge on one doubts the change, and the structure named after "of" is there
# ("equivocal thickening of one septum": septations seen; "possible disruption of the cyst wall": the cyst seen).
CHANGE_NOUNS = ("thickening", "thinning", "irregularity", "disruption", "interruption", "distortion", "enlargement",
                "dilatation", "dilation", "widening", "narrowing", "nodularity", "effacement", "displacement",
                "rupture", "breach", "retraction", "loss")
# The nouns of the released diagnosis values and of a lesion named by none: a composition adjective before one of
# them describes what may be there ("possible solid mass"); before a named diagnosis it names its kind ("cystic
# metastasis").
VALUE_NOUNS = ("mass", "masses", "cyst", "cysts", "nodule", "nodules", "lesion", "lesions", "collection",
               "collections", "area", "areas", "component", "components", "focus", "foci", "structure", "change")
# Adverbs of degree that may open a sentence before its hedge adverb ("Most probably, this represents ...").
HEDGE_INTENSIFIERS = ("most", "more", "very", "quite", "highly", "rather", "fairly")
# A subject seen, its nature weighed in the passive ("the mass was suspected to be a fibroma"): the predicate is
# doubted, the subject stands (longer than the backward "was suspected").
_SUSPECTED_TO_BE = tuple(f"{copula}suspected to {verb}" for copula in ("", "is ", "was ", "are ", "were ")
                         for verb in ("be", "represent"))
DIFFERENTIAL_ABBREVIATION = "dd"
# The Vietnamese usage "follow X" (theo doi: to be watched as, suspected) right before the diagnosis it offers
# ("Liver nodule segment VI, follow haemangioma"); elsewhere ("follow-up", "report to follow") it is no hedge.
FOLLOW_HEDGE = "follow"
_UNC_PRE = (
    *_CANNOT_TELL_APART, *_NOT_CLEARLY, *_CANNOT_EXCLUDE, *_NOT_SURE, *_THOUGHT, *_WEIGHED, *_FAIRLY_SURE,
    # British lay opinion, like "think" ("they reckon it's a cyst").
    "reckon", "reckons", "reckoned",
    "possible", "possibly", "suspicious for", "suspected", "concerning for", "cannot exclude", "can not exclude",
    "cannot rule out", "can not rule out", "cannot be excluded", "questionable", "question of", "query", "?",
    "may represent", "might represent", "could represent", "may be", "might be", "could be", "differential includes",
    "differential diagnosis includes", "differential diagnosis", "ddx", "equivocal", "uncertain",
    # The European abbreviation of the differential ("DD adenoom, FNH", "DD: Warthin tumour / node"), only right
    # before the diagnosis it offers: a post's "DD (7 weeks)" is a daughter (context._differential_abbreviations).
    DIFFERENTIAL_ABBREVIATION, FOLLOW_HEDGE,
    "not excluded", "versus", "vs", "or possibly", "borderline", "suggestion of", "r/o",
    # Hedges: "likely" and "probably" leave a finding unconfirmed ("most likely a haemangioma").
    "likely", "most likely", "more likely", "probably", "probable", "presumably", "presumed", "presumptive", "perhaps",
    # "Almost/nearly certainly a lipoma": near-certainty is still short of an assertion, as "most likely" is.
    "almost certainly", "nearly certainly",
    "likely represents", "likely representing", "probably represents", "thought to represent",
    "favour", "favor", "favoured", "favored", "favouring", "favoring", "suggestive of", "suggests", "suggesting",
    "worrisome for", "worrying for", "may", "might", "could", "appears to be", "appear to be", "? of",
    "in favour of", "in favor of", "impression of", "likely to be",
    # Common misspellings of hedges.
    "probabaly", "probaly", "propably", "likley", "likly", "possibily", "posible", "possibel", "possiblly",
    "suspicous", "prob", "poss", "differential", "the differential was", "the differential is",
    # Looks both ways (also listed as a POST cue): "the most likely diagnosis is a cyst", "a cyst was the most likely".
    "the most likely",
    # Translated reports: "formation is suspicious on malignant neoplasm".
    "suspicious on", "suspicious of",
    # ... and French ("évoquant une tumeur", "évocateur de"): "a budding formation evoking a tumour".
    "evoking", "evocative of", "evokes", "evoke",
    # ... and the hedges of French, Spanish and Portuguese templates ("hallazgos sugestivos de lipoma", "Hipótese:
    # carcinoma", "évocateur d'un kyste").
    "évoquant", "évocateur de", "évocatrice de", "sugestivo de", "sugestiva de", "sugestivos de", "sugestivas de",
    "sugerente de", "sugerentes de", "hipótese", "hipótesis", "hypothèse", "sospecha de", "suspeita de",
    "probablemente", "provável", "probablement",
    # "appearances suggest a haemangioma" is a hedge; "suggest" alone is a recommendation (HYP_PRE).
    "appearances suggest", "appearances would suggest", "findings suggest", "features suggest", "would suggest",
    "which suggests", "which suggest", "likely to represent", "is likely", "are likely", "is probably",
    "are probably", "is most likely", "most likely represents", "is possibly", "unable to exclude",
    "raising the possibility of", "raises the possibility of", "raise the possibility of", "the possibility of",
    "possibility of", "appearance suggested", "appearances suggested", "appearance suggests", "findings suggested",
    # "vs." is one token; translated "suspicion on"; "indeterminate between X and Y"; "less likely".
    "vs.", "suspicion of", "suspicion on", "suspicion for", "indeterminate between", "less likely",
    "in the differential", "indeterminate",
    # Likeness and opinion, mostly in patient posts and teaching discussions ("it looks like a cyst", "they think
    # it is a fibroid", "maybe a lipoma", "we suspect an abscess", "appears to represent a haematoma").
    "looks like", "look like", "looked like", "looking like", "resembles", "resembling", "resemble",
    "seems to be", "seem to be", "seemed to be", "appears to represent", "appear to represent",
    "appeared to represent", "thought to be", "believed to be", "felt to be", "felt to represent",
    "presumed to be", "assumed to be", "maybe", "suspect", "suspects", "think", "thinks", "believe", "believes",
    "concern for", "raise concern for", "raises concern for", "raising concern for", "raised concern for",
    "with concern for", "worry for", "in keeping with possible", "?query",
    # What a finding may reflect or cannot be told apart from ("may reflect a haematoma", "cannot be distinguished
    # from an abscess", "an apparent cyst", "too small to characterise").
    "may reflect", "might reflect", "could reflect", "likely reflects", "likely reflecting", "probably reflects",
    "probably reflecting", "possibly reflecting", "possibly reflects", "cannot be differentiated from",
    "cannot be distinguished from", "can not be distinguished from", "not distinguishable from",
    "indistinguishable from", "potential", "potentially", "apparent", "apparently", "seemingly", "conceivably",
    "questionably", "equivocally", "too small to characterize", "too small to characterise",
    # A finding said not to look like itself ("this is not typical of a haemangioma", "atypical for a lipoma").
    "not typical of", "not typical for", "atypical for", "atypical of", "not characteristic of", "not classic for",
    "not classical for", "not the typical appearance of", "not a typical appearance for",
    # An open question about the finding ("it is unclear whether this is a cyst", "not clear if this represents").
    "unclear whether", "unclear if", "not clear whether", "not clear if", "uncertain whether", "uncertain if",
    "not certain whether", "not certain if", "not sure whether", "not sure if", "unsure whether", "unsure if",
    "whether this represents", "whether this is",
    # Teaching cases: "main differentials: ...", a look-alike ("mimicking a cyst", "simulating an abscess").
    "differentials", "main differentials", "differential diagnoses", "differential considerations",
    "considerations include", "other considerations", "mimics", "mimic", "mimicking", "mimicked", "simulating",
    "simulates", "masquerading as",
)
# Every form of the verbs of preference and guessing ("the appearance favours a lipoma", "they're guessing it's a
# fibroid", "I guess it's a cyst"). Not "suggested": "we suggested a follow-up scan for the cyst" recommends.
_VERB_FORMS = tuple(f"{stem}{ending}" for stem in ("favour", "favor") for ending in ("", "s", "ed", "ing")) + tuple(
    f"gues{ending}" for ending in ("s", "ses", "sed", "sing"))
# Adjectives and adverbs of doubt besides "possible"/"probable" ("a putative haematoma", "tentative diagnosis of
# fibroadenoma", "a doubtful small cyst", "queried abscess", "provisionally a lipoma").
_DOUBT_ADJECTIVES = ("putative", "putatively", "tentative", "tentatively", "provisional", "provisionally",
                     "doubtful", "queried")
# A modal or hedge adverb before the cause it proposes ("may be due to a haematoma", "could have been secondary to an
# abscess", "probably related to a cyst"): one cue, so the cause words (terminators elsewhere: "cyst due to ...")
# are its object and do not end it.
_HEDGED_CAUSE = tuple(f"{hedge} {auxiliary}{link}"
                      for hedge in ("may", "might", "could", "possibly", "probably", "likely", "perhaps")
                      for auxiliary in ("", "be ", "have been ", "well be ")
                      for link in ("due to", "secondary to", "related to", "caused by"))
# The abbreviations of "versus" besides "vs"/"vs." ("metastasis v. haemangioma", "haematoma v/s abscess").
_VERSUS = ("v.", "v / s", "v/s")
# Doubt worded as an inability to confirm ("unable to confirm or exclude a small cyst", "cannot confirm an abscess",
# "the study neither confirms nor excludes a mass"), forward; the same after the finding ("a mass is neither confirmed
# nor excluded", "a cyst could not be confirmed"), backward. Spelled out from _INABILITY and the verbs of proof.
_CONFIRM = ("confirm", "confirm or exclude", "confirm or refute", "confirm or deny", "confirm or rule out",
            "exclude or confirm", "prove", "definitely confirm", "reliably confirm")
_CANNOT_CONFIRM = (*(f"{m} {v}" for m in _INABILITY for v in _CONFIRM),
                   "neither confirms nor excludes", "neither confirm nor exclude", "neither confirms nor refutes")
_NOT_CONFIRMED = (*(f"{m} be {v}" for m in ("cannot", "can not", "can't", "could not", "couldn't")
                    for v in ("confirmed", "confirmed or excluded", "confirmed or ruled out", "proven", "proved")),
                  "neither confirmed nor excluded", "neither confirmed nor ruled out", "not confirmed or excluded")
# Opinion verbs besides think/believe/suspect/reckon ("I assume it's a cyst", "presumes a lipoma", "I suppose it could
# be"), an alternative offered ("alternatively a haematoma"), the superlative "likeliest" ("the likeliest diagnosis is
# a lipoma"; also backward, like "the most likely"), and doubt about what a finding is ("indeterminate for
# haemangioma", "a possibility of a cyst").
_OPINION_VERBS = ("assume", "assumes", "assuming", "presume", "presumes", "presuming", "suppose", "supposes",
                  "alternatively", "likeliest", "the likeliest", "indeterminate for", "a possibility of",
                  # longer than the backward "are indeterminate" that would otherwise take the copula
                  *(f"{copula} indeterminate for" for copula in ("is", "are", "was", "were")))
# A conditional before a word of assertion hedges it ("this would be in keeping with an epidermoid cyst", "would be
# consistent with a haematoma"): longer than the assertions, which end a cue's scope elsewhere.
_CONDITIONAL_ASSERTIONS = tuple(f"would {be}{assertion}" for be in ("be ", "also be ", "be most ", "seem ", "appear ")
                                for assertion in ("consistent with", "in keeping with", "compatible with",
                                                  "typical of", "characteristic of", "in favour of", "in favor of"))
# Idioms of probability, both ways ("in all likelihood a cyst", "a cyst in all probability"), the verb "query" in all
# its forms ("queries a small cyst"), and a finding said to fall short of diagnosis ("not diagnostic of an abscess",
# "consistent with but not diagnostic of a haemangioma"; longer than the negation "not").
_PROBABILITY_IDIOMS = ("in all likelihood", "in all probability", "in all likelyhood", "by all likelihood")
# A probability word alone in brackets after the diagnosis it weighs ("Hemangioma of liver (favour).", "renal
# cyst (probable)", "fibroadenoma (most likely)"): a doubt said after the finding. Read as one cue, longer than the
# word's forward reading ("probable cyst"), so that it does not doubt what follows the bracket ("haemangioma
# (favour), renal cyst").
_BRACKETED_PROBABILITY = tuple(f"({word})" for word in (
    "favour", "favor", "favoured", "favored", "probable", "probably", "likely", "most likely", "possible", "possibly",
    "suspected", "questionable", "query", "presumed"))
_SHORT_OF_DIAGNOSIS = (*(f"{negation} {adjective} {preposition}"
                         for negation in ("not", "non-", "non -", "non")
                         for adjective in ("diagnostic", "pathognomonic", "specific")
                         for preposition in ("of", "for")),
                       "nondiagnostic of", "nondiagnostic for", "nonspecific for")
# A noun of weighing as the head of its clause's subject ("the main consideration is a Baker's cyst", "initial
# considerations were an abscess and a haematoma") or of an existential with its own clause ("there's a possibility
# it's a cyst", "the possibility that this is an abscess"): the complement is what is doubted. Spelled out over the
# nouns and the copulas or the clause openers after them (longer than the backward "a possibility").
HEDGE_NOUNS = ("consideration", "considerations", "possibility", "possibilities", "suspicion", "concern")
_HEDGE_NOUN_SUBJECTS = (*(f"{noun} {copula}" for noun in HEDGE_NOUNS
                          for copula in ("is", "was", "are", "were", "remains", "remain", "would be")),
                        *(f"{article}possibility {opener}" for article in ("", "a ")
                          for opener in ("that", "it", "its", "it's", "this")))
# An adjective of doubt with "for" before what it doubts ("equivocal for a small abscess", "was questionable for a
# septation"), as "suspicious for" and "indeterminate for"; longer than the backward "was equivocal".
_DOUBT_FOR = tuple(f"{copula}{adjective} for" for copula in ("", "is ", "are ", "was ", "were ")
                   for adjective in ("equivocal", "questionable", "doubtful"))
# Preference over an alternative: both sides are doubted ("a haematoma was favoured over an abscess", guideline:
# "favour X over Y" -> both uncertain). Listed both ways, so the cue looks back at X and forward at Y.
PREFERRED_OVER = tuple(f"{copula}{verb} over" for copula in ("", "is ", "are ", "was ", "were ")
                       for verb in ("favoured", "favored"))
# Abbreviations of "suggestive of" in Indian and South Asian reporting ("Features s/o haemorrhagic cyst", "F/S/O
# liver abscess"), as "r/o" and "e/o".
_ABBREVIATED_SUGGESTION = ("s/o", "f/s/o", "features s/o", "s / o", "f / s / o")
# The slashed hedge abbreviations as written in one piece ("s/o", "f/s/o", "r/o"). The tokenizer splits one at its
# slashes, but a full stop after it stays glued to the last letter as an English initial ("o.", "O.") and hides the
# cue at a sentence's end ("Intramural fibroid s/o."): tokenizer.py splits the stop off these forms. Written after
# the diagnosis at the end of its clause the abbreviation doubts it (guideline: "angiomyolipoma S/O" hedges):
# POSTPOSITIVE_HEDGES, through the last letter.
SLASHED_HEDGES = tuple(cue for cue in (*_ABBREVIATED_SUGGESTION, "r/o") if "/" in cue and " " not in cue)
SLASHED_HEDGE_LETTERS = tuple(sorted({cue.rsplit("/", 1)[1] for cue in SLASHED_HEDGES}))
# A speaker's concern about an indefinite diagnosis ("I'd be concerned about an abscess", "concerned that this is a
# tumour", "raises concerns about an underlying mass"): a hedge. A concern about a definite, known finding ("she was
# concerned about the cyst") doubts nothing, so the article is part of the cue.
# So is a worry ("worried about a clot"): "the lump she's worried about: 1.8 cm, oval" worries about what was named
# before it, and the scan's description after the colon is no doubt.
_CONCERNED = (*(f"{word} about {opener}" for word in ("concerned", "concern", "concerns", "worried", "worry")
                for opener in ("a", "an", "possible", "a possible", "the possibility of")),
              "concerned for", "concerned that", "concerned it", "concerned it's", "concerned its", "concerned this")
# Doubt worded as wondering ("I wonder about a haemangioma", "we wondered whether this was a haematoma").
_WONDERING = tuple(f"{verb} {opener}" for verb in ("wonder", "wonders", "wondered", "wondering")
                   for opener in ("about", "if", "whether"))
# A possibility said to remain, after the finding ("an adenoma remains possible", "an abscess is still possible").
_STILL_POSSIBLE = tuple(f"{copula}{adverb}possible" for copula in ("", "is ", "are ", "was ", "were ", "remains ",
                                                                      "remain ")
                        for adverb in ("still ", "quite ", "certainly ", "entirely ", "")
                        if copula.startswith("remain") or adverb)
# A noun of weighing labelling the alternatives named before it without a verb ("with a mesothelioma or metastases the
# main considerations", "abscess, haematoma - the two main differentials") or after it ("the main considerations are
# a lipoma and a liposarcoma"): both ways. Only with an article, a count or a rank: a bare noun is read elsewhere.
_WEIGHING_LABELS = tuple(
    phrase for phrase in (f"{article}{count}{rank}{noun}" for article in ("the ", "")
                          for count in ("", "two ", "three ") for rank in ("main ", "leading ", "chief ", "principal ",
                                                                           "")
                          for noun in ("consideration", "considerations", "differential", "differentials",
                                       "alternative", "alternatives", "possibilities"))
    if " " in phrase)
# Litotes: a diagnosis called "not unlikely" or "not improbable" is held possible ("it is not unlikely that this is an
# abscess", "a haematoma is not unlikely"): a hedge both ways, longer than the negation "not" and the set-aside
# "unlikely" inside it.
_NOT_UNLIKELY = tuple(f"not {word}{rest}" for word in ("unlikely", "improbable")
                      for rest in ("", " that", " to be", " to represent"))
# French "suspect(e)(s) de", "évocateur/évocatrice(s) de" after the lesion, before the diagnosis it weighs ("lésion
# focale suspecte de carcinome", "adénopathies suspectes de métastases", "formation évocatrice d'un endométriome"):
# every gender and number of the adjective, with each form of "de" (the tokenizer keeps "d'un", "d'une" whole, so
# "évocateur de" alone never reached an elided article). English "suspect of" is listed as a hedge already.
_FRENCH_SUSPECTED = tuple(
    f"{adjective} {link}"
    for adjective in ("suspect", "suspecte", "suspects", "suspectes",
                      "évocateur", "évocatrice", "évocateurs", "évocatrices")
    for link in ("de", "d'un", "d'une", "d’un", "d’une", "des", "du"))
# The hedges of reports in German, Dutch and Spanish that keep them among English words ("V.a. lipoma" = Verdacht
# auf, "fraglich small haemangioma", "verdacht voor Baker cyst", "waarschijnlijk lipoma", "no se descarta un
# hematoma", "am ehesten Hämangiom" = most likely a haemangioma): none of them is an English word.
_FOREIGN_HEDGES = (
    "v.a.", "v. a.", "verdacht auf", "fraglich", "fragliche", "fraglicher", "fragliches", "wahrscheinlich",  # German
    "am ehesten",  # German
    "verdacht", "verdacht voor", "verdacht op", "waarschijnlijk", "vermoedelijk",  # Dutch
    "no se descarta", "no se puede descartar", "sospecha de", "probablemente",  # Spanish
    "provavelmente", "não se exclui", "nao se exclui", "não se pode excluir", "nao se pode excluir",  # Portuguese
)
# A diagnosis named by its rank among the doubts ("the leading diagnosis is an endometrioma", "working diagnosis:
# abscess", "a haematoma was the preferred diagnosis"): the diagnosis offered, not yet shown. The phrase ends on the
# noun "diagnosis", which the ontology matcher reads as a (generic) Diagnosis mention; the context pass keeps these
# phrases although they overlap it (ranked_diagnoses.py). Only with the noun: "the leading edge" ranks nothing.
_DIAGNOSIS_RANKS = ("leading", "working", "preferred", "favoured", "favored", "provisional", "presumptive",
                    "presumed", "tentative", "probable", "likely", "likeliest", "suspected")
_DIAGNOSIS_NOUNS = ("diagnosis", "diagnoses")
RANKED_DIAGNOSIS_PRE = tuple(f"{determiner}{rank} {noun}" for determiner in ("", "the ", "our ", "a ")
                             for rank in _DIAGNOSIS_RANKS for noun in _DIAGNOSIS_NOUNS)
# ... after the diagnosis, as its predicate ("an abscess is the working diagnosis"): looks back. Not with the plain
# probability adjectives ("AML is the likely diagnosis; CT confirmed fat within the lesion"): a case that names its
# diagnosis so often settles it at once with a test that shows a defining feature, which settled_doubts.py does not
# read yet; hedging the diagnosis there would lose the settled reading.
RANKED_DIAGNOSIS_POST = tuple(f"{copula} {determiner}{rank} {noun}"
                              for copula in ("is", "was", "are", "were", "remains", "remained", "would be")
                              for determiner in ("the ", "our ", "a ")
                              for rank in _DIAGNOSIS_RANKS if rank not in ("likely", "likeliest", "probable")
                              for noun in _DIAGNOSIS_NOUNS)
_UNC_PRE = (*_UNC_PRE, *RANKED_DIAGNOSIS_PRE, *_VERB_FORMS, *_NOT_UNLIKELY, *_CONCERNED, *_WONDERING, *_WEIGHING_LABELS,
            *_DOUBT_ADJECTIVES, *_HEDGED_CAUSE, *_VERSUS, *_CANNOT_CONFIRM, *_OPINION_VERBS,
            *_PROBABILITY_IDIOMS, *_SHORT_OF_DIAGNOSIS, "queries", "querying", *_HAVE_NOT_EXCLUDED, *_THEN_TO_EXCLUDE,
            *_CONDITIONAL_ASSERTIONS, *_SUSPECTED_TO_BE, *_HEDGE_NOUN_SUBJECTS, *_DOUBT_FOR, *PREFERRED_OVER,
            *_ABBREVIATED_SUGGESTION, *_FOREIGN_HEDGES, *_FRENCH_SUSPECTED)
_UNC_PRE = tuple(dict.fromkeys(_UNC_PRE))  # a generated phrase may repeat a listed one ("cannot exclude")
# A finding said to be weighed, after it, in the passive ("an abscess was considered.", "a haematoma is queried;",
# "a fibroma was also entertained"): doubt about the subject, but only where the participle ends its clause; "the
# liver was considered normal" and "a cyst was questioned by the patient" go on (context.py keeps the cue only
# before a clause end or a conjunction: OPINION_PARTICIPLES, OPINION_CLAUSE_GOES_ON).
# The rank a translated report gives the diagnosis it weighs ("is firstly considered", "mainly considered").
_RANK_ADVERBS = ("first ", "firstly ", "mainly ", "primarily ", "preferentially ")
# The last words of such a ranked opinion said after the participle ("is considered first."): as the participle, a
# cue only where it ends its clause ("the cyst was considered first for aspiration" goes on).
OPINION_RANK_WORDS = ("first", "firstly", "primarily", "mainly", "all", "place")
OPINION_PARTICIPLES = ("considered", "entertained", "queried", "questioned", "postulated", "proposed", "suggested")
_OPINION_AFTER = tuple(f"{copula} {adverb}{participle}" for copula in ("is", "are", "was", "were")
                       for adverb in ("", "also ", "initially ", "clinically ", "briefly ", *_RANK_ADVERBS)
                       for participle in OPINION_PARTICIPLES)
# ... ranked first, as reports translated from Chinese or Vietnamese put it ("giant cell tumour is firstly
# considered", "haemangioma is considered first", "adenoma first considered"), or from Russian or Ukrainian ("an
# epidermoid cyst is considered in the first place"): the leading diagnosis, still a doubt.
_RANKED_FIRST = (*(f"{copula}considered {rank}" for copula in ("", "is ", "are ", "was ", "were ")
                   for rank in ("first", "firstly", "first of all", "primarily", "mainly", "in first place",
                                "in the first place")),
                 *(f"{adverb}considered" for adverb in _RANK_ADVERBS))
# What may follow such a clause-final participle: another clause, not a predicate of its own.
# (also a bracketed aside, as a legend's "(asterisk)").
OPINION_CLAUSE_GOES_ON = ("but", "and", "although", "though", "however", "while", "whereas", "so", "given",
                          "because", "as", "(", "[")
# A case's judgement of its own diagnosis after it, with any degree ("a sebaceous cyst was thought most likely", "an
# abscess was considered highly probable", "haematoma deemed likely").
_JUDGED_LIKELY = tuple(f"{copula}{verb} {degree}{adjective}" for copula in ("", "is ", "was ", "are ", "were ")
                       for verb in ("thought", "considered", "felt", "deemed", "thought to be", "felt to be",
                                    "considered to be")
                       for degree in ("", "most ", "very ", "highly ", "quite ")
                       for adjective in ("likely", "probable"))
# A finding named as the alternative with a definite article or a ranking adjective ("an endometrioma is the
# differential", "a sarcoma was the other alternative", "a desmoid remains the leading differential").
_THE_DIFFERENTIAL = tuple(f"{copula} the {rank}{noun}" for copula in ("is", "was", "remains", "would be")
                          for rank in ("", "main ", "other ", "leading ", "chief ", "principal ", "only ")
                          for noun in ("differential", "alternative"))
# A diagnosis left for the reader to weigh, after it ("giant cell tumour of the tendon sheath to be considered",
# "a lymphoma should be considered."): still a doubt. As the other opinions, only where the participle ends its clause
# ("the cyst is to be considered for aspiration" goes on: context.py, OPINION_PARTICIPLES).
_TO_BE_CONSIDERED = tuple(f"{modal}{also}considered" for modal in ("to be ", "is to be ", "are to be ", "should be ",
                                                                 "must be ", "needs to be ", "need to be ",
                                                                 "has to be ")
                          for also in ("", "also "))
# A diagnosis left for another examination to confirm ("Left angiomyolipoma to confirm by CT", "endometrioma, to be
# confirmed at MRI"): proposed, not yet asserted. Only with its means or its passive: "MRI to confirm resolution" and
# "rescan to confirm" weigh no diagnosis said before them.
_TO_CONFIRM = (
    *(f"to confirm {means}" for means in ("by", "with", "on", "at")),
    *(f"{lead}to be confirmed" for lead in ("", "yet ", "still ", "remains ", "needs ", "need ")),
)
_UNC_POST = (
    *RANKED_DIAGNOSIS_POST,
    *_OPINION_AFTER, *_RANKED_FIRST, *_JUDGED_LIKELY, *_THE_DIFFERENTIAL, *_TO_BE_CONSIDERED, *_TO_CONFIRM,
    "cannot be excluded", "can not be excluded", "cannot be ruled out", "can not be ruled out", "not excluded",
    "is not excluded", "not ruled out", "is possible", "is suspected", "?", "questioned", "suspected", "versus", "vs",
    "or possibly", "- like", "like", "is likely", "are likely", "is probable", "is favoured", "is favored",
    "was favoured", "was favored", "favoured", "favored", "is the main differential", "main differential",
    "was the leading consideration", "is the leading consideration", "leading consideration",
    "is the main alternative", "the main alternative", "main alternative", "cannot rule out", "can not rule out",
    "could not rule out", "can't rule out",
    # "haemorrhagic cyst is a differential", "a Warthin tumour is less likely", "X vs. Y".
    "vs.", "is a differential", "a differential", "is also a differential", "is in the differential",
    "in the differential", "less likely", "is less likely",
    # A case's weighing of its own diagnosis ("a fibroadenoma was thought probable", "an angiomyolipoma was
    # considered likely", "hydrosalpinx was the most likely diagnosis", "X was also considered").
    # ... or weighs against another ("a vascular calcification was thought more likely than a stone").
    "thought more likely", "was thought more likely", "considered more likely", "was considered more likely",
    "felt more likely", "was felt more likely", "felt to be more likely", "is more likely", "was more likely",
    "seems more likely", "seemed more likely",
    "thought probable", "was thought probable", "thought likely", "was thought likely", "considered likely",
    "was considered likely", "considered probable", "was considered probable", "considered less likely",
    "was considered less likely", "the most likely diagnosis", "was the most likely diagnosis",
    "most likely diagnosis", "the most likely", "was the most likely", "was also considered", "also considered",
    "are probable", "were probable", "was probable", "are possible", "were possible", "was possible",
    # A look-alike named after the finding ("a renal cell carcinoma could look similar", "a metastasis can mimic").
    # A finding offered as one possibility ("a haematoma is also a possibility", "an abscess remains a
    # consideration"), or of uncertain meaning ("a 4 mm focus of uncertain significance").
    "is a possibility", "is also a possibility", "remains a possibility", "a possibility", "is a consideration",
    "is also a consideration", "remains a consideration", "is also possible", "also possible",
    "of uncertain significance", "of indeterminate significance", "of doubtful significance",
    "too small to characterize", "too small to characterise",
    # A doubt said after the finding ("punctate echogenic foci are possibly present", "hyperaemia is equivocal").
    "possibly present", "probably present", "questionably present", "possibly seen", "possibly noted",
    "may be present", "might be present", "could be present", "is equivocal", "are equivocal", "was equivocal",
    "were equivocal", "is questionable", "are questionable", "was questionable", "is doubtful", "is uncertain",
    "is indeterminate", "are indeterminate", "remains equivocal", "remain equivocal", "not certain",
    "was likely", "were likely", "seems likely", "seemed likely", "appears likely", "looks likely",
    "could look similar", "can look similar", "may look similar", "could appear similar", "can appear similar",
    "may appear similar", "could look identical", "can look identical", "can mimic", "could mimic", "may mimic",
    "can mimic this", "could mimic this", "may mimic this", "would look similar",
    *_NOT_EXCLUDED, *_DISMISSED, *_NOT_YET_EXCLUDED, *_STILL_TO_EXCLUDE, *_MAY_HAVE_BEEN,
    *_NOT_TOLD_APART,
    *_HEDGED_EXISTENCE,
    *_WEIGHED,
    *_VERSUS, *_NOT_CONFIRMED,
    # A finding offered as one possibility with any copula or modal ("an abscess would be a consideration", "a
    # haematoma may be an alternative", "a lipoma is the likeliest explanation").
    *(f"{copula} {offer}" for copula in ("would be", "could be", "may be", "might be", "would also be", "is also",
                                         "remains", "remain", "was", "is")
      for offer in ("a consideration", "a possibility", "an alternative", "a differential", "in the differential",
                    "the likeliest", "the likeliest explanation", "the likeliest diagnosis")),
    "the likeliest", "likeliest", *_PROBABILITY_IDIOMS, *_BRACKETED_PROBABILITY, *PREFERRED_OVER, *_NOT_UNLIKELY,
    *_STILL_POSSIBLE,
    # The working diagnosis held until a test settles it ("mesothelioma or metastases until proven otherwise", "RCC
    # until proven otherwise"): suspected, not yet shown.
    "until proven otherwise", "until proved otherwise", "unless proven otherwise", "until otherwise proven",
    *_WEIGHING_LABELS,
)
_UNC_POST = tuple(dict.fromkeys(_UNC_POST))  # a generated phrase may repeat a listed one ("thought likely")
# Operations whose "for" names the disease they removed (_HIST_PRE): an organ's removal or replacement, written of
# as done; not "surgery"/"resection", also planned ("surgery for the mass is planned").
_TREATED_FOR = ("thyroidectomy", "hemithyroidectomy", "mastectomy", "lumpectomy", "nephrectomy", "hepatectomy",
                "orchidectomy", "orchiectomy", "hysterectomy", "oophorectomy", "parotidectomy", "transplanted",
                "operated")
# The way a past treatment was done, between "after" and the treatment ("after percutaneous drainage of").
_TREATMENT_MANNERS = ("percutaneous", "surgical", "complete", "successful", "open", "laparoscopic", "repeat",
                      "repeated", "ultrasound-guided", "us-guided", "ct-guided", "image-guided", "needle")
_HIST_PRE = (
    "prior", "previous",  # (NEAR_HISTORY_CUES: they reach only the noun phrase they open)
    "history of", "status post", "s/p", "hx of", "h/o", "previous history of", "prior history of",
    "past history of", "treated", "previously treated", "previously seen", "previously noted", "previously described",
    "previously demonstrated",
    # A relative's disease abbreviated in a referral ("FHx DDH.", "Fam hx breast ca"): family history, never this
    # scan's finding ("FH" alone is the fetal heart or femoral head, so only the "hx" forms).
    "fhx", "fhx of", "fam hx", "fam hx of", "family hx", "family hx of",
    # A finding treated before this scan ("re-scanned six weeks after drainage of a liver abscess", "following
    # excision of a lipoma"): the past; what the scan shows now is said after it.
    # ... with the way it was done between ("after percutaneous drainage of a 7 cm liver abscess", "following
    # ultrasound-guided aspiration of a breast abscess", "after surgical excision of a ganglion").
    *(f"{when} {manner}{treatment} of" for when in ("after", "following", "post", "since")
      for manner in ("", *(f"{m} " for m in _TREATMENT_MANNERS))
      for treatment in ("drainage", "aspiration", "excision", "resection", "removal", "ablation", "embolisation",
                        "embolization", "sclerotherapy", "surgery", "treatment", "enucleation", "marsupialisation",
                        "marsupialization", "incision and drainage")),
    # A disease an operation or a transplant was done for ("status after total thyroidectomy for papillary
    # carcinoma", "transplanted for HCC", "hysterectomy for fibroids"): the patient's past; what the scan shows now is
    # said apart.
    *(f"{treatment} for" for treatment in _TREATED_FOR),
    # The disease a patient waits on a (transplant) list for ("Pt on list for cirrhosis + HCC", "listed for liver
    # transplant for HCC"): the reason for the listing, known before this scan, as "transplanted for" is.
    *(f"{listed} for" for listed in ("on list", "on the list", "on waiting list", "on the waiting list",
                                     "on the transplant list", "on the transplant waiting list", "listed",
                                     "waitlisted", "wait-listed")),
    # A legend title's clinical context ("Axillary node in a patient with breast cancer"): the patient's disease,
    # not an organ the figure shows.
    "in a patient with", "in a woman with", "in a man with", "in a patient known to have",
    # Why the patient is in hospital ("my dad is in hospital with pneumonia"): the admission's illness, history.
    *(f"{stay} {why}" for stay in ("in hospital", "in the hospital", "admitted", "hospitalised", "hospitalized",
                                   "was admitted", "been admitted")
      for why in ("with", "for")),
)
# The past, said after the finding ("she had breast cancer 5 yrs ago", "a cyst drained two years ago").
_HIST_POST = (
    "ago", "years ago", "yrs ago", "months ago", "weeks ago", "year ago", "month ago", "in the past",
    "some years ago", "many years ago", "long ago", "years earlier", "yrs earlier", "months earlier",
    "weeks earlier", "year earlier", "month earlier",
)
# A statement about a kind of finding in general, after its plural noun ("parotid tumours are usually benign",
# "simple cysts are common", "haemangiomas are typically hyperechoic"): no finding of this patient.
_GENERIC_POST = tuple(f"are {adverb}" for adverb in (
    "usually", "often", "generally", "typically", "commonly", "common", "rarely", "mostly", "almost always",
    "nearly always", "very common", "frequently", "classically", "normally", "seldom", "uncommon", "rare",
    # ... said with an intensifier, as a doctor relayed in a post ("haemangiomas are super common").
    *(f"{intensifier} {how}" for intensifier in ("super", "really", "quite", "fairly", "pretty", "extremely",
                                                 "incredibly", "so", "very", "relatively")
      for how in ("common", "rare", "uncommon", "frequent") if f"{intensifier} {how}" != "very common")))
# Words that place a lesion in or on a bone ("Dependent on the outer table of the frontal bone, a lesion without soft
# tissue component", "cortical lesion of the rib"): a bone lesion's "soft tissue component" is its spread out of the
# bone (senses._bone_extension), not tissue inside a lesion (solid components).
BONE_WORDS = ("bone", "bones", "osseous", "bony", "cortex", "cortical", "periosteum", "periosteal", "skull",
              "calvarium", "calvaria", "calvarial", "rib", "ribs", "vertebra", "vertebral", "sternum", "clavicle",
              "femur", "tibia", "fibula", "humerus", "radius", "ulna", "scapula", "mandible", "maxilla", "lytic",
              "osteolytic", "sclerotic", "osteoma", "exostosis", "osteochondroma")
# The first two words of such a component's name ("soft tissue component", "soft-tissue component").
SOFT_TISSUE_WORDS = ("soft", "tissue", "-", "tissue-")
# Words of a programme that watches for a disease (HYP_POST): the disease is hypothetical, the organ examined.
PROGRAMME_WORDS = ("surveillance", "screening")
# A patient poster's own fear or web search about what a finding is ("I can't stop worrying it's lymphoma", "google
# says its a tumour"): neither the report's finding nor its doubt (guideline: the poster's fears are not labelled).
# First person only: a doctor's worry relayed ("they are worried it could be a tumour") is the report's hedge.
_FIRST_PERSON_FEAR = tuple(
    f"{who} {feeling} {that}"
    for who in ("i'm", "i am", "im", "i was", "i'm so", "im so", "i am so", "i'm really", "im really", "i'm just",
                "can't stop", "cant stop", "i keep", "i")
    for feeling in ("worried", "worrying", "scared", "afraid", "terrified", "frightened", "convinced", "paranoid",
                    "panicking", "worry", "fear", "freaking out")
    for that in ("it's", "its", "it is", "it might be", "it could be", "it may be", "it will be", "that it's",
                 "that its", "that it is", "that it might be", "that it could be", "this is", "that this is")
)
_WEB_SEARCH = (
    "google says", "google said", "googled it", "dr google", "dr. google", "according to google", "google tells me",
    "the internet says", "internet says", "i read online", "i read online that", "everything online says",
    # A poster's own reading about a disease ("I keep reading about lymphoma", "I googled haemangioma"): a fear, not
    # a finding relayed from the report.
    "reading about", "read about", "googled", "googling", "looked up", "researching",
)
# Outside this examination, said before the organ ("they didn't look at my kidneys", "we did not scan the
# spleen"): a poster's or a technologist's statement of what was left out, not a finding and not an organ examined.
_LEFT_OUT_BEFORE = tuple(
    f"{negation} {verb}"  # (the subject, "they" or "we", need not be spelled: the cue starts at the negation)
    for negation in ("did not", "didn't", "didnt", "never")
    for verb in ("look at", "scan", "image", "examine", "check", "assess", "include"))
# A diagnosis judged improbable ("metastasis is considered unlikely", "an abscess seems very unlikely", "this is
# unlikely to represent a cyst"): weighed and set aside, as a discarded alternative is, so neither asserted, doubted
# nor denied (HYP, whatever copula, verb of opinion or degree stands before "unlikely"). Forward only with the
# infinitive or clause it governs: "a cyst is unlikely to be malignant" sets nothing aside.
SET_ASIDE_AFTER = ("unlikely",)
_SET_ASIDE_BEFORE = ("unlikely to be", "unlikely to represent", "unlikely to reflect", "unlikely that")
# Teaching advice on what not to name a finding ("a newborn's breast bud is normal - do not call it a mass", "don't
# mistake it for a haematoma"): the name is talked about, neither denied nor doubted in this patient. Spelled out
# with the denial before the verb, so that the longer cue wins over its "not".
_NAMING_ADVICE = (
    *(f"{denial} {verb} {pronoun}"
      for denial in ("do not", "don't", "dont", "never", "not to", "should not", "shouldn't", "must not", "mustn't")
      for verb in ("call", "label", "report", "mistake", "misdiagnose")
      for pronoun in ("it", "this", "that", "them", "these", "those", "one")),
    *(f"{denial} {verb}" for denial in ("not to be", "should not be", "shouldn't be", "must not be", "not be")
      for verb in ("called", "mistaken for", "confused with", "misdiagnosed as", "labelled", "labeled")),
)
_HYP_PRE = (
    *_FIRST_PERSON_FEAR, *_WEB_SEARCH, *_LEFT_OUT_BEFORE, *_SET_ASIDE_BEFORE,
    # ... and what the general statement says of that kind ("haemangiomas are typically hyperechoic").
    *_GENERIC_POST, "tend to be", "tends to be",
    "if", "should", "recommend", "recommended", "recommendation", "suggest", "advise", "advised",
    "to assess for", "to evaluate for", "evaluate for", "assess for", "in case of", "rule out", "to rule out",
    "consider", "correlate for", "in the event of", "screening for", "to look for", "look for",
    "correlate with", "correlated with", "correlation with", "correlate clinically", "referred for",
    "referred with", "for evaluation of", "for assessment of",
    # A word talked about, not a finding ("the word carcinoma in there has freaked me out").
    "the word", "the words", "the term", "the phrase", *_NAMING_ADVICE,
    # What another condition would look like ("chronic thrombus would typically show an echogenic, retracted
    # thrombus"): a teaching contrast, not a finding of this patient.
    *(f"would {adverb}{verb}" for adverb in ("", "typically ", "usually ", "generally ")
      for verb in ("show", "demonstrate", "appear as")),
    # A recommendation's purpose ("repeat in 6 weeks to exclude an underlying mass"): neither absent nor doubted.
    "to exclude", "to rule out an", "to exclude an", "to exclude a",
    # A programme naming the disease it watches after it ("surveillance for HCC", a title's "(surveillance, melanoma
    # left scalp)"), where "HCC surveillance" names it before.
    *(f"{word} for" for word in PROGRAMME_WORDS), *(f"({word}," for word in PROGRAMME_WORDS),
)
# The same "not examined" in the words of a translated or bilingual template ("Pancréas: non exploré", "Links: nicht
# untersucht", "Vesícula: no evaluada"): outside the examination, not labelled (guideline). Not the words of an
# organ looked at but not seen or not judged ("non visualisé", "nicht beurteilbar", "niet beoordeelbaar"), which is
# labelled.
_GENDERED = ("o", "a", "os", "as")  # (Spanish and Portuguese participles agree with their organ)
UNEXAMINED_FOREIGN = (
    *(f"non {verb}{end}" for verb in ("exploré", "examiné", "évalué", "étudié") for end in ("", "e", "s", "es")),
    *(f"no {verb}{end}" for verb in ("evaluad", "explorad", "examinad", "estudiad") for end in _GENDERED),
    *(f"não {verb}{end}" for verb in ("avaliad", "examinad", "estudad") for end in _GENDERED),
    *(f"non {verb}{end}" for verb in ("valutat", "esaminat", "studiat") for end in ("o", "a", "i", "e")),
    "nicht untersucht", "nicht beurteilt", "nicht mituntersucht", "niet onderzocht", "niet beoordeeld",
)
_HYP_POST = (
    *_GENERIC_POST, "tend to", "tends to", "tend to be", "tends to be", *SET_ASIDE_AFTER,
    # A disease a programme watches for ("HCC surveillance", "DDH screening"): not a finding of this scan.
    *PROGRAMME_WORDS,
    "if clinically indicated", "if indicated", "if required", "if needed", "if symptomatic", "if clinically concerned",
    "if clinically appropriate", "for correlation", "for clinical correlation", "for further correlation",
    "is recommended", "are recommended", "should be considered", "could be considered",
    # Outside this examination ("spleen and kidneys not imaged", "salivary glands not included"): not a finding,
    # and not an organ examined either (unlike "the left ovary is not seen").
    "not imaged", "not included", "not examined", "not scanned", "not assessed", "not evaluated",
    "were not imaged", "was not imaged", "were not examined", "was not examined", "not included in this study",
    "not included in the study", "not part of this examination", "outside the field of view",
    # ... with an adverb that keeps it outside ("liver not formally assessed", "the spleen was not specifically
    # imaged"); not "fully", which says the organ was looked at ("could not be fully assessed" is examined).
    *(f"not {adverb} {verb}"
      for adverb in ("formally", "specifically", "separately", "routinely", "otherwise", "dedicatedly")
      for verb in ("imaged", "examined", "scanned", "assessed", "evaluated", "included", "interrogated",
                   "looked at")),
    "not looked at", *UNEXAMINED_FOREIGN,
    # Teaching advice on what a feature would mean ("an anechoic rim, cystic areas or calcification should prompt
    # CT"): the features are talked about, not found.
    "should prompt", "would prompt", "should trigger", "would trigger",
)
# Ability, not doubt: "could"/"can" before a verb of seeing ("I could see the cyst on the screen", "the radiologist
# could clearly see a small cyst"). Spelled out over a few adverbs; the negated forms ("couldn't see") are negations.
_COULD_SEE = tuple(
    " ".join(w for w in (modal, adverb, verb) if w)
    for modal in ("could", "can", "was able to", "were able to")
    for adverb in ("", "clearly", "easily", "still", "just", "also", "actually", "definitely")
    for verb in ("see", "visualise", "visualize", "identify", "make out", "feel", "find", "detect", "measure"))
# "Apparently normal" is a plain normal statement in dictation ("Both ovaries apparently normal", "the spleen is
# apparently unremarkable"), not a doubt about it (guideline); "apparently" before a finding still hedges it ("an
# apparently simple cyst"). The normal word is a mention, which a longer PSEUDO phrase may not overlap, so context.py
# drops the hedge right before these words (APPARENT_NORMAL_WORDS).
# "Suspicious" right before the word that names a metastasis ("suspicious metastatic LN", "suspicious metastatic
# node"): shorthand for "suspicious for a metastatic node", so the metastasis is doubted (context.py); before a
# lesion's own noun it describes a lesion that is seen ("a suspicious nodule", "suspicious mass").
SUSPICIOUS_WORDS = ("suspicious",)  # ("suspect" is a hedge of its own)
SUSPECTED_PROCESS_WORDS = ("metastatic",)
APPARENTLY_WORDS = ("apparently", "apparent")
APPARENT_NORMAL_WORDS = ("normal", "unremarkable")
# Hearsay, not doubt: a poster's "apparently" opening what they were told ("Apparently it's a complex cyst").
_APPARENTLY_TOLD = tuple(f"apparently {rest}" for rest in (
    "it's", "it is", "its", "there's", "there is", "there are", "i have", "i've got", "she has", "he has", "my", "the",
    "they found", "they saw"))
# A figure legend's aside that a structure is outside the figure ("the right ovary (not shown) was normal"): no
# negation (guideline: "(not shown) was normal" counts).
_NOT_IN_FIGURE = tuple(f"({words})" for words in (
    "not shown", "image not shown", "images not shown", "not illustrated", "not pictured", "not displayed"))
# An organ looked at but too collapsed or hidden to judge ("the bladder is collapsed and not assessed", "gallbladder
# contracted, not evaluated"): examined, unlike one left outside the study ("spleen not imaged"; HYP_POST).
_LOOKED_AT_NOT_ASSESSED = tuple(
    f"{state}{joint} not {verb}"
    for state in ("collapsed", "empty", "decompressed", "contracted", "underdistended", "under-distended",
                  "obscured", "non-distended", "poorly distended", "not distended",
                  "gas")  # "obscured by bowel gas and not assessed"
    for joint in (" and", ",", " and therefore", " so")
    for verb in ("assessed", "evaluated", "examined", "assessable", "evaluable"))
# The Latin "V." (vena) that German and Central European vein reports write before a vein's name ("V. femoralis
# communis", "V. poplitea", "Vv. gastrocnemii"): a vein, not "v." (versus) between two alternatives.
_LATIN_VEINS = ("femoralis", "poplitea", "saphena", "tibialis", "tibiales", "fibularis", "fibulares", "peronea",
                "peroneae", "jugularis", "subclavia", "axillaris", "brachialis", "brachiales", "cephalica", "basilica",
                "iliaca", "cava", "portae", "lienalis", "splenica", "renalis", "hepatica", "gastrocnemii", "soleales",
                "mesenterica", "ovarica", "testicularis", "spermatica", "radialis", "ulnaris", "profunda")
_VEIN_ABBREVIATIONS = tuple(f"{abbreviation} {vein}" for abbreviation in ("v.", "vv.", "v", "vv")
                            for vein in _LATIN_VEINS)
_PSEUDO = (
    *_COULD_SEE, *_VEIN_ABBREVIATIONS, *_APPARENTLY_TOLD, *_NOT_IN_FIGURE, *_LOOKED_AT_NOT_ASSESSED,
    "no change", "no significant change", "no interval change", "no definite change", "no increase",
    "no significant increase", "not only", "not necessarily", "no further", "without further", "not significantly",
    "not enlarged", "not dilated", "no longer than", "not changed", "unchanged", "no new", "gram negative",
    "not ruled out", "not been ruled out", "not rule out", "not excluded", "no doubt", "without difficulty",
    # A double negative asserts ("the lesion is not without posterior enhancement": it has some; blind_final_40's
    # writer: "not without X" asserts X): no denial of what follows.
    "not without",
    "not well", "not well seen", "not clearly", "not certain", "no interval", "non specific", "non-specific",
    "nonspecific", "no abnormality", "no abnormality detected", "no abnormality seen", "not measured",
    # New since the comparison study ("a 9 mm lesion not present on the prior study"): not a negation.
    "not present on the prior", "not present on the previous", "not present on prior", "not present previously",
    "not seen on the prior", "not seen on the previous", "not seen on prior", "not seen previously",
    "not previously seen", "not previously present", "not previously demonstrated", "not present before",
    "not visible on the prior",
    # "Only", not a contrast or a negation ("most likely nothing but a fatty lump", "no more than a small cyst").
    "nothing but", "nothing more than", "no more than",
    # Time, not history: "prior to aspiration, the cyst measured 3 cm".
    "prior to", "previous to",
    # Doubt that was settled: "an abscess was suspected and confirmed by aspiration".
    "suspected and confirmed", "was suspected and confirmed", "were suspected and confirmed",
    # ... said with a second auxiliary or a time word ("a borderline tumour was suspected and was confirmed at
    # surgery", "an abscess was considered and later proven").
    *(f"{doubted} and {link}{settled}" for doubted in ("suspected", "considered", "queried", "favoured", "favored")
      for link in ("was ", "were ", "later ", "subsequently ", "was later ", "was subsequently ", "then ", "")
      for settled in ("confirmed", "proven", "proved")),
)
# Focus words before a new noun phrase, which end a negation's scope ("no cyst, just a solid nodule") but not a
# hedge's ("probably just a cyst"): see _TERMINATE and ConText.
FOCUS_TERMINATOR_WORDS = ("just", "only", "merely", "simply", "rather", "instead", "but rather", "but just",
                          "but only", "instead of")
_TERMINATE = (
    "but", "however", "although", "though", "apart from", "aside from", "except", "except for", "which",
    "whereas", "while", "yet", "nevertheless", "still", "otherwise", "other than", "though", ";", "secondary to",
    "due to", "cause of", "source of", "reason for", "likely", "probably", "consistent with", "in keeping with",
    "compatible with", "suggestive of", "representing", "there is", "there are", "with", "containing",
    "contains", "demonstrates", "shows", "measuring", "measures", "noted", "seen", "present",
    # A positive statement after a negative one ("negative for cyst, positive for a solid mass").
    "positive for",
    # Certainty words assert what they stand before ("possibly a small cyst and definitely a solid mass", "possible
    # septation with definite internal flow"); "no definite", "not definitely a" are longer cues of their own.
    "definitely", "definite", "certainly", "clearly", "unequivocally", "undoubtedly", "unquestionably",
    "without doubt", "beyond doubt", "convincingly",
    # A doubt settled by a test: what the test showed is asserted ("metastases favoured, and biopsy confirmed
    # metastatic adenocarcinoma", "a lipoma, proven at excision").
    "confirmed", "confirming", "proved", "proven",
    # The evidence for a doubt is stated, not doubted ("suspicious for carcinoma given microcalcifications",
    # "probably a fibroadenoma on the basis of its oval shape").
    "given", "in view of", "on the basis of", "based on", "because of", "owing to", "in light of",
    # A table cell ends there ("| Plaque | none | small, calcified, shadowing |").
    "|",
    # A colon opening a quotation starts what was said, not the clause before it ("had a scan to rule out a clot:
    # 'calf oedema, veins compressible'", "my GP wrote to exclude cancer: \"simple cyst\""): the quoted report's
    # findings are its own statements.
    *(f": {quote}" for quote in ("'", '"', "‘", "“")),
    # An arrow leads from what was described to what the writer concludes from it ("smooth, no calc -> TI-RADS 3",
    # "no flow -> seroma"): the conclusion is a statement of its own.
    "->", "-->", "→",
    # A new indefinite noun phrase starts another finding ("absent flow and an echogenic thrombus", "a probable
    # septation and a 2 mm calcific focus"), also with a numeral or "another" as its determiner ("no suspicious
    # lumps and one small cyst", "no calcification and two thin septations").
    "and a", "and an", *(f"and {determiner}" for determiner in ("one", "two", "three", "several", "another")),
    # ... or after "plus", which adds a finding ("cannot exclude a full thickness component' plus 'fluid in the
    # bursa'", "possible small abscess plus a 2 cm simple cyst").
    "plus",
    # A second predicate of the same subject ("they ruled out a cyst and said it's a solid lump", "no flow and shows
    # a thick wall"): the "and" before a verb of reporting or showing starts a new statement.
    *(f"and {verb}" for verb in ("said", "says", "told", "tells", "found", "finds", "showed",
                                 "shows", "saw", "sees", "noted", "notes", "described", "describes", "reported",
                                 "reports", "wants", "wanted", "measures", "measured", "demonstrates",
                                 "demonstrated")),
    # What is there instead of what was denied ("no cyst, just a solid nodule", "no abscess, only a small seroma",
    # "not a cyst, rather a solid mass"): a focus word before a new noun phrase.
    *(f"{focus} {article}" for focus in FOCUS_TERMINATOR_WORDS
      for article in ("a", "an", "some", "small", "tiny", "mild")),
)

# Linking words between a dimension and its value ("vascularity is increased", "flow: reduced").
COPULA_WORDS = ("is", "was", "are", "were", "appears", "seems", "remains", "also", ":", "-", "now")

# Words that open a concept phrase stating an absence ("no internal flow", "without vascularity").
# Verbs of examining after "not" ("Vascularity: not assessed", "flow was not evaluated"): the feature was not
# looked at, so the phrase states no absence (statuses.py).
NOT_EXAMINED_VERBS = ("assessed", "evaluated", "performed", "examined", "obtained", "interrogated", "tested", "done",
                      "assessable", "evaluable", "possible", "feasible", "available", "attempted", "measured",
                      "sought", "applied", "analysed", "analyzed", "checked", "studied", "recorded", "documented")
NEG_HEAD_WORDS = ("no", "without", "absent", "nil", "non", "not")

# Words that open a new clause after a comma ("no hydrocele, 1.3 cm solid mass", "without flow, the nodule
# is ..."): a cue's forward scope does not run past such a comma. A number after the comma does the same.
CLAUSE_OPENERS = ("a", "an", "the", "this", "these", "those", "there", "it", "its", "which", "one", "another")

# First words of a question ("is that normal?", "do polyps have to come out?"): a patient's own question
# asserts nothing and doubts nothing; its mentions are hypothetical and its "?" is no hedge.
QUESTION_OPENERS = (
    "is", "are", "was", "were", "am", "do", "does", "did", "can", "could", "should", "would", "will", "shall",
    "has", "have", "must", "what", "why", "how", "when", "where", "who", "whats", "anyone", "anybody", "any",
)
# What a patient post may put after its question instead of a "?" ("do I have a nodule or not lol"):
# either_way_questions.py.
CHAT_TAILS = ("lol", "haha", "lmao", "pls", "plz", "please", "tho", "though", "anyone", "help")
# Discourse words skipped before a question opener ("so is that bad?", "ok does that mean ...?").
QUESTION_FILLERS = ("so", "and", "but", "ok", "okay", "also", "then", "well", "now", "i", "mean")
# Tokens after which a "?" opens a query ("lesion, ? abscess", "- ?cyst") instead of ending a sentence.
QUERY_PREFIX_AFTER = (",", ":", "-", "(", ";", "/", "[", "–", ".")
# Words joining two diagnoses as alternatives ("cyst or abscess"): neither is asserted.
# ... and a slash standing between two diagnoses ("lipoma/haemangioma", "cyst / abscess"): shorthand for "or".
ALTERNATIVE_WORDS = ("or", "and/or", "/")
ALTERNATIVE_FILLERS = ("a", "an", "either", "possibly", "perhaps", "maybe")

# Degree words that open a descriptor with its own status ("no halo, minimal peripheral flow", "no septation,
# increased through transmission"): a negation before a comma does not reach such an item of a list.
DEGREE_WORDS = ("increased", "decreased", "reduced", "diminished", "minimal", "mild", "mildly", "moderate",
                "moderately", "marked", "markedly", "prominent", "abundant", "rich", "slightly", "preserved")
# ... and words that state a flow's quality of their own ("no stenosis, antegrade vertebral flow").
OWN_STATUS_WORDS = (*DEGREE_WORDS, "antegrade", "hepatopetal", "phasic", "normal", "normally")

# Words that may stand between a dimension word and its degree ("flow normal", "blood flow phasic", "vascularity
# perhaps slightly increased", "echogenicity is moderately increased"); a hedge among them doubts the degree.
DEGREE_GAP_WORDS = ("slightly", "mildly", "moderately", "markedly", "somewhat", "significantly", "diffusely",
                    "signal", "signals",
                    # a relative clause ("internal vascularity that is increased relative to the muscle")
                    "that", "which")
# A template's key-value marks besides the colon: "FLOW=increased" of a key-value export, the dot leader of a
# typed form ("Vascularity ....... normal"; a run of three or more stops is one token). They join a key to its
# value only as a gap before a degree, never as a copula of prose.
KEY_VALUE_MARKS = ("=", *("." * k for k in range(3, 41)))
DEGREE_HEDGE_WORDS = ("perhaps", "possibly", "probably", "maybe", "questionably", "?", "query")
# Verbs besides the copula that link a subject to its description ("the borders appear lobulated").
LINKING_VERBS = ("appear", "look", "looks", "seem", "become", "became", "being")
# What may follow such a trailing degree: the end of its clause.
# Prepositions that open where a template key's finding was looked for ("Free fluid in the pelvis: none",
# "Calcifications within the nodule: absent"): template_keys.py.
KEY_SITE_WORDS = ("in", "within", "inside", "at", "on", "around", "behind", "near", "of")
# Prepositions that open the site of a degree stated after its dimension word ("flow increased in the epididymis").
DEGREE_SITE_WORDS = ("in", "within", "to", "inside", "around", "throughout", "at",
                     # the earlier value it changed from ("access flow 380 mL/min, diminished from 900 mL/min")
                     "from",
                     # the sides or the manoeuvre it holds for ("flow normal bilaterally", "cavernosal artery flow
                     # normal after injection")
                     "bilaterally", "after")
# An organ's aspects that one degree word may open a list of, ending "and flow" ("normal echotexture and flow").
LISTED_ASPECT_WORDS = ("size", "echotexture", "echogenicity", "echostructure", "appearance", "appearances",
                       "morphology", "shape", "contour", "contours", "outline", "dimensions", "texture", "structure",
                       "thickness", "calibre", "caliber", "wall", "walls", "compressibility", "position",
                       # a writer's short words for the echo pattern ("normal echo and flow", "normal echo pattern and
                       # vascularity")
                       "echo", "pattern", "echopattern",
                       # a Romance-language writer's spelling of the echo words ("of normal ecostructure and
                       # vascularization")
                       "ecostructure", "ecotexture", "ecogenicity")
# A table column headed by the writer's short word for echogenicity reads its shorthand cells ("Echo | hypo":
# column_values.py); "echogenicity" itself is the dimension's generic mention.
ECHO_COLUMN_WORDS = ("echo", "echoes", "echopattern")
# A table column headed by a Doppler word grades vascularity in each row ("Segment | BWT | colour Doppler":
# column_amounts.py).
DOPPLER_COLUMN_WORDS = ("doppler", "cdi", "cdfi", "vascularity", "vascularisation", "vascularization", "hyperaemia",
                        "hyperemia")
DOPPLER_COLUMN_DIMENSION = "vascularity"  # the generic form of the dimension those columns grade
DEGREE_END_WORDS = (",", ".", ";", "\n", "\n\n", "and", ")",
                    # a table cell's border ("| internal vascularity increased | BCC |")
                    "|",
                    # the close of a quoted report ("... blood flow in the wall preserved'. They said")
                    "'", '"', "\u2019", "\u201d",
                    # a contrast ends the predicate as "and" does ("possibly increased but difficult to assess")
                    "but",
                    # a comparison or the technique after the degree ("increased relative to the surrounding muscle",
                    # "increased compared with the left", "reduced on colour Doppler")
                    "relative", "compared", "than", "on", "when", "in comparison",
                    # a bracketed gloss of what the degree means ("echogenicity diffusely increased (steatosis)",
                    # "flow increased (hyperaemia)")
                    "(")

# Cues whose forward scope is only a few words ("not parallel, spiculated margins": "not" ends early).
SHORT_SCOPE_CUES = ("not", "non", "nothing")
# History adjectives: alone they qualify only the noun phrase they open ("the site of the prior cyst aspiration",
# "previous abscess drainage"), a few words at most and never past a comma; a current word after the finding still
# makes it a finding of this scan ("previous 2 cm cyst now measures 3 cm").
NEAR_HISTORY_CUES = ("prior", "previous")

# Section headings (lower case) and the kind of section they open.
SECTION_KINDS: dict[str, str] = {
    "history": "history", "clinical history": "history", "clinical details": "history",
    "clinical information": "history", "clinical indication": "history", "clinical question": "history",
    "clinical": "history", "indication": "history", "indications": "history", "reason for exam": "history",
    "reason for examination": "history", "reason for study": "history", "reason for referral": "history",
    "referral": "history", "hx": "history", "presenting complaint": "history", "clinical notes": "history",
    "clinical data": "history", "clinical info": "history", "clinical summary": "history",
    # The referral's question ("Question: nodule re.?") names what the scan is to look for, no finding of its own.
    "question": "history", "questions": "history",
    # ... and the answer to it ("Question: what is the lesion behind the right lobe? Answer: a parathyroid adenoma")
    # is the conclusion.
    "answer": "impression",
    # The request ("Req: biopsy of the liver lesion"; "Clinical request: ?renal cyst") says why the scan was asked for.
    "request": "history", "req": "history", "clinical request": "history", "requested": "history",
    "technique": "technique", "procedure": "technique", "protocol": "technique", "examination": "technique",
    "exam": "technique", "study": "technique", "method": "technique", "methods": "technique",
    "comparison": "comparison", "comparisons": "comparison", "prior studies": "comparison",
    "prior study": "comparison", "previous studies": "comparison", "compared with": "comparison",
    "findings": "findings", "finding": "findings", "report": "findings", "ultrasound findings": "findings",
    "us findings": "findings", "sonographic findings": "findings", "results": "findings", "description": "findings",
    "impression": "impression", "impressions": "impression", "conclusion": "impression",
    "conclusions": "impression", "opinion": "impression", "summary": "impression", "diagnosis": "impression",
    "assessment": "impression", "comment": "impression", "comments": "impression", "imp": "impression",
    "dx": "impression", "impr": "impression",
    # A conclusion's abbreviation ("concl: left renal cyst"; not "Concl.:": a stop before the colon would make
    # "l. dx.:" a "dx" heading).
    "concl": "impression",
    # Translated templates name their conclusion after the exam ("Ultrasound prompts:", a literal rendering of the
    # Chinese heading; "Ultrasound impression:", "Sonographic diagnosis:").
    "prompts": "impression", "prompt": "impression", "ultrasound prompts": "impression",
    "ultrasound prompt": "impression", "us prompts": "impression", "ultrasound impression": "impression",
    "ultrasound diagnosis": "impression", "ultrasound conclusion": "impression", "sonographic impression": "impression",
    "sonographic diagnosis": "impression",
    # The same Chinese heading rendered as "hint" ("Ultrasound hint: 1. Left kidney cyst."), and the conclusion's
    # name in other templates written in English with their own heading kept: Spanish "IDX" (impresion
    # diagnostica), Czech/Slovak "Zaver", German "Beurteilung". Unread, their restated lesions were taken for
    # new unsized findings and matched in place of the measured ones above.
    "hint": "impression", "hints": "impression", "ultrasound hint": "impression", "ultrasound hints": "impression",
    "us hint": "impression", "sonographic hint": "impression", "idx": "impression", "zaver": "impression",
    # ... and rendered as "tips" ("Ultrasound Tips: 1. Liver cyst 2. Right kidney cyst"): unread, the numbered
    # restatements stayed unsized findings of their own, paired in place of the measured lesions (_72 oo026-oo028).
    "tips": "impression", "ultrasound tips": "impression", "us tips": "impression", "sonographic tips": "impression",
    "beurteilung": "impression", "besluit": "impression", "impresion": "impression",
    # Romanian "Concluzii:" / "Concluzie =", Dutch "Conclusie:", Spanish "Conclusión:" (oi007, oi010, oi025).
    "concluzii": "impression", "concluzie": "impression", "concluzia": "impression", "conclusie": "impression",
    "conclusión": "impression", "conclusiones": "impression",
    "impresion diagnostica": "impression", "diagnostic impression": "impression",
    "diagnostic impressions": "impression",
    # The other headings of those templates, kept in the writer's language above English text: the referral's
    # question (German "Fragestellung", Dutch "Klinische gegevens", Italian "Quesito clinico", Portuguese "Queixa",
    # Finnish "Esitiedot"), the earlier study (German "Vorbefund", Dutch "Vergelijking", Italian "Precedente"), the
    # findings (German "Befund", Dutch "Bevindingen", Italian "Reperto", Portuguese "Análise", Spanish "Hallazgos")
    # and the conclusion (Italian "Conclusioni", Portuguese "Impressão diagnóstica", Finnish "Lausunto"). Unread,
    # the question's "known renal cysts" was a finding of the scan, matched in place of a measured cyst.
    "fragestellung": "history", "klinische angaben": "history", "anamnese": "history", "indikation": "history",
    "klinische gegevens": "history", "indicatie": "history", "vraagstelling": "history",
    "quesito clinico": "history", "quesito": "history", "queixa": "history", "indicação": "history",
    "indicação clínica": "history", "indicacao": "history", "indicación": "history", "motivo de consulta": "history",
    "esitiedot": "history", "kysymys": "history", "renseignements cliniques": "history",
    "vorbefund": "comparison", "voruntersuchung": "comparison", "vergelijking": "comparison",
    "precedente": "comparison", "precedenti": "comparison", "comparação": "comparison", "exame anterior": "comparison",
    "comparación": "comparison", "vertailu": "comparison",
    "befund": "findings", "bevindingen": "findings", "reperto": "findings", "análise": "findings",
    "hallazgos": "findings",
    "conclusioni": "impression", "conclusione": "impression", "impressão": "impression",
    "impressão diagnóstica": "impression", "conclusão": "impression", "lausunto": "impression",
    # Shorthand and role-named conclusions of clinic and sonographer worksheets ("Interp: +ve FAST", "Ass: Baker cyst
    # R", "Sono comment: LP cyst ?Bosniak II", "Tech impression: 2 hepatic lesions").
    "interp": "impression", "interpretation": "impression", "ass": "impression", "sono comment": "impression",
    "sonographer comment": "impression", "sonographer comments": "impression", "tech impression": "impression",
    "sono comments": "impression", "sonographer's comment": "impression", "sonographer's comments": "impression",
    # ... and the description those templates open with ("Ultrasound description: Right kidney ...").
    "ultrasound description": "findings", "us description": "findings", "sonographic description": "findings",
    "recommendation": "recommendation", "recommendations": "recommendation", "advice": "recommendation",
    "advise": "recommendation",
    "plan": "recommendation", "follow-up": "recommendation", "follow up": "recommendation",
    # A teaching case's general statements about a disease ("Teaching point: a fibroid is well-defined, adenomyosis
    # is not"), not about this patient: read like a hypothesis, neither labelled nor denied nor hedged.
    "teaching point": "teaching", "teaching points": "teaching", "learning point": "teaching",
    "learning points": "teaching", "key point": "teaching", "key points": "teaching", "pitfall": "teaching",
    "pitfalls": "teaching", "pearl": "teaching", "pearls": "teaching", "teaching pearl": "teaching",
    "teaching note": "teaching", "take-home point": "teaching", "take-home message": "teaching",
    "take home message": "teaching", "discussion": "teaching",
    # ... and a teaching file's discussion named for its case ("Case discussion: Any solid intratesticular mass
    # ..."): unread, "Case" opened no heading and the disease lore that follows (other tumours, their margins and
    # contents) was reported as this patient's findings. ("Points for discussion: this is a 4 cm abscess" tells
    # its case in the present: not one.)
    "case discussion": "teaching",
    # ... and a teaching case's closing moral ("Lesson: a high puncture may bleed into the retroperitoneum",
    # "Lessons learned: ..."): what may happen in general, not what this scan showed. Unread, the sites the moral
    # warns about were labelled as this patient's.
    "lesson": "teaching", "lessons": "teaching", "lesson learned": "teaching", "lessons learned": "teaching",
    "lesson learnt": "teaching", "lessons learnt": "teaching",
}
# Words that make a report's first line its study title (study_titles.py): a lesion named there is the study's reason,
# not a finding ("CHEST ULTRASOUND (PLEURAL EFFUSION LOCALIZATION)", "Skin clinic - follow-up melanoma"); a patient's
# post names the results it goes on to quote ("Thyroid nodules - got my results, so worried").
TITLE_STUDY_WORDS = ("ultrasound", "ultrasonography", "sonography", "sonogram", "us", "usg", "scan", "pocus", "hfus",
                     "ius", "doppler", "duplex", "clinic", "follow-up", "review", "report", "examination", "results")
# Words that open a teaching case's heading line, before its number ("Case 18: Renal stones", "Scenario 2 - ..."): the
# line is the case's title (study_titles.py).
CASE_TITLE_WORDS = ("case", "scenario", "vignette")
# Technique headings that give the study's title, not a description of the method: the title is one sentence, and a
# dictated report goes on with its findings on the same line ("EXAM: Renal ultrasound. Right kidney 10 cm, ...").
TITLE_HEADINGS = frozenset({"exam", "examination", "study"})
# Sections whose mentions describe the past, the request or the method, not this study's findings.
NON_FINDING_SECTIONS = frozenset({"history", "technique", "comparison"})
# Sections of statements about a disease in general, not about this patient: they assert, deny and doubt no finding
# (the anatomy they name is still the case's: "Teaching point: not every echogenic liver lesion is a haemangioma").
# Such a section ends with its first sentence ("Teaching point: X is usually Y. In this patient, ...").
GENERAL_SECTIONS = frozenset({"teaching"})
# ... unless a case's discussion narrates its own patient: English teaches in the generic present ("Discussion:
# Endometriomas classically show low-level echoes") and tells a case in the past or with the patient's pronoun
# ("Discussion: An abscess was suspected; ...", "... and she was referred"). Such a section weighs this case's
# diagnoses, as an impression does. Only a discussion: a teaching point, pitfall or pearl is a lesson even where it
# tells its case ("Pitfall: a 47-year-old had a 'mass' on outside imaging").
CASE_DISCUSSION_HEADINGS = ("discussion", "case discussion")
CASE_NARRATIVE_WORDS = ("was", "were", "had", "she", "he")
CASE_DISCUSSION_KIND = "impression"
# A general section goes on over the next sentences of its line while they teach too ("Case discussion: Seminoma
# is uniformly hypoechoic. Lymphoma is often bilateral."), and ends before the first that turns to the case:
# its pronouns and demonstratives, "here", its age, the past of what was done and found ("In this patient the
# mass ...", "Here the cyst had ruptured", "orchidectomy showed seminoma"), or the hedge that weighs its own lesion
# ("A small echogenic renal lesion is most likely an angiomyolipoma, but an RCC cannot be excluded"); a sentence
# that opens a key of its own ("Case: 4-month-old boy ...") ends it too. (sentences._end_of_lesson)
LESSON_CASE_WORDS = ("this", "these", "here", "his", "her", "our", "we", "patient", "case", "year-old", "month-old",
                     "week-old", "day-old", "showed", "confirmed", "revealed", "proved", "underwent", "did", "went",
                     "developed", "presented", "resolved", "most likely", "probably", "cannot be excluded",
                     "can't be excluded", "not excluded")

# "r." / "l.": the tokenizer keeps a one-letter abbreviation's full stop ("Cortical cyst, 14 mm, R.").
# ("R't", "L't": the contraction some writers use for "Rt"/"Lt", with either apostrophe)
LEFT = ("left", "lt", "l", "sinistra", "l.", "l't", "l’t")
RIGHT = ("right", "rt", "r", "dextra", "r.", "r't", "r’t")
BILATERAL = ("bilateral", "bilaterally", "both", "b/l", "bilat")
# Verbs a sentence-opening "Both" is the subject of when it counts the two lesions the sentence before reported
# ("Both are isoechoic to fat", "Both proved to be seromas"): no side (side_words.py).
BOTH_LESION_VERBS = ("are", "were", "have", "had", "show", "showed", "proved", "appear", "appeared", "measure",
                     "contain", "lie", "demonstrate", "display")
# Prepositions a "both" that stands alone for the two lesions just reported follows ("macroscopic fat in both",
# "biopsy of both, benign"): with no noun after it, it counts those lesions, not two sides (side_words.py).
BOTH_PRONOUN_PREPOSITIONS = ("in", "of", "within", "for", "from")
# Side words of other languages (foreign_sides.py reads them as "left"/"right"). Whole words are sides wherever they
# stand ("riñón izquierdo", "rein droit", "rechter Hoden", "ovário esquerdo", Romanian "Rinichi drept", "Axila
# stânga", also written without diacritics: "Lob stang").
# A language's side word is listed with its plural and inflected forms, as its writers agree it with the organ
# ("punho e mão direitos", "ovaie sinistre", Finnish "oikea munuainen", "oikealla", "vasemman munasarjan"): Spanish,
# French, German, Dutch, Portuguese, Italian, Latin, Romanian, Finnish, Swedish, Danish/Norwegian, Polish, Czech.
# (Malay "kiri" is left out: a given name where English is written.)
FOREIGN_SIDE_WORDS = {
    "right": ("derecho", "derecha", "derechos", "derechas", "droit", "droite", "droits", "droites", "rechts",
              "rechter", "rechte", "rechten", "rechtes", "rechtem", "rechtse", "direito", "direita", "direitos",
              "direitas", "destro", "destra", "destri", "destre", "dexter", "dextra", "dextro", "dextrum", "drept",
              "dreapta", "dreaptă", "oikea", "oikean", "oikealla", "oikeassa", "oikeaa", "oikeat", "oikeanpuoleinen",
              "höger", "högra", "højre", "høyre", "prawy", "prawa", "prawe", "prawej", "prawego", "pravý", "pravá",
              "pravé", "pravého"),
    "left": ("izquierdo", "izquierda", "izquierdos", "izquierdas", "gauche", "gauches", "linker", "linke", "linken",
             "linkes", "linkem", "linkse", "esquerdo", "esquerda", "esquerdos", "esquerdas", "sinistro", "sinistra",
             "sinistri", "sinistre", "sinister", "sinistrum", "stang", "stâng", "stanga", "stânga", "vasen",
             "vasemman", "vasemmalla", "vasemmassa", "vasenta", "vasemmat", "vasemmanpuoleinen", "vänster",
             "vänstra", "venstre", "lewy", "lewa", "lewe", "lewej", "lewego", "levý", "levá", "levé", "levého"),
    # Both sides ("Level II beidseits", "level II beiderzijds reactive nodes", "adenopatías bilateralmente"): read as
    # "bilateral", as the English word is.
    "bilateral": ("beidseits", "beidseitig", "beidseitige", "beidseitigen", "beiderseits", "beiderzijds",
                  "bilateralmente", "bilatérale", "bilatéraux", "bilatérales"),
}
# Abbreviations of those side systems, (right, left, the language's whole side words) per system: each has another
# sense ("Re:" regarding, "Dx" diagnosis, "sin" without, "links"), so a system's abbreviations are sides only in a
# report where one of them stands next to an anatomy word ("Re kidney", "cyst li", "kidney dx", "breast izq.") or
# where a whole side word of its language stands ("riñón izquierdo ... quiste der.").
FOREIGN_SIDE_SYSTEMS = (
    (("re",), ("li",), ("rechter", "rechts", "linker")),  # Dutch rechts/links
    (("dx", "dx."), ("sx", "sx."), ("destro", "destra", "sinistro", "sinistra")),  # Italian destro/sinistro
    # Latin dexter/sinister; "dx." shares Italian's right ("ren dx. ... ren sin.", "Lobus dx.:" and "Lobus sin.:")
    (("dex", "dext", "dx"), ("sin", "sinist"), ("dexter", "dextra", "sinister", "sinistra")),
    (("der", "dcho", "dcha", "dch"), ("izq", "izqdo", "izqda"), ("derecho", "derecha", "izquierdo", "izquierda")),
    (("dto", "dta", "dir"), ("esq", "esqdo", "esqda"), ("direito", "direita", "esquerdo", "esquerda")),  # Portuguese
    ((), ("links",), ("rechts", "rechte", "rechten", "linke", "linken")),  # German: "links" is an English word too
    (("rl",), ("ll",), ()),  # a lobed organ's right and left lobe ("colloid cyst LL", "nodule RL lower pole")
    # thyroid lobes: Romanian lobul tiroidian drept/stâng ("LTD: nodule 12/8 mm"), Spanish lóbulo tiroideo
    # derecho/izquierdo ("LTD 45 mm, LTI 43 mm; in LTI nodule 8 mm")
    (("ltd",), ("lts", "lti"), ()),
    # thyroid lobes: Italian lobo destro/sinistro ("Volume LD 6,8 ml, LS 5,2 ml", "LD: nodule 13 mm"), Portuguese
    # lobo direito/esquerdo ("LD 7,1 / LE 5,9 cm³", a nodule table's "LE-1"), Romanian lob drept/stâng
    (("ld",), ("ls", "le"), ("destro", "destra", "sinistro", "sinistra", "direito", "direita", "esquerdo", "esquerda",
                             "drept", "dreapta", "stâng", "stang", "stânga", "stanga")),
    # Latin dexter/sinister as a bare letter heading each side's paragraph ("D: ... formation 46 x 18 mm" and
    # "S: analogous formation 21 x 9 mm"): Russian and Ukrainian writers' side marks (FOREIGN_SIDE_HEADED_ONLY)
    (("d",), ("s",), ()),
)
# Abbreviations read as a side only where their system's other side stands in the report too; both standing is then
# enough ("RL 4.9 cm, LL 4.6 cm": the lobes; "LL" alone is a lower limb, "sin" alone Spanish "without").
FOREIGN_SIDE_PAIRS_ONLY = ("sin", "rl", "ll", "ltd", "lts", "lti", "ld", "ls", "le")
# ... of which these are other things too often for both standing to be enough ("LE" a lower extremity, "LS"
# lumbosacral, "LD" a long diameter, French "le"): their system is in use only by another sign (a side word of its
# language, both sides as headings "LD: ... LS: ...", one beside an anatomy word).
FOREIGN_SIDE_SIGNED_ONLY = ("ld", "ls", "le")
# ... and these single letters ("D" a vitamin or a dimension, "S" a segment or "cm/s") are sides only where both head
# a paragraph with a colon ("D: ..." and "S: ..."), never by another sign.
FOREIGN_SIDE_HEADED_ONLY = ("d", "s")
# Lobe abbreviations that name a lobe's nodules when numbered ("LD-1 | upper third | 2,4 cm", "LTI2"): the numbered
# form is the lobe's side (forms up to FOREIGN_SIDE_NUMBERS, with and without a hyphen).
FOREIGN_SIDE_NUMBERED = ("ld", "ls", "le", "ltd", "lts", "lti")
FOREIGN_SIDE_NUMBERS = 20
# Latin "latus" (side) before a Latin side abbreviation: "l. dx." is the right side, "l. sin." the left (Czech,
# Slovak, Polish writers: "popliteal fossa l. dx."); the pair is a side wherever it stands, and its "l." no left.
LATUS_WORDS = ("l.", "lat.")
LATUS_SIDES = ("dx", "dex", "dext", "sin", "sinist")
# Study words an organ's cut-short side may follow in a title ("Knee ultrasound li.", "Hoden Sono re."): the side of
# the organ examined, a sign that the abbreviation's system is in use (studied_sides.py).
STUDIED_SIDE_STUDIES = ("ultrasound", "ultrasonography", "sonography", "sonographie", "sono", "us", "usg", "scan",
                        "doppler", "duplex")
# Words of a title whose side is a region of the abdomen, not an examined side ("RIGHT LOWER QUADRANT", "fosa iliaca
# derecha", "RIF"): a title naming one gives no side (title_sides.py).
# Keys that may open a title line before the study's name ("EXAMINATION: US LEFT BREAST") (title_sides.py).
TITLE_KEYS = ("examination", "exam", "study", "procedure", "title", "type", "exam type", "examination type",
              "investigation", "request", "requested")
# A header field stating the examined side ("Side: LEFT", "Laterality: Right", "Side: [x] Right [ ] Left"), and the
# words its value may name a side with (side_fields.py).
SIDE_FIELD_KEYS = ("side", "laterality", "lado", "seite", "côté", "cote")
SIDE_FIELD_VALUES = {
    "right": ("right", "rt", "r", "dx", "derecho", "derecha", "rechts", "droit", "droite", "destro", "destra"),
    "left": ("left", "lt", "l", "sx", "sin", "izquierdo", "izquierda", "links", "gauche", "sinistro", "sinistra"),
    "bilateral": ("bilateral", "both", "bilat", "bilaterally", "ambos", "beidseits"),
}
# A header field naming the examined part with its side ("Site: R wrist / hand", "Region: left knee"): read as a
# side field where the report holds no "Side:" key and the part is no region of the abdomen (side_fields.py). A
# dialysis study's "Access: left radiocephalic (wrist)" names the limb of the fistula examined.
SITE_FIELD_KEYS = ("site", "region", "body part", "examined part", "part examined", "area examined", "access")
# Signs of an empty checkbox of a form ("☐ Left"): a side word right after one is not stated (side_words.py).
EMPTY_BOX_SIGNS = ("☐", "□")
# Participles after "not" that put a side outside the examination ("Left leg not examined", "R arm: not scanned"):
# naming the other side so does not make a single-side study describe two sides (title_sides.py).
# Words right after a side word that deny that side its finding ("HYDROCELE: R small (9 mm) | L none", "effusion: R
# 12 mm, L nil"): the finding lies on the other side only, not both (findings.FindingBuilder._side_in).
DENIED_SIDE_WORDS = ("none", "nil", "absent", "negative", "neg", "no")
# Words that state a side's line normal ("Left groin examined: orderly, no enlarged nodes", "Left side: unremarkable"):
# a one-side study's look at the other side, describing no lesion of its own (title_sides._normal_other_side).
OTHER_SIDE_NORMAL_WORDS = ("normal", "unremarkable", "orderly", "nad", "no abnormality", "no abnormalities",
                           "no lesion", "no lesions", "no enlarged", "no mass", "no collection", "no effusion")
# Words naming the study in a title sentence that opens a line of findings ("Ecografía partes blandas - right thigh.
# At the anterolateral aspect, ... lipoma 38 mm"): the first sentence is the title (title_sides.py). The title words
# and the names of a sonographic study in the languages the corpora are dictated in.
TITLE_SENTENCE_STUDY_WORDS = (*TITLE_STUDY_WORDS, "sonographie", "sono", "ecografia", "ecografía", "echografie",
                              "echography", "ecografie", "ecography")
# Keys of a line stating why the patient is scanned ("Indication: painful left testis", "Clinical: swelling left
# neck", "Referral: lump R forearm"): the presenting complaint, whose one side is the examined part's
# (presented_sides.py).
PRESENTING_KEYS = ("indication", "indications", "clinical", "clinical details", "clinical information",
                   "clinical indication", "clinical question", "clinical info", "clinical notes", "referral",
                   "referral reason", "reason for referral", "reason for exam", "reason for examination",
                   "reason for study", "presenting complaint", "complaint", "c/o")
UNEXAMINED_SIDE_VERBS = ("examined", "scanned", "imaged", "assessed", "evaluated", "included", "studied", "performed")
TITLE_REGION_WORDS = ("quadrant", "quadrants", "iliac", "iliaca", "ilíaca", "flank", "hypochondrium", "hipocondrio",
                      "cuadrante", "ruq", "rlq", "luq", "llq", "rif", "lif", "epigastrium", "hemiabdomen")
# Organs of one piece whose lesions still take the side of the region that places them ("right flank", "left lower
# quadrant"; the corpus guideline: a flank haematoma is the abdominal wall's, its side from the flank or quadrant),
# and the sided regions' words (region_sides.py). Labels of the ontology's organ concepts.
REGION_SIDED_ORGANS = ("abdominal wall",)
# Parts of the arm that holds a dialysis access: their unsided lesions lie on the access's side ("Left radiocephalic
# AVF ... Volar wrist: 6 mm ganglion"; access_sides.py). Labels of the ontology's anatomy concepts.
ACCESS_ARM_ORGANS = ("wrist", "elbow", "finger")
SIDED_REGION_WORDS = ("flank", "quadrant", "iliac", "fossa", "loin", "hypochondrium", "lumbar",
                      # ... the rectus sheath and muscle (one of a pair) and a scar by its side or end
                      # ("right rectus sheath haematoma", "left end of the scar"; region_sides.py)
                      "rectus", "scar", "incision",
                      # ... and a laparoscopic port's site, which lies off the midline but at the umbilicus ("Left
                      # port site: 12 mm collection")
                      "port")
# The abdominal wall's adjectives, which before "wall" name a sided region as a flank does ("Left abdominal wall,
# drain site: seroma"), and the midline words that leave such a wall unsided ("right paramedian abdominal wall";
# region_sides.py).
SIDED_WALL_WORDS = ("abdominal", "abdo")
MIDLINE_SITE_WORDS = ("midline", "paramedian", "median", "umbilicus", "umbilical", "periumbilical", "paraumbilical",
                      "infraumbilical", "supraumbilical", "epigastric", "epigastrium", "suprapubic", "linea")
# "RT" after a word of timing ("post RT", "post-RT 2019", "prior RT"): radiotherapy, not the right side
# (side_words.py).
THERAPY_SIDE_ABBREVIATIONS = ("rt",)
THERAPY_TIMING_WORDS = ("post", "pre", "after", "prior", "previous", "following", "s/p", "since")
# "left" as a verb's participle, told by the word after it ("Separate small collection, 9 mm, left alone", "a
# drain left in situ", "a 6 mm ganglion - left untreated"): no side (leaving_words.py).
LEAVING_WORDS = ("alone", "untouched", "untreated", "undisturbed", "behind")
LEAVING_PLACES = ("situ", "place")  # after "in": "left in situ", "left in place"
# A bracketed aside comparing the lesion with the other side ("effusion 7 mm (right hip 3 mm for comparison,
# normal)", "(contralateral knee 2 mm)"): its side is the other part's, not the lesion's (comparison_asides.py).
COMPARISON_ASIDE_WORDS = ("comparison", "compared", "contralateral", "contralaterally", "versus", "vs")
# Words that point at the side opposite the one stated last ("the contralateral ovary", "the other kidney", "on the
# opposite side"): read only before a paired organ or a side noun, and (but the first) only after "the"
# (side_words.py).
OPPOSITE_SIDE_WORDS = ("contralateral", "other", "opposite")
# ... and words that point back at the same side ("on the same side", "the same gland", "the ipsilateral axilla").
SAME_SIDE_WORDS = ("ipsilateral", "same")
# The two ends of one lesion or part ("a mass in continuity with the nerve at both poles"; "cysts at both poles of
# the right kidney"): "both" before them is no side (side_words.py). Not "extremities": both limbs.
BOTH_END_NOUNS = ("poles", "ends", "margins", "edges", "borders")
SIDE_NOUNS = ("side", "sided", "lobe", "gland")  # ("the contralateral lobe": a lateral part of the thyroid)
# Words joining two sides before one organ word ("the left and right ovaries", "R & L breasts", "right/left kidney"):
# the organ is named on both sides (side_words.py).
SIDE_CONJUNCTIONS = ("and", "&", "/", "+")

# What a word does between a size, a lesion and an organ (the findings pass): "sep" and "comma" end a clause ("a cyst in
# the left lobe; a nodule in the right"), "sep_strong" also keeps a later diagnosis from refining an earlier
# lesion, "measure" links an organ to its own size ("the right kidney measures 11 cm"), "distance" makes the
# size before it a distance ("4 cm from the nipple"), "refine" joins a lesion to the diagnosis that names it
# ("a 12 mm lesion, likely a haemangioma").
# Prepositions after which a part noun places a lesion rather than being measured ("in the cortex of 31 mm":
# placed_parts.py).
PART_PLACING_WORDS = ("in", "within", "inside", "into")
# Nouns of quantity between a size and the fluid it measures ("3 mm sliver of fluid": quantity_nouns.py); not "rim",
# a part measured ("a 2 mm rim"; CLAUSE_ROLES "part").
# Refining cues abbreviated with a slash ("c/w": consistent with, "s/o": suggestive of), which the tokenizer splits
# into their letters (slashed_refines.py): a later diagnosis names the lesion before them.
SLASHED_REFINES = ("c/w", "s/o")
# The part words of CLAUSE_ROLES "part" that name a septum, measured across in millimetres (septum_sizes.py).
SEPTUM_WORDS = ("septum", "septa", "septation", "septations")
# Words that join a lesion word to its own size and never to a distance ("a cyst of 6 mm above the joint line";
# direction_sizes.py)
MEASURING_WORDS = ("of", "measuring", "measures", "measured", "sized")
QUANTITY_NOUNS = ("sliver", "layer", "film", "pocket", "strip", "stripe", "crescent", "amount", "lamina", "lame")
CLAUSE_ROLES: dict[str, tuple[str, ...]] = {
    "sep": ("and", "while", "whereas", "but", "also", "another", "second", "third", "additional", "further"),
    "comma": (",",),
    "link": ("with", "containing", "contains", "contain", "has", "have", "shows", "showing", "demonstrates",
             "demonstrating", "including", "harbouring", "harboring"),
    "sep_strong": (";",),
    "colon": (":", "):"),  # ("Parotid (L): ...": the tokenizer keeps a bracket and its colon together)
    # A slash between two items of a line ("R eff 3.1cm / L eff 1.2cm"): the size before it is not the next one's.
    "slash": ("/",),
    # A table's cell border ("Left kidney: 11.2 cm | calculi: 5 mm"): the size of one cell is not the next cell's.
    "cell": ("|",),
    "open": ("(",),  # an organ's own size in brackets ("the right kidney (12.1 cm) contained a 3.5 cm mass")
    # A part of a lesion whose own size is no lesion size: a noun before or after the size ("a node with a 6 mm
    # cortex", "thickened cortex, 4 mm"), an adjective before it ("cortical thickening of 5 mm"), across "thick"
    # words. (Not "wall": "fibroid left lateral wall 3.4 cm" places the lesion, and an organ's wall thickness is the
    # organ's measurement, as a tendon's is.)
    "part": ("cortex", "cortices", "rim", "rims", *SEPTUM_WORDS),
    # ("wall" is a part only where it opens its clause or is called thick: see WALL_WORDS.)
    "part_adjective": ("cortical",),
    # (a fluid "layer" is measured across it, as a thickness: "hydrocele, fluid layer 12 mm", fluid_restated.py)
    "thick": ("thickening", "thickened", "thickness", "thick", "layer"),
    "measure": ("measures", "measuring", "measured", "measure", "is", "was", "of", "=", "size", "sized",
                "spans", "spanning", "at", "enlarged", "approximately", "approx", "about", "~", "bipolar", "in"),
    # (with "from" in the words of writers who keep their own: Dutch "2 cm van de tepel", German "3 cm von der
    # Mamille", Italian "4 cm dal capezzolo"; "apart" is the distance between two lesions, "7 mm and 5 mm, 4 cm
    # apart": no lesion's size, nor a member of their size list)
    "distance": ("from", "away", "apart", "deep", "below", "above", "beneath", "fn", "ffn", "ftn", "off", "van", "von",
                 "dal", "dalla"),
    "refine": ("likely", "probably", "consistent", "keeping", "representing", "represents", "represent",
               "suggestive", "compatible", "suggesting", "possibly", "presumably", "presumed", "favouring",
               "favoring", "probable", "?", "=", "i.e.", "namely", "suspicious", "concerning", "worrying",
               "query", "representing", "ddx", "favour", "favor", "favours", "favors",
               # "..., appearances of an abscess", "Appearances are those of a lipoma."
               "appearances"),
    # An interval change ("previously 7 mm, now 4 mm"): the size after a "current" word is the lesion's size
    # today, the one after an "earlier" word a comparison.
    "current": ("now", "currently", "presently", "today"),
    # A heading naming the midline ("Infra-umbilical midline:"): its section has no side, whatever side the line
    # before carried (heading_scope.py).
    # (and the places on the body's midline a heading may name instead: "Interscapular back:", "Lesion 3 - scalp,
    # vertex:", "Sternal wound: presternal collection"; a heading naming one scopes no side, heading_scope.py)
    "midline": ("midline", "interscapular", "presternal", "sternal", "retrosternal", "vertex", "umbilical",
                "periumbilical", "sacral", "sacrococcygeal", "coccygeal", "pilonidal"),
    # A group's stated size ("two cysts, the larger 13 mm"): the size after it is the group's own, before an
    # earlier size of the sentence (an organ's length the parser could not tell apart: "splenomegaly, 15.2 cm").
    "largest": ("largest", "larger", "biggest", "bigger"),
    # (and the same words of writers who keep their own language's: German "vorher", "zuvor", Dutch "voorheen",
    # "eerder", Italian "precedentemente", Spanish and Portuguese "antes", "anteriormente", Finnish "aiemmin": "seg.
    # III 18 mm (vorher 12 mm)")
    "earlier": ("previously", "prior", "formerly", "originally", "initially", "earlier", "vorher", "zuvor",
                "voorheen", "eerder", "precedentemente", "antes", "anteriormente", "aiemmin"),
    # A named axis of a measurement ("11 mm short axis, 2.3 cm long axis", "width 12 mm, height 8 mm, length 15 mm",
    # "9 mm long, 6 mm wide"): the sizes on axes are one lesion's dimensions (axis_sizes.py). An axis word links an
    # organ to its own size as a measuring word does ("right kidney length 11 cm", findings.FindingBuilder._measures).
    "axis": ("axis", "axes", "length", "long", "width", "wide", "depth", "height", "craniocaudal", "transverse",
             "longitudinal", "sagittal", "ap", "anteroposterior", "diameter", "calibre", "caliber"),
    # Prepositions that make an organ named after a lesion its place ("a cyst on the left ovary 3 cm"), not the
    # subject of a statement of its own ("a 7 mm cyst, left breast normal"). ("in", "of", "at" are "measure"
    # words, which place a lesion too.)
    "place": ("on", "within", "inside", "into", "near", "beside", "along", "behind", "under", "over", "involving",
              "arising", "abutting", "adjacent", "overlying", "underlying", "between", "around", "by", "to", "for"),
}
# Words that call a described group of lymph nodes normal ("nodes of normal morphology, largest 9 mm"): no finding.
# Pronouns that stand for a lesion just named when a size of their own follows ("a 2 cm fibroid and a smaller one,
# 11 mm"; "another 1.4 cm in segment VI"): another lesion of that kind (pronoun_lesions.py). The second tuple holds
# those read only right before their size ("another scan in 6 months" is no lesion).
# Words that head a labelled finding's block of its own lines ("Finding A", "Target 2:"): a lesion of unstated
# nature, only as such a heading (labelled_findings.py).
LABELLED_FINDING_WORDS = ("finding", "target", "abnormality")
# Nouns of a seen region that an echogenicity word before them makes a lesion of unstated nature ("hypoechoic area
# at the upper pole, 14 mm", "two hypoechoic foci", "echogenic 7 mm focus", "hyperechoic inclusion", "LI-RADS
# observation", translated "hypoechoic focal change 9 x 7 mm"): echo_areas.py. (Not a part of another lesion: "a cyst
# with a hypoechoic area". Only the singular "change": "hyperechoic changes" of a parenchyma are diffuse.)
ECHO_AREA_NOUNS = ("area", "areas", "focus", "foci", "zone", "zones", "change", "inclusion", "inclusions",
                   "observation",
                   "observations", "spot", "spots", "cluster", "clusters")  # ("strong echo spot", Chinese templates)
# A region noun likened to the lesion before it is a lesion of its own when a word that adds one more opens its phrase
# ("a second similar zone, 5 mm", "a smaller 9 mm similar focus", "one more similar area"), with only comparatives
# and a size between (likened_regions.py); "no similar focus" and "similar appearance" are not.
LIKENING_WORDS = ("similar", "identical", "analogous", "comparable")
LIKENED_ADDING_WORDS = ("a", "an", "another", "other", "second", "2nd", "third", "3rd", "further", "additional",
                        "one", "two", "three", "2", "3")
LIKENED_COMPARATIVES = ("smaller", "larger", "bigger", "small", "tiny", "more")
# Lesions named only by their grade ("TR3", "Bosniak II", "TI-RADS 4"): in the sentence of a lesion of their diagnosis
# they grade it, not a lesion of their own ("TR3 solid nodule of 11 mm", "2.4 cm exophytic cyst ... (Bosniak II)").
# The concepts and their subclasses (findings.FindingBuilder._merge_refinements).
GRADED_LESION_LABELS = ("TI-RADS graded nodule", "Bosniak-classified renal cystic lesion")
# ("ditto": the same kind again, with a size of its own: "at 11 o'clock a 6 mm cyst; at 1 o'clock ditto, 4 mm")
LESION_PRONOUNS = ("one", "another", "ditto", "analogous")
# Pronouns by which a sentence after a lesion's names it as the object of a position ("the skull deep to it is
# intact", "the muscle beneath them is normal"): the anatomy then reported on is examined (landmarks._placed_after).
LESION_OBJECT_PRONOUNS = ("it", "them", "this", "these")
# ... of them, those that are never a count, so after a list line's colon too they stand for the lesion above
# ("- 10 o'clock: 6 mm cyst" / "- 8 o'clock: ditto, 4 mm"; "Segments: one, 14 mm" is a count: pronoun_lesions.py)
UNCOUNTED_PRONOUNS = ("ditto",)
# Nouns that stand for a further lesion of the kind just named, as "one" does, only right after a contrast modifier
# ("Second candidate posterior to the upper pole, 6 mm"; "adjacent smaller loculus 12 mm"; "2nd pocket 1.2 cm" of a
# collection): no lesion word of their own, so without this their size went to the lesion before. Elsewhere they are
# a part of it ("the largest loculus", "deepest pocket"), and so is a further pocket of a fluid whose name is its
# place ("ascites ... a second pocket 3 cm": pronoun_lesions.py).
STAND_IN_NOUNS = ("candidate", "loculus", "locule", "loculation", "pocket")
# ... their plurals, read so as a group of further lesions, each size after it one of them ("two smaller satellite
# pockets of 9 mm and 12 mm" beside a collection; "further loculi up to 8 mm")
STAND_IN_GROUP_NOUNS = ("candidates", "loculi", "locules", "loculations", "pockets")
# Ordinals that stand for a lesion right after a determiner ("2 nodules. The first is 14 mm. The second, 6 mm"; not
# "the lower third, 19 mm", a part of the organ).
ORDINAL_PRONOUNS = ("first", "second", "third")
ORDINAL_DETERMINERS = ("the", "a")
# ("analogous": a translated "аналогичное", a similar one, "in S7 a cyst 18 mm, in S4 analogous 9 mm"; before a noun it
# qualifies the noun, "analogous formation 8 mm", a lesion word of its own)
LESION_PRONOUNS_BEFORE_A_SIZE = ("another", "analogous")
# A word that stands for one more lesion of the kind just measured only right after "one" ("a cyst of 3,2 cm, in S2
# one more 1,1 cm"; "cyst 0,7 cm and one more at 6 o'clock 1,4 cm"): the translated "otro más", "ещё один", read as
# "another" is, with its place before its size (pronoun_lesions.py). Elsewhere "more" compares ("more echogenic").
ONE_MORE_PRONOUNS = ("more",)
ONE_MORE_DETERMINERS = ("one",)
# Words that stand for a lesion only as a member of a group just named ("two cysts, one of 12 mm and the other of
# 7 mm"); elsewhere "other" qualifies a noun ("the other kidney").
MEMBER_PRONOUNS = ("other",)
# Words before "one" that set it against a lesion just measured as "another" does ("a smaller one in the L lobe,
# 3.2 cm"; "2nd one at 11 o'clock 7 mm"): its place may stand before its size (contrast_pronouns.py).
CONTRAST_MODIFIERS = ("smaller", "larger", "bigger", "second", "2nd", "third", "3rd", "further", "additional",
                      "similar")
# The first word of the soft tissues' name where it tells a lesion's texture ("a sessile soft-tissue mass" of the
# bladder wall: texture_words.py); the organ's other names ("calf", "forearm") are places.
TEXTURE_WORDS = ("soft",)
# Pronouns and count words that stand for a group of lesions of the kind just named ("a dominant 3.7 cm AML plus
# smaller ones up to 1 cm"; "R: dominant 28 mm nodule. L: several, up to 4 mm"): one more lesion, a group with the
# size that follows (its largest). Read as LESION_PRONOUNS are, so a word before a noun ("several cysts") is none.
# ("others": the rest of a group whose largest was measured, "the largest 4.2 cm; others measure 2.9 cm (segment 8),
# 1.6 cm and 1.1 cm": each size after it one of them)
GROUP_PRONOUNS = ("ones", "several", "few", "multiple", "numerous", "many", "some", "others")
# Words that list the rest of a group after their colon, one member a clause ("The largest 6 cm. Others: intramural
# 3 cm; subserosal 2 cm", "The rest: segment 2, 12 mm; segment 4, 8 mm"; listed_others.py).
LISTED_REST_WORDS = ("others", "rest")
# Words of a range between a pronoun and its size ("smaller ones up to 1 cm", "several, ranging from 4 to 19 mm").
SIZE_RANGE_WORDS = ("up", "to", "till", "until", "upto", "ranging", "range", "from")
# Words that date the size after them to before today ("(pre-op 9 mm)", "baseline 11 mm"; prior_words.py): one word,
# or the tail of a hyphenated "pre-" word.
PRIOR_WORDS = ("preop", "preoperative", "preoperatively", "baseline", "pretreatment")
PRIOR_TAILS = ("op", "operative", "operatively", "treatment")
# Words of cause between a size and the lesion after it ("pelvis 18 mm by a calculus", "21 mm due to a stone"): the size
# measures the effect, not the lesion (cause_sizes.py).
CAUSE_WORDS = ("by", "due", "secondary", "caused", "owing")
# What may open the cause of an organ's deformed outline ("contours uneven due to myomatous nodes", "irregular
# contours at the expense of myomatous nuclei", "outline lobulated because of fibroids"): the outline is the organ's.
OUTLINE_CAUSE_WORDS = ("due", "secondary", "caused", "owing", "because", "expense")
# Words of extent between a size and the lesion after it ("ureter dilated 8 mm down to a calculus at the PUJ", "CBD
# 9 mm up to an impacted stone"): the size is the dilatation's as far as the lesion, not the lesion's (cause_sizes.py).
# ("down"/"up" only before "to": "9 mm UP cyst" is an upper-pole cyst; "to" alone follows many words: "a cyst 48 mm,
# no flow to the Doppler, compatible with endometrioma")
EXTENT_WORDS = ("till", "until")
EXTENT_HEADS = ("down", "up")
# Words between a part noun and its size that say a range or open a bracket ("thickened cortex up to 5 mm", "cortex
# (4 mm)"): the size is still the part's (part_ranges.py).
PART_RANGE_WORDS = ("up", "to", "upto", "till", "until", "max", "maximum", "max.", "(")
NORMAL_NODE_WORDS = ("normal", "unremarkable", "benign", "non-enlarged", "nonenlarged", "subcentimetre",
                     "subcentimeter", "preserved")
# ... and, after a node measured by its level under a lymph-node heading, a word that calls it benign: such a node
# is listed, not a finding ("Nodes: level IIa L 11 x 5 mm, hilum present - reactive"; node_levels.py).
LEVELLED_NODE_NORMAL_WORDS = (*NORMAL_NODE_WORDS, "reactive")
# Limb segments outside a joint: a lipoma or haematoma its sentence places in one is in the soft tissues of that
# limb, not in the joint or vein the report described before (limb_sites.py). "buttock" and "groin" are the hip's.
LIMB_SEGMENT_WORDS = ("arm", "arms", "forearm", "forearms", "thigh", "thighs", "calf", "calves", "shin", "shins",
                      "leg", "legs")
LIMB_SEGMENT_SET = frozenset(LIMB_SEGMENT_WORDS)
# The organ a denied diagnosis never names as examined, although the diagnosis typically lies there: an arterial
# lesion ("no pseudoaneurysm") is sought in the arteries of whatever organ was injured or punctured (implied.py).
UNNAMED_BY_DENIAL_ORGAN = "peripheral arteries"
# Parts of the trunk beside the walls of the chest and abdomen ("L flank: subcutaneous lipoma" in an abdominal-wall
# study): a layer its line places there is the soft tissues', not the wall the title names (wall_tissues.py).
TRUNK_TISSUE_WORDS = frozenset(("flank", "flanks", "loin", "loins", "back"))
# Symptoms said of a limb segment ("swollen calf", "calf pain"): the complaint, not a site examined (settling.py).
LIMB_COMPLAINT_WORDS = frozenset(("swelling", "swollen", "pain", "painful", "tender", "tenderness", "ache",
                                  "aching", "cramp", "cramps", "heaviness"))
# A body part named in a complaint ("dry eyes", "heart racing", "pain upper stomach", "numbness of the fingers"): what
# the patient feels, not an organ examined (landmarks.py reads it as a landmark, labelled only where the report names
# no other organ). Only words a scan cannot find: "swollen", "tender", "enlarged" can be findings of the organ. The
# nouns name the complaint after the body part ("knee pain", "heart racing") or before it past a filler ("pain in
# the upper stomach"; not right before it: "epigastric pain gallbladder full of stones" is a run-on of two
# sentences); the adjectives also right before it ("dry eyes", "sore left eye").
# Verbs of a fluid or lesion reaching into a limb segment from elsewhere ("a ruptured Baker's cyst with fluid tracking
# down the medial calf"): the segment is the extent of that lesion, whose own organ holds it, not soft tissues examined.
LIMB_EXTENT_WORDS = frozenset(("tracking", "tracks", "tracked", "extending", "extends", "extended", "dissecting",
                               "dissects", "dissected", "spreading", "spreads"))
# Tissue layers of a limb segment named after such a verb ("fluid dissecting between the muscles of the calf"): the
# fluid is placed in the segment's own tissues, which were examined.
LIMB_LAYER_WORDS = frozenset(("muscle", "muscles", "muscular", "intermuscular", "fat", "subcutaneous", "subcutis",
                              "fascia", "fascial"))
COMPLAINT_NOUNS = ("pain", "pains", "ache", "aches", "numbness", "tingling", "itching", "dryness", "racing",
                   "pounding", "palpitations", "fluttering", "cramp", "cramps", "cramping", "discomfort",
                   # (sensory symptoms: "pins and needles in the little finger", "paraesthesia of the thumb")
                   "needles", "paraesthesia", "paraesthesiae", "paraesthesias", "paresthesia", "paresthesias")
# A state of a body part a patient or referrer reports, read only right after the part ("ankle oedema", "leg edema"
# in a heart-failure scan): a sign found on examination, not a part the scan examined; unlike a complaint noun it is
# no complaint before the part ("oedema of the ankle soft tissues" is a finding of the scan).
COMPLAINT_STATE_NOUNS = ("oedema", "edema")
# The end of a part a referred pain is felt at ("shoulder tip pain", "shoulder-tip pain" of a subphrenic collection):
# read between the part and its complaint word.
COMPLAINT_PART_TIPS = ("tip", "tips")
COMPLAINT_ADJECTIVES = ("painful", "aching", "sore", "numb", "itchy", "dry", "burning")
COMPLAINT_FILLERS = ("of", "in", "the", "my", "his", "her", "their", "both", "upper", "lower", "left", "right", "l",
                     "r", "at", "on",
                     # (the words naming which digit: "tingling in the little finger", "numbness of the index finger")
                     "little", "ring", "index", "middle", "big", "small", "great")
# The digits a complaint names may be joined ("tingling in my ring + little finger", "numb index and middle
# fingers"): a joining word between two of them is a filler too (landmarks.py).
COMPLAINT_DIGIT_WORDS = ("little", "ring", "index", "middle")
COMPLAINT_DIGIT_JOINS = ("and", "+", "&", "/", ",")
# A lump the complaint is about, after the body part ("painful R groin swelling"): the part is where the lump was
# felt, which the scan examines.
COMPLAINT_LUMP_WORDS = ("swelling", "swellings", "lump", "lumps", "mass", "bulge", "bump")
# Distance words whose object is a landmark ("1 cm from the adrenal", "3 cm below the dome of the right
# hemidiaphragm"): the object's side and organ are not the lesion's (distances.py); "of" stays inside the object.
# The nipple in the Romance languages, and the words of "of the" before it, which measure a distance from it ("a 4 cm
# del pezón", "à 3 cm du mamelon": nipple_distances.py).
ROMANCE_NIPPLE_WORDS = ("pezón", "pezon", "areola", "aréola", "mamelon", "mamilo", "capezzolo")
ROMANCE_NIPPLE_CONNECTORS = ("del", "de", "la", "du", "do", "da", "della", "l'", "dal", "dalla")
DISTANCE_OBJECT_WORDS = ("from", "below", "above", "beneath", "deep")
DISTANCE_PHRASE_INNER_WORDS = ("of",)
# A dash standing free before a diagnosis names the lesion just described ("4 x 3 cm - abscess"; dash_diagnoses.py).
DIAGNOSIS_DASHES = ("-", "\u2013", "\u2014")
# Direction words that make a distance when "to" follows ("2 cm lateral to the nipple").
DIRECTION_WORDS = ("lateral", "medial", "superior", "inferior", "proximal", "distal", "anterior", "posterior",
                   "caudal", "cranial", "superficial")
# Adverbs of direction that close a length saying how far a further lesion lies from the one before ("a second
# collection 6 cm downstream, 12 mm"); not "anteriorly"/"posteriorly", which place a fluid's depth ("effusion 8 mm
# posteriorly"; offset_lengths.py).
OFFSET_ADVERBS = ("distally", "proximally", "downstream", "upstream", "cranially", "caudally", "medially",
                  "laterally", "superiorly", "inferiorly")
# Comparatives that make a length and a direction an offset ("6 cm more distally"; offset_lengths.py).
OFFSET_COMPARATIVES = ("more", "further", "farther")

# Words saying a normal statement is about part of an organ ("the remainder of the liver", "left lobe normal").
PART_WORDS = ("remainder", "rest", "otherwise", "lobe", "lobes", "segment", "segments", "pole", "poles", "portion",
              "part", "parts", "aspect", "background", "parenchyma", "elsewhere", "remaining", "isthmus",
              "istmo",  # (Italian, Portuguese, Spanish: "Istmo 3 mm, normal" beside a lobe nodule)
              # A tendon, ligament or fascia of a joint or foot ("biceps tendon normal" beside a supraspinatus tear,
              # "plantar fascia 3 mm, normal" beside an Achilles enthesitis).
              "tendon", "tendons", "ligament", "ligaments", "fascia", "fasciae",
              # The surroundings of a lesion ("the underlying muscle is unremarkable" below a lipoma, "no adjacent
              # pleural abnormality"): named relative to the lesion, so no organ examined in its own right.
              "underlying", "overlying", "adjacent", "surrounding", "neighbouring", "neighboring")
# A liver segment named by its Couinaud number alone ("a cyst in segment 7", "segment IVb lesion", "S6/7"): the organ
# the ontology gives segment I (LIVER_SEGMENT_ANCHOR, a synonym of the caudate lobe) holds it (organ_parts.py). A bare
# "segment" (bowel, venous, lower uterine) names none; S1-S4 are left out (sacral levels, heart sounds, a spleen
# report's own lesion labels "S1 upper pole 12 mm") but beside a higher segment's abbreviation.
LIVER_SEGMENT_ANCHOR = "segment i"
# ("seg 7 haemangioma", "segm. IV: 11 mm": abbreviations, often with a full stop that ends no sentence: sentences.py)
LIVER_SEGMENT_WORDS = ("segment", "segments", "seg", "segs", "segm")
LIVER_SEGMENT_NUMBERS = ("1", "2", "3", "4", "4a", "4b", "5", "6", "7", "8", "i", "ii", "iii", "iv", "iva", "ivb", "v",
                         "vi", "vii", "viii", "1/2", "2/3", "4/5", "5/6", "6/7", "7/8", "5/8", "4/8")
LIVER_SEGMENT_ABBREVIATIONS = ("s4a", "s4b", "s5", "s6", "s7", "s8", "s4/5", "s5/6", "s6/7", "s7/8", "s5/8", "s4/8")
# ... and S1-S4, liver segments only beside one of those in the report ("RFA site in S8 ... new 9 mm nodule in S3"):
# a report that numbers the liver's segments so numbers its low ones too (organ_parts.py)
LIVER_LOW_SEGMENT_ABBREVIATIONS = ("s1", "s2", "s3", "s4")
# Words that compare two measurements when they stand between them ("17 mm versus 16 mm"): no differential
# (context.py's _measured_comparisons).
MEASURE_COMPARISON_WORDS = ("versus", "vs", "vs.", "v.", "v/s")
# Units after a number that make "segment 5" a measurement ("lower uterine segment 5 mm"), not a segment number.
MEASURE_UNIT_WORDS = (*LENGTH_UNIT_WORDS, "m", "ml", "cc", "%", "x", "\u00d7")
# The units of a measurement a "versus" compares with ("CSA 16 mm2 (vs 8 mm2 mid-arm)", "PSV 180 vs 95 cm/s"): a nerve's
# area and a velocity besides the lengths and volumes (context.py, _measured_comparisons).
COMPARED_UNIT_WORDS = (*MEASURE_UNIT_WORDS, "mm2", "mm\u00b2", "cm2", "cm\u00b2", "cm/s", "m/s")
# A peritoneal recess named by the two organs that bound it ("free fluid between the liver and the right kidney",
# "fluid separating the liver from the kidney"): the fluid lies in the recess (guideline: Morison's pouch / the
# hepatorenal space -> peritoneum) and the organs only place it (implied.py). Recess and organs are ontology labels.
BOUNDED_RECESSES = (("hepatorenal recess", ("liver", "kidney")),)
RECESS_CUE_WORDS = ("between", "separates", "separating", "separated")
# Descriptor values that are the normal look of a hollow organ's fluid content ("Bladder: normal wall, contents
# anechoic"): no fault of an organ stated normal (normals.py reads the descriptors after a worded normal).
FLUID_CONTENT_VALUES = ("anechoic",)
# Nouns for a hollow organ's content: a fluid-content value said of one ("Bladder: wall not thickened, contents
# anechoic, without peculiarities"; "lumen anechoic") describes the content, not the organ (normals.py).
CONTENT_NOUNS = ("contents", "content", "lumen", "bile", "urine")
# Words in the label of a concept that make it part of an organ, besides PART_WORDS: a normal statement naming only
# such parts ("CBD normal calibre" beside gallstones, "the endometrium is normal" beside a fibroid) is about part of
# the organ ("Right testis and epididymis normal" names a whole side too).
PART_LABEL_WORDS = ("duct", "ducts", "epididymis", "endometrium",
                    # One joint, fascia or layer of the region an organ value names ("AC joint unremarkable" beside
                    # a supraspinatus tear, "the fascia is otherwise of normal thickness" beside a plantar fibroma,
                    # "the left germinal matrix is normal" beside a right-sided bleed; guideline: not for a part).
                    "acromioclavicular", "metatarsophalangeal", "fascia", "matrix",
                    # One body of an organ made of several ("the corpus spongiosum is normal" beside thrombosed
                    # corpora cavernosa, "the corpus callosum is normal" beside a germinal matrix bleed).
                    "corpus", "corpora")
# One named nerve or vein of the nerves or veins an organ value gathers ("the ulnar nerve is normal" beside a swollen
# median nerve, "femoral vein normal" above a popliteal DVT): part of that organ when a normal statement names it
# (normals._names_a_part); the organs' own labels are plural. Unlike the part labels above, "a normal median nerve"
# still reads "normal" as the adjective of a structure examined (normals._premodifies_organ). (Not "artery": "the
# left carotid artery is normal" beside a right carotid plaque is one side of a paired vessel, a whole side.) A named
# muscle too ("Left SCM normal" beside a right fibromatosis colli, "the normal left sternocleidomastoid for
# comparison"): one muscle of the soft tissues or the child's neck, not the organ (guideline: a normal muscle -> no).
MEMBER_LABEL_WORDS = ("nerve", "vein", "muscle")

# Words that state an organ abnormal without naming a diagnosis: a normal statement in the same sentence ("the spleen
# is enlarged at 16 cm with no focal lesion") does not make the organ normal, unless they are denied ("not dilated").
ABNORMAL_STATE_WORDS = ("enlarged", "dilated", "thickened", "distended", "coarse", "coarsened", "shrunken",
                        "atrophic", "bulky", "swollen", "hypertrophied", "oedematous", "edematous", "nodular",
                        "increased", "heterogeneous", "inhomogeneous")
# An organ's state that a verbless predicate list states before a shape word said of the same organ ("Median nerve
# swollen at the inlet, flattened at the outlet", "Liver shrunken, nodular"): the list describes the organ, and its
# shape word no lesion (margins.py). Not "increased" or "heterogeneous", which a lesion's own list may hold.
ORGAN_STATE_WORDS = ("enlarged", "dilated", "thickened", "distended", "coarse", "coarsened", "shrunken", "atrophic",
                     "bulky", "swollen", "hypertrophied", "oedematous", "edematous", "small", "contracted")
# The same states named by a noun ("marked dilatation of the lateral and third ventricles"): read only when deciding
# whether a report with no lesion is a normal study, not as a state of the organ a normal statement's clause names
# ("right mild dilatation (physiological), left normal").
ABNORMAL_STATE_NOUNS = ("dilatation", "dilation", "enlargement")
# What a lesion does to an organ named after it ("mass 31 mm, causing dilatation of the CBD", "with a dilated
# choledochus") and how it relates to a neighbour ("relation to the SMV cannot be assessed"): the organ so named is no
# site for a lesion already placed (effect_organs.py). The nouns take "of", the relation nouns "to"/"with".
EFFECT_NOUNS = ("dilatation", "dilation", "obstruction", "compression", "distension", "distention", "ectasia")
EFFECT_ADJECTIVES = ("dilated", "obstructed", "distended", "ectatic")
RELATION_NOUNS = ("relation", "relations", "relationship", "relationships")
# Words of a changed aspect ("increased cortical echogenicity", "heterogeneous"): beside them a normal attribute does
# not make one side of a paired organ normal.
CHANGED_ASPECT_WORDS = ("increased", "decreased", "reduced", "heterogeneous", "inhomogeneous", "irregular", "abnormal",
                        "altered", "raised", "prominent", "asymmetric", "asymmetrical")
ABNORMAL_STATE_DENIALS = ("no", "not", "non", "without", "nor", "neither")
# A hollow organ's filling, normal with these words before it ("Bladder: partially distended, grossly normal", "well
# distended"), where "distended" alone states the organ abnormal.
FILLING_STATE_WORDS = ("distended", "distension", "distention", "filled")
# States (of ABNORMAL_STATE_WORDS) a writer reports and calls normal in one breath ("the bladder is distended and
# unremarkable", "the right ovary is atrophic and normal" after the menopause): how the organ was found, not a fault.
CALLED_NORMAL_STATE_WORDS = (*FILLING_STATE_WORDS, "atrophic")
NORMAL_FILLING_WORDS = ("partially", "partly", "adequately", "well", "normally", "physiologically", "moderately",
                        "fully", "reasonably", "sufficiently", "optimally")

# Of the part words, those that speak of the rest of what was named ("otherwise normal"): a part only of an organ
# that holds a lesion ("Right lobe: nodule. Thyroid otherwise normal"), else the whole organ is normal ("free fluid
# in Morison's pouch; the liver and right kidney are otherwise normal").
OTHERWISE_WORDS = ("otherwise",)
# Words that, right after "but"/"however", continue the same subject's description rather than start a new one: "the
# spleen is enlarged but otherwise normal", "normal in size but slightly coarse in echotexture" (an abnormal state
# word right after the contrast continues it too). "the right testis is normal, but the left is enlarged" starts anew.
SAME_SUBJECT_AFTER_CONTRAST = ("otherwise", "slightly", "mildly", "moderately", "markedly", "somewhat", "diffusely",
                               "rather", "quite", "a", "little", "bit")

# Parts of the thyroid beside which a translated "node" is a thyroid nodule ("node of right lobe").
THYROID_PART_WORDS = ("lobe", "lobes", "isthmus", "thyroid")
# Organs (released Organ_level labels) with one gland whose left and right sides are lobes: "the right side was
# normal" beside a left thyroid nodule is a normal lobe, no whole organ (guideline), unlike one side of the breasts,
# testes or kidneys (normals.py).
LOBED_ORGANS = ("Thyroid gland",)

# Catheter procedures named by the organ they reach ("cardiac catheterisation", "coronary angiography"), done
# through an access vessel: the organ is the procedure's, not one the ultrasound examined (OTHER_SENSE_AFTER).
_CATHETER_PROCEDURES = ("catheterisation", "catheterization", "catheterisations", "catheterizations", "cath",
                        "catheter", "angiography", "angiogram", "angioplasty", "intervention", "ablation")

# A joint's past replacement ("after his hip replacement", "I had a knee replaced years ago"): history, not a joint
# examined, where an owner word opens the phrase (not "US of the right hip replacement: periprosthetic collection").
PAST_SURGERY_WORDS = ("replacement", "replacements", "replaced", "arthroplasty", "resurfacing", "resurfaced",
                      "op", "operation", "surgery")
PAST_SURGERY_OWNERS = ("my", "his", "her", "their", "a", "'s", "’s")
# A word of time opening the phrase dates the operation as well ("a compression study of the leg after hip
# replacement", "never had problems before the hip op"): the history, not the joint examined.
PAST_SURGERY_TIMES = ("after", "following", "post", "since", "before")
# A timing, a function or a clinical state of the heart ("retrograde flow throughout the cardiac cycle", "findings
# suggest right heart failure", "cardiac output"): physiology or a clinical diagnosis, no heart examined.
_CARDIAC_STATES = ("cycle", "cycles", "output", "failure", "arrest", "rhythm", "murmur", "murmurs")
# Abbreviations that name anatomy in one sense and something else before these words: "PV" is the portal vein, but
# "PV bleeding" / "PV spotting" is per vaginam, a symptom that names no organ examined.
# The nouns after "cystic" that make it name a whole lesion or a condition (OTHER_SENSE_AFTER["cystic"]): the generic
# lesion words of translated reports and condition names; "cystic areas/change/component" stay components, and
# "cystic lesion/focus/structure" are the ontology's cyst.
# "Liquidian" (a translated French "liquidien") names a lesion's fluid content ("little liquidian nodule"), but before a
# word of free fluid ("liquidian effusion", "a liquidian blade in the Douglas") it names the fluid itself, no component.
LIQUIDIAN_FLUID_NOUNS = ("effusion", "effusions", "collection", "collections", "blade", "blades", "layer", "layers",
                         "sheet", "accumulation", "accumulations", "fluid", "ascites")
# "Bright" as a colour ("painless bright red bleeding") or on the point reflectors of a comet-tail artefact ("small
# intramural bright reflectors producing comet-tail artefacts": colloid or cholesterol crystals) names no echo level.
BRIGHT_OTHER_NOUNS = ("red", "pink", "yellow", "green", "blue", "orange", "reflector", "reflectors")
CYSTIC_KIND_NOUNS = ("formation", "formations", "image", "images", "sol", "sols", "disease", "diseases", "fibrosis",
                     "hygroma", "hygromas", "dilatation", "dilation")
OTHER_SENSE_AFTER = {"pv": ("bleeding", "bleed", "bleeds", "spotting", "discharge", "loss", "losses", "exam",
                            "examination"),
                     # A patient's website that speaks ("what the portal says") and an arthroscopy's skin portal that
                     # bled ("Small portal haematoma" after a knee arthroscopy): the portal vein is no speaker, and
                     # its clot is a thrombus, not a haematoma.
                     "portal": ("says", "said", "haematoma", "hematoma", "haematomas", "hematomas"),
                     # "HV says no", "HV said probably a cyst": the health visitor of a parent's post speaking, not a
                     # hepatic vein (also read by the words around it: OTHER_SENSE_AROUND).
                     "hv": ("says", "said", "say", "thinks", "thought", "told", "tells", "reckons", "reckoned",
                            "suggested", "suggests", "advised", "wants", "wanted", "recommended"),
                     # "Cardiac activity present" at an early pregnancy scan: the embryo's, no heart examined.
                     # "A groin swelling after cardiac catheterisation": a catheter procedure reaching the heart
                     # through an access vessel (whose complication is imaged), no heart examined.
                     "cardiac": ("activity", "motion", "pulsation", "pulsations", *_CATHETER_PROCEDURES,
                                 *_CARDIAC_STATES),
                     "coronary": _CATHETER_PROCEDURES,
                     # "Pancreas: not visualised (bowel gas)": what hides an organ, no bowel examined.
                     "bowel": ("gas",),
                     # "AORTA SCREENING (AAA programme)": the name of a screening programme, no aneurysm found ("AAA
                     # surveillance" follows a known one, so it is not listed).
                     "aaa": ("programme", "programmes", "program", "programs", "screening"),
                     # "Both ureteric jets seen": urine entering the bladder, no ureter imaged.
                     "ureteric": ("jet", "jets"),
                     "ureteral": ("jet", "jets"),
                     # "CRL 11 mm, heart rate 148": the embryo's or fetus's heart beat, no heart examined.
                     "heart": ("rate", "rates", "beat", "beats", "activity", "motion", "pulsation", "pulsations",
                               "tones", *_CATHETER_PROCEDURES, *_CARDIAC_STATES),
                     # "Never allow a digital exam until previa is ruled out", "digital rectal examination": an
                     # examination by the examiner's finger, "digital subtraction angiography" a technique; no
                     # fingers examined.
                     "digital": ("exam", "exams", "examination", "examinations", "rectal", "vaginal", "subtraction"),
                     # "after his hip replacement", "I had a knee replaced": a past operation of the patient's
                     # history, no joint examined (read only after an owner word: senses._in_other_sense).
                     **dict.fromkeys(("hip", "hips", "knee", "knees", "shoulder", "shoulders", "elbow", "ankle"),
                                     PAST_SURGERY_WORDS),
                     # "He goes to the VA hospital": Veterans Affairs, not a vertebral artery; so is the VA named
                     # as the institution heading a report or its protocol ("VA OUTPATIENT CLINIC - US SCROTUM", "VA
                     # CBOC - US SOFT TISSUE", "(VA vascular lab worksheet)", "per VA vascular protocol").
                     # ... and the VA heading its study's title ("VA - US ABDOMEN COMPLETE"): a vertebral artery's
                     # study is a duplex named by the artery, never "VA US".
                     "va": ("us", "usg", "ultrasound", "sonography",
                            "hospital", "hospitals", "clinic", "clinics", "medical", "doctor", "doctors", "benefits",
                            "healthcare", "health", "system", "center", "centre", "outpatient", "outpatients", "cboc",
                            "vamc", "vascular", "lab", "laboratory", "imaging", "radiology", "protocol", "service",
                            "services", "facility"),
                     # Named signs ("positive spine sign" of a pleural effusion, the pyloric "nipple sign", a
                     # metastasis's "bull's-eye appearance"): a picture's name, no spine, breast or eye examined.
                     "spine": ("sign", "signs"),
                     "nipple": ("sign", "signs"),
                     "eye": ("appearance", "appearances", "sign", "pattern", "configuration",
                             # "we'll keep an eye on it", "keep an eye out for growth": the idiom for watching, said
                             # by a doctor in a patient's post, not an eye examined (an examined eye is named with its
                             # side or parts: "Right eye: vitreous haemorrhage").
                             "on", "out"),
                     # "Growth" names a mass only as a thing ("a polypoid growth"); before these words it is the
                     # process of growing ("fetal growth restriction", "growth parameters appropriate"): no mass.
                     "growth": ("restriction", "retardation", "parameters", "parameter", "percentile", "percentiles",
                                # said to be as expected ("growth normal", "growth appropriate for dates")
                                "normal", "appropriate", "satisfactory", "adequate", "concordant", "consistent",
                                "velocity", "chart", "charts", "curve", "curves", "scan", "scans", "plate", "plates",
                                "spurt", "rate", "biometry", "discordance",
                                # a known lesion's change over time ("growth since 2023", "growth <20%", "growth >20%
                                # volume", "growth by 3 mm"; a measured amount, "growth 2 mm/yr", and "growth of the
                                # nodule": SIZE_CHANGE_NOUNS)
                                "since", "<", ">", "by",
                                # a study's title ("GROWTH + ANOMALY REVIEW", "Growth & Doppler ultrasound")
                                "+", "&", "review", "assessment", "ultrasound", "us",
                                # weighed as a change ("Growth therefore not significant", "growth insignificant")
                                "therefore", "insignificant"),
                     # "The gap closed in plantar flexion": a movement of the foot, not the foot examined.
                     "plantar": ("flexion", "flexed"),
                     # "The nerve glides freely with finger flexion": a movement made during the scan, not a digit
                     # examined.
                     # ... and "fingers crossed" is a wish, no digit examined.
                     **dict.fromkeys(("finger", "fingers", "thumb", "toe", "toes"),
                                     ("flexion", "extension", "abduction", "adduction", "movement", "movements",
                                      "motion", "flexed", "extended", "crossed")),
                     # A bare "Baker" is the Baker's cyst ("baker 31mm"), but not before "'s": the possessive is left
                     # to the full term, so that "Popliteal (Baker's) cyst" stays one cyst, named by its own noun.
                     "baker": ("'s", "’s"),
                     # A public-health programme given to a whole population ("missed the mass drug rounds", "mass
                     # drug administration", "a mass deworming campaign"): no mass found.
                     "mass": ("drug", "drugs", "administration", "deworming", "vaccination", "vaccinations",
                              "immunisation", "immunization", "campaign", "campaigns", "treatment"),
                     # "Cystic" naming what a thing is, not a cystic part of a solid one: a translated report's whole
                     # lesion ("anechoic cystic formation of 34 mm", "a cystic image of 2 cm", "a cystic SOL": a cyst,
                     # as "cystic lesion" is) and the name of a condition ("acquired cystic disease", "cystic
                     # hygroma", "cystic fibrosis", "cystic dilatation of the CBD"): no cystic component.
                     "cystic": CYSTIC_KIND_NOUNS,
                     "liquidian": LIQUIDIAN_FLUID_NOUNS,
                     "bright": BRIGHT_OTHER_NOUNS,
                     # "Metastatic" naming a process at work in a structure already named ("a round node ...,
                     # worrisome for metastatic involvement", "suspicious of metastatic infiltration"): what may be
                     # happening to that node or organ, no metastasis of its own (no mass); "metastatic deposit",
                     # "metastatic node" and "metastatic disease" still name one.
                     "metastatic": ("involvement", "infiltration"),
                     # "3 vaginal births", "a vaginal delivery": how a child was born, an obstetric history, no
                     # vagina examined.
                     "vaginal": ("birth", "births", "delivery", "deliveries")}
# Nouns of a change in size ("growth"): followed by a measured amount ("growth 2 mm/yr", "Growth 0.5 cm in 6 months")
# or by "of" and what grew ("Growth of the right nodule", "growth of R1 by >20%") they are the process of growing, not a
# mass; "a growth of 3 cm" (a number after "of") stays a mass (senses._change_in_size).
SIZE_CHANGE_NOUNS = ("growth",)
# Words after a change noun's amount that make it a change over time, with or without "of" or an article ("Growth of
# 5 mm in 3 years", "a growth of 4 mm since the last scan", "growth of 20%"): the process, not a mass of that size.
SIZE_CHANGE_TIME_WORDS = ("year", "years", "yr", "yrs", "y", "month", "months", "mo", "mos", "week", "weeks", "wk",
                          "wks", "day", "days", "since", "previous", "previously", "prior", "last", "baseline",
                          "interval", "annually", "%", "percent")
SIZE_CHANGE_TIME_REACH = 5  # words after the noun a time word may stand ("of 5 mm in 3 years")
# Words that bound a change's amount before its number ("growth of more than 20%", "growth of about 4 mm since 2022"):
# passed over to reach the number.
SIZE_CHANGE_BOUNDS = ("more", "less", "than", "over", "under", "about", "approximately", "approx", "almost", "nearly",
                      "around")
# Words of a pregnancy scan's survey joined to a change noun ("growth and anatomy normal", "growth, liquor and
# Dopplers normal"): the fetus's growing, not a mass.
SIZE_CHANGE_PARTNERS = ("anatomy", "liquor", "biometry", "doppler", "dopplers", "wellbeing", "presentation",
                        "morphology", "development", "afi", "placenta")
# A one-word anatomy term preceded by a word that gives it another sense: "results on the patient portal", "my online
# portal" (a website, not the portal vein). Read with the word before that word too ("on the portal": see sites.py).
# "POD 14", "POD 7": a surgical report's post-operative day, not the pouch of Douglas, before a day number that no
# unit follows ("free fluid POD 12 mm" still measures fluid in the pouch; senses._in_other_sense).
OTHER_SENSE_BEFORE_NUMBER = ("pod",)
OTHER_SENSE_BEFORE = {"portal": ("patient", "online", "my", "mychart", "web", "hospital", "gp", "nhs",
                                 # ... and the skin incision an arthroscope enters the joint through ("a haematoma
                                 # lateral to the arthroscopy portal"): no portal vein either.
                                 "arthroscopy", "arthroscopic", "arthroscope", "camera", "instrument"),
                      # "Parenchyme homogène, normo-échogène", "parenchyma normo-echogenic": a normal echo level of the
                      # organ (read back past the hyphen), not a bright lesion.
                      **{echo: ("normo",) for echo in ("echogenic", "échogène", "échogènes", "echogene")},
                      # "my LO is 7 weeks": a parent's "little one", not the left ovary (RO/LO are headings of a
                      # pelvic scan: "RO: 2 follicles. LO: 38 mm endometrioma").
                      "lo": ("my", "our", "your", "his", "her", "their"),
                      # "Bleeding PV", "bleeding per vaginam": the symptom written with the route after the bleeding,
                      # as "PV bleeding" writes it before (OTHER_SENSE_AFTER), not the portal vein.
                      "pv": ("bleeding", "bleed", "spotting", "discharge", "loss"),
                      # A metastasis's target look named alone ("hypoechoic lesions with an echogenic centre (bull's
                      # eye)", "bull's-eye"): no eye examined (before "appearance", "sign": OTHER_SENSE_AFTER).
                      "eye": ("bull", "bulls", "bull's", "bull’s"),
                      # "a scan at the VA", "my VA doctor": Veterans Affairs, not a vertebral artery; "level VA": the
                      # neck node level V (A), not a vertebral artery.
                      "va": ("my", "local", "nearest", "level", "levels"),
                      # The process of growing, said of a fetus or of a known lesion over time ("normal interval
                      # growth", "fetal growth", "no further growth"), not a mass ("a growth", "polypoid growth").
                      "growth": ("interval", "fetal", "foetal", "fetus", "foetus", "normal", "appropriate", "adequate",
                                 "rapid", "further", "continued", "steady", "slow", "symmetric", "symmetrical",
                                 "asymmetric", "asymmetrical", "interim", "progressive", "subsequent", "significant",
                                 # its degree, or the change a grade or plan follows ("with slight growth", "mild
                                 # growth (20->23 mm)", "BI-RADS 4A due to growth", "no review unless growth")
                                 "slight", "mild", "minimal", "minor", "marked", "measurable", "definite", "some",
                                 "with", "to", "unless",
                                 # how it came about ("Sudden growth = bleed", "recent growth of the lump")
                                 "sudden", "recent", "gradual", "ongoing", "accelerated", "renewed",
                                 # weighed, or the reason for a plan ("insignificant growth in dynamics", "FNA is
                                 # recommended given growth of more than 20%")
                                 "insignificant", "given"),
                      # The verb "meet" after its auxiliary or "not" ("threshold not met", "criteria were met"), not
                      # the abbreviated metastasis ("?new met", "liver met").
                      "met": ("not", "is", "are", "was", "were", "been", "be", "being",
                              # ... or after what is met ("audit standard met", "criteria met"), and the urologist's
                              # medical expulsive therapy for a ureteric stone ("recheck after MET", "stone on MET")
                              "standard", "standards", "criteria", "criterion", "target", "targets", "goal",
                              "goals", "requirement", "requirements", "after", "on"),
                      # A syndrome or a precursor named by its kind ("multiple endocrine neoplasia", "cervical
                      # intraepithelial neoplasia"), not a mass found.
                      "neoplasia": ("endocrine", "intraepithelial"),
                      # Enhancement after contrast (CEUS, CT, MRI) named by its phase, pattern or agent ("no arterial
                      # enhancement on CEUS", "no contrast enhancement", "thin rim enhancement"): the lesion takes up
                      # contrast, no posterior acoustic enhancement behind it (a posterior one is named "posterior",
                      # "acoustic" or "through-transmission", or stands bare).
                      "enhancement": ("arterial", "arterial-phase", "contrast", "gadolinium", "ceus", "rim",
                                      "peripheral", "nodular", "septal", "mural", "venous", "portal-venous",
                                      "delayed", "late", "washout"),
                      # A plaque's shoulder (its edge, where it ulcerates: "ulceration at its shoulder", "the plaque
                      # shoulder"): a part of a thing, never a person's joint ("his shoulder", "her shoulder").
                      **dict.fromkeys(("shoulder", "shoulders"), ("its", "plaque", "plaque's", "plaques")),
                      # A bare "Baker" is the popliteal cyst ("R knee: baker 31mm", "3cm Bakers") but a person after a
                      # title ("Dr Baker", "referred by Mr Baker").
                      **dict.fromkeys(("baker", "bakers"), ("dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.",
                                                            "miss", "prof", "prof.", "professor", "nurse", "sister")),
                      # A "cuff" around something else than the shoulder's tendons: the echogenic sleeve of fibrosis or
                      # oedema around portal tracts, bronchi or vessels ("thick periportal cuffs"), the cuff of a
                      # blood-pressure or tracheostomy tube, the vaginal vault: no rotator cuff examined.
                      **dict.fromkeys(("cuff", "cuffs"), ("periportal", "peri-portal", "portal", "peribronchial",
                                                          "perivascular", "peribiliary", "bp", "pressure",
                                                          "tracheostomy", "endotracheal", "vaginal", "venous",
                                                          "arterial", "tourniquet",
                                                          # ... and the Dacron cuffs a peritoneal dialysis catheter
                                                          # is anchored by ("fluid around the outer cuff", "Outer-cuff
                                                          # tunnel collection", "Inner cuff region clear")
                                                          "outer", "inner", "catheter", "dacron", "tenckhoff"))}
# An abbreviation with another sense where a word of its own sense is named just before it, in its sentence: "MCL" is
# the mid-clavicular line a liver or spleen is measured along ("liver 16 cm in the MCL", "Liver: enlarged (MCL 17
# cm)"), the knee's medial collateral ligament elsewhere. Read back at most OTHER_SENSE_NEAR_REACH tokens.
OTHER_SENSE_NEAR = {"mcl": ("liver", "hepatic", "hepatomegaly", "spleen", "splenic", "splenomegaly"),
                    # The verb "meet" after the bar that is met, a size between them ("FNA threshold 1.5 cm met",
                    # "size criteria for FNA met"), not the abbreviated metastasis ("?new met").
                    "met": ("threshold", "thresholds", "criteria", "criterion", "cut-off", "cutoff"),
                    # A bowel anastomosis after a resection ("post ileocaecal resection, anastomosis check", "neo-TI
                    # 3.9 mm, anastomosis 4.2 mm"), not the vascular anastomosis of a dialysis fistula.
                    "anastomosis": ("bowel", "ileal", "ileum", "ileocaecal", "ileocecal", "ileocolic", "colonic",
                                    "colorectal", "jejunal", "enteric", "resection", "ti", "neo-ti", "bwt", "stoma"),
                    # The mediastinum testis, the hilum a testis's ducts leave by ("Intratesticular cyst 3 mm at
                    # mediastinum"), after a word of the testis: no chest examined.
                    "mediastinum": ("testis", "testes", "testicle", "testicles", "testicular", "intratesticular",
                                    "scrotal", "scrotum", "epididymis", "epididymal", "rete"),
                    # "sunset eyes", "sunsetting of the eyes" of a hydrocephalic infant: a sign of the raised
                    # pressure, no eye examined.
                    **dict.fromkeys(("eye", "eyes"), ("sunset", "sunsetting"))}
OTHER_SENSE_NEAR_REACH = 12
# The same abbreviations read by the organ a mention before them names, in whatever language its word is ("Leber:
# normal groß (MCL 14 cm)", "Hepar: 148 mm in MCL", "the liver was small; MCL span 11 cm"): the nearest anatomy
# mention before the abbreviation, on its line and at most OTHER_SENSE_NEAR_REACH tokens back, rolls up to one of
# these organs (released Organ_level labels), so the abbreviation is the line that organ is measured along.
OTHER_SENSE_ORGANS = {"mcl": ("Liver", "Spleen")}
# The last word of an organ's name that names it by the region it lies in ("right lower quadrant", "RLQ": the
# appendix's). Such a name placing fluid or another organ named before it in its sentence ("small volume ascites in
# the right lower quadrant", "deepest pocket 9 cm RLQ", "a transplant kidney in the right lower quadrant") is where
# that lies, a landmark, not the organ examined (landmarks._region_name_places).
ORGAN_REGION_NAME_WORDS = ("rlq", "quadrant")
ORGAN_REGION_NAME_REACH = 10  # tokens between what the region places and the region's name
# A mass felt or seen from outside ("palpable neck mass", "pulsatile abdominal mass", "a feeling of a mass in the
# vagina"): the complaint that brought the patient, which the scan then explains (an aneurysm, a cyst), not a lesion
# it shows (guideline: indication text is not labelled). The complaint word opens the mass's own phrase, at most
# COMPLAINT_MASS_REACH words before it with only words between ("palpable left flank mass"; not "palpable, 3 cm").
COMPLAINT_MASS_NOUNS = ("mass", "masses", "masa", "masas")
COMPLAINT_MASS_WORDS = ("palpable", "pulsatile", "pulsating", "palpated", "feeling")
COMPLAINT_MASS_REACH = 3
# An abbreviation with another sense where a word of that sense stands anywhere in its sentence, before or after it,
# within OTHER_SENSE_NEAR_REACH tokens: "AML" is a renal angiomyolipoma ("likely AML", "known AML in the left kidney")
# but acute myeloid leukaemia beside its treatment ("known AML, on chemotherapy, splenomegaly?").
OTHER_SENSE_AROUND = {
                      # "Baker" grading a breast implant's capsular contracture ("Baker 2 contracture", "capsular
                      # contracture, Baker grade III"): a grade, not a Baker's (popliteal) cyst.
                      **dict.fromkeys(("baker", "bakers"), ("contracture", "contractures")),
                      # "PV" beside the leg's veins ("Calf veins (PTV/PV): compressible", "deep veins (CFV, FV, PV,
                      # tibial) compressible") is the peroneal or popliteal vein of a leg-vein study, not the portal
                      # vein (no liver examined; the leg's veins or their study's words are named beside it).
                      "pv": ("ptv", "ptvs", "atv", "atvs", "peroneal", "tibial", "calf", "popv", "popliteal",
                             "soleal", "gastrocnemius", "gsv", "ssv", "cfv", "fv", "sfv", "cfa", "sfj", "spj",
                             "femoral", "compressible", "noncompressible", "non-compressible", "compressibility",
                             "dvt"),
                      # "HV" beside a baby's or a parent's words ("the HV was worried", "HV weighed her") is the
                      # health visitor of a UK parent's post, not a hepatic vein (a liver's veins are named among
                      # flow and liver words, which none of these are).
                      "hv": ("worried", "worry", "midwife", "visitor", "weigh", "weighed", "weighing", "baby", "bub",
                             "ds", "dd", "lo", "mum", "mummy", "clinic", "feeding", "breastfeeding"),
                      # The isthmus of the uterus (a "cervical (isthmic) myoma", a caesarean niche "at the isthmus")
                      # beside the uterus's words: no thyroid isthmus.
                      **dict.fromkeys(("isthmus", "isthmic"),
                                      ("myoma", "myomas", "fibroid", "fibroids", "uterus", "uterine", "myometrium",
                                       "myometrial", "endometrium", "endometrial", "niche", "isthmocele", "caesarean",
                                       "cesarean", "subserous", "submucous", "intramural")),
                      # The lateral ventricles of a baby's brain ("Ventricles: RV 4.5 mm, LV 3.8 mm, ventricular index
                      # below the 97th centile"): no heart examined.
                      **dict.fromkeys(("lv", "rv"),
                                      ("horn", "horns", "frontal", "occipital", "choroid", "plexus", "ivh", "gmh",
                                       "germinal", "periventricular", "fontanelle", "transfontanelle", "cranial",
                                       "ventriculomegaly", "hydrocephalus", "centile", "index", "thalamus",
                                       "thalamic", "caudothalamic")),
                      # The German "gut" (good) of a Graf hip report written in German ("Knöcherne Formgebung gut,
                      # Erker eckig"), beside that report's own words: no bowel.
                      "gut": ("formgebung", "knöcherne", "knocherne", "erker", "eckig", "stumpf", "hüftgelenk",
                              "hüftgelenke", "huftgelenke", "beurteilung", "beidseits", "typ", "bds"),
                      # Fluids given ("Dx: obstructing L VUJ calculus. Fluids, analgesia, casevac"): a treatment
                      # among others, no fluid collection found.
                      "fluids": ("analgesia", "analgesics", "antibiotics", "antiemetics", "iv", "intravenous",
                                 "oral", "resuscitation", "rehydration", "casevac", "paracetamol", "nsaids"),
                      "aml": ("leukaemia", "leukemia", "leukaemic", "leukemic", "myeloid", "haematology",
                              "hematology", "haematological", "hematological", "chemotherapy", "chemo", "induction",
                              "marrow", "neutropenia", "neutropenic", "blasts", "relapsed", "remission", "bmt",
                              "hsct", "gvhd", "aplasia"),
                      # "AVF" is the uterus's position (anteversoflexion: "Uterus in AVF, 10 x 6 cm") beside the
                      # uterus's words, a dialysis fistula elsewhere.
                      "avf": ("uterus", "uterine", "womb", "myometrium", "myometrial", "endometrium",
                              "endometrial", "myoma", "myomas", "myomatous", "fibroid", "fibroids",
                              # ... and of Spanish, Portuguese and French templates ("Útero en AVF", "Útero em AVF")
                              "útero", "utero", "utérus", "miometrio", "miométrio", "endometrio", "endométrio",
                              "mioma", "miomas", "myome"),
                      # A translated lymph node ("ganglio", "ganglion lymphatique": "Cervical lymph nodes: left level
                      # III ganglion of 10 mm", "Left side: ganglia of reactive aspect", a bilingual heading "LYMPH
                      # NODES / GANGLIONS:", "Ganglions: no suspicious adenopathy in the cervical chains"), not a
                      # joint's ganglion cyst.
                      **dict.fromkeys(("ganglion", "ganglia", "ganglions"),
                                      ("lymph", "node", "nodes", "level", "levels", "adenopathy", "adenopathies",
                                       "lymphadenopathy", "hilum", "hilus", "reactive", "chain", "chains",
                                       "cervical", "submandibular", "jugular", "jugulodigastric",
                                       # ... and of French reports ("Ganglion de 11 mm en secteur III, avec hile
                                       # graisseux conservé: aspect réactionnel", "ganglions mésentériques"; the
                                       # lower-case form the tokenizer gives drops the accents)
                                       "hile", "secteur", "secteurs", "reactionnel", "reactionnels", "mesenterique",
                                       "mesenteriques", "mesenteric", "axillaire", "axillaires", "cervicaux")),
                      # A bare "deposit" is a metastasis ("2 hypoechoic deposits" in the liver, "nodular deposit" at
                      # a mastectomy scar) but a calcium or crystal deposit beside a word of that sense ("a 14 mm
                      # calcific deposit in the supraspinatus", "calcified, echogenic deposits casting shadows").
                      **dict.fromkeys(("deposit", "deposits"), ("calcific", "calcified", "calcification",
                                                                "calcifications", "calcium", "echogenic", "shadow",
                                                                "shadows", "shadowing", "tendon", "tendinitis",
                                                                "tendinosis", "tendinopathy", "urate", "crystal",
                                                                "crystals", "gout", "gouty", "tophus", "tophi")),
                      # Dutch "met" is "with" ("cyste van 4 cm met echogene inhoud", "lymfeklier met verdikte
                      # cortex", quoted in English posts), not the abbreviated metastasis ("?new met"): read so
                      # beside a Dutch function word in its sentence (none of them English words).
                      "met": ("het", "een", "geen", "van", "bij", "niet", "zijn", "wordt", "werd", "gelegen",
                              "passend", "beiderzijds", "ter", "hoogte", "naar", "hypoechogeen", "echogeen",
                              "vergrote", "verdikte", "goed", "afwijkingen", "kleine", "multinodulair",
                              # ("Bakercyste met vocht in de kuit", "gesepteerd, met rupture")
                              "vocht", "vochtstreep", "kuit", "gesepteerd", "gerupteerde", "bakercyste", "cyste",
                              "langs", "tot",
                              # ... and the urologist's medical expulsive therapy for a ureteric stone named with its
                              # drug ("trial of MET (tamsulosin)")
                              "tamsulosin", "expulsive")}
# ... and after "on/via/through/in the": "it came up on the portal".
# Words of OTHER_SENSE_BEFORE whose other sense holds where a list goes on after them too: a finding, not a structure
# whose list ("my portal and hepatic veins") would name the organ ("arterial enhancement and washout", "no contrast
# enhancement, in keeping with a cyst": contrast taken up or not, no posterior acoustic enhancement).
OTHER_SENSE_BEFORE_IN_LISTS = ("enhancement",
                               # ... and the route of a bleed ("Bleeding PV, para 5") and the growing of a lesion
                               # ("because of the rapid growth and the cystic clefts"), which no structure's list
                               # continues
                               "pv", "growth")
OTHER_SENSE_BEFORE_THE = {"portal": ("on", "via", "onto",
                                      # what comes from or reaches the website ("From the portal: 'RIGHT KIDNEY
                                      # ...'", "Report just hit the portal"): a bare "portal" after these is no vein,
                                      # which is named in full where blood flows from or through it
                                      "from", "hit", "hits"),
                           "va": ("at",)}
# Words of OTHER_SENSE_BEFORE_THE that give the other sense only where no list of structures goes on after the name
# ("From the portal: 'RIGHT KIDNEY ...'" is the website; "collateral flow from the portal and splenic veins" the vein).
OTHER_SENSE_BEFORE_THE_UNLISTED = ("from",)
# Anatomy followed by "-like" or "-shaped" is a comparison ("a liver-like echotexture", "kidney-like", "a lens-shaped
# collection", "a heart-shaped uterus"), not an organ examined.
LIKE_WORDS = ("like", "shaped")
# Plural heads of a list of structures that a one-word adjective before them joins ("hepatic and common bile ducts",
# "the subclavian, axillary and brachial veins"): the adjective names one of those structures, not its region.
LIST_HEADS = ("ducts", "veins", "arteries", "vessels")

# Words beside which a translated "node" is a myomatous node, a lesion of the uterus ("intramural node", "subserous
# node", "on the posterior wall is visualised a node") in a report that has named the uterus.
UTERINE_NODE_WORDS = ("intramural", "subserous", "subserosal", "submucous", "submucosal", "interstitial",
                      "myomatous", "myomatic", "fibroid", "wall", "walls", "fundus", "fundal")
# ... and those that place a generic "nodule" of the uterus in the myometrium, where it is a fibroid ("myomatous
# nodules", "myometrium with two nodular formations: one intramural ..."; senses._uterine_nodule).
FIBROID_POSITION_WORDS = ("intramural", "subserous", "subserosal", "submucous", "submucosal", "interstitial",
                          "myomatous", "myomatic", "fibroid", "fibroids", "myoma", "myomas", "myometrium",
                          "myometrial")

# A bare "fluid" (the fluid collection's loosest synonym) is a collection when denied ("Pouch of Douglas: no fluid",
# "no fat stranding or fluid") or when placed or measured ("fluid in the bursa", "bursa: small fluid"); not when it
# is a cyst's content or a passage ("fluid-debris level", "within the fluid", "no passage of fluid").
# "Liquid" is the word translated reports use for it ("on the left liquid 18 mm"), read by the same rules.
BARE_FLUID_WORDS = ("fluid", "liquid")
# A diagnosis that spreads to whichever organ the study examines (a metastasis, a "deposit"): its typical site, the
# liver, is the report's organ only where the report names no organ of its own (implied.py, _label_implied_sites).
SPREAD_DIAGNOSES = ("metastasis",)
# A preposition putting a diagnosis inside the anatomy named after it ("a plaque in the tunica albuginea").
HOLDING_PLACE_WORDS = ("in", "within", "inside", "of", "on", "at", "from", "involving")
# ... also after a verb of being or finding ("no ganglion cyst was found within the carpal tunnel").
HOLDING_VERBS = ("is", "are", "was", "were", "seen", "found", "noted", "identified", "present", "demonstrated",
                 "visualised", "visualized", "detected", "located", "lying", "situated")
# A lesion's own site named after it: "a stone in my left kidney", "a cyst arising from the right ovary". Read by the
# "structure" rule (landmarks.py) so that a finer organ holding a lesion is its site, never a structure inside its
# description ("... with a fatty hilum").
SITE_GAP_VERBS = (*HOLDING_VERBS, "arising", "arises", "originating", "situated", "sitting", "lies", "lie", "sits")
SITE_GAP_FILLERS = ("the", "a", "an", "my", "his", "her", "their", "its", "this", "that", "both",
                    # a side word before the site ("a haematoma of the right rectus sheath")
                    "left", "right", "lt", "rt")
# Words of a phrase that names what the lesion just described is ("..., in keeping with a ganglion", "consistent
# with an abscess", "representing a haematoma"): the diagnosis after them is that lesion, at its site.
IDENTIFYING_WORDS = ("keeping", "consistent", "compatible", "representing", "represents", "diagnostic",
                     "characteristic", "typical")
FLUID_PLACE_WORDS = ("in", "within", "around", "round", "surrounding", "along", "at", "between", "on",
                     # "fluid distending the tendon sheath", "fluid filling the subacromial bursa"
                     "distending", "distends", "filling", "fills", "expanding", "tracking", "extending")
# Spaces named by their own noun in which fluid collects ("fluid distending the flexor tendon sheath"): a bare
# "fluid" placed in one is a collection even where the noun names no organ of its own.
FLUID_SPACE_WORDS = ("sheath", "sheaths", "bursa", "bursae", "recess", "recesses",
                     # ... and the body's own spaces and regions ("fluid is seen in the pelvis", "fluid in the right
                     # lower quadrant", "fluid in the left flank"), where a report names no organ for it
                     "pelvis", "abdomen", "quadrant", "flank", "flanks", "fossa", "pouch", "cul-de-sac", "cavity",
                     "space")
FLUID_AMOUNT_WORDS = ("small", "trace", "minimal", "minor", "mild", "moderate", "large", "little", "some", "amount",
                      "quantity", "volume", "rim", "film", "thin", "tiny", "much",
                      "bit",  # lay: "a bit of fluid round it"
                      # a FAST view's shape words ("3 mm sliver of fluid", "a small pocket of fluid")
                      "sliver", "slivers", "pocket", "pockets", "pool", "layer")
# A word after a measured "fluid" that makes the size a dimension of a lesion named before ("small hydrocele, 8 mm
# fluid depth"), not a collection of its own ("Splenorenal: 9 mm fluid").
FLUID_DIMENSION_WORDS = ("depth", "thickness", "height", "width", "level", "layer")
# The words a translated report writes after its bare "liquid" for the echo-free area it names ("liquid dark area,
# depth about 2.2 cm": the Chinese "liquid dark area" of a pleural or pelvic effusion), before the layer's dimension.
FLUID_AREA_WORDS = (("dark", "area"), ("dark", "areas"))
# ... or measured: a unit then "of" ("4 mm of anechoic fluid", "20 ml of fluid"; not "canal 11 mm, with fluid").
FLUID_UNIT_WORDS = (*LENGTH_UNIT_WORDS, "ml", "mls", "cc")
# ... or held by named anatomy ("olecranon bursa containing anechoic fluid", "bursa distended with 2 cm of fluid").
# A bare effusion in a study of the chest or the lung lies in the pleural space (implied._effusion_in_the_chest); the
# lung, which it surrounds, may be named beside it.
BARE_EFFUSION_WORDS = ("effusion", "effusions", "eff")  # ("L small eff 1.1 cm": ICU shorthand)
CHEST_EFFUSION_SITE = "pleural space"
CHEST_EFFUSION_NEIGHBOUR = "lung"
# Hollow organs whose lumen holds fluid as content ("stomach distended with fluid", "bowel loops filled with fluid"):
# a bare "fluid" they hold is their content, no collection (unlike a bursa or sheath distended with fluid).
LUMEN_WORDS = ("stomach", "bowel", "loop", "loops", "duodenum", "colon", "caecum", "cecum", "ileum", "jejunum",
               "antrum", "bladder", "oesophagus", "esophagus", "lumen")
# Words that make a "fluid" after a lesion that lesion's content ("a cyst filled with / containing fluid").
# A lesion's part that a bare "fluid" names ("a cyst with fluid content", "liquid component"): no collection of its own.
FLUID_PART_NOUNS = ("content", "contents", "component", "components")
CONTENT_WORDS = ("containing", "contains", "contained", "filled", "holding", "holds")
FLUID_HOLDING_WORDS = ("containing", "contains", "contained", "with", "distended", "filled", "holding", "holds")
FLUID_MOTION_WORDS = ("passage", "transit", "movement", "flow", "emptying", "analysis", "aspiration", "passing",
                      # A sign named with the word ("no fluid colour sign", "fluid bronchograms"): no collection.
                      "colour", "color", "bronchogram", "bronchograms", "sign")

# "Neither nodule contains calcification": a negated quantifier before a lesion and a verb of containing after it
# deny the contents, not the lesions.
NEGATED_QUANTIFIERS = ("neither", "none")
CONTAIN_VERBS = ("contains", "contain", "shows", "show", "has", "have", "demonstrates", "demonstrate")

# An echogenic "focus" in a sentence that names a stone is that stone, not a calcification ("echogenic focus in the
# calyx, consistent with a calculus").
FOCUS_WORDS = ("focus", "foci")
CALCIFICATION_VALUE = "calcifications"
# The calcification pattern of a parenchyma ("testicular microlithiasis", "scattered microliths"); a "microlith" of a
# kidney is a tiny stone instead (senses.py, _microlith_is_a_stone).
MICROLITH_VALUE = "microlithiasis"
# Words of an artefact's name ("bright comet-tail artefact"): its echo word names no echo level of the content.
ARTEFACT_WORDS = ("artefact", "artefacts", "artifact", "artifacts", "comet", "comet-tail", "tail", "ring-down",
                  "reverberation", "reverberations")

# After a comma, a side word and a verb open a clause about another organ, which ends a negation's scope ("no free
# fluid, right ovary has a 3 cm simple cyst").
SIDE_CLAUSE_OPENERS = ("right", "left", "both", "rt", "lt")
# Verbs of a test reporting what it found, in the past ("Doppler showed internal flow", "biopsy revealed"): after a
# comma and a short subject they open a new clause, which ends a cue's scope.
# Verbs by which a test settles what a doubted finding was ("aspiration yielded pus, confirming an abscess", "MRI
# confirmed a segmental infarct"): read by settled_doubts.py, after a doubt, in a later sentence.
SETTLING_VERBS = ("confirmed", "confirming", "confirms", "proved", "proven", "yielded", "showed", "revealed",
                  # a sign that names what it is ("hilar vascularity, which identifies it as a lymph node")
                  "identifies", "identifying")
# Verbs of meaning after a finding named as a word ("I know what seminoma means"): the word is spoken of.
MEANING_VERBS = ("means", "mean", "meant", "signifies")
# Words that date a doubt as a superseded opinion ("was initially thought to be a fibroid"): a later test settles it.
SUPERSEDED_OPINION_WORDS = ("initially", "originally")
# Participles that settle a differential only in the passive ("At excision, an epidermoid cyst was found.").
PASSIVE_SETTLING_PARTICIPLES = ("found", "identified", "diagnosed")
# What the settling verbs are passive after ("an infarct was confirmed", "ectopic pregnancy, confirmed at
# laparoscopy"), and those of them that are past participles: only these are passive there ("..., confirming
# haemorrhage" is active, its object after it).
SETTLING_PASSIVE_MARKS = ("was", "were", "is", "are", "being", ",")
SETTLING_PARTICIPLES = ("confirmed", "proven", "proved", "shown", "revealed")
# Words of a line that reports a test done on a lesion ("Core biopsy (R, larger lesion): Warthin tumour.", "FNA:
# papillary carcinoma.", "Aspirated 12 mL of pus."): what it names is the lesion already described, a verdict
# (verdicts.py), not a lesion of its own.
TEST_RESULT_WORDS = ("biopsy", "biopsied", "fna", "fnac", "fnab", "cytology", "histology", "histopathology",
                     "aspirated", "aspiration", "aspirate", "drained")
# A passive subject under one of these was not found ("No abscess was found."): it settles nothing.
SETTLED_SUBJECT_NEGATIONS = ("no", "not", "nor", "without", "neither")
# What may open the object of a settling verb before its words ("confirmed a segmental infarct", "showed the expected
# fat necrosis", "proved to be an abscess").
SETTLED_OBJECT_OPENERS = ("a", "an", "the", "this", "that", "it", "to", "be", ":", "as")
# What ends that object noun phrase: a clause mark, a preposition or a joiner ("confirmed an infarct in the upper
# pole", "showed fat necrosis and no malignancy"). A line break ends it in every termset (settled_doubts.py).
SETTLED_OBJECT_ENDS = (".", ",", ";", ":", "(", ")", "!", "?", "of", "in", "at", "on", "with", "within", "after",
                       "and", "or", "but", "which", "that", "was", "were", "is", "are", "without", "from", "by", "|")
# What ends the clause a doubt was weighed in: an alternative is weighed beside it only inside it ("probably a
# fibroid, and a definite polyp ... hysteroscopy confirmed the polyp": the polyp is another finding).
DOUBT_CLAUSE_STOPS = (";", "and", "but", "however", "although", "whereas", "while")
# Objects of a settling verb that point back at the doubt ("it was thought to be a ganglion, and aspiration confirmed
# this", "MRI confirmed the diagnosis"): the doubted finding is confirmed, present. Only where the object ends there
# (SETTLED_ANAPHORA_ENDS): "biopsy confirmed it was a fibroma" names its own finding.
SETTLED_ANAPHORA = ("this", "it", "these", "them", "the diagnosis", "this diagnosis", "the suspicion",
                    "the impression")
SETTLED_ANAPHORA_ENDS = (".", ",", ";", "!", ")", "|", "and", "at", "on", "in", "by", "with", "after", "histologically",
                         "surgically", "later")
# Relational nouns that name a doubt as the alternative to another diagnosis ("a desmoid is the main differential",
# "pancreatitis was an alternative"): that other one is weighed beside it anywhere in its sentence, across a ";".
WEIGHING_NOUNS = ("differential", "differentials", "alternative", "alternatives")
# Words that offer alternatives in a question ("Hernia or lipoma?"), which a later plain statement may answer.
OFFERED_ALTERNATIVE_WORDS = ("or", "versus", "vs", "vs.")
# The words that name a lobe (lobed_organs.py: "right lobe: 2.6 cm nodule" is in the one organ with lobes named).
# (Latin "Lobus dx.:", "lobi" its plural; Spanish "LÓBULO DERECHO:", Romanian "Lob drept (LD):", "lobul stâng";
# Italian and Portuguese "Lobo destro (LD):", "lobo esquerdo")
LOBE_WORDS = ("lobe", "lobes", "lobus", "lobi", "lóbulo", "lobulo", "lob", "lobul", "lobo", "lobos")
# Parts of a lobed organ without a side: a lesion after them is not in the sided lobe named before (lobe_sides.py).
LOBE_SIDE_STOPS = ("isthmus", "isthmic", "pyramidal")
# A pole ("upper pole", "MID POLE") is a part of a kidney, a thyroid lobe, a testis or the spleen: a lesion a pole
# places is not in an organ without poles described before it (findings.FindingBuilder._inherited_site)
POLE_WORDS = ("pole", "poles")
POLELESS_ORGANS = frozenset({"Bladder", "Liver", "Gallbladder and bile ducts", "Pancreas",
                             "Peritoneum mesentery and omentum", "Retroperitoneum and great vessels"})
# A report run into one sentence without stops or commas (run_on.py): the words written before an organ name that
# opens a clause ("rt kidney - 14 mm cyst", "the left ovary contains ..."), and the words that tie an organ name to
# the clause before it ("a cyst near the right portal vein", "calculus lying on the left side of the base").
# The determiners an organ name may carry ("the", "my", "this"): an organ so named in a short line is an object or
# a site ("a stone in my right kidney"), and in a long one it opens its clause with it.
RUN_ON_DETERMINERS = ("the", "my", "his", "her", "their", "its", "this", "that", "these", "those", "our", "your")
# Verbs whose subject an organ name is ("the gallbladder contains ..."): it opens a clause of a short run-on line.
RUN_ON_SUBJECT_VERBS = ("is", "are", "was", "were", "has", "have", "shows", "show", "contains", "contain", "measures",
                        "measure", "appears", "appear", "demonstrates", "reveals", "looks", "look")
RUN_ON_OPENERS = (*RUN_ON_DETERMINERS, "both", "right", "left", "rt", "lt", "r", "l", "bilateral")
RUN_ON_TIES = ("in", "of", "at", "near", "to", "from", "within", "into", "on", "onto", "contains", "containing",
               "contain", "with", "and", "or", "behind", "beside", "by", "over", "under", "around", "between",
               "through", "-", ":", "/", "+", "&", "adjacent", "posterior", "anterior", "inferior", "superior",
               "lateral", "medial", "deep", "above", "below", "overlying", "involving", "abutting", "along", "via",
               "than", "as", "is", "are", "was", "were", "seen", "noted", "lying", "arising", "measuring", "measures")
# Words by which a table column under a unit header holds an earlier time's sizes ("Prior (mm)", "Previous size
# (mm)"): no lesion's size (header_units.py).
PRIOR_COLUMN_WORDS = ("prior", "previous", "previously", "old", "before", "baseline")
# A table column named for an axis in another language ("Korte as (mm);Lange as (mm)", "| Kurzachse | Längsachse |",
# "eje corto / eje largo"): read as "short axis | long axis" are (column_headers.py, listed_axes.py). Whole names
# only, as a column header holds them: "as" and "eje" alone are common words elsewhere.
AXIS_COLUMN_NAMES = ("korte as", "lange as", "lengte as", "korte-as", "lange-as", "kurzachse", "längsachse",
                     "langachse", "querachse", "kurze achse", "lange achse", "eje corto", "eje largo",
                     "eje menor", "eje mayor", "eixo curto", "eixo longo", "eixo menor", "eixo maior",
                     "asse corto", "asse lungo", "petit axe", "grand axe", "axe court", "axe long")
# Labels after which a number under a unit heading is a score, a grade, a segment or a name, not a measurement
# ("TI-RADS 5", "U2", "grade 2", "level 3", "Bosniak 2F", "#3", "vol 12"; "14 x" before the next dimension).
NUMBER_LABEL_WORDS = ("ti-rads", "tirads", "tr", "u", "grade", "level", "segment", "seg", "type", "bosniak", "bi-rads",
                      "birads", "o-rads", "orads", "no", "no.", "#", "number", "vol", "volume", "x")
REPORTING_VERBS = ("showed", "demonstrated", "revealed", "confirmed", "proved", "yielded", "disclosed", "depicted")
SUBJECT_CLAUSE_VERBS = ("has", "have", "contains", "contain", "shows", "show", "is", "are", "measures", "measure",
                        "demonstrates", "holds")

# A template value that denies its key on its own ("Ascites: no", "Polyps: no."), though it reads as a forward cue;
# and a worksheet's minus sign or its shorthand ("Calcs: -", "Calcification: -ve", "Septa: neg").
# A line break and the next line's indent, one whitespace token ("...: -\n  Solid component: -").
INDENTED_LINE_BREAKS = tuple(f"{before}\n{indent}" for before in ("", " ", "  ") for indent in (
    " ", "  ", "   ", "    ", "     ", "      ", "\t", "\t\t", "\n ", "\n  ", "\n   ", "\n    ") if before or indent)
# A Y/N proforma's "N" ("hydronephrosis: N | calculi: N") is its "no": only the whole value of a key counts, so a
# letter "n" elsewhere is never read.
# The minus as worksheets type it: hyphen, en dash, em dash and the minus sign ("Free fluid: –", "Ascites -").
MINUS_SIGNS = ("-", "\u2013", "\u2014", "\u2212")
TEMPLATE_NO_VALUES = ("no", "not", *MINUS_SIGNS, "-ve", "neg", "ve-", "n")
# The same row's "no" (or "none", "negative") in the language of a translated or bilingual template ("Effusion
# (Erguss): nein", "Ascites: NU", "Free liquid in cavity: negativo"): German, Dutch, Romanian, Spanish, Portuguese,
# Italian, French, Polish, Turkish and Scandinavian. Read only as a row's whole value (answer_words.py): in free text
# they are other words ("nu" is Dutch "now", "non" opens "non-compressible").
TEMPLATE_NO_ANSWERS = (
    "nein", "kein", "keine", "keiner", "keines", "keins", "negativ", "fehlt", "fehlend",  # German
    "nee", "neen", "geen", "negatief", "afwezig",  # Dutch
    "nu", "absenta", "absentă",  # Romanian
    "negativo", "negativa", "ausente", "ninguno", "ninguna", "não", "nao", "nenhum", "nenhuma", "nessuno",
    "nessuna", "assente", "nada",  # Spanish, Portuguese, Italian
    # ... and their plural after a plural key ("Calcificazioni: assenti", "Calcificaciones: ausentes")
    "assenti", "ausentes", "negativos", "negativas",
    "non", "négatif", "négative", "negatif", "aucun", "aucune",  # French
    "néant", "neant", "absente", "absents", "absentes",  # ... French "nil", and "absent" agreeing with its key
    "nie", "brak",  # Polish
    "hayır", "hayir", "yok", "yoktur",  # Turkish
    "nej", "nei", "ingen", "inget", "inga", "saknas",  # Swedish, Danish, Norwegian
)
# The English words a form answers its key no with, as the whole answer: a ticked box's word ("Calcification: [ ] yes
# [x] no", "Free fluid: [x] absent": checkboxes.py) and a table cell's whole text (below).
NO_ANSWER_WORDS = ("no", "not", "neg", "none", "nil", "absent", "negative")
# The whole text of a table cell that answers its column's header no (denied_columns.py: "| Echogenic foci |" over
# "| none |"): the template values above, which deny a key's row as its whole value too, a form's answer words, and
# the phrases a cell writes out. Less the bare minus signs: a cell's "-" is empty (not applicable, as "n/a" is), not a
# denial. (A box's answer is only a form's word: its "N" may open "N/A".)
DENYING_CELLS = frozenset({*TEMPLATE_NO_VALUES, *TEMPLATE_NO_ANSWERS}).difference(MINUS_SIGNS) | {
    *NO_ANSWER_WORDS, "not seen", "none seen", "not present", "not identified", "not detected", "not visualised",
    "not visualized"}
# Those that say "negative": a value may write them after its finding ("Douglas: free liquid negativo").
NEGATIVE_ANSWERS = ("negativ", "negatief", "negativo", "negativa", "négatif", "négative", "negatif")

# An organ's wall, whose thickness is the organ's measurement, not a lesion's size (corpus guideline): a part noun
# (CLAUSE_ROLES "part") where it opens its clause ("Gallbladder: multiple stones, wall 5 mm", "Bladder: wall 6 mm") or
# is called thick ("wall thickness 4 mm", "thickened wall of 5 mm"); elsewhere it places a lesion ("fibroid left
# lateral wall 3.4 cm").
WALL_WORDS = ("wall", "walls")
# Words naming one aspect or part of an organ that a "normal" just before them qualifies ("normal size", "normal in
# size", "normal wall", "normal hilum", "normal parenchymal perfusion"): the organ is normal unless the report puts a
# lesion in that same organ ("Liver: normal size. A 1.6 cm haemangioma in segment VII").
NORMAL_ASPECT_WORDS = ("size", "dimensions", "wall", "walls", "hilum", "hila", "augmentation", "perfusion", "flow",
                       "thickness", "calibre", "caliber", "parenchymal", "cortical", "cortex", "mucosa", "lining",
                       # The organ's tissue at one place ("normal fibroglandular tissue at the site of concern"
                       # beside a breast cyst, "normal thyroid tissue around the nodule"): a part of it.
                       "tissue", "tissues",
                       # a gland's measured volume ("Thyroid of normal volume" beside a nodule in it: one aspect; a
                       # thyroid with no lesion of its own stays normal, so not a size-only word)
                       "volume")
# Of the aspect words, those of size alone: "normal in size", "of normal size", "normal thickness" say how big an organ
# is, not that it is normal (guideline: "normal in size", "normal size" → no normal appearance; an organ only measured
# gets none), unless joined to another aspect ("normal in size and echotexture"). Not a tube's calibre: "normal calibre
# aorta", an appendix of "normal calibre, compressible" is the tube found normal (guideline).
NORMAL_SIZE_ASPECT_WORDS = ("size", "dimensions", "thickness")
# Where an organ lies, which a "normal" may qualify without a word on its look ("Thyroid gland: in the normal
# position, ... thyroiditis"): no normal statement unless an aspect follows (normal_positions.py).
NORMAL_POSITION_WORDS = ("position", "location", "situation", "topography", "site")
# An operation after which a duct's width is judged on its own scale ("CBD 6 mm, within normal limits post
# cholecystectomy"): a normal said for that state is size wording only (state_normals.py).
CALIBRE_STATE_WORDS = ("cholecystectomy",)
# Words that join one aspect a "normal" qualifies to the next ("normal size and echotexture", "size/echo normal").
ASPECT_JOINERS = ("and", "&", "/", "+")
# A denial-form normal with one of these words ("no focal lesion", "no focal abnormality") denies lesions in an organ;
# said alone of the organ it is a negation, not normal wording (guideline: an organ only negated gets no "normal
# appearance"; "normal echotexture, no focal lesion" does), unlike "no abnormality detected" or "without pathology".
FOCAL_DENIAL_WORDS = ("focal",)
# A translated or hurried report's word for "normal" said alone (Turkish "doğal" → "natural", Russian "без изменений"
# → "without changes", "без особенностей" → "without features", Dutch "geen afwijkingen", a note's "fine" / "ok" /
# "healthy"): the normal statement only where
# it closes a clause the writer opened with a comma, colon, dash or equals sign, or the organ's own name ("Right ovary
# 32x20 mm, natural.", "Spleen: 11 cm, without changes.", "Pancreas = ok", "Left kidney healthy."), never before a
# noun or an object ("natural delivery", "fine septations", "without changes since 2021", "is that ok?", "without
# features of malignancy"). A note's "nad" (NAD, no abnormality detected, typed in lower case: "L kid nad.", "uterus
# nad, ET 7mm") is read the same way; the capitals "NAD" are a synonym of normal in the ontology, read anywhere.
CLOSING_NORMAL_WORDS = ("natural", "fine", "ok", "okay", "healthy", "without changes", "without features",
                        "geen afwijkingen", "zonder afwijkingen", "normaal", "nad")
# ... of which these close only a clause the writer opened with punctuation ("Right ovary: 30 mm, follicles up to 8 mm,
# without features."), not one run on from the organ's name ("Submandibular glands without features" beside a parotid
# lesion: a part of the organ that has the lesion, which the gold files read as no normal appearance).
CLOSING_NORMAL_AFTER_LEAD_ONLY = ("without features",)
# (a side's "both" leads too: "Kidneys: both fine, no hydro")
# The words that open a writer's correction of an earlier line ("Correction: free fluid: none (draft error)",
# "Amended: ..."): a finding asserted before and denied after it was the draft's error (corrections.py).
CORRECTION_WORDS = ("correction", "corrections", "corrected", "amended", "erratum")
# A peritoneal recess answered with one word for "no fluid in it" ("Douglas sac free", "Morison's pouch: clear",
# free_recesses.py): the answer words, what may stand between the recess and its answer (a noun for the space, a key's
# mark, a copula), and what closes the answer's clause.
FREE_RECESS_ANSWERS = ("free", "clear", "empty", "libre", "liber", "libero", "livre")
FREE_RECESS_BETWEEN = ("space", "sac", "pouch", "recess", ":", "-", "=", "is", "was", "remains")
FREE_RECESS_ENDS = (".", ";", ",", "\n", "\n\n", "/", ")")
# Free fluid abbreviated in lower case (lowercase_fluid.py): the written forms, and the neighbours that say the letters
# mean free fluid: a denial or amount word before them ("no ff", "small vol ff"), a place or presence word after them
# ("ff in POD", "ff pelvis", "ff seen").
LOWERCASE_FREE_FLUID_WORDS = ("ff", "Ff")
LOWERCASE_FREE_FLUID_LEADS = ("no", "nil", "any", "small", "trace", "minimal", "mild", "moderate", "mod", "large",
                              "some", "little", "vol", "volume")
LOWERCASE_FREE_FLUID_FOLLOWS = ("in", "pelvis", "pelvic", "pod", "seen", "noted", "present", "around", "behind")
CLOSING_NORMAL_LEADS = (",", ":", "-", "=", "both")
# (a slash closes a note's clause: "R kid ok / L kid ok")
CLOSING_NORMAL_ENDS = (".", ";", ",", "\n", "\n\n", "/")
# A testis stated normal in its aspects ("Both testes are normal in size and echotexture") beside lesions that lie
# outside the testes (an epididymal cyst, a hydrocele, a varicocele) is the whole gland called normal, though the organ
# value (Scrotum) holds those lesions (guideline: "left testis" is a whole side; read in normals.py).
TESTIS_WORDS = ("testis", "testes", "testicle", "testicles")
EXTRATESTICULAR_WORDS = ("epididymis", "epididymal", "epididymides", "epididymes", "hydrocele", "hydroceles",
                         "varicocele", "varicoceles", "spermatocele", "spermatoceles")
# A dynamic manoeuvre's result that "normal" grades ("normal compressibility", "normal lung sliding", "normal tendon
# glide"): a test passed, no organ stated normal.
NORMAL_FUNCTION_WORDS = ("compressibility", "sliding", "glide", "gliding", "excursion", "peristalsis", "mobility",
                         "contractility", "motion", "movement")
# A lymph node's own features: "nodes with a normal (fatty / echogenic) hilum" characterises nodes that were found,
# never a normal organ or study (guideline: "benign-appearing" nodes are no normal appearance).
NODE_FEATURE_WORDS = ("hilum", "hila", "hilus")
# A diagnosis named by the echogenicity it shows ("no periventricular echogenicity": leukomalacia's flare) denies, when
# negated, that echogenicity: the Echogenicity value (by label) and the name's last word (sites.py).
ECHO_NAMED_VALUE = "hyperechoic"
ECHO_NAME_WORDS = ("echogenicity",)
# Words that make normal nodes the companions of a node described elsewhere ("several smaller nodes of normal
# morphology nearby", "other nodes in the axilla are normal" after a 2 cm node with a thick cortex): part of the
# site that holds that node, not a normal site (nodes of the other side, "left axilla: nodes normal", name none).
NODE_COMPANION_WORDS = ("smaller", "other", "additional", "further", "several", "few")
# Contour words: a shape word before them describes the margin ("irregular contour" -> ill-defined margins).
CONTOUR_WORDS = ("contour", "contours", "outline", "outlines", "border", "borders", "edge", "edges", "margin",
                 "margins", "boundary", "boundaries", "wall", "walls")
# Besides contour words, what a shape word may describe that is not a lesion's shape ("nodular surface", "peripheral
# nodular pattern" of enhancement, "nodular echotexture" of a cirrhotic liver).
OUTLINE_WORDS = ("surface", "surfaces", "pattern", "patterns", "echotexture", "texture")
# Words naming an organ's own outline or wall ("Liver: smooth contour", "Bladder: wall smooth"): a margin word beside
# one, in a sentence about an organ and no lesion, is not a lesion's margin.
ORGAN_CONTOUR_WORDS = ("contour", "contours", "outline", "outlines", "wall", "walls", "surface", "surfaces",
                       "capsule",
                       # (translated reports: "Liver of normal size, with regular borders, without focal lesions")
                       "border", "borders", "edge", "edges",
                       # (Spanish and Portuguese templates: "Útero de contornos regulares", "bordes irregulares")
                       "bordes", "bordas", "contornos")
# ... of them, the walls and surfaces that are mostly an organ's ("Bladder: irregular wall thickening", "liver ...
# irregular surface"): beside one, a margin word belongs to the organ the clause names before it, unless a lesion
# stands between ("a collection with irregular walls" keeps its margin).
WALL_CONTOUR_WORDS = ("wall", "walls", "surface", "surfaces", "capsule")
# Nouns a shape word qualifies in another sense: "irregular periods / bleeding / cycles", "irregular heartbeat": no
# lesion's shape.
NON_SHAPE_NOUNS = ("period", "periods", "bleeding", "bleed", "bleeds", "menses", "menstruation", "cycle", "cycles",
                   "heartbeat", "heartbeats", "rhythm", "pulse", "breathing",
                   # a symptom ("irregular blood loss")
                   "blood", "loss",
                   # A determiner or pronoun straight after it: "round" is the lay preposition ("fluid round it",
                   # "a rim of fluid round the gallbladder"), not a shape (an adjective is followed by its noun).
                   "it", "its", "the", "his", "her", "them", "their", "my", "this", "that", "both",
                   # A disease named with a shape word, no lesion's shape ("nodular fasciitis", "nodular sclerosis").
                   "fasciitis", "sclerosis",
                   # A subtype named by a shape word ("basal cell carcinoma, nodular type"): a name, no lesion's shape.
                   "type", "subtype", "variant",
                   # A histology named by a shape word ("metastatic lobular carcinoma", "atypical lobular hyperplasia",
                   # "lobular neoplasia"): a tumour's cell of origin, no lesion's shape.
                   "carcinoma", "carcinomas", "neoplasia", "hyperplasia",
                   # The transducer a study used ("high-frequency linear probe", "a curved or linear transducer").
                   "probe", "probes", "transducer", "transducers", "array",
                   # A lesion's content, not its outline ("internal linear echoes", "fine linear strands" of a dermoid
                   # or a keratin cyst; a lipoma's "linear striations").
                   "echoes", "strands", "striations",
                   # A device ("Bladder: collapsed round catheter"): the Foley's shape, no lesion's.
                   "catheter", "catheters")
# Words before a shape word that make it a noun or adverb of another sense: a clinical round ("ward round", "teaching
# round", "screening round: initial", "ICU round") or "all round" (around, "effusion all round"): no lesion's shape.
NON_SHAPE_LEADS = ("ward", "wards", "teaching", "screening", "grand", "journal", "post-take", "consultant", "icu",
                   "all",
                   # a verb that makes "flat" a posture or a deflation ("can't lie flat", "the implant went flat")
                   "lie", "lies", "lying", "lay", "went", "go", "goes", "gone", "going",
                   # a transducer's frequency: "(18 MHz linear)" names the probe, no lesion's shape
                   "mhz",
                   # A histology named in a Romance language's order, the shape word after its noun (Spanish
                   # "hiperplasia nodular", Italian "iperplasia nodulare", French "hyperplasie nodulaire"): the name
                   # of a disease, as "nodular hyperplasia" is, no lesion's shape.
                   "hiperplasia", "iperplasia", "hyperplasie", "hyperplasia", "neoplasia", "neoplasie")
# Lines and bands a shape word may qualify with an adjective or two between ("irregular fragmented pleural line" of a
# lung scan, "hyperechoic irregular band" over cartilage, "irregular echogenic line"): an interface's look, no lesion's
# shape.
SHAPE_LINE_NOUNS = ("line", "lines", "band", "bands", "stripe", "stripes", "interface", "interfaces")
SHAPE_LINE_REACH = 3  # words after the shape word the line noun may stand
# ... except the shape words of a line itself: "linear hypoechoic fracture line" is labelled tubular/linear.
LINE_SHAPE_WORDS = ("linear", "tubular", "line-like", "band-like")
# Place words that may follow a shape word said of the anatomy in a telegraphic report and still close its phrase
# ("Retina flat in all quadrants", as "Retina flat and attached"; "Nodular thyroid bilat."): a place or side, not a noun
# the shape word qualifies.
SHAPE_PLACE_AFTER = ("in", "throughout", "bilat", "bilaterally")
# "Elongated" gives no tubular shape when said of a fluid collection or of a passage of the anatomy
# (elongated_shapes.py): its words, and the passage nouns it may qualify ("elongated channel (19 mm)" of a pyloric
# stenosis).
ELONGATION_WORDS = ("elongated",)
PASSAGE_NOUNS = ("channel", "channels", "canal", "canals")
# Outline nouns a shape word is said of ("the liver surface is nodular", "its inferior tip is irregular", "bladder wall
# thickened and irregular"): an organ's or a lesion's edge, no shape (the guideline reads margins for lesions only).
SHAPE_SUBJECT_OUTLINES = ("surface", "surfaces", "tip", "tips", "wall", "walls", "lining", "mucosa", "capsule",
                          # a bone's or a kidney's cortex ("the metatarsal cortex is irregular")
                          "cortex", "cortices")
# Margin adjectives that name a margin only beside a margin word ("Margin: smooth", "contour sharp"): on their own
# they describe a cyst's inner wall, an intima or a plaque ("smooth inner wall", "smooth intima-media complex").
BARE_MARGIN_WORDS = ("smooth", "sharp")
# The margin words such an adjective may qualify (a wall is not a lesion's margin: "Wall: smooth").
MARGIN_KEY_WORDS = ("contour", "contours", "outline", "outlines", "border", "borders", "edge", "edges", "margin",
                    "margins", "boundary", "boundaries")
# The margin words that, as the subject of a lone margin adjective, make it a lesion's margin ("the margins are
# smooth"); an edge, contour or outline said smooth is mostly an organ's ("the liver edge is smooth").
LESION_MARGIN_WORDS = ("margin", "margins", "border", "borders", "boundary", "boundaries")
# Shape wording (by the Shape concept it matches) -> released Margins value it means before a contour word.
CONTOUR_AS_MARGIN = {"irregular": "ill-defined/indistinct", "lobulated": "ill-defined/indistinct"}
# Words that may stand between a shape word and its contour word ("lobulated outer contour", "irregular cortical
# outline").
CONTOUR_QUALIFIERS = ("outer", "external", "cortical", "peripheral", "posterior", "anterior", "deep", "superficial",
                      "capsular")
# The two released Margins values: a denied well-defined margin is an ill-defined one ("without clear borders").
MARGIN_WELL_DEFINED = "well-defined"
MARGIN_ILL_DEFINED = "ill-defined/indistinct"
# Nouns after a coordinated composition ("solid and cystic components", "cystic and solid areas"): the phrase then
# names each component, not a mixed cystic and solid lesion.
COMPONENT_WORDS = ("component", "components", "area", "areas", "part", "parts", "portion", "portions", "element",
                   "elements")
# A worksheet's "Echogenic foci:" value that names only comet-tail artefacts ("Echogenic foci: large comet-tail
# only", TI-RADS "none or large comet-tail artifacts", 0 points): the foci are colloid, no calcification (guideline:
# comet-tail artefacts -> nothing). COMET_WORDS mark such a value; CALCIFIC_FOCUS_WORDS name a calcification beside
# them ("punctate", "rim"), which keeps the key's calcification.
COMET_WORDS = ("comet", "comet-tail", "comet-tails", "colloid")
CALCIFIC_FOCUS_WORDS = ("punctate", "microcalcification", "microcalcifications", "macrocalcification",
                        "macrocalcifications", "calcification", "calcifications", "calcific", "calcified", "rim",
                        "peripheral", "eggshell", "coarse", "microcalcs", "calcs", "+", "yes", "present", "?")
# What ends a worksheet value: its line, a cell border, the next item.
TEMPLATE_VALUE_ENDS = (";", "|", ".", "\n", "\n\n")
# Prefixes of "-echoic" that name an echogenicity value on their own ("iso- to hypoechoic").
ECHO_PREFIXES = ("iso", "hypo", "hyper", "an")

# Words saying that something noted before is described again now ("previously noted cyst, now 4 mm",
# "the previously seen nodule is again demonstrated"): a history cue then does not make the mention historical.
CURRENT_WORDS = ("now", "currently", "presently", "today", "again", "still", "persists", "persisting", "persistent",
                 "unchanged", "stable", "remains", "redemonstrated", "re-demonstrated", "increased", "decreased",
                 "enlarged", "smaller", "larger", "grown", "reduced",
                 # Measured on this scan, in the present tense ("the previously seen cyst measures 2.1 cm (was 1.9
                 # cm)"); "measured" stays the past.
                 "measures", "measuring")

# Abbreviated hedges whose full stop ends no sentence when a lower-case word follows ("Prob. cyst", "poss. abscess").
HEDGE_ABBREVIATIONS = ("prob", "poss", "?poss", "?prob")
# Abbreviated measuring words ("approx. 12 mm", "max. diameter 9 mm", "ca. 2 cm", "diam. 8 mm"): their full stop ends
# no sentence when a number or a lower-case word follows, so the size stays in the lesion's sentence.
MEASURE_ABBREVIATIONS = ("approx", "appr", "max", "ca", "diam", "dia", "meas", "dim")
# Abbreviated position words ("post. wall", "(i) post. IM 3.3 cm", "ant. 2 cm"): their full stop ends no sentence
# when a lower-case word, a size or an abbreviation in capitals follows on the same line, so a lesion stays with its
# site and size; cut there, "(i) post. | IM 3,3 cm (ii) ..." lost its first fibroid's size to the list's total. The
# noun "post" ends its sentence before a capitalised word or a bare number ("Sorry, long post. Dad ...", "... post.
# 58M"), and so does "lat." before a word that only opens a sentence ("in the lat. Echogenic focus ..."). Measuring
# abbreviations but "ca" (cancer: "ovarian ca. CA-125 ...") keep a size too before an abbreviation ("max. AP 3 cm").
POSITION_ABBREVIATIONS = ("post", "ant", "lat", "med", "sup", "inf", "prox", "dist", "sag", "transv")
CAPITALS_BEFORE_ABBREVIATIONS = (*POSITION_ABBREVIATIONS, "approx", "appr", "max", "diam", "dia")
# Abbreviations written before a number they introduce ("segm. IV: 11 mm", "seg. 7", "nodule Nr. 2: 8 mm"): their
# full stop ends no sentence when the number follows, so a lesion's site and size stay in its sentence; cut there,
# the size read in the lesion's sentence was the organ's own measurement before it. A segment's number may be a
# Roman numeral; a count's only digits ("free fluid: no. I would ..." ends its sentence).
SEGMENT_ABBREVIATIONS = ("seg", "segs", "segm", "sgm", "sgmt")
NUMBER_ABBREVIATIONS = ("no", "nr", "nos")

# A lesion's nature: a hedge right before one doubts only the nature ("probably benign hypoechoic nodule", "the node
# is likely reactive"); the lesion and what it looks like were seen (guideline: a hedged subtype keeps the noun).
NATURE_WORDS = ("benign", "malignant", "reactive", "inflammatory", "infective", "infected", "neoplastic",
                "physiological", "physiologic", "functional", "degenerative", "postinflammatory", "post-inflammatory",
                "incidental", "insignificant", "significant", "clinically", "inflamed", "involuting", "regressing",
                "benign-appearing", "age-related")
# Hedges that are adjectives of a noun ("possible microcalcifications", "?septation", "questionable shadowing"): in
# "possible microcalcifications and ill-defined margins" they modify their own noun, not the next item of another
# dimension joined by "and".
NOUN_HEDGES = ("possible", "probable", "questionable", "query", "?", "suspected", "equivocal", "presumed",
               "apparent", "potential", "posible", "possibel", "poss", "prob", "?query")
# Hedges that are adverbs: before a nature word they modify that adjective only ("a probably benign 8 mm oval
# mass": the mass is seen, its nature doubted), where an adjective hedge ("probable benign cyst") modifies the whole
# noun phrase.
ADVERB_HEDGES = ("probably", "possibly", "likely", "presumably", "potentially", "questionably", "conceivably",
                 "probaly", "probabaly", "propably", "likley", "likly", "possibily", "possiblly")
# Hedge adjectives and adverbs that, placed right after a finding's noun at the end of its clause, doubt that noun
# (telegraphic dictation: "haematoma likely.", "abscess possible;", "fibroadenoma most likely", "lipoma, probably").
# Not "apparent" ("no cyst apparent": visible) or "?" (read as a question or query mark).
# ... and the last letter of a slashed hedge abbreviation ending a hedge cue ("angiomyolipoma S/O.", "Intramural
# fibroid s/o"; a history "h/o" is no hedge cue, so its letter never ends one).
POSTPOSITIVE_HEDGES = ("likely", "possible", "probable", "possibly", "probably", "questionable", "presumed",
                       "suspected", "equivocal", "doubtful", "queried", "presumably", "uncertain", "prob", "poss",
                       "posible", "possibel", "probaly", "probabaly", "propably", "likley", "likly",
                       *SLASHED_HEDGE_LETTERS)
# Nouns that are themselves an interpretation ("probably malignant neoplasm", "possibly benign tumour"): a nature
# hedge before them still doubts them (guideline: a hedged tumour or neoplasm is an uncertain mass).
# Nouns that name what was seen, not what it is ("a probably benign 8 mm oval mass"): a nature hedge before them
# doubts the nature only. Any other diagnosis noun is an interpretation ("likely benign haemangioma": doubted).
SEEN_LESION_NOUNS = ("mass", "masses", "nodule", "nodules", "cyst", "cysts", "lesion", "lesions", "collection",
                     "collections", "lump", "lumps", "focus", "foci", "area", "areas", "formation", "formations",
                     "structure", "structures", "swelling", "node", "nodes", "effusion", "effusions", "fluid")
INTERPRETIVE_NOUNS = ("neoplasm", "neoplasms", "neoplasia", "tumour", "tumours", "tumor", "tumors", "metastasis",
                      "metastases", "metastatic", "carcinoma", "malignancy", "cancer", "lymphoma", "sarcoma", "deposit",
                      "deposits")
# Nouns after a diagnosis word that make it a test or service, not a finding ("tumour markers suggested", "referred to
# the breast cancer clinic", "discussed at the tumour board"): see asides.py.
DISEASE_SERVICE_WORDS = ("marker", "markers", "board", "boards", "clinic", "clinics", "team", "teams", "service",
                         "services", "centre", "center", "pathway", "screening", "specialist", "specialists", "nurse",
                         "charity", "support", "ward", "unit", "mdt", "meeting", "referral", "risk", "gene", "genes",
                         "survivor", "survivors")
# ... and the services an organ word names ("sent from the kidney clinic", "the breast team"): not "screening" or
# "centre" ("aorta screening" is the scan; "echogenic centre" a lesion's part).
ORGAN_SERVICE_WORDS = ("clinic", "clinics", "team", "teams", "service", "services", "ward", "unit", "mdt", "nurse",
                       "specialist", "specialists", "surgeon", "surgeons", "physician", "physicians")
# A finding said to be gone after a comma or relative clause ("a thyroid nodule, now resolved", "cyst, which has since
# resolved", "the cyst is gone now"): asides.py denies it, reading only these fillers between.
RESOLVED_WORDS = ("resolved", "gone", "disappeared", "vanished")
# (not "had": "likely a functional cyst, which had resolved on the follow-up scan" tells a case's later course, and
# the cyst stays doubted as it was seen)
RESOLVED_FILLERS = (",", "now", "since", "which", "that", "has", "have", "is", "are", "completely", "fully", "entirely",
                    "all", "spontaneously")
# A relative's cancer in a patient post ("my aunt had ovarian cancer", "his father died of cancer"): family history,
# not this patient's finding (asides.py reads these before a malignancy word).
RELATIVE_WORDS = ("mum", "mom", "mother", "dad", "father", "aunt", "auntie", "uncle", "sister", "brother",
                  "grandmother", "grandma", "granny", "nan", "nana", "grandfather", "grandad", "grandpa", "cousin",
                  "niece", "nephew", "relative", "relatives", "parents", "parent", "siblings", "sibling")
RELATIVE_ILLNESS_VERBS = ("had", "has", "died", "passed", "battled", "survived", "diagnosed", "treated", "with",
                          "beat", "fought", "lost")
# Past verbs of a relative's illness: "my mum had a DVT" is family history, "my mum has gallstones" a relay.
RELATIVE_PAST_ILLNESS_VERBS = ("had", "died", "passed", "battled", "survived", "diagnosed", "treated", "beat", "fought")
# Words of a scan or its result in a relative's clause: what follows is relayed from that scan, not history.
RELAYED_SCAN_WORDS = ("scan", "scans", "ultrasound", "ultrasounds", "showed", "shows", "show", "found", "revealed",
                      "report", "said", "says", "which", "that", "seen", ",")
# Words that open the predicate after "is likely" ("is likely a fibroadenoma", "is likely blood"), so the hedge
# doubts that predicate and not the subject before it.
HEDGED_PREDICATE_OPENERS = ("a", "an", "the", "to", "fluid", "blood", "fat", "clot", "debris", "scar", "bowel",
                            "haematoma", "hematoma", "related", "due", "from", "secondary", "represent",
                            "representing", "reactive", "physiological", "physiologic", "normal")
# Where in a lesion its flow lies, coordinated before the flow word that carries the other one ("increased
# peripheral and internal flow"): the degree before the pair grades the flow of both.
FLOW_SITE_ADJECTIVES = ("peripheral", "central", "internal", "intralesional", "intranodular", "perinodular", "hilar",
                        "capsular", "marginal", "mural", "wall", "rim", "penetrating", "septal", "intratumoral",
                        "intratumoural", "perilesional", "surrounding", "cortical")
# The abstract nouns of malignancy: denied ("no sonographic features of malignancy") they judge a lesion benign and
# deny no mass (sites.py).
MALIGNANCY_NOUNS = ("malignancy", "malignancies")
# ... and the nature adjective that names a tumour ("non-neoplastic appearance", "not neoplastic"): denied, it is a
# benign verdict too, no mass denied (sites.py); hedged, the tumour suspected (an uncertain mass).
DENIED_VERDICT_WORDS = (*MALIGNANCY_NOUNS, "neoplastic")
# The words naming a malignancy as such, which in a thyroid report name a thyroid carcinoma (senses.py); not
# "neoplasm" or "tumour", which a thyroid report also uses of a benign follicular lesion or of another gland's mass.
CARCINOMA_WORDS = (*MALIGNANCY_NOUNS, "carcinoma", "carcinomas", "adenocarcinoma")
# ... and with the benign tumour the guideline rolls up with them ("nodule, probably a follicular adenoma": a thyroid
# adenoma is a nodule), which elsewhere is a mass (an adrenal or liver adenoma).
ADENOMA_WORDS = ("adenoma", "adenomas")
THYROID_NODULE_NATURES = (*CARCINOMA_WORDS, *ADENOMA_WORDS)
# The words naming the parathyroids, whose report's bare "adenoma" is a parathyroid adenoma (senses.py).
PARATHYROID_WORDS = ("parathyroid", "parathyroids", "parathormone", "pth", "hyperparathyroidism")
MALIGNANCY_WORDS = ("cancer", "cancers", "carcinoma", "carcinomas", "malignancy", "malignancies", "tumour", "tumours",
                    "tumor", "tumors", "neoplasm", "sarcoma", "adenocarcinoma")
# The patient's own primary cancer named as the scan's background (primary_cancers.py): the word after an organ
# word that names the cancer's origin ("a known colonic primary"), the words before the cancer's name that make it
# history or a source ("known colon cancer", "metastases from renal cell carcinoma"), the treatments whose "for" does
# ("chemotherapy for breast cancer") or that follow the name ("bowel cancer surgery"), and what may stand between.
PRIMARY_TUMOUR_WORDS = ("primary",)
# ... the clinician's abbreviation after the organ word ("known metastatic ovarian ca", "breast ca 2019")
PRIMARY_CANCER_ABBREVIATIONS = ("ca",)
PRIMARY_SOURCE_CUES = ("known", "from")
# The programmes a known disease is followed in, named right after it ("LYMPHOMA FOLLOW-UP", "breast cancer staging"):
# the disease is the reason for the scan (primary_cancers.py); "follow" counts with the "up" after it. Not
# "surveillance"/"screening" (PROGRAMME_WORDS), which watch for a disease not yet found in an organ they examine.
DISEASE_PROGRAMME_WORDS = ("staging", "restaging", "follow", "followup", "screen", "response")
# The words that may stand between a dash after the followed disease and a treatment word after it ("Hodgkin lymphoma
# - end-of-treatment ultrasound"): the treatment is the scan's programme, so the disease named before it is background.
TREATMENT_TITLE_FILLERS = ("-", "–", "—", "end", "of", "post", "after")
# The programme that watches a known disease's bed ("SARCOMA SURVEILLANCE"): the disease right before it is the reason
# for the scan, though the organ before it stays examined ("liver HCC surveillance" scans the liver).
DISEASE_WATCH_WORDS = ("surveillance",)
# The diseases so followed: a malignancy's own name, not a lesion a scan sees (a "cyst follow-up" re-measures it).
FOLLOWED_DISEASE_WORDS = (*INTERPRETIVE_NOUNS, "cancers", "carcinomas", "malignancies", "adenocarcinoma", "melanoma",
                          "mets", "myeloma", "hcc", "ptld")
CANCER_TREATMENT_WORDS = ("surgery", "resection", "resected", "operation", "operated", "chemotherapy", "chemo",
                          "radiotherapy", "treatment", "treated", "therapy", "immunotherapy", "hormonotherapy")
PRIMARY_FILLERS = ("a", "an", "the", "his", "her", "my", "their", "left", "right", "metastatic", "advanced",
                   "invasive", "primary")
# Organs named for a study this scan did not do (unperformed_studies.py): a teaching imperative's verb of examining
# and what opens its object ("Scan the kidneys", "look at the cord"), the words that may open the imperative
# ("always", "remember to", "don't forget to"), and an organ's study noun with a word of the future after it
# ("heart echo is next month", "thyroid scan booked"; not "requested" or "due": "renal US requested by the GP" heads
# the scan itself, "kidney scan due to haematuria" gives its reason).
EXAMINING_VERBS = ("scan", "check", "examine", "assess", "image", "sweep", "evaluate", "interrogate", "inspect", "look")
EXAMINED_OBJECT_OPENERS = ("the", "both", "all", "every", "each", "his", "her", "their", "its", "at", "into")
IMPERATIVE_OPENER_WORDS = ("always", "remember", "to", "do", "don't", "dont", "n't", "not", "never", "forget", "make",
                           "sure", "be", "you", "please", "also", "then", "so", "and")
STUDY_NOUNS = ("echo", "echocardiogram", "echocardiography", "ultrasound", "us", "usg", "scan", "doppler", "ct", "mri")
FUTURE_STUDY_WORDS = ("next", "booked", "scheduled", "planned", "arranged", "pending", "tomorrow", "awaited",
                      "upcoming")
# A bare "deposit" is an oncologist's word for a metastasis ("2 hypoechoic deposits", "nodular deposit at the
# mastectomy scar") only in a report that speaks of malignancy; elsewhere a translated report's "deposits" are stones
# ("Gallbladder: without deposits", "3 deposits in the lower calyx": a calculus where the report names a typical site
# of stones, else nothing) or a shoulder's calcium (sites.py).
DEPOSIT_WORDS = ("deposit", "deposits")
# "FA" is the breast clinic's fibroadenoma ("?FA. U3") only in a report that names the breast; elsewhere the letters
# are a femoral artery or an MRI's fractional anisotropy, no mass (sites.py).
BREAST_ABBREVIATIONS = ("fa",)
# "IDC" is the breast clinic's invasive ductal carcinoma, but the nurse's indwelling (urinary) catheter in a bladder
# scan or retention note ("PVR 700 ml -> IDC inserted", "Post IDC: 40 ml"): read so in a report that names the bladder
# or its urine and names no breast (sites.py), no mass and no breast examined.
CATHETER_ABBREVIATIONS = ("idc",)
URINARY_REPORT_WORDS = ("bladder", "bladders", "urine", "urinary", "catheter", "catheterised", "catheterized",
                        "catheterisation", "catheterization", "pvr", "void", "voided", "voiding", "retention", "twoc")
# ... but never in a report naming the axilla or other breast-clinic words ("left axilla: 2 nodes; known IDC").
CATHETER_SENSE_BLOCKERS = ("axilla", "axillae", "axillary", "mammogram", "mammography", "mammographic", "ductal",
                           "dcis", "ilc", "tumour", "tumor", "cancer", "carcinoma", "biopsy")
BREAST_REPORT_WORDS = ("breast", "breasts", "mamma", "mammae", "mammary", "mastectomy", "lumpectomy", "nipple",
                       "areola", "periareolar", "birads", "bi-rads")
ONCOLOGY_WORDS = (*MALIGNANCY_WORDS, "malignant", "metastasis", "metastases", "metastatic", "mets", "secondaries",
                  "recurrence", "lymphoma", "melanoma", "oncology", "staging", "ilc", "idc", "dcis")
# Head words of a heading a hedge may qualify ("Probable diagnosis: lipoma", "Likely impression: abscess").
# ("DD: pseudocyst / abscess": the abbreviation is the whole heading, "differential diagnosis")
HEDGED_HEADING_HEADS = ("diagnosis", "diagnoses", "dx", "impression", "impressions", "opinion", "conclusion",
                        DIFFERENTIAL_ABBREVIATION)
# A denied piece of evidence denies what it would suggest ("no features to suggest an abscess", "nothing to suggest a
# mass", "no sonographic features suggestive of malignancy", "not suspicious for a tumour"): a hedge or
# recommendation cue with one of these words, after a negation head and at most a few words of evidence
# (EVIDENCE_WORDS), is read as that negation's (guideline: negated hedges are negations).
SUGGESTION_WORDS = ("suggest", "suggests", "suggesting", "suggestive", "indicate", "indicates", "indicative",
                    "suspicious", "concerning", "worrisome", "worrying", "typical", "characteristic",
                    # the nouns of the same doubt ("no concern for abscess", "no suspicion of a solid mass")
                    "concern", "suspicion")
SUGGESTION_NEGATIONS = ("no", "nothing", "without", "not", "none", "lack", "absence")
EVIDENCE_WORDS = ("features", "feature", "findings", "finding", "signs", "sign", "evidence", "appearances",
                  "appearance", "sonographic", "ultrasound", "imaging", "doppler", "specific", "definite", "other",
                  "further", "convincing", "additional", "of", "to", "else", "here", "abnormality", "abnormalities")
# Hedges on what a lesion is, never on what it looks like ("indeterminate hypoechoic lesion").
DIAGNOSIS_ONLY_HEDGES = ("indeterminate",)

# A differential "for"/"of" a finding ("the differential diagnosis for a hypoechoic testicular mass includes ..."):
# the hedge starts at its list, after one of these verbs.
DIFFERENTIAL_HEADS = ("differential", "differentials", "diagnosis", "diagnoses", "ddx", DIFFERENTIAL_ABBREVIATION,
                      "considerations")
DIFFERENTIAL_VERBS = ("include", "includes", "included", "including", "is", "are", "was", "were", ":", "comprises",
                      "comprise", "encompasses", "remains")

# A differential list ("the differential includes an enteric duplication cyst, a mesenteric cyst ..."): anatomy
# named in it is a possibility considered, not an organ examined (landmarks.py reads these heads and list verbs).
# The words of a question asking for the differential right before its question mark ("Differential?", "Any other
# DDx?"; differential_answers.py). Not "diagnosis": "Diagnosis?" asks for an assertion.
DIFFERENTIAL_QUESTION_WORDS = ("differential", "differentials", "ddx", "dd")
DIFFERENTIAL_LIST_HEADS = ("differential", "differentials", "ddx", "considerations", "possibilities", "alternatives")
DIFFERENTIAL_LIST_VERBS = ("include", "includes", "included", "including", ":", "comprises", "comprise",
                           "encompasses", "are", "were")

# Predicates that state only that something is there or not ("calculi or masses are seen"): after a comma, a clause
# with one of these continues a negated list, while any other predicate opens a clause of its own ("flow is phasic").
EXISTENCE_WORDS = ("seen", "identified", "noted", "present", "demonstrated", "visualised", "visualized", "detected",
                   "found", "evident", "appreciated", "visible", "shown", "not", "also", "either", "demonstrable",
                   "depicted", "observed", "revealed", "determined")

# A lesion after these words is the place of a denied feature ("no septations within the cyst", "no flow in this
# nodule", "no shadowing behind the focus"): it is there; only the feature is absent.
HOST_PREPOSITIONS = ("in", "within", "inside", "behind", "of", "around", "throughout", "beneath", "from")
HOST_DETERMINERS = ("the", "this", "that", "these", "those", "its", "each", "either", "both", "said")
# A feature's place named with an indefinite article ("possible calcification in a hypoechoic nodule", "no septa
# within an anechoic cyst"): the lesion is introduced as where the feature lies, so it is there all the same.
INDEFINITE_HOST_DETERMINERS = ("a", "an")

# Determiners that make a lesion word refer back to the lesion already described ("the nodule", "this cyst").
ANAPHORA = ("the", "this", "that", "these", "those", "said", "same")

# Procedures done to a finding ("cyst aspiration was considered", "drainage of the abscess is possible"): a doubt
# said after them is about the procedure, not the finding they name (context._object_of_procedure).
PROCEDURE_NOUNS = ("aspiration", "drainage", "biopsy", "biopsies", "excision", "resection", "removal", "ablation",
                   "embolisation", "embolization", "sclerotherapy", "surgery", "treatment", "fna", "injection",
                   "repair", "enucleation", "sampling", "puncture", "marsupialisation", "marsupialization", "follow-up",
                   "monitoring", "surveillance")
# Words of place that set a second finding beside a hedged one ("suspected haematoma adjacent to a simple cyst",
# "probable abscess next to a 2 cm cyst"): the second is where the first lies, seen, so the hedge that has already
# reached its diagnosis ends there (context._landmark_finding).
LOCATIVE_WORDS = ("adjacent", "beside", "next", "near", "abutting", "posterior", "anterior", "superior", "inferior",
                  "medial", "lateral", "above", "below", "behind", "beneath", "alongside", "deep", "superficial",
                  "separate", "distinct")
# Landmark cues (below) that make a landmark of a vessel only (landmarks._weak_site).
VESSEL_ONLY_LANDMARK_CUES = ("beside",)
# Prepositions that use anatomy as a landmark for where a finding lies ("posterior to the bladder", "at the
# level of the hip", "extending toward the knee"): the landmark sets the location, not the organ examined.
LANDMARK_CUES = (
    "at the level of", "at level of", "level of", "adjacent to", "next to", "close to", "near", "abutting",
    "beside",
    # ... said as a noun ("note its proximity to the radial artery", "in close contact with the ovary")
    "proximity to", "in contact with", "in close contact with",
    "posterior to", "anterior to", "superior to", "inferior to", "medial to", "lateral to", "deep to",
    "superficial to", "proximal to", "distal to", "above", "below", "beneath", "behind", "toward", "towards",
    # ... the trunk's long axis ("just cranial to the pancreatic head", "caudal to the lower pole")
    "cranial to", "caudal to", "cephalad to",
    # ... the compound directions of anatomists' descriptions ("a mass superomedial to the right kidney",
    # "posterolateral to the bladder")
    *(f"{first}{second} to" for first in ("antero", "postero", "supero", "infero")
      for second in ("medial", "lateral", "superior", "inferior") if first[:3] != second[:3]),
    # ... the hand's and foot's axes ("a wrist ganglion 6 mm radial to the nerve", "dorsal to the tendon")
    "radial to", "ulnar to", "volar to", "palmar to", "dorsal to", "plantar to",
    "extending into", "extending to", "extends into", "extends to", "extending toward", "extending towards",
    "extends toward", "extends towards", "extending inferiorly to", "extending superiorly to", "displacing",
    "indenting", "compressing", "abuts", "posteriorly to", "anteriorly to", "inferiorly to", "superiorly to",
    # An acoustic window ("imaged through the spleen", "using the liver as an acoustic window").
    "through the", "through a", "via the", "using the", "scanned through", "imaged through",
    # What hides the organ examined ("tail obscured by bowel gas", "not visualised due to bowel gas").
    "obscured by", "due to", "owing to", "because of", "limited by",
    # The structure being scanned when an incidental finding was seen ("R axilla (seen while scanning the axillary
    # vein): node 14 mm"): the finding lies by it, not in it.
    "while scanning", "whilst scanning", "when scanning", "while imaging", "whilst imaging",
    # Anatomy a finding is placed among ("ascites around the liver", "between the shoulder blades"). Not "along" ("a
    # plaque along the tunica albuginea" is the plaque's site).
    "around", "between", "under",
    # ... said with a verb ("a rim of free fluid surrounds the liver", "fluid outlining the spleen").
    "surrounds", "encircles", "encircling", "outlines", "outlining",
    # A lesion said to be apart from an organ lies outside it ("a nodule ... separate from the thyroid, most likely a
    # parathyroid adenoma"); the organ places it, labelled only where nothing else names one (a tubal mass "in the
    # left adnexa, separate from the left ovary" keeps the adnexa its sentence names).
    "separate from", "separable from", "distinct from",
    # A position beside a midline organ or vessel ("a node to the right of the IVC", "a cyst left of the aorta"): the
    # organ is where the lesion is measured from, not its site, and the side word is the lesion's position.
    "to the right of", "to the left of", "right of", "left of", "rt of", "lt of",
    # Tissue around a finding ("oedema of the adjacent soft tissue", "surrounding fat stranding").
    "adjacent", "surrounding", "surrounded by",
    # A reference organ of an echo comparison ("cortex hypoechoic to the liver", "more echogenic than the spleen").
    "hypoechoic to", "hyperechoic to", "isoechoic to", "echogenic than", "hyperechoic than", "hypoechoic than",
    "hypoechoic relative to", "hyperechoic relative to",
    # ... stated as a comparison ("diffusely echogenic compared with the right kidney").
    "echogenic compared with", "echogenic compared to", "echogenic in comparison with", "echogenic relative to",
    "hypoechoic compared with", "hypoechoic compared to", "hyperechoic compared with", "hyperechoic compared to",
    "isoechoic compared with", "isoechoic compared to", "brighter than", "darker than",
    # What a lesion does or does not connect to ("does not communicate with the peritoneal cavity").
    "communicate with", "communicates with", "communicating with", "communication with",
    # The organ a lesion pushes on, in every tense ("a hepatic mass displaces the right kidney", "the pancreatic mass
    # encases the superior mesenteric artery"): the lesion's neighbour, not its site. Not "invading" / "inseparable
    # from": an organ a lesion grows into is involved.
    "displaces", "displaced", "compresses", "compressed", "indents", "indented", "encases", "encasing", "encased",
    "abut", "abutted", "effaces", "effacing", "splays", "splaying", "drapes over", "draped over", "draping over",
    "exerting mass effect on", "exerts mass effect on", "mass effect on", "impresses on", "impressing on",
    "pushes", "pushing",
    # An organ a lesion is likened to or set against ("unlike a renal cyst, this adrenal lesion ..."): a comparison.
    "unlike", "as opposed to", "mimicking", "mimics", "mimic",
    # A distance from an organ ("a mass at the upper pole, 1 cm from the adrenal", "12 mm away from the capsule"):
    # the organ measures where the finding is.
    "cm from", "mm from", "cm away from", "mm away from", "centimetres from", "centimeters from",
    # (not a part of the organ the finding lies in: see DISTANCE_INNER_PARTS)
    # Lay nearness ("a lump by my ear", "a swelling by the knee"): beside the organ, which only places it.
    "by my", "by his", "by her",
    # The primary a metastasis came from ("Biopsy: metastasis from lung adenocarcinoma", "deposits from a colonic
    # primary"): the organ of its origin, not one examined.
    "metastasis from", "metastases from", "metastatic from", "deposit from", "deposits from", "secondary from",
    "secondaries from", "spread from",
    # Lay "in front of" ("a swollen cheek in front of my ear"): before the organ, which only places the finding.
    "in front of",
    # A structure a procedure keeps clear of ("hydrodissection to protect the recurrent laryngeal nerve") or passes
    # through on its way ("transhepatic route through liver segment V", "needle path via the 6th intercostal space"):
    # shown, not examined.
    "to protect", "protecting", "protect the", "route through", "path through", "tract through",
    # What shadows a window ("LUQ partly shadowed by ribs"): the view's limit, not an organ examined.
    "shadowed by",
)
# The head word of a surgical scar or wound of the body wall ("Pfannenstiel scar", "laparotomy scar"): a lesion placed
# against it ("a collection deep to the Pfannenstiel scar", "a seroma beneath the laparotomy scar") lies in the wall
# that holds the scar, which is its site, not a reference (landmarks._scar_holds_its_lesion); and a midline word
# before it ("deep to the midline surgical scar") is the line the scar runs along, not the lesion's site
# (midline_leads.py).
SCAR_WORDS = ("scar", "scars", "incision", "incisions", "wound", "wounds")
# Shape adjectives that open a lesion word of unstated nature ("nodular image", "nodular formation": the ontology's
# related synonyms of the nodule), which a later refining name in the sentence replaces (shape_named.py).
SHAPE_LESION_WORDS = ("nodular",)
# Landmark cues that wrap a finding around the anatomy after them ("fluid around the spleen", "a rim of fluid
# surrounding the kidney"): bare fluid so placed lies in that organ's own space (landmarks._fluid_around).
SURROUNDING_CUES = ("around", "round", "surrounding", "surrounds", "encircling", "encircles", "outlining", "outlines")
# ... except an organ whose surroundings are another organ value: fluid around the lung lies in the pleural space, and
# the lung only places it (the lay "fluid on/around the lung" is a synonym of pleural effusion in the ontology).
SURROUNDED_BY_ANOTHER_SPACE = ("lung", "lungs")
# Parts of an organ that a distance is measured from inside it ("6 cm from the nipple", "2 mm from the capsule", "1 cm
# below the dome"): the finding lies in that organ, so a distance cue does not make them landmarks.
DISTANCE_INNER_PARTS = ("nipple", "nipples", "areola", "capsule", "isthmus", "dome", "hilum", "hila", "tunica",
                        "albuginea", "surface", "cortex", "pole", "fundus", "neck")
# Words of a lesion growing into the organ a one-word cue then names ("invasion of the adjacent liver", "infiltrating
# the surrounding fat"): the organ is involved, not a landmark (as "invading" is no landmark cue).
INVOLVEMENT_WORDS = ("invasion", "invading", "invades", "invaded", "infiltration", "infiltrating", "infiltrates",
                     "infiltrated", "involvement", "involving", "involves", "involved", "extension")
# Words after a vessel adjective that make it a description of flow ("arterial flow", "no venous signal",
# "arterial or venous flow"), not a vessel examined.
FLOW_WORDS = ("flow", "flows", "waveform", "waveforms", "signal", "signals", "supply", "perfusion", "velocity",
              "velocities", "spectrum", "spectra", "trace", "tracing", "tracings", "resistance", "pulsatility",
              "augmentation")

# Pressure words of an arterial study: "ankle pressures", "pressure at the ankle" locate a measurement at a joint.
PRESSURE_WORDS = ("pressure", "pressures", "index", "indices", "abi", "abpi", "systolic")

# Words right after anatomy that make it the subject of its own clause ("right ovary has a cyst", "aorta not
# aneurysmal", "gallbladder thin walled"): reported on, not a part of the lesion named before it.
SUBJECT_PREDICATE_WORDS = ("has", "have", "is", "are", "was", "were", "contains", "contain", "shows", "show",
                           "measures", "measure", "measuring", "not", "thin", "appears", "appear", "demonstrates")

# The copula of a relative clause that reports on a landmark ("displacing the radial artery, which is patent"): the
# landmark is examined too (landmarks.py).
RELATIVE_CLAUSE_COPULAS = ("is", "are", "was", "were", "remains", "remain", "appears", "appear", "looks", "look")
# What a vessel named as a landmark is then said to be in a clause of its own ("the adjacent cephalic vein is
# compressible", "the popliteal artery behind it is patent"): examined too, like the relative clause above.
VESSEL_STATE_WORDS = ("patent", "compressible", "compressable", "fully")
# An organ said to be apart from the lesion ("the liver is separate from it", "the ovary is distinct from the mass"):
# a neighbour ruled out as the lesion's site, not reported on (guideline); the words after the anatomy.
APART_WORDS = ("separate", "separable", "distinct", "apart")
APART_SET = frozenset(APART_WORDS)  # (also before a structure: "lipoma, separate from the fistula", settling.py)
APART_LINKS = ("is", "are", "was", "were", "appears", "appear", "looks", "lies", "seen", "clearly", "entirely",
               "quite", "completely")
# ... after its nearness is conceded ("the radial artery is adjacent but separate", "lies close to it but separate").
APART_CONCEDED_WORDS = ("adjacent", "close", "near", "nearby", "alongside", "abutting", "contiguous")
# A figure legend's structures "labelled for orientation", "marked for reference": shown, not examined (guideline).
ORIENTATION_WORDS = ("orientation", "reference", "orienting",
                     # "the liver (L) and spleen (S), shown for comparison": a reference beside the organ examined
                     "comparison")
# ... or "serving as" one: "the splenic vein and SMA serve as landmarks", "the aorta, used as a reference point".
ORIENTATION_ROLE_NOUNS = ("landmark", "landmarks", "reference", "references", "marker", "markers", "guide",
                          "guides")
# ... of which these alone say it without "for orientation" ("the trachea (T) is marked."; not "nodes are seen.").
ORIENTATION_MARK_VERBS = ("labelled", "labeled", "marked", "annotated", "indicated")
# ... and a legend's structure "seen in the background" (behind what the image is about) is shown the same way.
ORIENTATION_BACKGROUND_WORDS = ("background",)
ORIENTATION_VERBS = ("labelled", "labeled", "marked", "annotated", "indicated", "included", "shown", "seen", "visible",
                     "depicted", "imaged")

# Words that put a sentence about flow: a bare grade word ("reduced") is a vascularity value only in such a
# sentence ("Flow volume 450 ml/min, reduced"), not in "the intussusception was reduced" or "liver reduced in size".
FLOW_CONTEXT_WORDS = ("vascularity", "vascularisation", "vascularization", "vascular", "vascularised",
                      "vascularized", "doppler", "cdk", "cdi", "cdfi", "perfused", "hyperaemia", "hyperemia")

# Anatomy placed by what follows it is a landmark too, as figure legends and normal-anatomy cases name it: "with the
# right kidney (RK) lying posteriorly", "the carotid arteries (arrows) lateral to them", "the SMA and aorta lie
# posteriorly": a position verb and a direction, or a direction word and "to".
POSITION_VERBS = ("lie", "lies", "lying", "lay", "located", "situated", "sits", "sitting", "runs", "running",
                  "courses", "coursing",
                  # a legend's "the right kidney (RK) is seen posteriorly", "the spleen is visible laterally"
                  "seen", "visible", "shown", "depicted")
POSITION_DIRECTIONS = ("posteriorly", "anteriorly", "laterally", "medially", "superiorly", "inferiorly", "deep",
                       "superficially", "lateral", "medial", "posterior", "anterior", "behind", "beside", "adjacent",
                       "alongside", "next", "beneath", "below", "above",
                       # the compound directions of anatomists' legends ("the left kidney lies inferomedially")
                       *(f"{first}{second}" for first in ("antero", "postero", "supero", "infero")
                         for second in ("medially", "laterally", "superiorly", "inferiorly", "medial", "lateral")
                         if first[:3] != second[:3]))

# The direction adverbs among them, which say where a collection's depth was taken ("1.2 cm anteriorly and 1.9 cm
# posteriorly": fluid_depths.placed_depths).
DEPTH_DIRECTIONS = tuple(w for w in POSITION_DIRECTIONS if w.endswith("ly") and w not in ("adjacent",))

# A thrombus "extending into" a vessel lies in it (landmarks.py): the verbs of extension among the landmark cues, and
# the ontology label of the diagnosis (with its subclasses) that lies only inside vessels.
EXTENSION_VERBS = ("extending", "extends", "extend", "extended")
INTRALUMINAL_DIAGNOSIS = "thrombus"

# Prepositions after a position verb that place one organ in another ("the testis lies in the inguinal canal").
ORGAN_PLACE_WORDS = ("in", "within", "inside")

# Words allowed between a landmark cue and its anatomy ("posterior to the right kidney").
LANDMARK_FILLERS = ("the", "a", "an", "left", "right", "ipsilateral", "contralateral", "l", "r", "lt", "rt",
                    "overlying",
                    # a primary already known ("deposits from a known gastric adenocarcinoma")
                    "known",
                    # A part of the landmark organ ("posterior to the lower pole of the left thyroid lobe").
                    "of", "lower", "upper", "pole", "tip", "dome", "base", "floor", "wall", "surface",
                    # ... its pole named in anatomists' words ("posterior to the inferior pole of the right thyroid
                    # lobe", as "lower pole" is)
                    "inferior", "superior",
                    # ... named by its segment or lobe ("adjacent to segment 5 of the liver", "medial to the caudate
                    # lobe of the liver"), as legends and hepatobiliary reports place by Couinaud's numbering.
                    "segment", "segments", "lobe", "caudate", "quadrate", "edge", "margin", "border", "aspect",
                    *(n for n in LIVER_SEGMENT_NUMBERS if n != "i"),  # (not the pronoun "I")
                    # A level of the spine ("anterior to the lumbar spine"), a side of the landmark ("between the
                    # posterior liver and the IVC").
                    "lumbar", "cervical", "thoracic", "sacral", "posterior", "anterior", "medial", "lateral",
                    # A patient's own words ("pain under my right ribs").
                    "my", "his", "her",
                    # A cue joined to its landmark by a hyphen ("a below-knee tributary", "above-elbow cast").
                    "-")

# "normal" in a reference range or a measurement standard, not a statement that an organ is normal:
# "(normal <10)", "upper limit of normal", "normal range", "above normal".
REFERENCE_BEFORE = ("of", "than", "above", "below", "exceeds", "exceeding", "beyond", "upper", "lower", "high", "low")
# ... unless what follows makes it an organ statement again ("of normal size").
STATEMENT_AFTER = ("size", "calibre", "caliber", "appearance", "appearances", "thickness", "volume", "echotexture")
REFERENCE_AFTER = (
    "range", "ranges", "limit", "limits", "value", "values", "reference", "cut", "cutoff", "cut-off", "<", ">",
    "≤", "≥", "=", "up", "upper", "lower", "is", "being", "<=", ">=", "ratio",
)

# "normal" before a course of care or of life, not a structure examined: "can I still have a normal delivery?",
# "normal vaginal birth", "normal periods" (a patient's story or a clinical note, never a scan's statement).
EVENT_AFTER_NORMAL = ("delivery", "deliveries", "birth", "births", "labour", "labor", "periods", "menses",
                      "saline")
# A word allowed between "normal" and that event ("a normal vaginal delivery", "normal term birth").
EVENT_QUALIFIERS = ("vaginal", "spontaneous", "term")

# A diagnosis of another time or another examination is history, not this scan's finding: one dated in the past by
# the words after it ("she had breast cancer 5 yrs ago", "a cyst drained two years earlier"), or reported by another
# modality ("CT showed a 'renal mass' so they sent me for US", "the mammogram showed a mass").
OTHER_MODALITIES = ("ct", "mri", "mr", "mammogram", "mammography", "pet", "x-ray", "xray", "radiograph", "cxr",
                    "pet-ct", "scintigraphy")
OTHER_MODALITY_VERBS = ("showed", "shows", "demonstrated", "suggested", "found", "reported", "revealed", "raised")
# ... or a doubted diagnosis placed on another examination's image ("the thymus mimicked a mediastinal mass on the chest
# radiograph", "a possible mass on the prior CT"): the words allowed between "on" and the modality.
OTHER_MODALITY_QUALIFIERS = ("the", "a", "chest", "plain", "recent", "prior", "previous", "earlier", "initial",
                             "outside", "screening")

# The groin wins over the abdominal wall (guideline: "a region that is itself an organ value wins"): in a report on
# the groin, an inguinal canal or an inguinal or femoral hernia is the groin's. A hernia named by one of these words
# is the abdominal wall's wherever it is reported.
ABDOMINAL_WALL_HERNIA_WORDS = ("umbilical", "paraumbilical", "para-umbilical", "periumbilical", "incisional",
                               "ventral", "epigastric", "spigelian", "parastomal",
                               # ... and of French reports ("hernie ombilicale", "hernie épigastrique", folded)
                               "ombilicale", "epigastrique")
# Words that put a hernia in the groin ("a small left inguinal hernia", "no femoral hernia"): with the inguinal canal,
# the groin examined (guideline: an inguinal hernia -> Hip groin and buttock), see SiteSettlement._groin_hernia. With
# the French word a translated report keeps ("pas de hernie inguinale").
GROIN_HERNIA_WORDS = ("inguinal", "femoral", "inguinale", "inguinales")


# In a report about a pregnancy, "baby" is the fetus, not a child patient ("my 12 week scan ... everything looks good
# with baby"): these cues then make no paediatric report. Fetal anatomy is never labelled (corpus guideline).
FETAL_SENSE_CUES = ("baby", "babies")
# More words of a pregnancy scan, read only to tell fetal anatomy (fetal.py): "anomaly scan", "EFW", "amniotic".
FETAL_STUDY_WORDS = ("anomaly", "morphology", "biometry", "efw", "bpd", "amniotic", "afi")
# Words that make the next anatomy the fetus's ("fetal kidneys", "foetal heart").
FETAL_OWNER_WORDS = ("fetal", "foetal", "fetus", "foetus", "embryonic")
# Biometric measurements named after the anatomy they measure ("abdominal circumference", "femur length").
FETAL_BIOMETRY_WORDS = ("circumference", "circumferences")
# Words of a fetal anatomy, growth or nuchal scan (fetal_scope.py): a report of a pregnancy that uses one of them
# describes the fetus, so anatomy outside the mother's pelvic organs there is the fetus's unless called maternal.
# Not the words of an early pregnancy scan (CRL, yolk sac), whose "free fluid in Morison's pouch" is the mother's.
# Read only where a pregnancy is named (PREGNANCY_WORDS or FETAL_PREGNANCY_CUES): "liquor" is also the CSF of a
# translated report, "anomaly" and "breech" are said of a child's heart or birth.
FETAL_SCAN_WORDS = ("anomaly", "anomalies", "anatomy", "survey", "biometry", "efw", "bpd", "amniotic", "afi", "dvp",
                    "liquor", "singleton", "cephalic", "breech", "vertex", "edd", "ga", "nuchal", "nt", "fgr", "iugr")
# Words that name a pregnancy by themselves, besides PREGNANCY_WORDS (fetal_scope.py).
FETAL_PREGNANCY_CUES = ("singleton", "efw", "bpd", "afi", "dvp", "amniotic", "edd")
# Words before "scan" that make it a pregnancy scan ("my 20 week scan", "the anatomy scan", "NT scan"): a pregnancy
# named without a word of PREGNANCY_WORDS, where "baby" is the fetus (pediatric.py, fetal_scope.py).
PREGNANCY_SCAN_WORDS = ("week", "weeks", "wk", "wks", "anatomy", "anomaly", "dating", "growth", "nt", "nuchal",
                        "morphology", "viability")
# Words of a child already born (fetal_scope.py): a report that uses one is no fetal scan, whatever dates it quotes
# ("neonate, 31 weeks' gestation": the age at birth).
# Not "neonatal" or "postnatal": a fetal scan plans for the baby ("neonatal team aware", "postnatal renal scan").
POSTNATAL_WORDS = ("infant", "infants", "neonate", "neonates", "newborn", "newborns", "toddler", "nicu", "born")
# Words naming a region of a child's head and face ("pilomatricoma of the cheek", "scalp lump", "jaw swelling"):
# where a child's report files no paediatric organ, its soft tissues there are Pediatric head and neck
# (child_organs.py). Not "neck" ("bladder neck", "femoral neck"): a child's neck is already the head and neck's.
CHILD_HEAD_REGION_WORDS = ("cheek", "cheeks", "forehead", "scalp", "face", "facial", "jaw", "mandible", "mandibular",
                           "masseter", "maxilla", "maxillary", "eyelid", "eyebrow", "periorbital", "lip", "chin",
                           "preauricular", "postauricular", "occiput", "nose", "nasal", "submental")
# ... and the brow, beside them where a lesion's sentence places it on the face (face_sites.py: "dermoid at the
# brow", "a dermoid cyst of the lateral eyebrow": no ovarian dermoid) and where a child's lump lies (child_organs.py).
FACE_REGION_EXTRA_WORDS = ("brow", "brows", "eyebrows", "glabella", "temple", "temples")
# ... and of a baby's lower back ("sacral dimple", "lumbosacral"): Neonatal brain and spine (child_organs.py).
CHILD_SPINE_REGION_WORDS = ("sacral", "sacrum", "coccyx", "coccygeal", "lumbosacral", "spine", "spinal", "dimple",
                            "intergluteal")
# Words of a baby already born that a report dating a pregnancy by weeks and days alone ("GA 27+4") would not use:
# there the weeks and days are the baby's gestation at birth ("NEONATAL CRANIAL US - day 3, GA 27+4", "ex-prem
# 28+2"), not a pregnancy's (fetal_scope.py). Not POSTNATAL_WORDS: a pregnancy report can name the neonatal team.
NEONATAL_WORDS = ("neonatal", "prem", "preemie")
# Words that make the next anatomy the mother's at a pregnancy scan ("maternal kidneys", "mother's ovary").
MATERNAL_OWNER_WORDS = ("maternal", "mother", "mothers", "mum", "mom")
# ... and the patient's own word in a mother's post ("my kidneys", "my right ovary"), read before the anatomy only.
MATERNAL_POSSESSIVE_WORDS = ("my",)
# Conditions only a fetus has (fetal_scope.py): a clause naming one speaks of the fetus ("cystic hygroma with
# hydrops", "isolated CPCs").
FETAL_CONDITION_WORDS = ("hygroma", "hydrops", "gastroschisis", "exomphalos", "omphalocele", "anencephaly",
                         "holoprosencephaly", "cpc", "cpcs", "talipes", "ventriculomegaly", "pyelectasis",
                         "megacystis")
# Parts of the fetus (and their findings) an anomaly scan reports, under its own heading or in a sentence
# ("Head/brain:", "Face/lips:", "Limbs:", "Cerebellum, cisterna magna normal", "Stomach and bladder seen", "pleural
# effusions"): the fetus's in a fetal scan. Not the gallbladder, liver or veins a pregnant woman's own scan reports
# beside it.
FETAL_PART_WORDS = ("head", "brain", "skull", "face", "lips", "lip", "palate", "profile", "neck", "limbs", "limb",
                    "hands", "feet", "extremities", "skeleton", "cord", "cerebellum", "cisterna", "ventricles",
                    "ventricular", "atrium", "thorax", "chest", "abdomen", "abdominal", "spine", "stomach", "bowel",
                    "kidneys", "bladder", "heart", "cardiac", "chamber", "chambers", "outflow", "diaphragm", "nt",
                    "nuchal", "kidney", "renal", "lung", "lungs", "pleural", "pericardial", "ventricle", "choroid",
                    "skin", "scalp", "orbits", "nasal", "umbilical", "ascites", "hydronephrosis", "pyelectasis",
                    "pelviectasis", "effusion", "effusions", "oedema", "edema", "hydrops")
# Words of the headings that go on with an obstetric report after a blank line (fetal_scope.py), beside the fetus's
# parts (FETAL_PART_WORDS) and the words for the fetus or the mother: "FINDINGS:", "Placenta:", "Right ovary:".
OBSTETRIC_SECTION_WORDS = ("findings", "impression", "conclusion", "conclusions", "comment", "comments", "summary",
                           "plan", "history", "indication", "clinical", "technique", "opinion", "recommendation",
                           "biometry", "liquor", "placenta", "placentas", "cervix", "cervical", "uterus", "ovary",
                           "ovaries", "adnexa", "presentation", "anatomy", "survey", "dating", "growth", "amniotic")
# Words of a study's title, not a heading of the fetus's own findings ("FETAL ANOMALY SCAN").
STUDY_TITLE_WORDS = ("scan", "ultrasound", "sonography", "report", "review", "assessment", "study", "us")
# Words before "a baby" that make it a baby wished for, not the patient ("we're trying for a baby", "want a baby"):
# an adult's report (pediatric.py). So is a baby the poster has not had ("no baby yet", "still no baby"; Filipino
# posts: "wala pang baby", "walang baby", no baby yet). Tagalog verbs of having or wanting a baby join it by a hyphen
# ("magka-baby", "mag-baby", "makapag-baby": to (be able to) have a baby) or the linker "ng" ("magkaroon ng baby",
# "gusto ng baby", "makabuo ng baby"), read as the article (BABY_LINK_WORDS).
WISHED_BABY_WORDS = ("for", "have", "having", "want", "wanting", "another", "conceive", "planning", "no", "pang",
                     "walang", "magka", "mag", "makapag", "makakapag", "magkaroon", "gusto", "makabuo")
# What stands between a wishing word and "baby" like the article "a": a hyphen, Tagalog "ng".
BABY_LINK_WORDS = ("a", "-", "ng")
# Words of the mother's state after a birth ("post-partum", "puerperal uterus"): beside them "baby" is the child
# born, not the patient, as at a pregnancy (pediatric._fetal_sense).
PUERPERAL_WORDS = ("partum", "postpartum", "puerperal", "puerperium")
PREGNANCY_WORDS = ("pregnant", "pregnancy", "gestation", "gestational", "trimester", "placenta", "placental", "fetal",
                   "foetal", "fetus", "foetus", "nuchal", "antenatal", "prenatal", "obstetric", "iup", "crl", "lmp",
                   # an early scan's own words ("they saw the heartbeat", "a small subchorionic bleed", "yolk sac")
                   "heartbeat", "heartbeats", "subchorionic", "yolk", "embryo")

# Words of a report about the penis: there the bare "tunica albuginea" is the penile tunica (see tunica.py).
PENILE_CONTEXT_WORDS = ("penis", "penile", "shaft", "cavernosa", "cavernosum", "cavernosal", "corporal",
                        "corporeal", "peyronie", "peyronie's", "peyronies", "erectile", "erection", "priapism", "glans")
# Words of a woman's report: there the urethra is the bladder's (see female_urethra.py). Not "her" or "she" alone: a
# mother writes of her son.
FEMALE_PATIENT_WORDS = ("woman", "women", "lady", "female", "vagina", "vaginal", "introitus", "labia", "labial",
                        "translabial", "vulva", "vulval", "uterus", "uterine", "ovary", "ovaries", "gynae", "gyn",
                        "urogynae", "urogynaecology", "urogynecology", "nulliparous", "parous", "multiparous",
                        "postmenopausal", "menopausal")
# ... and of a man's: the male urethra stays the penis's (see female_urethra.py).
MALE_PATIENT_WORDS = ("man", "men", "male", "penis", "penile", "prostate", "prostatic", "scrotum", "scrotal", "testis",
                      "testes", "testicle", "testicular", "bulbar", "husband", "dh", "boy", "son")
# Words of a neonatal cranial study. There "the right ventricle" is a lateral ventricle of the brain, not the heart's
# (see ventricles.py). Not "cerebral": the middle cerebral artery is named in fetal and transcranial Doppler too.
CRANIAL_STUDY_WORDS = ("cranial", "cranium", "fontanelle", "fontanel", "fontanella", "transfontanellar",
                       "transfontanelle", "brain", "intracranial", "neurosonogram", "neurosonography", "choroid",
                       "germinal", "periventricular", "callosum", "cisterna", "hydrocephalus", "ventriculomegaly",
                       "thalamus", "thalami", "caudothalamic")
# Relatives whose age a post states beside the word ("my son is 9", "our moko (9)", "my daughter, 14;"): a child
# patient when the number is under 16 (pediatric._child_age). "moko"/"mokopuna" are te reo Maori for a grandchild.
# "DS"/"DD" (numbered "DS1", "DD2") are parenting forums' "dear son/daughter" ("DS is 18 months", "DD (14)").
CHILD_AGE_KIN_WORDS = ("son", "daughter", "grandson", "granddaughter", "sister", "brother", "nephew", "niece",
                       "stepson", "stepdaughter", "grandchild", "grandkid", "moko", "mokopuna",
                       "ds", "dd", "ds1", "ds2", "ds3", "dd1", "dd2", "dd3")
# Possessives before a plural age word that make the children the patient's family, not the patient ("check her
# children", "his children were screened"): a patient is one person.
FAMILY_POSSESSIVES = ("her", "his", "their", "your")
# Plural age words a family possessive can take (age_cue_senses.py).
PLURAL_CHILD_WORDS = ("children", "kids")
# Age words: a report about a child maps adult anatomy onto the paediatric organs of the taxonomy. Writers of
# other languages keep their own word for the patient in an English report's header ("Potilas: tyttö, 6 viikkoa",
# "Paziente: bambina"): girls, boys and children in Finnish, Italian, Spanish, Portuguese, German, Dutch, French and
# the Scandinavian languages (none an English word; German "Kind" is, and is left out).
PEDIATRIC_CUES = (
    "child", "children", "infant", "neonate", "newborn", "baby", "boy", "girl", "toddler", "neonatal",
    "paediatric", "pediatric", "month-old", "month old", "week-old", "week old", "day-old", "day old",
    "months old", "weeks old", "days old",
    "tyttö", "poika", "lapsi", "bambino", "bambina", "neonato", "neonata", "niño", "niña", "lactante", "lactente",
    "menino", "menina", "criança", "mädchen", "junge", "säugling", "meisje", "jongen", "zuigeling", "garçon",
    "fillette", "nourrisson", "flicka", "pojke", "pige", "dreng", "jente", "gutt",
)
# Words for years after a patient's age in other languages' headers ("Paziente: F, 12 anni", "Patient: m, 58 J.",
# "Klinische gegevens: 49 jr", "Paciente: 33 anos", "Garçon de 15 ans"): a number before one is an age, never a
# duration, in the English of these reports (pediatric._AGE). None is an English word.
FOREIGN_AGE_YEAR_WORDS = ("ans", "anni", "anos", "años", "jahre", "jahren", "jaar", "jr", "j.", "vuotta", "år", "ani")
# A romanised Hindi post's child ("mere bete (5 saal)", "beti, 7 saal ki"): "saal" (years) is also a duration there
# ("2 saal se dard", pain for two years), so only the number beside a word for the child is an age (pediatric.py).
HINDI_CHILD_WORDS = ("beta", "bete", "beti", "bitiya", "baccha", "bachcha", "bacche", "bachche", "bachi", "bacchi")

# Spoken dictation transcribed raw (dictation.py). A report that says these at least twice speaks its punctuation.
SPOKEN_CUES = ("full stop", "new line", "new paragraph", "next line", "next paragraph")
# What each spoken mark is written as.
SPOKEN_MARKS = {"full stop": ".", "period": ".", "comma": ",", "colon": ":", "semicolon": ";", "semi colon": ";",
                "question mark": "?", "new line": "\n", "next line": "\n", "new paragraph": "\n\n",
                "next paragraph": "\n\n", "open bracket": "(", "close bracket": ")", "open brackets": "(",
                "close brackets": ")"}
# Words a recogniser writes for report words that sound alike, and words it splits ("hyper echoic").
SPOKEN_HOMOPHONES = {"write": "right", "rite": "right", "sist": "cyst", "sists": "cysts", "plural": "pleural",
                     "highlum": "hilum", "hi lum": "hilum", "dug louse": "douglas", "dug las": "douglas",
                     "douglas's": "douglas", "hyper echoic": "hyperechoic", "hypo echoic": "hypoechoic",
                     "iso echoic": "isoechoic", "an echoic": "anechoic", "hydro nephrosis": "hydronephrosis",
                     "hydro seal": "hydrocele", "ti rads": "TI-RADS", "bi rads": "BI-RADS", "mils": "ml",
                     "mil": "ml", "milli metres": "millimetres", "centi metres": "centimetres"}
# Units after which a number in words is a measurement ("nine millimetre calculus") and the separators of axes.
SPOKEN_SIZE_UNITS = (*LENGTH_UNIT_WORDS, "ml", "mls", "mils", "millilitres", "milliliters", "cc",
                     "by", "x")
# Number homophones, read as the number only where one stands (before a unit or a counted lesion noun).
SPOKEN_NUMBER_HOMOPHONES = {"for": "four", "to": "two", "too": "two", "won": "one", "ate": "eight"}
# Lesion nouns counted in dictation ("too nodules", "to simple cysts").
SPOKEN_COUNTED_NOUNS = ("cysts", "sists", "nodules", "stones", "calculi", "lesions", "nodes", "masses", "fibroids",
                        "polyps", "lipomas", "collections", "foci", "haemangiomas", "hemangiomas")
# Verbs after which "to" before a counted noun is "two" ("there are to simple cysts"): everywhere else a preposition.
SPOKEN_COUNT_VERBS = ("are", "were", "has", "have", "with", "contains", "contain", "shows", "show", "demonstrates",
                      "seen", "see", "noted")
# Words before "colon" that make it the bowel ("sigmoid colon"), not a heading's spoken colon ("impression colon").
SPOKEN_COLON_ORGAN_WORDS = ("the", "sigmoid", "ascending", "descending", "transverse", "right", "left", "of",
                            "proximal", "distal", "whole", "entire", "and", "a", "his", "her")

# Termset fields that map a spoken phrase to its written form (the others are lists of phrases).
_PHRASE_MAPS = frozenset({"spoken_marks", "spoken_homophones", "spoken_number_homophones"})


@dataclass(frozen=True)
class Termset:
    """The cue phrases by category (lower case; matched case-insensitively on token boundaries), and the word lists
    of the rules that read a termset (section headings, copulas, landmark cues, the words by which a test settles a
    doubt)."""

    neg_pre: tuple[str, ...] = _NEG_PRE
    neg_post: tuple[str, ...] = _NEG_POST
    unc_pre: tuple[str, ...] = _UNC_PRE
    unc_post: tuple[str, ...] = _UNC_POST
    hist_pre: tuple[str, ...] = _HIST_PRE
    hist_post: tuple[str, ...] = _HIST_POST
    hyp_pre: tuple[str, ...] = _HYP_PRE
    hyp_post: tuple[str, ...] = _HYP_POST
    pseudo: tuple[str, ...] = _PSEUDO
    terminate: tuple[str, ...] = _TERMINATE
    sections: dict[str, str] = field(default_factory=lambda: dict(SECTION_KINDS))
    copula: tuple[str, ...] = COPULA_WORDS
    landmarks: tuple[str, ...] = LANDMARK_CUES
    # The words by which a later test settles a doubt (settled_doubts.py).
    settling_verbs: tuple[str, ...] = SETTLING_VERBS
    passive_settling_participles: tuple[str, ...] = PASSIVE_SETTLING_PARTICIPLES
    settling_passive_marks: tuple[str, ...] = SETTLING_PASSIVE_MARKS
    settling_participles: tuple[str, ...] = SETTLING_PARTICIPLES
    settled_subject_negations: tuple[str, ...] = SETTLED_SUBJECT_NEGATIONS
    settled_object_openers: tuple[str, ...] = SETTLED_OBJECT_OPENERS
    settled_object_ends: tuple[str, ...] = SETTLED_OBJECT_ENDS
    doubt_clause_stops: tuple[str, ...] = DOUBT_CLAUSE_STOPS
    weighing_nouns: tuple[str, ...] = WEIGHING_NOUNS
    settled_anaphora: tuple[str, ...] = SETTLED_ANAPHORA
    settled_anaphora_ends: tuple[str, ...] = SETTLED_ANAPHORA_ENDS
    superseded_opinion: tuple[str, ...] = SUPERSEDED_OPINION_WORDS
    offered_alternatives: tuple[str, ...] = OFFERED_ALTERNATIVE_WORDS
    # The words that name a lobe: an organ with a part so named has lobes, and a lesion a bare "lobe" places is in
    # the one such organ the report names (lobed_organs.py).
    lobe_words: tuple[str, ...] = LOBE_WORDS
    # Unit headers (header_units.py): words by which a column holds an earlier time's sizes ("Prior (mm)"), and the
    # labels a number after which is a score or a name, not a measurement ("TI-RADS 5", "grade 2", "#3").
    prior_column_words: tuple[str, ...] = PRIOR_COLUMN_WORDS
    number_label_words: tuple[str, ...] = NUMBER_LABEL_WORDS
    # Spoken dictation (dictation.py): the cues that tell it, its marks, homophones and number words.
    spoken_cues: tuple[str, ...] = SPOKEN_CUES
    spoken_marks: dict[str, str] = field(default_factory=lambda: dict(SPOKEN_MARKS))
    spoken_homophones: dict[str, str] = field(default_factory=lambda: dict(SPOKEN_HOMOPHONES))
    spoken_size_units: tuple[str, ...] = SPOKEN_SIZE_UNITS
    spoken_number_homophones: dict[str, str] = field(default_factory=lambda: dict(SPOKEN_NUMBER_HOMOPHONES))
    spoken_counted_nouns: tuple[str, ...] = SPOKEN_COUNTED_NOUNS
    spoken_count_verbs: tuple[str, ...] = SPOKEN_COUNT_VERBS
    spoken_colon_organ_words: tuple[str, ...] = SPOKEN_COLON_ORGAN_WORDS

    @classmethod
    def from_config(cls, config: dict[str, Any] | None) -> Termset:
        """A termset from a spaCy component config (category -> list of phrases); ``None`` gives the default.
        Categories left out keep their defaults, so a user can replace only the negation cues."""
        if config is None:
            return DEFAULT_TERMSET
        from udt.errors import ConfigError

        known = {f.name for f in fields(cls)}
        unknown = sorted(set(config) - known)
        if unknown:
            raise ConfigError("config.termset", f"unknown termset categories: {', '.join(unknown)}",
                              f"use some of: {', '.join(sorted(known))}")
        values: dict[str, Any] = {}
        for name, value in config.items():
            if name == "sections":
                if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
                    raise ConfigError("config.termset", "termset 'sections' must map headings to section kinds",
                                      'e.g. {"findings": "findings", "history": "history"}')
                values[name] = {str(k).casefold(): v for k, v in value.items()}
                continue
            if name in _PHRASE_MAPS:
                if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
                    raise ConfigError("config.termset", f"termset {name!r} must map spoken phrases to written ones",
                                      'e.g. {"full stop": "."}')
                values[name] = {" ".join(str(k).casefold().split()): v for k, v in value.items()}
                continue
            if isinstance(value, str) or not all(isinstance(v, str) and v.strip() for v in value):
                raise ConfigError("config.termset", f"termset category {name!r} must be a list of phrases",
                                  'e.g. {"neg_pre": ["no", "without"]}')
            values[name] = tuple(" ".join(v.casefold().split()) for v in value)
        return cls(**values)

    def to_config(self) -> dict[str, Any]:
        """The termset as a spaCy component config value (JSON-serialisable)."""
        return {f.name: (dict(v) if isinstance(v := getattr(self, f.name), dict) else list(v))
                for f in fields(self)}

    def digest(self) -> str:
        """A stable key for caches derived from this termset."""
        return hashlib.sha256(repr(sorted(self.to_config().items())).encode()).hexdigest()[:16]

    def by_category(self) -> dict[str, tuple[str, ...]]:
        return {
            NEG_PRE: self.neg_pre,
            NEG_POST: self.neg_post,
            UNC_PRE: self.unc_pre,
            UNC_POST: self.unc_post,
            HIST_PRE: self.hist_pre,
            HIST_POST: self.hist_post,
            HYP_PRE: self.hyp_pre,
            HYP_POST: self.hyp_post,
            PSEUDO: self.pseudo,
            TERMINATE: self.terminate,
        }


# Cue categories whose long one-word cues are also matched misspelt ("probaly", "posible", "suspicous"). Not the
# negations: one letter off "neither", "lacking" or "absence" is often another word ("either", "licking").
TYPO_CATEGORIES = (UNC_PRE, UNC_POST)
_TYPO_MIN_LENGTH = 7  # shorter words' typos collide with real words ("likely" -> "likey", "absent" -> "absint")


def cue_typos(termset: Termset) -> dict[str, tuple[str, ...]]:
    """Single-typo forms of the long one-word cues of :data:`TYPO_CATEGORIES` (patients and hurried dictation
    misspell hedges: "probabley", "possibily", "suspicous"), by category. A form that is itself a cue of any
    category is left out ("suggests" -> "suggest", a recommendation), as is one two categories would claim."""
    from udt.parser.variants import typo_variants

    by_category = termset.by_category()
    cues = {phrase for phrases in by_category.values() for phrase in phrases}
    claimed: dict[str, set[str]] = {}
    for category in TYPO_CATEGORIES:
        for phrase in by_category[category]:
            if " " in phrase or not phrase.isalpha():
                continue
            for typo in typo_variants(phrase, _TYPO_MIN_LENGTH):
                if typo not in cues:
                    claimed.setdefault(typo, set()).add(category)
    out: dict[str, list[str]] = {}
    for typo, categories in sorted(claimed.items()):
        if len(categories) == 1:
            out.setdefault(next(iter(categories)), []).append(typo)
    return {category: tuple(forms) for category, forms in out.items()}


DEFAULT_TERMSET = Termset()

# The last word of a node concept's name ("cervical lymph node", "groin nodes", "cervical LN"): the word before it
# names the region whose nodes these are (settling._region_words_of_nodes).
NODE_HEAD_WORDS = ("node", "nodes", "ln", "lns")
# Neck node stations named by one word that is no organ's name ("Rt paratracheal 5 mm" in a list of nodes by level):
# after a side word, in a node list, a node's row as a level is (level_rows.bare_levels). The submandibular and
# parotid stations are left out: those words measure their glands too.
NECK_NODE_STATIONS = ("paratracheal", "pretracheal", "prelaryngeal", "supraclavicular", "submental",
                      "jugulodigastric", "retropharyngeal")
# A node's nature said apart from the noun ("?reactive ?metastatic", "Reactive or metastatic? A 14 mm node"): a
# nodal metastasis only where the sentence, or the next, names a node (senses._nature_of_no_node); the adjective
# beside a liver or bone lesion ("metastatic adenocarcinoma") names no node. ("neoplastic" names a tumour of any
# organ, a mass: not one of these.)
NODE_NATURE_WORDS = ("metastatic",)
NODE_WORDS = ("node", "nodes", "ln", "lns", "lymphadenopathy", "adenopathy", "lymphadenopathies")
# Words that may stand between region words read back from a denied node diagnosis ("no supraclavicular or
# cervical lymphadenopathy", "no left axillary, supraclavicular or cervical adenopathy").
NODE_REGION_LIST_LINKS = ("or", "and", ",", "/", "left", "right", "bilateral", "either", "significant", "enlarged")
# A side letter with its full stop glued on ("no hernia on L."): spaCy keeps a capital letter's stop, as an
# initial's, so the stop never ended its sentence and a denial ran on into the next one ("No hernia on L. Incidental
# 4 mm cyst"). Before a capitalised word it ends its sentence when a preposition makes the letter a side phrase's
# object (SIDE_LETTER_OBJECT_WORDS), unless a name's title stands before it ("Dr L. Tremblay") or an organ or part
# follows it ("on R. Kidney 11 cm") (sentences.py).
SIDE_LETTER_STOPS = ("l.", "r.")
# English side abbreviations the tokenizer splits the full stop off ("Rt. kidney 10.8 cm, Lt. kidney 11.2 cm"): before
# the organ they side, on its line, their stop ends no sentence (sentences.py).
SIDE_ABBREVIATION_STOPS = ("rt", "lt")
# Words after which such an abbreviation is the side adjective of a capitalised organ that follows ("in the Rt. Kidney",
# "Rt. Kidney and Lt. Kidney"), as at a clause's start; after another word it may end the sentence ("small cyst Rt.
# Liver normal").
SIDE_ABBREVIATION_LEADS = ("the", "in", "of", "and", "on", "within")
# Words before a side letter that make it a side phrase's object, so the end of that phrase ("on L.", "on the R.",
# "seen in R."); after a noun the letter may instead be the side adjective of the next word ("no DVT R. Baker's cyst").
SIDE_LETTER_OBJECT_WORDS = frozenset(("on", "in", "at", "to", "of", "the", "from"))
NAME_TITLES = ("dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "prof", "prof.", "sister", "nurse", "sonographer",
               "by", "per", "par", "signed", "reported", "dictated")
# After a side letter's stop, words that make the letter a side adjective like an organ of the ontology does ("R.
# Lobe 4.2 cm", "L. Upper pole: 9 mm cyst", "R. Sided effusion"): a part, a limb's segment, or a position word before
# one (sentences.py).
SIDE_LETTER_PART_WORDS = ("lobe", "lobes", "pole", "poles", "segment", "segments", "isthmus", "side", "sided",
                          *LIMB_SEGMENT_WORDS)
SIDE_LETTER_POSITION_WORDS = ("upper", "lower", "mid", "middle", "medial", "lateral", "anterior", "posterior",
                              "superior", "inferior", "proximal", "distal")
