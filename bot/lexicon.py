"""Constant word tables for story similarity: synonyms, transliterations, stop words, places.

Reworded reports of one event use different verbs ("unveils" / "launches", 发布 / 推出, लॉन्च / पेश)
and, in Hindi and Chinese, different spellings of the same names (डीपसीक / DeepSeek, 小米 / Xiaomi).
Mapping both sides onto one canonical token is what lets them agree. The tables are general news
vocabulary, not tuned per pair.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import TypeVar

_V = TypeVar("_V")
_NUKTA = "\u093c"


def _as_read(table: Mapping[str, _V]) -> dict[str, _V]:
    """The table with its Hindi keys also as a headline is read: without the nukta, which reading drops
    (ज़ीपू is read जीपू, अमेज़न अमेजन)."""
    return {**table, **{unicodedata.normalize("NFKC", k).replace(_NUKTA, ""): v for k, v in table.items()
                        if _NUKTA in unicodedata.normalize("NFKC", k)}}


# English: canonical token -> surface forms (matched after casefolding and stemming, see similarity._stem).
_EN_GROUPS: dict[str, str] = {
    "release": "launch unveil release debut introduce ship present rollout arrive land publish",
    "ban": "ban block bar prohibit forbid outlaw",
    "limit": "limit restrict curb cap",
    "pause": "suspend suspension pause halt freeze",
    "lift": "lift",
    "probe": "probe investigate investigation inquiry ask question",
    "resume": "resume reopen return",
    "target": "target goal",
    "restore": "restore recover",
    "rebound": "rebound bounce",
    "rise": "rise jump surge soar climb grow gain increase rally",
    "fall": "fall drop plunge slump sink tumble slide decline lose shed plummet crater",
    "cut": "cut slash lower reduce halve trim discount",
    "price": "price pricing fee",
    "join": "join hire poach tap recruit",
    "leave": "leave quit depart exit",
    "delay": "delay postpone",
    "propose": "bill proposal propose legislation",
    "outage": "outage disruption glitch",
    "attack": "attack cyberattack ddos",
    "registration": "registration signup register",
    "revenue": "revenue turnover",
    "profit": "profit earnings",
    "order": "order booking reservation preorder",
    "fund": "fund funding fundraise fundraising raise money financing",
    "invest": "invest investment stake",
    "beat": "beat outperform surpass exceed overtake",
    "rival": "rival match challenge",
    "remove": "remove delete pull",
    "accuse": "accuse allege",
    "record": "record all-time",
    "share": "share stock",
    "leak": "leak expose exposed",
    "available": "available",
    "rumor": "rumor rumour expect expected",
    "deliver": "deliver delivery",
    "permanent": "permanent permanently",
    "end": "end scrap cancel axe",
    "beta": "beta",
    "produce": "production produce",
    "topup": "topup recharge",
    "lawmaker": "lawmaker congress congressman congresswoman senator senate legislator legislature",
}

# Words that say nothing about which event: function words, attribution, outlet boilerplate.
EN_STOP = frozenset(
    "a an the of to in on for and or with by from at as is are was were be been its it this that these after over "
    "into new says said say report reports reported amid than more down about via what why how who will would "
    "could can may just now also not no yet still first its their his her she he they we you your our us' "
    "source sources exclusive breaking update watch analysis opinion live latest video photos nearly about almost "
    "around some all per within under across against among while ahead then there here out off own other "
    "company firm startup start-up chinese china's china ceo founder-led".split())

# Words every watchlist story shares: they must not carry a merge on their own.
EN_LOW = frozenset(
    "deepseek xiaomi nvidia luo fuli liang wenfeng lei jun openai ai model models llm app apps chatbot china "
    "chinese tech technology artificial intelligence series version mimo founder ceo president chief executive "
    "xi jinping li qiang".split())

# People who act in this news beyond the watchlist: different people, different story.
PEOPLE = frozenset("wenfeng xi jinping li qiang rubo guo daya luo yonghao jack ma trump musk altman huang lecun pichai "
                   "hassabis nadella zuckerberg amodei gelsinger sacks cook andreessen weibing su durov kaifu "
                   "ponyma chendeli karpathy benioff lutnick jassy haas amon hayashi".split())

# Place tables: place -> (English forms, Han forms (both scripts), Hindi forms); English and Hindi forms are
# split by "|", Han forms by spaces, and a form of several words is read as one word first ("south dakota" is
# "southdakota"). US states of two words:
_TWO_WORD_STATES: dict[str, tuple[str, str, str]] = {
    "southdakota": ("south dakota", "南达科他 南達科他", "साउथ डकोटा|दक्षिण डकोटा"),
    "northdakota": ("north dakota", "北达科他 北達科他", "नॉर्थ डकोटा|उत्तरी डकोटा"),
    "southcarolina": ("south carolina", "南卡罗来纳 南卡羅來納", "साउथ कैरोलिना|दक्षिण कैरोलिना"),
    "northcarolina": ("north carolina", "北卡罗来纳 北卡羅來納", "नॉर्थ कैरोलिना|उत्तरी कैरोलिना"),
    "newjersey": ("new jersey", "新泽西 新澤西", "न्यू जर्सी"),
    "newmexico": ("new mexico", "新墨西哥", "न्यू मैक्सिको"),
    "newhampshire": ("new hampshire", "新罕布什尔 新罕布夏", "न्यू हैम्पशायर"),
    "rhodeisland": ("rhode island", "罗德岛 羅德島", "रोड आइलैंड"),
    "westvirginia": ("west virginia", "西弗吉尼亚 西維吉尼亞", "वेस्ट वर्जीनिया"),
}

_ONE_WORD_STATES = (
    "alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho "
    "illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota "
    "mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee utah vermont "
    "wisconsin wyoming").split()
_US_STATES = frozenset({*_ONE_WORD_STATES, *_TWO_WORD_STATES, "texas", "virginia", "newyork"})

# Countries beyond those with a line of their own in PLACES: English forms (names, demonyms), Chinese (both
# scripts) and Hindi forms. No cities: a summit in Dubai or a prize in Vienna is where someone speaks, not
# whose news it is. Words with another everyday meaning (Georgia, Jordan, Polish, Chad) are left out; so are
# Hong Kong and China, where most of this news is set.
_COUNTRIES: dict[str, tuple[str, str, str]] = {
    "belgium": ("belgium|belgian", "比利时 比利時", "बेल्जियम"),
    "portugal": ("portugal|portuguese", "葡萄牙", "पुर्तगाल"),
    "spain": ("spain|spanish", "西班牙", "स्पेन"),
    "ireland": ("ireland|irish", "爱尔兰 愛爾蘭", "आयरलैंड"),
    "sweden": ("sweden|swedish", "瑞典", "स्वीडन"),
    "norway": ("norway|norwegian", "挪威", "नॉर्वे"),
    "denmark": ("denmark|danish", "丹麦 丹麥", "डेनमार्क"),
    "finland": ("finland|finnish", "芬兰 芬蘭", "फिनलैंड"),
    "poland": ("poland", "波兰 波蘭", "पोलैंड"),
    "austria": ("austria|austrian", "奥地利 奧地利", "ऑस्ट्रिया"),
    "switzerland": ("switzerland|swiss", "瑞士", "स्विट्जरलैंड"),
    "greece": ("greece|greek", "希腊 希臘", "ग्रीस"),
    "russia": ("russia|russian", "俄罗斯 俄羅斯", "रूस रूसी"),
    "ukraine": ("ukraine|ukrainian", "乌克兰 烏克蘭", "यूक्रेन"),
    "turkey": ("turkey|turkish|türkiye", "土耳其", "तुर्की"),
    "israel": ("israel|israeli", "以色列", "इज़राइल इजराइल"),
    "uae": ("uae|emirates", "阿联酋 阿聯酋", "यूएई"),
    "saudi": ("saudi", "沙特", "सऊदी"),
    "qatar": ("qatar", "卡塔尔 卡達", "क़तर कतर"),
    "iran": ("iran|iranian", "伊朗", "ईरान"),
    "pakistan": ("pakistan|pakistani", "巴基斯坦", "पाकिस्तान"),
    "bangladesh": ("bangladesh", "孟加拉国 孟加拉國", "बांग्लादेश"),
    "indonesia": ("indonesia|indonesian", "印尼 印度尼西亚 印度尼西亞", "इंडोनेशिया"),
    "malaysia": ("malaysia|malaysian", "马来西亚 馬來西亞", "मलेशिया"),
    "thailand": ("thailand|thai", "泰国 泰國", "थाईलैंड"),
    "vietnam": ("vietnam|vietnamese", "越南", "वियतनाम"),
    "philippines": ("philippines|philippine|filipino", "菲律宾 菲律賓", "फिलीपींस"),
    "newzealand": ("new zealand", "新西兰 紐西蘭", "न्यूज़ीलैंड|न्यूजीलैंड"),
    "brazil": ("brazil|brazilian", "巴西", "ब्राज़ील ब्राजील"),
    "mexico": ("mexico|mexican", "墨西哥", "मेक्सिको"),
    "argentina": ("argentina", "阿根廷", "अर्जेंटीना"),
    "chile": ("chile", "智利", "चिली"),
    "southafrica": ("south africa", "南非", "दक्षिण अफ्रीका|साउथ अफ्रीका"),
    "egypt": ("egypt|egyptian", "埃及", "मिस्र"),
    "nigeria": ("nigeria|nigerian", "尼日利亚 奈及利亞", "नाइजीरिया"),
    "kenya": ("kenya|kenyan", "肯尼亚 肯亞", "केन्या"),
}

# Australia's states and territories, which ban or allow apps each on its own as the US states do.
_AU_STATES: dict[str, tuple[str, str, str]] = {
    "newsouthwales": ("new south wales|nsw", "新南威尔士 新南威爾斯 新州", "न्यू साउथ वेल्स"),
    "victoria": ("victoria", "维多利亚州 維多利亞州 维州 維州", "विक्टोरिया"),
    "queensland": ("queensland", "昆士兰 昆士蘭 昆州", "क्वींसलैंड"),
    "westernaustralia": ("western australia", "西澳 西澳大利亚 西澳大利亞", "वेस्टर्न ऑस्ट्रेलिया|पश्चिमी ऑस्ट्रेलिया"),
    "southaustralia": ("south australia", "南澳 南澳大利亚 南澳大利亞", "साउथ ऑस्ट्रेलिया|दक्षिण ऑस्ट्रेलिया"),
    "tasmania": ("tasmania", "塔斯马尼亚 塔斯馬尼亞", "तस्मानिया"),
    "northernterritory": ("northern territory", "北领地 北領地", "नॉर्दर्न टेरिटरी"),
}
def _place_forms(table: dict[str, tuple[str, str, str]]) -> dict[str, str]:
    """Each one-word form of the table's places (a form of several words is read as one word first:
    TWO_WORD_PLACES, HI_PHRASES)."""
    return {form: place for place, (english, han, hindi) in table.items()
            for form in (place, *english.split("|"), *han.split(), *hindi.split("|")) if " " not in form}


def _place_phrases(tables: tuple[dict[str, tuple[str, str, str]], ...], script: int) -> tuple[tuple[str, str], ...]:
    """The forms of several words in one script (0: English, 2: Hindi) of the tables' places, and the place."""
    return tuple((form, place) for table in tables for place, forms in table.items()
                 for form in forms[script].split("|") if " " in form)


