"""Matching behaviour: false friends, scripts, spans, boundaries and the topic rules.

Headlines marked "corpus:" are quoted from the real feeds in /work/shared/corpus/feeds.
"""

import random

import pytest

from bot.matcher import EMPTY_MATCH, Hit, Matcher
from bot.watchlist import Alias, Entity, Rule, Topic, Watchlist, load_watchlist, loads_watchlist, merge_watchlists


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(load_watchlist())


def topics(matcher: Matcher, title: str, summary: str = "", lang: str | None = None) -> set[str]:
    return set(matcher.match(title, summary, lang).topics)


def mentioned(matcher: Matcher, title: str, summary: str = "") -> frozenset[str]:
    """Every entity confirmed in the text, whether or not it can make a topic fire."""
    return matcher.match(title, summary, all_mentions=True).entities


# -- false friends ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "员工福利新规：年假增至15天",
    "福利院儿童迎来新年礼物",
    "福利彩票双色球开出3注一等奖",
    "王者S40赛季福利第一弹",  # corpus:weibo_hot_2025-06-26.json
    "罗永浩回应AI创业：细红线发布新款AI助手",
    "Luo Yonghao's AI start-up unveils an assistant",
    "Luo and Fuli: two villages rebuild after floods",
    "Weaver Fuli Devi's handloom saris",
    "फुली ऑटोमैटिक वॉशिंग मशीन पर भारी छूट",
    "乡村教师张福莉坚守大山20年",
])
def test_welfare_and_other_luos_are_not_luo_fuli(matcher, title) -> None:
    assert "luo_fuli" not in topics(matcher, title)


@pytest.mark.parametrize("title", [
    "Divers deep seek the wreck off Malta",
    "Explorers in the deep seek new species",
    "We must deep-seek answers, the minister said",
    "DeepSeeker underwater drone maps a canyon",
    "Google DeepMind unveils Gemini 2.5 Deep Think",
    "xAI's Grok 3 adds DeepSearch agent",
    "Deepfake video call tricks firm",
    "深度丨求索半生：一位地质学家的深山岁月",
    "Janus Henderson raises stake in chipmaker",
    "Deep Seek Diving Co. fined over safety lapses",  # two words, even capitalised or hyphenated,
    "The Deep-Seek expedition returns",  # are not the company: only the one-word spelling is
])
def test_deep_seek_as_words_and_look_alikes_are_not_deepseek(matcher, title) -> None:
    assert "deepseek" not in topics(matcher, title)


@pytest.mark.parametrize("title", [
    "Zima ako u Mrázika. najnižšia teplota na svete mimo Antarktídy",  # corpus:rsparser_aktuality_sk.rss.xml
    "met Sander van de Streek en Mimoun Mahi een helft binnen de lijnen",  # corpus:rsparser_phpxml_bad_prolog
    "Xiaomi BE7000 router supports 4x4 MU-MIMO on Wi-Fi 7",
    "El mimo que conquistó las calles de Madrid",
])
def test_mimo_look_alikes_are_not_xiaomi_mimo(matcher, title) -> None:
    assert "xiaomi_mimo" not in mentioned(matcher, title)
    assert "xiaomi_ai" not in topics(matcher, title)


def test_acl_is_not_aclu_oracle_or_a_knee(matcher) -> None:
    for title in ("ACLU sues over facial recognition", "Oracle earnings beat", "Striker out with a torn ACL",
                  "ACL tear ends his season", "acl rules for the router"):
        assert "acl" not in mentioned(matcher, title), title
    assert "acl" in mentioned(matcher, "She published 8 papers at ACL 2019")


def test_millet_is_not_xiaomi(matcher) -> None:
    for title, summary in [
        ("冬天喝小米粥养胃？", "小米粥虽然养胃，但胃酸过多的人不宜空腹大量食用。"),
        ("AI推荐食谱：小米南瓜粥的十种做法", "AI根据季节推荐了十种小米与南瓜搭配的家常做法。"),
        ("小米辣价格暴涨", ""),
    ]:
        assert "xiaomi_ai" not in topics(matcher, title, summary), title
    assert "xiaomi" not in mentioned(matcher, "冬天喝小米粥养胃")


