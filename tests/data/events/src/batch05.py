from lib import E, R, B, SYN

# ---- Xiaomi (cars, earnings, chips, AI models) 2024 -> Sep 2025 ----

E("2024-03-28", "product_launch", ["xiaomi", "lei_jun"],
  "Xiaomi launches its first electric car, the SU7 sedan, with a starting price of 215,900 yuan",
  [R("Xiaomi prices SU7 electric car below Tesla Model 3",
     "The standard version starts at 215,900 yuan, Lei Jun said at the launch in Beijing.", "Reuters", "en"),
   R("Xiaomi SU7 launched at 215,900 yuan, undercutting Tesla", "", "CnEVPost", "en"),
   R("小米SU7正式发布 售价21.59万元起", "", "汽车之家", "zh"),
   R("雷军：小米SU7定价21.59万元，比Model 3便宜3万", "", "新浪科技", "zh"),
   R("शाओमी ने लॉन्च की पहली इलेक्ट्रिक कार SU7, टेस्ला मॉडल 3 से सस्ती", "", "Aaj Tak", "hi"),
  ])

E("2024-10-29", "product_launch", ["xiaomi_ai", "xiaomi"],
  "Xiaomi launches the Xiaomi 15 series with HyperOS 2, which adds HyperAI features such as AI writing, AI search and an upgraded XiaoAI assistant",
  [R("Xiaomi 15 launched in China with Snapdragon 8 Elite and HyperOS 2", "", "GSMArena", "en"),
   R("Xiaomi HyperOS 2 brings HyperAI features, Xiaomi 15 debuts", "", "Gizmochina", "en"),
   R("澎湃OS 2正式发布 超级小爱升级，AI能力全面加入", "", "IT之家", "zh"),
   R("小米15系列与澎湃OS 2同场发布", "", "快科技", "zh"),
   R("शाओमी 15 सीरीज़ लॉन्च, HyperOS 2 में आए नए AI फीचर्स", "", "Gadgets 360 Hindi", "hi"),
  ])

E("2024-11-13", "other", ["xiaomi", "lei_jun"],
  "Xiaomi's 100,000th SU7 electric car rolls off the production line, less than eight months after launch",
  [R("Xiaomi's 100,000th SU7 rolls off the line as EV push gathers pace", "", "CnEVPost", "en"),
   R("小米汽车第10万台量产车下线 雷军：提前完成年度目标", "", "新浪科技", "zh"),
   R("第10万台小米SU7下线，距上市不到8个月", "", "第一财经", "zh"),
   R("शाओमी की 1 लाखवीं SU7 कार बनकर तैयार", "", "Live Hindustan", "hi"),
  ])

E("2024-11-18", "earnings", ["xiaomi"],
  "Xiaomi reports third-quarter 2024 results: revenue up 30.5% to 92.5 billion yuan and adjusted net profit of 6.25 billion yuan, with 39,790 EVs delivered",
  [R("Xiaomi posts record quarterly revenue as EV deliveries climb",
     "Revenue rose 30.5% to 92.5 billion yuan in the July-September quarter.", "Reuters", "en"),
   B("Xiaomi Q3 revenue jumps 30.5%, beats estimates on EV sales", "MarketScreener", "en"),
   R("小米集团三季度营收925.1亿元 同比增长30.5%创新高", "", "第一财经", "zh"),
   R("小米Q3财报：汽车交付39790辆，智能电动汽车等创新业务收入97亿元", "", "财联社", "zh"),
   R("शाओमी की तीसरी तिमाही में आय 30.5% बढ़ी, EV कारोबार का सहारा", "", "Moneycontrol Hindi", "hi"),
  ])

E("2025-02-27", "statement", ["xiaomi_ai", "lei_jun"],
  "Lei Jun says Xiaomi will spend about 30 billion yuan on R&D in 2025, roughly a quarter of it on AI",
  [R("Xiaomi to spend about a quarter of its 2025 R&D budget on AI, Lei Jun says", "", "SCMP", "en"),
   R("雷军：小米2025年研发投入预计300亿元，约四分之一投入AI", "", "IT之家", "zh"),
   R("Xiaomi का 2025 में R&D पर 300 अरब युआन खर्च करने का ऐलान",
     "Xiaomi समूह के CEO लेई जून ने Xiaomi 15 Ultra और Xiaomi SU7 Ultra के नए उत्पाद लॉन्च समारोह में दिए गए अपने भाषण में कहा कि 2024 में, Xiaomi अनुमानित रूप से 240 अरब युआन से अधिक का अनुसंधान और विकास निवेश करेगा, और 2025 में यह राशि बढ़कर 300 अरब युआन हो जाएगी।",
     "AIbase हिंदी", "hi", "cf. https://aibase.com/in/news/15818 (lead verbatim, including its figures)"),
   R("小米今年研发投入将达300亿元 AI占比约四分之一", "", "中国证券报", "zh"),
  ])

