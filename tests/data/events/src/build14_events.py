# The hand-written source of events_holdout14.jsonl (fourteenth held-out set). Written blind: no clustering,
# watcher, seed, test or bench code was opened. Executed by heldout.HeldOut(14), which gives it S, R, BPR and ev.
# Three stock sentences, each put by one outlet on reports of different events (as real feeds do).
BP_HI = ("एबीपी लाइव", "टेक और बाज़ार से जुड़ी हर बड़ी ख़बर के लिए पढ़ते रहिए एबीपी लाइव हिंदी।")
BP_ZH = ("智通财经", "智通财经APP获悉，更多港股资讯请关注智通财经。")
BP_EN = ("AASTOCKS", "(HK stocks quote is delayed for at least 15 mins.)")

# 1
ev("2024-11-14", "other", ["xiaomi_ai"],
   "IT Home reports that Xiaomi is developing camera-equipped AI glasses with Apple supplier Goertek for a possible launch in China in the second quarter of 2025, and that Lei Jun expects shipments above 300,000 units",
   R("Xiaomi AI glasses reportedly in development with Goertek, could launch next year",
     "Xiaomi is working on a pair of smart glasses that offer support for features backed by artificial intelligence (AI) in collaboration with Apple supplier Goertek, according to a report.",
     "Gadgets 360", "en", "cf. https://www.gadgets360.com/wearables/news/xiaomi-ai-glasses-development-goertek-report-7016326 (lead verbatim; title written for this set)"),
   R("Xiaomi is said to be building a Ray-Ban Meta rival with Goertek", "", "Gizmochina", "en"),
   R("小米AI眼镜曝光：歌尔代工 雷军预计出货超30万台", "", "IT之家", "zh"),
   R("小米傳攜歌爾開發AI眼鏡 最快明年第二季亮相", "", "經濟日報", "zh-Hant"),
   R("शाओमी ला रही AI स्मार्ट ग्लास, Goertek के साथ चल रहा काम: रिपोर्ट", "", "गैजेट्स 360 हिंदी", "hi"))
# 2
ev("2025-03-25", "market_move", ["xiaomi"],
   "Xiaomi's Hong Kong shares fall as much as 6.6% to the HK$53.25 placing price after it raises HK$42.5 billion (about $5.5 billion) in an upsized placement of 800 million shares; the Hang Seng Tech Index drops more than 3%",
   R("Xiaomi shares tumble on discounted $5.5 bln share sale",
     "Investing.com-- Shares of Xiaomi (OTC:XIACF) Corp (HK:1810) fell sharply on Tuesday after the Chinese tech giant announced a HK$42.5 billion ($5.5 billion) upsized share sale, aimed at funding business expansion and research initiatives.",
     "Investing.com", "en", "cf. https://au.investing.com/news/stock-market-news/xiaomi-shares-tumble-on-discounted-55-bln-share-sale-3747650 (lead verbatim; title taken from the URL)"),
   R("Xiaomi stock: $5.5bn share placement triggers slide",
     "Xiaomi shares plunged up to 6.6% on Tuesday after the Chinese tech giant announced a substantial share placement valued at 42.5 billion Hong Kong dollars (approximately $5.5 billion).",
     "finanznachrichten.de", "en", "cf. https://finanznachrichten.de/nachrichten-2025-03/64915299-xiaomi-stock-dollar-5-5bn-share-placement-triggers-slide-660.htm (lead verbatim; title taken from the URL)"),
   R("Pessimism looms over Chinese tech stocks following Xiaomi share sale",
     "Chinese tech stocks saw significant losses, as the Hang Seng Tech Index fell 3.8%. Xiaomi’s shares plunged 6% following a $5.5 billion fundraising effort, further dampening market sentiment amid updates from Alibaba and Sunny Optical.",
     "Flashing Trends", "en", "cf. https://flashingtrends.com/pessimism-looms-over-chinese-tech-stocks-following-xiaomi-share-sale-and-market-turmoil (lead verbatim; title taken from the URL)"),
   BPR(BP_ZH, "小米集团-W大跌逾6% 配股价较前收折让6.6%", "zh"),
   R("小米配股集資425億 股價急挫6%", "", "信報", "zh-Hant"),
   R("शेयर बिक्री के ऐलान के बाद शाओमी के शेयर 6% तक टूटे", "", "मनीकंट्रोल हिंदी", "hi"))
# 3
ev("2025-03-25", "other", ["lei_jun", "xiaomi"],
   "At dawn on 25 March 2025 Lei Jun poses with a still-unreleased Xiaomi YU7 SUV under the cherry blossoms of his alma mater, Wuhan University, and posts the photos on Weibo",
   R("Lei Jun shoots YU7 photos under Wuhan University's cherry blossoms",
     "At 5:30 a.m. on March 25, 2025, as the first blush of dawn tinged Wuhan’s sky, Xiaomi’s CEO Lei Jun stood beneath the cherry blossoms of his alma mater, Wuhan University (WHU), not as a tech titan but as a man caught between two worlds.",
     "Robot Belt", "en", "cf. https://robotbelt.com/?p=129 (lead verbatim; title written for this set)"),
   R("Lei Jun turns car model for a dawn YU7 shoot at Wuhan University", "", "CnEVPost", "en"),
   R("雷军凌晨5点半现身武大樱花大道 亲自给小米YU7当模特", "", "新浪科技", "zh"),
   R("雷軍清晨武大賞櫻 親自替YU7拍宣傳照", "", "香港01", "zh-Hant"),
   R("वुहान यूनिवर्सिटी में चेरी ब्लॉसम के बीच लेई जून ने YU7 के साथ खिंचवाईं तस्वीरें", "", "नवभारत टाइम्स", "hi"))
