#!/usr/bin/env python3
"""Build events_holdout11.jsonl and lookalikes_holdout11.jsonl (eleventh held-out set). Deterministic, stdlib only.

    python3 tests/data/events/src/build11.py

The hand-written events are in build11_events.py (next to this file); the two jsonl files are written one
folder up, next to check11.py.
"""
from heldout import HeldOut

SET = HeldOut(11)
P, PI = SET.pair, SET.pair_inline
BP_HI, BP_ZH, BP_EN = SET.source["BP_HI"], SET.source["BP_ZH"], SET.source["BP_EN"]
S = "synthetic"


def X(title, summary, source, lang, prov=S):
    """An inline look-alike side: a report of an event that is not in this set."""
    return {"title": title, "summary": summary, "source": source, "lang": lang, "provenance": prov}


# ---- DeepSeek R2 in 2025: a denial, two rumours, and an agent report
P(2, "KrASIA", 4, "Epium (SCMP rewrite)", "same_names",
  "DeepSeek R2: the company's denial of a 17 March launch (Mar 2025) vs social-media spec rumours of a 1.2T model (late Apr 2025)")
P(4, "ETtoday", 9, "中時新聞網", "period",
  "Two R2 rumours: 1.2T parameters on Ascend 910B (late Apr 2025) vs a 15-30 August launch window (Aug 2025), both zh-Hant")
P(9, "TechHounder", 4, "BlazeTrends", "period",
  "R2 to launch in late August (Aug 2025 rumour) vs R2 specification rumours (Apr 2025); both repeat the 1.2T/Ascend claims")
P(2, "IT之家", 9, "快科技", "same_names", "DeepSeek辟谣R2 3月17日发布 (Mar) vs 传R2将于8月15日至30日发布 (Aug), both zh")
P(2, "AIbase हिंदी", 9, "नवभारत टाइम्स", "same_names", "R2 date denied (hi, Mar 2025) vs R2 in late August (hi, Aug 2025)")
P(4, "आज तक", 2, "AIbase हिंदी", "same_names", "R2 spec rumours (hi, Apr) vs DeepSeek denies the March date (hi, Mar)")
P(9, "Epicsofte", 2, "KrASIA", "same_names", "R2 due by late August (Aug) vs DeepSeek calls an R2 launch date fake (Mar)")
P(4, "澎湃新闻", 2, "科技新報", "same_names",
  "网传R2参数1.2万亿 (zh, Apr) vs DeepSeek闢謠R2下週發布 (zh-Hant, Mar)")
PI(9, "TechHounder",
   X("DeepSeek's R2 held up by Huawei chip training troubles, FT says", "", "Financial Times", "en"),
   "same_names",
   "R2 launch-window rumour (c. 12 Aug 2025) vs the FT's report two days later that R2 was delayed by Ascend training problems (ev-071) (borderline for saga-level clustering; a report vs a later report of the opposite)")
PI(2, "IT之家", X("路透：DeepSeek拟提前发布R2 原定5月推出", "", "路透中文网", "zh"), "same_names",
   "DeepSeek denies a 17 March R2 date (Mar 2025) vs Reuters' report that it is rushing R2 out early (25 Feb 2025, ev-176)")
P(14, "Reuters", 9, "TechHounder", "same_names", "DeepSeek is building an AI agent (Bloomberg, Sep 2025) vs R2 due in late August (Aug 2025)")
P(14, "华尔街见闻", 4, "澎湃新闻", "same_names", "DeepSeek开发AI智能体 (Sep) vs 网传R2细节 (Apr), both zh")
P(14, "एनडीटीवी इंडिया", 9, "नवभारत टाइम्स", "same_names", "An agent by year-end (hi, Sep) vs R2 in late August (hi, Aug)")
P(14, "鉅亨網", 2, "科技新報", "same_names", "DeepSeek傳年底推AI代理 (Sep) vs DeepSeek官方闢謠R2 (Mar), both zh-Hant")
PI(14, "Reuters", X("DeepSeek says it has no plans to launch R2 in August", "", "South China Morning Post", "en"), "same_names",
   "Bloomberg's agent report (Sep 2025) vs a denial of an August R2 launch (not an event of the sets; written for this pair)")

