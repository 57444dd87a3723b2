#!/usr/bin/env python3
"""Build events_holdout12.jsonl and lookalikes_holdout12.jsonl (twelfth held-out set). Deterministic, stdlib only.

    python3 tests/data/events/src/build12.py

The hand-written events are in build12_events.py (next to this file); the two jsonl files are written one
folder up, next to check12.py. Look-alike pairs are listed below as (event, event, kind, reason, language
combinations); each combination takes the first report of that language from each event.
"""
from heldout import HeldOut

SET = HeldOut(12)
S = "synthetic"
BP_HI, BP_ZH, BP_EN = SET.source["BP_HI"], SET.source["BP_ZH"], SET.source["BP_EN"]

# short labels for the notes
L = {
    1: "DeepSeek LLM 67B technical report (5 Jan 2024)",
    2: "DeepSeekMoE 16B open-sourced (11 Jan 2024)",
    3: "DeepSeek-Coder technical report (25 Jan 2024)",
    4: "Zhipu's 80% GLM-3 Turbo price cut (11 May 2024)",
    5: "Tencent's Hunyuan price cuts (22 May 2024)",
    6: "iFlytek's free Spark Lite API (22 May 2024)",
    7: "DeepSeek-Prover paper (23 May 2024)",
    8: "DeepSeek's app launch on iOS/Android (15 Jan 2025)",
    9: "Tokyo chip-stock slide (27 Jan 2025)",
    10: "European tech/energy-stock slide (27 Jan 2025)",
    11: "Liang Wenfeng's home-village visit (28 Jan 2025)",
    12: "Krutrim hosting DeepSeek in India (c. 30 Jan 2025)",
    13: "Tencent Cloud HAI adding R1 (c. 2 Feb 2025)",
    14: "Baidu AI Cloud Qianfan listing R1/V3 (3 Feb 2025)",
    15: "Alibaba Cloud PAI adding V3/R1 (c. 3 Feb 2025)",
    16: "Moore Threads running distilled R1 (c. 4 Feb 2025)",
    17: "Hygon DCU adapting V3/R1 (c. 4 Feb 2025)",
    18: "Volcano Engine adding R1/V3 (c. 5 Feb 2025)",
    19: "Wang Hua on the old 'Xiaomi Glasses' Weibo account (c. 13 Feb 2025)",
    20: "Singapore's probe of Nvidia chips and DeepSeek (3 Mar 2025)",
    21: "Xiaomi's share rise on MiMo's debut (30 Apr 2025)",
    22: "MiMo-7B-RL-0530 (30 May 2025)",
    23: "AI glasses: 10,000 on JD.com in 12 hours (27 Jun 2025)",
    24: "AI glasses: nearly 50,000 in 72 hours (c. 29 Jun 2025)",
    25: "AI glasses: 30,000 activations as of 2 Jul 2025 (3 Jul 2025)",
    26: "MiMo-VL-7B-2508 (c. 11 Aug 2025)",
    27: "Karpathy on the DeepSeek-OCR paper (20 Oct 2025)",
    28: "'Hunter Alpha' appearing on OpenRouter, DeepSeek V4 speculation (11 Mar 2026)",
    29: "MiMo-V2-Pro on the Artificial Analysis index (c. 20 Mar 2026)",
    30: "Luo Fuli at the Zhongguancun Forum (27 Mar 2026)",
}


def first(n, lang):
    """The first report of event n in this language, or None."""
    for r in SET.by_number[n]["reports"]:
        if r["lang"] == lang:
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


def X(title, summary, source, lang, prov=S):
    """An inline look-alike side: a report of an event that is not in this set."""
    return {"title": title, "summary": summary, "source": source, "lang": lang, "provenance": prov}


def PI(a, lang, inline, kind, note):
    SET.pairs.append({"a": first(a, lang), "b": inline, "same": False, "kind": kind, "note": note,
                      "a_event": SET.by_number[a]["id"]})


def BP(a, b, lang):
    ra = next(r for r in SET.by_number[a]["reports"] if r["lang"] == lang and (r["source"], r["summary"]) in BPS)
    rb = next(r for r in SET.by_number[b]["reports"] if r["lang"] == lang and (r["source"], r["summary"]) in BPS)
    assert (ra["source"], ra["summary"]) == (rb["source"], rb["summary"])
    SET.pairs.append({"a": ra, "b": rb, "same": False, "kind": "boilerplate",
                      "note": f"{L[a]} vs {L[b]}: unrelated events, same outlet and the same stock lead sentence",
                      "a_event": SET.by_number[a]["id"], "b_event": SET.by_number[b]["id"]})