E("2025-02-27", "product_launch", ["xiaomi", "lei_jun"],
  "Xiaomi launches the SU7 Ultra performance sedan at 529,900 yuan; it says pre-orders passed 10,000 within two hours",
  [R("Xiaomi launches SU7 Ultra at 529,900 yuan, gets 10,000 orders in two hours", "", "CnEVPost", "en"),
   R("Xiaomi cuts price of SU7 Ultra supercar to $73,000 at launch", "", "Reuters", "en"),
   R("小米SU7 Ultra正式发布 售价52.99万元 2小时大定破万", "", "懂车帝", "zh"),
   R("雷军：SU7 Ultra两小时完成全年目标", "", "新浪科技", "zh"),
   R("शाओमी SU7 Ultra लॉन्च, दो घंटे में 10 हज़ार से ज़्यादा ऑर्डर", "", "Aaj Tak", "hi"),
  ])

E("2025-02-27", "other", ["lei_jun", "xiaomi"],
  "Media calculations briefly name Lei Jun China's richest man as Xiaomi shares hit a record; Lei dismisses it as 'fake news'",
  [R("雷军“喜提”一小时首富体验卡", "", "中国企业家", "zh", "https://www.163.com/dy/article/JPGDM16U0550ANUU.html"),
   R("雷军回应成为中国首富：那是假新闻", "", "澎湃新闻", "zh"),
   R("兩會|不要小看雷軍「閃登」首富這件事!", "", "香港01", "zh-Hant",
     "https://www.hk01.com/%E4%B8%AD%E5%9C%8B%E8%A7%80%E5%AF%9F/60216363/%E5%85%A9%E6%9C%83-%E4%B8%8D%E8%A6%81%E5%B0%8F%E7%9C%8B%E9%9B%B7%E8%BB%8D-%E9%96%83%E7%99%BB-%E9%A6%96%E5%AF%8C%E9%80%99%E4%BB%B6%E4%BA%8B"),
   R("Lei Jun briefly tops China rich list on paper, calls reports 'fake news'", "", "SCMP", "en"),
  ])

E("2025-03-05", "talk", ["lei_jun", "xiaomi_ai"],
  "Lei Jun answers questions at the NPC 'deputies' channel', saying Xiaomi will apply the latest AI technology widely across its devices",
  [R("雷军亮相全国人大“代表通道”：将把最新AI技术广泛应用到各类终端",
     "", "央视新闻", "zh"),
   R("Lei Jun ने राष्ट्रीय जन कांग्रेस के 'प्रतिनिधि चैनल' पर कहा- AI को हर उत्पाद में लाएगी Xiaomi",
     "आज सुबह, राष्ट्रीय जन कांग्रेस के चौदहवें सत्र की तीसरी बैठक के पहले \"प्रतिनिधि चैनल\" में, राष्ट्रीय जन कांग्रेस के प्रतिनिधि, Xiaomi के संस्थापक और अध्यक्ष और CEO, और金山 सॉफ्टवेयर के अध्यक्ष लेई जून ने संवाददाताओं के सवालों का जवाब दिया।",
     "AIbase हिंदी", "hi", "cf. https://aibase.com/in/news/15941 (lead verbatim)"),
   R("Lei Jun tells NPC press event Xiaomi will push AI into all its devices", "", "Yicai Global", "en"),
   R("雷軍現身人大代表通道 談製造業與AI", "", "信報", "zh-Hant"),
  ])

E("2025-03-18", "earnings", ["xiaomi"],
  "Xiaomi reports 2024 results: full-year revenue up 35% to 365.9 billion yuan, Q4 revenue up 48.8%, and raises its 2025 EV delivery target to 350,000",
  [R("Xiaomi raises 2025 EV delivery target to 350,000 after strong fourth quarter",
     "Fourth-quarter revenue jumped 48.8% to 109 billion yuan.", "Reuters", "en"),
   B("Xiaomi full-year revenue tops 365 billion yuan, beats forecasts", "MarketScreener", "en"),
   R("小米2024年营收3659亿元 同比增长35% 今年交付目标上调至35万辆", "", "财联社", "zh"),
   R("小米集团第四季度收入1090亿元 同比增长48.8%", "", "第一财经", "zh"),
   R("शाओमी का सालाना रेवेन्यू 35% उछला, 2025 में 3.5 लाख कार डिलीवरी का लक्ष्य", "", "Business Standard Hindi", "hi"),
  ])

