#!/usr/bin/env python3
"""Build events_holdout13.jsonl and lookalikes_holdout13.jsonl (thirteenth held-out set). Deterministic, stdlib only.

    python3 tests/data/events/src/build13.py

The hand-written events are in build13_events.py (next to this file); the two jsonl files are written one
folder up, next to check13.py. Look-alike pairs are listed below as (event, event, kind, reason, language
combinations); each combination takes the first report of that language from each event ("C" = the first
Chinese report, zh or zh-Hant).
"""
from heldout import HeldOut

SET = HeldOut(13)
S = "synthetic"
BP_HI, BP_ZH, BP_EN = SET.source["BP_HI"], SET.source["BP_ZH"], SET.source["BP_EN"]
BPS = {BP_HI, BP_ZH, BP_EN}
EN, ZH, ZT, HI, C = "en", "zh", "zh-Hant", "hi", "C"

# short labels for the notes
L = {
    1: "ASML CEO on DeepSeek at Q4 results (29 Jan 2025)",
    2: "ASML shares rise on Q4 bookings (29 Jan 2025)",
    3: "DeepSeek's US trademark conflict with Delson Group (29 Jan 2025)",
    4: "Lenovo's Xiao Tian agent adds DeepSeek (5 Feb 2025)",
    5: "QbitAI data: DeepSeek ~40m downloads, DAU above Doubao (c. 6 Feb 2025)",
    6: "Hang Seng Tech enters technical bull market (7 Feb 2025)",
    7: "OPPO's Xiaobu adds DeepSeek-R1 (c. 8 Feb 2025)",
    8: "Dongfeng Nissan N7 to integrate DeepSeek-R1 (c. 10 Feb 2025)",
    9: "vivo's Blue Heart Xiao V adds DeepSeek-R1 (c. 13 Feb 2025)",
    10: "HK tech stocks cap fifth weekly gain, HSTECH +5.6% (14 Feb 2025)",
    11: "Lenovo December-quarter results, CEO on DeepSeek (20 Feb 2025)",
    12: "HSTECH +4.7% to three-year high, sixth weekly gain (21 Feb 2025)",
    13: "Lenovo shares +15% to record value (21 Feb 2025)",
    14: "CNIPA rejects 63 DEEPSEEK trademark applications (24 Feb 2025)",
    15: "Reuters: H20 orders surge on DeepSeek demand (25 Feb 2025)",
    16: "Hang Seng +3.2% as tech rally resumes (26 Feb 2025)",
    17: "Hang Seng tops 24,000 (27 Feb 2025)",
    18: "Hang Seng +13.43% in February (month to 28 Feb 2025)",
    19: "HK Companies Registry orders DeepSeek-like names changed (reported 9 Mar 2025)",
    20: "QuestMobile Q2 2025: DeepSeek downloads -72% (21 Jul 2025)",
    21: "Nvidia orders 300,000 more H20s from TSMC (29 Jul 2025)",
    22: "Luo Fuli's 'quiet place on the Internet' post (c. Feb 2025)",
    23: "Xiaomi 15 Ultra China launch (27 Feb 2025)",
    24: "Xiaomi 15 series global launch with HyperAI (2 Mar 2025)",
    25: "People's Daily front page; Lei Jun on R&D (1 Dec 2025)",
    26: "Lei Jun: chips, AI and OS for the 15th Five-Year Plan (24 Feb 2026)",
    27: "Lei Jun: humanoid robots begin factory 'internships' (2 Mar 2026)",
    28: "Lu Weibing to CNBC on robot 'interns' at MWC (4 Mar 2026)",
    29: "Lei Jun at the NPC on Hong Kong, chips and AI-driven memory prices (c. 5 Mar 2026)",
    30: "Xiaomi 2025 annual results (24 Mar 2026)",
}


def first(n, lang):
    """The first report of event n in this language ("C": zh or zh-Hant)."""
    for r in SET.by_number[n]["reports"]:
        if r["lang"] == lang or (lang == C and r["lang"] in (ZH, ZT)):
            return r
    return None


