from lib import E, R, B, SYN

# ---- Luo Fuli and Xiaomi AI, Oct 2025 -> mid 2026 ----

E("2025-10-15", "other", ["luo_fuli", "xiaomi_ai"],
  "Luo Fuli appears as corresponding author on a Xiaomi–Peking University arXiv paper, fuelling speculation that she has joined Xiaomi",
  [R("罗福莉署名小米论文通讯作者，加盟小米再添实锤？", "", "新浪科技", "zh"),
   R("小米与北大联合论文现罗福莉名字 外界猜测其已加入小米大模型团队", "", "澎湃新闻", "zh"),
   R("Luo Fuli listed as corresponding author on Xiaomi paper, hinting at move", "", "SCMP", "en"),
   R("शाओमी के रिसर्च पेपर में दिखा लुओ फुली का नाम, कंपनी से जुड़ने की अटकलें तेज़", "", "Navbharat Times", "hi"),
  ])

E("2025-11-12", "hire", ["luo_fuli", "xiaomi_ai", "deepseek"],
  "Former DeepSeek researcher Luo Fuli confirms in a WeChat Moments post that she has joined Xiaomi's MiMo large-model team",
  [R("前DeepSeek研究员罗福莉已加入小米", "", "微博热搜", "zh", "corpus:weibo_hot_2025-11-12.json"),
   R("罗福莉官宣加入小米MiMo：智能终将从语言迈向物理世界", "", "第一财经", "zh"),
   R("Chinese AI Expert Luo Fuli Joins Xiaomi",
     "The recent announcement that former DeepSeek researcher Luo Fuli has joined Chinese technology conglomerate Xiaomi represents more than a simple corporate hiring—it signals a fundamental strategic pivot in the global artificial intelligence race, moving beyond the current paradigm of large language models and into the tangible, kinetic world of embodied AI.",
     "Outpoll", "en", "https://outpoll.com/en/news/research-breakthroughs/Chinese-AI-Expert-Luo-Fuli-Joins-Xiaomi"),
   R("Former DeepSeek researcher Luo Fuli confirms she has joined Xiaomi's MiMo team", "", "SCMP", "en"),
   R("Xiaomi lands DeepSeek 'AI prodigy' after months of speculation", "", "Gizmochina", "en"),
   R("羅福莉證實加盟小米MiMo 「天才少女」去向塵埃落定", "", "明報", "zh-Hant"),
   R("डीपसीक छोड़ शाओमी से जुड़ीं लुओ फुली, वीचैट पोस्ट में की पुष्टि",
     "उन्होंने लिखा कि बुद्धिमत्ता अब भाषा से आगे बढ़कर भौतिक दुनिया में कदम रखेगी।", "Aaj Tak", "hi"),
   R("श्याओमी की MiMo टीम में शामिल हुईं 'AI जीनियस' लुओ फुली", "", "Jagran", "hi"),
  ])

E("2025-11-18", "earnings", ["xiaomi"],
  "Xiaomi reports third-quarter 2025 results: revenue up 22.3% to 113.1 billion yuan, adjusted net profit up 80.9% to 11.3 billion yuan, and its EV and AI segment posts its first operating profit",
  [R("Xiaomi Falls Even as Third-Quarter Profit Surges 130%, Car Business Turns Profitable", "", "Yicai Global", "en",
     "https://www.yicaiglobal.com/news/xiaomi-drops-despite-its-profit-jumps-130-auto-business-turns-profitable-in-third-quarter"),
   R("Xiaomi’s Earnings Expand as EV Endeavors Excel",
     "China’s Xiaomi has posted strong earnings for the third quarter, with profit surging nearly 81 percent year-on-year to 11.3 billion yuan.",
     "DBTech", "en", "https://digibanglatech.news/159583"),
   R("Xiaomi Q3 2025 Revenue Ranks High: Earnings Highlights", "", "EVDrive", "en", "https://evdrive.in/?p=1660"),
   R("小米Q3经调整净利润同比大增80.9%创新高,电动汽车及AI等创新业务首次实现单季经营盈利", "", "美股IPO", "zh",
     "https://reportify.ai/social-media/742710541492063"),
   R("小米集团绩后跌破40港元关口,电动汽车及AI等创新业务首次实现单季经营盈利", "", "每日经济新闻", "zh",
     "https://reportify.ai/news/1188484663421833216"),
   B("Xiaomi third-quarter revenue misses estimates as phone sales stall", "MarketScreener", "en"),
   R("शाओमी का तीसरी तिमाही का मुनाफा 81% उछला, EV कारोबार पहली बार मुनाफे में",
     "", "Business Standard Hindi", "hi"),
  ])