E("2025-03-25", "funding", ["xiaomi"],
  "Xiaomi raises about HK$42.5 billion in a top-up share placement of 800 million shares at HK$53.25 each",
  [R("Xiaomi raises $5.5 billion in Hong Kong share sale to fund EV and tech push", "", "Reuters", "en"),
   R("Xiaomi's HK$42.5 billion placement is Asia's biggest follow-on in years", "", "Bloomberg", "en"),
   R("小米配售8亿股 募资约425亿港元", "", "财联社", "zh"),
   R("小米折讓配股集資425億港元 股價急跌", "", "信報", "zh-Hant"),
   B("小米集团宣布配售新股 拟募资425亿港元", "东方财富网", "zh"),
  ])

E("2025-04-01", "statement", ["xiaomi"],
  "Xiaomi issues a statement on the fatal 29 March crash of an SU7 on an expressway in Anhui, in which three people died, saying the car was in assisted-driving mode before the collision",
  [R("小米SU7高速碰撞爆燃事件细节",
     "4月1日，@小米公司发言人 微博发文称，2025年3月29日22时44分，一辆小米SU7标准版在德上高速公路池祁段行驶过程中遭遇严重交通事故。",
     "微博热搜", "zh", "corpus:weibo_hot_2025-04-01.json"),
   R("小米称事故车起火并非自燃", "", "微博热搜", "zh", "corpus:weibo_hot_2025-04-01.json"),
   R("Xiaomi says SU7 was in assisted driving mode shortly before fatal crash",
     "Three people were killed when the car hit a concrete barrier on a highway in Anhui province on March 29.", "Reuters", "en"),
   R("Xiaomi releases timeline of deadly SU7 crash in Anhui", "", "CnEVPost", "en"),
   R("शाओमी SU7 हादसे में तीन की मौत, कंपनी बोली- टक्कर से पहले ड्राइवर असिस्ट चालू था", "", "NDTV India", "hi"),
  ])

E("2025-04-01", "statement", ["lei_jun", "xiaomi"],
  "Lei Jun posts on Weibo that he is deeply saddened by the SU7 crash and promises Xiaomi will not evade responsibility",
  [R("雷军代表小米承诺不会回避",
     "4月1日 ​​​，雷军发文：29日晚上的这起事故，我的心情非常沉重。三位年轻女孩不幸离世，这样的消息，对她们的家人、朋友，乃至我们每一个人，都是难以承受的悲痛。",
     "微博热搜", "zh", "corpus:weibo_hot_2025-04-01.json"),
   R("雷军回应", "", "微博热搜", "zh", "corpus:weibo_hot_2025-04-01.json"),
   R("Xiaomi CEO Lei Jun says company 'will not shy away' after fatal SU7 crash", "", "CNBC", "en"),
   R("雷軍發文回應SU7事故：小米不會迴避", "", "香港01", "zh-Hant"),
   R("लेई जून बोले- SU7 हादसे से बेहद दुखी, शाओमी ज़िम्मेदारी से नहीं भागेगी", "", "Jagran", "hi"),
  ])

E("2025-04-01", "market_move", ["xiaomi"],
  "Xiaomi shares fall about 5.6% in Hong Kong, erasing roughly 80 billion yuan of market value, after the fatal SU7 crash",
  [R("小米集团市值一天缩水800亿",
     "受小米SU7事故事件影响，小米集团港股午后开盘后大幅走低，至当日收盘跌5.59%，市值较上一交易日缩水800亿元。",
     "微博热搜", "zh", "corpus:weibo_hot_2025-04-01.json"),
   R("小米集团午后跌超4%", "4月1日，小米集团午后跌超4%。", "微博热搜", "zh", "corpus:weibo_hot_2025-04-01.json"),
   R("Xiaomi shares slide after deadly SU7 crash", "", "Bloomberg", "en"),
   B("Xiaomi stock drops 5.6% as crash raises questions over driver assistance", "Investing.com", "en"),
   R("हादसे के बाद शाओमी के शेयर 5% से ज़्यादा गिरे", "", "Moneycontrol Hindi", "hi"),
  ])