def P(a, b, kind, reason, combos, borderline=""):
    """Pairs of events a and b, one per language combination that both events have."""
    for la, lb in combos:
        ra, rb = first(a, la), first(b, lb)
        if ra is None or rb is None:
            raise SystemExit(f"pair {a}/{b}: no {la}/{lb} report")
        note = f"{L[a]} vs {L[b]}: {reason}" + (f" ({borderline})" if borderline else "")
        SET.pairs.append({"a": ra, "b": rb, "same": False, "kind": kind, "note": note,
                          "a_event": SET.by_number[a]["id"], "b_event": SET.by_number[b]["id"]})


def X(title, source, lang, summary="", prov=S):
    """An inline look-alike side: a report of an event that is not in this set."""
    return {"title": title, "summary": summary, "source": source, "lang": lang, "provenance": prov}


def PI(a, lang, inline, kind, note):
    SET.pairs.append({"a": first(a, lang), "b": inline, "same": False, "kind": kind,
                      "note": f"{L[a]} vs {note}", "a_event": SET.by_number[a]["id"]})


def BP(a, b):
    ra = next(r for r in SET.by_number[a]["reports"] if (r["source"], r["summary"]) in BPS)
    rb = next(r for r in SET.by_number[b]["reports"] if (r["source"], r["summary"]) in BPS)
    assert (ra["source"], ra["summary"]) == (rb["source"], rb["summary"])
    SET.pairs.append({"a": ra, "b": rb, "same": False, "kind": "boilerplate",
                      "note": f"{L[a]} vs {L[b]}: unrelated events, same outlet and the same stock lead sentence",
                      "a_event": SET.by_number[a]["id"], "b_event": SET.by_number[b]["id"]})


ALL4 = [(EN, EN), (ZH, ZH), (ZT, ZT), (HI, HI)]
X3 = [(EN, EN), (C, C), (HI, HI)]

# ---- ASML on 29 January 2025
P(1, 2, "same_names", "the same company on the same day: the CEO's remarks on DeepSeek vs the share move on the bookings",
  ALL4 + [(EN, HI)], "borderline for saga-level clustering; a statement vs a market reaction")
PI(1, EN, X("Nvidia calls DeepSeek 'an excellent AI advancement' that still needs many of its GPUs", "CNBC", EN),
   "same_type_other_actor", "Nvidia's own statement on DeepSeek (27 Jan 2025, ev-016): another chip company's view")
PI(1, HI, X("जेनसेन हुआंग: निवेशकों ने डीपसीक को ग़लत समझा, पोस्ट-ट्रेनिंग में चाहिए भारी कंप्यूटिंग", "इकोनॉमिक टाइम्स हिंदी", HI),
   "same_type_other_actor", "Jensen Huang's February 2025 remarks on DeepSeek (ev-058)")
PI(2, EN, X("Nvidia sheds nearly $600 billion as DeepSeek rattles chip stocks", "Reuters", EN), "same_type_other_actor",
   "Nvidia's record drop two days earlier (27 Jan 2025, ev-014): another chip stock, the other direction")
PI(2, ZH, X("DeepSeek冲击欧洲科技股 阿斯麦重挫7%", "财联社", ZH), "same_names",
   "ASML's 7% fall in the European sell-off two days earlier (27 Jan 2025, ev12-010) vs its rebound on results")

# ---- trademarks and company names: US, mainland China, Hong Kong
P(3, 14, "place", "a US trademark conflict (a squatter filed first at the USPTO) vs China's IP office rejecting 63 filings", X3 + [(EN, HI)])
P(14, 19, "place", "mainland China's trademark office vs Hong Kong's Companies Registry, both against DeepSeek look-alikes",
  [(EN, EN), (ZH, ZH), (ZT, ZT), (HI, HI), (EN, ZT)])
P(3, 19, "place", "a US trademark filing vs Hong Kong company names", X3)
PI(14, ZH, X("“DEEPSEEK”商标已被多方抢注 深度求索本尊尚未拿到", "每日经济新闻", ZH, prov=S), "same_names",
   "the first reports (28 Jan 2025, ev-163) that many parties had filed DEEPSEEK trademarks vs CNIPA's rejection of 63 a month later")
