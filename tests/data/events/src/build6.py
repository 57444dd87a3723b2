#!/usr/bin/env python3
"""Build events_holdout6.jsonl and lookalikes_holdout6.jsonl (sixth held-out set). Deterministic, stdlib only.

    python3 tests/data/events/src/build6.py

The hand-written events are in build6_events.py (next to this file); the two jsonl files are written one
folder up, next to check6.py.
"""
from heldout import HeldOut

SET = HeldOut(6)
P, PI = SET.pair, SET.pair_inline
BP_HI, BP_ZH, BP_EN = SET.source["BP_HI"], SET.source["BP_ZH"], SET.source["BP_EN"]

# ---- same_names: the same company or people, another step of the saga
P(2, "Yicai Global", 4, "第一财经", "same_names",
  "Alibaba's December-quarter results, where Eddie Wu promised to invest aggressively in AI (20 Feb 2025), vs the 380-billion-yuan three-year infrastructure figure announced four days later (24 Feb 2025)")
P(4, "Shanghai Daily", 2, "财联社", "same_names",
  "380-billion-yuan AI/cloud pledge vs the earlier quarterly results")
P(2, "मनीकंट्रोल हिंदी", 4, "RCR Wireless News", "same_names",
  "Alibaba's profit triples (results) vs Alibaba's three-year AI spending plan, four days apart")
P(4, "ज़ी बिज़नेस", 20, "Geopolitechs", "same_names",
  "The February 2025 380-billion-yuan plan vs Eddie Wu's September 2025 Apsara keynote, which says spending will go beyond it")
P(19, "NeuraNexus Lab", 20, "21世纪经济报道", "same_names",
  "Same conference, same day: Qwen3-Max release vs Eddie Wu's keynote on artificial superintelligence (release vs talk, kept apart as in earlier sets' launch-event statements)")
P(20, "KrASIA (36Kr)", 19, "量子位", "same_names",
  "Wu's keynote vs the Qwen3-Max launch at the same Apsara Conference")
P(19, "गैजेट्स 360 हिंदी", 20, "लाइव हिंदुस्तान", "same_names",
  "Qwen3-Max launch vs Eddie Wu's superintelligence speech, both at Apsara on 24 Sep 2025")
P(23, "36氪", 26, "Outpoll", "same_names",
  "Qwen app public beta (17 Nov 2025) vs Qwen app passing 10 million downloads a week later (24 Nov 2025): launch vs milestone")
P(26, "财联社", 23, "Bloomberg", "same_names",
  "10 million Qwen downloads in a week vs the Qwen rebrand and public beta")
P(23, "गैजेट्स 360 हिंदी", 26, "ज़ी बिज़नेस", "same_names",
  "Qwen app launch vs Qwen app download milestone, one week apart")
P(8, "tech360.tv", 13, "央视新闻", "same_names",
  "US licence requirement blocks H20 sales to China (Apr 2025) vs Nvidia gets assurances and resumes H20 sales (Jul 2025): opposite steps of one saga")
P(13, "Republic World", 8, "证券时报", "same_names",
  "H20 sales to China to resume vs H20 exports requiring a licence and a $5.5bn charge")
P(8, "CNBC (NBC San Diego)", 9, "新浪财经", "same_names",
  "The $5.5bn H20 charge disclosed in a filing (15 Apr 2025) vs the Q1 FY2026 results that book a $4.5bn H20 charge (28 May 2025)")
P(9, "AI-360", 8, "工商時報", "same_names",
  "Q1 results with an $8bn H20 revenue hit vs the April H20 licence disclosure")
P(13, "AFP (The Peninsula)", 15, "南方都市报", "same_names",
  "Nvidia to resume H20 sales to China (15 Jul) vs China's cyberspace regulator summons Nvidia over H20 'backdoors' (31 Jul)")
P(15, "GMT Eight", 17, "金融时报中文网", "same_names",
  "Same regulator (CAC), same company: H20 backdoor summons (Jul 2025) vs order to stop buying the RTX Pro 6000D (Sep 2025)")
P(15, "दैनिक जागरण", 17, "Business Standard (Reuters)", "same_names",
  "China summons Nvidia vs China tells firms not to buy Nvidia chips")
