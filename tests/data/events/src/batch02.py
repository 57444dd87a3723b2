from lib import E, R, B, SYN

# ---- DeepSeek: bans, probes, platform integrations (late Jan - Feb 2025) ----

E("2025-01-30", "ban", ["deepseek"],
  "Italy's data protection authority (Garante) orders DeepSeek blocked in Italy and opens an investigation over its use of personal data",
  [R("Italy's privacy watchdog blocks Chinese AI app DeepSeek",
     "DeepSeek could not be accessed on Wednesday in Apple or Google app stores in Italy, the day after the authority, known also as the Garante, requested information on its use of personal data.",
     "Reuters", "en", "https://www.dailymaverick.co.za/article/2025-01-30-italys-privacy-watchdog-blocks-chinese-ai-app-deepseek/"),
   R("Italy blocks Chinese DeepSeek over privacy concerns",
     "Italian privacy regulator Garante has blocked Chinese AI assistant DeepSeek because of insufficient information about its use of personal data.",
     "Techzine", "en", "https://www.techzine.eu/news/privacy-compliance/128290/italy-blocks-chinese-deepseek-over-privacy-concerns/"),
   R("Italy blocks DeepSeek chatbot app over data protection concerns", "", "Republic World", "en",
     "https://www.republicworld.com/amp/world-news/italy-blocks-deepseek-chatbot-app-over-data-protection-concerns"),
   R("意大利数据保护机构下令封禁DeepSeek 并启动调查", "", "澎湃新闻", "zh"),
   R("義大利隱私監管機構封鎖DeepSeek 應用程式商店已下架", "", "中央社", "zh-Hant"),
   R("इटली ने चीनी AI ऐप डीपसीक पर लगाई रोक, डेटा सुरक्षा को लेकर जांच शुरू",
     "इटली के डेटा संरक्षण प्राधिकरण गारांते ने कहा कि कंपनी की ओर से दी गई जानकारी 'पूरी तरह अपर्याप्त' थी।", "Dainik Bhaskar", "hi"),
   B("इटली में डीपसीक बैन, ऐपल और गूगल स्टोर से ऐप गायब", "Aaj Tak", "hi"),
  ])

E("2025-01-28", "ban", ["deepseek"],
  "The US Navy tells its members not to use DeepSeek 'in any capacity' over security and ethical concerns",
  [R("U.S. Navy bans use of DeepSeek due to 'security and ethical concerns'",
     "The Navy emailed its members warning them not to use DeepSeek's AI 'for any work-related tasks or personal use'.", "CNBC", "en"),
   R("US Navy tells sailors to steer clear of DeepSeek", "", "The Register", "en"),
   R("美国海军禁止成员使用DeepSeek，称存在安全和道德隐患", "", "环球时报", "zh"),
   R("अमेरिकी नौसेना ने अपने कर्मियों को डीपसीक इस्तेमाल न करने का आदेश दिया", "", "ABP News", "hi"),
  ])

E("2025-01-29", "partnership", ["deepseek"],
  "Microsoft makes DeepSeek-R1 available in the Azure AI Foundry model catalog and on GitHub",
  [R("Microsoft brings DeepSeek R1 to Azure AI Foundry and GitHub",
     "Customers will soon be able to run distilled versions of R1 locally on Copilot+ PCs, Microsoft said.", "The Verge", "en"),
   R("Microsoft makes DeepSeek's R1 model available on Azure despite OpenAI probe", "", "Reuters", "en"),
   R("微软宣布DeepSeek-R1上线Azure AI Foundry和GitHub", "", "IT之家", "zh"),
   R("माइक्रोसॉफ्ट के Azure पर आया डीपसीक R1 मॉडल", "", "Gadgets 360 Hindi", "hi"),
  ])

E("2025-01-30", "partnership", ["deepseek"],
  "Amazon Web Services makes DeepSeek-R1 models available through Amazon Bedrock and SageMaker",
  [R("DeepSeek-R1 models now available on AWS",
     "Customers can deploy the models through Amazon Bedrock Marketplace, Bedrock Custom Model Import and SageMaker JumpStart.", "AWS News Blog", "en"),
   R("AWS adds DeepSeek R1 to Bedrock as cloud giants race to host Chinese model", "", "CNBC", "en"),
   R("亚马逊云科技上线DeepSeek-R1模型", "", "新浪科技", "zh"),
  ])

