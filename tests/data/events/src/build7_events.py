# Hand-written source of events_holdout7.jsonl (seventh held-out set). Written blind: no clustering,
# watcher, seed, test or bench code was opened. Executed by heldout.HeldOut(7), which gives it S, R, BPR and ev.
# Three stock sentences, each put by one outlet on reports of different events (as real feeds do).
BP_HI = ("एबीपी न्यूज़", "टेक और ऑटो जगत की हर बड़ी ख़बर सबसे पहले पढ़ें एबीपी न्यूज़ पर।")
BP_ZH = ("澎湃新闻", "本文来自澎湃科技频道，转载请注明出处。")
BP_EN = ("Hindustan Times", "Stay updated with the latest tech and auto news on Hindustan Times.")


# 1
ev("2024-05-23", "statement", ["xiaomi", "lei_jun"],
   "On Xiaomi's first-quarter 2024 results call, the company raises its 2024 SU7 delivery target from 100,000 to 120,000 cars and guides for a car gross margin of 5-10%",
   R("Xiaomi lifts SU7 delivery goal to 120,000 as orders pile up",
     "Xiaomi now expects to hand over at least 120,000 SU7 sedans this year, up from 100,000, president Lu Weibing told analysts after the quarterly results.",
     "Reuters", "en"),
   R("Xiaomi bumps up its 2024 EV target by 20%", "", "CnEVPost", "en"),
   R("小米上调SU7全年交付目标至12万辆", "卢伟冰在财报电话会上表示，汽车毛利率预计在5%至10%之间。", "界面新闻", "zh"),
   R("小米汽車今年交付目標拉高至12萬輛", "", "經濟日報", "zh-Hant"),
   R("शाओमी ने SU7 की डिलीवरी का लक्ष्य बढ़ाकर 1.2 लाख किया", "", "मनीकंट्रोल हिंदी", "hi"))
# 2
ev("2024-08-26", "other", ["deepseek"],
   "DeepSeek publishes the Fire-Flyer AI-HPC paper (arXiv 2408.14158, accepted at SC'24) describing its 10,000-GPU PCIe A100 cluster, which it says nears DGX-A100 performance at half the cost and 40% less energy, with the HFReduce, HaiScale and 3FS software stack",
   R("Fire-Flyer AI-HPC: A Cost-Effective Software-Hardware Co-Design for Deep Learning",
     "To address these challenges, we introduce the Fire-Flyer AI-HPC architecture, a synergistic hardware-software co-design framework and its best practices.",
     "arXiv", "en", "cf. http://arxiver.lazybrains.com/author/1781051 (abstract sentence verbatim; title is the paper's)"),
   R("DeepSeek details home-built 10,000-GPU cluster that halves costs", "The paper, accepted at SC24, describes the Fire-Flyer 2 system of PCIe A100 cards.", "The Register", "en"),
   R("幻方DeepSeek公开萤火二号万卡集群论文：成本降一半、能耗降40%", "论文介绍了HFReduce通信库与3FS文件系统。", "量子位", "zh"),
   R("डीपसीक ने बताया: आधी लागत में कैसे बना 10,000 GPU वाला सुपरकंप्यूटर", "", "दैनिक भास्कर", "hi"))
# 3
ev("2024-10-29", "other", ["xiaomi"],
   "Xiaomi says it delivered more than 20,000 SU7 cars in October 2024, its first month above 20,000, and reiterates its goal of 100,000 deliveries by the end of November",
   R("Xiaomi ramps up EV production, delivers 20,000 SU7 electric sedans",
     "Chinese smartphone giant Xiaomi announced on Tuesday that it had delivered over 20,000 SU7 electric vehicles (EVs) in October, as the company ramps up production for its EV venture in the fiercely competitive Chinese market.",
     "CoinBuzzFeed (Reuters)", "en", "cf. https://coinbuzzfeed.com/xiaomi-ramps-up-ev-production-delivers-20000-su7-electric-sedans (lead verbatim; title taken from the URL)"),
   BPR(BP_EN, "Xiaomi SU7 crosses 20,000 monthly deliveries for the first time", "en"),
   R("小米汽车10月交付量突破2万台 11月底有望完成10万台目标", "", "新浪科技", "zh"),
   R("शाओमी SU7 की अक्टूबर डिलीवरी 20 हज़ार के पार", "", "ज़ी बिज़नेस", "hi"))
