"""Precision and recall per topic on the labelled cases (tests/data/match_cases.jsonl) must be >= 0.95."""

import pytest
from match_quality import DEFAULT_CASES, evaluate, format_report, load_cases

from bot.matcher import Matcher
from bot.watchlist import load_watchlist

THRESHOLD = 0.95


@pytest.fixture(scope="module")
def report():
    if not DEFAULT_CASES.exists():
        pytest.skip(f"{DEFAULT_CASES} is missing")
    cases = load_cases(DEFAULT_CASES)
    result = evaluate(Matcher(load_watchlist()), cases)
    print("\n" + format_report(result))
    return result


def test_the_labelled_set_covers_the_three_topics(report) -> None:
    for topic in ("deepseek", "luo_fuli", "xiaomi_ai"):
        score = report.scores[topic]
        assert score.tp + score.fn >= 20, f"too few positive cases for {topic}"


@pytest.mark.parametrize("topic", ["deepseek", "luo_fuli", "xiaomi_ai"])
def test_precision_and_recall_per_topic(report, topic: str) -> None:
    score = report.scores[topic]
    assert score.precision >= THRESHOLD and score.recall >= THRESHOLD, format_report(report)


HOLDOUT = DEFAULT_CASES.with_name("match_holdout.jsonl")
HOLDOUT_THRESHOLD = 0.92  # written independently of the watchlist; a regression guard, not a tuning target


@pytest.mark.parametrize("topic", ["deepseek", "luo_fuli", "xiaomi_ai"])
def test_precision_and_recall_on_the_held_out_set(topic: str) -> None:
    result = evaluate(Matcher(load_watchlist()), load_cases(HOLDOUT))
    score = result.scores[topic]
    assert score.precision >= HOLDOUT_THRESHOLD and score.recall >= HOLDOUT_THRESHOLD, format_report(result)