E("2025-01-30", "partnership", ["deepseek"],
  "Nvidia offers DeepSeek-R1 as an NIM microservice preview on build.nvidia.com",
  [R("Nvidia makes DeepSeek-R1 available as NIM microservice",
     "The 671-billion-parameter model runs at up to 3,872 tokens per second on a single HGX H200 system, Nvidia said.", "Tom's Hardware", "en"),
   R("DeepSeek-R1 now live with NVIDIA NIM", "", "NVIDIA Blog", "en"),
   R("英伟达上线DeepSeek-R1 NIM微服务 称单台HGX H200每秒可处理3872个token", "", "快科技", "zh"),
   R("एनवीडिया ने अपने प्लेटफॉर्म पर उपलब्ध कराया डीपसीक R1", "", "Moneycontrol Hindi", "hi"),
  ])

E("2025-01-31", "ban", ["deepseek"],
  "Texas Governor Greg Abbott bans DeepSeek, RedNote and other Chinese apps on state-issued devices",
  [R("Texas governor bans DeepSeek, RedNote on government devices",
     "Abbott's order adds the Chinese AI assistant and social apps to a list of prohibited software on state-issued equipment.", "Texas Tribune", "en"),
   R("Texas becomes first state to ban DeepSeek on state devices", "", "The Hill", "en"),
   R("得州州长宣布禁止在政府设备上使用DeepSeek和小红书", "", "观察者网", "zh"),
   R("टेक्सास ने सरकारी डिवाइस पर डीपसीक और रेडनोट पर लगाया प्रतिबंध", "", "Oneindia Hindi", "hi"),
  ])

E("2025-01-31", "ban", ["deepseek"],
  "Taiwan's Ministry of Digital Affairs says government agencies and critical infrastructure should not use DeepSeek, calling it a threat to information security",
  [R("Taiwan advises government agencies against using DeepSeek",
     "Taiwan's Digital Affairs Ministry has stated that the island's government agencies should avoid using China's DeepSeek, Taipei Times reported.",
     "TASS", "en", "cf. https://tass.com/society/1907131 (lead verbatim; title written for this set)"),
   R("Taiwan Bars All Public Agencies From Using DeepSeek AI Services", "", "Bloomberg", "en",
     "https://nexusnews.pro/taiwan-bans-ai-startup-deepseek-over-security-fears (cites bloomberg.com/news/articles/2025-02-01/taiwan-bars-all-public-agencies-from-using-deepseek-ai-services)"),
   R("數位部：DeepSeek為危害國家資安產品 公務機關禁用", "", "中央社", "zh-Hant"),
   R("台湾数位部：公务机关不得使用DeepSeek", "", "环球时报", "zh"),
   R("ताइवान के डिजिटल मंत्रालय ने सरकारी एजेंसियों से कहा- डीपसीक का इस्तेमाल न करें", "", "Live Hindustan", "hi"),
  ])

E("2025-02-03", "ban", ["deepseek"],
  "Taiwan Premier Cho Jung-tai tells a cabinet meeting that DeepSeek is banned in all government agencies, toughening last week's ministry guidance",
  [R("Taiwan bans government departments from using DeepSeek AI",
     "Taiwan on Monday banned government departments from using Chinese startup DeepSeek's artificial intelligence (AI) service as it was a security risk, toughening language from last week which said it should not be used.",
     "Reuters", "en", "https://www.lbcgroup.tv/news/varietytech/835374/taiwan-bans-government-departments-from-using-deepseek-ai/en"),
   R("Taiwan Bans DeepSeek AI Over Security Concerns", "", "Devdiscourse", "en",
     "https://www.devdiscourse.com/article/technology/3250426-taiwan-bans-deepseek-ai-over-security-concerns"),
   R("DeepSeek use banned for government agencies in Taiwan", "", "Gad Insider", "en",
     "https://www.gadinsider.com/deepseek-banned-for-government-institutions-in-taiwan-13910"),
   R("卓榮泰：各機關全面禁用DeepSeek 確保國家資安", "", "自由時報", "zh-Hant"),
   R("ताइवान के प्रधानमंत्री का ऐलान- सभी सरकारी विभागों में डीपसीक पर पाबंदी", "", "Jagran", "hi"),
  ])

