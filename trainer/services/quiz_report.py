"""Scoring a quiz and writing its report: overall, per deck, tag and relation, per question.

Pure functions over stored answers, so the report of a quiz taken a month ago reads the
same as on the day. The HTML is what the report view shows and what is saved as PDF or
PNG: one document, so the proof of practice an instructor sees is what the learner saw.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime, tzinfo
from html import escape

from trainer.services.answers import check_typed_answer
from trainer.services.quiz_models import (
    Question,
    QuestionKind,
    QuizReport,
    ReportLine,
    ScoreLine,
)

# How a relation is named in the report: subject -> what is asked about it.
RELATION_LABELS = {
    "drug_target": "drug \u2192 target",
    "drug_class": "drug \u2192 class",
    "phase_duration": "phase \u2192 duration",
    "phase_drugs": "phase \u2192 drugs",
    "marker": "test \u2192 what it shows",
    "risk_factor": "disease \u2192 risk factor",
    "symptom_cause": "cause \u2192 symptom",
    "prognostic_factor": "disease \u2192 prognostic factor",
    "numeric": "measure \u2192 value",
    "note": "question \u2192 answer",
    "phase_order": "order of the phases",
}
_CITED = "\u25b6"
_PASSAGE_LINE = re.compile(r"^(\u25b6 |  )\s*(\d+)  (.*)$")
WRITTEN_BY_HAND = "cards written by hand"
NOT_ANSWERED = "(not answered)"


def relation_label(relation: str | None) -> str:
    if not relation:
        return WRITTEN_BY_HAND
    return RELATION_LABELS.get(relation, relation.replace("_", " "))


def score(question: Question, *, choice: int | None = None, text: str | None = None,
          order: Sequence[str] | None = None) -> tuple[str, bool, bool]:
    """(the answer as text, right?, close?) for one answer to ``question``.

    A typed answer is checked as on a study card (case, spacing and one or two small typos
    forgiven: a close answer counts as right, and the report says so).
    """
    if question.kind is QuestionKind.MCQ:
        if choice is None or not 0 <= choice < len(question.choices):
            return "", False, False
        return question.choices[choice], choice == question.correct_choice, False
    if question.kind is QuestionKind.TYPED:
        given = (text or "").strip()
        if not given:
            return "", False, False
        result = check_typed_answer(given, question.answer)
        return given, result.correct or result.close, result.close
    given_order = tuple(order or ())
    if not given_order:
        return "", False, False
    return " \u2192 ".join(given_order), given_order == question.items, False


def _lines_by(answers: Iterable[tuple[str, bool]]) -> tuple[ScoreLine, ...]:
    tally: dict[str, list[int]] = {}
    for label, correct in answers:
        counts = tally.setdefault(label, [0, 0])
        counts[0] += int(correct)
        counts[1] += 1
    return tuple(ScoreLine(label, c, t) for label, (c, t) in sorted(tally.items()))


def build_report(*, quiz_id: int, title: str, started_at: datetime, finished_at: datetime,
                 lines: Sequence[ReportLine], tags: Mapping[int, Sequence[str]],
                 relations: Mapping[int, str | None], time_limit_s: int | None = None,
                 missed_sent_at: datetime | None = None) -> QuizReport:
    """The report of one quiz; ``tags`` and ``relations`` are keyed by question position."""
    correct = sum(line.correct for line in lines)
    by_tag = _lines_by((tag, line.correct) for line in lines
                       for tag in tags.get(line.position, ()))
    return QuizReport(
        quiz_id=quiz_id, title=title, started_at=started_at, finished_at=finished_at,
        overall=ScoreLine("Score", correct, len(lines)),
        by_deck=_lines_by((line.deck_title, line.correct) for line in lines),
        by_tag=by_tag,
        by_relation=_lines_by((relation_label(relations.get(line.position)), line.correct)
                              for line in lines),
        lines=tuple(lines), time_limit_s=time_limit_s, missed_sent_at=missed_sent_at)


def _seconds(value: float) -> str:
    return f"{value:.0f} s" if value >= 10 else f"{value:.1f} s"


def _table(title: str, rows: Sequence[ScoreLine]) -> str:
    if not rows:
        return ""
    body = "".join(f"<tr><td width='60%'>{escape(r.label)}</td><td width='20%' align='right'>"
                   f"{r.correct}/{r.total}</td><td width='20%' align='right'>{r.percent}%"
                   "</td></tr>" for r in rows)
    return (f"<h3>{escape(title)}</h3><table cellspacing='0' cellpadding='3' width='100%'>"
            f"{body}</table>")


def _passage_html(passage: str) -> str:
    """The source passage as a table of numbered lines that wrap to the page.

    Lines come as ``"▶ 12  text"`` (see :func:`trainer.services.citations.passage`). A
    ``<pre>`` block would keep each line on one row, so a long line ran past the window,
    the PNG grew as wide as the longest line and the PDF cut it at the page edge.
    """
    rows = []
    for raw in passage.splitlines():
        found = _PASSAGE_LINE.match(raw)
        marker, number, text = found.groups() if found else ("", "", raw)
        cited = bool(marker.strip())
        body = f"<b>{escape(text)}</b>" if cited else escape(text)
        rows.append(f"<tr><td width='14' valign='top'>{_CITED if cited else ''}</td>"
                    f"<td width='32' align='right' valign='top'>{number}</td>"
                    f"<td valign='top'>{body}</td></tr>")
    return ("<table cellspacing='0' cellpadding='1' width='100%' style='font-size:small'>"
            f"{''.join(rows)}</table>")


def report_html(report: QuizReport, *, tz: tzinfo | None = None,
                colours: Callable[[bool], str] | None = None) -> str:
    """The report as simple HTML (Qt's rich text subset): shown, printed, saved.

    ``colours`` gives the text colour of a right (True) or wrong (False) mark, so the
    dark theme can pass colours that read on its background.
    """
    mark = colours or (lambda ok: "#1b7f3b" if ok else "#b3261e")
    when = report.started_at.astimezone(tz).strftime("%d %B %Y, %H:%M")
    minutes, seconds = divmod(round(report.seconds), 60)
    limit = (f" (limit {report.time_limit_s // 60} min)" if report.time_limit_s else "")
    parts = [
        f"<h2>{escape(report.title)}</h2>",
        f"<p>{escape(when)} \u00b7 {len(report.lines)} questions \u00b7 "
        f"{minutes} min {seconds:02d} s{escape(limit)}</p>",
        f"<p style='font-size:x-large'><b>Score: {report.overall.correct}/"
        f"{report.overall.total} ({report.overall.percent}%)</b></p>",
        _table("By deck", report.by_deck),
        _table("By relation", report.by_relation),
        _table("By tag", report.by_tag),
        "<h3>Questions</h3><table cellspacing='0' cellpadding='3' width='100%'>",
    ]
    for line in report.lines:
        sign = "\u2713" if line.correct else "\u2717"
        parts.append(
            f"<tr><td width='24' valign='top' style='color:{mark(line.correct)}'><b>{sign}</b>"
            f"</td><td>{line.position + 1}. {escape(line.prompt)}<br>"
            f"<small>Your answer: {escape(line.given or NOT_ANSWERED)}</small></td>"
            f"<td width='60' align='right' valign='top'>{_seconds(line.seconds)}</td></tr>")
    parts.append("</table>")
    if report.missed:
        parts.append(f"<h3>Missed ({len(report.missed)})</h3>")
        for line in report.missed:
            parts.append(f"<p><b>{line.position + 1}. {escape(line.prompt)}</b><br>"
                         f"Right answer: <b>{escape(line.answer)}</b><br>"
                         f"<small>Source: {escape(line.citation or 'not cited')}</small></p>")
            if line.passage:
                parts.append(_passage_html(line.passage))
    if report.missed_sent_at is not None:
        sent = report.missed_sent_at.astimezone(tz).strftime("%d %B %Y, %H:%M")
        parts.append(f"<p><i>The missed cards were sent to study the next day ({sent}).</i></p>")
    return "".join(parts)
