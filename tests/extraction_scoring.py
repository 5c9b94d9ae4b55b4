"""Scoring of the extractor against a hand-written gold file (shared by the quality tests).

A fact matches a gold fact when doc, relation, subject and object agree (case, hyphens and a
final plural aside; names of drugs, classes, targets and phases compared by the lexicon's
canonical spelling, so that a synonym the lexicon lists is the same name) and its line range
overlaps one of the gold ranges of that fact. Scores are over distinct facts.

Two relations carry a free phrase that two careful readers word differently: the measure of a
``numeric`` fact and the purpose of a ``marker`` fact. For them a found fact that matches no gold
fact exactly may still match one by :func:`loose_match` (same test and one purpose phrase inside
the other; same value and the same head noun of the measure). Each gold fact is matched by one
found fact at most, so a loose match never counts twice. ``score(..., loose=False)`` scores
exact phrases only.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

import yaml

from trainer.domain import Relation
from trainer.generator import extract_documents
from trainer.generator.lexicon_load import load_lexicon

STRICT = {Relation.DRUG_TARGET, Relation.DRUG_CLASS, Relation.PHASE_DURATION, Relation.PHASE_DRUGS}
STRICT_PRECISION = 0.95
STRICT_RECALL = 0.85
OTHER_PRECISION = 0.90

Key = tuple[str, str, str, str]
Table = dict[Relation, dict[str, object]]


def _norm(name: str) -> str:
    """Spelling that does not change a fact: case, hyphens, spacing, a final plural."""
    words = re.sub(r"[-‐‑–\s]+", " ", name.strip().lower()).split()
    if words and len(words[-1]) > 3 and words[-1].endswith("s") and not words[-1].endswith("ss"):
        words[-1] = words[-1][:-1]
    return " ".join(words)


# Kinds of name whose synonyms the lexicon lists: a fact naming "anticancer drug" and one
# naming "antineoplastic agent" state the same class, and "neurological exam" and
# "neurological examination" the same test, so both sides are compared by the lexicon's
# canonical name (the lexicon holds names only, never a relation).
_NAMED = {
    Relation.DRUG_TARGET.value: ("drug", "target"),
    Relation.DRUG_CLASS.value: ("drug", "drug_class"),
    Relation.PHASE_DURATION.value: ("phase", None),
    Relation.PHASE_DRUGS.value: ("phase", "drug"),
    Relation.SYMPTOM_CAUSE.value: ("condition", "condition"),
    Relation.RISK_FACTOR.value: ("condition", "condition"),
    Relation.PROGNOSTIC_FACTOR.value: ("condition", None),
    Relation.MARKER.value: ("marker", None),
}


def _canonical(name: str, kind: str | None) -> str:
    if kind is None:
        return name
    lex = load_lexicon()
    for h in lex.lookup(name):
        if h.kind == kind or (kind == "drug" and h.kind == "drug_class"):
            return h.name
    return name


def _key(doc: str, relation: str, subject: str, obj: str) -> Key:
    kinds = _NAMED.get(relation)
    if kinds is not None:
        subject, obj = _canonical(subject, kinds[0]), _canonical(obj, kinds[1])
    if relation == Relation.PHASE_DURATION.value:
        return (doc, relation, _norm(subject), value_spelling(_norm(obj)))
    return (doc, relation, _norm(subject), _norm(obj))


MARKER = Relation.MARKER.value
PHRASED = {Relation.RISK_FACTOR.value, Relation.PROGNOSTIC_FACTOR.value,
           Relation.SYMPTOM_CAUSE.value}
LOOSE = {Relation.NUMERIC.value, MARKER, *PHRASED}
# A measure named by a generic quantity noun is headed by the noun before it: "fasting glucose
# level" is a glucose measure, "complete response rate" a response measure.
_GENERIC_HEADS = {"level", "rate", "value", "number", "percentage", "proportion", "count",
                  "concentration", "reading", "result", "threshold", "figure"}  # fmt: skip
_PREPOSITIONS = re.compile(
    r"\s(?:of|for|in|with|at|after|before|by|from|among|despite|during|to|on|under|over|"
    r"within|without|than|who|that|which|when|needing|requiring|prompting|compared)\s"
)


# "rheumatic fever patients with anorexia" and "anorexia in rheumatic fever": one measure, the
# share of the condition's patients who have the sign (a phenotype table's row), worded two ways
_PATIENTS_WITH = re.compile(r"^(?P<c>.+?) patients with (?P<f>.+)$")


def _share_of_patients(measure: str) -> str:
    m = _PATIENTS_WITH.match(measure)
    return f"{m.group('f')} in {m.group('c')}" if m else measure


def head_noun(measure: str) -> str:
    """The head noun of a measure: the last word before its first preposition or clause,
    a generic quantity noun giving way to the word before it ("2-hour OGTT glucose for
    gestational diabetes" -> "glucose", "complete response rate" -> "response")."""
    words = _PREPOSITIONS.split(f" {_norm(measure)} ", maxsplit=1)[0].split()
    while len(words) > 1 and words[-1] in _GENERIC_HEADS:
        words.pop()
    return words[-1] if words else ""


# Spellings of a value that state the same figure: "about 90 percent" and "approximately
# 90%", "more than 80 percent" and "above 80%", "5 to 7 days" and "5-7 days" (hyphens are
# already spaces after ``_norm``). Only the wording of the comparison and the unit changes,
# never the number, so a figure keyed one way is not counted wrong when read the other.
_VALUE_WORDS = (
    (re.compile(r"\bapproximately\b|\baround\b|\broughly\b|\ban estimated\b|\bestimated\b"),
     "about"),
    (re.compile(r"\b(?:more|greater|higher) than\b|\bover\b"), "above"),
    (re.compile(r"\b(?:less|fewer|lower) than\b|\bunder\b"), "below"),
    (re.compile(r"\s*\bper ?cent\b"), "%"),
    (re.compile(r"\s+%"), "%"),
    (re.compile(r"(?<=\d) to (?=\d)"), " "),
    (re.compile(r"\bone (?=in \d|out of \d)"), "1 "),  # "one in 4,000" and "1 in 4,000"
)


def value_spelling(value: str) -> str:
    """A figure's value with the wording of its comparison and unit made uniform."""
    for pattern, replacement in _VALUE_WORDS:
        value = pattern.sub(replacement, value)
    return " ".join(value.split())


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _contains(longer: str, shorter: str) -> bool:
    """Whether ``shorter`` is a run of whole words of ``longer``, each word's plural folded
    and list punctuation ignored."""
    a = " ".join(_singular(w) for w in re.sub(r"[,;:]", " ", longer).split())
    b = " ".join(_singular(w) for w in re.sub(r"[,;:]", " ", shorter).split())
    return f" {b} " in f" {a} "


def loose_match(relation: str, found: tuple[str, str], gold: tuple[str, str]) -> bool:
    """Whether a found (subject, object) states the gold one in other words (both normalised
    by ``_norm``). Fair to any extractor because it asks for the part that carries the fact:

    * marker: the same test, and the gold purpose inside the found one ("diagnosis of diabetes"
      in "diagnosis of diabetes during a regular checkup"), or the found purpose, two words at
      least, inside the gold one ("blood clots" in "blood clots in the atria");
    * numeric: the same value (spelt alike by :func:`value_spelling`), and measures with the
      same head noun ("relapse rate" and "relapse rate despite a negative PET scan";
      "fasting glucose level" and "fasting glucose in prediabetes"); or the found measure's head
      noun is the unit the gold value ends with ("newborns with X": "about 1 in 800" and
      "about 1 in 800 newborns");
    * risk and prognostic factors: the same subject and the two phrases the same factor by
      :func:`_same_phrase`; symptoms: cause and symptom each the same by :func:`_same_phrase`
      ("night sweats" / "drenching night sweats").
    """
    (fs, fo), (gs, go) = found, gold
    if relation == Relation.MARKER.value:
        return fs == gs and (_contains(fo, go) or (len(fo.split()) >= 2 and _contains(go, fo)))
    if relation == Relation.NUMERIC.value:
        fv, gv = value_spelling(fo), value_spelling(go)
        if fv == gv:
            fs, gs = _share_of_patients(fs), _share_of_patients(gs)
            return fs == gs or head_noun(fs) == head_noun(gs) != ""
        # "about 1 in 800" of "newborns with X" and "about 1 in 800 newborns" as the
        # incidence of X: the same figure, its unit said in the measure or after the value
        unit = head_noun(fs)
        return unit != "" and _singular(gv) == _singular(f"{fv} {unit}")
    if relation == Relation.SYMPTOM_CAUSE.value:
        return _same_phrase(fo, go) and _same_phrase(fs, gs)
    if relation in PHRASED:
        return fs == gs and _same_phrase(fo, go)
    return False


_DIRECTION = re.compile(r"\s*\(([^()]*)\)\s*$")


_WORSE = re.compile(
    r"\b(?:poor\w*|worse|bad|higher risk|more (?:severe|aggressive|chronic)|fatal|death|"
    r"shorter|harder|increase\w*|life[ -]threatening)\b"
)
_BETTER = re.compile(
    r"\b(?:better|good|improve\w*|longer|lower risk|milder|fewer|remission|cure\w*|"
    r"slows?|prevent\w*|limits?|beneficial|(?:highly )?treatable)\b"
)


def _polarity(direction: str) -> str:
    """Which way a keyed direction points ("poorer prognosis", "poor outcome", "more severe
    disease" -> worse), so two wordings of one direction agree; the direction itself when it
    names neither way or both."""
    worse, better = bool(_WORSE.search(direction)), bool(_BETTER.search(direction))
    if worse != better:
        return "worse" if worse else "better"
    return direction


def _same_phrase(a: str, b: str) -> bool:
    """Two wordings of one factor: directions in brackets that point the same way when both
    give one ("(poorer prognosis)" / "(poor outcome)"), and the shorter phrase either opens
    the longer ("stage" / "stage of disease") or is two words at least inside it ("b symptom"
    / "presence of systemic b symptom").

    A factor without a direction matches the keyed factor with one: the card then asks which
    factors bear on the outlook, which the text states, and the keys word directions freely
    ("(poor outcome)", "(more severe disease)"), so no extractor could spell them alike."""
    da, db = _DIRECTION.search(a), _DIRECTION.search(b)
    if da and db and _polarity(da.group(1)) != _polarity(db.group(1)):
        return False
    a, b = _DIRECTION.sub("", a), _DIRECTION.sub("", b)
    short, long_ = sorted((a, b), key=len)
    if not short:
        return False
    opens = f"{long_} ".startswith(f"{short} ")
    return opens or (len(short.split()) >= 2 and _contains(long_, short))


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def load_gold(path: Path) -> dict[Key, list[tuple[int, int]]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    gold: dict[Key, list[tuple[int, int]]] = defaultdict(list)
    for g in data["facts"]:
        gold[_key(g["doc"], g["relation"], g["subject"], g["object"])].append(
            (int(g["lines"][0]), int(g["lines"][1]))
        )
    return gold


def load_alternatives(path: Path) -> dict[Key, Key]:
    """Other spellings a gold file accepts (``subject_alt`` / ``object_alt``) -> the gold key."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    out: dict[Key, Key] = {}
    for g in data["facts"]:
        main = _key(g["doc"], g["relation"], g["subject"], g["object"])
        subjects = [g["subject"], *(g.get("subject_alt") or [])]
        objects = [g["object"], *(g.get("object_alt") or [])]
        for s in subjects:
            for o in objects:
                k = _key(g["doc"], g["relation"], str(s), str(o))
                if k != main:
                    out.setdefault(k, main)
    return out


def _test_name(name: str) -> str:
    """A test's or marker's name as the lexicon spells it, normalised: "echocardiography" and
    "echocardiogram", "CT" and "CT scan" are one test whichever spelling a reader chose."""
    for hit in load_lexicon().lookup(name):
        if hit.kind in ("marker", "target"):
            return _norm(hit.name)
    return _norm(name)


def _loose_variants(path: Path) -> dict[tuple[str, str], list[tuple[Key, Key]]]:
    """Per (doc, relation) of the loosely matched relations: (spelling, gold key) pairs, the
    gold's own spelling and every alternative one; a marker's test named as the lexicon does."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    out: dict[tuple[str, str], list[tuple[Key, Key]]] = defaultdict(list)
    for g in data["facts"]:
        if g["relation"] not in LOOSE:
            continue
        main = _key(g["doc"], g["relation"], g["subject"], g["object"])
        for s in [g["subject"], *(g.get("subject_alt") or [])]:
            for o in [g["object"], *(g.get("object_alt") or [])]:
                subject = _test_name(str(s)) if g["relation"] == MARKER else _norm(str(s))
                out[(g["doc"], g["relation"])].append(
                    ((g["doc"], g["relation"], subject, _norm(str(o))), main)
                )
    return out


def _names_in(text: str) -> set[str]:
    """Every name the lexicon reads in ``text``, as written and as the lexicon spells it."""
    out = set()
    for m in load_lexicon().find(text):
        out.add(_norm(m.surface))
        out.update(_norm(h.name) for h in m.hits)
    return out


def _states(lines: Sequence[str], span: tuple[int, int], key: Key) -> bool:
    """Whether the document's lines ``span`` name both the subject and the object of ``key``
    (as written, or by a spelling the lexicon maps to the same name)."""
    text = " ".join(lines[span[0] - 1 : span[1]])
    flat, names = f" {_norm(text)} ", _names_in(text)
    return all(part in names or f" {part} " in flat for part in (key[2], key[3]))


def score(
    docs: Sequence[Path],
    gold_path: Path | Sequence[Path],
    *,
    loose: bool = True,
    anywhere: bool = False,
) -> Table:
    """Per relation: gold/found/correct counts, precision, recall, wrong and missed keys.
    ``loose`` lets numeric and marker facts match by :func:`loose_match` as well.

    A found fact counts as right when the key holds it for that document and it cites lines
    that overlap the key's. ``anywhere`` also counts it right when it cites another place of
    the document whose lines name both its subject and its object: a key cites one place of a
    fact the document states twice, and a card citing the other place is just as right."""
    paths = [gold_path] if isinstance(gold_path, Path) else list(gold_path)
    gold: dict[Key, list[tuple[int, int]]] = defaultdict(list)
    alternatives: dict[Key, Key] = {}
    variants: dict[tuple[str, str], list[tuple[Key, Key]]] = defaultdict(list)
    for p in paths:
        for k, v in load_gold(p).items():
            gold[k] += v
        alternatives.update(load_alternatives(p))
        for dk, vs in _loose_variants(p).items():
            variants[dk] += vs
    facts = extract_documents(list(docs))
    texts = {
        p.stem: p.read_text(encoding="utf-8", errors="replace").splitlines() for p in docs
    } if anywhere else {}  # fmt: skip
    found: dict[Key, list[tuple[int, int]]] = defaultdict(list)
    tests: dict[Key, str] = {}
    for f in facts:
        k = _key(f.doc, f.relation.value, f.subject, f.object)
        k = alternatives.get(k, k) if k not in gold else k
        found[k].append(f.lines)
        if loose and k[1] == MARKER:
            tests[k] = _test_name(f.subject)
    if loose:
        found = _match_loosely(found, gold, variants, tests)
    table: Table = {}
    for rel in Relation:
        if rel is Relation.NOTE:
            continue
        g_keys = {k for k in gold if k[1] == rel.value}
        f_keys = {k for k in found if k[1] == rel.value}
        hits = {
            k for k in f_keys & g_keys
            if any(_overlap(a, b) for a in found[k] for b in gold[k])
            or (anywhere and any(_states(texts[k[0]], a, k) for a in found[k]))
        }  # fmt: skip
        table[rel] = {
            "gold": len(g_keys),
            "found": len(f_keys),
            "correct": len(hits),
            "precision": len(hits) / len(f_keys) if f_keys else 1.0,
            "recall": len(hits) / len(g_keys) if g_keys else 1.0,
            "wrong": sorted(f_keys - hits),
            "missed": sorted(g_keys - hits),
        }
    return table


def _match_loosely(
    found: dict[Key, list[tuple[int, int]]],
    gold: dict[Key, list[tuple[int, int]]],
    variants: dict[tuple[str, str], list[tuple[Key, Key]]],
    tests: dict[Key, str],
) -> dict[Key, list[tuple[int, int]]]:
    """Found keys renamed to the gold key they loosely match, where the lines overlap; a gold
    key already matched (exactly or loosely) takes no second fact."""
    taken = {
        k for k, lines in found.items()
        if k in gold and any(_overlap(a, b) for a in lines for b in gold[k])
    }  # fmt: skip
    out: dict[Key, list[tuple[int, int]]] = defaultdict(list)
    for k, lines in sorted(found.items()):
        target = k
        if k not in taken and k[1] in LOOSE:
            for spelled, main in variants.get((k[0], k[1]), []):
                if main in taken or not any(_overlap(a, b) for a in lines for b in gold[main]):
                    continue
                if loose_match(k[1], (tests.get(k, k[2]), k[3]), (spelled[2], spelled[3])):
                    target = main
                    taken.add(main)
                    break
        out[target] += lines
    return out


def print_table(table: Table, *, details: bool = False) -> None:
    print()
    print(
        f"{'relation':<18} {'gold':>5} {'found':>6} {'correct':>8} {'precision':>10} {'recall':>7}"
    )
    for rel, row in table.items():
        print(
            f"{rel.value:<18} {row['gold']:>5} {row['found']:>6} {row['correct']:>8} "
            f"{row['precision']:>10.2f} {row['recall']:>7.2f}"
        )
    if details:
        for rel, row in table.items():
            for k in row["wrong"]:  # type: ignore[attr-defined]
                print(f"  WRONG  {rel.value}: {k[0]} | {k[2]} -> {k[3]}")
            for k in row["missed"]:  # type: ignore[attr-defined]
                print(f"  MISSED {rel.value}: {k[0]} | {k[2]} -> {k[3]}")


def failures(table: Table) -> list[str]:
    """The targets a table misses: strict relations on precision and recall, others precision."""
    out = []
    for rel, row in table.items():
        p, r = float(row["precision"]), float(row["recall"])  # type: ignore[arg-type]
        if rel in STRICT:
            if p < STRICT_PRECISION or r < STRICT_RECALL:
                out.append(
                    f"{rel.value}: P={p:.2f} R={r:.2f} wrong={row['wrong']} missed={row['missed']}"
                )
        elif p < OTHER_PRECISION:
            out.append(f"{rel.value}: P={p:.2f} wrong={row['wrong']}")
    return out


DATA = Path(__file__).resolve().parent / "data"


def score_set(folder: str, gold: str, *, documents: int) -> Table:
    """Score the documents of tests/data/<folder> against tests/data/gold/<gold>, print the
    table with every wrong and missed fact (``-s``), and return it."""
    docs = sorted(p for p in (DATA / folder).iterdir() if p.is_file())
    assert len(docs) == documents, f"{folder} should hold {documents} documents"
    table = score(docs, DATA / "gold" / gold)
    print_table(table, details=True)
    return table