E("2025-02-04", "ban", ["deepseek"],
  "Australia bans DeepSeek from all federal government systems and devices on national security advice",
  [R("Australian government bans DeepSeek due to national security risks",
     "The Australian Government has responded to the security concerns presented by DeepSeek, issuing a federal ban that has come into immediate effect.",
     "TweakTown", "en", "https://www.tweaktown.com/news/103019/australian-government-bans-deepseek-due-to-national-security-risks/index.html"),
   R("Australia bans DeepSeek on all its government devices",
     "Australia has announced a ban on DeepSeek on all government-issued systems and devices.", "Azzet", "en",
     "https://azzet.com/news/australia-bans-deepseek-on-all-its-government-devices"),
   R("Australia bans China's DeepSeek on govt devices over security risks", "", "Leadership", "en",
     "https://leadership.ng/australia-bans-chinas-deepseek-on-govt-devices-over-security-risks"),
   R("澳大利亚禁止在政府设备上使用DeepSeek 中方回应", "", "澎湃新闻", "zh"),
   R("澳洲以國安為由 禁止政府設備使用DeepSeek", "", "明報", "zh-Hant"),
   R("ऑस्ट्रेलिया ने सरकारी उपकरणों पर डीपसीक को किया बैन, बताया 'अस्वीकार्य जोखिम'", "", "NDTV India", "hi"),
  ])

E("2025-02-05", "ban", ["deepseek"],
  "India's finance ministry advises employees to avoid AI tools such as ChatGPT and DeepSeek on office computers and devices, citing confidentiality risks",
  [R("Finance Ministry Asks Employees to Avoid AI Tools Like ChatGPT, DeepSeek", "", "NewsDuck", "en",
     "https://newsduck.in/technology/finance-ministry-asks-employees-to-avoid-ai-tools-like-chatgpt-deepseek"),
   R("Security Risk: Finance Ministry Restricts Use of ChatGPT, DeepSeek R1 for Official Purposes",
     "New Delhi, February 5: The Finance Ministry has warned its employees against using AI tools like ChatGPT and DeepSeek R1 for official purposes due to concerns over security risks and data privacy.",
     "The Saffron Times", "en", "https://thesaffrontimes.com/security-risk-finance-ministry-restricts-use-of-chatgpt-deepseek-r1-for-official-purposes"),
   R("Risks to confidentiality: Finance Ministry bars use of AI tools like ChatGPT and DeepSeek for official work", "", "DNP India", "en",
     "https://www.dnpindia.in/nation/risks-to-confidentiality-finance-ministry-bars-use-of-ai-tools-like-chatgpt-and-deepseek-for-official-work-8693071"),
   R("वित्त मंत्रालय के कर्मचारी नहीं कर पाएंगे DeepSeek और ChatGPT का इस्तेमाल",
     "वित्त मंत्रालय ने अपने कर्मचारियों को सरकारी उपकरणों पर ChatGPT और DeepSeek जैसे एआई टूल्स का उपयोग करने से मना किया है।",
     "Leader Post", "hi", "https://leaderpost.in/deepseek-and-chatgpt-will-not-be-able-to-use-finance-ministry-employees (lead verbatim; title rendered from the URL slug)"),
   R("AI Banned: वित्त मंत्रालय का आदेश, दफ्तर के काम में ChatGPT-DeepSeek से बचें",
     "AI Banned : भारत की Finance Ministry ने अपने Employees को Office के किसी भी काम के लिए ChatGPT और DeepSeek जैसे AI Tools का यूज करने से बचने के लिए कहा है।",
     "NewsAroma", "hi", "cf. https://newsaroma.com/?p=356532 (lead verbatim)"),
   R("印度财政部要求员工避免在办公设备上使用ChatGPT和DeepSeek", "", "IT之家", "zh"),
  ])

