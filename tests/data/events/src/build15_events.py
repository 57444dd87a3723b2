# The hand-written source of events_holdout15.jsonl (fifteenth held-out set). Written blind: no clustering,
# watcher, seed, test or bench code was opened. Executed by heldout.HeldOut(15), which gives it S, R, BPR and ev.
# Emphasis: distinct events that break within a day or two of each other and share names (DeepSeek, the governments
# and chief executives reacting to it), plus ordinary events worded very differently across scripts.
# Three stock sentences, each put by one outlet on reports of three unrelated events (as real feeds do).
BP_EN = ("The Economic Times", "Catch all the Technology News, Breaking News Events and Latest News Updates on The Economic Times.")
BP_ZH = ("财联社", "财联社讯，更多AI产业动态请关注财联社电报。")
BP_HI = ("न्यूज़18 हिंदी", "टेक्नोलॉजी और बिज़नेस की हर बड़ी ख़बर के लिए पढ़ते रहिए न्यूज़18 हिंदी।")

# 1
ev("2024-07-25", "release", ["deepseek"],
   "DeepSeek upgrades its API: JSON Output, Function Calling, Chat Prefix Completion (beta) and 8K max_tokens (beta) on /chat/completions, and a new /completions endpoint for FIM completion (beta), for both deepseek-chat and deepseek-coder",
   R("DeepSeek API Upgrade",
     "Today, the DeepSeek API releases a major update, equipped with new interface features to unlock more potential of the model:",
     "DeepSeek API Docs", "en", "https://api-docs.deepseek.com/news/news0725"),
   R("DeepSeek API adds Chat Prefix Completion, FIM, Function Calling and JSON Output",
     "The DeepSeek API has recently undergone a significant upgrade, introducing a suite of powerful new features designed to enhance the capabilities of AI models.",
     "Generator Hub", "en", "cf. https://generator-hub.com/blog/6239 (lead verbatim; title written for this set)"),
   R("DeepSeek API重大更新：支持JSON输出、Function Calling和FIM补全", "", "量子位", "zh"),
   R("DeepSeek API升級 新增函數呼叫與JSON格式輸出", "", "iThome", "zh-Hant"),
   R("डीपसीक API में बड़ा अपडेट, JSON आउटपुट और फ़ंक्शन कॉलिंग का सपोर्ट जुड़ा", "", "जागरण टेक", "hi"))
# 2
ev("2024-12-26", "statement", ["deepseek"],
   "Andrej Karpathy praises DeepSeek-V3 as a frontier-grade open-weights model trained on 'a joke of a budget' (2,048 GPUs for two months, about $6M), roughly 11x less compute than Llama 3 405B",
   R("Andrej Karpathy Praises DeepSeek V3’s Frontier LLM, Trained on a $6M Budget", "",
     "Analytics Vidhya", "en", "https://analyticsvidhya.com/blog/2024/12/deepseek-v3"),
   R("Karpathy: DeepSeek trained a frontier-grade model on 'a joke of a budget'",
     "DeepSeek (Chinese AI co) making it look easy today with an open weights release of a frontier-grade LLM trained on a joke of a budget (2048 GPUs for 2 months, $6M).",
     "soulap.cn", "en", "cf. http://soulap.cn/UGZIWVNKcTdlU0V0Q1UxSStncGRQdz09.html (lead verbatim: the first sentence of the post as reposted there; title written for this set)"),
   R("卡帕西盛赞DeepSeek-V3：2048块GPU、两个月、600万美元训出前沿模型", "", "机器之心", "zh"),
   R("前OpenAI研究員Karpathy：DeepSeek-V3以極低預算達前沿水準", "", "數位時代", "zh-Hant"),
   R("आंद्रेज कार्पाथी ने की डीपसीक-V3 की तारीफ़, बोले- बेहद कम बजट में बना फ़्रंटियर मॉडल", "", "नवभारत टाइम्स", "hi"))
# 3
ev("2025-01-27", "statement", ["deepseek"],
   "Salesforce CEO Marc Benioff posts that DeepSeek is No. 1 on the App Store, surpassing ChatGPT with no Nvidia supercomputers or $100M needed, and that AI's true value lies in data and metadata: 'Deepgold'",
   R("Benioff on DeepSeek's App Store win: the future's fortune is data, 'Deepgold'",
     "Deepseek is now #1 on the AppStore, surpassing ChatGPT—no NVIDIA supercomputers or $100M needed.",
     "Newsweek", "en", "cf. https://dailynewsff.com/elon-musk-questions-deepseek-microchip-claims/ (lead verbatim: Benioff's post as quoted in a reposted Newsweek story; title written for this set)"),
   R("Salesforce CEO贝尼奥夫：DeepSeek登顶App Store，AI真正的金矿是数据", "", "新浪科技", "zh"),
   R("Salesforce執行長貝尼奧夫：DeepSeek不靠輝達超級電腦也能勝出", "", "經濟日報", "zh-Hant"),
   R("सेल्सफ़ोर्स CEO मार्क बेनिऑफ़ बोले- डीपसीक ने बिना एनवीडिया सुपरकंप्यूटर के ChatGPT को पछाड़ा", "", "अमर उजाला", "hi"))