PI(3, EN, X("Squatters rush to file 'DeepSeek' trademarks in China", "Sixth Tone", EN), "place",
   "Chinese trademark filings by unrelated parties (28 Jan 2025, ev-163) vs the US filing by Delson Group")
PI(19, ZT, X("DeepSeek香港商標申請仍待審批", "星島日報", ZT), "same_names",
   "the pending Hong Kong trademark application of DeepSeek itself (filed 16 Jan 2025, a detail not reported as its own event) vs the registrar's name-change directions")

# ---- device makers adding DeepSeek, February 2025
P(4, 7, "same_type_other_actor", "Lenovo's PC agent vs OPPO's phone assistant adding DeepSeek", X3 + [(EN, HI), (ZT, ZT)])
P(7, 9, "same_type_other_actor", "OPPO vs vivo adding DeepSeek-R1 to their assistants, five days apart", ALL4 + [(EN, ZH), (HI, EN)])
P(4, 9, "same_type_other_actor", "Lenovo vs vivo", X3)
P(7, 8, "same_type_other_actor", "a phone maker vs a car maker integrating DeepSeek-R1", X3)
P(8, 9, "same_type_other_actor", "Dongfeng Nissan's car vs vivo's phones", [(EN, EN), (ZH, ZH), (HI, HI)])
P(4, 8, "same_type_other_actor", "Lenovo's agent vs Nissan's N7", [(EN, EN), (ZT, ZT)])
PI(4, EN, X("Huawei's Xiaoyi assistant starts a DeepSeek-R1 beta", "Huawei Central", EN), "same_type_other_actor",
   "Huawei's Xiaoyi adding DeepSeek-R1 the same day (5 Feb 2025, ev-048)")
PI(4, ZH, X("华为小艺助手上线DeepSeek-R1 Beta版", "IT之家", ZH), "same_type_other_actor", "Huawei's Xiaoyi, the same day (ev-048)")
PI(7, EN, X("Honor's YOYO assistant now runs DeepSeek-R1", "Gizmochina", EN), "same_type_other_actor",
   "Honor's YOYO adding DeepSeek-R1 (8 Feb 2025, ev-175)")
PI(7, HI, X("ऑनर के YOYO असिस्टेंट में आया डीपसीक R1", "गैजेट्स 360 हिंदी", HI), "same_type_other_actor", "Honor's YOYO (ev-175)")
PI(9, ZH, X("小爱同学开启DeepSeek-R1灰度测试", "快科技", ZH), "same_type_other_actor",
   "Xiaomi's XiaoAI adding DeepSeek-R1 in beta (19 Feb 2025, ev-049)")
PI(9, EN, X("Xiaomi's XiaoAI assistant begins testing DeepSeek-R1", "Gizmochina", EN), "same_type_other_actor",
   "Xiaomi's XiaoAI (ev-049) vs vivo's assistant")
PI(8, EN, X("BYD to integrate DeepSeek-R1 across its 'God's Eye' models", "Reuters", EN), "same_type_other_actor",
   "BYD's integration (10 Feb 2025, ev-046), the same day")
PI(8, ZH, X("吉利官宣：星睿AI大模型已与DeepSeek-R1深度融合", "36氪", ZH), "same_type_other_actor",
   "Geely's integration (6 Feb 2025, ev-047)")
PI(8, HI, X("BMW चीन में बेचेगी डीपसीक वाली कारें, तीसरी तिमाही से", "ऑटोकार इंडिया हिंदी", HI), "same_type_other_actor",
   "BMW's Shanghai-show announcement (27 Apr 2025, ev8-016): another foreign car maker")
PI(8, ZT, X("東風旗下自主品牌全面接入DeepSeek", "經濟日報", ZT), "same_type_other_actor",
   "Dongfeng's own brands (7 Feb 2025, ev8-003) vs its Nissan joint venture's N7")

# ---- app usage rankings
P(5, 20, "period", "download and user tallies of the same app: early February 2025 (QbitAI) vs the second quarter (QuestMobile)",
  [(EN, EN), (ZH, ZH), (ZT, ZT), (HI, HI), (EN, HI)])