# China's regions where its news happens beyond Beijing and Shanghai (data centres, factories)
_CN_REGIONS: dict[str, tuple[str, str, str]] = {
    "innermongolia": ("inner mongolia|ulanqab", "内蒙古 內蒙古 乌兰察布 烏蘭察布", "इनर मंगोलिया|उलानचाब|उलानकाब"),
}

_PLACE_TABLES = (_TWO_WORD_STATES, _COUNTRIES, _AU_STATES, _CN_REGIONS)


# Places: two items naming disjoint places are about different places' news ("Italy" vs "South Korea").
PLACES: MappingProxyType[str, str] = MappingProxyType(_as_read({
    **dict.fromkeys(("paris",), "france"), **dict.fromkeys(("london",), "uk"), **dict.fromkeys(("tokyo",), "japan"),
    **dict.fromkeys(("seoul", "首尔", "首爾"), "korea"), **dict.fromkeys(("delhi", "mumbai", "दिल्ली", "मुंबई"), "india"),
    **dict.fromkeys(("us", "u.s.", "u.s", "usa", "america", "american", "washington", "अमेरिका", "अमेरिकी", "美国",
                     "美國", "在美", "赴美", "美方"), "us"),
    **dict.fromkeys(("italy", "italian", "italie", "italia", "italien", "इटली", "意大利", "義大利"), "italy"),
    **dict.fromkeys(("korea", "korean", "कोरिया", "韩国", "韓國", "南韓", "한국", "在韩", "在韓", "赴韩", "赴韓",
                     "韩方", "韓方"), "korea"),
    **dict.fromkeys(("taiwan", "taiwanese", "ताइवान", "台湾", "台灣"), "taiwan"),
    **dict.fromkeys(("australia", "australian", "ऑस्ट्रेलिया", "澳大利亚", "澳洲"), "australia"),
    **dict.fromkeys(("germany", "german", "berlin", "जर्मनी", "德国", "德國"), "germany"),
    **dict.fromkeys(("czech", "चेक", "捷克"), "czech"),
    **dict.fromkeys(("netherlands", "dutch", "नीदरलैंड", "नीदरलैंड्स", "荷兰", "荷蘭"), "netherlands"),
    **dict.fromkeys(("uk", "u.k", "u.k.", "britain", "british", "ब्रिटेन", "英国", "英國"), "uk"),
    **dict.fromkeys(("france", "french", "फ्रांस", "法国", "法國"), "france"),
    **dict.fromkeys(("japan", "japanese", "जापान", "日本"), "japan"),
    **dict.fromkeys(("india", "indian", "भारत", "भारतीय", "印度"), "india"),
    **dict.fromkeys(("texas", "टेक्सास", "德州", "得州", "德克萨斯"), "texas"),
    **dict.fromkeys(("virginia", "वर्जीनिया", "弗吉尼亚", "維吉尼亞"), "virginia"),
    # the US states that act on their own (bans on state devices): one state's ban is not another's
    **{name: name for name in _ONE_WORD_STATES},
    **dict.fromkeys(("अलबामा", "阿拉巴马", "阿拉巴馬"), "alabama"),
    # the states' names in Chinese (both scripts) and Hindi, as their news writes them
    **{form: state for state, forms in {
        "alaska": "阿拉斯加 अलास्का", "arizona": "亚利桑那 亞利桑那 एरिज़ोना एरिजोना", "arkansas": "阿肯色 अर्कांसस",
        "colorado": "科罗拉多 科羅拉多 कोलोराडो", "connecticut": "康涅狄格 康乃狄克 कनेक्टिकट",
        "delaware": "特拉华 德拉瓦 डेलावेयर", "florida": "佛罗里达 佛羅里達 फ्लोरिडा", "georgia": "佐治亚州 喬治亞州",
        "hawaii": "夏威夷", "idaho": "爱达荷 愛達荷 आइडाहो", "illinois": "伊利诺伊 伊利諾 इलिनॉय",
        "indiana": "印第安纳 印第安納 इंडियाना", "iowa": "艾奥瓦 爱荷华 愛荷華 आयोवा",
        "kansas": "堪萨斯 堪薩斯 कंसास कैनसस", "kentucky": "肯塔基 केंटकी", "maine": "缅因州 緬因州",
        "maryland": "马里兰 馬里蘭 मैरीलैंड", "massachusetts": "马萨诸塞 麻薩諸塞 麻省 मैसाचुसेट्स",
        "michigan": "密歇根 密西根 मिशिगन", "minnesota": "明尼苏达 明尼蘇達 मिनेसोटा",
        "mississippi": "密西西比 मिसिसिपी", "missouri": "密苏里 密蘇里 मिसौरी", "montana": "蒙大拿 मोंटाना",
        "nebraska": "内布拉斯加 內布拉斯加 नेब्रास्का", "nevada": "内华达 內華達 नेवादा",
        "ohio": "俄亥俄 ओहायो ओहियो", "oregon": "俄勒冈 奧勒岡 ओरेगन",
        "pennsylvania": "宾夕法尼亚 賓夕法尼亞 賓州 पेंसिल्वेनिया", "tennessee": "田纳西 田納西 टेनेसी",
        "utah": "犹他 猶他 यूटा", "vermont": "佛蒙特 वरमोंट", "wisconsin": "威斯康星 威斯康辛 विस्कॉन्सिन",
        "wyoming": "怀俄明 懷俄明 वायोमिंग"}.items() for form in forms.split()},
    **dict.fromkeys(("लुइसियाना", "路易斯安那"), "louisiana"),
    # two-word states: one word once read (signature.py rewrites the Latin and Hindi forms)
    **_place_forms(_TWO_WORD_STATES),
    **dict.fromkeys(("ओक्लाहोमा", "俄克拉荷马", "俄克拉何马", "奧克拉荷馬"), "oklahoma"),
    **dict.fromkeys(("shenzhen", "深圳", "शेनझेन", "शेन्जेन"), "shenzhen"),
    **dict.fromkeys(("chengdu", "成都"), "chengdu"),
    **dict.fromkeys(("shanghai", "上海", "शंघाई"), "shanghai"),
    **dict.fromkeys(("कैलिफोर्निया", "加州", "加利福尼亚"), "california"),
    **dict.fromkeys(("फ्लोरिडा", "佛罗里达"), "florida"),
    # a launch for the world, or for China's market alone (signature._MARKET: "globalmarket", "chinamarket")
    **dict.fromkeys(("globalmarket", "国际版", "國際版", "海外版", "海外发布", "海外發布", "海外市场", "出海",
                     "全球发布", "全球發布", "全球发表", "全球發表", "ग्लोबल"), "globalmarket"),
    **dict.fromkeys(("chinamarket", "国行", "國行"), "chinamarket"),
    **dict.fromkeys(("singapore", "सिंगापुर", "新加坡"), "singapore"),
    **dict.fromkeys(("czechia", "捷克共和国"), "czech"),
    **dict.fromkeys(("new york", "newyork", "ny", "न्यूयॉर्क", "纽约"), "newyork"),
    **dict.fromkeys(("europe", "eu", "european", "यूरोप", "欧洲", "歐洲"), "europe"),
    **dict.fromkeys(("canada", "canadian", "कनाडा", "加拿大"), "canada"),
    **_place_forms(_COUNTRIES), **_place_forms(_AU_STATES), **_place_forms(_CN_REGIONS),
}))

