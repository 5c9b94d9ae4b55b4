"""Cloze card: a sentence with a gap shown as ``[...]`` (or ``[hint]``), then filled in.

The services hand over the prompt with the gap already in place and the answer as the
whole sentence filled in; the widget highlights where they differ. A prompt that still
holds raw ``{{c1::answer::hint}}`` markup is rendered the same way.
"""

from __future__ import annotations

import re

from trainer.gui.card_widgets.base import CardWidget, plain_to_html

CLOZE = re.compile(r"\{\{c(\d+)::(.*?)(?:::(.*?))?\}\}", re.DOTALL)
GAP = re.compile(r"\[[^\[\]\n]*\]")


def cloze_sides(prompt: str, answer: str) -> tuple[str, str]:
    """(front, back) as plain text: the prompt with gaps, the sentence filled in."""
    if CLOZE.search(prompt):
        front = CLOZE.sub(lambda m: f"[{m.group(3) or '...'}]", prompt)
        back = CLOZE.sub(lambda m: m.group(2), prompt)
        return front, back
    return prompt, answer or prompt


def highlight_gaps(front: str, back: str, *, color: str) -> tuple[str, str]:
    """Rich text of both sides, with the gap (front) and what fills it (back) in bold colour.

    Each ``[...]`` or ``[hint]`` in the front is matched against the back, so the words
    around the gap pin down what the gap stands for.
    """
    gaps = list(GAP.finditer(front))
    match = None
    if gaps:
        pattern, last = "", 0
        for gap in gaps:
            pattern += re.escape(front[last:gap.start()]) + "(.+?)"
            last = gap.end()
        pattern += re.escape(front[last:])
        match = re.fullmatch(pattern, back, re.DOTALL)
    if match is None:
        return plain_to_html(front), plain_to_html(back)

    def mark(text: str) -> str:
        return f'<b style="color:{color}">{plain_to_html(text)}</b>'

    a_out: list[str] = []
    b_out: list[str] = []
    last_a = last_b = 0
    for n, gap in enumerate(gaps, start=1):
        a_out += [plain_to_html(front[last_a:gap.start()]), mark(gap.group(0))]
        b_out += [plain_to_html(back[last_b:match.start(n)]), mark(match.group(n))]
        last_a, last_b = gap.end(), match.end(n)
    a_out.append(plain_to_html(front[last_a:]))
    b_out.append(plain_to_html(back[last_b:]))
    return "".join(a_out), "".join(b_out)


class ClozeCard(CardWidget):
    """Shows the gap on the front; on the back the sentence is filled, the answer highlighted."""

    def _sides(self, color: str) -> tuple[str, str]:
        front, back = cloze_sides(self.card.content.prompt, self.card.content.answer)
        if front == back:
            return plain_to_html(front), plain_to_html(back)
        return highlight_gaps(front, back, color=color)

    def front_html(self) -> str:
        return self._sides(self.colors.new)[0]

    def judge(self) -> None:
        self.prompt_label.setText(self._sides(self.colors.correct)[1])
        self.prompt_label.setAccessibleName("Question, filled in")

    def answer_html(self) -> str:
        return ""  # the filled sentence replaces the prompt


