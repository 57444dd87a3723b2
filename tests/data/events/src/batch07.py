from lib import E, R, B, SYN

# ---- more DeepSeek events: 2024 models, reactions and regulators (Jan-Feb 2025), platforms ----

E("2024-02-05", "release", ["deepseek"],
  "DeepSeek publishes DeepSeekMath, a 7B math model trained with its new GRPO reinforcement-learning algorithm",
  [R("DeepSeekMath 7B approaches GPT-4 on competition math, introduces GRPO", "", "MarkTechPost", "en"),
   R("DeepSeek发布数学模型DeepSeekMath，7B参数MATH基准逼近GPT-4", "", "机器之心", "zh"),
   R("डीपसीक का गणित मॉडल DeepSeekMath, नई GRPO तकनीक से ट्रेनिंग", "", "AIbase हिंदी", "hi"),
  ])

E("2024-07-17", "interview", ["deepseek"],
  "In a rare interview with 36Kr's 'An Yong', DeepSeek founder Liang Wenfeng explains why the company focuses on research rather than quick commercialisation and cut prices",
  [R("揭秘DeepSeek:一个更极致的中国技术理想主义故事", "", "暗涌Waves", "zh"),
   B("梁文锋首次受访：DeepSeek为什么要做原创式创新", "36氪", "zh"),
   R("DeepSeek founder Liang Wenfeng: 'China should not always be a follower'", "", "ChinaTalk", "en"),
  ])

E("2024-08-15", "open_source", ["deepseek"],
  "DeepSeek open-sources DeepSeek-Prover-V1.5, a theorem-proving model for Lean 4",
  [R("DeepSeek-Prover-V1.5 sets new open-source records in formal theorem proving", "", "MarkTechPost", "en"),
   R("DeepSeek开源定理证明模型DeepSeek-Prover-V1.5", "", "量子位", "zh"),
  ])

E("2024-12-10", "release", ["deepseek"],
  "DeepSeek releases DeepSeek-V2.5-1210, the final update of its V2.5 line, adding web search to its chat service",
  [R("DeepSeek ships V2.5-1210 as final V2 update, turns on web search", "", "Gizmochina", "en"),
   R("DeepSeek-V2.5-1210发布：V2系列收官之作，官网上线联网搜索", "", "IT之家", "zh"),
   R("DeepSeek V2.5最终版上线 网页端支持联网搜索", "", "新浪科技", "zh"),
  ])

E("2025-01-25", "partnership", ["deepseek"],
  "AMD says it has integrated DeepSeek-V3 with its Instinct MI300X GPUs using SGLang",
  [R("英伟达老对手力挺DeepSeek", "就在1月25日（周六），英伟达的“老对手”AMD已经火速为DeepSeek“站台”", "微博热搜", "zh",
     "corpus:weibo_hot_2025-01-27.json"),
   R("AMD宣布将DeepSeek-V3集成到Instinct MI300X GPU", "", "IT之家", "zh"),
   R("AMD Instinct MI300X now supports DeepSeek-V3 via SGLang", "", "Tom's Hardware", "en"),
  ])

E("2025-01-26", "statement", ["deepseek"],
  "Game Science CEO Feng Ji, maker of Black Myth: Wukong, writes that DeepSeek may be a 'national-destiny-level' technological achievement",
  [R("冯骥谈DeepSeek",
     "1月26日晚，游戏科学创始人、CEO@Yocar-冯骥 发文谈DeepSeek，他表示：年前还是认真推下DeepSeek吧。", "微博热搜", "zh",
     "corpus:weibo_hot_2025-01-27.json"),
   R("《黑神话》制作人冯骥：DeepSeek可能是国运级别的科技成果", "", "澎湃新闻", "zh"),
   R("Black Myth: Wukong creator calls DeepSeek a 'national destiny-level' breakthrough", "", "SCMP", "en"),
  ])

E("2025-01-28", "other", ["deepseek"],
  "The 'DEEPSEEK' trademark is found to have been filed by multiple unrelated parties besides Hangzhou DeepSeek",
  [R("DeepSeek已被多方申请注册商标",
     "知识产权信息显示，“DEEPSEEK”已被多方申请注册为商标，申请人包括杭州深度求索人工智能基础技术研究有限公司、深圳市某合成生物科技有限公司，国际分类涉及医疗园艺、社会服务、广告销售等，当前部分商标已注册成功。",
     "微博热搜", "zh", "corpus:weibo_hot_2025-01-28.json"),
   R("DeepSeek商标遭多方抢注", "", "中国证券报", "zh"),
   R("DeepSeek trademark filed by multiple unrelated Chinese firms", "", "Pandaily", "en"),
  ])