# The place a place lies in: "another US state bans DeepSeek" (अमेरिका के एक और राज्य में) is Iowa's ban, where
# Texas's and New York's are two.
PLACE_WITHIN: MappingProxyType[str, str] = MappingProxyType({**dict.fromkeys(_US_STATES, "us"),
                                                               **dict.fromkeys(_AU_STATES, "australia")})

# The things tech news is about, as Chinese and Hindi headlines write them (English word -> its forms): the
# English word on both sides lets reports in two scripts share words beyond names. Words in every other story
# (chip, data, security, car, crash) are left out: sharing them said "one event" where it was two.
CONCEPTS: MappingProxyType[str, str] = MappingProxyType({
    "camera": "相机 相機 摄像头 कैमरा", "server": "服务器 伺服器 सर्वर", "paper": "论文 論文 पेपर",
    "search": "搜索 搜尋 सर्च", "agent": "智能体 智能體 एजेंट", "math": "数学 數學 गणित",
    "image": "图像 圖像 生图 生圖 इमेज तस्वीर तस्वीरें", "vision": "视觉 視覺 विजन",
    "context": "上下文 कॉन्टेक्स्ट",
    "cache": "缓存 快取 कैशिंग कैश", "reasoning": "推理 रीजनिंग", "training": "训练 訓練 ट्रेनिंग",
    "cost": "成本 लागत", "military": "军方 軍方 军队 सेना", "export": "出口 निर्यात", "glasses": "眼镜 眼鏡",
    "factory": "工厂 工廠 फैक्ट्री फैक्टरी", "battery": "电池 電池 बैटरी",
    "employee": "员工 員工 कर्मचारी कर्मचारियों", "threat": "威胁 威脅 खतरा", "robot": "机器人 機器人 रोबोट",
    "smuggle": "走私 तस्करी", "distill": "蒸馏 蒸餾 डिस्टिलिंग", "hardware": "硬件 硬體 हार्डवेयर",
    "assistant": "助手 असिस्टेंट", "keyboard": "输入法 輸入法 कीबोर्ड", "olympiad": "奥赛 奧賽 奥林匹克 ओलंपियाड",
    "gold": "金牌 गोल्ड", "trademark": "商标 商標 ट्रेडमार्क", "memory": "记忆 記憶 内存 記憶體 मेमोरी",
    "passport": "护照 護照 पासपोर्ट", "npc": "两会 兩會 人大 人大代表", "richest": "首富",
    "commerce": "商务部 商務部 वाणिज्य",
    "speech": "语音 語音 स्पीच", "census": "普查", "lap": "圈速 लैप", "foldable": "折叠屏 折疊屏 फोल्डेबल",
    "subsidy": "补贴 補貼 सब्सिडी", "database": "数据库 資料庫 數據庫 डेटाबेस", "password": "密码 密碼 पासवर्ड",
})

# Concepts in most stories about AI models: words in common, but no evidence of one event on their own.
COMMON_CONCEPTS = frozenset("reasoning paper math image vision agent context training cost search server hardware "
                            "assistant camera memory speech".split())