# 4
ev("2024-12-01", "other", ["xiaomi"],
   "Xiaomi says SU7 deliveries exceeded 20,000 in November 2024, the second straight month above 20,000, and raises its full-year delivery target to 130,000",
   R("Xiaomi SU7 deliveries top 20,000 again in November",
     "In November,tech firm Xiaomi saw deliveries of its self-developed new energy vehicle model SU7 exceed 20,000 units for two consecutive months,with a full-year delivery target of 130,000 units,the firm said via its official Sina Weibo account.",
     "Xinhua", "en", "cf. https://greenergydaily.com/index.php?id=2718 (lead verbatim from a multi-maker delivery roundup; title written for this set)"),
   R("Xiaomi now aims for 130,000 SU7s in 2024 after another 20K month", "", "Electrive", "en"),
   R("小米SU7 11月交付超2万台 全年目标上调至13万台", "连续两个月交付破两万。", "每日经济新闻", "zh"),
   BPR(BP_HI, "शाओमी ने नवंबर में भी 20,000 से ज़्यादा SU7 पहुंचाईं, सालाना लक्ष्य 1.3 लाख", "hi"))
# 5
ev("2025-01-20", "release", ["deepseek"],
   "Moonshot AI releases Kimi k1.5, a multimodal reasoning model trained with large-scale reinforcement learning that it says matches OpenAI's o1 on math and code (AIME 77.5), on the same day as DeepSeek-R1",
   R("After DeepSeek, Kimi k1.5 Outshines OpenAI o1",
     "Kimi k1.5 represents a significant step forward in scaling reinforcement learning with LLMs.",
     "Analytics Vidhya", "en", "https://analyticsvidhya.com/?p=218253"),
   R("Moonshot's Kimi k1.5 claims o1-level reasoning on the day R1 lands", "Two Chinese labs publish RL-trained reasoners within hours.", "VentureBeat", "en"),
   R("月之暗面发布Kimi k1.5多模态思考模型 数学代码能力对标o1", "", "机器之心", "zh"),
   R("मूनशॉट का किमी k1.5 लॉन्च, OpenAI o1 को टक्कर देने का दावा", "", "न्यूज़18 हिंदी", "hi"))
# 6
ev("2025-01-22", "release", ["deepseek"],
   "ByteDance releases Doubao-1.5-pro, a sparse MoE model it says beats GPT-4o and Claude 3.5 Sonnet on several benchmarks at a much lower inference cost, in the week DeepSeek-R1 lands",
   R("Doubao-1.5-pro:字节跳动最新豆包大模型,性能超越GPT-4o和Claude 3.5 Sonnet", "", "CSDN", "zh", "https://blog.csdn.net/qq_19841021/article/details/145322761"),
   R("ByteDance unveils Doubao 1.5 Pro, says it tops GPT-4o at a fraction of the price",
     "The model arrives days after DeepSeek's R1 set off a price-and-performance race among Chinese labs.", "South China Morning Post", "en"),
   R("ByteDance's new Doubao model takes aim at OpenAI and DeepSeek", "", "Reuters", "en"),
   R("字節豆包大模型1.5 Pro登場 稱效能勝GPT-4o", "", "鉅亨網", "zh-Hant"),
   R("बाइटडांस का डोउबाओ 1.5 प्रो आया, GPT-4o से बेहतर होने का दावा", "", "इंडिया टुडे हिंदी", "hi"))
# 7
ev("2025-01-29", "partnership", ["deepseek"],
   "Cerebras launches DeepSeek-R1-Distill-Llama-70B on its wafer-scale inference cloud hosted in US data centres, claiming it runs 57 times faster than GPU-based solutions",
   R("Cerebras serves DeepSeek R1 distill 57x faster than GPUs",
     "Cerebras Systems' wafer-scale AI chip (WSE-3) outperforms the fastest GPUs by 57 times in executing DeepSeek-R1 models with 70 billion parameters.",
     "SemiVoice", "en", "cf. https://news.semivoice.com/post/906f3ba (first point verbatim; title written for this set)"),
   R("Cerebras adds DeepSeek R1 70B, keeps the data in the US", "The chip start-up says the model runs on its own American data centres.", "SiliconANGLE", "en"),
   R("Cerebras上线DeepSeek-R1蒸馏版70B 推理速度号称比GPU快57倍", "", "IT之家", "zh"),
   R("सेरेब्रस पर डीपसीक R1 अब 57 गुना तेज़, डेटा अमेरिका में ही रहेगा", "", "जागरण जोश", "hi"))
