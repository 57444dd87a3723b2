import json
import random
import time
from collections import Counter
from pathlib import Path

import pytest

from bot.eventframe import Agreement
from bot.matcher import Matcher
from bot.signature import signature
from bot.similarity import Rarity, item_conflict, item_signature, item_similarity
from bot.stories import (
    _CANDIDATES,
    _LONE,
    StoryIndex,
    _postings,
    _ranked,
    compare,
    judge,
    similar,
    title_key,
    watchlist_mentions,
)
from bot.watchlist import load_watchlist

EVENTS = Path(__file__).resolve().parent / "data" / "events"


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


def test_reworded_reports_of_one_event_are_similar() -> None:
    assert similar("Italy's privacy watchdog blocks DeepSeek over data concerns",
                   "DeepSeek blocked by Italy's privacy watchdog over data concerns")
    assert similar("小米第二季度营收1160亿元，同比增长30.5%", "小米Q2营收同比增长３０．５％ 创历史新高")
    assert similar("श्याओमी का दूसरी तिमाही का राजस्व ३०% बढ़ा", "शाओमी की Q2 आय 30% बढ़ी, रिकॉर्ड 116 अरब युआन")


def test_conflicting_versions_figures_places_and_actors_veto() -> None:
    assert not similar("DeepSeek rolls out V3.1 update", "DeepSeek rolls out V3.2 update")
    assert not similar("DeepSeek ships V3.1-Terminus update", "DeepSeek ships V3.1 update")
    assert not similar("Xiaomi first-quarter revenue jumps 47% to record",
                       "Xiaomi first-quarter revenue jumps 27% to record")
    assert not similar("Texas bans DeepSeek on state government devices",
                       "New York bans DeepSeek on state government devices")
    assert not similar("OpenAI accuses DeepSeek of distilling its models",
                       "Anthropic accuses DeepSeek of distilling Claude")
    assert not similar("DeepSeek suspends API top-ups", "DeepSeek resumes API top-ups")


def test_figures_are_normalised_across_formats() -> None:
    figures = {round(f[0]) for f in signature("Xiaomi YU7 draws 2 लाख / 20万 / 200k orders, $294K").figures}
    assert figures == {200_000, 294_000}
    assert not similar("Xiaomi raises 2025 EV delivery target to 350,000",
                       "Xiaomi raises 2024 EV delivery target to 130,000")
    assert similar("Nvidia sheds $593 billion in market value", "Nvidia loses nearly $600 billion in market value")
    assert {c.head for c in signature("Xiaomi second-quarter revenue").codes} == {"q2"}


def test_summaries_help_and_their_conflicts_veto() -> None:
    a = item_signature("Xiaomi beats estimates as smartphone, EV sales rise",
                       "Xiaomi's second-quarter revenue rose 30.5% to 116 billion yuan, beating estimates.")
    b = item_signature("Xiaomi posts record quarterly revenue",
                       "Xiaomi's revenue for the quarter ended June rose 30.5% to a record 116 billion yuan.")
    c = item_signature("Xiaomi beats estimates as smartphone, EV sales rise",
                       "Xiaomi's third-quarter revenue rose 22.3% to 113.1 billion yuan.")
    assert item_similarity(a, b) > item_similarity(a.__class__(a.title), b.__class__(b.title))
    assert item_similarity(a, c) == 0.0


def test_rarity_discounts_words_the_window_is_full_of() -> None:
    rarity = Rarity()
    for i in range(100):
        rarity.add(signature(f"DeepSeek API price story number {i}").tokens)
    assert rarity.factor("price") < 1.0 and rarity.factor("outage") == 1.0
    rarity.remove(signature("DeepSeek API price story number 1").tokens)
    assert rarity.count == 99


def test_index_ignores_disjoint_topics_and_posts_no_watchlist_names() -> None:
    index = StoryIndex()
    index.add(1, "DeepSeek blocked by Italy's privacy watchdog over data concerns", 0.0, topics=("deepseek",))
    title = "Italy's privacy watchdog blocks DeepSeek over data concerns"
    assert index.find(title, 10.0, topics=("deepseek",)) == 1
    assert index.find(title, 10.0, topics=("xiaomi_ai",)) is None
    assert "deepseek" not in index._postings


