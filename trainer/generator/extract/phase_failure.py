"""The treatment that follows a failed one, told by the failure rather than by a phase's name.

"When the first treatment stops working, X may be used", "If you do not respond to A, ...",
"for cancer that has progressed after chemotherapy", "at disease progression",
"imatinib-resistant tumours": the disease no longer answers the treatment it had, so the drugs
given now are salvage therapy (the setting :mod:`.phase_settings` reads from a relapse, "cancer
that has come back"). The wording that tells the failure is what :func:`failure_wording`
returns; a phase named as what failed ("when first-line treatment stops working") is history,
not the phase spoken of (:func:`failed_phase`), and so is a drug named so ("If imatinib stops
working, ...": :func:`named_as_failed`).

Growth or spread alone ("cancer that has progressed to stage IV", "progression-free
survival", "drug-resistant tuberculosis" on a page about an infection) is no failure of a
treatment: progression counts only when the treatment it happened on or after is told, and
resistance only for a cancer.
"""

from __future__ import annotations

import re

from trainer.generator.lexicon import Mention

_DISEASE = r"(?:disease|cancers?|tumou?rs?|leuka?emia|lymphoma|myeloma|melanoma|carcinoma|sarcoma)"
_TREATMENT = (
    r"(?:treatments?|therap(?:y|ies)|chemotherapy|drugs?|medicines?|medications?|regimens?)"
)
# "the first treatment for liver cancer stops working": the disease the treatment is for
_FOR_DISEASE = rf"(?:(?:for|of)\s+(?:[\w-]+\s+){{0,3}}?{_DISEASE}\s+)?"
_FAIL_VERB = (
    r"(?:stops?\s+working|(?:has\s+|have\s+)?stopped\s+working|(?:is\s+|are\s+)?no\s+longer\s+"
    r"(?:works?|working|helps?|helping|effective|responds?|responding|controls?\s+\w+)|"
    r"(?:has\s+|have\s+)?fail(?:s|ed)?(?!\s+to\s+(?:attend|keep|take|show))|"
    r"(?:does|do|did)\s*(?:not|n[’']t)\s+(?:work|help)|(?:has|have)\s+not\s+worked|"
    r"(?:gets?|got|has\s+gotten|becomes?|became)\s+worse|progress(?:es|ed))"
)
_FAILED = re.compile(
    # "When the first treatment stops working, ...", "once chemotherapy no longer helps, ..."
    # (what fails is a treatment or the disease: "when the pain gets worse" is no failure)
    rf"\b(?:when|once|if|after)\s+(?:(?:the|your|their|this|these|a|an|other|all)\s+)?"
    rf"(?:(?:[\w-]+\s+){{0,2}}?(?:{_TREATMENT}|{_DISEASE})|it|they)\s+{_FOR_DISEASE}"
    rf"(?P<w>{_FAIL_VERB})\b"
    # (what it no longer answers, "to hormone therapy", before the main clause)
    rf"(?=(?:\s+(?:to|on|during|after|despite|with|while)\s+(?:[\w-]+\s*){{1,4}}?)?"
    rf"\s*(?:,|or\b|and\b|$))|"
    # "cancer that has progressed after chemotherapy", "whose tumours progressed on imatinib"
    rf"\b(?:that|which|who|whose\s+(?:[\w-]+\s+)?{_DISEASE})\s+(?:has\s+|have\s+|had\s+)?"
    rf"(?P<p>progress(?:ed|es)|got\s+worse|gotten\s+worse|gets\s+worse|grew|kept\s+growing|"
    rf"continued\s+to\s+progress)(?=\s+(?:on|after|during|despite|following|while\s+(?:on|"
    # ("whose disease progresses, include:": the clause ends with the failure itself)
    rf"receiving|taking)|with)\b|\s*(?:[,;:]|$)|\s+(?:include|includes|are|is|may|can|should)\b)|"
    # "at disease progression", "after progression on imatinib", "with progression after X"
    # (not "the risk for progression", which is an outcome)
    rf"\b(?:at|after|upon|on|following|with)\s+(?:(?:the\s+)?(?:time\s+of\s+)?)?"
    rf"(?P<n>(?:disease\s+|cancer\s+|tumou?r\s+)?(?:progression|recurrence))\b"
    r"(?![-\s]+free|\s+(?:rates?|risk)\b)|"
    # "lymphoma that has not responded to at least two other treatments", "cancer that is no
    # longer responding to chemotherapy"
    rf"\b(?:that|which|whose\s+(?:[\w-]+\s+)?{_DISEASE})\s+(?P<r>(?:has|have|did|does|do)\s+not\s+"
    rf"respond(?:ed)?\s+to|(?:(?:is|are|has\s+been|have\s+been)\s+)?no\s+longer\s+"
    rf"respond(?:s|ing)?\s+to)\s+(?:[\w-]+\s+){{0,4}}?(?:{_TREATMENT}|lines?\s+of\s+\w+)\b|"
    # "cancer that has spread after treatment with X", "tumours that grew during chemotherapy":
    # spread or growth on a treatment that was told
    rf"\b(?:that|which)\s+(?:has\s+|have\s+)?(?P<s>spread|grown|grew)\s+(?=(?:after|despite|"
    rf"during|following|on)\s+(?:(?:treatment|therapy)\s+with\b|(?:the\s+)?(?:[\w-]+\s+)?"
    rf"{_TREATMENT}\b))",
    re.IGNORECASE,
)
# "imatinib-resistant tumours", "disease resistant to platinum", "cancer refractory to X"
_RESISTANT = re.compile(
    # ("castration-resistant prostate cancer", "hormone-refractory" name a form of the disease,
    # whose treatment a whole page may tell, not a failed drug)
    r"\b(?!(?:castration|castrate|hormone|androgen|endocrine|steroid|multi|multidrug|drug)-)"
    rf"[\w-]+-(?P<r>resistant|refractory)\s+(?:[\w-]+\s+)?{_DISEASE}\b|"
    rf"\b{_DISEASE}\s+(?:(?:that\s+)?(?:is|are|was|were|has\s+become|have\s+become)\s+)?"
    r"(?P<r2>(?:resistant|refractory|"
    rf"unresponsive)\s+to)\b",
    re.IGNORECASE,
)
# "in patients with progressive disease": a cancer that grows on its treatment
_PROGRESSIVE = re.compile(
    rf"\b(?:with|for|in|of)\s+(?P<g>progressive|progressing)\s+(?:[\w-]+\s+)?{_DISEASE}\b",
    re.IGNORECASE,
)
# "If you don't respond to corticosteroids, ...": the patients no longer answer the treatment
# they had (the person, not the disease, as the subject)
_NO_RESPONSE = re.compile(
    r"\b(?:if|when|once)\s+(?:you|patients?|people|they|children|adults|(?:the|a)\s+(?:patient|"
    r"person|child)|your\s+child)\s+(?P<w>(?:does|do|did)\s*(?:not|n[’']t)\s+respond(?:\s+well)?"
    r"\s+to)\b",
    re.IGNORECASE,
)
# "If acetaminophen does not relieve pain, ...": the remedy tried first fails at what it is for
_NOT_RELIEVED = re.compile(
    r"\b(?:if|when|once)\s+(?P<s>(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?P<w>(?:does|do|did)\s*"
    r"(?:not|n[’']t)\s+"
    r"(?:relieve|control)\s+(?:the\s+|your\s+|their\s+)?(?:pain|symptoms|itching|"
    r"inflammation))\b",
    re.IGNORECASE,
)
_WORDS = ("work", "fail", "worse", "progress", "longer", "resistan", "refractor", "grew", "grow",
          "recurrence", "respond", "reliev", "control", "spread")