E("2025-11-18", "statement", ["luo_fuli", "xiaomi_ai"],
  "Asked about Luo Fuli's arrival, Xiaomi president Lu Weibing says Xiaomi's progress in large-model applications has far exceeded expectations",
  [R("卢伟冰回应罗福莉加入：小米大模型应用进展远超预期", "", "新浪科技", "zh"),
   R("羅福莉加盟小米 盧偉冰：大模型應用進展遠超預期",
     "科技圈近日因一則重磅消息掀起波瀾——“天才少女”羅福莉正式加入小米,這一動向被外界視為小米AI戰略升級的關鍵信號。",
     "xyk126", "zh-Hant", "cf. http://www.xyk126.net/html/2025-12/1041245.html (lead verbatim)"),
   R("Xiaomi president says AI model progress 'far beyond expectations' after Luo Fuli hire", "", "SCMP", "en"),
   R("लुओ फुली के आने पर बोले लू वेइबिंग- AI में उम्मीद से कहीं आगे शाओमी", "", "Moneycontrol Hindi", "hi"),
  ])

E("2025-11-21", "open_source", ["luo_fuli", "xiaomi_ai"],
  "Xiaomi open-sources MiMo-Embodied, a cross-embodiment foundation model for autonomous driving and robotics, with Luo Fuli as a core author",
  [R("小米开源跨具身基座模型MiMo-Embodied，罗福莉署名核心作者", "", "量子位", "zh"),
   R("入职不足半月，罗福莉团队交出首份答卷：MiMo-Embodied", "", "新智元", "zh"),
   R("Xiaomi releases MiMo-Embodied model bridging self-driving and robotics", "", "MarkTechPost", "en"),
   R("शाओमी का MiMo-Embodied मॉडल ओपन-सोर्स, लुओ फुली भी लेखकों में", "", "AIbase हिंदी", "hi"),
  ])

E("2025-11-24", "market_move", ["lei_jun", "xiaomi"],
  "Lei Jun buys about HK$100 million of Xiaomi shares on the market, raising his stake",
  [R("Xiaomi's Lei Jun buys HK$100 million of shares after stock slump", "", "Bloomberg", "en"),
   R("雷军增持小米约1亿港元", "", "财联社", "zh"),
   B("雷军斥资约1亿港元增持小米集团股份", "东方财富网", "zh"),
   R("雷軍增持小米股份 涉資約1億港元", "", "信報", "zh-Hant"),
  ])

E("2025-12-16", "other", ["xiaomi"],
  "Car blogger Han Lu says the next-generation Xiaomi SU7 will launch in Q2 2026 and cost about 20,000 yuan more",
  [R("小米SU7换代或涨价2万元",
     "12月16日，汽车媒体大V@韩路 爆料小米汽车新一代SU7车型将于2026年二季度上市，价格预计将上涨2万元。",
     "微博热搜", "zh", "corpus:weibo_hot_2025-12-17.json"),
   R("小米新一代SU7明年二季度上市", "", "微博热搜", "zh", "corpus:weibo_hot_2025-12-17.json"),
   R("Next-gen Xiaomi SU7 could cost 20,000 yuan more, says blogger", "", "CarNewsChina", "en"),
  ])

