#!/usr/bin/env python3
"""Build events_holdout8.jsonl and lookalikes_holdout8.jsonl (eighth held-out set). Deterministic, stdlib only.

    python3 tests/data/events/src/build8.py

The hand-written events are in build8_events.py (next to this file); the two jsonl files are written one
folder up, next to check8.py.
"""
from heldout import HeldOut

SET = HeldOut(8)
P, PI = SET.pair, SET.pair_inline
BP_HI, BP_ZH, BP_EN = SET.source["BP_HI"], SET.source["BP_ZH"], SET.source["BP_EN"]
S = "synthetic"

# ---- same_names: the same company or people, another step or another announcement
P(6, "China Daily Hong Kong", 14, "Noah News", "same_names",
  "Robin Li on DeepSeek twice: 'innovation can't be planned' at the Dubai summit (Feb 2025) vs his criticism that DeepSeek is slow, costly and hallucinates at Baidu Create (Apr 2025)")
P(14, "澎湃新闻", 6, "China Daily Hong Kong", "same_names",
  "李彦宏点名DeepSeek缺点 (Create 2025, zh) vs Robin Li's 'innovation can't be planned' (WGS, two months earlier, en)")
P(6, "बिज़नेस स्टैंडर्ड हिंदी", 14, "鉅亨網", "same_names",
  "Robin Li's two DeepSeek statements: praise in Dubai (hi) vs criticism in Wuhan (zh-Hant)")
P(14, "Noah News", 15, "Computerworld (HeadlineReader)", "same_names",
  "Same keynote, two developments: Robin Li's criticism of DeepSeek vs the ERNIE 4.5 Turbo / X1 Turbo launch (borderline for saga-level clustering; a different announcement at the same event)")
P(15, "每日经济新闻", 14, "鉅亨網", "same_names",
  "文心4.5 Turbo / X1 Turbo release vs 李彥宏砲轟DeepSeek, same day and stage (borderline for saga-level clustering; a different announcement at the same event)")
P(15, "गैजेट्स 360 हिंदी", 14, "澎湃新闻", "same_names",
  "ERNIE Turbo launch (hi) vs Robin Li's DeepSeek criticism (zh), both Baidu Create 2025")
P(21, "Sipoch", 27, "Reuters (Devdiscourse)", "same_names",
  "Meta buys Manus (30 Dec 2025) vs China's commerce ministry says it will assess and investigate the deal (8 Jan 2026): a deal vs a regulator's reaction")
P(27, "中国新闻网", 21, "晚点LatePost", "same_names",
  "商务部评估调查Meta收购Manus vs Meta完成收购蝴蝶效应")
P(21, "बिज़नेस स्टैंडर्ड हिंदी", 27, "Geopolitechs", "same_names",
  "Meta-Manus deal (hi) vs MOFCOM's response to it (en)")
P(27, "中央社", 21, "PC News Today", "same_names",
  "Taiwanese report of the Beijing review vs English report of the acquisition")
P(9, "The Center Square (Just the News)", 21, "Sipoch", "same_names",
  "Manus in two different events: Tennessee bans it with DeepSeek on launch day (Mar 2025) vs Meta acquires it (Dec 2025)")
P(22, "Reportify", 23, BP_ZH[0], "same_names",
  "Xiaomi blogger row, two stages: Xu Jieyun's apology and end of cooperation (5 Jan 2026) vs the investigation result with dismissal and bonus cuts (6 Jan) (borderline for saga-level clustering; a new development the next day)")
P(23, "Yahoo奇摩新聞", 22, "香港01", "same_names",
  "Punishment of staff and executives vs the PR chief's apology a day earlier, both zh-Hant")
P(22, "Gizmochina", 23, "मनीकंट्रोल हिंदी", "same_names",
  "Apology and cancelled deal (en) vs dismissal and docked bonus (hi)")