# 8
ev("2025-01-29", "partnership", ["deepseek"],
   "LM Studio adds DeepSeek-R1 models, distilled and full size, for running locally on Mac, Windows and Linux",
   R("DeepSeek R1: open source reasoning model",
     "DeepSeek R1 models, both distilled* and full size, are available for running locally in LM Studio on Mac, Windows, and Linux.",
     "LM Studio", "en", "https://lmstudio.ai/blog/deepseek-r1"),
   R("You can now run DeepSeek R1 offline on your laptop with LM Studio", "Distilled Qwen and Llama versions run on consumer hardware.", "The Verge", "en"),
   R("LM Studio支持本地运行DeepSeek R1 断网也能用", "", "少数派", "zh"),
   BPR(BP_HI, "अब लैपटॉप पर बिना इंटरनेट चलाएं डीपसीक R1, LM स्टूडियो में आया सपोर्ट", "hi"))
# 9
ev("2025-01-30", "security_incident", ["deepseek"],
   "Palo Alto Networks' Unit 42 says DeepSeek models can be easily jailbroken with its Deceptive Delight, Bad Likert Judge and Crescendo techniques to give guidance on keyloggers, data theft and incendiary devices",
   R("DeepSeek's Rise Shows AI Security Remains a Moving Target",
     "Palo Alto Networks Unit 42 also uncovered concerning vulnerabilities in DeepSeek, revealing that it can be easily jailbroken to produce nefarious content with little to no specialized knowledge or expertise.",
     "Palo Alto Networks", "en", "https://paloaltonetworks.com/blog/?p=333700"),
   R("Unit 42: three jailbreaks pry open DeepSeek's guardrails", "Researchers got step-by-step help with keyloggers and data exfiltration.", "Dark Reading", "en"),
   R("Palo Alto：DeepSeek模型易被越狱 三种手法成功绕过防护", "", "安全内参", "zh"),
   R("पालो ऑल्टो का दावा: डीपसीक को 'जेलब्रेक' करना बेहद आसान", "", "अमर उजाला", "hi"))
# 10
ev("2025-02-11", "market_move", ["deepseek"],
   "BYD's Hong Kong shares rise more than 4.5% to a record, a day after it said its 'God's Eye' driver-assistance cars will integrate DeepSeek-R1, taking its value to about $132 billion",
   R("BYD shares hit record as DeepSeek tie-up fuels smart-car rally", "Hong Kong-listed BYD jumped over 4.5%, extending a 20% gain this year.", "Bloomberg", "en"),
   R("BYD is now worth more than Ford, GM and Stellantis combined", "", "Electrek", "en"),
   R("比亚迪股价创历史新高 接入DeepSeek后市值超1.3万亿港元", "", "证券时报", "zh"),
   R("डीपसीक के साथ गठजोड़ के बाद BYD के शेयर रिकॉर्ड ऊंचाई पर", "", "मनीकंट्रोल हिंदी", "hi"))
# 11
ev("2025-02-13", "statement", ["deepseek"],
   "Speaking by video to the World Governments Summit in Dubai, Elon Musk says Grok 3 is 'scary smart', outperforms anything released so far in xAI's tests and is due in a week or two",
   R("Grok 3 in final stages, Musk says it is 'scary smart'",
     "As chatbot competitors like DeepSeek continue to drive forward AI innovation, Elon Musk has revealed that the latest iteration of Grok AI is \u201cscary smart\u201d, and is able to outperform other leading AI chatbots.",
     "Tech.co", "en", "cf. https://tech.co/news/grok-3-final-stages-musk-scary-smart (lead verbatim; title taken from the URL)"),
   R("Musk teases Grok 3 in Dubai, claims it beats every released model", "", "Reuters", "en"),
   R("马斯克迪拜峰会预告Grok 3：“聪明得吓人”，一两周内发布", "", "第一财经", "zh"),
   R("मस्क बोले- Grok 3 'डरावना रूप से स्मार्ट', जल्द होगा लॉन्च", "", "आज तक", "hi"))
# 12
ev("2025-02-18", "release", ["deepseek"],
   "xAI launches Grok 3 in a livestream (17 February US time), trained on its Colossus cluster of about 200,000 Nvidia GPUs, and claims it beats DeepSeek-V3, GPT-4o and Gemini 2 Pro on math, science and coding benchmarks",
   R("Elon Musk unveils \u2018Grok 3\u2019 AI model \u2013 why AI experts think it\u2019s a \u201csignificant milestone\u201d in the AI race",
     "Aside from causing a stir in US politics, Elon Musk\u2019s artificial intelligence venture xAI has now unveiled its latest AI chatbot, Grok 3, in a move some experts suggest could be a \u201csignificant milestone\u201d in the AI race to rival existing models from the likes of DeepSeek, Google and OpenAI.",
     "Prolific North", "en", "https://www.prolificnorth.co.uk/news/elon-musk-unveils-grok-3-ai-model-why-ai-experts-think-its-a-significant-milestone-in-the-ai-race/"),
   R("Musk\u2019s xAI Unveils Grok-3: The Dawn of AI\u2019s \"Hyper-Convergence\" Era",
     "Elon Musk\u2019s artificial intelligence startup, xAI, founded in July 2023, launched its Grok chatbot and Grok 1.5 model six months later.",
     "EgretSoft", "en", "https://www.egretsoft.com/news/NaW9P"),
   R("xAI发布Grok 3：20万张GPU训练 称超越DeepSeek-V3和GPT-4o", "", "华尔街见闻", "zh"),
   R("xAI推出Grok 3 馬斯克稱「地球最聰明AI」", "", "聯合新聞網", "zh-Hant"),
   R("एलन मस्क की xAI ने उतारा Grok 3, डीपसीक और GPT-4o से आगे होने का दावा", "", "एनडीटीवी इंडिया", "hi"))