# Names and words written in other scripts -> the canonical Latin token, so डीपसीक meets DeepSeek.
TRANSLIT: MappingProxyType[str, str] = MappingProxyType(_as_read({
    # Devanagari
    "डीपसीक": "deepseek", "श्याओमी": "xiaomi", "शाओमी": "xiaomi", "शियोमी": "xiaomi", "एनवीडिया": "nvidia",
    "लुओ": "luo", "फुली": "fuli", "लियांग": "liang", "वेनफेंग": "wenfeng", "लेई": "lei", "जून": "jun",
    "ओपनएआई": "openai", "अमेज़न": "amazon", "अमेजन": "amazon", "माइक्रोसॉफ्ट": "microsoft", "ब्रॉडकॉम": "broadcom",
    "टेस्ला": "tesla", "हाइपरओएस": "hyperos", "अल्ट्रा": "ultra", "एलीट": "elite", "स्नैपड्रैगन": "snapdragon",
    "प्रो": "pro", "मैक्स": "max", "प्लस": "plus", "लाइट": "lite", "टर्मिनस": "terminus", "फ्लैश": "flash",
    "मिनी": "mini",
    "मॉडल": "model", "एआई": "ai", "ऐप": "app", "चैटजीपीटी": "chatgpt", "डेटाबेस": "database", "चैट": "chat",
    "हिस्ट्री": "history", "टाइम": "time", "नेचर": "nature", "डाउनलोड": "download", "शेयर": "share",
    "रिकॉर्ड": "record", "मिनट": "minute", "ग्लास": "glass", "चश्मे": "glass", "चश्मा": "glass", "बेडरॉक": "bedrock",
    "लॉन्च": "release", "पेश": "release", "जारी": "release", "लॉन्चिंग": "release",
    "बैन": "ban", "बंद": "ban", "प्रतिबंध": "ban", "रोक": "ban", "रोका": "ban", "रोके": "ban",
    "रिकॉल": "recall", "वापस": "recall", "डिलीवरी": "deliver",
    "बढ़ी": "rise", "बढ़ा": "rise", "बढ़े": "rise", "उछला": "rise", "उछली": "rise", "चढ़े": "rise", "चढ़ा": "rise",
    "गिरे": "fall", "गिरा": "fall", "गिरी": "fall", "लुढ़का": "fall", "लुढ़के": "fall", "नुकसान": "fall",
    "घटाए": "cut", "घटाईं": "cut", "घटाई": "cut", "कटौती": "cut", "छूट": "cut", "आधी": "cut",
    "कीमत": "price", "कीमतें": "price", "कीमतों": "price", "दाम": "price",
    "शामिल": "join", "जॉइन": "join", "छोड़ा": "leave", "छोड़ी": "leave",
    "आय": "revenue", "राजस्व": "revenue", "रेवेन्यू": "revenue", "मुनाफा": "profit", "मुनाफे": "profit",
    "ऑर्डर": "order", "बुकिंग": "order", "लीक": "leak", "उजागर": "leak", "टॉप-अप": "topup", "रिचार्ज": "topup",
    "हटाई": "lift", "हटाया": "lift", "हटा": "lift", "नासा": "nasa", "नौसेना": "navy", "एज़्योर": "azure", "एज्योर": "azure",
    "जांच": "probe", "जाँच": "probe",
    "सूची": "list", "लिस्ट": "list", "उपलब्ध": "available", "अस्थायी": "temporary", "साइबर": "cyber",
    "हमला": "attack", "हमले": "attack", "अटैक": "attack", "रजिस्ट्रेशन": "registration", "साइन-अप": "registration",
    "सरकारी": "government", "सरकार": "government", "डिवाइस": "device", "उपकरणों": "device", "ओपन-सोर्स": "opensource",
    # Han / kana / hangul names
    "深度求索": "deepseek", "小米": "xiaomi", "英伟达": "nvidia", "英偉達": "nvidia", "輝達": "nvidia",
    "辉达": "nvidia",
    "罗福莉": "luo fuli", "羅福莉": "luo fuli", "梁文锋": "liang wenfeng", "梁文鋒": "liang wenfeng",
    "雷军": "lei jun", "雷軍": "lei jun", "阿里巴巴": "alibaba", "阿里": "alibaba", "腾讯": "tencent",
    "騰訊": "tencent",
    "苹果": "apple", "蘋果": "apple", "谷歌": "google", "微软": "microsoft", "微軟": "microsoft",
    "亚马逊云科技": "amazon aws", "亚马逊": "amazon", "亞馬遜": "amazon", "百度": "baidu", "华为": "huawei",
    "華為": "huawei",
    "特斯拉": "tesla", "微信": "wechat", "字节跳动": "bytedance", "荣耀": "honor", "榮耀": "honor",
    "黄仁勋": "jensen huang", "黃仁勳": "jensen huang", "奥特曼": "sam altman", "奧特曼": "sam altman",
    "马斯克": "musk", "馬斯克": "musk", "马云": "jack ma", "馬雲": "jack ma", "重新上架": " resume ", "लौटा": "resume",
    "歌尔": "goertek", "摩根士丹利": "morganstanley", "大摩": "morganstanley", "摩根大通": "jpmorgan",
    "小摩": "jpmorgan",
    "高盛": "goldmansachs", "杰富瑞": "jefferies", "富瑞": "jefferies", "花旗": "citi", "瑞银": "ubs", "野村": "nomura",
    "中金": "cicc", "汇丰": "hsbc", "滙豐": "hsbc", "麦格理": "macquarie", "麥格理": "macquarie",
    "गोएरटेक": "goertek", "जेफरीज़": "jefferies", "जेफरीज": "jefferies", "नोमुरा": "nomura", "मैक्वेरी": "macquarie",
    "寒武纪": "cambricon", "乐天": "rakuten", "解除": " lift ", "传闻": " rumor ", "傳聞": " rumor ", "预计": " rumor ",
    "筹划": " rumor ", "或将": " rumor ", "人民币": " ", "人民幣": " ", "美元": " ", "港元": " ", "博通": "broadcom",
    "纳斯达克": "nasdaq", "台积电": "tsmc", "台積電": "tsmc",
    "习近平": "xi jinping", "習近平": "xi jinping", "李强": "li qiang", "李強": "li qiang", "梁汝波": "liang rubo",
    "郭达雅": "guo daya", "郭達雅": "guo daya",
    "陈德里": "chendeli", "陳德里": "chendeli", "卡帕西": "karpathy", "卡帕斯": "karpathy",
    "罗永浩": "luo yonghao", "羅永浩": "luo yonghao",
    "हुआवेई": "huawei", "बायडू": "baidu", "बाइटडांस": "bytedance", "字节": "bytedance", "टेनसेंट": "tencent",
    "ऐपल": "apple", "गूगल": "google", "मेटा": "meta", "अलीबाबा": "alibaba", "ट्रंप": "trump", "川普": "trump",
    "特朗普": "trump", "ऑल्टमैन": "altman", "吉利": "geely", "比亚迪": "byd", "京东": "jd", "抖音": "douyin",
    "智谱": "zhipu", "宁德时代": "catl", "寧德時代": "catl", "英特尔": "intel", "高通": "qualcomm", "三星": "samsung",
    "三星电子": "samsung", "思科": "cisco", "सिस्को": "cisco", "क्राउडस्ट्राइक": "crowdstrike",
    "एनक्रिप्ट": "enkrypt", "नाउसिक्योर": "nowsecure", "वॉलआर्म": "wallarm", "वालआर्म": "wallarm", "फेरूट": "feroot",
    "क्वालिस": "qualys", "केला": "kela",
    "पर्प्लेक्सिटी": "perplexity", "ऑनर": "honor",
    "रेडनोट": "rednote", "小红书": "rednote", "小紅書": "rednote", "美国航天局": "nasa",
    "软银": "softbank", "軟銀": "softbank", "सॉफ्टबैंक": "softbank", "甲骨文": "oracle", "ओरेकल": "oracle",
    "ज़ीपू": "zhipu", "ज़ीपु": "zhipu", "ज़िपु": "zhipu",
    # carmakers that put DeepSeek in their cars (现代 and 大众 alone are "modern" and "the public")
    "宝马": "bmw", "寶馬": "bmw", "बीएमडब्ल्यू": "bmw", "现代汽车": "hyundai", "現代汽車": "hyundai",
    "现代集团": "hyundai", "現代集團": "hyundai", "हुंडई": "hyundai", "ह्युंडई": "hyundai", "奔驰": "mercedes",
    "賓士": "mercedes", "मर्सिडीज": "mercedes", "大众汽车": "volkswagen", "福斯汽車": "volkswagen",
    "फॉक्सवैगन": "volkswagen", "丰田": "toyota", "豐田": "toyota", "टोयोटा": "toyota", "东风": "dongfeng",
    "東風": "dongfeng", "डोंगफेंग": "dongfeng", "岚图": "voyah", "嵐圖": "voyah", "奇瑞": "chery", "चेरी": "chery",
    "福特": "ford", "फोर्ड": "ford", "苏姿丰": "lisa su", "蘇姿丰": "lisa su", "लिसा": "lisa", "सू": "su",
    # projects, model families and chips that one event's reports name in every script
    "星际之门": "stargate", "星際之門": "stargate", "स्टारगेट": "stargate", "盘古": "pangu", "盤古": "pangu",
    "पंगु": "pangu", "昇腾": "ascend", "昇騰": "ascend", "असेंड": "ascend", "एसेंड": "ascend",
    "迈络思": "mellanox", "邁絡思": "mellanox", "मेलानॉक्स": "mellanox", "云栖": "apsara", "雲棲": "apsara",
    "शी": "xi", "जिनपिंग": "jinping", "ली": "li", "क्यांग": "qiang", "कियांग": "qiang",
    "创始人": "founder", "創辦人": "founder", "创办人": "founder", "創始人": "founder", "大模型": "model",
    "模型": "model",
    "扭亏为盈": " profit ", "盈利": " profit ", "交付量": " deliver ", "交付": " deliver ", "交车": " deliver ",
    "交車": " deliver ", "提车": " deliver ", "提車": " deliver ", "推迟至": " delay ",
    "即将": " rumor ", "将于": " rumor ", "拟": " rumor ", "永久": " permanent ", "限时": " limited ",
    "公测": " beta ", "公測": " beta ", "内测": " beta ", "内測": " beta ",
    "澎湃OS": "hyperos", "澎湃os": "hyperos", "骁龙": "snapdragon", "至尊版": "elite", "纽北": "nurburgring",
    "纽博格林北环": "nurburgring", "紐北": "nurburgring", "नूरबर्गरिंग": "nurburgring", "नूरबुर्गरिंग": "nurburgring",
    "抱抱脸": "hugging", "抱抱臉": "hugging", "हगिंग": "hugging", "总检察长": "attorneysgeneral",
    "總檢察長": "attorneysgeneral", "时代周刊": "time", "《时代》": "time", "時代": "time", "时代": "time",
    "《自然》": "nature", "自然期刊": "nature", "シャオミ": "xiaomi", "딥시크": "deepseek", "샤오미": "xiaomi",
    # the people who speak about this news most, in Han and Devanagari (a Hindi key is written without nukta:
    # titles lose it before they are read)
    "杨立昆": "yann lecun", "楊立昆": "yann lecun", "皮查伊": "sundar pichai", "哈萨比斯": "demis hassabis",
    "哈薩比斯": "demis hassabis", "纳德拉": "satya nadella", "納德拉": "satya nadella", "扎克伯格": "mark zuckerberg",
    "祖克柏": "mark zuckerberg", "库克": "tim cook", "庫克": "tim cook", "阿莫迪": "dario amodei",
    "阿莫代": "dario amodei", "阿莫代伊": "dario amodei", "基辛格": "pat gelsinger", "盖尔辛格": "pat gelsinger",
    "लेकुन": "lecun",
    "लेकन": "lecun", "पिचाई": "pichai", "हसाबिस": "hassabis", "हसाबीस": "hassabis", "नडेला": "nadella",
    "नाडेला": "nadella", "जुकरबर्ग": "zuckerberg", "जकरबर्ग": "zuckerberg", "कुक": "cook", "अमोदेई": "amodei",
    "अमोडेई": "amodei", "गेल्सिंगर": "gelsinger", "जेल्सिंगर": "gelsinger", "हुआंग": "huang", "जेन्सेन": "jensen",
    "जेनसेन": "jensen", "अल्टमैन": "altman", "मस्क": "musk", "सैक्स": "sacks", "जेमिनी": "gemini",
    "萨克斯": "sacks", "薩克斯": "sacks", "李开复": "kaifu", "李開復": "kaifu", "काई-फू": "kaifu",
    "马化腾": "ponyma", "馬化騰": "ponyma", "पोनी": "ponyma", "सेरेब्रस": "cerebras", "福布斯": "forbes",
    "富比士": "forbes", "फोर्ब्स": "forbes", "胡润": "hurun", "胡潤": "hurun", "हुरुन": "hurun",
    "卢伟冰": "lu weibing", "盧偉冰": "lu weibing", "डीपमाइंड": "deepmind", "安德森": "marc andreessen",
    "小爱同学": "xiaoai", "小愛同學": "xiaoai", "小爱": "xiaoai", "小愛": "xiaoai", "एंड्रीसन": "andreessen",
    "众议院": "lawmaker", "眾議院": "lawmaker", "众议员": "lawmaker", "眾議員": "lawmaker", "参议院": "lawmaker",
    "參議院": "lawmaker", "参议员": "lawmaker", "參議員": "lawmaker", "国会": "lawmaker", "國會": "lawmaker",
    "议员": "lawmaker", "議員": "lawmaker", "संसद": "lawmaker", "संसदीय": "lawmaker", "सांसद": "lawmaker",
    "सांसदों": "lawmaker", "सीनेटर": "lawmaker", "法案": "bill lawmaker", "विधेयक": "bill lawmaker",
    "बिल": "bill lawmaker",
    "纽约时报": "nytimes", "紐約時報": "nytimes", "纽时": "nytimes", "紐時": "nytimes",
    "白宫": "whitehouse", "白宮": "whitehouse", "व्हाइट": "whitehouse",
    "通义千问": "qwen", "通義千問": "qwen", "千问": "qwen", "千問": "qwen", "豆包": "doubao", "小艺": "xiaoyi",
    "小藝": "xiaoyi", "文心一言": "ernie", "文心": "ernie", "元宝": "yuanbao", "元寶": "yuanbao", "युआनबाओ": "yuanbao",
    "वीचैट": "wechat", "बैदु": "baidu", "बाइदु": "baidu", "एर्नी": "ernie", "कैम्ब्रिकॉन": "cambricon", "गुओ": "guo",
    "दाया": "daya", "योंगहाओ": "yonghao", "रुबो": "rubo", "देली": "chendeli", "कारपैथी": "karpathy", "कार्पेथी": "karpathy",
    "美国国防部": "us pentagon", "美國國防部": "us pentagon", "五角大楼": "pentagon", "五角大廈": "pentagon",
    "पेंटागन": "pentagon",
    "红米": "redmi", "紅米": "redmi", "रेडमी": "redmi", "पोको": "poco",
    # China's other AI labs and carmakers, rivals in DeepSeek's and Xiaomi's news
    "月之暗面": "moonshot", "मूनशॉट": "moonshot", "混元": "hunyuan", "हुनयुआन": "hunyuan", "稀宇科技": "minimax",
    "मिनीमैक्स": "minimax", "阶跃星辰": "stepfun", "階躍星辰": "stepfun", "百川智能": "baichuan", "科大讯飞": "iflytek",
    "科大訊飛": "iflytek", "讯飞": "iflytek", "訊飛": "iflytek", "商汤": "sensetime", "商湯": "sensetime",
    "小鹏": "xpeng", "小鵬": "xpeng", "蔚来": "nio", "蔚來": "nio", "零跑": "leapmotor", "टेंसेंट": "tencent",
    "ओप्पो": "oppo", "वीवो": "vivo", "थिंकिंग": "thinking",
    # China's AI chipmakers, whose listings and results follow DeepSeek's news; and others who speak of it
    "摩尔线程": "moore threads", "摩爾線程": "moore threads", "मूर": "moore", "थ्रेड्स": "threads",
    "沐曦": "metax", "मेटाएक्स": "metax", "昆仑芯": "kunlunxin", "崑崙芯": "kunlunxin", "कुनलुनशिन": "kunlunxin",
    "壁仞": "biren", "海光信息": "hygon", "燧原": "enflame", "中芯国际": "smic", "中芯國際": "smic", "中芯": "smic",
    "华虹": "huahong", "華虹": "huahong",
    "茅台": "moutai", "मोउताई": "moutai", "杜罗夫": "durov", "杜羅夫": "durov", "दुरोव": "durov",
    "टेलीग्राम": "telegram",
    # who spoke of DeepSeek when R1 broke: chiefs of Salesforce, Amazon, Arm, Qualcomm; Trump's commerce
    # secretary; Japan's chief cabinet secretary
    "贝尼奥夫": "marc benioff", "貝尼奧夫": "marc benioff", "बेनिऑफ": "benioff", "बेनिऑफ़": "benioff",
    "卢特尼克": "howard lutnick", "盧特尼克": "howard lutnick", "लटनिक": "lutnick", "लुटनिक": "lutnick",
    "贾西": "andy jassy", "賈西": "andy jassy", "जेसी": "jassy", "雷内·哈斯": "rene haas", "哈斯": "haas",
    "安蒙": "cristiano amon", "艾蒙": "cristiano amon", "अमोन": "amon", "林芳正": "hayashi", "हयाशी": "hayashi",
    "कार्पाथी": "karpathy", "सेल्सफोर्स": "salesforce", "सेल्सफ़ोर्स": "salesforce", "本田": "honda",
    "होंडा": "honda", "老虎证券": "tigerbrokers", "老虎證券": "tigerbrokers",
    **{form: concept for concept, forms in CONCEPTS.items() for form in forms.split()},
}))

