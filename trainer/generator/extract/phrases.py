"""Turn free phrases (risk factors, causes, symptoms, test purposes) into short canonical objects.

Objects that are not lexicon names come from the text itself, so they are trimmed to their head:
side clauses cut ("while ...", " - an organic solvent"), fillers dropped ("certain", "some",
"getting"), brackets dropped; a generic category with a named example becomes the example
("genetic syndromes, such as Down syndrome" -> "Down syndrome"); a phrase that is a lexicon
name becomes the canonical name ("exposure to radiation" -> "ionizing radiation").
"""

from __future__ import annotations

import re

from trainer.generator.extract import topic_referents
from trainer.generator.extract.context import DocContext
from trainer.generator.extract.patterns import clean_phrase, drop_parens, split_list
from trainer.generator.lexicon import Mention

_CUT = re.compile(
    r"\s*(?:;|\s[–—-]\s|—|:\s|\bwhile\b|\bwhich\b|\bthat\b|\bwho\b|\bbecause\b|\bif\b|\bwhen\b|"
    r"\bin the absence of\b|\bwithout an?\b|\bdepending on\b)",
    re.IGNORECASE,
)
_CATEGORY = re.compile(
    r"^(?P<head>.*?\b(?:syndromes?|disorders?|conditions?|diseases?|chemicals?|viruses?|"
    r"infections?|exposures?|substances?|toxins?|agents?))\s*,?\s*(?:such as|like|including|"
    r"e\.g\.,?|for example,?|for instance,?|especially|particularly|\()\s*(?P<ex>.+?)\)?$",
    re.IGNORECASE,
)
_ADDITIVE = re.compile(r"^(?:as well as|along with|in addition to|together with|plus)\s+", re.I)
_AND_OTHER = re.compile(
    r"\s*(?:,|\band\b|\bor\b)\s*(?:some\s+|certain\s+|several\s+|many\s+)?other\b", re.I
)
_INFECTION = re.compile(
    r"^(?:infection|infections|infected)\s+(?:with|by|from)\s+(?P<ex>.+)$", re.I
)
_PRIOR = re.compile(
    r"^(?:having\s+)?(?:had|received|been treated with|undergone)\s+(?P<x>.+?)"
    r"(?:\s+(?:before|previously|in the past|earlier|for (?:an?\s+)?(?:previous|earlier|"
    r"another|other|different|prior)\s+(?:cancer|tumou?r|illness|disease)))?$",
    re.IGNORECASE,
)
_GENERIC = re.compile(
    r"^(?:(?:other|certain|some|many|several)\s+)?(?:things?|factors?|people|persons?|patients?|"
    r"children|adults|you|it|they|this|these|causes?|reasons?|something|anything|following|"
    r"the following|others?|conditions?|diseases?|habits?|problems?)$",
    re.IGNORECASE,
)
_SEX = re.compile(r"^(?:being\s+)?(?P<s>male|female)s?(?:\s+(?:sex|gender))?$", re.IGNORECASE)
_VERBISH = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|do|does|did|can|could|may|might|will|would|"
    r"should|must|shows?|causes?|leads?|makes?|means?|happens?|comes?|gets?|goes?|crowd|fill|"
    r"fills|affects?|spreads?(?!\s+of\b))\b",  # "spread of the disease" is a noun
    re.IGNORECASE,
)
_TREATED = re.compile(
    r"\b(?:injections?|infusions?|tablets?|pills?|therapy|treatment|medicines?|medications?|"
    r"supplements?|salts?)\b",
    re.IGNORECASE,
)
_PRONOUN = re.compile(
    r"^(?:this|these|that|those|it|they|which|such|what|who|how|why|when|their|its|his|her|"
    r"because|since|as|if|although)\b",
    re.IGNORECASE,
)
_SYMPTOM_MODS = re.compile(
    r"^(?:(?:frequent|recurrent|repeated|severe|mild|other|certain|some|any|unexplained|"
    r"persistent|skin|general|generalized|sudden|possible|the|a|an|present|abnormal|her|his|"
    r"their|your|my)\s+)+",
    re.IGNORECASE,
)
_CELLS = (
    (
        "red blood cell",
        re.compile(r"\b(?:red (?:blood )?(?:cells?|corpuscles?)|rbcs?|erythrocytes?)\b", re.I),
    ),
    ("white blood cell", re.compile(r"\b(?:white (?:blood )?cells?|wbcs?|leu[ck]ocytes?)\b", re.I)),
    ("platelet", re.compile(r"\b(?:platelets?|thrombocytes?)\b", re.I)),
    ("neutrophil", re.compile(r"\bneutrophils?\b", re.I)),
)
_DEFICIT = re.compile(
    r"\b(?:lack|shortage|deficiency|deficit|decreases?|decreased|drop|reduction|reduced|loss|fall|"
    r"low|lower|fewer|less|too few|insufficient|not enough|inadequate|diminished|depleted|"
    r"depletion)\b",
    re.IGNORECASE,
)


