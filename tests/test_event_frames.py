"""One event, one story, whatever the language: event frames, boilerplate leads, the story index."""

from __future__ import annotations

import pytest
from event_quality import SEEDS, cluster, load, reports, score_partition

from bot.boilerplate import Boilerplate
from bot.eventframe import Agreement, actions_of
from bot.matcher import Matcher
from bot.signature import signature
from bot.similarity import ItemSignature, conflict, frame_agreement, item_signature
from bot.stories import FIRST_DAY, MERGE_SPAN, Lookup, StoryIndex, compare, judge, watchlist_mentions
from bot.watchlist import load_watchlist


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(load_watchlist(SEEDS))


@pytest.mark.parametrize(("headline", "action"), [
    ("Xiaomi poaches DeepSeek researcher Luo Fuli", "hire"),
    ("罗福莉加盟小米", "hire"),
    ("श्याओमी में शामिल हुईं लुओ फुली", "hire"),
    ("Italy blocks DeepSeek", "ban"),
    ("意大利封禁DeepSeek", "ban"),
    ("इटली में डीपसीक पर प्रतिबंध", "ban"),
    ("DeepSeek slashes API prices", "price_cut"),
    ("DeepSeek降价75%", "price_cut"),
    ("DeepSeek open-sources FlashMLA", "open_source"),
    ("DeepSeek开源FlashMLA", "open_source"),
    ("Lei Jun speaks at the NPC", "talk"),
    ("डीपसीक ने R1 को किया अपग्रेड", "release"),
    ("डीपसीक ने जारी किया OCR 2 मॉडल", "release"),
    ("DeepSeek 网页端与APP服务屡现异常", "outage"),
    ("डीपसीक की सेवाएं 18 मिनट ठप रहीं", "outage"),
    ("Commerce looks into DeepSeek chip purchases", "probe"),
    ("वित्त मंत्रालय के कर्मचारी DeepSeek का इस्तेमाल नहीं कर पाएंगे", "ban"),
    ("小米集团绩后跌破40港元关口", "market"),
    ("Redmi Note 14 सीरीज़ का टीज़र जारी", "rumor"),
    ("Xiaomi spends over HK$800 million on two days of share buybacks", "buyback"),
    ("小米集团两日斥资逾8亿港元回购2150万股", "buyback"),
    ("Alibaba's Qwen Chatbot Hits 10 Million Downloads in First Week.", "downloads"),
    ("अलीबाबा के क्वेन ऐप ने एक हफ़्ते में पार किए 1 करोड़ डाउनलोड", "downloads"),
    ("चीन ने एनवीडिया को तलब किया", "probe"),
    ("千问App公测", "release"),
    ("Tesla confirms Doubao and DeepSeek in China cars", "statement"),
    ("Xiaomi opens SU7 Ultra pre-sales at 814,900 yuan", "orders"),
    ("特斯拉确认车机接入豆包与DeepSeek", "statement"),
    ("NSB urges caution over Chinese AI apps", "statement"),
    ("NowSecure audit finds DeepSeek's iPhone app sends data unencrypted", "probe"),
    ("小米首季盈利近腰斬 電動車分部再虧31億", "earnings"),
    ("Xiaomi profit nearly halves as memory costs and EV slump bite", "earnings"),
    ("美国国防部已屏蔽DeepSeek网站", "ban"),
    ("फ्रांस का डेटा नियामक CNIL डीपसीक से करेगा पूछताछ", "probe"),
    ("ऐप स्टोर पर छाया चीनी AI, डीपसीक ने ChatGPT को पछाड़ा", "benchmark"),
    ("'AI प्रोडिजी' लुओ फुली ने थामा शाओमी का हाथ", "hire"),
    ("小米集团午后跌超4%", "market"),
    ("Xiaomi Recalls 117,000 SU7 EVs", "recall"),
    ("小米汽车召回SU7", "recall"),
    ("शाओमी ने 1.16 लाख SU7 कारें वापस मंगाईं", "recall"),
    ("DeepSeek resumes API top-ups after server crunch eases", "resume"),
    ("DeepSeek重新开放API充值", "resume"),
    ("DeepSeek-V3.2-Exp Cuts Long-Context Costs", "price_cut"),
    ("DeepSeek国庆前夜上新V3.2-Exp，API价格腰斩", "price_cut"),
    ("Poco F6 and F6 Pro go global at Dubai event", "release"),
    ("Xiaomi Mix Fold 4 and Mix Flip announced: a book-style foldable", "release"),
    ("小米配售8亿股 募资约425亿港元", "funding"),
    ("DeepSeek quietly limits answer regenerations and prompt edits", "ban"),
    ("寒武纪宣布同步适配DeepSeek-V3.2-Exp", "partnership"),
    ("शाओमी ने SU7 अल्ट्रा के कार्बन फाइबर हुड पर मांगी माफ़ी", "statement"),
    ("小米SU7 Ultra前舱盖引争议，官方致歉", "statement"),
    ("DeepSeek iOS app sends data unencrypted to ByteDance-controlled servers", "security"),
    ("US probing whether DeepSeek got Nvidia chips through Singapore", "probe"),
    ("DPC writes to DeepSeek over Irish users' data", "probe"),
    ("Huawei Cloud teams up with SiliconFlow to offer DeepSeek models on Ascend", "partnership"),
    ("Microsoft is bringing distilled DeepSeek R1 models to Copilot Plus PCs", "partnership"),
    ("DeepSeek knocks 75% off V4-Pro API in limited-time promotion", "price_cut"),
    ("Xiaomi to pour 200 billion yuan into R&D over five years", "funding"),
    ("DeepSeek进军文生图领域", "release"),
    ("韩国个人信息保护委员会：DeepSeek未经同意向中美公司转移用户数据", "leak"),
    ("DeepSeek V3.1出現“極”字Bug,影響編碼流程", "outage"),  # a Latin word right after Han letters
    ("डीपसीक V3.1 में अजीब गड़बड़ी", "outage"),
    ("Liang Wenfeng, Ren Zhengfei and Wang Xingxing make Time's 2025 AI list", "award"),
])
def test_the_action_is_found_in_every_language(headline: str, action: str) -> None:
    assert action in actions_of(headline)


def test_an_investigation_is_no_investment_and_opening_one_is_no_launch() -> None:
    assert actions_of("Dutch privacy watchdog to launch investigation into DeepSeek") == {"probe"}
    assert actions_of("Italy investigates DeepSeek") == {"probe"}
    assert actions_of("Tencent invests in DeepSeek") == {"funding"}
    assert "funding" in actions_of("雷軍宣布三年砸600億元人民幣投入AI")


def test_words_that_only_look_like_an_action_are_none() -> None:
    """"Against" is no ban unless someone is told not to use it; a festive quarter is no results
    season; the end of a discount is no price cut."""
    assert "ban" not in actions_of("In Barcelona, Xiaomi pits a Leica quad-camera Ultra against Samsung's S24")
    assert "ban" in actions_of("Taiwan advises government agencies against using DeepSeek")
    assert "earnings" not in actions_of("Xiaomi brings Redmi Note 14 series to India ahead of the festive quarter")
    assert "price_cut" not in actions_of("DeepSeek恢复API充值 V3优惠期结束")
    assert "market" not in actions_of("DeepSeek shares the parallelism tricks behind V3 and R1 training")
    assert "market" in actions_of("Xiaomi shares slip after SU7 recall notice")
    assert "price_cut" not in actions_of("Xiaomi profit nearly halves as memory costs and EV slump bite")
    assert "price_cut" not in actions_of("小米首季盈利近腰斬 電動車分部再虧31億")
    assert "price_cut" in actions_of("DeepSeek halves API prices after strong results")
    assert "release" not in actions_of("Xiaomi trims 2025 phone shipment goal to 175 million")
    assert "ban" not in actions_of("DeepSeek登Nature封面：首个通过同行评审的主流大模型")
    assert "hire" not in actions_of("Oklahoma joins other states in banning the DeepSeek chatbot")
    assert "ban" not in actions_of("Xiaomi 17 Ultra pulled forward for Lunar New Year")
    assert "ban" in actions_of("Apple pulls DeepSeek from its App Store")
    assert "ban" in actions_of("Stitt: DeepSeek comes off every Oklahoma state device")
    assert "market" not in actions_of("Scale AI CEO claims DeepSeek hides 50,000 H100 chips stockpile")
    assert "talk" not in actions_of("'They can't talk about it': Scale AI's Wang puts DeepSeek's H100 count at 50,000")
    assert "ban" in actions_of("Pentagon IT agency shut off DeepSeek's website")
    assert actions_of("Apple CEO shrugs off DeepSeek fears on earnings call") == {"denial"}
    assert "rumor" in actions_of("曝DeepSeek V4本周上线 参数规模或达1.6万亿")
    assert "rumor" not in actions_of("雷军两会建议：加强AI深度合成“换脸拟声”违法侵权治理")  # 拟 of 拟声 is no plan
    assert "rumor" not in actions_of("小米发布虚拟现实头显 支持模拟驾驶")
    assert "rumor" not in actions_of("阿里宣布未来三年投入超3800亿元")  # a pledge over the years ahead, made now
    for hired in ("'Intelligence will step beyond language': ex-DeepSeek prodigy confirms move to Xiaomi",
                  "AI प्रतिभा पर शाओमी का दांव: 'जीनियस गर्ल' अब MiMo टीम का हिस्सा", "“天才少女”朋友圈发文：已在小米",
                  "Ex-DeepSeek researcher Luo Fuli says she now works at Xiaomi MiMo"):
        assert "hire" in actions_of(hired)
    assert not actions_of("Xiaomi lands in India")
    assert actions_of("夜间调用打2.5折 深度求索试水错峰定价") == {"price_cut"}  # 2.5折: a quarter of the price
    assert "price_cut" not in actions_of("小米MIX Fold4发布：折叠厚度9.47mm")  # 折叠: a fold
    assert actions_of("DeepSeek恢复API充值，V3优惠价格到期") == {"resume"}  # a discount's end is no price cut
    for plan in ("DeepSeek预告“开源周”：下周起连续五天开源五个代码库", "DeepSeek OpenSourceWeek is Coming",
                 "What DeepSeek's secret Model1 reveals about the upcoming V4", "रेडमी का पहला 'प्रो मैक्स' फोन आ रहा है"):
        assert "rumor" in actions_of(plan)  # announced ahead, coming, upcoming: a plan
    assert "rumor" not in actions_of("Innovation Can't Be Planned, Baidu's Robin Li Says on DeepSeek")
    assert "talk" not in actions_of("Redmi K90 Pro Max design revealed with a Bose speaker on the back")
    assert actions_of("Gov. Landry signs order banning state use of AI software tied to China") == {"ban"}  # a decree
    assert "ban" in actions_of("Congress's IT office tells staff DeepSeek is unauthorized while it is reviewed")
    assert actions_of("Telegram CEO Durov commends China's education system for AI") == {"statement"}
    assert not actions_of("Xiaomi receives tax credits")
    assert "price_cut" in actions_of("Luo Fuli explains how Xiaomi can cut MiMo prices 99% without selling at a loss")
    assert "hire" in actions_of("लेई जून का बड़ा दांव: लुओ फुली संभालेंगी शाओमी की AI मॉडल टीम")
    assert signature("DeepSeek在韩下架：个人信息保护委员会要求整改后再恢复服务").places == {"korea"}  # 在韩: in Korea
    for debut in ("Moore Threads surged 411% on its first trading day", "沐曦科創板掛牌首日飆近7倍",
                  "चीनी GPU कंपनी मेटाएक्स के शेयर लिस्टिंग के दिन करीब 700% उछले"):
        assert "market" in actions_of(debut)  # a listing's first day is the market's news
    assert "rumor" in actions_of("DeepSeek拟首轮融资约500亿元")
    assert "rumor" in actions_of("डीपसीक V4 इसी हफ्ते आ सकता है")
    assert "price_cut" in actions_of("Baidu scraps the paid tier for Ernie Bot")


def test_a_security_test_tells_of_a_flaw_no_release_ban_or_outage() -> None:
    """What a red team finds is a flaw: the test releases nothing, "fails to block" bans nothing, and
    "vulnerable to attacks" takes no service down. A bonus docked is no award, a researcher no research."""
    assert actions_of("DeepSeek R1 fails to block a single harmful prompt in security test") == {"security"}
    assert actions_of("Cisco Report Claims that DeepSeek is Vulnerable to Attacks") == {"security", "statement"}
    assert actions_of("思科联合宾大研究:DeepSeek-R1越狱攻击成功率达100%") >= {"security"}
    assert "outage" not in actions_of("思科联合宾大研究:DeepSeek-R1越狱攻击成功率达100%")
    assert actions_of("डीपसीक की सुरक्षा पर सवाल, जेलब्रेक टेस्ट में 100% नाकाम") == {"security"}
    assert actions_of("DeepSeek hit by large-scale malicious attacks, limits sign-ups") == {"outage"}
    assert "award" not in actions_of("小米通报合作事件：涉事员工辞退 高管扣除年度奖金")
    assert "research" not in actions_of("डीपसीक को झटका: R1 मॉडल के अहम रिसर्चर ने छोड़ी कंपनी")
    assert "leave" in actions_of("DeepSeek loses R1 co-author Guo Daya as China's tech giants circle")
    assert "leave" not in actions_of("Nvidia loses $589 billion in market value")