E("2025-12-17", "release", ["xiaomi_ai", "luo_fuli"],
  "Xiaomi launches and open-sources MiMo-V2-Flash (309B total, 15B active parameters); Luo Fuli presents it in her first public appearance as head of MiMo at Xiaomi's partner conference",
  [R("小米发布最新MiMo大模型", "", "微博热搜", "zh", "corpus:weibo_hot_2025-12-17.json"),
   R("小米天才少女罗福莉首次登场",
     "罗福莉首次登场，并称“（小米开源模型的）代码能力和agent能力，在世界级非常公开公正的评估榜单上，在我来看它已经进入了全球top1 2”。",
     "微博热搜", "zh", "corpus:weibo_hot_2025-12-17.json"),
   R("小米AI戰略加速！天才少女羅福莉首秀揭秘MiMo大模型突破 連串金句媲美雷軍", "", "鉅亨網", "zh-Hant",
     "https://news.cnyes.com/news/id/6280124"),
   R("AI天才罗福莉首秀引关注:小米大模型版图或因她再添新翼?", "", "天脉网", "zh", "https://www.wdn.com.cn/shuju/202512/166203.html"),
   R("Xiaomi's MiMo-V2-Flash: A 309B Model That Nobody Saw Coming", "", "QuickLeap", "en",
     "https://quickleap.io/blog/xiaomi-mimo-v2-flash-309b-ai-model-review"),
   R("Xiaomi MiMo-V2-Flash: The 309B AI Model Built for Speed", "", "AdwaitX", "en",
     "https://www.adwaitx.com/xiaomi-mimo-v2-flash-ai-model-review-benchmarks"),
   R("Ex-DeepSeek prodigy Luo Fuli makes public debut at Xiaomi, unveils MiMo-V2-Flash", "", "SCMP", "en"),
   R("शाओमी का MiMo-V2-Flash ओपन-सोर्स, लुओ फुली पहली बार मंच पर",
     "309 अरब पैरामीटर वाले मॉडल में हर टोकन पर सिर्फ 15 अरब पैरामीटर सक्रिय होते हैं।", "Aaj Tak", "hi"),
  ])

E("2025-12-17", "statement", ["xiaomi_ai", "xiaomi"],
  "At the same Xiaomi partner conference, president Lu Weibing announces a plan to invest 200 billion yuan in R&D over the next five years",
  [R("卢伟冰：小米未来五年研发投入将达2000亿元", "", "第一财经", "zh"),
   R("盧偉冰宣布小米未來五年研發投入2000億元", "", "經濟日報", "zh-Hant"),
   R("Xiaomi to pour 200 billion yuan into R&D over five years, Lu Weibing says", "", "Yicai Global", "en"),
   R("अगले पांच साल में R&D पर 200 अरब युआन खर्च करेगी शाओमी", "", "Business Standard Hindi", "hi"),
  ])

E("2026-01-15", "interview", ["luo_fuli"],
  "Peking University publishes a profile interview in which alumna Luo Fuli rejects the 'genius' label and describes her path to leading Xiaomi's MiMo",
  [R("Luo Fuli: 'I'm not a genius'",
     "Peking University, January 15, 2026: Luo Fuli, a Peking University alumna from the School of Electronics Engineering and Computer Science, has built extensive experience in both the tech startup and research ecosystems.",
     "Peking University News", "en", "cf. https://newsen.pku.edu.cn/news_events/news/people/15385.html (lead verbatim; title written for this set)"),
   R("北大校友罗福莉：我不是天才", "", "北京大学新闻网", "zh"),
   R("लुओ फुली बोलीं- 'मैं जीनियस नहीं हूं'", "", "BBC Hindi", "hi"),
  ])

