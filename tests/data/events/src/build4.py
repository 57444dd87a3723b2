#!/usr/bin/env python3
"""Build events_holdout4.jsonl and lookalikes_holdout4.jsonl (fourth held-out set). Deterministic, stdlib only.

    python3 tests/data/events/src/build4.py

The hand-written events are in build4_events.py (next to this file); the two jsonl files are written one
folder up, next to check4.py.
"""
from heldout import HeldOut

SET = HeldOut(4)
P, PI = SET.pair, SET.pair_inline
BP_HI, BP_ZH, BP_EN = SET.source["BP_HI"], SET.source["BP_ZH"], SET.source["BP_EN"]

# ---- same_names: the same people or company, another action
P(3, "环球网", 6, "Korea JoongAng Daily", "same_names",
  "Foreign-ministry spokesman Guo Jiakun on 6 Feb 2025 (ministries blocking DeepSeek) vs on 17 Feb 2025 (the privacy regulator's download suspension): two answers at two briefings")
P(6, "观察者网", 3, "People's Daily Online (Xinhua)", "same_names",
  "Guo Jiakun on Seoul's suspension of DeepSeek downloads (17 Feb) vs his earlier comment on ministries' blocks (6 Feb)")
P(4, "Gadgets 360 (Reuters)", 3, "एबीपी न्यूज़", "same_names",
  "South Korea's spy agency accuses DeepSeek (9 Feb) vs Beijing's reply to South Korean ministries' blocks (6 Feb): another party, another step")
P(4, "参考消息", 6, "The Asia Business Daily", "same_names",
  "NIS warning about DeepSeek's data collection (9 Feb) vs China's response to the PIPC download suspension (17 Feb)")
P(8, "Asianet Newsable", 4, "दैनिक भास्कर", "same_names",
  "Report that DeepSeek holds engineers' passports to stop leaks (Mar 2025) vs South Korea's NIS saying DeepSeek collects too much user data (Feb 2025)")
P(5, "南方都市报", 6, "जनसत्ता", "same_names",
  "Same day, 17 Feb 2025: Shenzhen Futian deploys DeepSeek-based AI staff vs Beijing criticises South Korea's DeepSeek suspension")
P(2, "Hugging Face Blog", 26, "आज तक", "same_names",
  "Hugging Face's plan to reproduce DeepSeek-R1 openly (Jan 2025) vs DeepSeek itself expanding the R1 paper to 86 pages (Jan 2026)")
P(2, "量子位", 26, "Remio", "same_names",
  "Open-R1 reproduction project vs the official R1 paper update: both about R1's training recipe, a year apart, different actors")
P(26, "36Kr (新智元)", 17, "CT漫畫資訊", "same_names",
  "R1 paper expanded to 86 pages (Jan 2026) vs the V3.1 '极' token bug (Aug 2025): different DeepSeek developments")
P(18, "36Kr (English)", 15, "मनीकंट्रोल हिंदी", "same_names",
  "Liang Wenfeng on the TIME100 AI list (Aug 2025) vs Jensen Huang calling DeepSeek's models world class (Jul 2025)")
P(14, "Global Times", 15, "央视新闻", "same_names",
  "Huang and Lei Jun photographed beside a Xiaomi car (14 Jul) vs Huang's expo speech praising DeepSeek (16 Jul): same visit, different events")
P(14, "鉅亨網", 15, "Business Recorder (Reuters)", "same_names",
  "Huang meets Lei Jun in Beijing vs Huang hails Chinese AI models at the supply-chain expo two days later (borderline for saga-level clustering; one China trip, two developments)")
P(13, "第一财经", 12, "इंडिया टीवी", "same_names",
  "YU7 deliveries start in 58 cities (6 Jul) vs Lei Jun telling impatient YU7 buyers to consider rivals (2 Jul)")
P(12, "CnEVPost", 13, "न्यूज़18 हिंदी", "same_names",
  "Lei Jun's livestream advice on YU7 waits vs Lei Jun handing over the first YU7s: different actions four days apart")
P(1, "Teslarati", 11, "懂车帝", "same_names",
  "SU7 88,898 orders in 24 hours (Mar 2024) vs SU7 Ultra production Nürburgring lap (Jun 2025)")