# 4
ev("2025-01-27", "statement", ["deepseek"],
   "Elon Musk answers Scale AI CEO Alexandr Wang's claim that DeepSeek has about 50,000 Nvidia H100s with 'Obviously', and replies 'Lmao no' to Marc Benioff's praise of DeepSeek, doubting its low-cost claims",
   R("Scale AI CEO Alexandr Wang claims DeepSeek hides 50,000 Nvidia H100 chips stockpile, Elon Musk reacts",
     "In a recent chat with CNBC, Alexandr Wang, CEO of Scale AI, made a striking revelation about DeepSeek’s hardware stash.",
     "Mint", "en", "cf. https://www.livemint.com/ai/artificial-intelligence/scale-ai-ceo-alexandr-wang-claims-deepseek-hides-50-000-nvidia-h100-chips-stockpile-elon-musk-reacts-11738062626511.html (lead verbatim; title taken from the URL)"),
   R("Elon Musk finally breaks silence on Chinese AI DeepSeek and he's not impressed",
     "After more than a week of uncharacteristic silence, Elon Musk has finally spoken about DeepSeek, the Chinese AI startup that has been making headlines for its low-cost, high-performance AI model.",
     "Business Today", "en", "cf. https://www.businesstoday.in/technology/news/story/elon-musk-finally-breaks-silence-on-chinese-ai-deepseek-and-hes-not-impressed-462505-2025-01-30 (lead verbatim; title taken from the URL)"),
   R("Musk doubts DeepSeek's low-cost claim: 'Obviously' it has more H100s",
     "Elon Musk, CEO of Tesla, raised doubts about the Chinese AI startup DeepSeek, which claimed to have developed an artificial intelligence (AI) model at a low cost.",
     "Chosun Biz", "en", "cf. https://biz.chosun.com/en/en-international/2025/01/28/TZFLFFKJVFAXXNC3UQZM5NSSWM/?outputType=amp (lead verbatim; title written for this set)"),
   R("马斯克回应DeepSeek“囤卡”传闻：显然", "", "澎湃新闻", "zh"),
   R("馬斯克質疑DeepSeek低成本說法 暗指其握有大量H100", "", "自由時報", "zh-Hant"),
   R("एलन मस्क ने डीपसीक के दावों पर उठाए सवाल, कहा- 'ज़ाहिर है' उसके पास ज़्यादा चिप हैं", "", "आज तक", "hi"))
# 5
ev("2025-01-28", "statement", ["deepseek"],
   "Australia's Industry and Science Minister Ed Husic, in an ABC interview, becomes the first Western government official to voice privacy concerns about DeepSeek, saying many questions remain about data and privacy management and urging caution",
   R("Australia’s minister raises privacy concerns over Chinese chatbot DeepSeek",
     "Australia’s Science Minister Ed Husic is the first Western government official to express worries about DeepSeek.",
     "Globzette", "en", "cf. https://globzette.com/technology/australias-minister-raises-privacy-concerns-over-chinese-chatbot-deepseek/ (lead verbatim; title taken from the URL)"),
   R("Australia raises red flags over DeepSeek: is your data safe with this controversial AI chatbot",
     "Recently, Australia’s science minister, Ed Husic, has made headlines by becoming the first official from a Western government to articulate privacy concerns regarding DeepSeek, a Chinese chatbot that has been creating significant disruptions in both the financial and tech sectors.",
     "WebPressNews", "en", "cf. https://webpressnews.com/australia-raises-red-flags-over-deepseek-is-your-data-safe-with-this-controversial-ai-chatbot (lead verbatim; title taken from the URL)"),
   R("澳大利亚工业与科学部长胡西奇：对DeepSeek要“非常谨慎”", "", "中新网", "zh"),
   R("澳洲工業部長籲慎用DeepSeek 憂數據與隱私管理", "", "中央社", "zh-Hant"),
   BPR(BP_HI, "ऑस्ट्रेलिया के मंत्री एड ह्यूसिक की चेतावनी- डीपसीक इस्तेमाल करने में बरतें सावधानी", "hi"))
# 6
ev("2025-01-29", "statement", ["deepseek"],
   "At his Senate confirmation hearing, Commerce Secretary nominee Howard Lutnick says DeepSeek 'stole things' and relied on Meta's open platform and Nvidia chips that got around export controls, and that China's use of US tools 'has got to end'",
   R("Trump’s commerce secretary pick vows to keep China from using US tech to ‘compete with us’",
     "Donald Trump’s commerce secretary nominee on Wednesday said he aims to prevent China from using American technology, including semiconductor chips by Nvidia, to “compete with us” and vowed “across-the-board tariffs” to gain leverage against Beijing and other countries.",
     "South China Morning Post", "en", "https://www-scmp-com.libproxy1.nus.edu.sg/news/china/article/3296743/trumps-commerce-secretary-pick-vows-keep-china-using-us-tech-compete-us"),
   R("Trump Commerce pick slams China: 'Stop using our tools to compete'",
     "Howard Lutnick, Trump’s nominee to lead the Commerce Department, slammed China for allegedly using U.S.-manufactured technology to compete with American artificial intelligence (AI) firms after Chinese AI startup DeepSeek took the internet and stock market by storm.",
     "The Hill", "en", "cf. https://m.ariseright.com/trump-commerce-pick-slams-china-stop-using-our-tools-to-compete (lead verbatim from a syndicated copy; title as in a second stored copy of the story)"),
   R("US Commerce Secretary nominee Howard Lutnick accuses DeepSeek of stealing US technology",
     "Howard Lutnick, the nominee for U.S. Commerce Secretary, has made serious allegations against the Chinese AI startup DeepSeek during his Senate confirmation hearing.",
     "ANI", "en", "cf. https://www.indiandefensenews.in/2025/02/us-commerce-secretary-nominee-howard.html (lead verbatim; title written for this set)"),
   R("卢特尼克听证会点名DeepSeek：“他们偷了东西”", "", "观察者网", "zh"),
   R("美商務部長提名人盧特尼克：DeepSeek竊取美國技術 必須終結", "", "風傳媒", "zh-Hant"),
   R("अमेरिकी वाणिज्य मंत्री पद के नामित हावर्ड लटनिक का आरोप- डीपसीक ने चुराई अमेरिकी तकनीक", "", "एनडीटीवी इंडिया", "hi"))