# 13
ev("2025-03-06", "product_launch", ["deepseek"],
   "Chinese start-up Monica launches Manus, which it bills as the first general-purpose autonomous AI agent, in an invitation-only preview; Chinese media and commentators hail it as a possible 'second DeepSeek moment'",
   R("New Chinese AI Manus can think, act independently, tech world in shock again",
     "On March 6, software engineers in Shenzhen tested Manus, an AI system that operates without human oversight.",
     "Trak.in", "en", "cf. https://trak.in/stories/new-chinese-ai-manus-can-think-act-independently-tech-world-in-shock-again/ (lead verbatim; title taken from the URL)"),
   R("Manus: China unveils autonomous AI agent, invite codes resell for thousands", "", "Business Insider", "en"),
   R("全球首款通用Agent Manus发布 邀请码一码难求", "被称为“下一个DeepSeek”。", "36氪", "zh"),
   R("中國AI代理Manus橫空出世 被譽為第二個DeepSeek時刻", "", "香港01", "zh-Hant"),
   R("चीन का नया AI एजेंट 'मैनस' लॉन्च, दूसरा डीपसीक मोमेंट?", "", "एनडीटीवी इंडिया", "hi"))
# 14
ev("2025-03-12", "open_source", ["deepseek"],
   "Google releases the open-weight Gemma 3 family (1B-27B) and says the 27B model reaches an Elo of 1338 on LMArena, 98% of DeepSeek-R1's 1363, on a single H100 where R1 would need an estimated 32",
   R("Google's Gemma 3 Achieves 98% of DeepSeek's Accuracy with Just One GPU",
     "But Google isn't about to be outdone. On Wednesday, the tech giant unveiled its latest open-source large language model, Gemma 3, which nearly matches the accuracy of DeepSeek's R1 model, yet uses significantly less computing power.",
     "XIX.AI", "en", "https://xix.ai/ainews/googles-gemma-3-achieves-98-deepseeks-accuracy-gpu.html"),
   R("Google's Gemma 3 vs DeepSeek's R1: The Battle of Open AI Models Heats Up",
     "How Google\u2019s lightweight, powerful Gemma 3 stacks up against DeepSeek\u2019s R1 in the race for AI supremacy.",
     "Neuronad", "en", "cf. https://neuronad.com/ai-news/tech/googles-gemma-3-vs-deepseeks-r1-the-battle-of-open-ai-models-heats-up (lead verbatim; title taken from the URL)"),
   R("谷歌开源Gemma 3：单卡H100跑出DeepSeek R1九成八水平", "", "机器之心", "zh"),
   R("गूगल का जेम्मा 3 आया, एक GPU पर डीपसीक R1 जैसी ताक़त", "", "गैजेट्स 360 हिंदी", "hi"))
# 15
ev("2025-03-18", "statement", ["xiaomi"],
   "On Xiaomi's 2024 results call, president Lu Weibing says Xiaomi aims to start selling cars overseas in 2027 and plans to open 10,000 new Mi Home stores outside China over five years",
   R("Xiaomi to start selling EVs abroad in 2027, Lu Weibing says", "He called the complexity of expanding overseas 'quite high'.", "Reuters", "en"),
   R("Xiaomi plans 10,000 overseas stores and a 2027 car export debut", "", "CnEVPost", "en"),
   R("卢伟冰：小米汽车2027年出海 五年在海外新开一万家小米之家", "", "21世纪经济报道", "zh"),
   R("盧偉冰：小米汽車2027年進軍海外", "", "明報", "zh-Hant"),
   R("2027 से विदेश में कारें बेचेगी शाओमी, 10,000 नए स्टोर भी खुलेंगे", "", "बिज़नेस स्टैंडर्ड हिंदी", "hi"))
