# Hand-written source of events_holdout3.jsonl (third held-out set). Written blind: no clustering code read.
S = "synthetic"
BP_HI = ("लाइव हिंदुस्तान", "टेक्नोलॉजी, गैजेट्स और ऑटो की लेटेस्ट ख़बरें पढ़ें लाइव हिंदुस्तान पर।")
BP_ZH = ("新浪科技", "新浪科技讯，更多科技新闻请关注新浪科技频道。")
BP_EN = ("Business Standard", "Read more on technology, markets and companies at Business Standard.")

def R(title, summary, source, lang, prov=S):
    return {"title": title, "summary": summary, "source": source, "lang": lang, "provenance": prov}

def BPR(bp, title, lang):
    return R(title, bp[1], bp[0], lang)

E = []
def ev(date, typ, topics, summary, *reports):
    E.append({"date": date, "type": typ, "topics": topics, "summary": summary, "reports": list(reports)})

# 1
ev("2024-03-11", "open_source", ["deepseek"],
   "DeepSeek open-sources DeepSeek-VL, a vision-language model family in 1.3B and 7B sizes with a hybrid high-resolution vision encoder",
   R("DeepSeek-AI Introduces DeepSeek-VL: An Open-Source Vision-Language (VL) Model Designed for Real-World Vision and Language Understanding Applications", "", "MarkTechPost", "en",
     "https://ztoog.com/the-us-buried-nuclear-waste-abroad-climate-change-could-unearth-it/ (headline of a syndicated MarkTechPost story, in a related-posts list)"),
   R("深度求索开源多模态模型DeepSeek-VL，1.3B和7B两个版本均可商用", "模型采用混合视觉编码器，可处理1024×1024高分辨率图像，覆盖网页截图、PDF、图表等真实场景。", "机器之心", "zh"),
   R("DeepSeek-VL發布：開源視覺語言模型主打真實世界場景理解", "", "iThome", "zh-Hant"),
   R("डीपसीक ने ओपन सोर्स किया विज़न-लैंग्वेज मॉडल DeepSeek-VL, 1.3B और 7B वर्ज़न", "", "गैजेट्स 360 हिंदी", "hi"),
   R("China's DeepSeek releases open VL models that read screenshots, charts and PDFs", "", "South China Morning Post", "en"))
# 2
ev("2024-11-13", "open_source", ["deepseek"],
   "DeepSeek open-sources JanusFlow-1.3B, which unifies image understanding and generation by combining an autoregressive LLM with rectified flow",
   R("DeepSeek AI Introduces JanusFlow: A Unified Framework for Image Understanding and Generation", "To address these issues, DeepSeek AI has introduced JanusFlow, a powerful AI framework designed to unify image understanding and generation.",
     "AIbase", "en", "cf. https://aibase.com/news/13212 (lead verbatim; title written for this set)"),
   R("DeepSeek再开源多模态模型JanusFlow：自回归+整流流，一个模型既能看图又能画图", "", "量子位", "zh"),
   R("深度求索推JanusFlow 以Rectified Flow統一影像理解與生成", "", "科技新報", "zh-Hant"),
   R("DeepSeek का JanusFlow: एक ही मॉडल तस्वीर समझेगा और बनाएगा भी", "", "आज तक", "hi"),
   R("JanusFlow-1.3B lands on Hugging Face, pairing an LLM with rectified flow for text-to-image", "", "Hugging Face Papers digest", "en"))
# 3
ev("2025-01-25", "statement", ["deepseek"],
   "Meta chief AI scientist Yann LeCun says in a Threads post that DeepSeek's success shows open-source models are surpassing proprietary ones, not China surpassing the US",
   R("Meta's chief AI scientist says DeepSeek's success shows that 'open source models are surpassing proprietary ones'", "DeepSeek, an open-source Chinese AI company, has riled Silicon Valley with its rapid rise.",
     "Business Insider", "en", "https://ca.news.yahoo.com/metas-chief-ai-scientist-says-193729910.html (syndicated Business Insider story)"),
   R("Power of open source: Meta's chief AI exec opens up on DeepSeek's disruption", "One notable figure to comment on DeepSeek's performance is Yann LeCun, Meta's Vice President and Chief AI Scientist.",
     "International Business Times UK", "en", "cf. https://ibtimes.co.uk/power-open-source-metas-chief-ai-exec-opens-deepseeks-disruption-space-1730575 (lead verbatim; title taken from the URL)"),
   R("杨立昆谈DeepSeek：不是中国超越美国，而是开源模型正在超越闭源模型", "", "澎湃新闻", "zh"),
   R("Meta首席AI科學家楊立昆：DeepSeek證明開源勝過封閉", "", "聯合新聞網", "zh-Hant"),
   R("यान लेकुन बोले- डीपसीक की कामयाबी ओपन सोर्स की जीत, चीन की नहीं", "", "नवभारत टाइम्स", "hi"))
