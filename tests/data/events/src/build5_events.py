# Hand-written source of events_holdout5.jsonl (fifth held-out set). Written blind: no clustering,
# watcher, seed, test or bench code was opened. Executed by build5.py, which defines nothing before it.
S = "synthetic"
# Three stock sentences, each put by one outlet on reports of different events (as real feeds do).
BP_HI = ("प्रभात खबर", "टेक और बिज़नेस से जुड़ी हर बड़ी ख़बर के लिए पढ़ते रहें प्रभात खबर।")
BP_ZH = ("凤凰网科技", "更多科技资讯，请关注凤凰网科技频道。")
BP_EN = ("The Economic Times", "Read more news on Technology and Business on The Economic Times.")


def R(title, summary, source, lang, prov=S):
    return {"title": title, "summary": summary, "source": source, "lang": lang, "provenance": prov}


def BPR(bp, title, lang):
    return R(title, bp[1], bp[0], lang)


E = []


def ev(date, typ, topics, summary, *reports):
    E.append({"date": date, "type": typ, "topics": topics, "summary": summary, "reports": list(reports)})


# 1
ev("2025-01-31", "investigation", ["deepseek"],
   "The Dutch data protection authority (Autoriteit Persoonsgegevens, AP) warns users to be careful with DeepSeek and announces an investigation into its data collection and transfers of personal data to China",
   R("Dutch privacy watchdog to launch investigation into China's DeepSeek AI",
     "AMSTERDAM (Reuters) - The Netherlands' privacy watchdog (AP) on Friday said it will launch an investigation into Chinese artificial intelligence firm DeepSeek's data collection practices and urged Dutch users to use caution with the company's software.",
     "Reuters (Global Banking & Finance Review)", "en",
     "https://staging.globalbankingandfinance.com/NETHERLANDS-AI-DEEPSEEK-c7133c23-7b7b-4bc1-82ce-3d1a81e24b73/ (syndicated Reuters story)"),
   R("Dutch regulator warns of privacy risks DeepSeek, launches investigation",
     "The Dutch data protection authority AP is expressing serious concerns about the privacy policies of Chinese tool DeepSeek.",
     "Techzine", "en", "https://www.techzine.eu/news/privacy-compliance/128326/dutch-regulator-warns-of-privacy-risks-deepseek-launches-investigation/"),
   R("Dutch data protection authority warns against Chinese chatbot DeepSeek",
     "The Dutch Data Protection Authority (Autoriteit Persoonsgegevens, AP) has urged people to exercise caution when using the Chinese artificial intelligence chatbot DeepSeek.",
     "NL Times", "en", "https://nltimes.nl/node/78117"),
   R("荷兰隐私监管机构宣布调查DeepSeek数据收集行为", "荷兰数据保护局称，对DeepSeek的隐私政策及个人数据处理方式存在“严重担忧”。", "财联社", "zh"),
   R("荷蘭個資監管機構示警DeepSeek 將展開調查", "", "中央社", "zh-Hant"),
   R("नीदरलैंड के डेटा वॉचडॉग ने डीपसीक की जांच शुरू की, यूज़र्स को सावधान रहने की सलाह", "", "नवभारत टाइम्स", "hi"))
# 2
ev("2025-02-06", "ban", ["deepseek"],
   "Dutch state secretary for digitalisation Zsolt Szabó says civil servants may not use the DeepSeek app for their work, calling it sensitive to espionage",
   R("Dutch gov't bans officials from using Chinese AI app DeepSeek over espionage concerns",
     "Dutch civil servants are banned from using the Chinese AI app DeepSeek for their work, State Secretary Zsolt Szabó of Digitalization announced.",
     "NL Times", "en", "https://nltimes.nl/node/78220"),
   R("DeepSeek banned from civil servants’ computers over spy concerns",
     "Digitalisation minister Zsolt Szabó has banned Dutch civil servants from using the Chinese AI app DeepSeek over fears that sensitive information could end up on Chinese servers.",
     "DutchNews.nl", "en", "https://dutchnews.nl/2025/02/deepseek-banned-from-civil-servants-computers-over-spy-concerns"),
   R("The Netherlands has banned civil servants from using DeepSeek",
     "The Dutch government has banned the use of Chinese chatbot DeepSeek for civil servants.",
     "Izvestia", "en", "https://iz.ru/en/1834826/2025-02-06/netherlands-has-banned-civil-servants-using-deepseek"),
   R("荷兰禁止公务员使用DeepSeek 称其“易被用于间谍活动”", "", "澎湃新闻", "zh"),
   R("荷蘭跟進 政府公務機關禁用DeepSeek", "荷蘭數位化事務國務秘書薩博表示，公務員工作時不得使用中國AI應用DeepSeek。", "自由時報", "zh-Hant"),
   R("जासूसी का डर: नीदरलैंड ने सरकारी कर्मचारियों के डीपसीक इस्तेमाल पर लगाई रोक", "", "दैनिक जागरण", "hi"))
# 3
ev("2025-02-06", "statement", ["deepseek"],
   "DeepSeek posts a notice warning of impersonating accounts and false information, saying its only official accounts are on WeChat, Xiaohongshu and X",
   R("DeepSeek籲外界警惕仿冒賬號和不實信息",
     "中國人工智能(AI)技術公司深度求索(DeepSeek)星期四(2月6日)在社交平台發文,呼籲外界警惕與DeepSeek有關的仿冒賬號和不實信息。",
     "聯合早報", "zh-Hant", "https://hk.outputnews.com/2025/zaobao/news_2025_02_07_737859 (copy of a 联合早报 story)"),
   R("DeepSeek官方发布关于仿冒账号的说明：仅在微信、小红书、X设有账号", "", "IT之家", "zh"),
   R("DeepSeek warns of impersonator accounts, lists its only official channels",
     "The Hangzhou start-up said any account outside WeChat, Xiaohongshu and X claiming to speak for it or its staff is fake.",
     "South China Morning Post", "en"),
   R("Beware fake DeepSeek accounts, says the company", "", "Gadgets 360", "en"),
   R("डीपसीक ने फर्ज़ी अकाउंट्स को लेकर यूज़र्स को किया आगाह, बताए अपने असली हैंडल", "", "एनडीटीवी इंडिया", "hi"))