# 7
ev("2025-01-29", "statement", ["deepseek"],
   "On Microsoft's fiscal second-quarter call, Satya Nadella says 'DeepSeek has had some real innovations', that AI will be commoditized and widely used, and that DeepSeek-R1 is available on Azure AI Foundry and GitHub",
   R("Microsoft has kind words for DeepSeek AI, offers it to customers",
     "Microsoft Corp. Chief Executive Officer Satya Nadella had some kind words for DeepSeek, the Chinese artificial intelligence startup that roiled his company’s shares earlier this week.",
     "Bloomberg", "en", "cf. https://blog.finapress.com/2025/01/30/microsoft-has-kind-words-for-deepseek-ai-offers-it-to-customers (lead verbatim from a syndicated copy; title taken from the URL)"),
   R("Microsoft Bets Big on AI with DeepSeek Amid Cloud Growth Concerns",
     "Microsoft's latest earnings call spotlighted the burgeoning role of artificial intelligence, with DeepSeek repeatedly mentioned as a focus of innovation.",
     "AInvest", "en", "https://www.ainvest.com/news/microsoft-bets-big-ai-deepseek-cloud-growth-concerns-2501/"),
   R("纳德拉财报电话会：DeepSeek有一些真正的创新", "", "华尔街见闻", "zh"),
   R("微軟執行長納德拉：DeepSeek確有創新 AI將更加普及", "", "鉅亨網", "zh-Hant"),
   R("माइक्रोसॉफ्ट CEO सत्या नडेला बोले- डीपसीक में हैं कुछ असली इनोवेशन", "", "ज़ी बिज़नेस", "hi"))
# 8
ev("2025-01-30", "statement", ["deepseek"],
   "Japan's Chief Cabinet Secretary Yoshimasa Hayashi says Japan will handle the suspected improper data use by DeepSeek in collaboration with other countries' data protection authorities, adding that the Personal Information Protection Commission has no specific policy yet",
   R("Japan to collaborate with other countries over DeepSeek issue",
     "Japan will collaborate with other countries over the suspected improper data use by Chinese generative artificial intelligence developer DeepSeek, Japanese Chief Cabinet Secretary Yoshimasa Hayashi said Thursday.",
     "Jiji Press", "en", "cf. https://www.nippon.com/en/news/yjj2025013000635/japan-to-collaborate-with-other-countries-over-deepseek-issue.html (lead verbatim after the dateline; title taken from the URL)"),
   R("日本官房长官林芳正：将与各国数据保护机构合作应对DeepSeek问题", "", "共同网", "zh"),
   R("日官房長官：DeepSeek個資疑慮 將與他國協調因應", "", "中央社", "zh-Hant"),
   R("डीपसीक के डेटा पर दूसरे देशों के साथ मिलकर कदम उठाएगा जापान: मुख्य कैबिनेट सचिव हयाशी", "", "हिंदुस्तान", "hi"))
# 9
ev("2025-01-31", "investigation", ["deepseek"],
   "South Korea's Personal Information Protection Commission says it will send DeepSeek's headquarters a written inquiry on what personal data it collects and how it processes, stores and uses it for AI training, and may open an inspection depending on the reply",
   R("South Korea probes DeepSeek's handling of personal data",
     "South Korea's information privacy watchdog is poised to scrutinize how DeepSeek manages users' personal information, an agency official revealed on Friday.",
     "Devdiscourse", "en", "cf. https://www.devdiscourse.com/article/technology/3246539-south-korea-probes-deepseeks-handling-of-personal-data (lead verbatim; title taken from the URL)"),
   R("Gov't to send letter of inquiry to DeepSeek over personal data",
     "The government has decided to send a letter of inquiry to the Chinese Artificial Intelligence startup DeepSeek to verify the legitimacy of the way the company manages personal information.",
     "KBS World", "en", "cf. http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=190644 (lead verbatim; title written for this set)"),
   R("Korea's privacy regulator to question DeepSeek on data collection and AI training",
     "As concerns about the privacy vulnerabilities of the Chinese artificial intelligence (AI) startup DeepSeek grow in various countries, our government has decided to send an official inquiry to confirm the legality of DeepSeek's personal information collection.",
     "Chosun Biz", "en", "cf. https://biz.chosun.com/en/en-it/2025/01/31/YNKF3CUBPJHFPA2YQLUMFTXUKI (lead verbatim; title written for this set)"),
   R("韩国个人信息保护委员会将致函DeepSeek 询问个人信息收集方式", "", "环球网", "zh"),
   R("南韓個資委員會將向DeepSeek發函 查個資蒐集與儲存", "", "聯合新聞網", "zh-Hant"),
   R("दक्षिण कोरिया का निजता आयोग डीपसीक से मांगेगा जवाब- कौन सा डेटा जुटाते हो और कहां रखते हो", "", "जनसत्ता", "hi"))
