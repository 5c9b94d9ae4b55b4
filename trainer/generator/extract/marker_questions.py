"""Questions a test answers, read as its findings: "see whether the person has TB disease" ->
"detection of TB disease", "if cirrhosis is present" -> "presence of cirrhosis", "whether the
heart is enlarged" in its own words, "how well the kidneys are working" and "how much iron is
stored" -> "amount of iron stored", "whether sarcoidosis is affecting the lungs" -> "sarcoidosis
affecting the lungs".
"""

from __future__ import annotations

import re

from trainer.generator.extract.patterns import clean_phrase, drop_parens

# Who a "whether ... has X" question asks about: a person, a patient, a newborn, a fetus
_WHO = (
    r"(?:(?:the|a|an|your)\s+(?:person|patient|child|newborn|baby|infant|fetus|woman|man)|"
    r"someone|somebody|you|he or she|they)"
)
# "to see whether the person has TB disease", "shows if someone has diabetes": finding out
# whether a person has a condition is detecting it.
_WHETHER_HAS = re.compile(
    r"^(?:(?:see|find out|tell|learn|know|check|determine|show|shows)\s+)?(?:if|whether)\s+"
    rf"{_WHO}\s+(?:(?P<past>has\s+had|have\s+had)|has|have|had|is infected with)\s+(?P<x>.+)$"
    # "if a person has been infected with TB bacteria" -> infection with TB bacteria
    r"|^(?:(?:see|find out|tell|learn|know|check|determine|show|shows)\s+)?(?:if|whether)\s+"
    rf"{_WHO}\s+(?:has|have)\s+been\s+(?P<y>infected|exposed)\s+(?:with|to)\s+(?P<z>.+)$"
    # "determine if cirrhosis is present"
    r"|^(?:(?:see|find out|tell|learn|know|check|determine|show|shows)\s+)?(?:if|whether)\s+"
    r"(?P<w>[\w\s-]{2,40}?)\s+(?:is|are)\s+present$",
    re.IGNORECASE,
)
# "whether the heart is enlarged", "whether the cilia are faulty": a body part's state
_WHETHER_STATE = re.compile(
    r"^(?:whether|if)\s+(?:the|a)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+\s+(?:is|are)\s+"
    r"(?:(?:too|abnormally|very)\s+)?(?:enlarged|faulty|damaged|blocked|narrowed|inflamed|"
    r"infected|thickened|swollen|leaking|leaky|scarred|working normally|normal|abnormal)$",
    re.IGNORECASE,
)
# "whether sarcoidosis is affecting the lungs": how far a disease reaches, the card's finding
_WHETHER_AFFECTING = re.compile(
    r"^(?:whether|if)\s+(?P<x>[\w'’.-]+(?:\s+[\w'’.-]+){0,3}?)\s+(?:is|are|has|have)\s+"
    r"(?:been\s+)?(?P<v>affecting|affected|damaging|damaged|involving|spread\s+to)\s+"
    r"(?P<y>\S.*)$",
    re.IGNORECASE,
)
_PERSON = re.compile(rf"^{_WHO}$|^(?:it|this|that|they|there)$", re.IGNORECASE)
# A question of degree: "how well the kidneys are working", "how much iron is stored"
HOW_MUCH = re.compile(r"^how\s+(?:well|much)\s+\S", re.IGNORECASE)
# "how much inflammation is in the body" -> "amount of inflammation in the body"; a question
# of another shape ("how much air you can breathe out") has no noun phrase as short
_HOW_MUCH_IS = re.compile(
    r"^how\s+much\s+(?P<x>[\w-]+(?:\s+[\w-]+){0,2}?)\s+(?:is|are)\s+(?P<rest>\S.*)$", re.I
)


def how_items(text: str) -> list[str]:
    """ "how much air you breathe in and out, how fast you breathe out, and how well ...":
    each question of a list of them."""
    parts = re.split(r",?\s+(?:and\s+)?(?=how\s)", text, flags=re.IGNORECASE)
    return [p for p in parts if HOW_MUCH.match(p.strip())]


def how_clause(text: str) -> str | None:
    """A question of degree as a card's answer: "how well ..." in its own words, "how much X
    is ..." as the amount of X; "your" read as "the", at most ten words, and a clause that runs
    on ("... because of ...") cut off."""
    t = re.sub(r"\byour\b", "the", clean_phrase(drop_parens(text)))
    t = re.sub(r"\s+and\s+(?:whether|if|what|why|when|where)\b.*$", "", t, flags=re.IGNORECASE)
    t = _OBJECT_TAIL_AFTER.sub("", t).strip(" ,.")
    much = _HOW_MUCH_IS.match(t)
    if much is not None:
        t = f"amount of {much.group('x')} {much.group('rest')}"
    elif not t.lower().startswith("how well "):
        return None
    return t if len(t.split()) <= 10 else None


def whether(text: str) -> str | None:
    """ "see whether the person has TB disease" -> "detection of TB disease", "if cirrhosis is
    present" -> "presence of cirrhosis"; None when the text asks no such question, "" when the
    finding is too long to learn. The condition keeps the sentence's words: "TB disease" is set
    against latent infection."""
    # "whether you have emphysema and how severe it is": the second question is another finding
    asked = re.sub(r",?\s+(?:and|or)\s+(?:how|whether|if|what|why|when|where)\b.*$", "",
                   text.strip(" ,."),
                   flags=re.IGNORECASE)
    whether = _WHETHER_HAS.match(_OBJECT_TAIL_AFTER.sub("", asked))
    reach = _WHETHER_AFFECTING.match(clean_phrase(re.sub(r"\byour\b", "the", asked)))
    if whether is None and reach is not None and not _PERSON.match(reach.group("x")):
        # "whether sarcoidosis is affecting the lungs" -> "sarcoidosis affecting the lungs"
        found = f"{reach.group('x')} {reach.group('v').lower()} {reach.group('y')}"
        return found if len(found.split()) <= 10 else ""
    if whether is None:
        state = _WHETHER_STATE.match(clean_phrase(re.sub(r"\byour\b", "the", asked)))
        # "show whether the heart is enlarged": the state asked about, in the text's own words
        if state is None or " or " in state.group(0):
            return None
        return re.sub(r"^if\b", "whether", state.group(0), flags=re.IGNORECASE)
    if whether.group("x") and _AMOUNT.match(whether.group("x")):
        return ""  # "whether a person has enough iron": an amount judged, no condition named
    if whether.group("y"):
        kind = "infection with" if whether.group("y").lower() == "infected" else "exposure to"
        found = f"detection of {kind} {whether.group('z')}"
    elif whether.group("w"):
        found = f"presence of {whether.group('w')}"
    elif whether.group("past"):
        # "whether you have had a heart attack": an event behind the patient, found now
        event = re.sub(r"^(?:an?|the)\s+", "", whether.group("x").strip(), flags=re.IGNORECASE)
        found = f"detection of a previous {event}"
    else:
        found = f"detection of {whether.group('x')}"
    phrase = clean_phrase(re.sub(r"\byour\b", "the", found))
    return phrase if len(phrase.split()) <= 10 else ""


_AMOUNT = re.compile(r"(?:enough|sufficient|adequate|too\s+(?:much|many|few|little))\b", re.I)


# Side phrases after a "whether" question's condition: "... has TB disease because ..."
_OBJECT_TAIL_AFTER = re.compile(
    r"\s+(?:by|through|using|via|such as|including|when|even|because|so that|in order)\b.*$",
    re.IGNORECASE,
)