def test_investors_reviews_plans_and_chips_are_no_actions_of_their_own() -> None:
    """An investor speaking is no funding, a peer review no probe, a product called "Token Plan" no
    plan, an earnings call where someone answers a question no results report; chips a company may
    not have bought were smuggled; limiting sign-ups under attack is no ban."""
    assert actions_of("硅谷投资人安德森：DeepSeek-R1是AI领域的“斯普特尼克时刻”") == frozenset()
    assert actions_of("Nvidia's Huang says investors misunderstood DeepSeek's impact") == {"statement"}
    assert "funding" in actions_of("Investors pour money into DeepSeek rivals")
    assert actions_of("DeepSeek’s $294K AI model becomes first to pass peer review") == frozenset()
    assert actions_of("小米MiMo上线Token Plan套餐，最低39元每月") == {"release"}
    assert actions_of("庫克在財報會議被問DeepSeek 肯定提升效率的創新") == frozenset()
    assert actions_of("DeepSeek suspected of using banned Nvidia chips to train its AI") == {"smuggling"}
    assert actions_of("DeepSeek暂时限制部分注册") == {"outage"}
    assert actions_of("DeepSeek restricts sign-ups after 'large-scale malicious attacks'") == {"outage"}
    assert "price_cut" not in actions_of("शाओमी ने लॉन्च की पहली इलेक्ट्रिक कार SU7, टेस्ला मॉडल 3 से सस्ती")
    assert "price_cut" not in actions_of("雷军：小米SU7定价21.59万元，比Model 3便宜3万")
    assert "price_cut" not in actions_of("小米SU7比特斯拉便宜")
    assert actions_of("DeepSeek API价格比以前便宜一半") == {"price_cut"}  # its own price, cheaper than before
    assert actions_of("डीपसीक के लियांग वेनफेंग 'नेचर्स 10' सूची में शामिल") == {"award"}
    assert "funding" not in actions_of("Claude 4 Advances Code Gen, Google I/O Roundup")
    assert actions_of("DeepSeek's NSA Tech Wins ACL 2025 Best Paper") == {"award"}
    assert "probe" not in actions_of("Xiaomi 15 Ultra review: the best camera phone, with positive reviews")
    assert "probe" in actions_of("Taiwan puts DeepSeek under review")
    assert "funding" not in actions_of("नेचर के कवर पर डीपसीक R1, ट्रेनिंग पर खर्च हुए सिर्फ 2.94 लाख डॉलर")


def test_attorneys_general_passports_and_accented_names_are_read_in_every_script() -> None:
    assert {"attorneysgeneral", "lawmaker"} <= signature("AGs Urge Congress to Ban DeepSeek AI").names
    assert "attorneysgeneral" in signature("美国21州总检察长联名致信国会").tokens
    assert "attorneysgeneral" in signature("अमेरिका के 21 राज्यों के अटॉर्नी जनरल बोले").tokens
    assert "commerc" in signature("美商務部傳下令 公務設備全面禁用DeepSeek").tokens
    assert "passport" in signature("外媒：DeepSeek要求部分研发人员上交护照").tokens
    assert signature("Xiaomi SU7 Ultra's 7:04 Nürburgring run").tokens & signature("小米SU7 Ultra纽北圈速").tokens \
        >= {"nurburgr"}


def test_lawmakers_and_the_us_are_named_in_every_spelling() -> None:
    """The House's panels, Congress, 众议院 and संसद are lawmakers, an actor of their own ("the White
    House" and Bill Gates are not); "U.S." is the US."""
    house = signature("House panel calls DeepSeek a 'profound threat' to U.S. security")
    assert "lawmaker" in house.names and house.places == {"us"}
    assert "lawmaker" in signature("美国众议院特别委员会发布报告 称DeepSeek构成“深刻威胁”").tokens
    assert "lawmaker" in signature("अमेरिकी संसदीय समिति की रिपोर्ट: डीपसीक 'गहरा खतरा'").tokens
    assert "lawmaker" in signature("Bipartisan bill would bar DeepSeek from federal phones").names
    assert "lawmaker" not in signature("White House committee reviews DeepSeek").tokens
    assert "lawmaker" not in signature("Bill Gates says DeepSeek is impressive").tokens


def test_a_phone_line_and_a_price_are_read_in_every_spelling() -> None:
    """"Xiaomi 15, Xiaomi 15 Pro" names both; "Rs 69,999" is rupees as "69,999 रुपये" is; "रेडमी टर्बो 4"
    and "8400-अल्ट्रा" are the codes "Redmi Turbo 4" and "8400-Ultra" are."""
    heads = {c.head for c in signature("Xiaomi 15, Xiaomi 15 Pro Launched With HyperOS 2").codes}
    assert "xiaomi-15" in heads
    assert (69999.0, "inr") in {(f[0], f[3]) for f in signature("Xiaomi 14 launched in India at Rs 69,999").figures}
    hindi, english = signature("रेडमी टर्बो 4 लॉन्च, डाइमेंसिटी 8400-अल्ट्रा वाला पहला फोन"), signature(
        "Redmi Turbo 4 launched with Dimensity 8400-Ultra")
    assert {(c.head, c.mods) for c in hindi.codes} == {(c.head, c.mods) for c in english.codes}


def test_a_count_and_a_sum_of_money_are_two_facets_and_a_rivals_car_no_figure(matcher: Matcher) -> None:
    """"800 million new shares" and "$5.5 billion" tell one share sale; Tesla's Model 3 (मॉडल 3) is a
    car, not the figure 3."""
    assert _same(matcher, "Xiaomi Corporation announces placing of 800 million new shares",
                 "Xiaomi raises $5.5 billion in Hong Kong share sale to fund EV and tech push")
    for headline in ("Xiaomi prices SU7 electric car below Tesla Model 3", "雷军：小米SU7定价，比Model 3便宜",
                     "शाओमी की पहली इलेक्ट्रिक कार SU7, टेस्ला मॉडल 3 से सस्ती"):
        sig = signature(headline)
        assert "modelthre" in sig.tokens and 3.0 not in {f[0] for f in sig.figures}


def test_states_and_markets_are_places(matcher: Matcher) -> None:
    """One US state's ban is not another's; a launch in China is not the global one ("the global AI
    race" is no market); a global launch clashes with no actor named beside it."""
    assert not _same(matcher, "Oklahoma joins other states in banning the DeepSeek chatbot on state devices",
                     "अलबामा में सरकारी नेटवर्क पर डीपसीक और मैनस पर प्रतिबंध")
    assert not _same(matcher, "Xiaomi 17 Ultra and Leica Edition launch in China with 1-inch camera",
                     "Xiaomi 17 and 17 Ultra debut globally at Barcelona event before MWC")
    assert signature("小米17系列巴塞罗那全球发布").places == {"globalmarket"}
    assert signature("小米15国行版发布").places == {"chinamarket"}
    assert signature("小米15系列全球發表 主打徠卡影像與AI功能").places == {"globalmarket"}
    assert not signature("a pivot in the global artificial intelligence race").places
    assert signature("深圳福田上线70名基于DeepSeek的AI数智员工").places == {"shenzhen"}
    assert not signature("Hangzhou-based DeepSeek raises money").places  # DeepSeek's home: no place of an event
    assert _same(matcher, "Xiaomi takes aim at Samsung in Europe with a 1,499-euro 15 Ultra",
                 "शाओमी 15 अल्ट्रा का ग्लोबल लॉन्च, यूरोप में दाम 1,499 यूरो")


def test_every_states_name_in_chinese_and_hindi_and_the_month_tell_events_apart(matcher: Matcher) -> None:
    """Kansas' law is not Iowa's order, in whichever script; September's deliveries are not October's,
    and a lead's month (often the day it was written) sets no month of the event; nor are orders in
    three minutes those of eighteen hours."""
    assert "kansas" in signature("美国堪萨斯州立法：州政府设备禁用DeepSeek").places
    assert signature("आयोवा ने भी सरकारी डिवाइस पर डीपसीक और रेडनोट पर लगाया बैन").places == {"iowa"}
    assert not _same(matcher, "美国堪萨斯州立法：州政府设备禁用DeepSeek",
                     "美国艾奥瓦州州长签令 州政府禁用DeepSeek和小红书")
    assert not _same(matcher, "Xiaomi EV deliveries top 40,000 for the first time in September",
                     "小米汽车10月交付量继续超4万台")
    assert not _same(matcher, "शाओमी ने अक्टूबर में भी बेचीं 40 हज़ार से ज़्यादा इलेक्ट्रिक कारें", "小米汽车9月交付量超4万台")
    assert _same(matcher, "Xiaomi EV deliveries top 40,000 for the first time in September", "小米汽车9月交付量超4万台")
    assert signature("DeepSeek may launch V4 in March").specs == frozenset()  # "may", "march": no months
    # a version's number before 月 is the version's: "玄戒O1月底登場" is the O1 at the end of the month, not January
    assert signature("小米自研晶片玄戒O1月底登場").specs == frozenset()
    assert signature("小米10月交付量").specs == {("month", "10")}
    # how long it took: orders in three minutes are not those of eighteen hours, in any script
    assert signature("雷军：YU7锁单18小时超24万").specs == {("duration", "18h")}
    assert not _same(matcher, "Xiaomi YU7 launched at 253,500 yuan, 200,000 orders in 3 minutes",
                     "雷军：YU7锁单18小时超24万")
    assert signature("डीपसीक की सेवाएं 18 मिनट ठप रहीं").specs == signature("DeepSeek suffers 18-minute outage").specs
    assert ("month", "11") not in signature("Xiaomi outsells Tesla in China", "On 10 November 2025, data showed").specs


def test_a_company_or_product_line_in_latin_letters_is_no_name_of_one_event(matcher: Matcher) -> None:
    """Apple and Alibaba are actors, counted once as such; "Redmi" is in every launch of the line. (The report
    and its confirmation came two days apart: within a story's first day they would be one story.)"""
    report, confirmed = "消息称苹果选定阿里巴巴为国行iPhone提供AI 曾考虑DeepSeek", "蔡崇信杜拜證實 阿里成蘋果中國AI夥伴"
    assert not compare((confirmed, ""), (report, ""), watchlist_mentions(matcher), fresh=False).same
    assert not _same(matcher, "रेडमी का पहला 'प्रो मैक्स' फोन आ रहा है, लॉन्च डेट का ऐलान",
                     "首款Pro Max来了！REDMI K90 Pro Max正式发布")


def test_rival_labs_fake_accounts_and_scams_are_read_in_every_script(matcher: Matcher) -> None:
    """China's other AI labs are actors (月之暗面 is Moonshot, Kimi its model); "K2 Thinking" is not K2;
    a warning of fake accounts is one event in every script, and not a warning of scammers."""
    assert {"moonshot", "kimi"} <= signature("月之暗面发布并开源Kimi K2").names
    assert not _same(matcher, "Kimi K2 Thinking is out: the open model that can chain hundreds of tool calls",
                     "月之暗面发布并开源Kimi K2：万亿参数，代码与Agent能力开源第一")
    assert "impersonation" in actions_of("DeepSeek warns of impersonator accounts")
    assert "impersonation" in actions_of("Beware fake DeepSeek accounts, says the company")
    # a quarter in which orders were placed is no results report; cars sold are deliveries; "raises the stakes"
    assert actions_of("字节、阿里、腾讯一季度狂订至少160亿美元英伟达H20") == {"orders"}
    assert "earnings" not in actions_of("Xiaomi breaks electric car sales record – 40,000 in a month")
    assert "funding" not in actions_of("NIST’s DeepSeek Evaluation Raises the Stakes in the Global AI Race")
    assert "ban" in actions_of("कंसास में कानून बना: सरकारी फोन-कंप्यूटर पर डीपसीक नहीं चलेगा")
    assert actions_of("小米YU7全国58城同步交付 雷军亲自交车") == {"deliveries"}  # not the orders at its launch
    assert actions_of("雷军：YU7锁单18小时超24万") == {"orders"}
    assert not _same(matcher, "Xiaomi begins YU7 deliveries", "Xiaomi YU7 gets 240,000 locked orders in 18 hours")
    assert "ban" in actions_of("Kelly signs bill barring DeepSeek from Kansas state networks")
    assert "partnership" in actions_of("Apple, Alibaba join hands for iPhone AI features in China")
    assert "partnership" in actions_of("蘋果國行AI傳攜手阿里 DeepSeek出局")
    # "talked to" and a closing "talk" are no talk given; a sales month is deliveries
    assert "talk" not in actions_of("Joe Tsai: 'Apple talked to a number of companies in China'")
    assert "talk" not in actions_of("Kimi K2 Thinking beats GPT-5 on agent benchmarks, stirring 'DeepSeek moment' talk")
    assert actions_of("Xiaomi is on a roll with another 40,000 sales month") == {"deliveries"}
    # the time since someone joined is no hire; a launch near is a plan
    assert "hire" not in actions_of("入职不足半月，罗福莉团队交出首份答卷：MiMo-Embodied")
    assert "hire" in actions_of("罗福莉入职小米")
    assert "rumor" in actions_of("Xiaomi pledges 50 billion yuan for chips as 3nm XRING O1 nears launch")
    # a Hindi launch to come is a plan
    assert "rumor" in actions_of("Redmi Note 15 Pro Series 29 जनवरी को भारत में होगी लॉन्च, कंपनी ने की पुष्टि")
    assert "rumor" in actions_of("शाओमी इस महीने लॉन्च करेगी अपना खुद का मोबाइल चिप XRING O1")
    assert "rumor" not in actions_of("रेडमी नोट 15 प्रो और प्रो+ भारत में लॉन्च, 200MP कैमरा")
    assert "impersonation" in actions_of("डीपसीक ने फर्ज़ी अकाउंट्स को लेकर यूज़र्स को किया आगाह")
    assert "fraud" in actions_of("DeepSeek:防范不法分子冒用“深度求索”名义实施诈骗")
    assert _same(matcher, "DeepSeek warns of impersonator accounts, lists its only official channels",
                 "DeepSeek籲外界警惕仿冒賬號和不實信息")
    assert not _same(matcher, "DeepSeek warns of impersonator accounts, lists its only official channels",
                     "डीपसीक के नाम पर ठगी: कंपनी बोली- 'निवेश' और 'कंप्यूटिंग किराये' के झांसे में न आएं")