PI(5, EN, X("DeepSeek overtakes ChatGPT as the top free app on Apple's US App Store", "TechCrunch", EN), "same_names",
   "the US App Store No. 1 (27 Jan 2025, ev-013) vs the download tally ten days later")
PI(20, EN, X("Tencent's Yuanbao passes DeepSeek as China's most-downloaded AI app", "Bloomberg", EN), "same_type_other_actor",
   "Yuanbao passing DeepSeek on the iPhone chart (3 Mar 2025, ev11-001)")
PI(20, ZH, X("SemiAnalysis：DeepSeek自有渠道份额降至约5%", "机器之心", ZH), "same_names",
   "SemiAnalysis's 128-days-later report of DeepSeek's falling share (3 Jul 2025, ev8-017) vs QuestMobile's Q2 tally")
PI(20, ZT, X("a16z消費級AI百強榜 DeepSeek排全球第四", "數位時代", ZT), "period",
   "a16z's March 2026 list (ev7-027) vs a Q2 2025 download tally")

# ---- Hong Kong's February 2025 rally, session by session
P(6, 10, "period", "the same index a week later: entering a bull market (7 Feb) vs a fifth weekly gain (14 Feb)",
  ALL4 + [(EN, ZT), (HI, EN)])
P(10, 12, "period", "fifth weekly gain (14 Feb) vs sixth weekly gain and three-year high (21 Feb)", ALL4 + [(ZH, ZT), (EN, HI)])
P(6, 12, "period", "7 Feb vs 21 Feb sessions", X3 + [(ZT, ZT)])
P(16, 17, "period", "consecutive sessions: +3.2% on 26 Feb vs the 24,000 mark on 27 Feb", [(EN, EN), (C, C), (EN, ZT)])
P(17, 18, "period", "a session's milestone (27 Feb) vs the month's total (February)", ALL4)
P(10, 18, "period", "one session (14 Feb) vs the month (February)", [(EN, EN), (ZH, ZH), (HI, HI)])
P(12, 16, "period", "21 Feb vs 26 Feb", [(EN, EN), (ZH, ZH), (ZT, ZT)])
P(6, 17, "period", "the tech index's bull market (7 Feb) vs the main index above 24,000 (27 Feb)", [(EN, EN), (HI, HI), (ZT, ZT)])
P(12, 13, "same_type_other_actor", "the same Friday: the tech index's three-year high vs Lenovo's own 15% jump",
  ALL4 + [(EN, HI)], "borderline for saga-level clustering; Reuters's market story mentions Lenovo's gain")
P(13, 2, "same_type_other_actor", "two stocks jumping after results that eased DeepSeek worries: Lenovo vs ASML", [(EN, EN), (ZH, ZH), (HI, HI)])
PI(6, EN, X("Asia's AI trade turns as DeepSeek sinks Japan's chip stocks", "Nikkei Asia", EN), "same_type_other_actor",
   "the Tokyo chip slide of 27 Jan 2025 (ev12-009): another market, the other direction")
PI(18, EN, X("Hong Kong stocks rise on AI optimism, halting a five-day slump", "South China Morning Post", EN,
             prov="cf. https://livarava.com/finance/p/19264824 (rewrite of an SCMP market report of mid-March 2025; title written for this set)"),
   "period", "a mid-March 2025 session ending a five-day slump (not in the sets) vs February's monthly gain")
PI(17, ZH, X("小米股价创新高 市值突破1.5万亿港元", "第一财经", ZH), "same_type_other_actor",
   "Xiaomi's record on 27 Feb 2025 (ev-109 reports Lei Jun briefly called China's richest that day) vs the index passing 24,000")

# ---- Lenovo
P(11, 13, "same_names", "Lenovo's results (20 Feb) vs its share jump the next day", ALL4 + [(EN, ZH), (HI, EN)],
  "borderline for saga-level clustering; results vs the market's reaction")
