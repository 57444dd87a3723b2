"""Sound keys: a name written by ear in Devanagari meets its Latin spelling; other words do not."""

from __future__ import annotations

import pytest

from bot.matcher import Matcher
from bot.phonetic import devanagari_key, keys, latin_key
from bot.stories import compare, watchlist_mentions
from bot.watchlist import load_watchlist


@pytest.mark.parametrize(("latin", "devanagari"), [
    ("Anthropic", "एंथ्रोपिक"), ("Blackwell", "ब्लैकवेल"), ("Barcelona", "बार्सिलोना"), ("Vaishnaw", "वैष्णव"),
    ("Dimensity", "डाइमेंसिटी"), ("researcher", "रिसर्चर"), ("valuation", "वैल्यूएशन"),
])
def test_a_name_has_one_key_in_both_scripts(latin: str, devanagari: str) -> None:
    assert latin_key(latin) == devanagari_key(devanagari)


@pytest.mark.parametrize(("latin", "devanagari"), [
    ("Anthropic", "ब्लैकवेल"), ("model", "मेडल"), ("Xiaomi", "श्याओमी"),
])
def test_other_words_have_other_keys_or_none(latin: str, devanagari: str) -> None:
    a, b = keys([latin], devanagari=False), keys([devanagari], devanagari=True)
    assert not a.keys() & b.keys()


def test_two_short_names_in_a_row_make_one_key() -> None:
    assert keys(["Chen"], devanagari=False) == {}  # "cn": too short to tell a name
    assert keys(["Chen", "Deli"], devanagari=False) == {"cndl": "Chen Deli"}
    assert keys(["चेन", "देली"], devanagari=True) == {"cndl": "चेन देली"}


def test_a_name_only_the_headlines_share_by_sound_is_evidence_across_scripts() -> None:
    mentioned = watchlist_mentions(Matcher(load_watchlist()))
    verdict = compare(("Microsoft's Brad Smith says DeepSeek app is barred for employees", ""),
                      ("माइक्रोसॉफ्ट के ब्रैड स्मिथ बोले- कर्मचारी नहीं चला सकते डीपसीक", ""), mentioned)
    assert verdict.same and "~Brad Smith" in verdict.why
    # a month is a date, no name
    verdict = compare(("DeepSeek Says It Will Release Its Next Model In November", ""),
                      ("डीपसीक का अगला मॉडल नवंबर में", ""), mentioned)
    assert "~" not in verdict.why