E("2025-01-28", "statement", ["deepseek"],
  "The White House says the National Security Council is reviewing the national security implications of DeepSeek",
  [R("White House evaluates China AI app DeepSeek's effect on national security, official says", "", "Reuters", "en"),
   R("Leavitt: NSC is looking into DeepSeek", "", "Axios", "en"),
   R("白宫称国家安全委员会正在评估DeepSeek影响", "", "环球时报", "zh"),
   R("व्हाइट हाउस: राष्ट्रीय सुरक्षा परिषद कर रही है डीपसीक की समीक्षा", "", "ABP News", "hi"),
  ])

E("2025-01-28", "partnership", ["deepseek"],
  "Perplexity adds DeepSeek-R1, hosted on US servers, to its search product",
  [R("Perplexity now lets you use DeepSeek R1 — hosted in the US", "", "The Verge", "en"),
   R("Perplexity上线DeepSeek-R1 强调数据存于美国服务器", "", "IT之家", "zh"),
   R("Perplexity में आया डीपसीक R1, अमेरिकी सर्वर पर होस्ट", "", "Gadgets 360 Hindi", "hi"),
  ])

E("2025-01-29", "investigation", ["deepseek"],
  "Ireland's Data Protection Commission writes to DeepSeek asking how it handles Irish users' data",
  [R("Irish data regulator seeks information from DeepSeek on data processing", "", "Reuters", "en"),
   R("DPC writes to DeepSeek over Irish users' data", "", "RTÉ", "en"),
   R("爱尔兰数据保护委员会致函DeepSeek 询问数据处理", "", "新浪科技", "zh"),
  ])

E("2025-01-30", "investigation", ["deepseek"],
  "France's CNIL says it will question DeepSeek to understand how its AI system works and the privacy risks for users",
  [R("France's privacy watchdog to quiz DeepSeek on AI, data protection", "", "Reuters", "en"),
   R("फ्रांस का डेटा नियामक CNIL डीपसीक से करेगा पूछताछ", "", "Live Hindustan", "hi"),
   R("法国数据监管机构CNIL将就AI系统运作质询DeepSeek", "", "澎湃新闻", "zh"),
  ])

E("2025-01-31", "investigation", ["deepseek"],
  "The Dutch data protection authority announces an investigation into DeepSeek's data collection and urges users to be careful",
  [R("Dutch privacy watchdog to launch investigation into DeepSeek", "", "Reuters", "en"),
   R("荷兰数据保护局宣布调查DeepSeek", "", "环球时报", "zh"),
   R("नीदरलैंड्स का डेटा नियामक करेगा डीपसीक की जांच", "", "Live Hindustan", "hi"),
  ])

E("2025-01-31", "ban", ["deepseek"],
  "NASA blocks DeepSeek's services on its devices and networks and tells staff not to use it",
  [R("NASA becomes latest federal agency to block China's DeepSeek", "", "CNBC", "en"),
   R("NASA bans employees from using DeepSeek on government devices", "", "The Hill", "en"),
   R("美国航天局禁止员工使用DeepSeek", "", "观察者网", "zh"),
   R("नासा ने अपने कर्मचारियों को डीपसीक इस्तेमाल करने से रोका", "", "Amar Ujala", "hi"),
  ])

E("2025-01-31", "investigation", ["deepseek"],
  "US officials are probing whether DeepSeek obtained restricted Nvidia chips through intermediaries in Singapore",
  [R("US probing whether DeepSeek got Nvidia chips through Singapore", "", "Bloomberg", "en"),
   R("Commerce looks into DeepSeek chip purchases via Singapore, sources say", "", "Reuters", "en"),
   R("外媒：美国调查DeepSeek是否经新加坡获得英伟达芯片", "", "华尔街见闻", "zh"),
   R("क्या सिंगापुर के रास्ते डीपसीक को मिले एनवीडिया चिप? अमेरिका कर रहा जांच", "", "Moneycontrol Hindi", "hi"),
  ])

