from lib import E, R, B, SYN

# ---- more Xiaomi / Lei Jun events, and a few price-war and platform events ----

E("2024-04-03", "other", ["xiaomi", "lei_jun"],
  "Xiaomi hands over the first SU7 cars to customers, with Lei Jun opening the doors for the first buyers",
  [R("Xiaomi delivers first SU7 electric cars as Lei Jun greets buyers", "", "Reuters", "en"),
   R("小米SU7首批交付 雷军亲自为车主开车门", "", "新浪科技", "zh"),
   R("शाओमी SU7 की डिलीवरी शुरू, लेई जून ने खुद सौंपी चाबियां", "", "Aaj Tak", "hi"),
  ])

E("2024-07-19", "talk", ["lei_jun", "xiaomi"],
  "Lei Jun gives his 2024 annual speech, themed on 'audacity', recounting the making of the SU7",
  [R("雷军2024年度演讲：勇气", "", "澎湃新闻", "zh"),
   R("雷军年度演讲讲述小米造车三年：这是我人生中最重要的一次创业", "", "第一财经", "zh"),
   R("Lei Jun's annual speech recounts Xiaomi's three-year EV journey", "", "CnEVPost", "en"),
  ])

E("2024-10-29", "product_launch", ["xiaomi", "lei_jun"],
  "Xiaomi opens pre-orders for the SU7 Ultra production car at 814,900 yuan, announced at the Xiaomi 15 launch",
  [R("Xiaomi opens SU7 Ultra pre-sales at 814,900 yuan", "", "CnEVPost", "en"),
   R("小米SU7 Ultra量产版开启预订 预售价81.49万元", "", "懂车帝", "zh"),
   R("SU7 Ultra预售10分钟大定3680台", "", "新浪科技", "zh"),
   R("शाओमी SU7 Ultra की प्री-बुकिंग शुरू, कीमत 8.15 लाख युआन", "", "Live Hindustan", "hi"),
  ])

E("2025-01-01", "other", ["xiaomi", "lei_jun"],
  "Lei Jun says Xiaomi delivered more than 135,000 SU7 cars in 2024, beating its target",
  [R("Xiaomi delivered over 135,000 SU7 EVs in 2024, Lei Jun says", "", "CnEVPost", "en"),
   R("雷军：2024年小米汽车交付超13.5万辆", "", "IT之家", "zh"),
   R("शाओमी ने 2024 में 1.35 लाख से ज़्यादा SU7 कारें डिलीवर कीं", "", "Live Hindustan", "hi"),
  ])

E("2025-01-27", "statement", ["lei_jun"],
  "A Douyin vice president explains why live streams by Lei Jun and Huawei's Yu Chengdong were cut off",
  [R("抖音副总裁回应雷军余承东直播被封", "抖音副总裁回应雷军余承东直播被封。", "微博热搜", "zh", "corpus:weibo_hot_2025-01-28.json"),
   R("抖音副总裁李亮回应雷军、余承东直播中断", "", "新浪科技", "zh"),
   R("Douyin explains why Lei Jun and Yu Chengdong's livestreams were cut", "", "Pandaily", "en"),
  ])

E("2025-02-27", "product_launch", ["xiaomi"],
  "Xiaomi launches the Xiaomi 15 Ultra camera flagship at the same event as the SU7 Ultra",
  [R("Xiaomi 15 Ultra launched in China with 200MP periscope telephoto", "", "GSMArena", "en"),
   R("小米15 Ultra正式发布 售价6499元起", "", "IT之家", "zh"),
   R("शाओमी 15 अल्ट्रा लॉन्च, 200MP टेलीफोटो कैमरा", "", "Gadgets 360 Hindi", "hi"),
  ])

E("2025-03-02", "statement", ["lei_jun", "xiaomi_ai"],
  "Lei Jun publishes his 2025 NPC proposals, including tighter rules on AI face-swapping and voice-cloning abuse and support for autonomous-driving rollout",
  [R("雷军两会建议：加强AI深度合成“换脸拟声”违法侵权治理", "", "央视新闻", "zh"),
   R("雷军今年带来5份建议，涉及AI换脸拟声治理、智能驾驶", "", "每日经济新闻", "zh"),
   R("Lei Jun calls for crackdown on AI deepfakes in parliamentary proposals", "", "SCMP", "en"),
   R("लेई जून का प्रस्ताव: AI से चेहरा-आवाज़ की नकल पर सख्ती हो", "", "BBC Hindi", "hi"),
  ])

E("2025-04-01", "statement", ["xiaomi"],
  "The father of one of the victims of the SU7 crash says Xiaomi's working group has still not contacted the families",
  [R("SU7爆燃遇难者父亲称小米仍没来联系",
     "“小米SU7高速上碰撞爆燃致人员伤亡”一事持续发酵。4月1日，遇难者父亲罗先生向南都记者表示，“我女儿和她的同学被活活烧死，第三位女孩被送到医院抢救无效死亡。",
     "微博热搜", "zh", "corpus:weibo_hot_2025-04-01.json"),
   R("SU7爆燃遇难者母亲希望雷军说到做到", "", "微博热搜", "zh", "corpus:weibo_hot_2025-04-01.json"),
   R("Father of SU7 crash victim says Xiaomi has not contacted family", "", "SCMP", "en"),
  ])