E("2025-04-30", "open_source", ["xiaomi_ai"],
  "Xiaomi open-sources MiMo-7B, its first reasoning-focused LLM, which it says beats OpenAI's o1-mini and Qwen's QwQ-32B-Preview on math and code benchmarks",
  [R("小米首个推理大模型开源——Xiaomi MiMo,为推理而战!", "", "CSDN", "zh", "http://www.xdnf.cn/ds/3533.html"),
   R("小米推出專注推理的開源大模型MiMo",
     "4月30日,小米推出專注推理能力的開源大模型MiMo,僅用7B參數規模在數學推理和代碼競賽測評中超越OpenAI的閉源模型o1-mini以及阿里32B規模的QwQ。",
     "網易科技", "zh-Hant", "cf. http://blg686.com/news/article/JUD25QOH05198NMR.html (lead verbatim)"),
   R("小米开源首个推理大模型MiMo", "小米公司开源了其首个推理大模型——MiMo,这标志着小米在人工智能领域迈出了重要一步。", "ChatTools", "zh",
     "cf. https://chattools.cn/article/3104 (lead verbatim)"),
   R("Xiaomi enters AI race with open-source MiMo-7B reasoning model", "", "Gizmochina", "en"),
   R("Xiaomi's 7B MiMo model beats OpenAI o1-mini on math, company claims", "", "SCMP", "en"),
   R("शाओमी का पहला ओपन-सोर्स रीज़निंग मॉडल MiMo-7B, o1-mini से बेहतर होने का दावा",
     "", "AIbase हिंदी", "hi"),
  ])

E("2025-05-15", "other", ["xiaomi", "lei_jun"],
  "Lei Jun announces on Weibo that Xiaomi's self-developed smartphone chip XRING O1 will be released in late May",
  [R("Xiaomi set to launch self-developed smartphone chip XRING 01 to compete with Apple, Huawei",
     "Xiaomi is preparing to launch the XRING 01, its first in-house smartphone chipset, later this month, marking a major step forward in the company’s long-term ambition to reduce reliance on third-party chipmakers and strengthen its hardware ecosystem.",
     "Business Today", "en", "https://www.businesstoday.in/technology/news/story/xiaomi-set-to-launch-self-developed-smartphone-chip-xring-01-to-compete-with-apple-huawei-476560-2025-05-16"),
   R("雷军官宣：小米自研手机SoC芯片玄戒O1将于5月下旬发布", "", "IT之家", "zh"),
   R("小米自研晶片玄戒O1月底登場", "", "經濟日報", "zh-Hant"),
   R("शाओमी इस महीने लॉन्च करेगी अपना खुद का मोबाइल चिप XRING O1", "", "Gadgets 360 Hindi", "hi"),
  ])

E("2025-05-19", "statement", ["xiaomi", "lei_jun"],
  "Lei Jun reveals XRING O1 uses a second-generation 3nm process and pledges at least 50 billion yuan over ten years to chip development",
  [R("Xiaomi will launch the company's self-designed mobile chip XRING O1 on Thursday",
     "Xiaomi will launch the company's self-designed mobile chip, XRING O1, built on a second-generation 3 nm process that rivals the global cutting edge and far surpasses expectations, on Thursday, founder Lei Jun announced on Monday.",
     "Shanghai Daily", "en", "cf. https://www.shine.cn/biz/tech/2505193322/ (lead verbatim)"),
   R("雷军：玄戒O1采用第二代3nm工艺，芯片计划至少投资十年、至少500亿", "", "新浪科技", "zh"),
   R("Xiaomi pledges 50 billion yuan for chips as 3nm XRING O1 nears launch", "", "Reuters", "en"),
   R("लेई जून: 3 नैनोमीटर पर बना है XRING O1, चिप पर 10 साल में 50 अरब युआन लगाएगी शाओमी", "", "Amar Ujala", "hi"),
  ])

