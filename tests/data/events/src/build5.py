#!/usr/bin/env python3
"""Build events_holdout5.jsonl and lookalikes_holdout5.jsonl (fifth held-out set). Deterministic, stdlib only.

    python3 tests/data/events/src/build5.py

The hand-written events are in build5_events.py (next to this file); the two jsonl files are written one
folder up, next to check5.py.
"""
from heldout import HeldOut

SET = HeldOut(5)
P, PI = SET.pair, SET.pair_inline
BP_HI, BP_ZH, BP_EN = SET.source["BP_HI"], SET.source["BP_ZH"], SET.source["BP_EN"]

# ---- same_names: the same people or company, another action
P(1, "Reuters (Global Banking & Finance Review)", 2, "NL Times", "same_names",
  "Dutch privacy regulator AP opens a probe and warns users (31 Jan 2025) vs the Dutch government bans DeepSeek for civil servants (6 Feb 2025): another Dutch body, another step (borderline for saga-level clustering; one country's response, two decisions)")
P(2, "澎湃新闻", 1, "中央社", "same_names",
  "Netherlands civil-servant ban vs the AP's earlier warning and investigation")
P(1, "नवभारत टाइम्स", 2, "DutchNews.nl", "same_names",
  "Dutch probe (AP) vs Dutch civil-servant ban, six days apart")
P(3, "聯合早報", 17, "經濟通", "same_names",
  "DeepSeek's notice on impersonating social-media accounts (6 Feb 2025) vs its statement on fraudsters selling 'compute leasing' and 'equity financing' in its name (17 Sep 2025)")
P(17, "South China Morning Post", 3, "South China Morning Post", "same_names",
  "Same outlet, same company warning about impersonators: September 2025 fraud statement vs February 2025 fake-account notice")
P(3, "एनडीटीवी इंडिया", 17, "एनडीटीवी इंडिया", "same_names",
  "Two NDTV India reports on two DeepSeek anti-impersonation notices seven months apart")
P(4, "Apple Core Trends", 5, "AInvest", "same_names",
  "The Information's report that Apple chose Alibaba over DeepSeek (11 Feb 2025) vs Joe Tsai confirming the partnership in Dubai (13 Feb 2025): report vs confirmation")
P(5, "鉅亨網", 4, "新浪科技", "same_names",
  "Tsai's confirmation vs the earlier media report of the Apple-Alibaba choice")
P(4, "ज़ी बिज़नेस", 5, "CNBC", "same_names",
  "Report that Apple picked Alibaba and rejected DeepSeek vs Alibaba's chairman confirming the deal two days later")
P(5, "第一财经", 8, "Dunya News (Reuters)", "same_names",
  "Alibaba confirms Apple AI partnership (Feb 2025) vs Alibaba among buyers of $16bn of Nvidia H20 chips (Apr 2025)")
P(13, "Korea JoongAng Daily", 22, "Meyka", "same_names",
  "Xiaomi shares surge after the YU7 launch (27 Jun 2025) vs Xiaomi shares surge as CPCA data show it outsold Tesla in October (10 Nov 2025): two share moves, two triggers")
P(13, "इकोनॉमिक टाइम्स हिंदी", 26, "世界日報", "same_names",
  "Lei Jun's wealth after the June 2025 share record vs Lei Jun's 2026 delivery target livestream")
P(21, "Headline Adda", 22, "ऑटो आज तक", "same_names",
  "Xiaomi's own October delivery figure (>40,000, 1 Nov) vs CPCA's October retail data showing Xiaomi ahead of Tesla (10 Nov): another party's data, another finding")
P(22, "汽车之家", 21, "第一电动网", "same_names",
  "CPCA retail ranking vs Xiaomi's delivery announcement for the same month")
P(25, "MEXC News", 29, "Reportify", "same_names",
  "500,000th car and Lei Jun's 400,000+ forecast (20 Nov) vs Lu Weibing saying the 350,000 target will be met this week (18 Nov)")
P(29, "am730", 25, "聯合新聞網", "same_names",
  "Lu Weibing on the Q3 call (350,000 target this week, lower margins in 2026) vs Lei Jun at the 500,000th-car ceremony two days later")
P(25, "新浪科技", 26, "NEWS18A", "same_names",
  "Lei Jun at the 500,000th-car line-off (Nov 2025) vs Lei Jun's New Year livestream with the 2026 target (Jan 2026)")
P(26, "世界日報", 25, "ऑटो आज तक", "same_names",
  "2026 target of 550,000 and 2025 deliveries above 410,000 (Jan 2026) vs the forecast of more than 400,000 for 2025 at the 500,000th car (Nov 2025)")
P(26, "NEWS18A", 29, "मनीकंट्रोल हिंदी", "same_names",
  "Lei Jun's 2026 target vs Lu Weibing's 2025 target and margin outlook: two executives, two occasions")
P(30, "Gizmochina", 20, "GSMArena", "same_names",
  "Redmi K90 Pro Max design and launch month announced (Oct 17) vs the K90 series launched (Oct 23): plan vs event")