def test_a_phones_model_in_hindi_and_a_month_after_xiaomi_are_read_as_written() -> None:
    """"टर्बो 4 प्रो" is the Turbo 4 Pro; "小米10月" is Xiaomi in October, not the Xiaomi 10."""
    assert [(c.head, c.mods) for c in signature("रेडमी टर्बो 4 प्रो चीन में लॉन्च").codes] == [("turbo-4", {"pro"})]
    assert not signature("乘联会：小米10月零售48654辆 首次超过特斯拉中国").codes
    assert [c.head for c in signature("小米10发布").codes] == ["xiaomi-10"]


def test_a_report_sharing_only_a_figure_with_a_story_still_finds_it(matcher: Matcher) -> None:
    """No word in common across scripts, nor an action on one side: the figure's posting brings the
    story up as a candidate."""
    index = StoryIndex(mentioned=watchlist_mentions(matcher))
    index.add(1, "小米汽車9月交車首破4萬輛", 0.0)
    assert index.find("Xiaomi EV deliveries top 40,000 for the first time in September", 1.0) == 1


def test_a_models_size_is_no_part_of_its_name_and_a_dated_version_is_shared_beside_the_bare_one(
        matcher: Matcher) -> None:
    codes = signature("小米开源多模态大模型MiMo-VL-7B").codes
    assert {(c.head, c.mods) for c in codes} == {("mimo", frozenset({"vl"}))}
    assert _same(matcher, "小米MiMo-VL发布：7B模型看图推理超过72B对手",
                 "小米开源多模态大模型MiMo-VL-7B，多项指标超越同级")
    assert not _same(matcher, "Xiaomi open-sources MiMo-7B", "Xiaomi open-sources MiMo-VL-7B")
    assert _same(matcher, "DeepSeek悄然更新V3-0324，开源协议改为MIT",
                 "DeepSeek-V3小版本升级至V3-0324，推理与前端开发能力提升")


def test_a_bare_version_updated_is_the_dated_build_or_base_weights_of_it_but_no_named_variant(
        matcher: Matcher) -> None:
    """"V3 gets an upgrade" reports V3-0324; the upgrade to V3.1 is the V3.1-Base weights; but V3 released
    is the first V3, V3.1-Terminus is another release than V3.1, and two dated builds are two."""
    assert _same(matcher, "DeepSeek V3 gets an upgrade as China's AI race heats up",
                 "DeepSeek quietly drops V3-0324 on Hugging Face with MIT license")
    assert not judge(item_signature("DeepSeek quietly upgrades online model to V3.1, extends context to 128K"),
                     item_signature("DeepSeek-V3.1-Base appears on Hugging Face with no model card")).veto
    assert not _same(matcher, "DeepSeek ships V3.1-Terminus update", "DeepSeek ships V3.1 update")
    assert not _same(matcher, "DeepSeek releases V3 with 671B parameters",
                     "DeepSeek releases V3-0324 with stronger coding")
    assert not _same(matcher, "DeepSeek ships R1-0528 update", "DeepSeek ships R1-0120 update")


def test_a_state_lies_in_its_country_but_two_states_are_two_places() -> None:
    """"Another US state bans DeepSeek" may be Iowa's ban; Kansas's and Iowa's bans, each "in the US", are two."""
    iowa = item_signature("Iowa's governor bans use of RedNote, Lemon8, DeepSeek in state government")
    assert not judge(iowa, item_signature("अमेरिका के एक और राज्य में डीपसीक पर रोक, गवर्नर ने जारी किया आदेश")).veto
    assert judge(item_signature("美国堪萨斯州立法：州政府设备禁用DeepSeek"),
                 item_signature("美国艾奥瓦州州长签令 州政府禁用DeepSeek和小红书")).veto
    assert judge(item_signature("Texas bans DeepSeek on state government devices"),
                 item_signature("Virginia bans DeepSeek on state government devices")).veto


def test_countries_and_australian_states_are_places_in_every_script_but_venues_are_not() -> None:
    """Complaints in Belgium and Spain are two; South Australia's ban is not Queensland's and Western
    Australia's, but may be "an Australian state's". A summit in Dubai is where someone speaks: no place."""
    belgium = item_signature("Complaint about DeepSeek filed with Belgian privacy watchdog")
    assert judge(belgium, item_signature("Spanish consumers' group OCU files privacy complaint over DeepSeek app")).veto
    assert judge(belgium, item_signature("स्पेन में भी डीपसीक पर शिकायत, उपभोक्ता संगठन OCU पहुंचा डेटा एजेंसी")).veto
    assert not judge(belgium, item_signature("比利时消费者组织投诉DeepSeek违反GDPR")).veto
    south = item_signature("South Australia bans Chinese AI program DeepSeek across all government devices")
    assert signature("南澳州禁止政府网络和设备使用DeepSeek").places == {"southaustralia"}
    assert signature("昆州西澳等四地跟進 政府設備禁用DeepSeek").places == {"queensland", "westernaustralia"}
    assert judge(south, item_signature("Queensland and Western Australia order agencies to purge DeepSeek")).veto
    assert not judge(south, item_signature("ऑस्ट्रेलिया में एक और राज्य ने डीपसीक पर रोक लगाई")).veto
    assert signature("New South Wales blocks DeepSeek").places == {"newsouthwales"}
    assert signature("马斯克迪拜峰会预告Grok 3").places == signature("Musk speaks in Dubai").places == frozenset()
    assert not judge(item_signature("Moore Threads shares make dazzling Shanghai trading debut with fivefold surge"),
                     item_signature("摩尔线程登陆科创板首日大涨 梁文锋曾参与入股")).veto  # a city, no actor: no clash


def test_companies_whose_names_stem_otherwise_are_actors_and_an_agency_meets_its_country() -> None:
    """"Apple", "Google", "Oracle" are read "appl", "googl", "oracl": still actors, in every script. China's
    chipmakers act in their own news. The White House weighs what "America" weighs, unless the other side
    names someone else (the US Congress's warning is not the Pentagon's block)."""
    assert {"apple", "alibaba"} <= item_signature("Apple partners with Alibaba for iPhone AI in China").frame.actors
    assert {"apple", "alibaba"} <= item_signature("苹果与阿里合作 为国行iPhone提供AI").frame.actors
    assert "google" in item_signature("Google CEO downplays DeepSeek threat").frame.actors
    assert "moore" in item_signature("摩尔线程登陆科创板首日大涨逾4倍").frame.actors
    assert "moore" in item_signature("Moore Threads surged 411% on its first trading day").frame.actors
    assert {"kunlunxin", "baidu"} <= item_signature("傳崑崙芯擬赴港上市").frame.actors
    assert not judge(item_signature("OpenAI urges the White House to consider restricting Chinese AI such as DeepSeek"),
                     item_signature("OpenAI ने डीपसीक को बताया 'सरकार-नियंत्रित', अमेरिका से पाबंदी की मांग")).veto
    assert judge(item_signature("Pentagon blocks DeepSeek over security concerns"),
                 item_signature("अमेरिकी संसद के दफ्तरों को डीपसीक से दूर रहने की चेतावनी")).veto
    assert "statement" not in actions_of("消息称苹果选定阿里巴巴为国行iPhone提供AI")  # "sources say": no one speaks


def test_a_headline_naming_no_one_takes_its_actors_from_the_lead() -> None:
    """"Security researchers uncover major data exposure" names no one; its lead names Wiz and DeepSeek.
    A headline that names someone keeps its own actors (a lead names bystanders too)."""
    lead = "Researchers at cloud security firm Wiz revealed that DeepSeek left a database of chat logs open."
    assert item_signature("Security Researchers Uncover Major Data Exposure", lead).frame.actors == {"wiz", "deepseek"}
    assert item_signature("Wiz Research Uncovers a Security Lapse", lead).frame.actors == {"wiz"}


def test_a_foldables_name_is_one_model_code_however_spaced() -> None:
    for headline in ("Xiaomi Mix Fold 4 and Mix Flip announced", "小米MIX Fold4发布：售价8999元起"):
        assert "mixfold4" in {c.head for c in signature(headline).codes}
    assert {c.head for c in signature("小米MIXFlip2上线AI定制萌宠功能").codes} == {"mixflip2"}
    assert "mixflip" in signature("Xiaomi Mix Flip announced").tokens


def test_a_plan_is_told_from_the_fact() -> None:
    assert "rumor" in actions_of("Xiaomi 17 Ultra China launch set for December 25")
    assert actions_of("Xiaomi sets February 28 Barcelona date for global Xiaomi 17") == {"rumor"}
    assert "rumor" in actions_of("DeepSeek plans to launch V4 next month")
    assert "rumor" not in actions_of("DeepSeek launches V4")
    assert "rumor" in actions_of("DeepSeek V4或将于下周发布")
    assert actions_of("Luo Fuli set to head Xiaomi's AI lab") == {"hire", "rumor"}  # a hire planned, beside the hire
    # the ways outlets word a plan, in every script: "may launch", "this month", "will open-source", "may come"
    assert "rumor" in actions_of("DeepSeek-R2 May Launch Late August as China Pushes for AI Independence")
    assert "rumor" in actions_of("REDMI K90 Pro Max官宣：背部Bose低音扬声器，本月发布")
    assert "rumor" in actions_of("小米MiMo负责人：V2系列模型未来将开源")
    assert "rumor" in actions_of("डीपसीक R2 अगस्त के आख़िरी पखवाड़े में हो सकता है लॉन्च: रिपोर्ट")
    assert "rumor" not in actions_of("小米发布 MiMo-V2.5 系列四款模型，两款模型将开源")  # out; its plan a side fact


def test_a_hindi_action_word_is_read_at_a_words_start_only() -> None:
    """Hindi forms are stems (their endings vary), but not parts of other words: रोक (a ban) is in ब्रोकर्स
    (brokers), टॉप (tops a chart) in लैपटॉप (laptop)."""
    assert "ban" not in actions_of("टाइगर ब्रोकर्स ने अपने AI असिस्टेंट TigerGPT में जोड़ा डीपसीक-R1")
    assert "benchmark" not in actions_of("अब लैपटॉप पर बिना इंटरनेट चलाएं डीपसीक R1")
    assert actions_of("सरकार ने डीपसीक पर रोक लगाई") == {"ban"}
    assert actions_of("शाओमी का मुनाफा बढ़ा") == {"earnings"}  # a stem: मुनाफ


def _same(matcher: Matcher, a: str, b: str, sa: str = "", sb: str = "") -> bool:
    return compare((a, sa), (b, sb), watchlist_mentions(matcher)).same


def _sig(matcher: Matcher, title: str) -> ItemSignature:
    return item_signature(title, "", watchlist_mentions(matcher)(title))