E("2025-04-01", "statement", ["xiaomi"],
  "Xiaomi Auto replies on Weibo on the evening of 1 April, explaining why it had not contacted families directly and denying that the crashed car was moved to Beijing",
  [R("小米回应为何不联系家属", "4月1日晚，小米汽车发微博回应小米SU7爆燃事故。", "微博热搜", "zh", "corpus:weibo_hot_2025-04-01.json"),
   R("小米否认事故车辆拉回北京", "4月1日晚，小米汽车发微博回应小米SU7爆燃事故。", "微博热搜", "zh", "corpus:weibo_hot_2025-04-01.json"),
   R("Xiaomi denies moving crashed SU7 to Beijing, says it is cooperating with police", "", "CnEVPost", "en"),
  ])

E("2025-04-01", "statement", ["xiaomi"],
  "Police in Anhui issue a statement on the SU7 expressway crash that killed three people",
  [R("警方回应小米SU7高速车祸致3死", "", "微博热搜", "zh", "corpus:weibo_hot_2025-04-01.json"),
   R("铜陵警方通报小米SU7事故：正在调查", "", "澎湃新闻", "zh"),
   R("Chinese police say investigating fatal Xiaomi SU7 crash", "", "Reuters", "en"),
  ])

E("2025-06-26", "statement", ["xiaomi"],
  "Xiaomi PR chief Wang Hua denies online claims that the YU7 got 350,000 orders in five minutes",
  [R("小米王化辟谣YU7五分钟大定35万台", "", "微博热搜", "zh", "corpus:weibo_hot_2025-06-26.json"),
   R("王化：YU7“5分钟大定35万”为谣言", "", "新浪科技", "zh"),
   R("Xiaomi spokesman denies YU7 '350,000 orders in 5 minutes' rumour", "", "CarNewsChina", "en"),
  ])

E("2025-06-26", "product_launch", ["xiaomi", "xiaomi_ai"],
  "Xiaomi launches the MIX Flip 2 foldable with a new AI-customised virtual pet on its cover screen",
  [R("小米MIXFlip2上线AI定制萌宠功能", "今日，小米正式发布了全新小折旗舰小米MIX Flip 2，并且带来了全新的外屏AI定制萌宠功能。", "微博热搜", "zh",
     "corpus:weibo_hot_2025-06-26.json"),
   R("Xiaomi MIX Flip 2 launched with Snapdragon 8 Elite and AI pet", "", "GSMArena", "en"),
   R("शाओमी MIX Flip 2 लॉन्च, कवर स्क्रीन पर AI पालतू", "", "Gadgets 360 Hindi", "hi"),
  ])

E("2025-11-12", "statement", ["lei_jun", "xiaomi"],
  "Lei Jun responds to questions about Xiaomi's Double 11 shopping-festival sales",
  [R("雷军回应小米双11战绩", "", "微博热搜", "zh", "corpus:weibo_hot_2025-11-12.json"),
   R("雷军谈小米双11：感谢米粉支持", "", "新浪科技", "zh"),
  ])

E("2025-02-13", "partnership", ["deepseek"],
  "Tencent's Yuanbao AI assistant adds DeepSeek-R1 with web search alongside its Hunyuan model",
  [R("腾讯元宝接入DeepSeek-R1满血版，支持联网搜索", "", "IT之家", "zh"),
   R("Tencent's Yuanbao app adds DeepSeek R1", "", "Reuters", "en"),
   R("टेनसेंट के युआनबाओ ऐप में डीपसीक R1", "", "Gadgets 360 Hindi", "hi"),
  ])

E("2024-05-15", "price_cut", ["deepseek"],
  "ByteDance prices its Doubao models at 0.0008 yuan per 1,000 tokens, 99.3% below the industry, joining the price war after DeepSeek-V2",
  [R("ByteDance cuts AI model prices to undercut rivals, intensifying China price war", "", "Reuters", "en"),
   R("字节豆包大模型定价每千tokens 0.0008元 比行业便宜99.3%", "", "澎湃新闻", "zh"),
   R("बाइटडांस ने AI मॉडल की कीमत 99% घटाई", "", "Business Standard Hindi", "hi"),
  ])

E("2024-05-21", "price_cut", ["deepseek"],
  "Baidu makes its ERNIE Speed and ERNIE Lite models free, hours after Alibaba's price cuts",
  [R("Baidu makes some Ernie AI models free as price war escalates", "", "CNBC", "en"),
   R("百度宣布文心大模型两大主力模型全面免费", "", "财联社", "zh"),
   R("百度文心兩款主力模型免費 大模型價格戰升溫", "", "經濟日報", "zh-Hant"),
  ])

E("2025-05-08", "statement", ["deepseek"],
  "Microsoft president Brad Smith tells a US Senate hearing that Microsoft employees are not allowed to use the DeepSeek app",
  [R("Microsoft employees are banned from using DeepSeek app, president Brad Smith says", "", "TechCrunch", "en"),
   R("微软总裁：禁止员工使用DeepSeek应用", "", "IT之家", "zh"),
   R("माइक्रोसॉफ्ट के कर्मचारी नहीं कर सकते डीपसीक ऐप का इस्तेमाल: ब्रैड स्मिथ", "", "NDTV India", "hi"),
  ])
