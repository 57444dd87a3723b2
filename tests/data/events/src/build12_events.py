# The hand-written source of events_holdout12.jsonl (twelfth held-out set). Written blind: no clustering,
# watcher, seed, test or bench code was opened. Executed by heldout.HeldOut(12), which gives it S, R, BPR and ev.
# Three stock sentences, each put by one outlet on reports of different events (as real feeds do).
BP_HI = ("न्यूज़ नेशन", "टेक्नोलॉजी और कारोबार की हर बड़ी ख़बर के लिए जुड़े रहिए न्यूज़ नेशन के साथ।")
BP_ZH = ("新京报贝壳财经", "更多科技与财经资讯，请关注新京报贝壳财经。")
BP_EN = ("The Hindu BusinessLine", "Stay updated with the latest technology and business news on The Hindu BusinessLine.")

# 1
ev("2024-01-05", "other", ["deepseek"],
   "DeepSeek publishes its first technical report, 'DeepSeek LLM: Scaling Open-Source Language Models with Longtermism' (arXiv 2401.02954), on its 7B and 67B base and chat models trained on 2 trillion tokens and its own scaling-law study",
   R("DeepSeek LLM paper lays out the scaling laws behind its 67B open model", "", "MarkTechPost", "en"),
   R("DeepSeek's first technical report bets on 'longtermism' for open-source LLMs",
     "The Hangzhou lab says its 67B model, trained on 2 trillion tokens in English and Chinese, beats LLaMA-2 70B on code, maths and reasoning.",
     "Synced", "en"),
   R("深度求索发布DeepSeek LLM技术报告：以长期主义扩展开源大模型", "", "机器之心", "zh"),
   R("幻方旗下DeepSeek公布67B模型技術報告 分享擴展定律研究", "", "iThome", "zh-Hant"),
   R("डीपसीक ने जारी की पहली तकनीकी रिपोर्ट, 67B मॉडल की ट्रेनिंग का पूरा ब्योरा", "", "गैजेट्स 360 हिंदी", "hi"))
# 2
ev("2024-01-11", "open_source", ["deepseek"],
   "DeepSeek open-sources DeepSeekMoE 16B and publishes its MoE architecture paper (arXiv 2401.06066): fine-grained expert segmentation plus shared experts, matching LLaMA2-7B with about 40% of the computation",
   R("DeepSeek open-sources DeepSeekMoE 16B, matching LLaMA2-7B with about 40% of the compute", "", "The Decoder", "en"),
   R("DeepSeekMoE: fine-grained and shared experts in a 16B open mixture-of-experts model",
     "DeepSeek-AI has released DeepSeekMoE, an architecture that splits experts into smaller units and isolates a few shared experts to cut redundancy.",
     "MarkTechPost", "en"),
   R("国内首个开源MoE大模型来了：DeepSeekMoE 160亿参数，计算量仅LLaMA2-7B四成", "", "量子位", "zh"),
   R("DeepSeek開源MoE模型 160億參數運算量約LLaMA2的四成", "", "iThome", "zh-Hant"),
   R("डीपसीक ने ओपन-सोर्स किया मिक्सचर-ऑफ़-एक्सपर्ट्स मॉडल DeepSeekMoE 16B", "", "आज तक", "hi"))
# 3
ev("2024-01-25", "other", ["deepseek"],
   "DeepSeek publishes the DeepSeek-Coder technical report, 'When the Large Language Model Meets Programming -- The Rise of Code Intelligence' (arXiv 2401.14196): open code models of 1.3B to 33B trained on 2 trillion tokens, the 33B instruct model ahead of GPT-3.5 Turbo on several code benchmarks",
   R("DeepSeek-Coder report: open 33B code model outperforms GPT-3.5 Turbo on HumanEval", "", "MarkTechPost", "en"),
   R("The rise of code intelligence: DeepSeek details how it trained its Coder family", "", "Synced", "en"),
   R("DeepSeek-Coder技术报告出炉：33B开源代码模型超越GPT-3.5", "", "机器之心", "zh"),
   R("कोडिंग के लिए डीपसीक के मॉडल्स पर रिपोर्ट जारी, 33B वर्ज़न ने GPT-3.5 को पीछे छोड़ा", "", "गैजेट्स 360 हिंदी", "hi"))