P(23, "TechNode", 22, BP_HI[0], "same_names",
  "Xiaomi bonus cuts (en) vs PR chief's apology (hi)")
P(23, "TechNode", 26, "Android Headlines", "same_names",
  "Xiaomi's punishment over the blogger deal (6 Jan) vs Lei Jun's livestream response to controversies (7 Jan): company decision vs the CEO's own remarks")
P(24, "ETtoday", 25, "ETtoday新聞雲", "same_names",
  "Lei Jun on 7 Jan 2026, two announcements: new SU7 pre-orders open vs the Ten-Million Technology Award and the chip-OS-model 'grand union' plan; sister outlets")
P(25, "Particle News", 26, "Android Headlines", "same_names",
  "Award ceremony (XRING O1 team) vs Lei Jun's livestream clarifications the same day (borderline for saga-level clustering; the award story also mentions the controversies)")
P(25, "21世纪经济报道", 24, "CarNewsChina", "same_names",
  "千万技术大奖颁奖 (zh) vs new SU7 pre-orders (en), both 7 January")
P(26, "ITBEAR科技资讯", 25, "ETtoday新聞雲", "same_names",
  "Lei Jun explains the 'XRING O1' misreading in a livestream vs the XRING O1 team winning Xiaomi's top technology prize")
P(24, "CarNewsChina", 29, "CnEVPost", "same_names",
  "New SU7 pre-orders (7 Jan 2026) vs cumulative deliveries passing 600,000 (13 Feb 2026)")
P(29, "m.smahz.com", 30, "懂车帝", "same_names",
  "Same day, two developments: Xiaomi's own 600,000-delivery announcement vs CPCA data ranking the YU7 China's top seller in January")
P(30, "CNBC", 29, "CnEVPost", "same_names",
  "YU7 tops January sales chart vs Xiaomi passes 600,000 deliveries")
P(29, "हिंदुस्तान ऑटो", 30, "鉅亨網", "same_names",
  "600,000 deliveries (hi) vs YU7 best seller in January (zh-Hant)")
P(24, "ऑटो आजतक", 29, "m.smahz.com", "same_names",
  "New SU7 pre-orders (hi) vs 600,000 deliveries (zh)")
P(7, "Bloomberg", 28, "South China Morning Post", "same_names",
  "Liang Wenfeng in two different stories: set to meet Xi (Feb 2025) vs his fund High-Flyer's 2025 return (Jan 2026)")
P(28, "证券时报", 7, "दैनिक भास्कर", "same_names",
  "幻方量化2025年收益 (zh) vs Liang set to meet Xi (hi)")
P(20, "科创板日报", 17, "RedCensor", "same_names",
  "DeepSeek: Chen Deli's jobs warning in Wuzhen (Nov 2025, zh) vs SemiAnalysis's market-share report (Jul 2025, en)")
P(1, "Cybersecurity Today (iHeart)", 4, "AIvengo (TechCrunch)", "same_names",
  "DeepSeek safety, one week apart: Wallarm's jailbreak exposing the system prompt vs Amodei's bioweapons-test remark")
P(4, "智东西", 1, "安全内参", "same_names",
  "Amodei on DeepSeek's safety test vs Wallarm jailbreaking DeepSeek")
P(4, "एनडीटीवी इंडिया", 1, "iThome", "same_names",
  "Amodei's safety-test remark (hi) vs Wallarm's jailbreak (zh-Hant)")
P(13, "AIbase", 10, "MMSS AI", "same_names",
  "DeepSeek-R1 at Microsoft and Amazon: MAI-DS-R1 post-trained weights (Apr 2025) vs R1 fully managed on Bedrock (Mar 2025)")
P(18, "South China Morning Post", 22, "Gizmochina", "same_names",
  "Xiaomi marketing and PR staff in trouble: Wang Teng dismissed (Sep 2025) vs PR chief apologises over a blogger (Jan 2026)")
