# The hand-written source of events_holdout13.jsonl (thirteenth held-out set). Written blind: no clustering,
# watcher, seed, test or bench code was opened. Executed by heldout.HeldOut(13), which gives it S, R, BPR and ev.
# Three stock sentences, each put by one outlet on reports of different events (as real feeds do).
BP_HI = ("टीवी9 भारतवर्ष", "टेक और बिज़नेस से जुड़ी ताज़ा ख़बरों के लिए पढ़ते रहिए टीवी9 भारतवर्ष।")
BP_ZH = ("每日经济新闻", "每经AI快讯，更多资讯请关注每日经济新闻。")
BP_EN = ("Mint", "Catch all the Technology News and Updates on Live Mint.")

# 1
ev("2025-01-29", "statement", ["deepseek"],
   "Presenting ASML's fourth-quarter 2024 results, CEO Christophe Fouquet says efficient low-cost AI models such as DeepSeek's are a net positive for chip demand because lower AI costs mean more applications",
   R("ASML CEO makes case that DeepSeek is positive for chip demand",
     "AMSTERDAM (Reuters) - Computer chip equipment maker ASML's CEO on Wednesday made the case that the advent of efficient AI models such as one China's DeepSeek has launched is a net positive for chip markets.",
     "Reuters", "en", "https://www.globalbankingandfinance.com/ASML-RESULTS-CEO-b2a8c92f-7057-45f3-9966-86b1cbff8fe3"),
   R("ASML boss cites 'Moore's law' for DeepSeek optimism, warns of more AI 'elephants in the room'",
     "The CEO of Dutch chipmaking giant ASML warned investors they needed to get used to more DeepSeek-style “elephants in the room” as he projected optimism days after China’s surprise AI chatbot caused turmoil for Western tech stocks.",
     "Fortune", "en", "https://inkl.com/news/asml-boss-cites-moore-s-law-for-deepseek-optimism-warns-of-more-ai-elephants-in-the-room"),
   R("ASML CEO sees DeepSeek as \"good news\" for semiconductor producers",
     "The head of Dutch semiconductor equipment manufacturer ASML welcomed the rise of Chinese artificial intelligence (AI) startup DeepSeek on Wednesday, emphasizing that any technology reducing AI costs will ultimately benefit ASML in the long run.",
     "San Francisco Star", "en", "https://sanfranciscostar.news/news/asml-ceo-sees-deepseek-as-good-news-for-semiconductor-producers202501301231130008"),
   R("Cheaper AI means more chips, not fewer, ASML chief tells CNBC",
     "Dutch semiconductor equipment maker ASML expects new low-cost models like the one rolled out by China’s DeepSeek to lead to more — rather than less — demand for AI chips, CEO Christophe Fouquet told CNBC Wednesday.",
     "CNBC", "en", "cf. https://overviewforex.com/?p=4482234 (lead verbatim, syndicated CNBC story; title written for this set)"),
   R("阿斯麦CEO富凯：DeepSeek这类低成本模型长期利好芯片需求", "", "财联社", "zh"),
   R("艾司摩爾執行長：AI成本降低是好事 晶片需求只會更多", "", "經濟日報", "zh-Hant"),
   R("ASML के CEO बोले- डीपसीक जैसे सस्ते AI मॉडल से घटेगी नहीं, बढ़ेगी चिप्स की मांग", "", "मनीकंट्रोल हिंदी", "hi"))
# 2
ev("2025-01-29", "market_move", ["deepseek"],
   "ASML's shares rise in Amsterdam after its fourth-quarter bookings of about 7.1 billion euros beat forecasts, easing fears that DeepSeek's cheap models would cut chip-equipment spending two days after the sell-off",
   R("ASML shares jump as bookings blowout calms DeepSeek jitters", "", "Bloomberg", "en"),
   R("Chip-tool maker ASML rebounds after record orders beat forecasts", "", "Financial Times", "en"),
   R("订单远超预期 阿斯麦股价大涨 缓解DeepSeek冲击担忧", "", "华尔街见闻", "zh"),
   R("艾司摩爾訂單優於預期 股價反彈", "", "中央社", "zh-Hant"),
   R("ऑर्डर बुक उम्मीद से बेहतर, ASML के शेयर चढ़े; डीपसीक की चिंता कम", "", "ज़ी बिज़नेस", "hi"))
# 3
ev("2025-01-29", "other", ["deepseek"],
   "TechCrunch reports that DeepSeek's US trademark application for 'DeepSeek' (filed 28 January) came 36 hours after one by Delaware-based Delson Group, which claims to have used the name since 2020, setting up a US trademark conflict",
   R("DeepSeek might have a trademark problem in the U.S.",
     "Chinese AI company DeepSeek has been accused of IP theft, faced privacy inquiries in Europe, and has been the target of an enormous cyberattack. Now, it appears the company has a new headache on its hands: a U.S. trademark conflict.",
     "TechCrunch", "en", "https://worldwideentertainmentnews.com/technology/deepseek-might-have-a-trademark-problem-in-the-u-s (syndicated TechCrunch story)"),
   R("Chinese AI Firm DeepSeek Faces Trademark Conflict in US Amidst Controversies",
     "Chinese artificial intelligence company DeepSeek is facing a new challenge in the United States, where it has been accused of intellectual property theft, faced privacy inquiries in Europe, and was recently targeted by a massive cyberattack.",
     "Starfolk News", "en", "https://news.starfolksoftware.com/posts/chinese-ai-firm-deepseek-faces-trademark-conflict-in-us-amidst-controversies-679a923e64930"),
   R("DeepSeek's trade mark in deep trouble in the US",
     "Chinese AI company DeepSeek is facing yet another legal challenge, this time over a trade mark conflict in the U.S.",
     "Mondaq", "en", "cf. https://www.mondaq.com/china/trademark/1592972/deepseeks-trade-mark-in-deeptrouble-in-the-us (lead verbatim; title taken from the URL)"),
   R("美国一公司抢先36小时申请DEEPSEEK商标 深度求索在美遇商标纠纷", "", "红星新闻", "zh"),
   R("DeepSeek赴美註冊商標 遭德拉瓦州公司搶先一步", "", "鉅亨網", "zh-Hant"),
   R("अमेरिका में 'DeepSeek' नाम पर ट्रेडमार्क की जंग, एक कंपनी ने 36 घंटे पहले ठोका दावा", "", "नवभारत टाइम्स", "hi"))
