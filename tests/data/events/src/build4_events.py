# Hand-written source of events_holdout4.jsonl (fourth held-out set). Written blind: no clustering,
# watcher, seed, test or bench code was opened. Executed by build4.py, which defines nothing before it.
S = "synthetic"
# At most three stock sentences, each put by one outlet on reports of different events (as real feeds do).
BP_HI = ("अमर उजाला", "टेक्नोलॉजी और बिज़नेस की ताज़ा ख़बरों के लिए पढ़ते रहें अमर उजाला।")
BP_ZH = ("中关村在线", "更多精彩内容，请持续关注中关村在线新闻频道。")
BP_EN = ("Moneycontrol", "Catch all the latest technology and business news on Moneycontrol.")


def R(title, summary, source, lang, prov=S):
    return {"title": title, "summary": summary, "source": source, "lang": lang, "provenance": prov}


def BPR(bp, title, lang):
    return R(title, bp[1], bp[0], lang)


E = []


def ev(date, typ, topics, summary, *reports):
    E.append({"date": date, "type": typ, "topics": topics, "summary": summary, "reports": list(reports)})


# 1
ev("2024-03-29", "other", ["xiaomi"],
   "Xiaomi Auto says on Weibo that the SU7 received 88,898 orders (5,000-yuan deposits, refundable for seven days) in the 24 hours after its launch",
   R("Xiaomi receives 88,898 SU7 orders in 24 hours",
     "Xiaomi’s first all-electric car, the SU7 all-electric sedan, seems to be attracting a lot of interest in China.",
     "Teslarati", "en", "https://www.teslarati.com/xiaomi-receives-88898-su7-orders-24-hours/"),
   R("Xiaomi's SU7 Electric Sedan Racks Up Nearly 89,000 Orders in 24 Hours",
     "Xiaomi SU7 attracts massive interest, challenging Tesla Model 3 with early success.",
     "EconoTimes", "en", "https://www.econotimes.com/Xiaomis-SU7-Electric-Sedan-Racks-Up-Nearly-89000-Orders-in-24-Hours-1674639"),
   R("小米SU7上市24小时大定88898台", "小米汽车官方微博29日晚公布数据，门店试驾同步开放，7天内可无理由退订。", "新浪财经", "zh"),
   R("小米SU7開賣一天 訂單衝近8.9萬張", "", "經濟日報", "zh-Hant"),
   R("शाओमी SU7 को 24 घंटे में मिले 88,898 ऑर्डर", "", "ज़ी न्यूज़ हिंदी", "hi"),
   BPR(BP_HI, "शाओमी की पहली कार पर टूटे ग्राहक, एक दिन में क़रीब 89 हज़ार बुकिंग", "hi"))
# 2
ev("2025-01-28", "open_source", ["deepseek"],
   "Hugging Face launches Open-R1, a project to reconstruct DeepSeek-R1's unpublished data and training pipeline in the open",
   R("Open-R1: a fully open reproduction of DeepSeek-R1", "", "Hugging Face Blog", "en",
     "https://worker-huggingface.ww6410.workers.dev/blog/open-r1 (mirror of huggingface.co/blog/open-r1, published January 28, 2025)"),
   R("Hugging Face launches Open-R1 to rebuild DeepSeek-R1's missing pieces",
     "On Tuesday, Hugging Face unveiled a new project to create Open-R1, an entirely open replication of the DeepSeek-R1 model.",
     "Technology News", "en", "cf. https://technologynewso.com/?p=5511 (lead verbatim; title written for this set)"),
   R("Hugging Face发起Open-R1项目：完整复现DeepSeek-R1训练流程", "数据集、训练代码和评测脚本将陆续开源，目标补齐R1未公开的部分。", "量子位", "zh"),
   R("抱抱臉啟動Open-R1 要從頭重建DeepSeek推理模型", "", "數位時代", "zh-Hant"),
   R("हगिंग फेस बना रहा DeepSeek-R1 का पूरी तरह ओपन संस्करण", "", "नवभारत टाइम्स", "hi"))
# 3
ev("2025-02-06", "statement", ["deepseek"],
   "Chinese foreign ministry spokesman Guo Jiakun, asked about South Korean ministries blocking DeepSeek, says China never asks firms to collect data illegally and opposes overstretching national security",
   R("China to resolutely safeguard rights, interests of Chinese enterprises: spokesperson",
     "China always opposes attempts to overstretch the concept of national security and will resolutely safeguard the rights and interests of Chinese enterprises, Chinese foreign ministry spokesperson Guo Jiakun said in Beijing on Thursday.",
     "People's Daily Online (Xinhua)", "en", "http://en.people.cn/n3/2025/0207/c90000-20273514.html"),
   R("China slams 'overstretching' national security amid ban on DeepSeek in S Korea, Australia",
     "China on Thursday slammed the \"overstretching” national security concept amid a ban on the artificial intelligence (AI) chatbot DeepSeek in South Korea and Australia.",
     "The Nation", "en",
     "cf. https://www.nation.com.pk/07-Feb-2025/china-slams-overstretching-national-security-amid-ban-on-deepseek-in-s-korea-australia (lead verbatim; title taken from the URL)"),
   R("Beijing says it never asked firms to gather data illegally, as DeepSeek bans spread",
     "Beijing has never wanted Chinese companies to secretly obtain and store private information about their customers, China's Foreign Ministry Spokesman Guo Jiakun stated at a briefing.",
     "TASS", "en", "cf. https://tass.com/defense/1909365 (lead verbatim; title written for this set)"),
   R("外交部：中国政府从未也不会要求企业违法收集存储数据", "就韩国部分政府部门屏蔽DeepSeek一事，发言人郭嘉昆6日表示，中方反对泛化国家安全概念。", "环球网", "zh"),
   R("डीपसीक पर पाबंदी: चीन बोला- राष्ट्रीय सुरक्षा की अवधारणा को ज़रूरत से ज़्यादा न खींचें", "", "एबीपी न्यूज़", "hi"))
