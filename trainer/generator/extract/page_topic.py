"""The disease a page is about: the subject of its risk factors, symptoms, markers and outlook
when a sentence names none.

The title names the page's topic. A title that is itself a condition's name ("Polycystic
Kidney Disease", "Pompe Disease", "Parasites - Taeniasis") gives the topic in its own words,
even when the lexicon knows only a more general name inside it ("kidney disease") or none at
all: a specific name beats the general entry it contains, and a lexicon name met elsewhere on
the page (a passing "diabetes" on a page about urinary tract infections) never replaces the
title's topic. Proper names keep the capitals the page's sentences give them ("Pompe disease",
"Crohn's disease"). Only when the title names no condition is the disease the page names most
often taken instead. A page whose title names no condition (or that has no title) takes the
condition its section headings ask about (:mod:`.topic_headings`) before that count.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from trainer.generator.diseasenames import disease_names
from trainer.generator.extract import topic_headings, topic_heads, topic_shapes
from trainer.generator.extract.doc_cache import once_per_document
from trainer.generator.extract.patterns import no_apostrophes
from trainer.generator.lexicon import Hit
from trainer.generator.text import Unit

if TYPE_CHECKING:
    from trainer.generator.extract.context import DocContext

_NOT_A_DISEASE_TITLE = re.compile(
    r"\b(?:treatment|therapy|therapies|medicines?|medications?|drugs?|overview|introduction|"
    r"summary|questions?|faqs?|guide|research|news|about|what|how|why|contents|abstract|"
    r"diagnosis|managing|management|care|living|tests?)\b",
    re.IGNORECASE,
)
# A question-and-answer title and the topic it asks about ("What are the symptoms of X ?").
_QUESTION_TITLE = re.compile(
    r"^(?:what (?:is|are) \(are\)|what causes|who is at risk for|how to (?:diagnose|prevent)|"
    r"what are the (?:treatments|symptoms|complications|stages) (?:for|of)|what to do for|"
    r"what is the outlook for)\s+(?:what i need to know about\s+)?(.+?)\s*\?*\s*$",
    re.IGNORECASE,
)
# Who a topic is about, not part of its name ("Urinary Tract Infection In Adults").
TOPIC_TAIL = re.compile(
    r"\s+in (?:adults|children|women|men|males|females|infants|babies|teens|older people)\b.*$",
    re.IGNORECASE,
)
# A reader's guide before the topic ("What I need to know about Kidney Stones").
_GUIDE_HEAD = re.compile(r"^(?:what (?:i|you) need to know about|facts about)\s+", re.I)
# A population word before a disease's name ("Adult Hodgkin Lymphoma", "Childhood X").
_POPULATION_HEAD = re.compile(r"^(?:adult|childhood|pediatric|paediatric)\s+(?=\S)", re.I)
# A word of a condition's name: letters, digits inside a name ("Alpha-1", "ALG1"), hyphens,
# apostrophes ("Parkinson's").
_NAME_WORD = re.compile(
    r"[A-Za-z][A-Za-z0-9'’\-]*|[0-9]+-[A-Za-z][A-Za-z0-9'’\-]*|[0-9]{1,2}"
    # a chromosome band ("22q11.2 deletion syndrome", "1p36 deletion syndrome")
    r"|(?:[0-9]{1,2}|X|Y)[pq][0-9]*(?:[.\u00b7][0-9]+)?-?"
)
# The head noun that makes a substance's name a condition's ("X Deficiency", "X Intolerance").
_CONDITION_HEAD = re.compile(
    r"\b(?:deficiency|deficiencies|intolerance|toxicity|poisoning|allergy|disease|syndrome|"
    r"disorders?)$",
    re.IGNORECASE,
)
# "Uterine Sarcoma Treatment", "Childhood Mesothelioma Treatment", "Cervical Cancer Causes, Risk
# Factors, and Prevention": a page titled by the condition whose treatment (causes, ...) it
# covers, whose name ends in a disease's head noun; the title names that condition ("Lasers
# in Cancer Treatment" or "Hormone Therapy" name none: a preposition or no disease head)
_TREATED_TITLE = re.compile(
    r"^(?P<x>(?:(?!in\b|for\b|with\b|and\b)[A-Za-z][\w'’\-]*\s+){0,6}?"
    r"(?:cancers?|carcinomas?|sarcomas?|tumou?rs?|leuka?emias?|\w+omas?|neoplasms?|"
    r"diseases?|syndromes?)(?:\s+of\s+(?:[A-Za-z][\w'’\-]*\s*){1,3}?)?)"
    # "Cervical Cancer Causes, Risk Factors, and Prevention": the aspects a page covers
    r"(?:,?\s+(?:and\s+)?(?:treatment|causes|risk factors|prevention|symptoms|diagnosis|"
    r"screening|stages))+$",
    re.IGNORECASE,
)
_TYPE_LAST = re.compile(r"^(?P<n>[A-Za-z][\w'’\- ]*?)\s+(?P<k>type\s+(?:\d+|[IV]{1,3}))$", re.I)
_TYPE_NUMBER = re.compile(r"\btype\s+(?:\d+|[IV]{1,3})\b", re.IGNORECASE)
_SITE_PART = re.compile(r"^[A-Z]{2,6}$")  # "NCI" in "Blinatumomab - NCI": the site, not the topic
_BROAD = ("leukemia", "cancer", "acute leukemia")
_SYMPTOM_TYPES = ("symptom", "sign")  # what a disease shows: never a page's topic
_TOPIC_KINDS = ("condition", "marker", "target")  # names a condition's own name may contain


def main_disease(dc: DocContext) -> str | None:
    """The disease the document is about: the one its title names, else the disease it
    names most often (twice at least: a passing mention makes no subject)."""
    title = (
        title_disease(dc)
        or topic_shapes.title_shape(dc)  # a tumour the lexicon lacks, named by the title
        or topic_headings.heading_topic(dc, repeats=2)
    )
    if title is not None:
        if not dc.lexicon.lookup(title):
            _topic_abbreviation(dc, title)
        return title
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for u in dc.units:
        if u.index in dc.skipped:
            continue
        for m in dc.mentions(u):
            h = m.hit("condition")
            if h is None or h.type not in ("disease", "subtype"):
                continue
            name = h.name if h.type == "disease" else dc._parent(h.name)
            if name is not None and name not in _BROAD:
                counts[name] += 1
                first.setdefault(name, u.index)
        topic_shapes.count_names(dc, u, counts, first)  # tumours found by their name's shape
    if not counts:
        return bare_all(dc)
    best = sorted(counts, key=lambda n: (-counts[n], first[n]))[0]
    if not dc.lexicon.lookup(best):
        # a tumour found by its shape: only a clear winner (a drug's page names several)
        return topic_shapes.clear_winner(dc, best, counts) or bare_all(dc)
    return best if counts[best] >= 2 else bare_all(dc)


def _topic_abbreviation(dc: DocContext, topic: str) -> None:
    """Make the page's own short name of a topic the lexicon lacks a name of that topic:
    "Cystic fibrosis (CF)", "Hypersensitivity pneumonitis, or HP," let "CF" and "HP" stand for
    the topic wherever the page uses them ("Symptoms of CF include ..."); so do the topic's
    initials a page uses undefined ("DH" for dermatitis herpetiformis)."""
    words = [re.escape(w) for w in _norm(topic).split()]
    if not words:
        return
    name = r"[\s\-]+".join([*words[:-1], words[-1].rstrip("s") + r"s?"])
    # the name in any case, its short name in capitals
    pat = re.compile(
        r"\b(?i:" + name + r")\s*(?:\(\s*|,\s*(?:or|also called)\s+)"
        r"(?P<a>[A-Z][A-Za-z0-9/\-]{1,7})\b"
    )
    found = None
    for u in dc.units:
        if u.index in dc.skipped:
            continue
        found = pat.search(no_apostrophes(u.text))
        if found is not None:
            break
    abbr = found.group("a") if found is not None else _used_initials(dc, topic)
    if abbr is not None:
        if abbr.endswith("s") and abbr[:-1].isupper():
            abbr = abbr[:-1]  # "UTIs": the plural of the short name
        if (
            sum(c.isupper() for c in abbr) >= 2
            and abbr[0].lower() == topic[0].lower()
            and abbr not in dc.abbreviations
        ):
            known = dc.lexicon.lookup(abbr)
            hits = (Hit("condition", topic, "alias", "disease"),)
            if not known:
                dc.abbreviations[abbr] = hits
            elif found is not None and not any(h.kind == "condition" for h in known):
                # the lexicon's short name of something else ("TBI", an irradiation): the
                # page's own definition of it holds on the page
                dc.overrides[abbr] = hits
            else:
                return
            dc._mentions.clear()
            dc._find_cache.clear()


def _used_initials(dc: DocContext, topic: str) -> str | None:
    """The topic's initials in capitals ("DH" of "dermatitis herpetiformis") when the page
    uses them twice at least without defining them: a page for professionals writes the name
    once and its initials after."""
    words = [w for w in re.split(r"[\s\-]+", topic) if w]
    if len(words) < 2:
        return None
    initials = "".join(w[0] for w in words).upper()
    pat = re.compile(rf"(?<![\w/-]){initials}(?![\w/-])")
    uses = sum(len(pat.findall(u.text)) for u in dc.units if u.index not in dc.skipped)
    return initials if uses >= 2 else None


@once_per_document
def title_unit(dc: DocContext) -> Unit | None:
    """The unit that stands as the page's title: its first heading (or first line)."""
    units = [u for u in dc.units if u.index not in dc.skipped]
    if not units:
        return None
    heads = [u for u in units if u.kind == "heading"] or units
    return heads[0] if heads[0].index <= units[0].index + 3 else units[0]