def test_stories_past_the_window_take_no_candidate_place_before_the_prune() -> None:
    index = StoryIndex(window_s=3600.0)
    title = "Italy's privacy watchdog blocks DeepSeek over data concerns"
    for i in range(40):  # expired, not yet pruned (the prune is hourly), each sharing every word
        index.add(i, f"{title} {i}", 0.0)
    index.add(100, "DeepSeek blocked by Italy's privacy watchdog", 5000.0)
    assert index.find(title, 5001.0) == 100


def test_signatures_share_their_words_so_a_full_window_costs_less_memory() -> None:
    """The index holds thousands of signatures of the same few thousand words: one string each."""
    a = signature("DeepSeek releases a new reasoning model", "DeepSeek said the model is open.")
    b = signature("DeepSeek delays its new reasoning model", "The model was expected in May.")
    shared = a.tokens & b.tokens
    assert {"deepseek", "model"} <= shared | a.parts
    for word in shared:
        assert next(t for t in a.tokens if t == word) is next(t for t in b.tokens if t == word)
    assert next(p for p in a.parts if p == "reasoning") is next(p for p in b.parts if p == "reasoning")


def test_a_pruned_story_leaves_no_posting_behind_its_members_included() -> None:
    index = StoryIndex(window_s=3600.0)
    index.add(1, "Italy's privacy watchdog blocks DeepSeek over data concerns", 0.0)
    index.add_member(1, "Garante per la privacy blocca DeepSeek in Italia", summary="Il Garante ha bloccato l'app.")
    index.add(2, "Xiaomi unveils MiMo reasoning model for phones", 100.0)
    assert len(index._postings) > 0
    index.prune(3650.0)
    assert len(index) == 1 and all(ids == {2} for ids in index._postings.values())
    index.prune(9000.0)
    assert len(index) == 0 and index._postings == {}


def test_index_lookup_is_fast_with_thousands_of_stories() -> None:
    index = StoryIndex()
    for i in range(5000):
        index.add(i, f"DeepSeek update {i}: Xiaomi model release number {i} for region {i % 50} in batch", float(i))
    titles = [f"Xiaomi unveils new reasoning model {i} with faster inference" for i in range(200)]
    started = time.perf_counter()
    for title in titles:
        index.find(title, 5000.0)
    assert (time.perf_counter() - started) / len(titles) < 0.01  # measured well under 1 ms


def test_ranking_of_candidates_is_a_full_sort_by_tokens_shared_then_age() -> None:
    rng = random.Random(7)
    for size in (0, 5, 59, 60, 61, 200, 400):
        shared = Counter({rng.randrange(100_000): rng.choice((1, 1, 1, 1, 2, 2, 3, 4, 5, 8)) for _ in range(size)})
        assert list(_ranked(shared)) == [sid for _, sid in sorted((-n, sid) for sid, n in shared.items())]


def test_a_lookup_picks_the_story_judge_would_pick() -> None:
    """find() weighs words before facts and skips stories that cannot beat one found already: the
    same pick as judging every report of every candidate (within a day of the story's first report an outage of
    the same service is that outage, and a shared setting with some words is enough: judge() takes two reports
    as that fresh, and every report here comes within seconds). Of stories that
    score alike, the one the larger share of whose reports take the item; of those, the first ranked."""
    events = [json.loads(line) for line in (EVENTS / "events.jsonl").read_text(encoding="utf-8").splitlines()]
    reports = [(r["title"], r["summary"]) for ev in events[:60] for r in ev["reports"]]
    index = StoryIndex()
    picked = 0
    for n, (title, summary) in enumerate(reports):
        sig = index.signature(title, summary)
        shared: Counter[int] = Counter()
        for token in _postings(sig):
            shared.update(index._postings.get(token, ()))
        expected, best = None, (index.threshold, 0.0)
        for sid in list(_ranked(shared))[:_CANDIDATES]:
            if shared[sid] == 1 and all(len(ids) > _LONE for t in _postings(sig)
                                        if sid in (ids := index._postings.get(t, set()))):
                continue  # a lone token many stories share: unscored (the next test)
            verdicts = [judge(sig, other, index.rarity, index.threshold) for other in index._stories[sid].sigs]
            recurs = any(isinstance(v.reason, Agreement) and v.reason.recurs for v in verdicts)
            if any(v.veto for v in verdicts) or not (any(v.same for v in verdicts) or recurs):
                continue
            taken = [v.score for v in verdicts if v.same]
            link = (max(taken), len(taken) / len(verdicts)) if taken else (index.threshold, 1 / len(verdicts))
            if link > best:
                expected, best = sid, link
        found = index.find(title, float(n), summary=summary)
        assert found == expected, title
        picked += found is not None
        if found is not None and n % 2:
            index.add_member(found, title, summary=summary)
        else:  # a story of its own all the same: lookups then weigh several stories of one event
            index.add(n, title, float(n), summary=summary)
    assert picked > 100


