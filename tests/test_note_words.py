"""Every note code the Qt-free layers can say has words in ui/notes.py (the handover, the
invoice number step and repack included), and each one's placeholders fit its parameters."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from instore_app.bench import Level, Note
from instore_app.bench.work import QuestionKind
from instore_app.ui.notes import NOTE_TEXTS, note_text

ROOT = Path(__file__).resolve().parents[1] / "instore_app"
#: Note("code", ...) and the handover's _note("code", ...).
SAID = re.compile(r"""\b_?[Nn]ote\(\s*["']([a-z_]+)["']""")


def said_codes() -> set[str]:
    codes: set[str] = set()
    for folder in ("bench", "handover"):
        for path in (ROOT / folder).glob("*.py"):
            codes |= set(SAID.findall(path.read_text(encoding="utf-8")))
    return codes


def test_the_source_is_really_read():
    codes = said_codes()
    assert {"handover_wrong_carrier", "scan_invoice", "repacked", "confirmed"} <= codes


@pytest.mark.parametrize("code", sorted(said_codes()))
def test_every_code_said_has_words(code):
    assert code in NOTE_TEXTS, code


def test_the_repack_question_has_words():
    assert f"question_{QuestionKind.REPACK.value}" in NOTE_TEXTS


def test_parameters_take_their_places(qapp):
    text = note_text(Note("handover_wrong_carrier", Level.ERROR, ("2394P1", "MNG Kargo", "Aras Kargo")))
    assert text == "✖ WRONG CARRIER: 2394P1 goes with MNG Kargo, not with Aras Kargo. Keep it here."
    assert note_text(Note("handover_waiting", Level.BUSY, ("3",))) == "3 waiting to reach the OMS"
    assert "%" not in note_text(Note("scan_invoice", Level.INFO, ("2394P1",)))