# ---- rich lists
P(3, "Forbes (via Daily8)", 15, "Forbes", "period",
  "Two Forbes lists of 2025: the World's Billionaires (1 Apr, Zhang Yiming China's richest, Liang Wenfeng's debut) vs the China Rich List (7 Nov, Zhong Shanshan first, Lei Jun seventh)")
P(15, "新浪科技", 3, "第一财经", "period", "福布斯中国内地富豪榜 (Nov) vs 福布斯全球富豪榜 (Apr), both zh")
P(15, BP_HI[0], 3, "ज़ी बिज़नेस", "period", "Forbes China list (hi, Nov) vs Forbes world list (hi, Apr)")
P(3, "第一财经", 30, "第一财经", "same_type_other_actor",
  "Forbes World's Billionaires 2025 (Apr 2025) vs Hurun Global Rich List 2026 (Mar 2026), same outlet")
P(15, "中央社", 30, "大公報", "same_type_other_actor", "富比士中國富豪榜 (Nov 2025) vs 胡潤全球富豪榜 (Mar 2026), both zh-Hant")
P(30, "ज़ी बिज़नेस", 3, "ज़ी बिज़नेस", "same_type_other_actor", "Hurun 2026 (hi) vs Forbes 2025 (hi), same outlet")
P(3, "GDS Travel", 30, "Yuz.uz", "same_type_other_actor",
  "Chinese billionaires' comeback on the Forbes 2025 list vs China overtaking the US on the Hurun 2026 list")
P(30, "Bloomberg", 15, "Forbes", "same_type_other_actor", "Hurun's AI billionaires (Mar 2026) vs Forbes China 100 (Nov 2025)")
PI(3, "第一财经", X("胡润全球富豪榜发布 梁文锋首次上榜", "", "新浪财经", "zh"), "same_type_other_actor",
   "Forbes World's Billionaires (1 Apr 2025) vs Hurun Global Rich List (27 Mar 2025, ev10-012), both with Liang Wenfeng's first entry")
PI(30, "第一财经", X("2025胡润全球富豪榜：张一鸣首成中国首富 雷军财富翻倍", "", "中国新闻网", "zh"), "period",
   "Hurun Global Rich List 2026 (5 Mar 2026) vs 2025 (27 Mar 2025, ev10-012)")
PI(15, "Binance Square", X("Hurun China Rich List 2025: Lei Jun back in the top five", "", "South China Morning Post", "en"), "same_type_other_actor",
   "Forbes China Rich List (7 Nov 2025, Lei Jun seventh) vs Hurun China Rich List (28 Oct 2025, Lei Jun fifth, ev10-019)")

# ---- App Store charts
P(1, "Bloomberg", 28, "Quasa", "same_type_other_actor",
  "China's App Store No. 1: Tencent's Yuanbao passes DeepSeek (Mar 2025) vs Alibaba's Qwen tops the chart after its milk-tea giveaway (Feb 2026)")
P(1, "新浪科技", 23, "快科技", "period", "元宝登顶App Store (2025年3月) vs 元宝14小时登顶免费榜 (2026年2月), both zh")
P(1, "鉅亨網", 23, "自由財經", "period", "騰訊元寶登上iPhone免費榜首 (2025) vs 元寶衝上蘋果免費榜第一 (2026), both zh-Hant")
P(1, "गैजेट्स 360 हिंदी", 23, "दैनिक भास्कर", "period", "Yuanbao No. 1 (hi, 2025) vs Yuanbao No. 1 (hi, 2026)")
P(23, "Bloomberg", 1, "South China Morning Post", "period", "Yuanbao tops the App Store during its red-packet drive (Feb 2026) vs Yuanbao passes DeepSeek (Mar 2025)")
PI(1, "South China Morning Post", X("DeepSeek overtakes ChatGPT as top free app on US App Store", "", "TechCrunch", "en"), "place",
   "Yuanbao passes DeepSeek on China's App Store (Mar 2025) vs DeepSeek tops the US App Store (Jan 2025, ev-013)")