# 16
ev("2025-04-17", "release", ["deepseek"],
   "At Volcano Engine's AI Innovation Tour in Hangzhou, president Tan Dai unveils the Doubao 1.5 deep-thinking model (Seed-Thinking-v1.5, 200B MoE with 20B active), which ByteDance says has an 8% higher win rate than DeepSeek-R1 on non-reasoning tasks",
   R("ByteDance Releases Doubao 1.5 Deep Thinking Model: Multimodal Deep Thinking, Low Latency",
     "On April 17th, 2025, at the Volcano Engine AI Innovation Tour in Hangzhou, Tan Dai, President of ByteDance subsidiary Volcano Engine, unveiled the Doubao 1.5 deep reasoning model.",
     "AI Tide", "en", "http://aitide.news/article/17254"),
   R("ByteDance launches reasoning model it says edges DeepSeek R1", "", "Reuters", "en"),
   R("豆包1.5深度思考模型发布 谭待：比DeepSeek R1胜率高8%", "", "界面新闻", "zh"),
   BPR(BP_ZH, "火山引擎杭州发布豆包深度思考模型 文生图升级至3.0", "zh"),
   R("बाइटडांस का डोउबाओ 1.5 थिंकिंग मॉडल लॉन्च, डीपसीक R1 से मुकाबला", "", "लाइव हिंदुस्तान", "hi"))
# 17
ev("2025-05-12", "other", ["deepseek"],
   "Senators Bill Cassidy and Jacky Rosen introduce the bipartisan Protection Against Foreign Adversarial AI Act, which would bar federal contractors from using DeepSeek or any successor model from High-Flyer for contract work",
   R("Senators move to quash the use of Chinese AI system by federal contractors",
     "A bipartisan Senate bill would formally ban the use of DeepSeek by federal contractors, part of a larger effort to keep the Chinese-made large language model out of government systems and networks, where lawmakers fear it could pose cybersecurity and national security concerns.",
     "CyberScoop", "en", "https://threatbeat.com/adversaries/senators-move-to-quash-the-use-of-chinese-ai-system-by-federal-contractors/ (copy of a CyberScoop story)"),
   R("Senate bill seeks to block federal use of DeepSeek",
     "A bipartisan bill introduced in the U.S. Senate aims to prohibit federal contractors from using DeepSeek, a large language model developed by Chinese firm High Flyer, in any capacity related to government contracts, CyberScoop reports.",
     "SC Media", "en", "https://www.scworld.com/brief/senate-bill-seeks-to-block-federal-use-of-deepseek"),
   R("US Bill Aims to Block China\u2019s DeepSeek AI Over Spy Fears",
     "U.S. Senators Jacky Rosen (D-NV) and Bill Cassidy, M.D. (R-LA) have introduced a bipartisan bill aimed at safeguarding sensitive data held by federal agencies from potential access by foreign states, including China.",
     "Security Express", "en", "cf. https://securityexpress.info/us-bill-aims-to-block-chinas-deepseek-ai-over-spy-fears (lead verbatim; title taken from the URL)"),
   R("美参议员提案禁止联邦承包商使用DeepSeek", "", "环球网", "zh"),
   R("अमेरिकी सीनेट में बिल: सरकारी ठेकेदार नहीं कर सकेंगे डीपसीक का इस्तेमाल", "", "दैनिक जागरण", "hi"))
# 18
ev("2025-06-25", "other", ["deepseek"],
   "House China committee chair John Moolenaar and ranking member Raja Krishnamoorthi, with Senators Rick Scott and Gary Peters, introduce the bicameral No Adversarial AI Act to bar federal agencies from buying or using AI from China and other adversaries, citing DeepSeek",
   R("Krishnamoorthi and Moolenaar Lead Bipartisan, Bicameral Bill to Protect Federal Agencies from the Risks of AI Technologies Developed by Foreign Adversaries",
     "Today, Ranking Member Raja Krishnamoorthi (D-IL) and Chairman John Moolenaar (R-MI) of the House Select Committee on the Strategic Competition Between the United States and the Chinese Communist Party introduced the No Adversarial AI Act, bipartisan legislation to protect federal agencies from the risks posed by artificial intelligence technologies controlled by foreign adversaries, including the People\u2019s Republic of China (PRC).",
     "House Select Committee on the CCP (Democrats)", "en", "https://democrats-selectcommitteeontheccp.house.gov/media/press-releases/krishnamoorthi-and-moolenaar-lead-bipartisan-bicameral-bill-protect-federal"),
   R("Congress seeks ban on government use of foreign adversary AI",
     "Federal agencies would be barred from using artificial intelligence linked to the Chinese government under bipartisan legislation introduced Wednesday by a bipartisan group of House and Senate lawmakers.",
     "FedScoop", "en", "cf. https://fedscoop.com/congress-seeks-ban-on-government-use-of-foreign-adversary-ai/ (lead verbatim; title taken from the URL)"),
   R("DeepSeek and Chinese AI models could be banned in US government",
     "Artificial intelligence models developed in China, Iran, Russia, and North Korea could soon be banned from use across US government agencies.",
     "TechInformed", "en", "cf. https://v2.techinformed.tech/deepseek-and-chinese-ai-models-could-be-banned-in-us-government (lead verbatim; title taken from the URL)"),
   R("美众议院对华特别委员会提出《禁止对手AI法案》 剑指DeepSeek", "", "观察者网", "zh"),
   BPR(BP_HI, "अमेरिकी सरकारी एजेंसियों में चीनी AI पर रोक का बिल, निशाने पर डीपसीक", "hi"))