P(11, "आज तक ऑटो", 1, "新浪财经", "same_names",
  "SU7 Ultra lap record vs SU7 first-day orders: same car family, different news")
P(19, "नवभारत टाइम्स", 29, "站长之家", "same_names",
  "Lei Jun's annual speech 'Change' (Sep 2025) vs his five NPC proposals (Mar 2026)")
P(29, "CnEVPost", 12, "香港01", "same_names",
  "Lei Jun's 2026 proposals on driver-assist rules vs his 2025 livestream advice to YU7 buyers")
P(19, "South China Morning Post", 20, "聯合新聞網", "same_names",
  "Lei Jun's annual speech at the Xiaomi 17 launch (25 Sep) vs the Xiaomi 17 first-sale record (27 Sep)")
P(20, "快科技", 16, "证券时报", "same_names",
  "Two Xiaomi sales records: Xiaomi 17 phones' first-day sales (Sep 2025) vs EV deliveries in July 2025")
P(11, "Dailyrevs", 16, BP_EN[0], "same_names",
  "SU7 Ultra production lap record (Jun 2025) vs record monthly EV deliveries (Jul 2025): two Xiaomi car 'records'")
P(22, "新华网", 23, "BigGo (iPrice)", "same_names",
  "Lu Weibing on memory costs pushing phone prices up in 2026 (Nov 2025 results call) vs Lu Weibing announcing an earlier, pricier 17 Ultra (Dec 2025 livestream)")
P(22, "Reuters", 23, "हिंदुस्तान", "same_names",
  "Lu Weibing's general price warning vs his 17 Ultra price and timing announcement a month later")
P(23, "BigGo (iPrice)", 24, "癮科技", "same_names",
  "17 Ultra early launch and price rise announced (20 Dec) vs the 17 Ultra actually launched (25 Dec): plan vs event")
P(23, "IT之家", 24, "नवभारत टाइम्स", "same_names",
  "Lu Weibing says 17 Ultra will come before Lunar New Year vs the China launch on Christmas Day")
P(27, "Notebookcheck", 28, "電腦王阿達", "same_names",
  "Barcelona launch date announced (20 Feb 2026) vs the Barcelona launch itself (28 Feb 2026)")
P(27, "快科技", 28, "इंडिया टुडे हिंदी", "same_names",
  "Date announcement for the global Xiaomi 17 event vs the global launch: announcement vs event")
P(25, "The Star (Reuters)", 30, "界面新闻", "same_names",
  "AGCM closes its DeepSeek-only hallucination probe (Jan 2026) vs AGCM closes three probes into DeepSeek, Mistral and NOVA AI (Apr 2026) (borderline for saga-level clustering; two separate closing decisions)")
P(30, "Logicity", 25, "जनसत्ता", "same_names",
  "April 2026 three-company closure vs January 2026 DeepSeek closure by the same Italian authority")
P(31, "VentureBeat", 26, "n1n.ai", "same_type_other_actor",
  "Xiaomi opens MiMo-V2.5-Pro weights (Apr 2026) vs DeepSeek expands its R1 paper (Jan 2026): another lab's openness move")
# ---- same_type_other_actor
P(2, "Technology News", 5, "From Inside Asia", "same_type_other_actor",
  "Hugging Face builds on DeepSeek-R1 (Jan 2025) vs Shenzhen Futian deploys DeepSeek-R1 staff (Feb 2025): another adopter")
P(31, "MLHive", 2, "數位時代", "same_type_other_actor",
  "Xiaomi releases MiMo-V2.5 open weights vs Hugging Face's Open-R1 reproduction of DeepSeek-R1: different actors' open releases")
P(7, "State AG Report", 9, "दैनिक जागरण", "same_type_other_actor",
  "21 state attorneys general ask Congress for a federal-device ban (6 Mar 2025) vs Oklahoma's own state-device ban (21 Mar 2025)")
P(7, "EIN Presswire (Office of the Attorney General of Virginia)", 21, "星岛日报", "same_type_other_actor",
  "Virginia AG joins the 21-state letter (Mar 2025) vs Louisiana governor's executive order (Oct 2025)")