# 4
ev("2025-02-11", "other", ["deepseek"],
   "The Information reports that Apple has picked Alibaba to bring Apple Intelligence to iPhones in China after considering and rejecting DeepSeek (and earlier working with Baidu)",
   R("Apple Rejects DeepSeek AI, Eyes Alibaba for China AI Partnership", "", "Apple Core Trends", "en",
     "https://applecoretrends.com/apple-rejects-deepseek-ai-eyes-alibaba-for-china-ai-partnership"),
   R("Apple partners with Alibaba after snubbing DeepSeek",
     "Apple has reportedly sealed a partnership with Alibaba to bring its Apple Intelligence platform to China.",
     "AutoGPT.net", "en", "cf. https://autogpt.net/apple-partners-with-alibaba-after-snubbing-deepseek (lead verbatim; title taken from the URL)"),
   R("消息称苹果选定阿里巴巴为国行iPhone提供AI 曾考虑DeepSeek", "据The Information报道，DeepSeek因人手和经验不足未被选中。", "新浪科技", "zh"),
   R("蘋果國行AI傳攜手阿里 DeepSeek出局", "", "經濟日報", "zh-Hant"),
   R("चीन में AI के लिए एपल ने अलीबाबा को चुना, डीपसीक को ना: रिपोर्ट", "", "ज़ी बिज़नेस", "hi"))
# 5
ev("2025-02-13", "partnership", ["deepseek"],
   "Alibaba chairman Joe Tsai confirms at the World Governments Summit in Dubai that Alibaba will partner with Apple on AI features for iPhones in China",
   R("Alibaba and Apple Team Up to Bring AI to iPhones in China",
     "Alibaba Group Holding Ltd's co-founder and chairman Joe Tsai revealed on Thursday that Alibaba will partner with US tech giant Apple Inc to roll out artificial intelligence features for iPhone users in China.",
     "AInvest", "en", "https://www.ainvest.com/news/alibaba-apple-team-bring-ai-iphones-china-2502"),
   R("Apple, Alibaba join hands for iPhone AI features in China amid DeepSeek debate", "", "Analytics Insight", "en",
     "cf. https://www.analyticsinsight.net/news/apple-alibaba-join-hands-for-iphone-ai-features-in-china-amid-deepseek-debate (title taken from the URL)"),
   R("Joe Tsai: 'Apple talked to a number of companies in China. In the end they chose to do business with us'", "", "CNBC", "en"),
   R("蔡崇信确认阿里与苹果合作 为中国iPhone用户提供AI功能", "", "第一财经", "zh"),
   R("蔡崇信杜拜證實 阿里成蘋果中國AI夥伴", "阿里巴巴董事長蔡崇信在世界政府峰會上表示，蘋果與多家中國公司接觸後選擇與阿里合作。", "鉅亨網", "zh-Hant"),
   R("अलीबाबा के चेयरमैन जो त्साई बोले- चीन में आईफोन के AI फीचर्स के लिए एपल से हुई साझेदारी", "", "बिज़नेस स्टैंडर्ड हिंदी", "hi"))
# 6
ev("2025-02-19", "ban", ["deepseek"],
   "Iowa Governor Kim Reynolds issues an executive order barring state agencies from using RedNote, Lemon8 and DeepSeek on state devices",
   R("Iowa's governor bans use of RedNote, Lemon8, DeepSeek in state government",
     "Governor Kim Reynolds has issued an executive order that bans state agencies from using Chinese owned apps marketed as an alternative to TikTok.",
     "Radio Iowa", "en", "cf. https://www.radioiowa.com/2025/02/19/iowas-governor-bans-use-of-rednote-lemon8-deepseek-in-state-government/ (lead verbatim; title taken from the URL)"),
   R("Reynolds extends Iowa's TikTok ban to RedNote, Lemon8 and DeepSeek",
     "The executive order says the Chinese AI product \"poses a security risk to Iowa.\"", "Des Moines Register", "en"),
   R("美国艾奥瓦州州长签令 州政府禁用DeepSeek和小红书", "", "观察者网", "zh"),
   R("आयोवा ने भी सरकारी डिवाइस पर डीपसीक और रेडनोट पर लगाया बैन", "", "लाइव हिंदुस्तान", "hi"),
   BPR(BP_HI, "अमेरिका के एक और राज्य में डीपसीक पर रोक, गवर्नर ने जारी किया आदेश", "hi"))
# 7
ev("2025-03-21", "release", ["deepseek"],
   "Tencent releases the official Hunyuan-T1 reasoning model (on its hybrid Mamba-Transformer TurboS base) on Tencent Cloud, benchmarking it against DeepSeek-R1 and pricing output at a quarter of R1's standard rate",
   R("腾讯逆袭!发布混元T1正式版,实战不输DeepSeek-R1,便宜3/4",
     "智东西3月22日报道,昨夜,腾讯正式将混元大模型系列的深度思考模型升级为混元-T1正式版。",
     "智东西", "zh", "http://cn.huashangw.com/news/741083.html (copy of a 智东西 story)"),
   R("腾讯押注非Transformer", "首个基于混合Mamba架构的超大型推理模型来了!", "量子位", "zh",
     "https://www.chineseheadlinenews.com/20250322474300.html (copy of a 量子位 story)"),
   R("騰訊推理模型混元T1上線 價格直指DeepSeek R1",
     "中國騰訊上周發表推論模型Hunyuan-T1(渾元-T1),以與境內競爭對手DeepSeek所推出的DeepSeek R1競爭,雙方在效能與價格上相當。",
     "iThome", "zh-Hant", "cf. https://ithome.com.tw/news/168043 (lead verbatim; title written for this set)"),
   R("Tencent launches Hunyuan-T1 reasoning model, prices it against DeepSeek-R1",
     "Tencent said T1 matches or slightly beats R1 on several knowledge and reasoning benchmarks and generates 60-80 tokens per second.",
     "Reuters", "en"),
   R("टेनसेंट का हुनयुआन T1 लॉन्च, डीपसीक R1 से सस्ता होने का दावा", "", "न्यूज़18 हिंदी", "hi"))