E("2025-02-06", "ban", ["deepseek"],
  "South Korean ministries including defence, foreign affairs and trade block access to DeepSeek on work computers",
  [R("South Korea's ministries block DeepSeek over security concerns",
     "The defence, foreign and trade ministries restricted access on internet-connected PCs, officials said.", "Reuters", "en"),
   R("Korean government agencies move to block DeepSeek", "", "Korea Herald", "en"),
   R("韩国国防部、外交部等多个部门封锁DeepSeek访问", "", "环球时报", "zh"),
   R("南韓多個部會封鎖DeepSeek 憂資安風險", "", "聯合新聞網", "zh-Hant"),
   R("दक्षिण कोरिया के कई मंत्रालयों ने दफ्तरों के कंप्यूटर पर डीपसीक ब्लॉक किया", "", "Amar Ujala", "hi"),
  ])

E("2025-02-06", "other", ["deepseek"],
  "US Representatives Josh Gottheimer and Darin LaHood introduce a bipartisan bill to ban DeepSeek from federal government devices",
  [R("Lawmakers push to ban DeepSeek app from U.S. government devices",
     "The 'No DeepSeek on Government Devices Act' mirrors the 2022 law that banned TikTok on federal phones.", "AP", "en"),
   R("Bipartisan bill would bar DeepSeek from federal phones and computers", "", "The Hill", "en"),
   R("美两名众议员提出法案 拟禁止在联邦政府设备上使用DeepSeek", "", "观察者网", "zh"),
   R("अमेरिकी संसद में बिल पेश, सरकारी फोन में डीपसीक पर रोक की मांग", "", "Patrika", "hi"),
  ])

E("2025-02-06", "other", ["deepseek"],
  "DeepSeek suspends API top-ups because of tight server resources; existing balances can still be used",
  [R("DeepSeek暂停API服务充值：当前服务器资源紧张",
     "官方公告称：当前服务器资源紧张，为避免对您造成业务影响，我们已暂停API服务充值。存量充值金额可继续调用。", "IT之家", "zh",
     "cf. https://xmsumi.com/detail/310 (notice text verbatim)"),
   R("服务器扛不住了？DeepSeek暂停API充值", "", "每日经济新闻", "zh"),
   R("DeepSeek pauses API top-ups as demand strains its servers",
     "", "Reuters", "en"),
   R("DeepSeek halts API credit purchases citing server capacity crunch", "", "TechNode", "en"),
  ])

E("2025-02-10", "ban", ["deepseek"],
  "New York Governor Kathy Hochul bans DeepSeek on state government devices and networks",
  [R("New York State bans DeepSeek from government devices",
     "Hochul cited concerns about foreign government surveillance and censorship.", "AP", "en"),
   R("Hochul orders DeepSeek removed from New York state phones and networks", "", "Politico", "en"),
   R("纽约州禁止在政府设备上使用DeepSeek", "", "新浪科技", "zh"),
   R("न्यूयॉर्क राज्य ने सरकारी उपकरणों पर डीपसीक पर लगाई रोक", "", "News18 Hindi", "hi"),
  ])

E("2025-02-11", "ban", ["deepseek"],
  "Virginia Governor Glenn Youngkin signs an executive order banning DeepSeek on state devices and networks",
  [R("Youngkin bans DeepSeek on Virginia state devices", "", "Richmond Times-Dispatch", "en"),
   R("Virginia joins Texas and New York in banning DeepSeek from state devices",
     "Governor Glenn Youngkin signed an executive order on Tuesday.", "Axios", "en"),
   R("弗吉尼亚州州长签署行政令禁用DeepSeek", "", "环球时报", "zh"),
  ])