# 4
ev("2025-01-27", "statement", ["deepseek"],
   "Former Intel CEO Pat Gelsinger praises DeepSeek as 'incredible engineering' that will make AI cheaper and more open, and says his start-up Gloo is building on R1",
   R("Pat Gelsinger says DeepSeek is 'incredible engineering' and his startup is moving to R1", "", "TechCrunch", "en"),
   R("Ex-Intel chief Gelsinger: DeepSeek shows the market has it wrong on AI compute", "", "The Register", "en"),
   R("英特尔前CEO基辛格力挺DeepSeek：这是了不起的工程，AI会因此更便宜", "", "快科技", "zh"),
   R("इंटेल के पूर्व सीईओ पैट गेल्सिंगर ने की डीपसीक की तारीफ, कहा- शानदार इंजीनियरिंग", "", "ज़ी न्यूज़", "hi"))
# 5
ev("2025-01-28", "market_move", ["deepseek"],
   "Nvidia shares rebound about 8.9% on 28 January 2025, a day after the record DeepSeek-driven sell-off",
   R("Tech stocks rebound as Nvidia leads recovery after AI selloff", "Technology shares on Tuesday regained some ground lost with AI chip leader Nvidia closing up 8.9% as some investors shopped for bargains after the previous day’s record-breaking wipeout sparked by a low-cost Chinese artificial intelligence model that could threaten the dominance of U.S. rivals.",
     "Reuters", "en", "https://anmoltv.uk/tech-stocks-rebound-as-nvidia-leads-recovery-after-ai-selloff (syndicated Reuters story)"),
   R("Nvidia rises 7% after Monday's AI stock rout as bounce gains steam", "Nvidia rose on Tuesday, clawing back some losses one day after the emergence of a cheaper, open-source artificial intelligence model from China caused the shares to post the biggest market value loss in stock market history.",
     "CNBC", "en", "cf. https://infomalangraya.com/English/nvidia-rises-7-after-mondays-ai-stock-rout-as-bounce-gains-steam (lead verbatim from a syndicated CNBC story; title taken from the URL)"),
   R("Nvidia के शेयरों में 9% की रिकवरी, DeepSeek झटके के बाद निवेशकों ने की खरीदारी", "हालांकि लगातार दो दिनों में 19 फीसदी से अधिक की गिरावट के बाद एनवीडिया के शेयर 28 जनवरी को करीब 9 फीसदी रिकवर हुए हैं।",
     "मनीकंट्रोल हिंदी", "hi", "cf. https://hindi.moneycontrol.com/news/world/nvidia-share-price-rebound-9-percent-after-600-billion-usd-deepseek-mauling-1953804.html/amp (lead sentence verbatim; title written for this set)"),
   R("英伟达股价大幅反弹近9%，收复部分DeepSeek冲击下的失地", "", "财联社", "zh"),
   R("輝達暴跌隔日反彈8.9% 科技股止血", "", "經濟日報", "zh-Hant"))
# 6
ev("2025-02-04", "statement", ["deepseek"],
   "On Alphabet's Q4 2024 earnings call Sundar Pichai praises DeepSeek's 'tremendous team' but says Gemini 2.0 Flash models are more efficient than DeepSeek's V3 and R1",
   R("Google Q4 2024 Earnings: CEO Pichai Says DeepSeek Models Less ‘Efficient’ Than Gemini’s", "'The cost of actually using it is going to keep coming down, which will make more use cases feasible,' Alphabet CEO Sundar Pichai says.",
     "CRN", "en", "https://www.crn.com/news/ai/2025/google-q4-2024-earnings-ceo-pichai-says-deepseek-models-less-efficient-than-gemini-s"),
   R("Google CEO downplays DeepSeek threat as the company plans to spend $75 billion on AI this year", "Google CEO Sundar Pichai downplayed the impact of DeepSeek on Alphabet's business on Tuesday, telling investors and analysts that the search giant's AI models were comparable to those of the Chinese startup in terms of cost efficiency.",
     "Business Insider", "en", "https://africa.businessinsider.com/markets/google-ceo-downplays-deepseek-threat-as-the-company-plans-to-spend-dollar75-billion/xtecydf (syndicated Business Insider story)"),
   R("Sundar Pichai says DeepSeek is doing 'very, very good work', explains why Gemini has the edge", "Google parent Alphabet CEO Sundar Pichai has finally broken his silence on Chinese AI startup DeepSeek, which has been all over the news in recent weeks.",
     "Livemint", "en", "cf. https://www.livemint.com/technology/tech-news/sundar-pichai-says-deepseek-is-doing-very-good-work-explains-why-gemini-has-the-edge/amp-11738729530050.html (lead verbatim; title taken from the URL)"),
   R("皮查伊首谈DeepSeek：团队非常出色，但Gemini 2.0 Flash效率更高", "", "第一财经", "zh"),
   R("सुंदर पिचाई ने डीपसीक को सराहा, पर बोले- जेमिनी ज्यादा किफायती", "", "अमर उजाला", "hi"))
