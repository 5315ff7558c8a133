"""Negation and hedge scope by class of English wording, third round (issue 11, error classes 10 and 12): one table
per class, sentences written for these tests in the four source styles (dictation, patient posts, teaching cases,
figure legends), never corpus lines, each with near misses that must not trigger. A row names the report-level
reading of one value: "present" (labelled), "absent" or "uncertain" (a mention with that status and no label), or
None (neither labelled nor mentioned)."""

from __future__ import annotations

import pytest
from parser_reading import reading_of

from udt.parser import ReportParser

DX, ECHO, INT, PA, VASC = "Diagnosis", "Echogenicity", "InternalCharacteristics", "PosteriorAcoustics", "Vascularity"
MARG, SHAPE = "Margins", "Shape"


def _check(parser: ReportParser, text: str, field: str, value: str, reading: str | None) -> None:
    assert reading_of(parser, text, field, value) == reading, text


# An absence phrase whose object comes first ("no flow"), then a parenthesis naming the whole finding: the negation
# carried on from the phrase stops at the "(" when the parenthesis names another dimension ("lesion with no flow on
# colour Doppler (typical haemangioma)"). Before, the carried negation had no object before the "(" and denied the
# diagnosis inside. Near misses: a parenthesis of alternatives of the denied feature, a diagnosis listed after the
# phrase with "or" (still denied), and a hedge inside the parenthesis (doubted, as before).
NEGATION_BEFORE_A_PARENTHESIS = [
    ("Spleen: 9 mm lesion with no flow on power Doppler (typical haemangioma).", DX, "mass", "present"),
    ("Spleen: 9 mm lesion with no flow on power Doppler (typical haemangioma).", VASC, "no vascularity", "present"),
    ("Fig. 4. Round lesion with no internal flow at colour imaging (simple cyst).", DX, "cyst", "present"),
    ("small echogenic focus, no internal vascularity on Doppler (angiomyolipoma)", DX, "mass", "present"),
    ("Avascular on colour Doppler (haematoma), thick walled.", DX, "fluid collection", "present"),
    # near misses
    ("No flow (colour or power Doppler) in the lesion.", VASC, "no vascularity", "present"),
    ("No internal flow or cyst in the mass.", DX, "cyst", "absent"),
    ("Echogenic lesion with no internal flow on Doppler (probable haemangioma).", DX, "mass", "uncertain"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), NEGATION_BEFORE_A_PARENTHESIS)
def test_a_carried_negation_stops_at_a_parenthesis_naming_the_finding(parser: ReportParser, text: str, field: str,
                                                                       value: str, reading: str | None) -> None:
    _check(parser, text, field, value, reading)


# A negation or hedge inside a history, indication or comparison section is the past or the question asked, not a
# finding this scan denies: no status at all (guideline: clinical history is not labelled). Before, "History: no
# previous stones" gave an absent mention. Near misses: the same words in the findings, and findings after the
# history line.
HISTORY_NEGATIONS = [
    ("History: no previous cysts. Kidneys normal in size.", DX, "cyst", None),
    ("CLINICAL DETAILS: no known breast cyst, new lump upper outer quadrant.", DX, "cyst", None),
    ("Indication: post-op, no prior collection.\nFindings: wound healing, nothing to report.", DX,
     "fluid collection", None),
    ("COMPARISON: prior study without calcification.", INT, "calcifications", None),
    # near misses
    ("History: flank pain.\nFindings: no cyst in either kidney.", DX, "cyst", "absent"),
    ("Findings: no previous cyst is seen now.", DX, "cyst", "absent"),
    ("History: lump.\nFINDINGS: 2 cm hypoechoic mass without calcification.", INT, "calcifications", "absent"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), HISTORY_NEGATIONS)
def test_a_negation_in_the_history_gives_no_status(parser: ReportParser, text: str, field: str, value: str,
                                                   reading: str | None) -> None:
    _check(parser, text, field, value, reading)


# Dictation that runs on from a history line into measured findings without a heading ("HISTORY: RUQ pain.
# Gallbladder wall 2 mm. ..."): a sentence that measures something within its first words ends the history, as a
# findings verb or a key already did. Before, everything to the end of the line stayed history. Near misses: a
# sentence about an earlier examination or about the history itself keeps the line history.
MEASURED_SENTENCE_ENDS_HISTORY = [
    ("HISTORY: RUQ pain. Gallbladder wall 2 mm. Two stones with posterior shadowing.", PA, "shadowing", "present"),
    ("Clinical: haematuria. Right kidney 10.9 cm, a 2 cm simple cyst at the lower pole.", DX, "cyst", "present"),
    ("Indication: lump; left lobe 1.8 cm nodule, solid and hypoechoic.", ECHO, "hypoechoic", "present"),
    # near misses
    ("HISTORY: previous cyst 2 cm in the right kidney. Findings to follow.", DX, "cyst", None),
    ("History: breast lump for 3 weeks, 2 cm hypoechoic on palpation clinic.", ECHO, "hypoechoic", None),
    ("History: known cyst. CT 2019 showed a 3 cm hypoechoic mass.", ECHO, "hypoechoic", None),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), MEASURED_SENTENCE_ENDS_HISTORY)