# 4
ev("2025-02-09", "statement", ["deepseek"],
   "South Korea's National Intelligence Service says DeepSeek 'excessively' collects personal data, including keyboard input patterns, and gives different answers to sensitive questions by language",
   R("South Korea Spy Agency Says DeepSeek 'Excessively' Collects Personal Data",
     "DeepSeek also provided different answers to potentially sensitive questions in different languages, the NIS noted.",
     "Gadgets 360 (Reuters)", "en",
     "https://www.gadgets360.com/ai/news/south-korea-spy-agency-deepseek-excessively-collects-personal-data-7683638"),
   R("South Korean intel agency warns against DeepSeek privacy risks",
     "The NIS, which oversees cybersecurity operations, said in a release that DeepSeek was found to track and collect “excessive” data from its users, such as chat logs and keystrokes.",
     "The Korea Herald", "en", "https://asianews.network/south-korean-intel-agency-warns-against-deepseek-privacy-risks"),
   R("South Korea accuses DeepSeek of excessive data collection",
     "Local Intelligence Service questions LLM’s AI responses and data handling.",
     "Digital Watch Observatory", "en", "https://dig.watch/updates/south-korea-accuses-deepseek-of-excessive-data-collection"),
   R("韩国国情院：DeepSeek过度收集个人信息，连键盘输入模式都不放过", "", "参考消息", "zh"),
   R("韓國情院指DeepSeek「過度」蒐集個資 泡菜起源問題中韓文答案不同", "", "中央社", "zh-Hant"),
   R("दक्षिण कोरिया की खुफिया एजेंसी का आरोप: डीपसीक ज़रूरत से ज़्यादा निजी डेटा जुटाता है", "", "दैनिक भास्कर", "hi"))
# 5
ev("2025-02-17", "partnership", ["deepseek"],
   "Shenzhen's Futian district puts 70 DeepSeek-R1-based AI 'digital employees' to work across 11 functions and 240 government-service scenarios",
   R("Shenzhen deploys AI-powered virtual employees in government services",
     "In a major push to boost efficiency, south China's Shenzhen City on Sunday began offering DeepSeek-powered services to all government departments, with the city's downtown Futian District leading the way by introducing the first 70 AI-driven \"digital workers\" in local government offices.",
     "Bastille Post", "en",
     "https://www.bastillepost.com/global/article/4583819-shenzhen-deploys-ai-powered-virtual-employees-in-government-services"),
   R("Shenzhen district puts 70 DeepSeek-based AI 'employees' to work",
     "Among the first adopters, the Futian district of Shenzhen announced on Monday that it had launched 70 AI-powered units with 11 types of functions including processing documents, scrutinising investment projects and assigning tasks to various departments, based on the DeepSeek-R1 model.",
     "From Inside Asia", "en", "cf. https://frominsideasia.com/?p=97368 (lead verbatim; title written for this set)"),
   R("深圳福田上线70名基于DeepSeek的“AI数智员工”", "覆盖公文处理、招商引资等240个业务场景，公文格式修正准确率超95%。", "南方都市报", "zh"),
   R("शेन्ज़ेन के सरकारी दफ़्तरों में उतरे 70 'AI कर्मचारी', डीपसीक पर करते हैं काम", "", "आज तक", "hi"))
# 6
ev("2025-02-17", "statement", ["deepseek"],
   "China's foreign ministry responds to South Korea's suspension of new DeepSeek downloads, urging Seoul not to politicise trade and technology issues",
   R("Chinese Government Responds to DeepSeek Service Suspension in Korea",
     "Calls for Korea Not to Politicize Economic and Technological Issues",
     "The Asia Business Daily", "en", "https://cm.asiae.co.kr/en/article/2025021717413924264"),
   R("Beijing slams 'politicization' after Seoul instigates DeepSeek block",
     "Beijing requested that Seoul stop \"politicizing\" trade and technology issues in a comment made in direct response to the government-instigated suspension of access to the DeepSeek app in Korea.",
     "Korea JoongAng Daily", "en",
     "https://koreajoongangdaily.joins.com/news/2025-02-18/business/industry/Beijing-slams-politicization-after-Seoul-instigates-DeepSeek-block/2244697"),
   R("外交部回应韩国暂停DeepSeek下载：希望有关国家不要将经贸科技问题泛安全化、政治化", "", "观察者网", "zh"),
   R("डीपसीक डाउनलोड पर कोरिया की रोक से चीन नाराज़, कहा- तकनीक का राजनीतिकरण न करें", "", "जनसत्ता", "hi"))