# 4
ev("2025-02-05", "partnership", ["deepseek"],
   "Lenovo says its personal AI agent Xiao Tian (联想小天) now integrates DeepSeek, reachable from its AI Space interface, on the same day Huawei's Xiaoyi adds DeepSeek-R1",
   R("Lenovo's Xiao Tian AI agent adds DeepSeek models", "", "TechNode", "en"),
   R("Lenovo wires DeepSeek into its PC assistant as Chinese device makers pile in", "", "KrASIA", "en"),
   R("联想个人智能体“小天”宣布接入DeepSeek", "", "IT之家", "zh"),
   R("聯想AI助理「小天」導入DeepSeek", "", "科技新報", "zh-Hant"),
   R("लेनोवो के AI एजेंट 'शियाओ तियान' में अब डीपसीक भी", "", "गैजेट्स 360 हिंदी", "hi"))
# 5
ev("2025-02-06", "ranking", ["deepseek"],
   "Data from QbitAI's think tank show DeepSeek's app at nearly 40 million global downloads by 5 February, close to ChatGPT's 41 million, with daily active users above ByteDance's Doubao and the No. 1 spot on China's free-app chart",
   R("DeepSeek nears 40 million downloads, passes Doubao in daily users", "", "South China Morning Post", "en"),
   R("Fastest-growing AI app: DeepSeek closes in on ChatGPT's download count", "", "Rest of World", "en"),
   R("量子位智库：DeepSeek全球下载量近4000万 日活反超豆包", "", "量子位", "zh"),
   R("DeepSeek下載量逼近ChatGPT 日活躍用戶超車豆包", "", "數位時代", "zh-Hant"),
   R("डीपसीक के डाउनलोड 4 करोड़ के क़रीब, ChatGPT से बस थोड़ा पीछे", "", "आज तक", "hi"))
# 6
ev("2025-02-07", "market_move", ["deepseek"],
   "The Hang Seng Tech Index rises as much as about 2.5-2.9% on Friday 7 February 2025, taking its gain from the January low above 20% into a technical bull market, on DeepSeek-driven interest in Chinese tech (Xiaomi, Lenovo and Li Auto lead)",
   R("Chinese tech stocks near technical bull market on DeepSeek hype",
     "A gauge of Chinese tech shares trading in Hong Kong was poised to enter a technical bull market after DeepSeek’s artificial intelligence model ignited interest in China’s internet firms.",
     "Bloomberg", "en", "https://testing.dev.theedgesingapore.com/news/china/chinese-tech-stocks-near-technical-bull-market-deepseek-hype (syndicated Bloomberg story)"),
   R("DeepSeek Breakthrough Fuels Rally in Chinese Tech Stocks",
     "A Nasdaq-like index for Chinese companies listed in Hong Kong has entered technical bull territory following robust gains by China’s largest technology stocks that have added billions of dollars in market value, driven by the sudden rise to fame of homegrown AI app DeepSeek.",
     "The Wall Street Journal", "en", "https://summamoney.com/investing/the-daily/deepseek-breakthrough-fuels-rally-in-chinese-tech-stocks"),
   R("恒生科技指数较1月低点反弹逾20% 进入技术性牛市", "", "华尔街见闻", "zh"),
   R("DeepSeek效應發酵 恒生科技指數踏入技術性牛市", "", "信報", "zh-Hant"),
   R("डीपसीक का जादू: हांगकांग का टेक इंडेक्स बुल मार्केट में पहुंचा", "", "इकोनॉमिक टाइम्स हिंदी", "hi"))
# 7
ev("2025-02-08", "partnership", ["deepseek"],
   "OPPO says its Xiaobu (小布) assistant will integrate the full-strength DeepSeek-R1 model on ColorOS phones, joining Huawei and Honor among phone makers adopting DeepSeek",
   R("OPPO brings full DeepSeek-R1 to its Xiaobu assistant", "", "GSMArena", "en"),
   R("After Huawei and Honor, OPPO phones get DeepSeek too", "", "Android Authority", "en"),
   BPR(BP_ZH, "OPPO小布助手宣布接入满血版DeepSeek-R1", "zh"),
   R("OPPO小布助理整合DeepSeek-R1", "", "自由時報", "zh-Hant"),
   R("OPPO फोन में आएगा डीपसीक, Xiaobu असिस्टेंट को मिला R1 मॉडल", "", "गैजेट्स 360 हिंदी", "hi"))
