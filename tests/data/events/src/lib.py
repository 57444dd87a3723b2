# helpers for writing the data set by hand (not a template for report text)
EVENTS = []
SYN = "synthetic"

def R(title, summary, source, lang, prov=SYN):
    return {"title": title, "summary": summary, "source": source, "lang": lang, "provenance": prov}

def E(date, type_, topics, summary, reports):
    EVENTS.append({"date": date, "type": type_, "topics": topics, "summary": summary, "reports": reports})

# stock boilerplate lead sentences that some feeds put at the top of every summary
BP = {
    "Aaj Tak": "ताज़ा खबरों के लिए जुड़े रहें आज तक के साथ।",
    "Zee News Hindi": "देश-दुनिया की ताज़ा खबरों के लिए पढ़ते रहिए ज़ी न्यूज़।",
    "36氪": "本文来自微信公众号“智能涌现”，作者：智能涌现编辑部，36氪经授权发布。",
    "东方财富网": "东方财富网为您提供最新财经资讯，本文内容仅供参考，不构成投资建议。",
    "Gadgets 360": "Get the latest tech news and reviews from Gadgets 360.",
    "MarketScreener": "MarketScreener brings you the latest news on listed companies and markets.",
    "Investing.com": "Stay ahead of the market with Investing.com's real-time news and analysis.",
}

def B(title, source, lang, prov=SYN):
    """a report whose feed summary is only the outlet's stock boilerplate sentence"""
    return R(title, BP[source], source, lang, prov)