# 7
ev("2025-03-06", "other", ["deepseek"],
   "A coalition of 21 state attorneys general led by Montana's Austin Knudsen writes to congressional leaders urging passage of the No DeepSeek on Government Devices Act",
   R("AGs Urge Congress to Ban DeepSeek AI from Government Devices",
     "A coalition of 21 Republican AGs, led by Montana AG Austin Knudsen, is urging Congress to pass the No DeepSeek on Government Devices Act, which would prohibit downloading and using DeepSeek’s AI software on government devices.",
     "State AG Report", "en", "https://stateagreport.com/news/ags-urge-congress-to-ban-deepseek-ai-from-government-devices"),
   R("Attorney General Miyares Joins 21-State Coalition Urging Congress to Ban China-Based AI Platform on All Government Devices",
     "Virginia Attorney General Jason Miyares joined a coalition of 21 attorneys general urging Congressional leadership to pass the “No DeepSeek on Government Devices Act,” which will prohibit government devices from downloading and using the Chinese Communist Party’s DeepSeek artificial intelligence software.",
     "EIN Presswire (Office of the Attorney General of Virginia)", "en",
     "https://www.einpresswire.com/article/791809696/march-6-2025-attorney-general-miyares-joins-21-state-coalition-urging-congress-to-ban-china-based-ai-platform-on-all-government-devices"),
   R("State leaders call on Congress to ban Chinese AI DeepSeek on federal devices",
     "A coalition of 21 attorneys general sent a letter to Democratic and Republican leadership in the U.S. Congress calling on them to put limits on DeepSeek, a Chinese artificial intelligence technology that has some experts worried about the national security threat to the U.S.",
     "KXEG (The Center Square)", "en",
     "cf. https://kxegradio.com/state-leaders-call-on-congress-to-ban-chinese-ai-deepseek-on-federal-devices (lead verbatim; title taken from the URL)"),
   R("美国21州总检察长联名致信国会 要求立法禁止政府设备使用DeepSeek", "", "联合早报", "zh"),
   BPR(BP_HI, "अमेरिका के 21 राज्यों के अटॉर्नी जनरल बोले- सरकारी डिवाइस पर डीपसीक बैन करे कांग्रेस", "hi"))
# 8
ev("2025-03-14", "other", ["deepseek"],
   "The Information reports that DeepSeek and its parent High-Flyer have asked some R&D staff to hand in their passports, restricting foreign travel, and that Zhejiang officials screen would-be investors",
   R("China's AI 'National Treasure' DeepSeek restricts engineers' travel over data leak fears",
     "Chinese AI startup DeepSeek has reportedly confiscated engineers' passports to prevent data leaks, sparking global concerns.",
     "Asianet Newsable", "en",
     "https://newsable.asianetnews.com/world/china-s-ai-national-treasure-deepseek-restricts-engineers-travel-over-data-leak-fears-ddr-st9sg8"),
   R("DeepSeek's parent reportedly holds staff passports so they cannot leave China",
     "High-Flyer -- DeepSeek's parent company -- is holding onto the passports of multiple employees, especially those in research and development teams, so they cannot leave China without prior approval.",
     "DNA India", "en",
     "cf. https://www.dnaindia.com/technology/report-deepseek-allegedly-reportedly-confiscates-employees-staff-members-passports-to-prevent-them-from-traveling-abroad-as-china-government-calls-ai-chatbot-national-treasure-us-china-ai-war-gemini-chatgpt-3139344 (lead verbatim; title written for this set)"),
   R("China's DeepSeek reportedly restricts employee travel amid AI security concerns",
     "Deepseek employees working on AI models must surrender their passports and can no longer travel freely abroad, according to insiders.",
     "The Decoder", "en",
     "cf. https://the-decoder.com/chinas-deepseek-reportedly-restricts-employee-travel-amid-ai-security-concerns (lead verbatim; title taken from the URL)"),
   R("外媒：DeepSeek要求部分研发人员上交护照，出境需审批", "", "凤凰网科技", "zh"),
   R("《The Information》：DeepSeek收走核心員工護照 投資人見面先過浙江官方審查", "", "自由時報", "zh-Hant"),
   R("डीपसीक ने जमा कराए इंजीनियरों के पासपोर्ट, विदेश यात्रा पर रोक: रिपोर्ट", "", "लाइव हिंदुस्तान", "hi"))
# 9
ev("2025-03-21", "ban", ["deepseek"],
   "Oklahoma Governor Kevin Stitt bans DeepSeek on all state-owned devices after a review by the Office of Management and Enterprise Services",
   R("Oklahoma joins other states in banning the DeepSeek chatbot on all state-owned devices",
     "The State of Oklahoma has decided to ban DeepSeek on all state-owned devices, including laptops, desktops, and mobile phones/tablets, Gov. Kevin Stitt announced Friday.",
     "KRMG", "en",
     "https://krmg.com/news/local/oklahoma-joins-other-states-banning-deepseek-chatbot-all-state-owned-devices/KRN7VXPASBBK5AQ4JXXMJ4ORS4/?outputType=amp"),
   R("美国俄克拉何马州禁止在州政府设备上使用DeepSeek", "", "新浪科技", "zh"),
   R("ओक्लाहोमा ने सरकारी फ़ोन और लैपटॉप पर डीपसीक पर लगाई रोक", "", "दैनिक जागरण", "hi"),
   R("Stitt: DeepSeek comes off every Oklahoma state device after security review", "", "The Oklahoman", "en"))
# 10
ev("2025-03-26", "ban", ["deepseek"],
   "Alabama Governor Kay Ivey bans DeepSeek and Manus from state devices and networks in a memo to agency heads",
   R("Alabama governor bans DeepSeek and Manus from state devices and networks",
     "Now, Alabama Gov. Kay Ivey has taken action, officially banning DeepSeek AI, Manus and “similar harmful technologies” from state devices and networks in a memo sent Wednesday to all state agency heads and provided to Government Technology.",
     "Government Technology", "en",
     "cf. https://govtech.com/artificial-intelligence/2-more-states-ban-deepseek-from-state-devices-citing-risks (lead verbatim from the Alabama section; title written for this set)"),
   R("Ivey memo puts DeepSeek, Manus on Alabama's unauthorized software list", "", "AL.com", "en"),
   R("阿拉巴马州州长下令州政府网络禁用DeepSeek和Manus", "", "澎湃新闻", "zh"),
   R("अलबामा में सरकारी नेटवर्क पर डीपसीक और मैनस पर प्रतिबंध", "", "टीवी9 भारतवर्ष", "hi"))