E("2026-03-07", "product_launch", ["xiaomi_ai", "luo_fuli"],
  "Xiaomi starts a small closed beta of Xiaomi miclaw, a MiMo-based system-level phone agent built by Luo Fuli's team, on Xiaomi 17 phones",
  [R("小米测试移动端系统智能体Xiaomi miclaw",
     "小米今日宣布正式启动类 OpenClaw 的移动端系统级智能体 Xiaomi miclaw 的小范围封闭测试，该产品基于 MiMo 大模型构建，具备直接操作手机系统底层和连接米家生态的能力。",
     "橘鸦AI早报", "zh", "corpus:juya_ai_daily_zh_2026-04-26.rss.xml"),
   R("小米miclaw开启邀请制内测，罗福莉团队打造", "", "IT之家", "zh"),
   R("Xiaomi begins testing miclaw, a phone agent built on MiMo", "", "Gizmochina", "en"),
   R("शाओमी ने शुरू की AI एजेंट miclaw की टेस्टिंग", "", "Gadgets 360 Hindi", "hi"),
  ])

E("2026-03-18", "other", ["xiaomi_ai"],
  "Code commits confirm that the anonymous OpenRouter models Hunter Alpha and Healer Alpha are Xiaomi's MiMo V2 Pro and MiMo V2 Omni",
  [R("小米 OpenRouter 隐形模型确认为 MiMo V2",
     "据 GitHub 代码记录显示， Hunter Alpha 和 Healer Alpha 实为小米 MiMo V2 系列，前者对应纯文本推理的 MiMo V2 Pro ，拥有 1M 超长上下文；后者对应支持图文多模态的 MiMo V2 Omni 。",
     "橘鸦AI早报", "zh", "corpus:juya_ai_daily_zh_2026-04-26.rss.xml"),
   R("Mystery OpenRouter models Hunter Alpha and Healer Alpha turn out to be Xiaomi's", "", "TestingCatalog", "en"),
   R("OpenRouter神秘模型身份曝光：竟是小米MiMo", "", "新智元", "zh"),
  ])

E("2026-03-19", "release", ["xiaomi_ai"],
  "Xiaomi releases three MiMo models with API access: flagship MiMo-V2-Pro (over 1T parameters, 1M context), MiMo-V2-Omni and MiMo-V2-TTS",
  [R("小米发布 MiMo 系列三款模型，开放 API 服务",
     "小米大模型团队正式发布 MiMo 系列三款新模型，包括拥有 1T 总参数量及 1M 上下文的旗舰基座模型 MiMo-V2-Pro ，全模态 Agent 模型 MiMo-V2-Omni ，以及端到端语音模型 MiMo-V2-TTS 。",
     "橘鸦AI早报", "zh", "corpus:juya_ai_daily_zh_2026-04-26.rss.xml"),
   R("小米MiMo-V2-Pro发布：万亿参数，Artificial Analysis全球第八", "", "量子位", "zh"),
   R("Xiaomi launches trillion-parameter MiMo-V2-Pro for AI agents", "", "SCMP", "en"),
   B("Xiaomi unveils MiMo-V2-Pro, Omni and TTS models", "Gadgets 360", "en"),
   R("शाओमी ने लॉन्च किए तीन नए MiMo मॉडल, फ्लैगशिप MiMo-V2-Pro में 1 ट्रिलियन पैरामीटर", "", "AIbase हिंदी", "hi"),
  ])

E("2026-03-19", "statement", ["xiaomi_ai", "lei_jun"],
  "Lei Jun says Xiaomi will invest more than 60 billion yuan in AI over the next three years, including over 16 billion yuan in 2026",
  [R("Lei Jun Announces Xiaomi's Major AI Push: $8.5 Billion Investment Over Next Three Years",
     "Xiaomi founder Lei Jun has pledged a massive investment of 60 billion yuan into artificial intelligence over the next three years, solidifying the company's strategic pivot towards AI.",
     "China AI Daily", "en", "https://www.chinaaidaily.com/article/xiaomi-ai-investment-600-billion-yuan-three-years-760571"),
   R("雷军：未来三年小米AI投入将超600亿元", "", "新浪科技", "zh"),
   R("雷軍宣布三年砸600億元人民幣投入AI", "", "經濟日報", "zh-Hant"),
   R("लेई जून का ऐलान: तीन साल में AI पर 60 अरब युआन से ज़्यादा लगाएगी शाओमी", "", "Moneycontrol Hindi", "hi"),
   B("शाओमी का AI पर 60 अरब युआन का दांव", "Zee News Hindi", "hi"),
  ])