# 4
ev("2024-05-11", "price_cut", ["deepseek"],
   "At its Open Day, Zhipu AI cuts the price of its GLM-3 Turbo API by 80%, from 5 yuan to 1 yuan per million tokens, days after DeepSeek-V2's launch pricing opened China's model price war",
   R("Zhipu AI slashes GLM-3 Turbo price by 80% as China's model price war heats up", "", "South China Morning Post", "en"),
   R("Zhipu cuts API price to 1 yuan per million tokens",
     "Beijing-based Zhipu AI said developers would pay 1 yuan per million tokens for GLM-3 Turbo, down from 5 yuan.",
     "Pandaily", "en"),
   R("智谱AI开放日：GLM-3 Turbo调价至1元/百万tokens 降幅80%", "", "第一财经", "zh"),
   R("陸AI價格戰開打 智譜GLM-3 Turbo降價八成", "", "經濟日報", "zh-Hant"),
   R("चीन में AI मॉडल्स की क़ीमतों पर जंग, Zhipu ने GLM-3 Turbo 80% सस्ता किया", "", "बिज़नेस स्टैंडर्ड हिंदी", "hi"))
# 5
ev("2024-05-22", "price_cut", ["deepseek"],
   "Tencent Cloud cuts the prices of its Hunyuan models: Hunyuan-lite becomes free and Hunyuan-standard is cut by 55%, joining Alibaba, Baidu and ByteDance in the price war",
   R("Tencent makes Hunyuan-lite free and cuts other model prices as China's AI price war spreads", "", "Reuters", "en"),
   R("Tencent joins Alibaba and Baidu in slashing LLM prices", "", "TechNode", "en"),
   R("腾讯云宣布混元大模型降价：混元-lite免费，混元-standard降价55%", "", "21世纪经济报道", "zh"),
   R("騰訊雲混元大模型大降價 lite版免費", "", "中央社", "zh-Hant"),
   R("टेनसेंट ने Hunyuan-lite मॉडल मुफ़्त किया, चीन में AI प्राइस वॉर और तेज़", "", "इकोनॉमिक टाइम्स हिंदी", "hi"))
# 6
ev("2024-05-22", "price_cut", ["deepseek"],
   "iFlytek makes the API of its Spark Lite model permanently free, the same day as Tencent's Hunyuan cuts",
   R("iFlytek makes Spark Lite API permanently free", "", "Pandaily", "en"),
   R("Voice-AI firm iFlytek joins China's price war with a free Spark Lite", "", "South China Morning Post", "en"),
   R("科大讯飞宣布讯飞星火Lite API永久免费开放", "", "证券时报", "zh"),
   R("科大訊飛星火Lite API永久免費 加入降價潮", "", "鉅亨網", "zh-Hant"),
   R("iFlytek ने Spark Lite API हमेशा के लिए मुफ़्त किया, चीनी AI कंपनियों में होड़", "", "ज़ी बिज़नेस", "hi"))
# 7
ev("2024-05-23", "other", ["deepseek"],
   "DeepSeek publishes DeepSeek-Prover (arXiv 2405.14333): a 7B model for Lean 4 theorem proving trained on about 8 million synthetic formal statements, proving 46.3% of miniF2F-test with 64 samples against GPT-4's 23.0%",
   R("DeepSeek-Prover uses 8 million synthetic statements to push LLM theorem proving in Lean 4", "", "MarkTechPost", "en"),
   R("DeepSeek's 7B prover doubles GPT-4's score on the miniF2F formal maths benchmark", "", "Synced", "en"),
   R("DeepSeek-Prover论文发布：用大规模合成数据提升Lean 4定理证明", "", "机器之心", "zh"),
   R("डीपसीक का नया शोध: सिंथेटिक डेटा से गणित के प्रमेय सिद्ध करेगा AI", "", "गैजेट्स 360 हिंदी", "hi"))