# 11
ev("2025-06-11", "other", ["xiaomi", "lei_jun"],
   "Xiaomi says a production SU7 Ultra with the track package lapped the Nürburgring Nordschleife in 7:04.957, the fastest production electric car there",
   R("Watch Xiaomi SU7 Ultra snatch production EV record at Nürburgring",
     "As a handy demonstration of the pace at which the Chinese car industry is moving, smartphone giant Xiaomi has only been building cars for around a year and a half, but already, its performance saloon, the Xiaomi SU7 Ultra, is a Nürburgring lap record holder.",
     "CarThrottle", "en",
     "cf. https://www.carthrottle.com/news/watch-xiaomi-su7-ultra-snatch-production-ev-record-nurburgring (lead verbatim; title taken from the URL)"),
   R("Xiaomi SU7 Ultra’s 7:04 Nürburgring Run Just Shook the EV Establishment",
     "Quickest production EV on the Nürburgring with a lap time of 7:04.97",
     "Dailyrevs", "en", "https://www.dailyrevs.com/blog/xiaomi-su7-ultras-704-nurburgring-run-just-shook-the-ev-establishment"),
   R("雷军：小米SU7 Ultra量产车纽北跑出7分04秒957", "成为纽北最快量产电动车，比保时捷Taycan Turbo GT快约0.6秒。", "懂车帝", "zh"),
   R("小米SU7 Ultra量產版紐北圈速超越保時捷 奪電動車紀錄", "", "ETtoday", "zh-Hant"),
   R("शाओमी SU7 Ultra बनी नूरबर्गरिंग पर सबसे तेज़ प्रोडक्शन इलेक्ट्रिक कार", "", "आज तक ऑटो", "hi"))
# 12
ev("2025-07-02", "statement", ["lei_jun", "xiaomi"],
   "In a livestream answering YU7 order questions, Lei Jun tells buyers who cannot wait to consider the Xpeng G7, Li Auto i8 or Tesla, and asks rivals not to smear Xiaomi to poach orders",
   R("雷军:等不急小米YU7可选小鹏理想,特斯拉也行;同行想抢订单无需诋毁", "", "Reportify", "zh",
     "https://reportify.ai/news/1138131783934676992"),
   R("Can't wait for a YU7? Lei Jun points buyers to Xpeng, Li Auto, even Tesla", "", "CnEVPost", "en"),
   R("雷軍直播勸等不及YU7的買家 改看小鵬、理想", "", "香港01", "zh-Hant"),
   R("YU7 का इंतज़ार नहीं कर सकते तो दूसरी कंपनी की कार ले लें: लेई जुन", "", "इंडिया टीवी", "hi"))
# 13
ev("2025-07-06", "other", ["xiaomi", "lei_jun"],
   "Xiaomi starts delivering the YU7 SUV in 58 Chinese cities, with Lei Jun handing over some cars, as wait times stretch to about 14 months",
   R("Xiaomi begins YU7 deliveries",
     "Xiaomi has begun its first deliveries of the YU7 in 58 cities across China, with its founder personally handing over vehicles to some owners.",
     "CnEVPost", "en", "cf. https://cnevpost.com/2025/07/06/xiaomi-begins-yu7-deliveries/ (lead verbatim; title taken from the URL)"),
   R("Xiaomi Begins YU7 SUV Deliveries as Wait Times Reach Up to 14 Months",
     "Xiaomi has officially kicked off deliveries of its highly anticipated YU7 electric SUV in 58 cities across China, with company founder Lei Jun personally handing over vehicles to some lucky owners.",
     "RideRadar", "en",
     "cf. https://rideradar.online/xiaomi-begins-yu7-suv-deliveries-as-wait-times-reach-up-to-14-months (lead verbatim; title taken from the URL)"),
   R("小米YU7全国58城同步交付 雷军亲自交车", "", "第一财经", "zh"),
   R("शाओमी YU7 की डिलीवरी शुरू, लेई जुन ने ख़ुद सौंपी चाबियां", "", "न्यूज़18 हिंदी", "hi"))
# 14
ev("2025-07-14", "other", ["lei_jun", "xiaomi"],
   "Photos published by chinanews.com show Nvidia CEO Jensen Huang and Lei Jun together in Beijing, giving a thumbs-up beside a Xiaomi car, ahead of Huang's supply-chain expo appearance",
   R("Jensen Huang and Lei Jun pose with a Xiaomi car in Beijing",
     "A report posted on the WeChat account of media outlet chinanews.com on Monday included two photos of Huang and Lei Jun, chairman of Chinese tech giant Xiaomi, reportedly taken in Beijing.",
     "Global Times", "en",
     "cf. https://www.globaltimes.cn/page/202507/1338375.shtml (sentence verbatim from the article body; title written for this set)"),
   R("黄仁勋与雷军北京合影 穿皮衣站在小米汽车旁点赞", "", "中新网", "zh"),
   R("黃仁勳現身北京 與雷軍在小米汽車前合照", "", "鉅亨網", "zh-Hant"),
   R("एनवीडिया के जेन्सन हुआंग और शाओमी के लेई जुन की बीजिंग में मुलाक़ात, तस्वीरें वायरल", "", "ज़ी न्यूज़ हिंदी", "hi"))