# Companies, agencies and products that act in tech news: two items naming different ones differ.
ORGS = frozenset(
    "baidu tencent wechat alibaba bytedance huawei honor amazon aws microsoft azure google apple meta openai "
    "anthropic nvidia broadcom perplexity hugging huggingface github samsung cisco wiz nasa navy pentagon windsurf "
    "ollama rakuten cambricon geely jd douyin zhipu catl rednote trump lawmaker whitehouse ernie doubao xiaoyi yuanbao "
    "attorneysgeneral "
    "tsmc qualcomm intel amd tesla byd oracle ibm softbank deepseek xiaomi qwen chatgpt claude gemini deepmind "
    "minimax moonshot kimi hunyuan stepfun baichuan iflytek sensetime lenovo oppo vivo xpeng nio leapmotor mistral "
    "xai grok llama bmw hyundai mercedes volkswagen toyota ford stellantis dongfeng voyah chery "
    "moore metax kunlunxin kunlun biren hygon enflame smic moutai telegram crowdstrike kela forbes hurun "
    "cerebras groq sambanova lmstudio goertek salesforce honda momenta tigerbrokers huahong "
    "morganstanley jpmorgan goldmansachs jefferies citi ubs nomura cicc hsbc macquarie bernstein "  # brokers' notes
    "enkrypt nowsecure wallarm feroot qualys adversa promptfoo tenable".split())  # the last: who tested DeepSeek

# Events: the action a headline reports. Two items reporting different actions are different news.
EVENTS = frozenset(
    "release ban limit pause resume lift rise fall cut join leave delay recall beat remove probe accuse fund "
    "invest order leak attack outage deliver rumor permanent produce end beta profit revenue record propose "
    "新高 永久 量产 发布 封禁 暂停 恢复 加入 下跌 降价 推迟 召回 开售 售罄 泄露 入选 "
    "rumor lift".split())

# Han synonyms -> one spelling, replaced in the text before character bigrams are taken.
ZH_SYNONYMS: tuple[tuple[str, str], ...] = tuple(
    (variant, canonical)
    for canonical, variants in (
        ("发布", "正式发布 发布 推出 上线 亮相 发表 發布 發表 公布 登场 登場 上市 问世"),
        ("封禁", "封禁 禁止 禁用 封锁 封鎖 下架 禁令 封殺 封杀 被禁"),
        ("暂停", "暂停 暫停 叫停"),
        ("恢复", "恢复 恢復 重启"),
        ("加入", "加入 加盟 入职"),
        ("营收", "总收入 營收 营收 收入"),
        ("增长", "同比增长 年增 增長 增长 上涨 成长"),
        ("下跌", "大跌 下跌 暴跌 重挫 跌超 蒸发 蒸發 缩水 縮水"),
        ("降价", "降价 降價 下调 下調 降低 砍半"),
        ("价格", "价格 價格 定价 定價 售价 售價 起售价 起价 起價"),
        ("推迟", "推迟 推遲 延迟 延後 延后"),
        ("故障", "故障 宕机 崩了 异常"),
        ("开售", "开售 開賣 开卖 首销 開售"),
        ("售罄", "售罄 告罄 卖光 秒光"),
        ("新高", "创历史新高 历史新高 再创新高 创新高 新高"),
        ("泄露", "泄露 外泄 外洩 外流 暴露 曝光 未设防 未設防"),
        ("入选", "入选 入選 上榜 登上"),
        ("负责人", "负责人 負責人 主管 掌舵"),
        ("订单", "订单 訂單 大定 预订 預訂"),
        ("召回", "召回"),
        ("充值", "充值 储值"),
        ("数据库", "数据库 資料庫 数据庫"),
        ("注册", "注册 註冊"),
        ("攻击", "攻击 攻擊"),
        ("开源", "开源 開源"),
    )
    for variant in sorted(variants.split(), key=len, reverse=True))

# Han text -> Latin tokens before bigramming (names, places), longest first.
HAN_TOKENS: tuple[tuple[str, str], ...] = tuple(sorted(
    [(k, v) for k, v in TRANSLIT.items() if not k.isascii() and not ("\u0900" <= k[0] <= "\u097f")]
    + [(k, v) for k, v in PLACES.items() if not k.isascii() and not ("\u0900" <= k[0] <= "\u097f")],
    key=lambda kv: len(kv[0]), reverse=True))

HI_STOP = frozenset(_as_read(dict.fromkeys(
    "ने का की के में पर को से है हैं और किया किए कि लगाई लगाया लगाईं दी दिया हुई हुईं हुआ हुए एक अब नए नई नया "
    "बड़ा बड़ी यह वह तक लिए साथ कर करने गया गई गईं गए ही भी तो बना बनी हो होगा मिला मिली बाद लेकर चलते "
    "कहा बताया रिपोर्ट सिर्फ केवल करीब लगभग पहली पहला पहले किया कीं की अपना अपनी उसके उसकी".split())))

# Hindi phrases -> one canonical word, replaced before splitting into words.
HI_PHRASES: tuple[tuple[str, str], ...] = (
    ("फिर शुरू", " resume "), ("दोबारा शुरू", " resume "), ("वापस मंगा", " recall "), ("टॉप-अप", " topup "),
    ("साइन-अप", " registration "), ("की तैयारी", " rumor "), ("ओपन-सोर्स", " opensource "), ("ओपन सोर्स", " opensource "),
    ("न्यूयॉर्क टाइम्स", " nytimes "), ("जन कांग्रेस", " npc "), ("सबसे अमीर", " richest "),
    ("चीन में लॉन्च", " chinamarket लॉन्च "),
    *((form, f" {place} ") for form, place in _place_phrases(_PLACE_TABLES, 2)),
)

