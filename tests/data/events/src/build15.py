#!/usr/bin/env python3
"""Build events_holdout15.jsonl and lookalikes_holdout15.jsonl (fifteenth held-out set). Deterministic, stdlib only.

    python3 tests/data/events/src/build15.py

The hand-written events are in build15_events.py (next to this file); the two jsonl files are written one
folder up, next to check15.py. Look-alike pairs are listed below as (event, event, kind, reason, language
combinations); each combination takes the first report of that language from each event ("C" = the first
Chinese report, zh or zh-Hant). A combination one of the two events lacks is skipped, and a pair of two reports
already paired is not repeated, so the list of pairs depends only on this file and build15_events.py.
Same shape as build14.py.
"""
from heldout import HeldOut

SET = HeldOut(15)
S = "synthetic"
BP_HI, BP_ZH, BP_EN = SET.source["BP_HI"], SET.source["BP_ZH"], SET.source["BP_EN"]
BPS = {BP_HI, BP_ZH, BP_EN}
EN, ZH, ZT, HI, C = "en", "zh", "zh-Hant", "hi", "C"

# short labels for the notes
L = {
    1: "DeepSeek API upgrade: JSON Output, Function Calling, FIM (25 Jul 2024)",
    2: "Karpathy praises DeepSeek-V3's 'joke of a budget' (26 Dec 2024)",
    3: "Benioff: DeepSeek No. 1 on the App Store, 'Deepgold' (27 Jan 2025)",
    4: "Musk replies 'Obviously' to the 50,000-H100 claim and 'Lmao no' to Benioff (27 Jan 2025)",
    5: "Australia's Ed Husic urges caution on DeepSeek (28 Jan 2025)",
    6: "Lutnick at his confirmation hearing: DeepSeek 'stole things' (29 Jan 2025)",
    7: "Nadella on Microsoft's call: DeepSeek 'has had some real innovations' (29 Jan 2025)",
    8: "Japan's Hayashi: will coordinate with other countries on DeepSeek (30 Jan 2025)",
    9: "South Korea's PIPC to send DeepSeek a written inquiry (31 Jan 2025)",
    10: "Japan's privacy commission posts a DeepSeek caution (3 Feb 2025)",
    11: "Hayashi: DeepSeek data on Chinese servers, no blanket ban (4 Feb 2025)",
    12: "AMD's Lisa Su on DeepSeek on the Q4 call (4 Feb 2025)",
    13: "Qualcomm's Amon: DeepSeek R1 good for on-device AI, results above estimates (5 Feb 2025)",
    14: "Amazon's Jassy: ~$100bn capex, cheaper inference raises spending (6 Feb 2025)",
    15: "PIPC briefing: technical review of DeepSeek, users urged to be cautious (7 Feb 2025)",
    16: "Arm's Rene Haas to the FT: not afraid of DeepSeek (c. 9 Feb 2025)",
    17: "SecurityScorecard: ByteDance references in DeepSeek's Android app (10 Feb 2025)",
    18: "Baidu to open-source Ernie 4.5 from 30 June (14 Feb 2025)",
    19: "PIPC confirms DeepSeek communicating with ByteDance (18 Feb 2025)",
    20: "Tiger Brokers puts DeepSeek-R1 into TigerGPT (18 Feb 2025)",
    21: "Alibaba's QwQ-Max-Preview (25 Feb 2025)",
    22: "Tencent's Hunyuan Turbo S, 'faster than DeepSeek-R1' (27 Feb 2025)",
    23: "DeepSeek-V3-0324 at 20 tokens/s on a Mac Studio (24 Mar 2025)",
    24: "Artificial Analysis: V3-0324 the best non-reasoning model (25 Mar 2025)",
    25: "Honda China to put DeepSeek into its Ye cars (23 Apr 2025)",
    26: "Kimi K2 takes the open-model top spot on LMArena from DeepSeek (18 Jul 2025)",
    27: "Huawei Cloud MaaS launches DeepSeek-V3.2-Exp (29 Sep 2025)",
    28: "China chip stocks rally on DeepSeek V4 (24 Apr 2026)",
    29: "Zhipu and MiniMax shares fall on DeepSeek V4 (24 Apr 2026)",
    30: "DeepSeek-R1 joint No. 3 on Chatbot Arena (24 Jan 2025)",
    31: "China's foreign ministry on Australia's DeepSeek ban (5 Feb 2025)",
}