@pytest.mark.parametrize(("a", "b"), [
    ("Xiaomi poaches DeepSeek researcher Luo Fuli to lead its AI model team", "罗福莉加盟小米 领衔大模型团队"),
    ("Italy's privacy watchdog blocks Chinese AI app DeepSeek", "意大利数据保护机构下令封禁DeepSeek"),
    ("Italy's privacy watchdog blocks Chinese AI app DeepSeek", "इटली में डीपसीक पर प्रतिबंध"),
    ("DeepSeek open-sources DeepEP, a communication library for MoE",
     "DeepSeek开源DeepEP 首个用于MoE模型训练和推理的EP通信库"),
    ("Perplexity open-sources R1 1776, an uncensored DeepSeek model",
     "Perplexity ने जारी किया डीपसीक R1 का 'सेंसरशिप-मुक्त' संस्करण"),
    # a speaker beyond DeepSeek and Xiaomi, saying it on both sides
    ("Trump calls DeepSeek a 'wake-up call' for US tech companies", "特朗普称DeepSeek给美企敲响警钟"),
    # a model named by a hyphenated family word, no digit
    ("小米开源MiMo-Audio：语音领域的“GPT-3时刻”", "शाओमी का नया ओपन-सोर्स स्पीच मॉडल MiMo-Audio"),
    # DeepSeek's founder named on one side speaks for DeepSeek, named on the other beside another company
    ("DeepSeek paper details how it trained V3 on 2,048 Nvidia H800s", "DeepSeek新论文揭秘V3低成本训练，梁文锋署名"),
])
def test_one_event_in_two_languages_is_one_story(matcher: Matcher, a: str, b: str) -> None:
    assert _same(matcher, a, b)


@pytest.mark.parametrize(("a", "b"), [
    ("DeepSeek pauses API top-ups as demand strains its servers", "服务器扛不住了？DeepSeek暂停API充值"),
    ("Xiaomi slashes MiMo-V2.5 API prices by up to 99%", "Xiaomi makes steep MiMo price cuts permanent"),
    ("House panel calls DeepSeek a 'profound threat' to U.S. security",
     "美国众议院特别委员会发布报告 称DeepSeek构成“深刻威胁”"),
])
def test_a_telling_action_of_the_company_alone_is_one_event(matcher: Matcher, a: str, b: str) -> None:
    """A ban, price cut or leak told of DeepSeek or Xiaomi alone, no one else named on either side, is
    one event within the window (an outage is not: services fall over again within days)."""
    assert _same(matcher, a, b)


@pytest.mark.parametrize(("a", "b"), [
    # the same people or company, another action
    ("Xiaomi hires Luo Fuli to lead its AI model team", "Luo Fuli gives her first interview at Xiaomi"),
    ("DeepSeek releases V3.2-Exp", "DeepSeek cuts API prices by 50%"),
    # another version, another place, another quarter, another actor
    ("DeepSeek releases V3.1", "डीपसीक V3.2 लॉन्च"),
    ("Italy blocks DeepSeek over privacy concerns", "South Korea blocks DeepSeek over privacy concerns"),
    ("意大利封禁DeepSeek", "韩国封禁DeepSeek"),
    ("Xiaomi second-quarter revenue rises 30%", "小米第三季度营收增长22%"),
    ("Baidu integrates DeepSeek R1 into its search engine", "比亚迪接入DeepSeek R1"),
    # a plan is not the release
    ("DeepSeek V4 expected next week", "DeepSeek V4 发布"),
    ("Xiaomi will launch its self-designed chip XRING O1 on Thursday", "Xiaomi XRING O1 Chipset Launched"),
    ("梁文锋内部透露：DeepSeek V4将于4月下旬发布", "千呼萬喚 DeepSeek-V4預覽版上線 百萬上下文成標配"),
    # one speaker, another subject; another member of a model family
    ("Trump calls DeepSeek a 'wake-up call' for US tech companies", "Trump says a DeepSeek ban is under review"),
    ("Xiaomi open-sources MiMo-Audio", "Xiaomi open-sources MiMo-VL"),
    # a release that is also free is no price cut shared with a statement about open source
    ("Sam Altman admits OpenAI has been 'on the wrong side of history' on open source",
     "OpenAI发布o3-mini推理模型 免费用户也能用"),
    # others' results calls that mention DeepSeek; outages recur within days
    ("扎克伯格财报电话会谈DeepSeek：仍将大手笔投入AI基础设施", "庫克在財報會議被問DeepSeek 肯定提升效率的創新"),
    ("डीपसीक की वेबसाइट और ऐप में रात भर दिक्कत, API चालू रहा", "DeepSeek突发宕机约18分钟 已恢复"),
    # telling actions of DeepSeek's with nothing else in common
    ("DeepSeek暂停API充值", "美两名众议员提出法案 拟禁止在联邦政府设备上使用DeepSeek"),
    # a ban on government devices is not a stop to new downloads, in one country the same month
    ("South Korea's ministries block DeepSeek over security concerns",
     "South Korea suspends new downloads of DeepSeek over privacy concerns"),
    ("韩国国防部、外交部等多个部门封锁DeepSeek访问", "दक्षिण कोरिया में डीपसीक के नए डाउनलोड पर रोक"),
    # another party's integration of a model is not the model's release
    ("OpenClaw 2026.4.24 adds DeepSeek V4 models", "DeepSeek V4 preview goes live: 1M context, Pro/Flash variants"),
    ("OpenClaw 2026.4.24 adds DeepSeek V4 models", "डीपसीक V4 मॉडल लॉन्च, ओपन-सोर्स में सबसे ताकतवर होने का दावा"),
])
def test_look_alike_events_stay_apart(matcher: Matcher, a: str, b: str) -> None:
    assert not _same(matcher, a, b)


def test_a_stock_lead_sentence_merges_nothing(matcher: Matcher) -> None:
    stock = "Stay tuned to Zee News for the latest updates from India and the world."
    index = StoryIndex(mentioned=watchlist_mentions(matcher))
    index.add(1, "डीपसीक पर ट्रंप: अमेरिकी कंपनियों को अब जागना होगा", 100.0, summary=stock)
    assert index.find("डीपसीक के दो नए मॉडल, गणित ओलंपियाड में गोल्ड का दावा", 101.0, summary=stock) is None
    assert index.boilerplate.strip("any other headline", stock) == ""


def test_boilerplate_is_a_lead_under_two_headlines_and_forgotten_after_the_window() -> None:
    seen = Boilerplate(window_s=100)
    lead = "Xiaomi shares rose in Hong Kong. More follows."
    seen.note("Xiaomi opens a store", lead, 0.0)
    assert seen.strip("Xiaomi opens a store", lead) == lead  # its own headline: not yet boilerplate
    assert seen.strip("Xiaomi closes a store", lead) == ""
    seen.prune(200.0)
    assert len(seen) == 0 and seen.strip("Xiaomi closes a store", lead) == lead


def test_a_report_joins_a_story_it_matches_once_and_contradicts_nowhere(matcher: Matcher) -> None:
    index = StoryIndex(mentioned=watchlist_mentions(matcher))
    index.add(1, "Italy blocks DeepSeek over privacy concerns", 100.0)
    index.add_member(1, "意大利数据保护机构下令封禁DeepSeek")
    assert index.find("इटली में डीपसीक पर प्रतिबंध", 101.0) == 1
    assert index.find("韩国封禁DeepSeek", 101.0) is None  # matches no report's place
    index.add(2, "Nvidia sinks 17% as DeepSeek sparks AI chip selloff", 100.0)
    index.add_member(2, "英伟达市值一夜蒸发5890亿美元")
    # like the first report (a fall of 17%), another facet than the second's: one story
    assert index.find("英伟达暴跌17% 美股AI概念股集体重挫", 101.0) == 2
    # like the first report, but another amount than the second's: not this story
    assert index.find("Nvidia shares fall 17%, wiping out $300 billion", 101.0) is None


def test_a_report_clashing_with_one_of_a_larger_storys_reports_joins_when_half_take_it(matcher: Matcher) -> None:
    index = StoryIndex(mentioned=watchlist_mentions(matcher))
    launch = "शाओमी 17 सीरीज़ चीन में लॉन्च, 7500mAh बैटरी के साथ"
    index.add(1, "Xiaomi 17 Pro Max unveiled with 7,500mAh battery, skipping the 16", 100.0)
    index.add_member(1, "Xiaomi 17 series set to launch with a 7,500mAh battery")  # a plan against the launch
    assert index.find(launch, 101.0) is None  # of two reports, one clashing keeps it out
    index.add_member(1, "小米17系列正式发布 7500mAh电池 跳过16直接对标iPhone 17")
    assert index.find(launch, 101.0) == 1  # one clash in three, and two take it
    # a contradicting fact still keeps it out, however many reports agree
    assert index.find("शाओमी 17 सीरीज़ चीन में लॉन्च, 6000mAh बैटरी के साथ", 101.0) is None
    index.add(2, "Xiaomi slashes MiMo-V2.5 API prices by up to 99%", 100.0)
    index.add_member(2, "शाओमी ने MiMo AI मॉडल के दाम 99% तक घटाए")
    index.add_member(2, "小米MiMo API价格大跳水，技术负责人详解为何敢降价99%")
    # another action, clashing with every report: another event
    assert index.find("Xiaomi open-sources MiMo-V2.5 under the MIT license", 101.0) is None


def test_an_epithet_is_the_person_it_names(matcher: Matcher) -> None:
    mentioned = watchlist_mentions(matcher)
    assert "luo_fuli" in mentioned("“天才少女”朋友圈发文：已在小米，奔着AGI去").actors
    assert "luo_fuli" in mentioned("शाओमी ने डीपसीक की 'जीनियस गर्ल' को जोड़ा").actors
    assert _same(matcher, "“天才少女”朋友圈发文：已在小米，奔着AGI去", "Chinese AI Expert Luo Fuli Joins Xiaomi")


def test_a_share_and_an_amount_are_two_facets_two_amounts_two_events(matcher: Matcher) -> None:
    assert _same(matcher, "Nvidia sinks 17% as DeepSeek sparks AI chip selloff",
                 "Nvidia's $589 billion market rout sets new record as DeepSeek shakes AI trade")
    assert not _same(matcher, "Nvidia's $589 billion market rout sets new record",
                     "Nvidia's $300 billion market rout sets new record")
    assert not _same(matcher, "Nvidia falls 17% on DeepSeek fears", "Nvidia falls 3% on DeepSeek fears")


@pytest.mark.parametrize(("a", "b"), [
    # a report that tells only who spoke, against one that names the action
    ("South Korea says DeepSeek sent user data abroad without consent",
     "Privacy watchdog finds DeepSeek sent Korean user data to China, South Korea probe"),
    # no action named, but the same people and places on both sides
    ("Trump calls DeepSeek a 'wake-up call' for US tech companies", "川普：DeepSeek給美國產業敲響警鐘"),
    ("雷军千万年薪挖来95后“AI天才少女”罗福莉", "Xiaomi poaches DeepSeek researcher Luo Fuli to lead its AI model team"),
    # a plan told beside the action is a part of the event
    ("Chinese AI startup DeepSeek to raise about 50 billion yuan in first funding round",
     "DeepSeek拟首轮融资约500亿元 梁文锋个人出资200亿"),
])
def test_wording_without_an_action_of_its_own_still_joins(matcher: Matcher, a: str, b: str) -> None:
    assert _same(matcher, a, b)


def test_the_event_set_is_clustered_precisely(matcher: Matcher) -> None:
    """The whole tuning set through the story index (tests/event_quality.py prints the figures)."""
    story, _ = cluster(reports(load("events.jsonl")), matcher, seed=1)
    result = score_partition(story)
    assert result.by_lang["same_total"] >= 300 and result.by_lang["cross_total"] >= 1000
    assert result.precision >= 0.975  # measured 0.984
    assert result.recall_of("same") >= 0.57 and result.recall_of("cross") >= 0.61  # measured 0.590 / 0.641


def test_a_dated_version_names_its_event_even_when_the_version_is_in_every_story(matcher: Matcher) -> None:
    """"V3" in half the window's stories says little; "V3-0324" on both sides still names one release."""
    index = StoryIndex(mentioned=watchlist_mentions(matcher))
    for i in range(60):
        index.add(i, f"DeepSeek V3 story number {i} about topic {i}", 0.0)
    index.add(100, "DeepSeek quietly drops V3-0324 on Hugging Face with MIT license", 10.0)
    assert index.find("DeepSeek悄然更新V3-0324，开源协议改为MIT", 11.0) == 100
    assert index.find("DeepSeek悄然更新V3-0428，开源协议改为MIT", 11.0) != 100


def test_a_setting_every_story_shares_singles_out_no_event(matcher: Matcher) -> None:
    """"Microsoft" on both sides is the same setting in a quiet window; in the week every story names
    Microsoft and DeepSeek, it says nothing: a CEO's remark and a product integration stay two stories."""
    remark = "Microsoft CEO says AI use will skyrocket with more efficiency amid craze over DeepSeek"
    product = "Microsoft is bringing distilled DeepSeek R1 models to Copilot Plus PCs"
    quiet = StoryIndex(mentioned=watchlist_mentions(matcher))
    quiet.add(1, remark, 0.0)
    assert quiet.find(product, 1.0) == 1
    busy = StoryIndex(mentioned=watchlist_mentions(matcher))
    for i in range(60):
        busy.add(100 + i, f"Microsoft story number {i} about topic {i}", 0.0)
    busy.add(1, remark, 0.0)
    assert busy.find(product, 1.0) is None