def title_disease(dc: DocContext) -> str | None:
    """A disease named by the document's first heading (or first line), if any."""
    first = title_unit(dc)
    if first is None:
        return None
    asked = question_topic(dc, first)
    if asked is not None:
        return asked
    named = named_title(dc, first)
    if named is not None:
        return named
    for m in dc.mentions(first):
        h = m.hit("condition")
        if h is not None and h.type in ("disease", "subtype"):
            return h.name if h.type == "disease" else (dc._parent(h.name) or h.name)
        if h is not None and h.type in _SYMPTOM_TYPES:
            continue  # "What Is Headache?": a page about a symptom has no disease as topic
        if h is not None and first.kind == "heading" and len(m.surface) >= len(
            first.text.strip().rstrip(".:")
        ):
            return h.name  # "# Heart failure": the title is the topic, whatever its type
        conditions = [x for x in dc.mentions(first) if x.hit("condition") is not None]
        if h is not None and first.text.rstrip().endswith("?") and conditions == [m]:
            return h.name  # "Who is at risk for High Blood Pressure?": its one condition
    words = first.text.strip().rstrip(".:").split()
    if first.kind == "heading" and 1 <= len(words) <= 4 and not dc.mentions(first) and all(
        w.isalpha() or w.replace("-", "").isalpha() for w in words
    ) and not _NOT_A_DISEASE_TITLE.search(first.text):
        # "# Heart failure": a topic our lexicon does not list is still the subject, when
        # the text goes on to speak of it (a masthead or a site name is not repeated)
        name = " ".join(words)
        if _repeats(dc, first, name) >= 2:
            return page_casing(dc, name)
    return None


