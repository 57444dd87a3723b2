#!/usr/bin/env python3
"""Build events_holdout3.jsonl and lookalikes_holdout3.jsonl (third held-out set). Deterministic."""
import json, os
SRC = os.path.dirname(os.path.abspath(__file__))
HERE = os.path.dirname(SRC)  # the data live one folder up
exec(open(os.path.join(SRC, "build3_events.py"), encoding="utf-8").read())
for i, e in enumerate(E, 1):
    e["id"] = f"ev3-{i:03d}"
EV = {i: e for i, e in enumerate(E, 1)}
def rep(n, k):
    return EV[n]["reports"][k]
PAIRS = []
def P(a, ai, b, bi, kind, note):
    PAIRS.append({"a": rep(a, ai), "b": rep(b, bi), "same": False, "kind": kind, "note": note,
                  "a_event": EV[a]["id"], "b_event": EV[b]["id"]})
def PI(a, ai, inline, kind, note):
    PAIRS.append({"a": rep(a, ai), "b": inline, "same": False, "kind": kind, "note": note, "a_event": EV[a]["id"]})

# same_names
P(14, 0, 15, 2, "same_names", "The Information's smuggling report vs Nvidia's reply that it has seen no evidence: a reaction by another party, same day (borderline for saga-level clustering; the guideline keeps a reaction apart)")
P(14, 4, 15, 0, "same_names", "Blackwell smuggling report (Hindi) vs Nvidia's rejection of the claims (English): report vs reaction (borderline for saga-level clustering; the guideline keeps a reaction apart)")
P(11, 4, 18, 1, "same_names", "Online model upgraded to V3.1 with 128K context (Aug 2025) vs grey test of a 1M-context model (Feb 2026): different upgrade, different months")
P(16, 4, 18, 2, "same_names", "MODEL1 found in FlashMLA code (Jan 2026) vs the 1M-context test in the app (Feb 2026): two different V4 hints")
P(17, 2, 14, 1, "same_names", "OpenAI's distillation memo to Congress (Feb 2026) vs The Information's chip-smuggling report (Dec 2025): different accusations against DeepSeek")
P(5, 0, 10, 4, "same_names", "Nvidia share rebound (Jan 2025) vs Jensen Huang's GTC keynote on reasoning compute (Mar 2025)")
P(5, 3, 15, 3, "same_names", "Nvidia share rebound after the DeepSeek sell-off (Jan 2025) vs Nvidia's denial of the Blackwell smuggling report (Dec 2025)")
P(10, 3, 15, 1, "same_names", "Huang's GTC claim that R1-style reasoning needs 100x compute vs Nvidia's statement on the smuggling report: two different Nvidia statements about DeepSeek")
P(6, 4, 8, 0, "same_names", "Google: Pichai on the Alphabet earnings call (4 Feb 2025) vs DeepMind's Hassabis in Paris (9 Feb 2025): statements by two different people of one company")
P(6, 0, 8, 3, "same_names", "Pichai says DeepSeek is less efficient than Gemini vs Hassabis says DeepSeek shows no new scientific advance: different speakers, days apart")
P(1, 3, 2, 1, "same_names", "DeepSeek-VL (Mar 2024) vs JanusFlow (Nov 2024): two different DeepSeek multimodal open-source releases")
P(1, 0, 2, 2, "same_names", "DeepSeek-VL vision-language release vs JanusFlow understanding-plus-generation release")
P(9, 2, 16, 2, "same_names", "Open Source Week warm-up announcement (Feb 2025) vs MODEL1 spotted in the FlashMLA repository (Jan 2026): both about DeepSeek GitHub code")
P(25, 3, 26, 0, "same_names", "Two Xiaomi launches on 26 September 2024: Redmi Note 14 Pro in China vs Xiaomi 14T in Berlin")
P(25, 0, 26, 2, "same_names", "Redmi Note 14 Pro/Pro+ China launch vs Xiaomi 14T series Berlin launch, same day")
P(20, 2, 22, 0, "same_names", "Xiaomi 14 India launch (Mar 2024) vs Xiaomi 14 Civi India launch (Jun 2024): different phones")
P(30, 4, 32, 0, "same_names", "Canalys ranks Xiaomi No. 1 in China (Apr 2025) vs Xiaomi shares fall after the Chengdu SU7 crash (Oct 2025)")
P(32, 5, 29, 0, "same_names", "Xiaomi share drop after Chengdu crash vs Xiaomi 15 India launch")
P(11, 2, 12, 2, "version", "DeepSeek V3.1 online upgrade (Aug 2025) vs Ascend day-0 support for V3.2-Exp (Sep 2025): another version and another actor")
PI(29, 3, {"title": "Xiaomi 15 Series to challenge OnePlus 13 Series, will debut next week in India", "summary": "Xiaomi 15 Series made its global debut on March 2, following its launch in China. The company has now announced the launch date for these devices in India.", "source": "India TV", "lang": "en", "provenance": "https://www.indiatvnews.com/technology/gadgets/xiaomi-15-series-to-challenge-oneplus-13-series-will-debut-next-week-in-india-2025-03-03-978780"},
   "same_names", "Announcement of the India launch date (3 Mar 2025) vs the actual India launch (11 Mar 2025): plan vs event")