def failure_wording(text: str, cancer: bool) -> list[tuple[int, int]]:
    """Spans of wording that tells a failed treatment, the setting of what comes after it
    (resistance only when the page or sentence is about a ``cancer``)."""
    low = text.lower()
    if not any(w in low for w in _WORDS):
        return []  # the common case, cheaply
    out: list[tuple[int, int]] = []
    for m in _FAILED.finditer(text):
        g = next(k for k in ("w", "p", "n", "r", "s") if m.group(k))
        out.append(m.span(g))
    out += [m.span("w") for p in (_NO_RESPONSE, _NOT_RELIEVED) for m in p.finditer(text)]
    if cancer:
        out += [m.span("g") for m in _PROGRESSIVE.finditer(text)]
        for m in _RESISTANT.finditer(text):
            out.append(m.span("r") if m.group("r") else m.span("r2"))
    return out


# "when first-line treatment stops working": the phase named is what failed
_FAILS_AFTER = re.compile(
    rf"\s*(?:\([^()]{{0,30}}\)\s*)?(?:with\s+[\w-]+\s+)?{_FOR_DISEASE}{_FAIL_VERB}\b",
    re.IGNORECASE,
)


def failed_phase(text: str, m: Mention) -> bool:
    """Whether phase ``m`` is named as the treatment that failed ("when first-line therapy
    stops working, ..."): history, not the phase the sentence speaks of."""
    return _FAILS_AFTER.match(text, m.end) is not None


# "If imatinib stops working, ...", "If A and B do not help, ...": the drugs named as what failed
_FAILED_SUBJECT = re.compile(
    rf"\b(?:if|when|once)\s+(?P<s>[^,;.:()]{{1,60}}?)\s+{_FOR_DISEASE}{_FAIL_VERB}\b",
    re.IGNORECASE,
)
# "If you don't respond to A, ...", "patients who have failed treatment with A": what failed
_FAILED_OBJECT = re.compile(
    r"\b(?:(?:not|n[’']t|no\s+longer)\s+respond(?:ed|s|ing)?(?:\s+well)?\s+to|"
    r"(?:has|have|had)\s+failed\s+"
    r"(?:treatment\s+with|therapy\s+with)?)\s+(?P<s>[^,;.:()]{1,60})",
    re.IGNORECASE,
)


# "cancer that has spread after treatment with A": A, up to the verb of the main clause
_GREW_ON = re.compile(
    r"\b(?:spread|grown|grew)\s+(?:after|despite|during|following|on)\s+(?:(?:treatment|"
    r"therapy)\s+with\s+)?(?P<s>[^,;.:()]{1,60}?)(?=\s+(?:is|are|was|were|may|can|should|will|"
    r"has|have)\b|[,;.:()]|$)",
    re.IGNORECASE,
)


def named_as_failed(text: str, m: Mention) -> bool:
    """Whether drug ``m`` is named as the treatment that failed ("If imatinib stops working,
    dasatinib is used": imatinib is the history the salvage drug follows, not one of its drugs)."""
    low = text.lower()
    if not any(w in low for w in ("if ", "when ", "once ", "respond", "failed", "spread", "gr")):
        return False  # the common case, cheaply
    return any(
        f.start("s") <= m.start and m.end <= f.end("s")
        for p in (_FAILED_SUBJECT, _FAILED_OBJECT, _NOT_RELIEVED, _GREW_ON)
        for f in p.finditer(text)
    )