BPS = {BP_HI, BP_ZH, BP_EN}
EN, ZH, ZT, HI = "en", "zh", "zh-Hant", "hi"

# ---- DeepSeek's papers of early 2024
P(1, 2, "same_names", "two DeepSeek papers six days apart, a dense-model scaling report vs a new MoE architecture and model",
  [(EN, EN), (ZH, ZH), (HI, ZT), (ZT, HI)])
P(2, 3, "same_names", "the MoE model release vs the Coder paper two weeks later", [(EN, EN), (ZH, ZH), (HI, HI)])
P(1, 3, "same_names", "the general LLM report vs the code-model report, same month", [(EN, EN), (ZH, HI)])
P(3, 7, "same_names", "a code-model report (Jan) vs a theorem-prover paper (May)", [(EN, EN), (ZH, ZH), (HI, HI)])
P(2, 7, "same_names", "an MoE model vs a Lean 4 prover", [(EN, ZH), (HI, EN)])
P(1, 7, "same_names", "the 67B LLM report vs the prover paper", [(EN, EN), (ZT, ZH)])
PI(7, EN, X("DeepSeek open-sources Prover-V1.5 with RL from proof-assistant feedback", "", "MarkTechPost", "en"), "version",
   "DeepSeek-Prover (May 2024) vs DeepSeek-Prover-V1.5 (15 Aug 2024, ev-159)")
PI(2, ZH, X("DeepSeek-V2发布：2360亿参数MoE模型 API价格低至每百万tokens一元", "", "量子位", "zh"), "version",
   "DeepSeekMoE 16B (Jan 2024) vs the 236B MoE DeepSeek-V2 (May 2024, ev-001), both MoE models of one lab")
PI(3, EN, X("DeepSeek-Coder-V2 open-sourced, claims GPT-4 Turbo-level coding", "", "The Decoder", "en"), "version",
   "the first DeepSeek-Coder report (Jan 2024) vs the open-sourcing of DeepSeek-Coder-V2 (Jun 2024, ev-003)")

# ---- the May 2024 price war
P(4, 5, "same_type_other_actor", "price cuts by two different companies eleven days apart",
  [(EN, EN), (ZH, ZH), (ZT, ZT), (HI, HI)])
P(5, 6, "same_type_other_actor", "two companies' cuts on the same day: Tencent's Hunyuan vs iFlytek's Spark Lite",
  [(EN, EN), (ZH, ZH), (ZT, ZT), (HI, HI), (EN, HI)])
P(4, 6, "same_type_other_actor", "Zhipu's cut vs iFlytek's free tier", [(EN, EN), (ZH, HI), (ZT, ZT)])
PI(5, EN, X("Alibaba cuts prices of Qwen models by as much as 97%", "", "CNBC", "en"), "same_type_other_actor",
   "Tencent's cuts (22 May 2024) vs Alibaba Cloud's Qwen cuts the day before (21 May 2024, ev-002)")
PI(6, ZH, X("百度宣布文心大模型ERNIE Speed、ERNIE Lite全面免费", "", "新浪科技", "zh"), "same_type_other_actor",
   "iFlytek's free Spark Lite (22 May 2024) vs Baidu's free ERNIE Speed and Lite (21 May 2024, ev-206)")
PI(4, ZH, X("字节跳动豆包大模型定价每千tokens 0.0008元 比行业便宜99.3%", "", "界面新闻", "zh"), "same_type_other_actor",
   "Zhipu's cut (11 May 2024) vs ByteDance's Doubao pricing (15 May 2024, ev-205)")
PI(4, EN, X("DeepSeek-V2 launches at 1 yuan per million input tokens, undercutting rivals", "", "South China Morning Post", "en"),
   "same_type_other_actor", "Zhipu's cut (11 May 2024) vs DeepSeek's own V2 launch pricing (7 May 2024, ev-001)")