_seen = set()


def first(n, lang):
    """The first report of event n in this language ("C": zh or zh-Hant)."""
    for r in SET.by_number[n]["reports"]:
        if r["lang"] == lang or (lang == C and r["lang"] in (ZH, ZT)):
            return r
    return None


def _add(pair):
    key = (pair["a"]["title"], pair["b"]["title"])
    if key in _seen or key[::-1] in _seen:
        return
    _seen.add(key)
    SET.pairs.append(pair)


def P(a, b, kind, reason, combos, borderline=""):
    """Pairs of events a and b, one per language combination that both events have."""
    for la, lb in combos:
        ra, rb = first(a, la), first(b, lb)
        if ra is None or rb is None:
            continue
        note = f"{L[a]} vs {L[b]}: {reason}" + (f" ({borderline})" if borderline else "")
        _add({"a": ra, "b": rb, "same": False, "kind": kind, "note": note,
              "a_event": SET.by_number[a]["id"], "b_event": SET.by_number[b]["id"]})


def X(title, source, lang, summary="", prov=S):
    """An inline look-alike side: a report of an event that is not in this set."""
    return {"title": title, "summary": summary, "source": source, "lang": lang, "provenance": prov}


def PI(a, lang, inline, kind, note):
    ra = first(a, lang)
    if ra is None:
        raise SystemExit(f"inline pair {a}: no {lang} report")
    _add({"a": ra, "b": inline, "same": False, "kind": kind,
          "note": f"{L[a]} vs {note}", "a_event": SET.by_number[a]["id"]})


def BP(a, b):
    ka = {(r["source"], r["summary"]) for r in SET.by_number[a]["reports"]} & BPS
    kb = {(r["source"], r["summary"]) for r in SET.by_number[b]["reports"]} & BPS
    (key,) = ka & kb  # exactly one stock sentence shared by the two events
    ra = next(r for r in SET.by_number[a]["reports"] if (r["source"], r["summary"]) == key)
    rb = next(r for r in SET.by_number[b]["reports"] if (r["source"], r["summary"]) == key)
    _add({"a": ra, "b": rb, "same": False, "kind": "boilerplate",
          "note": f"{L[a]} vs {L[b]}: unrelated events, same outlet and the same stock lead sentence",
          "a_event": SET.by_number[a]["id"], "b_event": SET.by_number[b]["id"]})


ALL4 = [(EN, EN), (ZH, ZH), (ZT, ZT), (HI, HI)]
XL = [(EN, HI), (EN, C), (C, HI), (HI, EN), (C, EN)]
X3 = [(EN, EN), (C, C), (HI, HI)]
WIDE = ALL4 + XL
BL_REACT = "borderline for saga-level clustering; a reaction by another party"
BL_ONE = "borderline for saga-level clustering; one body's two steps a few days apart"

# ---- boilerplate: one outlet's stock lead on unrelated events
BP(12, 14)
BP(14, 28)
BP(12, 28)
BP(18, 22)
BP(22, 29)
BP(18, 29)
BP(5, 17)
BP(17, 31)
BP(5, 31)

# ---- the hard cases: different events within a day or two of each other that share names
P(3, 4, "same_names", "the same day: Benioff's post praising DeepSeek vs Musk's replies doubting it, one of them to Benioff's own post",
  WIDE, BL_REACT)