P(4, "Digital Watch Observatory", 3, "TASS", "same_type_other_actor",
  "South Korea's NIS on DeepSeek data vs China's foreign ministry on DeepSeek data: two governments' statements, days apart")
P(15, "NewsBytes", 18, "澎湃新闻", "same_type_other_actor",
  "Huang praises DeepSeek at an expo vs Time names Liang Wenfeng: recognition from different parties")
P(17, "The Register", 26, "机器之心", "version",
  "DeepSeek-V3.1 token bug vs DeepSeek-R1 paper update: another model")
P(17, "गैजेट्स 360 हिंदी", 26, "Remio", "version",
  "V3.1 glitch (Aug 2025) vs R1 technical report update (Jan 2026)")
# ---- place: the same kind of ban in another state
P(9, "KRMG", 10, "टीवी9 भारतवर्ष", "place",
  "Oklahoma bans DeepSeek on state devices (21 Mar 2025) vs Alabama bans DeepSeek and Manus (26 Mar 2025)")
P(10, "澎湃新闻", 21, BP_HI[0], "place",
  "Alabama's state-network ban vs Louisiana's executive order for schools and agencies")
P(21, "Baton Rouge Business Report", 9, "新浪科技", "place",
  "Louisiana (Oct 2025) vs Oklahoma (Mar 2025) DeepSeek bans")
P(9, "The Oklahoman", 21, "MeriTalk SLG", "place",
  "Stitt's Oklahoma ban vs Landry's Louisiana order")
P(10, "AL.com", 9, "दैनिक जागरण", "place",
  "Alabama unauthorized-software list vs Oklahoma state-device ban, five days apart")
P(24, "GSMArena", 28, "Engadget", "place",
  "Xiaomi 17 Ultra launch in China (Dec 2025) vs the 17 and 17 Ultra global launch in Barcelona (Feb 2026)")
P(24, BP_ZH[0], 28, "新浪科技", "place",
  "17 Ultra China launch vs overseas launch")
P(20, "Gizmochina", 28, "इंडिया टुडे हिंदी", "place",
  "Xiaomi 17 series first sale in China (Sep 2025) vs the global launch in Barcelona (Feb 2026)")
# ---- period
P(3, "The Nation", 6, "The Asia Business Daily", "period",
  "China's foreign ministry on DeepSeek restrictions on 6 Feb vs on 17 Feb 2025: the same kind of reply eleven days apart")
P(25, "Devdiscourse", 30, "Competition Today", "period",
  "AGCM closing decisions of January 2026 vs April 2026")
P(13, "RideRadar", 16, "बिज़नेस स्टैंडर्ड हिंदी", "period",
  "First YU7 deliveries (6 Jul 2025) vs July 2025 monthly delivery total (1 Aug 2025)")
P(22, "經濟日報", 23, "Android Authority", "period",
  "Lu Weibing's price warning of November 2025 vs December 2025")
# ---- version: another model of one product line
P(1, "經濟日報", 11, "ETtoday", "version",
  "Xiaomi SU7 orders vs SU7 Ultra lap record: another model")
P(20, "Gizmochina", 24, "GSMArena", "version",
  "Xiaomi 17 series first sale vs Xiaomi 17 Ultra launch: another model in the 17 line")
P(20, "गैजेट्स 360 हिंदी", 24, BP_ZH[0], "version",
  "Xiaomi 17 / 17 Pro Max sales record vs Xiaomi 17 Ultra launch")
P(13, "CnEVPost", 1, "EconoTimes", "version",
  "YU7 deliveries (Jul 2025) vs SU7 orders (Mar 2024): another Xiaomi car")
P(31, "iThome", 17, "虎嗅", "same_type_other_actor",
  "Xiaomi MiMo-V2.5 weights vs DeepSeek-V3.1 bug: different companies' models")