def question_topic(dc: DocContext, first: Unit) -> str | None:
    """The topic a question-and-answer title asks about ("What causes Gout ?", "Who is at
    risk for Endocarditis?"): the lexicon's name when a condition spans the whole topic,
    else the topic's own words; None for any other title or a topic of over five words."""
    m = _QUESTION_TITLE.match(first.text.strip())
    if first.kind != "heading" or m is None:
        return None
    # "Diabetic Neuropathies: The Nerve Damage of Diabetes": the name before its subtitle
    topic = TOPIC_TAIL.sub("", m.group(1).split(": ")[0]).strip(" ?.:")
    words = topic.split()
    plain = all(w.replace("-", "").replace("'", "").isalpha() for w in words)
    if not 1 <= len(words) <= 5 or "and" in words or not plain:
        return None
    for ment in dc.find(topic):
        h = ment.hit("condition")
        if h is not None and len(ment.surface) >= len(topic) - 1:
            return h.name
    return page_casing(dc, topic)


def title_phrase(text: str) -> str:
    """The condition's name a title holds, without what surrounds it: the site after " - "
    or " | ", a category before " - " ("Parasites - Taeniasis"), a second topic after ";", a
    subtitle after ": ",
    brackets ("(GAE)", "(also known as ...)"), a reader's guide ("What I need to know
    about"), a population ("in Children", "Adult")."""
    t = text.strip().rstrip(".:?").strip()
    t = t.split(" | ")[0]
    parts = [p.strip() for p in re.split(r"\s+[-–—]\s+", t) if p.strip()]
    parts = [p for p in parts if not _SITE_PART.match(p)] or parts
    t = parts[-1] if parts else t
    t = t.split(";")[0]
    # "Dermatitis Herpetiformis: Skin Manifestation of Celiac Disease": the name, then what it
    # is; the subtitle's condition is not the page's topic
    t = t.split(": ")[0]
    t = re.sub(r"\s*\([^()]*\)", "", t).strip()
    t = re.sub(r"\s*[\"“][^\"“”]*[\"”]", "", t).strip()  # a nickname: Pubic "Crab" Lice
    t = _GUIDE_HEAD.sub("", t)
    t = TOPIC_TAIL.sub("", t)
    t = _POPULATION_HEAD.sub("", t)
    return " ".join(t.split())