# 8
ev("2025-04-02", "other", ["deepseek"],
   "The Information reports that ByteDance, Alibaba and Tencent ordered at least $16 billion of Nvidia H20 chips in Q1 2025, demand driven by DeepSeek's low-cost models",
   R("Chinese firms place 16 billion-dollar in order for new Nvidia chips, the Information reports",
     "(Reuters) - Chinese companies including ByteDance, Alibaba Group and Tencent Holdings have placed at least $16 billion in orders for Nvidia's H20 server chips in the first three months of the year, the Information reported on Wednesday, citing two people with direct knowledge of the transactions.",
     "Dunya News (Reuters)", "en", "https://dunyanews.tv/en/Technology/876571-chinese-firms-place-16-billiondollar-in-order-for-new-nvidia-chips-t"),
   R("Chinese firms including ByteDance and Tencent place $21.5 billion in orders for new Nvidia chips",
     "The surge in orders for Nvidia’s H20 server chips is driven by booming demand for Chinese start-up DeepSeek’s low-cost AI models.",
     "The Straits Times", "en", "https://www.straitstimes.com/business/chinese-firms-including-bytedance-and-tencent-place-21b-in-order-for-new-nvidia-chips"),
   R("China tech giants ordered $16 billion of new Nvidia chips",
     "Chinese tech giants have rushed to place orders for at least $16 billion worth of Nvidia’s H20 server chips, according to a report by The Information.",
     "Asia Financial", "en", "cf. https://asiafinancial.com/china-tech-giants-ordered-16-billion-of-new-nvidia-chips (lead verbatim; title taken from the URL)"),
   BPR(BP_EN, "DeepSeek effect: Chinese tech majors snap up $16 billion of Nvidia H20 chips", "en"),
   R("字节、阿里、腾讯一季度狂订至少160亿美元英伟达H20", "", "财联社", "zh"),
   R("डीपसीक की मांग: चीनी कंपनियों ने एनवीडिया को दिए 16 अरब डॉलर के H20 चिप ऑर्डर", "", "मनीकंट्रोल हिंदी", "hi"))
# 9
ev("2025-04-05", "release", ["deepseek"],
   "Meta releases Llama 4 Scout and Llama 4 Maverick (previewing Behemoth) and says Maverick achieves results comparable to DeepSeek v3 on reasoning and coding with fewer active parameters",
   R("Meta’s Llama 4 vs DeepSeek, OpenAI, and Gemini: How does it perform?",
     "Meta Platforms has unveiled its next-generation LLMs under the Llama 4 banner.",
     "InfotechLead", "en", "https://infotechlead.com/artificial-intelligence/metas-llama-4-vs-deepseek-openai-and-gemini-how-does-it-perform-89193"),
   R("Meta releases Llama 4, says Maverick matches DeepSeek v3 with half the active parameters", "", "TechCrunch", "en"),
   R("Meta发布Llama 4：Maverick推理编程比肩DeepSeek V3", "Scout与Maverick开放下载，Behemoth仍在训练中。", "机器之心", "zh"),
   R("Meta推出Llama 4 挑戰DeepSeek", "", "科技新報", "zh-Hant"),
   R("मेटा ने लॉन्च किए Llama 4 मॉडल, डीपसीक V3 जितना दमदार होने का दावा", "", "जनसत्ता", "hi"))
# 10
ev("2025-04-08", "ban", ["deepseek"],
   "Kansas Governor Laura Kelly signs HB 2313 into law, barring DeepSeek and other 'AI platforms of concern' from state-owned devices and state agency networks",
   R("Kansas enacts law banning state use of DeepSeek",
     "Kansas state employees will no longer be able to use DeepSeek on their state owned or issued devices after Governor Laura Kelly (D) signed HB 2313 into law on April 8.",
     "ByteBack", "en", "cf. https://byteback.beehiiv.com/p/kansas-enacts-law-banning-state-use-of-deepseek (lead verbatim; title taken from the URL)"),
   R("Kelly signs bill barring DeepSeek from Kansas state networks", "", "Kansas Reflector", "en"),
   R("美国堪萨斯州立法：州政府设备禁用DeepSeek", "", "环球网", "zh"),
   R("कंसास में कानून बना: सरकारी फोन-कंप्यूटर पर डीपसीक नहीं चलेगा", "", "दैनिक भास्कर", "hi"))
# 11
ev("2025-04-24", "product_launch", ["xiaomi"],
   "Xiaomi's Redmi brand launches the Redmi Turbo 4 Pro in China, the first phone with the Snapdragon 8s Gen 4, with a 7,550mAh battery (later sold globally as the Poco F7)",
   R("Redmi Turbo 4 Pro launched with Snapdragon 8s Gen 4 and 7,550mAh battery", "", "GSMArena", "en"),
   R("Xiaomi's Redmi Turbo 4 Pro is official, and it's the first Snapdragon 8s Gen 4 phone",
     "The phone is expected to reach global markets later as the Poco F7.", "Gizmochina", "en"),
   R("REDMI Turbo 4 Pro发布：首发第四代骁龙8s 7550mAh电池", "", "快科技", "zh"),
   BPR(BP_ZH, "REDMI Turbo 4 Pro正式发布 首销开启", "zh"),
   R("रेडमी टर्बो 4 प्रो चीन में लॉन्च, स्नैपड्रैगन 8s Gen 4 वाला पहला फोन", "", "गैजेट्स 360 हिंदी", "hi"))