_YOU_VERB = re.compile(
    r"^(?:(?:you|they|he|she)\s+)?(?:have|has)(?=\s+(?:had|been|an?|the|some|\w+'s|\w+’s|"
    r"[A-Z]))\s+|^(?:(?:you|they)\s+)?(?:are|were)\s+(?=an?\s|\w+ed\b)",
    re.IGNORECASE,
)


# "Being in early adulthood (aged 20-39 years) (most often)": an age in brackets defines the
# factor and stays; other bracketed remarks go
_AGE_BRACKET = re.compile(r"\((?:aged?|ages)\s+\d[^()]*\)", re.IGNORECASE)
_BEING_IN = re.compile(r"^(?:being|having been)\s+(?:in\s+(?:the\s+|your\s+)?)?", re.IGNORECASE)
# "Eating too much sodium or too little potassium": one verb, two amounts
_AMOUNTS = re.compile(
    r"^(?:\w+ing\s+)?(?P<a>(?:too much|too little|too many|too few|not enough)\s+\w+(?:\s+\w+)?)"
    r"\s+(?:or|and)\s+(?P<b>(?:too much|too little|too many|too few|not enough)\s+\w+"
    r"(?:\s+\w+)?)$",
    re.IGNORECASE,
)
# "variations in human leukocyte antigen genes" -> "human leukocyte antigen gene variations"
_GENE_CHANGE = re.compile(
    r"^(?P<c>variations?|variants?|mutations?|changes?|alterations?)\s+(?:in|of)\s+(?:the\s+)?"
    # (not a count of genes: "mutations in one of at least six genes" names none of them)
    r"(?!(?:these|those|some|certain|other|many|several|the|one\s+of|at\s+least|any|\d+|two|"
    r"three|four|five|six|seven|eight|nine|ten)\s)(?P<g>\w.+?)\s+genes?$",
    re.IGNORECASE,
)