# 8
ev("2025-02-10", "partnership", ["deepseek"],
   "Dongfeng Nissan says its N7 electric sedan will integrate DeepSeek-R1 for voice control, navigation and infotainment, the first non-fully-Chinese (joint-venture) car brand to announce DeepSeek integration",
   R("Dongfeng Nissan to put DeepSeek-R1 in the N7, a first for a joint-venture brand", "", "CarNewsChina", "en"),
   R("Nissan's China JV taps DeepSeek for N7 sedan's voice assistant", "", "Gasgoo", "en"),
   R("东风日产N7将接入DeepSeek-R1 成首个官宣的合资品牌", "", "汽车之家", "zh"),
   R("日產中國合資車N7將搭載DeepSeek", "", "U-CAR", "zh-Hant"),
   R("निसान की इलेक्ट्रिक सेडान N7 में मिलेगा डीपसीक R1", "", "आज तक ऑटो", "hi"))
# 9
ev("2025-02-13", "partnership", ["deepseek"],
   "vivo says its BlueLM-based assistant Blue Heart Xiao V (蓝心小V) integrates the full DeepSeek-R1, following Huawei, Honor and OPPO",
   R("vivo's Blue Heart assistant adds DeepSeek-R1", "", "Gizmochina", "en"),
   R("vivo joins the DeepSeek rush with R1 inside its AI assistant", "", "Pandaily", "en"),
   R("vivo蓝心小V接入满血版DeepSeek-R1", "", "快科技", "zh"),
   R("vivo藍心小V整合DeepSeek-R1", "", "電腦王阿達", "zh-Hant"),
   R("vivo के AI असिस्टेंट में जुड़ा डीपसीक R1", "", "नवभारत टाइम्स", "hi"))
# 10
ev("2025-02-14", "market_move", ["deepseek"],
   "On Friday 14 February 2025 the Hang Seng Tech Index closes up about 5.6% at a three-year high (Hang Seng Index +3.69%), a fifth straight weekly gain and the best winning run in over two years, on the DeepSeek-driven tech rally",
   R("China tech stocks cap best rally in over two years",
     "HONG KONG: Chinese tech stocks resumed their bullish rally on Friday to register their best winning streak in over two years, driven by DeepSeek’s AI breakthrough, which reignited investor interest in China’s technology capabilities.",
     "Reuters", "en", "https://www.brecorder.com/news/40348169/china-tech-stocks-cap-best-rally-in-over-two-years"),
   R("Economic Watch: Hong Kong stocks rally on AI-spurred tech firm boom",
     "HONG KONG, Feb. 14 (Xinhua) -- Hong Kong's stock market rallied on Friday with the benchmark Hang Seng Index up 3.69 percent to 22,620.33 points, capping the fifth consecutive week of gains as investors gravitate towards Hong Kong-listed mainland tech firms.",
     "Xinhua", "en", "http://en.people.cn/n3/2025/0215/c90000-20277135.html"),
   R("恒生科技指数收涨5.56% 连续五周上涨", "", "新浪财经", "zh"),
   R("科技股狂飆 恒科指數單日升5.6% 連升五周", "", "香港經濟日報", "zh-Hant"),
   R("हांगकांग के टेक शेयरों में लगातार पांचवें हफ़्ते तेज़ी, इंडेक्स 5.6% उछला", "", "बिज़नेस स्टैंडर्ड हिंदी", "hi"))
# 11
ev("2025-02-20", "earnings", ["deepseek"],
   "Lenovo reports December-quarter revenue up 20% to about $18.8 billion and net profit more than doubling to $692.7 million; CEO Yang Yuanqing says DeepSeek's efficient, low-cost models will democratise access to AI and drive AI PCs and servers",
   R("Lenovo revenue jumps 20% on AI demand as PC slump lingers",
     "Lenovo Group Ltd. posted a faster-than-anticipated 20% jump in quarterly revenue thanks to demand for AI computing infrastructure, which helped offset a persistent funk clouding the global PC market.",
     "Bloomberg", "en", "cf. http://goldberglawma.com/?id=news%2Flenovo-profit-beats-estimates-ai-041141157.html (lead verbatim, syndicated Bloomberg story; title written for this set)"),
   R("Lenovo's quarterly profit more than doubles as AI bet pays off",
     "Lenovo Group reported better-than-expected quarterly earnings, with solid revenue growth across segments, boosted by its bet on the fast-growing use of artificial intelligence.",
     "Dow Jones Newswires", "en", "cf. https://www.itiger.com/hant/news/2512498623 (lead verbatim; title written for this set)"),
   R("Lenovo sees revenue surge",
     "Lenovo Group has reported a 20% increase in quarterly revenue, reaching $18.8 billion. This surpassed analysts’ estimates of $17.9 billion.",
     "TechEconomy", "en", "cf. https://techeconomy.ng/lenovo-sees-revenue-surge (lead verbatim; title taken from the URL)"),
   R("联想集团第三财季营收188亿美元 杨元庆：DeepSeek将让AI更普惠", "", "第一财经", "zh"),
   R("聯想季營收增20% 楊元慶：DeepSeek降低AI門檻", "", "經濟日報", "zh-Hant"),
   R("लेनोवो का मुनाफ़ा दोगुना, CEO बोले- डीपसीक से AI सबकी पहुंच में आएगा", "", "मनीकंट्रोल हिंदी", "hi"))