E("2025-05-22", "product_launch", ["xiaomi", "lei_jun"],
  "Xiaomi launches XRING O1, its first in-house 3nm flagship smartphone SoC, in the Xiaomi 15S Pro and Pad 7 Ultra",
  [R("What Is XRING O1? Xiaomi Unveils Its First In-House Mobile Chip After 10 Years Of Work",
     "In a major leap for its technology development, Chinese tech giant Xiaomi officially introduced its first-ever self-developed mobile chip, called the Xring O1, during a launch event held in Beijing on Thursday evening.",
     "NewsX", "en", "https://www.newsx.com/india/what-is-xring-o1-xiaomi-unveils-its-first-in-house-mobile-chip-after-10-years-of-work/"),
   R("Xiaomi Joins 3nm Race with XRing O1 Launch", "", "TechJuice", "en", "https://www.techjuice.pk/xiaomi-joins-3nm-race-with-xring-o1-launch/"),
   R("小米玄戒O1正式发布：第二代3nm工艺，十核CPU", "", "IT之家", "zh"),
   R("小米玄戒O1亮相 雷軍：十年磨一劍", "", "聯合新聞網", "zh-Hant"),
   R("शाओमी ने लॉन्च किया अपना पहला 3nm चिप XRING O1", "", "Aaj Tak", "hi"),
  ])

E("2025-05-22", "product_launch", ["xiaomi"],
  "Xiaomi unveils its second EV, the YU7 SUV, at its 15th-anniversary event, with launch and pricing set for later",
  [R("Xiaomi unveils YU7 SUV to take on Tesla Model Y, pricing to come in July", "", "Reuters", "en"),
   R("小米YU7正式亮相：小米首款SUV，预计7月上市", "", "汽车之家", "zh"),
   R("小米YU7首秀 對標特斯拉Model Y", "", "經濟日報", "zh-Hant"),
   R("शाओमी की दूसरी कार YU7 SUV से उठा पर्दा", "", "Live Hindustan", "hi"),
  ])

E("2025-05-27", "earnings", ["xiaomi"],
  "Xiaomi reports first-quarter 2025 results: revenue up 47.4% to 111.3 billion yuan and record adjusted net profit of 10.7 billion yuan",
  [R("Xiaomi first-quarter profit jumps as EV and smartphone sales grow", "", "Reuters", "en"),
   B("Xiaomi Q1 revenue surges 47% to record 111.3 billion yuan", "MarketScreener", "en"),
   R("小米一季度营收1113亿元 经调整净利润107亿元均创新高", "", "财联社", "zh"),
   R("小米Q1财报：智能电动汽车等创新业务收入186亿元", "", "第一财经", "zh"),
   R("शाओमी का पहली तिमाही में रिकॉर्ड मुनाफा, आय 47% बढ़ी", "", "Moneycontrol Hindi", "hi"),
  ])

E("2025-05-30", "open_source", ["xiaomi_ai"],
  "Xiaomi open-sources MiMo-VL-7B, a multimodal model it says outperforms Qwen2.5-VL-72B on several reasoning benchmarks",
  [R("Xiaomi MiMo-VL Open Source Model: Advancing Multimodal AI with Practical Strength and Innovative Training", "", "AI Tide", "en",
     "https://aitide.news/article/18521"),
   R("小米开源多模态大模型MiMo-VL-7B，多项指标超越Qwen2.5-VL-72B", "", "IT之家", "zh"),
   R("小米MiMo-VL发布：7B模型看图推理超过72B对手", "", "量子位", "zh"),
   R("शाओमी ने जारी किया मल्टीमॉडल मॉडल MiMo-VL-7B", "", "AIbase हिंदी", "hi"),
  ])

E("2025-06-26", "product_launch", ["xiaomi", "lei_jun"],
  "Xiaomi launches the YU7 SUV; Lei Jun says it received more than 200,000 firm orders in three minutes",
  [R("小米YU7大定3分钟破20万台", "小米YU7发布3分钟大定破20万台，新能源汽车市场再掀热潮。", "微博热搜", "zh", "corpus:weibo_hot_2025-06-26.json"),
   R("小米YU7价格", "", "微博热搜", "zh", "corpus:weibo_hot_2025-06-26.json"),
   R("Xiaomi's YU7 SUV draws 200,000 orders in three minutes, priced below Tesla Model Y", "", "Reuters", "en"),
   R("Xiaomi YU7 launched at 253,500 yuan, 200,000 orders in 3 minutes", "", "CnEVPost", "en"),
   R("小米YU7開賣3分鐘大定破20萬台", "", "香港01", "zh-Hant"),
   R("शाओमी YU7 SUV लॉन्च, 3 मिनट में 2 लाख बुकिंग", "", "Aaj Tak", "hi"),
  ])

