"""Whose signs a sentence gives, and how a list's members are worded, on one-paragraph patient
pages:

* "the disorder" after a sentence that opens with the page's topic is the topic, though that
  sentence names another condition after it (apostrophes in the name are not compared);
* "A and other B" names A; "another disorder" names none; a condition's bouts ("outbreaks
  that start on the face") are the page's condition's, a list item's dash no part of them;
* members: adjectives stacked after "with" ("a rash with painful, red, tender skin"), two
  nouns sharing a vague head ("vision or hearing problems"), a second time or place after
  "or" ("bleeding during menstruation or childbirth"), a part seen unequal to its pair
  ("one leg that appears longer than the other").

Every text is written for the test.
"""

from __future__ import annotations

from pathlib import Path

from extract_helpers import lowered, of_markdown, of_topic_page

from trainer.domain import Relation

SYMPTOM = Relation.SYMPTOM_CAUSE


def _symptoms(tmp_path: Path, topic: str, paragraph: str) -> set[tuple[str, str]]:
    return of_topic_page(tmp_path, topic, paragraph, SYMPTOM)


def test_the_disorder_after_a_sentence_opening_with_the_topic_is_the_topic(
    tmp_path: Path,
) -> None:
    found = _symptoms(
        tmp_path, "Sjogren's Syndrome",
        "Sjogrens syndrome is an autoimmune disorder of the glands. Sjogrens syndrome is also "
        "linked with rheumatic disorders such as rheumatoid arthritis. The hallmark symptoms "
        "of the disorder are dry mouth and dry eyes.",
    )
    assert {("sjogren's syndrome", "dry mouth"), ("sjogren's syndrome", "dry eyes")} <= found
    assert not any(s == "rheumatoid arthritis" for s, _ in found), found


def test_one_named_beside_other_ones_of_its_kind_is_the_named_one(tmp_path: Path) -> None:
    found = _symptoms(
        tmp_path, "Arteriovenous Malformation",
        "Arteriovenous malformations (AVMs) are tangles of blood vessels. Medicines can ease "
        "symptoms such as headache and seizures caused by AVMs and other vascular lesions.",
    )
    assert ("arteriovenous malformation", "headache") in found
    assert not any("other vascular lesions" in s for s, _ in found), found


def test_a_symptom_of_another_disorder_names_no_owner(tmp_path: Path) -> None:
    found = _symptoms(
        tmp_path, "Peripheral Neuropathy",
        "Peripheral neuropathy is damage to the nerves outside the brain. Occasionally the "
        "neuropathy is a symptom of another disorder.",
    )
    assert not any("another" in s or "occasionally" in o for s, o in found), found


def test_a_conditions_outbreaks_in_a_flattened_item_are_the_conditions(tmp_path: Path) -> None:
    found = _symptoms(
        tmp_path, "Shingles",
        "Shingles is a painful rash. Shingles may also lead to other serious complications. "
        "- Outbreaks that start on the face or eyes can cause vision or hearing problems.",
    )
    assert {("herpes zoster", "vision problems"), ("herpes zoster", "hearing problems")} <= found
    assert not any(s.startswith(("outbreaks", "-")) for s, _ in found), found


def test_a_flattened_item_with_a_name_given_to_it_gives_no_torn_pieces(tmp_path: Path) -> None:
    found = _symptoms(
        tmp_path, "Brindle Adenitis",
        "Brindle adenitis (BA) is a chronic skin disease. It can be painful. Symptoms include "
        "- Blackheads and red, tender bumps, called abscesses. The abscesses get bigger "
        "- Scarring No one knows what causes BA.",
    )
    objects = {o for _, o in found}
    assert not any(o.startswith(("-", "called")) for o in objects), found
    assert "tender bumps" not in objects, found


def test_adjectives_stacked_after_with_each_describe_the_noun(tmp_path: Path) -> None:
    found = _symptoms(
        tmp_path, "Cellulitis",
        "Cellulitis is an infection of the skin. Symptoms include - Fever and chills - A rash "
        "with painful, red, tender skin. The skin may blister.",
    )
    assert {("cellulitis", "rash"), ("cellulitis", "painful skin"), ("cellulitis", "red skin"),
            ("cellulitis", "tender skin")} <= found
    assert ("cellulitis", "rash with painful") not in found