# 4
ev("2025-05-20", "other", ["xiaomi"],
   "Morgan Stanley raises its Xiaomi target price by 38% from HK$45 to HK$62, keeps an Overweight rating, and says the shares could pass HK$100 by 2030, with the coming YU7 SUV as a catalyst",
   R("Morgan Stanley: Raises the target price for Xiaomi Corporation-W to HKD 62, maintains \"Overweight\" rating",
     "Morgan Stanley raised the target price for Xiaomi Corporation-W to HKD 62, maintaining an \"Overweight\" rating, and expects total revenue to exceed RMB 100 billion and net profit to exceed RMB 100 billion by 2030.",
     "Longbridge", "en", "https://web-origin.lbkrs.com/news/239467494"),
   R("Daiwa: Small rice YU7 expected to become an important catalyst, stock price may break through HK$100.",
     "Morgan Stanley issued a report, raising the target price of Xiaomi Group to 62 Hong Kong dollars, giving it a \"buy\" rating.",
     "GMT Eight", "en", "https://gmteight.com/latest/detail/303555"),
   R("大摩:升小米集团-W(01810)目标价至62港元 维持“增持”评级", "", "智通财经", "zh", "https://reportify.ai/news/1118176991800070144"),
   R("大摩升小米目標價至62元 料2030年股價可破百元", "", "明報", "zh-Hant"),
   R("मॉर्गन स्टेनली ने शाओमी का टारगेट प्राइस 62 HK डॉलर किया, 2030 तक 100 के पार की उम्मीद", "", "ज़ी बिज़नेस", "hi"))
# 5
ev("2025-05-23", "statement", ["lei_jun"],
   "The night after Xiaomi's 15th-anniversary launch, Lei Jun posts at 11:39 pm that 'the world will not always belong to the strong; newcomers always have opportunities', then at 7:10 am shares gym photos; the posts draw praise from 360 founder Zhou Hongyi",
   R("Lei Jun’s Pre-Dawn Xiaomi Promotion and Fitness Routine Win Zhou Hongyi’s Admiration",
     "Xiaomi founder Lei Jun sparked discussions across China’s tech circles early Friday with consecutive social media posts underscoring his relentless work ethic and vision for underdog innovation.",
     "AICNBC", "en", "https://aicnbc.com/844.html"),
   R("雷军深夜发文：世界不会永远属于强者 早上7点10分又晒健身", "", "快科技", "zh"),
   R("雷軍凌晨發文談「後來者」 翌晨七時照常健身", "", "香港01", "zh-Hant"),
   R("Lei Jun: 'newcomers always have opportunities', hours after the XRING launch", "", "Pandaily", "en"),
   R("लॉन्च के बाद आधी रात लेई जून का पोस्ट- 'दुनिया हमेशा ताक़तवरों की नहीं', सुबह 7 बजे जिम", "", "न्यूज़18 हिंदी", "hi"))
# 6
ev("2024-12-16", "statement", ["xiaomi"],
   "In a conversation with Sina Finance CEO Deng Qingxu, Gree chair Dong Mingzhu says Xiaomi recently paid Gree 500,000 yuan over patent infringement by its air conditioners",
   R("Dong Mingzhu says Xiaomi paid Gree 500,000 yuan over air-conditioner patents",
     "On December 16th, according to media reports, Dong Mingzhu, Chairman of Gree Electric Appliances, said in a conversation with Deng Qingxu, CEO of Sina Finance, that Xiaomi recently paid Gree 500000 yuan for patent infringement.",
     "ChinaWiki", "en", "cf. https://chinawiki.net/hot/xiaomi-air-conditioner-claims-500000-yuan-for-infringement.html (lead verbatim; title written for this set)"),
   R("Gree's Dong claims patent payout from Xiaomi as air-conditioner rivalry flares", "", "South China Morning Post", "en"),
   R("董明珠：小米空调侵权 赔了格力50万元", "", "新浪财经", "zh"),
   R("董明珠稱小米冷氣侵權 已賠格力50萬", "", "明報", "zh-Hant"),
   R("ग्री की डोंग मिंगझू का दावा- पेटेंट उल्लंघन पर शाओमी ने चुकाए 5 लाख युआन", "", "ज़ी बिज़नेस", "hi"))