# 8
ev("2025-01-15", "product_launch", ["deepseek"],
   "DeepSeek launches its official AI assistant app for iOS and Android, powered by DeepSeek-V3, with web search and file reading",
   R("DeepSeek launches its AI assistant app on iOS and Android", "", "TechNode", "en"),
   R("Chinese AI lab DeepSeek rolls out free chatbot app powered by V3", "", "South China Morning Post", "en"),
   R("DeepSeek官方App正式上线 搭载DeepSeek-V3模型", "", "IT之家", "zh"),
   R("DeepSeek推出官方App 支援iOS與Android", "", "數位時代", "zh-Hant"),
   R("डीपसीक का AI असिस्टेंट ऐप लॉन्च, iOS और Android पर मुफ़्त मिलेगा", "", "गैजेट्स 360 हिंदी", "hi"))
# 9
ev("2025-01-27", "market_move", ["deepseek"],
   "Japanese chip-related shares tumble in Tokyo on DeepSeek-driven doubts about AI spending: Advantest falls about 8.6%, SoftBank Group about 8.3% and Tokyo Electron about 4.9%",
   R("Japan chip stocks tumble as DeepSeek sparks AI spending doubts; Advantest sinks 8.6%", "", "Nikkei Asia", "en"),
   R("SoftBank, Tokyo Electron slide in Tokyo on China AI model worries", "", "Reuters", "en"),
   R("DeepSeek冲击波及日股 爱德万测试重挫8.6% 软银集团跌逾8%", "", "财联社", "zh"),
   R("DeepSeek震撼彈 日股晶片股重挫 愛德萬測試跌8.6%", "", "經濟日報", "zh-Hant"),
   R("डीपसीक का असर जापान में भी, Advantest और SoftBank के शेयर 8% से ज़्यादा टूटे", "", "मनीकंट्रोल हिंदी", "hi"))
# 10
ev("2025-01-27", "market_move", ["deepseek"],
   "European technology and energy shares slide on DeepSeek's low-cost model: ASML closes about 7% lower, Schneider Electric about 9.5% and Siemens Energy about 20%",
   R("European tech shares slide as DeepSeek rattles the AI trade; ASML down 7%", "", "Reuters", "en"),
   R("Siemens Energy plunges 20% as Chinese AI model spooks power-demand bets", "", "Bloomberg", "en"),
   R("DeepSeek引发欧股科技股抛售 阿斯麦跌7% 西门子能源暴跌20%", "", "华尔街见闻", "zh"),
   R("歐洲科技股重挫 艾司摩爾跌7% 西門子能源崩跌兩成", "", "中央社", "zh-Hant"),
   R("यूरोप के बाज़ार में भी डीपसीक का झटका, ASML 7% गिरा, सीमेंस एनर्जी 20% लुढ़का", "", "इकोनॉमिक टाइम्स हिंदी", "hi"))
# 11
ev("2025-01-28", "other", ["deepseek"],
   "DeepSeek founder Liang Wenfeng returns for the Lunar New Year to his home village of Mililing in Zhanjiang, Guangdong, where a red banner hails him as the pride of the hometown and visitors flock to the village",
   R("DeepSeek founder Liang Wenfeng gets a hero's welcome in his home village", "", "South China Morning Post", "en"),
   R("Visitors flock to DeepSeek founder's Guangdong village over Lunar New Year", "", "Bloomberg", "en"),
   R("梁文锋回乡过年 米历岭村挂起横幅欢迎", "", "羊城晚报", "zh"),
   R("DeepSeek創辦人梁文鋒返鄉過年 村民拉紅布條歡迎", "", "聯合新聞網", "zh-Hant"),
   R("डीपसीक के संस्थापक लियांग वेनफेंग नए साल पर पहुंचे अपने गांव, स्वागत में लगे बैनर", "", "आज तक", "hi"))
# 12
ev("2025-01-30", "partnership", ["deepseek"],
   "Ola founder Bhavish Aggarwal says DeepSeek's models, including R1, are available on Ola's Krutrim AI cloud and hosted on servers in India",
   R("Ola's Krutrim hosts DeepSeek R1 on Indian servers", "", "Moneycontrol", "en"),
   R("Bhavish Aggarwal says DeepSeek models now live on Krutrim cloud", "", "Inc42", "en"),
   R("भाविश अग्रवाल का एलान: डीपसीक R1 अब Krutrim क्लाउड पर, डेटा भारत में ही रहेगा", "", "नवभारत टाइम्स", "hi"),
   R("印度Ola旗下Krutrim上线DeepSeek R1 服务器部署在印度本土", "", "IT之家", "zh"))