def test_two_nouns_share_a_vague_head_but_a_sign_and_an_adjective_do_not(
    tmp_path: Path,
) -> None:
    found = _symptoms(
        tmp_path, "Marlow Syndrome",
        "Marlow syndrome is a genetic condition. Some people with Marlow syndrome have vision "
        "or hearing problems. Children with Marlow syndrome may also have anxiety and "
        "hyperactive behavior.",
    )
    assert {("marlow syndrome", "vision problems"),
            ("marlow syndrome", "hearing problems")} <= found
    assert ("marlow syndrome", "vision") not in found
    assert ("marlow syndrome", "anxiety behavior") not in found


def test_a_second_time_after_or_is_no_sign_of_its_own(tmp_path: Path) -> None:
    found = _symptoms(
        tmp_path, "Marlow Syndrome",
        "Marlow syndrome is a genetic condition. Women with a bleeding disorder typically have "
        "excessive bleeding during menstruation (menorrhagia) or childbirth.",
    )
    assert ("bleeding disorder", "excessive bleeding during menstruation or childbirth") in found
    assert ("bleeding disorder", "childbirth") not in found


def test_a_part_seen_unequal_to_its_pair_is_a_sign_with_its_clause(tmp_path: Path) -> None:
    found = _symptoms(
        tmp_path, "Adolescent Idiopathic Scoliosis",
        "Adolescent idiopathic scoliosis is a curve of the spine. The most common signs of the "
        "condition include a tilt or unevenness (asymmetry) in the shoulders, hips, or waist, "
        "or having one leg that appears longer than the other.",
    )
    assert (
        "adolescent idiopathic scoliosis", "one leg that appears longer than the other"
    ) in found
    assert ("adolescent idiopathic scoliosis", "having one leg") not in found


def test_it_carries_the_topic_through_a_verb_no_reader_takes(tmp_path: Path) -> None:
    found = _symptoms(
        tmp_path, "Pinkeye",
        "Conjunctivitis is the medical name for pink eye. It involves inflammation of the "
        "outer layer of the eye. It can cause swelling, itching and redness. Pinkeye usually "
        "does not affect vision.",
    )
    assert {("pinkeye", "swelling"), ("pinkeye", "itching"), ("pinkeye", "redness")} <= found


def test_an_it_standing_for_no_one_carries_no_topic(tmp_path: Path) -> None:
    found = _symptoms(
        tmp_path, "Pinkeye",
        "Pinkeye is a common eye problem. It is important to see a doctor early. It can cause "
        "swelling and redness. Pinkeye usually does not affect vision.",
    )
    assert found == set()


def test_attacks_named_by_what_they_are_of_are_a_sign(tmp_path: Path) -> None:
    found = _symptoms(
        tmp_path, "Panic Disorder",
        "Panic disorder is a type of anxiety disorder. It causes panic attacks, which are "
        "sudden feelings of terror.",
    )
    assert ("panic disorder", "panic attacks") in found


def test_a_figure_two_readers_read_is_one_card_in_the_texts_words(tmp_path: Path) -> None:
    page = (
        "# Marlow Syndrome\n\n## What is (are) Marlow syndrome ?\n\nMarlow syndrome is a "
        "genetic condition.\n\n## How many people are affected by Marlow syndrome ?\n\n"
        "Marlow syndrome occurs in approximately 1 in 1,000 to 2,500 people.\n"
    )
    found = of_markdown(tmp_path, page, Relation.NUMERIC)
    assert [o for _, o in found] == ["approximately 1 in 1,000 to 2,500"], found


def test_a_conditions_own_head_is_no_sign_of_it_unless_it_is_a_sign(tmp_path: Path) -> None:
    table = (
        "# Juvenile Idiopathic Arthritis\n\n## What are the signs and symptoms of Juvenile "
        "idiopathic arthritis ?\n\nThe Human Phenotype Ontology provides the following list of "
        "signs and symptoms for Juvenile idiopathic arthritis. If the information is available, "
        "the table below includes how often the symptom is seen in people with this condition."
        "\n\nSigns and Symptoms Approximate number of patients (when available) Arthritis 90% "
        "Joint swelling 90% Skin rash 50%\n"
    )
    found = lowered(of_markdown(tmp_path, table, SYMPTOM))
    assert ("juvenile idiopathic arthritis", "joint swelling") in found
    assert ("juvenile idiopathic arthritis", "arthritis") not in found
    fever = _symptoms(
        tmp_path, "Valley Fever",
        "Valley fever is a disease caused by a fungus. Symptoms include fever, cough and "
        "headache.",
    )
    assert ("valley fever", "fever") in fever