# 15
ev("2025-07-16", "statement", ["deepseek"],
   "At the opening of the China International Supply Chain Expo in Beijing, Jensen Huang calls AI models from DeepSeek, Alibaba and Tencent 'world class' and China's open-source AI a catalyst for global progress",
   R("Nvidia's Huang hails Chinese AI models as 'world class'",
     "Nvidia CEO Jensen Huang described artificial intelligence models from Chinese firms Deepseek, Alibaba and Tencent as “world class” and said AI was “revolutionising” supply chains, at an exhibition in Beijing on Wednesday.",
     "Business Recorder (Reuters)", "en",
     "cf. https://www.brecorder.com/news/40372939/nvidias-huang-hails-chinese-ai-models-as-world-class (lead verbatim; title taken from the URL)"),
   R("Jensen Huang calls AI 'fundamental like electricity', praises DeepSeek",
     "Nvidia CEO Jensen Huang praised Chinese developed artificial intelligence models such as DeepSeek as “world-class” and asserted that AI is now “fundamental like electricity”, Reuters reported",
     "Mint", "en",
     "cf. https://www.livemint.com/ai/artificial-intelligence/nvidia-jensen-huang-says-ai-fundamental-like-electricity-praise-chinese-models-deepseek-tencent-catalyst-global-progress/amp-11752636231549.html (lead verbatim; title written for this set)"),
   R("NVIDIA CEO lauds China's supply chain",
     "NVIDIA CEO Jensen Huang just called China's supply chain a \"miracle\" and gave a big shoutout to the country's progress in AI.",
     "NewsBytes", "en", "https://www.newsbytesapp.com/news/business/nvidia-ceo-lauds-chinas-supply-chain/tldr"),
   R("黄仁勋链博会用中文致辞：DeepSeek、阿里、腾讯的模型是世界级的", "", "央视新闻", "zh"),
   R("डीपसीक पर जेन्सन हुआंग: चीन के AI मॉडल 'वर्ल्ड क्लास' हैं", "", "मनीकंट्रोल हिंदी", "hi"))
# 16
ev("2025-08-01", "other", ["xiaomi"],
   "Xiaomi says it delivered more than 30,000 electric vehicles in July 2025, a monthly record, helped by the YU7",
   R("Xiaomi delivers more than 30k EVs in July 2025",
     "Xiaomi has a problem, but it is the kind of problem most automakers would kill for: its new electric car is so popular that it can’t build them fast enough.",
     "Flazz News", "en",
     "cf. https://flazznews.buyplrblogs.com/2025/08/01/xiaomi-delivers-more-than-30k-evs-in-july-2025 (lead verbatim; title taken from the URL)"),
   R("小米汽车7月交付量超3万台 再创月度新高", "", "证券时报", "zh"),
   R("जुलाई में शाओमी ने 30,000 से ज़्यादा इलेक्ट्रिक कारें डिलीवर कीं", "", "बिज़नेस स्टैंडर्ड हिंदी", "hi"),
   BPR(BP_EN, "Xiaomi EV arm logs record month with over 30,000 deliveries in July", "en"))
# 17
ev("2025-08-26", "other", ["deepseek"],
   "Developers report that DeepSeek-V3.1 randomly inserts the token '极' (or '極'/'extreme') into generated code, on third-party deployments and the official full-precision model",
   R("DeepSeek V3.1突现离谱Bug:“极”字满屏乱蹦,开发者一脸懵逼", "", "虎嗅", "zh",
     "https://reportify.cn/news/1157744769158483968"),
   R("DeepSeek V3.1出現“極”字Bug,影響編碼流程",
     "日前,DeepSeek最新版V3.1被發現存在嚴重Bug,會在代碼生成中隨機插入“極/極/extreme”等token,導致代碼無法正常編譯。",
     "CT漫畫資訊", "zh-Hant", "https://www.ctmanga.com/a/deepseek-v3-1chu-xian-ji-zi-bug-ying-xiang-bian-ma-liu-cheng.html"),
   R("DeepSeek API惊现“极”字Bug!深度剖析成因与开发者自救指南", "", "AIGC.bar", "zh",
     "https://aigc.bar/en/%E5%A4%A7%E6%A8%A1%E5%9E%8BAPI%E6%95%99%E7%A8%8B/2025/08/27/deepseek-ji-bug-api-analysis-solution"),
   R("DeepSeek V3.1 users report stray 'extreme' tokens corrupting generated code", "", "The Register", "en"),
   R("डीपसीक V3.1 में अजीब गड़बड़ी: कोड में अपने आप घुस रहा '极' अक्षर", "", "गैजेट्स 360 हिंदी", "hi"))
# 18
ev("2025-08-28", "award", ["deepseek"],
   "Time magazine publishes its 2025 TIME100 AI list, which includes DeepSeek founder Liang Wenfeng (alongside Huawei's Ren Zhengfei and Unitree's Wang Xingxing)",
   R("TIME100 AI 2025 names DeepSeek's Liang Wenfeng among AI's most influential",
     "On August 28th, Time magazine released the 2025 \"TIME100 AI\" list.",
     "36Kr (English)", "en", "cf. https://eu.36kr.com/en/p/3463046832396679 (lead verbatim; title written for this set)"),
   R("Liang Wenfeng, Ren Zhengfei and Wang Xingxing make Time's 2025 AI list", "", "South China Morning Post", "en"),
   R("《时代》2025年AI百大影响力人物公布 梁文锋、任正非入选", "", "澎湃新闻", "zh"),
   R("टाइम की 100 सबसे प्रभावशाली AI हस्तियों में डीपसीक के लियांग वेनफेंग", "", "एनडीटीवी इंडिया", "hi"))