def test_an_outage_reported_within_a_day_is_that_outage_and_the_next_day_another() -> None:
    """A service falls over again within days, so two outage reports sharing nothing else are one event
    only while the story is fresh: hours apart they join, a day and more apart they are two."""
    hour = 3600.0
    index = StoryIndex()
    index.add(1, "DeepSeek suffers brief outage affecting API and web chat", 0.0)
    assert index.find("DeepSeek突发宕机约18分钟 已恢复", 3 * hour) == 1
    assert index.find("डीपसीक की सेवाएं ठप रहीं, अब बहाल", 30 * hour) is None


def test_amounts_with_many_digits_are_exact_figures() -> None:
    """Rounding makes "$593 billion" and "nearly $600 billion" one figure; six written digits are exact."""
    assert similar("Xiaomi invests $593 billion in AI", "Xiaomi to invest nearly $600 billion in AI")
    assert not similar("डीपसीक ने नया मॉडल जारी किया, 600037 अरब पैरामीटर",
                       "डीपसीक ने नया मॉडल जारी किया, 600228 अरब पैरामीटर")
    assert not similar("深度求索开源新模型，下载量突破600348万", "深度求索开源新模型，下载量突破600351万")


def test_amounts_in_two_currencies_are_compared_converted() -> None:
    """One outlet quotes yuan or Hong Kong dollars, another converts to US dollars: one sum, not a conflict;
    a sum that converts to another amount still is one."""
    kinds = [f[3] for f in signature("DeepSeek to raise 50 billion yuan, about $7.4 billion, or 425億港元").figures]
    assert kinds == ["cny", "usd", "hkd"]
    assert signature("小米集团营收1160亿元，汽车业务97亿美元").figures[0][3] == "cny"
    assert signature("Training cost: just $5.5M").codes == ()  # an amount, not a model code
    assert similar("DeepSeek to raise about 50 billion yuan in first funding round",
                   "DeepSeek seeks about $7.4 billion in first funding round")
    assert not similar("Chinese AI startup DeepSeek to raise about 10 billion yuan in first funding round",
                       "DeepSeek seeks about $7.4 billion in first funding round")
    slide = item_signature("Xiaomi loses $5.5 billion in market value as shares slide")
    assert not judge(slide, item_signature("小米市值蒸發425億港元 股價急跌")).veto
    assert judge(slide, item_signature("小米市值蒸發125億港元 股價急跌")).veto