E("2026-03-19", "product_launch", ["xiaomi", "xiaomi_ai"],
  "Xiaomi presents the new-generation SU7 with an upgraded smart cockpit running its XLA cognitive model at its spring launch event",
  [R("新一代小米SU7亮相 搭载XLA认知大模型", "", "懂车帝", "zh"),
   R("Xiaomi shows next-generation SU7 with XLA cognitive model in cockpit", "", "CnEVPost", "en"),
   R("नई शाओमी SU7 में XLA AI मॉडल वाला स्मार्ट कॉकपिट", "", "Live Hindustan", "hi"),
  ])

E("2026-03-20", "statement", ["xiaomi_ai", "luo_fuli"],
  "Xiaomi MiMo's head confirms on X that the recently released MiMo V2 models will be open-sourced in future",
  [R("智谱与小米均确认会继续开源模型",
     "针对外界对 GLM 模型是否保持开源的疑虑， 智谱 员工明确回应称无需恐慌， GLM-5.1 模型将会开源。 小米 MiMo 的负责人也在 X 上确认将在未来开源近期发布的模型。",
     "橘鸦AI早报", "zh", "corpus:juya_ai_daily_zh_2026-04-26.rss.xml"),
   R("罗福莉回应：MiMo-V2系列未来会开源", "", "量子位", "zh"),
   R("Xiaomi's Luo Fuli says MiMo V2 models will be open-sourced", "", "TestingCatalog", "en"),
  ])

E("2026-03-27", "ranking", ["xiaomi_ai"],
  "OpenRouter's weekly chart shows Xiaomi's MiMo-V2-Pro at No. 1, the first model to exceed 3 trillion tokens in a week",
  [R("小米MiMo成首个周token消耗超3万亿模型", "3月27日，OpenRouter最新周榜数据显示，小米MiMo-V2-Pro模型上线后迅速拿下周榜第一",
     "微博热搜", "zh", "corpus:weibo_hot_2026-03-27.json"),
   R("Xiaomi MiMo-V2-Pro tops OpenRouter's weekly token chart", "", "Gizmochina", "en"),
   R("OpenRouter周榜：小米MiMo-V2-Pro登顶", "", "IT之家", "zh"),
   R("OpenRouter पर नंबर 1 बना शाओमी का MiMo-V2-Pro", "", "Gadgets 360 Hindi", "hi"),
  ])

E("2026-03-31", "security_incident", ["xiaomi_ai"],
  "A flaw in Xiaomi's new system input method lets users open a debug page that exposes its AI model API key and configuration in plain text",
  [R("小米新系统输入法被曝漏洞致 AI 密钥泄露",
     "小米的新系统输入法被曝存在基础安全漏洞，用户仅靠连续点击版本号即可进入调试页面，导致用于语音文本优化等功能的 AI模型 密钥及完整调用配置被明文暴露。",
     "橘鸦AI早报", "zh", "corpus:juya_ai_daily_zh_2026-04-26.rss.xml"),
   R("连点版本号就能看到API Key？小米输入法被曝安全漏洞", "", "快科技", "zh"),
   R("Xiaomi keyboard app bug exposed AI API key in plain text", "", "Android Authority", "en"),
  ])

E("2026-04-01", "other", ["xiaomi_ai"],
  "Xiaomi MiMo's official account says a MiMo Coding Plan is coming soon",
  [R("小米 MiMo 团队即将推出其 Coding Plan",
     "根据 Xiaomi MiMo 官方社交账号， 小米 MiMo 团队即将推出其 Coding Plan ，呼吁用户敬请期待。", "橘鸦AI早报", "zh",
     "corpus:juya_ai_daily_zh_2026-04-26.rss.xml"),
   R("Xiaomi MiMo teases upcoming Coding Plan", "", "TestingCatalog", "en"),
  ])