P(16, "The Financial District", 17, "Catenaa", "same_names",
  "SAMR's antitrust finding against Nvidia (15 Sep 2025) vs CAC's RTX Pro 6000D purchase ban reported two days later (17 Sep 2025)")
P(17, "एनडीटीवी इंडिया", 16, "JURIST", "same_names",
  "China's purchase ban on Nvidia chips vs China's antimonopoly finding, same week")
P(16, "香港01", 15, "MENAFN", "same_names",
  "SAMR's further antitrust probe vs CAC's summons: two Chinese regulators acting against Nvidia six weeks apart")
P(10, "IT之家", 12, "The Tech Standard", "same_names",
  "Huawei open-sources Pangu models (30 Jun 2025) vs the Pangu team's statement denying they copied Qwen (5 Jul 2025)")
P(12, "观察者网", 10, "South China Morning Post", "same_names",
  "Plagiarism denial vs the open-sourcing it concerns")
P(10, "जागरण जोश", 12, "Top24 News", "same_names",
  "Pangu open source (Hindi) vs Pangu copying denial (English)")
P(10, "Gizmochina", 18, "证券时报", "same_names",
  "Huawei's Pangu open-source release vs Huawei's Ascend chip roadmap at Huawei Connect")
P(27, "DealStreetAsia (Reuters)", 31, "证券时报", "same_names",
  "Zhipu's Hong Kong debut (8 Jan 2026) vs Zhipu's record high and A-share IPO tutoring filing (13 Feb 2026)")
P(31, "The Edge Singapore (Bloomberg)", 30, "Let's Data Science", "same_names",
  "Zhipu plans a Shanghai listing vs Zhipu releases GLM-5, days apart (the GLM-5 rally is part of the listing story's background)")
P(30, "量子位", 31, "Tiger Brokers", "same_names",
  "GLM-5 release vs Zhipu's STAR Market tutoring filing")
P(27, "明報", 31, "信報", "same_names",
  "Zhipu's first trading day vs Zhipu's later record high and A-share plan")
P(29, "机器之心", 32, "Social Media Asia (Bloomberg)", "same_names",
  "Moonshot releases Kimi K2.5 (27 Jan 2026) vs Moonshot seeks a $10bn valuation (17 Feb 2026)")
P(32, "36氪", 29, "The Brief", "same_names",
  "Moonshot funding round vs Moonshot's K2.5 model release")
P(24, "EconoTimes", 25, "格隆汇", "same_names",
  "Xiaomi shares hit a seven-month low (19 Nov 2025) vs Xiaomi's two-day share buyback (20-21 Nov 2025)")
P(25, "Bloomberg", 24, "智通财经", "same_names",
  "Xiaomi buyback vs Xiaomi share slide, two days apart")
P(24, BP_HI[0], 25, "मनीकंट्रोल हिंदी", "same_names",
  "Share slide vs buyback in Hindi")
# ---- same_type_other_actor: the same kind of news from another company
P(10, "South China Morning Post", 11, "华尔街见闻", "same_type_other_actor",
  "Same day (30 Jun 2025), same action: Huawei open-sources Pangu vs Baidu open-sources ERNIE 4.5")
P(11, "Reuters", 10, "IT之家", "same_type_other_actor",
  "Baidu ERNIE 4.5 open source vs Huawei Pangu open source, same day")
P(11, "न्यूज़18 हिंदी", 10, "जागरण जोश", "same_type_other_actor",
  "Baidu vs Huawei open-sourcing models on 30 June 2025")
P(10, "科技新報", 11, "Chief AI Sharing Circle", "same_type_other_actor",
  "Pangu 7B/72B vs ERNIE 4.5 family")
P(27, "Bloomberg", 28, "華爾街見聞", "same_type_other_actor",
  "Zhipu's Hong Kong debut (8 Jan 2026) vs MiniMax's Hong Kong debut the next day (9 Jan 2026)")
P(28, "Reuters", 27, "第一财经", "same_type_other_actor",
  "MiniMax first-day jump vs Zhipu first-day gain")
P(27, "इकोनॉमिक टाइम्स हिंदी", 28, "मनीकंट्रोल हिंदी", "same_type_other_actor",
  "Two Chinese AI 'tigers' listing in Hong Kong on consecutive days")
P(28, "South China Morning Post", 27, "明報", "same_type_other_actor",
  "MiniMax IPO debut vs Zhipu IPO debut")