PI(27, 0, {"title": "Redmi Note 14 सीरीज़ का टीज़र जारी, दिसंबर में भारत में होगी लॉन्च", "summary": "Xiaomi एक के बाद एक भारत में स्मार्टफोन्स लॉन्च करने वाली है।", "source": "गैजेट्स 360 हिंदी", "lang": "hi", "provenance": "cf. https://hindi.gadgets360.com/mobiles/redmi-note-14-series-teased-200mp-camera-90w-charging-may-launch-3-models-news-7053883/amp/1 (lead verbatim; title written for this set)"},
   "same_names", "Xiaomi India teases the Redmi Note 14 series (19 Nov 2024) vs the India launch (9 Dec 2024): teaser vs launch")
PI(25, 1, {"title": "Redmi Note 14 Pro Series Launching Tomorrow: Expected Features and Specifications", "summary": "Xiaomi is gearing up to launch its highly anticipated Redmi Note 14 Pro series in China on 26 September 2024.", "source": "The Hans India", "lang": "en", "provenance": "cf. https://www.thehansindia.com/technology/tech-news/redmi-note-14-pro-series-launching-tomorrow-expected-features-and-specifications-909640 (lead verbatim; title taken from the URL)"},
   "same_names", "Preview on the eve of the launch (25 Sep 2024) vs the China launch itself (26 Sep 2024)")
# same_type_other_actor
P(3, 4, 4, 0, "same_type_other_actor", "Yann LeCun's Threads post vs Pat Gelsinger's post on DeepSeek: another person praising DeepSeek, days apart")
P(4, 2, 6, 1, "same_type_other_actor", "Gelsinger praises DeepSeek (27 Jan) vs Pichai on Alphabet's earnings call (4 Feb)")
P(3, 2, 8, 4, "same_type_other_actor", "LeCun (Meta) vs Hassabis (Google DeepMind) on DeepSeek: different speakers, two weeks apart")
P(8, 1, 10, 2, "same_type_other_actor", "Hassabis says DeepSeek's hype is exaggerated vs Huang says R1 shows reasoning needs more compute")
P(3, 0, 10, 4, "same_type_other_actor", "LeCun on open source vs Huang on compute: different executives commenting on DeepSeek")
P(12, 1, 13, 1, "same_type_other_actor", "Huawei Ascend vs Cambricon adapting DeepSeek-V3.2-Exp on the same day: another chipmaker (borderline for saga-level clustering; two companies' announcements)")
P(12, 3, 13, 0, "same_type_other_actor", "Ascend day-0 support (Hindi) vs Cambricon day-0 adaptation (English)")
P(13, 2, 12, 0, "same_type_other_actor", "Cambricon (zh-Hant) vs Huawei Ascend (zh) adaptation of V3.2-Exp")
PI(30, 3, {"title": "Xiaomi emerges as the top selling smartphone brand in China", "summary": "Apple, on the other hand, took a hit.", "source": "Techloy", "lang": "en", "provenance": "https://www.techloy.com/xiaomi-emerges-as-the-top-selling-smartphone-brand-in-china/"},
   "same_type_other_actor", "IDC's preliminary Q1 2025 China data vs Canalys's Q1 2025 data: another research firm's report with the same finding")