def test_amounts_glued_to_a_currency_are_amounts_not_model_codes() -> None:
    """"HK$800 million" and "CNY380 billion" are sums ("HK$800" / "HK$40" are no two models); a Chinese
    scale word before Latin letters still scales ("20萬token"); a fifth (五分之一) is no count of five;
    "प्रोसेसर" (processor) is no "Pro" model."""
    for text, value, kind in (("Xiaomi spends over HK$800 million on buybacks", 800e6, "hkd"),
                              ("Alibaba earmarks CNY380 billion for cloud and AI", 380e9, "cny"),
                              ("Alibaba to invest US$53b in cloud", 53e9, "usd"),
                              ("上下文擴至20萬token", 2e5, "#tokens")):
        sig = signature(text)
        assert sig.codes == () and [(f[0], f[3]) for f in sig.figures] == [(value, kind)], text
    assert similar("Alibaba to invest US$53b in cloud, AI infrastructure",
                   "Alibaba to invest CNY380 billion in cloud, AI")
    assert signature("API价格为Claude五分之一").figures == ()
    assert signature("DeepSeek-V3.1发布：一个模型同时支持思考与非思考模式").figures == ()  # 一个: "a", no count
    assert [f[0] for f in signature("小米发布第一款SUV").figures] == [1]  # 第一: the first
    assert signature("Qwen ships QwQ-32B under Apache 2.0, rivals Claude Opus 4.6").figures == ()  # versions
    assert signature("DeepSeek V4終於來了 預覽版開源 Agent能力直逼Opus 4.6").figures == ()  # after Han too
    assert signature("Huawei lab denies its Pangu model copied Alibaba's Qwen 2.5").figures == ()
    assert not judge(item_signature("Xiaomi spends over HK$800 million on two days of share buybacks"),  # a price
                     item_signature("Xiaomi steps up buyback as stock languishes below HK$40")).veto   # per share
    assert {c.head: c.mods for c in signature("रेडमी टर्बो 3 लॉन्च, स्नैपड्रैगन 8s जेन 3 प्रोसेसर").codes} == {
        "turbo-3": frozenset(), "8s": frozenset()}
    # a model's suffix written in Devanagari is that suffix: V3.1-Terminus is not V3.1
    assert judge(item_signature("डीपसीक ने जारी किया V3.1-टर्मिनस अपडेट, भाषा मिश्रण की समस्या घटी"),
                 item_signature("DeepSeek Releases v3.1 Model with Hybrid Reasoning Architecture")).veto


def test_a_count_of_another_measure_is_no_other_figure() -> None:
    """"After 10 years" and "3nm" are two facets of one chip launch, as are 十年 and "3 नैनोमीटर"; two counts
    of one measure still differ ("18 minutes" / "3 minutes"), and "2025年" is a year, no span."""
    kinds = [(f[0], f[3]) for f in signature("3nm, 57x, 10 years, 十年, 十周年, 18 मिनट, 2025年").figures]
    assert kinds == [(3, "#nm"), (57, "#x"), (10, "#years"), (18, "#minutes"), (2025, ""), (10, "#years"),
                     (10, "#years")]
    assert not judge(item_signature("What Is XRING O1? Xiaomi Unveils Its First In-House Mobile Chip After 10 Years"),
                     item_signature("Xiaomi Joins 3nm Race with XRing O1 Launch")).veto
    assert not judge(item_signature("小米玄戒O1正式发布：第二代3nm工艺，十核CPU"),
                     item_signature("小米玄戒O1亮相 雷軍：十年磨一劍")).veto
    assert judge(item_signature("DeepSeek down for 18 minutes"), item_signature("DeepSeek down for 3 minutes")).veto
    assert not item_conflict(item_signature("SU7 Ultra预售10分钟大定3680台"),
                             item_signature("Xiaomi opens SU7 Ultra pre-sales at 814,900 yuan"))  # cars, yuan
    assert not item_conflict(item_signature("小米集团宣布配售新股 拟募资425亿港元"),
                             item_signature("Xiaomi Corporation announces placing of 800 million new shares"))
    assert item_conflict(item_signature("小米YU7大定35万台"), item_signature("Xiaomi YU7 draws 200,000 orders"))
    # the year is no evidence, the prize's ten million is
    assert [f[0] for f in signature("2026年1月7日，小米集团千万技术大奖颁奖").telling] == [1e7]
    measured = [(f[0], f[3]) for f in signature("1M context, 200K tokens, 47亿参数, 三款模型, two models").figures]
    assert measured == [(1e6, "#tokens"), (2e5, "#tokens"), (4.7e9, "#parameters"), (2, "#models"), (3, "#models")]