def test_people_who_speak_about_the_news_are_known_in_every_script(matcher: Matcher) -> None:
    """A CEO's words in English and in Hindi are one event; two CEOs' words on one day are two, whichever
    scripts name them."""
    assert _same(matcher, "Sundar Pichai says DeepSeek is doing 'very, very good work', explains why Gemini leads",
                 "सुंदर पिचाई ने डीपसीक को सराहा, पर बोले- जेमिनी ज्यादा किफायती")
    assert not _same(matcher, "Sundar Pichai says DeepSeek is doing 'very, very good work'",
                     "डीपमाइंड प्रमुख हसाबिस: डीपसीक चीन का सबसे अच्छा काम, पर कोई नई वैज्ञानिक खोज नहीं")
    assert not _same(matcher, "Satya Nadella says DeepSeek R1 has real innovations",
                     "扎克伯格谈DeepSeek：Meta将加大AI投入")
    assert {"zuckerberg", "nadella", "lecun"} <= signature("祖克柏、納德拉和杨立昆谈DeepSeek").tokens
    assert "pentagon" in signature("彭博社：美国国防部已屏蔽DeepSeek网站").names
    assert _same(matcher, "Key DeepSeek-R1 researcher Guo Daya leaves the company: report",
                 "डीपसीक R1 के प्रमुख रिसर्चर गुओ दाया ने कंपनी छोड़ी: रिपोर्ट")


def test_what_the_news_is_about_is_shared_across_scripts(matcher: Matcher) -> None:
    """眼镜 and चश्मा are glasses, 走私 and तस्करी smuggling: shared words across scripts. A concept in most
    stories about AI models (推理, reasoning) is shared too, but names no event on its own."""
    assert signature("小米首款AI眼镜发布").tokens & signature("Xiaomi AI Glasses launched").tokens >= {"glass"}
    assert "cach" in signature("DeepSeek API上线硬盘缓存").tokens & signature("DeepSeek adds context caching").tokens
    assert "smuggl" in signature("रिपोर्ट: डीपसीक तस्करी वाले एनवीडिया चिप्स इस्तेमाल कर रही").tokens
    assert not _same(matcher, "Xiaomi Goes Open-Source: 4.7B-Parameter Model Brings Robotic Reasoning to the Desktop",
                     "小米开源首个推理大模型MiMo")


def test_a_rare_name_both_scripts_write_in_latin_joins_headlines_naming_no_action(matcher: Matcher) -> None:
    """"NowSecure" in a Chinese and an English headline, neither naming an action, is one report's source;
    a short product word ("Flip") is not enough."""
    assert _same(matcher, "NowSecure：DeepSeek iOS App以未加密方式傳送裝置資料",
                 "NowSecure audit: DeepSeek's iPhone app hard-codes its keys")
    assert not _same(matcher, "雷军：小米智能工厂投产 年产千万台旗舰手机，MIX Flip将在此下线",
                     "Xiaomi's first Flip phone debuts next to its thinnest book foldable yet")


def test_a_company_and_the_person_who_speaks_for_it_do_not_clash(matcher: Matcher) -> None:
    """"Anthropic's CEO" is Amodei: naming him on one side and the US on the other is no clash of actors."""
    assert _same(matcher, "Amodei: DeepSeek is roughly where US labs were 7 to 10 months ago",
                 "Anthropic執行長撰文談DeepSeek 主張美國應加強晶片出口管制")
    assert not _same(matcher, "Amodei: DeepSeek is roughly where US labs were 7 to 10 months ago",
                     "Google執行長談DeepSeek 主張美國應加強晶片出口管制")

    # Trump and his AI adviser David Sacks speak for the White House
    assert _same(matcher, "川普AI沙皇薩克斯：DeepSeek疑以蒸餾手法汲取OpenAI成果",
                 "白宫AI主管萨克斯：有大量证据表明DeepSeek从OpenAI模型中“蒸馏”知识")


def test_a_product_stands_for_its_maker_and_a_paper_is_no_place(matcher: Matcher) -> None:
    """Qwen is Alibaba's, WeChat Tencent's: one side naming the product and the other the maker is no
    clash. The New York Times (न्यूयॉर्क टाइम्स, 纽时) is a source, not New York."""
    assert _same(matcher, "अलीबाबा का QwQ-32B लॉन्च, कम पैरामीटर में डीपसीक R1 जैसी क्षमता का दावा",
                 "Qwen team ships QwQ-32B under Apache 2.0, crediting scaled-up reinforcement learning")
    assert not _same(matcher, "Baidu ships Ernie 4.5 under Apache 2.0, crediting reinforcement learning",
                     "Qwen team ships QwQ-32B under Apache 2.0, crediting scaled-up reinforcement learning")
    assert _same(matcher, "Alibaba unveils Qwen3, claims it beats DeepSeek-R1 on key benchmarks",
                 "阿里发布并开源千问3，旗舰模型性能比肩DeepSeek-R1")
    assert _same(matcher, "Nvidia makes DeepSeek-R1 available as NIM microservice",
                 "एनवीडिया ने अपने प्लेटफॉर्म पर उपलब्ध कराया डीपसीक R1")  # a partner named on both sides
    assert not _same(matcher, "Nvidia makes DeepSeek-R1 available as NIM microservice",
                     "AMD ने अपने प्लेटफॉर्म पर उपलब्ध कराया डीपसीक R1")
    for headline in ("ट्रंप प्रशासन डीपसीक पर पाबंदी लगाने पर कर रहा विचार: न्यूयॉर्क टाइम्स",
                     "纽时：特朗普政府考虑禁止DeepSeek",
                     "Trump weighs DeepSeek ban, New York Times reports"):
        assert not signature(headline).places
    assert signature("New York bans DeepSeek on state devices").places == {"newyork"}


def test_a_given_name_is_no_name_of_its_own_and_fundamental_no_funding(matcher: Matcher) -> None:
    """"黄仁勋" reads "jensen huang": Jensen Huang shared is the person, not one more name in common."""
    assert "funding" not in actions_of("Jensen Huang calls AI 'fundamental like electricity', praises DeepSeek")
    assert not _same(matcher, "Jensen Huang calls AI 'fundamental like electricity', praises DeepSeek",
                     "黄仁勋与雷军北京合影 穿皮衣站在小米汽车旁点赞")


def test_a_denial_is_an_event_of_its_own(matcher: Matcher) -> None:
    """"Nvidia rejects claims that DeepSeek used smuggled chips" denies: it is not the smuggling report,
    in any script, while two reports of the denial, or of the smuggling, are one event each."""
    for headline in ("Nvidia rejects claims that DeepSeek trained AI models with smuggled Blackwell chips",
                     "英伟达回应DeepSeek走私芯片传闻：未发现“幽灵数据中心”证据",
                     "एनवीडिया का जवाब- डीपसीक को ब्लैकवेल चिप्स की तस्करी का कोई सबूत नहीं",
                     "王化：YU7“5分钟大定35万”为谣言",
                     # calling reports untrue or a rumour, turning offers down
                     "डीपसीक ने फंडिंग की ख़बरों को बताया अफ़वाह",
                     "अलीबाबा ने डीपसीक में 1 अरब डॉलर निवेश की ख़बरों को बताया फ़र्ज़ी",
                     "Alibaba exec says reports that it plans to invest in DeepSeek are untrue - The Paper",
                     "DeepSeek founder turns down offers from investors to maintain the project's ethos",
                     "DeepSeek shoots down fundraising talk a day after report",
                     "梁文锋婉拒腾讯、阿里投资提案,重申DeepSeek长期科研战略"):
        assert actions_of(headline) == {"denial"}
    assert actions_of("फर्जी अकाउंट से Claude का ज्ञान निकाला") == {"impersonation"}  # fake accounts deny nothing
    # two denials by DeepSeek alone of the same days are one; Alibaba's denial is another
    assert _same(matcher, "DeepSeek相关人士：融资传闻均为谣言", "DeepSeek denies it is seeking outside investors")
    assert not _same(matcher, "DeepSeek denies it is seeking outside investors",
                     "Alibaba Denies DeepSeek Investment Rumors")
    assert not _same(matcher, "Deepseek reportedly using thousands of smuggled Nvidia chips for AI training",
                     "Nvidia rejects claims that DeepSeek trained AI models with smuggled Blackwell chips")
    assert _same(matcher, "Deepseek reportedly using thousands of smuggled Nvidia chips for AI training",
                 "外媒：DeepSeek用走私的数千块英伟达Blackwell芯片训练新模型")
    assert _same(matcher, "Nvidia rejects claims that DeepSeek trained AI models with smuggled Blackwell chips",
                 "एनवीडिया का जवाब- डीपसीक को ब्लैकवेल चिप्स की तस्करी का कोई सबूत नहीं")


def test_kai_fu_lee_and_inner_mongolia_are_known_in_every_script(matcher: Matcher) -> None:
    """Kai-Fu Lee (李開復) speaks on this news often; Inner Mongolia (乌兰察布, इनर मंगोलिया) is where DeepSeek
    builds: each names one event across scripts, and another speaker or place keeps two apart."""
    assert _same(matcher, "Kai-Fu Lee says China is now only three months behind the US in AI",
                 "李開復：中美AI差距僅剩3個月 部分領域中國已領先")
    assert _same(matcher, "DeepSeek seeks data center engineers Inner Mongolia",
                 "DeepSeek在乌兰察布招聘数据中心运维工程师")
    assert _same(matcher, "DeepSeek eyes data center expansion in Inner Mongolia",
                 "डीपसीक बनाएगी इनर मंगोलिया में डेटा सेंटर, उलानचाब के लिए निकालीं नौकरियां")
    assert not _same(matcher, "DeepSeek eyes data center expansion in Inner Mongolia",
                     "DeepSeek eyes data center expansion in Malaysia")


def test_two_parties_integrating_one_model_are_two_events(matcher: Matcher) -> None:
    """In the weeks everyone plugs in DeepSeek-R1, the shared model says nothing: XiaoAI's integration is not
    Honor's, WeChat's is not Yuanbao's, though both are Tencent's; one party told two ways is one."""
    assert not _same(matcher, "Xiaomi's XiaoAI assistant begins beta of DeepSeek-R1 integration",
                     "荣耀YOYO智能体接入DeepSeek-R1")
    assert not _same(matcher, "WeChat starts grey-testing DeepSeek-R1 in its search for some users",
                     "腾讯元宝接入DeepSeek-R1满血版 支持联网搜索")
    assert _same(matcher, "WeChat starts grey-testing DeepSeek-R1 in its search for some users",
                 "微信灰度测试接入DeepSeek-R1")
    # the parties that did it before are no actors of this one, and Honor is a phone maker, no award
    joins = "Xiaomi joins Huawei and Honor in plugging DeepSeek into its phone assistant"
    assert actions_of(joins) == {"partnership"}
    assert not judge(item_signature(joins), item_signature("Xiaomi's XiaoAI assistant begins beta of DeepSeek-R1")).veto
    assert not _same(matcher, joins, "荣耀YOYO智能体接入DeepSeek-R1")
    assert item_signature("हुवावे-ऑनर के बाद अब शाओमी ने भी अपनाया डीपसीक AI").title.names.isdisjoint({"huawei", "honor"})
    assert signature("इटली के बाद अब इस देश ने भी चीनी डीपसीक पर लगाया बैन").places == frozenset()  # Italy was before
    assert signature("इटली ने डीपसीक पर लगाया बैन").places == {"italy"}
    assert actions_of("DeepSeek honored as best paper") == {"award"}
    # a third party offering a watched model is its own event, its name read as the signature stems it
    offer = "OpenCode offers Xiaomi's MiMo V2.5 model free for a limited time"
    cut = item_signature("小米MiMo-V2.5系列API永久降价 缓存命中输入低至0.025元/百万tokens")
    assert judge(item_signature(offer), cut).veto
    assert not item_signature("Google's Gemma 3 vs DeepSeek's R1: The Battle of Open AI Models").frame.partners


def test_lei_jun_alone_is_no_setting_of_one_event(matcher: Matcher) -> None:
    """Lei Jun is in this news every week, on every subject: his remark and a report that names him are one
    event only with something more in common (the NPC, the rich list)."""
    assert not _same(matcher, "雷军代表小米承诺不会回避", "SU7爆燃遇难者母亲希望雷军说到做到")
    assert _same(matcher, "雷军亮相全国人大“代表通道”：将把最新AI技术广泛应用到终端",
                 "Lei Jun tells NPC press event Xiaomi will push AI into all its devices")
    rich = signature("雷军“喜提”一小时首富体验卡").tokens & signature("Lei Jun tops China rich list").tokens
    assert "richest" in rich


def test_a_speaker_before_a_colon_makes_a_statement(matcher: Matcher) -> None:
    """"डीपसीक पर ट्रंप: …" says what "特朗普称…" says; an outlet or a topic before the colon says nothing."""
    assert _same(matcher, "特朗普称DeepSeek给美企敲响警钟", "डीपसीक पर ट्रंप: अमेरिकी कंपनियों को अब जागना होगा")
    assert "statement" not in actions_of("Tech war: DeepSeek hints China close to home-grown chips")
    assert not _same(matcher, "DeepSeek-OCR: Contexts Optical Compression", "Trump: DeepSeek is a wake-up call")