# 12
ev("2025-02-21", "market_move", ["deepseek"],
   "On Friday 21 February 2025 the Hang Seng Tech Index climbs 4.7% to a new three-year high, a sixth straight weekly gain (best since 2020), with Alibaba up 12.7% after results; the DeepSeek-triggered rally has added over $1.3 trillion to Chinese equities in a month",
   R("China tech stocks eye best winning run in five years on earnings surprises, fund rotation",
     "HONG KONG: Chinese tech stocks listed in Hong Kong advanced on Friday, heading toward their best weekly winning streak since 2020, powered by earnings surprises and continued investor interest in the sector.",
     "Reuters", "en", "https://www.brecorder.com/news/40349314/china-tech-stocks-eye-best-winning-run-in-five-years-on-earnings-surprises-fund-rotation"),
   R("Hang Seng Tech Index soars to three-year high. What’s next?",
     "The Hang Seng Tech Index has surged more than 30% over the past month to register its highest level since February 2022. Is the tide finally turning for Chinese equities?",
     "IG", "en", "https://ig.com/sg/news-and-trade-ideas/hang-seng-tech-index-soars-to-three-year-high--whats-next--250221"),
   R("恒生科技指数大涨4.7%创三年新高 阿里巴巴涨超12%", "", "证券时报", "zh"),
   R("恒科指數升4.7%創三年高 連升六周", "", "明報", "zh-Hant"),
   R("हांगकांग का टेक इंडेक्स तीन साल के शिखर पर, लगातार छठे हफ़्ते बढ़त", "", "ज़ी बिज़नेस", "hi"))
# 13
ev("2025-02-21", "market_move", ["deepseek"],
   "Lenovo's Hong Kong shares jump about 15% to close at HK$13.6, lifting its market value to about HK$168.7 billion, above its 2015 peak, the day after results in which it touted DeepSeek-driven AI demand",
   R("Lenovo shares soar 15% to decade high after profit doubles", "", "CNBC", "en"),
   R("Lenovo's market value tops its 2015 peak as investors bet on AI PCs", "", "South China Morning Post", "en"),
   BPR(BP_EN, "Lenovo stock hits a decade high as AI optimism builds", "en"),
   R("联想集团股价大涨15% 市值创历史新高", "", "证券时报", "zh"),
   R("聯想股價飆逾15% 市值超越2015年高位", "", "信報", "zh-Hant"),
   R("नतीजों के अगले दिन लेनोवो के शेयर 15% उछले, मार्केट कैप रिकॉर्ड पर", "", "मनीकंट्रोल हिंदी", "hi"))
# 14
ev("2025-02-24", "other", ["deepseek"],
   "China's National Intellectual Property Administration (CNIPA) announces it has rejected 63 trademark applications containing 'DEEPSEEK' or its whale logo, filed by companies and individuals to ride the hype (54 by one Shenzhen biotech firm)",
   R("As DeepSeek knock-offs flourish, China curbs false trademarks capitalising on AI hype",
     "Chinese authorities have blocked dozens of trademark applications filed with the name DeepSeek, as the Chinese artificial intelligence (AI) start-up faces a flurry of attempts, some possibly in Hong Kong, to take advantage of its global popularity.",
     "South China Morning Post", "en", "https://news.devevil.com/as-deepseek-knock-offs-flourish-china-curbs-false-trademarks-capitalising-on-ai-hype-721075.html (syndicated SCMP story)"),
   R("CNIPA Rejects 63 DeepSeek Trademark Applications",
     "On 24 February 2025, the China National Intellectual Property Administration (CNIPA) issued an announcement noting that following the launch of the domestically developed large language model (LLM) \"DeepSeek\" and the ensued worldwide attention, the Trademark Office of the CNIPA received a number of trademark applications submitted by enterprises and individuals containing the generally known name \"DeepSeek\" and its graphics.",
     "China Patent Agent (H.K.)", "en", "https://cpahkltd.com/show-105459.html"),
   R("国家知识产权局依法驳回63件“DEEPSEEK”商标注册申请",
     "国家知识产权局网站发布通告,针对近期杭州深度求索人工智能基础技术研究有限公司研发的DeepSeek人工智能大模型引发广泛关注的情况,个别企业和自然人提交了以“DEEPSEEK”或相关图形为名称的商标注册申请。",
     "中华网", "zh", "cf. https://3g.china.com/act/news/10000169/20250225/48010993.html (lead verbatim; title written for this set)"),
   R("蹭热点！54件DEEPSEEK商标出自同一家深圳公司 已被驳回",
     "快科技2月24日电 国家知识产权局最新公告显示,涉及人工智能品牌「DEEPSEEK」的多起商标抢注申请已被正式驳回。",
     "快科技", "zh", "cf. http://gkcgps.com/jiaoyuban/120860.html (lead verbatim; title written for this set)"),
   R("陸知識產權局駁回63件DeepSeek商標搶註", "", "中央社", "zh-Hant"),
   R("DeepSeek के नाम पर ट्रेडमार्क की होड़, चीन ने 63 आवेदन ख़ारिज किए",
     "24 फ़रवरी को, राष्ट्रीय बौद्धिक संपदा प्रशासन ने एक नवीनतम सूचना जारी की, जिसमें \"DeepSeek\" जैसे कई ट्रेडमार्क के दुर्भावनापूर्ण पंजीकरण आवेदनों को कानूनी रूप से खारिज करने की घोषणा की गई, ताकि उचित प्रतिस्पर्धा के बाजार क्रम को बनाए रखा जा सके और नवीनताकारी संस्थाओं के वैध अधिकारों की रक्षा की जा सके।",
     "AIbase हिंदी", "hi", "cf. https://aibase.com/in/news/15678 (lead verbatim; title written for this set)"))