# 10
ev("2025-02-03", "statement", ["deepseek"],
   "Japan's Personal Information Protection Commission posts a caution on its website about DeepSeek: data, including personal data, is stored on servers in China and subject to Chinese law, and its privacy policy exists only in Chinese and English (the commission publishes a Japanese translation)",
   R("Japan's privacy watchdog warns DeepSeek users their data is stored in China", "", "Nikkei Asia", "en"),
   R("日本个人信息保护委员会就DeepSeek发出提醒",
     "日本个人信息保护委员会在3日表示,由于DeepSeek所示的个人信息保护政策仅提供中文和英文,导致日本用户难以理解其内容,因此在其网页上发出了警告。",
     "法广RFI", "zh", "cf. https://huaglad.com/aunews/20250205/581188.html/amp (lead verbatim from a repost of the RFI story; title written for this set)"),
   R("日本個資保護委員會示警：DeepSeek資料存於中國伺服器", "", "自由時報", "zh-Hant"),
   R("जापान के निजता आयोग की चेतावनी- डीपसीक का डेटा चीन के सर्वर पर, चीनी क़ानून लागू", "", "इंडिया टीवी", "hi"))
# 11
ev("2025-02-04", "statement", ["deepseek"],
   "At a press conference, Chief Cabinet Secretary Yoshimasa Hayashi says data entered into DeepSeek is kept on servers in China under Chinese law, that the government has informed the public, and that each agency decides on its own whether to use such services (no blanket ban)",
   R("Japan says no blanket DeepSeek ban for agencies, each to decide on use", "", "The Japan News", "en"),
   R("林芳正：DeepSeek数据存于中国服务器 适用中国法律", "", "日经中文网", "zh"),
   R("日官房長官：政府機關是否使用DeepSeek由各單位自行判斷", "", "聯合報", "zh-Hant"),
   R("जापान सरकार बोली- डीपसीक पर फ़िलहाल कोई सरकारी पाबंदी नहीं, विभाग खुद तय करें", "", "अमर उजाला", "hi"))
# 12
ev("2025-02-04", "statement", ["deepseek"],
   "On AMD's fourth-quarter 2024 earnings call, CEO Lisa Su says innovations such as DeepSeek's models are good for the AI industry, as lower-cost, more efficient models will drive broader adoption and more demand for AI compute",
   BPR(BP_EN, "AMD CEO Lisa Su sees DeepSeek-style efficiency lifting AI adoption", "en"),
   R("苏姿丰：DeepSeek等模型创新将带动更多AI算力需求", "", "第一财经", "zh"),
   R("蘇姿丰談DeepSeek：低成本模型對AI產業是好事", "", "工商時報", "zh-Hant"),
   R("AMD की CEO लिसा सू ने कहा- डीपसीक जैसे सस्ते मॉडल से बढ़ेगी AI की मांग", "", "मनीकंट्रोल हिंदी", "hi"))
# 13
ev("2025-02-05", "statement", ["deepseek"],
   "Reporting fiscal first-quarter results and a forecast above estimates, Qualcomm CEO Cristiano Amon tells analysts that DeepSeek R1 and similar models show AI models becoming smaller, more capable and efficient, and able to run directly on devices, which is good for Qualcomm",
   R("Qualcomm sales top estimates amid strong smartphone demand",
     "Qualcomm forecast a sales range with a midpoint of USD 10.75 billion and adjusted profits of USD 2.80 per share, both above analyst estimates, according to data from LSEG.",
     "Evertiq", "en", "https://evertiq.com/news/57211"),
   R("Qualcomm CEO says DeepSeek R1 is good news for on-device AI", "", "CNBC", "en"),
   R("高通CEO安蒙：DeepSeek R1证明AI模型已可直接在终端运行", "", "新浪科技", "zh"),
   R("高通財測優於預期 艾蒙：DeepSeek有利端側AI", "", "經濟日報", "zh-Hant"),
   R("क्वालकॉम CEO अमोन बोले- डीपसीक R1 से फ़ोन पर ही चल सकेंगे AI मॉडल", "", "बिज़नेस स्टैंडर्ड हिंदी", "hi"))
# 14
ev("2025-02-06", "statement", ["deepseek"],
   "On Amazon's fourth-quarter 2024 call, Andy Jassy says capital expenditure will be about $100 billion in 2025, mostly for AI and AWS, and that falling inference costs such as those DeepSeek showed will lead companies to spend more on technology, not less",
   R("Amazon conference call: AI is a \"once-in-a-lifetime\" business opportunity, capital expenditures may reach $100 billion by 2025, AWS growth constrained by supply chain",
     "Amazon stated that capital expenditures could reach $100 billion in 2025, with the vast majority allocated to AI and cloud services AWS. The decrease in inference costs brought by DeepSeek will drive AI demand, and technology companies are excited about new developments, ultimately spending more on technology.",
     "Wallstreetcn", "en", "https://web-origin.lbkrs.com/news/227458445 (summary truncated)"),
   R("Amazon.com, Inc. (AMZN.US) conference call: AI is a \"once in a lifetime\" business opportunity. Capital expenditure may reach $100 billion by 2025. AWS growth is constrained by supply chain limitations.",
     "", "GMT Eight", "en", "https://gmteight.com/content/detail/229947"),
   BPR(BP_EN, "Jassy: cheaper AI like DeepSeek means companies will spend more on tech, not less", "en"),
   R("亚马逊财报会：贾西称推理成本下降将推高AI需求 今年资本开支或达千亿美元", "", "证券时报", "zh"),
   R("亞馬遜今年資本支出上看千億美元 賈西：推論成本下滑將帶動需求", "", "鉅亨網", "zh-Hant"),
   R("अमेज़न CEO एंडी जेसी बोले- AI सस्ता होगा तो कंपनियां टेक पर ज़्यादा ख़र्च करेंगी", "", "इकोनॉमिक टाइम्स हिंदी", "hi"))