# Names of several words read as one word, before the places: the White House acts, the New York Times is a
# source and no place, Pony Ma is Tencent's Ma and not Alibaba's
JOINED_NAMES: tuple[tuple[str, str], ...] = (
    ("white house", "whitehouse"), ("new york times", "nytimes"), ("kai-fu", "kaifu"), ("pony ma", "ponyma"),
    ("ma huateng", "ponyma"), ("chen deli", "chendeli"), ("lm studio", "lmstudio"), ("lm स्टूडियो", "lmstudio"),
    ("morgan stanley", "morganstanley"), ("मॉर्गन स्टेनली", "morganstanley"), ("goldman sachs", "goldmansachs"),
    ("गोल्डमैन सैक्स", "goldmansachs"), ("jp morgan", "jpmorgan"), ("j.p. morgan", "jpmorgan"),
    ("जेपी मॉर्गन", "jpmorgan"), ("tiger brokers", "tigerbrokers"), ("टाइगर ब्रोकर्स", "tigerbrokers"),
    ("hua hong", "huahong"), ("हुआ हॉन्ग", "huahong"))

# English two-word places read as one word (after the joined names: "new york times" is a source)
TWO_WORD_PLACES: tuple[tuple[str, str], ...] = (
    ("new york", "newyork"), *_place_phrases(_PLACE_TABLES, 0))

# English phrases that mark a future or expected event rather than one that happened.
EN_FUTURE = (r"\b(?:next|this) (?:week|month)\b|\blater this (?:week|month)\b|\bas early as\b|\bplans? to\b"
             r"|\bexpected\b|\brumou?rs?\b")