E("2025-01-30", "statement", ["deepseek"],
  "India's IT minister Ashwini Vaishnaw says DeepSeek's open models will be hosted on Indian servers to address data-privacy concerns",
  [R("DeepSeek to be hosted on Indian servers, says Ashwini Vaishnaw", "", "Hindustan Times", "en"),
   R("Open-source DeepSeek models will run on local servers, IT minister says", "", "The Hindu BusinessLine", "en"),
   R("भारत के सर्वर पर होस्ट होगा डीपसीक, डेटा की चिंता दूर करेगी सरकार: अश्विनी वैष्णव",
     "इलेक्ट्रॉनिक्स और आईटी मंत्री ने कहा कि ओपन-सोर्स मॉडल को देश में ही चलाया जाएगा ताकि डेटा भारत से बाहर न जाए।", "Dainik Bhaskar", "hi"),
   B("वैष्णव का ऐलान- भारतीय सर्वर पर चलेगा डीपसीक", "Aaj Tak", "hi"),
   R("印度信息技术部长：DeepSeek将部署在印度服务器上", "", "观察者网", "zh"),
  ])

E("2025-02-06", "ban", ["deepseek"],
  "Japan's government asks ministries to refrain from using DeepSeek over data-storage concerns",
  [R("Japan urges ministries to avoid DeepSeek over data concerns", "", "Nikkei Asia", "en"),
   R("日本政府呼吁各部门谨慎使用DeepSeek", "", "新浪科技", "zh"),
   R("जापान सरकार ने मंत्रालयों से कहा- डीपसीक से बचें", "", "News18 Hindi", "hi"),
  ])

E("2025-02-01", "partnership", ["deepseek"],
  "Huawei Cloud and SiliconFlow launch DeepSeek-R1 and V3 inference services running on Huawei's Ascend chips",
  [R("Huawei Cloud teams up with SiliconFlow to offer DeepSeek models on Ascend", "", "SCMP", "en"),
   R("硅基流动联合华为云上线基于昇腾云的DeepSeek R1&V3推理服务", "", "IT之家", "zh"),
   R("हुआवेई क्लाउड पर चलेगा डीपसीक, एसेंड चिप का इस्तेमाल", "", "Gadgets 360 Hindi", "hi"),
  ])

E("2025-02-02", "partnership", ["deepseek"],
  "China Mobile, China Telecom and China Unicom say they have fully integrated DeepSeek's open models into their cloud services",
  [R("China's three telecom giants roll out DeepSeek on their clouds", "", "Reuters", "en"),
   R("三大运营商全面接入DeepSeek开源大模型", "", "人民日报", "zh"),
   R("中國三大電信營運商全面接入DeepSeek", "", "經濟日報", "zh-Hant"),
  ])

E("2025-02-08", "partnership", ["deepseek"],
  "Honor's YOYO assistant integrates DeepSeek-R1 on its smartphones",
  [R("荣耀YOYO智能体接入DeepSeek-R1", "", "IT之家", "zh"),
   R("Honor integrates DeepSeek into YOYO assistant", "", "Huawei Central", "en"),
   R("ऑनर के YOYO असिस्टेंट में जुड़ा डीपसीक", "", "Gadgets 360 Hindi", "hi"),
  ])

E("2025-02-25", "other", ["deepseek"],
  "Reuters reports DeepSeek is racing to launch its R2 reasoning model earlier than its planned May release",
  [R("DeepSeek rushes to launch new AI model as China goes all in", "", "Reuters", "en"),
   R("路透社：DeepSeek加速推出R2，原计划5月发布", "", "华尔街见闻", "zh"),
   R("डीपसीक जल्द ला सकता है R2 मॉडल: रिपोर्ट", "", "Moneycontrol Hindi", "hi"),
  ])

E("2025-01-31", "security_incident", ["deepseek"],
  "Cisco and University of Pennsylvania researchers report that DeepSeek-R1 failed to block any of 50 harmful prompts in jailbreak tests",
  [R("DeepSeek R1 failed every safety test researchers threw at it, Cisco says", "", "Wired", "en"),
   R("思科测试：DeepSeek-R1对有害提示的拦截率为零", "", "IT之家", "zh"),
   R("सुरक्षा परीक्षण में फेल हुआ डीपसीक R1, सिस्को की रिपोर्ट", "", "India TV", "hi"),
  ])