P(30, 3, "same_names", "three days apart: R1's Chatbot Arena rank vs Benioff hailing the app's App Store rank", X3)
P(30, 4, "same_names", "R1's Arena rank vs Musk's doubts about DeepSeek's chips, three days later", X3)
P(4, 5, "same_type_other_actor", "a day apart: Musk's posts vs Australia's minister, both casting doubt on DeepSeek", X3 + [(EN, HI)])
P(4, 6, "same_type_other_actor", "two days apart: Musk and Lutnick both say DeepSeek has more or restricted Nvidia chips", WIDE)
P(5, 6, "same_type_other_actor", "a day apart: Australia's science minister urges caution vs a US nominee accuses DeepSeek of theft", WIDE)
P(5, 7, "same_type_other_actor", "a day apart: a minister's privacy warning vs a chief executive's praise on an earnings call", X3)
P(6, 7, "same_type_other_actor", "the same day: Lutnick at his confirmation hearing vs Nadella on Microsoft's earnings call", WIDE)
P(3, 7, "same_type_other_actor", "two days apart: Benioff and Nadella both praise DeepSeek", X3)
P(7, 8, "same_type_other_actor", "a day apart: Microsoft's chief executive vs Japan's chief cabinet secretary on DeepSeek", WIDE)
P(6, 8, "same_type_other_actor", "a day apart: a US nominee vs Japan's government spokesman", X3 + [(EN, HI)])
P(8, 9, "place", "a day apart: Japan says it will coordinate with other regulators vs South Korea's regulator sends an inquiry", WIDE)
P(5, 8, "place", "two days apart: Australia's minister vs Japan's chief cabinet secretary on DeepSeek's data", X3)
P(10, 11, "same_names", "a day apart: Japan's privacy commission posts its caution vs the chief cabinet secretary's remarks about it and about agencies' use",
  WIDE, BL_ONE)
P(8, 11, "same_names", "Hayashi on DeepSeek twice: 30 Jan (coordinate with other countries) vs 4 Feb (data on Chinese servers, no blanket ban)", WIDE)
P(8, 10, "same_names", "Japan's government on DeepSeek: Hayashi (30 Jan) vs the privacy commission's notice (3 Feb)", X3)
P(11, 12, "same_type_other_actor", "the same day: Japan's government spokesman vs AMD's chief executive on DeepSeek", WIDE)
P(11, 31, "same_type_other_actor", "a day apart: Japan's spokesman on where DeepSeek's data is stored vs China's foreign ministry denying it asks firms for data", WIDE)
P(10, 31, "same_names", "two days apart: Japan's caution that DeepSeek data falls under Chinese law vs China's denial about data collection", X3)
P(12, 31, "same_type_other_actor", "a day apart: AMD's chief executive vs China's foreign ministry on DeepSeek", X3)
P(12, 13, "same_type_other_actor", "a day apart: AMD's and Qualcomm's chief executives on DeepSeek on their earnings calls", WIDE)
P(13, 31, "same_type_other_actor", "the same day: Qualcomm's chief executive vs China's foreign ministry", X3 + [(EN, HI)])
P(13, 14, "same_type_other_actor", "a day apart: Qualcomm's and Amazon's earnings calls, both on cheaper models raising demand", WIDE)
P(12, 14, "same_type_other_actor", "two days apart: AMD's call vs Amazon's call", ALL4)
P(14, 15, "same_names", "a day apart: Amazon's call vs South Korea's regulator briefing on DeepSeek", WIDE)
P(13, 15, "same_names", "two days apart: Qualcomm's remark vs the Korean regulator's briefing", X3)
P(7, 14, "same_type_other_actor", "Microsoft's vs Amazon's earnings calls, both on DeepSeek and cheaper inference, eight days apart", WIDE)
P(7, 12, "same_type_other_actor", "Nadella vs Su on earnings calls six days apart", X3)
P(7, 13, "same_type_other_actor", "Nadella vs Amon on earnings calls a week apart", X3)
P(12, 16, "same_type_other_actor", "chip chief executives on DeepSeek: AMD's call (4 Feb) vs Arm's interview (c. 9 Feb)", X3)
P(13, 16, "same_type_other_actor", "Qualcomm's call vs Arm's interview, about four days apart", WIDE)
P(16, 17, "same_names", "a day apart: Arm's chief executive interview vs a security firm's report on DeepSeek's app", WIDE)
P(15, 17, "same_names", "the Korean regulator's review vs a security firm's app analysis three days later", X3)
P(17, 19, "same_names", "DeepSeek and ByteDance: a security firm's app analysis (10 Feb) vs South Korea's regulator confirming the traffic (18 Feb)",
  WIDE, "borderline for saga-level clustering; the regulator's finding follows the firm's report but is another party's action")