P(4, 11, "same_names", "Lenovo adding DeepSeek to its agent (5 Feb) vs Lenovo's results citing DeepSeek (20 Feb)", X3 + [(ZT, ZT)])
P(4, 13, "same_names", "Lenovo's DeepSeek integration vs Lenovo's share record", [(EN, EN), (ZH, ZH), (HI, HI)])
P(11, 30, "same_type_other_actor", "two companies' results: Lenovo's December quarter vs Xiaomi's 2025 year", X3)
PI(11, EN, X("Alibaba's cloud growth accelerates as AI demand lifts December-quarter revenue", "CNBC", EN), "same_type_other_actor",
   "Alibaba's December-quarter results the same day (20 Feb 2025, ev6-002)")
PI(11, HI, X("अलीबाबा के नतीजे उम्मीद से बेहतर, क्लाउड कारोबार 13% बढ़ा", "मनीकंट्रोल हिंदी", HI), "same_type_other_actor",
   "Alibaba's results the same day (ev6-002)")
PI(13, ZH, X("阿里巴巴港股大涨逾12% 创2021年以来新高", "证券时报", ZH), "same_type_other_actor",
   "Alibaba's 12.7% jump on its results the same day (21 Feb 2025; part of the Reuters market story, ev13-012, not an event of its own)")

# ---- Nvidia's H20 in China
P(15, 21, "period", "a surge of Chinese H20 orders (Feb 2025, before the April licence rule) vs Nvidia's new 300,000-chip TSMC order (Jul 2025)",
  ALL4 + [(EN, ZH), (HI, EN)])
PI(15, EN, X("Chinese firms place $16 billion in orders for Nvidia's H20, The Information reports", "Reuters", EN), "period",
   "the first-quarter order tally reported on 2 Apr 2025 (ev5-008) vs Reuters's February report of the surge")
PI(15, ZH, X("The Information：字节、阿里、腾讯一季度订购至少160亿美元H20", "华尔街见闻", ZH), "period",
   "the April report of $16 billion in Q1 orders (ev5-008)")
PI(21, EN, X("Nvidia says US will grant licences to resume H20 sales to China", "Reuters", EN), "same_names",
   "Nvidia saying it expects licences (15 Jul 2025, ev6-013) vs its TSMC order two weeks later")
PI(21, ZT, X("中國網信辦約談輝達 要求說明H20後門風險", "中央社", ZT), "same_names",
   "China's regulator summoning Nvidia over H20 'backdoors' (31 Jul 2025, ev6-015), two days after the order report")
PI(21, HI, X("H20 पर लाइसेंस की शर्त, Nvidia को 5.5 अरब डॉलर का झटका", "ज़ी बिज़नेस", HI), "version",
   "the April 2025 licence requirement and $5.5bn charge (ev6-008) vs the July restart of orders")

# ---- Luo Fuli
PI(22, EN, X("Xiaomi poaches DeepSeek's Luo Fuli with an eight-figure pay package, Yicai reports", "Yicai Global", EN), "same_names",
   "Yicai's report that Xiaomi had recruited her (20 Dec 2024, ev-008) vs her own post asking for quiet")
PI(22, ZH, X("罗福莉朋友圈官宣：已加入小米MiMo团队", "新浪科技", ZH), "same_names",
   "her November 2025 confirmation that she joined Xiaomi (ev-131) vs her early-2025 post")
PI(22, EN, X("Peking University profile: Luo Fuli says 'I'm not a genius'", "Peking University", EN), "same_names",
   "the PKU profile interview (15 Jan 2026, ev-139), which quotes this very post, vs the post itself (borderline for saga-level clustering; a later profile quoting an old remark)")
PI(22, ZT, X("羅福莉首度公開亮相 發布MiMo-V2-Flash", "鉅亨網", ZT), "same_names",
   "her first public appearance at Xiaomi (17 Dec 2025, ev-137)")
PI(22, HI, X("लुओ फुली: पहले से ही कुछ हद तक AGI हासिल हो चुका है", "नवभारत टाइम्स", HI), "same_names",
   "her Zhongguancun Forum remarks (27 Mar 2026, ev12-030)")