def factor(dc: DocContext, phrase: str) -> list[str]:
    """Risk-factor objects from a list item or a list member."""
    phrase = _AGE_BRACKET.sub(lambda m: "{" + m.group(0)[1:-1] + "}", phrase)
    t = _CUT.split(phrase.strip(), maxsplit=1)[0].strip(" ,.;")
    if _BEING_IN.match(t) and re.search(r"\{(?:aged?|ages)\s", t, re.IGNORECASE):
        # an age group with its ages: "in early adulthood [aged 20-39] or late adulthood [...]"
        t = drop_parens(_BEING_IN.sub("", t))
        groups = [g.strip(" ,") for g in re.split(r"\s+or\s+(?![^{]*\})", t) if g.strip(" ,")]
        return [clean_phrase(g.replace("{", "(").replace("}", ")")) for g in groups]
    t = t.replace("{", "(").replace("}", ")")
    amounts = _AMOUNTS.match(drop_parens(t))
    if amounts:
        return [clean_phrase(amounts.group("a")), clean_phrase(amounts.group("b"))]
    # an item that completes "Your risk is higher if you:" - "have Down's syndrome",
    # "have had chemotherapy", "are a boy"
    t = _YOU_VERB.sub("", t)
    if not t:
        return []
    for rx in (_CATEGORY, _INFECTION):
        m = rx.match(t)
        if m:
            names = _condition_names(dc, m.group("ex"))
            # "Down syndrome and some other inherited syndromes, for example X": Down syndrome too
            head = m.groupdict().get("head") or ""
            other = _AND_OTHER.search(head)
            if names and other:
                names = _condition_names(dc, head[: other.start()]) + names
            if names:
                return list(dict.fromkeys(names))
    sex = _SEX.match(clean_phrase(drop_parens(t)))
    if sex:
        return [f"{sex.group('s').lower()} sex"]
    t = drop_parens(t)
    prior = _PRIOR.match(t)
    if prior:
        t = f"previous {prior.group('x')}"
    exposed = re.match(r"^(?:being\s+|having been\s+|been\s+)?exposed\s+to\s+(?P<x>.+)$", t,
                       re.IGNORECASE)
    if exposed:
        t = f"exposure to {exposed.group('x')}"
    t = _ADDITIVE.sub("", t)
    t = _expand_abbreviations(dc, t)
    gene = _GENE_CHANGE.match(clean_phrase(t))
    if gene:
        return [f"{gene.group('g')} gene {gene.group('c').lower()}"]
    named_gene = re.match(r"^(?:the\s+)?(?P<g>\S+)\s+gene$", clean_phrase(t), re.IGNORECASE)
    if named_gene and dc.lexicon.canonical(named_gene.group("g"), "target"):
        return [dc.lexicon.canonical(named_gene.group("g"), "target") or named_gene.group("g")]
    for mn in reversed(dc.find(t)):
        # "an identical twin with ALL" -> "identical twin" (a lexicon name); "a brother or sister
        # with ALL" stays whole: without the disease it would not be a risk factor
        if dc.disease_in([mn]) is not None and not t[mn.end :].strip(" .,"):
            cut = re.search(r"\s+(?:with|of|for)\s*$", t[: mn.start])
            # "a family history of gout" keeps its condition: a history of another disease
            # would be another factor
            history = cut is not None and re.search(r"\bhistory$", t[: cut.start()], re.I)
            if cut and not history and dc.lexicon.canonical(
                clean_phrase(t[: cut.start()]), "condition"
            ):
                t = t[: cut.start()]
        break
    agent = re.match(
        r"^(?:exposure to|contact with)\s+(?:(?:high|low|large|heavy)\s+(?:levels?|doses?|amounts?)"
        r"\s+of\s+)?(?P<x>.+)$",
        t,
        re.IGNORECASE,
    )
    if agent:
        # "exposure to high levels of benzene" -> "benzene" when the agent is a lexicon name
        x = clean_phrase(agent.group("x"))
        name = dc.lexicon.canonical(x, "condition") or dc.lexicon.canonical(
            f"exposure to {x}", "condition"
        )  # "high levels of radiation" -> "exposure to radiation"
        if name:
            return [name]
    example = re.search(r",?\s+(?:such as|like|including|e\.g\.)\s+", t, re.IGNORECASE)
    if example:  # "prior radiation, including radiotherapy for ...": the head names it
        head = dc.lexicon.canonical(clean_phrase(t[: example.start()]), "condition")
        if head:
            return [head]
    t = re.sub(r",?\s+(such as|like|including)\s+", r" \1 ", t)
    # "earlier chemotherapy for another cancer" -> "previous chemotherapy", a lexicon name
    shorter = re.sub(r"^(?:earlier|prior|previous)\s+(?P<x>.+?)(?:\s+for\s+(?:an?\s+)?(?:another|"
                     r"other|earlier|previous|prior|different)\s+(?:cancer|tumou?r|illness|"
                     r"disease))?$", r"previous \g<x>", t, flags=re.IGNORECASE)
    named = dc.lexicon.canonical(clean_phrase(shorter), "condition") if shorter != t else None
    if named:
        return [named]
    cleaned = clean_phrase(t)
    # ("children between the ages of 6 months and 3 years": an age span takes its words)
    longest = 12 if _AGE_SPAN.search(cleaned) else 8
    if (
        not cleaned
        or len(cleaned.split()) > longest
        or _PRONOUN.match(cleaned)
        or _GENERIC.match(cleaned)
    ):
        return []
    whole = dc.lexicon.canonical(cleaned, "condition")
    return [whole or cleaned]


_AGE_SPAN = re.compile(r"\bbetween\s+(?:the\s+)?ages?\s+(?:of\s+)?\d", re.IGNORECASE)