P(19, 20, "same_names", "the same day: Korea's ByteDance finding vs Tiger Brokers adopting DeepSeek", WIDE)
P(17, 20, "same_names", "a security report vs a broker's adoption of DeepSeek a week later", X3)
P(18, 19, "same_names", "four days apart: Baidu's open-source plan vs the Korean ByteDance finding", X3)

# ---- one regulator, several steps
P(9, 15, "version", "South Korea's privacy regulator on DeepSeek: the inquiry letter (31 Jan) vs the technical-review briefing (7 Feb)", WIDE, BL_ONE)
P(15, 19, "version", "the PIPC's technical review (7 Feb) vs its confirmation of DeepSeek-ByteDance communication (18 Feb)", WIDE)
P(9, 19, "version", "the PIPC's inquiry letter (31 Jan) vs its ByteDance finding (18 Feb)", X3 + [(EN, HI)])
P(10, 15, "place", "Japan's privacy commission notice (3 Feb) vs South Korea's privacy commission briefing (7 Feb)", WIDE)
P(9, 10, "place", "South Korea's privacy commission (31 Jan) vs Japan's (3 Feb)", X3)
P(11, 15, "place", "Japan's spokesman (4 Feb) vs Korea's regulator (7 Feb)", X3)
P(5, 31, "same_names", "Australia and DeepSeek: Husic's caution (28 Jan) vs China's reply to Australia's ban (5 Feb)", WIDE)

# ---- rival Chinese models pitched against DeepSeek
P(18, 21, "same_type_other_actor", "Baidu's open-source plan (14 Feb) vs Alibaba's QwQ-Max preview and open-source pledge (25 Feb)", WIDE)
P(21, 22, "same_type_other_actor", "two days apart: Alibaba's QwQ-Max-Preview vs Tencent's Turbo S, both pitched against DeepSeek-R1", WIDE)
P(18, 22, "same_type_other_actor", "Baidu's plan vs Tencent's Turbo S", X3 + [(EN, HI)])
P(22, 26, "same_type_other_actor", "a Chinese rival claims to beat DeepSeek (Tencent, Feb) vs one overtakes it on LMArena (Kimi K2, Jul)", X3)

# ---- third-party results about DeepSeek models
P(23, 24, "same_names", "a day apart: V3-0324 running on a Mac Studio vs Artificial Analysis ranking V3-0324 first among non-reasoning models",
  WIDE, "borderline for saga-level clustering; two third-party results about one model update, a day apart")
P(2, 23, "same_names", "V3 praised by Karpathy (Dec 2024) vs V3-0324 on a Mac Studio (Mar 2025)", X3)
P(2, 24, "same_names", "V3's training budget praised vs V3-0324's benchmark lead", X3 + [(EN, HI)])
P(24, 30, "same_names", "two leaderboards on DeepSeek: Artificial Analysis on V3-0324 vs LMArena on R1", WIDE)
P(26, 30, "period", "LMArena on DeepSeek twice: R1 climbing to joint No. 3 (Jan 2025) vs Kimi K2 taking the open-model lead from DeepSeek (Jul 2025)", WIDE)
P(24, 26, "same_names", "DeepSeek leading a leaderboard (Mar) vs losing its open-model lead on another (Jul)", X3)
P(1, 2, "same_names", "an API feature update vs praise for a new model", X3)

# ---- companies adopting or hosting DeepSeek
P(20, 25, "same_type_other_actor", "Tiger Brokers (Feb) vs Honda China (Apr) putting DeepSeek into their products", WIDE)
P(25, 27, "same_type_other_actor", "Honda's car integration vs Huawei Cloud's hosting of a DeepSeek model", X3 + [(EN, HI)])
P(20, 27, "same_type_other_actor", "a broker's assistant vs a cloud platform adopting DeepSeek models", X3)
P(1, 27, "same_names", "DeepSeek's own API upgrade vs a cloud provider hosting a new DeepSeek model", X3)

# ---- markets on DeepSeek V4
P(28, 29, "same_names", "the same session: chip stocks rally vs AI model developers' stocks fall on DeepSeek V4",
  WIDE, "borderline for saga-level clustering; one release moves two groups of stocks in opposite directions; SCMP's lead tells both")
P(27, 28, "same_names", "Huawei Cloud hosting V3.2-Exp (Sep 2025) vs chip stocks on V4 (Apr 2026)", X3)
P(14, 28, "same_names", "a company's capex on cheaper AI vs a chip rally on a new DeepSeek model", X3)