def test_peking_university_abbreviation_inside_other_names(matcher) -> None:
    assert "peking_university" in mentioned(matcher, "北大发布AI研究报告")
    assert "peking_university" not in mentioned(matcher, "河北大学与东北大学合作")
    assert "peking_university" not in mentioned(matcher, "北大西洋公约组织")


def test_model_numbers_respect_digit_boundaries(matcher) -> None:
    assert "deepseek_r1" in mentioned(matcher, "DeepSeek-R1 tops the chart")
    hit = matcher.match("DeepSeek-R10 rumours").hits[0]  # the model is not mentioned, the company is
    assert hit.entity_id == "deepseek" and hit.text == "DeepSeek"


# -- the three scripts, spans and terms ----------------------------------------------------------------------

def test_chinese_headline_with_names_glued_to_text(matcher) -> None:
    title = "前DeepSeek研究员罗福莉已加入小米"  # corpus:weibo_hot_2025-11-12.json
    match = matcher.match(title)
    assert match.topics == {"deepseek", "luo_fuli", "xiaomi_ai"}
    assert match.terms == ("DeepSeek", "罗福莉", "小米")
    assert [(h.entity_id, h.start, h.end) for h in match.hits] == [
        ("deepseek", 1, 9), ("luo_fuli", 12, 15), ("xiaomi", 18, 20)]
    assert all(title[h.start:h.end] == h.text and h.field == "title" for h in match.hits)


def test_traditional_chinese(matcher) -> None:
    match = matcher.match("羅福莉加盟小米　領導大模型團隊", "雷軍親自招攬")
    assert match.topics == {"luo_fuli", "xiaomi_ai"}
    assert {"羅福莉", "小米", "大模型"} <= set(match.terms)
    assert "雷軍" not in match.terms and "lei_jun" in match.entities  # mentioned, but not why it fired
    assert "xiaomi_ai" in topics(matcher, "小愛同學升級大模型　支援連續對話")


def test_hindi_headline_spans_and_topics(matcher) -> None:
    title = "श्याओमी ने लुओ फुली को एआई बड़े मॉडल टीम का प्रमुख बनाया"
    match = matcher.match(title, "", "hi")
    assert match.topics == {"luo_fuli", "xiaomi_ai"}
    assert match.terms == ("श्याओमी", "लुओ फुली", "एआई", "बड़े मॉडल")
    for hit in match.hits:
        assert title[hit.start:hit.end] == hit.text


def test_hindi_spelling_variants_and_invisible_joiners(matcher) -> None:
    for xiaomi in ("शाओमी", "श्याओमी", "शियाओमी", "श्\u200dयाओमी", "ज़ियाओमी", "ज\u093cियाओमी"):
        match = matcher.match(f"{xiaomi} ने एआई चश्मा लॉन्च किया")
        assert match.topics == {"xiaomi_ai"}, xiaomi
        assert match.hits[0].text == xiaomi
    assert "luo_fuli" in topics(matcher, "लुओ फूली ने कहा")
    assert "deepseek" in topics(matcher, "दीपसीक का नया मॉडल")


def test_devanagari_matches_never_cut_an_akshara(matcher) -> None:
    assert "xiaomi" not in mentioned(matcher, "शाओमीा")  # a matra follows: not the same word
    assert "xiaomi" not in mentioned(matcher, "शाओमी्")  # a virama follows
    assert "xiaomi" not in mentioned(matcher, "कशाओमी")  # inside a longer word
    assert "ai_context" not in mentioned(matcher, "एआईएमआईएम के नेता ने कहा")  # AIMIM, not AI
    assert "ai_context" in mentioned(matcher, "शाओमी के एआई मॉडल")


def test_english_case_variants_of_deepseek(matcher) -> None:
    # the first three: corpus:weibo_hot
    for text in ("DEEPSEEK引发对科技股估值的担忧", "Deepseek 文笔", "按照deepseek的建议新买了个鱼缸",
                 "#DeepSeek trends", "@deepseek_ai posted", "deepseek-ai/DeepSeek-V3 on GitHub"):
        assert "deepseek" in topics(matcher, text), text