# 15
ev("2025-02-07", "investigation", ["deepseek"],
   "At a briefing, South Korea's Personal Information Protection Commission says it is running a technical review of DeepSeek's privacy policy and data traffic, is still awaiting a reply to its 31 January letter, is consulting the UK ICO, France's CNIL and Ireland's DPC, and urges users to be cautious",
   R("Korea's privacy watchdog runs technical review of DeepSeek, urges caution",
     "The Personal Information Protection Commission (hereinafter referred to as the PIPC) announced on the 7th that it is closely analyzing the privacy policy of the Chinese artificial intelligence (AI) service 'DeepSeek' amid ongoing security concerns regarding its collection and processing of personal information.",
     "Chosun Biz", "en", "cf. https://biz.chosun.com/en/en-it/2025/02/07/OUELQ4IA4NFJTKLIXT3QW7XBQ4/?outputType=amp (lead verbatim; title written for this set)"),
   R("PIPC still awaiting DeepSeek's answer, consults UK, French and Irish regulators", "", "The Korea Herald", "en"),
   R("韩国个人信息保护委员会：正对DeepSeek进行技术审查 提醒用户谨慎使用", "", "韩联社", "zh"),
   R("南韓個資委員會：DeepSeek技術審查中 籲民眾審慎使用", "", "中時新聞網", "zh-Hant"),
   R("दक्षिण कोरिया: डीपसीक की तकनीकी जांच जारी, यूज़र्स से सावधानी बरतने की अपील", "", "दैनिक जागरण", "hi"))
# 16
ev("2025-02-09", "interview", ["deepseek"],
   "In a Financial Times interview, Arm CEO Rene Haas says he is not afraid of DeepSeek, rejects the 'Sputnik moment' view, calls an open-source model catching up with the best closed reasoning models a surprise, and doubts the $5.6 million training-cost claim",
   R("Arm CEO on the future of AI and why he is not afraid of DeepSeek",
     "Rene Haas was on an exercise bike two weeks ago watching CNBC like he does every morning, when the tech sector took a beating.",
     "Financial Times", "en", "cf. https://nasdaqpicks.com/arm-ceo-on-the-future-of-ai-and-why-he-is-not-afraid-of-deepseek (lead verbatim from a syndicated copy; title taken from the URL)"),
   R("Arm首席执行官哈斯：DeepSeek算不上“斯普特尼克时刻”", "", "钛媒体", "zh"),
   R("安謀執行長哈斯：不怕DeepSeek 質疑600萬美元成本說法", "", "科技新報", "zh-Hant"),
   R("आर्म के CEO रेने हास बोले- डीपसीक से डर नहीं, यह 'स्पुतनिक मोमेंट' नहीं है", "", "ज़ी बिज़नेस", "hi"))
# 17
ev("2025-02-10", "security_incident", ["deepseek"],
   "Security firm SecurityScorecard publishes an analysis of DeepSeek's Android app finding multiple direct references to ByteDance-owned services and signs of integration with ByteDance's analytics and performance-monitoring infrastructure",
   R("SecurityScorecard finds ByteDance references in DeepSeek's Android app",
     "A report by Security Scorecard on February 10 highlighted “multiple direct references to ByteDance-owned services” within DeepSeek’s Android app.",
     "TechStory", "en", "cf. https://techstory.in/ai-privacy-scandal-deepseek-sent-south-korean-user-data-to-chinas-bytedance/ (a sentence of the story verbatim as lead; title written for this set)"),
   R("Security researchers tie DeepSeek app to ByteDance analytics",
     "In February, U.S. cybersecurity firm Security Scorecard published a report alleging that DeepSeek had “multiple direct references to ByteDance-owned services” and appeared to be deeply integrated with ByteDance’s analytics and performance monitoring infrastructure.",
     "The Byteline", "en", "cf. https://thebyteline.com/news/south-korea-accuses-deepseek-of-sharing-user-data-with-bytedance (a sentence of the story verbatim as lead; title written for this set)"),
   R("安全公司SecurityScorecard：DeepSeek安卓应用多处引用字节跳动服务", "", "IT之家", "zh"),
   R("資安公司：DeepSeek安卓App疑與字節跳動分析服務整合", "", "iThome", "zh-Hant"),
   BPR(BP_HI, "सुरक्षा फ़र्म का दावा- डीपसीक ऐप में बाइटडांस की सेवाओं से जुड़े कोड", "hi"))