# 19
ev("2025-06-26", "other", ["deepseek"],
   "The Information reports that DeepSeek's R2 reasoning model, once expected in May, is delayed because Liang Wenfeng is not satisfied with its performance, and that an Nvidia H20 shortage could strain cloud providers if it launches",
   R("DeepSeek R2 launch stalled as CEO balks at progress, The Information reports",
     "Chinese AI startup DeepSeek has delayed the release of its R2 model, successor to the widely popular R1, due to CEO Liang Wenfeng's dissatisfaction with the model's current performance, according to a report by The Information.",
     "Vivold Consulting", "en", "https://www.vivold.com/articles/deepseek-r2-launch-stalled-as-ceo-balks-at-progress"),
   R("DeepSeek Delays R2 Model Launch Amid CEO Concerns and Chip Constraints",
     "Chinese AI startup DeepSeek has postponed the launch of its next-generation R2 language model as internal dissatisfaction with performance stalls progress.",
     "Weights & Biases", "en", "https://wandb.ai/byyoung3/ml-news/reports/DeepSeek-Delays-R2-Model-Launch-Amid-CEO-Concerns-and-Chip-Constraints--VmlldzoxMzQwNDQ2OQ"),
   R("梁文锋对R2表现不满意 DeepSeek新模型发布推迟", "", "新浪科技", "zh"),
   R("DeepSeek R2跳票 傳梁文鋒不滿效能", "", "工商時報", "zh-Hant"),
   R("डीपसीक R2 की लॉन्चिंग टली, CEO लियांग प्रदर्शन से नाख़ुश", "", "इकोनॉमिक टाइम्स हिंदी", "hi"))
# 20
ev("2025-08-19", "statement", ["xiaomi"],
   "On Xiaomi's second-quarter 2025 results call, Lu Weibing cuts the 2025 smartphone shipment target to 175 million from 180 million and says the global phone market will see little or no growth",
   R("Xiaomi trims 2025 phone shipment goal to 175 million", "President Lu Weibing expects the global market to grow 0.1-0.2% at most.", "Reuters", "en"),
   R("Lu Weibing: smartphone market flat, Xiaomi lowers target", "", "Gizmochina", "en"),
   R("卢伟冰：小米今年手机出货目标下调至1.75亿台", "", "财联社", "zh"),
   R("शाओमी ने घटाया फोन शिपमेंट लक्ष्य, अब 17.5 करोड़", "", "ज़ी बिज़नेस", "hi"))
# 21
ev("2025-08-22", "partnership", ["deepseek"],
   "Tesla's updated terms of service in China show its cars will get a voice assistant powered by DeepSeek (for AI chat) and ByteDance's Doubao (for voice commands), both hosted on Volcano Engine, starting with the Model Y L",
   R("Sales under pressure, Tesla seeks AI \"breakthrough\" in China: plans to introduce Doubao and DeepSeek large models",
     "Tesla plans to integrate an in-car voice assistant feature powered by DeepSeek and ByteDance's \"Doubao\" large model into the vehicles sold in China.",
     "Wallstreetcn", "en", "https://web-origin.lbkrs.com/news/254125758"),
   R("Tesla upgrades EV voice assistant system with AI from DeepSeek and ByteDance",
     "Tesla is rolling out an upgraded voice assistant system for its electric vehicles (EVs) in mainland China, adopting artificial intelligence from DeepSeek and ByteDance to better engage with customers in the world's largest automotive market.",
     "South China Morning Post", "en", "cf. https://5x.news/tesla-upgrades-ev-voice-assistant-system-with-ai-from-deepseek-and-bytedance-379312.html (copy of an SCMP story; lead verbatim, title taken from the URL)"),
   R("特斯拉中国车机将接入DeepSeek和豆包大模型", "用户说“嘿，特斯拉”即可唤醒。", "澎湃新闻", "zh"),
   R("特斯拉在中國導入DeepSeek與豆包 語音助理升級", "", "自由時報", "zh-Hant"),
   R("टेस्ला की कारों में अब चीन में डीपसीक और डोउबाओ वाला वॉइस असिस्टेंट", "", "ऑटो आजतक", "hi"))
