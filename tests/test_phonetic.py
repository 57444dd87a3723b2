"""Sound keys: a name written by ear in Devanagari meets its Latin spelling; other words do not. Readings: a
Chinese name in Han characters meets its pinyin and its Devanagari spelling."""

from __future__ import annotations

import pytest

from bot.matcher import Matcher
from bot.phonetic import (
    devanagari_key,
    devanagari_readings,
    han_readings,
    keys,
    latin_key,
    pinyin_readings,
    pinyin_syllables,
    surnamed,
)
from bot.stories import StoryIndex, compare, watchlist_mentions
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


def test_a_chinese_name_reads_alike_in_han_pinyin_and_devanagari() -> None:
    han = han_readings("DeepSeek研究员陈德里:未来AI可能接管大部分工作")
    assert han["cendeli"] == "陈德里"
    assert pinyin_readings(["Chen", "Deli"])["cendeli"] == "Chen Deli"
    assert devanagari_readings(["चेन", "देली"])["cendeli"] == "चेन देली"
    # English puts the family name last: either order is the name
    assert {"guodaya", "dayaguo"} <= pinyin_readings(["Daya", "Guo"]).keys()
    assert han_readings("郭達雅離職")["guodaya"] == "郭達雅"
    assert devanagari_readings(["लियांग", "वेनफेंग"])["liangwenfeng"] == "लियांग वेनफेंग"


def test_words_that_are_no_pinyin_have_no_reading() -> None:
    assert pinyin_syllables("Nvidia") == 0 and pinyin_syllables("Chengdong") == 2
    assert pinyin_readings(["Nvidia", "Blackwell"]) == {}
    assert pinyin_readings(["Meta"]) == {}  # two short syllables: read in too many pairs of characters
    assert surnamed("陈德里") and not surnamed("研究员")


def test_a_name_heard_alike_finds_the_chinese_story_across_scripts() -> None:
    """A Hindi headline naming a researcher no table knows shares no posted token with the Chinese report of
    the event but the name's reading: the lookup must find the story through it, both ways round."""
    mentioned = watchlist_mentions(Matcher(load_watchlist()))
    han = "DeepSeek研究员吴思远谈AI对就业的冲击"
    hindi = "डीपसीक के वू सीयुआन बोले- AI से नौकरियों पर बड़ा खतरा"
    english = "DeepSeek researcher Wu Siyuan on what AI means for jobs"
    for first, then in ((han, hindi), (hindi, han), (han, english), (english, han)):
        index = StoryIndex(mentioned=mentioned)
        index.add(1, first, 0.0)
        assert index.find(then, 60.0) == 1, (first, then)
    verdict = compare((han, ""), (hindi, ""), mentioned)
    assert verdict.same and "~वू सीयुआन" in verdict.why
    # the name alone does not make another event of that person the same
    other = compare(("DeepSeek研究员吴思远离职", ""), ("DeepSeek researcher Wu Siyuan wins award", ""), mentioned)
    assert not other.same