PI(28, "आज तक", X("अमेरिका में ऐप स्टोर पर डीपसीक नंबर 1, चैटजीपीटी पीछे छूटा", "", "एबीपी न्यूज़", "hi"), "place",
   "Qwen No. 1 in China (hi, Feb 2026) vs DeepSeek No. 1 in the US (hi, Jan 2025, ev-013)")
PI(1, "新浪科技",
   X("千问App公测一周下载量破千万", "", "新浪科技", "zh"), "same_type_other_actor",
   "Yuanbao passes DeepSeek on the App Store (Mar 2025) vs Qwen passes 10 million downloads in a week (Nov 2025, ev6-026), same outlet")

# ---- Tencent's quarters
P(5, "GuruFocus", 10, "Deep News (TTM)", "period", "Tencent Q1 2025 (+13%, 180.0bn yuan) vs Q2 2025 (+15%, 184.5bn yuan)")
P(10, "Bloomberg", 16, "Investing.com", "period", "Tencent Q2 vs Q3 2025, both +15%")
P(16, "InsiderFinance", 5, "Wallstreetcn (Longbridge)", "period", "Tencent Q3 2025 'AI-led growth' vs Q1 2025 'AI arms race'")
P(5, "证券时报", 10, "每日经济新闻", "period", "腾讯一季度 vs 二季度, both zh")
P(10, "香港01", 16, "信報", "period", "騰訊次季 vs 第三季, both zh-Hant")
P(5, "香港經濟日報", 16, "信報", "period", "Q1: enough GPUs vs Q3: capex down on chip supply, both zh-Hant")
P(16, "लाइव हिंदुस्तान", 10, "इकोनॉमिक टाइम्स हिंदी", "period", "Tencent Q3 (hi) vs Q2 (hi)")
P(5, BP_HI[0], 16, "लाइव हिंदुस्तान", "period", "Tencent Q1 (hi) vs Q3 (hi)")
P(16, "Reportify (转载)", 5, "Reuters", "period", "Q3 executives on model competition (zh, Nov) vs Q1 enough GPUs (en, May)")
PI(5, "Reuters", X("Tencent's fourth-quarter profit jumps 90%, capex to rise further in 2025", "", "Reuters (via Investing.com)", "en"), "period",
   "Tencent Q1 2025 results (May 2025) vs Q4 2024 results (Mar 2025, ev6-007)")
# ---- Alibaba's quarters
P(6, "Reuters", 13, "Reuters", "period", "Alibaba March quarter (cloud +18%) vs June quarter (cloud +26%), same outlet")
P(13, "CNBC", 18, "MarketScreener", "period", "Alibaba June quarter vs September quarter")
P(18, "CoinCentral", 6, "Wallstreetcn (Longbridge)", "period", "September quarter cloud +34% vs March quarter call")
P(6, "财联社", 13, "证券时报", "period", "连续七个季度三位数增长 vs 连续八个季度, both zh")
P(13, "香港經濟日報", 18, "信報", "period", "雲收入增26% vs 雲業務大增34%, both zh-Hant")
P(18, "财联社", 6, "信報", "period", "阿里云增34% (zh, Nov) vs 雲業務增18% (zh-Hant, May)")
P(6, "बिज़नेस स्टैंडर्ड हिंदी", 13, "बिज़नेस स्टैंडर्ड हिंदी", "period", "Alibaba cloud +18% vs +26% (hi), same outlet")
P(18, "इकोनॉमिक टाइम्स हिंदी", 13, "बिज़नेस स्टैंडर्ड हिंदी", "period", "Alibaba cloud +34% (hi) vs +26% (hi)")
P(13, BP_EN[0], 18, BP_EN[0], "period",
  "Alibaba Q1 FY26 vs Q2 FY26 from one outlet with one stock lead sentence: only the quarter and the figures differ")
PI(6, "Reuters", X("Alibaba's December-quarter revenue beats forecasts as AI lifts cloud", "", "Reuters (via CNA)", "en"), "period",
   "Alibaba March quarter 2025 (May) vs December quarter 2024 (Feb 2025, ev6-002)")