def test_a_headline_naming_no_one_joins_on_a_shared_version_and_figure(matcher: Matcher) -> None:
    assert _same(matcher, "小米YU7上市18小时锁单突破24万台", "YU7 को 18 घंटे में 2.4 लाख पक्के ऑर्डर")
    assert not _same(matcher, "小米YU7上市18小时锁单突破24万台", "SU7 को 18 घंटे में 2.4 लाख पक्के ऑर्डर")


def test_a_rivals_own_name_is_no_setting_but_beside_deepseek_it_is(matcher: Matcher) -> None:
    """In a rival's own news the company is the subject of every story: Alibaba's launch and its CEO's
    keynote are two events, and "China says" about Nvidia is no word of Nvidia's. Named beside DeepSeek,
    or with its chief, a company singles out one."""
    assert not _same(matcher, "Alibaba launches Qwen3-Max, its first trillion-parameter model",
                     "अलीबाबा के CEO एडी वू बोले- सुपर इंटेलिजेंस की ओर बढ़ रहा है AI")
    assert not _same(matcher, "चीन ने अपनी टेक कंपनियों से कहा- एनवीडिया की AI चिप मत खरीदो",
                     "China finds Nvidia violated antimonopoly law in preliminary probe")
    assert not _same(matcher, "चीन ने अपनी टेक कंपनियों से कहा- एनवीडिया की AI चिप मत खरीदो",
                     "China Says Nvidia Violated Anti-Monopoly Laws With 2020 Mellanox Deal")
    assert _same(matcher, "Cambricon Technologies jumps by daily limit after DeepSeek V3.1 comment",
                 "寒武纪20cm涨停，DeepSeek一句话点燃国产芯片板块")
    assert _same(matcher, "NVIDIA CEO lauds China's supply chain",
                 "Nvidia's Huang hails Chinese AI models as 'world class'",
                 "NVIDIA CEO Jensen Huang just called China's supply chain a \"miracle\" and gave a big shoutout "
                 "to the country's progress in AI.",
                 "Nvidia CEO Jensen Huang described artificial intelligence models from Chinese firms Deepseek, "
                 "Alibaba and Tencent as “world class” and said AI was “revolutionising” supply chains, at an "
                 "exhibition in Beijing on Wednesday.")


def test_carmakers_and_amds_chief_are_actors_in_every_script(matcher: Matcher) -> None:
    """BMW's and Hyundai's DeepSeek news names them in every script; BMW's integration is not Mercedes's."""
    for headline in ("BMW to integrate DeepSeek into China-sold cars", "宝马宣布在华车型接入DeepSeek",
                     "बीएमडब्ल्यू की कारों में डीपसीक"):
        assert "bmw" in item_signature(headline, "", watchlist_mentions(matcher)(headline)).frame.actors, headline
    assert _same(matcher, "AMD CEO Lisa Su praises DeepSeek", "苏姿丰谈DeepSeek：用有限算力做出如此复杂的模型")
    assert _same(matcher, "Hyundai Motor Group bans DeepSeek at work", "हुंडई ने कर्मचारियों के डीपसीक इस्तेमाल पर लगाई पाबंदी")
    assert not _same(matcher, "BMW to integrate DeepSeek into its cars in China", "奔驰宣布在华车型接入DeepSeek")
    assert actions_of("BMW to integrate DeepSeek into China-sold cars from Q3") == {"partnership"}  # a date, no results


def test_a_deal_dropped_or_a_listing_is_no_release() -> None:
    assert actions_of("Xiaomi PR chief apologises, drops deal with blogger") == {"statement"}
    assert actions_of("DeepSeek drops V3.2 with sparse attention") == {"release"}
    assert actions_of("Chinese AI start-up MiniMax shines on Hong Kong IPO debut") == {"market"}
    assert actions_of("Xiaomi's YU7 SUV makes its debut") == {"release"}


def test_words_that_only_look_like_a_move_an_order_a_ban_or_a_price_cut() -> None:
    """A database left open is no departure, a regulator's order no sales, a registration limit under attack no
    ban, joining a rush no hire, and a dependence reduced no price cut."""
    assert actions_of("DeepSeek left a database of chat logs and secret keys open to anyone, Wiz says") == {"leak"}
    assert actions_of("Luo Fuli left DeepSeek") == {"leave"}
    assert "orders" not in actions_of("Garante orders 'urgent' limit on Hangzhou firm's handling of Italians' data")
    assert "orders" not in actions_of("Italy orders DeepSeek to block its chatbot")
    assert actions_of("Xiaomi YU7 draws 200,000 orders") == {"orders"}
    assert actions_of("Chinese firms ordered $16 billion of Nvidia chips") == {"orders"}
    assert actions_of("深度求索暂时限制+86手机号以外的注册方式") == {"outage"}
    assert actions_of("DeepSeek AI suspends new sign-ups following major cyberattack") == {"outage"}
    assert actions_of("DeepSeek pauses API top-ups as server resources run tight") == {"ban"}  # another event
    assert "hire" not in actions_of("China's BYD joins the DeepSeek rush, plugging R1 into its Xuanji architecture")
    assert actions_of("देसी चीनी चिप्स के लिए तैयार डीपसीक का नया AI, एनवीडिया पर निर्भरता घटाने का संकेत") == frozenset()
    assert actions_of("डीपसीक ने घटाए API के दाम") == {"price_cut"}
    # a security lapse is a leak, a flaw (खामी) a weakness found
    assert actions_of("Wiz Research Uncovers DeepSeek Security Lapse") == {"leak"}
    assert actions_of("चीनी AI की बड़ी चूक, शोधकर्ताओं ने पकड़ी खामी") == {"leak", "security"}
    assert actions_of("Xiaomi shows a time-lapse of its factory") == frozenset()


def test_a_two_word_state_and_a_project_name_are_one_word_in_every_script() -> None:
    places = [signature(t).places for t in ("South Dakota bans DeepSeek", "南达科他州禁用DeepSeek",
                                              "साउथ डकोटा में डीपसीक पर पाबंदी")]
    assert places == [frozenset({"southdakota"})] * 3
    names = [signature(t).tokens for t in ("Trump touts Stargate", "特朗普宣布“星际之门”计划", "ट्रंप का 'स्टारगेट' ऐलान")]
    assert all(names[0] & n & {"stargat", "stargate"} for n in names[1:])


def test_a_hindi_name_written_with_a_nukta_is_read() -> None:
    """Reading drops the nukta (ज़ = ज), so the tables' keys are read without it too."""
    assert "zhipu" in signature("ज़ीपू का नया GLM-4.6 मॉडल").tokens
    assert "amazon" in signature("अमेज़न ने डीपसीक को जोड़ा").tokens
    assert signature("एरिज़ोना में डीपसीक पर पाबंदी").places == {"arizona"}


def test_hindi_scale_words_are_read_with_or_without_the_nukta() -> None:
    """करोड़ was never read once reading dropped its nukta: "1 करोड़" was 1."""
    assert signature("1 करोड़ डाउनलोड").figures[0][0] == 1e7
    assert signature("2.4 ट्रिलियन पैरामीटर").figures[0][0] == 2.4e12
    value, _, _, currency, _ = signature("80 करोड़ हांगकांग डॉलर के शेयर").figures[0]
    assert (value, currency) == (8e8, "hkd")


CLAIMS = "Anthropic Accuses DeepSeek, Moonshot, and MiniMax of Stealing Claude's Capabilities"
EXCHANGES = "Anthropic says DeepSeek ran 150,000 Claude exchanges to harvest reasoning traces"
CLAIMS_HI = "एंथ्रोपिक का आरोप: डीपसीक समेत तीन चीनी कंपनियों ने Claude की 'नकल' की"


def test_brokers_and_a_supplier_are_actors_in_every_script(matcher: Matcher) -> None:
    """Brokers' notes move Xiaomi's shares and make news of their own: "大摩" is Morgan Stanley, and one
    broker's note is not another's; Goertek (歌尔) makes Xiaomi's glasses."""
    for title in ("Morgan Stanley stays Overweight on Xiaomi after MiMo-V2-Flash debut",
                  "大摩：小米開源MiMo大模型 維持行業首選 目標價62元",
                  "मॉर्गन स्टेनली: MiMo-V2-Flash से दिखी शाओमी की AI प्रतिबद्धता, टारगेट 62 HK डॉलर बरकरार"):
        assert "morganstanley" in _sig(matcher, title).frame.actors, title
    for title in ("Xiaomi AI glasses reportedly in development with Goertek",
                  "小米傳攜歌爾開發AI眼鏡 最快明年第二季亮相"):
        assert "goertek" in _sig(matcher, title).frame.actors, title
    assert judge(_sig(matcher, "Jefferies cuts XIAOMI-W to Hold, TP lowered to HK$43.36"),
                 _sig(matcher, "高盛維持小米「買入」 看好AI與智駕進展")).veto


def test_the_voices_of_r1s_week_are_actors_in_every_script(matcher: Matcher) -> None:
    """Those who spoke of DeepSeek when R1 broke are named each their own way in each script: one chief's words
    are one event, another's another."""
    for title, actor in (("卢特尼克听证会点名DeepSeek：“他们偷了东西”", "lutnick"),
                         ("अमेरिकी वाणिज्य मंत्री पद के नामित हावर्ड लटनिक का आरोप", "lutnick"),
                         ("Salesforce執行長貝尼奧夫：DeepSeek不靠輝達超級電腦也能勝出", "benioff"),
                         ("सेल्सफ़ोर्स CEO मार्क बेनिऑफ़ बोले- डीपसीक ने दिखाया", "benioff"),
                         ("亞馬遜今年資本支出上看千億美元 賈西：推論成本下滑將帶動需求", "jassy"),
                         ("高通CEO安蒙：DeepSeek R1证明AI模型已可直接在终端运行", "amon"),
                         ("日本官房长官林芳正：将与各国数据保护机构合作应对DeepSeek问题", "hayashi"),
                         ("आंद्रेज कार्पाथी ने की डीपसीक-V3 की तारीफ़", "karpathy"),
                         ("टाइगर ब्रोकर्स ने अपने AI असिस्टेंट TigerGPT में जोड़ा डीपसीक-R1", "tigerbrokers")):
        assert actor in _sig(matcher, title).frame.actors, title
    # two chipmakers' shares rise, two model makers' fall, on one launch: two stories
    assert judge(_sig(matcher, "DeepSeek V4面世 中芯華虹股價急升"),
                 _sig(matcher, "Zhipu, MiniMax shares slide about 9% as DeepSeek V4 stokes competition fear")).veto
    assert judge(_sig(matcher, "Salesforce CEO贝尼奥夫：DeepSeek登顶App Store，AI真正的金矿是数据"),
                 _sig(matcher, "高通CEO安蒙：DeepSeek R1证明AI模型已可直接在终端运行")).veto


def test_within_a_storys_first_day_a_shared_setting_and_some_words_are_enough(matcher: Matcher) -> None:
    """While an event breaks, its outlets word it each their own way: within the story's first day a report
    that shares a place or an actor beyond DeepSeek and Xiaomi, and some words, joins it; a day later a like
    headline is more often the next development. Not enough: a version alone beside a headline of no action
    (a model family is news all week), nor one side only telling that someone spoke."""
    index = StoryIndex(mentioned=watchlist_mentions(matcher))
    index.add(1, "Dongfeng plugs DeepSeek into Voyah, Mengshi and Nano cars", 0.0)
    assert index.find("डोंगफेंग की कारों में भी आएगा डीपसीक, शुरुआत वोयाह से", 3600.0) == 1
    assert index.find("डोंगफेंग की कारों में भी आएगा डीपसीक, शुरुआत वोयाह से", FIRST_DAY + 3600.0) is None
    georgia = (("美国佐治亚州扩大禁令 州政府网络禁用DeepSeek和小红书", ""),
               ("喬治亞州州長肯普：州政府機關停用DeepSeek等6款中國應用", ""))
    fresh = compare(*georgia, watchlist_mentions(matcher))
    assert fresh.same and fresh.first_day and "first day" in fresh.why and "shared place georgia" in fresh.why
    assert not compare(*georgia, watchlist_mentions(matcher), fresh=False).same
    # results against a stock move, or beside a giveaway (one company's runs daily for weeks), share too little
    results = _sig(matcher, "Cambricon's first-half revenue jumps over 4,000% as it swings to profit")
    move = _sig(matcher, "Cambricon briefly dethrones Moutai as China's priciest stock")
    assert frame_agreement(results, move).context and not frame_agreement(results, move).breaking
    visit = _sig(matcher, "Jack Ma drops in on Alibaba's Qwen team ahead of giveaway launch")
    assert not frame_agreement(visit, _sig(matcher, "阿里千问官宣30亿“春节请客计划”")).breaking
    assert not _same(matcher, "The 1-Trillion Parameter Shockwave: Xiaomi's MiMo-V2-Pro Redefines the LLM Horizon",
                     "Xiaomi's MiMo-V2-Pro tops OpenRouter's weekly chart with over 3 trillion tokens")
    assert not _same(matcher, "Trump calls DeepSeek a 'wake-up call' for US tech companies",
                     "Trump says a DeepSeek ban is under review")