# 18
ev("2025-02-14", "other", ["deepseek"],
   "Baidu says it will launch its Ernie 4.5 series in the coming months and make it open source from 30 June 2025, a turn toward open source as competition from DeepSeek intensifies",
   R("Baidu to open-source its Ernie AI model from June 30", "", "Reuters", "en"),
   BPR(BP_ZH, "百度：文心大模型4.5系列将于6月30日起正式开源", "zh"),
   R("百度宣布文心大模型4.5將於6月30日開源", "", "香港經濟日報", "zh-Hant"),
   R("बायडू 30 जून से ओपन सोर्स करेगी अपना एर्नी AI मॉडल", "", "बिज़नेस स्टैंडर्ड हिंदी", "hi"))
# 19
ev("2025-02-18", "investigation", ["deepseek"],
   "South Korea's Personal Information Protection Commission tells Yonhap it has confirmed DeepSeek communicating with ByteDance, TikTok's owner, but has yet to confirm what data was transferred; DeepSeek has appointed a local representative and admitted shortcomings",
   R("China's DeepSeek AI shared user data with ByteDance, claims South Korea",
     "South Korea's data protection regulator has alleged that Chinese artificial intelligence startup DeepSeek's chatbot shared user data with ByteDance, the owner of social media giant TikTok, according to a report by Yonhap News.",
     "Business Standard", "en", "cf. https://www.business-standard.com/amp/technology/tech-news/china-s-deepseek-ai-shared-user-data-with-bytedance-claims-south-korea-125021801167_1.html (lead verbatim; title taken from the URL)"),
   R("DeepSeek shared user data with TikTok owner ByteDance",
     "SEOUL - South Korea has accused Chinese AI startup DeepSeek of sharing user data with the owner of TikTok in China.",
     "The Nation", "en", "cf. https://www.nation.com.pk/19-Feb-2025/deepseek-shared-user-data-with-tiktok-owner-bytedance (lead verbatim; title taken from the URL)"),
   R("South Korea accuses DeepSeek of leaking ByteDance user data",
     "South Korea's data protection regulator has stated that the DeepSeek chatbot was sending user data from the country to the Chinese owner of TikTok, ByteDance.",
     "RBC-Ukraine", "en", "https://newsukraine.rbc.ua/news/south-korea-accuses-deepseek-of-leaking-bytedance-1739935632.html"),
   R("韩国个人信息保护委员会：确认DeepSeek与字节跳动存在通信", "", "澎湃新闻", "zh"),
   R("南韓證實DeepSeek與字節跳動有資料往來 傳輸內容待查", "", "自由時報", "zh-Hant"),
   R("दक्षिण कोरिया का आरोप- डीपसीक ने टिकटॉक की मालिक बाइटडांस से साझा किया यूज़र डेटा", "", "दैनिक भास्कर", "hi"))
# 20
ev("2025-02-18", "partnership", ["deepseek"],
   "Online broker Tiger Brokers integrates DeepSeek-R1 into its AI assistant TigerGPT, as Chinese brokerages and fund managers rush to adopt DeepSeek models",
   R("Tiger Brokers adopts DeepSeek model as Chinese brokerages, funds embrace AI", "",
     "Reuters", "en", "https://www.business-standard.com/amp/technology/tech-news/china-s-deepseek-ai-shared-user-data-with-bytedance-claims-south-korea-125021801167_1.html (the headline of a linked Reuters story, verbatim as listed on this page)"),
   R("老虎证券AI助手TigerGPT接入DeepSeek-R1", "", "证券时报", "zh"),
   R("老虎證券AI助手接入DeepSeek 券商基金爭相導入", "", "信報", "zh-Hant"),
   R("टाइगर ब्रोकर्स ने अपने AI असिस्टेंट TigerGPT में जोड़ा डीपसीक-R1", "", "मनीकंट्रोल हिंदी", "hi"))
# 21
ev("2025-02-25", "release", ["deepseek"],
   "Alibaba's Qwen team releases QwQ-Max-Preview, a reasoning model built on Qwen2.5-Max, in Qwen Chat, and says it will open-source QwQ-Max and launch a dedicated Qwen app, in a challenge to DeepSeek-R1",
   R("Alibaba previews QwQ-Max reasoning model, plans to open-source it", "", "South China Morning Post", "en"),
   R("阿里发布深度思考模型QwQ-Max-Preview 宣布即将开源", "", "界面新闻", "zh"),
   R("阿里推QwQ-Max預覽版 劍指DeepSeek-R1", "", "香港01", "zh-Hant"),
   R("अलीबाबा ने पेश किया QwQ-Max-Preview, डीपसीक R1 को देगा टक्कर", "", "इंडिया टीवी", "hi"))
# 22
ev("2025-02-27", "release", ["deepseek"],
   "Tencent releases Hunyuan Turbo S, a 'fast-thinking' model that it says answers faster than DeepSeek-R1 and matches DeepSeek-V3 on several benchmarks at a lower API price",
   R("Tencent unveils Turbo S AI model, says it answers faster than DeepSeek-R1", "", "Reuters", "en"),
   BPR(BP_ZH, "腾讯混元发布新一代快思考模型Turbo S", "zh"),
   R("騰訊推混元Turbo S 強調秒回 速度勝DeepSeek-R1", "", "經濟日報", "zh-Hant"),
   R("टेनसेंट का नया AI मॉडल टर्बो S, डीपसीक R1 से तेज़ जवाब देने का दावा", "", "नवभारत टाइम्स", "hi"))
