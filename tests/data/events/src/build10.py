#!/usr/bin/env python3
"""Build events_holdout10.jsonl and lookalikes_holdout10.jsonl (tenth held-out set). Deterministic, stdlib only.

    python3 tests/data/events/src/build10.py

The hand-written events are in build10_events.py (next to this file); the two jsonl files are written one
folder up, next to check10.py.
"""
from heldout import HeldOut

SET = HeldOut(10)
P, PI = SET.pair, SET.pair_inline
BP_HI, BP_ZH, BP_EN = SET.source["BP_HI"], SET.source["BP_ZH"], SET.source["BP_EN"]
S = "synthetic"

# ---- the first-funding saga of 2025: reports, denials, refusals
P(7, "The Information (via Pulse News)", 8, "腾讯科技", "same_names",
  "DeepSeek funding, 19 vs 20 Feb 2025: The Information's report that it weighs outside money vs the company's denial the next day (borderline for saga-level clustering; a reaction by the company named in the report)")
P(8, "South China Morning Post", 7, "Reuters (CNA)", "same_names",
  "DeepSeek shoots down the fundraising talk (20 Feb) vs Reuters relaying The Information's report (19 Feb)")
P(8, "LINE TODAY", 7, "快訊 (glaucomaclinical)", "same_names",
  "DeepSeek否認融資消息 vs 外媒：DeepSeek考慮首次外部融資, both zh-Hant, a day apart")
P(5, "Reuters (CNA)", 7, "AnewZ", "same_names",
  "Alibaba's VP calls reports of an Alibaba investment fake (7 Feb 2025) vs The Information saying Alibaba is interested (19 Feb)")
P(8, "Reuters", 5, "Devdiscourse", "same_type_other_actor",
  "Two denials of DeepSeek investment stories: DeepSeek's own (20 Feb) vs Alibaba's (7 Feb)")
P(5, "澎湃新闻", 8, BP_ZH[0], "same_type_other_actor",
  "阿里辟谣投资DeepSeek (7 Feb) vs DeepSeek回应融资传闻 (20 Feb), both zh")
P(9, "GZERO Media", 7, "The Information (via Pulse News)", "same_names",
  "WSJ: Liang Wenfeng rebuffs investors (10 Mar 2025) vs The Information: DeepSeek weighs outside money (19 Feb)")
P(9, "每日消费报", 8, BP_ZH[0], "same_names",
  "梁文锋婉拒腾讯、阿里投资 (WSJ, Mar) vs DeepSeek回应融资传闻：纯属谣言 (Feb), both zh")
P(9, "लाइव हिंदुस्तान", 8, "अमर उजाला", "same_names",
  "Liang turns down Alibaba and Tencent (hi) vs DeepSeek calls the funding news a rumour (hi)")
P(6, "Pandaily", 5, "Devdiscourse", "same_names",
  "DeepSeek in February 2025: Lei Jun praises it in his Lantern Festival livestream vs Alibaba denies investing in it")
# ---- Kai-Fu Lee on DeepSeek, two interviews five days apart
P(10, "NWZ", 11, "Reuters (FinanceTOM)", "same_names",
  "Kai-Fu Lee on DeepSeek twice in a week: Bloomberg TV (20 Mar 2025, only three Chinese model makers will survive) vs a Reuters interview (25 Mar, the gap with the US is three months)")
P(11, "香港01", 10, "工商時報", "same_names",
  "李開復：中美AI差距僅剩3個月 vs 李開復：美國制裁沒奏效, both zh-Hant")
P(10, "新浪科技", 11, "路透中文网", "same_names", "李开复：只剩三家 vs 李开复：差距缩小到三个月, both zh")
P(11, "इंडिया टीवी", 10, "एनडीटीवी इंडिया", "same_names", "Three-month gap (hi) vs only three will survive (hi)")
P(10, "Investing.com", 11, "Malay Mail", "same_names",
  "Lee questions OpenAI's business model (Bloomberg TV) vs Lee on DeepSeek shrinking the China-US gap (Reuters)")
# ---- Lei Jun's livestreams
P(1, "PulseStacks", 2, "CnEVPost", "same_names",
  "Lei Jun livestreams: the April 2024 Q&A at the delivery centre vs the July 2024 post-speech stream with the SU7 Ultra timing")