# 12
ev("2025-06-16", "open_source", ["deepseek"],
   "Shanghai start-up MiniMax open-sources MiniMax-M1, a 456B-parameter hybrid-attention reasoning model with a 1M-token context (eight times DeepSeek-R1's), saying its RL training cost about $535,000",
   R("MiniMax-M1 Challenges AI Giants With 1M Token Open Source LLM",
     "The new Chinese model combines efficiency, long contextual memory and low costs, surpassing DeepSeek and approaching the performance of OpenAI, Google and Anthropic",
     "TurtlesAI", "en", "https://www.turtlesai.com/en/pages-2928/minimax-m1-challenges-ai-giants-with-1m-token-open"),
   R("China’s MiniMax-M1: Open‑Source LLM with 1 Million‑Token Window Surpasses DeepSeek in Efficiency", "",
     "Honewire", "en", "https://honewire.blogspot.com/2025/06/chinas-minimax-m1-opensource-llm-with.html"),
   R("MiniMax open-sources M1, claims 8x DeepSeek-R1's context window",
     "MiniMax, a Shanghai-based AI company, has open-sourced MiniMax-M1, the world’s longest context window reasoning AI model, featuring a context length of 1 million tokens—eight times larger than DeepSeek R1’s 128k tokens.",
     "Techno-Log-IA", "en", "cf. https://techno-log-ia.com/?p=55 (lead verbatim; title written for this set)"),
   R("MiniMax开源首个推理模型M1：百万上下文，强化学习仅花53万美元", "", "机器之心", "zh"),
   R("चीनी स्टार्टअप मिनीमैक्स का नया ओपन-सोर्स मॉडल, डीपसीक R1 से आठ गुना लंबा कॉन्टेक्स्ट", "", "इंडिया टीवी", "hi"))
# 13
ev("2025-06-27", "market_move", ["xiaomi", "lei_jun"],
   "Xiaomi's Hong Kong shares open up about 8% at a record high of HK$61.45 the day after the YU7 launch, lifting its market value to about HK$1.5 trillion and Lei Jun's fortune",
   R("Shares of China's Xiaomi surge after launch of electric vehicle YU7",
     "Hong Kong-listed shares of Xiaomi opened up 8 percent on Friday after the launch of a new electric car model.",
     "Korea JoongAng Daily", "en", "https://koreajoongangdaily.joins.com/news/2025-06-27/business/tech/Shares-of-Chinas-Xiaomi-surge-after-launch-of-electric-vehicle-YU7/2340407"),
   R("Xiaomi shares surge after new SUV gets 289,000 orders in an hour",
     "Xiaomi Corp.'s shares rose 8% to a lifetime high after the smartphone maker drew strong initial orders for a $35,000 sport utility vehicle intended to compete with Tesla Inc.'s Model Y in China.",
     "Bloomberg (Daily8)", "en", "https://www.daily8.com/en/article/f65f1c44030b846ceaf38421874d6ae8 (syndicated Bloomberg story)"),
   R("Xiaomi Shares Soar to Record High as YU7 SUV Attracts 289,000 Orders in One Hour",
     "Xiaomi Corporation’s shares surged 8% to an all-time high after the company revealed overwhelming demand for its latest electric vehicle, the YU7 SUV.",
     "The Exchange Asia", "en", "https://theexchangeasia.com/xiaomi-shares-soar-to-record-high-as-yu7-suv-attracts-289000-orders-in-one-hour"),
   R("小米集团股价盘中创历史新高 总市值突破1.5万亿港元", "", "证券时报", "zh"),
   R("YU7訂單爆棚 小米股價衝上61港元新高", "", "香港經濟日報", "zh-Hant"),
   R("क्या लेई जून अब चीन के सबसे अमीर शख्स हैं? YU7 की बुकिंग से शाओमी का शेयर रिकॉर्ड पर", "", "इकोनॉमिक टाइम्स हिंदी", "hi"))
# 14
ev("2025-07-11", "open_source", ["deepseek"],
   "Moonshot AI releases and open-sources Kimi K2, a 1-trillion-parameter MoE model (32B active) that beats DeepSeek-V3 on coding and agentic benchmarks",
   R("Moonshot AI Unveils Kimi K2 as First Open-Source Trillion-Parameter Model to Rival OpenAI and Deepseek", "",
     "CTOL Digital", "en", "https://www.ctol.digital/news/moonshot-ai-kimi-k2-first-open-source-trillion-parameter-model-rival-openai-anthropic"),
   R("💻Kimi K2: Smarter Than DeepSeek, Cheaper Than Claude",
     "Kimi K2 may be the first agentic model that China’s agent developers have been waiting for.",
     "Recode China AI", "en", "https://recodechinaai.substack.com/p/kimi-k2-smarter-than-deepseek-cheaper"),
   R("Kimi K2 and when \"DeepSeek Moments\" become normal",
     "One \"DeepSeek Moment\" wasn't enough for us to wake up, hopefully we don't need a third.",
     "Interconnects", "en", "https://www.interconnects.ai/p/kimi-k2-and-when-deepseek-moments"),
   R("月之暗面发布并开源Kimi K2：万亿参数，代码与Agent能力开源第一", "", "量子位", "zh"),
   R("मूनशॉट AI का किमी K2 ओपन-सोर्स: क्या यह चीन का अगला 'डीपसीक मोमेंट' है?", "", "आज तक", "hi"))
# 15
ev("2025-08-05", "release", ["deepseek"],
   "OpenAI releases gpt-oss-120b and gpt-oss-20b, its first open-weight language models since GPT-2, with Sam Altman citing competition from Chinese open models such as DeepSeek's as a factor",
   R("OpenAI Just Released it’s First Open-Weight Models Since GPT-2",
     "OpenAI has recently launched its first open-weight model in more than 5 years.",
     "AwesmAI", "en", "https://awesmai.com/?p=1955"),
   R("OpenAI launches two open-weight AI reasoning models available for free download",
     "OpenAI launched two open-weight AI reasoning models, gpt-oss-120b and gpt-oss-20b, available for free on Hugging Face.",
     "Swipe Insight", "en", "cf. https://web.swipeinsight.app/posts/openai-launches-two-open-weight-ai-reasoning-models-available-for-free-download-18617 (lead verbatim; title taken from the URL)"),
   R("How Chinese AI forced OpenAI to open its models after GPT-2",
     "In a significant shift for the artificial intelligence sector, OpenAI has released its first open-weight models since GPT-2 in 2019.",
     "TechKelly", "en", "cf. https://techkelly.net/how-chinese-ai-forced-openai-to-open-its-models-after-gpt-2 (lead verbatim; title taken from the URL)"),
   BPR(BP_EN, "Altman: world would otherwise be 'built on Chinese open-source models'", "en"),
   R("OpenAI时隔六年再开源 gpt-oss两款模型免费下载", "奥特曼称，来自DeepSeek等中国开源模型的竞争是重要考量。", "新智元", "zh"),
   R("ओपनएआई ने 6 साल बाद जारी किए ओपन-वेट मॉडल, डीपसीक से मिल रही टक्कर", "", "अमर उजाला", "hi"))
