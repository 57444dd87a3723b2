from bot.stories import title_key


def test_same_headline_at_two_outlets_has_one_key() -> None:
    a = title_key("DeepSeek releases V3.2 with sparse attention - Reuters", "Reuters")
    b = title_key("DeepSeek Releases V3.2, With Sparse Attention", "")
    assert a is not None and a == b


def test_short_generic_titles_have_no_key() -> None:
    assert title_key("Update") is None
    assert title_key("Daily briefing") is None


def test_cjk_headlines_get_keys_and_differ() -> None:
    a = title_key("前DeepSeek研究员罗福莉已加入小米")
    b = title_key("罗福莉加入小米 负责大模型团队")
    assert a and b and a != b