# 15
ev("2025-02-25", "other", ["deepseek"],
   "Reuters reports a surge in Chinese orders for Nvidia's H20, the most advanced AI chip it may sell in China, as Tencent, Alibaba, ByteDance and others race to deploy DeepSeek's low-cost models",
   R("Nvidia's H20 orders jump as Chinese tech firms race to deploy DeepSeek", "", "Reuters", "en"),
   R("DeepSeek effect: China's cloud giants step up purchases of Nvidia's H20", "", "DigiTimes Asia", "en"),
   R("DeepSeek带火推理需求 英伟达H20订单激增", "", "财联社", "zh"),
   R("DeepSeek帶動需求 輝達H20訂單暴增", "", "工商時報", "zh-Hant"),
   R("डीपसीक के चलते चीन में Nvidia के H20 चिप्स की मांग में उछाल", "", "इकोनॉमिक टाइम्स हिंदी", "hi"))
# 16
ev("2025-02-26", "market_move", ["deepseek"],
   "On Wednesday 26 February 2025 the Hang Seng Index jumps about 3.2% to 23,762.11 as Chinese tech firms resume their DeepSeek-driven rally, with Alibaba up more than 5% and JD.com and Meituan each up more than 8%",
   R("Shares In Hong Kong Rally More Than 3% As Tech Firms Surge",
     "Hong Kong stocks jumped more than three percent Wednesday afternoon as Chinese tech firms resumed a blistering rally on optimism about the outlook for the sector.",
     "UrduPoint", "en", "https://www.urdupoint.com/en/world/shares-in-hong-kong-rally-more-than-3-as-tec-1933081.html"),
   R("Hang Seng jumps 3% as Alibaba, JD.com and Meituan lead tech rebound", "", "Bloomberg", "en"),
   R("港股午后拉升 恒指涨超3% 京东美团涨逾8%", "", "格隆汇", "zh"),
   R("恒指急升逾700點 科技股領漲", "", "有線新聞", "zh-Hant"),
   BPR(BP_HI, "हांगकांग बाज़ार में 3% की छलांग, टेक शेयरों में फिर जोश", "hi"))
# 17
ev("2025-02-27", "market_move", ["deepseek"],
   "On Thursday 27 February 2025 the Hang Seng Index rises above 24,000 points (up to 24,076.53) for the first time in three years, up 20% in 2025 on the DeepSeek-led surge in Chinese tech",
   R("Hong Kong Stocks Top 24,000 First Time Since 2022, Up 20% This Year",
     "Hong Kong's main stock index rallied above 24,000 points for the first time in three years on Thursday, putting it up 20 percent in 2025 thanks to a surge in Chinese technology giants.",
     "UrduPoint", "en", "https://www.urdupoint.com/en/world/hong-kong-stocks-top-24000-first-time-since-1933538.html"),
   R("Hong Kong stock index tops 24,000 points on Chinese tech surge",
     "HONG KONG: Hong Kong's main stock index rallied above 24,000 points for the first time in three years on Thursday (Feb 27), putting it up 20 per cent in 2025 thanks to a surge in Chinese technology giants.",
     "CNA", "en", "cf. https://www.channelnewsasia.com/business/hong-kong-stock-index-top-24000-points-chinese-tech-4963436 (lead verbatim; title taken from the URL)"),
   BPR(BP_ZH, "恒指盘中突破24000点 创三年新高", "zh"),
   R("恒指三年來首破24000點 年初至今升兩成", "", "星島日報", "zh-Hant"),
   R("हांगकांग का Hang Seng तीन साल में पहली बार 24,000 के पार", "", "लाइव हिंदुस्तान", "hi"))
# 18
ev("2025-02-28", "market_move", ["deepseek"],
   "Hong Kong's Hang Seng Index ends February 2025 up 13.43% for the month, the strongest gain among Asian indices, on renewed interest in Chinese tech after DeepSeek and Alibaba's results",
   R("Hong Kong's Hang Seng index surges in February as Chinese tech rebounds",
     "ISTANBUL (AA) – Hong Kong’s Hang Seng Index surged 13.43% in February, marking the strongest gain among Asian index futures last month.",
     "Anadolu Agency", "en", "https://usmuslims.com/service/amp/hong-kongs-hang-seng-index-surges-in-february-as-chinese-tech-rebounds-288758h.htm"),
   R("恒指2月累涨13.43% 领跑亚太主要股指", "", "智通财经", "zh"),
   R("恒指2月升13% 亞洲股市最強", "", "am730", "zh-Hant"),
   R("फ़रवरी में Hang Seng 13% चढ़ा, एशिया के बाज़ारों में सबसे आगे", "", "लाइव हिंदुस्तान", "hi"))