def test_a_measured_sentence_ends_a_run_on_history_line(parser: ReportParser, text: str, field: str, value: str,
                                                        reading: str | None) -> None:
    _check(parser, text, field, value, reading)


# Doubt worded as an inability to exclude, in the active voice: the object follows the verb ("it is not possible to
# exclude a small abscess", "unable to confidently rule out a mass"), so the cue looks forward; after its subject
# ("an abscess is difficult to exclude") it still looks back. Before, "not possible to exclude" and "difficult to
# exclude" looked back only, and what followed was asserted. Near misses: a recommendation ("to exclude" alone) and a
# plain "excluded" (a negation).
ACTIVE_EXCLUSION = [
    ("It is not possible to exclude a small abscess.", DX, "fluid collection", "uncertain"),
    ("Difficult to exclude an underlying mass in this dense breast.", DX, "mass", "uncertain"),
    ("we were unable to confidently rule out a small cyst", DX, "cyst", "uncertain"),
    ("Impossible to completely exclude a haematoma at the graft.", DX, "fluid collection", "uncertain"),
    ("they said they couldn't entirely rule out a tumour", DX, "mass", "uncertain"),
    ("A tiny haematoma is difficult to exclude.", DX, "fluid collection", "uncertain"),
    # near misses
    ("Repeat scan in 6 weeks to exclude a mass.", DX, "mass", None),
    ("A collection was excluded.", DX, "fluid collection", "absent"),
    ("Simple cyst; not possible to exclude a septation, which is thin.", DX, "cyst", "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), ACTIVE_EXCLUSION)
def test_an_inability_to_exclude_looks_at_its_object(parser: ReportParser, text: str, field: str, value: str,
                                                     reading: str | None) -> None:
    _check(parser, text, field, value, reading)


# Doubt a speaker owns up to with a contraction or a softener ("my doctor wasn't sure if it was a cyst", "they
# weren't 100% sure whether it's a fibroid", "not entirely certain it's a lipoma"): "n't" is its own token, so these
# were read as nothing (the finding asserted). Near misses: sure without a negation, and a question about a finding
# named as known (next table).
NOT_SURE = [
    ("my doc wasn't sure if it was a cyst or something solid", DX, "cyst", "uncertain"),
    ("The radiologist isn't certain whether it's a fibroid.", DX, "mass", "uncertain"),
    ("they weren't 100% sure that it is an abscess", DX, "fluid collection", "uncertain"),
    ("She's not entirely certain it's a lipoma.", DX, "mass", "uncertain"),
    ("the sonographer wasn't quite sure it was a cyst", DX, "cyst", "uncertain"),
    # near misses
    ("They were sure it was a cyst.", DX, "cyst", "present"),
    ("I wasn't told much, but the report says simple cyst.", DX, "cyst", "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), NOT_SURE)
def test_a_speaker_not_sure_doubts_the_finding(parser: ReportParser, text: str, field: str, value: str,
                                               reading: str | None) -> None:
    _check(parser, text, field, value, reading)


# An open question ("not sure if", "unclear whether") whose clause has a finding as its definite subject asks about
# the predicate, not whether the finding is there ("not sure if the cyst they found is serious"): the finding is
# asserted. Doubted is a finding the clause predicates ("unclear whether this is an abscess"). Before, every finding
# after the cue was doubted.
SUBJECT_OF_AN_OPEN_QUESTION = [
    ("I'm not sure if the cyst they found is serious.", DX, "cyst", "present"),
    ("Unclear whether this nodule has grown since 2021.", DX, "nodule", "present"),
    ("not sure if my fibroid is the cause of the pain", DX, "mass", "present"),
    ("It is uncertain whether the small cyst communicates with the joint.", DX, "cyst", "present"),
    # near misses
    ("Not sure whether it is a cyst.", DX, "cyst", "uncertain"),
    ("Unclear if this represents an abscess.", DX, "fluid collection", "uncertain"),
    ("Uncertain whether the hypoechoic area is a haematoma.", DX, "fluid collection", "uncertain"),
    ("unsure if there is a cyst", DX, "cyst", "uncertain"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), SUBJECT_OF_AN_OPEN_QUESTION)
def test_an_open_question_about_a_known_finding(parser: ReportParser, text: str, field: str, value: str,
                                                reading: str | None) -> None:
    _check(parser, text, field, value, reading)


# A lesion named as the place of a denied feature is there ("no flow within the haematoma"), but its own adjective
# hedge still doubts it ("no flow within the presumed haematoma"). Before, the release of the host lifted its own
# hedge too. Near misses: an adverb hedge doubts the adjective after it, not the lesion ("a possibly complicated
# cyst"), and a host with no hedge.
HOSTS_WITH_THEIR_OWN_HEDGE = [
    ("Figure 3. No internal flow within the presumed haematoma (arrow).", DX, "fluid collection", "uncertain"),
    ("no septations in the probable cyst", DX, "cyst", "uncertain"),
    ("No vascularity within the suspected abscess cavity.", DX, "fluid collection", "uncertain"),
    ("No vascularity within the suspected abscess cavity.", VASC, "no vascularity", "present"),
    # near misses
    ("No septations within a possibly complicated cyst.", DX, "cyst", "present"),
    ("No internal flow within the haematoma.", DX, "fluid collection", "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), HOSTS_WITH_THEIR_OWN_HEDGE)
def test_a_host_keeps_its_own_hedge(parser: ReportParser, text: str, field: str, value: str,
                                    reading: str | None) -> None:
    _check(parser, text, field, value, reading)


# A hedged or denied list whose items open with an article and that an "or" closes ("the differential includes an
# abscess, a haematoma or a necrotic tumour"): the comma and "a" go on with the list. Before, a comma followed by an
# article always opened a new clause, so the items after it were asserted. Near misses: a comma and an article with
# no "or" to come (a new statement), a verb before the "or".
ARTICLE_ITEMS_OF_AN_OR_LIST = [
    ("The differential includes an abscess, a haematoma or a necrotic tumour.", DX, "mass", "uncertain"),
    ("The differential includes an abscess, a haematoma or a necrotic tumour.", DX, "fluid collection", "uncertain"),
    ("could be a lipoma, a cyst or a swollen node", DX, "cyst", "uncertain"),
    ("No cyst, a solid mass or a collection in the adnexa.", DX, "fluid collection", "absent"),
    ("No cyst, a solid mass or a collection in the adnexa.", DX, "mass", "absent"),
    # near misses
    ("No hydrocele, a 1.3 cm solid mass in the left testis.", DX, "mass", "present"),
    ("Probable fibroid, a simple cyst is seen in the right ovary or adnexa.", DX, "cyst", "present"),
    ("Possible haematoma, a cyst in the other breast.", DX, "cyst", "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), ARTICLE_ITEMS_OF_AN_OR_LIST)
def test_article_items_of_a_list_closed_by_or(parser: ReportParser, text: str, field: str, value: str,
                                              reading: str | None) -> None:
    _check(parser, text, field, value, reading)


# "Vascularity: not assessed", "flow was not evaluated": a feature not examined states no absence. Before, the
# absence phrase "vascularity: not" was read as "no vascularity" present. Near misses: "not seen", "not detected".
NOT_EXAMINED = [
    ("Vascularity: not assessed.", VASC, "no vascularity", None),
    ("Flow was not evaluated owing to patient movement.", VASC, "no vascularity", None),
    ("Colour flow: not obtained (child crying).", VASC, "no vascularity", None),
    ("Internal vascularity: not performed", VASC, "no vascularity", None),
    # near misses
    ("Vascularity: not seen.", VASC, "no vascularity", "present"),
    ("Flow was not detected in the lesion.", VASC, "no vascularity", "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), NOT_EXAMINED)
def test_a_feature_not_examined_is_not_absent(parser: ReportParser, text: str, field: str, value: str,
                                              reading: str | None) -> None:
    _check(parser, text, field, value, reading)


# A hedge adverb between a copula and a word of existence ("a small cyst is probably present", "septations are
# possibly seen") doubts the subject before it. Before, "is probably" looked forward, at nothing, and the subject was
# asserted. Near misses: the adverb before the noun (a forward hedge, as before) and an existence word with no hedge.
HEDGED_EXISTENCE = [
    ("A small cyst is probably present in the upper pole of the left kidney.", DX, "cyst", "uncertain"),
    ("Thin septations are possibly seen in the dependent part.", INT, "septations", "uncertain"),
    ("a little fluid was likely present behind the bladder", DX, "fluid collection", "uncertain"),
    ("Internal calcification is questionably identified.", INT, "calcifications", "uncertain"),
    # near misses
    ("There is probably a small cyst in the upper pole.", DX, "cyst", "uncertain"),
    ("A small cyst is present in the upper pole.", DX, "cyst", "present"),
    ("The cyst is probably haemorrhagic; septations are seen.", INT, "septations", "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), HEDGED_EXISTENCE)
def test_a_hedge_before_a_word_of_existence_doubts_the_subject(parser: ReportParser, text: str, field: str,
                                                               value: str, reading: str | None) -> None:
    _check(parser, text, field, value, reading)


# An opinion in the past, relayed ("the GP thought it was a cyst", "she thought she saw a cyst"): doubt about what
# follows. Before, "thought" was no cue. Near misses: what the scan then showed, and "thought" as a noun.
THOUGHT_IT_WAS = [
    ("the GP thought it was a cyst but the scan showed a solid lump", DX, "cyst", "uncertain"),
    ("The sonographer thought she saw a cyst but it turned out to be bowel.", DX, "cyst", "uncertain"),
    ("My surgeon thought it might be a lipoma.", DX, "mass", "uncertain"),
    # near misses
    ("the GP thought it was a cyst but the scan showed a solid mass", DX, "mass", "present"),
    ("Some thought was given to the 2 cm cyst in the liver.", DX, "cyst", "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), THOUGHT_IT_WAS)
def test_a_past_opinion_doubts_what_follows(parser: ReportParser, text: str, field: str, value: str,
                                            reading: str | None) -> None:
    _check(parser, text, field, value, reading)


# The evidence for a doubt is stated, not doubted: "suspicious for carcinoma given microcalcifications", "probably
# a fibroadenoma on the basis of its oval shape". Before, a hedge reached across "given" / "based on" and doubted
# the evidence. Near misses: the hedged diagnosis itself, and a hedge with no evidence clause.
EVIDENCE_OF_A_DOUBT = [
    ("Nodule suspicious for papillary carcinoma given microcalcifications.", INT, "calcifications", "present"),
    ("Probable fibroadenoma on the basis of its oval shape and circumscribed margins.", SHAPE, "oval", "present"),
    ("Likely abscess in view of the surrounding hyperaemia.", VASC, "increased vascularity", "present"),
    ("Possible malignancy based on the irregular margins.", MARG, "ill-defined/indistinct", "present"),
    ("likely a haematoma because of the septations", INT, "septations", "present"),
    # near misses
    ("Likely abscess in view of the surrounding hyperaemia.", DX, "fluid collection", "uncertain"),
    ("Possible microcalcifications in the nodule.", INT, "calcifications", "uncertain"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), EVIDENCE_OF_A_DOUBT)
def test_the_evidence_of_a_doubt_is_stated(parser: ReportParser, text: str, field: str, value: str,
                                           reading: str | None) -> None:
    _check(parser, text, field, value, reading)


# An opinion verb ("believe", "think", "suspect") whose clause has a finding as its definite subject: the finding is
# there, its predicate is the opinion ("we believe the mass is a lipoma": the mass is present, the lipoma doubted).
# Near misses: an opinion with no definite subject ("they think it is a cyst", "we suspect a fibroadenoma").
OPINION_ABOUT_A_KNOWN_FINDING = [
    ("We believe the mass is a lipoma.", DX, "mass", "present"),
    ("They think the cyst is nothing to worry about.", DX, "cyst", "present"),
    ("the doctor suspects the nodule is benign", DX, "nodule", "present"),
    # near misses
    ("they think it is a cyst", DX, "cyst", "uncertain"),
    ("We suspect a fibroadenoma.", DX, "mass", "uncertain"),
    ("I think this lump is a lipoma.", DX, "mass", "uncertain"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), OPINION_ABOUT_A_KNOWN_FINDING)
def test_an_opinion_about_a_known_finding(parser: ReportParser, text: str, field: str, value: str,
                                          reading: str | None) -> None:
    _check(parser, text, field, value, reading)


# A comma, then an item and a copula with a word of existence, opens a new clause ("there is no shadowing, posterior
# enhancement is noted"): the item is asserted. Before, a verb of existence after the comma kept the negation going,
# as for a list ("no stones, calculi or masses are seen", where the "or" still does). Near misses: the "or" list.
COMMA_THEN_AN_ITEM_THAT_EXISTS = [
    ("There is no shadowing, posterior enhancement is noted.", PA, "enhancement", "present"),
    ("no free fluid, a thin septation is present in the cyst", INT, "septations", "present"),
    ("No calcification, increased flow is seen.", VASC, "increased vascularity", "present"),
    # near misses
    ("No cysts, septations or calcifications are seen.", INT, "septations", "absent"),
    ("No shadowing, enhancement or flow is demonstrated.", PA, "enhancement", "absent"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), COMMA_THEN_AN_ITEM_THAT_EXISTS)
def test_a_comma_then_an_item_that_exists(parser: ReportParser, text: str, field: str, value: str,
                                          reading: str | None) -> None:
    _check(parser, text, field, value, reading)


# A poster's question clause after a comma inside a sentence ("he is scared about the kidney thing, is a cyst the
# same as a tumour??"): what it asks about is no finding (hypothetical); a finding reported before the comma stands.
# Before, only a sentence that opened as a question was one. Near misses: a finding before a question clause that
# names none, and a question with no question clause.
QUESTION_CLAUSE_AFTER_A_COMMA = [
    ("She is worried about the breast thing, is a cyst the same as a tumor??", DX, "mass", None),
    ("my GP rang today, could it be an abscess?", DX, "fluid collection", None),
    ("the report says fibroadenoma - should I worry?", DX, "mass", "present"),  # (the "?" looked back at it)
    # near misses
    ("They found a 2 cm cyst, is that bad?", DX, "cyst", "present"),
    ("Left ovary: 3 cm cyst, ?haemorrhagic.", DX, "cyst", "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), QUESTION_CLAUSE_AFTER_A_COMMA)
def test_a_question_clause_after_a_comma(parser: ReportParser, text: str, field: str, value: str,
                                         reading: str | None) -> None:
    _check(parser, text, field, value, reading)


# A doubt settled by a test: what the test confirmed or proved is asserted ("metastases were favoured, and biopsy
# confirmed metastatic adenocarcinoma"). Before, the hedge reached across the comma and "and" into the result.
# Near misses: the hedged alternative itself stays doubted, "not confirmed" is no settlement of the hedge before it.
SETTLED_BY_A_TEST = [
    ("Metastases were favoured, and biopsy confirmed metastatic adenocarcinoma.", DX, "mass", "present"),
    ("Probable abscess, with aspiration confirming a pus-filled collection.", DX, "fluid collection", "present"),
    ("possible fibroadenoma, proven at core biopsy to be a phyllodes tumour", DX, "mass", "present"),
    # near misses
    ("Possible abscess; biopsy confirmed a necrotic lymph node.", DX, "fluid collection", "uncertain"),
    ("Possible cyst, not confirmed on the second view.", DX, "cyst", "uncertain"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), SETTLED_BY_A_TEST)
def test_a_doubt_settled_by_a_test(parser: ReportParser, text: str, field: str, value: str,
                                   reading: str | None) -> None:
    _check(parser, text, field, value, reading)


# A finding treated before this scan ("re-scanned six weeks after drainage of a liver abscess", "following excision
# of a lipoma") is history: not labelled. A disease a programme watches for ("HCC surveillance", "aorta screening")
# is no finding either. Near misses: what the scan shows now.
TREATED_OR_WATCHED_FOR = [
    ("Re-scanned six weeks after drainage of a 6 cm liver abscess. No residual collection.", DX,
     "fluid collection", "absent"),
    ("Follow-up following excision of a forearm lipoma: scar only.", DX, "mass", None),
    ("US LIVER (HCC SURVEILLANCE): cirrhotic liver, no focal lesion.", DX, "mass", None),
    # near misses
    ("After drainage of the abscess, a 2 cm residual collection remains.", DX, "fluid collection", "present"),
    ("HCC surveillance: 14 mm hypoechoic mass in segment 6.", DX, "mass", "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), TREATED_OR_WATCHED_FOR)
def test_a_finding_treated_before_or_watched_for(parser: ReportParser, text: str, field: str, value: str,
                                                 reading: str | None) -> None:
    _check(parser, text, field, value, reading)


# One finding weighed against another ("a vascular calcification was thought more likely than a stone"): the
# favoured one is doubted too. Near miss: an asserted finding with "more likely" about something else.
WEIGHED_MORE_LIKELY = [
    ("Fig. 2. A vascular calcification was thought more likely than a stone.", INT, "calcifications", "uncertain"),
    ("A haematoma is more likely than an abscess.", DX, "fluid collection", "uncertain"),
    ("a fibroid seemed more likely to the radiologist", DX, "mass", "uncertain"),
    # near miss
    ("The calcification is larger; rupture is more likely in such plaques.", INT, "calcifications", "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), WEIGHED_MORE_LIKELY)
def test_a_finding_weighed_more_likely(parser: ReportParser, text: str, field: str, value: str,
                                       reading: str | None) -> None:
    _check(parser, text, field, value, reading)


# Two alternatives the ontology files under one concept but named in different words ("fibroadenoma or phyllodes
# tumour") are still alternatives: both doubted. Before, alternatives of one concept were skipped as a restatement.
# Near misses: the same word twice is no choice, and a negated pair stays denied.
ALTERNATIVES_OF_ONE_CONCEPT = [
    ("Fibroadenoma or phyllodes tumour was considered and core biopsy was performed.", DX, "mass", "uncertain"),
    ("appearances of a fibroadenoma or a phyllodes tumour", DX, "mass", "uncertain"),
    # near misses
    ("No fibroadenoma or phyllodes tumour in either breast.", DX, "mass", "absent"),
    ("Fibroadenoma, 12 mm; second fibroadenoma, 8 mm.", DX, "mass", "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), ALTERNATIVES_OF_ONE_CONCEPT)
def test_alternatives_of_one_concept(parser: ReportParser, text: str, field: str, value: str,
                                     reading: str | None) -> None:
    _check(parser, text, field, value, reading)


# A legend's clinical context ends at its colon: "in a patient with cirrhosis: a small anechoic fluid collection in
# Morison's pouch" shows the collection (present), only the cirrhosis is history. Before, the history cue reached
# across the colon. Near miss: the disease of the context itself.
HISTORY_ENDS_AT_A_COLON = [
    ("Fig. 5. Hepatorenal space in a patient with cirrhosis: a small anechoic fluid collection.", DX,
     "fluid collection", "present"),
    ("Figure 2. In a woman with breast cancer: an oval hypoechoic axillary node.", ECHO, "hypoechoic", "present"),
    # near miss
    ("Figure 2. Axilla in a woman with breast cancer and a cyst: normal nodes.", DX, "cyst", None),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), HISTORY_ENDS_AT_A_COLON)
def test_a_legend_history_ends_at_a_colon(parser: ReportParser, text: str, field: str, value: str,
                                          reading: str | None) -> None:
    _check(parser, text, field, value, reading)


# A hedge right before an absence phrase doubts the absence ("probably no internal flow" -> uncertain no
# vascularity). Before, an absence phrase took no cue at all. Near misses: the absence phrase alone, a hedge further
# back on another finding.
HEDGED_ABSENCE_PHRASE = [
    ("2.5 cm lipoma-like lesion with probably no internal flow.", VASC, "no vascularity", "uncertain"),
    ("possibly no vascularity on this limited Doppler study", VASC, "no vascularity", "uncertain"),
    ("Likely no internal vascularity.", VASC, "no vascularity", "uncertain"),
    # near misses
    ("Lesion with no internal flow.", VASC, "no vascularity", "present"),
    ("Probable lipoma in the forearm with no internal flow.", VASC, "no vascularity", "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), HEDGED_ABSENCE_PHRASE)
def test_a_hedged_absence_phrase(parser: ReportParser, text: str, field: str, value: str,
                                 reading: str | None) -> None:
    _check(parser, text, field, value, reading)


# "Normal" under a negation gives no absent "normal appearance" (an absence of normality is no value; guideline:
# absent holds descriptor and diagnosis values): unpunctuated dictation where a negation runs on into "left ovary
# normal", or "not normal". Near miss: a normal organ on its own.
NEGATED_NORMAL = [
    ("right ovary contains a 3.8 cm cyst with no internal flow left ovary normal with follicles", DX,
     "normal appearance", None),
    ("The liver is not normal in echotexture.", DX, "normal appearance", None),
    # near miss
    ("Left ovary normal. Right ovary: 2 cm simple cyst.", DX, "normal appearance", "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), NEGATED_NORMAL)
def test_a_negated_normal_states_nothing(parser: ReportParser, text: str, field: str, value: str,
                                         reading: str | None) -> None:
    _check(parser, text, field, value, reading)


# A general statement about a kind of finding said with an intensifier ("haemangiomas are super common", "lipomas
# are really common"): no finding of this patient. Near miss: this patient's finding in the same post.
GENERAL_STATEMENTS_INTENSIFIED = [
    ("Doc said haemangiomas are super common and not to worry.", DX, "mass", None),
    ("apparently breast cysts are really common at my age", DX, "cyst", None),
    # near miss
    ("They found a cyst; my doctor said cysts are pretty common.", DX, "cyst", "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), GENERAL_STATEMENTS_INTENSIFIED)
def test_an_intensified_general_statement(parser: ReportParser, text: str, field: str, value: str,
                                          reading: str | None) -> None:
    _check(parser, text, field, value, reading)


# "prior"/"previous" alone open a noun phrase about the past ("at the site of the prior cyst aspiration shows no
# residual cyst", "previous abscess drainage"): history, a few words only and never past a comma. Before, they were
# no cue. Near misses: a current word after the finding, a comparison set off by a comma, "prior to".
PRIOR_NOUN_PHRASE = [
    ("Targeted scan at the site of the prior cyst aspiration shows no residual cyst.", DX, "cyst", "absent"),
    ("Scar from previous abscess drainage, no collection.", DX, "fluid collection", "absent"),
    # near misses
    ("Previous 2 cm cyst now measures 3 cm.", DX, "cyst", "present"),
    ("Compared with the prior study, a new 2 cm cyst is seen.", DX, "cyst", "present"),
    ("Prior to aspiration the cyst measured 3 cm.", DX, "cyst", "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), PRIOR_NOUN_PHRASE)
def test_a_prior_noun_phrase_is_history(parser: ReportParser, text: str, field: str, value: str,
                                        reading: str | None) -> None:
    _check(parser, text, field, value, reading)


# Certainty words assert what they stand before: "possibly a small cyst and definitely a solid mass". Before, the
# hedge ran on over them. Near misses: "no definite" and "not definitely a" are cues of their own.
CERTAINTY_ENDS_A_HEDGE = [
    ("Possibly a small cyst and definitely a solid mass.", DX, "mass", "present"),
    ("possible septation, with clearly increased flow in the wall", VASC, "increased vascularity", "present"),
    ("Possibly a small cyst and definitely a solid mass.", DX, "cyst", "uncertain"),
    # near misses
    ("No definite mass.", DX, "mass", "absent"),
    ("Not definitely a cyst.", DX, "cyst", "uncertain"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), CERTAINTY_ENDS_A_HEDGE)
def test_certainty_ends_a_hedge(parser: ReportParser, text: str, field: str, value: str,
                                reading: str | None) -> None:
    _check(parser, text, field, value, reading)


# A nature hedge before a named diagnosis ("likely benign haemangioma", "probably benign lipoma") doubts the
# diagnosis, which is itself an interpretation; before a noun of what was seen ("a probably benign 8 mm oval mass")
# it doubts the nature only. Before, only a few interpretive nouns (tumour, neoplasm) stayed doubted.
NATURE_HEDGE_ON_A_NAMED_DIAGNOSIS = [
    ("The report says 'likely benign hemangioma' - should I be worried?", DX, "mass", "uncertain"),
    ("Right arm: probably benign lipoma, 3 cm.", DX, "mass", "uncertain"),
    # near misses
    ("A probably benign 8 mm oval mass.", DX, "mass", "present"),
    ("Possibly malignant solid nodule.", DX, "nodule", "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), NATURE_HEDGE_ON_A_NAMED_DIAGNOSIS)
def test_a_nature_hedge_on_a_named_diagnosis(parser: ReportParser, text: str, field: str, value: str,
                                             reading: str | None) -> None:
    _check(parser, text, field, value, reading)


# A free dash after a hedged diagnosis opens its description, as a colon does: "?Haematoma - heterogeneous
# collection with no internal flow" (the collection was seen). Before, the hedge ran on over the dash. Near misses:
# a dash that goes on with an alternative, and a hyphen inside a word.
DASH_AFTER_A_HEDGED_DIAGNOSIS = [
    ("?Haematoma - heterogeneous collection with no internal flow.", DX, "fluid collection", "present"),
    ("Probable lipoma - 3 cm hyperechoic mass in the thigh.", DX, "mass", "present"),
    # near misses
    ("Possible cyst - or abscess.", DX, "fluid collection", "uncertain"),
    ("Possible cyst-like abscess.", DX, "fluid collection", "uncertain"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), DASH_AFTER_A_HEDGED_DIAGNOSIS)
def test_a_dash_after_a_hedged_diagnosis(parser: ReportParser, text: str, field: str, value: str,
                                         reading: str | None) -> None:
    _check(parser, text, field, value, reading)


# A denial of something that lies in or around a lesion named with a definite article ("no evidence of malignancy
# in this cyst", "no fluid around the cyst"): the lesion is where it was looked for, and is there, as it already was
# for a denied feature ("no septations within the cyst"). Near misses: the lesion as the direct object, and a lesion
# offered as one of a list.
DENIED_IN_A_NAMED_LESION = [
    ("There is no evidence of malignancy in this cyst.", DX, "cyst", "present"),
    ("There is no fluid around the cyst.", DX, "cyst", "present"),
    ("There is no fluid around the cyst.", DX, "fluid collection", "absent"),
    ("no sign of bleeding within the fibroid", DX, "mass", "present"),
    # near misses
    ("No evidence of a cyst in the left ovary.", DX, "cyst", "absent"),
    ("No mass, cyst or collection.", DX, "cyst", "absent"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), DENIED_IN_A_NAMED_LESION)
def test_a_denial_inside_a_named_lesion(parser: ReportParser, text: str, field: str, value: str,
                                        reading: str | None) -> None:
    _check(parser, text, field, value, reading)


# Worksheet values after a dash ("shadowing - absent; enhancement - present") and a positive statement after a
# negative one ("negative for cyst, positive for a solid mass"): each value qualifies its own key. Before, the
# two-way "absent" after a dash looked forward past the ";" (a terminator right after a cue was read as its
# object), and "negative for" ran on into the positive clause.
TEMPLATE_DASH_VALUES = [
    ("Calcifications - none; shadowing - absent; enhancement - present.", PA, "enhancement", "present"),
    ("Calcifications - none; shadowing - absent; enhancement - present.", PA, "shadowing", "absent"),
    ("Septations - absent, solid part - present", INT, "solid components", "present"),
    ("Negative for cyst, positive for a solid mass.", DX, "mass", "present"),
    ("Negative for cyst, positive for a solid mass.", DX, "cyst", "absent"),
    # near misses
    ("absent flow and no septation", INT, "septations", "absent"),
    ("No shadowing or enhancement.", PA, "enhancement", "absent"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), TEMPLATE_DASH_VALUES)
def test_template_dash_values_and_positive_statements(parser: ReportParser, text: str, field: str, value: str,
                                                      reading: str | None) -> None:
    _check(parser, text, field, value, reading)


# Relayed confidence short of certainty ("they're pretty sure it's a fibroid", "99% sure it's just a cyst", "fairly
# confident it is a haemangioma") and British "reckon" are hedges; a focus word ("just a", "only a") is what a hedge
# doubts, not the end of its scope (it still ends a negation: "no cyst, just a solid nodule"); "nothing but" and
# "no more than" mean "only". Near misses: plain "sure"/"certain", and the negation case.
LAY_CONFIDENCE = [
    ("they reckon it's a cyst on my ovary", DX, "cyst", "uncertain"),
    ("the sonographer was pretty sure it's a fibroid", DX, "mass", "uncertain"),
    ("Radiologist is 99% sure its just a cyst", DX, "cyst", "uncertain"),
    ("they are fairly confident it is a haemangioma", DX, "mass", "uncertain"),
    ("they told me it's most likely nothing but a fatty lump (lipoma)", DX, "mass", "uncertain"),
    ("probably only a small cyst", DX, "cyst", "uncertain"),
    # near misses
    ("The radiologist is sure it is a simple cyst.", DX, "cyst", "present"),
    ("No cyst, just a solid nodule.", DX, "nodule", "present"),
    ("No more than three cysts in each kidney.", DX, "cyst", "present"),
    ("they reckon the cyst is harmless", DX, "cyst", "present"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), LAY_CONFIDENCE)
def test_lay_confidence_short_of_certainty(parser: ReportParser, text: str, field: str, value: str,
                                           reading: str | None) -> None:
    _check(parser, text, field, value, reading)


# A differential named before what it is for ("the main differential of a hyperechoic liver lesion is
# haemangioma"), a comma opening a clause in which a test reports ("..., Doppler showed internal flow, indicating a
# solid mass": the hedge before the comma ends), and a finding said not to look typical ("this is not typical of a
# haemangioma": doubted, not denied). Near misses: the differential after its item, "typical of" (an assertion).
DIFFERENTIAL_AND_REPORTING_CLAUSES = [
    ("The main differential of a hyperechoic liver lesion is haemangioma.", DX, "mass", "uncertain"),
    ("The main differential of a hyperechoic liver lesion is haemangioma.", ECHO, "hyperechoic", "present"),
    ("Although the appearance suggested a cyst, Doppler showed internal flow, indicating a solid mass.", DX, "mass",
     "present"),
    ("Possible abscess, the aspirate revealed a haematoma.", DX, "fluid collection", "present"),
    ("This is not typical of a haemangioma.", DX, "mass", "uncertain"),
    ("atypical for a simple cyst given the thick wall", DX, "cyst", "uncertain"),
    # near misses
    ("A haemangioma is the main differential.", DX, "mass", "uncertain"),
    ("Appearances typical of a haemangioma.", DX, "mass", "present"),
    ("Possible cyst, haematoma or abscess.", DX, "cyst", "uncertain"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), DIFFERENTIAL_AND_REPORTING_CLAUSES)
def test_differentials_and_reporting_clauses(parser: ReportParser, text: str, field: str, value: str,
                                             reading: str | None) -> None:
    _check(parser, text, field, value, reading)


# A free dash is a break: a negation ends at it ("anechoic, without blood flow - simple cyst": the dash opens the
# conclusion), and a backward cue does not look back across it ("blood flow is reduced - inflammation or tumour?").
# A word talked about is no finding ("the word carcinoma in there has freaked me out"). Near misses: a worksheet's
# "key - value" dash, a hyphen inside a word, a dash going on with "or".
DASH_AS_A_BREAK = [
    ("Round anechoic formation, without blood flow - simple cyst.", DX, "cyst", "present"),
    ("9 mm lobulated lesion, no internal vascularity - ganglion", DX, "cyst", "present"),
    ("blood flow is reduced - inflammation or tumour?", VASC, "reduced/diminished vascularity", "present"),
    ("The word carcinoma in the report has freaked me out.", DX, "mass", None),
    # near misses
    ("Shadowing - nil. Enhancement - yes.", PA, "shadowing", "absent"),
    ("No septation - or solid component.", INT, "solid components", "absent"),
    ("No non-shadowing calcification.", INT, "calcifications", "absent"),
]


@pytest.mark.parametrize(("text", "field", "value", "reading"), DASH_AS_A_BREAK)
def test_a_free_dash_is_a_break(parser: ReportParser, text: str, field: str, value: str,
                                reading: str | None) -> None:
    _check(parser, text, field, value, reading)