def test_hyphen_space_and_non_breaking_hyphen_variants(matcher) -> None:
    for text in ("DeepSeek-V3", "DeepSeek V3", "DeepSeek\u2011V3", "DeepSeek_V3", "DeepSeek—V3", "DeepSeekV3",
                 "DeepSeek-V3.2-Exp"):
        match = matcher.match(f"Benchmarks of {text} released")
        assert "deepseek_v3" in match.entities and match.topics == {"deepseek"}, text
        assert text.startswith(match.terms[0]) and match.terms[0].startswith("DeepSeek")


def test_emoji_next_to_names(matcher) -> None:
    title = "OpenAI buys Ona 🤝, Anthropic backtracks 🔁, Xiaomi’s MiMo code 👨\u200d💻"  # corpus:turing_tldr
    match = matcher.match(title)
    assert match.topics == {"xiaomi_ai"}
    assert "MiMo" in match.terms  # Xiaomi is named, but MiMo alone is why it fired (the AI is OpenAI's)
    match = matcher.match("🐳DeepSeek\ufe0f🚀 and 🐳️DeepSeek-R1")
    assert [h.text for h in match.hits] == ["DeepSeek", "DeepSeek-R1"]


def test_camel_case_and_digits_end_a_word(matcher) -> None:
    assert "deepseek" in mentioned(matcher, "DeepSeekMath and DeepSeekMoE papers")
    assert "xiaomi_mimo" in mentioned(matcher, "MiMoV2-Flash weights")
    assert "xiaomi" in mentioned(matcher, "Xiaomi14 Ultra")
    assert "xiaomi" not in mentioned(matcher, "Xiaomiphones")


def test_full_width_and_compatibility_forms(matcher) -> None:
    title = "ＸＩＡＯＭＩ发布ＡＩ眼镜"
    match = matcher.match(title)
    assert match.topics == {"xiaomi_ai"}
    assert match.terms == ("ＸＩＡＯＭＩ", "ＡＩ")


def test_summary_hits_carry_their_field_and_spans(matcher) -> None:
    summary = "据报道，小米正在建设GPU集群，卢伟冰表示AI是重点。"
    match = matcher.match("今日科技要闻", summary, "zh")
    assert match.topics == {"xiaomi_ai"}
    assert {h.field for h in match.hits} == {"summary"}
    assert [summary[h.start:h.end] for h in match.hits] == [h.text for h in match.hits]
    assert {"xiaomi", "lu_weibing", "ai_context"} <= match.entities


def test_terms_are_what_made_topics_fire_deduplicated_in_order_title_first(matcher) -> None:
    match = matcher.match("DeepSeek and Xiaomi", "DeepSeek again, then 小米 AI and DeepSeek, at Peking University")
    assert match.topics == {"deepseek", "xiaomi_ai"}
    assert match.terms == ("DeepSeek", "Xiaomi", "小米", "AI")
    assert len(match.hits) == 7 and "peking_university" in match.entities
    assert matcher.match("Xiaomi 15 Ultra launch", all_mentions=True).terms == ()  # no topic, no terms


def test_mentions_that_cannot_alert_are_not_even_confirmed(matcher) -> None:
    assert matcher.match("Lei Jun says AI is the next decade") is EMPTY_MATCH
    full = matcher.match("Lei Jun says AI is the next decade", all_mentions=True)
    assert full.entities == {"lei_jun", "ai_context"} and full.topics == frozenset() and full.terms == ()


def test_an_item_without_mentions_gets_the_shared_empty_match(matcher) -> None:
    assert matcher.match("The weather in Lisbon", "Sunny, 24 degrees, said the institute.") is EMPTY_MATCH
    assert matcher.match("", "") is EMPTY_MATCH
    assert matcher.match("Mainly said again: Asia via media") is EMPTY_MATCH  # "ai"/"ia" inside words


def test_broken_input_does_not_raise(matcher) -> None:
    assert matcher.match("DeepSeek \udc80 小米AI").topics == {"deepseek", "xiaomi_ai"}  # lone surrogate
    assert matcher.match("bad \ud800 text\x00 with NUL") is EMPTY_MATCH
    assert matcher.match("DeepSeek", "", 5).topics == {"deepseek"}  # a non-string lang from JSON
    title = "DeepSeek\x00小米\x00AI"
    match = matcher.match(title, "罗福莉\x00")
    assert match.topics == {"deepseek", "xiaomi_ai", "luo_fuli"}
    assert all((title if h.field == "title" else "罗福莉\x00")[h.start:h.end] == h.text for h in match.hits)