# ---- DeepSeek's app and its founder
P(8, 11, "same_names", "DeepSeek's app launch vs its founder's home-village visit two weeks later", [(EN, EN), (ZH, ZH), (HI, HI)])
PI(8, EN, X("DeepSeek's assistant overtakes ChatGPT at the top of Apple's US free-app chart", "", "CNBC", "en"), "same_names",
   "the app's launch (15 Jan 2025) vs the same app reaching No. 1 in the US App Store (27 Jan 2025, ev-013)")
PI(8, HI, X("डीपसीक ने लॉन्च किया रीज़निंग मॉडल R1, OpenAI के o1 को टक्कर", "", "आज तक", "hi"), "same_names",
   "the app launch with V3 (15 Jan 2025) vs the R1 model release (20 Jan 2025, ev-011)")
PI(11, EN, X("DeepSeek's Liang Wenfeng attends Premier Li Qiang's symposium", "", "Reuters", "en"), "same_names",
   "Liang Wenfeng in his home village (28 Jan 2025) vs at the premier's symposium (20 Jan 2025, ev-012)")
PI(11, ZH, X("民营企业座谈会召开 梁文锋雷军等企业家出席", "", "新华社", "zh"), "same_names",
   "Liang's village visit (28 Jan 2025) vs Xi Jinping's symposium with entrepreneurs (17 Feb 2025, ev-043)")
PI(11, ZT, X("彭博：梁文鋒將與習近平等高層會面", "", "鉅亨網", "zh-Hant"), "same_names",
   "Liang's village visit (28 Jan 2025) vs Bloomberg's report that he would meet Xi (12 Feb 2025, ev8-007)")

# ---- 27 January 2025 in three markets
P(9, 10, "place", "the same day's DeepSeek sell-off in two markets, Tokyo vs Europe, with different companies",
  [(EN, EN), (ZH, ZH), (ZT, ZT), (HI, HI), (EN, ZH)])
PI(9, EN, X("Nvidia loses nearly $600 billion in market value as DeepSeek fears hit chip stocks", "", "CNBC", "en"),
   "same_type_other_actor", "Tokyo's chip stocks vs Nvidia's record one-day loss on Wall Street later that day (ev-014)")
PI(10, ZH, X("英伟达单日市值蒸发近6000亿美元 创美股纪录", "", "第一财经", "zh"), "same_type_other_actor",
   "Europe's slide vs Nvidia's record one-day loss the same day (ev-014)")
PI(9, HI, X("एनवीडिया के शेयर 17% टूटे, एक दिन में रिकॉर्ड नुकसान", "", "ज़ी बिज़नेस", "hi"), "same_type_other_actor",
   "Tokyo's slide vs Nvidia's plunge the same day (ev-014), both in Hindi")
P(9, 21, "same_type_other_actor", "a DeepSeek-driven slide of Japanese chip stocks vs a MiMo-driven rise of Xiaomi's shares",
  [(EN, EN), (HI, HI)])
P(10, 21, "same_type_other_actor", "European losses vs Xiaomi's gain three months later", [(ZH, ZT), (EN, HI)])

# ---- DeepSeek on clouds and chips in India and China, early February 2025
P(12, 13, "same_type_other_actor", "different hosts: Ola's Krutrim in India vs Tencent Cloud", [(EN, EN), (HI, HI), (ZH, ZH)])
PI(12, EN, X("India will host DeepSeek's open models on local servers, IT minister says", "", "Hindustan Times", "en"),
   "same_type_other_actor", "Ola's Krutrim hosting DeepSeek vs the IT minister's statement on hosting it in India (30 Jan 2025, ev-171)")
PI(12, HI, X("अश्विनी वैष्णव: डीपसीक के ओपन मॉडल भारतीय सर्वरों पर होस्ट होंगे", "", "दैनिक जागरण", "hi"), "same_type_other_actor",
   "Krutrim's hosting (company) vs Ashwini Vaishnaw's statement (government), ev-171")
PI(12, EN, X("Perplexity adds DeepSeek R1, hosted in US data centres", "", "The Verge", "en"), "place",
   "DeepSeek hosted in India by Krutrim vs hosted in the US by Perplexity (28 Jan 2025, ev-165)")