# 16
ev("2025-08-28", "product_launch", ["xiaomi"],
   "Xiaomi launches the HyperOS 3 beta at an online event, with the 'Xiaomi Super Island' live-activity area and better compatibility with Apple devices; Lei Jun pitches it to iPhone users",
   R("小米澎湃OS3发布：“超级岛”三岛并行",
     "站长之家(ChinaZ.com) 8月28日 消息:今日，小米在秋季新品发布会上正式推出澎湃OS3系统，小米产品总监、MIUI/HyperOS体验总负责人金凡宣布，该系统成为全球最后一家完成“登岛”的厂商，其独创的“小米超级岛”功能引发行业关注。",
     "站长之家", "zh", "cf. https://www.chinaz.com/2025/0828/1706638.shtml (lead verbatim; title written for this set)"),
   R("小米發佈澎湃OS 3作業系統！雷軍喊話果粉：小米手機更好相容蘋果生態",
     "小米集團 (01810-HK) 周四 (28 日) 召開主題為「事事順心」的澎湃 OS 3 線上發表會，不過推播的仍為 Beta 版。",
     "鉅亨網", "zh-Hant", "cf. https://news.cnyes.com/news/id/6131245 (lead verbatim; title taken from the page's image caption)"),
   R("Xiaomi unveils HyperOS 3 with 'Super Island' and iPhone interoperability", "", "Gizmochina", "en"),
   R("Lei Jun to Apple users: Xiaomi phones now play nicer with your Apple gear", "", "Android Headlines", "en"),
   R("शाओमी हाइपरओएस 3 पेश, आईफोन जैसा 'सुपर आइलैंड' फीचर आया", "", "गैजेट्स नाउ हिंदी", "hi"))
# 17
ev("2025-09-17", "statement", ["deepseek"],
   "DeepSeek issues a statement that fraudsters impersonating the company or its staff, with forged badges and licences, are charging users for 'compute leasing' and 'equity financing'; it says it never asks for payment to personal accounts",
   R("【ＡＩ】DeepSeek聲明：防範不法分子以「股權融資」等名義實施詐騙",
     "《經濟通通訊社18日專訊》DeepSeek昨晚發布官方聲明稱，近期，有不法分子冒充「深度求索」(DeepSeek)官方或在職員工，偽造工牌、營業執照等材料，在多個平台以「算力租賃」、「股權融資」等名義向用戶收取費用實施詐騙。",
     "經濟通", "zh-Hant", "https://www.etnet.com.hk/www/tc/forex/news-article/20250918775"),
   R("DeepSeek:防范不法分子冒用“深度求索”名义实施诈骗",
     "南亚网视加德满9月19日讯 据《环球时报》报道,DeepSeek 日前发布声明称,近期,有不法分子冒充“深度求索”(DeepSeek)官方或在职员工,伪造工牌、营业执照等材料,在多个平台以“算力租赁”“股权融资”等名义向用户收取费用实施诈骗。",
     "南亚网视 (环球时报)", "zh", "https://www.sicomedia.com/2025/0919/52583.shtml"),
   R("DeepSeek严正声明：从未要求用户向个人账户付款",
     "9月17日,DeepSeek(深度求索)公司正式发布了一则重要声明,针对近期发生的多起不法分子冒充公司名义进行诈骗的事件进行了严正回应。",
     "天津日报", "zh", "cf. https://www.tianjindaily.com.cn/ai/7445.html (lead verbatim; title written for this set)"),
   R("DeepSeek warns of scammers posing as staff to sell 'compute leasing' and equity stakes", "", "South China Morning Post", "en"),
   R("डीपसीक के नाम पर ठगी: कंपनी बोली- 'निवेश' और 'कंप्यूटिंग किराये' के झांसे में न आएं", "", "एनडीटीवी इंडिया", "hi"))
# 18
ev("2025-09-30", "benchmark", ["deepseek"],
   "NIST's Center for AI Standards and Innovation (CAISI) publishes an evaluation of DeepSeek R1, R1-0528 and V3.1 finding they lag US models on performance and cost, are far more vulnerable to hijacking and jailbreaks, and echo CCP narratives",
   R("CAISI Evaluation of DeepSeek AI Models Finds Shortcomings and Risks",
     "The National Institute of Standards and Technology’s Center for AI Standards and Innovation (CAISI) evaluated three DeepSeek models (R1, R1-0528 and V3.1) against four US reference models (OpenAI’s GPT-5, GPT-5-mini, gpt-oss and Anthropic’s Opus 4) across 19 benchmarks.",
     "The Global Practice", "en", "https://theglobalpractice.com/2025/10/18/caisi-evaluation-of-deepseek-ai-models-finds-shortcomings-and-risks"),
   R("NIST’s DeepSeek Evaluation Raises the Stakes in the Global AI Race", "", "Enterprise Technology Association", "en",
     "https://www.joineta.org/blog/nists-deepseek-evaluation-raises-the-stakes-in-the-global-ai-race"),
   R("US government study says DeepSeek trails American AI and is 12 times easier to hijack", "", "Reuters", "en"),
   R("美国NIST发布DeepSeek模型评估：称其性能落后、安全风险高", "", "观察者网", "zh"),
   R("अमेरिकी सरकारी जांच में डीपसीक फेल? NIST रिपोर्ट में सुरक्षा खामियों का दावा", "", "एबीपी न्यूज़", "hi"))