E("2025-06-26", "product_launch", ["xiaomi_ai", "xiaomi"],
  "Xiaomi launches its first AI glasses at a starting price of 1,999 yuan",
  [R("小米AI眼镜售价1999元起", "6月26日，小米AI眼镜正式亮相，起售价1999元。 ​​​", "微博热搜", "zh", "corpus:weibo_hot_2025-06-26.json"),
   R("小米首款AI眼镜发布", "", "微博热搜", "zh", "corpus:weibo_hot_2025-06-26.json"),
   R("Xiaomi launches AI glasses to take on Meta's Ray-Bans", "", "Reuters", "en"),
   R("Xiaomi AI Glasses debut with Snapdragon AR1 and XiaoAI, priced from 1,999 yuan", "", "Gizmochina", "en"),
   R("शाओमी के पहले AI चश्मे लॉन्च, कीमत 1,999 युआन से शुरू", "", "Gadgets 360 Hindi", "hi"),
  ])

E("2025-06-27", "other", ["xiaomi", "lei_jun"],
  "Xiaomi says the YU7 logged more than 240,000 locked-in orders within 18 hours of launch",
  [R("Xiaomi says YU7 SUV gets 240,000 locked orders in 18 hours", "", "CnEVPost", "en"),
   R("小米YU7上市18小时锁单突破24万台", "", "新浪科技", "zh"),
   R("雷军：YU7锁单18小时超24万", "", "懂车帝", "zh"),
   R("YU7 को 18 घंटे में 2.4 लाख पक्के ऑर्डर", "", "Live Hindustan", "hi"),
  ])

E("2025-08-04", "open_source", ["xiaomi_ai"],
  "Xiaomi open-sources MiDashengLM-7B, an audio-language model for understanding speech, sounds and music",
  [R("Xiaomi open-sources MiDashengLM-7B audio understanding model", "", "MarkTechPost", "en"),
   R("小米开源声音理解大模型MiDashengLM-7B", "", "IT之家", "zh"),
   R("शाओमी ने ओपन-सोर्स किया ऑडियो मॉडल MiDashengLM-7B", "", "AIbase हिंदी", "hi"),
  ])

E("2025-08-19", "earnings", ["xiaomi"],
  "Xiaomi reports second-quarter 2025 results: revenue up 30.5% to 116 billion yuan and adjusted net profit up 75% to 10.8 billion yuan, with 81,302 EVs delivered",
  [R("Xiaomi second-quarter revenue rises 30.5% as EV deliveries hit record", "", "Reuters", "en"),
   B("Xiaomi Q2 adjusted profit up 75% to 10.8 billion yuan", "MarketScreener", "en"),
   R("小米二季度营收1160亿元 同比增长30.5% 汽车交付81302辆", "", "财联社", "zh"),
   R("小米集团Q2经调整净利润108亿元 同比增长75.4%", "", "每日经济新闻", "zh"),
   B("小米集团二季度业绩超预期 汽车业务亏损收窄", "东方财富网", "zh"),
   R("शाओमी की दूसरी तिमाही में आय 30.5% बढ़कर 116 अरब युआन", "", "Business Standard Hindi", "hi"),
  ])

E("2025-09-19", "open_source", ["xiaomi_ai"],
  "Xiaomi open-sources MiMo-Audio, a 7B speech model it says shows few-shot generalisation similar to GPT-3's in text",
  [R("Xiaomi open-sources MiMo-Audio, a 7B speech model with few-shot learning", "", "MarkTechPost", "en"),
   R("小米开源MiMo-Audio：语音领域的“GPT-3时刻”", "", "机器之心", "zh"),
   R("小米发布并开源语音大模型MiMo-Audio", "", "IT之家", "zh"),
   R("शाओमी का नया ओपन-सोर्स स्पीच मॉडल MiMo-Audio", "", "AIbase हिंदी", "hi"),
  ])

E("2025-09-25", "product_launch", ["xiaomi", "lei_jun"],
  "Xiaomi launches the Xiaomi 17 series, skipping the number 16 to line up against Apple's iPhone 17, at Lei Jun's annual speech event",
  [R("Xiaomi skips to 17 with new flagship phones to face off against iPhone 17", "", "Reuters", "en"),
   R("Xiaomi 17, 17 Pro and 17 Pro Max launched with rear display", "", "GSMArena", "en"),
   R("小米17系列正式发布 雷军年度演讲同日举行", "", "快科技", "zh"),
   R("शाओमी 17 सीरीज़ लॉन्च, सीधे 15 से 17 पर पहुंची कंपनी", "", "Gadgets 360 Hindi", "hi"),
  ])