# 13
ev("2025-02-02", "partnership", ["deepseek"],
   "Tencent Cloud adds DeepSeek-R1 to its HAI GPU platform with one-click deployment",
   R("Tencent Cloud lets users deploy DeepSeek-R1 in minutes on its HAI platform", "", "TechNode", "en"),
   R("腾讯云HAI上线DeepSeek-R1 支持一键部署", "", "IT之家", "zh"),
   R("騰訊雲上架DeepSeek-R1 一鍵部署", "", "鉅亨網", "zh-Hant"),
   R("टेनसेंट क्लाउड पर आया डीपसीक R1, मिनटों में होगा डिप्लॉय", "", "इकोनॉमिक टाइम्स हिंदी", "hi"),
   BPR(BP_EN, "Tencent Cloud offers one-click DeepSeek-R1 deployment on HAI", "en"))
# 14
ev("2025-02-03", "partnership", ["deepseek"],
   "Baidu AI Cloud's Qianfan platform lists DeepSeek-R1 and DeepSeek-V3 at 30-50% of DeepSeek's official API prices, with a limited free period",
   R("Baidu AI Cloud offers DeepSeek R1 and V3 at up to 70% below DeepSeek's own prices", "", "Reuters", "en"),
   R("Baidu's Qianfan platform adds DeepSeek models with a free trial", "", "Pandaily", "en"),
   R("百度智能云千帆上架DeepSeek-R1和V3 价格为官方刊例价3至5折", "", "证券时报", "zh"),
   R("百度智能雲上架DeepSeek 價格僅官方三至五折", "", "經濟日報", "zh-Hant"),
   R("बायडू क्लाउड पर डीपसीक R1 और V3, आधिकारिक दाम से 70% तक सस्ते", "", "ज़ी बिज़नेस", "hi"))
# 15
ev("2025-02-03", "partnership", ["deepseek"],
   "Alibaba Cloud's PAI Model Gallery adds one-click deployment of DeepSeek-V3, DeepSeek-R1 and the distilled R1 models",
   R("Alibaba Cloud adds one-click deployment of DeepSeek-V3 and R1 on PAI", "", "KrASIA", "en"),
   R("阿里云PAI Model Gallery支持一键部署DeepSeek-V3、R1", "", "新浪科技", "zh"),
   R("阿里雲PAI支援一鍵部署DeepSeek模型", "", "科技新報", "zh-Hant"),
   BPR(BP_HI, "अलीबाबा क्लाउड पर भी डीपसीक, एक क्लिक में डिप्लॉय होंगे V3 और R1", "hi"))
# 16
ev("2025-02-04", "partnership", ["deepseek"],
   "GPU maker Moore Threads says it has deployed inference services for DeepSeek's distilled R1 models on its own MTT GPUs",
   R("Moore Threads says its GPUs now run DeepSeek's distilled R1 models", "", "TechNode", "en"),
   R("摩尔线程完成DeepSeek蒸馏模型推理服务部署", "", "澎湃新闻", "zh"),
   R("摩爾線程GPU完成DeepSeek-R1蒸餾模型部署", "", "DigiTimes", "zh-Hant"),
   R("चीनी GPU कंपनी मूर थ्रेड्स ने अपने चिप्स पर चलाए डीपसीक के मॉडल", "", "नवभारत टाइम्स", "hi"),
   BPR(BP_EN, "China's Moore Threads adapts DeepSeek models to home-grown GPUs", "en"))
# 17
ev("2025-02-04", "partnership", ["deepseek"],
   "Hygon Information says its DCU accelerators have completed adaptation of DeepSeek-V3 and R1 and the service is online",
   R("Hygon says its DCU chips now support DeepSeek-V3 and R1", "", "Reuters", "en"),
   R("海光信息：DCU完成DeepSeek-V3和R1模型适配并正式上线", "", "上海证券报", "zh"),
   R("海光DCU完成DeepSeek模型適配", "", "工商時報", "zh-Hant"),
   R("हाइगॉन के DCU चिप्स पर चलेंगे डीपसीक V3 और R1", "", "बिज़नेस स्टैंडर्ड हिंदी", "hi"))