P(4, "South China Morning Post", 1, "NBD Motors (laitimes)", "same_names",
  "Lei Jun answers netizens: the staged nap photo (Nov 2024) vs the 'not a top scorer, no 4 billion' rumours (Apr 2024)")
P(6, "第一财经", 4, "微史堂财经", "same_names",
  "雷军直播两次：元宵节谈DeepSeek (Feb 2025) vs 回应车间睡觉照 (Nov 2024), both zh")
P(2, "快科技", 6, "第一财经", "same_names", "雷军直播：SU7 Ultra量产时间 vs 钦佩DeepSeek, both zh")
P(6, "ज़ी न्यूज़ हिंदी", 4, "आज तक", "same_names", "Lei Jun on DeepSeek (hi) vs Lei Jun on the nap photo (hi)")
P(1, "Lujuba", 4, "星島日報", "same_names", "雷軍直播回應熱點 (Apr 2024) vs 雷軍坦言工廠打盹照是擺拍 (Nov 2024), both zh-Hant")
# ---- Xiaomi's months, phones and a lawsuit
P(13, "CnEVPost", 14, "CnEVPost", "period", "Xiaomi's monthly deliveries: March 2025 (>29,000) vs April 2025 (>28,000), same outlet")
P(14, "NNZCW", 13, "YTOBIM", "period", "小米汽车4月交付超2.8万 vs 3月交付超2.9万, both zh")
P(13, "हिंदुस्तान ऑटो", 14, "ऑटो आजतक", "period", "March deliveries (hi) vs April deliveries (hi)")
P(14, "Reuters", 15, "CNBC AI News (aicnbc)", "same_names", "Xiaomi in May 2025: April deliveries vs Baidu's unfair-competition suit")
P(15, "聯合新聞網", 13, "經濟日報", "same_names", "百度告小米 vs 小米汽車3月交付, both zh-Hant")
P(17, "IT之家", 18, "财联社", "same_names",
  "Lu Weibing on the Xiaomi 17: announcing the September launch (15 Sep 2025) vs reporting sales after 20 days (15 Oct)")
P(18, "Gizmochina", 17, "Gizmochina", "same_names", "Xiaomi 17 sales up a fifth vs Xiaomi 17 launch confirmed, same outlet")
P(17, "聯合報", 18, "界面新聞 (reprint)", "same_names", "小米17系列9月登場 vs 小米17系列銷量同比增逾20%, both zh-Hant")
P(18, "गैजेट्स 360 हिंदी", 17, "टीवी9 भारतवर्ष", "same_names", "Xiaomi 17 sales (hi) vs Xiaomi 17 launch announced (hi)")
# ---- rich lists and valuation rankings
P(12, "大公報", 19, "香港01", "period",
  "Hurun's two 2025 lists: the Global Rich List (27 Mar, Lei Jun eighth in China) vs the China Rich List (28 Oct, Lei Jun fifth), both zh-Hant")
P(12, "Bloomberg", 19, "South China Morning Post", "period", "Hurun Global Rich List (Mar) vs Hurun China Rich List (Oct)")
P(19, BP_HI[0], 12, "ज़ी बिज़नेस", "period", "Hurun China list (hi) vs Hurun Global list (hi)")
P(16, "South China Morning Post", 12, "Mint", "same_type_other_actor",
  "Rich lists by two compilers: New Fortune 500 (Jun 2025, Liang tenth) vs Hurun Global (Mar 2025, Liang's debut)")
P(16, "新财富 (forum repost)", 19, "第一财经", "same_type_other_actor", "新财富500创富榜 (Jun) vs 胡润百富榜 (Oct), both zh")
P(19, "Business Standard", 16, "Caixin Global", "same_type_other_actor", "Hurun China Rich List vs New Fortune 500 list")
P(12, "DTM", 16, "華博商業評論", "same_type_other_actor", "胡润全球富豪榜：雷军首进前十 (zh) vs 新財富榜：雷軍、梁文鋒躋身前十 (zh-Hant)")
P(21, "Yicai Global", 16, "South China Morning Post", "same_names",
  "DeepSeek valued at 1.05 trillion yuan on a unicorn list (Dec 2025) vs Liang's debut in a rich list's top ten (Jun)")