# 7
ev("2025-02-05", "ban", ["deepseek"],
   "Kakao becomes the first major South Korean tech company to ban employees from using DeepSeek for work, a day after its OpenAI partnership; LG Uplus follows",
   R("South Korean Companies Ban Chinese AI DeepSeek over Security Fears", "Leading South Korean companies and institutions are increasingly restricting the use of DeepSeek, a Chinese artificial intelligence model, amid concerns over its excessive data collection practices.",
     "Korea Bizwire", "en", "http://koreabizwire.com/south-korean-companies-ban-chinese-ai-deepseek-over-security-fears/305842"),
   R("Kakao bans DeepSeek for internal use, a first among Korea's big IT firms", "According to the industry on the 5th, Kakao, which announced an official partnership with OpenAI, recently notified its employees that it would prohibit the internal use of DeepSeek.",
     "Chosun Biz", "en", "cf. https://biz.chosun.com/en/en-it/2025/02/05/2GRP6NRT3FGEFEZ5R3WM7BM4WQ/?outputType=amp (lead verbatim; title written for this set)"),
   R("韩国Kakao禁止员工工作中使用DeepSeek，LG U+跟进", "", "IT之家", "zh"),
   R("南韓Kakao內部禁用DeepSeek 成首家封鎖的大型IT企業", "", "中央社", "zh-Hant"),
   R("दक्षिण कोरिया की काकाओ ने कर्मचारियों के डीपसीक इस्तेमाल पर लगाई रोक", "", "एबीपी लाइव", "hi"))
# 8
ev("2025-02-09", "statement", ["deepseek"],
   "Google DeepMind CEO Demis Hassabis, in Paris before the AI Action Summit, calls DeepSeek's model probably the best work out of China but says it shows no new scientific advance",
   R("Google's AI lab CEO said DeepSeek is China's 'best work' he's seen so far but that it showed 'no actual new scientific advance'", "Demis Hassabis, the CEO of Google's DeepMind, said he's impressed by DeepSeek's new AI model but thinks the hype around the Chinese tech is exaggerated.",
     "Business Insider", "en", "https://africa.businessinsider.com/news/googles-ai-lab-ceo-said-deepseek-is-chinas-best-work-hes-seen-so-far-but-that-it/0mb2w5z (syndicated Business Insider story)"),
   R("Deepseek’s AI model is ‘the best work’ out of China but the hype is ‘exaggerated,’ Google Deepmind CEO says", "PARIS — Deepseek’s AI model “is probably the best work” out of China, Demis Hassabis, the CEO of Google DeepMind said on Sunday, but added that the company didn’t show any new scientific advances.",
     "CNBC", "en", "https://prchief.com/?p=82846 (syndicated CNBC story)"),
   R("DeepMind CEO calls DeepSeek impressive but not groundbreaking", "Demis Hassabis, CEO of Google's DeepMind, weighed in on the rising attention surrounding DeepSeek, a Chinese tech company whose AI model has made waves in the industry.",
     "Traders Union", "en", "https://tradersunion.com/news/financial-news/show/87762-deepmind-ceo-calls-deepseek"),
   R("哈萨比斯评DeepSeek：中国最好的成果，但没有新的科学突破，炒作有些夸大", "", "凤凰网科技", "zh"),
   R("डीपमाइंड प्रमुख हसाबिस: डीपसीक चीन का सबसे अच्छा काम, पर कोई नई वैज्ञानिक खोज नहीं", "", "दैनिक भास्कर", "hi"))
# 9
ev("2025-02-21", "other", ["deepseek"],
   "DeepSeek announces on X a 'Day 0' warm-up for #OpenSourceWeek: starting the following week it will open-source five repositories, one a day",
   R("DeepSeek OpenSourceWeek is Coming: What Mysterious Technologies Might Be Unveiled?", "Let’s guess what kind of projects DeepSeek might open-source next week.",
     "OpenBot AIGC", "en", "https://aigc.openbot.ai/p/deepseek-opensourceweek-is-coming"),
   R("DeepSeek says it will open-source five repos next week, one a day", "", "Reuters", "en"),
   R("DeepSeek预告“开源周”：下周起连续五天开源五个代码库", "", "36氪", "zh"),
   R("DeepSeek宣布下週起「開源週」 每天釋出一個程式庫", "", "iThome", "zh-Hant"),
   R("डीपसीक अगले हफ्ते ओपन सोर्स करेगी 5 रिपॉजिटरी, रोज़ एक", "", "गैजेट्स 360 हिंदी", "hi"))
# 10
ev("2025-03-18", "statement", ["deepseek"],
   "In his GTC 2025 keynote Jensen Huang says reasoning models such as DeepSeek-R1 need far more compute, 'easily 100x' more than thought a year earlier, countering the DeepSeek sell-off narrative",
   R("NVIDIA CEO Jensen Huang’s GTC Keynote Unveils Rubin Chip, Devours “DeepSeek Dividends,” and Sells Out Through 2027", "", "Build With AI Guide", "en",
     "https://buildwithaiguide.com/nvidia-ceo-jensen-huangs-gtc-keynote-unveils-rubin-chip-devours-deepseek-dividends-and-sells-out-through-2027"),
   R("Nvidia versus DeepSeek: Huang says R1-style reasoning needs far more compute", "Jensen Huang has it out for Chinese AI lab DeepSeek. Onstage during his GTC keynote, Huang claimed DeepSeek’s “reasoning” AI model, R1, uses significantly more computing than a typical non-reasoning model.",
     "TechCrunch", "en", "cf. https://slimming-weight.info/snippet/2982612/nvidia-versus-deepseek (lead verbatim from a TechCrunch snippet; title written for this set)"),
   R("黄仁勋GTC主题演讲：推理模型所需算力是去年预期的100倍，DeepSeek-R1是例证", "", "第一财经", "zh"),
   R("黃仁勳GTC演講反擊DeepSeek效應：推理AI算力需求暴增百倍", "", "鉅亨網", "zh-Hant"),
   R("जेन्सेन हुआंग बोले- डीपसीक R1 जैसे रीज़निंग मॉडल को 100 गुना ज़्यादा कंप्यूट चाहिए", "", "मनीकंट्रोल हिंदी", "hi"))