# 7
ev("2025-05-31", "statement", ["lei_jun"],
   "Lei Jun posts his 49th gym session of 2025 with Children's Day wishes, one of his first upbeat posts after weeks of a low profile following the March SU7 crash",
   R("Lei Jun Hits the Gym on Children’s Day: Wishing All Kids a Joyful Childhood!",
     "Xiaomi founder Lei Jun shared his 49th gym visit of 2025 on social media, along with wishes for Children’s Day, projecting optimism.",
     "AICNBC", "en", "https://aicnbc.com/tag/xiaomi/page/5"),
   R("Lei Jun marks Children's Day with gym check-in number 49", "", "Gizmochina", "en"),
   R("雷军晒今年第49次健身：祝小朋友们六一快乐", "", "红星新闻", "zh"),
   R("雷軍六一晒健身 今年第49次", "", "星島日報", "zh-Hant"),
   BPR(BP_HI, "लेई जून ने जिम से दी बाल दिवस की शुभकामनाएं, इस साल 49वीं बार पहुंचे", "hi"))
# 8
ev("2025-06-01", "statement", ["lei_jun", "xiaomi"],
   "Lei Jun posts on Weibo that Xiaomi SU7 deliveries exceeded 28,000 in May and YU7 mass production starts in July, quoting Mo Yan's line that 'slander is a form of admiration', read as a reply to Huawei's Yu Chengdong",
   R("Xiaomi CEO Lei Jun Appears to Respond to Huawei's Yu Chengdong in Post Amid Automotive Market Rivalry",
     "In a recent turn of events, Lei Jun, the CEO of Xiaomi, has seemingly responded to comments made by Yu Chengdong, the CEO of Huawei's consumer business group, regarding Xiaomi's automobile venture.",
     "Trending on Weibo", "en", "https://www.trendingonweibo.com/hotwords/xiaomi-ceo-lei-jun-appears-respond-huawei-yu-chengdong-post-amid-automotive-market-rivalry"),
   R("Xiaomi SU7 deliveries top 28,000 in May, Lei Jun says; YU7 output to start in July", "", "CnEVPost", "en"),
   R("雷军引用莫言：诋毁本身就是一种仰望 小米SU7五月交付超2.8万台", "", "澎湃新闻", "zh"),
   R("雷軍引莫言名句 外界解讀回應余承東", "", "香港01", "zh-Hant"),
   R("'निंदा भी एक तरह की प्रशंसा है': लेई जून का पोस्ट, हुआवेई के यू चेंगतोंग को जवाब?", "", "आज तक", "hi"))
# 9
ev("2025-07-28", "other", ["lei_jun"],
   "Lei Jun's post of his 73rd gym session of 2025, made as torrential rain hits Beijing and Hebei, becomes a trending topic on Weibo",
   R("Lei Jun Hits the Gym in the Rain, Trends Online",
     "Xiaomi founder Lei Jun’s fitness regime, marked by 73 gym sessions this year, became a trending topic on Weibo amidst severe weather conditions in Northern China.",
     "AICNBC", "en", "https://aicnbc.com/tag/xiaomi/page/2"),
   R("Rain or shine: Lei Jun's 73rd workout of the year goes viral", "", "Pandaily", "en"),
   R("雷军冒雨健身上热搜 今年已打卡73次", "", "新京报", "zh"),
   R("雷軍冒雨健身 今年第73次上熱搜", "", "香港經濟日報", "zh-Hant"),
   R("भारी बारिश में भी जिम पहुंचे लेई जून, वीबो पर ट्रेंड हुआ पोस्ट", "", "न्यूज़18 हिंदी", "hi"))
# 10
ev("2025-07-29", "statement", ["lei_jun"],
   "On the day China Changan Automobile Group is formally set up in Chongqing as a new state-owned car group, Lei Jun congratulates it and says Xiaomi is willing to work with Changan and others; Changan chairman Zhu Huarong replies",
   R("Lei Jun Congratulates Chinese Auto Industry Progress, Xiaomi Willing to Collaborate with Changan and Others; Zhu Huarong Responds",
     "China Changan Automobile Group Co., Ltd. was officially established in Chongqing on July 29th as a state-owned automotive giant.",
     "AICNBC", "en", "https://aicnbc.com/tag/xiaomi/page/2"),
   R("Lei Jun welcomes new Changan group and offers cooperation", "", "Gasgoo", "en"),
   R("雷军祝贺中国长安汽车集团成立 朱华荣回应", "", "第一财经", "zh"),
   R("長安汽車集團掛牌 雷軍發文祝賀願攜手合作", "", "經濟日報", "zh-Hant"),
   BPR(BP_HI, "नई चांगआन ऑटो ग्रुप को लेई जून की बधाई, साथ काम करने की पेशकश", "hi"))