# 19
ev("2025-09-25", "talk", ["lei_jun", "xiaomi"],
   "Lei Jun gives his sixth annual speech, themed 'Change' (改变), on Xiaomi's post-2020 review and the decisions to build its own chips and cars",
   R("雷军发布年度演讲", "9月25日19时,小米CEO雷军发布第6次年度演讲,主题是《改变》。", "搜狐财经", "zh",
     "https://staging.reportify.cn/news/1168914213960290304"),
   R("雷军年度演讲复盘小米十周年后的“大反思”",
     "9月25日晚间,国家会议中心迎来一场备受瞩目的科技盛会。",
     "ITBear科技资讯", "zh", "cf. https://www.itbear.com.cn/html/2025-09/969120.html (lead verbatim; title written for this set)"),
   R("Lei Jun's sixth annual speech: why Xiaomi bet the house on chips and cars", "", "South China Morning Post", "en"),
   R("雷軍年度演講《改變》：自研手機晶片至少堅持十年、投入500億", "", "聯合新聞網", "zh-Hant"),
   R("लेई जुन का सालाना भाषण 'बदलाव': चिप और कार पर सब कुछ दांव पर लगाने की कहानी", "", "नवभारत टाइम्स", "hi"))
# 20
ev("2025-09-27", "other", ["xiaomi"],
   "Xiaomi PR chief Wang Hua says the Xiaomi 17 series set 2025 first-day sales records for Chinese phones on its 27 September first sale; the 17 Pro Max takes over half of sales",
   R("小米17系列首銷5分鐘破紀錄 Pro Max占比逾五成",
     "對標蘋果iPhone 17的小米17系列旗艦機型27日開賣，小米公關部總經理王化在微博發文指出，小米17全系開賣5分鐘，刷新2025年大陸國產手機全價位新機系列，首銷全天銷量、銷售額紀錄。",
     "聯合新聞網", "zh-Hant", "cf. https://udn.com/news/story/7333/9033488 (lead verbatim; title written for this set)"),
   R("王化：小米17全系开售5分钟，刷新今年国产手机首销纪录", "", "快科技", "zh"),
   R("Xiaomi 17 series breaks first-day sales records, Pro Max takes half", "", "Gizmochina", "en"),
   R("शाओमी 17 सीरीज़ की पहली सेल में रिकॉर्ड बिक्री, प्रो मैक्स सबसे आगे", "", "गैजेट्स 360 हिंदी", "hi"))
# 21
ev("2025-10-13", "ban", ["deepseek"],
   "Louisiana Governor Jeff Landry signs an executive order barring public schools, universities and state agencies from AI tools tied to hostile foreign governments, naming DeepSeek",
   R("Gov. Landry signs order banning state use of AI software tied to hostile nations",
     "Louisiana Gov. Jeff Landry has signed an executive order banning public schools, universities, and state agencies from using artificial intelligence tools developed or operated by “hostile foreign governments,” The Center Square writes.",
     "Baton Rouge Business Report", "en",
     "cf. https://www.businessreport.com/article/gov-landry-signs-order-banning-state-use-of-ai-software-tied-to-hostile-nations (lead verbatim; title taken from the URL)"),
   R("Louisiana bans CCP-linked AI, sets restrictions on other AI",
     "Louisiana Gov. Jeff Landry is ordering all public schools, universities, and state agencies from using certain artificial intelligence models to prevent spies from hostile foreign nations.",
     "MeriTalk SLG", "en",
     "cf. https://origin.meritalkslg.com/articles/louisiana-bans-ccp-linked-ai-sets-restrictions-on-other-ai (lead verbatim; title taken from the URL)"),
   R("路易斯安那州州长签署行政令 禁止学校和州机构使用DeepSeek等中国AI", "", "星岛日报", "zh"),
   BPR(BP_HI, "लुइसियाना के स्कूलों और सरकारी दफ़्तरों में डीपसीक समेत चीनी AI पर रोक", "hi"))
# 22
ev("2025-11-18", "statement", ["xiaomi"],
   "On Xiaomi's Q3 2025 results call, president Lu Weibing says AI-driven HBM demand will keep memory prices rising for a long cycle and phone retail prices are expected to rise next year",
   R("Xiaomi's Lu Weibing warns memory price surge will push up phone prices next year", "", "Reuters", "en"),
   R("卢伟冰：内存涨价是长周期，明年手机零售价或上涨",
     "卢伟冰指出,区别于以往手机行业波动周期内影响内存价格,本次内存价格上涨会是偏长周期过程,其主要原因是AI所带来的HBM(高宽带内存)需求的强力上涨带动全球内存价格上浮。",
     "新华网", "zh",
     "cf. https://www.china-news-online.com/h5/index/newDetail?id=171440 (sentence verbatim from the article body; title written for this set)"),
   R("盧偉冰：AI推高記憶體價格 明年手機恐全面漲價", "", "經濟日報", "zh-Hant"),
   R("मेमोरी चिप महंगी, अगले साल बढ़ सकते हैं स्मार्टफ़ोन के दाम: शाओमी प्रेसिडेंट", "", "ज़ी बिज़नेस", "hi"))