def test_stacked_states_of_a_part_and_a_having_member(tmp_path: Path) -> None:
    found = _symptoms(
        tmp_path, "Marlow Syndrome",
        "Marlow syndrome is a genetic condition. Additional signs and symptoms of Marlow "
        "syndrome include joint problems and soft, loose skin. Symptoms of Marlow syndrome "
        "include - Being very thirsty - Having dry, itchy skin - Losing weight",
    )
    assert {("marlow syndrome", "soft skin"), ("marlow syndrome", "loose skin")} <= found
    assert ("marlow syndrome", "soft") not in found
    assert ("marlow syndrome", "dry, itchy skin") in found
    assert not any(o.startswith("having") for _, o in found), found


def test_a_list_of_signs_said_to_be_common_in_a_paragraph_on_the_topic(tmp_path: Path) -> None:
    found = _symptoms(
        tmp_path, "Marlow Syndrome",
        "Marlow syndrome is a genetic disorder of the nervous system. Most affected children "
        "have recurrent seizures (epilepsy). Hyperactivity, a short attention span, and a "
        "fascination with water are common.",
    )
    assert {("marlow syndrome", "hyperactivity"), ("marlow syndrome", "short attention span"),
            ("marlow syndrome", "fascination with water")} <= found
    other = _symptoms(
        tmp_path, "Marlow Syndrome",
        "Marlow syndrome is a genetic disorder. Some children also get diabetes. Hyperactivity, "
        "thirst, and weight loss are common.",
    )
    assert not any(o == "thirst" for _, o in other), other


def test_they_after_bare_signs_in_a_paragraph_opening_on_the_topic(tmp_path: Path) -> None:
    found = _symptoms(
        tmp_path, "Hepatic encephalopathy",
        "Hepatic encephalopathy is a syndrome observed in some patients with cirrhosis. Signs "
        "and symptoms may be debilitating. They may include intellectual impairment, abnormal "
        "movements, a depressed level of consciousness, and other symptoms.",
    )
    assert {("hepatic encephalopathy", "intellectual impairment"),
            ("hepatic encephalopathy", "abnormal movements"),
            ("hepatic encephalopathy", "depressed level of consciousness")} <= found
    assert not any(s == "cirrhosis" for s, _ in found), found


def test_this_after_a_sentence_on_the_topic_is_what_the_topic_does(tmp_path: Path) -> None:
    found = _symptoms(
        tmp_path, "Sarcoidosis",
        "Sarcoidosis is a disease of unknown cause. Although less common, sarcoidosis can affect "
        "the heart and brain. This can cause many symptoms, such as shortness of breath, "
        "headaches, and vision problems.",
    )
    assert {("sarcoidosis", "shortness of breath"), ("sarcoidosis", "vision problems")} <= found
    none = _symptoms(
        tmp_path, "Sarcoidosis",
        "Sarcoidosis is a disease of unknown cause. Some people take steroids. This can cause "
        "weight gain and swelling. Sarcoidosis is rare.",
    )
    assert none == set()


def test_the_first_sign_of_a_condition_either_way_round(tmp_path: Path) -> None:
    found = _symptoms(
        tmp_path, "Gout",
        "Gout is a kind of arthritis. The first sign of gout is usually pain in the big toe. "
        "Swollen joints are usually the first sign of gout flares.",
    )
    assert ("gout", "pain in the big toe") in found
    pof = _symptoms(
        tmp_path, "Premature Ovarian Failure",
        "Premature ovarian failure (POF) is when the ovaries stop working before age 40. Missed "
        "periods are usually the first sign of POF.",
    )
    assert pof == {("premature ovarian failure", "missed periods")}
    when = _symptoms(
        tmp_path, "Tourette Syndrome",
        "Tourette syndrome is a disorder of the nervous system. The first symptoms of Tourette "
        "syndrome are almost always noticed in childhood.",
    )
    assert when == set()


def test_a_flattened_list_broken_by_a_full_stop_inside_an_item_goes_on(tmp_path: Path) -> None:
    found = _symptoms(
        tmp_path, "Brindle Adenitis",
        "Brindle adenitis (BA) is a chronic skin disease. It can be painful. Symptoms include "
        "- Blackheads and red, tender bumps, called abscesses. The abscesses get bigger - "
        "Itching - Scarring No one knows what causes BA.",
    )
    assert {("brindle adenitis", "itching"), ("brindle adenitis", "scarring")} <= found