P(21, "鉅亨網", 29, "信報", "same_names",
  "DeepSeek's value: the Global Unicorn 500 (1.05 trillion yuan, Dec 2025) vs the Big Fund's talks at $45 billion (May 2026)")
# ---- DeepSeek V4: reports before the release, partners on release day
P(24, "松松网", 25, "财联社", "version",
  "V4 timing: The Information's mid-February target (9 Jan 2026) vs the FT's 'next week' (27 Feb)")
P(25, "Financial Times (China Strategy reprint)", 24, "The Decoder", "version", "V4 before the Two Sessions (FT) vs V4 around Lunar New Year (The Information)")
P(24, "आज तक", 25, "नवभारत टाइम्स", "version", "V4 in February (hi) vs V4 next week (hi)")
P(25, "中央社", 24, "科技新報", "version", "DeepSeek V4下週登場 vs 傳DeepSeek春節前後推V4, both zh-Hant")
P(27, "Let's Data Science", 28, "DigiTimes Asia", "same_type_other_actor",
  "Release-day V4 support by two Chinese chipmakers: Huawei Ascend vs Cambricon")
P(28, "科创板日报", 27, "证券时报", "same_type_other_actor", "寒武纪适配V4 vs 昇腾支持V4, both zh")
P(27, "工商時報", 28, "鉅亨網", "same_type_other_actor", "華為昇騰支援V4 vs 寒武紀首日適配V4, both zh-Hant")
P(28, "बिज़नेस स्टैंडर्ड हिंदी", 27, "न्यूज़18 हिंदी", "same_type_other_actor", "Cambricon (hi) vs Huawei (hi)")
P(25, "Financial Times (China Strategy reprint)", 27, "TechRepublic", "same_names",
  "FT: V4 optimised with Huawei and Cambricon (27 Feb) vs Huawei announcing Ascend support on release day (24 Apr)")
P(23, "AP (MyMotherLode)", 24, "Reuters", "same_names",
  "DeepSeek, 8 vs 9 Jan 2026: Microsoft's adoption report vs The Information's V4 report")
P(26, "Tech in Asia (Nestia)", 24, "Reuters", "same_names", "Data-centre job ads (Apr 2026) vs the January V4 report")
# ---- the 2026 round
P(26, "CnTechPost", 29, "BlockAI News", "same_names", "DeepSeek's Ulanqab data-centre plan (Apr 2026) vs its $45B funding talks (May)")
P(29, "TechCrunch (via AIStart)", 30, "Juhe", "version",
  "First round: talks at about $45B led by the Big Fund (May 2026) vs the round closed at over 50 billion yuan (June)")
P(30, "MarsBit (HTX)", 29, "节点财经 (HTX)", "version", "完成超500亿元融资 vs 450亿美元估值, both zh on one platform")
P(29, "信報", 30, "明報", "version", "大基金擬領投 vs 首輪融資完成, both zh-Hant")
P(30, "मनीकंट्रोल हिंदी", 29, BP_HI[0], "version", "Round completed (hi) vs $45B talks (hi)")
P(7, "The Information (via Pulse News)", 29, "BlockAI News", "period",
  "DeepSeek's first outside money: weighed in Feb 2025 vs sought at $45B in May 2026")