P(13, 14, "same_type_other_actor", "Tencent Cloud vs Baidu AI Cloud adding DeepSeek a day apart", [(EN, EN), (ZH, ZH), (ZT, ZT), (HI, HI)])
P(14, 15, "same_type_other_actor", "the same day, two clouds: Baidu's Qianfan vs Alibaba's PAI", [(EN, EN), (ZH, ZH), (ZT, ZT), (HI, HI)])
P(13, 15, "same_type_other_actor", "Tencent Cloud vs Alibaba Cloud", [(ZH, ZH), (EN, ZT)])
P(15, 18, "same_type_other_actor", "Alibaba Cloud vs ByteDance's Volcano Engine", [(EN, EN), (ZH, ZH), (ZT, ZT)])
P(14, 18, "same_type_other_actor", "Baidu AI Cloud vs Volcano Engine", [(HI, HI), (ZH, ZH)])
P(13, 18, "same_type_other_actor", "Tencent Cloud vs Volcano Engine", [(EN, EN), (ZT, ZT)])
P(16, 17, "same_type_other_actor", "two Chinese chipmakers adapting DeepSeek the same day: Moore Threads' GPUs vs Hygon's DCUs",
  [(EN, EN), (ZH, ZH), (ZT, ZT), (HI, HI)])
P(16, 13, "same_type_other_actor", "a GPU maker's deployment vs a cloud's listing", [(EN, EN), (ZH, HI)])
P(17, 14, "same_type_other_actor", "a chipmaker's adaptation vs a cloud's listing", [(ZH, ZH), (EN, EN)])
PI(16, EN, X("Huawei Cloud and SiliconFlow launch DeepSeek R1 inference on Ascend chips", "", "Reuters", "en"),
   "same_type_other_actor", "Moore Threads' GPUs vs Huawei's Ascend-based cloud service (1 Feb 2025, ev-173)")
PI(17, ZH, X("华为昇腾宣布Day 0支持DeepSeek-V3.2-Exp", "", "IT之家", "zh"), "same_type_other_actor",
   "Hygon adapting V3/R1 (Feb 2025) vs Huawei Ascend's day-0 support for V3.2-Exp (Sep 2025, ev3-012)")
PI(16, ZT, X("寒武紀完成DeepSeek-V4 Day 0適配", "", "經濟日報", "zh-Hant"), "same_type_other_actor",
   "Moore Threads and distilled R1 (Feb 2025) vs Cambricon's day-0 adaptation of V4 (Apr 2026, ev10-028)")
PI(14, EN, X("DeepSeek R1 lands in Microsoft's Azure model catalogue", "", "ZDNet", "en"), "same_type_other_actor",
   "Baidu's cloud vs Microsoft's cloud adding DeepSeek (29 Jan 2025, ev-028)")

# ---- Xiaomi's glasses
P(19, 23, "same_names", "a PR chief's remark about an old Weibo account (Feb) vs first-day sales of the launched glasses (Jun)",
  [(EN, EN), (ZH, ZT), (HI, HI)])
P(19, 25, "same_names", "the account remark vs the activation figure", [(ZH, ZH), (ZT, ZT)])
PI(19, EN, X("Xiaomi unveils its first AI glasses at 1,999 yuan", "", "TechNode", "en"), "same_names",
   "a remark on a Weibo account (Feb 2025) vs the actual launch of the glasses (26 Jun 2025, ev-124)")
P(23, 24, "period", "two sales tallies of the same glasses: 12 hours vs 72 hours after launch",
  [(EN, EN), (ZH, ZH), (ZT, ZT), (HI, HI)])
P(24, 25, "period", "72-hour sales vs user activations as of 2 July", [(EN, EN), (ZH, ZH), (ZT, ZT), (HI, HI)])
P(23, 25, "period", "first-day JD.com sales vs activations a week later", [(EN, EN), (ZH, ZT), (HI, HI), (ZH, ZH)])
PI(23, EN, X("Xiaomi launches AI glasses with camera and XiaoAI assistant", "", "Reuters", "en"), "same_names",
   "JD.com sales the morning after (27 Jun 2025) vs the launch itself (26 Jun 2025, ev-124) (borderline for saga-level clustering; a follow-up with a new figure)")
PI(25, ZH, X("小米AI眼镜负责人：销量是悲观预期的数倍 目标三年年销500万", "", "搜狐科技", "zh"), "same_names",
   "30,000 activations (3 Jul 2025) vs the product head's sales remarks and 5-million target (29 Jul 2025, ev11-007)")