def test_within_a_storys_first_day_the_same_action_and_a_few_words_are_enough(matcher: Matcher) -> None:
    """Reports naming no one beyond DeepSeek or Xiaomi, nor a shared fact: within the story's first day the same
    action and a few words in common (ACTION_OVERLAP) make one event; a day later, not. Not for the actions that
    come in series within a day (a repository open-sourced each day, a ban after another government's)."""
    delay = (("DeepSeek's next AI model delayed by attempt to use Chinese chips", ""),
             ("DeepSeek R2 reportedly delayed after training troubles on Huawei chips", ""))
    verdict = compare(*delay, watchlist_mentions(matcher))
    assert isinstance(verdict.reason, Agreement) and verdict.same and verdict.first_day
    assert verdict.reason.one_action and not verdict.reason.breaking  # nothing shared but the action and words
    assert not compare(*delay, watchlist_mentions(matcher), fresh=False).same
    index = StoryIndex(mentioned=watchlist_mentions(matcher))
    index.add(1, "DeepSeek App更新：联网搜索改名“智能搜索”，传图不再需要关联网", 0.0)
    update = "DeepSeek app update renames search, lets users upload images with web search on"
    assert index.find(update, 3600.0) == 1
    assert index.find(update, FIRST_DAY + 3600.0) is None
    repos = frame_agreement(_sig(matcher, "DeepSeek open-sources FlashMLA"),
                            _sig(matcher, "DeepSeek open-sources its inference engine code"))
    assert repos.actions == {"open_source"} and not repos.clash and not repos.one_action
    assert not _same(matcher, "DeepSeek open-sources FlashMLA", "DeepSeek open-sources its inference engine code")
    bans = frame_agreement(_sig(matcher, "Texas bans DeepSeek on state devices"),
                           _sig(matcher, "DeepSeek banned on government devices"))
    assert bans.actions == {"ban"} and not bans.one_action
    talks = frame_agreement(_sig(matcher, "DeepSeek says its servers are busy"),  # words alone: no action of one
                            _sig(matcher, "DeepSeek says its app is safe to use"))
    assert talks.actions == {"statement"} and not talks.clash and not talks.one_action


def test_a_report_that_is_the_event_of_two_young_stories_names_both_and_they_merge(matcher: Matcher) -> None:
    """Two reports of one event worded too differently to meet; the third report (in Hindi) is the same event as
    both. The lookup names the other as mergeable while it is young (its alert may still wait), not once it is
    old, and not when the two stories share no words of their own (a report is often the same event as each of
    two stories that are not one)."""
    index = StoryIndex(mentioned=watchlist_mentions(matcher))
    index.add(1, CLAIMS, 0.0)
    assert index.find(EXCHANGES, 1.0) is None
    index.add(2, EXCHANGES, 1.0)
    found = index.lookup(CLAIMS_HI, 2.0)
    assert found == Lookup(1, (2,))
    assert index.lookup(CLAIMS_HI, 2.0 + MERGE_SPAN + 10).also == ()  # too old to hold a waiting alert
    index.merge(1, 2)
    assert len(index) == 1 and index.find(EXCHANGES, 3.0) == 1
    assert index.lookup(CLAIMS_HI, 3.0) == Lookup(1)
    other = StoryIndex(mentioned=watchlist_mentions(matcher))  # one event, but nothing but the item links them
    other.add(1, "Security Researchers Uncover Major Data Exposure", 0.0, summary=(
        "Security researchers at cloud security firm Wiz revealed today that DeepSeek left a database containing"
        " millions of user chat logs and API secrets publicly accessible."))
    other.add(2, "डीपसीक का डेटाबेस इंटरनेट पर खुला मिला, यूजर्स की चैट और API कीज़ उजागर", 1.0)
    found = other.lookup("DeepSeek left a database of chat logs and secret keys open to anyone, Wiz says", 2.0)
    assert found.story is not None and found.also == ()


def test_a_report_merges_a_story_half_of_whose_reports_take_it(matcher: Matcher) -> None:
    """A story's outlets word the event each their own way: half its reports taking the item is enough to
    merge it with the item's story, when no report of the two contradicts or clashes with one of the other."""
    index = StoryIndex(mentioned=watchlist_mentions(matcher))
    index.add(1, "Out of 8,360 submissions, Liang Wenfeng's team takes a best-paper honour", 0.0)
    index.add_member(1, "DeepSeek founder's sparse-attention paper wins top prize at ACL in Vienna")
    index.add(2, "DeepSeek與北大合著NSA論文 奪ACL最佳論文", 1.0)
    found = index.lookup("DeepSeek's NSA Tech Wins ACL 2025 Best Paper, Boosts Text Processing 11x", 2.0)
    assert found.story in (1, 2) and set(found.also) == {1, 2} - {found.story}
    index.add(3, "Xiaomi's YU7 SUV draws 200,000 orders in three minutes", 1.0)  # another event: no merge
    assert 3 not in index.lookup("DeepSeek's NSA Tech Wins ACL 2025 Best Paper, Boosts Text Processing 11x",
                                 2.0).also


def test_a_story_under_a_provisional_id_is_found_by_its_stored_id_after_rename(matcher: Matcher) -> None:
    index = StoryIndex(mentioned=watchlist_mentions(matcher))
    index.add(-1, CLAIMS, 0.0)
    index.rename(-1, 7)
    assert -1 not in index
    assert index.find("Anthropic accuses DeepSeek, Moonshot and MiniMax of stealing Claude", 1.0) == 7
    index.add(-2, CLAIMS_HI, 1.0)
    index.rename(-2, 7)  # the store placed it in a story held already: it becomes one of its reports
    assert len(index) == 1 and index.find(CLAIMS_HI, 2.0) == 7
    index.add(-3, "Xiaomi opens a new car factory in Beijing", 2.0)
    index.discard(-3)  # its poll was not committed
    assert len(index) == 1 and index.find("Xiaomi opens a new car factory in Beijing", 3.0) is None


def test_a_company_known_only_through_one_of_its_units_stands_for_no_other(matcher: Matcher) -> None:
    """WeChat is Tencent's, and so is Yuanbao; but a headline naming WeChat blocking Qwen does not name the
    Tencent whose Yuanbao WeChat blocked two days before. A company named as such still stands for its unit."""
    qwen = "WeChat blocks Alibaba's Qwen links hours into milk tea giveaway"
    assert not _same(matcher, "微信出手限制元宝红包链接：涉嫌诱导分享", qwen)
    assert not _same(matcher, "वीचैट ने अपने ही ऐप युआनबाओ के रेड पैकेट लिंक पर लगाई रोक",
                     "微信封禁千问分享链接 屏蔽“【千问】”口令复制")
    assert _same(matcher, "微信封禁千问分享链接 屏蔽“【千问】”口令复制", qwen)
    assert not judge(item_signature("GitHub adds DeepSeek R1 to its model catalogue"),
                     item_signature("Microsoft adds DeepSeek R1 to its model catalogue")).veto


def test_firms_that_test_deepseeks_security_are_actors_in_every_script(matcher: Matcher) -> None:
    """In the weeks every security firm publishes its test of R1, the model and the flaw are shared by all: the
    firm tells one report from another."""
    assert not _same(matcher, "KELA红队称用“邪恶越狱”等旧手法攻破DeepSeek R1",
                     "Enkrypt AI red team: DeepSeek-R1 11 times more likely to produce harmful output than o1")
    assert {"wallarm"} <= item_signature("वॉलआर्म का दावा: जेलब्रेक कर डीपसीक का छिपा 'सिस्टम प्रॉम्प्ट' निकाला").frame.actors
    assert {"nowsecure"} <= item_signature("NowSecure:DeepSeek iOS App以未加密方式傳送資料").frame.actors


def test_more_words_of_denials_funding_flaws_and_interviews_in_every_script() -> None:
    assert actions_of("Ford and Xiaomi deny report of US electric vehicle partnership talks") == {"denial"}
    assert actions_of("डीपसीक ने ओपनएआई की नकल के आरोप नकारे") == {"denial"}
    assert "denial" not in actions_of("शाओमी ने गोपनीय जानकारी लीक करने पर प्रमुख को निकाला")  # जानकारी: information
    assert "funding" in actions_of("रिपोर्ट: कम से कम 30 करोड़ डॉलर जुटाने की तैयारी में चीनी AI स्टार्टअप")
    assert "funding" not in actions_of("खुफिया एजेंसी का आरोप: डीपसीक ज़रूरत से ज़्यादा निजी डेटा जुटाता है")  # data
    assert "security" in actions_of("思科测试:DeepSeek R1对50个有害提示全部“失守”")
    assert "security" in actions_of("DeepSeek-R1 AI model 11x more likely to generate harmful content")
    assert "security" in actions_of("सिस्को ने कहा डीपसीक मॉडल में सेफ्टी गार्डरेल्स कमजोर")
    assert "security" not in actions_of("AWS offers DeepSeek-R1 on Bedrock, with Guardrails and Agents")
    assert "leak" in actions_of("Wiz का दावा: 10 लाख से ज्यादा लॉग बिना पासवर्ड के उपलब्ध थे")
    assert "interview" in actions_of("小米MiMo負責人羅福莉長談：下一場競賽在Agent強化學習")
    assert "release" in actions_of("Alibaba Unleashes Qwen 2.5-Max, Claims It Outperforms DeepSeek-V3")
    assert "open_source" in actions_of("शाओमी का MiMo-7B हगिंग फेस पर मुफ्त")
    assert actions_of("iPhone 17 से टक्कर: 16 छोड़ सीधे 17 लाई शाओमी") == frozenset()  # a number skipped
    assert actions_of("गुओ दाया ने छोड़ी डीपसीक") == {"leave"}


def test_results_rumours_giveaways_and_rich_lists_are_read_as_outlets_word_them() -> None:
    """Beating estimates is a results report, exceeding expectations no plan; "传…" and "网传" are rumours;
    joining a race hires no one; a red-packet giveaway launched, spent or free is one giveaway, but what happens
    to it (WeChat blocks it) is the event; a rich list is a rich list whatever else its headline says."""
    assert actions_of("Tencent beats forecasts as AI lifts ads; capex more than doubles") == {"earnings"}
    assert actions_of("DeepSeek beats OpenAI o1 on math") == {"comparison"}
    assert "rumor" not in actions_of("Xiaomi's AI glasses exceeding expectations amid consumer enthusiasm")
    assert actions_of("网传DeepSeek R2细节：1.2万亿参数") == {"rumor"}
    assert "rumor" in actions_of("彭博：传DeepSeek正开发AI智能体")
    assert "rumor" not in actions_of("小米宣传MiMo")
    assert "hire" not in actions_of("Baidu joins Lunar New Year AI giveaway race with 500 million yuan")
    spent, launched = "百度砸5億紅包搶AI用戶", "百度春节红包加码AI：文心助手5亿元红包上线"
    assert actions_of(spent) == actions_of(launched) == {"giveaway"}
    assert actions_of("WeChat restricts Yuanbao red packet links") == {"ban"}
    assert actions_of("福布斯2025全球億萬富豪榜出爐 張一鳴655億美元登頂中國首富") == {"rich_list"}
    assert actions_of("फोर्ब्स अरबपति सूची 2025: डीपसीक के लियांग वेनफेंग पहली बार शामिल") == {"rich_list"}
    assert actions_of("DeepSeek overtakes ChatGPT as top free app on Apple's US App Store") == {"benchmark"}
    assert actions_of("元宝10亿红包活动开启 14小时登顶苹果App Store免费榜") == {"benchmark"}  # a free app


def test_a_giveaway_joins_on_its_sum_and_pony_ma_is_tencents(matcher: Matcher) -> None:
    """One company's giveaway makes news every day for weeks: the same company and giveaway join only on a shared
    sum or day. Pony Ma (马化腾) speaks for Tencent, Jack Ma for Alibaba."""
    assert _same(matcher, "Tencent to hand out 1 billion yuan in red packets to lure users to Yuanbao",
                 "腾讯元宝宣布春节发10亿元现金红包 单个最高1万元")
    assert not _same(matcher, "Tencent to hand out 1 billion yuan in red packets to lure users to Yuanbao",
                     "Pony Ma wants Yuanbao to repeat WeChat's 2015 red-packet coup")
    for name in ("Pony Ma says", "马化腾：", "पोनी मा बोले"):
        assert {"ponyma", "tencent"} <= item_signature(f"{name} Yuanbao").frame.actors
    assert "alibaba" in item_signature("Jack Ma returns to Hangzhou").frame.actors
    assert "forbes" in item_signature("福布斯全球富豪榜：梁文锋以10亿美元身家首次上榜").frame.actors