# 23
ev("2025-03-24", "benchmark", ["deepseek"],
   "Developer Awni Hannun shows the new DeepSeek-V3-0324 checkpoint, 4-bit quantised with MLX, running at more than 20 tokens per second on an Apple Mac Studio with the M3 Ultra chip",
   R("DeepSeek-V3 now runs at 20 tokens per second on Mac Studio, and that’s a nightmare for OpenAI", "",
     "VentureBeat", "en", "cf. https://techwitheldad.com/deepseek-v3-on-mac-studio-deep-dive-into-a-game-changing-ai-breakthrough (the VentureBeat headline verbatim as quoted there; no lead)"),
   R("DeepSeek's new V3 checkpoint runs locally on a 512GB Mac Studio", "", "MacRumors", "en"),
   R("苹果Mac Studio本地跑DeepSeek-V3新版 每秒超20个token", "", "量子位", "zh"),
   R("DeepSeek-V3新版在Mac Studio上每秒跑出20個token", "", "T客邦", "zh-Hant"),
   R("मैक स्टूडियो पर 20 टोकन प्रति सेकंड की रफ़्तार से चला डीपसीक-V3 का नया वर्ज़न", "", "गैजेट्स 360 हिंदी", "hi"))
# 24
ev("2025-03-25", "benchmark", ["deepseek"],
   "Artificial Analysis says DeepSeek-V3-0324 is now the highest-scoring non-reasoning model on its Intelligence Index, ahead of GPT-4.5, Grok 3 and Gemini 2.0 Pro, the first time an open-weights model leads that category",
   R("Open-weight DeepSeek V3 leads non-reasoning models on Artificial Analysis index",
     "Yet, a recent report from the AI benchmarking group Artificial Analysis has introduced a surprising twist, suggesting a new leader has emerged in a specific, yet crucial, category: DeepSeek V3.",
     "AllM Digest", "en", "cf. https://digest.allm.link/blogs/open-weight-deepseek-v3-changes-ai-game (a sentence of the opening paragraph verbatim as lead; title written for this set)"),
   R("DeepSeek V3-0324 beats GPT-4.5 as the best non-reasoning model: Artificial Analysis", "", "Analytics India Magazine", "en"),
   R("Artificial Analysis：DeepSeek V3-0324成最强非推理模型 开源模型首次登顶", "", "机器之心", "zh"),
   R("第三方評測：DeepSeek新版V3非推理模型排名第一 超越GPT-4.5", "", "INSIDE", "zh-Hant"),
   R("आर्टिफ़िशियल एनालिसिस रैंकिंग में डीपसीक V3 बना नंबर-1 नॉन-रीज़निंग मॉडल", "", "अमर उजाला", "hi"))
# 25
ev("2025-04-23", "partnership", ["deepseek"],
   "At the opening of Auto Shanghai 2025, Honda China says it will work with Momenta, DeepSeek and CATL, and that models of its Ye electric sub-brand will integrate DeepSeek's large model",
   R("本田中國攜手Momenta、DeepSeek、寧德時代 燁品牌將接入DeepSeek",
     "本田中國宣布將與Momenta、DeepSeek、寧德時代等大陸本土企業合作。",
     "經濟日報", "zh-Hant", "cf. https://money.udn.com/money/story/5603/8694912?from=edn_hotestlist_storybottom (a sentence of the story verbatim as lead; title written for this set)"),
   R("Honda China to put DeepSeek into its Ye EVs, teams up with Momenta and CATL", "", "CnEVPost", "en"),
   R("Honda leans on Chinese partners including DeepSeek at Auto Shanghai", "", "Automotive News China", "en"),
   R("本田中国：烨品牌车型将接入DeepSeek大模型", "", "盖世汽车", "zh"),
   R("होंडा चाइना अपनी 'ये' सीरीज़ की इलेक्ट्रिक कारों में देगी डीपसीक AI", "", "ज़ी न्यूज़ हिंदी", "hi"))
# 26
ev("2025-07-18", "ranking", ["deepseek"],
   "Moonshot AI's Kimi K2 becomes the top open model on the LMArena text leaderboard (fifth overall, score 1420), taking the open-model No. 1 spot from DeepSeek-R1; the only two open models in the overall top ten are both Chinese",
   R("DeepSeek终于丢了开源第一王座,但继任者依然来自中国", "",
     "量子位", "zh", "https://reportify.cn/social-media/699079274966670 (QbitAI article as summarised there; title verbatim)"),
   R("Kimi K2 overtakes DeepSeek as the top open model on LMArena", "", "The Decoder", "en"),
   R("Moonshot's Kimi K2 ranks fifth overall on LMArena, first among open models", "", "VentureBeat", "en"),
   R("Kimi K2登LMArena開源模型第一 取代DeepSeek-R1", "", "iThome", "zh-Hant"),
   R("LMArena रैंकिंग में Kimi K2 ने डीपसीक को पीछे छोड़ा, बना नंबर-1 ओपन मॉडल", "", "गैजेट्स 360 हिंदी", "hi"))
