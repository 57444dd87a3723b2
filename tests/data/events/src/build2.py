#!/usr/bin/env python3
"""Builder for the second held-out story-clustering set (events_holdout2.jsonl, lookalikes_holdout2.jsonl).

Written on 2026-12-06 by a separate session, without reading any clustering code.
Run: python3 build2.py  (writes next to itself; copy the two files to tests/data/events/)
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
S = "synthetic"


def R(title, summary, source, lang, prov=S):
    return {"title": title, "summary": summary, "source": source, "lang": lang, "provenance": prov}


# stock boilerplate lead sentences (one per outlet), used as the whole summary of some reports
BP_G360 = "गैजेट्स 360 हिंदी पर पढ़ें टेक्नोलॉजी की ताज़ा ख़बरें, स्मार्टफोन रिव्यू और लेटेस्ट मोबाइल की कीमत।"
BP_EM = "东方财富网为您提供最新财经资讯，更多内容请关注东方财富网科技频道。"
BP_INV = "Get the latest technology and markets news from Investing.com."
BP_AT = "देश-दुनिया की ताज़ा ख़बरों के लिए जुड़े रहें आज तक के साथ।"

EVENTS = []


def E(date, typ, topics, summary, reports):
    EVENTS.append({"id": "ev2-%03d" % (len(EVENTS) + 1), "date": date, "type": typ, "topics": topics,
                   "summary": summary, "reports": reports})


# ---------------------------------------------------------------- DeepSeek
E("2024-10-18", "open_source", ["deepseek"],
  "DeepSeek open-sources Janus, a 1.3B autoregressive model that unifies multimodal understanding and image generation with decoupled visual encoders",
  [R("DeepSeek AI Releases Janus: A 1.3B Multimodal Model with Image Generation Capabilities", "",
     "Lifeboat Foundation blog", "en", "https://lifeboat.com/blog/?p=197895"),
   R("DeepSeek开源Janus：用两条视觉编码通路统一多模态理解与生成",
     "新模型仅13亿参数，由DeepSeek与香港大学、北京大学的研究者共同提出。", "量子位", "zh"),
   R("深度求索釋出13億參數Janus 單一Transformer兼顧看圖與生圖", "", "iThome", "zh-Hant"),
   R("डीपसीक का नया Janus मॉडल तस्वीरें समझेगा भी और बनाएगा भी, कोड ओपन सोर्स", BP_G360,
     "गैजेट्स 360 हिंदी", "hi"),
   R("Janus decouples the visual encoder to fix the understanding-versus-generation conflict", "",
     "Hugging Face Papers digest", "en")])

E("2025-02-18", "other", ["deepseek"],
  "DeepSeek publishes the Native Sparse Attention (NSA) paper, a hardware-aligned, natively trainable sparse attention mechanism, with founder Liang Wenfeng among the authors",
  [R("DeepSeek发布最新NSA技术论文!创始人梁文锋参与引人注目",
     "近日,DeepSeek在海外社交平台发布了一篇纯技术论文报告,其主要内容是关于NSA(即Natively Sparse Attention,原生稀疏注意力)",
     "快科技", "zh", "https://sslhub.cn/freessl/tutorial/3165.html (syndicated 快科技 story)"),
   R("梁文锋亲自挂名DeepSeek发布新论文",
     "由 DeepSeek 联合创始人梁文锋亲自挂名的研究团队,在 arXiv 上发表了一篇题为“Native Sparse Attention: Hardware-Aligned and Natively Trainable Sparse Attention”的论文,提出了一种全新的注意力机制架构 NSA(Native Sparse Attention,原生稀疏注意力)。",
     "DTCMS", "zh", "http://www.dtcms.com/a/24802.html"),
   R("DeepSeek details NSA, a sparse attention scheme it says trains natively and speeds up 64k-token decoding", "",
     "MarkTechPost", "en"),
   R("DeepSeek founder Liang Wenfeng puts his name on a paper about faster long-context models", "",
     "South China Morning Post", "en"),
   R("डीपसीक का नया शोध पत्र: लंबे टेक्स्ट की प्रोसेसिंग तेज़ करेगा NSA, संस्थापक लियांग वेनफ़ेंग भी लेखक", "",
     "नवभारत टाइम्स", "hi")])

E("2025-07-30", "award", ["deepseek"],
  "The DeepSeek/Peking University Native Sparse Attention paper, with Liang Wenfeng as an author, wins a Best Paper award at ACL 2025 in Vienna",
  [R("DeepSeek's NSA Tech Wins ACL 2025 Best Paper, Boosts Text Processing 11x",
     "At the prestigious ACL 2025 conference, a research team led by Dr. Wenfeng Liang from DeepSeek, in collaboration with Peking University, claimed the Best Paper Award among a record-breaking 8,360 submissions.",
     "AI D-A-M-N", "en",
     "https://ai-damn.com/deepseek-s-nsa-tech-wins-acl-2025-best-paper-boosts-text-processing-11x-1753935957257"),
   R("DeepSeek's Next-Gen Tech Leaked Early; Liang Wenfeng Wins ACL2025 Best Paper Award", "", "H5 Site", "en",
     "https://h5site.pages.dev/news/deepseeks-next-gen-tech-leaked-early-liang-wenfeng-wins-acl2025-best-paper-award/"),
   R("DeepSeek V4 借实习生获奖论文“起飞”?梁文峰剑指上下文:处理速度提10倍、要“完美”准确率", "", "AI前线", "zh",
     "https://reportify.ai/social-media/703638122870009 (AI前线 headline of 2025-07-31 quoted on that page)"),
   R("Vienna honour for paper co-written by DeepSeek's founder",
     "A research paper co-authored by Liang Wenfeng, founder of Chinese artificial intelligence start-up DeepSeek, was honoured with the best paper award at the Association for Computational Linguistics (ACL) conference in Vienna, Austria, widely recognised as the premier global conference for AI researchers.",
     "South China Morning Post", "en",
     "cf. https://feedman.me/posts/2UGfc (lead verbatim, syndicated SCMP story; title written for this set)"),
   R("DeepSeek原生稀疏注意力論文 奪ACL 2025最佳論文獎", "", "科技新報", "zh-Hant"),
   R("डीपसीक के NSA शोध पत्र को ACL 2025 में बेस्ट पेपर पुरस्कार, वियना में मिला सम्मान", "", "अमर उजाला", "hi")])

E("2025-02-27", "open_source", ["deepseek"],
  "On day four of Open Source Week DeepSeek releases DualPipe (bidirectional pipeline parallelism), EPLB (expert-parallel load balancer) and profiling data from its V3/R1 training and inference",
  [R("DeepSeek Open Source Week Day 4: DualPipe and EPLB", "", "DEV Community (Apidog)", "en",
     "https://dev.shade.cool/apilover/deepseek-open-source-week-day-3-dualpipe-and-eplb-17l4"),
   R("DeepSeek shares the parallelism tricks behind V3 and R1 training",
     "DeepSeek released a series of optimized parallel strategies on the fourth day of Open Source Week, including Dual Pipeline (a bidirectional pipeline parallel algorithm that optimizes computation-communication overlap in V3/R1 training), EPLB (Expert Parallel Load Balancer, which improves the efficiency of computing resource allocation), and a computation-communication overlap analysis tool to help optimize training performance.",
     "SoSoValue", "en",
     "cf. https://preview.sosovalue.com/research/1894941589765349376 (summary verbatim; title written for this set)"),
   R("DeepSeek开源周第四弹：双向流水线并行DualPipe与专家负载均衡器EPLB齐发", "", "财联社", "zh"),
   R("DeepSeek再晒“家底”：公开V3/R1训练与推理框架的性能分析数据", "", "36氪", "zh"),
   R("ओपन सोर्स वीक के चौथे दिन डीपसीक ने जारी किए DualPipe और EPLB टूल", "", "दैनिक जागरण", "hi")])

E("2025-04-14", "open_source", ["deepseek"],
  "DeepSeek says it will not open-source its internal inference engine as a whole but will contribute its optimisations and standalone features to vLLM and other open-source projects",
  [R("DeepSeek公布推理引擎开源路径,承诺将核心优化注入vLLM生态",
     "“源神”DeepSeek 又有新的开源动作了。4 月 14 日,DeepSeek 悄悄在其 GitHub 的 open-infra-index 库中公布了其自研推理引擎的开源计划。",
     "凤凰网科技", "zh", "https://tech.ifeng.com/c/8iazlVF7Psz"),
   R("The Path to Open-Sourcing the DeepSeek Inference Engine", "", "Hacker News", "en",
     "https://hacker-news-cn.pages.dev/43682088-the-path-to-open-sourcing-the-deepseek-inference-engine.html (HN item; the title is DeepSeek's own post title)"),
   R("DeepSeek’s Inference Engine Goes Modular", "", "Perigon", "en",
     "https://perigon.framer.website/field-memos/deepseek-inference-engine-goes-modular"),
   R("DeepSeek不直接開源內部推理引擎 改將優化回饋vLLM社群", "", "iThome", "zh-Hant"),
   R("डीपसीक पूरा इनफरेंस इंजन जारी नहीं करेगा, सुधार vLLM जैसे ओपन प्रोजेक्ट को सौंपेगा", "",
     "लाइव हिंदुस्तान", "hi")])

E("2025-01-29", "statement", ["deepseek"],
  "Anthropic CEO Dario Amodei publishes an essay arguing that DeepSeek's models trail US models by 7-10 months and that US chip export controls are working and should be tightened",
  [R("Anthropic’s CEO says DeepSeek shows US export rules are working",
     "In an essay on Wednesday, Dario Amodei, the CEO of Anthropic, weighed in on the debate over whether Chinese AI company DeepSeek’s success implies that U.S. export controls on AI chips aren’t working.",
     "TechCrunch", "en", "https://genixplay.com/anthropics-ceo-says-deepseek-shows-that-u-s-export-rules-are-working-as-intended (syndicated TechCrunch story)"),
   R("Amodei: DeepSeek is roughly where US labs were 7 to 10 months ago",
     "In an essay, Anthropic CEO Dario Amodei argued that Chinese AI company DeepSeek’s recent achievements demonstrate the effectiveness of U.S. export controls, rather than their failure, as their models still lag several months behind American capabilities.",
     "GadgetReview", "en",
     "cf. https://www.gadgetreview.com/anthropic-ceo-deepseeks-success-shows-us-export (lead verbatim; title written for this set)"),
   R("Anthropic CEO阿莫代发长文：DeepSeek恰恰说明芯片出口管制正在奏效", "", "新浪科技", "zh"),
   R("Anthropic執行長撰文談DeepSeek 主張美國應加強晶片出口管制", "", "鉅亨網", "zh-Hant"),
   R("एंथ्रोपिक के CEO डारियो अमोदेई बोले- डीपसीक अमेरिकी मॉडलों से 7-10 महीने पीछे", "", "एनडीटीवी इंडिया",
     "hi")])

E("2025-01-23", "statement", ["deepseek"],
  "Scale AI CEO Alexandr Wang tells CNBC at Davos that DeepSeek has about 50,000 Nvidia H100 GPUs that it cannot talk about because of US export controls",
  [R("AI CEO Claims Chinese DeepSeek Lab Boasts 50,000 NVIDIA H100 GPUs for Advanced AI Development", "",
     "The Filibuster Blog", "en",
     "https://thefilibusterblog.com/ai-ceo-claims-chinese-deepseek-lab-boasts-50000-nvidia-h100-gpus-for-advanced-ai-development"),
   R("Scale AI CEO Alexandr Wang claims DeepSeek hides 50,000 NVIDIA H100 chips stockpile",
     "In a recent chat with CNBC, Alexandr Wang, CEO of Scale AI, made a striking revelation about DeepSeek’s hardware stash.",
     "Mint", "en",
     "cf. https://www.livemint.com/ai/artificial-intelligence/scale-ai-ceo-alexandr-wang-claims-deepseek-hides-50-000-nvidia-h100-chips-stockpile-elon-musk-reacts-11738062626511.html (lead verbatim; title shortened from the URL)"),
   R("'They can't talk about it': Scale AI's Wang puts DeepSeek's H100 count at 50,000",
     "ScaleAI CEO Alexandr Wang has said that he believes that DeepSeek has 50,000 H100 GPUs.", "OfficeChai", "en",
     "cf. https://officechai.com/ai/scale-ai-ceo-says-deepseek-had-50000-nvidia-h100-gpus-elon-musk-agrees (summary verbatim; title written for this set)"),
   R("Scale AI CEO亚历山大·王：DeepSeek手握约5万块H100，受出口管制不便公开", "", "财联社", "zh"),
   R("Scale AI के CEO का दावा- डीपसीक के पास 50,000 एनवीडिया H100 चिप्स", "", "ज़ी न्यूज़", "hi")])

E("2025-01-28", "statement", ["deepseek"],
  "White House AI and crypto czar David Sacks tells Fox News there is 'substantial evidence' that DeepSeek distilled knowledge out of OpenAI's models",
  [R("David Sacks Claims DeepSeek Used OpenAI Models for Training",
     "David Sacks, appointed by Donald Trump as an advisor on AI and cryptocurrency, asserted in a Fox News interview on Tuesday the existence of “substantial evidence” indicating that DeepSeek, a Chinese AI firm, engaged in the unauthorized replication of knowledge from OpenAI’s AI models.",
     "All Global News", "en",
     "https://all-global-news.pages.dev/david-sacks-claims-there-s-substantial-evidence-that-deepseek-used-openai-s-models-to-train-its-own"),
   R("White House AI Czar David Sacks Accuses DeepSeek of Using OpenAI Models",
     "David Sacks, the White House artificial intelligence czar, stated that there is substantial evidence suggesting that the Chinese startup DeepSeek utilized outputs from OpenAI’s models to develop its own technology.",
     "Dimpulse", "en", "https://dimpulse.ai/?p=11547"),
   R("白宫AI主管萨克斯：有大量证据表明DeepSeek从OpenAI模型中“蒸馏”知识", "", "华尔街见闻", "zh"),
   R("川普AI沙皇薩克斯：DeepSeek疑以蒸餾手法汲取OpenAI成果", "", "中央社", "zh-Hant"),
   R("व्हाइट हाउस के AI सलाहकार डेविड सैक्स का आरोप- OpenAI के मॉडल से 'डिस्टिल' करके बना डीपसीक", BP_AT,
     "आज तक", "hi")])

E("2025-01-27", "statement", ["deepseek"],
  "Microsoft CEO Satya Nadella responds to the DeepSeek frenzy by posting 'Jevons paradox strikes again!', arguing cheaper AI will make its use skyrocket",
  [R("Satya Nadella believes Chinese AI startup DeepSeek could be a win for tech, even as Microsoft’s shares tumble",
     "Microsoft CEO Satya Nadella is optimistic about Chinese AI firm DeepSeek’s shakeup of the tech industry.",
     "Fortune", "en", "https://fortune.com/2025/01/27/microsoft-ceo-satya-nadella-deepseek-optimism-jevons-paradox"),
   R("'Jevons paradox strikes again': Nadella's one-line answer to the DeepSeek panic",
     "Microsoft CEO Satya Nadella has shared his perspective on the increasing accessibility and efficiency of artificial intelligence (AI) in the wake of DeepSeek’s rising popularity.",
     "Business Today", "en",
     "cf. https://www.businesstoday.in/technology/news/story/jevons-paradox-strikes-again-microsoft-ceo-satya-nadella-weighs-in-on-ai-boom-on-the-heels-of-deepseeks-meteoric-rise-462209-2025-01-28 (lead verbatim; title written for this set)"),
   R("Microsoft CEO says AI use will skyrocket with more efficiency amid craze over DeepSeek",
     "In an apparent response to the attention on a new AI model out of China, Microsoft CEO Satya Nadella posted online late Sunday to share an economics concept called Jevons paradox.",
     "GeekWire", "en",
     "cf. https://globetimeline.com/rewrite-this-title-microsoft-ceo-says-ai-use-will-skyrocket-with-more-efficiency-amid-craze-over-deepseek/amp (lead verbatim from a syndicated GeekWire story; title taken from the URL)"),
   R("纳德拉搬出“杰文斯悖论”：AI越高效越便宜，用量只会暴涨", "", "第一财经", "zh"),
   R("डीपसीक की चर्चा के बीच सत्या नडेला ने याद दिलाया 'जेवन्स पैराडॉक्स'", "", "हिंदुस्तान", "hi")])

E("2025-01-31", "other", ["deepseek"],
  "SemiAnalysis estimates DeepSeek has about 50,000 Hopper GPUs and has spent well over $500 million on hardware, with server capex around $1.6 billion",
  [R("DeepSeek might not be as disruptive as claimed, firm reportedly has 50,000 Nvidia GPUs and spent $1.6 billion on buildouts",
     "Chinese startup DeepSeek recently took center stage in the tech world with its startlingly low usage of compute resources for its advanced AI model called R1, a model that is believed to be competitive with Open AI's o1 despite the company's claims that DeepSeek only cost $6 million and 2,048 GPUs to train.",
     "Tom's Hardware", "en",
     "https://vuink.com/post/gbzfuneqjner-d-dpbz/tech-industry/artificial-intelligence/deepseek-might-not-be-as-disruptive-as-claimed-firm-reportedly-has-50-000-nvidia-gpus-and-spent-usd1-6-billion-on-buildouts (syndicated Tom's Hardware story)"),
   R("Prediction: DeepSeek Hardware Spending Could Exceed $500 Million", "", "Finans Güncel", "en",
     "https://finansguncel.com/prediction-deepseek-hardware-spending-could-exceed-500-million"),
   R("SemiAnalysis：DeepSeek硬件投入或远超5亿美元，手握约5万张Hopper GPU", "", "华尔街见闻", "zh"),
   R("研調機構：DeepSeek伺服器資本支出約16億美元 「600萬美元」說法受質疑", "", "經濟日報", "zh-Hant"),
   R("रिपोर्ट: डीपसीक ने हार्डवेयर पर 1.6 अरब डॉलर लगाए, 60 लाख डॉलर वाले दावे पर सवाल", "",
     "बिज़नेस स्टैंडर्ड हिंदी", "hi")])

E("2025-01-28", "ban", ["deepseek"],
  "The Pentagon's Defense Information Systems Agency starts blocking access to DeepSeek's website after defence employees had used the chatbot for at least two days",
  [R("Pentagon staff still using DeepSeek – Bloomberg",
     "US military personnel have reportedly utilized an early version of the Chinese startup’s AI for months",
     "RT", "en", "https://usa.news-pravda.com/usa/2025/01/30/110075.html (syndicated RT story)"),
   R("Pentagon IT agency shut off DeepSeek's website after staff used the chatbot for two days",
     "US Defence Department employees connected their work computers to Chinese servers to access DeepSeek’s new AI chatbot for at least two days before the Pentagon moved to shut off access, according to a defence official familiar with the matter.",
     "Bloomberg", "en",
     "cf. https://www.business-standard.com/amp/world-news/pentagon-workers-used-deepseek-s-chatbot-for-days-before-block-official-125013100127_1.html (lead verbatim; title written for this set)"),
   R("Pentagon Blocks DeepSeek AI Over Security Concerns Tied to Chinese Servers",
     "The Pentagon has blocked access to DeepSeek, a Chinese AI chatbot, over national security concerns linked to its data storage on Chinese servers.",
     "Analytics Insight", "en",
     "cf. https://www.analyticsinsight.net/news/pentagon-blocks-deepseek-ai-over-security-concerns-tied-to-chinese-servers (lead verbatim; title taken from the URL)"),
   R("彭博社：美国国防部已屏蔽DeepSeek网站，此前员工已使用至少两天", "", "观察者网", "zh"),
   R("पेंटागन ने अपने नेटवर्क पर डीपसीक की वेबसाइट ब्लॉक की", "", "एबीपी न्यूज़", "hi")])

E("2025-01-29", "other", ["deepseek"],
  "Senator Josh Hawley introduces the Decoupling America's Artificial Intelligence Capabilities from China Act (S. 321), citing DeepSeek",
  [R("DeepSeek fallout: GOP Sen. Josh Hawley seeks to cut off all US-China collaboration on AI development",
     "FIRST ON FOX: This week the U.S. tech sector was routed by the Chinese launch of DeepSeek, and Sen. Josh Hawley is putting forth legislation to prevent that from happening again.",
     "Fox News", "en",
     "cf. https://1010wcsi.com/fox-politics/deepseek-fallout-gop-sen-josh-hawley-seeks-to-cut-off-all-us-china-collaboration-on-ai-development/ (lead verbatim from a syndicated Fox News story; title taken from the URL)"),
   R("Senator Hawley Introduces Sweeping U.S.-China AI Decoupling Bill",
     "On January 29, Senator Josh Hawley (R-MO) introduced the Decoupling America’s Artificial Intelligence Capabilities from China Act (S. 321), one of the first bills of 119th Congress to address escalating U.S. competition with China on artificial intelligence.",
     "Covington Inside Global Tech", "en",
     "cf. https://www.covingtonblogs.com/2025/02/04/senator-hawley-introduces-sweeping-u-s-china-ai-decoupling-bill/ (lead verbatim; title taken from the URL)"),
   R("Decoupling America’s Artificial Intelligence Capabilities from China Act",
     "The recent introduction of Senator Josh Hawley's \"Decoupling America’s Artificial Intelligence Capabilities from China Act\" marks a pivotal moment in U.S.-China tech relations, following seismic market disruptions caused by Chinese AI firm DeepSeek.",
     "Compliance Hub", "en",
     "https://www.compliancehub.wiki/decoupling-americas-artificial-intelligence-capabilities-from-china-act/"),
   R("美参议员霍利提出法案 拟全面切断美中人工智能技术往来", "", "环球网", "zh"),
   R("अमेरिकी सीनेटर हॉली का बिल: चीनी AI तकनीक के आयात-निर्यात पर रोक, 20 साल तक जेल का प्रावधान", "",
     "नवभारत टाइम्स", "hi")])

E("2025-03-17", "ban", ["deepseek"],
  "Reuters reports that bureaus of the US Commerce Department have told staff that DeepSeek is broadly prohibited on government-furnished equipment",
  [R("US Commerce Department Bureaus Reportedly Ban China’s DeepSeek on Government Devices",
     "In recent weeks, bureaus within the U.S. Commerce Department have informed staff that the Chinese-developed Artificial Intelligence (AI) model, DeepSeek, is banned from being used on government devices.",
     "Ayaksiz", "en",
     "https://ayaksiz.net/us-commerce-department-bureaus-reportedly-ban-chinas-deepseek-on-government-devices"),
   R("More US government departments ban controversial AI model DeepSeek",
     "US Commerce Department is the latest to ban DeepSeek", "TechRadar", "en",
     "https://www.techradar.com/pro/security/more-us-government-departments-ban-controversial-ai-model-deepseek"),
   R("独家：美国商务部多个下属机构禁止员工在公务设备上使用DeepSeek", "", "路透中文网", "zh"),
   R("美商務部傳下令 公務設備全面禁用DeepSeek", "", "自由時報", "zh-Hant"),
   R("अमेरिकी वाणिज्य विभाग ने सरकारी डिवाइस पर डीपसीक के इस्तेमाल पर लगाई रोक", "", "अमर उजाला", "hi")])

E("2025-04-16", "other", ["deepseek"],
  "The New York Times reports the Trump administration is weighing penalties to block DeepSeek from buying US technology and debating barring Americans from its services",
  [R("White House considers ban on DeepSeek services and deals",
     "The Trump administration is weighing penalties that would block China's DeepSeek from buying US technology and is debating barring Americans' access to its services, The New York Times reported on Wednesday.",
     "The News International", "en",
     "https://www.thenews.com.pk/latest/1302192-white-house-considers-ban-on-deepseek-services-and-deals (Reuters copy)"),
   R("Trump Administration Weighing Ban Against China’s DeepSeek: Report",
     "National security concerns grow as Washington eyes Chinese AI startup DeepSeek and pressures Nvidia over tech transfers.",
     "Decrypt", "en", "https://defi.io/feed/decrypt/trump-administration-weighing-ban-against-chinas-deepseek-report"),
   R("US mulls penalties to block DeepSeek from buying American technology", "", "New York Post", "en",
     "https://fairstory.ai/stories/us-mulls-penalties-to-block-deepseek-from-buying-american-technology"),
   R("纽时：特朗普政府考虑禁止美国人使用DeepSeek并限制其采购美国技术", "", "联合早报", "zh"),
   R("ट्रंप प्रशासन डीपसीक पर पाबंदी लगाने पर कर रहा विचार: न्यूयॉर्क टाइम्स", "", "दैनिक भास्कर", "hi"),
   R("DeepSeek faces possible US penalties over access to American tech", BP_INV, "Investing.com", "en")])

E("2026-04-19", "other", ["deepseek"],
  "Unconfirmed reports say DeepSeek will release its V4 model that week, with about 1.6 trillion (1600B) total parameters",
  [R("传闻称 DeepSeek 本周发布 V4 模型，总参数或达 1600B",
     "据非官方消息透露， DeepSeek 预计将于 本周 发布参数规模达 1.6T 的 DeepSeek V4 。",
     "橘鸦AI早报", "zh", "corpus:juya_ai_daily_zh_2026-04-26.rss.xml (issue of 2026-04-20; tags stripped, spaces collapsed)"),
   R("曝DeepSeek V4本周上线 参数规模或达1.6万亿", "", "新浪科技", "zh"),
   R("DeepSeek V4 said to be days away, with a 1.6-trillion-parameter headline figure", "", "The Decoder", "en"),
   R("डीपसीक V4 इसी हफ्ते आ सकता है, 1.6 ट्रिलियन पैरामीटर की चर्चा", BP_G360, "गैजेट्स 360 हिंदी", "hi")])

E("2025-01-29", "partnership", ["deepseek"],
  "Microsoft says NPU-optimised distilled DeepSeek-R1 models (starting with DeepSeek-R1-Distill-Qwen-1.5B) are coming to Copilot+ PCs, first on Snapdragon X devices",
  [R("Microsoft is bringing distilled DeepSeek R1 models to Copilot Plus PCs", "", "The Verge", "en"),
   R("Copilot+ PCs will run a 1.5B DeepSeek-R1 distill locally on the NPU, Snapdragon X first", "",
     "Windows Central", "en"),
   R("微软宣布Copilot+ PC可本地运行DeepSeek R1蒸馏模型，骁龙X设备率先支持", "", "IT之家", "zh"),
   R("माइक्रोसॉफ्ट के Copilot+ PC पर ऑफ़लाइन चलेगा डीपसीक R1 का छोटा मॉडल", BP_G360, "गैजेट्स 360 हिंदी",
     "hi")])

E("2025-01-29", "statement", ["deepseek"],
  "On Meta's fourth-quarter earnings call Mark Zuckerberg says DeepSeek's advances strengthen Meta's conviction in its open-source approach and that heavy AI infrastructure investment remains a strategic advantage",
  [R("Zuckerberg says DeepSeek only strengthens Meta's conviction in its open-source AI strategy", "", "CNBC", "en"),
   R("Mark Zuckerberg says it's too early to tell what DeepSeek means for Meta's capex", "", "Business Insider",
     "en"),
   R("扎克伯格财报电话会谈DeepSeek：仍将大手笔投入AI基础设施", "", "新浪财经", "zh"),
   R("मार्क ज़करबर्ग बोले- डीपसीक के बावजूद AI ढांचे पर भारी खर्च जारी रखेगी मेटा", "", "मनीकंट्रोल हिंदी",
     "hi")])

E("2025-01-30", "statement", ["deepseek"],
  "On Apple's earnings call Tim Cook, asked about DeepSeek, says that in general innovation that drives efficiency is a good thing",
  [R("Tim Cook on DeepSeek: 'innovation that drives efficiency is a good thing'", "", "9to5Mac", "en"),
   R("Apple CEO shrugs off DeepSeek fears on earnings call, praises efficiency gains", "", "AppleInsider", "en"),
   R("库克首谈DeepSeek：推动效率提升的创新是好事", "", "快科技", "zh"),
   R("庫克在財報會議被問DeepSeek 肯定提升效率的創新", "", "蘋果仁", "zh-Hant"),
   R("एपल के CEO टिम कुक ने डीपसीक पर कहा- दक्षता बढ़ाने वाला इनोवेशन अच्छी बात", BP_AT, "आज तक", "hi")])

E("2025-03-06", "release", ["deepseek"],
  "Alibaba's Qwen team releases and open-sources QwQ-32B, a 32B reasoning model it says performs comparably to the much larger DeepSeek-R1",
  [R("Alibaba's 32-billion-parameter QwQ model takes on DeepSeek-R1", "", "Reuters", "en"),
   R("Qwen team ships QwQ-32B under Apache 2.0, crediting scaled-up reinforcement learning", "", "VentureBeat", "en"),
   R("阿里开源推理模型QwQ-32B，320亿参数性能比肩满血版DeepSeek-R1", "", "证券时报", "zh"),
   R("阿里巴巴推QwQ-32B推理模型 叫板DeepSeek-R1", "", "經濟日報", "zh-Hant"),
   R("通义千问新模型QwQ-32B发布", BP_EM, "东方财富网", "zh"),
   R("अलीबाबा का QwQ-32B लॉन्च, कम पैरामीटर में डीपसीक R1 जैसी क्षमता का दावा", "", "ज़ी बिज़नेस", "hi")])

E("2025-01-28", "investigation", ["deepseek"],
  "Italy's data protection authority (Garante) sends DeepSeek a request for information on what personal data it collects and whether it is stored in China, giving it 20 days to reply",
  [R("Italy's privacy watchdog asks DeepSeek how it handles users' personal data", "", "Reuters", "en"),
   R("Garante gives DeepSeek 20 days to explain what data it collects and where it is kept", "", "Euronews", "en"),
   R("意大利数据保护机构致函DeepSeek 要求20天内说明个人数据处理情况", "", "澎湃新闻", "zh"),
   R("義大利隱私監管機構去函DeepSeek 追問個資是否存放中國", "", "中央社", "zh-Hant"),
   R("इटली के डेटा नियामक ने डीपसीक से पूछा- यूज़र्स का निजी डेटा कहां और कैसे रखा जाता है", "", "हिंदुस्तान",
     "hi")])

E("2025-03-13", "statement", ["deepseek"],
  "In its proposals for the US AI Action Plan, OpenAI calls DeepSeek 'state-subsidized' and 'state-controlled' and urges restrictions on PRC-produced models",
  [R("OpenAI calls DeepSeek 'state-controlled,' calls for bans on 'PRC-produced' models", "", "TechCrunch", "en"),
   R("OpenAI urges the White House to consider restricting Chinese AI such as DeepSeek", "", "The Verge", "en"),
   R("OpenAI向白宫建言：DeepSeek“受国家补贴、受国家控制”，应限制其模型", "", "36氪", "zh"),
   R("OpenAI ने डीपसीक को बताया 'सरकार-नियंत्रित', अमेरिका से पाबंदी की मांग", "", "नवभारत टाइम्स", "hi")])

E("2025-02-05", "security_incident", ["deepseek"],
  "Feroot Security researchers, in a report publicised by AP, say DeepSeek's web login page contains code that could send user data to state-owned China Mobile",
  [R("Experts flag hidden code in DeepSeek's website that could send login data to China Mobile", "", "AP", "en"),
   R("Feroot Security traces DeepSeek login-page code to state-owned China Mobile", "", "CyberScoop", "en"),
   R("美資安公司：DeepSeek網頁藏程式碼 可能把用戶資料傳給中國移動", "", "自由時報", "zh-Hant"),
   R("सुरक्षा शोधकर्ताओं का दावा- डीपसीक की वेबसाइट में चाइना मोबाइल से जुड़ा छिपा कोड", "", "एनडीटीवी इंडिया",
     "hi")])

E("2025-02-06", "security_incident", ["deepseek"],
  "Mobile security firm NowSecure reports that DeepSeek's iOS app sends some data unencrypted, disables App Transport Security and uses hard-coded encryption keys",
  [R("DeepSeek iOS app sends data unencrypted to ByteDance-controlled servers", "", "Ars Technica", "en"),
   R("NowSecure audit: DeepSeek's iPhone app switches off App Transport Security and hard-codes its keys", "",
     "The Hacker News", "en"),
   R("NowSecure：DeepSeek iOS App以未加密方式傳送裝置資料", "", "iThome", "zh-Hant"),
   R("安全机构NowSecure称DeepSeek iOS应用关闭ATS并硬编码3DES密钥", "", "FreeBuf", "zh"),
   R("डीपसीक के iPhone ऐप में सुरक्षा खामियां, डेटा बिना एन्क्रिप्शन भेजने का आरोप", BP_G360,
     "गैजेट्स 360 हिंदी", "hi")])

E("2025-02-13", "price_cut", ["deepseek"],
  "Baidu says its ERNIE Bot chatbot will be free for all users from 1 April 2025, as competition from DeepSeek intensifies",
  [R("Baidu to make Ernie chatbot free from April 1 as DeepSeek competition heats up", "", "Reuters", "en"),
   R("Baidu scraps the paid tier for Ernie Bot and adds deep search", "", "CNBC", "en"),
   R("文心一言4月1日起全面免费，所有PC端和App端用户均可体验最新模型", "", "界面新闻", "zh"),
   R("百度宣布文心一言4月起免費 迎戰DeepSeek", "", "鉅亨網", "zh-Hant"),
   R("百度文心一言将免费开放", BP_EM, "东方财富网", "zh"),
   R("बैदु का एर्नी चैटबॉट 1 अप्रैल से मुफ़्त, डीपसीक से मुकाबला तेज़", "", "बिज़नेस स्टैंडर्ड हिंदी", "hi")])

E("2025-01-31", "statement", ["deepseek"],
  "In a Reddit AMA Sam Altman says OpenAI has been 'on the wrong side of history' on open source and needs a different strategy, acknowledging DeepSeek has narrowed its lead",
  [R("Sam Altman admits OpenAI has been 'on the wrong side of history' on open source", "", "VentureBeat", "en"),
   R("In Reddit AMA, Altman says OpenAI needs a new open-source strategy after DeepSeek", "", "TechCrunch", "en"),
   R("奥特曼Reddit答网友：在开源问题上OpenAI站在了历史错误的一边", "", "新智元", "zh"),
   R("सैम ऑल्टमैन ने माना- ओपन सोर्स पर OpenAI इतिहास के गलत पक्ष में रहा", BP_AT, "आज तक", "hi")])

E("2025-01-31", "release", ["deepseek"],
  "OpenAI releases o3-mini in ChatGPT and the API, including for free users, amid pressure from DeepSeek-R1",
  [R("OpenAI launches o3-mini, its latest 'reasoning' model, with free ChatGPT access", "", "TechCrunch", "en"),
   R("OpenAI rushes out o3-mini as DeepSeek's R1 piles on the pressure", "", "Financial Times", "en"),
   R("OpenAI发布o3-mini推理模型 免费用户也能用", "", "IT之家", "zh"),
   R("OpenAI ने लॉन्च किया o3-mini, फ्री यूज़र्स को भी मिलेगा रीज़निंग मॉडल", "", "अमर उजाला", "hi")])

E("2025-01-30", "ban", ["deepseek"],
  "The US House Chief Administrative Officer warns congressional offices not to use DeepSeek, saying it is under review and not authorised for House use",
  [R("House lawmakers' offices warned against using DeepSeek", "", "Axios", "en"),
   R("Congress's IT office tells staff DeepSeek is unauthorized while it is reviewed", "", "Politico", "en"),
   R("美国众议院行政部门警告议员办公室勿用DeepSeek", "", "环球网", "zh"),
   R("अमेरिकी संसद के दफ्तरों को डीपसीक से दूर रहने की चेतावनी", "", "एनडीटीवी इंडिया", "hi")])

# ---------------------------------------------------------------- Xiaomi / Lei Jun / Xiaomi AI
E("2024-02-22", "product_launch", ["xiaomi"],
  "Xiaomi launches the Xiaomi 14 Ultra camera flagship in China at 6,499 yuan, with a one-inch variable-aperture main camera and Snapdragon 8 Gen 3",
  [R("Xiaomi unveils photography-focused 14 Ultra, aims to shake up high-end smartphone market",
     "Xiaomi unveiled its latest flagship smartphone, the 14 Ultra, on Thursday, specifically targeting the competitive high-end segment dominated by Apple and Huawei.",
     "Shenzhen Post", "en",
     "cf. https://shenzhenpost.com/2024/02/24/xiaomi-unveils-photography-focused-14-ultra-aims-to-shake-up-high-end-smartphone-market (lead verbatim; title taken from the URL)"),
   R("Xiaomi 14 Ultra is official with a 1-inch variable-aperture main camera", "", "GSMArena", "en"),
   R("小米14 Ultra发布：一英寸大底可变光圈，售价6499元起", "", "新浪科技", "zh"),
   R("小米14 Ultra中國登場 徠卡四鏡頭主打專業影像", "", "ETtoday新聞雲", "zh-Hant"),
   R("शाओमी 14 अल्ट्रा चीन में लॉन्च, कीमत 6,499 युआन से शुरू", BP_G360, "गैजेट्स 360 हिंदी", "hi")])

E("2024-02-25", "product_launch", ["xiaomi"],
  "Xiaomi holds the global launch of the Xiaomi 14 and 14 Ultra in Barcelona ahead of MWC 2024",
  [R("Xiaomi brings the 14 and 14 Ultra to global markets ahead of MWC", "", "The Verge", "en"),
   R("In Barcelona, Xiaomi pits a Leica quad-camera Ultra against Samsung's best", "", "Engadget", "en"),
   R("小米14系列全球发布会巴塞罗那举行 小米14 Ultra正式出海", "", "IT之家", "zh"),
   R("शाओमी 14 और 14 अल्ट्रा वैश्विक बाज़ार में पेश, बार्सिलोना में हुआ इवेंट", "", "हिंदुस्तान", "hi")])

E("2024-03-19", "earnings", ["xiaomi"],
  "Xiaomi reports 2023 results: revenue down 3.2% to 271.0 billion yuan, adjusted net profit up 126.3% to 19.3 billion yuan; Q4 revenue up 10.9% to 73.2 billion yuan",
  [R("Xiaomi’s 2023 Adjusted Net Profit Surges by 126.3% to RMB19.3 Billion", "", "Wazzup Pilipinas", "en",
     "http://www.wazzup.ph/xiaomis-2023-adjusted-net-profit-surges-by-126-3-to-rmb19-3-billion/"),
   R("Chinese Tech Giant Xiaomi Posts Seven-Fold Leap in Annual Profit, Revenue Dips",
     "(Yicai) March 20 -- Xiaomi, the Chinese smartphone and electronics giant poised to start delivering its first electric vehicles this month, said profit increased seven times last year, while revenue fell on the back of a drop in handset sales.",
     "Yicai Global", "en",
     "cf. https://yicaiglobal.com/news/chinese-tech-giant-xiaomi-post-seven-fold-leap-in-annual-profit-revenue-dips (lead verbatim; title taken from the URL)"),
   R("Smartphones drive Xiaomi sales rebound",
     "Chinese device maker Xiaomi saw revenue growth rebound in the final quarter of 2023, driven by double-digit gains in smartphone sales, with net profit jumping sharply on one-offs.",
     "Mobile World Live", "en",
     "cf. https://www.mobileworldlive.com/xiaomi/smartphones-drive-xiaomi-sales-rebound/ (lead verbatim; title taken from the URL)"),
   R("小米集团2023年营收2710亿元 经调整净利润同比增长126.3%", "", "财联社", "zh"),
   R("शाओमी का 2023 में समायोजित मुनाफ़ा दोगुने से ज़्यादा, राजस्व 3% घटा", "", "बिज़नेस स्टैंडर्ड हिंदी", "hi"),
   R("Xiaomi full-year adjusted profit more than doubles", BP_INV, "Investing.com", "en")])

E("2024-05-23", "earnings", ["xiaomi"],
  "Xiaomi reports first-quarter 2024 results: revenue up 27% to 75.5 billion yuan and adjusted net profit up 100.8% to a record 6.5 billion yuan",
  [R("Xiaomi’s Record-Breaking Q1: Revenue Surges and Profits Soar",
     "Xiaomi continued its impressive trajectory in the first quarter of 2024, echoing the momentum it carried over from a successful 2023.",
     "Gizchina", "en", "https://www.gizchina.com/2024/05/24/xiaomis-record-breaking-q1-revenue-surges-and-profits-soar/"),
   R("Xiaomi’s Q1 2024 revenue exceeded expectations, and adjusted net profit increased by more than 100 percent year-on-year",
     "On May 23, Xiaomi Group (HK01810) released its Q1 2024 performance announcement, with revenue of RMB 75.5 billion, a year-on-year increase of 27%.",
     "Bishop Eco", "en",
     "https://bishopeco.com/xiaomis-q1-2024-revenue-exceeded-expectations-and-adjusted-net-profit-increased-by-more-than-100-year-on-year"),
   R("小米一季度营收755亿元同比增27% 经调整净利润翻倍至65亿元", "", "证券时报", "zh"),
   R("小米首季經調整純利65億人民幣 按年增一倍", "", "經濟通", "zh-Hant"),
   R("小米集团发布2024年一季度业绩", BP_EM, "东方财富网", "zh"),
   R("शाओमी का पहली तिमाही का राजस्व 75.5 अरब युआन, समायोजित मुनाफ़ा दोगुना", "", "मनीकंट्रोल हिंदी", "hi")])

E("2024-08-21", "earnings", ["xiaomi"],
  "Xiaomi reports second-quarter 2024 results: record revenue of 88.9 billion yuan (+32%), adjusted net profit 6.2 billion yuan, and first EV figures: 27,307 SU7 deliveries and 6.4 billion yuan revenue",
  [R("Xiaomi's second quarter revenue was 88.89 billion yuan, a year-on-year increase",
     "On August 21, Xiaomi Corporation announced its unaudited consolidated financial results for the second quarter of 2024.",
     "FWD", "en", "https://fwdjp.com/main/1"),
   R("Xiaomi sets 2024 car delivery target of 120,000, reveals financial performance",
     "Chinese smartphone giant Xiaomi (HKG: 1810, OTCMKTS: XIACY) has formally announced a higher annual electric vehicle (EV) delivery target, and for the first time announced the financial performance of the business.",
     "CnEVPost", "en",
     "cf. https://cnevpost.com/2024/08/21/xiaomi-sets-2024-car-delivery-target-of-120000-reveals-financial-performance (lead verbatim; title taken from the URL)"),
   R("小米二季度营收889亿元创新高 汽车业务首次披露：交付27307辆、毛利率15.4%", "", "第一财经", "zh"),
   R("小米次季收入889億人民幣 電動車業務毛利率15.4%", "", "信報財經新聞", "zh-Hant"),
   R("शाओमी की दूसरी तिमाही में रिकॉर्ड आय, कार कारोबार में 1.8 अरब युआन का घाटा", "", "ज़ी बिज़नेस", "hi")])

E("2024-07-08", "other", ["xiaomi", "lei_jun"],
  "Lei Jun says Xiaomi's new 2.4-billion-yuan Changping smart factory, able to make 10 million flagship phones a year, is operating and will build the MIX Fold 4 and MIX Flip, due later in July",
  [R("Xiaomi Mix Fold 4 Confirmed to Launch in July; Xiaomi Mix Flip to Follow",
     "Xiaomi Mix Fold 4 is expected to be powered by Qualcomm's Snapdragon 8 Gen 3 SoC.", "Gadgets 360", "en",
     "https://www.gadgets360.com/mobiles/news/xiaomi-mix-fold-4-mix-flip-launch-timeline-confirmed-6060051"),
   R("It’s official: Xiaomi will unveil the MIX Fold 4 and MIX Flip in July",
     "In the week of the Galaxy Z it seems that Xiaomi is fighting back and also has its new foldable generation ready: the MIX Fold 4 and MIX Flip will be released this July",
     "ZDWired", "en", "https://www.zdwired.com/news/its-official-xiaomi-will-unveil-the-mix-fold-4-and-mix-flip-in-july/"),
   R("雷军：小米昌平智能工厂投产 年产千万台旗舰手机，MIX Fold4和MIX Flip将在此下线", "", "雷峰网", "zh"),
   R("शाओमी की नई स्मार्ट फ़ैक्टरी चालू, यहीं बनेंगे MIX Fold 4 और MIX Flip", "", "हिंदुस्तान", "hi")])

E("2024-07-19", "product_launch", ["xiaomi", "lei_jun"],
  "At Lei Jun's annual speech event Xiaomi launches the MIX Fold 4 (from 8,999 yuan) and its first clamshell foldable, the MIX Flip (from 5,999 yuan)",
  [R("Xiaomi Mix Fold 4 and Mix Flip announced: a 9.47mm book-style foldable and a first clamshell", "",
     "GSMArena", "en"),
   R("Xiaomi's first flip phone debuts next to its thinnest book foldable yet", "", "Android Authority", "en"),
   R("小米MIX Fold4发布：售价8999元起，折叠厚度9.47mm", "", "新浪科技", "zh"),
   R("小米首款小折叠MIX Flip登场 5999元起", "", "爱范儿", "zh"),
   R("शाओमी ने चीन में लॉन्च किए MIX Fold 4 और MIX Flip फोल्डेबल फोन", "", "नवभारत टाइम्स", "hi")])

E("2024-11-27", "product_launch", ["xiaomi"],
  "Xiaomi's Redmi brand launches the Redmi K80 series in China; the K80 Pro uses the Snapdragon 8 Elite and the K80 the Snapdragon 8 Gen 3",
  [R("Redmi K80 and K80 Pro go official with Snapdragon 8 Gen 3 and 8 Elite", "", "Gizmochina", "en"),
   R("Redmi K80系列正式发布 K80 Pro搭载骁龙8至尊版", "", "快科技", "zh"),
   R("Redmi K80系列登場 旗艦晶片主打高CP值", "", "ePrice 比價王", "zh-Hant"),
   R("रेडमी K80 सीरीज़ चीन में लॉन्च, प्रो मॉडल में स्नैपड्रैगन 8 एलीट", BP_G360, "गैजेट्स 360 हिंदी", "hi")])

E("2025-03-02", "product_launch", ["xiaomi"],
  "Xiaomi launches the Xiaomi 15 and 15 Ultra for global markets in Barcelona ahead of MWC 2025, priced from 999 and 1,499 euros",
  [R("Xiaomi 15 and 15 Ultra Land at MWC 2025: A High-End Power Play",
     "Xiaomi’s 15 and 15 Ultra debut at MWC 2025, blending cutting-edge tech with EV flair to take on Samsung’s crown.",
     "Rebruit", "en", "https://rebruit.com/xiaomi-15-and-15-ultra-land-at-mwc-2025-a-high-end-power-play"),
   R("Xiaomi takes aim at Samsung in Europe with a 1,499-euro 15 Ultra", "", "CNBC", "en"),
   R("小米15 Ultra巴塞罗那全球首发 欧洲售价1499欧元起", "", "每日经济新闻", "zh"),
   R("शाओमी 15 अल्ट्रा का ग्लोबल लॉन्च, यूरोप में दाम 1,499 यूरो", "", "ज़ी न्यूज़", "hi")])

E("2025-05-07", "statement", ["xiaomi"],
  "Xiaomi Auto apologises late on 7 May over the SU7 Ultra's power-limiting 'ranked mode' update and the carbon-fibre dual-duct hood, offering a switch to the aluminium hood or 20,000 points",
  [R("深夜致歉!小米汽车回应SU7 Ultra排位模式及碳纤维双风道前舱盖争议|界面新闻 · 汽车",
     "5月7日深夜,小米汽车官方发布《关于大家关心问题的回答》一文,回应小米SU7Ultra最近引发广泛关注的限制马力和碳纤维双风道前舱盖问题,并两次致歉。",
     "界面新闻", "zh", "https://www.gdcydspt.cn/post/4113.html (syndicated 界面新闻 story)"),
   R("Xiaomi Auto issues late-night apology—why do netizens say it’s “a new story every day”?",
     "On the night of May 7, Xiaomi Auto posted a statement on its official Weibo titled “Answers to the Questions Everyone Cares About.”",
     "Daxue Consulting / DAO Insights", "en", "https://daoinsights.com/news/xiaomi-auto-issues-late-night-apology"),
   R("SU7 Ultra要價17萬碳纖維引擎蓋竟是幌子?小米汽車迅速道歉!", "", "聯合新聞網", "zh-Hant",
     "https://autos.udn.com/autos/story/124115/8745800?from=udn-next-newnews_ch1018"),
   R("小米SU7 Ultra碳纤维双风道前舱盖引争议,官方致歉并推出补偿方案", "", "爱集微", "zh",
     "https://api.laoyaoba.com/n/943993"),
   R("शाओमी ने SU7 अल्ट्रा के कार्बन फाइबर हुड पर मांगी माफ़ी, ग्राहकों को 20,000 पॉइंट्स", "", "आज तक", "hi")])

E("2025-09-19", "other", ["xiaomi"],
  "Xiaomi recalls 116,887 standard SU7 sedans built between 6 February 2024 and 30 August 2025 to fix its L2 highway navigation assist by over-the-air update, China's market regulator says",
  [R("Xiaomi Recalls 117,000 SU7 EVs in China Over Driver-Assistance Safety Risks",
     "Chinese tech giant Xiaomi Corp. will recall about 117,000 SU7 electric sedans in China to fix potential safety flaws in its driver-assistance system, regulators said Friday, marking the automaker’s biggest recall since launching the model last year.",
     "Caixin Global", "en",
     "https://www.caixinglobal.com/2025-09-20/xiaomi-recalls-117000-su7-evs-in-china-over-driver-assistance-safety-risks-102364239.html"),
   R("Xiaomi Auto recalls SU7",
     "XIAOMI Auto, the carmaking arm of Chinese electronics giant Xiaomi, will recall nearly one-third of the SU7 it has delivered to address safety issues related to its advanced driver-assistance system.",
     "Shenzhen Daily", "en", "http://www.szdaily.com/content/2025-09/22/content_31697744.htm"),
   R("小米汽车召回116887辆SU7标准版 将通过OTA免费升级高速领航辅助", "", "新华网", "zh"),
   R("小米SU7大規模召回 逾11萬輛需OTA修正輔助駕駛", "", "聯合新聞網", "zh-Hant"),
   R("शाओमी ने चीन में 1.16 लाख से ज़्यादा SU7 कारें वापस मंगाईं, ड्राइवर-असिस्ट में खामी", "", "दैनिक भास्कर",
     "hi"),
   R("Xiaomi shares slip after SU7 recall notice", BP_INV, "Investing.com", "en")])

E("2026-02-12", "open_source", ["xiaomi_ai"],
  "Xiaomi open-sources Xiaomi-Robotics-0, its first vision-language-action robot model (4.7B parameters) that runs in real time on a consumer GPU",
  [R("Xiaomi Goes Open-Source: 4.7B-Parameter Model Brings Robotic Reasoning to the Desktop", "", "HM Journal", "en",
     "https://hmjournal.com/en/post/xiaomi-releases-open-source-47b-robotics-ai-model"),
   R("Xiaomi-Robotics-0: An Open-Sourced Vision-Language-Action Model with Real-Time Execution", "", "arXiv", "en",
     "https://arxiv.org/html/2602.12684v1"),
   R("Xiaomi's first robot brain tops LIBERO and CALVIN",
     "On February 12, 2026, Xiaomi officially released its first open-source Robotic VLA (Vision-Language-Action) model, named “Xiaomi-Robotics-0”.",
     "Xiaomi Time", "en", "cf. https://xiaomitime.com/?p=89081 (summary verbatim; title written for this set)"),
   R("小米开源首代机器人VLA大模型Xiaomi-Robotics-0 47亿参数可在消费级显卡实时推理", "", "机器之心", "zh"),
   R("शाओमी ने रोबोट के लिए 4.7 अरब पैरामीटर वाला ओपन-सोर्स AI मॉडल जारी किया", "", "AIbase हिंदी", "hi")])

E("2024-04-24", "other", ["xiaomi", "lei_jun"],
  "Lei Jun says the Xiaomi SU7 has 75,723 locked-in orders",
  [R("雷军公布小米SU7锁单量：75723台", "", "澎湃新闻", "zh"),
   R("Xiaomi SU7 locked orders hit 75,723, Lei Jun says", "", "CnEVPost", "en"),
   R("小米SU7鎖單逾7.5萬台 雷軍親自揭露", "", "經濟日報", "zh-Hant"),
   R("शाओमी SU7 के पक्के ऑर्डर 75,723 तक पहुंचे, ली जून ने बताया", "", "आज तक", "hi")])

E("2024-10-29", "other", ["xiaomi", "lei_jun"],
  "At the Xiaomi 15 launch Xiaomi says an SU7 Ultra prototype set a four-door lap record on the Nürburgring Nordschleife, beating the Porsche Taycan Turbo GT",
  [R("Xiaomi SU7 Ultra prototype sets Nürburgring four-door lap record, beating Porsche's Taycan Turbo GT", "",
     "Electrek", "en"),
   R("小米SU7 Ultra原型车纽北圈速刷新四门车纪录", "", "懂车帝", "zh"),
   R("小米SU7 Ultra原型車 紐柏林北環圈速勝保時捷Taycan", "", "U-CAR", "zh-Hant"),
   R("शाओमी SU7 अल्ट्रा प्रोटोटाइप ने नूरबुर्गरिंग पर बनाया चार दरवाज़ों वाली कार का रिकॉर्ड", "", "ज़ी न्यूज़",
     "hi")])

E("2025-12-19", "other", ["xiaomi_ai"],
  "Xiaomi publishes the technical report of MiMo-VL-Miloco-7B, a home-scenario vision-language model built on MiMo-VL-7B for its Miloco smart-home hub, with open weights including a GGUF variant",
  [R("Xiaomi MiMo-VL-Miloco Technical Report (2512.17436v1)", "", "Emergent Mind", "en",
     "https://www.emergentmind.com/papers/2512.17436"),
   R("Xiaomi details the home-camera vision model behind its Miloco hub", "", "The Decoder", "en"),
   R("小米发布MiMo-VL-Miloco技术报告：面向智能家居的7B视觉语言模型", "", "机器之心", "zh"),
   R("शाओमी ने स्मार्ट होम के लिए MiMo-VL-Miloco-7B मॉडल की तकनीकी रिपोर्ट जारी की", "", "AIbase हिंदी", "hi")])

E("2026-04-23", "open_source", ["xiaomi_ai"],
  "Xiaomi's MiMo team formally releases the MiMo-V2.5-TTS series (TTS, VoiceDesign, VoiceClone; API free for a limited time) and open-sources MiMo-V2.5-ASR, an 8B end-to-end speech recognition model",
  [R("小米 MiMo 发布语音模型系列，8B 参数 ASR 开源",
     "小米 MiMo 团队正式发布了 MiMo-V2.5-TTS Series 与 MiMo-V2.5-ASR 模型。",
     "橘鸦AI早报", "zh", "corpus:juya_ai_daily_zh_2026-04-26.rss.xml (issue of 2026-04-24; tags stripped, spaces collapsed)"),
   R("Xiaomi open-sources MiMo-V2.5-ASR, an 8B end-to-end speech recognizer, on Hugging Face and GitHub", "",
     "MarkTechPost", "en"),
   R("小米MiMo語音模型上線 VoiceClone可複製音色、API限時免費", "", "iThome", "zh-Hant"),
   R("शाओमी ने 8 अरब पैरामीटर वाला स्पीच रिकग्निशन मॉडल MiMo-V2.5-ASR ओपन सोर्स किया", "", "AIbase हिंदी", "hi")])

# ---------------------------------------------------------------- look-alike pairs
EV = {e["id"]: e for e in EVENTS}
PAIRS = []


def side(x):
    """x is (event_id, report_index) or a report dict (inline side)."""
    if isinstance(x, tuple):
        return EV[x[0]]["reports"][x[1]], x[0]
    return x, None


def P(kind, a, b, note):
    sa, ea = side(a)
    sb, eb = side(b)
    p = {"id": "la2-%03d" % (len(PAIRS) + 1), "a": sa, "b": sb, "same": False, "kind": kind, "note": note}
    if ea:
        p["a_event"] = ea
    if eb:
        p["b_event"] = eb
    PAIRS.append(p)


def ID(n):
    return "ev2-%03d" % n


# inline sides: real items of real events that are not in any events file
IN_14U_TEASE = R("The Xiaomi 14 Ultra Will Be Released in China This Week!", "", "PhoneWeek", "en",
                 "https://www.phoneweek.co.uk/the-xiaomi-14-ultra-will-be-released-in-china-this-week/")
IN_14_DATE = R("Xiaomi set to launch flagship Xiaomi 14 series globally on February 25, CEO Lei Jun confirms",
               "In a highly anticipated move, Xiaomi is set to launch its latest flagship series, the Xiaomi 14, globally on February 25, just ahead of the Mobile World Congress (MWC) 2024.",
               "Mint", "en",
               "https://www.livemint.com/technology/xiaomi-set-to-launch-flagship-xiaomi-14-series-globally-on-february-25-ceo-lei-jun-confirms-11707283584903.html")
IN_FOLD3 = R("Lei Jun Unveils Xiaomi’s High-End Transformation in Anniversary Speech",
             "On the evening of August 14th, Lei Jun delivered a four-hour speech to an audience of 3500 people at the Beijing National Convention Center.",
             "Pandaily", "en", "https://pandaily.com/lei-jun-unveils-xiaomis-high-end-transformation-in-anniversary-speech/")
IN_HOOD_OWNERS = R("小米SU7 Ultra陷“虚假宣传”争议,数百名消费者要求无损退车", "", "Reportify", "zh",
                   "https://reportify.ai/news/1118573493953368064")

def L(n, lang, k=0):
    """(event id, index of the k-th report of event n in language lang)"""
    idx = [i for i, r in enumerate(EV[ID(n)]["reports"]) if r["lang"] == lang]
    return (ID(n), idx[k])


# same_names
P("same_names", L(2, "zh"), L(3, "en"),
  "NSA paper published (Feb 2025) vs the same paper winning the ACL 2025 best paper award (Jul 2025): different stage")
P("same_names", L(2, "en", 1), L(3, "zh-Hant"),
  "Liang Wenfeng co-authors the NSA paper (Feb 2025) vs the paper's ACL award in Vienna (Jul 2025)")
P("same_names", L(8, "zh"), L(14, "en"),
  "David Sacks's distillation claim (Jan 2025) vs the administration weighing a DeepSeek ban (Apr 2025)")
P("same_names", L(25, "en"), L(26, "zh"),
  "Altman's Reddit AMA remark on open source vs the o3-mini launch, both OpenAI on 31 Jan 2025 (borderline for saga-level clustering; two different OpenAI developments on one day)")
P("same_names", L(21, "zh"), L(25, "en", 1),
  "OpenAI's March 2025 policy proposal calling DeepSeek state-controlled vs Altman's January AMA on open source")
P("same_names", L(37, "zh"), L(38, "en"),
  "Xiaomi Auto's May 2025 apology over the SU7 Ultra hood and ranked mode vs the September 2025 SU7 recall")
P("same_names", L(37, "hi"), L(38, "zh-Hant"),
  "SU7 Ultra hood apology (May 2025) vs SU7 standard-edition recall (Sep 2025)")
P("same_names", L(40, "zh"), L(41, "en"),
  "SU7 locked orders announced by Lei Jun (Apr 2024) vs SU7 Ultra prototype Nürburgring record (Oct 2024)")
P("same_names", L(13, "en"), L(14, "hi"),
  "Commerce bureaus banning DeepSeek on devices (Mar 2025) vs the administration mulling penalties on DeepSeek (Apr 2025): different action and stage")
P("same_names", L(16, "en"), L(9, "zh"),
  "Microsoft brings distilled R1 to Copilot+ PCs (29 Jan) vs Nadella's Jevons-paradox post (27 Jan)")
P("same_names", L(16, "zh"), L(9, "hi"),
  "Copilot+ PC R1 distills vs Nadella's Jevons remark, both Microsoft")
P("same_names", L(1, "en"), L(4, "zh"),
  "Janus release (Oct 2024) vs Open Source Week day 4 DualPipe/EPLB (Feb 2025): two different DeepSeek open-source releases")
P("same_names", L(1, "zh"), L(5, "en"),
  "Janus open-sourced vs DeepSeek's plan to upstream its inference-engine optimisations to vLLM")
P("same_names", L(4, "zh", 1), L(5, "en"),
  "Open Source Week day 4 profiling data vs the April 2025 inference-engine open-sourcing post")
P("same_names", L(4, "hi"), L(5, "zh-Hant"),
  "DualPipe/EPLB release vs the inference-engine plan")
P("same_names", L(2, "hi"), L(3, "en", 2),
  "NSA paper (Feb 2025) vs NSA ACL best paper award (Jul 2025)")
P("same_names", L(2, "en"), L(1, "zh-Hant"),
  "NSA sparse attention paper vs Janus multimodal model: different DeepSeek research outputs")
P("same_names", L(15, "zh"), L(3, "zh"),
  "April 2026 rumour that V4 ships that week vs the July 2025 ACL award whose headline speculates about V4")
P("same_names", L(34, "en"), L(35, "zh"),
  "MIX Fold 4/MIX Flip launch (Jul 2024) vs Redmi K80 launch (Nov 2024): different Xiaomi phones")
P("same_names", L(40, "en"), L(32, "zh"),
  "SU7 locked orders (Apr 2024) vs Q2 2024 results with first EV delivery figures (Aug 2024)")
P("same_names", L(37, "en"), IN_HOOD_OWNERS,
  "Xiaomi Auto's 7 May apology vs the owners' later collective demand for penalty-free refunds (borderline for saga-level clustering; a reaction by another party)")
P("same_names", L(15, "en"), L(2, "zh", 1),
  "V4 release rumour (Apr 2026) vs the NSA paper (Feb 2025) that was expected to feed into the next model")
P("same_names", L(39, "en"), L(42, "zh"),
  "Xiaomi-Robotics-0 VLA model (Feb 2026) vs MiMo-VL-Miloco home vision model report (Dec 2025): different Xiaomi AI models")
P("same_names", L(39, "zh"), L(42, "en"),
  "Robotics-0 open-sourced vs MiMo-VL-Miloco technical report")
P("same_names", L(43, "zh"), L(39, "hi"),
  "MiMo-V2.5-ASR open-sourced (Apr 2026) vs Xiaomi-Robotics-0 open-sourced (Feb 2026)")
P("same_names", L(43, "en"), L(42, "hi"),
  "MiMo speech models vs MiMo-VL-Miloco home vision model")

# same_type_other_actor
P("same_type_other_actor", L(10, "en"), L(7, "zh"),
  "SemiAnalysis's GPU and capex estimate (31 Jan) vs Alexandr Wang's 50,000-H100 claim (23 Jan): same figure, different source and day")
P("same_type_other_actor", L(7, "en"), L(10, "zh-Hant"),
  "Wang's H100 claim vs SemiAnalysis's capex estimate")
P("same_type_other_actor", L(9, "en"), L(17, "zh"),
  "Nadella's DeepSeek comment vs Zuckerberg's on Meta's earnings call")
P("same_type_other_actor", L(17, "en", 1), L(18, "zh"),
  "Zuckerberg vs Tim Cook commenting on DeepSeek on their earnings calls")
P("same_type_other_actor", L(18, "en"), L(9, "hi"),
  "Tim Cook on efficiency vs Nadella on Jevons paradox")
P("same_type_other_actor", L(6, "en"), L(9, "zh"),
  "Amodei's export-control essay vs Nadella's optimism: two CEOs' statements about DeepSeek")
P("same_type_other_actor", L(6, "hi"), L(7, "en", 1),
  "Amodei's essay vs Alexandr Wang's chip claim")
P("same_type_other_actor", L(12, "en"), L(14, "zh"),
  "Senator Hawley's decoupling bill (Jan 2025) vs the administration weighing DeepSeek penalties (Apr 2025)")
P("same_type_other_actor", L(22, "en"), L(23, "zh"),
  "Feroot's China Mobile code finding vs NowSecure's iOS app audit: two security firms, two findings a day apart")
P("same_type_other_actor", L(22, "zh-Hant"), L(23, "en"),
  "Feroot vs NowSecure findings")
P("same_type_other_actor", L(23, "hi"), L(22, "en", 1),
  "NowSecure vs Feroot findings")
P("same_type_other_actor", L(19, "en"), L(26, "hi"),
  "Alibaba's QwQ-32B vs OpenAI's o3-mini: reasoning-model releases by different companies")
P("same_type_other_actor", L(19, "zh"), L(26, "en"),
  "QwQ-32B open-sourced vs o3-mini launched")
P("same_type_other_actor", L(39, "hi"), L(1, "en"),
  "Xiaomi open-sources a robot model vs DeepSeek open-sources Janus")
P("same_type_other_actor", L(43, "zh-Hant"), L(1, "zh"),
  "Xiaomi open-sources an ASR model vs DeepSeek open-sources Janus")
P("same_type_other_actor", L(24, "en"), L(19, "zh-Hant"),
  "Baidu makes ERNIE Bot free vs Alibaba releases QwQ-32B: two Chinese rivals' responses to DeepSeek, different actions")

# place
P("place", L(28, "zh"), L(29, "en"),
  "Xiaomi 14 Ultra China launch (22 Feb 2024) vs the global launch in Barcelona (25 Feb 2024)")
P("place", L(28, "hi"), L(29, "zh"),
  "14 Ultra China launch vs Xiaomi 14 series global launch")
P("place", L(11, "en"), L(13, "zh"),
  "Pentagon blocks DeepSeek (Jan 2025) vs Commerce Department bureaus ban it (Mar 2025)")
P("place", L(11, "hi"), L(27, "en"),
  "Pentagon block vs House CAO warning")
P("place", L(13, "zh-Hant"), L(27, "hi"),
  "Commerce Department ban vs House offices warned")
P("place", L(27, "en"), L(11, "zh"),
  "House CAO warning (30 Jan) vs Pentagon DISA block (28 Jan)")
P("place", L(11, "en", 1), L(27, "zh"),
  "Pentagon IT agency vs House IT office: two different federal bodies")
P("place", L(13, "en", 1), L(11, "en", 2),
  "Commerce Department vs Pentagon: same kind of block in another agency")

# boilerplate
P("boilerplate", L(1, "hi"), L(15, "hi"), "Same Gadgets 360 Hindi stock summary; Janus (2024) vs V4 rumour (2026)")
P("boilerplate", L(16, "hi"), L(28, "hi"), "Same Gadgets 360 Hindi stock summary; Copilot+ R1 vs Xiaomi 14 Ultra")
P("boilerplate", L(23, "hi"), L(35, "hi"), "Same Gadgets 360 Hindi stock summary; NowSecure audit vs Redmi K80")
P("boilerplate", (ID(19), 4), (ID(31), 4), "Same 东方财富网 stock summary; QwQ-32B vs Xiaomi Q1 2024 results")
P("boilerplate", (ID(24), 4), (ID(19), 4), "Same 东方财富网 stock summary; ERNIE Bot free vs QwQ-32B")
P("boilerplate", (ID(14), 5), (ID(30), 5), "Same Investing.com stock summary; DeepSeek penalties vs Xiaomi 2023 results")
P("boilerplate", (ID(38), 5), (ID(14), 5), "Same Investing.com stock summary; SU7 recall vs DeepSeek penalties")
P("boilerplate", L(8, "hi"), L(18, "hi"), "Same Aaj Tak stock summary; Sacks's claim vs Tim Cook's remark")
P("boilerplate", L(25, "hi"), L(8, "hi"), "Same Aaj Tak stock summary; Altman's AMA vs Sacks's claim")

# period
P("period", L(30, "en"), L(31, "zh"), "Xiaomi full-year 2023 results (Mar 2024) vs Q1 2024 results (May 2024)")
P("period", L(31, "en"), L(32, "zh"), "Xiaomi Q1 2024 vs Q2 2024 results")
P("period", L(31, "hi"), L(32, "en"), "Xiaomi Q1 2024 vs Q2 2024 results")
P("period", L(32, "hi"), L(30, "en", 1), "Xiaomi Q2 2024 vs full-year 2023 results")
P("period", L(31, "zh-Hant"), L(32, "zh-Hant"), "Xiaomi Q1 2024 vs Q2 2024 results, both traditional Chinese")
P("period", L(30, "zh"), L(32, "en", 1), "Xiaomi 2023 annual results vs Q2 2024 results")
P("period", L(29, "en"), L(36, "zh"), "Xiaomi global flagship launch before MWC 2024 vs before MWC 2025")
P("period", L(29, "hi"), L(36, "en"), "Xiaomi 14 global launch (2024) vs Xiaomi 15 Ultra global launch (2025)")

# version
P("version", L(33, "en"), L(34, "zh"), "MIX Fold 4/Flip confirmed for July (8 Jul 2024) vs their launch (19 Jul 2024): teased vs launched")
P("version", L(33, "zh"), L(34, "en", 1), "Changping factory and MIX teaser vs MIX Fold 4/Flip launch")
P("version", L(33, "hi"), L(34, "zh", 1), "MIX teaser vs MIX Flip launch")
P("version", L(28, "en"), L(36, "hi"), "Xiaomi 14 Ultra (2024) vs Xiaomi 15 Ultra (2025)")
P("version", L(28, "zh"), IN_14U_TEASE, "14 Ultra China launch date teased vs the actual launch on 22 Feb 2024")
P("version", L(29, "zh"), IN_14_DATE, "Global launch date confirmed (6 Feb 2024) vs the global launch itself (25 Feb 2024)")
P("version", L(34, "zh"), IN_FOLD3, "MIX Fold 3 at the August 2023 speech vs MIX Fold 4 at the July 2024 speech")
P("version", L(41, "zh-Hant"), L(40, "hi"),
  "SU7 Ultra prototype lap record (Oct 2024) vs standard SU7 locked orders (Apr 2024): another model and stage")

def main(outdir=HERE):
    with open(os.path.join(outdir, "events_holdout2.jsonl"), "w", encoding="utf-8") as f:
        for e in EVENTS:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "lookalikes_holdout2.jsonl"), "w", encoding="utf-8") as f:
        for p in PAIRS:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    print(len(EVENTS), "events,", sum(len(e["reports"]) for e in EVENTS), "reports,", len(PAIRS), "pairs")


if __name__ == "__main__":
    main()