P(9, "Cryptopolitan", 30, "PulseAugur", "period", "Liang rebuffs investors (Mar 2025) vs the first round closes (Jun 2026)")
# ---- Xiaomi's models
P(3, "Gizmochina", 22, "机器之心", "same_names", "Xiaomi's in-house models: MiLM2 (Nov 2024) vs the MiMo-V2-Flash technical report (Jan 2026)")
P(22, "arXiv (LLM-Core Xiaomi)", 3, "Pandaily", "same_names", "MiMo-V2-Flash technical report vs MiLM2 announcement")
P(3, "iThome", 22, "iThome", "same_names", "小米MiLM2亮相 vs 小米公開MiMo-V2-Flash技術報告, same outlet")
# ---- across languages
P(7, "बिज़नेस स्टैंडर्ड हिंदी", 8, "腾讯科技", "same_names", "DeepSeek weighs outside money (hi, 19 Feb 2025) vs DeepSeek calls the funding talk a rumour (zh, 20 Feb)")
P(8, "अमर उजाला", 7, "Reuters (CNA)", "same_names", "Denial (hi) vs The Information's report relayed by Reuters (en)")
P(5, "मनीकंट्रोल हिंदी", 8, "South China Morning Post", "same_type_other_actor", "Alibaba denies investing (hi, 7 Feb) vs DeepSeek denies fundraising (en, 20 Feb)")
P(9, "中央社", 7, "The Information (via Pulse News)", "same_names", "梁文鋒婉拒騰訊阿里入股 (zh-Hant, Mar) vs DeepSeek weighs outside money (en, Feb)")
P(10, "एनडीटीवी इंडिया", 11, "Reuters (FinanceTOM)", "same_names", "Lee: only three will survive (hi, 20 Mar) vs Lee: a three-month gap (en, 25 Mar)")
P(11, "香港01", 10, "NWZ", "same_names", "李開復：中美AI差距僅剩3個月 (zh-Hant) vs Lee foresees three dominant models (en)")
P(1, "नवभारत टाइम्स", 4, "微史堂财经", "same_names", "Lei Jun's April 2024 livestream (hi) vs his November 2024 nap-photo livestream (zh)")
P(6, "澎湃新聞 (reprint)", 2, "CnEVPost", "same_names", "雷軍欽佩DeepSeek (zh-Hant, Feb 2025) vs Lei Jun's SU7 Ultra timing livestream (en, Jul 2024)")
P(13, "CnEVPost", 14, "NNZCW", "period", "March deliveries (en) vs April deliveries (zh)")
P(14, "ऑटो आजतक", 13, "經濟日報", "period", "April deliveries (hi) vs March deliveries (zh-Hant)")
P(15, "जनसत्ता", 14, "CnEVPost", "same_names", "Baidu sues Xiaomi (hi) vs Xiaomi's April deliveries (en)")
P(17, "Gizmochina", 18, "界面新聞 (reprint)", "same_names", "Xiaomi 17 launch confirmed (en, 15 Sep) vs 17-series sales up over 20% (zh-Hant, 15 Oct)")
P(20, "快科技", 18, "Gizmochina", "same_names", "POCO F8巴厘岛全球发布 (zh) vs Xiaomi 17 sales up a fifth (en)")
P(12, "大公報", 19, "Business Standard", "period", "Hurun Global Rich List (zh-Hant, Mar 2025) vs Hurun China Rich List (en, Oct 2025)")
P(16, "प्रभात खबर", 12, "Bloomberg", "same_type_other_actor", "New Fortune list (hi, Jun) vs Hurun Global list (en, Mar)")
P(21, "अमर उजाला", 29, "BlockAI News", "same_names", "DeepSeek sixth on the unicorn list (hi, Dec 2025) vs DeepSeek eyes a $45B valuation (en, May 2026)")
P(24, "Reuters", 25, "中央社", "version", "V4 in mid-February (en, Jan) vs V4 next week (zh-Hant, 27 Feb)")
P(25, "नवभारत टाइम्स", 24, "松松网", "version", "V4 next week (hi) vs DeepSeek 正在憋大招 (zh, Jan)")
P(26, "इकोनॉमिक टाइम्स हिंदी", 24, "The Decoder", "same_names", "Ulanqab data-centre jobs (hi, Apr 2026) vs V4 coming mid-February (en, Jan)")
P(23, "观察者网", 26, "CnTechPost", "same_names", "微软报告：DeepSeek在发展中国家普及 (zh, Jan) vs DeepSeek plans an Inner Mongolia data centre (en, Apr)")
P(27, "证券时报", 28, "DigiTimes Asia", "same_type_other_actor", "昇腾支持V4 (zh) vs Cambricon adapts V4 (en), same day")
P(28, "BestHub", 27, "न्यूज़18 हिंदी", "same_type_other_actor", "Cambricon's day-zero V4 support (en) vs Huawei Ascend runs V4 (hi)")
P(29, "BlockAI News", 30, "MarsBit (HTX)", "version", "$45B talks (en, May 2026) vs 完成超500亿元融资 (zh, June)")
P(30, "明報", 29, "TechCrunch (via AIStart)", "version", "首輪融資完成 (zh-Hant) vs DeepSeek could hit a $45B valuation (en)")
P(22, "डिजिट हिंदी", 3, "IT之家", "same_names", "MiMo-V2-Flash technical report (hi, Jan 2026) vs 小米MiLM2 (zh, Nov 2024)")
# ---- boilerplate: one outlet's stock line on unrelated stories
P(8, BP_ZH[0], 14, BP_ZH[0], "boilerplate", "Same 中国经济网 stock line; DeepSeek's funding denial vs Xiaomi's April deliveries")
P(14, BP_ZH[0], 26, BP_ZH[0], "boilerplate", "Same 中国经济网 stock line; Xiaomi deliveries vs DeepSeek's data-centre hiring")
P(11, BP_EN[0], 15, BP_EN[0], "boilerplate", "Same Business Today stock line; Kai-Fu Lee on DeepSeek vs Baidu suing Xiaomi")
P(15, BP_EN[0], 23, BP_EN[0], "boilerplate", "Same Business Today stock line; Baidu's lawsuit vs Microsoft's DeepSeek report")
P(19, BP_HI[0], 20, BP_HI[0], "boilerplate", "Same Dainik Bhaskar stock line; Hurun rich list vs Poco F8 launch")
P(20, BP_HI[0], 29, BP_HI[0], "boilerplate", "Same Dainik Bhaskar stock line; Poco F8 launch vs DeepSeek's $45B round")
# ---- items written inline (real events of the earlier sets or outside them)
PI(30, "Juhe", {"title": "DeepSeek lines up its first outside money: a $7bn round at up to $59bn",
                "summary": "DeepSeek, the Chinese AI lab that has operated without outside investment for 18 months, is raising approximately $7 billion in its first external funding round at a valuation between $52 billion and $59 billion.",
                "source": "WPNews", "lang": "en",
                "provenance": "https://wpnews.pro/news/deepseek-lines-up-its-first-outside-money-a-7bn-round-at-up-to-59bn.json"},
   "version", "The round closed (mid-June 2026) vs reports that DeepSeek was preparing it (3-5 June, ev-101) (borderline for saga-level clustering; preparing vs completed)")