# 22
ev("2025-09-05", "statement", ["deepseek"],
   "Anthropic updates its terms to bar companies more than 50% owned by entities in China and other unsupported regions from using Claude, wherever they operate, accepting a revenue hit in the 'low hundreds of millions of dollars'",
   R("AI giant Anthropic expands restrictions on Chinese entities",
     "US artificial intelligence giant Anthropic said it was expanding restrictions on Chinese entities to include subsidiary companies and organisations based overseas, citing national security risks in an industry first.",
     "AFP (Robo Daily)", "en", "https://www.robodaily.com/reports/AI_giant_Anthropic_expands_restrictions_on_Chinese_entities_999.html"),
   R("Anthropic bars Chinese-owned firms amid AI security push",
     "Anthropic, the San Francisco-based AI company behind the Claude chatbot, announced Friday it will ban entities that are majority Chinese-owned from using its services, tightening restrictions on \u201cauthoritarian regions\u201d.",
     "TIPP Insights", "en", "cf. https://tippinsights.com/anthropic-bars-chinese-owned-firms-amid-ai-security-push (lead verbatim; title taken from the URL)"),
   R("US AI giant Anthropic bars Chinese-owned entities",
     "San Francisco: Anthropic is barring Chinese-run companies and organisations from using its artificial intelligence services, the US tech giant said as it toughened restrictions on \"authoritarian regions.\"",
     "Deccan Chronicle", "en", "cf. https://www.deccanchronicle.com/technology/us-ai-giant-anthropic-bars-chinese-owned-entities-1901715 (lead verbatim; title taken from the URL)"),
   R("Anthropic禁止中资控股企业使用Claude", "", "IT之家", "zh"),
   R("एंथ्रोपिक ने चीनी स्वामित्व वाली कंपनियों पर लगाई रोक", "", "अमर उजाला", "hi"))
# 23
ev("2025-11-18", "statement", ["xiaomi"],
   "On the Q3 2025 results call, Lu Weibing says Xiaomi's 2025 smartphone shipment target is about 170 million units",
   R("Xiaomi now expects about 170 million phone shipments this year", "It is the second cut this year, after 175 million in August.", "Bloomberg", "en"),
   R("卢伟冰：小米手机2025年出货量目标预计为1.7亿台", "", "新华网", "zh"),
   R("小米今年手機出貨目標再降至1.7億台", "", "鉅亨網", "zh-Hant"),
   R("शाओमी का फोन लक्ष्य फिर घटा, 2025 में 17 करोड़ यूनिट", "", "बिज़नेस स्टैंडर्ड हिंदी", "hi"))
# 24
ev("2025-12-01", "other", ["xiaomi"],
   "Xiaomi says it delivered more than 40,000 cars in November 2025, the third straight month above 40,000 (46,249 including 33,729 YU7s), taking January-November deliveries past 360,000",
   R("Xiaomi EV deliveries stay above 40,000 for a third month", "The YU7 SUV accounted for most of November's volume.", "CnEVPost", "en"),
   BPR(BP_EN, "Xiaomi's November deliveries cross 40,000 as YU7 leads", "en"),
   R("小米汽车11月交付量连续第三个月超4万台", "YU7交付超3.3万台。", "每日经济新闻", "zh"),
   R("शाओमी ने नवंबर में 40,000 से ज़्यादा कारें डिलीवर कीं", "", "ऑटो आजतक", "hi"))
# 25
ev("2025-12-26", "other", ["xiaomi", "lei_jun"],
   "Lei Jun announces that cumulative deliveries of the Xiaomi YU7 SUV have passed 150,000 six months after its launch",
   R("Xiaomi YU7 passes 150,000 deliveries in six months", "", "CarNewsChina", "en"),
   R("雷军：小米YU7上市半年交付突破15万台", "", "IT之家", "zh"),
   BPR(BP_ZH, "小米YU7交付量破15万 雷军发文致谢车主", "zh"),
   R("雷軍：YU7半年交車逾15萬輛", "", "經濟日報", "zh-Hant"),
   R("लेई जुन: छह महीने में 1.5 लाख YU7 की डिलीवरी", "", "नवभारत टाइम्स", "hi"))