P(20, "IT之家", 30, "Notebookcheck", "same_names",
  "K90 series launch vs the earlier K90 Pro Max teaser")
P(30, "इंडिया टीवी", 20, BP_ZH[0], "same_names",
  "Launch-date announcement vs launch of the Redmi K90 Pro Max")
P(18, "Reuters", 23, "Focus Taiwan", "place",
  "US government (NIST CAISI) evaluation of DeepSeek models (30 Sep 2025) vs Taiwan's National Security Bureau inspection of five Chinese AI apps (16 Nov 2025)")
P(23, "自由時報", 18, "观察者网", "place",
  "Taiwan NSB inspection vs US NIST evaluation")
P(24, "The Hacker News", 18, "The Global Practice", "same_type_other_actor",
  "CrowdStrike's finding on insecure code for politically sensitive prompts vs NIST CAISI's evaluation of DeepSeek's security: another tester")
P(23, "Indian News Network (ANI)", 24, "FreeBuf", "same_type_other_actor",
  "Taiwan NSB (16 Nov) vs CrowdStrike (20 Nov): two security findings on DeepSeek in one week, different actors")
P(24, "FreeBuf", 23, "环球网", "same_type_other_actor",
  "CrowdStrike research vs Taiwan NSB warning")
P(24, "इंडिया टुडे हिंदी", 23, "दैनिक भास्कर", "same_type_other_actor",
  "CrowdStrike on DeepSeek-R1 code vs Taiwan's spy agency on five Chinese AI apps")
P(18, "एबीपी न्यूज़", 24, "Uyghur Times", "same_type_other_actor",
  "NIST evaluation vs CrowdStrike research")
P(1, "Techzine", 23, "自由時報", "same_type_other_actor",
  "Dutch privacy regulator's probe of DeepSeek's data transfers vs Taiwan's NSB on DeepSeek and four other apps sending data to China")
# ---- place: the same kind of ban elsewhere
P(2, "DutchNews.nl", 6, "观察者网", "place",
  "Netherlands bans DeepSeek for civil servants (6 Feb 2025) vs Iowa bans it in state government (19 Feb 2025)")
P(6, "Des Moines Register", 10, "दैनिक भास्कर", "place",
  "Iowa's executive order (Feb 2025) vs Kansas's HB 2313 law (Apr 2025)")
P(10, "环球网", 6, "观察者网", "place",
  "Kansas vs Iowa state bans")
P(6, "लाइव हिंदुस्तान", 10, "Kansas Reflector", "place",
  "Iowa vs Kansas: two US states restricting DeepSeek on state devices")
P(10, "ByteBack", 2, "澎湃新闻", "place",
  "Kansas law vs Dutch civil-servant ban")
P(2, "自由時報", 6, "लाइव हिंदुस्तान", "place",
  "Netherlands vs Iowa")
P(27, "India Today", 32, "快科技", "place",
  "Redmi Note 15 5G launched in India (Jan 2026) vs Redmi Note 15 series launched in China (Aug 2025)")
P(32, "लाइव हिंदुस्तान", 28, "गैजेट्स 360 हिंदी", "place",
  "Note 15 series China launch vs Note 15 Pro series India launch")
P(28, "快科技", 32, "快科技", "place",
  "Same outlet: Note 15 Pro series in India (Jan 2026) vs Note 15 series in China (Aug 2025)")
# ---- version: another model or stage of one line
P(27, "Gadgets 360", 28, "快科技", "version",
  "Redmi Note 15 5G India launch (6 Jan 2026) vs Redmi Note 15 Pro/Pro+ India launch (29 Jan 2026)")
P(28, "Hindustan Times", 27, "IT之家", "version",
  "Note 15 Pro series vs base Note 15 5G, both in India, three weeks apart")
P(27, "जागरण जोश", 28, "गैजेट्स 360 हिंदी", "version",
  "Base Note 15 5G vs Note 15 Pro/Pro+")
P(14, "Interconnects", 31, "IT之家", "version",
  "Kimi K2 (Jul 2025) vs Kimi K2 Thinking (Nov 2025)")
P(31, "VentureBeat", 14, "量子位", "version",
  "K2 Thinking vs K2 open-source release")
P(14, "आज तक", 31, "अमर उजाला", "version",
  "Kimi K2 vs Kimi K2 Thinking, both framed as a new 'DeepSeek moment'")
P(11, "GSMArena", 20, "नवभारत टाइम्स", "version",
  "Redmi Turbo 4 Pro (Apr 2025, Snapdragon 8s Gen 4) vs Redmi K90 Pro Max (Oct 2025, Snapdragon 8 Elite Gen 5)")
# ---- same_type_other_actor: rival models compared with DeepSeek
P(7, "智东西", 12, "机器之心", "same_type_other_actor",
  "Tencent Hunyuan-T1 vs MiniMax-M1: two Chinese reasoning models benchmarked against DeepSeek-R1")
P(12, "TurtlesAI", 14, "量子位", "same_type_other_actor",
  "MiniMax-M1 (Jun 2025) vs Moonshot's Kimi K2 (Jul 2025): both 'surpass DeepSeek'")