PI(18, "MarketScreener", X("Alibaba's Qwen app tops 10 million downloads in first week", "", "Bloomberg", "en"), "same_names",
   "Alibaba's September-quarter results, which cite the Qwen milestone (25 Nov) vs the milestone itself a day earlier (24 Nov, ev6-026) (borderline for saga-level clustering; a result release restating an earlier fact)")
# ---- two companies reporting in the same weeks
P(6, "Reuters", 5, "Reuters", "same_type_other_actor", "Alibaba's March quarter (15 May) vs Tencent's Q1 (14 May), a day apart, same outlet")
P(5, "证券时报", 6, "财联社", "same_type_other_actor", "腾讯一季度 vs 阿里季度业绩, a day apart, both zh")
P(10, "每日经济新闻", 13, "证券时报", "same_type_other_actor", "腾讯二季度 (13 Aug) vs 阿里季度云收入增26% (29 Aug), both zh")
P(16, "Investing.com", 18, "CoinCentral", "same_type_other_actor", "Tencent Q3 (13 Nov) vs Alibaba September quarter (25 Nov)")
P(13, "CNBC", 12, "Kaohoon International",
  "same_type_other_actor", "Alibaba June quarter (29 Aug) vs Nvidia Q2 FY26 (27 Aug), same week")

# ---- Nvidia's quarters and China licences
P(12, "Cointelegraph (via Cryptoloa)", 17, "GlobeNewswire", "period", "Nvidia Q2 FY26 ($46.7B) vs Q3 FY26 ($57.0B)")
P(17, "AIbars", 12, "BizBoosters", "period", "Q3 FY26 $57B vs Q2 FY26 record without China")
P(12, "华尔街见闻", 17, "第一财经", "period", "英伟达二季度467亿美元 vs 三季度570亿美元, both zh")
P(17, "ज़ी न्यूज़ हिंदी", 12, "बिज़नेस स्टैंडर्ड हिंदी", "period", "Nvidia $57B (hi) vs $46.7B (hi)")
P(12, "經濟日報", 17, "NextBigFuture", "period", "輝達上季營收467億美元 (zh-Hant, Aug) vs Nvidia beats again (en, Nov)")
PI(12, "BizBoosters", X("Nvidia's quarterly revenue jumps 69% despite $4.5 billion H20 charge", "", "CNBC", "en"), "period",
   "Nvidia Q2 FY26 (Aug 2025) vs Q1 FY26 with the H20 charge (May 2025, ev6-009)")
P(8, "Reuters", 19, "Catamist", "version", "Revenue share for China chip licences: 15% on H20/MI308 (Aug 2025) vs 25% on H200 (Dec 2025)")
P(19, "Introl", 8, "SAA Media", "version", "25% cut on H200 (Dec) vs 15% on H20 (Aug)")
P(8, "财新网", 19, "观察者网", "version", "15%上缴 vs 25%抽成, both zh")
P(19, "自由時報", 8, "工商時報", "version", "川普准H200抽成25% vs 15%上繳換H20許可, both zh-Hant")
P(8, "मनीकंट्रोल हिंदी", 19, "आज तक", "version", "15% deal (hi) vs H200 approval with 25% (hi)")
P(8, "HotHardware", 19, "AFP (Wyoming Star)", "version", "H20/MI308 licences for 15% (Aug) vs H200 allowed (Dec)")
P(12, "Kaohoon International", 8, "HotHardware", "same_names",
  "Nvidia Q2 results with zero H20 China sales (27 Aug) vs the 15% H20 revenue-share deal (10 Aug)")
P(19, "AFP (Wyoming Star)", 17, "AIbars", "same_names", "Trump approves H200 sales to China (8 Dec) vs Nvidia's Q3 results (19 Nov)")
PI(19, "Catamist",
   X("Trump Administration Clears Nvidia H200 Sales to China With 25% Government Cut",
     "President Donald Trump said the U.S. will allow Nvidia to sell its H200 AI chip to customers in China, with the federal government taking 25% of the dollar value of those sales.",
     "GMT Eight", "en", "https://gmt8press.com/content/detail/352159"),
   "version",
   "Trump's announcement (8 Dec 2025) vs the formal Commerce Department rules published in January 2026 (volume cap, third-party testing), not an event of the sets (borderline for saga-level clustering; announcement vs regulation)")
