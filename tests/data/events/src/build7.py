#!/usr/bin/env python3
"""Build events_holdout7.jsonl and lookalikes_holdout7.jsonl (seventh held-out set). Deterministic, stdlib only.

    python3 tests/data/events/src/build7.py

The hand-written events are in build7_events.py (next to this file); the two jsonl files are written one
folder up, next to check7.py.
"""
from heldout import HeldOut

SET = HeldOut(7)
P, PI = SET.pair, SET.pair_inline
BP_HI, BP_ZH, BP_EN = SET.source["BP_HI"], SET.source["BP_ZH"], SET.source["BP_EN"]

# ---- same_names: the same company or people, another step or another announcement
P(21, "Wallstreetcn", 29, "AsiaICT", "same_names",
  "Tesla's China terms of service reveal DeepSeek/Doubao voice assistant (Aug 2025) vs the official confirmation at Volcano Engine's conference (Jun 2026): disclosure vs confirmation ten months later")
P(29, "36氪", 21, "澎湃新闻", "same_names",
  "Volcano Engine conference confirmation (2026) vs the 2025 terms-of-service report, both about Tesla, Doubao and DeepSeek")
P(21, "ऑटो आजतक", 29, "गैजेट्स 360 हिंदी", "same_names",
  "Tesla voice assistant with DeepSeek in Hindi: 2025 plan vs 2026 confirmation")
P(29, "CnEVPost", 21, "自由時報", "same_names",
  "Tesla confirms Doubao and DeepSeek (Jun 2026) vs Tesla introduces them (Aug 2025)")
P(11, "Tech.co", 12, "Prolific North", "same_names",
  "Musk says Grok 3 is 'scary smart' and coming in a week or two (13 Feb 2025) vs xAI launches Grok 3 (18 Feb 2025): announcement vs release")
P(12, "华尔街见闻", 11, "第一财经", "same_names",
  "Grok 3 release vs Musk's Dubai preview five days earlier")
P(11, "आज तक", 12, "एनडीटीवी इंडिया", "same_names",
  "Grok 3 teaser vs Grok 3 launch, both naming Musk, in Hindi")
P(12, "聯合新聞網", 11, "Reuters", "same_names",
  "Grok 3 launch (zh-Hant) vs Musk's claim that it beats every released model (en)")
P(6, "CSDN", 16, "界面新闻", "same_names",
  "ByteDance's Doubao-1.5-pro (Jan 2025) vs the Doubao 1.5 deep-thinking model (Apr 2025): two Doubao 1.5 releases three months apart")
P(16, "AI Tide", 6, "South China Morning Post", "same_names",
  "Doubao 1.5 deep thinking vs Doubao 1.5 Pro")
P(6, "इंडिया टुडे हिंदी", 16, "लाइव हिंदुस्तान", "same_names",
  "Doubao 1.5 Pro vs Doubao 1.5 thinking model, in Hindi")
P(16, "Reuters", 6, "Reuters", "same_names",
  "Same agency: ByteDance reasoning model said to edge R1 (Apr) vs new Doubao model aimed at OpenAI and DeepSeek (Jan)")
P(20, "Reuters", 23, "Bloomberg", "same_names",
  "Lu Weibing cuts the 2025 phone target to 175 million (Q2 call, Aug 2025) vs about 170 million (Q3 call, Nov 2025)")
P(23, "新华网", 20, "财联社", "same_names",
  "1.7亿台 (Nov) vs 1.75亿台 (Aug): two target statements on two results calls")
P(20, "ज़ी बिज़नेस", 23, "बिज़नेस स्टैंडर्ड हिंदी", "same_names",
  "17.5 crore vs 17 crore phone targets in Hindi")
P(15, "Reuters", 20, "Gizmochina", "same_names",
  "Lu Weibing on the 2024 results call: cars abroad from 2027 (Mar 2025) vs Lu Weibing on the Q2 2025 call: phone target cut (Aug 2025)")
P(15, "21世纪经济报道", 1, "界面新闻", "same_names",
  "Results-call statements a year apart: overseas cars and stores in 2027 (Mar 2025) vs SU7 target raised to 120,000 (May 2024)")
P(1, "Reuters", 15, "CnEVPost", "same_names",
  "SU7 2024 target raised to 120,000 vs plan for 10,000 overseas stores and 2027 car exports")
P(26, "Reuters", 25, "CarNewsChina", "same_names",
  "Record December deliveries above 50,000 (1 Jan 2026) vs YU7 passing 150,000 cumulative deliveries (26 Dec 2025): days apart, both Xiaomi Auto milestones")