P(9, "TechCrunch", 15, "अमर उजाला", "same_type_other_actor",
  "Meta Llama 4 (Apr 2025) vs OpenAI gpt-oss (Aug 2025): US open-weight releases measured against DeepSeek")
P(15, "新智元", 14, "Recode China AI", "same_type_other_actor",
  "OpenAI's gpt-oss vs Moonshot's Kimi K2, both open-weight releases")
P(9, "机器之心", 7, "iThome", "same_type_other_actor",
  "Llama 4 vs Hunyuan-T1: two rivals' models, each claimed on a par with DeepSeek")
P(15, "अमर उजाला", 9, "科技新報", "same_type_other_actor",
  "OpenAI gpt-oss vs Meta Llama 4 in Hindi coverage")
P(12, "Honewire", 31, "अमर उजाला", "same_type_other_actor",
  "MiniMax-M1 vs Kimi K2 Thinking")
# ---- period: the same kind of report for another month
P(19, "Hi-Tech.ua", 21, "第一电动网", "period",
  "Xiaomi EV deliveries above 40,000 in September 2025 vs again in October 2025")
P(21, "Headline Adda", 19, "新浪财经", "period",
  "October vs September monthly deliveries")
P(19, "經濟日報", 21, "ज़ी न्यूज़ हिंदी", "period",
  "September 2025 vs October 2025 Xiaomi deliveries")
# ---- boilerplate: one outlet's stock lead on unrelated stories
P(6, BP_HI[0], 19, BP_HI[0], "boilerplate", "Same Prabhat Khabar stock line; Iowa bans DeepSeek vs Xiaomi's September EV deliveries")
P(19, BP_HI[0], 27, BP_HI[0], "boilerplate", "Same Prabhat Khabar stock line; Xiaomi September deliveries vs Redmi Note 15 5G India launch")
P(11, BP_ZH[0], 20, BP_ZH[0], "boilerplate", "Same ifeng Tech stock line; Redmi Turbo 4 Pro vs Redmi K90 Pro Max: two Redmi launches six months apart")
P(20, BP_ZH[0], 32, BP_ZH[0], "boilerplate", "Same ifeng Tech stock line; K90 Pro Max vs Note 15 series")
P(8, BP_EN[0], 15, BP_EN[0], "boilerplate", "Same Economic Times stock line; Nvidia H20 orders vs OpenAI gpt-oss")
P(15, BP_EN[0], 22, BP_EN[0], "boilerplate", "Same Economic Times stock line; gpt-oss vs Xiaomi outselling Tesla")
# ---- inline real items of other developments
PI(27, "India Today", {"title": "Redmi Note 15 launching soon in India: 6 things you need to know about it",
                       "summary": "Xiaomi is gearing up to start 2026 with a bang.",
                       "source": "India Today", "lang": "en",
                       "provenance": "cf. https://www.indiatoday.in/technology/news/story/redmi-note-15-launching-soon-in-india-6-things-you-need-to-know-about-it-2833818-2025-12-10 (lead verbatim; title taken from the URL)"},
   "same_names", "Teaser that the Note 15 is coming to India (10 Dec 2025) vs the India launch (6 Jan 2026): plan vs event")
PI(28, "गैजेट्स 360 हिंदी", {"title": "Redmi Note 15 Pro Series 29 जनवरी को भारत में होगी लॉन्च, कंपनी ने की पुष्टि",
                              "summary": "कंपनी ने आधिकारिक तौर पर पुष्टि कर दी है कि Redmi Note 15 Pro Series को भारत में 29 जनवरी 2026 को लॉन्च किया जाएगा।",
                              "source": "राष्ट्रबोध", "lang": "hi",
                              "provenance": "cf. https://rashtrabodh.com/archives/63601 (lead sentence verbatim from the second sentence; title written for this set)"},
   "same_names", "Launch date confirmed vs the Note 15 Pro series India launch: announcement vs event")
PI(11, "快科技", {"title": "Xiaomi Set to Redefine Mid-Range Phones with Turbo 4 Pro",
                 "summary": "Xiaomi is getting ready to launch a game-changing smartphone — the Redmi Turbo 4 Pro.",
                 "source": "PhoneWorld", "lang": "en",
                 "provenance": "https://www.phoneworld.com.pk/xiaomi-set-to-redefine-mid-range-phones-with-turbo-4-pro/"},
   "same_names", "Pre-launch preview (22 Apr 2025) vs the Redmi Turbo 4 Pro launch (24 Apr 2025)")
PI(19, "新浪财经", {"title": "小米汽車9月交付破萬 10月衝刺2萬台",
                   "summary": "小米汽車近日公布了9月的交付數據,顯示其SU7車型交付量已突破萬臺大關,達到了一個新的里程碑。",
                   "source": "ITBEAR", "lang": "zh-Hant",
                   "provenance": "cf. http://ylptlb.cn/article/1099289.html (lead verbatim without the 【ITBEAR】 tag; title written for this set)"},
   "period", "September 2024 SU7 deliveries above 10,000 vs September 2025 deliveries above 40,000: same month, another year")

SET.write()