# Chinese numerals before a measure word: 三款 / 四款 models, 五分钟, 第三天.
ZH_DIGITS: MappingProxyType[str, int] = MappingProxyType(
    {"一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10})
ZH_MEASURES = "款个個家名位天周週分钟鐘小时時年月日次倍成"

# Quarter spellings -> q1..q4, so "second-quarter", 第二季度, दूसरी तिमाही meet "Q2".
QUARTERS: tuple[tuple[str, str], ...] = (
    (r"\b(?:first|1st)[\s-]+quarter\b|第?一季度|第1季度?|第一季|पहली\s+तिमाही|第1四半期", " q1 "),
    (r"\b(?:second|2nd)[\s-]+quarter\b|第?二季度|第2季度?|第二季|दूसरी\s+तिमाही|第2四半期", " q2 "),
    (r"\b(?:third|3rd)[\s-]+quarter\b|第?三季度|第3季度?|第三季|तीसरी\s+तिमाही|第3四半期", " q3 "),
    (r"\b(?:fourth|4th)[\s-]+quarter\b|第?四季度|第4季度?|第四季|चौथी\s+तिमाही|第4四半期", " q4 "),
)

# Small numbers written as words: "three minutes" is "3 minutes".
NUMBER_WORDS: MappingProxyType[str, float] = MappingProxyType({
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "दो": 2, "तीन": 3, "चार": 4, "पांच": 5, "पाँच": 5, "दस": 10,
})

# Currencies of amounts, by the symbol before the number or the word after it (longest first, so
# 美元 is not 元 and "hong kong dollars" not "dollars"); and rough rates to the US dollar over
# 2024-2026, for matching an amount one outlet converted ("$7.4 billion" / "50 billion yuan").
CURRENCY_SYMBOLS: tuple[tuple[str, str], ...] = (
    ("hk$", "hkd"), ("us$", "usd"), ("$", "usd"), ("¥", "cny"), ("€", "eur"), ("£", "gbp"), ("₹", "inr"))
CURRENCY_WORDS: tuple[tuple[str, str], ...] = tuple(sorted((
    (w, code) for code, words in {
        "usd": "usd dollar dollars 美元 美金 डॉलर",
        "cny": "yuan rmb cny 元 人民币 人民幣 युआन",
        "hkd": "hkd hong_kong_dollar 港元 港币 港幣 हांगकांग_डॉलर",
        "eur": "euro euros eur 欧元 歐元 यूरो",
        "gbp": "pound pounds gbp 英镑 英鎊 पाउंड",
        "inr": "rupee rupees inr rs 卢比 盧比 रुपये रुपए रुपया",
        "jpy": "yen jpy 日元 日圓 येन",
    }.items() for w in (x.replace("_", " ") for x in words.split())), key=lambda t: -len(t[0])))
# Currency words written before the number ("Rs 69,999", "INR 2,999", "RMB 1,999").
CURRENCY_BEFORE: tuple[tuple[str, str], ...] = (
    ("rs.", "inr"), ("rs", "inr"), ("inr", "inr"), ("rmb", "cny"), ("cny", "cny"), ("usd", "usd"), ("eur", "eur"),
    ("hkd", "hkd"), ("yuan", "cny"))
USD_RATES: MappingProxyType[str, float] = MappingProxyType({
    "usd": 1.0, "cny": 0.139, "hkd": 0.128, "eur": 1.1, "gbp": 1.28, "inr": 0.0117, "jpy": 0.0067})
CONVERTED_TOLERANCE = 0.12  # rates drift and outlets round: within 12% once converted is one amount

# Words that make a figure a bound or a round approximation: "超3000亿美元" is consistent with $589
# billion, "nearly $600 billion" with $589 billion. Before the number, or after it (以上, से ज़्यादा).
AT_LEAST_BEFORE = ("more than", "over", "at least", "above", "exceeding", "exceeds", "tops", "topped", "超过", "超",
                   "逾", "至少", "突破", "破", "से अधिक", "से ज्यादा", "से ज़्यादा", "कम से कम")
AT_LEAST_AFTER = ("以上", "多", "+", "plus", "से अधिक", "से ज्यादा", "से ज़्यादा", "से ज्‍यादा")
AT_MOST_BEFORE = ("up to", "less than", "under", "below", "fewer than", "不到", "不足", "最高", "最多")
AT_MOST_AFTER = ("以下", "以内", "से कम", "तक")
ROUGHLY_BEFORE = ("nearly", "almost", "about", "around", "roughly", "approximately", "some", "近", "将近", "接近",
                  "约", "約", "大约", "大約", "约合", "करीब", "लगभग", "तकरीबन")
ROUGHLY_TOLERANCE = 0.05  # "nearly $600 billion" is $589 billion; "nearly $500 billion" is not

# Multipliers for figures: "$10 billion", 1160亿, 2 लाख, 294K.
MULTIPLIERS: MappingProxyType[str, float] = MappingProxyType(_as_read({
    "k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "b": 1e9, "bn": 1e9, "billion": 1e9,
    "t": 1e12, "tn": 1e12, "trillion": 1e12, "万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8, "万亿": 1e12, "萬億": 1e12,
    "लाख": 1e5, "करोड़": 1e7, "अरब": 1e9, "बिलियन": 1e9, "मिलियन": 1e6, "हजार": 1e3, "हज़ार": 1e3,
    "खरब": 1e11, "ट्रिलियन": 1e12, "लाख करोड़": 1e12,
}))


def en_synonyms(stem: Callable[[str], str]) -> MappingProxyType[str, str]:
    """Stemmed surface form -> canonical token (the stemmer is passed in so both sides agree)."""
    table = {stem(word): canonical for canonical, words in _EN_GROUPS.items() for word in words.split()}
    return MappingProxyType(table)

# Kinds of action a headline reports (bot/eventframe.py), in English (regex prefixes at a word start;
# "_" is a space), Chinese and Hindi (substrings). The same event told in any language lands in the same kind.
ACTIONS: MappingProxyType[str, str] = MappingProxyType({
    "hire": "join(?!s?_(?:other|forces|hands|a_|an_|\\d"
            "|(?:the_)?(?:[\\w-]+_){0,5}(?:race|rush|bandwagon|craze|frenzy|fray|club|party))) "
            "hire hiring poach recruit tap appoint "
            "named_head to_lead to_head leads_ taps tapped lured now_works?_at now_part_of "
            "moves?_to_(?:xiaomi|deepseek|alibaba|tencent|bytedance|baidu|openai|google|meta) "
            "lands_(?:deepseek|ex-|former) "
            "加入 加盟 入职 入職 挖走 挖角 挖来 挖來 挖人 招募 出任 执掌 掌舵 负责人 負責人 领衔 領銜 牵头 已在小米 "
            "शामिल जुड़ीं जुड़े जॉइन कमान नियुक्त थामा पैकेज_पर टीम_का_हिस्सा संभालेंगी संभालेंगे",
    "leave": "leave leaves left_(?!(?:a|an|its|their)_) quit(?!e) depart exit step_down steps_down resign "
             "los(?:es|t|ing)_(?:[\\w'-]+_){0,3}(?:researcher|co-?author|author|scientist|engineer|developer|talent) "
             "离职 離職 离开 離開 出走 辞职 辭職 卸任 离巢 離巢 失大将 失大將 "
             "छोड़ इस्तीफा",
    "release": "goes_live now_live preview public_beta test launch unveil unleash releas "
               "(?<!ipo_)(?<!kong_)(?<!trading_)(?<!market_)(?<!exchange_)debut introduc roll_out "
               "rolls_out rolled_out ship(?!ment) out_now updat upgrad refresh new_model arriv "
               "drops_(?!(?:its_|the_|a_)?(?:deal|plan|bid|case|suit|charge|price|claim)) "  # no deal dropped
               "dropped(?!_(?:its_|the_|a_)?(?:deal|plan|bid|case|suit|charge|price|claim)) "
               "goes_official go_official is_official goes_global go_global announced(?![\\w-]) "
               "测试 內測 内测 发布 推出 上线 上線 亮相 发表 發表 發布 登场 登場 问世 首发 更新 升级 升級 上新 "
               "释出 釋出 登陆 登陸 上传 上傳 引入 进军 進軍 "
               "आया टेस्टिंग लॉन्च पेश उतारा अपडेट अपग्रेड जारी_किया जारी_की जारी_किए public_test 公测 公測",
    "open_source": "open-sourc open_sourc opensourc open_weight open-weight github hugging "
                   "开源 開源 "
                   "ओपन-सोर्स ओपन_सोर्स हगिंग",
    "price_cut": "free_ cheap price_cut cuts_price slash discount cheaper lower_price off-peak halv price_war "
                 "cut(?:s|ting)?_(?:[\\w-]+_){0,2}(?:costs?|prices?) knocks?_(?:[\\w%$.-]+_){0,3}off scraps?_the_paid "
                 "腰斩 腰斬 "
                 "免费 免費 便宜 地板价 降价 降價 下调 下調 优惠 打折 价格战 價格戰 砍价 错峰 錯峰 "
                 "मुफ्त सस्ता सस्ती सस्ते कटौती छूट घटा 限时 限時",
    "ban": "halt suspend pause steer_clear avoid advis against_us warns?_against warned_against ban block bar_ bars_ "
           "barred barring prohibit restrict remov pull(?:s|ed|ing)?_(?:[\\w-]+_){0,3}from forbid limits_ limiting_ "
           "comes?_off shut(?:s|ting)?_off unauthori[sz]ed "
           "暂停 暫停 不得 避免 禁止 禁 封禁 封锁 封鎖 封杀 封殺 下架 限制 屏蔽 勿用 谨慎使用 謹慎使用 "
           "इस्तेमाल_न इस्तेमाल_नहीं पाबंदी बैन प्रतिबंध रोक बंद ब्लॉक हटा हटवाया हटेगा नहीं_कर_पाएंगे दूर_रहने "
           "नहीं_चलेग",
    "probe": "evaluat look_into looks_into looking_into checks_ check_whether probe probing writes?_to investigat "
             "inquir scrutin watchdog regulator review question complaint "
             "评估 質詢 质询 调查 調查 约谈 問詢 问询 审查 審查 去函 "
             "समीक्षा जांच जाँच पूछताछ 致函 询问 詢問 summon तलब audit inspect 审计 審計 ऑडिट",
    "funding": "rais fund(?!amental) valuation spend invest(?!igat) financ round stake placement placing_of share_sale "
               "new_shares pour "
               "融资 融資 估值 投资 投資 募资 投入 砸 配售 配股 集资 集資 "
               "फंडिंग निवेश वैल्यूएशन खर्च डॉलर_जुटा पैसा_जुटा पूंजी_जुटा फंड_जुटा रकम_जुटा",
    "earnings": "revenue profit result earning (?<!festive_)(?<!holiday_)(?<!a_)(?<!one_)(?<!three_)quarter "
                "(?<!from_)(?<!by_)(?<!until_)(?<!since_)q[1-4] net_income "
                "(?<!pre-)(?<!pre_)sales_ "
                "营收 營收 财报 財報 净利 淨利 业绩 業績 季度 利润 利潤 盈利 首季 "
                "तिमाही मुनाफ राजस्व नतीजे रेवेन्यू",
    "benchmark": "top_ tops_ benchmark leaderboard rank overtak no\\._?1(?!\\d) number_one 榜 登顶 登頂 第一 "
                 "नंबर_1 टॉप पर_छाया 落后 落後",
    "comparison": "beat outperform surpass match(?:es|ed|ing)?_(?!point|day|fix) on_par parity "
                  "超越 击败 擊敗 对标 對標 比肩 媲美 叫板 पीछे_छोड़ पछाड़ को_टक्कर",
    "talk": "speak(?!er) speech keynote talk(?!s?_about|_about|ed_to|s?$) summit conference symposium meet forum "
            "appear "
            "演讲 演講 发言 發言 大会 大會 座谈会 座談會 论坛 論壇 出席 峰会 峰會 首秀 登台 露面 "
            "भाषण सम्मेलन बैठक मंच",
    "interview": "interview told_ "
                 "专访 專訪 受访 受訪 采访 採訪 访谈 訪談 长谈 長談 "
                 "इंटरव्यू साक्षात्कार",
    "award": "award prize honou?r(?:s|ed|ing)?_(?:as|with|for|by|at|of|to) honou?red honour "  # Honor: a phone maker
             "named_to list_ ai_list time100 nature's_10 most_influential "
             "获奖 獲獎 入选 入選 荣获 榮獲 榜单 奖 獎 "
             "पुरस्कार सम्मान सूची प्रभावशाली",
    "lawsuit": "sue_ sues_ sued lawsuit court accus alleg "
               "起诉 起訴 诉讼 訴訟 法院 指控 "
               "मुकदमा अदालत आरोप",
    "market": "rout sink selloff sell-off share_price stock(?!pile) market_valu ipo listing trading_debut "
              "market_debut first_trading_day first-day_pop first_day_of_trading "
              "shares?_(?:slip|fall|fell|drop|jump|ris|rose|sink|sank|plung|soar|surg|tumbl|slid|hit|gain|climb|rall|clos"
              "|open|up_|down_|extend|tank|crash|spik|leap|pop|dip|slump|sell|rebound|recover|trad|of_|in_|price) "
              "market_cap wipe plung rall tumbl slump soar "
              "股价 股價 市值 蒸发 蒸發 大跌 暴跌 跌破 涨停 漲停 股 上市首日 掛牌首日 挂牌首日 首日大涨 首日大漲 "
              "首日飙 首日飆 港交所 科创板 科創板 लिस्टिंग "
              "स्वाहा शेयर बाजार मार्केट 跌超 涨超 漲超 增持 减持 減持",
    "outage": "outage goes_down went_down is_down attack cyberattack ddos malicious registration sign-up signup "
              "宕机 宕機 故障 攻击 攻擊 异常 異常 崩了 崩溃 崩潰 "
              "हमला अटैक रजिस्ट्रेशन साइन-अप ठप दिक्कत गड़बड़ी "
              "bug glitch",
    "partnership": "avail adds_ add_ host integrat partner adopt deploy ties_up tie-up access connect support power "
                   "plug(?:s|ged|ging)?_(?:[\\w-]+_){0,3}(?:into|in) offers?_(?:xiaomi|deepseek)'s_ "
                   "runs?_on will_run teams?_up bring(?:s|ing)?_(?:[\\w+-]+_){0,5}to_(?!the_table) "
                   "join(?:s|ed)?_hands can_now_(?:try|use|access|run|chat) "
                   "可用 接入 合作 部署 融合 集成 搭载 搭載 适配 適配 携手 攜手 联手 聯手 "
                   "उपलब्ध होस्ट जुड़ेगा जुड़ा साझेदारी इंटीग्रेट चलाया चलेगा अपनाया अपनाई अपनाएगी "
                   "मिलाया_हाथ हाथ_मिलाया",
    "leak": "leak expos database transferr (?<!time-)lapse "
            "泄露 外泄 外洩 暴露 转移用户 傳往 传往 "
            "without_(?:a_)?password password-free "
            "लीक उजागर चूक बिना_पासवर्ड खुला_पड़ा",
    "orders": "order(?!s?_(?:an?_|the_|its_|all_|to_|that_|(?:deepseek|xiaomi|it|them)_"
              "|['\"]?(?:urgent|immediate|temporary)))(?!ed_(?:to|the|a|an|its|all)_) "  # a regulator's order
              "pre-order preorder booking pre-sale presale "
              "订单 訂單 大定 锁单 鎖單 订购 訂購 下单 下單 抢订 搶訂 狂订 狂訂 "
              "ऑर्डर बुकिंग 预订 預訂",
    "deliveries": "deliver 交付 交车 交車 डिलीवरी डिलीवर कारें_बेच",
    "buyback": "buyback buy_back buys_back bought_back repurchas 回购 回購 वापस_खरीद बायबैक",
    "downloads": "million_downloads downloads_in 下载量 下載量 करोड़_डाउनलोड लाख_डाउनलोड",  # a count, not a ban lifted
    "statement": "say_ says_ said_ call calls_ claim respond repl welcome warn apolog confirm urg explain "
                 "credits_ commend prais hails? lauds? "
                 "证实 證實 确认 確認 详解 詳解 解读 解讀 呼吁 呼籲 敦促 पुष्टि अपील "
                 "回应 回應 称 稱 谈 談 表示 道歉 致歉 长文 長文 撰文 力挺 "
                 "बोले बोलीं कहा दावा प्रतिक्रिया माफी चेतावनी 示警 警告 警示 "
                 "承诺 承諾 点名 點名 गिनाईं criticiz slams_ blasts_",
    "denial": "deni deny reject refut dismiss no_evidence fake_news shrugs?_off downplay untrue not_true says?_no_to "
              "turns?_down turned_down shoots?_down shot_down rebuff "
              "否认 否認 驳斥 駁斥 辟谣 闢謠 未发现 未發現 假新闻 假新聞 假消息 为谣言 為謠言 是谣言 纯属谣言 純屬謠言 "
              "婉拒 拒绝 拒絕 "
              "खारिज इनकार सबूत_नहीं ठुकरा अफवाह बताया_फर्जी फर्जी_बताया _नकार",
    "smuggling": "smuggl 走私 तस्करी",
    "impersonation": "fake_(?:[\\w-]+_)?accounts? impersonat counterfeit_(?:[\\w-]+_)?accounts? 仿冒 假冒 "
                     "फर्ज़ी फर्जी",
    "fraud": "scam fraud phish posing_as 冒充 冒用 诈骗 詐騙 骗局 騙局 ठगी धोखाधड़ी जालसाज",
    "delay": "delay postpon held_back "
             "推迟 推遲 受阻 延期 "
             "अटका टला",
    "research": "paper propos research_paper study studies "
                "论文 論文 提出 技术报告 技術報告 "
                "शोध रिसर्च",
    "security": "safety_test fail vulnerab jailbreak red-team redteam unencrypt hidden_code flaw "
                "harmful_(?:[\\w-]+_)?(?:prompt|content|output|code|instruction) "
                "漏洞 拦截率 安全防护 越狱 越獄 护栏 護欄 有害 失守 攻破 "
                "फेल खामि खामी एन्क्रिप्शन गार्डरेल्स_कमजोर गार्डरेल_कमजोर खतरनाक_प्रॉम्प्ट खतरनाक_कंटेंट",
    "rumor": "plan expect rumou? set_to set_for sets?_(?:[\\w-]+_){0,4}date launch_date to_launch will_launch "
             "nears?_(?:its_)?launch nearing_(?:its_)?launch ahead_of_(?:its_)?launch "
             "will_releas will_unveil will_debut to_releas to_unveil to_debut soon teas in_talks mulls consider "
             "days_away said_to_be may_launch could_launch might_launch may_debut could_debut may_releas "
             "could_releas will_open "
             "传闻 傳聞 预计 預計 或将 或將 即将 即將 将于 將於 本周 本週 下周 下週 "
             "拟于 拟将 拟在 拟推出 拟发布 拟融资 拟首轮 拟上市 拟收购 拟禁止 拟投资 拟参投 拟募资 "
             "擬於 擬將 擬推出 擬發布 擬融資 擬上市 擬禁止 "
             "定档 定檔 预热 預熱 预告 預告 本月 下月 月底 年底 提前到 将开源 將開源 将发布 將發布 将推出 將推出 "
             "is_coming are_coming coming_soon upcoming this_month next_month "
             "तैयारी जल्द अटकल टीजर आ_सकता आ_सकती होगा_लॉन्च होगी_लॉन्च होंगे_लॉन्च लॉन्च_होग लॉन्च_करेग "
             "आ_रहा_है आ_रही_है हो_सकता हो_सकती "
             "पेश_करेग पेश_होग",
    "recall": "recall 召回 रिकॉल वापस_मंगा",
    "giveaway": "giveaway give_away gives_away giving_away hand_out hands_out handing_out red_packet red-packet "
                "red_envelope hongbao free_order 红包 紅包 免单 免單 रेड_पैकेट",
    "rich_list": "billionaires(?!_(?:say|said|says|back|invest)) rich_list rich-list richest_list "
                 "富豪榜 亿万富豪 億萬富豪 百富榜 创富榜 創富榜 首富 "
                 "अरबपति_सूची अरबपतियों_की_सूची अमीरों_की_सूची रिच_लिस्ट",
    "resume": "resum reopen restor returns_to return_to back_on "
              "恢复 恢復 重新开放 重新開放 重新上架 "
              "फिर_से बहाल लौटा",
})

# Kinds of action specific enough that the same actors doing it within the window are one event,
# even with no shared figure, version or place ("DeepSeek limits sign-ups" / "DeepSeek暂时限制部分注册").
# Actions a company takes once within days: its results, a round of funding (each outlet quotes other figures)
ONCE_A_WINDOW = frozenset({"earnings", "funding"})

TELLING_ACTIONS = frozenset({"ban", "probe", "leak", "outage", "funding", "price_cut", "hire", "leave", "earnings",
                             "lawsuit", "award", "recall", "fraud", "impersonation", "rich_list"})

# Actions that come in series, several within a day: one government's ban after another's, a company's
# price cut after its last, one open-sourced repository a day, papers by the dozen.
SERIAL_ACTIONS = frozenset({"ban", "price_cut", "open_source", "research"})

# Watchlist entities that are contexts, not actors.
# Kinds of action that reports of one event use for each other ("invests" / "raises its stake";
# "blocks" / "investigates"; "releases" / "open-sources").
LAUNCH_FAMILY = frozenset({"release", "open_source", "partnership", "orders", "research"})  # a product launched
ACTION_FAMILIES: tuple[frozenset[str], ...] = (
    LAUNCH_FAMILY,
    frozenset({"release", "open_source", "comparison"}),
    frozenset({"benchmark", "comparison"}),
    frozenset({"talk", "interview", "statement", "denial"}),
    frozenset({"leak", "security", "probe", "lawsuit"}),  # a case: the flaw, the data exposed, the probe, the suit
    frozenset({"funding", "market", "earnings"}),
    frozenset({"hire", "leave"}),
)

# Model families whose members are named by a hyphenated word, no digit ("MiMo-Audio", "Janus-Pro",
# "DeepSeek-OCR"): such a name is a model code; words that make an adjective of it are not ("DeepSeek-powered").
PRODUCT_FAMILIES = frozenset({"mimo", "janus", "deepseek"})
# benchmarks a model's score is given on ("AIME24", "MMMU", "miniF2F"): no version of the model, so two reports
# quoting different ones name no different models
BENCHMARKS = frozenset("aime mmmu mmlu gpqa minif2f humaneval livecodebench gsm8k swe-bench ifeval arc-agi".split())
NOT_MODEL_SUFFIXES = frozenset(
    "powered style like based backed led fueled fuelled inspired related linked made driven built sized type "
    "level class maker moment shock effect fever craze mania rival rivals killer ai".split())  # "DeepSeek-AI": the lab

# Latin words in Chinese and Hindi headlines that are no names: a shared one says nothing. The given names of
# PEOPLE come with their family names ("黄仁勋" is "jensen huang"): the person is shared, not another name.
GENERIC_LATIN = frozenset(
    "yann sundar demis satya mark tim dario pat jensen sam marc jack lisa "
    "suv api app apps audio video chip chips agent agents beta model cloud phone car ev glasses token tokens pro ultra "
    "max plus mini lite flash omni air exp preview open source code coding search chat bot web online ios android "
    "gpu gpus cpu npu moe llm ai ceo cto cfo ipo mit plan redmi poco hyperos".split())

# Who speaks for whom: a founder's or executive's words are the company's event too.
AFFILIATION: MappingProxyType[str, str] = MappingProxyType({
    "lei_jun": "xiaomi", "lu_weibing": "xiaomi", "xiaomi_ai_lab": "xiaomi", "high_flyer": "deepseek",
    "su": "amd", "lecun": "meta", "zuckerberg": "meta", "pichai": "google", "hassabis": "google", "deepmind": "google",
    "nadella": "microsoft", "cook": "apple", "amodei": "anthropic", "huang": "nvidia", "altman": "openai",
    "qwen": "alibaba", "wechat": "tencent", "github": "microsoft", "azure": "microsoft", "aws": "amazon",
    "douyin": "bytedance", "chatgpt": "openai", "gemini": "google", "claude": "anthropic", "ernie": "baidu",
    "doubao": "bytedance", "xiaoyi": "huawei", "yuanbao": "tencent", "wenfeng": "deepseek", "daya": "deepseek",
    "chendeli": "deepseek",
    "weibing": "xiaomi", "ma": "alibaba", "kimi": "moonshot", "hunyuan": "tencent", "grok": "xai", "llama": "meta",
    "kunlunxin": "baidu", "kunlun": "baidu", "trump": "whitehouse", "sacks": "whitehouse", "ponyma": "tencent",
})

# Agencies that act for a country: "the White House" (व्हाइट हाउस) weighs what "America" (अमेरिका) weighs.
ACTOR_PLACE: MappingProxyType[str, str] = MappingProxyType(
    dict.fromkeys(("whitehouse", "pentagon", "nasa", "navy", "attorneysgeneral"), "us"))

NOT_ACTORS = frozenset({"ai_context", "grain_context", "xiaomi_ai", "luo", "lei", "jun", "liang", "li", "xi"})