# ---- inline sides: events of the earlier sets or not in the sets (written unless a URL or cf. says otherwise)
PI(23, EN, X("DeepSeek quietly uploads upgraded V3-0324 checkpoint to Hugging Face", "The Verge", EN), "same_names",
   "the V3-0324 upload itself (ev-059, the same day) vs the Mac Studio demonstration (borderline for saga-level clustering; a third party's result the day of the release)")
PI(24, ZH, X("DeepSeek V3模型小版本升级 官方称推理与前端开发能力提升", "IT之家", ZH), "same_names",
   "DeepSeek's own V3-0324 update (ev-059) vs Artificial Analysis's ranking a day later")
PI(2, EN, X("DeepSeek-V3 arrives: a 671B-parameter open model trained for about $5.6 million", "SiliconANGLE", EN), "same_names",
   "V3's release (ev-010, the same day) vs Karpathy's reaction (borderline for saga-level clustering; a reaction by another party)")
PI(30, HI, X("ऐप स्टोर पर ChatGPT को पीछे छोड़ नंबर-1 फ़्री ऐप बना डीपसीक", "इंडिया टुडे हिंदी", HI), "same_names",
   "the App Store No. 1 rank (ev-013, 27 Jan) vs the Arena rank three days before")
PI(4, EN, X("Scale AI's Alexandr Wang tells CNBC DeepSeek has about 50,000 H100s", "CNBC", EN), "same_names",
   "Wang's claim at Davos (ev2-007, 23 Jan) vs Musk's reply to it (borderline for saga-level clustering; a reaction by another party)")
PI(6, EN, X("OpenAI says it has evidence DeepSeek used its models to train a rival", "Financial Times", EN), "same_names",
   "OpenAI's distillation claim the same day (ev-022) vs Lutnick's hearing")
PI(7, EN, X("DeepSeek R1 is now available in Azure AI Foundry and on GitHub", "Microsoft Azure Blog", EN), "same_names",
   "Microsoft's own R1 listing the same day (ev-028) vs Nadella's call remarks (borderline for saga-level clustering; one company, two announcements)")
PI(7, ZH, X("纳德拉谈DeepSeek：杰文斯悖论再次应验", "36氪", ZH), "same_names",
   "Nadella's 'Jevons paradox' post (ev2-009, 27 Jan) vs his earnings-call remarks two days later")
PI(5, EN, X("Australia bans DeepSeek from all government devices on security advice", "The Guardian", EN), "same_names",
   "Australia's ban (ev-034, 4 Feb) vs Husic's caution a week earlier")
PI(31, ZH, X("外交部回应韩国政府部门限制使用DeepSeek：中方从未要求企业违法收集数据", "人民网", ZH), "place",
   "the same ministry's reply on South Korea (ev4-003, 6 Feb) vs its reply on Australia a day earlier")
PI(11, EN, X("Japan asks ministries to refrain from using DeepSeek for official work", "Kyodo News", EN), "same_names",
   "Japan's guidance to ministries (ev-172, 6 Feb) vs Hayashi's 'each agency decides' remark two days earlier")
PI(10, HI, X("जापान सरकार ने मंत्रालयों से कहा- सरकारी काम में डीपसीक से बचें", "आज तक", HI), "same_names",
   "Japan's guidance to ministries (ev-172, 6 Feb) vs the privacy commission's notice three days earlier")
PI(9, EN, X("South Korea suspends new downloads of DeepSeek pending privacy fixes", "Yonhap", EN), "version",
   "the download suspension (ev-042, 17 Feb) vs the inquiry letter (31 Jan)")
PI(19, ZH, X("韩国暂停DeepSeek应用新用户下载", "新京报", ZH), "same_names",
   "the suspension announced the day before (ev-042) vs the ByteDance finding (borderline for saga-level clustering; one regulator's two steps a day apart)")
PI(19, EN, X("South Korea says DeepSeek sent user prompts to firms in China and the US without consent", "The Korea Times", EN), "version",
   "the PIPC's final findings (ev-061, 24 Apr 2025) vs its February confirmation of ByteDance traffic")