# 11
ev("2025-08-19", "release", ["deepseek"],
   "DeepSeek tells its user groups that its online model has been upgraded to V3.1 with a 128K context window, and uploads DeepSeek-V3.1-Base to Hugging Face without a model card (two days before the official V3.1 release)",
   R("DeepSeek quietly upgrades online model to V3.1, extends context to 128K", "", "South China Morning Post", "en"),
   R("DeepSeek-V3.1-Base appears on Hugging Face with no model card", "", "VentureBeat", "en"),
   R("DeepSeek线上模型升级至V3.1，上下文长度扩展至128K", "DeepSeek官方交流群发布通知，称线上模型版本已升级至V3.1，可通过官方网页、App、小程序测试。", "IT之家", "zh"),
   R("DeepSeek悄悄上傳V3.1-Base 社群急測新模型", "", "科技新報", "zh-Hant"),
   R("डीपसीक ने चुपचाप अपग्रेड किया मॉडल, अब V3.1 में 128K कॉन्टेक्स्ट", "", "आज तक", "hi"))
# 12
ev("2025-09-29", "partnership", ["deepseek"],
   "Huawei's Ascend team announces day-0 support for DeepSeek-V3.2-Exp on its NPUs and CANN stack and open-sources the inference code and fused operators",
   R("华为昇腾0day适配 DeepSeek-V3.2-Exp 开源模型,实现稀疏Attention高效部署", "在 DeepSeek 发布并开源实验性大模型 DeepSeek-V3.2-Exp 后,华为昇腾团队迅速完成对该模型的全栈适配,实现发布即支持(0day support),并在 CANN 平台完成深度优化。",
     "小马良（早报）", "zh", "https://sd114.wiki/18370.html"),
   R("Huawei Ascend offers day-zero support for DeepSeek-V3.2-Exp, open-sources inference code", "", "Tom's Hardware", "en"),
   R("昇騰首日支援DeepSeek-V3.2-Exp 華為開源推理程式碼與融合算子", "", "經濟日報", "zh-Hant"),
   R("हुआवेई असेंड चिप्स पर पहले दिन से चलेगा डीपसीक V3.2-Exp", "", "नवभारत टाइम्स", "hi"))
# 13
ev("2025-09-29", "partnership", ["deepseek"],
   "Cambricon says it has adapted DeepSeek-V3.2-Exp on release day and open-sources its vLLM-MLU inference engine code for the model",
   R("Cambricon adapts DeepSeek-V3.2-Exp on launch day, open-sources vLLM-MLU code", "", "South China Morning Post", "en"),
   R("寒武纪宣布同步适配DeepSeek-V3.2-Exp，开源vLLM-MLU推理引擎源代码", "", "证券时报", "zh"),
   R("寒武紀首日完成DeepSeek-V3.2-Exp適配", "", "鉅亨網", "zh-Hant"),
   R("कैम्ब्रिकॉन ने डीपसीक के नए मॉडल को अपने चिप पर चलाया, कोड किया ओपन", "", "ज़ी न्यूज़", "hi"))
# 14
ev("2025-12-10", "other", ["deepseek"],
   "The Information reports that DeepSeek is training its next model on several thousand Nvidia Blackwell chips smuggled into China via dismantled servers",
   R("China’s DeepSeek is using banned Blackwell chips to train its newest AI model, The Information reports", "DeepSeek, the Chinese AI startup whose chatbot built on the cheap turned the US tech world upside down in early 2025, is using “several thousand” of Nvidia’s top Blackwell chips to build its next model, per The Information.",
     "Sherwood News", "en", "https://sherwood.news/markets/chinas-deepseek-is-using-banned-blackwell-chips-to-train-its-newest-ai-model"),
   R("DeepSeek suspected of using banned Nvidia chips to train its AI", "The Chinese start-up DeepSeek has allegedly used advanced Nvidia chips, which are banned from export to China, to develop its next artificial intelligence model, according to an investigation by the American outlet The Information.",
     "MarketScreener", "en", "cf. https://www.marketscreener.com/news/deepseek-suspected-of-using-banned-nvidia-chips-to-train-its-ai-ce7d50dad98af321 (lead verbatim; title taken from the URL)"),
   R("Deepseek reportedly using thousands of smuggled Nvidia chips for AI training", "According to The Information, Deepseek is training its next major model with thousands of Nvidia chips, citing six people familiar with the matter.",
     "The Decoder", "en", "cf. https://the-decoder.com/deepseek-reportedly-using-thousands-of-smuggled-nvidia-chips-for-ai-training (lead verbatim; title taken from the URL)"),
   R("外媒：DeepSeek用走私的数千块英伟达Blackwell芯片训练新模型", "", "凤凰网科技", "zh"),
   R("रिपोर्ट: डीपसीक नए मॉडल की ट्रेनिंग में तस्करी वाले एनवीडिया ब्लैकवेल चिप्स इस्तेमाल कर रही", "", "अमर उजाला", "hi"))