# 11
ev("2025-08-26", "statement", ["xiaomi"],
   "Gree marketing director Zhu Lei calls a widely shared image comparing the motherboards of Xiaomi and Gree central air conditioners, re-posted by Lu Weibing in June, a 'maliciously edited picture' meant to disparage Gree",
   R("Gree executive says Xiaomi-shared motherboard comparison was doctored",
     "In August, tensions between Gree and Xiaomi escalated further. The conflict originated on August 26 when Zhu Lei, Gree's marketing director, responded to a post shared by Xiaomi President Lu Weibing in June.",
     "Tiger Brokers", "en", "cf. https://www.itiger.com/news/1154606939 (two sentences verbatim from a later recap; title written for this set)"),
   R("格力朱磊发文：小米空调主板对比图系恶意P图", "", "界面新闻", "zh"),
   R("格力高層批小米冷氣主板對比圖「惡意P圖」", "", "星島日報", "zh-Hant"),
   R("Gree vs Xiaomi: marketing chief slams 'maliciously edited' AC comparison", "", "Pandaily", "en"),
   R("ग्री के अधिकारी का आरोप: शाओमी ने फैलाई 'एडिट की हुई' तस्वीर", "", "बिज़नेस स्टैंडर्ड हिंदी", "hi"))
# 12
ev("2025-08-27", "statement", ["xiaomi"],
   "The day after Gree's Zhu Lei attacked the motherboard comparison, Xiaomi PR chief Wang Hua answers with a satirical poem",
   R("Xiaomi's PR chief answers Gree with a satirical poem",
     "On August 27, Xiaomi's Wang Hua countered with a satirical poem",
     "Yicai Global", "en", "cf. https://www.itiger.com/news/1154606939 (sentence verbatim, cut where the stored text ends; title written for this set)"),
   R("王化打油诗回应格力朱磊", "", "新浪科技", "zh"),
   R("小米王化賦打油詩 反擊格力", "", "香港01", "zh-Hant"),
   R("Poetry war: Xiaomi's Wang Hua mocks Gree after motherboard row", "", "Pandaily", "en"),
   R("शाओमी के PR प्रमुख वांग हुआ ने कविता से दिया ग्री को जवाब", "", "न्यूज़18 हिंदी", "hi"))
# 13
ev("2025-10-20", "statement", ["xiaomi"],
   "Gree's Zhu Lei accuses coordinated 'water army' videos of riding on Gree-versus-Xiaomi comparisons and cites a 1,300-yuan price gap between 1.5 HP units; creators reply that their videos praised Gree",
   R("格力高管火力全开!水军视频碰瓷格力小米,雷军又躺枪?", "", "搜狐财经", "zh", "https://reportify.ai/news/1177665444463644672"),
   R("Gree marketing chief says paid videos smear it in Xiaomi price comparisons", "", "Yicai Global", "en"),
   R("格力朱磊指「水軍」影片碰瓷 小米冷氣價差1300元", "", "經濟日報", "zh-Hant"),
   R("ग्री बनाम शाओमी: 'पेड वीडियो' के आरोप से फिर भड़का एसी विवाद", "", "ज़ी न्यूज़", "hi"))
# 14
ev("2025-11-07", "market_move", ["xiaomi"],
   "Xiaomi's Hong Kong shares fall another 3% to HK$42.1, more than 30% below their June peak, as Goldman Sachs prime-brokerage data show hedge funds' short bets on Xiaomi up 53% in a week before its Q3 results",
   R("HK Stock Market Move | Xiaomi-W(01810) falls more than 3% again, dropping more than 30% from its peak in June. Goldman Sachs says shorting Xiaomi has become a consensus among hedge funds.",
     "Xiaomi Group-W (01810) fell over 3% again, and the current stock price has dropped more than 30% from its highest point in June this year. As of the time of writing, it fell 3.08% to 42.1 Hong Kong dollars, with a turnover of 30.76 billion Hong Kong dollars.",
     "GMT Eight", "en", "https://gmteight.com/content/detail/328401"),
   BPR(BP_EN, "XIAOMI-W slides 3% as hedge-fund shorts jump 53%", "en"),
   R("小米集团跌超3% 较6月高点回落逾三成 高盛：做空小米成对冲基金共识", "", "格隆汇", "zh"),
   R("小米再跌3% 高盛指對沖基金淡倉一周急增53%", "", "信報", "zh-Hant"),
   R("शाओमी के शेयर 3% और फिसले, जून के शिखर से 30% नीचे", "", "मनीकंट्रोल हिंदी", "hi"))
# 15
ev("2025-11-14", "open_source", ["xiaomi_ai"],
   "Xiaomi open-sources Xiaomi Miloco (Xiaomi Local Copilot), a home AI hub that uses Xiaomi Home cameras and its MiMo-VL-Miloco-7B model for natural-language device control and camera-triggered automation, run locally on a consumer GPU (date approximate)",
   R("小米推出Xiaomi Local Copilot 大模型与智能家居深度融合",
     "(北京)近日,小米正式推出行业首个深度融合大模型与智能家居的解决方案——Xiaomi Local Copilot(小米本地协同智能助手),标志着全球最大的消费级AIoT生态正式迈入\"端侧智能\"新阶段。",
     "中国产业经济信息网", "zh", "cf. http://msdumps.com/chanpinzhanshi/887185.html (lead verbatim as reposted; title written for this set; the outlet name is a guess)"),
   R("Xiaomi open-sources Miloco, a local AI brain for the smart home", "", "The Decoder", "en"),
   R("Xiaomi's Miloco lets home cameras trigger automations in plain language", "", "Android Authority", "en"),
   R("小米開源Miloco 本地大模型看懂居家鏡頭畫面", "", "自由時報", "zh-Hant"),
   R("शाओमी ने ओपन-सोर्स किया Miloco, कैमरे और AI से चलेगा स्मार्ट होम", "", "गैजेट्स 360 हिंदी", "hi"))