P(7, 4, 17, 0, "same_type_other_actor", "Kakao bans DeepSeek at work (Feb 2025) vs OpenAI accuses DeepSeek of distillation (Feb 2026): different actors acting against DeepSeek")
P(17, 3, 7, 3, "same_type_other_actor", "OpenAI memo (zh-Hant) vs Kakao ban (zh-Hant)")
P(24, 3, 23, 0, "place", "Poco F6 India/global launch (May 2024) vs Redmi Turbo 3 China launch (Apr 2024): the same phone under another brand in another market")
P(1, 4, 11, 1, "same_names", "DeepSeek-VL release vs V3.1-Base upload: different DeepSeek models")
P(2, 4, 16, 0, "same_names", "JanusFlow weights on Hugging Face vs MODEL1 in FlashMLA code: different DeepSeek artefacts")
# place
P(21, 3, 22, 2, "place", "Civi 4 Pro China launch (Mar 2024) vs its rebrand Xiaomi 14 Civi in India (Jun 2024)")
P(21, 1, 22, 0, "place", "Civi 4 Pro in China vs Xiaomi 14 Civi in India")
P(23, 3, 24, 2, "place", "Redmi Turbo 3 in China vs Poco F6 globally: one device, two markets and months")
P(25, 3, 27, 0, "place", "Redmi Note 14 Pro China launch (Sep 2024) vs Redmi Note 14 India launch (Dec 2024)")
P(25, 1, 27, 2, "place", "Redmi Note 14 Pro series China vs India")
P(26, 1, 20, 3, "same_names", "Xiaomi 14T Berlin launch (Sep 2024) vs Xiaomi 14 India launch (Mar 2024)")
# period
P(26, 3, 31, 0, "period", "Xiaomi 14T (Sep 2024) vs Xiaomi 15T (Sep 2025): the yearly T-series launch")
P(26, 0, 31, 1, "period", "14T series 2024 vs 15T series 2025")
P(20, 3, 29, 2, "period", "Xiaomi 14 India launch (Mar 2024) vs Xiaomi 15 India launch (Mar 2025): the yearly India flagship launch")
P(20, 0, 29, 3, "period", "Xiaomi 14 India (2024) vs Xiaomi 15 India (2025)")
P(19, 2, 27, 1, "period", "Redmi Note 13 India launch (Jan 2024) vs Redmi Note 14 India launch (Dec 2024)")
# version
P(19, 0, 27, 3, "version", "Redmi Note 13 5G series vs Redmi Note 14 series in India")
P(23, 0, 28, 1, "version", "Redmi Turbo 3 (Apr 2024) vs Redmi Turbo 4 (Jan 2025)")
P(23, 3, 28, 0, "version", "Turbo 3 (Hindi) vs Turbo 4 (English)")
P(24, 0, 33, 2, "version", "Poco F6 (May 2024) vs Poco F7 (Jun 2025)")
P(28, 2, 33, 0, "version", "Redmi Turbo 4 China launch vs Poco F7 (a rebadged Turbo 4 Pro): another model")
P(12, 0, 11, 0, "version", "V3.2-Exp adaptation by Ascend vs V3.1 online upgrade: another DeepSeek version")
# boilerplate
P(19, 3, 24, 3, "boilerplate", "Same Live Hindustan stock lead; Redmi Note 13 India launch vs Poco F6 launch")
P(24, 3, 29, 3, "boilerplate", "Same Live Hindustan stock lead; Poco F6 vs Xiaomi 15 India launch")
P(19, 3, 29, 3, "boilerplate", "Same Live Hindustan stock lead; Redmi Note 13 vs Xiaomi 15 India launch")
P(21, 2, 25, 2, "boilerplate", "Same Sina Tech stock lead; Civi 4 Pro vs Redmi Note 14 Pro+ China launch")
P(20, 4, 27, 4, "boilerplate", "Same Business Standard stock line; Xiaomi 14 India vs Redmi Note 14 India launch")

for i, p in enumerate(PAIRS, 1):
    p["id"] = f"la3-{i:03d}"
    PAIRS[i - 1] = {k: p[k] for k in ("id", "a", "b", "same", "kind", "note", "a_event", "b_event") if k in p}
with open(os.path.join(HERE, "events_holdout3.jsonl"), "w", encoding="utf-8") as f:
    for e in E:
        f.write(json.dumps({k: e[k] for k in ("id", "date", "type", "topics", "summary", "reports")}, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "lookalikes_holdout3.jsonl"), "w", encoding="utf-8") as f:
    for p in PAIRS:
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(E), "events;", len(PAIRS), "pairs")