def _expand_abbreviations(dc: DocContext, text: str) -> str:
    """ "a first-degree relative with HL" -> "... with Hodgkin lymphoma": a disease's
    abbreviation in a factor is written out, so the card reads without the document."""
    out = text
    for m in reversed(dc.find(text)):
        h = m.hit("condition")
        if (
            h is not None
            and h.type in ("disease", "subtype")
            and m.surface.isupper()
            and len(m.surface) <= 6
            and m.surface != h.name
        ):
            out = out[: m.start] + h.name + out[m.end :]
    return out


def _condition_names(dc: DocContext, text: str) -> list[str]:
    names = []
    for m in dc.find(text):
        h = m.hit("condition")
        if h is not None and h.name not in names:
            names.append(h.name)
    return names


def strip_filler(text: str) -> str:
    """The phrase without leading fillers ("exposure to", "certain", "previous" stay)."""
    return clean_phrase(text)


def cause(dc: DocContext, phrase: str, context: str = "") -> str | None:
    """A cause/mechanism object: "low platelet count", a condition name, or a short phrase."""
    # (a list item's dash, kept where the item's line break was lost, is no part of it)
    t = re.sub(r"^[-–•*]\s+", "", drop_parens(phrase).strip(" ,.;:"))
    # a sentence adverb linking to the sentence before is no part of the cause
    t = re.sub(r"^(?:(?:the|a|an|also|and|but|so|however|therefore|additionally|furthermore|"
               r"moreover|in addition|in turn|thus|hence|consequently|similarly|likewise)"
               r",?\s+|,\s*)+", "", t, flags=re.I)
    if not t or _PRONOUN.match(t) or re.search(r"\b(?:which|that|who)$", t, re.IGNORECASE):
        return None  # "Alcohol adds extra calories, which may cause": the cause is a clause
    if _DEFICIT.search(t):
        for label, rx in _CELLS:
            if rx.search(t) or (context and rx.search(context) and len(t.split()) <= 3):
                return f"low {label} count"
    whole = dc.lexicon.lookup(t)
    for h in whole:
        if h.kind == "condition":
            return h.name
    if _EPISODES.match(t) and (topic := topic_referents.titled_topic(dc)) is not None:
        return topic  # "Outbreaks that start on the face" on the shingles page: its outbreaks
    one = _AND_OTHER.match(t)
    if one and (named := _whole_name(dc, one.group("a"))):
        return named  # "AVMs and other vascular lesions": the one named, not the wider kind
    if any(m.is_kind("drug", "drug_class") for m in dc.lexicon.find(t)) or _TREATED.search(t):
        return None  # what a drug causes is a side effect, not the mechanism of a symptom
    spread = re.match(
        r"^(?:the\s+)?(?P<c>(?:leuk[a]?emi[ac]|cancer|lymphoma|blast|"
        r"abnormal)\s+cells?)\s+(?:have\s+|has\s+)?"
        r"(?:spread|moved|travel+ed|infiltrated|invaded|entered)\s+(?:to|"
        r"into)\s+(?:the\s+)?(?P<p>[\w\s]+)$",
        t,
        re.IGNORECASE,
    )
    if spread:
        cells = spread.group("c").lower().replace("leukaemia", "leukemia")
        return f"{cells} spread to the {spread.group('p').strip().lower()}"
    if _VERBISH.search(t) or len(t.split()) > 9:
        return None
    return clean_phrase(t)


# The page's condition's bouts, said with where or when they show: "outbreaks that start on
# the face or eyes", "attacks that last for hours"
_EPISODES = re.compile(
    r"^(?:outbreaks|attacks|episodes|flares|flare-ups)\s+(?:that|which)\s+", re.IGNORECASE
)
# "A and other B": A, named, and the kind it belongs to
_AND_OTHER = re.compile(r"^(?P<a>.+?)\s+(?:and|or)\s+other\s+[\w\s-]{3,40}$", re.IGNORECASE)


def _whole_name(dc: DocContext, text: str) -> str | None:
    """The condition ``text`` names whole, by the lexicon or an abbreviation the page gives."""
    ms = dc.find(text)
    if len(ms) == 1 and ms[0].start == 0 and ms[0].end == len(text):
        return ms[0].name("condition")
    return None