# 16
ev("2025-11-17", "market_move", ["xiaomi"],
   "Ahead of its Q3 results, Bloomberg reports that Xiaomi's Hong Kong shares have fallen almost 30% since September to the bottom of the Hang Seng Tech Index, as short interest climbs toward 0.7% of free float and memory-chip costs rise",
   R("Xiaomi’s stock spirals to the bottom of Hang Seng Tech Index amid 30% dip since September",
     "Xiaomi is getting hammered. The company’s shares in Hong Kong have plunged almost 30% since September, wiping out months of gains and leaving it at the very bottom of the Hang Seng Tech Index.",
     "Cryptopolitan", "en", "https://www.mexc.co/en-NG/news/xiaomis-stock-spirals-to-the-bottom-of-hang-seng-tech-index-amid-30-dip-since-september/170596"),
   R("Xiaomi’s Stock Plummets Amid Weak Revenue Growth and Rising Costs",
     "Xiaomi’s shares have tumbled to the bottom of the Hang Seng Tech Index, shedding 30% of their value since September. Investors are bracing for Tuesday’s earnings report, which Bloomberg predicts will reveal the slowest revenue growth the company has seen since 2023.",
     "BTCC Square", "en", "cf. BTCC Square repost of 2025-11-18 09:07 (title and lead verbatim as stored; the search result gave no URL)"),
   BPR(BP_ZH, "小米股价较9月高位回落近三成 跌至恒生科技指数末位", "zh"),
   R("業績前夕小米股價兩個月挫三成 淪恒科指數「包尾」", "", "香港經濟日報", "zh-Hant"),
   R("नतीजों से पहले शाओमी का शेयर 30% टूटा, हैंग सेंग टेक इंडेक्स में सबसे नीचे", "", "इकोनॉमिक टाइम्स हिंदी", "hi"))
# 17
ev("2025-11-21", "other", ["xiaomi"],
   "Xiaomi buys back 21.5 million of its shares on 20 and 21 November for more than HK$800 million, taking its 2025 repurchases above HK$2.3 billion",
   R("小米連續兩日回購 共斥逾8億元",
     "小米示，已分別於本月20日及21日連續兩日進行回購，合共購回2,150萬股股份，總斥資金額超過8億元。",
     "星島日報", "zh-Hant", "cf. https://www.stheadline.com/stock-market/3520887 (sentence verbatim from a 24 November story; title written for this set)"),
   R("小米集团连续两日回购2150万股 耗资超8亿港元", "", "财联社", "zh"),
   R("Xiaomi steps up buybacks, spending over HK$800 million in two days", "", "The Standard", "en"),
   R("शाओमी का बायबैक जारी, दो दिन में 2.15 करोड़ शेयर खरीदे", "", "मनीकंट्रोल हिंदी", "hi"),
   R("शाओमी ने दो दिन में 80 करोड़ HK डॉलर से ज़्यादा के शेयर वापस खरीदे", "", "बिज़नेस स्टैंडर्ड हिंदी", "hi"))
# 18
ev("2025-12-05", "statement", ["xiaomi_ai", "luo_fuli"],
   "Xiaomi president Lu Weibing says Xiaomi's AI investment has grown more than 50% quarter on quarter for four quarters, beyond the board's expectations, that deep integration of AI with the physical world is its core strategy for the next decade, and that Luo Fuli has formally joined to lead the MiMo team; reports add a global hiring drive with pay up to 10 million yuan",
   R("Lu Weibing: Xiaomi's AI spending growing over 50% a quarter, Luo Fuli on board",
     "Xiaomi Group President Lu Weibing responded to public attention in a Douyin live stream, revealing the group's AI strategic direction for the first time: Over the next decade, Xiaomi will heavily invest in the deep integration of \"large models and physical scenarios,\" aiming to embed AI capabilities into \"tangible\" hardware and services.",
     "AIbase", "en", "cf. https://www.aibase.com/news/23359 (lead verbatim; title written for this set)"),
   R("盧偉冰：小米AI投入連續四季環比增逾50% 羅福莉正式加入MiMo",
     "小米集團總裁盧偉冰在抖音直播間迴應外界關注,首度透露集團 AI 戰略方向:未來十年將重倉“大模型與物理場景深度融合”,目標把 AI 能力嵌入到“看得見、摸得着”的硬件與服務中。",
     "AIbase 繁體", "zh-Hant", "cf. https://news.aibase.com/tw/news/23359 (lead verbatim; title written for this set)"),
   R("Xiaomi dangles pay of up to 10 million yuan to lure AI researchers", "", "South China Morning Post", "en"),
   R("卢伟冰：AI与物理世界深度结合是小米未来十年核心战略", "", "钛媒体", "zh"),
   R("शाओमी की AI में बड़ी छलांग: लू वेइबिंग बोले- चार तिमाहियों से 50% की रफ़्तार, लुओ फ़ुली MiMo में", "", "AIbase हिंदी", "hi"))