def type_first(dc: DocContext, title: Unit, phrase: str) -> str:
    """``phrase`` in the order the page's sentences write it: "Diabetes Type 1" is an index's
    order of "type 1 diabetes" on a page that says so, while a page on "Neurofibromatosis
    type 1" keeps its own order."""
    turned = _turned(phrase)
    if turned == phrase:
        return phrase
    return turned if _repeats(dc, title, turned) > _repeats(dc, title, phrase) else phrase


def _turned(phrase: str) -> str:
    """ "Diabetes Type 1" as "Type 1 Diabetes"; any other phrase as it is."""
    return _TYPE_LAST.sub(lambda m: f"{m.group('k')} {m.group('n')}", phrase)


def named_title(dc: DocContext, first: Unit) -> str | None:
    """The page's topic when its title is a condition's name: the lexicon's name when one
    spans it, else the title's own words, if the page repeats them (a site name or a
    masthead is not repeated). None for titles about a treatment, a test, a drug or a list
    of several conditions ("High Blood Pressure and Kidney Disease")."""
    if first.kind != "heading":
        return None
    phrase = type_first(dc, first, title_phrase(first.text))
    treated = _TREATED_TITLE.match(phrase)
    if treated:
        phrase = treated.group("x")
    cared = topic_heads.care_lead(phrase)
    if cared is not None:
        # "Treatment of Morvane Syndrome", "Managing Tarsal Fever": only a condition's name
        # after the care words ("Treatment for Children" names a group, not a condition)
        if not _names_a_condition(dc, cared):
            return None
        phrase = cared
    if _NOT_A_DISEASE_TITLE.search(phrase) or ":" in phrase:
        return None
    if " for " in f" {phrase.lower()} ":
        # "Deep Brain Stimulation for Parkinson's Disease": the disease a procedure is for
        before, _, after = phrase.partition(" for ")
        if dc.find(before):
            return None  # "Crizotinib for ...": a drug's page, not the disease's
        phrase = after.strip()
    words = phrase.split()
    if not 1 <= len(words) <= 8 or _NOT_A_DISEASE_TITLE.search(phrase) or ":" in phrase:
        return None
    if len(words) == 1 and re.search(r"[A-Z]{2,}", phrase):
        return None  # "Hyper-CVAD": a regimen's or a test's initials, not a condition's name
    if not all(_NAME_WORD.fullmatch(w.rstrip(",")) or w.lower() == "and" for w in words):
        return None
    found = dc.find(phrase)
    if any(not m.is_kind(*_TOPIC_KINDS) for m in found) and not (
        _CONDITION_HEAD.search(phrase) and found[-1].end < len(phrase) - 1
    ):
        # a drug or a modality names no disease ("Cetuximab", "Chemotherapy"); the lack of
        # a substance does ("Alpha-1 Antitrypsin Deficiency")
        return None
    conditions = [m for m in found if m.hit("condition") is not None]
    if len(conditions) >= 2:
        return None  # several conditions: the old reading picks among them
    for m in conditions:
        h = m.hit("condition")
        if h is not None and len(m.surface) >= len(phrase) - 1:
            # the lexicon's own name for the whole title; a subtype's disease, as before,
            # unless the title names the type by its number ("Diabetes Type 1")
            if h.type == "subtype" and not _TYPE_NUMBER.search(phrase):
                return dc._parent(h.name) or h.name
            return h.name
    if not _repeated(dc, first, phrase):
        return None
    return page_casing(dc, phrase)