def test_a_figure_written_alike_on_both_sides_makes_other_amounts_facets_of_one_event() -> None:
    """Across languages, one outlet gives the count a unit and the price, another the count alone; a sum of
    no currency in Chinese is the other's sum in yuan. The same figure on both sides makes them one."""
    assert not item_conflict(item_signature("Xiaomi YU7 launched at 253,500 yuan, 200,000 orders in 3 minutes"),
                             item_signature("शाओमी YU7 SUV लॉन्च, 3 मिनट में 2 लाख बुकिंग"))
    assert not item_conflict(item_signature("雷军：玄戒O1采用第二代3nm工艺，芯片计划至少投资十年、至少500亿"),
                             item_signature("Xiaomi pledges 50 billion yuan for chips as 3nm XRING O1 nears launch"))
    assert item_conflict(item_signature("Xiaomi YU7 launched at 253,500 yuan, 200,000 orders in 3 minutes"),
                         item_signature("शाओमी YU7 SUV लॉन्च, 3 मिनट में 3 लाख बुकिंग"))



def test_a_rivals_model_named_for_comparison_is_no_version_of_the_event() -> None:
    """Each outlet measures a launch against a rival of its choice ("match GPT-5", "比肩Gemini 3 Pro", "GPT-4o
    को टक्कर"): those versions neither conflict nor count; the launched one still does."""
    assert not signature("Xiaomi says new MoE model matches DeepSeek-V3.2 at a fraction of the cost").codes
    assert [c.head for c in signature("Qwen2.5-Max beats DeepSeek-V3").codes] == ["qwen2.5"]
    assert [c.head for c in signature("अलीबाबा का Qwen2.5-Max, GPT-4o को टक्कर").codes] == ["qwen2.5"]
    assert not item_conflict(item_signature("DeepSeek推V3.2兩款新模型 稱推理能力比肩Gemini 3 Pro"),
                             item_signature("DeepSeek's new V3.2 models match GPT-5 at a fraction of the cost"))
    assert item_conflict(item_signature("DeepSeek releases V3.2, matching GPT-5"),
                         item_signature("DeepSeek releases V3.1, matching GPT-5"))
    # an endless headline of comparisons (a hostile feed's) is read the same way to its end
    assert [c.head for c in signature("Xiaomi MiMo-V2 " + "matches GPT-5, " * 5000 + "beats o1").codes] == ["v2"]
    assert signature("इटली के बाद अब " * 5000 + "भारत ने डीपसीक पर लगाया बैन").places == {"india"}


def test_two_valuations_are_two_rounds_of_one_companys_funding() -> None:
    """A company raises money once within the window, so its reports' other figures never conflict; but a
    valuation each names, far apart ("$45B" / "$20B", "估值最高590亿美元" / "$10 billion"), is another round."""
    assert item_conflict(item_signature("DeepSeek Eyes $45B Valuation in First-Ever Funding Round"),
                         item_signature("DeepSeek seeks $20B valuation to stem researcher exodus"))
    ten = item_signature("DeepSeek Reportedly Seeks Outside Funding for the First Time at a $10 Billion Valuation")
    assert item_conflict(ten, item_signature("DeepSeek拟完成首轮约500亿元融资，估值最高590亿美元"))
    assert not item_conflict(ten, item_signature("DeepSeek傳首度對外募資 估值逾百億美元"))
    assert not item_conflict(ten, item_signature("DeepSeek is said to be raising its first outside money, at least "
                                                 "$300M"))


def test_chinese_sums_in_words_and_generations_are_read_as_such() -> None:
    """"逾百億美元" is over $10 billion and "千万年薪" a salary of ten million, no span of years; "95后" is a
    generation, no figure."""
    assert [(f[0], f[3], f[4]) for f in signature("估值逾百億美元").figures] == [(1e10, "usd", ">")]
    assert [(f[0], f[3]) for f in signature("雷军千万年薪挖来罗福莉").figures] == [(1e7, "")]
    assert signature("95后天才少女罗福莉被曝加盟小米").figures == ()
    assert signature("数百亿美元").figures == ()
    # Taiwan's 兆 is a trillion, after a number or before a currency; 兆易 is a name
    assert [(f[0], f[3]) for f in signature("DeepSeek V4傳本週發布 總參數達1.6兆").figures] == [(1.6e12, "")]
    assert [(f[0], f[3]) for f in signature("DeepSeek衝出兆元身價").figures] == [(1e12, "cny")]
    assert signature("兆易创新发布新芯片").figures == ()