# 19
ev("2025-12-10", "other", ["xiaomi_ai"],
   "A report by the WeChat account 'Du Jia' says Xiaomi has completed the first version of Mi Chat, a question-and-answer AI assistant built on its MiMo-7B-RL model, with more expected at its 17 December ecosystem conference",
   R("Xiaomi Mi Chat: what we know about the MiMo-powered assistant",
     "Xiaomi has been working on a virtual helper named Mi Chat, and it is not just another tech test; it shows they are moving from ideas to authentic products people can use every day.",
     "TechGenyz", "en", "cf. https://techgenyz.com/?p=302477 (lead verbatim; title written for this set)"),
   R("Xiaomi readies 'Mi Chat' AI assistant powered by MiMo, report says", "", "Gizmochina", "en"),
   R("曝小米AI助手Mi Chat首版已完成 基于MiMo-7B-RL", "", "快科技", "zh"),
   R("小米AI助理Mi Chat傳已完成首版", "", "ePrice 比價王", "zh-Hant"),
   R("शाओमी ला रहा अपना AI चैटबॉट 'Mi Chat', MiMo मॉडल पर होगा आधारित", "", "टाइम्स नाउ हिंदी", "hi"))
# 20
ev("2025-12-17", "other", ["xiaomi", "xiaomi_ai"],
   "In a note on the open-source MiMo-V2-Flash, Morgan Stanley keeps Xiaomi at Overweight as its sector top pick with a HK$62 target, 52% above the 16 December close of HK$40.90, saying the release shows Xiaomi's commitment to AI R&D",
   R("大摩：MiMo-V2-Flash彰显小米AI研发决心 维持“增持”目标价62港元",
     "投资评级与目标: 摩根士丹利给予小米“超配”评级,为行业首选股,目标价62.00港元,较2025年12月16日收盘价40.90港元有52%的上涨空间",
     "Reportify", "zh", "cf. https://reportify.cn/transcripts/1198990367702257664 (one bullet of the note summary verbatim; title written for this set)"),
   R("Morgan Stanley says MiMo-V2-Flash underlines Xiaomi's AI push, keeps top-pick call", "", "Investing.com", "en"),
   R("大摩：小米開源MiMo大模型 維持行業首選 目標價62元", "", "經濟通", "zh-Hant"),
   R("Morgan Stanley stays Overweight on Xiaomi after MiMo-V2-Flash debut", "", "The Standard", "en"),
   R("मॉर्गन स्टेनली: MiMo-V2-Flash से दिखी शाओमी की AI प्रतिबद्धता, टारगेट 62 HK डॉलर बरकरार", "", "ज़ी बिज़नेस", "hi"))
# 21
ev("2025-12-18", "market_move", ["xiaomi", "xiaomi_ai"],
   "Xiaomi's shares fall 2.5% to HK$40.20 after Jefferies cuts it to Hold with a HK$43.36 target (from HK$49.21), while Goldman Sachs reiterates Buy, citing the new open-source MiMo-V2-Flash model",
   R("Diverging Views on Xiaomi as Analysts Clash Over AI Prospects",
     "Xiaomi shares experienced notable trading activity on Thursday, declining 2.5% to close at HKD 40.20. This movement occurred against a backdrop of sharply conflicting analyst recommendations and significant capital flows from mainland China, highlighting a clear split in market sentiment toward the Chinese technology conglomerate.",
     "Ad Hoc News", "en", "https://www.ad-hoc-news.de/boerse/news/ueberblick/diverging-views-on-xiaomi-as-analysts-clash-over-ai-prospects/68426249"),
   BPR(BP_EN, "Jefferies cuts XIAOMI-W to Hold, TP lowered to HK$43.36", "en"),
   R("小米集团收跌2.5% 杰富瑞下调评级至“持有”", "", "财联社", "zh"),
   R("富瑞降小米評級至持有 高盛唱好MiMo", "", "信報", "zh-Hant"),
   R("जेफरीज़ ने घटाई रेटिंग, शाओमी का शेयर 2.5% गिरकर 40.20 HK डॉलर पर", "", "मनीकंट्रोल हिंदी", "hi"))
# 22
ev("2025-12-18", "other", ["xiaomi"],
   "Xiaomi buys back 3.8 million of its Class B shares for HK$150.7 million on 18 December, as the stock slides",
   R("Xiaomi repurchases 3.8 million shares for HK$150.7 million",
     "In a direct response to the stock's weakness, Xiaomi's management authorized a share repurchase on December 18. The company bought back 3.8 million of its B-shares for a total consideration of HKD 150.7 million.",
     "The Standard", "en", "cf. https://www.ad-hoc-news.de/boerse/news/ueberblick/diverging-views-on-xiaomi-as-analysts-clash-over-ai-prospects/68426249 (paragraph verbatim from another outlet's story; title and outlet written for this set)"),
   R("小米集团斥资1.507亿港元回购380万股", "", "证券时报", "zh"),
   R("小米回購380萬股 涉資1.5億元", "", "經濟通", "zh-Hant"),
   R("गिरावट के बीच शाओमी ने 3.8 मिलियन शेयर बायबैक किए", "", "मनीकंट्रोल हिंदी", "hi"),
   R("शाओमी ने 15 करोड़ HK डॉलर में 38 लाख शेयर वापस खरीदे", "", "बिज़नेस स्टैंडर्ड हिंदी", "hi"))