E("2026-04-03", "product_launch", ["xiaomi_ai"],
  "Xiaomi MiMo launches a Token Plan subscription with four tiers from 39 to 659 yuan, billed in credits",
  [R("小米 MiMo 推出 Token Plan 订阅服务",
     "Xiaomi MiMo 正式推出 Token Plan 订阅套餐，提供 39 元 至 659 元 四档方案，采用 Credit 点数按不同倍率计费。", "橘鸦AI早报", "zh",
     "corpus:juya_ai_daily_zh_2026-04-26.rss.xml"),
   R("小米MiMo上线Token Plan套餐，最低39元每月", "", "IT之家", "zh"),
   R("Xiaomi launches MiMo Token Plan subscriptions from 39 yuan", "", "Gizmochina", "en"),
   R("शाओमी MiMo का टोकन प्लान लॉन्च, 39 युआन से शुरू", "", "Gadgets 360 Hindi", "hi"),
  ])

E("2026-04-22", "release", ["xiaomi_ai"],
  "Xiaomi starts a public beta of the MiMo-V2.5 series (V2.5, V2.5-Pro, V2.5-TTS and V2.5-ASR) and says V2.5 and V2.5-Pro will be open-sourced",
  [R("小米发布 MiMo-V2.5 系列四款模型，两款模型将开源",
     "小米 宣布开启 MiMo-V2.5 系列大模型公测，该系列包含 MiMo-V2.5 、 V2.5-Pro 、 V2.5-TTS Series 及 V2.5-ASR 四款模型。", "橘鸦AI早报", "zh",
     "corpus:juya_ai_daily_zh_2026-04-26.rss.xml"),
   R("小米MiMo-V2.5-Pro对标Claude Opus 4.6，成本约一半", "", "量子位", "zh"),
   R("Xiaomi unveils MiMo-V2.5-Pro, says it rivals Claude Opus 4.6 and GPT-5.4", "", "SCMP", "en"),
   B("Xiaomi's MiMo-V2.5 series enters public beta", "Gadgets 360", "en"),
   R("शाओमी MiMo-V2.5 सीरीज़ पेश, दो मॉडल होंगे ओपन-सोर्स", "", "AIbase हिंदी", "hi"),
  ])

E("2026-04-22", "price_cut", ["xiaomi_ai"],
  "Xiaomi upgrades its MiMo Token Plan: simplified credit billing, a 20% night-time discount from midnight to 8am, and new monthly and annual subscription discounts",
  [R("小米 MiMo 升级 Token 计划，调整计费及订阅模式",
     "Xiaomi MiMo 宣布全面升级 Token Plan ，上线了最新的 MiMo-V2.5 系列模型。", "橘鸦AI早报", "zh", "corpus:juya_ai_daily_zh_2026-04-26.rss.xml"),
   R("小米MiMo Token Plan焕新：夜间八折，新增连续包月和包年", "", "IT之家", "zh"),
   R("Xiaomi adds night-time discount to MiMo Token Plan", "", "Gizmochina", "en"),
  ])

E("2026-04-28", "interview", ["luo_fuli", "xiaomi_ai"],
  "In a 3.5-hour technical interview, Luo Fuli says the pre-training gap with Anthropic has nearly closed and that agent reinforcement learning is the next battleground",
  [R("Luo Fuli on Agent RL: pre-training gap with Anthropic 'nearly closed'",
     "Luo Fuli, head of Xiaomi’s large model team, gave a 3.5-hour technical interview in late April 2026—her first long-form public technical discussion since joining Xiaomi from Alibaba DAMO Academy and DeepSeek.",
     "ChaoBro", "en", "cf. https://www.chaobro.com/posts/luofuli-agent-rl-interview-2026/ (lead verbatim)"),
   R("罗福莉3.5小时访谈：预训练差距已基本抹平，Agent RL是下一个战场", "", "机器之心", "zh"),
   R("羅福莉長訪談：與Anthropic的預訓練差距正快速縮小", "", "數位時代", "zh-Hant"),
   R("लुओ फुली का लंबा इंटरव्यू: 'एजेंट RL है अगली जंग'", "", "AIbase हिंदी", "hi"),
  ])

