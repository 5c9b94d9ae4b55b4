"""Risk factors named as the examples of a category the page's condition is said to result
from or go with ("X can also result from diseases such as A and B", "Other conditions linked to
X include A"), and the near misses that give no factor: what the condition brings (symptoms,
complications), another condition's causes, a negated or doubted tie, a form of the condition
the page does not name whole.

Every text is written for the test.
"""

from __future__ import annotations

from pathlib import Path

from extract_helpers import extract

from trainer.domain import Relation

RISK = Relation.RISK_FACTOR


def _cards(tmp_path: Path, text: str, title: str = "Pericarditis") -> set[tuple[str, str]]:
    p = tmp_path / "page.md"
    p.write_text(f"# {title}\n\n{title} is an inflammation of the sac around the heart.\n\n"
                 f"{text}\n", encoding="utf-8")
    return {(f.subject.lower(), f.object.lower()) for f in extract(p) if f.relation is RISK}


def test_a_category_tied_to_the_condition_gives_its_examples(tmp_path: Path) -> None:
    for text, factors in (
        ("Pericarditis can also result from diseases that inflame many organs, such as lupus "
         "and sarcoidosis.", {"systemic lupus erythematosus", "sarcoidosis"}),
        ("It may be associated with other autoimmune conditions like rheumatoid arthritis or "
         "scleroderma.", {"rheumatoid arthritis", "systemic scleroderma"}),
        ("Pericarditis sometimes occurs as a complication of infections, including "
         "tuberculosis and HIV infection.", {"tuberculosis"}),
        ("Other disorders associated with pericarditis include kidney failure, hypothyroidism, "
         "and cancer.", {"kidney failure", "hypothyroidism", "cancer"}),
        ("Infections that can trigger pericarditis include tuberculosis and influenza.",
         {"tuberculosis", "influenza"}),
    ):
        found = _cards(tmp_path, text)
        for f in factors:
            assert ("pericarditis", f) in found, (text, found)


def test_what_the_condition_brings_or_another_condition_gives_nothing(tmp_path: Path) -> None:
    for text in (
        # what the condition brings: symptoms, complications
        "Pericarditis is associated with symptoms such as chest pain and fever.",
        "Pericarditis can result in complications such as cardiac tamponade.",
        # another condition's causes
        "Heart failure may result from conditions such as hypertension and diabetes.",
        # negated, doubted
        "Pericarditis is not associated with diseases such as gout or psoriasis.",
        "Researchers think pericarditis may be linked to conditions like gout and psoriasis.",
        # a form of the condition the page does not name whole
        "Type 3 pericarditis can result from diseases such as gout and psoriasis.",
    ):
        found = _cards(tmp_path, text)
        assert not any(o in {"gout", "psoriasis", "chest pain", "fever", "cardiac tamponade",
                             "hypertension", "diabetes"} for _, o in found), (text, found)


def test_a_part_split_off_its_trouble_is_joined_back(tmp_path: Path) -> None:
    found = _cards(tmp_path, "Pericarditis may be caused by conditions such as kidney failure, "
                   "cancer, or injury of the chest wall or ribs.")
    assert ("pericarditis", "injury of the chest wall or ribs") in found
    assert ("pericarditis", "ribs") not in found


def test_members_set_apart_by_commas_are_not_joined(tmp_path: Path) -> None:
    found = _cards(tmp_path, "Pericarditis may be caused by conditions such as a lack of "
                   "vitamin D, smoking, or obesity.")
    assert {("pericarditis", "smoking"), ("pericarditis", "obesity")} <= found
    assert not any(" or " in o for _, o in found)


def _page(tmp_path: Path, title: str, text: str) -> set[tuple[str, str]]:
    p = tmp_path / "page.md"
    p.write_text(f"# {title}\n\n{text}\n", encoding="utf-8")
    return {(f.subject.lower(), f.object.lower()) for f in extract(p) if f.relation is RISK}


def test_a_form_the_page_treats_apart_is_the_subject(tmp_path: Path) -> None:
    # the page names "type 2 CVS" three times: its causes are that form's
    text = (
        "Cyclic vomiting syndrome (CVS) has two forms.\n\n"
        "## Type 2 CVS\n\n"
        "Type 2 CVS is the adult form. Type 2 CVS may also result from conditions such as "
        "migraine and chronic cannabis use.\n\n"
        "In adults, type 2 CVS may complicate diseases like diabetes.\n"
    )
    found = _page(tmp_path, "Cyclic Vomiting Syndrome", text)
    assert ("type 2 cvs", "migraine") in found
    assert ("type 2 cvs", "diabetes") in found
    assert not any(s == "cyclic vomiting syndrome" and o == "migraine" for s, o in found)


def test_a_form_said_once_or_a_passing_state_gives_nothing(tmp_path: Path) -> None:
    text = (
        "Cyclic vomiting syndrome (CVS) has many causes.\n\n"
        "Adult CVS may also result from conditions such as migraine.\n\n"
        "Untreated CVS may result from conditions such as migraine. Untreated CVS is common. "
        "Untreated CVS is hard.\n"
    )
    found = _page(tmp_path, "Cyclic Vomiting Syndrome", text)
    assert not any(o == "migraine" for _, o in found), found


def test_an_action_noun_shares_what_the_next_action_is_of(tmp_path: Path) -> None:
    found = _cards(tmp_path, "Pericarditis may also result from conditions such as kidney "
                   "failure, removal or destruction of both adrenal glands, and lupus.")
    assert ("pericarditis", "removal or destruction of both adrenal glands") in found
    assert ("pericarditis", "removal") not in found