P(2, "ApnaKal", 7, "界面新闻", "same_type_other_actor",
  "Alibaba's December-quarter results (Feb 2025) vs Tencent's Q4 2024 results (Mar 2025): two giants, more AI capex")
P(7, "Reuters", 2, "财联社", "same_type_other_actor",
  "Tencent capex and results vs Alibaba results")
P(19, "Reuters", 22, "Bloomberg", "same_type_other_actor",
  "Alibaba's Qwen3-Max (Sep 2025) vs Baidu's ERNIE 5.0 (Nov 2025): trillion-scale flagship launches")
P(22, "中国新闻网", 19, "NeuraNexus Lab", "same_type_other_actor",
  "ERNIE 5.0 vs Qwen3-Max")
P(29, "LLM Stats", 30, "量子位", "same_type_other_actor",
  "Moonshot's Kimi K2.5 (27 Jan 2026) vs Zhipu's GLM-5 (11 Feb 2026): open-weight flagship releases two weeks apart")
P(30, "जागरण जोश", 29, "आज तक", "same_type_other_actor",
  "GLM-5 vs Kimi K2.5 in Hindi")
P(1, "Bisnow", 4, BP_EN[0], "same_type_other_actor",
  "Stargate's $500bn US AI infrastructure venture vs Alibaba's $53bn cloud and AI infrastructure plan")
P(32, "Social Media Asia (Bloomberg)", 27, "Bloomberg", "same_type_other_actor",
  "Moonshot's private round at up to $10bn vs Zhipu's IPO: two Chinese AI labs raising money")
# ---- version: another model of the same line
P(14, "The Decoder", 21, "The Decoder", "version",
  "Same outlet: GLM-4.5 (Jul 2025) vs GLM-4.6 (Sep 2025)")
P(21, "iThome", 14, "iThome", "version",
  "GLM-4.6 vs GLM-4.5, same outlet")
P(14, "इंडिया टुडे हिंदी", 21, "इंडिया टुडे हिंदी", "version",
  "GLM-4.5 vs GLM-4.6 in one Hindi outlet")
P(21, "SCMP", 30, "Let's Data Science", "version",
  "GLM-4.6 (Sep 2025) vs GLM-5 (Feb 2026)")
P(30, "量子位", 21, BP_ZH[0], "version",
  "GLM-5 vs GLM-4.6")
P(14, "CNBC", 30, "InterviewAlly", "version",
  "GLM-4.5 vs GLM-5")
P(11, "Reuters", 22, "中国新闻网", "version",
  "ERNIE 4.5 open source (Jun 2025) vs ERNIE 5.0 launch (Nov 2025)")
P(22, "Pika AI News", 11, "FixItByteHub", "version",
  "ERNIE 5.0 vs ERNIE 4.5")
P(11, "न्यूज़18 हिंदी", 22, "न्यूज़18 हिंदी", "version",
  "Same Hindi outlet: ERNIE 4.5 vs ERNIE 5.0")
# ---- place: the same kind of action elsewhere
P(3, "WSB Radio", 6, "自由時報", "place",
  "Georgia's state-network ban (21 Feb 2025) vs South Dakota's state-device ban (4 Mar 2025)")
P(6, "环球网", 3, "WSB-TV", "place",
  "South Dakota vs Georgia")
P(3, "中央社", 6, "South Dakota Searchlight", "place",
  "Georgia (traditional Chinese) vs South Dakota (English)")
P(6, "Dakota War College", 3, "环球时报", "place",
  "South Dakota bans DeepSeek and RedNote vs Georgia adds RedNote and DeepSeek to its ban list")
P(31, "The Edge Singapore (Bloomberg)", 27, "DealStreetAsia (Reuters)", "place",
  "Zhipu's planned Shanghai STAR Market listing vs its Hong Kong listing")
P(8, "tech360.tv", 17, "MarketScreener", "place",
  "Washington blocks H20 exports to China vs Beijing tells its firms to stop buying Nvidia's RTX Pro 6000D: a block by the US vs a block by China")
P(17, "金融时报中文网", 8, "证券时报", "place",
  "China's order against Nvidia purchases vs the US licence requirement for H20 exports")