# 26
ev("2026-01-01", "other", ["xiaomi"],
   "Xiaomi says it delivered more than 50,000 cars in December 2025, a monthly record, taking 2025 deliveries above 400,000; exact figures to follow on 15 January",
   R("Xiaomi sets monthly record with 50,000-plus EV deliveries in December", "Full-year deliveries exceed 400,000.", "Reuters", "en"),
   BPR(BP_EN, "Xiaomi closes 2025 with record December EV deliveries", "en"),
   R("小米汽车12月交付超5万台创新高 全年交付超40万台", "", "第一财经", "zh"),
   BPR(BP_HI, "शाओमी ने दिसंबर में रिकॉर्ड 50 हज़ार कारें बेचीं, साल भर में 4 लाख पार", "hi"))
# 27
ev("2026-03-09", "ranking", ["deepseek"],
   "a16z's sixth Top 100 Gen AI Consumer Apps report puts DeepSeek fourth on the global web list, the highest-ranked Chinese AI app, with 33.5% of its traffic from China, 7.1% from Russia and 6.6% from the US",
   R("DeepSeek ranks fourth in a16z's global AI web app list",
     "It ranks fourth globally in the web application list, making it the highest-ranked Chinese AI application currently.",
     "Tiger Brokers", "en", "cf. https://ttm.financial/m/news/1120352644 (sentence verbatim; title written for this set)"),
   R("a16z Top 100: ChatGPT still leads, DeepSeek is the top Chinese app on the web", "", "The Information", "en"),
   R("a16z全球AI应用百强榜：DeepSeek网页端排名第四", "", "量子位", "zh"),
   R("a16z की टॉप 100 AI ऐप सूची में डीपसीक चौथे नंबर पर", "", "इंडिया टुडे हिंदी", "hi"))
# 28
ev("2026-05-26", "earnings", ["xiaomi"],
   "Xiaomi reports first-quarter 2026 results: revenue and profit fall together for the first time in four years, adjusted net profit nearly halves, car deliveries drop more than 44% from the previous quarter and the EV/AI segment returns to a 3.1-billion-yuan loss",
   R("Xiaomi's first double decline in four years tests its dual-engine story",
     "For the first time in four years, the tech giant reported a simultaneous decline in both revenue and profit, with adjusted net income nearly halving in the first quarter of 2026.",
     "China Daily Brief", "en", "cf. https://chinadailybrief.com/article/6a169885bc35116ac7a82d5a (lead sentence verbatim; title written for this set)"),
   R("Xiaomi profit nearly halves as memory costs and EV slump bite", "", "Reuters", "en"),
   R("小米一季度营收净利双降 汽车业务重回亏损", "经调整净利润同比近乎腰斩。", "界面新闻", "zh"),
   R("小米首季盈利近腰斬 電動車分部再虧31億", "", "信報", "zh-Hant"),
   R("शाओमी का मुनाफ़ा लगभग आधा, EV कारोबार फिर घाटे में", "", "मनीकंट्रोल हिंदी", "hi"))
# 29
ev("2026-06-24", "partnership", ["deepseek"],
   "At ByteDance's Volcano Engine conference, Tesla's China in-car system is officially confirmed to integrate the Doubao model and DeepSeek on Volcano Engine infrastructure, after filing its voice-model service in Shanghai in April; the new Model Y gets it first by OTA",
   R("Tesla's in-car voice system in China is finally learning to 'understand human language'",
     "On June 24, during ByteDance's Volcano Engine conference, a seemingly expected yet highly informative announcement was made: Tesla's China in-car system has officially confirmed the integration of the Doubao Large Model, alongside the recent attention-grabbing DeepSeek, with the entire technological infrastructure supported by Volcano Engine.",
     "AsiaICT", "en", "http://asiaict.com/ai/17407.html"),
   R("Tesla confirms Doubao and DeepSeek in China cars at Volcano Engine event", "", "CnEVPost", "en"),
   R("火山引擎大会官宣：特斯拉中国车机正式接入豆包与DeepSeek", "", "36氪", "zh"),
   R("टेस्ला ने चीन में डोउबाओ और डीपसीक के इस्तेमाल की पुष्टि की", "", "गैजेट्स 360 हिंदी", "hi"))
# 30
ev("2024-10-07", "other", ["xiaomi", "lei_jun"],
   "Lei Jun says the Xiaomi SU7 received more than 6,000 orders during the National Day holiday",
   R("Lei Jun: SU7 logged over 6,000 orders over Golden Week", "Xiaomi is sprinting to deliver 20,000 cars in October.", "Gizmochina", "en"),
   R("雷军：国庆假期小米SU7订单超6000台", "", "快科技", "zh"),
   BPR(BP_ZH, "小米SU7国庆大卖 雷军晒六千订单", "zh"),
   R("राष्ट्रीय दिवस की छुट्टियों में शाओमी SU7 को मिले 6,000 से ज़्यादा ऑर्डर", "", "नवभारत टाइम्स", "hi"))