E("2025-02-14", "investigation", ["deepseek"],
  "Texas Attorney General Ken Paxton opens an investigation into DeepSeek over privacy law compliance and notifies Google and Apple",
  [R("Texas attorney general launches investigation into DeepSeek",
     "Paxton also sent civil investigative demands to Google and Apple asking for their analysis of the app.", "Texas Tribune", "en"),
   R("Paxton probes Chinese AI firm DeepSeek under Texas privacy law", "", "Bloomberg Law", "en"),
   R("得州总检察长对DeepSeek展开调查", "", "澎湃新闻", "zh"),
   R("टेक्सास के अटॉर्नी जनरल ने शुरू की डीपसीक की जांच", "", "Business Standard Hindi", "hi"),
  ])

E("2025-02-17", "ban", ["deepseek"],
  "South Korea's Personal Information Protection Commission suspends new downloads of the DeepSeek app until it complies with privacy law",
  [R("South Korea suspends new downloads of DeepSeek over privacy concerns",
     "South Korean government said Monday it has temporarily suspended new downloads of Chinese artificial intelligence (AI) app DeepSeek over concerns about its data collection practices.",
     "The Sun (Malaysia)", "en", "https://thesun.my/world-news/south-korea-suspends-new-downloads-of-deepseek-over-privacy-concerns-LN13694791"),
   R("South Korea halts new downloads of DeepSeek app over privacy concerns", "", "NextBigWhat", "en",
     "https://nextbigwhat.com/south-korea-halts-new-downloads-of-deepseek-app-over-privacy-concerns/"),
   R("South Korea Halts Downloads of China's DeepSeek Amid Privacy Concerns",
     "On Monday, South Korea's Personal Information Protection Commission (PIPC) announced that it has stopped new downloads of DeepSeek.",
     "AI News", "en", "https://ainews.date/8oM1cwZ12ET"),
   R("韩国个人信息保护委员会暂停DeepSeek新用户下载", "", "新浪科技", "zh"),
   R("南韓暫停DeepSeek新下載 待改善個資保護", "", "中央社", "zh-Hant"),
   R("दक्षिण कोरिया में डीपसीक के नए डाउनलोड पर रोक, निजता नियमों के पालन तक जारी रहेगी",
     "पुराने यूज़र्स ऐप इस्तेमाल कर सकेंगे, लेकिन आयोग ने सावधानी बरतने की सलाह दी है।", "Dainik Bhaskar", "hi"),
   B("दक्षिण कोरिया ने ऐप स्टोर से हटवाया डीपसीक", "Zee News Hindi", "hi"),
  ])

E("2025-02-17", "talk", ["deepseek", "xiaomi", "lei_jun"],
  "Chinese President Xi Jinping holds a symposium with private entrepreneurs attended by DeepSeek's Liang Wenfeng, Xiaomi's Lei Jun, Alibaba's Jack Ma and others",
  [R("Xi meets China's tech titans including Jack Ma and DeepSeek founder",
     "The rare gathering signalled Beijing's support for the private sector amid tensions with the US.", "Reuters", "en"),
   R("DeepSeek's Liang Wenfeng, Xiaomi's Lei Jun among entrepreneurs at Xi symposium", "", "SCMP", "en"),
   R("习近平出席民营企业座谈会 梁文锋、雷军、马云等参加", "", "央视新闻", "zh"),
   R("民营企业座谈会召开，雷军、梁文锋等企业家在场", "", "21世纪经济报道", "zh"),
   R("習近平召開民企座談會 馬雲、梁文鋒、雷軍出席", "", "香港01", "zh-Hant"),
   R("शी जिनपिंग की उद्योगपतियों संग बैठक में जैक मा, डीपसीक के लियांग और शाओमी के लेई जून शामिल",
     "", "BBC Hindi", "hi"),
  ])

E("2025-02-16", "partnership", ["deepseek"],
  "Tencent's WeChat begins grey-testing DeepSeek-R1 inside WeChat search for some users",
  [R("WeChat begins testing DeepSeek-powered AI search",
     "Tencent confirmed that some users can now pick a 'deep thinking' mode backed by DeepSeek-R1 in the search box.", "Reuters", "en"),
   R("微信搜索灰度测试接入DeepSeek-R1 腾讯：部分用户可免费使用", "", "新浪科技", "zh"),
   R("微信接入DeepSeek！腾讯回应：正在灰度测试", "", "澎湃新闻", "zh"),
   R("वीचैट में आया डीपसीक, टेनसेंट ने शुरू की टेस्टिंग", "", "Gadgets 360 Hindi", "hi"),
  ])

