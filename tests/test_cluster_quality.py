"""Headline clustering must not merge different news: pairwise precision on the labelled pairs."""

from cluster_quality import load, score

from bot.stories import DEFAULT_THRESHOLD, StoryIndex


def test_pairwise_precision_on_the_labelled_pairs() -> None:
    pairs = [p for p in load() if not p.get("xlang")]
    result, wrong = score(pairs, DEFAULT_THRESHOLD)
    assert result.tp + result.fn >= 100 and result.fp + result.tn >= 100
    assert result.precision >= 0.9, [w["id"] for w in wrong]
    assert result.tp >= 10  # near-identical headlines from different outlets do merge


def test_the_index_finds_the_near_duplicate_and_respects_the_window() -> None:
    index = StoryIndex(window_s=3600)
    index.add(1, "DeepSeek unveils V4 model with a 1M-token context window", 1000.0)
    index.add(2, "DeepSeek R2 launch delayed to next year, sources say", 1000.0)
    assert index.find("Exclusive: DeepSeek unveils its V4 model with 1M-token context window | Reuters", 1500) == 1
    assert index.find("DeepSeek unveils V5 model with a 1M-token context window", 1500) is None
    assert index.find("DeepSeek unveils V4 model with a 1M-token context window", 1000 + 7200) is None
    index.prune(1000 + 7200)
    assert len(index) == 0