# 19
ev("2025-10-01", "other", ["xiaomi"],
   "Xiaomi says it delivered more than 40,000 electric vehicles in September 2025, its first month above 40,000 and a third straight monthly record",
   R("Xiaomi breaks electric car sales record – 40,000 in a month",
     "Xiaomi EV, the Chinese giant’s automotive division, set a new record: in September 2025, the company delivered more than 40,000 electric vehicles.",
     "Hi-Tech.ua", "en", "https://hi-tech.ua/en/xiaomi-breaks-electric-car-sales-record-40000-in-a-month/"),
   R("Xiaomi EV deliveries top 40,000 for the first time in September", "", "CnEVPost", "en"),
   R("小米汽车9月交付量超4万台 连续三个月创新高", "", "新浪财经", "zh"),
   R("小米汽車9月交車首破4萬輛", "", "經濟日報", "zh-Hant"),
   BPR(BP_HI, "शाओमी की इलेक्ट्रिक कारों का जलवा, सितंबर में 40 हज़ार से ज़्यादा डिलीवरी", "hi"))
# 20
ev("2025-10-23", "product_launch", ["xiaomi"],
   "Xiaomi's Redmi brand launches the Redmi K90 and its first 'Pro Max' model, the K90 Pro Max with the Snapdragon 8 Elite Gen 5 and a rear Bose-tuned speaker, in China",
   R("Redmi K90 and K90 Pro Max launched in China with Bose-tuned audio", "", "GSMArena", "en"),
   R("Redmi K90 Pro Max debuts: Snapdragon 8 Elite Gen 5, 7,560mAh battery and a speaker on the back",
     "The K90 series is expected to reach global markets as the Poco F8 line.", "Android Authority", "en"),
   R("REDMI K90系列发布 K90 Pro Max首搭Bose 2.1声学系统", "", "IT之家", "zh"),
   BPR(BP_ZH, "首款Pro Max来了！REDMI K90 Pro Max正式发布", "zh"),
   R("रेडमी K90 प्रो मैक्स लॉन्च, पीछे लगा है बोस का स्पीकर", "", "नवभारत टाइम्स", "hi"))
# 21
ev("2025-11-01", "other", ["xiaomi"],
   "Xiaomi says it delivered more than 40,000 electric vehicles in October 2025, the second straight month above 40,000",
   R("Xiaomi Delivers 40,000 EVs for Second Straight Month as Competition Intensifies",
     "Xiaomi delivered more than 40,000 electric vehicles in October 2025, marking the second consecutive month the Chinese smartphone giant has crossed this threshold and signaling its accelerating momentum in the competitive EV market.",
     "Headline Adda", "en", "https://headlineadda.com/news/xiaomi-delivers-40000-evs-october-2025"),
   R("Xiaomi is on a roll with another 40,000 sales month",
     "Xiaomi’s electric vehicle division reported delivering over 40,000 cars in October, marking the second consecutive month they’ve reached this significant number.",
     "Tech Oracle", "en", "cf. https://tech-oracle.com/xiaomi-is-on-a-roll-with-another-40000-sales-month (lead verbatim; title taken from the URL)"),
   R("小米汽车10月交付量继续超4万台", "", "第一电动网", "zh"),
   R("शाओमी ने अक्टूबर में भी बेचीं 40 हज़ार से ज़्यादा इलेक्ट्रिक कारें", "", "ज़ी न्यूज़ हिंदी", "hi"))
# 22
ev("2025-11-10", "ranking", ["xiaomi"],
   "China Passenger Car Association data show Xiaomi sold 48,654 EVs at retail in October 2025, outselling Tesla in China (26,006) for the first time, with the YU7 outselling the Model Y",
   R("Xiaomi Sells More Electric Vehicles than Tesla in China in October",
     "Xiaomi’s spectacular rise in China’s electric vehicle (EV) market reached a defining moment in October 2025 as it outperformed Tesla for the first time.",
     "TopNews", "en", "http://www.topnews.in/xiaomi-sells-more-electric-vehicles-tesla-china-october-2418314"),
   R("Xiaomi Shares Surge as China EV Sales Overtake Tesla",
     "On 10 November 2025, data from the China Passenger Car Association revealed a sharp shift in the Chinese electric-vehicle arena.",
     "Meyka", "en", "https://blog.meyka.com/?p=39643"),
   BPR(BP_EN, "Xiaomi outsells Tesla in China as YU7 beats Model Y: CPCA", "en"),
   R("乘联会：小米10月零售48654辆 首次超过特斯拉中国", "", "汽车之家", "zh"),
   R("चीन में टेस्ला पीछे, शाओमी आगे: अक्टूबर में बिकीं 48,654 कारें", "", "ऑटो आज तक", "hi"))
# 23
ev("2025-11-16", "statement", ["deepseek"],
   "Taiwan's National Security Bureau says its inspection of five Chinese AI apps (DeepSeek, Doubao, Yiyan, Tongyi, Yuanbao) found security violations and biased content, and urges the public to be cautious",
   R("Taiwan NSB flags major security risks, biases in five China-made AI models",
     "Taipei [Taiwan] November 17 : Five artificial intelligence (AI) language models developed in China reveal cybersecurity vulnerabilities and biases in content, as indicated by an inspection from the National Security Bureau (NSB), according to a report by Taipei Times.",
     "Indian News Network (ANI)", "en", "https://www.indiannewsnetwork.net/news/taiwan-nsb-flags-major-security-risks-biases-in-five-china-made-ai-models20251117150204"),
   R("NSB urges caution over Chinese AI apps after inspecting DeepSeek, Doubao",
     "Taipei, Nov. 16 (CNA) The National Security Bureau (NSB) has urged Taiwanese people to be on alert when using Chinese generative artificial intelligence (AI) language models due to potential security breaches and the spread of \"disinformation\" following recent inspections of five such apps.",
     "Focus Taiwan", "en", "cf. https://focustaiwan.tw/cross-strait/202511160005 (lead verbatim; title written for this set)"),
   R("Taiwan spy agency says DeepSeek, four other Chinese AI apps send data to China",
     "TAIPEI (Taiwan News) — The National Security Bureau warned on Sunday that several China-made AI language models, including DeepSeek, produce politically biased content and transmit users’ personal data back to Chinese servers.",
     "Taiwan News", "en", "cf. https://www.taiwannews.com.tw/news/6245677 (lead verbatim; title written for this set)"),
   R("國安局抽測5款中國AI 通義千問違規最多 DeepSeek也中招", "", "自由時報", "zh-Hant"),
   R("台湾“国安局”炒作大陆AI模型安全风险", "", "环球网", "zh"),
   R("ताइवान की खुफिया एजेंसी की चेतावनी: डीपसीक समेत 5 चीनी AI ऐप्स से खतरा", "", "दैनिक भास्कर", "hi"))