# 19
ev("2025-03-09", "other", ["deepseek"],
   "Ta Kung Pao reports that Hong Kong's Registrar of Companies has directed four companies incorporated in January-February 2025 with names similar to DeepSeek to change their names (directions of late February and 3 March 2025); DeepSeek's own Hong Kong trademark application, filed 16 January, is pending",
   R("Hong Kong registrar orders four DeepSeek copycat firms to change names",
     "DeepSeek, a Chinese artificial intelligence (AI) model, was launched on January 20, shocking the technology circle and triggering a large number of \"registration scrambles\" within a short period of time.",
     "DotDotNews", "en", "cf. https://english.dotdotnews.com/a/202503/09/AP67cd177de4b0e343b0e2a63a.html (lead verbatim; title written for this set)"),
   R("Companies Registry cracks down on DeepSeek look-alike names", "", "The Standard", "en"),
   R("公司註冊處下令四間名稱似DeepSeek公司限期改名", "", "大公報", "zh-Hant"),
   R("香港公司注册处责令4家名称类似DeepSeek的公司改名", "", "中新网", "zh"),
   R("हांगकांग में DeepSeek जैसे नाम वाली चार कंपनियों को नाम बदलने का आदेश", "", "दैनिक भास्कर", "hi"))
# 20
ev("2025-07-21", "ranking", ["deepseek"],
   "QuestMobile's second-quarter 2025 AI app report shows DeepSeek's average monthly downloads down 72% from the first quarter to about 22.6 million, and its monthly active users down 9% to about 170 million, while ByteDance's Doubao leads on downloads",
   R("DeepSeek's downloads plunge 72% as Chinese users drift to rivals, QuestMobile says", "", "South China Morning Post", "en"),
   R("Doubao overtakes DeepSeek in downloads as the novelty fades", "", "KrASIA", "en"),
   R("DeepSeek月均下载量下滑超过70%, 正在跌落神坛", "", "文学城", "zh", "https://bbs.wenxuecity.com/currentevent/3756011.html"),
   R("DeepSeek下載量季減72% 豆包反超", "", "數位時代", "zh-Hant"),
   R("डीपसीक की चमक फीकी? दूसरी तिमाही में डाउनलोड 72% घटे",
     "2025 की दूसरी तिमाही में, डीपसीक ने डाउनलोड और उपयोगकर्ताओं में महत्वपूर्ण गिरावट दर्ज की, क्योंकि चीन में कई ग्राहक विशेष शिक्षा और कार्य के लिए कृत्रिम बुद्धिमत्ता (एआई) अनुप्रयोगों को प्राथमिकता दे रहे हैं।",
     "Vietnam.vn हिंदी", "hi", "cf. https://www.vietnam.vn/hi/deepseek-mat-da (lead verbatim; title written for this set)"))
# 21
ev("2025-07-29", "other", ["deepseek"],
   "Reuters reports that Nvidia has ordered 300,000 more H20 chips from TSMC on strong Chinese demand, weeks after Washington said it would allow H20 sales to China again; export licences are still pending",
   R("Nvidia seeks extra 300,000 H20 GPUs to meet China's surging AI demand — places order with TSMC to meet unexpectedly strong interest",
     "Nvidia’s China strategy is shifting once again.",
     "Tom's Hardware", "en", "https://www.inkl.com/news/nvidia-seeks-extra-300-000-h20-gpus-to-meet-china-s-surging-ai-demand-places-order-with-tsmc-to-meet-unexpectedly-strong-interest"),
   R("Nvidia restarts H20 chip orders for China amid export license wait",
     "BEIJING/SHANGHAI/NEW YORK: Nvidia has placed an order for 300,000 more H20 chips with contract manufacturer TSMC, two sources told Reuters, as strong demand from Chinese clients prompted the U.S. chipmaker to shift course and supplement its existing stockpile.",
     "Move FM", "en", "https://www.movefm.com.au/business/nvidia-restarts-h20-chip-orders-for-china-amid-export-license-wait"),
   R("Nvidia orders 300k H20 chips from TSMC amid strong China demand",
     "BEIJING: Nvidia has placed orders for 300,000 H20 chips with Taiwan Semiconductor Manufacturing Co (TSMC) following strong demand from China, two sources familiar with the matter said.",
     "The Sun", "en", "cf. https://thesun.my/business-news/nvidia-orders-300k-h20-chips-from-tsmc-amid-strong-china-demand-FG14566740 (lead verbatim; title taken from the URL)"),
   BPR(BP_EN, "Nvidia places fresh H20 order with TSMC as China demand returns", "en"),
   R("英伟达向台积电追加30万颗H20芯片订单", "", "财联社", "zh"),
   R("輝達向台積電追加30萬顆H20 中國需求強勁", "", "經濟日報", "zh-Hant"),
   R("चीन से मांग लौटी, Nvidia ने TSMC को दिया 3 लाख H20 चिप्स का ऑर्डर", "", "ज़ी बिज़नेस", "hi"))
# 22
ev("2025-02-04", "statement", ["luo_fuli"],
   "Amid the DeepSeek frenzy and the 'genius girl' coverage of her rumoured move to Xiaomi, former DeepSeek researcher Luo Fuli posts on social media: 'Please leave me a quiet place on the Internet. I only want to work on difficult and right things in peace.' (date approximate)",
   R("'Leave me a quiet place on the Internet': Luo Fuli pushes back on the genius-girl hype", "", "South China Morning Post", "en"),
   R("Former DeepSeek researcher Luo Fuli asks netizens to stop hyping her", "", "Pandaily", "en"),
   R("罗福莉发文：请给我一片安静的互联网 只想安心做难而正确的事", "", "红星新闻", "zh"),
   R("「AI天才少女」羅福莉發聲：請還我安靜", "", "三立新聞網", "zh-Hant"),
   R("लुओ फुली की अपील- 'इंटरनेट पर मुझे शांति से काम करने दें'", "", "नवभारत टाइम्स", "hi"))