# ---- period: the same report for another quarter
P(5, "Business Today", 9, "新浪财经", "period",
  "Nvidia's Q4 FY2025 results (26 Feb 2025) vs Q1 FY2026 results (28 May 2025)")
P(9, "ज़ी न्यूज़ हिंदी", 5, "华尔街见闻", "period",
  "Q1 FY2026 vs Q4 FY2025")
P(5, "नवभारत टाइम्स", 9, "Reuters", "period",
  "Nvidia Q4 FY2025 (Hindi) vs Q1 FY2026 (English)")
P(9, "GlobeNewswire", 5, "鉅亨網", "period",
  "Q1 FY2026 (H20 hit) vs Q4 FY2025 (record)")
# ---- boilerplate: one outlet's stock lead on unrelated stories
P(3, BP_HI[0], 6, BP_HI[0], "boilerplate", "Same TV9 Bharatvarsh stock line; Georgia ban vs South Dakota ban")
P(6, BP_HI[0], 24, BP_HI[0], "boilerplate", "Same TV9 Bharatvarsh stock line; South Dakota ban vs Xiaomi share slide")
P(14, BP_ZH[0], 21, BP_ZH[0], "boilerplate", "Same Red Star News stock line; GLM-4.5 vs GLM-4.6")
P(21, BP_ZH[0], 33, BP_ZH[0], "boilerplate", "Same Red Star News stock line; GLM-4.6 vs Lei Jun's livestream announcement")
P(4, BP_EN[0], 26, BP_EN[0], "boilerplate", "Same Mint stock line; Alibaba's 380bn plan vs Qwen's 10 million downloads")
P(26, BP_EN[0], 32, BP_EN[0], "boilerplate", "Same Mint stock line; Qwen downloads vs Moonshot's funding round")
# ---- inline real items of other developments
PI(3, "WSB Radio", {"title": "DeepSeek AI ban on state devices and state-run networks",
                    "summary": "Today, Governor Glenn Youngkin issued Executive Order 46, banning the use of China’s DeepSeek AI on state devices and state-run networks.",
                    "source": "Hampton Roads Messenger", "lang": "en",
                    "provenance": "cf. http://hamptonroadsmessenger.com/posts/deepseek-ai-ban-on-state-devices-and-state-run-networks/ (lead verbatim without the dateline; title taken from the URL)"},
   "place", "Georgia's ban (Feb 21) vs Virginia's Executive Order 46 (Feb 11)")
PI(6, "South Dakota Searchlight", {"title": "More states ban foreign AI tools on government devices",
                                   "summary": "Alabama and Oklahoma have become the latest states to ban from state-owned devices and networks certain AI tools with links to foreign governments.",
                                   "source": "Lawivy", "lang": "en",
                                   "provenance": "cf. https://lawivy.com/more-states-ban-foreign-ai-tools-on-government-devices (lead verbatim; title taken from the URL)"},
   "place", "South Dakota's ban (Mar 4) vs Alabama's and Oklahoma's bans (Mar 21/26)")
PI(33, "China Daily Brief", {"title": "What did Lei Jun talk about in his 260-minute \"car disassembly live broadcast\"?",
                             "summary": "Xiaomi Corporation founder Lei Jun announced during the New Year live broadcast in 2026 that the delivery volume of Xiaomi cars exceeded 410,000 units in 2025, surpassing expectations.",
                             "source": "Wallstreetcn", "lang": "en",
                             "provenance": "cf. https://web.lbkrs.com/news/271402703 (lead verbatim; title shortened from the page's headline)"},
   "same_names", "Lei Jun's 1 February 2026 factory-lab livestream announcement vs his 3 January 2026 YU7 teardown livestream: two livestreams a month apart")
PI(28, "Reuters", {"title": "Alibaba-backed MiniMax ‘plans Hong Kong IPO’",
                   "summary": "MiniMax is considering an initial public offering in the Hong Kong Special Administrative Region, people familiar with the situation said, in what would be a landmark industry debut for a Chinese mainland AI startup valued at about $3 billion.",
                   "source": "China Daily HK", "lang": "en",
                   "provenance": "https://www.chinadailyhk.com/hk/article/614200"},
   "same_names", "Report that MiniMax is considering a Hong Kong IPO (Jun 2025) vs its Hong Kong debut (Jan 2026): plan vs event")

SET.write()
