#!/usr/bin/env python3
"""Build events_holdout9.jsonl and lookalikes_holdout9.jsonl (ninth held-out set). Deterministic, stdlib only.

    python3 tests/data/events/src/build9.py

The hand-written events are in build9_events.py (next to this file); the two jsonl files are written one
folder up, next to check9.py.
"""
from heldout import HeldOut

SET = HeldOut(9)
P, PI = SET.pair, SET.pair_inline
BP_HI, BP_ZH, BP_EN = SET.source["BP_HI"], SET.source["BP_ZH"], SET.source["BP_EN"]
S = "synthetic"

# ---- same_names: the same company or people, another step or another announcement
P(25, "The Federal Newswire", 26, "Technobezz", "same_names",
  "Ford-Xiaomi: the FT's report of joint-venture talks (31 Jan 2026) vs Xiaomi's own denial the next day (borderline for saga-level clustering; a reaction by the company named in the report)")
P(26, "网通社 (懂车帝)", 25, "凤凰网科技", "same_names",
  "福特与小米双双否认 (denial, 1 Feb) vs 金融时报报道福特与小米讨论合资 (report, 31 Jan)")
P(26, "टीवी9 भारतवर्ष", 25, "GlobalSpark", "same_names",
  "Xiaomi calls the Ford JV story false (hi) vs the FT report itself (en)")
P(25, "Yahoo奇摩新聞", 26, "Reuters", "same_names",
  "The FT report with Ford's same-day denial (zh-Hant) vs Xiaomi's separate statement that it is not negotiating (en) (borderline for saga-level clustering; both headlines carry a denial)")
P(27, "Reportify", 28, "ITBear科技资讯", "same_names",
  "Xiaomi on consecutive days: Lei Jun's factory livestream on the new SU7's safety (27 Feb 2026) vs the 'surprise' teaser and 'see you tomorrow' (28 Feb)")
P(27, "CarNewsChina", 29, "FutureFive", "same_names",
  "New SU7 safety livestream vs the Vision Gran Turismo concept unveiled at MWC three days later")
P(29, "FindArticles", 30, "C114", "same_names",
  "Xiaomi at MWC 2026, two announcements: the Vision GT hypercar concept vs Lu Weibing's yearly XRING chip and Gemini assistant plans")
P(30, "經濟日報", 29, "IT之家", "same_names",
  "盧偉冰談玄戒晶片與海外AI助理 (zh-Hant) vs 小米Vision GT超跑亮相MWC (zh)")
P(16, "有车网", 17, "FXW (fxw.com.cn)", "same_names",
  "Xiaomi HAD Enhanced: launched at the Guangzhou Auto Show (21 Nov 2025) vs Lei Jun announcing that the push to owners is imminent (late Nov) (borderline for saga-level clustering; a later stage of one rollout)")
P(16, "CarNewsChina", 17, "CnEVPost", "same_names",
  "HAD Enhanced unveiled with RL and a world model vs Lei Jun's note that the fourth-generation system will reach owners soon")
P(15, "每日快讯", 27, "Reportify", "same_names",
  "Lei Jun on car safety twice: Weibo posts 'safety above everything' (Nov 2025) vs his factory livestream on the new SU7's safety features (Feb 2026)")
P(15, "CnEVPost", 16, "Gasgoo", "same_names",
  "Lei Jun's safety posts (16 Nov 2025) vs Xiaomi's HAD Enhanced launch five days later")
P(20, "ForGeeks", 26, "Technobezz", "same_names",
  "Xiaomi business news two months apart: closing 1,000 Xiaomi Home stores vs denying a Ford JV")
P(20, "晚点LatePost", 16, "新北京 (xbjpep)", "same_names",
  "小米之家关店 (zh) vs 小米HAD增強版 (zh-Hant)")
P(15, "हिंदुस्तान ऑटो", 27, "Electrek", "same_names",
  "Lei Jun on safety: Weibo posts (hi) vs factory livestream on the new SU7 (en)")
P(28, "鉅亨網", 27, "66260.cn", "same_names",
  "小米汽車預告驚喜 vs 雷軍工廠直播談安全, both zh-Hant, a day apart")
# ---- version: a stage teased vs delivered, a plan reported vs filed
P(28, "GlobalChinaEV", 29, "Hi-Tech.ua", "version",
  "Vision GT: spotted under wrap and teased (27-28 Feb 2026) vs unveiled at MWC (2 Mar)")
P(29, "IT之家", 28, "鉅亨網", "version",
  "Vision GT亮相 (zh) vs 小米汽車預告驚喜、雷軍明天見 (zh-Hant)")
P(28, "टीवी9 भारतवर्ष", 29, "IT之家", "version",
  "Teaser (hi) vs the hypercar's unveiling (zh)")
P(19, "Bloomberg", 24, "iPress HK", "version",
  "Kunlunxin: reports that Baidu's chip unit may list in Hong Kong (5 Dec 2025) vs Baidu's announcement of the confidential filing (2 Jan 2026)")