# 18
ev("2025-02-05", "partnership", ["deepseek"],
   "ByteDance's Volcano Engine adds DeepSeek-R1 and V3 to its Ark model platform",
   R("ByteDance's Volcano Engine adds DeepSeek R1 and V3 to its Ark platform", "", "KrASIA", "en"),
   R("火山引擎方舟平台上线DeepSeek-R1、V3", "", "36氪", "zh"),
   R("字節跳動火山引擎上架DeepSeek模型", "", "數位時代", "zh-Hant"),
   BPR(BP_HI, "बाइटडांस के वॉल्केनो इंजन पर भी डीपसीक R1 और V3", "hi"))
# 19
ev("2025-02-13", "statement", ["xiaomi_ai", "xiaomi"],
   "Xiaomi PR chief Wang Hua says a 'Xiaomi Glasses' Weibo account that drew speculation about Xiaomi's entry into smart glasses was registered years ago and is not new",
   R("Xiaomi PR chief says 'Xiaomi Glasses' Weibo account is years old",
     "Xiaomi PR head Wang Hua has clarified that the Xiaomi Glasses account on the Chinese X-like platform Weibo was registered years ago and is not newly launched, after industry speculation about Xiaomi entering the smart glasses market rose following the account coming to light.",
     "TechNode", "en",
     "cf. http://www.gzssanfang.com/html/20b66099319.html (lead verbatim except for spam text inserted by that copy, removed; title written for this set)"),
   R("王化回应“小米眼镜”微博账号：多年前就已注册 并非新开", "", "IT之家", "zh"),
   R("小米眼鏡微博帳號曝光 王化：很早就註冊了", "", "聯合新聞網", "zh-Hant"),
   R("शाओमी के प्रवक्ता बोले- 'शाओमी ग्लासेस' वीबो अकाउंट पुराना है, नया नहीं", "", "गैजेट्स 360 हिंदी", "hi"))
# 20
ev("2025-03-03", "investigation", ["deepseek"],
   "Singapore's home affairs minister K. Shanmugam says authorities are investigating whether servers containing Nvidia chips, at the centre of a fraud case in which three men were charged, ended up with DeepSeek",
   R("Singapore probing whether Nvidia chips in fraud case went to DeepSeek, minister says", "", "Reuters", "en"),
   R("Servers in fraud case may have gone to Malaysia, Shanmugam says", "", "The Straits Times", "en"),
   R("新加坡部长：正调查诈骗案涉及的英伟达芯片是否流向DeepSeek", "", "联合早报", "zh"),
   R("星國調查輝達晶片是否流向DeepSeek", "", "中央社", "zh-Hant"),
   R("सिंगापुर कर रहा जांच- क्या Nvidia चिप्स डीपसीक तक पहुंचे?", "", "एनडीटीवी इंडिया", "hi"))
# 21
ev("2025-04-30", "market_move", ["xiaomi", "xiaomi_ai"],
   "Xiaomi's Hong Kong shares rise more than 5% as investors welcome MiMo, its first in-house open-source reasoning model, and AI stocks climb after state media coverage of Xi Jinping's visit to an AI incubator",
   R("Xiaomi shares jump more than 5% after it unveils MiMo reasoning model", "", "Bloomberg", "en"),
   R("Xiaomi stock climbs as investors cheer its first in-house reasoning LLM", "", "CNBC", "en"),
   R("小米集团股价涨超5% 市场看好自研推理大模型MiMo", "", "财联社", "zh"),
   R("小米發布MiMo大模型 股價彈逾5%", "", "信報", "zh-Hant"),
   R("AI मॉडल MiMo के एलान के बाद शाओमी के शेयर 5% से ज़्यादा चढ़े", "", "मनीकंट्रोल हिंदी", "hi"))