E("2025-02-04", "other", ["deepseek"],
  "FAR.AI publishes red-teaming research showing DeepSeek-R1 and fine-tunable frontier models can be stripped of safeguards",
  [R("Illusory Safety: Redteaming DeepSeek R1 and the Strongest Fine-Tunable Models of OpenAI, Anthropic, and Google",
     "DeepSeek-R1 has recently made waves as a state-of-the-art open-weight model, with potentially substantial improvements in model efficiency and reasoning.",
     "FAR.AI", "en", "corpus:olshansk_far_ai.rss.xml (summary truncated)"),
   R("FAR.AI红队研究：DeepSeek-R1等模型安全防护可被轻易绕过", "", "机器之心", "zh"),
  ])

E("2025-01-31", "partnership", ["deepseek"],
  "Windsurf adds DeepSeek R1, DeepSeek V3 and OpenAI o3-mini to its AI coding editor",
  [R("DeepSeek R1 and OpenAI o3-mini now available in Windsurf",
     "DeepSeek R1, DeepSeek V3, and OpenAI o3-mini are now available in Windsurf.", "Windsurf blog", "en", "corpus:olshansk_windsurf_blog.rss.xml"),
   R("Windsurf编辑器接入DeepSeek R1和V3", "", "IT之家", "zh"),
  ])

E("2025-04-18", "other", ["deepseek"],
  "Perplexity describes how multi-node deployment of DeepSeek models cut latency and raised throughput in its serving stack",
  [R("Lower Latency and Higher Throughput with Multi-node DeepSeek Deployment",
     "Lower Latency and Higher Throughput with Multi-node DeepSeek Deployment", "Perplexity Hub", "en", "corpus:olshansk_perplexity_hub.rss.xml"),
   R("Perplexity分享DeepSeek多节点部署经验：延迟更低、吞吐更高", "", "InfoQ中文", "zh"),
  ])

E("2025-04-04", "other", ["deepseek"],
  "DeepSeek and Tsinghua University publish a paper on Self-Principled Critique Tuning for scalable generalist reward models",
  [R("DeepSeek unveils new technique for smarter, scalable AI reward models", "", "SCMP", "en"),
   R("DeepSeek联合清华发布新论文：推理时扩展通用奖励模型", "", "量子位", "zh"),
   R("डीपसीक और सिंगहुआ का नया शोध: रिवॉर्ड मॉडल को बेहतर बनाने की तकनीक", "", "AIbase हिंदी", "hi"),
  ])

E("2025-03-16", "release", ["deepseek"],
  "Baidu launches ERNIE 4.5 and the reasoning model ERNIE X1, saying X1 matches DeepSeek-R1 at about half the price",
  [R("Baidu launches ERNIE X1 reasoning model, says it rivals DeepSeek R1 at half the price", "", "Reuters", "en"),
   R("百度发布文心大模型4.5和X1，X1价格仅为DeepSeek-R1一半", "", "财联社", "zh"),
   R("बायडू का ERNIE X1 लॉन्च, डीपसीक R1 से आधी कीमत का दावा", "", "Business Standard Hindi", "hi"),
  ])

E("2025-09-01", "other", ["deepseek"],
  "DeepSeek says it will label AI-generated content in line with China's new labelling rules that take effect on 1 September",
  [R("DeepSeek to label AI-generated content as China's new rules take effect", "", "SCMP", "en"),
   R("DeepSeek发布公告：将对AI生成内容添加标识", "", "澎湃新闻", "zh"),
   R("डीपसीक AI से बने कंटेंट पर लगाएगा लेबल", "", "AIbase हिंदी", "hi"),
  ])

E("2025-11-01", "open_source", ["deepseek"],
  "DeepSeek open-sources LPLB, a linear-programming-based load balancer for expert-parallel MoE training",
  [R("Linear-Programming-Based Load Balancer (LPLB)", "", "DeepSeek research index", "en", "corpus:yuanxianh_deepseek_research_index.rss.xml"),
   R("DeepSeek低调开源LPLB：用线性规划解决MoE负载不均", "", "量子位", "zh"),
  ])