P(24, "新浪财经 (Reportify)", 19, "信報", "version",
  "百度分拆昆仑芯IPO (filing, zh) vs 傳崑崙芯擬赴港上市 (report, zh-Hant)")
P(24, "ज़ी बिज़नेस", 19, "CNBC", "version",
  "Kunlunxin's filing (hi) vs the share jump on the first IPO report (en)")
# ---- same_type_other_actor
P(1, "Forbes (technewsed)", 7, "TYN Magazine", "same_type_other_actor",
  "DeepSeek-R1 red-team findings by two firms in one week: KELA's jailbreaks (27 Jan 2025) vs Enkrypt AI's '11x more harmful' report (31 Jan)")
P(7, "TechRadar", 11, "The Yomiuri Shimbun (reprint)", "same_type_other_actor",
  "Enkrypt AI's report vs the Japanese/US security firms' analyses reported by the Yomiuri")
P(1, "FreeBuf", 11, "日经中文网", "same_type_other_actor",
  "KELA越狱DeepSeek-R1生成勒索软件 vs 日本安全公司测试R1生成勒索软件")
P(8, "NSFOCUS", 1, "Dark Reading", "same_names",
  "DeepSeek security in the same week: fake DeepSeek packages on PyPI (supply chain) vs KELA's jailbreak of the model itself")
P(8, "गैजेट्स 360 हिंदी", 7, "量子位", "same_names",
  "Fake DeepSeek PyPI packages (hi) vs Enkrypt AI's red-team report (zh)")
P(7, "量子位", 1, "iThome", "same_type_other_actor",
  "Enkrypt AI测试 (zh) vs KELA實測越獄 (zh-Hant)")
P(2, "Hindustan Times", 7, "BARD AI", "same_names",
  "DeepSeek, two days apart: Durov credits China's schools for its success vs Enkrypt AI's risk report")
P(12, "Reuters (Global Banking & Finance Review)", 4, "The Brussels Times", "same_type_other_actor",
  "European privacy action on DeepSeek by two bodies: the EDPB widening its taskforce (11 Feb 2025) vs Belgium's authority taking up Test-Achats' complaint (30 Jan)")
P(12, "गैजेट्स 360 हिंदी", 4, "界面新闻", "same_type_other_actor",
  "EDPB warning (hi) vs Belgian investigation (zh)")
P(18, "South China Morning Post", 21, "Bloomberg", "same_type_other_actor",
  "STAR Market debuts of two GPU makers: Moore Threads (5 Dec 2025) vs MetaX (17 Dec)")
P(21, "界面新闻", 18, "CoinFeather", "same_type_other_actor",
  "沐曦上市首日 (zh) vs Moore Threads' first day (en)")
P(18, "मनीकंट्रोल हिंदी", 21, "經濟日報", "same_type_other_actor",
  "Moore Threads debut (hi) vs MetaX debut (zh-Hant)")
P(18, "Bloomberg (The Wall Street Ledger)", 19, "Bloomberg", "same_type_other_actor",
  "Same day, two Chinese AI-chip listing stories: Moore Threads' debut vs Baidu's jump on the Kunlunxin IPO report")
P(19, "21世纪经济报道 (Reportify)", 18, "21世纪经济报道", "same_type_other_actor",
  "百度飙升、昆仑芯或赴港IPO (headline names 摩尔线程) vs 摩尔线程上市首日, same outlet and day")
P(22, "Z.ai docs", 23, "VentureBeat", "same_type_other_actor",
  "Chinese open coding models a day apart: Zhipu's GLM-4.7 (22 Dec 2025) vs MiniMax M2.1 (23 Dec)")
P(23, "机器之心", 22, "South China Morning Post", "same_type_other_actor",
  "MiniMax M2.1 (zh) vs Zhipu GLM-4.7 (en)")
P(22, "गैजेट्स 360 हिंदी", 23, BP_HI[0], "same_type_other_actor",
  "GLM-4.7 (hi) vs MiniMax M2.1 (hi)")
P(13, "uSMART", 18, "CoinFeather", "same_type_other_actor",
  "Chinese AI chipmakers in the news: Cambricon's first-half profit (Aug 2025) vs Moore Threads' IPO pop (Dec 2025)")
# ---- same_names, chips
P(13, "uSMART", 14, "IC-PCB", "same_names",
  "Cambricon: half-year results (26 Aug 2025, evening) vs the share price briefly passing Moutai the next day; IC-PCB's headline names both (borderline for saga-level clustering; a market reaction to the results)")
P(14, "經濟日報", 13, "证券时报", "same_names",
  "寒武紀盤中超車茅台 (zh-Hant) vs 寒武纪上半年营收增长4347.82% (zh)")
P(13, "बिज़नेस स्टैंडर्ड हिंदी", 14, "National Business Daily", "same_names",
  "Cambricon's profit (hi) vs Cambricon passing Moutai (en)")
# ---- place: the same kind of ban or complaint elsewhere
P(4, "The Brussels Times", 5, "Euroconsumers", "place",
  "Consumer-group GDPR complaints against DeepSeek: Belgium (Test-Achats) vs Portugal (DECO PROteste), same day")