PI(24, EN, X("Xiaomi YU7 locks in more than 240,000 orders in 18 hours", "", "CnEVPost", "en"), "same_names",
   "glasses sales in 72 hours vs the YU7's 18-hour locked orders (27 Jun 2025, ev-125), two tallies from one launch event")

# ---- Xiaomi's MiMo models and shares
P(21, 22, "same_names", "Xiaomi's share rise on MiMo's debut (Apr) vs the MiMo-7B update a month later",
  [(EN, EN), (ZH, ZH), (ZT, ZT), (HI, HI)])
P(22, 26, "version", "updates of two MiMo models: the 7B reasoning model (0530) vs the vision-language model (2508)",
  [(EN, EN), (ZH, ZH), (ZT, ZT), (HI, HI)])
P(21, 26, "same_names", "a share move vs a model update", [(EN, EN)])
PI(21, EN, X("Xiaomi open-sources MiMo-7B, says it beats o1-mini on maths and code", "", "South China Morning Post", "en"),
   "same_names", "the share rise vs the model release the same day (30 Apr 2025, ev-116) (borderline for saga-level clustering; a market reaction by other parties)")
PI(22, ZH, X("小米开源多模态大模型MiMo-VL-7B", "", "IT之家", "zh"), "same_names",
   "MiMo-7B-RL-0530 vs MiMo-VL-7B released the same day (30 May 2025, ev-122): two models")
PI(22, EN, X("DeepSeek releases R1-0528 with deeper reasoning and fewer hallucinations", "", "Reuters", "en"),
   "same_type_other_actor", "Xiaomi's 7B update (30 May 2025) vs DeepSeek's R1 update two days earlier (28 May 2025, ev-066)")
PI(22, HI, X("शाओमी ने ओपन-सोर्स किया अपना पहला रीज़निंग मॉडल MiMo-7B", "", "आज तक", "hi"), "version",
   "the RL-0530 update (May 2025) vs the first MiMo-7B (30 Apr 2025, ev-116)")
PI(26, EN, X("Xiaomi open-sources MiMo-VL-7B, beating Qwen2.5-VL-72B on reasoning tests", "", "MarkTechPost", "en"), "version",
   "MiMo-VL-7B-2508 (Aug 2025) vs the first MiMo-VL-7B (30 May 2025, ev-122)")

# ---- remarks and probes
PI(27, EN, X("DeepSeek-OCR compresses long text into vision tokens at 97% precision", "", "The Decoder", "en"), "same_names",
   "Karpathy's post on the paper vs DeepSeek's release of DeepSeek-OCR the same day (ev-077) (borderline for saga-level clustering; a reaction by another party)")
PI(27, ZH, X("DeepSeek开源OCR模型 用视觉token压缩长文本", "", "IT之家", "zh"), "same_names",
   "Karpathy's reaction vs the OCR release itself (ev-077)")
PI(27, EN, X("Marc Andreessen calls DeepSeek-R1 'AI's Sputnik moment'", "", "CNBC", "en"), "same_type_other_actor",
   "Karpathy on DeepSeek-OCR (Oct 2025) vs Andreessen on R1 (Jan 2025, ev-017)")
P(27, 30, "same_type_other_actor", "two AI figures' remarks: Karpathy on pixels vs Luo Fuli on AGI", [(EN, EN), (ZH, ZH), (HI, HI), (ZT, ZT)])
PI(20, EN, X("US probes whether DeepSeek got Nvidia chips through Singapore firms", "", "Bloomberg", "en"), "place",
   "Singapore's own investigation (Mar 2025) vs US officials' probe of Singapore intermediaries (31 Jan 2025, ev-170)")
PI(20, ZT, X("The Information：DeepSeek以走私輝達Blackwell晶片訓練新模型", "", "鉅亨網", "zh-Hant"), "same_names",
   "Singapore's chip probe (Mar 2025) vs The Information's Blackwell smuggling report (Dec 2025, ev3-014)")
P(20, 12, "same_names", "a chip-smuggling probe vs a hosting deal", [(EN, EN), (HI, HI)])