def _names_a_condition(dc: DocContext, phrase: str) -> bool:
    """Whether ``phrase`` is one condition's name: the lexicon's disease spanning it, a
    tumour's name by its shape, or a name by a condition's head noun."""
    for m in dc.find(phrase):
        h = m.hit("condition")
        if h is not None and h.type in ("disease", "subtype") and len(m.surface) >= len(
            phrase
        ) - 1:
            return True
    if [d for d in disease_names(phrase) if d.end - d.start >= len(phrase) - 1]:
        return True
    return topic_heads.names_condition(phrase)


def _repeated(dc: DocContext, title: Unit, phrase: str) -> bool:
    """Whether the page goes on to speak of the title's unknown name: twice for any title;
    for a condition named by its head noun (:mod:`.topic_heads`), once, by the name without
    its site ("Kelbrin's disease" of "Kelbrin's Disease of Bone") or by "this condition"."""
    if _repeats(dc, title, phrase) >= 2:
        return True
    if not topic_heads.names_condition(phrase):
        return False
    if _repeats(dc, title, phrase) + _repeats(dc, title, topic_heads.head_name(phrase)) >= 1:
        return True
    back = topic_heads.anaphor(phrase)
    return any(back.search(u.text) for u in dc.units if u.index not in dc.skipped)


def _norm(text: str) -> str:
    return no_apostrophes(text.lower())


def _repeats(dc: DocContext, title: Unit, phrase: str) -> int:
    """How often the page repeats ``phrase`` (a plural ending aside) outside its title."""
    base = _norm(phrase)
    if base.endswith("s") and not base.endswith(("ss", "is", "us")):
        base = base[:-1]
    pat = re.compile(r"\b" + re.escape(base).replace(r"\ ", r"[\s\-]+") + r"(?:s|es)?\b")
    n = 0
    for u in dc.units:
        if u.index != title.index and u.index not in dc.skipped:
            n += len(pat.findall(_norm(u.text)))
            if n >= 2:
                return n
    return n


def page_casing(dc: DocContext, phrase: str) -> str:
    """``phrase`` with the capitals the page's sentences give each word: a word the text
    writes capitalised in mid-sentence is a proper name ("Pompe", "Crohn's", "Rocky
    Mountain"); others are lower-cased; acronyms ("ALG1") keep their form."""
    words = phrase.split()
    whole = _surface_forms(dc, phrase)
    # every word capitalised mid-sentence is a heading run into the text, not the name's form
    written = [f for f, _ in whole.most_common() if len(f.split()) < 2 or not f.istitle()]
    form = written[0].split() if written else []
    out = []
    for i, w in enumerate(words):
        if re.match(r"[A-Z0-9]{2,}(?:-|$)", w) and any(c.isalpha() for c in w):
            out.append(w)
            continue
        if len(form) == len(words):
            cap = form[i][:1].isupper()
        else:
            forms = _surface_forms(dc, w.rstrip(","), lone=True)
            caps = sum(n for f, n in forms.items() if f[:1].isupper())
            low = sum(forms.values()) - caps
            # a word the sentences never show: an eponym's double capital tells ("Aicardi-
            # Goutieres"); any other word is an ordinary one
            cap = (caps > low and caps >= 2) or (
                caps == low == 0 and re.search(r"-[A-Z]", w) is not None
            )
        out.append(w[:1].upper() + w[1:] if cap else w.lower())
    return " ".join(out)