E("2025-12-08", "award", ["deepseek"],
  "Nature names DeepSeek founder Liang Wenfeng among 'Nature's 10' people who shaped science in 2025",
  [R("Nature's 10: DeepSeek founder Liang Wenfeng among the people who shaped science in 2025", "", "Nature", "en"),
   R("梁文锋入选《自然》2025年度十大人物", "", "新华社", "zh"),
   R("梁文鋒入選《自然》年度十大科學人物", "", "中央社", "zh-Hant"),
   R("डीपसीक के लियांग वेनफेंग 'नेचर्स 10' सूची में शामिल", "", "BBC Hindi", "hi"),
  ])

E("2026-04-25", "other", ["deepseek"],
  "A DeepSeek employee publishes on GitHub a prompt that switches DeepSeek-V4's chain-of-thought into a role-play or purely analytical style",
  [R("DeepSeek 员工发布 DeepSeek-V4 思维链角色扮演模式指令",
     "DeepSeek 员工在 GitHub 上分享了可以开启 DeepSeek-V4 角色扮演模式的 Prompt 。", "橘鸦AI早报", "zh", "corpus:juya_ai_daily_zh_2026-04-26.rss.xml"),
   R("DeepSeek staffer shares prompt to toggle V4's role-play thinking mode", "", "TestingCatalog", "en"),
  ])

E("2026-04-24", "partnership", ["deepseek"],
  "OpenClaw 2026.4.24 adds DeepSeek V4 Flash and V4 Pro support alongside voice and browser-automation upgrades",
  [R("OpenClaw 发布更新，优化语音与浏览器自动化功能",
     "OpenClaw 发布了 2026.4.24 版本更新。 这次升级让语音交互功能可以把复杂问题交接给完整的 Agent 处理，并按需调用工具。", "橘鸦AI早报", "zh",
     "corpus:juya_ai_daily_zh_2026-04-26.rss.xml"),
   R("OpenClaw 2026.4.24 adds DeepSeek V4 models", "", "GitHub release notes", "en", "cf. https://github.com/openclaw/openclaw/releases/tag/v2026.4.24"),
  ])

E("2026-05-27", "open_source", ["deepseek"],
  "Kuaishou's Kwai-Keye team open-sources Keye-VL-2.0-30B-A3B, calling it the first vision-language model in production to use DeepSeek Sparse Attention",
  [R("Kwai-Keye 发布 Keye-VL-2.0-30B-A3B 多模态模型",
     "快手 Kwai-Keye 团队开源了 300 亿 参数的多模态模型 Keye-VL-2.0-30B-A3B 。官方称其为首个在生产环境落地 DSA 架构的视觉语言模型，长视频理解能力极佳。",
     "橘鸦AI早报", "zh", "corpus:juya_ai_daily_zh_2026-06-01.rss.xml"),
   R("Kuaishou's Keye-VL 2.0 brings DeepSeek Sparse Attention to video understanding", "", "MarkTechPost", "en"),
  ])

E("2026-03-25", "partnership", ["deepseek"],
  "JD Cloud's JoyBuilder launches a Coding Plan subscription supporting Kimi-K2.5, GLM-5 and DeepSeek-V3.2",
  [R("京东云 JoyBuilder 上线 AI 编程订阅服务",
     "京东云上线 Coding Plan ，支持 Kimi-K2.5 、 GLM-5 、 DeepSeek-V3.2 等模型。", "橘鸦AI早报", "zh", "corpus:juya_ai_daily_zh_2026-04-26.rss.xml"),
   R("京东云Coding Plan上线，Lite套餐首月7.9元", "", "IT之家", "zh"),
  ])

E("2026-03-10", "product_launch", ["deepseek"],
  "Tencent launches WorkBuddy, a desktop AI agent compatible with OpenClaw skills that lets users switch between Hunyuan and DeepSeek models",
  [R("腾讯正式发布 AI 原生桌面智能体 WorkBuddy",
     "腾讯正式发布 AI 桌面智能体 WorkBuddy ，兼容 OpenClaw 技能，支持多 Agent 并行处理任务。", "橘鸦AI早报", "zh",
     "corpus:juya_ai_daily_zh_2026-04-26.rss.xml"),
   R("Tencent launches WorkBuddy desktop agent with DeepSeek support", "", "TechNode", "en"),
  ])
