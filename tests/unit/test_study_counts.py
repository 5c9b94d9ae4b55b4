"""The review screen's learning count and next learning card, kept in memory, agree with a
plain count over every card after any series of moves (seeded, so a failure repeats)."""

from __future__ import annotations

import random

from trainer.services.study_counts import DueCounts


def _plain(cards: dict[int, tuple[int, int]], *, until_ms: int,
           now_ms: int) -> tuple[int, int | None]:
    due = sorted((d, c) for c, (d, buried) in cards.items() if d <= until_ms and buried <= now_ms)
    return len(due), (due[0][1] if due else None)


def test_learning_counts_follow_every_move() -> None:
    rng = random.Random(7)
    counts = DueCounts(day_end_ms=10_000)
    cards: dict[int, tuple[int, int]] = {
        c: (rng.randrange(0, 5000), rng.choice((0, 0, 0, 3000))) for c in range(40)}
    counts.set_learning((c, "d", due, buried) for c, (due, buried) in cards.items())
    for _ in range(400):
        card = rng.randrange(60)
        before = cards.get(card)
        after = (rng.randrange(0, 5000), rng.choice((0, 0, 0, 3000))) if rng.random() < 0.7 \
            else None
        counts.move("d", card,
                    None if before is None else {"phase": 1, "due": before[0],
                                                 "buried_until": before[1], "suspended": False},
                    None if after is None else {"phase": 3, "due": after[0],
                                                "buried_until": after[1], "suspended": False},
                    now_ms=2000)
        if after is None:
            cards.pop(card, None)
        else:
            cards[card] = after
        now, until = rng.randrange(0, 5000), rng.randrange(0, 5000)
        expected_count, expected_next = _plain(cards, until_ms=until, now_ms=now)
        assert counts.totals({}, {}, now_ms=now, until_ms=until)[1] == expected_count
        assert counts.next_learning(until_ms=until, now_ms=now) == expected_next


def test_new_and_review_totals_follow_moves_and_limit_changes() -> None:
    """Totals kept between cards follow every move of a count and every change of a limit."""
    rng = random.Random(11)
    decks = [f"d{i}" for i in range(5)]
    counts = DueCounts(day_end_ms=10_000)
    for d in decks:
        counts.set_deck(d, new=rng.randrange(30), new_cap=100, review=rng.randrange(30),
                        review_cap=100)
    new_left = {d: rng.randrange(25) for d in decks}
    review_left = {d: rng.randrange(25) for d in decks}
    for _ in range(300):
        d = rng.choice(decks)
        roll = rng.random()
        if roll < 0.4:
            phase = rng.choice((0, 2))
            counts.move(d, rng.randrange(1000),
                        {"phase": phase, "due": 5, "buried_until": 0, "suspended": False},
                        None, now_ms=100)
        elif roll < 0.7:
            (new_left if rng.random() < 0.5 else review_left)[d] -= 1
            counts.touch(d)
        expected_new = sum(max(0, min(n, new_left[k])) for k, n in counts.new.items())
        expected_review = sum(max(0, min(n, review_left[k])) for k, n in counts.review.items())
        assert counts.stale(new_left, review_left) == []  # read with room above the limits
        new, _learning, review = counts.totals(new_left, review_left, now_ms=100,
                                               until_ms=100)
        assert (new, review) == (expected_new, expected_review)