PI(29, "BlockAI News", {"title": "DeepSeek seeks $20B valuation to stem researcher exodus",
                        "summary": "Chinese AI startup DeepSeek is raising funds for the first time, aiming for a $20 billion valuation as it attempts to retain researchers defecting to better-funded rivals.",
                        "source": "TechText News", "lang": "en",
                        "provenance": "cf. https://www.techtextnews.com/deepseek-seeks-20b-valuation-to-stem-researcher-exodus-mobf9qcjdoks (summary verbatim; the page's upper-case headline set in title case)"},
   "version", "Talks at about $45B (May 2026) vs the FT's April report of a first raise targeting $20B (an earlier stage, next to ev-093)")
PI(27, "Let's Data Science", {"title": "DeepSeek-V4 is adapted to run on Huawei chips",
                              "summary": "DeepSeek officially released its fourth-generation model, DeepSeek-V4, on Friday, April 24, 2026.",
                              "source": "Lapaas Voice", "lang": "en",
                              "provenance": "https://voice.lapaas.com/deepseek-v4-is-adapted-to-run-on-huawei-chips/?amp=1"},
   "same_names", "Huawei's Ascend support announcement vs a release-first report of V4 itself (ev-095) whose headline names Huawei chips (borderline for saga-level clustering; a release and a partner's same-day support)")
PI(27, "证券时报", {"title": "华为昇腾0day支持DeepSeek-V3.2-Exp", "summary": "", "source": "界面新闻", "lang": "zh", "provenance": S},
   "version", "Ascend support for V4 (Apr 2026) vs for V3.2-Exp (Sep 2025, ev3-012)")