PI(15, EN, X("South Korea's spy agency says DeepSeek 'excessively' collects personal data", "The Korea Herald", EN), "same_type_other_actor",
   "the NIS statement (ev4-004, 9 Feb) vs the PIPC briefing two days earlier")
PI(13, EN, X("DeepSeek model highlights potential pivot to rise of on-device AI chips", "Seeking Alpha", EN,
             "The release of DeepSeek-R1 last month prompted temporary volatility among tech stocks, as its creators boasted the cutting-edge reasoning model was made at a fraction of the price of similar models and required less computing power to train and run.",
             "https://si.frajer.net/readmsg.aspx?msgid=35027968&showwhorecd=1 (repost of a Seeking Alpha news item)"),
   "same_names", "Qualcomm's white paper on DeepSeek and on-device AI (week of 10 Feb 2025, not in the sets) vs Amon's call remarks")
PI(12, EN, X("AMD's Lisa Su says DeepSeek inspired an even faster pace of innovation", "Tom's Hardware", EN), "same_names",
   "Su's Bilibili conversation (ev8-011, 25 Mar 2025) vs her earnings-call remark in February")
PI(12, ZH, X("皮查伊谈DeepSeek：团队非常出色 但Gemini Flash更高效", "华尔街见闻", ZH), "same_type_other_actor",
   "Pichai on Alphabet's call the same day (ev3-006, 4 Feb) vs Su")
PI(14, EN, X("Pichai calls DeepSeek's team 'tremendous', says Gemini Flash models are more efficient", "CNBC", EN), "same_type_other_actor",
   "Pichai on Alphabet's call (ev3-006, 4 Feb) vs Jassy two days later")
PI(17, EN, X("Researchers find code in DeepSeek's login page that could send data to China Mobile", "AP", EN), "same_type_other_actor",
   "Feroot's finding (ev2-022, 5 Feb) vs SecurityScorecard's report five days later")
PI(17, HI, X("डीपसीक के iOS ऐप में डेटा बिना एन्क्रिप्शन भेजने का आरोप", "लाइव हिंदुस्तान", HI), "same_type_other_actor",
   "NowSecure's iOS finding (ev2-023, 6 Feb) vs SecurityScorecard's Android report")
PI(18, ZH, X("百度：文心一言4月1日起全面免费", "澎湃新闻", ZH), "same_names",
   "ERNIE Bot free from 1 April (ev2-024, 13 Feb) vs the open-source plan the next day (borderline for saga-level clustering; one company, two announcements a day apart)")
PI(18, EN, X("Baidu open-sources ten ERNIE 4.5 models under Apache 2.0", "South China Morning Post", EN), "version",
   "the actual open-sourcing (ev6-011, 30 Jun 2025) vs the February pledge")
PI(21, EN, X("Alibaba to invest more than 380 billion yuan in cloud and AI over three years", "Bloomberg", EN), "same_names",
   "Alibaba's investment plan (ev6-004, 24 Feb) vs QwQ-Max-Preview a day later")
PI(21, ZH, X("阿里通义开源QwQ-32B 称性能比肩DeepSeek-R1满血版", "新浪科技", ZH), "version",
   "QwQ-32B (ev2-019, 6 Mar) vs the QwQ-Max preview")
PI(22, EN, X("Tencent launches its Hunyuan-T1 reasoning model on Tencent Cloud", "TechNode", EN), "version",
   "Hunyuan-T1 (ev5-007, 21 Mar) vs Turbo S")
PI(22, ZH, X("腾讯元宝接入DeepSeek-R1满血版 支持联网搜索", "IT之家", ZH), "same_names",
   "Yuanbao adds DeepSeek-R1 (ev-204, 13 Feb) vs Tencent's own Turbo S")
PI(20, EN, X("Xiaomi's XiaoAI assistant opens a DeepSeek-R1 beta", "Gizmochina", EN), "same_type_other_actor",
   "Xiaomi's XiaoAI adding R1 (ev-049, 19 Feb, a day later) vs Tiger Brokers")
PI(20, ZH, X("小爱同学接入DeepSeek-R1 开启灰度测试", "新浪科技", ZH), "same_type_other_actor",
   "XiaoAI adds R1 (ev-049, 19 Feb) vs Tiger Brokers the day before")