# 24
ev("2025-11-20", "security_incident", ["deepseek"],
   "CrowdStrike research finds DeepSeek-R1 is up to 50% more likely to write code with severe vulnerabilities when prompts mention topics the CCP considers sensitive, such as Tibet, Uyghurs or Falun Gong",
   R("DeepSeek-R1 AI Model Shows Increased Security Flaws with Sensitive Political Prompts, CrowdStrike Reports",
     "Recent research by cybersecurity firm CrowdStrike has uncovered that DeepSeek’s artificial intelligence (AI) reasoning model, DeepSeek-R1, exhibits a significant increase in generating insecure code when responding to prompts containing topics considered politically sensitive by the Chinese government.",
     "The Daily Tech Feed", "en", "https://thedailytechfeed.com/deepseek-r1-ai-model-shows-increased-security-flaws-with-sensitive-political-prompts-crowdstrike-reports"),
   R("Chinese DeepSeek-R1 AI Generates Insecure Code When Prompts Mention Tibet or Uyghurs",
     "New research from CrowdStrike has revealed that DeepSeek's artificial intelligence (AI) reasoning model DeepSeek-R1 produces more security vulnerabilities in response to prompts that contain topics deemed politically sensitive by China.",
     "The Hacker News", "en", "https://www.imtr.net/article/chinese-deepseek-r1-ai-generates-insecure-code-when-prompts-mention-tibet-or-4b92 (copy of The Hacker News story)"),
   R("CrowdStrike: DeepSeek AI weakens security on Uyghur, Tibet prompts",
     "(Uyghur Times) — New research from cybersecurity firm CrowdStrike has found that the Chinese-made AI model DeepSeek-R1 generates significantly more insecure code when prompts contain phrases considered politically sensitive by Beijing.",
     "Uyghur Times", "en", "cf. https://uyghurtimes.com/crowdstrike-deepseek-ai-weakens-security-on-uyghur-tibet-prompts (lead verbatim; title taken from the URL)"),
   R("CrowdStrike：提示词含敏感词时 DeepSeek-R1生成高危漏洞代码概率升近五成", "", "FreeBuf", "zh"),
   R("तिब्बत का ज़िक्र आते ही डीपसीक लिखने लगता है कमज़ोर कोड: क्राउडस्ट्राइक", "", "इंडिया टुडे हिंदी", "hi"))
# 25
ev("2025-11-20", "other", ["xiaomi", "lei_jun"],
   "Xiaomi's 500,000th car rolls off the line at its Beijing factory 602 days after the SU7 launch; Lei Jun says 2025 deliveries will exceed 400,000",
   R("第50万辆小米汽车下线 用时602天",
     "新浪科技讯 11月20日上午消息,第50万辆小米汽车在位于北京经济技术开发区的小米汽车超级工厂下线。",
     "新浪科技", "zh", "cf. https://www.163.com/dy/article/KEQC4BB90519D4UH.html (lead verbatim; title written for this set)"),
   R("雷军：第50万台整车下线，心情十分振奋",
     "11月20日晚间,小米集团董事长雷军通过社交媒体披露了企业最新进展。",
     "奈飞资讯", "zh", "cf. http://www.naifi.cn/post/13893.html (lead verbatim; title written for this set)"),
   R("小米汽車第50萬輛下線 雷軍：今年交付將超40萬輛",
     "日前，第50萬輛小米汽車在位於北京經濟技術開發區的小米汽車超級工廠下線。",
     "聯合新聞網", "zh-Hant", "cf. https://udn.com/news/story/7333/9178106 (lead verbatim; title written for this set)"),
   R("Xiaomi raises 2025 electric vehicle delivery target to 400,000",
     "Xiaomi’s electric vehicle (EV) division has hit a major milestone, producing its 500,000th car, and concurrently raised its full‑year 2025 delivery target to over 400,000 units, according to company announcements and media reports.",
     "MEXC News", "en", "https://www.mexc.fm/news/176612"),
   R("शाओमी की 5 लाखवीं कार फैक्ट्री से निकली, लेई जून बोले- इस साल 4 लाख से ज़्यादा डिलीवरी", "", "ऑटो आज तक", "hi"))
# 26
ev("2026-01-03", "talk", ["lei_jun", "xiaomi", "xiaomi_ai"],
   "In his first livestream of 2026, in which engineers strip down a YU7, Lei Jun sets a 2026 delivery target of 550,000 cars, says 2025 deliveries exceeded 410,000, and pledges more investment in large models",
   R("雷軍新年首場直播 喊小米汽車今年要賣出55萬輛",
     "中國消費電子巨頭小米集團創始人兼董事長雷軍3日在2026年的首場直播中，針對小米汽車提出全年將交付55萬輛的銷售目標，2025年交付總數超過41萬輛。",
     "世界日報", "zh-Hant", "https://www.worldjournal.com/wj/story/121347/9245303"),
   R("雷軍直播拆小米汽車 化解用料質疑",
     "大陸消費電子巨頭小米集團創始人兼董事長雷軍3日在2026年的首場直播中,針對小米汽車提出今年全年將交付55萬輛的銷售目標。",
     "聯合報", "zh-Hant", "https://www.todaymg.com/a/lei-jun-zhi-bo-chai-xiao-mi-qi-che-hua-jie-yong-liao-zhi-yi.html (copy of a 聯合報 story)"),
   R("雷军直播拆YU7 回应“7000法务”等传言",
     "1月3日晚,小米创办人、董事长兼CEO雷军进行2026年的第一场直播。",
     "中国基金报", "zh", "cf. http://www.stacaes.com/appxarticle/3249683.html (lead verbatim; title written for this set)"),
   R("Lei Jun sets 550,000 delivery goal for Xiaomi Auto in 2026",
     "On January 3, 2026, Lei Jun, CEO of Xiaomi, announced during a New Year livestream that Xiaomi Auto’s delivery target for 2026 is 550,000 vehicles, noting that actual deliveries in 2025 exceeded 410,000 units.",
     "NEWS18A", "en", "cf. https://english.news18a.com/news/english_223264.html (lead verbatim; title written for this set)"),
   R("Lei Jun: 'Do you want me to just read from a script?'", "", "CnEVPost", "en"),
   R("लेई जून का लक्ष्य: 2026 में 5.5 लाख कारें, लाइव स्ट्रीम में खोली गई YU7", "", "न्यूज़18 हिंदी", "hi"))