PI(8, "Reuters", X("Nvidia says US will grant licences to resume H20 sales to China", "", "Reuters (via CNA)", "en"), "version",
   "The 15% revenue-share deal (10 Aug 2025) vs Nvidia's July 2025 statement that H20 licences would be granted (ev6-013)")

# ---- Lunar New Year 2026: Tencent's Yuanbao
P(20, "Reuters", 21, "GMT Eight", "same_names",
  "Tencent announces the 1bn yuan Yuanbao giveaway (25 Jan) vs Pony Ma's remarks on it at the annual gala (26 Jan) (borderline for saga-level clustering; the GMT Eight lead restates the announcement)")
P(21, "South China Morning Post", 20, "Pandaily", "same_names", "Pony Ma on Yuanbao (26 Jan) vs the giveaway announcement (25 Jan)")
P(20, "IT之家", 21, "36氪", "same_names", "元宝宣布10亿红包 vs 马化腾年会谈元宝红包, both zh")
P(21, "明報", 20, "星島日報", "same_names", "馬化騰談元寶派 vs 元寶宣布派10億, both zh-Hant")
P(20, "गैजेट्स 360 हिंदी", 21, "इंडिया टीवी", "same_names", "Yuanbao giveaway announced (hi) vs Pony Ma's remarks (hi)")
P(20, "Reuters", 23, "Bloomberg", "version", "Yuanbao giveaway announced (25 Jan) vs goes live and tops the App Store (1 Feb)")
P(23, "快科技", 20, "IT之家", "version", "元宝红包活动开启 vs 宣布, both zh")
P(20, "星島日報", 23, "自由財經", "version", "元寶宣布派紅包 vs 紅包刷屏微信群, both zh-Hant")
P(23, "दैनिक भास्कर", 20, "गैजेट्स 360 हिंदी", "version", "Campaign live (hi) vs announced (hi)")
P(21, "36氪", 23, "快科技", "same_names", "马化腾谈红包 (26 Jan) vs 元宝14小时登顶 (1 Feb), both zh")
P(23, "TTM Financial", 26, "Wallstreetcn (Longbridge)", "same_names",
  "Yuanbao links flood WeChat groups (1 Feb) vs WeChat restricts those links (4 Feb)")
P(24, "AIbase", 26, "AI-Damn", "same_names",
  "Tencent's internal email: the red envelopes are not induced sharing (2 Feb) vs WeChat judges the links to breach rule 2.1.2 (4 Feb) (borderline for saga-level clustering; two stages of one dispute)")