# -- xiaomi_ai -------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "summary"), [
    ("Xiaomi 15 Ultra launches globally with Leica quad camera", "Priced at €1,499."),
    ("Xiaomi: Das Mi Mix 3 hat keine Notch und eine versteckte Frontkamera",  # corpus:miniflux_golem_de
     "Das Display von Xiaomis angekündigtem Smartphone Mi Mix 3 ist nahezu randlos."),
    ("小米SU7高速碰撞爆燃事件细节", "4月1日，@小米公司发言人 微博发文称"),  # corpus:weibo_hot_2025-04-01.json
    ("小米YU7大定3分钟破20万台", ""),  # corpus:weibo_hot_2025-06-26.json
    ("Redmi Note 14 Pro+ review: big battery", ""),
    ("Lei Jun says Xiaomi will deliver 350,000 EVs this year", ""),
    ("लेई जून बोले, आने वाला दशक एआई का होगा", ""),  # Lei Jun + AI, Xiaomi not named
    ("Xiaomi gains on EV orders, DeepSeek buzz lingers", ""),  # DeepSeek is not an AI word for Xiaomi
])
def test_plain_xiaomi_news_is_not_xiaomi_ai(matcher, title, summary) -> None:
    assert "xiaomi_ai" not in topics(matcher, title, summary)


@pytest.mark.parametrize(("title", "summary"), [
    ("小米发布最新MiMo大模型", ""),  # corpus:weibo_hot_2025-12-17.json
    ("小米MiMo成首个周token消耗超3万亿模型", ""),  # corpus:weibo_hot_2026-03-27.json
    ("小米AI眼镜售价1999元起", ""),  # corpus:weibo_hot_2025-06-26.json: AI marketing counts
    ("Xiaomi sets up dedicated AI platform department", ""),
    ("Xiaomi posts record revenue", "Lu Weibing says artificial intelligence spending will accelerate."),
    ("MiMo-7B-RL matches o1-mini on AIME", ""),  # the model names Xiaomi by itself
    ("小爱同学接入DeepSeek-R1", ""),
    ("HyperOS 2 brings AI writing tools", ""),
    ("Luo Fuli confirms move to Xiaomi", ""),  # a hire at Xiaomi counts without an AI word
    ("Xiaomi KI-Assistent kommt nach Europa", ""),
])
def test_xiaomi_with_ai_is_xiaomi_ai(matcher, title, summary) -> None:
    assert "xiaomi_ai" in topics(matcher, title, summary)


def test_language_restricted_aliases(matcher) -> None:
    assert "xiaomi_ai" in topics(matcher, "Xiaomi stellt neue KI vor", "", "de")
    assert "xiaomi_ai" in topics(matcher, "Xiaomi stellt neue KI vor", "", None)  # unknown language: counts
    assert "xiaomi_ai" not in topics(matcher, "Xiaomi KI team score", "", "en")
    assert "xiaomi_ai" in topics(matcher, "Xiaomi lance une IA", "", "fr-FR")


# -- explain ----------------------------------------------------------------------------------------------

def test_explain_names_the_rule_and_the_aliases(matcher) -> None:
    explained = {e.topic_id: e for e in matcher.explain("小米SU7发布", "AI座舱上线", "zh")}
    assert set(explained) == {"deepseek", "luo_fuli", "xiaomi_ai"}
    xiaomi = explained["xiaomi_ai"]
    assert xiaomi.fired and xiaomi.rules[0].fired
    assert dict(xiaomi.rules[0].found) == {"xiaomi": ("小米",), "ai_context": ("AI",)}
    assert "fired via" in str(xiaomi) and "小米" in str(xiaomi)
    assert not explained["deepseek"].fired and "missing any_of: deepseek" in str(explained["deepseek"])
    deepseek = {e.topic_id: e for e in matcher.explain("DEEPSEEK引发对科技股估值的担忧")}["deepseek"]
    assert dict(deepseek.rules[0].aliases) == {"deepseek": ("DeepSeek",)}
    assert str(deepseek) == "deepseek: rule 0 (any of deepseek) fired via deepseek='DEEPSEEK' (alias 'DeepSeek')"