# 23
ev("2026-01-23", "other", ["xiaomi"],
   "Xiaomi announces a share buyback programme of up to HK$2.5 billion (about $321 million) as competition and memory-cost pressures weigh on its stock",
   R("Xiaomi announces HK$2.5 billion buyback as competition and cost pressures weigh on stock",
     "Chinese tech giant Xiaomi saw its shares pop in trading on Friday after it announced a stock buyback program worth up to HK$2.5 billion ($321 million).",
     "USFOW", "en", "https://www.usfow.com/news/xiaomi-announces-hk25-billion-buyback-as-competition-and-cost-pressures-weigh-on-stock"),
   R("Xiaomi unveils up to HK$2.5 billion share repurchase plan", "", "Reuters", "en"),
   R("小米集团拟斥资最多25亿港元回购股份", "", "新浪财经", "zh"),
   R("小米擬動用最多25億元回購", "", "明報", "zh-Hant"),
   R("शाओमी करेगा 2.5 अरब HK डॉलर तक का शेयर बायबैक", "", "इकोनॉमिक टाइम्स हिंदी", "hi"))
# 24
ev("2026-01-23", "market_move", ["xiaomi"],
   "Xiaomi's Hong Kong shares jump in Friday trading after the HK$2.5 billion buyback plan, snapping part of a months-long slide",
   R("Xiaomi shares rebound after buyback plan lifts sentiment", "", "Bloomberg", "en"),
   BPR(BP_EN, "XIAOMI-W jumps on HK$2.5bn buyback plan", "en"),
   BPR(BP_ZH, "小米集团股价走高 公司公布25亿港元回购计划", "zh"),
   R("回購消息刺激 小米股價彈升", "", "香港經濟日報", "zh-Hant"),
   R("बायबैक के ऐलान से शाओमी के शेयरों में उछाल", "", "ज़ी बिज़नेस", "hi"))
# 25
ev("2025-11-24", "other", ["xiaomi", "xiaomi_ai"],
   "Goldman Sachs keeps a Buy rating on Xiaomi with a HK$53.5 target, citing the open-sourcing of MiMo-Embodied, HAD Enhanced (about 473,000 active users) and more than 7 billion yuan of AI R&D this year, and expects more AI disclosures in coming quarters",
   R("高盛：小米AI成果陸續有來 維持買入 目標價53.5元",
     "不過，小米也有許多正面進展。高盛研究報告顯示，小米近日宣布全面開源具身大模型 MiMo - Embodied，該模型整合自動駕駛與具身智慧技術，能在動態物理環境中高效運作。",
     "鉅亨網", "zh-Hant", "cf. https://news.cnyes.com/news/id/6249714 (two sentences verbatim from a story on Lei Jun's share purchase; title written for this set)"),
   R("Goldman keeps Buy on Xiaomi, sees more AI reveals ahead", "", "Investing.com", "en"),
   R("高盛：小米具身大模型全面开源 维持“买入”评级", "", "格隆汇", "zh"),
   R("高盛維持小米「買入」 看好AI與智駕進展", "", "信報", "zh-Hant"),
   R("गोल्डमैन सैक्स ने शाओमी पर 'बाय' रेटिंग बरकरार रखी, AI पर भरोसा", "", "मनीकंट्रोल हिंदी", "hi"))
# 26
ev("2025-07-25", "other", ["xiaomi"],
   "Xiaomi president Lu Weibing attends Leica's centennial exhibition and highlights four years of partnership (more than 20 models) and the Xiaomi x Leica Optical Institute",
   R("Lei Jun Talks Xiaomi’s Leica Partnership: Inheriting a Century of Humanistic Imaging, Entering the Era of Mobile Computational Photography",
     "Xiaomi President Lu Weibing attended Leica’s centennial exhibition, highlighting Xiaomi’s partnership with Leica to bridge humanistic photography with mobile computational photography.",
     "AICNBC", "en", "https://aicnbc.com/tag/xiaomi/page/2"),
   R("卢伟冰出席徕卡百年影像展 小米徕卡四年合作20余款机型", "", "新浪科技", "zh"),
   R("盧偉冰出席徠卡百年展 談手機影像新時代", "", "ePrice 比價王", "zh-Hant"),
   R("Xiaomi and Leica mark a century of photography at centennial show", "", "Gizmochina", "en"),
   R("लाइका की 100वीं सालगिरह प्रदर्शनी में पहुंचे शाओमी प्रेसिडेंट लू वेइबिंग", "", "गैजेट्स 360 हिंदी", "hi"))