# ---- boilerplate: one outlet's stock lead on unrelated stories
P(1, BP_HI[0], 7, BP_HI[0], "boilerplate", "Same Amar Ujala stock line; SU7 orders (2024) vs the attorneys-general letter on DeepSeek (2025)")
P(7, BP_HI[0], 21, BP_HI[0], "boilerplate", "Same Amar Ujala stock line; 21 AGs' letter vs Louisiana's order: two different DeepSeek restrictions")
P(1, BP_HI[0], 21, BP_HI[0], "boilerplate", "Same Amar Ujala stock line; SU7 orders vs Louisiana AI ban")
P(24, BP_ZH[0], 31, BP_ZH[0], "boilerplate", "Same ZOL stock line; Xiaomi 17 Ultra phone launch vs MiMo-V2.5 open weights: two Xiaomi stories")
P(16, BP_EN[0], 27, BP_EN[0], "boilerplate", "Same Moneycontrol stock line; Xiaomi July EV deliveries vs Xiaomi 17 global launch date")
# ---- inline real items of other developments
PI(24, "GSMArena", {"title": "Xiaomi 17 Ultra camera, design and launch timeline tipped: Here's what to expect",
                    "summary": "Xiaomi has confirmed plans to add a new model to its recently launched Xiaomi 17 series.",
                    "source": "Hindustan Times", "lang": "en",
                    "provenance": "cf. https://www.hindustantimes.com/technology/xiaomi-17-ultra-camera-design-and-launch-timeline-tipped-here-s-what-to-expect-101766054451976.html (lead verbatim; title taken from the URL)"},
   "same_names", "Teaser: 17 Ultra to launch in China 'next week' (mid-December 2025) vs the launch on 25 December: rumour vs release")
PI(24, "नवभारत टाइम्स", {"title": "Xiaomi 17 Ultra China launch set for December 25 with Starry Sky Green design",
                         "summary": "Xiaomi has officially confirmed that its next top-tier flagship, the Xiaomi 17 Ultra, will launch in China on December 25, 2025.",
                         "source": "TechBharat", "lang": "en",
                         "provenance": "cf. https://techbharat.in/xiaomi-17-ultra-china-launch-set-for-december-25-with-starry-sky-green-design/74591/ (lead verbatim; title taken from the URL)"},
   "same_names", "Launch date confirmed (22 Dec 2025) vs the launch (25 Dec 2025)")
PI(19, "搜狐财经", {"title": "雷军说要敢于对标世界：只有对标才能最终赶超",
                   "summary": "站长之家（ChinaZ.com）9月24日 消息:明日，雷军将开启个人年度演讲，主题定为《改变》。",
                   "source": "站长之家", "lang": "zh", "provenance": "https://www.chinaz.com/feed/0924/1711613.shtml"},
   "same_names", "Eve-of-speech preview and Lei Jun's comments (24 Sep 2025) vs the speech itself (25 Sep 2025)")
PI(19, "South China Morning Post", {"title": "雷軍年度演講前夕發文：造車與重啟造芯幾乎同時決策",
                                    "summary": "小米集團董事長兼CEO雷軍今（24）日上午在微博發文透露，造車與重啟造芯（晶片，下同）幾乎是同時做出的決策，當時把小米前十年積累下的資金「全押上」，形容自己就像「同時供養家裡兩個孩子上大學」，壓力巨大。",
                                    "source": "ETtoday", "lang": "zh-Hant",
                                    "provenance": "cf. https://www.ettoday.net/news/20250924/3039146.htm (lead verbatim; title written for this set)"},
   "same_names", "Lei Jun's Weibo warm-up post (24 Sep) vs the annual speech (25 Sep): a preview is a different development")
PI(15, "मनीकंट्रोल हिंदी", {"title": "Jensen Huang to attend China supply chain expo opening, his third China visit this year",
                            "summary": "Jensen Huang, CEO of US chip giant Nvidia, will attend the opening ceremony of the 3rd China International Supply Chain Expo (CISCE) in Beijing on Wednesday and participate in relevant activities at the invitation of the China Council for the Promotion of International Trade (CCPIT), CCTV reported on Tuesday.",
                            "source": "Global Times", "lang": "en",
                            "provenance": "cf. https://www.globaltimes.cn/page/202507/1338375.shtml (lead verbatim; title written for this set)"},
   "same_names", "Announcement that Huang will attend the expo (15 Jul 2025) vs his speech praising DeepSeek (16 Jul 2025)")

SET.write()