P(18, "新京报", 23, BP_ZH[0], "same_names",
  "Two Xiaomi dismissals: Wang Teng for leaks and conflicts of interest vs the staffer behind the blogger deal")
P(18, "自由時報", 23, "Yahoo奇摩新聞", "same_names",
  "王騰被辭退 vs 大熊事件員工被辭退, both zh-Hant")
P(18, BP_HI[0], 23, "TechNode", "same_names",
  "Wang Teng fired (hi) vs blogger-deal staffer fired (en)")
# ---- same_type_other_actor
P(2, "TASS (News-Pravda)", 5, "Gadgetonus (RB.ru)", "same_type_other_actor",
  "Korean company bans on DeepSeek: state-run KHNP and KEPCO KPS (4-5 Feb 2025) vs Hyundai Motor Group (7 Feb)")
P(5, "第一财经", 2, "中央社", "same_type_other_actor",
  "现代汽车集团禁用 (zh) vs 南韓核電公司禁用 (zh-Hant)")
P(2, "नवभारत टाइम्स", 5, "Gadgetonus (RB.ru)", "same_type_other_actor",
  "KHNP ban (hi) vs Hyundai ban (en)")
P(3, "Electriquity", 16, "Devs.com.pt", "same_type_other_actor",
  "Carmakers adding DeepSeek: Dongfeng/Voyah (Feb 2025) vs BMW (Apr 2025)")
P(16, "界面新闻", 3, "Electriquity", "same_type_other_actor",
  "宝马接入DeepSeek (zh) vs Voyah's DeepSeek OTA (en)")
P(3, "ऑटो आजतक", 16, "ऑटो आजतक", "same_type_other_actor",
  "Same outlet: Dongfeng's DeepSeek cars vs BMW's DeepSeek cars")
P(4, "AIvengo (TechCrunch)", 11, "Benzinga", "same_type_other_actor",
  "US CEOs on DeepSeek: Amodei's safety criticism (Feb 2025) vs Lisa Su's praise (Mar 2025)")
P(11, BP_ZH[0], 6, "新浪科技", "same_type_other_actor",
  "苏姿丰谈DeepSeek vs 李彦宏谈DeepSeek")
P(11, "अमर उजाला", 4, "智东西", "same_type_other_actor",
  "Lisa Su praises DeepSeek (hi) vs Amodei criticises it (zh)")
P(19, "36Kr", 13, "The Decoder", "same_type_other_actor",
  "Open-weight releases set against DeepSeek: MiniMax M2 (Oct 2025) vs Microsoft's MAI-DS-R1 (Apr 2025)")
P(19, "36氪", 15, "每日经济新闻", "same_type_other_actor",
  "MiniMax M2 pricing vs ERNIE 4.5 Turbo pricing, both pitched against DeepSeek")
# ---- place: the same kind of ban by another state or institution
P(8, "WDAC", 9, "KI-Ecke", "place",
  "Pennsylvania Treasury's DeepSeek ban (Feb 2025) vs Tennessee's state-network ban of DeepSeek and Manus (Mar 2025)")
P(9, "自由時報", 8, "观察者网", "place",
  "田納西州禁令 vs 宾夕法尼亚州财政部禁令")
P(12, "EdScoop", 8, "Times Leader (The Politic Review)", "place",
  "North Dakota University System vs Pennsylvania Treasury DeepSeek bans")
P(12, "环球时报", 9, "自由時報", "place",
  "北达科他大学系统 (zh) vs 田納西州 (zh-Hant)")
P(9, "लाइव हिंदुस्तान", 12, "EdScoop", "place",
  "Tennessee (hi) vs North Dakota university system (en)")
