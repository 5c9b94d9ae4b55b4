"""Pattern helpers shared by the relation extractors: lists, scopes, negation, phrase cleanup.

The extractors read relations from cue words between names found by the lexicon. These helpers
answer the recurring questions: which names are coordinated in one list ("imatinib, dasatinib
and nilotinib"), where a clause that a cue opens ends, whether a stretch of text negates, and how
a free phrase becomes a short, learnable object.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from trainer.generator.lexicon import Mention

# Words that may stand between two members of a list besides punctuation and conjunctions
# ("daily 6-mercaptopurine, weekly methotrexate", "either imatinib or dasatinib").
_MODS = (
    r"daily|weekly|monthly|periodic|oral|orally|intravenous|intravenously|iv|intrathecal|"
    r"intramuscular|subcutaneous|it|im|sc|the|a|an|either|both|also|sometimes|usually|often|"
    r"pegylated|liposomal|standard|additional|and|or|with|then|plus|possibly|"
    r"[\w]+-dose|high|low|dose|doses"
)
_PAREN = r"(?:\s*[\(\[][^()\[\]]{0,80}[\)\]])"
_PP = r"(?:\s+(?:for|in|with|against|as|at|on)\s+[^,;:.()]{1,60}?" + _PAREN + r"?)"
CONNECTOR = re.compile(
    rf"^{_PAREN}?{_PP}?\s*(?:,|;|/|&|\+)?\s*(?:(?:and/or|and|or|nor|as well as|plus|along with|"
    rf"together with|with|then|followed by|vs\.?|versus)\s+)?(?:(?:{_MODS})\s+)*$",
    re.IGNORECASE,
)
# The same without "as well as"-like breaks: a relative clause after a list attaches to the
# nearest group ("X, as well as A, B and C, which ..." -> A, B, C).
GROUP_BREAK = re.compile(r"\bas well as\b|\bin addition to\b|\balong with\b|\bbesides\b", re.I)

CONTRAST_BEFORE = re.compile(
    r"\b(?:unlike|except|other than|instead of|rather than|apart from|besides|not)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
# Contractions whose apostrophe a web page's conversion dropped ("A chest x ray cant detect
# ..."): "wont" is left out, it is also a word ("as is their wont").
_BARE_NOT = (
    r"cant|couldnt|doesnt|dont|didnt|isnt|arent|wasnt|werent|wouldnt|shouldnt|hasnt|havent|"
    r"hadnt|neednt"
)
NEGATION = re.compile(
    r"\b(?:not|no|never|neither|nor|cannot|can't|doesn't|don't|isn't|aren't|wasn't|weren't|"
    r"won't|unlike|rather than|instead of|other than|except|excluding|fails? to|failed to|"
    rf"no longer|none|{_BARE_NOT})\b|n['’]t\b",
    re.IGNORECASE,
)
# "The symptoms of X are not A, B or C": a copula that denies the list after it
# Where one sentence of a run of text ends and the next begins: a full stop, question or
# exclamation mark, space, then a capital
SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
# A modal that makes a statement a possibility, not a fact ("may affect 1 in 500")
MODAL_HEDGE = re.compile(r"\b(?:may|might|could|can)\b", re.IGNORECASE)
DENIED_AFTER = re.compile(r"\s*(?:not|never|rarely)\b", re.IGNORECASE)
_NOT_ONLY = re.compile(r"\bnot only\b", re.IGNORECASE)

# Where a clause opened by a cue ends.
_SCOPE_STOP = re.compile(
    r"[;.!?]\s|[;!?]$|\.$|\s[–—]\s|—|\b(?:which|who|whose|whereas|while|but|although|though|"
    r"because|since|unless|however|except|excluding)\b|(?<!cells )(?<!cell )\bthat\b|"
    r",?\s+and\s+(?:is|are|was|were|has|have|had|can|may|it|they|this|these|its|their)\b|"
    r",\s*(?:it|they|this|these)\b|\b(?:is|are|was|were|has|have|had)\b",
    re.IGNORECASE,
)


# Negation of a verb ("is not used"), as opposed to an excluded noun ("instead of X").
VERB_NEGATION = re.compile(
    rf"\b(?:not|never|no longer|cannot|neither|nor|{_BARE_NOT})\b|n['’]t\b",
    re.IGNORECASE,
)


def verb_negated(text: str) -> bool:
    return bool(VERB_NEGATION.search(_NOT_ONLY.sub(" ", text)))


def negated(text: str) -> bool:
    """Whether a stretch of text holds a negation ("not only" does not count)."""
    return bool(NEGATION.search(_NOT_ONLY.sub(" ", text)))


def scope_end(text: str, start: int, *, stop: re.Pattern[str] = _SCOPE_STOP) -> int:
    """End of the clause that starts at ``start``."""
    m = stop.search(text, start)
    return m.start() if m else len(text)


def connected(text: str, a: Mention, b: Mention) -> bool:
    """Whether mention ``b`` follows ``a`` as the next member of the same list."""
    return b.start >= a.end and bool(CONNECTOR.match(text[a.end : b.start]))


def group_ending_at(
    text: str, mentions: Sequence[Mention], i: int, kinds: tuple[str, ...], *, breaks: bool = True
) -> list[Mention]:
    """The list of ``kinds`` names that ends with mention ``i`` (scanning left)."""
    out = [mentions[i]]
    j = i - 1
    while j >= 0:
        m = mentions[j]
        if m.end > out[0].start:
            j -= 1
            continue
        between = text[m.end : out[0].start]
        if not m.is_kind(*kinds):
            if _inside_paren(text, m, out[0]):  # a brand name in brackets between members
                j -= 1
                continue
            break
        if not CONNECTOR.match(between) or (breaks and GROUP_BREAK.search(between)):
            break
        if CONTRAST_BEFORE.search(text[max(0, m.start - 20) : m.start]):
            break  # "Unlike imatinib, ponatinib ...": the contrasted name is not in the list
        out.insert(0, m)
        j -= 1
    return out


def group_from(
    text: str, mentions: Sequence[Mention], i: int, kinds: tuple[str, ...], end: int | None = None
) -> list[Mention]:
    """The list of ``kinds`` names that starts with mention ``i`` (scanning right)."""
    out = [mentions[i]]
    limit = len(text) if end is None else end
    for m in mentions[i + 1 :]:
        if m.start >= limit:
            break
        if m.start < out[-1].end:
            continue
        if not m.is_kind(*kinds) or _same_drug(out[-1], m):
            if _inside_paren(text, out[-1], m):
                continue  # "cimetidine (Tagamet HB), famotidine": the brand in brackets
            break
        if not CONNECTOR.match(text[out[-1].end : m.start]):
            break
        out.append(m)
    return out


def _same_drug(a: Mention, b: Mention) -> bool:
    ha, hb = a.hit("drug"), b.hit("drug")
    return ha is not None and hb is not None and ha.name == hb.name


def _inside_paren(text: str, a: Mention, b: Mention) -> bool:
    """Whether the later of two mentions sits in brackets right after the earlier one."""
    hi = b if b.start > a.start else a
    return in_parens(text, hi)


def in_parens(text: str, m: Mention) -> bool:
    """Whether a mention is enclosed in round or square brackets."""
    before = text[: m.start]
    opened = max(before.rfind("("), before.rfind("["))
    closed = max(before.rfind(")"), before.rfind("]"))
    if opened <= closed:
        return False
    after = text[m.end :]
    close = min((p for p in (after.find(")"), after.find("]")) if p >= 0), default=-1)
    reopen = after.find("(")
    return close >= 0 and (reopen < 0 or close < reopen)


def index_of(mentions: Sequence[Mention], m: Mention) -> int:
    for i, x in enumerate(mentions):
        if x is m:
            return i
    raise ValueError("mention not in list")


def words(text: str) -> list[str]:
    return re.findall(r"[\w'’+-]+", text)


# -- phrases -------------------------------------------------------------------------------------

_LEADING_FILLER = re.compile(
    r"^(?:(?:certain|some|specific|various|several|many|other|a|an|the|any|particular|"
    r"known|possible|getting|receiving|having|being|undergoing|also|especially|particularly|"
    r"including|e\.g\.,?|such as|like)\s+)+",
    re.IGNORECASE,
)
_PROPER = re.compile(
    r"^(?:Caucasian|Hispanic|Asian|African|European|Black|White|Native|Jewish|Ashkenazi|Down|"
    r"Philadelphia|Epstein|Li|Bloom|Fanconi|Klinefelter|Nijmegen|Hodgkin|Burkitt|Ph|CNS|MRD)\b"
    r"|^[A-Z]-"  # a letter that names something: B-cell, T-cell, X-ray
)


_CITATION = re.compile(r"\[\d+(?:\s*[,–-]\s*\d+)*\]")


def clean_phrase(text: str) -> str:
    """Trim a free phrase to a short object: no trailing punctuation, no leading filler."""
    t = re.sub(r"\s+", " ", _CITATION.sub("", text)).strip()
    t = t.strip(" ,;:.–—-\"“”'’")
    t = _LEADING_FILLER.sub("", t).strip()
    return lower_first(t)


def lower_first(t: str) -> str:
    """Lower-case the first letter unless the first word is an acronym or a proper name."""
    if not t:
        return t
    words = t.split()
    first = words[0]
    if _PROPER.match(first) or sum(c.isupper() for c in first) > 1 or first[0].isdigit():
        return t
    if len(words) > 1 and words[1][:1].isupper() and words[1][1:].islower() and (
        words[1].endswith("s")
    ):
        return t  # a people named by a proper name: "American Indians", "Mexican Americans"
    return t[0].lower() + t[1:]


def drop_parens(text: str) -> str:
    """Drop bracketed remarks; brackets inside a name ("t(4;11)", "del(5q)") stay."""
    return re.sub(r"(?:^|\s+)[\(\[][^()\[\]]*[\)\]]", "", text).strip()


def split_list(text: str) -> list[str]:
    """Split "a, b, and c" / "a, b or c" into members (a lone "x or y" stays one member)."""
    # "50,000" is a number, not two members
    parts = [p.strip() for p in re.split(r",(?!\d{3}\b)\s*(?![^()]*\))", text) if p.strip()]
    if len(parts) > 1:
        parts[-1] = re.sub(r"^(?:and|or|and/or)\s+", "", parts[-1], flags=re.I)
        # ("skin on or around the nipple": prepositions joined on one place are one member)
        last = re.split(r"(?<!\bon)(?<!\bin)(?<!\bat)(?<!\bnear)(?<!\babove)(?<!\bbelow)"
                        r"(?<!\bunder)(?<!\binside)\s+(?:and|or)\s+(?![^()]*\))", parts[-1])
        parts = parts[:-1] + [x for x in last if x]
    return parts


_AFTER_LIST_COMMA = re.compile(r",\s*(?:an?\s+|the\s+)?$")
_CLOSES_LIST = re.compile(r"\s+(?:and|or)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}")


def in_closed_list(text: str, before: Mention, member: Mention, nxt: Mention | None) -> bool:
    """Whether ``before`` and ``member`` are items of one list that "and"/"or" closes with
    ``nxt`` ("a corticosteroid, vincristine, an anthracycline and pegaspargase"): ``before``
    follows a comma, and only "and"/"or" (an article, a word or two) stands before ``nxt``."""
    return (
        nxt is not None
        and bool(_AFTER_LIST_COMMA.search(text[: before.start]))
        and bool(_CLOSES_LIST.fullmatch(text[member.end : nxt.start]))
    )


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def word_places(word: str, text: str) -> list[tuple[int, int]]:
    """Where ``word`` stands in ``text`` as a whole word, in any case: what
    ``re.finditer(rf"\\b{re.escape(word)}\\b", text, re.IGNORECASE)`` finds, as (start, end).

    Readers look up the words of each factor or name they read; a pattern compiled per word
    would fill the regular-expression cache with one-off entries and push out the fixed
    patterns every sentence needs, which then compile again (a tenth of generation time).
    """
    low, key = text.lower(), word.lower()
    if not key or len(low) != len(text) or len(key) != len(word):
        # a letter whose lower case is longer ("İ") shifts the offsets: let re do it
        found = re.finditer(rf"\b{re.escape(word)}\b", text, re.IGNORECASE)
        return [m.span() for m in found]
    first_w, last_w = _is_word_char(key[0]), _is_word_char(key[-1])
    out: list[tuple[int, int]] = []
    start = low.find(key)
    while start != -1:
        end = start + len(key)
        before = start > 0 and _is_word_char(low[start - 1])
        after = end < len(low) and _is_word_char(low[end])
        if before != first_w and after != last_w:
            out.append((start, end))
            start = low.find(key, end)
        else:
            start = low.find(key, start + 1)
    return out


def no_apostrophes(text: str) -> str:
    """``text`` without its apostrophes, straight or curly ("Parkinsons" for "Parkinson's"):
    names are compared with and without them."""
    return text.replace("'", "").replace("’", "")