E("2026-05-27", "price_cut", ["xiaomi_ai"],
  "Xiaomi permanently cuts MiMo-V2.5 API prices by up to 99% and drops tiered billing, while raising Token Plan quotas 5-8x",
  [R("小米宣布 MiMo-V2.5 系列模型永久降价，优化 Token Plan 计费体系",
     "小米宣布 MiMo-V2.5 系列 API 永久降价，且不再使用阶梯计费。", "橘鸦AI早报", "zh", "corpus:juya_ai_daily_zh_2026-06-01.rss.xml"),
   R("小米MiMo-V2.5 API最高降价99%，全球同步生效", "", "财联社", "zh"),
   R("Xiaomi slashes MiMo-V2.5 API prices by up to 99%", "", "SCMP", "en"),
   B("Xiaomi makes steep MiMo price cuts permanent", "Investing.com", "en"),
   R("शाओमी ने MiMo-V2.5 के दाम 99% तक घटाए", "", "Moneycontrol Hindi", "hi"),
  ])

E("2026-05-28", "partnership", ["xiaomi_ai"],
  "OpenCode offers Xiaomi's MiMo V2.5 model free for a limited time",
  [R("OpenCode 限时免费提供 MiMo V2.5 模型", "OpenCode 官方宣布，限时免费提供 Xiaomi MiMo V2.5 模型。", "橘鸦AI早报", "zh",
     "corpus:juya_ai_daily_zh_2026-06-01.rss.xml"),
   R("OpenCode makes Xiaomi MiMo V2.5 free for a limited time", "", "TestingCatalog", "en"),
  ])

E("2026-05-31", "other", ["xiaomi_ai"],
  "Xiaomi's MiMo team publishes a technical report on MiMo-V2.5 inference optimisation, citing a 93% average KV-cache hit rate and the new GCache distributed cache",
  [R("小米详解 MiMo-V2.5 推理优化",
     "小米MIMO团队 发布了 MiMo-V2.5 系列模型推理优化技术报告，通过重构 KVCache 系统和引入自研分布式缓存 GCache ，官方称成功兑现了 Hybrid SWA 架构的效率潜力，使线上服务端 KV Cache 命中率平均达 93% ，并将由此节省的成本通过 API 降价回馈用户。",
     "橘鸦AI早报", "zh", "corpus:juya_ai_daily_zh_2026-06-01.rss.xml"),
   R("小米MiMo公开推理优化细节：KV Cache命中率93%，端到端提升约40%", "", "机器之心", "zh"),
   R("Xiaomi explains how it cut MiMo-V2.5 serving costs", "", "MarkTechPost", "en"),
  ])

E("2026-05-29", "other", ["xiaomi_ai"],
  "Xiaomi's retail R&D team describes its AI-coding workflow tools VAF, VKF and the Feishu-based eight-claw",
  [R("小米分享 AI Coding 工程化实践：VAF、VKF 与 eight-claw",
     "小米 发文分享了 小米 零售研发团队 AI Coding 工程化实践，通过构建统一工作流 VAF 、代码知识索引工具 VKF 及基于 飞书 的协作工作台 eight-claw ，解决 AI 提效仅局限于个体的问题，实现组织级提效与知识沉淀。",
     "橘鸦AI早报", "zh", "corpus:juya_ai_daily_zh_2026-06-01.rss.xml"),
   R("小米零售研发团队：AI编程从个人提速走向团队提效", "", "InfoQ中文", "zh"),
  ])