# 15
ev("2025-12-10", "statement", ["deepseek"],
   "Nvidia says it has seen no evidence of the 'phantom data centers' described in the report that DeepSeek used smuggled Blackwell chips, while pledging to pursue any tip",
   R("Nvidia rejects claims that DeepSeek trained AI models with smuggled Blackwell chips", "China's AI firm DeepSeek is facing accusations of training its artificial intelligence model using banned Nvidia Blackwell chips. However, Nvidia has stated that it has found no evidence to support these claims.",
     "CoinFeather", "en", "cf. https://coinfeather.com/en/news/nvidia-rejects-claims-that-deepseek-trained-ai-models-with-smuggled-blackwell-chips/49990 (lead verbatim; title taken from the URL)"),
   R("Nvidia says no evidence of 'phantom data centers' after DeepSeek smuggling report", "", "Bloomberg", "en"),
   R("英伟达回应DeepSeek走私芯片传闻：未发现“幽灵数据中心”证据", "", "财联社", "zh"),
   R("एनवीडिया का जवाब- डीपसीक को ब्लैकवेल चिप्स की तस्करी का कोई सबूत नहीं", "", "मनीकंट्रोल हिंदी", "hi"))
# 16
ev("2026-01-21", "other", ["deepseek"],
   "Around the first anniversary of R1, an update to DeepSeek's FlashMLA GitHub repository reveals an unannounced model identifier 'MODEL1' alongside V3.2, read as a sign of a new architecture (V4)",
   R("DeepSeek MODEL1 Revealed: FlashMLA Code Updates Hint at Next-Gen AI Model—How Will “Infinite Memory” Transform the Way We Use AI?", "",
     "Efficient Coder", "en", "https://www.xugj520.cn/en/archives/deepseek-model1-infinite-memory-ai.html?amp=1"),
   R("DeepSeek's unannounced 'MODEL1' surfaces in FlashMLA code on R1 anniversary", "On January 21st, coinciding with the first anniversary of DeepSeek-R1's launch, details of DeepSeek's new model, MODEL1, emerged.",
     "C114", "en", "cf. https://www.c114pro.com/ainews/141042.html (lead verbatim; title written for this set)"),
   R("DeepSeek代码库现神秘Model1，或为下一代旗舰模型", "近期,开源社区因DeepSeek的一项新动向掀起热议。其FlashMLA代码库频繁更新,一款名为Model1的模型悄然进入公众视野,引发关于DeepSeek下一代旗舰模型的猜测。",
     "IT之家", "zh", "cf. https://www.itbear.com.cn/html/2026-01/1101995.html (lead verbatim from a syndicated copy; title written for this set)"),
   R("R1週年 DeepSeek GitHub程式碼現「MODEL1」 疑為V4", "", "科技新報", "zh-Hant"),
   R("डीपसीक के कोड में दिखा रहस्यमय 'MODEL1', क्या आ रहा है V4?", "", "गैजेट्स 360 हिंदी", "hi"))
# 17
ev("2026-02-12", "statement", ["deepseek"],
   "OpenAI sends a memo to the US House Select Committee on China accusing DeepSeek of 'free-riding' on US frontier labs by distilling their models through obfuscated access",
   R("Months after CEO Sam Altman called China's DeepSeek R1 model 'impressive', OpenAI sends memo to US government saying Chinese company is 'cheating', it is using ...", "",
     "Times of India", "en", "https://www.newsbeep.com/ca/wp-json/wp/v2/posts/472939 (syndicated Times of India story; title as given, truncated)"),
   R("OpenAI Accuses DeepSeek of Distilling US Models for Advantage", "", "Latent Machine", "en",
     "https://www.latentmachine.com/intelligence/events/deepseek-openai-distillation-accusation-feb2026"),
   R("OpenAI致信美国众议院：DeepSeek通过蒸馏“搭便车”美国前沿模型", "", "界面新闻", "zh"),
   R("OpenAI向美眾院示警 指DeepSeek以蒸馏手法「搭便車」", "", "自由時報", "zh-Hant"),
   R("ओपनएआई का आरोप- डीपसीक अमेरिकी AI मॉडल्स की 'डिस्टिलिंग' कर मुफ्त फायदा उठा रही", "", "एनडीटीवी इंडिया", "hi"))
# 18
ev("2026-02-13", "product_launch", ["deepseek"],
   "DeepSeek's web and app start testing a new long-context model structure supporting 1M tokens, while the API stays on V3.2 with 128K context",
   R("DeepSeek測試支援1M上下文新長文本模型 春節或再發新模型", "DeepSeek去年春節期間橫空出世，震撼全球人工智慧（AI）行業。官方披露，目前正在測試新的長文本模型結構。",
     "ETtoday", "zh-Hant", "cf. https://www.ettoday.net/news/20260214/3119059.htm (lead verbatim; title written for this set)"),
   R("DeepSeek网页端和App灰度测试新长文本模型，支持1M上下文", "API服务不变，仍为V3.2，仅支持128K上下文。", "澎湃新闻", "zh"),
   R("DeepSeek tests 1 million-token context in its app ahead of expected V4", "", "Reuters", "en"),
   R("डीपसीक ऐप में 10 लाख टोकन कॉन्टेक्स्ट की टेस्टिंग शुरू", "", "टीवी9 भारतवर्ष", "hi"))