# ---- March 2026: Hunter Alpha, MiMo-V2-Pro and Luo Fuli
P(28, 29, "same_names", "an anonymous 1T model on OpenRouter (11 Mar) vs MiMo-V2-Pro's index score after release (c. 20 Mar)",
  [(EN, EN), (ZT, ZT), (HI, HI), (ZH, ZH)])
P(28, 30, "same_names", "the anonymous-model speculation vs Luo Fuli's forum remarks two weeks later", [(EN, EN), (ZH, ZH), (HI, HI), (ZT, ZT)])
P(29, 30, "same_names", "MiMo-V2-Pro's index score vs its team head's forum remarks a week later", [(EN, EN), (ZH, ZT), (ZT, ZH), (HI, HI)])
PI(28, EN, X("Code commits reveal OpenRouter's Hunter Alpha and Healer Alpha are Xiaomi's MiMo V2 models", "", "The Decoder", "en"),
   "same_names", "the anonymous models' appearance and the DeepSeek V4 guesswork (11 Mar 2026) vs the confirmation that they are Xiaomi's (18 Mar 2026, ev-141) (borderline for saga-level clustering; speculation vs confirmation)")
PI(28, ZH, X("小米发布MiMo-V2-Pro、Omni、TTS三款模型 开放API", "", "IT之家", "zh"), "same_names",
   "the anonymous model on OpenRouter vs Xiaomi's official MiMo-V2 release (19 Mar 2026, ev-142)")
PI(28, EN, X("DeepSeek releases V4 preview with 1.6-trillion-parameter Pro model", "", "Reuters", "en"), "same_names",
   "speculation that Hunter Alpha was DeepSeek V4 (Mar 2026) vs the actual V4 release (24 Apr 2026, ev-095)")
PI(28, ZT, X("The Information：DeepSeek計劃推出V4 程式能力強", "", "鉅亨網", "zh-Hant"), "same_names",
   "the OpenRouter speculation (Mar 2026) vs The Information's V4 report (9 Jan 2026, ev10-024)")
PI(29, EN, X("Xiaomi's MiMo-V2-Pro tops OpenRouter's weekly chart with over 3 trillion tokens", "", "Pandaily", "en"), "same_names",
   "an index score (c. 20 Mar 2026) vs the OpenRouter weekly No. 1 (27 Mar 2026, ev-146)")
PI(30, ZH, X("小米MiMo-V2-Pro登顶OpenRouter周榜 周消耗超3万亿Token", "", "量子位", "zh"), "same_names",
   "Luo Fuli's panel remarks vs the OpenRouter chart the same day (27 Mar 2026, ev-146)")
PI(30, EN, X("Luo Fuli says the pre-training gap with Anthropic has nearly closed", "", "South China Morning Post", "en"), "same_names",
   "Luo Fuli's forum panel (27 Mar 2026) vs her 3.5-hour interview (late Apr 2026, ev-152)")
PI(30, HI, X("लुओ फुली ने कन्फ़र्म किया- शाओमी की MiMo टीम में शामिल हुईं", "", "गैजेट्स 360 हिंदी", "hi"), "same_names",
   "Luo Fuli's forum remarks (Mar 2026) vs her confirmation that she joined Xiaomi (12 Nov 2025, ev-131)")

# ---- a few more cross-cluster neighbours
P(11, 27, "same_names", "a founder's village visit vs an outside researcher praising a DeepSeek paper", [(EN, EN)])
P(8, 28, "same_names", "DeepSeek's app launch vs an anonymous model rumoured to be DeepSeek V4", [(ZH, ZH), (HI, HI)])
P(7, 27, "same_names", "a DeepSeek paper (2024) vs a reaction to another DeepSeek paper (2025)", [(EN, EN)])
P(6, 14, "same_type_other_actor", "a free model tier (2024) vs a discounted third-party DeepSeek listing (2025)", [(ZH, ZH)])
P(21, 23, "same_names", "a Xiaomi share move vs a Xiaomi product's sales", [(ZT, ZT)])

# ---- boilerplate: one outlet's stock lead on unrelated events
BP(15, 18, HI)
BP(18, 25, HI)
BP(15, 25, HI)
BP(13, 16, EN)
BP(16, 29, EN)
BP(13, 29, EN)
BP(24, 29, ZH)
BP(29, 30, ZH)
BP(24, 30, ZH)

SET.write()