PI(22, ZH, X("小米与北大联合论文现罗福莉署名 疑已加盟小米", "量子位", ZH), "same_names",
   "her name on a Xiaomi-PKU paper (15 Oct 2025, ev-130): speculation about the move vs her earlier post")
P(22, 20, "same_names", "two DeepSeek-adjacent stories of 2025 with no shared action: a former researcher's post vs the app's download slump", [(EN, EN)])

# ---- Xiaomi phones at two launches
P(23, 24, "place", "the same flagship launched in China (27 Feb, with the SU7 Ultra) vs globally in Barcelona (2 Mar)",
  ALL4 + [(EN, ZH), (HI, EN)])
PI(23, EN, X("Xiaomi's SU7 Ultra goes on sale at 529,900 yuan, 10,000 orders in two hours", "CnEVPost", EN), "same_names",
   "the SU7 Ultra launched at the same event (27 Feb 2025, ev-108): another product at one launch")
PI(23, ZH, X("雷军：小米今年研发投入300亿 其中四分之一投向AI", "新浪科技", ZH), "same_names",
   "Lei Jun's R&D remark at the same event (27 Feb 2025, ev-107)")
PI(24, EN, X("Xiaomi 15 series launches in China with HyperOS 2 and HyperAI", "GSMArena", EN), "version",
   "the China launch of the Xiaomi 15 and 15 Pro (29 Oct 2024, ev-104) vs the global launch of the 15 and 15 Ultra")
PI(24, ZH, X("小米14T系列柏林发布 搭载Gemini与HyperAI", "IT之家", ZH), "version",
   "the 14T launch in Berlin (26 Sep 2024, ev3-026) vs the 15 series in Barcelona")
P(24, 28, "same_names", "Xiaomi at MWC a year apart: a phone launch (2025) vs its president's robot interview (2026)", X3)

# ---- Lei Jun's remarks, December 2025 - March 2026
P(25, 26, "same_names", "Lei Jun on R&D spending after People's Daily's front page (Dec 2025) vs his 15th Five-Year Plan priorities (Feb 2026)",
  [(EN, EN), (ZH, ZH), (ZT, ZT), (HI, HI), (ZH, ZT)])
P(26, 29, "same_names", "two sets of Lei Jun remarks ten days apart: technology priorities vs Hong Kong and memory prices at the NPC",
  [(EN, EN), (ZT, ZT), (HI, HI), (ZT, ZH)])
P(25, 29, "same_names", "Lei Jun's R&D remarks vs his NPC remarks", [(ZH, ZH), (EN, EN), (HI, HI)])
P(26, 27, "same_names", "Lei Jun's strategy remarks vs his robot-internship post a week later", X3 + [(ZT, ZT)])
P(29, 30, "same_names", "Lei Jun at the NPC vs Xiaomi's annual results three weeks later", X3)
PI(26, ZT, X("雷軍出席民營企業座談會 與梁文鋒同場", "明報", ZT), "same_names",
   "Xi Jinping's symposium of 17 Feb 2025 (ev-043), a year earlier, vs Lei Jun's 2026 remarks on the 15th Five-Year Plan")
PI(26, EN, X("Lei Jun's NPC proposals for 2026 cover smart-car standards and humanoid robots", "China Daily", EN), "same_names",
   "his 2026 NPC proposals (4 Mar 2026, ev4-029)")
PI(29, ZH, X("雷军2026年两会建议：智能汽车标准、人形机器人进工厂", "澎湃新闻", ZH), "same_names",
   "his written 2026 NPC proposals (4 Mar 2026, ev4-029) vs his remarks to Hong Kong media")
PI(29, EN, X("Lu Weibing warns memory costs will push up phone prices next year", "Reuters", EN), "same_type_other_actor",
   "Lu Weibing's memory-price warning on the Q3 2025 call (18 Nov 2025, ev4 set) vs Lei Jun on the same pressure at the NPC")
PI(25, EN, X("Xiaomi to invest 200 billion yuan in R&D over five years, Lu Weibing says", "Reuters", EN), "same_names",
   "Lu Weibing's 200-billion-yuan plan at the partner conference (17 Dec 2025, ev-138) vs Lei Jun's remark two weeks earlier")