def test_a_chinese_sum_of_no_unit_may_be_in_yuan() -> None:
    """"4.3万亿" of market value is $589 billion in yuan, "200万" for training $294,000; a sum that fits
    neither reading is still another event's."""
    rout = item_signature("Chipmakers crater as $589 billion vanishes from Nvidia in a day")
    assert not item_conflict(rout, item_signature("DeepSeek一夜干掉英伟达4.3万亿市值:大跌17%创美股单日蒸发最高记录"))
    assert not item_conflict(item_signature("China's DeepSeek says its hit AI model cost just $294,000 to train"),
                             item_signature("中国大模型首登Nature封面！DeepSeek首次披露：R1训练只花了200万"))
    assert item_conflict(rout, item_signature("英伟达市值一夜蒸发1.2万亿"))


def test_a_share_quoted_on_both_sides_makes_other_amounts_facets_of_one_event() -> None:
    """Across languages, one outlet quotes the market value in dollars and another in yuan: the same
    rise on both sides makes them one; no rise in common, two amounts that differ stay two."""
    jump = item_signature("Xiaomi market value jumps 8% to HK$1.5 trillion")
    assert not judge(jump, item_signature("小米市值大涨8% 达8000亿港元")).veto
    assert judge(jump, item_signature("小米市值大涨3% 达8000亿港元")).veto


def test_one_companys_results_are_one_report_whatever_figures_each_outlet_quotes() -> None:
    """Within the window a company reports its results once: the profit's growth, the revenue's fall and
    the year's revenue are facets of it, named with no quarter or the same one. So are the sum and the
    valuation of one round of funding."""
    assert not judge(item_signature("DeepSeek拟融资约500亿元 腾讯、宁德时代或为最大外部投资方"),
                     item_signature("DeepSeek首轮融资估值或达4000亿元")).veto
    assert not judge(item_signature("DeepSeek to raise about 50 billion yuan in first funding round"),
                     item_signature("डीपसीक जुटाएगी बाहरी निवेश, 100 अरब डॉलर वैल्यूएशन का लक्ष्य")).veto
    profit = item_signature("Xiaomi's 2023 Adjusted Net Profit Surges by 126.3% to RMB19.3 billion")
    assert not judge(profit, item_signature("小米集团2023年营收2710亿元 经调整净利润同比增长126.3%")).veto
    assert not judge(profit, item_signature("小米集团2023年营收2710亿元 同比下降3.2%")).veto
    assert not judge(item_signature("Xiaomi second-quarter revenue rises 30.5%"),
                     item_signature("Xiaomi Q2 adjusted profit up 75% to 10.8 billion yuan")).veto
    assert not judge(item_signature("小米集团营收925.1亿元 同比增长30.5%"),
                     item_signature("小米集团营收1113亿元 同比增长47%")).veto
    assert judge(item_signature("Xiaomi Q1 revenue rises 47%"), item_signature("小米二季度营收增长30.5%")).veto


def test_bounds_and_round_figures_fit_the_exact_one() -> None:
    """"More than $300 billion" fits $589 billion and "nearly $600 billion" is $589 billion: one rout. Two
    milestones of one direction ("突破20万台" / "突破24万台") and a figure outside the bound stay two."""
    bounds = [f[4] for f in signature("英伟达市值蒸发超3000亿美元, up to 75%, 10 हज़ार से ज़्यादा").figures]
    assert bounds == [">", "<", ">"]
    assert signature("Xiaomi's turnover 100 billion").figures[0][4] == ""  # "turnover" is not "over"
    assert similar("Nvidia loses nearly $600 billion in market value", "Nvidia loses $589 billion in market value")
    assert not similar("Nvidia loses nearly $700 billion in market value", "Nvidia loses $589 billion in market value")
    assert not judge(item_signature("英伟达市值一夜蒸发5890亿美元"), item_signature("英伟达市值蒸发超3000亿美元")).veto
    assert judge(item_signature("英伟达市值一夜蒸发2890亿美元"), item_signature("英伟达市值蒸发超3000亿美元")).veto
    assert judge(item_signature("小米YU7大定3分钟破20万台"), item_signature("小米YU7上市18小时锁单突破24万台")).veto
    assert signature("DeepSeek_V3.pdf").codes[0].head == "v3"


