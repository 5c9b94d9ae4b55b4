from trainer.domain import Rating
from trainer.services import check_typed_answer


def test_case_and_spacing_do_not_matter() -> None:
    result = check_typed_answer("  tyrosine   KINASE inhibitor ", "tyrosine kinase inhibitor")
    assert result.correct and result.suggested is Rating.GOOD


def test_a_small_typo_is_close_and_suggests_hard() -> None:
    result = check_typed_answer("vincristin", "vincristine")
    assert not result.correct and result.close and result.suggested is Rating.HARD
    assert ("insert", "e") in result.diff


def test_a_wrong_answer_suggests_again_and_shows_the_difference() -> None:
    result = check_typed_answer("CD20", "CD19")
    assert not result.correct and not result.close
    assert result.suggested is Rating.AGAIN
    assert "".join(t for op, t in result.diff if op != "delete") == "CD19"


def test_an_empty_answer_is_never_correct() -> None:
    assert check_typed_answer("", "CD19").suggested is Rating.AGAIN


def test_case_differences_are_not_marked_in_the_diff() -> None:
    result = check_typed_answer("cd19", "CD19")
    assert result.correct and result.diff == [("equal", "CD19")]