PI(25, ZH, X("雷军：2025年小米研发投入约300亿元 其中约四分之一用于AI", "界面新闻", ZH), "period",
   "the 2025 R&D budget (27 Feb 2025, ev-107) vs the five-year figures of December 2025")

# ---- Xiaomi's robots
P(27, 28, "same_names", "Lei Jun's WeChat post announcing the robot internships (2 Mar) vs Lu Weibing's CNBC interview with the trial's figures (4 Mar)",
  [(EN, EN), (ZH, ZH), (ZT, ZT), (EN, ZH), (ZH, EN)], "borderline for saga-level clustering; the announcement vs an interview two days later")
P(27, 30, "same_names", "the robots' internships vs the annual results that mention them", X3)
P(28, 30, "same_names", "Lu Weibing's interview vs the annual results", [(EN, EN), (ZH, ZH), (HI, HI)])
PI(27, EN, X("Xiaomi open-sources Xiaomi-Robotics-0, a 4.7B vision-language-action model", "The Decoder", EN), "same_names",
   "the model's open-sourcing (12 Feb 2026, ev2-039) vs the robots using it in the factory")
PI(27, ZH, X("小米开源首个具身大模型MiMo-Embodied", "机器之心", ZH), "same_names",
   "MiMo-Embodied (21 Nov 2025, ev-134), another embodied model")
PI(28, EN, X("Xiaomi will ship a new in-house XRING chip every year, Lu Weibing says", "CNBC", EN), "same_names",
   "Lu Weibing's chip and overseas-assistant remarks in the same MWC week (4 Mar 2026, ev9-030): another topic of one trip (borderline for saga-level clustering)")
PI(28, HI, X("लू वेइबिंग: हर साल आएगा शाओमी का नया XRING चिप", "गैजेट्स 360 हिंदी", HI), "same_names",
   "the XRING remarks (ev9-030) vs the robot remarks")
PI(30, EN, X("Xiaomi's first-quarter profit falls for the first time in four years", "Reuters", EN), "period",
   "Q1 2026 results (26 May 2026, ev7-028) vs the 2025 annual results")
PI(30, ZH, X("小米集团第三季度营收1131亿元 汽车业务首次单季盈利", "新华网", ZH), "period",
   "Q3 2025 results (18 Nov 2025, ev-132) vs the 2025 annual results")
PI(30, HI, X("शाओमी का 2024 में रेवेन्यू 35% बढ़कर 365.9 अरब युआन", "मनीकंट्रोल हिंदी", HI), "period",
   "2024 annual results (18 Mar 2025, ev-111) vs 2025 annual results")

# ---- a few more cross-cluster neighbours
P(1, 15, "same_names", "a chip-equipment CEO on DeepSeek vs DeepSeek lifting Nvidia's China orders", [(EN, EN), (ZH, ZH)])
P(3, 5, "same_names", "a trademark conflict vs download figures, days apart", [(EN, EN), (HI, HI)])
P(14, 15, "same_names", "CNIPA's rejection vs the H20 orders report the next day", [(EN, EN), (ZT, ZT)])
P(19, 20, "same_names", "Hong Kong name changes vs download slump", [(ZH, ZH)])
P(6, 15, "same_names", "a stock-index milestone vs chip orders, both attributed to DeepSeek", [(HI, HI)])
P(2, 21, "same_type_other_actor", "chip-supply news: ASML's rebound vs Nvidia's TSMC order", [(ZT, ZT)])
P(10, 13, "same_type_other_actor", "an index's weekly gain vs a single stock's jump a week later", [(EN, EN)])
P(5, 7, "same_names", "DeepSeek's download tally vs OPPO adding DeepSeek, two days apart", [(ZH, ZH), (HI, HI)])

# ---- boilerplate: one outlet's stock lead on unrelated events
BP(13, 21)
BP(21, 30)
BP(13, 30)
BP(16, 24)
BP(24, 27)
BP(16, 27)
BP(7, 17)
BP(17, 26)
BP(7, 26)

SET.write()