# 27
ev("2025-09-29", "partnership", ["deepseek"],
   "Huawei Cloud puts the newly released DeepSeek-V3.2-Exp on its MaaS (model-as-a-service) platform on release day, using a large expert-parallel deployment with a long-sequence context-parallel strategy",
   R("DeepSeek-V3.2-Exp goes live on Huawei Cloud MaaS",
     "Currently, the model has officially been launched on Huawei Cloud's large model as a service platform MaaS.",
     "ChainCatcher", "en", "cf. https://www.binance.bh/en-AE/square/post/30335945810489 (a sentence of the item verbatim as lead; title written for this set)"),
   R("Huawei Cloud adds DeepSeek-V3.2-Exp with large-EP deployment", "", "Huawei Central", "en"),
   R("华为云MaaS平台首发上线DeepSeek-V3.2-Exp", "", "C114通信网", "zh"),
   R("華為雲上架DeepSeek-V3.2-Exp 採大EP並行部署", "", "科技新報", "zh-Hant"),
   R("हुआवेई क्लाउड पर उपलब्ध हुआ डीपसीक-V3.2-Exp मॉडल", "", "टीवी9 भारतवर्ष", "hi"))
# 28
ev("2026-04-24", "market_move", ["deepseek"],
   "Chinese chipmakers rally on the day DeepSeek releases its V4 previews: SMIC rises about 10-11% and Hua Hong Semiconductor 15-18% in Hong Kong, with Hygon and Cambricon also higher, on bets of more demand for domestic computing power",
   R("China chip stocks rally as new DeepSeek model fuels AI optimism",
     "Chinese chipmaking stocks surged on Friday after DeepSeek released previews of its new flagship open-source model, with SMIC up 11%, Hua Hong Semiconductor up over 18%, Cambricon up 4% to 6%, and Hygon up over 10%.",
     "AllMind", "en", "https://allmind.ai/news/de4f90088d367c5ebdee651ecfd33230402fa0779f51c1d67555edf0cf586325"),
   R("Investors rotate to China’s chipmakers as DeepSeek intensifies AI competition",
     "Chinese chipmakers rallied on Friday while artificial intelligence application firms retreated, as investors rotated into semiconductor stocks on expectations of stronger demand for computing power following a new model release by start-up DeepSeek.",
     "South China Morning Post", "en", "https://crawl.news/a/QnaOJ-rT/ (syndicated South China Morning Post story)"),
   BPR(BP_EN, "SMIC, Hua Hong surge as DeepSeek V4 lifts China chip stocks", "en"),
   R("DeepSeek V4发布 中芯国际、华虹半导体港股大涨", "", "第一财经", "zh"),
   R("DeepSeek V4面世 中芯華虹股價急升", "", "am730", "zh-Hant"),
   R("डीपसीक V4 के बाद चीनी चिप शेयरों में उछाल, SMIC 10% से ज़्यादा चढ़ा", "", "बिज़नेस स्टैंडर्ड हिंदी", "hi"))
# 29
ev("2026-04-24", "market_move", ["deepseek"],
   "Hong Kong-listed AI model developers fall on the DeepSeek V4 release, Zhipu about 9.1% and MiniMax about 9.4%, on fears the new open model intensifies competition",
   R("Zhipu, MiniMax shares slide about 9% as DeepSeek V4 stokes competition fears", "", "Bloomberg", "en"),
   R("Hong Kong's AI model stocks retreat on DeepSeek V4 debut", "", "The Standard", "en"),
   BPR(BP_ZH, "DeepSeek V4发布 智谱、MiniMax港股双双跌超9%", "zh"),
   R("智譜、MiniMax股價重挫逾9% 市場憂DeepSeek V4搶客", "", "信報", "zh-Hant"),
   R("डीपसीक V4 से AI कंपनियों पर दबाव, ज़िपु और मिनीमैक्स के शेयर 9% टूटे", "", "मनीकंट्रोल हिंदी", "hi"))
# 30
ev("2025-01-24", "ranking", ["deepseek"],
   "LMArena (Chatbot Arena) says DeepSeek-R1 has surged to joint No. 3 overall, matching OpenAI's o1, and ranks first under style control and in hard prompts, coding and math, while being open-weight and MIT-licensed",
   R("DeepSeek-R1 climbs to No. 3 on Chatbot Arena, level with OpenAI's o1", "", "Decrypt", "en"),
   R("DeepSeek-R1登上大模型竞技场总榜前三 风格控制下并列第一", "", "新智元", "zh"),
   R("DeepSeek-R1躋身Chatbot Arena前三 與o1並列", "", "T客邦", "zh-Hant"),
   R("चैटबॉट एरीना रैंकिंग में टॉप-3 में पहुंचा डीपसीक-R1, OpenAI के o1 की बराबरी", "", "नवभारत टाइम्स", "hi"))
# 31
ev("2025-02-05", "statement", ["deepseek"],
   "Asked about Australia's ban on DeepSeek on government devices, China's foreign ministry says the Chinese government has never asked and will never ask companies to collect or store data illegally, and opposes over-stretching the concept of national security",
   R("China says it never asks firms to collect data illegally, after Australia's DeepSeek ban", "", "Reuters", "en"),
   R("外交部回应澳大利亚禁用DeepSeek：中国政府从未也不会要求企业违法收集数据", "", "环球网", "zh"),
   R("澳洲禁政府設備用DeepSeek 陸外交部：反對泛化國家安全概念", "", "聯合報", "zh-Hant"),
   BPR(BP_HI, "ऑस्ट्रेलिया में डीपसीक पर रोक से चीन नाराज़, कहा- हम कंपनियों से अवैध डेटा नहीं जुटवाते", "hi"))