PI(25, "中央社", {"title": "路透：DeepSeek測試V4 讓華為搶先適配、未給輝達", "summary": "", "source": "自由時報", "lang": "zh-Hant", "provenance": S},
   "same_names", "The FT's 'V4 next week' (27 Feb 2026) vs Reuters' report two days earlier that DeepSeek gave Huawei early access (ev-085) (borderline for saga-level clustering; two outlets' reports two days apart)")
PI(26, "Tech in Asia (Nestia)", {"title": "Liang Wenfeng tells staff DeepSeek V4 will launch in late April", "summary": "",
                                 "source": "IT Home (English)", "lang": "en", "provenance": S},
   "same_names", "Same day, 10 Apr 2026: data-centre job ads vs IT Home's report on the V4 timing (ev-091)")
PI(4, "South China Morning Post", {"title": "Xiaomi CEO posts photo of himself sleeping on factory floor like Elon Musk",
                                   "summary": "Xiaomi CEO Lei Jun celebrated the milestone of producing 100,000 SU7 electric cars by taking a photo of himself sleeping on the factory floor, similar to Elon Musk when producing Tesla Model 3.",
                                   "source": "Meyeucon24h", "lang": "en",
                                   "provenance": "https://meyeucon24h.com/xiaomi-ceo-posts-photo-of-himself-sleeping-on-factory-floor-like-elon-musk"},
   "same_names", "The photo posted with the 100,000th SU7 (13 Nov 2024, ev-105) vs Lei Jun's livestream calling it staged the next day (borderline for saga-level clustering; a follow-up statement)")
PI(2, "CnEVPost", {"title": "Lei Jun's 2024 annual speech: 'audacity' and the making of the SU7", "summary": "",
                   "source": "Pandaily", "lang": "en", "provenance": S},
   "same_names", "The post-speech livestream (23 Jul 2024) vs the annual speech itself (19 Jul, ev-192)")
PI(6, "第一财经", {"title": "抖音副总裁解释为何中断雷军开车直播", "summary": "", "source": "界面新闻", "lang": "zh", "provenance": S},
   "same_names", "Lei Jun addresses the Douyin cut-off in his Lantern stream (12 Feb 2025) vs Douyin's vice president explaining it (27 Jan, ev-195)")
PI(17, "IT之家", {"title": "小米17发布!雷军年度演讲 谈小米如何“逆天改命”",
                 "summary": "“过去的5年,无论是对小米,还是对我个人,都是一场彻底的蜕变!”9月25日,小米创始人、CEO雷军在第六次年度演讲暨小米17系列发布会中表示。",
                 "source": "证券时报网", "lang": "zh", "provenance": "http://61.152.230.22/news,cjpl,56047152.html"},
   "version", "The Xiaomi 17 series announced for September (15 Sep 2025) vs launched at Lei Jun's speech (25 Sep, ev-129)")
PI(18, "财联社", {"title": "小米17全系開賣5分鐘破紀錄",
                 "summary": "對標蘋果iPhone 17的小米17系列旗艦機型27日開賣，小米公關部總經理王化在微博發文指出，小米17全系開賣5分鐘，刷新2025年大陸國產手機全價位新機系列，首銷全天銷量、銷售額紀錄。",
                 "source": "聯合新聞網", "lang": "zh-Hant",
                 "provenance": "cf. https://udn.com/news/story/7333/9033488 (lead verbatim; title written for this set)"},
   "same_names", "Sales after 20 days (15 Oct 2025) vs the first-day sales records (27 Sep, ev4-020)")
PI(20, "Software77", {"title": "Redmi K90 Pro Max launched in China with Snapdragon 8 Elite Gen 5 and a Bose speaker", "summary": "",
                      "source": "Gadgets 360", "lang": "en", "provenance": S},
   "place", "Poco F8 Pro/Ultra launched globally in Bali (26 Nov 2025) vs their Chinese originals launched in China (23 Oct, ev5-020)")
PI(20, "Hindustan Times", {"title": "Poco F8 series global launch date announced: Know what specifications and features to expect",
                           "summary": "Poco is launching new generation F series models, the Poco F8 Pro and F8 Ultra.",
                           "source": "HT Tech", "lang": "en",
                           "provenance": "cf. https://tech.hindustantimes.com/tech/news/poco-f8-series-global-launch-date-announced-know-what-specifications-and-features-to-expect-71763374586681.html (lead verbatim; title taken from the URL)"},
   "version", "The launch date announced (17 Nov 2025) vs the launch (26 Nov)")