E("2025-02-16", "partnership", ["deepseek"],
  "Baidu says its search engine will integrate DeepSeek-R1 alongside its own Ernie models",
  [R("Baidu to integrate DeepSeek R1 into its search engine",
     "The move comes as Chinese tech companies race to adopt the start-up's model.", "Reuters", "en"),
   R("百度搜索宣布全面接入DeepSeek和文心大模型深度搜索功能", "", "财联社", "zh"),
   R("百度搜索接入DeepSeek-R1满血版", "", "IT之家", "zh"),
   R("बायडू सर्च में भी जुड़ेगा डीपसीक R1", "", "Moneycontrol Hindi", "hi"),
  ])

E("2025-02-10", "partnership", ["deepseek"],
  "BYD says all its models with its new 'God's Eye' driver-assistance system will integrate DeepSeek-R1 in their smart cockpit",
  [R("BYD to integrate DeepSeek AI into its cars",
     "The EV giant said the model will be deeply integrated into its Xuanji architecture.", "CnEVPost", "en"),
   R("BYD rolls out 'God's Eye' driver assist, ties up with DeepSeek", "", "Reuters", "en"),
   R("比亚迪璇玑架构全面接入DeepSeek R1", "", "懂车帝", "zh"),
   R("BYD की कारों में भी मिलेगा डीपसीक AI", "", "Aaj Tak", "hi"),
  ])

E("2025-02-06", "partnership", ["deepseek"],
  "Geely says its Xingrui AI model has been deeply integrated with DeepSeek-R1 for in-car use",
  [R("Geely completes integration of DeepSeek R1 with its in-house AI model",
     "", "CarNewsChina", "en"),
   R("吉利星睿大模型与DeepSeek-R1完成深度融合", "", "汽车之家", "zh"),
   R("Geely says it has fused DeepSeek's reasoning model into its car AI", "", "Reuters", "en"),
  ])

E("2025-02-05", "partnership", ["deepseek"],
  "Huawei's Xiaoyi assistant app launches a beta of DeepSeek-R1",
  [R("华为小艺助手App上线DeepSeek-R1 Beta版", "", "IT之家", "zh"),
   R("Huawei's Xiaoyi assistant adds DeepSeek-R1 in beta", "", "Huawei Central", "en"),
   R("हुआवेई के वॉइस असिस्टेंट में जुड़ा डीपसीक R1", "", "Gadgets 360 Hindi", "hi"),
  ])

E("2025-02-19", "partnership", ["deepseek", "xiaomi_ai"],
  "Xiaomi's XiaoAI (Xiao Ai Tongxue) assistant adds access to DeepSeek-R1 in a beta",
  [R("小爱同学接入DeepSeek-R1 小米：正在灰度测试", "", "IT之家", "zh"),
   R("小米小爱同学上线DeepSeek满血版，可在设置中开启", "", "快科技", "zh"),
   R("Xiaomi's XiaoAI assistant gets DeepSeek R1 integration in beta", "", "Gizmochina", "en"),
   R("शाओमी के वॉयस असिस्टेंट XiaoAI में आया डीपसीक R1", "", "Gadgets 360 Hindi", "hi"),
  ])

E("2025-02-18", "open_source", ["deepseek"],
  "Perplexity open-sources R1 1776, a version of DeepSeek-R1 post-trained to remove Chinese Communist Party censorship",
  [R("Perplexity open-sources R1 1776, an uncensored version of DeepSeek's model",
     "", "VentureBeat", "en"),
   R("Perplexity开源R1 1776：对DeepSeek-R1进行去审查后训练", "", "机器之心", "zh"),
   R("Perplexity ने जारी किया डीपसीक R1 का 'सेंसरशिप-मुक्त' संस्करण", "", "AIbase हिंदी", "hi"),
  ])
