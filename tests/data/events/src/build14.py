#!/usr/bin/env python3
"""Build events_holdout14.jsonl and lookalikes_holdout14.jsonl (fourteenth held-out set). Deterministic, stdlib only.

    python3 tests/data/events/src/build14.py

The hand-written events are in build14_events.py (next to this file); the two jsonl files are written one
folder up, next to check14.py. Look-alike pairs are listed below as (event, event, kind, reason, language
combinations); each combination takes the first report of that language from each event ("C" = the first
Chinese report, zh or zh-Hant). A combination one of the two events lacks is skipped, and a pair of two reports
already paired is not repeated, so the list of pairs depends only on this file and build14_events.py.
"""
from heldout import HeldOut

SET = HeldOut(14)
S = "synthetic"
BP_HI, BP_ZH, BP_EN = SET.source["BP_HI"], SET.source["BP_ZH"], SET.source["BP_EN"]
BPS = {BP_HI, BP_ZH, BP_EN}
EN, ZH, ZT, HI, C = "en", "zh", "zh-Hant", "hi", "C"

# short labels for the notes
L = {
    1: "IT Home report: Xiaomi AI glasses with Goertek (14 Nov 2024)",
    2: "Xiaomi shares fall on the HK$42.5bn placement (25 Mar 2025)",
    3: "Lei Jun's YU7 photo shoot under Wuhan University's cherry blossoms (25 Mar 2025)",
    4: "Morgan Stanley raises Xiaomi target to HK$62 (20 May 2025)",
    5: "Lei Jun's late-night post and 7:10 am gym post after the 15th-anniversary launch (23 May 2025)",
    6: "Gree's Dong Mingzhu says Xiaomi paid 500,000 yuan over AC patents (16 Dec 2024)",
    7: "Lei Jun's 49th gym post with Children's Day wishes (31 May 2025)",
    8: "Lei Jun quotes Mo Yan, SU7 May deliveries above 28,000 (1 Jun 2025)",
    9: "Lei Jun's 73rd gym session in the rain trends (28 Jul 2025)",
    10: "Lei Jun congratulates the new China Changan Automobile Group (29 Jul 2025)",
    11: "Gree's Zhu Lei calls the motherboard comparison a doctored image (26 Aug 2025)",
    12: "Xiaomi's Wang Hua replies to Gree with a satirical poem (27 Aug 2025)",
    13: "Gree's Zhu Lei accuses 'water army' videos (20 Oct 2025)",
    14: "Xiaomi shares -3% to HK$42.1, Goldman: shorting is consensus (7 Nov 2025)",
    15: "Xiaomi open-sources Miloco / Xiaomi Local Copilot (c. 14 Nov 2025)",
    16: "Bloomberg: Xiaomi shares -30% since September, bottom of HSTECH (17 Nov 2025)",
    17: "Xiaomi buys back 21.5m shares on 20-21 Nov for over HK$800m (21 Nov 2025)",
    18: "Lu Weibing: AI investment +50% a quarter, Luo Fuli leads MiMo (5 Dec 2025)",
    19: "Report: Xiaomi's Mi Chat assistant on MiMo-7B-RL (10 Dec 2025)",
    20: "Morgan Stanley note on MiMo-V2-Flash, top pick, HK$62 (17 Dec 2025)",
    21: "Xiaomi shares -2.5% to HK$40.20 on Jefferies cut; Goldman cites MiMo (18 Dec 2025)",
    22: "Xiaomi buys back 3.8m shares for HK$150.7m (18 Dec 2025)",
    23: "Xiaomi announces up to HK$2.5bn buyback programme (23 Jan 2026)",
    24: "Xiaomi shares jump on the buyback plan (23 Jan 2026)",
    25: "Goldman keeps Buy on Xiaomi, cites MiMo-Embodied and HAD (24 Nov 2025)",
    26: "Lu Weibing at Leica's centennial exhibition (25 Jul 2025)",
    27: "Ex-Gree Wang Ziru: 'You underestimate Gree' (7 Nov 2025)",
    28: "Lei Jun's Weibo on Xiaomi's 15th anniversary (6 Apr 2025)",
    29: "Xiaomi's Wang Hua denies the patent payout (16 Dec 2024)",
    30: "Lei Jun posts Xiaomi's Auto Shanghai booth, free water (18 Apr 2025)",
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

# ---- boilerplate: one outlet's stock lead on unrelated events
BP(2, 16)
BP(16, 24)
BP(2, 24)
BP(14, 21)
BP(21, 24)
BP(14, 24)
BP(7, 10)
BP(10, 27)
BP(7, 27)

# ---- the hard cases: different events within 24 hours that share names
P(2, 3, "same_names", "the same day: Xiaomi's share fall on its placement vs Lei Jun's dawn YU7 photo shoot", WIDE,
  "different actions of one company and its founder on one day")
P(6, 29, "same_names", "the same morning: Gree's chair claims Xiaomi paid for patent infringement vs Xiaomi's denial", WIDE,
  "borderline for saga-level clustering; a claim vs a reaction by another party, hours apart")
P(7, 8, "same_names", "two Weibo posts by Lei Jun on consecutive days: a gym check-in vs May deliveries and the Mo Yan quote", WIDE,
  "borderline for saga-level clustering; two remarks by one person a day apart")
P(9, 10, "same_names", "two posts by Lei Jun on consecutive days: a rainy gym session vs congratulations to Changan", WIDE,
  "borderline for saga-level clustering; two remarks by one person a day apart")
P(11, 12, "same_names", "the Gree-Xiaomi spat: Gree's accusation vs Xiaomi's reply the next day", WIDE,
  "borderline for saga-level clustering; a reaction by another party")
P(14, 27, "same_names", "the same day: Xiaomi's share fall on short-selling data vs an ex-Gree executive's livestream remark about Xiaomi", WIDE)
P(20, 21, "same_names", "a day apart: Morgan Stanley's top-pick note on MiMo-V2-Flash vs the share fall after Jefferies' downgrade", WIDE,
  "borderline for saga-level clustering; two broker actions around one model release, a day apart")
P(21, 22, "same_names", "the same day: the share fall vs Xiaomi's own buyback of 3.8 million shares", WIDE,
  "borderline for saga-level clustering; Ad Hoc News tells both in one story")
P(20, 22, "same_names", "a broker note vs a buyback the next day", X3 + [(EN, HI)])
P(23, 24, "same_names", "the same Friday: the HK$2.5bn buyback programme vs the share jump it caused", WIDE,
  "borderline for saga-level clustering; a company action vs the market's reaction, as Nvidia's statement vs its share drop")

# ---- Xiaomi's share moves and buybacks in other periods
P(14, 16, "period", "two reports of Xiaomi's autumn slump ten days apart (-3% on 7 Nov vs -30% since September before results)", WIDE)
P(16, 21, "period", "share weakness before the Q3 results vs a December session after a downgrade", X3 + [(EN, HI), (ZT, ZT)])
P(14, 21, "period", "a 3% fall in November vs a 2.5% fall in December, each with a broker call", ALL4 + [(EN, C)])
P(2, 21, "same_names", "a fall on a share placement (March) vs a fall on a downgrade (December)", X3 + [(ZT, ZT)])
P(2, 24, "same_names", "a fall on an equity raise vs a rise on a buyback, ten months apart", ALL4 + [(HI, EN)])
P(21, 24, "same_names", "a December fall vs a January rise", X3)
P(17, 22, "period", "two buybacks a month apart: 21.5m shares on 20-21 Nov vs 3.8m shares on 18 Dec", WIDE)
P(17, 23, "version", "executed buybacks vs a newly announced HK$2.5bn programme", WIDE)
P(22, 23, "version", "a single day's repurchase vs a new buyback programme a month later", ALL4 + [(EN, HI)])
P(16, 17, "same_names", "the pre-results slump vs Xiaomi's buybacks four days later", X3 + [(ZT, ZT)])
P(14, 17, "same_names", "a share fall vs a buyback two weeks later", [(EN, EN), (HI, HI), (C, C)])

# ---- brokers on Xiaomi
P(4, 20, "period", "Morgan Stanley's HK$62 target twice: raised in May on the YU7 vs reaffirmed in December on MiMo-V2-Flash", WIDE)
P(20, 25, "same_type_other_actor", "Morgan Stanley vs Goldman Sachs notes citing Xiaomi's AI models, three weeks apart", WIDE)
P(4, 25, "same_type_other_actor", "Morgan Stanley (May) vs Goldman Sachs (November)", X3 + [(EN, HI)])
P(21, 25, "same_names", "Goldman's Buy in November vs Jefferies' cut and Goldman's reiteration in December", X3 + [(ZT, ZT)])
P(4, 14, "same_names", "a bullish target raise vs short-selling data", X3)
P(2, 4, "same_names", "a share fall in March vs a broker target raise in May", [(EN, EN), (HI, HI), (C, C)])

# ---- Lei Jun's posts
P(7, 9, "period", "two gym check-ins by Lei Jun: the 49th (31 May) vs the 73rd (28 Jul)", WIDE)
P(5, 7, "same_names", "Lei Jun's post-launch night and gym posts vs his Children's Day gym post a week later", WIDE)
P(5, 9, "same_names", "two Lei Jun gym posts two months apart", X3)
P(8, 28, "same_names", "two Lei Jun Weibo posts: the 15th anniversary (April) vs the Mo Yan quote (June)", X3 + [(ZT, ZT)])
P(29, 12, "same_names", "Wang Hua answering Gree twice: the December 2024 denial vs the August 2025 poem", WIDE)
P(29, 11, "same_names", "Xiaomi's denial (Dec 2024) vs Gree's doctored-image charge (Aug 2025)", X3 + [(ZT, ZT)])
P(29, 27, "same_names", "Xiaomi's denial vs Wang Ziru's livestream remark", X3)
P(28, 30, "same_names", "Lei Jun's anniversary post vs his Auto Shanghai post", X3)
P(3, 30, "same_names", "Lei Jun promoting Xiaomi cars: a YU7 photo shoot (March) vs the Auto Shanghai booth (April)", X3 + [(EN, HI)])
P(8, 10, "same_names", "Lei Jun on other car makers: a barb read at Huawei's Yu Chengdong vs congratulations to Changan", WIDE)
P(3, 8, "same_names", "a YU7 photo shoot vs a post on SU7 deliveries and YU7 production", X3)

# ---- rivals against Xiaomi
P(11, 13, "period", "Gree's Zhu Lei against Xiaomi twice: the doctored-image charge (August) vs the 'water army' charge (October)", WIDE)
P(12, 13, "same_names", "Xiaomi's poem in August vs Gree's new charge in October", X3 + [(ZT, ZT)])
P(11, 27, "same_names", "the Gree-Xiaomi spat by two different people: Zhu Lei (August) vs Wang Ziru (November)", WIDE)
P(13, 27, "same_names", "Zhu Lei (20 Oct) vs Wang Ziru (7 Nov)", X3 + [(ZT, ZT)])
P(6, 11, "period", "Gree against Xiaomi: Dong Mingzhu's patent claim (Dec 2024) vs Zhu Lei's doctored-image charge (Aug 2025)", WIDE)
P(6, 13, "period", "Dong Mingzhu's patent claim vs Zhu Lei's 'water army' charge ten months later", X3 + [(ZT, ZT)])
P(6, 27, "same_names", "two Gree figures on Xiaomi: Dong Mingzhu (Dec 2024) vs Wang Ziru (Nov 2025)", X3)

# ---- Xiaomi AI
P(1, 19, "same_names", "two reports of Xiaomi AI products in development: AI glasses (2024) vs the Mi Chat assistant (2025)", WIDE)
P(15, 19, "same_names", "an open-sourced home AI hub vs a reported chat assistant, a month apart", WIDE)
P(18, 19, "same_names", "Lu Weibing's AI remarks vs the Mi Chat report five days later", WIDE)
P(18, 20, "same_names", "Xiaomi's president on AI growth vs a broker note on its new model", X3 + [(EN, HI), (ZT, ZT)])
P(18, 25, "same_names", "Lu Weibing on AI spending vs Goldman on Xiaomi's AI models", X3 + [(ZT, ZT)])
P(15, 25, "same_names", "Miloco's release vs a broker note citing MiMo-Embodied", X3)
P(1, 15, "same_names", "AI glasses report vs the Miloco release", X3 + [(ZT, ZT)])
P(19, 20, "same_names", "the Mi Chat report vs a broker note a week later", X3)
P(15, 18, "same_names", "Miloco vs Lu Weibing's AI remarks", [(EN, EN), (HI, HI)])

# ---- Xiaomi phones and partners
P(26, 28, "same_names", "Lu Weibing at Leica vs Lei Jun's anniversary post", X3)
P(26, 5, "same_names", "Lu Weibing at Leica vs Lei Jun's post-launch posts", X3)
P(10, 26, "same_names", "a Lei Jun congratulation vs Lu Weibing at Leica, four days apart", X3 + [(ZT, ZT)])

# ---- inline sides: reports of events in earlier sets or not in the sets
PI(2, EN, X("Xiaomi raises HK$42.5 billion in upsized placement of 800 million shares", "Reuters", EN), "same_names",
   "the placement itself (25 Mar 2025, ev-112) vs the share fall it caused (borderline for saga-level clustering; a company action vs the market's reaction)")
PI(2, HI, X("शाओमी ने 800 मिलियन शेयर बेचकर जुटाए 42.5 अरब HK डॉलर", "मनीकंट्रोल हिंदी", HI), "same_names",
   "the placement (ev-112) vs the share fall")
PI(2, ZT, X("小米MiMo開源 股價升逾5%", "信報", ZT), "same_names",
   "the rise on the MiMo launch (30 Apr 2025, ev12-021) vs the fall on the placement")
PI(16, EN, X("Xiaomi shares slide to seven-month low after memory-cost warning", "Bloomberg", EN), "period",
   "the fall the day after the Q3 results (19 Nov 2025, ev6-024) vs the slump reported before them")
PI(16, ZH, X("小米集团第三季度营收1131亿元 经调整净利113亿元", "新华网", ZH), "same_names",
   "the Q3 2025 results (18 Nov 2025, ev-132) vs the pre-results slump")
PI(17, ZT, X("雷軍自斥1億增持小米 日前公司8億元回購有底氣",
             "星島日報", ZT,
             "小米（1810）連日大手回購股份後，主動披露創辦人、董事長兼首席執行官雷軍亦於11月24日，以個人名義斥資逾1億元增持260萬股，令其持股比例微升至23.26%。",
             "https://www.stheadline.com/stock-market/3520887/%E9%9B%B7%E8%BB%8D%E8%87%AA%E6%96%A51%E5%84%84%E5%A2%9E%E6%8C%81%E5%B0%8F%E7%B1%B3-%E6%97%A5%E5%89%8D%E5%85%AC%E5%8F%B88%E5%84%84%E5%85%83%E5%9B%9E%E8%B3%BC%E6%9C%89%E5%BA%95%E6%B0%A3"),
   "same_names", "Lei Jun's own HK$100m share purchase (24 Nov 2025, ev-135) vs the company's buybacks of 20-21 Nov")
PI(25, ZT, X("罕見抄底！雷軍自掏1億港元增持小米 股價觸底反彈的強烈信號？", "鉅亨網 編譯", ZT,
             "小米集團 (01810-HK) 周一 (24 日) 晚間發佈公告表示，創辦人、執行董事、董事長、執行長兼控股股東雷軍當天透過全資擁有的 Team Guide Limited 購入 260 萬股本公司 B 類普通股，平均價格約為每股 38.58 港元，雷軍持股比例增加至 23.26%。",
             "https://news.cnyes.com/news/id/6249714"),
   "same_names", "Lei Jun's share purchase (ev-135), told in the same story as Goldman's note (borderline for saga-level clustering; one article, two developments)")
PI(21, ZT, X("羅福莉首度亮相 小米開源MiMo-V2-Flash", "香港經濟日報", ZT),
   "same_names", "Luo Fuli's debut and MiMo-V2-Flash (17 Dec 2025, ev-137) vs the next day's share fall")
PI(20, ZH, X("小米大模型“杀”进第一梯队:代码能力开源第一,智商情商全在线", "量子位", ZH, "",
             "https://eu.36kr.com/de/p/3600318988730377"),
   "same_names", "an analysis of MiMo-V2-Flash itself (ev-137) vs Morgan Stanley's note on it")
PI(20, EN, X("Xiaomi open-sources MiMo-V2-Flash, a 309B-parameter model it says rivals DeepSeek-V3.2", "The Decoder", EN),
   "same_names", "the model release (ev-137) vs a broker's note on it (borderline for saga-level clustering; a reaction by another party)")
PI(18, ZH, X("卢伟冰谈罗福莉加盟：小米大模型应用进展远超预期", "第一财经", ZH), "same_names",
   "Lu Weibing's comment when asked about Luo Fuli (ev-133) vs his later remarks on AI growth (borderline; one of the two may be a re-report of the other, see notes14.md)")
PI(18, EN, X("Luo Fuli confirms she has joined Xiaomi's MiMo team", "Yicai Global", EN), "same_names",
   "Luo Fuli's own confirmation (12 Nov 2025, ev-131) vs Lu Weibing's remarks three weeks later")
PI(18, ZT, X("羅福莉首秀：AI發展如同空中樓閣", "經濟日報", ZT), "same_names",
   "Luo Fuli's first public appearance (17 Dec 2025, ev-137) vs Lu Weibing's remarks about her team")
PI(18, HI, X("शाओमी के AI मॉडल टीम की अगुआई करेंगी डीपसीक की लुओ फ़ुली: रिपोर्ट", "AIbase हिंदी", HI), "period",
   "Yicai's December 2024 report that she would join (ev-008) vs Lu Weibing's December 2025 remarks")
PI(15, EN, X("Xiaomi details MiMo-VL-Miloco-7B, its home-scene vision model, in a new technical report", "MarkTechPost", EN),
   "version", "the MiMo-VL-Miloco-7B technical report (19 Dec 2025, ev2-042) vs the Miloco framework's release a month earlier")
PI(19, EN, X("Xiaomi miclaw enters small closed beta as a MiMo-based phone agent", "AIbase", EN,
             "Xiaomi Technology officially announced today that its new AI interaction exploration product, based on the Xiaomi MiMo large model, Xiaomi miclaw (internal code name \"Crab\") has started a small-scale closed test.",
             "cf. https://news.aibase.com/news/25997 (lead verbatim; title written for this set)"),
   "same_names", "the miclaw closed beta (Mar 2026, ev-140) vs the December 2025 Mi Chat report")
PI(19, ZH, X("卢伟冰：小米正为海外市场打造AI助手 将与Gemini合作", "IT之家", ZH), "same_names",
   "Lu Weibing's overseas-assistant remarks (4 Mar 2026, ev9-030) vs the Mi Chat report")
PI(1, EN, X("Xiaomi unveils AI glasses with camera, live translation and 8-hour battery", "Tech Times", EN,
            "Xiaomi has entered the AI wearables sector with the launch of its Smart Audio Glasses, combining hands-free voice control, open-ear audio, and camera capabilities into a lightweight design under 40 grams—the weight of about 8 nickels.",
            "cf. https://www.techtimes.com/articles/311076/20250627/xiaomi-unveils-smart-audio-glasses-ai-camera-live-translation-8-hour-battery.htm (lead verbatim; title taken from the URL)"),
   "same_names", "the glasses' launch (26 Jun 2025, ev-124) vs the November 2024 report that they were in development (a report vs the actual launch)")
PI(1, ZH, X("小米AI眼镜正式发布 1999元起", "IT之家", ZH), "same_names", "the launch (ev-124) vs the development report")
PI(1, ZT, X("小米公關王化：「小米眼鏡」帳號早已註冊 非新品預告", "經濟日報", ZT), "same_names",
   "Wang Hua's February 2025 denial about a glasses account (ev12-019) vs the November 2024 report")
PI(1, HI, X("बायडू ने लॉन्च किए 16MP कैमरे वाले Xiaodu AI ग्लास", "गैजेट्स 360 हिंदी", HI), "same_type_other_actor",
   "Baidu's Xiaodu AI glasses unveiled the same week (12 Nov 2024, not in the sets) vs Xiaomi's reported glasses")
PI(4, EN, X("Morgan Stanley maintains Overweight on Xiaomi, sets HK$26 target", "Futu News", EN,
            "Morgan Stanley released a research report stating that it maintains a \"shareholding\" rating and expects more positive developments for Xiaomi in the next 12 months, so it sets a new target price of HKD 26.",
            "cf. https://news.futunn.com/post/47378180/credit-suisse-maintains-a-shareholding-rating-for-xiaomi-group-w (lead verbatim; title written for this set)"),
   "period", "Morgan Stanley's HK$26 target of 2024 (not in the sets) vs its HK$62 target of May 2025")
PI(4, ZH, X("交银国际首予小米“买入”评级 目标价60港元", "智通财经 快讯", ZH), "same_type_other_actor",
   "BOCOM International's Buy initiation (May 2025, not in the sets; cf. aastocks.com AAFN) vs Morgan Stanley's raise")
PI(5, EN, X("Xiaomi's 15th anniversary launch event kicks off with the XRING O1 chip",
            "Lei Jun Fans", EN,
            "With just hours to go before Xiaomi 15th Anniversary Strategic New Product Launch Event at 7 PM on May 22, 2025, the global tech community is fixated on this event dubbed a “technological turning point.”with many recalling the viral phrase “Are you ok Lei Jun?” as anticipation reaches its peak.",
            "cf. https://leijunfans.com/?p=269 (lead verbatim; title written for this set)"),
   "same_names", "the launch of XRING O1 (22 May 2025, ev-119) vs Lei Jun's posts that night and the next morning")
PI(28, EN, X("Lei Jun: deeply saddened by the SU7 crash, Xiaomi will not evade responsibility", "Reuters", EN), "same_names",
   "Lei Jun's post on the crash (1 Apr 2025, ev-114) vs his anniversary post five days later")
PI(3, EN, X("Xiaomi launches the YU7 SUV; Lei Jun says 200,000 orders in three minutes", "CnEVPost", EN), "same_names",
   "the YU7 launch (26 Jun 2025, ev-123) vs the March photo shoot")
PI(8, ZH, X("余承东：有的企业靠一款车就卖得很好", "界面新闻", ZH), "same_names",
   "Yu Chengdong's remark that prompted the reply (late May 2025, not in the sets) vs Lei Jun's post (a reaction by another party)")
PI(14, ZH, X("小米集团三季度经调整净利润113亿元 同比增长81%", "证券时报", ZH), "same_names",
   "the Q3 results (ev-132) vs the share fall eleven days before")

SET.write()