_ASIDE = re.compile(
    r"\s*(?:,\s*)?(?:and|or)?\s*,?\s*in (?:severe|rare|some|extreme|serious) cases,?\s*",
    re.IGNORECASE,
)
_NAMED_IN_BRACKETS = re.compile(r"(?:(?<=,)|^)[^,()]*\((?P<y>[^()]+)\)")
_SHARED_HEAD = re.compile(
    r"^(?P<a>\w+)\s+(?:and|or)\s+(?P<b>\w+)\s+(?P<h>pain|pains|aches?|swelling|tenderness)$",
    re.IGNORECASE,
)
_PLACE = re.compile(r"\s+(?:in|on|around|under|behind|of)\s+(?:the|your|his|her|their)\s+.*$",
                    re.IGNORECASE)


def symptoms(dc: DocContext, text: str) -> list[str]:
    """Symptom objects from a list of symptoms; only names the lexicon knows are kept."""
    out: list[str] = []
    whole = _condition(dc, text.strip(" ,.;:"))
    if whole:
        return [whole]  # "infections that keep coming back" is itself a name
    t = _CUT.split(text.strip(), maxsplit=1)[0]
    t = _ASIDE.sub(", ", t)  # "tremor and, in severe cases, seizures"
    # "tiny red spots on the skin (petechiae)": the name in brackets stands for the description
    t = _NAMED_IN_BRACKETS.sub(
        lambda m: " " + m.group("y") if _condition(dc, m.group("y")) else m.group(0), t
    )
    t = drop_parens(t)
    t = re.sub(
        r"^(?:(?:symptoms?|signs?)\s+(?:of|such as|like|including)\s+)", "", t.strip(), flags=re.I
    )
    for member in split_list(t):
        for name in _symptom(dc, member):
            if name not in out:
                out.append(name)
    return out


def _symptom(dc: DocContext, member: str) -> list[str]:
    m = member.strip(" ,.;:")
    m = re.sub(r"^(?:(?:symptoms?|signs?|problems?)\s+(?:of|such as|like)\s+)", "", m, flags=re.I)
    name = _condition(dc, m)
    if name:
        return [name]
    stripped = _SYMPTOM_MODS.sub("", m)
    name = _condition(dc, stripped)
    if name:
        return [name]
    shared = _SHARED_HEAD.match(stripped)
    if shared:  # "bone and joint pain" -> bone pain, joint pain
        names = [_condition(dc, f"{shared.group(k)} {shared.group('h')}") for k in ("a", "b")]
        if all(names):
            return [n for n in names if n]
    place = _PLACE.search(stripped)
    if place:  # "swollen glands in the neck" -> swollen glands
        name = _condition(dc, stripped[: place.start()])
        if name:
            return [name]
    parts = re.split(r"\s+(?:and|or)\s+", stripped)
    if len(parts) > 1:
        out = []
        for p in parts:
            n = _condition(dc, _SYMPTOM_MODS.sub("", p)) or _called(dc, p)
            if n:
                out.append(n)
        return out
    name = _called(dc, stripped)
    if name:
        return [name]
    ms = dc.find(stripped)
    if ms and ms[-1].end == len(stripped) and len(stripped[: ms[-1].start].split()) <= 2:
        h = ms[-1].hit("condition")
        if h is not None and h.type in ("symptom", "sign", "complication", None):
            return [h.name]
    return []


def _called(dc: DocContext, text: str) -> str | None:
    """The name a description gives itself: "pinpoint red spots called petechiae"."""
    called = re.search(r"\b(?:called|known as|termed)\s+(?P<y>.+)$", text, re.IGNORECASE)
    return _condition(dc, called.group("y")) if called else None


def _condition(dc: DocContext, phrase: str) -> str | None:
    """A condition name that can be a symptom: not a disease, nor a risk factor or exposure
    ("family history" is never a symptom)."""
    for h in dc.lexicon.lookup(phrase.strip()):
        if h.kind == "condition" and h.type not in ("disease", "subtype", "risk_factor",
                                                    "exposure"):
            return h.name
    return None


def first_condition(mentions: list[Mention]) -> str | None:
    for m in mentions:
        h = m.hit("condition")
        if h is not None:
            return h.name
    return None