P(26, "澎湃新闻", 24, "晚点LatePost", "same_names", "微信限制元宝链接 (4 Feb) vs 腾讯内部信称不属诱导分享 (2 Feb), both zh")
P(24, "香港經濟日報", 26, "聯合報", "same_names", "騰訊內部信 vs 微信封鎖元寶連結, both zh-Hant")
P(26, "एनडीटीवी इंडिया", 24, BP_HI[0], "same_names", "WeChat blocks Yuanbao links (hi) vs Tencent says it is not forced sharing (hi)")
P(24, "TechNode", 23, "Bloomberg", "same_names", "Tencent defends the giveaway (2 Feb) vs Yuanbao tops the App Store (1 Feb)")
# ---- one platform curbing two giveaways
P(26, "China Daily Brief", 29, "AI-Damn", "same_type_other_actor", "WeChat restricts Yuanbao's links (4 Feb) vs Qwen's links and codes (6 Feb)")
P(29, "Reuters", 26, "AI-Damn", "same_type_other_actor", "Qwen links blocked (6 Feb) vs Yuanbao links blocked (4 Feb)")
P(26, "澎湃新闻", 29, "Vista看天下", "same_type_other_actor", "微信限制元宝链接 vs 微信封禁千问分享链接, both zh")
P(29, "明報", 26, "聯合報", "same_type_other_actor", "千問口令遭微信封殺 vs 微信封鎖元寶連結, both zh-Hant")
P(29, "ज़ी न्यूज़ हिंदी", 26, "एनडीटीवी इंडिया", "same_type_other_actor", "WeChat curbs Qwen (hi) vs WeChat curbs Yuanbao (hi)")
# ---- three giveaways by three companies
P(20, "Reuters", 22, "Reuters", "same_type_other_actor", "Tencent's 1bn yuan (25 Jan) vs Baidu's 500m yuan (26 Jan), same outlet")
P(22, "KrASIA", 25, "AM Overview", "same_type_other_actor", "Baidu's 500m yuan vs Alibaba's 3bn yuan")
P(25, "USA Herald", 20, "Pandaily", "same_type_other_actor", "Alibaba's 3bn yuan vs Tencent's 1bn yuan")
P(22, "新京报", 20, "IT之家", "same_type_other_actor", "文心助手5亿红包 vs 元宝10亿红包, both zh")
P(25, "鸟哥笔记", 22, BP_ZH[0], "same_type_other_actor", "千问30亿 vs 文心5亿, both zh")
P(22, "經濟日報", 25, "鉅亨網", "same_type_other_actor", "百度砸5億紅包 vs 千問砸30億, both zh-Hant")
P(20, "星島日報", 22, "經濟日報", "same_type_other_actor", "元寶10億紅包 vs 百度5億紅包, both zh-Hant")
P(25, "मनीकंट्रोल हिंदी", 22, "हिंदुस्तान", "same_type_other_actor", "Alibaba 3bn (hi) vs Baidu 500m (hi)")
P(22, "हिंदुस्तान", 20, "गैजेट्स 360 हिंदी", "same_type_other_actor", "Baidu 500m (hi) vs Tencent 1bn (hi)")
# ---- Alibaba's Qwen giveaway
P(25, "AM Overview", 28, "Yicai Global", "version",
  "Qwen's 3bn yuan plan announced (2 Feb) vs the giveaway goes live with 10 million orders and outages (6 Feb)")
P(28, "Quasa", 25, "USA Herald", "version", "Giveaway live, shops swamped (6 Feb) vs plan announced (2 Feb)")
P(25, "鸟哥笔记", 28, "虎嗅", "version", "千问官宣30亿 vs 首日9小时千万单, both zh")
P(28, "剁椒Spicy", 25, "鉅亨網", "version", "千問免單首日崩了 vs 千問砸30億, both zh-Hant")
P(28, "आज तक", 25, "मनीकंट्रोल हिंदी", "version", "10 million orders and a crash (hi) vs 3bn yuan plan (hi)")
P(27, "Bloomberg", 28, "AInvest", "same_names", "Jack Ma visits the Qwen team (4 Feb) vs the Qwen giveaway crashes on day one (6 Feb)")
P(27, "新浪科技", 28, "虎嗅", "same_names", "马云深夜探班千问 vs 千问免单千万单, both zh")
P(27, "香港01", 29, "明報", "same_names", "馬雲探班千問 vs 千問口令遭微信封殺, both zh-Hant")
P(27, "न्यूज़18 हिंदी", 28, "आज तक", "same_names", "Jack Ma meets Qwen team (hi) vs Qwen app crashes (hi)")
P(28, "Yicai Global", 29, "Reuters", "same_names",
  "Qwen giveaway live with outages (6 Feb) vs WeChat blocks Qwen's links the same day (borderline for saga-level clustering; a reaction by another party)")
P(29, "Vista看天下", 28, "虎嗅", "same_names", "微信封禁千问链接 vs 千问免单千万单, same day, both zh")
P(29, "ज़ी न्यूज़ हिंदी", 28, "आज तक", "same_names", "WeChat curbs Qwen (hi) vs Qwen's giveaway rush (hi), same day")
P(27, "South China Morning Post", 26, "China Daily Brief", "same_names",
  "Two items of 4 Feb 2026 in one red-packet war: Jack Ma visits the Qwen team vs WeChat curbs Yuanbao's links")