# 27
ev("2026-01-06", "product_launch", ["xiaomi"],
   "Xiaomi launches the Redmi Note 15 5G (108MP MasterPixel Edition) in India, alongside the Redmi Pad 2 Pro",
   R("Redmi Note 15 5G with 108MP camera, 5,520mAh battery launched in India", "", "India Today", "en"),
   R("Xiaomi kicks off 2026 in India with Redmi Note 15 5G and Redmi Pad 2 Pro", "", "Gadgets 360", "en"),
   R("Redmi Note 15 5G印度发布：1亿像素主摄", "", "IT之家", "zh"),
   R("रेडमी नोट 15 5G भारत में लॉन्च, 108MP कैमरा और 5520mAh बैटरी", "", "जागरण जोश", "hi"),
   BPR(BP_HI, "नए साल का पहला रेडमी फोन आया, जानें कीमत और फीचर्स", "hi"))
# 28
ev("2026-01-29", "product_launch", ["xiaomi"],
   "Xiaomi launches the Redmi Note 15 Pro and Note 15 Pro+ in India, with 200MP main cameras",
   R("Redmi Note 15 Pro, Note 15 Pro+ launched in India with 200MP cameras", "", "91mobiles", "en"),
   R("Xiaomi's Redmi Note 15 Pro series arrives in India: what the Pro+ adds", "", "Hindustan Times", "en"),
   R("Redmi Note 15 Pro系列印度发布 2亿像素主摄", "", "快科技", "zh"),
   R("रेडमी नोट 15 प्रो और प्रो+ भारत में लॉन्च, 200MP कैमरा", "", "गैजेट्स 360 हिंदी", "hi"))
# 29
ev("2025-11-18", "statement", ["xiaomi"],
   "On the Q3 2025 results call, Lu Weibing says Xiaomi will reach its 350,000-car 2025 delivery target that week and expects car gross margins to fall in 2026 as purchase-tax relief halves",
   R("盧偉冰：小米汽車本周完成全年35萬輛目標 明年毛利率料下滑",
     "小米總裁盧偉冰指，小米累計首3季交付新車逾26.5萬輛，更透露本周將完成全年35萬輛的年度交付目標，並預料明年整體交付仍可保持增長。",
     "am730", "zh-Hant", "cf. https://www.am730.com.hk/%E8%B2%A1%E7%B6%93/%E5%AD%A3%E8%B3%BA7%E5%84%84%E4%BA%BA%E5%B9%A3-%E5%B0%8F%E7%B1%B3%E6%B1%BD%E8%BB%8A%E9%A6%96%E9%8C%84%E7%9B%88%E5%88%A9/619901 (lead verbatim; title written for this set)"),
   R("小米股价跌破40港元,卢伟冰预计明年汽车业务毛利率或下滑", "", "Reportify", "zh",
     "https://reportify.ai/news/1188481597314306048"),
   R("Xiaomi to hit 350,000 EV target this week, sees car margins slipping in 2026", "", "Reuters", "en"),
   R("शाओमी इस हफ्ते पूरा करेगी 3.5 लाख कारों का लक्ष्य, अगले साल मार्जिन घटने का अनुमान", "", "मनीकंट्रोल हिंदी", "hi"))
# 30
ev("2025-10-17", "other", ["xiaomi"],
   "Redmi announces the K90 Pro Max, its first 'Pro Max' phone with a Bose speaker on the back, and sets its China launch for later in October",
   R("Redmi K90 Pro Max design revealed with a Bose speaker on the back, launch set for this month", "", "Gizmochina", "en"),
   R("Redmi's first Pro Max phone is coming, and it has a subwoofer", "", "Notebookcheck", "en"),
   R("REDMI K90 Pro Max官宣：背部Bose低音扬声器，本月发布", "", "快科技", "zh"),
   R("रेडमी का पहला 'प्रो मैक्स' फोन आ रहा है, लॉन्च डेट का ऐलान", "", "इंडिया टीवी", "hi"))
# 31
ev("2025-11-06", "open_source", ["deepseek"],
   "Moonshot AI releases and open-sources Kimi K2 Thinking, a reasoning 'thinking agent' version of K2 that it says beats GPT-5 on several agentic benchmarks, fuelling talk of another DeepSeek moment",
   R("Moonshot's Kimi K2 Thinking beats GPT-5 on agent benchmarks, stirring 'DeepSeek moment' talk", "", "CNBC", "en"),
   R("Kimi K2 Thinking is out: the open model that can chain hundreds of tool calls", "", "VentureBeat", "en"),
   R("月之暗面开源Kimi K2 Thinking：可连续调用工具数百次", "", "IT之家", "zh"),
   R("किमी K2 थिंकिंग लॉन्च: डीपसीक के बाद चीन का एक और ओपन AI मॉडल", "", "अमर उजाला", "hi"))
# 32
ev("2025-08-21", "product_launch", ["xiaomi"],
   "Xiaomi's Redmi brand launches the Redmi Note 15 series (Note 15, Note 15 Pro, Note 15 Pro+) in China",
   R("Redmi Note 15 series goes official in China", "", "GSMArena", "en"),
   R("Xiaomi launches Redmi Note 15 Pro and Pro+ in China", "", "Android Headlines", "en"),
   R("REDMI Note 15系列发布 Pro+版本领衔", "", "快科技", "zh"),
   BPR(BP_ZH, "红米Note 15系列正式亮相 起售价公布", "zh"),
   R("रेडमी नोट 15 सीरीज़ चीन में लॉन्च, भारत में कब आएगी?", "", "लाइव हिंदुस्तान", "hi"))