# 22
ev("2025-05-30", "open_source", ["xiaomi_ai"],
   "Xiaomi releases MiMo-7B-RL-0530, an update of its 7B reasoning model trained with a longer RL window (32K to 48K); it scores 80.1 on AIME 2024, which Xiaomi says is above DeepSeek-R1",
   R("【小米拥抱AI】小米开源 MiMo-7B-RL-0530", "", "烟火IDC", "zh",
     "https://www.yanhuoidc.com/article/index.php/post/5555.html"),
   R("Xiaomi updates MiMo-7B reasoning model; RL-0530 scores 80.1 on AIME 2024", "", "MarkTechPost", "en"),
   R("Xiaomi's refreshed 7B MiMo claims to beat DeepSeek-R1 on AIME 24", "", "Gizmochina", "en"),
   R("小米更新MiMo-7B推理模型 AIME24成績超越DeepSeek R1", "", "科技新報", "zh-Hant"),
   R("शाओमी का MiMo-7B अपडेट, गणित बेंचमार्क में डीपसीक R1 से आगे होने का दावा", "", "गैजेट्स 360 हिंदी", "hi"))
# 23
ev("2025-06-27", "other", ["xiaomi_ai"],
   "The morning after launch, JD.com data show Xiaomi's AI glasses selling out their electrochromic editions three minutes after going on sale and passing 10,000 units within 12 hours",
   R("小米AI眼镜开售3分钟电致变色款售罄 12小时销量破万",
     "京东数据显示,小米 AI 眼镜开售 3 分钟电致变色款售罄,开售 12 小时销量突破万台。",
     "VR陀螺", "zh",
     "cf. https://prod.vrtuoluo.cn/column/vr_headsets_review/543059.html (lead verbatim; title written for this set)"),
   R("Xiaomi AI glasses sell out electrochromic editions in minutes, top 10,000 units on JD.com", "", "Pandaily", "en"),
   R("Xiaomi's $278 AI glasses are flying off the shelves in China", "", "Gizmochina", "en"),
   R("小米AI眼鏡開賣秒殺 12小時銷量破萬", "", "ETtoday", "zh-Hant"),
   R("शाओमी के AI चश्मे की ज़बरदस्त मांग, 12 घंटे में 10,000 से ज़्यादा बिके", "", "अमर उजाला", "hi"))
# 24
ev("2025-06-29", "other", ["xiaomi_ai"],
   "Sales data cited by Chinese media put Xiaomi AI glasses sales at nearly 50,000 units in the first 72 hours",
   R("Xiaomi AI glasses near 50,000 sales in first 72 hours", "", "CnTechPost", "en"),
   R("小米AI眼镜开售72小时销量近5万台", "", "新浪科技", "zh"),
   R("小米AI眼鏡72小時賣近5萬副", "", "鉅亨網", "zh-Hant"),
   R("शाओमी AI ग्लासेस: 72 घंटों में क़रीब 50 हज़ार यूनिट की बिक्री", "", "ज़ी न्यूज़ हिंदी", "hi"),
   BPR(BP_ZH, "小米AI眼镜首发三天销量接近5万台", "zh"))
# 25
ev("2025-07-03", "other", ["xiaomi_ai"],
   "Xiaomi's official device-activation data show more than 30,000 Xiaomi AI glasses activated by users as of 2 July 2025",
   R("首銷破三萬臺,「賣爆」的小米眼鏡給行業帶來了什麼?", "小米 AI 眼鏡毫不意外地「賣爆」了。", "極客公園", "zh-Hant",
     "https://www.ctmanga.com/a/shou-xiao-po-san-mo-tai-mai-bao-de-xiao-mi-yan-jing-gei-xing-ye-dai-lai-liao-shi-yao.html (syndicated GeekPark story)"),
   R("小米AI眼镜用户激活量突破3万台", "", "IT之家", "zh"),
   R("Xiaomi says more than 30,000 AI glasses have been activated a week after launch", "", "Android Headlines", "en"),
   BPR(BP_HI, "शाओमी AI चश्मे के 30 हज़ार से ज़्यादा यूनिट एक्टिवेट, कंपनी ने जारी किए आंकड़े", "hi"))