# 23
ev("2025-02-27", "product_launch", ["xiaomi"],
   "At the same Beijing event as the SU7 Ultra, Xiaomi launches the Xiaomi 15 Ultra in China, with a Leica quad camera and a starting price of 6,499 yuan",
   R("Xiaomi 15 Ultra launches in China at 6,499 yuan with Leica quad cameras", "", "GSMArena", "en"),
   R("Xiaomi's camera flagship 15 Ultra debuts alongside the SU7 Ultra", "", "Gizmochina", "en"),
   R("小米15 Ultra发布 徕卡四摄 6499元起", "", "IT之家", "zh"),
   R("小米15 Ultra陸版登場 人民幣6499元起", "", "ePrice", "zh-Hant"),
   R("Xiaomi 15 Ultra चीन में लॉन्च, लाइका के चार कैमरे, क़ीमत 6,499 युआन से", "", "गैजेट्स 360 हिंदी", "hi"))
# 24
ev("2025-03-02", "product_launch", ["xiaomi", "xiaomi_ai"],
   "Xiaomi launches the Xiaomi 15 and Xiaomi 15 Ultra for global markets in Barcelona ahead of MWC 2025, with Leica cameras, Xiaomi HyperAI features and Google Gemini",
   R("Xiaomi 15 Ultra goes global at MWC with Leica optics and HyperAI tools", "", "The Verge", "en"),
   R("Xiaomi takes the 15 series worldwide, leaning on HyperAI and Gemini", "", "Android Central", "en"),
   R("小米15系列巴塞罗那全球发布 搭载澎湃AI与Gemini", "", "快科技", "zh"),
   R("小米15系列全球發表 主打徠卡影像與AI功能", "", "ePrice", "zh-Hant"),
   BPR(BP_HI, "Xiaomi 15 और 15 Ultra ग्लोबल लॉन्च, HyperAI फीचर्स के साथ", "hi"))
# 25
ev("2025-12-01", "statement", ["lei_jun", "xiaomi"],
   "After People's Daily runs a front-page report on Xiaomi ('科技生根,智造升级'), Lei Jun says Xiaomi has spent more than 100 billion yuan on R&D in the past five years and expects more than 200 billion yuan in the next five",
   R("人民日报头版报道小米 雷军：未来五年研发投入将超2000亿元",
     "12月1日消息,人民日报今天头版报道小米《科技生根,智造升级》。",
     "ENJOYBAR", "zh", "cf. https://www.enjoybar.com/newarticle/963010.html (lead verbatim; title written for this set)"),
   R("Xiaomi makes People's Daily front page; Lei Jun pledges over 200 billion yuan of R&D", "", "Pandaily", "en"),
   R("人民日報頭版報導小米 雷軍：五年投入逾千億研發", "", "香港01", "zh-Hant"),
   R("पीपल्स डेली के पहले पन्ने पर शाओमी, लेई जून बोले- अगले 5 साल में 200 अरब युआन R&D पर", "", "गैजेट्स 360 हिंदी", "hi"))
# 26
ev("2026-02-24", "statement", ["lei_jun", "xiaomi_ai"],
   "Lei Jun says Xiaomi's goals match the 15th Five-Year Plan and that over the next five years it will concentrate on core technologies: chips, AI and operating systems (remarks made at a private-enterprise symposium, reported 24-25 February 2026)",
   R("【ＡＩ】小米(01810)雷軍：未來5年重點攻堅晶片、AI等底層核心技術",
     "《經濟通通訊社24日專訊》小米(01810)創辦人兼董事長雷軍表示，小米的目標與「十五五」規劃精神高度契合，公司計劃未來5年重點攻堅晶片、人工智能(AI)、操作系統等底層核心技術。",
     "經濟通", "zh-Hant", "https://www.etnet.com.hk/www/tc/forex/news-article/20260224553"),
   R("雷軍：小米「十五五」重點攻堅晶片、AI技術",
     "小米集團董事長兼CEO雷軍近日公布了公司「十五五」時期的戰略規劃，將重點攻堅晶片、AI、操作系統等底層核心技術。",
     "ETtoday", "zh-Hant", "https://www.ettoday.net/news/20260225/3122835.htm"),
   R("Lei Jun: In the next five years, Xiaomi will focus on tackling core underlying technologies such as chips, AI, and operating systems",
     "Xiaomi Corporation Chairman and CEO Lei Jun stated at a private enterprise symposium that in the next five years, Xiaomi will focus on tackling core underlying technologies such as chips, AI, and operating systems.",
     "Wallstreetcn", "en", "https://longbridge.com/en/news/276701602"),
   BPR(BP_ZH, "雷军：小米未来五年将重点攻坚芯片、AI、操作系统", "zh"),
   R("लेई जून: अगले पांच साल चिप, AI और ऑपरेटिंग सिस्टम पर रहेगा शाओमी का ज़ोर", "", "नवभारत टाइम्स", "hi"))