PI(25, EN, X("BMW to integrate DeepSeek into cars sold in China from the third quarter", "Reuters", EN), "same_type_other_actor",
   "BMW at the same auto show (ev8-016) vs Honda")
PI(25, ZH, X("比亚迪：天神之眼车型全面接入DeepSeek-R1", "界面新闻", ZH), "same_type_other_actor",
   "BYD (ev-046, 10 Feb 2025) vs Honda")
PI(26, EN, X("Moonshot AI open-sources Kimi K2, a 1-trillion-parameter MoE model", "South China Morning Post", EN), "same_names",
   "Kimi K2's release (ev5-014, 11 Jul) vs its LMArena ranking a week later")
PI(27, EN, X("Huawei Ascend gives day-0 support to DeepSeek-V3.2-Exp and open-sources the inference code", "Huawei Central", EN), "same_names",
   "Ascend's same-day adaptation (ev3-012) vs Huawei Cloud's MaaS launch (borderline for saga-level clustering; two Huawei units, the same day)")
PI(27, ZH, X("寒武纪宣布同步适配DeepSeek-V3.2-Exp并开源推理引擎代码", "证券时报", ZH), "same_type_other_actor",
   "Cambricon's same-day adaptation (ev3-013) vs Huawei Cloud")
PI(28, EN, X("Cambricon soars 20% after DeepSeek boost spurs China chip rally", "DeepNewz", EN,
             "Shares in Cambricon Technologies Corp. surged as much as 20% in Shanghai on 22 August, propelling the artificial-intelligence chipmaker’s market value above RMB 500 billion ($70 billion) for the first time.",
             "cf. https://preview.deepnewz.com/china/cambricon-soars-20-after-deepseek-boost-spurs-china-chip-rally-522bb4d5 (lead verbatim; title taken from the URL)"),
   "period", "the chip rally on V3.1's FP8 remark (22 Aug 2025, ev-073) vs the rally on V4")
PI(28, ZT, X("DeepSeek-V3.1帶動 中芯國際盤中急升逾7%", "經濟通", ZT), "period",
   "SMIC's jump on V3.1 (Aug 2025, the ev-073 rally) vs its jump on V4")
PI(28, HI, X("डीपसीक ने लॉन्च किया V4, 10 लाख टोकन तक का कॉन्टेक्स्ट", "गैजेट्स 360 हिंदी", HI), "same_names",
   "the V4 release itself (ev-095) vs the chip rally the same day (borderline for saga-level clustering; a market reaction to a release)")
PI(29, EN, X("DeepSeek V4 Pro Stumbles on Arena", "AI Crier", EN,
             "DeepSeek-V4-Pro is drawing mixed early reactions after its Arena showing came in below expectations.",
             "https://aicrier.com/post/3a6f9ngz298qdkcsk8oa"),
   "same_names", "V4-Pro's lukewarm Arena debut (24 Apr 2026, not in the sets) vs the AI-stock fall the same day")
PI(29, ZH, X("华为：昇腾超节点全面支持DeepSeek-V4", "证券时报", ZH), "same_names",
   "Huawei's V4 support (ev10-027, the same day) vs the fall of Zhipu and MiniMax")
PI(1, EN, X("DeepSeek API adds context caching on disk, cutting cache-hit prices by up to 90%", "SiliconANGLE", EN), "same_names",
   "the context-caching launch (ev-004, 2 Aug 2024) vs the API upgrade a week before")
PI(3, EN, X("Marc Andreessen calls DeepSeek-R1 AI's 'Sputnik moment'", "Fortune", EN), "same_type_other_actor",
   "Andreessen's post (ev-017, 26 Jan) vs Benioff's a day later")
PI(16, EN, X("Nvidia sheds $589 billion in record rout as DeepSeek rattles AI trade", "Reuters", EN), "same_names",
   "the 27 Jan sell-off (ev-014) that Haas recalls vs his interview two weeks later")
PI(30, EN, X("DeepSeek tops Apple's US App Store, overtaking ChatGPT", "CNBC", EN), "same_names",
   "the App Store rank (ev-013, 27 Jan) vs the Chatbot Arena rank (24 Jan)")

SET.write()