PI(22, "机器之心", {"title": "罗福莉执掌小米大模型首秀!定调下一代模型,全新 MiMo-V2 开源还横扫 Agent 第一梯队",
                  "summary": "今天上午,在 2025 小米人车家全生态合作伙伴大会上,罗福莉首次公开亮相,Title 是 Xiaomi MiMo 大模型负责人",
                  "source": "InfoQ", "lang": "zh", "provenance": "https://www.infoq.cn/article/h4z0Jtcxg8yai3dRpLeP"},
   "same_names", "MiMo-V2-Flash: the release and Luo Fuli's debut (17 Dec 2025, ev-137) vs the arXiv technical report (Jan 2026) (borderline for saga-level clustering; one model, two stages)")
PI(3, "Gizmochina", {"title": "Xiaomi launches its first inference open-source large model Mimo! With 7 billion parameters, it surpasses OpenAI o1-mini and Alibaba QwQ-32B-Preview",
                     "summary": "Under the same reinforcement learning (RL) training data conditions, MiMo-7B demonstrates a significantly superior reinforcement learning potential in mathematics and coding compared to other widely used models in the industry, including well-known RL starter models such as DeepSeek-R1-Distill-7B and Qwen2.5-32B",
                     "source": "Wallstreetcn (LongBridge)", "lang": "en", "provenance": "https://web-origin.lbkrs.com/news/238192177"},
   "same_names", "Xiaomi's second-generation MiLM2 (Nov 2024) vs its first MiMo reasoning model (Apr 2025, ev-116)")
PI(12, "Bloomberg", {"title": "Xiaomi chief executive Lei Jun disavows being richest person in China",
                     "summary": "Xiaomi co-founder and Chief Executive Officer Lei Jun publicly disputed recent speculation that he had replaced Nongfu Spring co-founder Zhong Shanshan as the richest person in China.",
                     "source": "XiaomiTime", "lang": "en",
                     "provenance": "https://xiaomitime.com/xiaomi-chief-executive-lei-jun-disavows-being-richest-person-in-china-24181"},
   "same_names", "Hurun ranks Lei Jun eighth in China (Mar 2025) vs Lei Jun calling the 'China's richest' claim fake news (Feb 2025, ev-109)")
PI(16, "प्रभात खबर", {"title": "梁文锋入选《时代》2025年度全球AI百大人物",
                     "summary": "《时代》周刊近日正式揭晓“2025年度全球AI领域100位最具影响力人物”(TIME100 AI)榜单,华为创始人任正非、深度求索(DeepSeek)首席执行官梁文锋、宇树科技首席执行官王兴兴、小马智行创始人彭军等多名中国企业家入选。",
                     "source": "证券时报", "lang": "zh",
                     "provenance": "cf. https://www.stcn.com/article/detail/3316276.html (lead verbatim; title written for this set)"},
   "same_names", "Liang on New Fortune's rich list (Jun 2025) vs on TIME100 AI (Aug 2025, ev4-018)")
PI(23, "Storyboard18", {"title": "a16z consumer AI report ranks DeepSeek fourth on the web", "summary": "",
                        "source": "VentureBeat", "lang": "en", "provenance": S},
   "same_type_other_actor", "Microsoft's adoption report (Jan 2026) vs a16z's Top 100 consumer AI apps ranking (Mar 2026, ev7-027)")
PI(10, "NWZ", {"title": "Kai-Fu Lee's 01.AI drops its own models to build on DeepSeek",
               "summary": "Kai-Fu Lee, former head of Google China, is pivoting his AI startup, 01.AI, to fully embrace the open-source Deepseek model, claiming it poses an existential threat to OpenAI's business model.",
               "source": "AIbase", "lang": "en",
               "provenance": "cf. https://aibase.com/news/16521 (lead verbatim; title written for this set; the day of the SCMP interview was not checked)"},
   "same_names", "Lee's Bloomberg TV interview (20 Mar 2025) vs his SCMP interview on 01.AI's pivot to DeepSeek (March 2025, not an event of the sets)")

SET.write()
