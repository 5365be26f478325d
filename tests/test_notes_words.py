"""The bench's words: every sentence of a note starts with a capital letter, also when a
parameter from the labels layer ("the PDF is empty.") lands at a sentence's start; Turkish
"i" becomes "İ"."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from instore_app.bench import Level, Note
from instore_app.ui.notes import capitalised_sentences, note_text


def test_a_lowercase_reason_after_a_full_stop_starts_with_a_capital(qapp):
    text = note_text(Note("label_failed", Level.ERROR, ("the PDF is empty.", "F10")))
    assert text == "The label could not be read. The PDF is empty. Press F10 to read it again."


def test_package_numbers_quotes_and_mid_sentence_words_are_left_alone(qapp):
    assert capitalised_sentences("“2394P1” is packed. scan the next one, or press F8.") == (
        "“2394P1” is packed. Scan the next one, or press F8."
    )
    assert capitalised_sentences("2394P1 is refused.") == "2394P1 is refused."


def test_turkish_dotted_i_is_capitalised_the_turkish_way(qapp):
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Turkish, QLocale.Country.Turkey))
    try:
        assert capitalised_sentences("iptal edildi. ışık yandı.") == "İptal edildi. Işık yandı."
    finally:
        QLocale.setDefault(before)