# 23
ev("2025-12-20", "statement", ["xiaomi"],
   "In a livestream, Lu Weibing says the Xiaomi 17 Ultra will launch earlier than planned, before Lunar New Year, and at a higher price than the 15 Ultra because of rising component costs",
   R("Xiaomi 17 Ultra Launches Early with Price Hike, Promises Major Camera Leap",
     "In a strategic shift, Xiaomi has announced the early launch of its next flagship imaging phone, the Xiaomi 17 Ultra.",
     "BigGo (iPrice)", "en",
     "https://compare.iprice.my/news/202512201820_Xiaomi-17-Ultra-Early-Launch-Price-Hike-Camera"),
   R("卢伟冰：小米17 Ultra提前到年前发布，售价将上调", "", "IT之家", "zh"),
   R("शाओमी 17 Ultra जल्दी होगा लॉन्च, पर क़ीमत बढ़ेगी: लू वेइबिंग", "", "हिंदुस्तान", "hi"),
   R("Xiaomi 17 Ultra pulled forward for Lunar New Year, will cost more than 15 Ultra", "", "Android Authority", "en"))
# 24
ev("2025-12-25", "product_launch", ["xiaomi"],
   "Xiaomi launches the Xiaomi 17 Ultra and a Xiaomi 17 Ultra Leica Edition in China, with a 1-inch main camera, a 200MP periscope telephoto and a zoom ring on the Leica Edition",
   R("Xiaomi 17 Ultra and Leica Edition launch in China with 1-inch camera and 200MP periscope", "", "GSMArena", "en"),
   BPR(BP_ZH, "小米17 Ultra发布：徕卡一英寸主摄加2亿像素潜望长焦", "zh"),
   R("小米17 Ultra聖誕夜登場 徠卡版加入實體變焦環", "", "癮科技", "zh-Hant"),
   R("शाओमी 17 Ultra चीन में लॉन्च, 200MP पेरिस्कोप कैमरा और 6,800mAh बैटरी", "", "नवभारत टाइम्स", "hi"))
# 25
ev("2026-01-05", "investigation", ["deepseek"],
   "Italy's antitrust authority AGCM closes its June 2025 investigation into DeepSeek after accepting binding commitments to improve warnings about AI 'hallucination' risks",
   R("Italy closes probe into DeepSeek after commitments to warn of AI 'hallucination' risks",
     "Italy’s antitrust authority has ended an investigation into the Chinese AI system DeepSeek for allegedly failing to warn users that it may produce false information, agreeing to binding commitments as a condition for closing the case.",
     "The Star (Reuters)", "en",
     "https://www.thestar.com.my/tech/tech-news/2026/01/06/italy-closes-probe-into-deepseek-after-commitments-to-warn-of-ai-039hallucination039-risks"),
   R("Italy's Antitrust Authority Concludes Investigation on DeepSeek",
     "Italy’s antitrust authority has closed its probe into the Chinese AI system DeepSeek after the company agreed to improve disclosures on the risks of generating false information.",
     "Devdiscourse", "en",
     "https://www.devdiscourse.com/article/technology/3750680-italys-antitrust-authority-concludes-investigation-on-deepseek"),
   R("DeepSeek to roll out Italy-specific chatbot version as antitrust probe ends",
     "The months-long negotiations between Chinese AI startup DeepSeek and the Italian antitrust authority (Italian Competition and Market Authority, AGCM) have finally come to an end.",
     "Guancha (English)", "en",
     "cf. https://en.ckhq.net/html/f72332f3779b8f39dbc501758677ee36.html (lead verbatim; title written for this set)"),
   R("意大利反垄断机构结束对DeepSeek调查 后者承诺加强“幻觉”风险提示", "", "财联社", "zh"),
   R("इटली ने डीपसीक के ख़िलाफ़ जांच बंद की, 'हैलुसिनेशन' की चेतावनी देने का वादा", "", "जनसत्ता", "hi"))
# 26
ev("2026-01-07", "other", ["deepseek"],
   "DeepSeek quietly updates the DeepSeek-R1 paper on arXiv, expanding it from 22 to 86 pages with data recipes, training-cost breakdown, failed attempts and a safety report",
   R("Without any warning, DeepSeek R1 suddenly updated an 86-page paper. This is the real Open.",
     "The paper of DeepSeek R1 has been expanded to 86 pages.",
     "36Kr (新智元)", "en", "https://eu.36kr.com/en/p/3631588355818755"),
   R("DeepSeek-R1 Paper Update: Analyzing the New Implementation Details",
     "The original release of DeepSeek-R1 was a milestone, but the recent DeepSeek-R1 paper update has turned a standard technical report into a definitive handbook for modern Large Language Model (LLM) training.",
     "Remio", "en", "https://www.remio.ai/post/deepseek-r1-paper-update-analyzing-the-new-implementation-details"),
   R("DeepSeek R1 Updated Technical Report Analysis",
     "The landscape of open-source Large Language Models (LLMs) shifted significantly when DeepSeek quietly updated its R1 technical paper.",
     "n1n.ai", "en", "https://explore.n1n.ai/blog/deepseek-r1-technical-report-analysis-2026-01-19"),
   R("DeepSeek悄然更新R1论文：从22页扩到86页，公开训练成本与失败尝试", "", "机器之心", "zh"),
   R("डीपसीक ने R1 रिसर्च पेपर 22 से बढ़ाकर 86 पेज का किया", "", "आज तक", "hi"))
# 27
ev("2026-02-20", "other", ["xiaomi"],
   "Xiaomi announces a 28 February event in Barcelona for the international launch of the Xiaomi 17 and Xiaomi 17 Ultra",
   R("Xiaomi sets February 28 Barcelona date for global Xiaomi 17 and 17 Ultra", "", "Notebookcheck", "en"),
   R("小米17系列海外发布会定档2月28日 地点巴塞罗那", "", "快科技", "zh"),
   R("शाओमी 17 सीरीज़ का ग्लोबल लॉन्च 28 फ़रवरी को बार्सिलोना में", "", "गैजेट्स 360 हिंदी", "hi"),
   BPR(BP_EN, "Xiaomi confirms global launch date for Xiaomi 17 series ahead of MWC 2026", "en"))