# 19
ev("2024-01-04", "product_launch", ["xiaomi"],
   "Xiaomi launches the Redmi Note 13 5G series (Note 13, 13 Pro, 13 Pro+) in India, with a 200MP camera on the Pro models",
   R("Redmi Note 13 5G series launched in India with 200MP camera on Pro models", "", "Gadgets 360", "en"),
   R("Redmi Note 13 Pro+ debuts in India with Dimensity 7200 Ultra and 120W charging", "", "91mobiles", "en"),
   R("Redmi Note 13系列登陆印度，Pro+搭载天玑7200 Ultra", "", "IT之家", "zh"),
   R("रेडमी नोट 13 सीरीज़ भारत में लॉन्च, 200MP कैमरा वाले प्रो मॉडल", "", "लाइव हिंदुस्तान", "hi", S) | {"summary": BP_HI[1]})
# 20
ev("2024-03-07", "product_launch", ["xiaomi"],
   "Xiaomi launches the Xiaomi 14 in India at ₹69,999 with Leica cameras and Snapdragon 8 Gen 3",
   R("Xiaomi 14 launched in India at Rs 69,999 with Leica triple cameras", "", "Times of India", "en"),
   R("Xiaomi 14 India price and availability: Snapdragon 8 Gen 3 flagship goes on pre-order", "", "Android Authority", "en"),
   R("小米14印度发布：售价69999卢比，约合人民币6000元", "", "快科技", "zh"),
   R("शाओमी 14 भारत में लॉन्च, कीमत 69,999 रुपये", "", "आज तक", "hi"),
   BPR(BP_EN, "Xiaomi 14 arrives in India, takes on Galaxy S24 and iPhone 15", "en"))
# 21
ev("2024-03-21", "product_launch", ["xiaomi"],
   "Xiaomi launches the Civi 4 Pro in China, the first phone with the Snapdragon 8s Gen 3, from 2,999 yuan",
   R("Xiaomi Civi 4 Pro launches in China as first phone with Snapdragon 8s Gen 3", "", "GSMArena", "en"),
   R("小米Civi 4 Pro发布：首发第三代骁龙8s，售价2999元起", "", "IT之家", "zh"),
   BPR(BP_ZH, "小米Civi 4 Pro正式发布 徕卡三摄加持", "zh"),
   R("शाओमी सिवी 4 प्रो चीन में लॉन्च, स्नैपड्रैगन 8s जेन 3 वाला पहला फोन", "", "गैजेट्स 360 हिंदी", "hi"))
# 22
ev("2024-06-12", "product_launch", ["xiaomi"],
   "Xiaomi launches the Xiaomi 14 Civi in India (a rebranded Civi 4 Pro) from ₹42,999",
   R("Xiaomi 14 Civi launched in India with Leica cameras and Snapdragon 8s Gen 3", "", "Livemint", "en"),
   R("Xiaomi 14 Civi India price starts at Rs 42,999", "", "91mobiles", "en"),
   R("小米14 Civi印度发布，即国行Civi 4 Pro", "", "快科技", "zh"),
   R("Xiaomi 14 Civi भारत में लॉन्च, 42,999 रुपये से शुरू", "", "नवभारत टाइम्स", "hi"))
# 23
ev("2024-04-10", "product_launch", ["xiaomi"],
   "Xiaomi's Redmi brand launches the Redmi Turbo 3 in China with the Snapdragon 8s Gen 3, from 1,999 yuan",
   R("Redmi Turbo 3 launched with Snapdragon 8s Gen 3 and 90W charging", "", "GSMArena", "en"),
   R("Redmi Turbo 3正式发布：第三代骁龙8s，1999元起", "", "IT之家", "zh"),
   R("紅米Turbo 3登場 首批搭載驍龍8s Gen 3", "", "香港01", "zh-Hant"),
   R("रेडमी टर्बो 3 चीन में लॉन्च, स्नैपड्रैगन 8s जेन 3 प्रोसेसर", "", "ज़ी न्यूज़", "hi"))
# 24
ev("2024-05-23", "product_launch", ["xiaomi"],
   "Xiaomi's Poco brand launches the Poco F6 (a rebadged Redmi Turbo 3) globally and in India",
   R("Poco F6 launched in India with Snapdragon 8s Gen 3", "", "Gadgets 360", "en"),
   R("Poco F6 and F6 Pro go global at Dubai event", "", "Android Authority", "en"),
   R("POCO F6全球发布，国行Redmi Turbo 3换标", "", "中关村在线", "zh"),
   R("पोको F6 भारत में लॉन्च, कीमत और फीचर्स जानें", "", "लाइव हिंदुस्तान", "hi") | {"summary": BP_HI[1]})
# 25
ev("2024-09-26", "product_launch", ["xiaomi"],
   "Xiaomi's Redmi brand launches the Redmi Note 14 Pro and Note 14 Pro+ in China with IP69 rating",
   R("Redmi Note 14 Pro and Pro+ unveiled in China with IP68/IP69 rating", "", "GSMArena", "en"),
   R("Redmi Note 14 Pro系列发布：IP69防水，1400元起", "", "IT之家", "zh"),
   BPR(BP_ZH, "红米Note 14 Pro+正式亮相 主打耐摔防水", "zh"),
   R("रेडमी नोट 14 प्रो सीरीज़ चीन में लॉन्च, IP69 रेटिंग", "", "गैजेट्स 360 हिंदी", "hi"))