# 27
ev("2026-03-02", "other", ["xiaomi_ai", "lei_jun"],
   "Lei Jun writes on his WeChat account that Xiaomi's humanoid robots, running the Xiaomi-Robotics-0 VLA model with reinforcement learning, have begun 'internships' in its car factory, working autonomously at a self-tapping nut station and on material handling, and predicts large numbers will work in Xiaomi factories within five years",
   R("Xiaomi Humanoid Robots Begin Internships in Car Factories",
     "On March 2, Lei Jun, Founder, Chairman, and CEO of Xiaomi (小米), published an article on his official WeChat account to report the latest progress of the company's robotics business: Xiaomi robots have begun \"internships\" at its automobile factories.",
     "EqualOcean", "en", "https://equalocean.com/news/2026030421767"),
   R("Xiaomi Puts Humanoid Robots on a Factory Clock",
     "Xiaomi is finally talking about humanoid robots the way factory managers do: not as a sci-fi mascot, but as a co-worker that has to hit cycle times, repeat tasks all day, and avoid slowing the line.",
     "eWEEK", "en", "https://www.eweek.com/news/xiaomi-humanoid-robots/"),
   R("雷军：小米人形机器人已进厂“实习” 五年内将大批进入工厂", "", "澎湃新闻", "zh"),
   R("小米人形機器人進車廠「實習」 雷軍：5年內大量上崗", "", "鉅亨網", "zh-Hant"),
   BPR(BP_HI, "शाओमी की कार फैक्ट्री में ह्यूमनॉइड रोबोट्स की 'इंटर्नशिप' शुरू", "hi"))
# 28
ev("2026-03-04", "interview", ["xiaomi_ai"],
   "At MWC 2026 in Barcelona, Xiaomi president Lu Weibing tells CNBC that two humanoid robots in its EV plant completed about 90% of the work at their station over a three-hour run and kept up with the 76-second takt, but are 'more like the interns' than workers",
   R("Xiaomi Trials Humanoid Robots in EV Factory",
     "Xiaomi has been trialing the use of humanoid robots in its electric vehicle production plants, the company's president Lu Weibing told CNBC.",
     "National Today", "en", "https://nationaltoday.com/us/ca/fremont/news/2026/03/04/xiaomi-trials-humanoid-robots-in-ev-factory"),
   R("Xiaomi puts humanoid robots to work in EV factory",
     "Xiaomi is putting humanoid robots to work on its EV production lines, and the company's president says they're performing like promising interns.",
     "TechBuzz", "en", "cf. https://www.techbuzz.ai/articles/xiaomi-puts-humanoid-robots-to-work-in-ev-factory (lead verbatim; title taken from the URL)"),
   R("Chinese robot interns hit 90% success rate in factory floor test",
     "When Xiaomi first started talking about humanoid robots in its electric vehicle plant earlier this week, the company framed it as an “internship,” a careful, supervised trial where the machines learn the ropes.",
     "Trendici", "en", "cf. https://trendici.com/chinese-robot-interns-hit-90-success-rate-in-factory-floor-test/?amp=1&noamp=mobile (lead verbatim; title taken from the URL)"),
   R("卢伟冰接受CNBC专访：两台人形机器人三小时完成九成工作", "", "第一财经", "zh"),
   R("盧偉冰：小米機器人還像「實習生」 跟得上76秒節拍", "", "經濟日報", "zh-Hant"),
   R("लू वेइबिंग: हमारे रोबोट अभी 'इंटर्न' जैसे, 3 घंटे में 90% काम निपटाया", "", "बिज़नेस स्टैंडर्ड हिंदी", "hi"))
# 29
ev("2026-03-05", "statement", ["lei_jun", "xiaomi"],
   "At the 2026 National People's Congress, Lei Jun tells Hong Kong media that Hong Kong's talent and international links make it a useful platform for tech, that Xiaomi will invest more in its 3nm phone chips, and that AI-driven memory shortages have pushed up chip prices and put heavy pressure on Xiaomi's phone business (date approximate)",
   R("两会2026｜雷军：香港拥人才及国际交往优势 用好香港平台有助科技发展",
     "在北京出席全国两会会议的全国人大代表、小米集团董事长雷军称，香港有很多独特的优势，尤其是人才和国际交往，所以利用好香港平台，肯定在科技领域会做出了不起的东西，又称小米已在香港开了30、40家店铺，目前主要是手机及家电等产品进入香港市场。",
     "星岛头条", "zh", "cf. https://www.stheadline.com/zh-hans/politics/3549863/ (lead verbatim; title adapted from the URL)"),
   R("Lei Jun says AI-driven memory crunch is squeezing Xiaomi's phone business", "", "The Standard", "en"),
   R("雷軍：AI需求令記憶體價格飆升 小米手機壓力大", "", "香港經濟日報", "zh-Hant"),
   R("लेई जून: AI की भूख ने मेमोरी चिप्स महंगे किए, शाओमी के फोन कारोबार पर दबाव", "", "मनीकंट्रोल हिंदी", "hi"))
# 30
ev("2026-03-24", "earnings", ["xiaomi", "xiaomi_ai"],
   "Xiaomi reports 2025 results: total revenue of 457.29 billion yuan, up 25%; the company says its humanoid robots, built on Xiaomi-Robotics-0, have started working in its car factory",
   BPR(BP_EN, "Xiaomi's 2025 revenue climbs 25% to 457.3 billion yuan", "en"),
   R("Xiaomi posts record annual sales as cars and AI reshape the group", "", "CNBC", "en"),
   R("小米集团2025年总营收4572.9亿元 同比增长25%", "", "界面新闻", "zh"),
   R("小米去年收入4573億人幣 按年增25%", "", "信報", "zh-Hant"),
   R("शाओमी की 2025 की कमाई 25% बढ़कर 457 अरब युआन पर", "", "ज़ी बिज़नेस", "hi"))