P(25, "IT之家", 26, "第一财经", "same_names",
  "YU7 150,000 deliveries vs December and full-year 2025 deliveries")
P(25, "नवभारत टाइम्स", 26, BP_HI[0], "same_names",
  "YU7 cumulative milestone vs December record, in Hindi")
P(30, "Gizmochina", 3, "CoinBuzzFeed (Reuters)", "same_names",
  "SU7 National Day orders above 6,000 (7 Oct 2024) vs October deliveries above 20,000 (29 Oct 2024)")
P(3, "新浪科技", 30, "快科技", "same_names",
  "October 2024 deliveries vs National Day holiday orders, same month")
P(9, "Palo Alto Networks", 7, "SemiVoice", "same_names",
  "Same model, same week: Unit 42 jailbreaks of DeepSeek (30 Jan 2025) vs Cerebras serving the R1 70B distill (29 Jan 2025)")
P(7, "IT之家", 8, "少数派", "same_names",
  "Cerebras hosts DeepSeek-R1 distill in the cloud vs LM Studio runs R1 locally, same day")
P(8, "LM Studio", 9, "Dark Reading", "same_names",
  "R1 available offline in LM Studio vs R1 jailbroken by Unit 42")
P(19, "Vivold Consulting", 27, "The Information", "same_names",
  "R2 delayed because Liang is unsatisfied (Jun 2025) vs DeepSeek ranks fourth in a16z's web list (Mar 2026)")
P(2, "量子位", 19, "新浪科技", "same_names",
  "Fire-Flyer cluster paper (Aug 2024) vs R2 delay report (Jun 2025), both about DeepSeek compute and models")
P(17, "SC Media", 19, "Weights & Biases", "same_names",
  "Senate bill against DeepSeek use by contractors vs report that DeepSeek's R2 is delayed, six weeks apart")
# ---- same_type_other_actor
P(17, "CyberScoop", 18, "FedScoop", "same_type_other_actor",
  "Cassidy-Rosen Senate bill on federal contractors (May 2025) vs Moolenaar-Krishnamoorthi No Adversarial AI Act on federal agencies (Jun 2025): two bills, different sponsors and targets")
P(18, "House Select Committee on the CCP (Democrats)", 17, "Security Express", "same_type_other_actor",
  "No Adversarial AI Act vs the Protection Against Foreign Adversarial AI Act")
P(18, "观察者网", 17, "环球网", "same_type_other_actor",
  "House committee bill vs Senate contractor bill, both citing DeepSeek, in Chinese")
P(17, "दैनिक जागरण", 18, BP_HI[0], "same_type_other_actor",
  "Contractor ban bill vs agency ban bill in Hindi")
P(22, "AFP (Robo Daily)", 18, "TechInformed", "same_type_other_actor",
  "A company (Anthropic) bars Chinese-owned customers (Sep 2025) vs lawmakers seek to bar Chinese AI from agencies (Jun 2025)")
P(5, "Analytics Vidhya", 6, "Reuters", "same_type_other_actor",
  "Moonshot's Kimi k1.5 (20 Jan 2025) vs ByteDance's Doubao-1.5-pro (22 Jan 2025): rival Chinese releases in R1's week")
P(6, "鉅亨網", 5, "机器之心", "same_type_other_actor",
  "Doubao 1.5 Pro vs Kimi k1.5")
P(5, "न्यूज़18 हिंदी", 6, "इंडिया टुडे हिंदी", "same_type_other_actor",
  "Kimi k1.5 vs Doubao 1.5 Pro in Hindi")
P(12, "EgretSoft", 14, "XIX.AI", "same_type_other_actor",
  "xAI's Grok 3 (Feb 2025) vs Google's Gemma 3 (Mar 2025), each measured against DeepSeek")
P(14, "机器之心", 13, "36氪", "same_type_other_actor",
  "Google's open Gemma 3 vs Monica's Manus agent, six days apart, both set against DeepSeek")
P(13, "Trak.in", 5, "VentureBeat", "same_type_other_actor",
  "Manus launch vs Kimi k1.5 launch")
P(21, "South China Morning Post", 10, "Bloomberg", "same_type_other_actor",
  "Tesla adds DeepSeek to its China cars (Aug 2025) vs BYD shares hit a record after its DeepSeek integration (Feb 2025)")
P(10, "证券时报", 21, "澎湃新闻", "same_type_other_actor",
  "BYD share record after DeepSeek tie-up vs Tesla adopting DeepSeek and Doubao")
P(7, "SiliconANGLE", 8, "The Verge", "same_type_other_actor",
  "Cerebras cloud vs LM Studio local app: two platforms adding DeepSeek R1 the same day")