def test_traditional_and_simplified_characters_are_one_text() -> None:
    a, b = signature("數位部：公務機關禁用DeepSeek"), signature("数位部：公务机关禁用DeepSeek")
    assert a.tokens == b.tokens
    assert signature("義大利封鎖DeepSeek").places == signature("意大利封锁DeepSeek").places == {"italy"}
    assert signature("南韓暫停DeepSeek新下載").places == signature("韩国暂停DeepSeek新下载").places != set()


def test_one_quarters_results_quoted_by_other_figures_is_one_report() -> None:
    """Outlets quote different figures of one results report; another quarter is another report."""
    assert not judge(item_signature("小米集团三季度营收925.1亿元 同比增长30.5%创新高"),
                     item_signature("小米Q3财报：汽车交付39790辆，智能电动汽车等创新业务收入97亿元")).veto
    assert not judge(item_signature("Xiaomi third-quarter revenue rises 22.3% to 92.5 billion yuan"),
                     item_signature("小米Q3财报：智能电动汽车等创新业务收入97亿元")).veto
    assert judge(item_signature("小米集团二季度营收1160亿元"),
                 item_signature("小米Q3财报：智能电动汽车等创新业务收入97亿元")).veto
    assert judge(item_signature("小米集团三季度营收925.1亿元 同比增长30.5%"),
                 item_signature("腾讯三季度营收1673亿元 同比增长8%")).veto


def test_a_comma_between_words_ends_a_version_code_and_a_lab_is_no_model() -> None:
    """A Chinese list comma becomes ',' (NFKC): "DeepSeek-VL，1.3B" names DeepSeek-VL and a 1.3B size, not a
    version "vl,1.3"; "DeepSeek-AI" is the lab's name, not a model DeepSeek-AI beside DeepSeek-VL."""
    zh = signature("深度求索开源多模态模型DeepSeek-VL，1.3B和7B两个版本均可商用")
    en = signature("DeepSeek-AI Introduces DeepSeek-VL, an open-source vision-language model")
    assert [(c.head, c.mods) for c in zh.codes] == [(c.head, c.mods) for c in en.codes] == [("deepseek", {"vl"})]
    assert {"deepseek", "xiaomi"} <= signature("DeepSeek，Xiaomi").tokens
    assert [f[0] for f in signature("售价69,999卢比").figures] == [69_999]
    assert similar("深度求索开源多模态模型DeepSeek-VL，1.3B和7B两个版本均可商用",
                   "डीपसीक ने ओपन सोर्स किया विज़न-लैंग्वेज मॉडल DeepSeek-VL, 1.3B और 7B वर्ज़न")


def test_a_phones_generation_is_its_model_code_and_specifications_compare_by_kind() -> None:
    """"Xiaomi 14" / "小米15" / "शाओमी 15" name a generation: two generations are two launches; a series holds its
    models; a specification tells two products apart only against one of its kind ("IP69" / "IP68"), since
    outlets quote different ones of one phone ("200MP camera" / "7200 Ultra chip")."""
    assert [(c.head, c.mods) for c in signature("小米14印度发布：售价69999卢比").codes] == [("xiaomi-14", frozenset())]
    assert not similar("Xiaomi 14 launched in India at Rs 69,999", "शाओमी 15 भारत में लॉन्च, कीमत 69,999 रुपये")
    assert not similar("Xiaomi 14 launched in India", "Xiaomi 14 Civi launched in India")
    assert not signature("Xiaomi 15 billion yuan").codes and not signature("小米15亿元").codes
    assert not judge(item_signature("Redmi Note 14 series launches in India"),
                     item_signature("Redmi Note 14 Pro+ launches in India")).veto
    assert judge(item_signature("Redmi Note 14 Pro+ launches with IP68 rating"),
                 item_signature("Redmi Note 14 Pro with IP69 rating")).veto
    assert not judge(item_signature("Redmi Note 13 Pro+ debuts with 200MP camera"),
                     item_signature("Redmi Note 13 Pro+ debuts with Dimensity 7200 Ultra and 120W charging")).veto
    assert [c.head for c in signature("DeepSeek V4's preview").codes] == ["v4"]
    assert signature("DeepSeek's R1-style reasoning").codes[0].mods == frozenset()