# 26
ev("2025-08-11", "open_source", ["xiaomi_ai"],
   "Xiaomi releases MiMo-VL-7B-2508 (SFT and RL), an update of its MiMo-VL vision-language model that raises MMMU to 70.6 and Video-MME to 70.8",
   R("Xiaomi releases MiMo-VL-7B-2508, lifting its MMMU score to 70.6", "", "MarkTechPost", "en"),
   R("Xiaomi's updated 7B vision-language model claims gains in video understanding", "", "The Decoder", "en"),
   R("小米MiMo-VL-7B-2508发布 MMMU得分提升至70.6", "", "量子位", "zh"),
   R("小米更新MiMo-VL多模態模型 推出2508版本", "", "iThome", "zh-Hant"),
   R("शाओमी ने पेश किया MiMo-VL-7B-2508, इमेज और वीडियो समझने में सुधार", "", "गैजेट्स 360 हिंदी", "hi"))
# 27
ev("2025-10-20", "statement", ["deepseek"],
   "Andrej Karpathy writes on X that he likes the DeepSeek-OCR paper and that its more interesting question is whether pixels are better inputs to LLMs than text, adding that 'the tokenizer must go'",
   R("I quite like the new DeepSeek-OCR paper | Andrej Karpathy",
     "The more interesting part for me (esp as a computer vision at heart who is temporarily masquerading as a natural language person) is whether pixels are better inputs to LLMs than text.",
     "Andrej Karpathy on X (via Shaarli)", "en", "https://shaarli.kcaran.com/shaare/1d--oQ"),
   R("Karpathy on DeepSeek-OCR paper: Are pixels better inputs to LLMs than text?", "", "Hacker News (HN Distilled)", "en",
     "https://hndistilled.com/story/45658928"),
   R("Text is dead, vision shall reign. Karpathy raves about the new DeepSeek model, ending the era of tokenizers.",
     "Karpathy, itching to do something, can no longer stand the tokenizer.", "36Kr (新智元)", "en",
     "https://eu.36kr.com/en/p/3518536526011268"),
   R("Andrej Karpathy on DeepSeek's OCR Paper: Why Pixels May Beat Tokens as AI Inputs",
     "Karpathy called DeepSeek's Oct 2025 OCR paper — 10x text compression, 97% accuracy — a sign that tokenizers are on the way out.",
     "MindStudio", "en", "https://www.mindstudio.ai/blog/andrej-karpathy-deepseek-ocr-paper-pixels-beat-tokens"),
   R("DeepSeek-OCR Achieves 10x Text Compression, Fuels Karpathy's Call for Pixel-First LLM Inputs", "", "Zoonop", "en",
     "https://zoonop.com/news/technology/deepseek-ocr-achieves-10x-text-compression-fuels-karpathys-call-for-pixel-first-llm-inputs"),
   R("卡帕西力挺DeepSeek-OCR：像素或许是比文本更好的大模型输入", "", "量子位", "zh"),
   R("Karpathy：Tokenizer該淘汰了 DeepSeek-OCR論文掀熱議", "", "iThome", "zh-Hant"),
   R("आंद्रेज कारपैथी ने की डीपसीक-OCR की तारीफ़, बोले- टोकनाइज़र को अब जाना चाहिए", "", "नवभारत टाइम्स", "hi"))
