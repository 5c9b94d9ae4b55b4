"""The Anki note types a Trainer export uses, shared by every deck (stable model ids).

Basic, reversed, type-in and cloze cards use Anki's own templates, with one added field
for the source. Cards of one fact, multiple-choice and ordering cards use the "Trainer"
note type: one template per card slot, each made only when its question field is filled,
so one fact is one note whose cards are siblings. Choices and items are plain HTML with a
few lines of JavaScript, which AnkiDroid and every Anki client run without add-ons.
"""

from __future__ import annotations

import hashlib

import genanki

# A fact yields at most this many cards per note; a fact with more spills into a second note.
SLOTS = 20

_CSS = """.card { font-family: sans-serif; font-size: 20px; text-align: center;
  color: black; background-color: white; }
.nightMode .card { color: white; background-color: #222; }
.cloze { font-weight: bold; color: blue; }
.nightMode .cloze { color: lightblue; }
.source { margin-top: 1em; font-size: 14px; color: #666; }
ol.choices, ol.items { display: inline-block; text-align: left; }
ol.choices li { cursor: pointer; padding: 4px 8px; margin: 4px 0; border: 1px solid #aaa;
  border-radius: 6px; }
ol.choices li.picked { background: #dde8ff; }
.trainer-back ol.choices li.correct { background: #c8f0c8; font-weight: bold; }
.trainer-back ol.choices li.picked:not(.correct) { background: #f4c8c8; }
"""

# Tapping a choice marks it; the back then shows it beside the right one. sessionStorage
# carries the pick from the question to the answer where the client keeps the page.
_CHOICE_JS = """<script>
(function () {
  var lists = document.querySelectorAll('ol.choices');
  var picked = null;
  try { picked = sessionStorage.getItem('trainer-pick'); } catch (e) {}
  lists.forEach(function (list) {
    list.querySelectorAll('li').forEach(function (li, i) {
      if (document.querySelector('.trainer-back') && picked === String(i)) {
        li.classList.add('picked');
      }
      li.onclick = function () {
        list.querySelectorAll('li').forEach(function (o) { o.classList.remove('picked'); });
        li.classList.add('picked');
        try { sessionStorage.setItem('trainer-pick', String(i)); } catch (e) {}
      };
    });
  });
  if (!document.querySelector('.trainer-back')) {
    try { sessionStorage.removeItem('trainer-pick'); } catch (e) {}
  }
})();
</script>"""

# A field no template shows: what Trainer needs to read the note back (JSON).
META = "Trainer"

_SOURCE = "{{#Source}}<div class=source>{{Source}}</div>{{/Source}}"


def stable_id(name: str) -> int:
    """A model or deck id that is the same on every machine and in every export."""
    digest = int(hashlib.sha256(f"trainer:{name}".encode()).hexdigest()[:12], 16)
    return (1 << 30) + digest % (1 << 30)


def _fields(*names: str) -> list[dict[str, str]]:
    return [{"name": name} for name in names]


BASIC = genanki.Model(
    stable_id("model:basic"), "Basic (Trainer)", fields=_fields("Front", "Back", "Source", META),
    templates=[{"name": "Card 1", "qfmt": "{{Front}}",
                "afmt": "{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}" + _SOURCE}],
    css=_CSS)

REVERSED = genanki.Model(
    stable_id("model:basic-reversed"), "Basic and reversed card (Trainer)",
    fields=_fields("Front", "Back", "Source", META),
    templates=[
        {"name": "Card 1", "qfmt": "{{Front}}",
         "afmt": "{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}" + _SOURCE},
        {"name": "Card 2", "qfmt": "{{Back}}",
         "afmt": "{{FrontSide}}\n\n<hr id=answer>\n\n{{Front}}" + _SOURCE}],
    css=_CSS)

TYPED = genanki.Model(
    stable_id("model:basic-typed"), "Basic (type in the answer) (Trainer)",
    fields=_fields("Front", "Back", "Source", META),
    templates=[{"name": "Card 1", "qfmt": "{{Front}}\n\n{{type:Back}}",
                "afmt": "{{Front}}\n\n<hr id=answer>\n\n{{type:Back}}" + _SOURCE}],
    css=_CSS)

CLOZE = genanki.Model(
    stable_id("model:cloze"), "Cloze (Trainer)", model_type=genanki.Model.CLOZE,
    fields=_fields("Text", "Back Extra", "Source", META),
    templates=[{"name": "Cloze", "qfmt": "{{cloze:Text}}",
                "afmt": "{{cloze:Text}}<br>\n{{Back Extra}}" + _SOURCE}],
    css=_CSS)


def slot_fields(slot: int) -> tuple[str, str, str, str]:
    """Names of one slot's fields: question, answer, shown extras (choices), typed answer."""
    return (f"Question {slot}", f"Answer {slot}", f"Show {slot}", f"Type {slot}")


def _slot_template(slot: int) -> dict[str, str]:
    question, answer, show, typed = slot_fields(slot)
    front = (f"{{{{#{question}}}}}<div class=trainer-front>{{{{{question}}}}}"
             f"{{{{#{show}}}}}<br>{{{{{show}}}}}{{{{/{show}}}}}"
             f"{{{{#{typed}}}}}<br>{{{{type:{typed}}}}}{{{{/{typed}}}}}</div>{{{{/{question}}}}}")
    back = (f"<div class=trainer-back>{{{{{question}}}}}"
            f"{{{{#{show}}}}}<br>{{{{{show}}}}}{{{{/{show}}}}}"
            f"{{{{#{typed}}}}}<br>{{{{type:{typed}}}}}{{{{/{typed}}}}}</div>"
            f"\n\n<hr id=answer>\n\n{{{{{answer}}}}}{{{{#Extra}}}}<br>{{{{Extra}}}}{{{{/Extra}}}}"
            + _SOURCE)
    return {"name": f"Card {slot}", "qfmt": front + _CHOICE_JS, "afmt": back + _CHOICE_JS}


TRAINER = genanki.Model(
    stable_id("model:trainer-slots"), "Trainer (facts, choices, order)",
    fields=_fields("Note", "Extra", "Source", META,
                   *(name for slot in range(1, SLOTS + 1) for name in slot_fields(slot))),
    templates=[_slot_template(slot) for slot in range(1, SLOTS + 1)],
    css=_CSS)

ALL_MODELS = (BASIC, REVERSED, TYPED, CLOZE, TRAINER)