# ---- boilerplate: one outlet's stock lead on unrelated stories
P(5, BP_EN[0], 17, BP_EN[0], "boilerplate", "Same Firstpost stock line; Hyundai's DeepSeek ban vs SemiAnalysis's market-share report")
P(17, BP_EN[0], 30, BP_EN[0], "boilerplate", "Same Firstpost stock line; DeepSeek market share vs Xiaomi YU7 sales ranking")
P(8, BP_HI[0], 18, BP_HI[0], "boilerplate", "Same Jansatta stock line; Pennsylvania Treasury ban vs Wang Teng's dismissal")
P(12, BP_HI[0], 22, BP_HI[0], "boilerplate", "Same Jansatta stock line; North Dakota ban vs Xiaomi PR apology")
P(11, BP_ZH[0], 23, BP_ZH[0], "boilerplate", "Same Kuai Keji stock line; Lisa Su on DeepSeek vs Xiaomi's blogger-deal punishment")
P(23, BP_ZH[0], 29, BP_ZH[0], "boilerplate", "Same Kuai Keji stock line; blogger-deal punishment vs 600,000 deliveries")
# ---- version / period: other stages, versions or periods, with items of the earlier sets written inline
PI(15, "Reuters", {"title": "Baidu's ERNIE X1 arrives alongside ERNIE 4.5, pitched at half DeepSeek-R1's price",
                   "summary": "On March 16, 2025, Baidu introduced ERNIE X1, a specialized deep-thinking reasoning model, alongside ERNIE 4.5, a multimodal foundation model.",
                   "source": "Research Graph", "lang": "en",
                   "provenance": "cf. https://researchgraph.org/blogs/baidus-ernie-x1 (lead verbatim; title written for this set)"},
   "version", "ERNIE 4.5 Turbo / X1 Turbo (25 Apr 2025) vs the original ERNIE 4.5 / X1 launch (16 Mar 2025, ev-182 in the first set)")
PI(13, "The Decoder", {"title": "Perplexity open-sources R1 1776, a post-trained DeepSeek-R1 without CCP censorship",
                       "summary": "", "source": "Hacker News digest", "lang": "en", "provenance": S},
   "version", "Two post-trained versions of DeepSeek-R1 by different firms: Microsoft's MAI-DS-R1 (Apr 2025) vs Perplexity's R1 1776 (Feb 2025, ev-050)")
PI(24, "CarNewsChina", {"title": "新一代小米SU7正式发布 智能座舱搭载XLA认知大模型", "summary": "",
                        "source": "汽车之家", "lang": "zh", "provenance": S},
   "version", "New SU7: pre-orders opened (7 Jan 2026) vs the car presented at the spring launch (19 Mar 2026, ev-144)")
PI(29, "CnEVPost", {"title": "Xiaomi's 500,000th car leaves the Beijing line 602 days after the SU7 launch",
                    "summary": "", "source": "Gasgoo", "lang": "en", "provenance": S},
   "period", "600,000 cumulative deliveries (Feb 2026) vs the 500,000th car off the line (Nov 2025, ev5-025)")
PI(30, "CNBC", {"title": "Xiaomi outsells Tesla in China for the first time in October, CPCA retail data show",
                "summary": "", "source": "Bloomberg", "lang": "en", "provenance": S},
   "period", "CPCA ranking for January 2026 (YU7 top overall) vs CPCA retail data for October 2025 (ev5-022)")
PI(2, "环球网", {"title": "Kakao tells staff not to use DeepSeek for work, a day after its OpenAI tie-up",
                 "summary": "", "source": "Yonhap", "lang": "en", "provenance": S},
   "same_type_other_actor", "KHNP/KEPCO KPS bans (state-run) vs Kakao's ban (private, 5 Feb 2025, ev3-007)")
PI(3, "CarNewsChina", {"title": "Geely fuses its Xingrui model with DeepSeek-R1 by distillation",
                       "summary": "", "source": "CnEVPost", "lang": "en", "provenance": S},
   "same_type_other_actor", "Dongfeng/Voyah integration vs Geely's, announced first on 6 Feb 2025 (ev-047)")
SET.write()