# 28
ev("2026-03-11", "other", ["deepseek", "xiaomi_ai"],
   "Two anonymous models, 'Hunter Alpha' (1 trillion parameters, 1M-token context, free) and 'Healer Alpha' (omni-modal), appear on OpenRouter with no developer named, and developers and Reuters' tests fuel speculation that Hunter Alpha is a stealth test of DeepSeek V4 (a week later they are confirmed as Xiaomi's MiMo V2 models)",
   R("Mystery 'Hunter Alpha' AI Model With 1 Trillion Parameters Appears on OpenRouter, Sparking DeepSeek V4 Speculation",
     "A powerful AI model appeared without warning on the API platform OpenRouter on March 11, carrying no company branding, no press release, and no attribution — just the codename \"Hunter Alpha\" and specifications that have sent the AI developer community into a frenzy of speculation.",
     "AIWire", "en", "https://aiwire.ai/articles/hunter-alpha-mystery-trillion-parameter-ai-model-openrouter"),
   R("Mystery AI model Hunter Alpha may be DeepSeek V4 in disguise",
     "A powerful, anonymous AI model quietly appeared on the developer platform OpenRouter last week and promptly sent the tech world into a speculative frenzy that it's a stealth test run from Chinese AI startup DeepSeek.",
     "EU News Week", "en", "https://eunewsweek.com/mystery-ai-model-hunter-alpha-may-be-deepseek-v4-in-disguise"),
   R("Mystery 1T-Parameter Hunter Alpha Model Sparks DeepSeek V4 Speculation",
     "A mysterious AI model called \"Hunter Alpha\" with approximately 1 trillion parameters appeared on OpenRouter on March 11, fueling widespread speculation that DeepSeek is quietly testing its next-generation V4 model.",
     "Agentica", "en", "https://agentica.cc/web/articles/hunter-alpha-1t-parameter-deepseek-v4-speculation"),
   R("A Ghost in the Machine: Who (or What) Is Hunter Alpha?",
     "On March 11, 2026, a model appeared on OpenRouter with no name, no author, and no explanation.",
     "PudgyCat", "en", "https://pudgycat.io/?p=3964"),
   R("OpenRouter惊现万亿参数匿名模型Hunter Alpha 网友猜测是DeepSeek V4", "", "IT之家", "zh"),
   R("神秘模型Hunter Alpha現身OpenRouter 外界猜是DeepSeek V4", "", "數位時代", "zh-Hant"),
   R("OpenRouter पर दिखा रहस्यमयी 1 ट्रिलियन पैरामीटर वाला मॉडल, क्या यह डीपसीक V4 है?", "", "आज तक", "hi"))
# 29
ev("2026-03-20", "benchmark", ["xiaomi_ai"],
   "On the Artificial Analysis Intelligence Index, Xiaomi's new MiMo-V2-Pro scores 49, one point above xAI's Grok 4.20 Beta (48)",
   R("Artificial Analysis榜單：小米MiMo-V2-Pro以49分險勝Grok 4.20",
     "當小米正式推出MiMo-V2-Pro大模型時,科技圈的目光卻意外投向了另一位科技巨頭——馬斯克。",
     "66260.cn", "zh-Hant", "cf. http://www.66260.cn/html/2026-03/1220863.html (lead verbatim; title written for this set)"),
   R("Xiaomi's MiMo-V2-Pro edges xAI's Grok 4.20 on the Artificial Analysis index", "", "Gizmochina", "en"),
   BPR(BP_ZH, "Artificial Analysis智能指数：小米MiMo-V2-Pro得49分 超过Grok 4.20 Beta", "zh"),
   R("AI इंडेक्स में शाओमी का MiMo-V2-Pro मस्क की कंपनी के Grok 4.20 से आगे", "", "अमर उजाला", "hi"),
   BPR(BP_EN, "Xiaomi's trillion-parameter model outscores Grok on independent AI index", "en"))
# 30
ev("2026-03-27", "talk", ["luo_fuli", "xiaomi_ai"],
   "At the open-source round table of the 2026 Zhongguancun Forum in Beijing, Xiaomi MiMo head Luo Fuli, beside Moonshot's Yang Zhilin and Zhipu's Zhang Peng, says AGI has in a sense already been achieved and the next step is self-evolution",
   R("Luo Fuli: AGI has already been achieved. The next step is \"self-evolution\".",
     "Yang Zhilin, Zhang Peng, and Luo Fuli discussed AI at the Zhongguancun Summit.",
     "36Kr (字母AI)", "en", "https://eu.36kr.com/en/p/3740999825126150"),
   R("Xiaomi's Luo Fuli joins Kimi and Zhipu chiefs on Zhongguancun Forum open-source panel", "", "South China Morning Post", "en"),
   BPR(BP_ZH, "罗福莉中关村论坛发言：AGI已经实现，下一步是“自进化”", "zh"),
   R("羅福莉：AGI已經實現 下一步是自我進化", "", "聯合新聞網", "zh-Hant"),
   R("शाओमी की AI प्रमुख लुओ फुली बोलीं- AGI हासिल हो चुका, अगला क़दम 'सेल्फ़-इवॉल्यूशन'", "", "इंडिया टीवी", "hi"))