# 27
ev("2025-11-07", "statement", ["xiaomi"],
   "In a livestream former Gree executive Wang Ziru, asked whether Xiaomi could 'defeat' Gree in home appliances, replies 'You underestimate Gree' and ends the session, reviving the Gree-Xiaomi spat",
   R("Ex-Gree executive Wang Ziru: 'You underestimate Gree'",
     "The competition between Xiaomi and Gree in the air conditioning market has once again captured public attention. On November 7, a livestream by Wang Ziru sparked discussions about the rivalry between the two companies.",
     "Tiger Brokers", "en", "cf. https://www.itiger.com/news/1154606939 (lead verbatim; title written for this set)"),
   R("王自如直播回应小米能否打败格力：你小看格力了", "", "每日经济新闻", "zh"),
   R("王自如直播談小米格力之爭：你們小看格力", "", "香港01", "zh-Hant"),
   R("Ex-Gree executive reignites Xiaomi rivalry in livestream", "", "Pandaily", "en"),
   BPR(BP_HI, "'आप ग्री को कम आंक रहे हैं': शाओमी बनाम ग्री पर बोले वांग ज़िरू", "hi"))
# 28
ev("2025-04-06", "statement", ["lei_jun", "xiaomi"],
   "After five days of silence following the SU7 crash, Lei Jun posts on Weibo on Xiaomi's 15th anniversary: 'Today, Xiaomi's entrepreneurial road has gone through 15 years. This is just the beginning, we will continue to work hard.'",
   R("Lei Jun breaks Weibo silence on Xiaomi's 15th anniversary",
     "On April 6, 2025, Lei Jun released a simple Weibo after a five-day hiatus: “Today, Xiaomi’s entrepreneurial road has gone through 15 years. This is just the beginning, we will continue to work hard.”",
     "Lei Jun Fans", "en", "cf. https://leijunfans.com/?p=201 (lead verbatim; title written for this set)"),
   R("雷军发文纪念小米创业15周年：这只是开始", "", "中国新闻网", "zh"),
   R("小米創業15年 雷軍：這只是開始", "", "星島日報", "zh-Hant"),
   R("雷軍打破沉默：小米15周年只是開始", "", "香港經濟日報", "zh-Hant"),
   R("15 साल का हुआ शाओमी, लेई जून बोले- यह तो बस शुरुआत है", "", "नवभारत टाइम्स", "hi"))
# 29
ev("2024-12-16", "statement", ["xiaomi"],
   "Hours after Dong Mingzhu's claim, Xiaomi PR chief Wang Hua says on Weibo that the report is untrue: Xiaomi's air conditioners infringe no patent and Xiaomi has paid no 500,000-yuan compensation",
   R("Xiaomi denies paying Gree over air-conditioner patents",
     "On the morning of the 16th, Wang Hua, the general manager of Xiaomi's public relations department, forwarded a blog post from a spokesperson for Xiaomi in July this year and responded to the matter, saying, \"After further investigation, the relevant news today is untrue.",
     "ChinaWiki", "en", "cf. https://chinawiki.net/hot/xiaomi-air-conditioner-claims-500000-yuan-for-infringement.html (second paragraph verbatim, cut after its first quoted sentence; title written for this set)"),
   R("Xiaomi PR chief rejects Dong Mingzhu's patent-payout claim", "", "Gizmochina", "en"),
   R("小米王化回应董明珠：小米空调无专利侵权 也未赔偿50万", "", "澎湃新闻", "zh"),
   R("小米否認侵權 駁斥賠償格力50萬之說", "", "星島日報", "zh-Hant"),
   R("शाओमी का खंडन: ग्री को कोई हर्जाना नहीं दिया, पेटेंट उल्लंघन भी नहीं", "", "बिज़नेस स्टैंडर्ड हिंदी", "hi"))
# 30
ev("2025-04-18", "statement", ["lei_jun", "xiaomi"],
   "Lei Jun posts that Xiaomi's booth at Auto Shanghai 2025 is in Hall 6.2H and that visitors will get free show-limited mineral water",
   R("Lei Jun invites Auto Shanghai visitors to Xiaomi's booth, with free water",
     "On April 18, 2025, Lei Jun wrote that at Auto Shanghai 2025, Xiaomi’s automobile booth is in Hall 6.2H-6B02, and those who visit Xiaomi’s booth can receive free mineral water limited to the auto show",
     "Lei Jun Fans", "en", "cf. https://leijunfans.com/?p=201 (sentence verbatim, cut where the stored text continues; title written for this set)"),
   R("雷军：上海车展小米展台在6.2H馆 到场送车展限定矿泉水", "", "新浪汽车", "zh"),
   R("上海車展小米展位曝光 雷軍：來就送限定礦泉水", "", "香港01", "zh-Hant"),
   R("Xiaomi sets up in Hall 6.2H for Auto Shanghai, Lei Jun promises free water", "", "CarNewsChina", "en"),
   R("शंघाई ऑटो शो में शाओमी का स्टॉल, लेई जून बोले- आने वालों को मुफ़्त पानी", "", "ऑटोकार इंडिया हिंदी", "hi"))