def test_results_and_a_stock_move_of_one_company_join_only_on_more_than_its_name(matcher: Matcher) -> None:
    """A company's results and its shares' record two days later are kin, not one action: the company alone does
    not make them one event, as it does two reports of its results."""
    profit = "Cambricon posts first billion-yuan half-year profit"
    assert not _same(matcher, profit, "寒武纪股价盘中超越贵州茅台 登顶A股“股王”")
    assert _same(matcher, profit, "寒武纪上半年营收28.81亿元 同比增长4347.82% 扭亏为盈")
    assert actions_of("Xiaomi to spend about a quarter of its 2025 R&D budget on AI") == {"funding"}  # no quarter
    assert actions_of("Xiaomi posts a record quarter") == {"earnings"}
    assert actions_of("Xiaomi spends over HK$800 million on two days of share buybacks") == {"buyback"}


def test_xiaomi_plugging_in_deepseek_is_one_event_and_another_partys_is_not(matcher: Matcher) -> None:
    """Both partners named on both sides make one integration, however worded; Xiaomi is a party of its own beside
    WeChat's integration, though not beside a company a talk mentions."""
    inside = "HyperOS users can now try DeepSeek-R1 inside Xiao Ai"
    assert "xiaomi_xiaoai" in watchlist_mentions(matcher)(inside).objects and actions_of(inside) == {"partnership"}
    assert actions_of("हुवावे-ऑनर के बाद अब शाओमी ने भी अपनाया डीपसीक AI") == {"partnership"}
    assert _same(matcher, "डीपसीक से जुड़ा शाओमी का वॉयस असिस्टेंट, चीन में चुनिंदा यूजर्स को एक्सेस",
                 "小爱同学接入DeepSeek-R1大模型 开启灰度测试")
    grey = item_signature("小米小爱灰度上线DeepSeek深度思考 部分用户可体验")
    assert judge(grey, item_signature("WeChat starts grey-testing DeepSeek-R1 in its search for some users")).veto
    assert not judge(item_signature("罗福莉：国内头部团队与Anthropic的预训练差距已基本抹平"),
                     item_signature("Xiaomi's MiMo chief Luo Fuli says China's pre-training gap with Anthropic has "
                                    "nearly closed")).veto


def test_chen_deli_is_deepseeks_in_every_script_and_a_deli_is_no_one() -> None:
    for title in ("DeepSeek senior researcher Chen Deli warns AI could replace most jobs",
                  "DeepSeek研究员陈德里:未来10到20年AI可能接管大部分工作",
                  "डीपसीक के चेन देली बोले- AI से बेरोजगारी का खतरा"):
        assert {"chendeli", "deepseek"} <= item_signature(title).frame.actors
    assert item_signature("Xiaomi opens a deli").frame.actors == {"xiaomi"}


def test_hosts_that_serve_deepseeks_models_are_actors_in_every_script(matcher: Matcher) -> None:
    """Cerebras serving R1 is not LM Studio running it: in the weeks every host adds R1, the host is the event."""
    assert not _same(matcher, "Cerebras上线DeepSeek-R1蒸馏版70B 推理速度号称比GPU快57倍",
                     "LM Studio支持本地运行DeepSeek R1 断网也能用")
    for title in ("Cerebras adds DeepSeek R1 70B", "सेरेब्रस पर डीपसीक R1 अब 57 गुना तेज़"):
        assert "cerebras" in item_signature(title).frame.actors
    for title in ("You can now run DeepSeek R1 offline with LM Studio", "LM स्टूडियो में आया डीपसीक R1 का सपोर्ट"):
        assert "lmstudio" in item_signature(title).frame.actors


def test_a_companys_rival_is_not_the_company() -> None:
    """"英伟达老对手力挺DeepSeek": Nvidia's old rival (AMD) backs DeepSeek, not Nvidia."""
    assert "nvidia" not in item_signature("英伟达老对手力挺DeepSeek").frame.actors
    assert {"amd", "deepseek"} == item_signature("英伟达的对手AMD支持DeepSeek").frame.actors
    assert "nvidia" in item_signature("英伟达力挺DeepSeek").frame.actors


def test_a_launch_told_before_a_plan_is_the_fact_and_a_plan_alone_stays_one() -> None:
    """"公测，两款模型即将开源": the series is out, the open-sourcing a side plan; "set to launch" and an English
    topic before a colon ("V4 launch: expected") are plans still."""
    assert actions_of("小米MiMo-V2.5系列公测，两款模型即将开源") == {"release", "open_source"}
    assert actions_of("小米YU7正式亮相：小米首款SUV，预计7月上市") == {"release"}
    assert "rumor" in actions_of("DeepSeek V4 launch: expected next week")
    assert "rumor" in actions_of("Xiaomi set to launch self-developed smartphone chip XRING 01")
    assert actions_of("DeepSeek V4 said to be days away, with a 1.6-trillion-parameter headline") >= {"rumor"}


def test_a_launch_and_its_claim_to_beat_a_rival_are_one_event_but_a_later_ranking_is_not(matcher: Matcher) -> None:
    """A company compares its new model with a rival's as it launches it ("对标 Claude Opus 4.6"); topping a
    weekly ranking is news of its own."""
    assert _same(matcher, "小米MiMo-V2.5-Pro对标Claude Opus 4.6，成本约一半",
                 "Xiaomi unveils MiMo-V2.5-Pro, says it rivals Claude Opus 4.6 and GPT-5")
    assert _same(matcher, "小米MiMo-V2.5系列公测，两款模型即将开源", "Xiaomi's MiMo-V2.5 series enters public beta")
    assert not _same(matcher, "Xiaomi MiMo-V2-Pro Tops OpenRouter Weekly Rankings",
                     "Xiaomi unveils MiMo-V2-Pro, Omni and TTS models")
    assert actions_of("ऐप स्टोर पर छाया चीनी AI, डीपसीक ने ChatGPT को पछाड़ा") >= {"benchmark"}


def test_a_rivals_model_a_headline_measures_against_is_no_product_of_its_event(matcher: Matcher) -> None:
    """"Xiaomi says new MoE model matches DeepSeek-V3.2": Xiaomi's model is the news, not DeepSeek's, so it
    does not clash with a report naming MiMo; comparisons, warnings and appearances read in every script."""
    mentions = watchlist_mentions(matcher)
    assert "deepseek_v3" not in mentions("Xiaomi says new MoE model matches DeepSeek-V3.2 at a fraction of the latency"
                                         ).objects
    assert "deepseek_v3" in mentions("DeepSeek-V3.2 matches GPT-5 at a fraction of the cost").objects
    assert "comparison" in actions_of("DeepSeek推V3.2兩款新模型 稱推理能力比肩Gemini 3 Pro")
    assert "comparison" in actions_of("डीपसीक ने लॉन्च किए V3.2 मॉडल, GPT-5 को टक्कर देने का दावा")
    assert "comparison" not in actions_of("शाओमी SU7 की ट्रक से टक्कर, तीन की मौत")  # a collision
    assert "statement" in actions_of("डीपसीक के रिसर्चर की चेतावनी: 10-20 साल में AI छीन सकता है नौकरियां")
    assert "talk" in actions_of("DeepSeek罕有公開露面 研究員陳德里憂AI衝擊就業")


def test_an_exact_figure_both_reports_give_is_evidence_enough_and_a_round_one_is_not(matcher: Matcher) -> None:
    """"$294K" and "29.4万美元" tell of one fact; "17%" may be two days' falls, and a year is no figure of an event."""
    assert _same(matcher, "DeepSeek’s $294K AI model becomes first to pass peer review",
                 "DeepSeek reveals R1 training cost just $294K in Nature paper")
    assert not _same(matcher, "DeepSeek shares its plans for 2025", "DeepSeek paper out in 2025")
    assert not _same(matcher, "Web traffic to DeepSeek falls 17% in March",
                     "17% of Indian firms tried DeepSeek, survey finds")


def test_a_flaw_the_data_it_exposed_and_the_regulators_finding_are_kin(matcher: Matcher) -> None:
    """One case told as a flaw (漏洞), the key it exposed, or a watchdog's finding that data went abroad."""
    assert _same(matcher, "Xiaomi keyboard app bug exposed AI API key in plain text",
                 "连点版本号就能看到API Key？小米输入法被曝安全漏洞")
    assert _same(matcher, "Privacy watchdog finds DeepSeek sent Korean user data abroad",
                 "南韓個資委：DeepSeek未經同意將用戶資料傳往海外")


def test_a_models_size_and_the_benchmark_it_scores_on_name_no_other_model(matcher: Matcher) -> None:
    """"7B" glued is a size in parameters, not a count to set against "8 million statements"; "AIME24" and
    "AIME 2024" are a benchmark, no version of the model whose score they give."""
    assert signature("DeepSeek's 7B prover doubles GPT-4's score").telling[0][3] == "#parameters"
    assert signature("Xiaomi's 7B MiMo model").telling[0][3] == "#parameters"
    assert signature("DeepSeek raises $7B").telling[0][3] == "usd"
    assert not signature("MiMo scores 80.1 on AIME24").codes
    assert _same(matcher, "Xiaomi updates MiMo-7B reasoning model; RL-0530 scores 80.1 on AIME 2024",
                 "小米更新MiMo-7B推理模型 AIME24成績超越DeepSeek R1")


def test_a_product_both_name_is_evidence_beside_any_action_but_a_launch(matcher: Matcher) -> None:
    """Xiaomi's shares moving on MiMo is one event in any language; "more than 5%" is a bound, no comparison that
    would hide MiMo. But MiMo launches every few weeks: a launch needs more than the family's name."""
    assert _same(matcher, "Xiaomi shares jump more than 5% after it unveils MiMo reasoning model",
                 "小米集团股价涨超5% 市场看好自研推理大模型MiMo")
    verdict = compare(("Xiaomi shares jump more than 5% after it unveils MiMo reasoning model", ""),
                      ("小米集团股价涨超5% 市场看好自研推理大模型MiMo", ""), watchlist_mentions(matcher))
    assert "product xiaomi_mimo" in verdict.why
    launch = compare(("Xiaomi launches new MiMo models for agents", ""), ("小米发布MiMo新模型", ""),
                     watchlist_mentions(matcher))
    assert "product" not in launch.why


def test_a_model_named_after_its_maker_meets_the_maker_named_alone() -> None:
    """"DeepSeek-OCR" and "DeepSeek's new model" may name one model; "Redmi Note 15" is not the Note 15 Pro series
    launched apart, nor V3.1 its Terminus update."""
    assert not _conflicting("DeepSeek drops open-source model that compresses text 10 times",
                                "DeepSeek-OCR: Contexts Optical Compression")
    assert _conflicting("Redmi Note 15 5G launched in India", "Redmi Note 15 Pro series arrives in India")
    assert _conflicting("DeepSeek-V3.1 released", "DeepSeek-V3.1-Terminus released")


def _conflicting(a: str, b: str) -> bool:
    return conflict(signature(a), signature(b))


def test_karpathy_is_a_speaker_in_every_script_and_quite_is_no_quitting(matcher: Matcher) -> None:
    """Andrej Karpathy praising DeepSeek-OCR is one event in English, Chinese (卡帕西) and Hindi (कारपैथी)."""
    assert "leave" not in actions_of("I quite like the new DeepSeek-OCR paper | Andrej Karpathy")
    assert _same(matcher, "Text is dead, vision shall reign. Karpathy raves about the new DeepSeek model",
                 "卡帕西力挺DeepSeek-OCR：像素或许是比文本更好的大模型输入")


def test_every_rich_list_is_a_rich_list() -> None:
    """Hurun's 百富榜, New Fortune's 创富榜 and "China's richest" (首富) rank wealth, not models."""
    assert actions_of("胡潤百富榜2025：鍾睒睒5300億四度蟬聯中國首富") == {"rich_list"}
    assert actions_of("新財富500創富榜：張一鳴首登頂 雷軍、梁文鋒躋身前十") == {"rich_list"}


def test_a_promise_a_rebuke_a_plural_release_and_a_technical_report_are_read() -> None:
    """Words outlets use for a statement (承诺, 点名, गिनाईं, "slams"), a release of several models (जारी किए) and
    a technical report (技术报告)."""
    assert actions_of("雷军代表小米承诺不会回避") == {"statement"}
    assert actions_of("李彦宏点名DeepSeek：只能处理文本，又慢又贵，幻觉率高") == {"statement"}
    assert actions_of("बाइडू प्रमुख रॉबिन ली ने गिनाईं डीपसीक की कमियां") == {"statement"}
    assert actions_of("Baidu's Robin Li criticizes DeepSeek") == {"statement"}
    assert "release" in actions_of("ओपनएआई ने 6 साल बाद जारी किए ओपन-वेट मॉडल")
    assert actions_of("幻方旗下DeepSeek公布67B模型技術報告 分享擴展定律研究") == {"research"}