def names_topic(dc: DocContext, text: str) -> str | None:
    """The page's topic when ``text`` names it, spelled as the page spells it ("Parkinsons
    disease (PD)" for Parkinson's disease: apostrophes, a plural ending, a bracketed short
    name and a population before it aside); else None."""
    topic = dc.main_disease
    if topic is None:
        return None
    t = re.sub(r"\s*\([^()]*\)\s*$", "", text.strip(" ,.;:"))
    t = re.sub(r"^(?:an?|the)\s+", "", t, flags=re.IGNORECASE)
    a, b = _norm(t).replace("-", " "), _norm(topic).replace("-", " ")
    if _plain(a) == _plain(b):
        return topic
    # "childhood ependymoma" on the page whose title's "Childhood Ependymoma" gave the topic
    # "ependymoma": the population the title named is no part of the topic's name; "Diabetes
    # Type 1" in a heading is the topic "type 1 diabetes"
    a = _turned(_POPULATION_HEAD.sub("", a))
    return topic if _plain(a) == _plain(b) else None


def _plain(name: str) -> str:
    """A name without its plural ending, "-es" after a hiss included ("heat illnesses")."""
    return re.sub(r"(ss|x|ch|sh)es$", r"\1", name).rstrip("s")


_QUESTION = re.compile(r"^\s*what\s+(?:is|are)\s+(?:\(are\)\s+)?", re.IGNORECASE)


def heading_names_topic(dc: DocContext, heading: str) -> str | None:
    """The page's topic when a heading names it, alone or asked about ("What is (are) X ?");
    a topic that is a germ's name is named by its infection too ("Helicobacter Pylori
    Infections" on the page whose topic is the germ)."""
    asked = _QUESTION.sub("", heading).strip(" ?")
    return (
        names_topic(dc, heading) or names_topic(dc, asked)
        or names_topic(dc, re.sub(r"\s+infections?$", "", asked, flags=re.IGNORECASE))
    )


def _surface_forms(dc: DocContext, phrase: str, *, lone: bool = False) -> Counter[str]:
    """How the page's sentences write ``phrase`` in mid-sentence (apostrophes aside: the
    first word of a sentence is capitalised whatever it is). With ``lone``, a capitalised
    word among other capitalised words is left out: a heading run into the text ("Risk
    Factors Granulomatous Amebic Encephalitis is ...") capitalises every word."""
    words = [re.escape(_norm(w)) for w in phrase.split()]
    pat = re.compile(r"(?<![\w])" + r"[\s\-]+".join(words) + r"(?![\w])", re.IGNORECASE)
    forms: Counter[str] = Counter()
    for u in dc.units:
        if u.kind == "heading" or u.index in dc.skipped:
            continue
        text = no_apostrophes(u.text)
        for m in pat.finditer(text):
            before = text[: m.start()].rstrip()
            if before and before[-1] not in ".!?:;-–\"(":
                if lone and m.group(0)[:1].isupper() and _in_capital_run(text, m):
                    continue
                forms[m.group(0)] += 1
    return forms


def _in_capital_run(text: str, m: re.Match[str]) -> bool:
    """Whether the word ``m`` found stands next to another capitalised word."""
    prev = re.search(r"(\S+)\s+$", text[: m.start()])
    nxt = re.match(r"\s+(\S+)", text[m.end() :])
    return any(x is not None and x.group(1)[:1].isupper() for x in (prev, nxt))


def bare_all(dc: DocContext) -> str | None:
    """ "ALL" never spelled out: the usual abbreviation, when the text speaks of leukemia."""
    text = " ".join(u.text for u in dc.units)
    if re.search(r"\bALL\b", text) and re.search(r"leuk|lymphoblast", text, re.IGNORECASE):
        hits = dc.lexicon.lookup("acute lymphoblastic leukemia")
        if hits:
            dc.abbreviations.setdefault("ALL", hits)
            dc._mentions.clear()
            dc._find_cache.clear()
            return hits[0].name
    return None