# ---- version: another stage or another figure
P(3, BP_EN[0], 4, "Xinhua", "version",
  "SU7 deliveries above 20,000 in October 2024 vs again in November 2024 with a 130,000 full-year target")
P(4, "每日经济新闻", 3, "ज़ी बिज़नेस", "version",
  "November 2024 (zh) vs October 2024 (hi) SU7 deliveries")
P(20, "Gizmochina", 23, "鉅亨網", "version",
  "175 million target vs 170 million target")
P(1, "經濟日報", 25, "經濟日報", "version",
  "Same outlet: SU7 2024 target to 120,000 vs YU7 150,000 deliveries")
# ---- period: the same kind of report for another month or quarter
P(4, "Electrive", 24, "CnEVPost", "period",
  "Xiaomi's November 2024 deliveries (20,000+) vs November 2025 deliveries (40,000+)")
P(24, "每日经济新闻", 4, "每日经济新闻", "period",
  "Same outlet: November 2025 vs November 2024 Xiaomi car deliveries")
P(24, "ऑटो आजतक", 26, "Reuters", "period",
  "November 2025 (40,000+) vs December 2025 (50,000+) deliveries")
P(26, "第一财经", 24, BP_EN[0], "period",
  "December 2025 vs November 2025 deliveries")
P(3, "CoinBuzzFeed (Reuters)", 24, "每日经济新闻", "period",
  "October 2024 deliveries vs November 2025 deliveries")
P(28, "Reuters", 1, "Reuters", "period",
  "Same agency: Q1 2026 results (profit nearly halves) vs the Q1 2024 call's raised SU7 target")
# ---- boilerplate: one outlet's stock lead on unrelated stories
P(3, BP_EN[0], 24, BP_EN[0], "boilerplate", "Same Hindustan Times stock line; October 2024 SU7 deliveries vs November 2025 deliveries")
P(24, BP_EN[0], 26, BP_EN[0], "boilerplate", "Same Hindustan Times stock line; November vs December 2025 deliveries")
P(4, BP_HI[0], 8, BP_HI[0], "boilerplate", "Same ABP News stock line; Xiaomi November 2024 deliveries vs LM Studio running DeepSeek R1")
P(18, BP_HI[0], 26, BP_HI[0], "boilerplate", "Same ABP News stock line; No Adversarial AI Act vs Xiaomi December deliveries")
P(16, BP_ZH[0], 25, BP_ZH[0], "boilerplate", "Same The Paper stock line; Doubao thinking model vs YU7 150,000 deliveries")
P(25, BP_ZH[0], 30, BP_ZH[0], "boilerplate", "Same The Paper stock line; YU7 150,000 deliveries vs SU7 National Day orders")
# ---- inline real items of other developments
PI(26, "Reuters", {"title": "Xiaomi sets 550,000-car target for 2026 in New Year teardown livestream",
                   "summary": "On January 3, 2026, Lei Jun, CEO of Xiaomi, announced during a New Year livestream that Xiaomi Auto\u2019s delivery target for 2026 is 550,000 vehicles, noting that actual deliveries in 2025 exceeded 410,000 units.",
                   "source": "News18A", "lang": "en",
                   "provenance": "cf. https://english.news18a.com/news/english_223264.html (lead verbatim; title written for this set)"},
   "same_names", "December and 2025 deliveries announced on 1 January vs Lei Jun's 3 January livestream with the exact 410,000 figure and the 2026 target (ev5-026 in set 5)")
PI(19, "Vivold Consulting", {"title": "DeepSeek reportedly delayed R2 over trouble training on Huawei chips",
                             "summary": "DeepSeek has reportedly delayed the launch of its R2 model owing to challenges in training it with Huawei chips",
                             "source": "WarpTech Lab (SCMP)", "lang": "en",
                             "provenance": "cf. https://news.warptechlab.com/news/144366499 (lead verbatim; title written for this set)"},
   "same_names", "June 2025 report that Liang is unsatisfied with R2 vs the August 2025 report that training on Huawei Ascend chips delayed it (ev-071 in the first set)")
PI(28, "China Daily Brief", {"title": "Xiaomi Q1 2025: record revenue of RMB 111.3 billion, adjusted profit RMB 10.7 billion",
                             "summary": "Record Results: Xiaomi delivered its strongest-ever quarterly financials in Q1 2025, with all core metrics hitting record highs.",
                             "source": "Alpha Spread", "lang": "en",
                             "provenance": "cf. https://www.alphaspread.com/security/hkex/1810/investor-relations/earnings-call/q1-2025 (summary line verbatim; title written for this set)"},
   "period", "Q1 2026 results (double decline) vs Q1 2025 results (record)")
SET.write()