def test_xiaomis_assistant_is_one_name_in_every_script() -> None:
    assert "xiaoai" in signature("小爱同学接入DeepSeek-R1").tokens & signature("Xiaomi's XiaoAI gets R1").tokens


def test_a_year_and_a_count_are_two_facets_of_one_report() -> None:
    assert similar("Xiaomi sets monthly record with 50,000-plus EV deliveries in December",
                   "Xiaomi closes 2025 with record December EV deliveries")
    assert not similar("Xiaomi delivers 40,000 EVs in October", "Xiaomi delivers 50,000 EVs in October")


def test_the_versions_a_person_built_are_no_other_event_of_their_move() -> None:
    """"Quits ahead of V4" and "R1 co-author" name what the researcher worked on, not two events."""
    mentioned = watchlist_mentions(Matcher(load_watchlist()))

    def same(a: str, b: str) -> bool:
        return compare((a, ""), (b, ""), mentioned).same
    assert same("Another DeepSeek departure: code-and-math specialist Daya Guo quits ahead of V4",
                "DeepSeek loses R1 co-author Guo Daya as China's tech giants circle")
    # versions still tell other events apart when the person does something else
    assert not same("Luo Fuli unveils MiMo-V2-Flash at Xiaomi", "Luo Fuli, DeepSeek-V2 developer, joins Xiaomi")
    # turning an offer down is no hire
    assert not same("लुओ फुली ने ठुकराया शाओमी का ऑफर? डीपसीक की पूर्व शोधकर्ता पर नई रिपोर्ट",
                    "शाओमी ने डीपसीक की AI एक्सपर्ट लुओ फुली को करोड़ों के पैकेज पर जोड़ा: रिपोर्ट")


def test_a_move_told_without_the_name_is_the_named_persons_move() -> None:
    """"Ex-DeepSeek prodigy confirms move to Xiaomi" names no one; beside Luo Fuli's move between the same
    companies it is hers. Another company or place on either side still keeps them apart."""
    mentioned = watchlist_mentions(Matcher(load_watchlist()))

    def same(a: str, b: str) -> bool:
        return compare((a, ""), (b, ""), mentioned).same
    unnamed = "'Intelligence will step beyond language': ex-DeepSeek prodigy confirms move to Xiaomi"
    assert same(unnamed, "Chinese AI Expert Luo Fuli Joins Xiaomi")
    assert not same(unnamed, "Luo Fuli joins Xiaomi as Tencent poaches a DeepSeek engineer")
    assert not same("Ex-DeepSeek researcher joins ByteDance", "Chinese AI Expert Luo Fuli Joins Xiaomi")


def test_a_story_sharing_one_token_many_stories_share_is_not_scored(monkeypatch: pytest.MonkeyPatch) -> None:
    """A crowded window: a story that shares one token with the item, a token in more than _LONE stories,
    is passed over unscored (in a full window a quarter of the stories a lookup scored were such, and 4 of
    3,931 took the item); one token of few stories still makes a candidate."""
    words = ("amber", "basil", "cedar", "delta", "ember", "fjord", "garnet", "harbor", "indigo", "juniper", "kestrel",
             "lantern", "meadow", "nectar", "orchid", "pebble", "quartz", "raven", "saffron", "thistle", "umber",
             "velvet", "willow", "yarrow", "zephyr", "aspen", "birch", "copper", "dune", "elm")
    for stories, scored in ((len(words), False), (_LONE, True)):
        index = StoryIndex()
        for n, word in enumerate(words[:stories]):
            index.add(n, f"Zorblatt {word} {word}ville {word}worth gathering", float(n))
        calls: list[int] = []
        linkage = index._linkage
        monkeypatch.setattr(index, "_linkage",
                            lambda *args, calls=calls, linkage=linkage: calls.append(1) or linkage(*args))
        assert index.find("Zorblatt unrelated headline about quokkas", float(stories)) is None
        assert bool(calls) is scored, stories