# ---- Xiaomi in 2025
P(7, "South China Morning Post (via Daily8)", 11, "Reuters", "same_names",
  "Xiaomi in summer 2025: AI glasses beat expectations (29 Jul) vs the car business may turn a profit (19 Aug)")
P(11, "第一财经", 7, "搜狐科技", "same_names", "卢伟冰谈汽车盈利 vs 李创奇谈AI眼镜销量, both zh")
P(7, "聯合新聞網", 11, "香港01", "same_names", "小米AI眼鏡賣爆 vs 小米汽車年內有望單季盈利, both zh-Hant")
P(11, "ऑटो आजतक", 7, "अमर उजाला", "same_names", "Xiaomi car profit (hi) vs AI glasses sales (hi)")
PI(7, "Gizchina", X("Xiaomi debuts its first AI glasses at 1,999 yuan", "", "Gizmochina", "en"), "same_names",
   "AI-glasses sales update (29 Jul 2025) vs the glasses' launch (26 Jun 2025, ev-124)")
PI(11, "CnEVPost", X("Xiaomi trims 2025 smartphone shipment goal to 175 million", "", "Counterpoint Research", "en"), "same_names",
   "Lu Weibing on the car business vs Lu cutting the phone target on the same Q2 call (ev7-020) (borderline for saga-level clustering; two announcements on one call)")
PI(11, "香港01",
   X("小米次季經調整多賺75% 總收入按年增三成 齊創歷史新高",
     "小米（1810）公佈截至6月底季度業績，期內經調整淨利錄得108.3億元人民幣（下同），按年增長75.4%；季度總收入則錄得1,159.6億元，按年增長30.5%，均創下歷史新高。",
     "香港01", "zh-Hant",
     "cf. https://www.hk01.com/%E8%B2%A1%E7%B6%93%E5%BF%AB%E8%A8%8A/60268091/ (lead verbatim; title taken from the URL)"),
   "same_names",
   "Lu's remarks on the car business vs the Q2 2025 results themselves (ev-127): same outlet, same day, same lead sentence (borderline for saga-level clustering; a call remark vs the release)")
P(15, "中央社", 7, "聯合新聞網", "same_names", "雷軍排富比士第7 (Nov) vs 小米AI眼鏡賣爆 (Jul), both zh-Hant")