def test_explain_shows_what_blocked_a_rule(matcher) -> None:
    explained = {e.topic_id: e for e in matcher.explain("用AI识别谷子病害，小米亩产提高15%")}
    assert not explained["xiaomi_ai"].fired
    assert explained["xiaomi_ai"].rules[0].blocked_by == ("grain_context",)
    match = matcher.match("用AI识别谷子病害，小米亩产提高15%", all_mentions=True)
    assert "grain_context" in match.entities and "谷子" in [h.text for h in match.hits]
    assert match.terms == ()


# -- the rule language on custom watchlists ----------------------------------------------------------------

def test_all_any_none_and_literal_terms() -> None:
    wl = loads_watchlist("""
[[entities]]
id = "acme"
name = "Acme"
kind = "company"
aliases = ["Acme"]

[[entities]]
id = "robot"
name = "robots"
kind = "context"
aliases = ["robot", "robots", "机器人"]

[[topics]]
id = "acme_robots"
name = "Acme robots"

[[topics.rules]]
all_of = ["acme"]
any_of = [["robot", { term = "android" }], [{ term = "launch" }, { term = "recall" }]]
none_of = [{ term = "toy" }]
""")
    m = Matcher(wl)
    assert m.match("Acme robots launch").topics == {"acme_robots"}
    assert m.match("Acme android recall").topics == {"acme_robots"}
    assert m.match("Acme robots").topics == frozenset()  # second group unmet
    assert m.match("Acme toy robots launch").topics == frozenset()  # none_of
    assert m.match("Acme 机器人 launch").topics == {"acme_robots"}
    hit = m.match("Acme android recall").hits[1]
    assert hit == Hit("term:android", "title", 5, 12, "android", "android")


def test_boundary_option_none_and_start() -> None:
    wl = Watchlist(
        entities=(Entity("x", "X", "company", (Alias("Xiao", boundary="start"), Alias("zzz", boundary="none"))),),
        topics=(Topic("t", "T", "", (Rule(any_of=(("x",),)),)),),
    )
    m = Matcher(wl)
    assert m.match("Xiaomis").topics == {"t"}  # start: suffixes allowed
    assert m.match("axiao").topics == frozenset()
    assert m.match("abzzzcd").topics == {"t"}  # none: plain substring


def test_script_restricted_alias() -> None:
    wl = Watchlist(
        entities=(Entity("agent", "agent", "context", (Alias("Agent", scripts=("han",)),)),),
        topics=(Topic("t", "T", "", (Rule(any_of=(("agent",),)),)),),
    )
    m = Matcher(wl)
    assert m.match("小米发布Agent框架").topics == {"t"}
    assert m.match("Real estate agent of the year").topics == frozenset()


def test_a_big_watchlist_still_matches_exactly() -> None:
    rng = random.Random(5)
    entities = []
    for i in range(500):
        name = "".join(rng.choice("bcdfghjklmnprstvz") + rng.choice("aeiou") for _ in range(4))
        cjk = "".join(chr(rng.randint(0x4E00, 0x9FA5)) for _ in range(3))
        entities.append(Entity(f"e{i}", name, "company", (Alias(name), Alias(cjk), Alias(f"{name} Labs"),
                                                          Alias(f"{name}-{i}"))))
    extra = Watchlist(tuple(entities), (Topic("big", "Big", "", (Rule(any_of=(tuple(e.id for e in entities),)),)),))
    wl = merge_watchlists(load_watchlist(), extra)
    m = Matcher(wl)
    assert sum(len(e.aliases) for e in wl.entities) > 2000
    target = entities[123]
    text = f"News: {target.aliases[1].text}与{target.aliases[0].text} Labs合作，DeepSeek也来了"
    match = m.match(text)
    assert match.topics == {"big", "deepseek"}
    assert [h.entity_id for h in match.hits] == ["e123", "e123", "deepseek"]
    assert m.match("nothing to see here, said the media", all_mentions=True) is EMPTY_MATCH