# 26
ev("2024-09-26", "product_launch", ["xiaomi", "xiaomi_ai"],
   "Xiaomi launches the Xiaomi 14T and 14T Pro in Berlin with Leica cameras, Xiaomi HyperAI features and Google Gemini integration",
   R("Xiaomi 14T Pro launched with Leica Summilux lenses and Gemini AI features", "", "The Verge", "en"),
   R("Xiaomi 14T series debuts in Berlin with HyperAI tools", "", "Android Authority", "en"),
   R("小米14T系列柏林发布，主打徕卡影像与AI功能", "", "快科技", "zh"),
   R("शाओमी 14T सीरीज़ बर्लिन में लॉन्च, AI फीचर्स और लाइका कैमरा", "", "एबीपी लाइव", "hi"))
# 27
ev("2024-12-09", "product_launch", ["xiaomi"],
   "Xiaomi launches the Redmi Note 14 5G series (Note 14, 14 Pro, 14 Pro+) in India",
   R("Redmi Note 14 Pro+ launched in India with Snapdragon 7s Gen 3 and IP68 rating", "", "Gadgets 360", "en"),
   R("Redmi Note 14 5G series India prices announced", "", "Times of India", "en"),
   R("Redmi Note 14系列印度上市，Note 14 Pro+搭载骁龙7s Gen 3", "", "IT之家", "zh"),
   R("रेडमी नोट 14 सीरीज़ भारत में लॉन्च, तीन फोन और 50MP कैमरा", "", "आज तक", "hi"),
   BPR(BP_EN, "Xiaomi brings Redmi Note 14 series to India ahead of the festive quarter end", "en"))
# 28
ev("2025-01-02", "product_launch", ["xiaomi"],
   "Xiaomi's Redmi brand launches the Redmi Turbo 4 in China, the first phone with MediaTek's Dimensity 8400-Ultra",
   R("Redmi Turbo 4 launched with Dimensity 8400-Ultra and 6,550mAh battery", "", "GSMArena", "en"),
   R("Redmi Turbo 4发布：首发天玑8400-Ultra，1999元起", "", "IT之家", "zh"),
   R("紅米Turbo 4發表 首搭天璣8400-Ultra", "", "ETtoday", "zh-Hant"),
   R("रेडमी टर्बो 4 लॉन्च, डाइमेंसिटी 8400-अल्ट्रा वाला पहला फोन", "", "ज़ी न्यूज़", "hi"))
# 29
ev("2025-03-11", "product_launch", ["xiaomi"],
   "Xiaomi launches the Xiaomi 15 and Xiaomi 15 Ultra in India",
   R("Xiaomi 15 and Xiaomi 15 Ultra launched in India", "", "Gadgets 360", "en"),
   R("Xiaomi 15 Ultra India launch: Leica quad cameras, Snapdragon 8 Elite", "", "Livemint", "en"),
   R("小米15 Ultra登陆印度市场", "", "快科技", "zh"),
   R("शाओमी 15 और 15 अल्ट्रा भारत में लॉन्च, लाइका कैमरा के साथ", "", "लाइव हिंदुस्तान", "hi") | {"summary": BP_HI[1]},
   R("Xiaomi 15 Ultra arrives in India to take on Galaxy S25 Ultra", "", "India Today", "en"))
# 30
ev("2025-04-27", "ranking", ["xiaomi"],
   "Canalys data show Xiaomi back at No. 1 in mainland China's smartphone market in Q1 2025 for the first time in a decade, shipping 13.3 million units (19% share)",
   R("China smartphone market: Xiaomi moves to top as Apple drops to fifth", "The size of China’s smartphone market rose 5 percent in Q1 2025 to 70.9 million units fueled by subsidy policies and a rebound in consumer sentiment.",
     "TelecomLead", "en", "https://telecomlead.com/smart-phone/china-smartphone-market-xiaomi-moves-to-top-as-apple-drops-to-fifth-120801"),
   R("Canalys: China's smartphone market grew by 5% year-on-year in the first quarter, with Xiaomi (01810) returning to the top spot.", "Canalys data shows that in the first quarter of 2025, the shipment volume of the Chinese smartphone market reached 70.9 million units, a modest year-on-year increase of 5%, continuing the recovery trend that began in 2024.",
     "GMT Eight", "en", "https://gmteight.com/content/detail/259856"),
   R("Mainland China’s Smartphone Market Grows 5% in Q1 2025, Xiaomi Takes Top Spot", "Mainland China’s smartphone market shipped 70.9 million units in the first quarter of 2025, a 5% year-on-year increase, according to research from Canalys, now part of Omdia.",
     "The Fast Mode", "en", "https://www.world-energy.org/article/51392.html (syndicated The Fast Mode story)"),
   R("Canalys：一季度中国手机市场小米时隔十年重回第一，出货1330万台", "", "每日经济新闻", "zh"),
   R("कैनालिस: 10 साल बाद चीन में शाओमी फिर नंबर 1 स्मार्टफोन ब्रांड", "", "मनीकंट्रोल हिंदी", "hi"))