# ---- across languages
P(2, "AIbase हिंदी", 4, "Epium (SCMP rewrite)", "same_names", "DeepSeek denies the 17 March R2 date (hi, Mar) vs R2 spec rumours (en, Apr)")
P(9, "快科技", 4, "Techolate", "period", "传R2八月下旬发布 (zh, Aug) vs R2 rumours (en, Apr)")
P(14, "एनडीटीवी इंडिया", 2, "IT之家", "same_names", "DeepSeek agent by year-end (hi, Sep) vs DeepSeek辟谣R2 (zh, Mar)")
P(4, "ETtoday", 9, "Epicsofte", "period", "傳R2參數1.2兆 (zh-Hant, Apr) vs R2 by late August (en, Aug)")
P(1, "Bloomberg", 23, "दैनिक भास्कर", "period", "Yuanbao passes DeepSeek (en, Mar 2025) vs Yuanbao No. 1 during the red-packet drive (hi, Feb 2026)")
P(28, "虎嗅", 1, "South China Morning Post", "same_type_other_actor", "千问登顶App Store (zh, Feb 2026) vs Yuanbao dethrones DeepSeek (en, Mar 2025)")
P(3, "ज़ी बिज़नेस", 15, "Forbes", "period", "Forbes world list (hi, Apr) vs Forbes China 100 (en, Nov)")
P(30, "大公報", 3, "Forbes (via Daily8)", "same_type_other_actor", "胡潤全球富豪榜2026 (zh-Hant) vs Forbes' richest Chinese 2025 (en)")
P(5, "香港經濟日報", 10, "Bloomberg", "period", "騰訊首季 (zh-Hant) vs Tencent Q2 (en)")
P(16, "लाइव हिंदुस्तान", 5, "GuruFocus", "period", "Tencent Q3 (hi) vs Tencent Q1 (en)")
P(13, "证券时报", 18, "CoinCentral", "period", "阿里云增26% (zh) vs Alibaba cloud +34% (en)")
P(6, "बिज़नेस स्टैंडर्ड हिंदी", 18, "MarketScreener", "period", "Alibaba cloud +18% (hi, May) vs Alibaba Q2 FY26 (en, Nov)")
P(12, "बिज़नेस स्टैंडर्ड हिंदी", 17, "GlobeNewswire", "period", "Nvidia $46.7B (hi) vs Nvidia Q3 FY26 release (en)")
P(17, "第一财经", 12, "Kaohoon International", "period", "英伟达三季度570亿美元 (zh) vs Nvidia Q2 beat (en)")
P(8, "工商時報", 19, "Introl", "version", "15%換H20許可 (zh-Hant) vs 25% cut on H200 (en)")
P(19, "आज तक", 8, "Reuters", "version", "H200 approved with 25% (hi) vs 15% H20 deal (en)")
P(20, "IT之家", 21, "South China Morning Post", "same_names", "元宝宣布10亿红包 (zh, 25 Jan) vs Pony Ma on Yuanbao (en, 26 Jan)")
P(21, "इंडिया टीवी", 23, "TTM Financial", "same_names", "Pony Ma's remarks (hi, 26 Jan) vs the campaign goes live (en, 1 Feb)")
P(26, "聯合報", 24, "AIbase", "same_names", "微信封鎖元寶連結 (zh-Hant, 4 Feb) vs Tencent's email (en, 2 Feb)")
P(29, "Vista看天下", 26, "Wallstreetcn (Longbridge)", "same_type_other_actor", "微信封禁千问链接 (zh) vs WeChat acts on Yuanbao (en)")
P(22, "新京报", 25, "USA Herald", "same_type_other_actor", "百度文心5亿红包 (zh) vs Alibaba's $431M Qwen push (en)")
P(25, "鉅亨網", 28, "Yicai Global", "version", "千問砸30億 (zh-Hant, 2 Feb) vs Qwen giveaway outages (en, 6 Feb)")
P(27, "新浪科技", 29, "Reuters", "same_names", "马云探班千问 (zh, 4 Feb) vs WeChat blocks Qwen links (en, 6 Feb)")
P(7, "अमर उजाला", 11, "CnEVPost", "same_names", "AI glasses sales (hi, Jul) vs Lu on car profit (en, Aug)")
P(11, "第一财经", 7, "Gizchina", "same_names", "卢伟冰谈汽车盈利 (zh) vs Xiaomi's 5 million AI-glasses goal (en)")
P(15, "新浪科技", 7, "South China Morning Post (via Daily8)", "same_names", "雷军福布斯第七 (zh) vs Xiaomi's AI glasses beat expectations (en)")

# ---- stock sentences shared across unrelated events
P(5, BP_HI[0], 15, BP_HI[0], "boilerplate", "Tencent's Q1 results vs the Forbes China list; only the outlet's stock sentence is shared")
P(15, BP_HI[0], 24, BP_HI[0], "boilerplate", "Forbes China list vs Tencent's email on Yuanbao red packets; same stock sentence")
P(5, BP_HI[0], 24, BP_HI[0], "boilerplate", "Tencent Q1 results vs Tencent's Yuanbao email; same outlet, same stock sentence, both name Tencent")
P(12, BP_EN[0], 13, BP_EN[0], "boilerplate", "Nvidia Q2 FY26 vs Alibaba's June quarter, two days apart; same stock sentence")
P(12, BP_EN[0], 18, BP_EN[0], "boilerplate", "Nvidia Q2 FY26 vs Alibaba's September quarter; same stock sentence")
P(14, BP_ZH[0], 22, BP_ZH[0], "boilerplate", "DeepSeek's agent report vs Baidu's red packets; same stock sentence")
P(22, BP_ZH[0], 30, BP_ZH[0], "boilerplate", "Baidu's red packets vs the Hurun 2026 list; same stock sentence")
P(14, BP_ZH[0], 30, BP_ZH[0], "boilerplate", "DeepSeek's agent report vs the Hurun 2026 list; same stock sentence")

SET.write()