P(5, "Portugal Resident", 6, "Euro Weekly News", "place",
  "Portugal vs Spain consumer complaints, a day apart")
P(6, "Euroconsumers (timeline)", 4, "Reuters (CNA)", "place",
  "Spain's OCU complaint vs the Belgian watchdog confirming its complaint")
P(4, "界面新闻", 6, "Euro Weekly News", "place", "比利时 (zh) vs Spain (en)")
P(5, "जनसत्ता", 6, "新华网", "place", "Portugal (hi) vs Spain (zh)")
P(3, "Econostrum", 9, "The Advertiser", "place",
  "Australian state bans: New South Wales (30 Jan 2025) vs South Australia (5 Feb)")
P(9, "Government of South Australia (EIN Presswire)", 10, "iTnews (Cybernoz)", "place",
  "South Australia vs Queensland, WA, the ACT and the NT")
P(10, "参考消息", 3, "iTnews", "place", "澳多数州和领地 (zh) vs NSW (en)")
P(3, "नवभारत टाइम्स", 9, BP_HI[0], "place", "NSW (hi) vs South Australia (hi)")
P(10, "ज़ी न्यूज़ हिंदी", 9, "Cyber Daily", "place", "Four more states and territories (hi) vs South Australia (en)")
P(9, "环球时报", 3, "星島日報", "place", "南澳州 (zh) vs 新州 (zh-Hant)")
# ---- boilerplate: one outlet's stock line on unrelated stories
P(9, BP_HI[0], 20, BP_HI[0], "boilerplate", "Same News18 Hindi stock line; South Australia's DeepSeek ban vs Xiaomi closing stores")
P(20, BP_HI[0], 23, BP_HI[0], "boilerplate", "Same News18 Hindi stock line; Xiaomi stores vs MiniMax M2.1")
P(12, BP_ZH[0], 14, BP_ZH[0], "boilerplate", "Same TMTPost stock line; EDPB taskforce vs Cambricon passing Moutai")
P(14, BP_ZH[0], 30, BP_ZH[0], "boilerplate", "Same TMTPost stock line; Cambricon share record vs Lu Weibing's chip remarks")
P(13, BP_EN[0], 18, BP_EN[0], "boilerplate", "Same NDTV Profit stock line; Cambricon's results vs Moore Threads' debut")
P(18, BP_EN[0], 25, BP_EN[0], "boilerplate", "Same NDTV Profit stock line; Moore Threads vs the Ford-Xiaomi report")
# ---- items of the earlier sets written inline (other versions, places, same-day announcements)
PI(22, "South China Morning Post", {"title": "Zhipu open-sources GLM-4.6, stretching context to 200,000 tokens", "summary": "",
                                    "source": "Pandaily", "lang": "en", "provenance": S},
   "version", "GLM-4.7 (Dec 2025) vs GLM-4.6 (30 Sep 2025, ev6-021)")
PI(23, "The Decoder", {"title": "MiniMax M2 goes open source and tops the Artificial Analysis open-weight ranking", "summary": "",
                       "source": "Analytics India Magazine", "lang": "en", "provenance": S},
   "version", "MiniMax M2.1 (Dec 2025) vs MiniMax M2 (27 Oct 2025, ev8-019)")
PI(9, "The Advertiser", {"title": "Home Affairs orders DeepSeek off every Commonwealth government device", "summary": "",
                         "source": "The Guardian Australia", "lang": "en", "provenance": S},
   "place", "South Australia's state ban (5 Feb 2025) vs the federal directive a day earlier (ev-034)")
PI(12, "Devdiscourse", {"title": "Italy's Garante orders DeepSeek chatbot blocked over personal data", "summary": "",
                        "source": "ANSA English", "lang": "en", "provenance": S},
   "place", "EU-level taskforce on DeepSeek (11 Feb 2025) vs Italy's national block (30 Jan, ev-026)")
PI(30, "Reuters", {"title": "雷军公布2026年全国两会五项建议 涉及智能汽车与人形机器人", "summary": "",
                   "source": "新京报", "lang": "zh", "provenance": S},
   "same_names", "Xiaomi on 4 March 2026: Lu Weibing's chip and Gemini plans at MWC vs Lei Jun's NPC proposals the same day (ev4-029)")
PI(16, "Gasgoo", {"title": "Xiaomi open-sources MiMo-Embodied, one model for self-driving and robots", "summary": "",
                  "source": "Gizmochina", "lang": "en", "provenance": S},
   "same_names", "Xiaomi on 21 Nov 2025: HAD Enhanced at the Guangzhou show vs the MiMo-Embodied open-source release (ev-134)")
PI(25, "GlobalSpark", {"title": "Ford CEO Jim Farley says he has driven a Xiaomi SU7 for six months and doesn't want to give it up",
                       "summary": "", "source": "The Verge", "lang": "en", "provenance": S},
   "same_names", "Ford and Xiaomi: the FT's JV-talks report (Jan 2026) vs Farley's 2024 podcast praise of the SU7 (not an event of the sets)")
SET.write()