# 31
ev("2025-09-24", "product_launch", ["xiaomi"],
   "Xiaomi launches the Xiaomi 15T and 15T Pro globally at an event in Munich",
   R("Xiaomi 15T and 15T Pro launched with Leica cameras and 5x telephoto", "", "GSMArena", "en"),
   R("小米15T系列海外发布，15T Pro配备5倍长焦", "", "快科技", "zh"),
   R("小米15T系列慕尼黑登場", "", "香港01", "zh-Hant"),
   R("शाओमी 15T और 15T प्रो ग्लोबल मार्केट में लॉन्च", "", "गैजेट्स 360 हिंदी", "hi"))
# 32
ev("2025-10-13", "market_move", ["xiaomi"],
   "Xiaomi shares fall as much as 8.7% in Hong Kong after an SU7 crashed and caught fire in Chengdu and bystanders could not open its doors",
   R("Xiaomi Shares Tumble After SU7 Crash in Chengdu Raises Safety Concerns", "Xiaomi Corp. shares plunged the most since April after reports surfaced that the door of one of its SU7 electric sedans failed to open following a fiery crash in Chengdu, southwest China, trapping at least one occupant inside.",
     "AsianFin", "en", "https://www.asianfin.com/articles/196264"),
   R("Xiaomi Stock Slides In Hong Kong After Another EV Crash: This Time, The Doors Didn’t Open", "Shares dropped over 5%, amid a broad sell-off in Chinese equities on escalating tariff concerns.",
     "Stocktwits", "en", "https://stocktwits.com/news-articles/markets/equity/xiaomi-stock-slides-in-hong-kong-after-another-ev-crash/ch6SQV0R3j6"),
   R("Xiaomi shares fall after fatal accident involving SU7 electric car", "Shares of Chinese technology giant Xiaomi fell sharply on Monday, October 13, 2025, after reports of a fatal accident involving an SU7 electric car in Chengdu, which killed the driver.",
     "Hi-Tech.ua", "en", "https://hi-tech.ua/en/xiaomi-shares-fall-after-fatal-accident-involving-su7-electric-car/"),
   R("小米集团午盘跌7.82%，成都小米SU7事故引关注", "", "智通财经", "zh"),
   R("小米股價重挫 成都SU7事故車門打不開引安全疑慮", "", "鉅亨網", "zh-Hant"),
   R("चेंगदू में SU7 हादसे के बाद शाओमी के शेयर 8% से ज्यादा टूटे", "", "दैनिक भास्कर", "hi"))
# 33
ev("2025-06-24", "product_launch", ["xiaomi"],
   "Xiaomi's Poco brand launches the Poco F7 in India and globally, based on the Redmi Turbo 4 Pro",
   R("Poco F7 launched in India with Snapdragon 8s Gen 4 and 7,550mAh battery", "", "Gadgets 360", "en"),
   R("POCO F7海外发布，国行Redmi Turbo 4 Pro换标", "", "IT之家", "zh"),
   R("पोको F7 भारत में लॉन्च, 7550mAh की बड़ी बैटरी", "", "आज तक", "hi"),
   R("Poco F7 goes global as a rebadged Turbo 4 Pro", "", "Android Authority", "en"))
# extra verbatim reports appended at the end of their events (pair indices above stay valid)
E[2]["reports"].append(R("Meta’s chief AI scientist says DeepSeek’s success shows that “open source models are surpassing proprietary ones”", "", "Daily The Business", "en", "https://dailythebusiness.com/?p=69336 (syndicated Business Insider headline)"))
E[7]["reports"].append(R("Google’s DeepMind CEO sees ‘no actual new scientific advance’ with China’s AI model DeepSeek", "Although he has called DeepSeek China’s “best work”, Google’s DeepMind CEO Demis Hassabis has emphasised he sees “no actual scientific advance” with the AI model.", "BANG Showbiz (wire copy)", "en", "https://youplaysquidvideo.com/?p=150449 (syndicated wire copy)"))
E[13]["reports"].append(R("DeepSeek Smuggles Nvidia Blackwell GPUs Into China", "A report by The Information claims DeepSeek obtained and operated several thousand Nvidia Blackwell GPUs via a smuggling ring using fake data centers to circumvent U.S. export restrictions.", "Let's Data Science", "en", "https://letsdatascience.com/news/deepseek-smuggles-nvidia-blackwell-gpus-into-china-9168ff7f"))
E[15]["reports"].append(R("What DeepSeek’s Secret “Model1” Reveals About the Upcoming V4 LLM", "", "BestHub", "en", "https://www.besthub.dev/articles/what-deepseek-s-secret-model1-reveals-about-the-upcoming-v4-llm-84117239774a"))
E[16]["reports"].append(R("OpenAI Warns Congress That DeepSeek Is Distilling US AI Models to Gain Competitive Edge", "", "Agentic Developer Tools Radar", "en", "https://radar.creative-technology.digital/intelligence/sources/2026-02-12-openai-deepseek-distillation-congress"))
E[29]["reports"].append(R("The Dragon Roars Again: Xiaomi Reclaims China's Smartphone Throne After a Decade", "", "HM Journal", "en", "https://hmjournal.com/en/post/xiaomi-roars-back-takes-top-spot-in-china-smartphone-market-after-10-years"))