# 28
ev("2026-02-28", "product_launch", ["xiaomi"],
   "Xiaomi launches the Xiaomi 17 and Xiaomi 17 Ultra for international markets at an event in Barcelona, days before MWC 2026",
   R("Xiaomi 17 and 17 Ultra debut globally at Barcelona event before MWC", "", "Engadget", "en"),
   R("小米17系列巴塞罗那全球发布 小米17 Ultra登陆海外市场", "", "新浪科技", "zh"),
   R("小米17、17 Ultra國際版巴塞隆納發表", "", "電腦王阿達", "zh-Hant"),
   R("बार्सिलोना में लॉन्च हुए शाओमी 17 और 17 Ultra, MWC से ठीक पहले", "", "इंडिया टुडे हिंदी", "hi"))
# 29
ev("2026-03-04", "statement", ["lei_jun", "xiaomi"],
   "Lei Jun, as an NPC deputy, publishes his five 2026 proposals: smart-car standards and driving tests, humanoid robots in manufacturing, EV talent, tech philanthropy and industrial tourism",
   R("雷军今年带来5份建议：聚焦智能汽车、人形机器人与人才培养",
     "今日，小米CEO雷军以全国人大代表的身份发文透露，今年他精心准备了5份建议，主要聚焦于智能制造、智能汽车以及人才培养等关键领域。",
     "站长之家", "zh", "cf. https://www.chinaz.com/feed/0304/1738509.shtml (lead verbatim; title written for this set)"),
   R("两会2026｜雷军建议推动考车牌覆盖智能化领域",
     "2026年全国两会正在举行，全国人大代表、小米集团创始人雷军向大会提交五份建议案，焦点涵盖智能汽车、人形机械人及工业旅游等前沿领域，倡议为新兴产业的发展制定标准，并完善人才培育机制。",
     "星岛头条", "zh",
     "cf. https://www.stheadline.com/zh-hans/realtime-china/3549911/ (lead verbatim; title taken from the URL)"),
   R("Lei Jun wants hands-off driving on L2 assist penalised, a new smart-EV university discipline", "", "CnEVPost", "en"),
   R("लेई जुन के 5 प्रस्ताव: ड्राइविंग टेस्ट में स्मार्ट ड्राइविंग, फ़ैक्टरियों में ह्यूमनॉइड रोबोट", "", "दैनिक भास्कर", "hi"))
# 30
ev("2026-04-30", "investigation", ["deepseek"],
   "Italy's AGCM closes three consumer-protection investigations into DeepSeek, Mistral AI and NOVA AI after they commit to permanent hallucination disclaimers; DeepSeek also pledges to invest in reducing hallucinations",
   R("Italy Closes AI Probes After DeepSeek, Mistral Add Disclaimers",
     "Italy's competition watchdog closed investigations into three AI companies on Thursday after each agreed to warn users about the risks of AI hallucinations.",
     "Logicity", "en", "https://logicity.in/en/blog/italy-closes-ai-probes-after-deepseek-mistral-add-disclaimers"),
   R("Italy closes antitrust probes into DeepSeek, Mistral, Nova AI over AI hallucinations",
     "Italy’s AGCM closed investigations into DeepSeek, Mistral AI, and another chatbot provider.",
     "DigiTrendz (The Next Web)", "en",
     "https://digitrendz.blog/tech-news/176422/italy-closes-antitrust-probes-into-deepseek-mistral-nova-ai-over-ai-hallucinations/"),
   R("Italian authority secures AI transparency commitments over hallucination risks",
     "The Italian Competition Authority has closed three investigations into generative AI providers after securing commitments aimed at improving transparency around the risk of so-called “hallucinations,” or inaccurate outputs generated by AI systems.",
     "Competition Today", "en",
     "cf. https://competition.today/2026/05/04/italian-authority-secures-ai-transparency-commitments-over-hallucination-risks/ (lead verbatim; title taken from the URL)"),
   R("意大利竞争管理局结束对DeepSeek、Mistral和NOVA AI三项调查", "", "界面新闻", "zh"),
   R("डीपसीक, मिस्ट्रल समेत तीन AI कंपनियों पर इटली की जांच ख़त्म", "", "लाइव हिंदुस्तान", "hi"))
# 31
ev("2026-04-28", "open_source", ["xiaomi_ai"],
   "Xiaomi publishes the MiMo-V2.5 weights under the MIT licence: MiMo-V2.5 (310B total/15B active, omnimodal) and MiMo-V2.5-Pro (1.02T total/42B active), both with up to 1M-token context",
   R("Xiaomi MiMo V2.5 Redefines Open-Weight AI with a Trillion Parameter Masterpiece",
     "The artificial intelligence community experienced a seismic shift this week.",
     "MLHive", "en", "https://mlhive.com/2026/04/xiaomi-mimo-v2-5-trillion-parameter-open-weight-model-analysis"),
   R("Xiaomi puts 1.02-trillion-parameter MiMo-V2.5-Pro on Hugging Face under MIT licence", "", "VentureBeat", "en"),
   BPR(BP_ZH, "小米开源MiMo-V2.5系列：Pro版1.02万亿参数 采用MIT协议", "zh"),
   R("小米釋出MiMo-V2.5權重 兆級參數Pro版開放下載", "", "iThome", "zh-Hant"),
   R("शाओमी ने ओपन सोर्स किया 1 ट्रिलियन पैरामीटर वाला MiMo-V2.5-Pro", "", "गैजेट्स 360 हिंदी", "hi"))
