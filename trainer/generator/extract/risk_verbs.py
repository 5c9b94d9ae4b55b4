"""The words that state a risk: the cues before a list of factors ("Risk factors for X
include"), the verbs after a factor ("A increases the risk", "A is a known risk factor", "A can
lead to X") and the words that turn a risk into a protection ("lowers the risk").

Kept apart from :mod:`.risk_factors`, which reads the factors, because the condition a
statement is about (:mod:`.risk_disease`) is found from the same cues.
"""

from __future__ import annotations

import re

RISK_NEG = re.compile(r"\b(?:reduce|lower|decrease|protect|protective|not (?:a )?risk)\w*", re.I)
RISK_INCLUDE = re.compile(
    r"(?:\brisk factors|\brisk factor(?=\s+(?:(?:for|of)\s+[^:.;]{1,60}?\s+)?is\b)|"
    r"\b(?:other\s+|common\s+|main\s+|known\s+)?causes(?=\s+of\s)|"
    r"\b(?:conditions|factors|things|habits|diseases)\s+that\s+"
    r"(?:can\s+|may\s+)?(?:increase|raise)s?\s+(?:your|the|a person's)\s+risk|"
    # "Factors that may contribute to miscarriage include A": what contributes, named as such
    r"\b(?:conditions|factors|things|habits)\s+that\s+(?:can\s+|may\s+|might\s+)?"
    r"contribute\s+to\s+[^:.;]{1,60}?(?=\s+(?:include|includes|are)\b)|"
    # "diseases that can cause symptoms of X are A, B", "other conditions that can cause X or
    # X-like symptoms including A, B": the causes named as such
    r"\b(?:conditions|diseases|disorders|illnesses)\s+that\s+(?:can\s+|may\s+)?cause"
    r"(?:\s+(?:symptoms|signs)|\s+[^:.;]{1,60}?(?=\s+including\b))?)"
    r"\s+(?:(?:for|of)\s+[^:.;]{1,60}?\s+)?(?:(?:may|can|might|often)\s+)?"
    # ("The leading risk factor for X is A": one factor, named after "is")
    r"(?:include|includes|including|are|is|:)\s*:?\s*(?:the following\s*:?\s*)?",
    re.IGNORECASE,
)
RISK_VERB = re.compile(
    # the verb starts a word: "or bothincreases the risk" lost its dash, and the word it ran
    # into ("both") would be read as the factor
    r"\s*\b(?:(?:can|may|might|could|also|likely|often|greatly|is known to|are known to|"
    r"have been shown to|has been shown to|appear to|seem to)\s+)*"
    r"(?:increase|raise|elevate|heighten)s?\s+(?:the|your|a person's|one's|a child's|their)?"
    r"\s*(?:\w+\s+)?(?:risk|chance|likelihood|probability|odds)\b"
    # "A and B can affect the risk of X": a cancer summary's key point naming its risk factors
    r"|\s*\b(?:can|may)\s+affect\s+(?:the|your|a person's|a child's)\s+risk\b"
    r"|\s+(?:is|are)\s+(?:an?\s+)?(?:well[- ])?(?:known|established|major|important|"
    r"recogni[sz]ed|possible|significant)?\s*risk factors?\b"
    # "Smoking is the main risk factor for X", "Radon is one of the most important risk factors"
    r"|\s+(?:is|are)\s+(?:(?:one|some)\s+of\s+)?the\s+(?:(?:single|most|greatest|biggest|"
    r"strongest|main|major|leading|primary|important|known|chief|largest)\s+){1,3}"
    r"risk factors?\b"
    r"|\s+(?:(?:is|are|was|were|been|be)\s+)?(?:strongly\s+)?(?:linked|associated|connected)\s+"
    r"(?:to|with)\s+(?:an?\s+)?(?:higher|increased|greater|elevated)\s+(?:\w+\s+)?risk\b"
    r"|\s+(?:can|may|might|could)?\s*lead\s+to\s+(?:secondary\s+)?(?P<dis>[A-Za-z][\w\s-]{0,40})"
    r"|\s+(?:can|may|might|could)?\s*makes?\s+(?:people|someone|a person|children|you)\s+more\s+"
    r"likely\s+to\s+(?:get|develop|have)\s+(?P<dis2>[A-Za-z][\w\s-]{0,40})"
    # "Cigarette smoking is the leading cause of COPD"
    r"|\s+(?:is|are)\s+the\s+(?:leading|main|major|most common|biggest|primary)\s+causes?\s+of\s+"
    r"(?P<dis3>[A-Za-z][\w\s-]{0,40})",
    re.IGNORECASE,
)

