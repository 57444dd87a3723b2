"""Rules scoped to one clause, and the generated name forms (bot/clauses.py, bot/name_forms.py)."""

from __future__ import annotations

import itertools

import pytest

from bot import clauses
from bot.matcher import Matcher
from bot.name_forms import variants
from bot.watchlist import Alias, WatchlistError, load_watchlist


def _clauses(text: str) -> list[str]:
    cuts = [0, *clauses.boundaries(text), len(text)]
    return [text[a:b].strip(" ·|/;。\uff1b\uff5c") for a, b in itertools.pairwise(cuts) if text[a:b].strip()]


@pytest.mark.parametrize(("text", "parts"), [
    ("早报｜小米SU7系列交付突破50万台/豆包支持手机远程操作电脑", 3),
    ("AI消费电子成新兴涨价动能；原字节跳动机器人一号位加入小米", 2),
    ("马斯克关注了DeepSeek的X账号 祥鹏航空回应 小米多款手机正式涨价", 3),  # spaces between Han characters: a list
    ("羅福莉加盟小米　領導大模型團隊", 1),  # one such space: a headline's two parts
    ("小米 OpenRouter 隐形模型确认为 MiMo V2", 1),  # spaces around Latin words are not
    ("Xiaomi's Lei Jun was among them. Others showed AI models.", 2),
    ("U.S.-based AI/ML firms", 1),
    ("शाओमी ने नया फोन पेश किया। एआई मॉडल भी आया।", 2),
])
def test_clauses_end_at_sentences_list_marks_and_spaces_in_chinese_lists(text: str, parts: int) -> None:
    assert len(_clauses(text)) == parts, _clauses(text)
    assert clauses.count(text, clauses.boundaries(text)) == parts


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(load_watchlist(None))


@pytest.mark.parametrize(("title", "summary"), [
    ("早报｜宇树「超人」原地跳高2米/小米SU7系列交付突破50万台/豆包支持手机远程操作电脑", "· OpenAI 解散安全储备团队"),
    ("Business leaders meet the premier", "Xiaomi's Lei Jun attended. Baidu showed its AI models."),
    ("Xiaomi Q3: smartphones x AIoT revenue up 12%", ""),  # a segment name, not AI news
    ("小米集团：二季度智能电动汽车及AI等创新业务收入249亿元", ""),
    ("Hang Seng Tech rallies: Xiaomi gains on EV orders, DeepSeek buzz lingers", ""),
])
def test_xiaomi_and_an_ai_word_in_different_clauses_is_not_xiaomi_ai(matcher: Matcher, title: str,
                                                                      summary: str) -> None:
    assert "xiaomi_ai" not in matcher.match(title, summary).topics


@pytest.mark.parametrize(("title", "summary"), [
    ("Xiaomi unveils AI glasses", ""),
    ("Mi Home app gets an AI agent for natural-language automations",
     "Xiaomi says users can now describe a routine in plain words."),  # a one-clause headline carries
    ("小米接入DeepSeek", "小米也正式接入DeepSeek-R1。"),
    ("Xiaomi ने DeepSeek को HyperOS में जोड़ा", ""),
])
def test_xiaomi_ai_in_one_clause_or_under_a_one_clause_headline(matcher: Matcher, title: str, summary: str) -> None:
    assert "xiaomi_ai" in matcher.match(title, summary).topics


def test_explain_says_when_the_conditions_are_in_different_clauses(matcher: Matcher) -> None:
    explained = matcher.explain("小米SU7交付突破50万台/豆包支持AI远程操作电脑")
    (xiaomi_ai,) = [e for e in explained if e.topic_id == "xiaomi_ai"]
    assert not xiaomi_ai.fired
    assert any("within one clause" in m for rule in xiaomi_ai.rules for m in rule.missing)


def test_deepseek_as_a_plain_chinese_phrase_is_not_the_company(matcher: Matcher) -> None:
    text = "在竞争中重塑“公信力”的深度求索，让我们一起探寻中国汽车由大到强的发展之路。"
    assert matcher.match("魏建军说汽车强国的基石是公信力", text).topics == frozenset()
    assert matcher.match("深度求索发布新模型").topics == {"deepseek"}


def test_a_rule_scope_must_be_known(tmp_path) -> None:
    path = tmp_path / "w.toml"
    path.write_text('''
[[entities]]
id = "x"
name = "X"
kind = "company"
aliases = ["X corp"]
[[topics]]
id = "t"
name = "T"
[[topics.rules]]
any_of = ["x"]
within = "paragraph"
''', encoding="utf-8")
    with pytest.raises(WatchlistError, match=r"within.*item, clause"):
        load_watchlist(path)


def test_chinese_names_get_the_other_script_with_their_false_friends() -> None:
    assert variants(Alias("小米", not_within=("小米粥",)), "company") == []  # 小米 is the same in both scripts
    (trad,) = variants(Alias("罗福莉"), "person")
    assert trad.text == "羅福莉"
    (simp,) = variants(Alias("雷軍"), "person")
    assert simp.text == "雷军"
    (team,) = variants(Alias("小米大模型团队", not_within=("小米大模型团队之外",)), "institution")
    assert team.text == "小米大模型團隊" and team.not_within == ("小米大模型團隊之外",)


def test_romanised_person_names_in_either_order_split_and_run_together() -> None:
    texts = {f.text for f in variants(Alias("Luo Fuli"), "person")}
    assert texts == {"Fuli Luo", "Luofuli", "Luo fu li", "fu li Luo"}
    assert {f.text for f in variants(Alias("Lei Jun"), "person")} == {"Jun Lei", "Leijun"}
    assert variants(Alias("Luo Fuli"), "company") == []  # only people's names are reordered


@pytest.mark.parametrize("text", ["Fu-Li Luo joins Xiaomi", "Luo Fu-li", "Luofuli's remarks", "羅福莉加盟"])
def test_generated_forms_match(matcher: Matcher, text: str) -> None:
    assert "luo_fuli" in matcher.match(text).topics


@pytest.mark.parametrize("text", ["Luo Yonghao unveils a phone", "公司员工福利再升级", "Fuli Group results"])
def test_generated_forms_keep_false_friends_out(matcher: Matcher, text: str) -> None:
    assert "luo_fuli" not in matcher.match(text).topics
