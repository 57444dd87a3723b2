"""An item's event frame: who acts, what they do, to what. Pure, language-independent.

Reports of one event in English, Chinese and Hindi share few words but the same frame: the same
actors (watchlist entity ids, known companies, people and places, whatever the script), the same
kind of action ("joins" / "hires" / 加盟 / शामिल) and the same object (a version code, a figure, a
place). Two frames agree when their actions meet, their actors are compatible and they share such
an object; bot/similarity.py's word overlap still decides within one language.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property, lru_cache

from . import lexicon
from .signature import ACTOR_NAMES, DEVANAGARI, Signature

_NUKTA = "\u093c"
_FRAMING = frozenset({"statement"})
_SPEAKING = frozenset({"statement", "talk", "interview"})
_LAUNCHES = frozenset({"release", "open_source"})
_RUMOR = "rumor"  # the kind of action that marks a plan or a report of one, not the fact
_RECURRING = frozenset({"outage"})  # a service falls over again within days: no event on its own
MOVES = frozenset({"hire", "leave"})  # one person moves once within the window
_VOICES = frozenset({"lei_jun", "lu_weibing"})  # in this news every week, on every subject
_RICH_LIST = frozenset({"rich_list"})
_GIVEAWAY_WORDS = frozenset({"giveaway", "release", "funding", "price_cut", "rumor"})
_SETTINGS = frozenset({"giveaway"})  # what a speaker's words may be about, no action of theirs
_DENIAL = frozenset({"denial"})  # what a headline that denies something reports, whatever else it names
# a launch's reach, and China's cities (where a company lists or is based: "Shanghai trading debut"), are no
# places where someone acts: they clash with no actor
_SCOPES = frozenset({"globalmarket", "shanghai", "shenzhen", "chengdu"})
# names of the watched companies and their products, which open many of their own headlines
_WATCHED = frozenset({"deepseek", "xiaomi", "nvidia", "luo", "liang", "lei", "mimo", "redmi", "hyperos"})
_CORE = frozenset({"deepseek", "xiaomi", "xiaomi_ai", "ai_context"})  # in nearly every watched story
_CORE_COMPANIES = frozenset({"deepseek", "xiaomi"})  # the two partners of "Xiaomi plugs DeepSeek into XiaoAI"
_XIAOMI = frozenset({"xiaomi"})
_INTEGRATING = frozenset({"partnership", "release"})  # actions whose party is the event: who launched, who plugged in
_INTEGRATION = frozenset({"partnership"})


# the end of a discount ("V3优惠期结束", "promotion ends") is no price cut
_DISCOUNT_ENDS = re.compile(r"(?:优惠|折扣|促销)(?:期|价格?|價格?)?(?:已|将)?(?:结束|到期|截止)"
                            r"|(?:discount|promotion|promo|offer)s? (?:end|expire)|छूट खत्म")
# words that look like an action but name a person, a setting or a thing: a bonus (奖金), an investor (投资人,
# निवेशक) or a researcher (रिसर्चर), a peer review or a product's, a training cost (ट्रेनिंग पर खर्च), an earnings
# call where someone spoke, a "Token Plan", a report published (发布报告), a place on a list (सूची में शामिल), the
# time since someone joined (入职不足半月); a comparison ("टेस्ला से सस्ती", "cheaper than", "比Model 3便宜")
# and a dependence reduced ("एनवीडिया पर निर्भरता घटाने") that cut no price; joining others in doing something
# ("joins Huawei and Honor in plugging DeepSeek") that hires no one
_NOT_ACTIONS = re.compile(
    r"(?<![a-z0-9])(?:investors?(?![a-z])|round-?ups?(?![a-z])|peer[- ]review\w*|earnings call|token plan"
    r"|cheaper than(?![a-z])|(?:positive|negative|glowing|mixed|rave|hands-on|in-depth|full|quick|video|camera|our) "
    r"reviews?|(?<!under )(?<!security )(?<!safety )(?<!privacy )reviews?(?= *[:|]|$))"
    r"|奖金|獎金|投资人|投資人|投资者|投資者|同行评审|同行評審|财报电话会|財報電話會|财报会议|財報會議|发布报告|發布報告"
    r"|比(?!以前|之前|此前|原来|原來|原价|原價|去年|上一?代)[^，,。！!？?\s]{1,8}(?: \w+)?便宜"
    r"|निवेशक|निर्भरता (?:\S+ )?घट|(?:dependence|reliance|dependency) on|依赖|依賴"
    r"|रिसर्चर|शोधकर्ता|(?<=सूची )में शामिल|से सस्त[ीाे]|(?:ट्रेनिंग|प्रशिक्षण) पर खर्च"
    r"|(?<![a-z0-9])raises? the stakes|(?<![a-z0-9])joins? (?:[\w-]+ ){1,4}in (?=\w+ing)"
    r"|(?:一|二|三|四|第一|第二|第三|第四)季度(?=狂?订|交付|交车|交車|销量|銷量)"
    r"|入职(?=不足|不到|仅|才|刚|满|以来|后)|入職(?=不足|不到|僅|才|剛|滿|以來|後)"
    r"|(?<=消息)[称稱]"  # "sources say" (消息称) is no one's statement
    r"|(?<=\d )छोड\S*"  # "16 छोड़ सीधे 17": a number skipped, no one leaving
    r"|(?<![a-z0-9])free (?:apps?|charts?)(?![a-z])|免费榜|免費榜|免费(?:应用|應用|app)|免費(?:應用|app)|फ्री ऐप"
    r"|(?<![a-z0-9])(?:can'?t|cannot|can not|not) be planned"  # "innovation can't be planned": no plan
    r"|(?<![a-z0-9])(?:executive|signs?|signed|signing|issues?|issued) (?:an? )?orders?(?![a-z])")  # a decree
# cars or phones sold in a month are deliveries, not a results report
_UNITS_SOLD = re.compile(r"(?<![a-z0-9])(?:(?:car|ev|vehicle|phone|smartphone|unit)s? sales|sales month)")
# chips a company may not buy, used anyway: smuggled ("using banned Nvidia chips"), no ban of the user
_BANNED_CHIPS = re.compile(r"(?<![a-z0-9])(?:banned|restricted|export-controlled) (?:[\w-]+ ){0,2}(?:chips|gpus)")
# the words of a price: without one, a result that halves or falls is no price cut
_PRICES = re.compile(r"pric|cheap|free|discount|价|免费|免費|便宜|优惠|優惠|कीमत|दाम|मुफ्त|सस्त|छूट")
# a best-paper award is an award, no paper
_BEST_PAPER = re.compile(r"(?<![a-z0-9])best[- ]paper|最佳论文|最佳論文|बेस्ट पेपर")
# "limits registrations" (限制注册, रोका नया साइन-अप) keeps the service up under attack: no ban
_LIMITS_SIGNUPS = re.compile(r"(?<![a-z0-9])(?:limit|restrict|suspend|pause|halt)\w* (?:[\w'-]+ ){0,2}"
                             r"(?:registrations?|sign-?ups?)"
                             r"|(?:暂时|暫時|暂|暫)?(?:限制|限)[^，,。\uff1b;！!？?\s]{0,12}?(?:注册|註冊)"
                             r"|रोक\S* (?:\S+ ){0,2}साइन-अप")
# whom a ban binds: government staff and devices, or everyone through the app stores (new downloads)
_BAN_SCOPES = (
    ("government", re.compile(r"(?<![a-z0-9])(?:government|federal|state|public|official)s? (?:[\w-]+ ){0,2}"
                             r"(?:devices?|agenc|department|ministr|offices?|employees|staff|servants|phones|computers)"
                             r"|(?<![a-z0-9])(?:ministries|agencies|departments|civil servants)"
                             r"|公务|公務|政府(?:设备|設備|部门|部門|机关|機關|电脑|電腦|手机|手機|网络|網路|员工|員工)"
                             r"|机关|機關|部门|部門|部會|部会|国防部|國防部"
                             r"|सरकारी|मंत्रालय|विभाग|दफ्तर|कर्मचारि")),
    ("downloads", re.compile(r"(?<![a-z0-9])(?:new )?downloads?|(?<![a-z0-9])app stores?"
                             r"|下载|下載|新用户|新用戶|应用商店|應用商店|डाउनलोड|ऐप स्टोर")),
)
# "to launch an investigation" opens a probe: no launch, and no plan of one
_OPENS_A_PROBE = re.compile(r"\b(?:to |will )?(?:launch|open)(?:es|ed|s|ing)? (?:an? |its )?(?:formal )?"
                            r"(?:investigation|probe|inquiry|review)")
# a security test and what it finds ("fails to block harmful prompts", "越狱测试", "जेलब्रेक टेस्ट") tell of a flaw:
# no release of something tested, no ban of what is blocked
_SECURITY_TESTS = re.compile(
    r"(?<![a-z0-9])(?:security|jailbreak|red[- ]team(?:ing)?|penetration|safety) tests?"
    r"|(?<![a-z0-9])fail(?:s|ed|ing)? to (?:block|stop|prevent|detect)"
    r"|(?:安全|越狱|越獄|红队|紅隊)(?:测试|測試)|(?:जेलब्रेक|सुरक्षा|सेफ्टी) (?:टेस्ट|जांच)|नहीं रोक (?:पाया|पाता|सका)")
# beating or missing the analysts' estimates is a results report, no benchmark; exceeding expectations no plan
_BEATS_ESTIMATES = re.compile(r"(?<![a-z0-9])(?:beat|miss|top)(?:s|ing|ped)? (?:[\w'-]+ ){0,2}"
                              r"(?:estimates|forecasts?|expectations|consensus)")
_EXCEEDS_EXPECTATIONS = re.compile(r"(?<![a-z0-9])(?:exceed|surpass|defie?)\w* (?:[\w'-]+ ){0,2}expectations")
# "传DeepSeek R2…", "网传…", "彭博：传…": reportedly, a rumour
_REPORTEDLY = re.compile(r"(?:^|[:：])\s*(?:网|網)?[传傳](?=[a-z0-9\u4e00-\u9fff])|网传|網傳")
# "打2.5折", "享8折": a price at that many tenths, a discount (折叠 is a fold)
_TENTHS_OF_PRICE = re.compile(r"(?<=\d)折(?![叠疊])")
# what a headline's words are read as before its actions are looked up, in this order, each with the words without
# which it cannot match (looked for first: most headlines have none of them)
_ESTIMATES = ("estimate", "forecast", "expectation", "consensus")
_READINGS: tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...] = (
    (_OPENS_A_PROBE, " probe ", ()), (_DISCOUNT_ENDS, " ", ()), (_BEATS_ESTIMATES, " earnings ", _ESTIMATES),
    (_EXCEEDS_EXPECTATIONS, " ", ("expectation",)), (_REPORTEDLY, " 传闻 ", ("传", "傳")), (_NOT_ACTIONS, " ", ()),
    (_TENTHS_OF_PRICE, " 打折 ", ()), (_LIMITS_SIGNUPS, " registration ", ()),
    (_BANNED_CHIPS, " smuggled chips ", ()), (_BEST_PAPER, " award ", ()), (_UNITS_SOLD, " deliveries ", ()),
    (_SECURITY_TESTS, " vulnerable ", ()))


def _latin_forms(forms: str) -> re.Pattern[str] | None:
    """English forms as word-start prefixes, in one pattern."""
    latin = [f.replace("_", " ") for f in forms.split() if f.isascii()]
    return re.compile(r"(?<![a-z0-9])(?:" + "|".join(latin) + ")") if latin else None  # "字bug": no \b after Han


def _other_forms(forms: str) -> re.Pattern[str] | None:
    """Chinese and Hindi forms as substrings, in one pattern: searched only in a text that has such letters
    (most headlines are English, and an alternation is tried at every position)."""
    other = [re.escape(unicodedata.normalize("NFKC", f).replace(_NUKTA, "").replace("_", " "))
             for f in forms.split() if not f.isascii()]
    return re.compile("|".join(other)) if other else None


def _at_word_start(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first match of Chinese and Hindi forms where a Hindi one starts a word (its endings vary: "मुनाफ" is
    मुनाफा and मुनाफे), so "रोक" (a ban) is not read in "ब्रोकर्स" (brokers). Told after the search: a lookbehind
    in the pattern would halve its speed."""
    for m in pattern.finditer(text):
        at = m.start()
        if at == 0 or not DEVANAGARI.match(text, at) or not DEVANAGARI.match(text, at - 1):
            return m
    return None



_LATIN_ACTIONS = {name: p for name, forms in lexicon.ACTIONS.items() if (p := _latin_forms(forms)) is not None}
_OTHER_ACTIONS = {name: p for name, forms in lexicon.ACTIONS.items() if (p := _other_forms(forms)) is not None}
_NOT_LATIN = re.compile("[\u0900-\u097f\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]")


@dataclass(frozen=True)
class Mentions:
    """The watchlist entities a headline mentions, split by role."""
    actors: frozenset[str] = frozenset()  # companies, people, institutions
    objects: frozenset[str] = frozenset()  # models and products: what an event is about


NO_MENTIONS = Mentions()
ACTOR_KINDS = frozenset({"person", "company", "institution", "conference", "media"})
OBJECT_KINDS = frozenset({"model", "product"})


@dataclass(frozen=True)
class Frame:
    actors: frozenset[str]  # entity ids and canonical names of companies, people, agencies
    objects: frozenset[str]  # watchlist models and products
    actions: frozenset[str]  # kinds of action (lexicon.ACTIONS)
    places: frozenset[str]
    partners: frozenset[str] = frozenset()  # an unknown name that opens an integration's headline
    scopes: frozenset[str] = frozenset()  # whom a ban binds (_BAN_SCOPES)
    implied: frozenset[str] = frozenset()  # companies among the actors only as the company of one named ("WeChat")

    @cached_property
    def specific(self) -> frozenset[str]:
        """Actors that single out an event among the watched ones (not DeepSeek or Xiaomi themselves)."""
        return self.actors - _CORE

    @cached_property
    def once_a_window(self) -> frozenset[str]:
        """Its actions that a company takes once within the window (lexicon.ONCE_A_WINDOW)."""
        return self.actions & lexicon.ONCE_A_WINDOW


EMPTY_FRAME = Frame(frozenset(), frozenset(), frozenset(), frozenset())


@lru_cache(maxsize=1 << 14)
def actions_of(text: str) -> frozenset[str]:
    folded = unicodedata.normalize("NFKC", text).casefold().replace(_NUKTA, "")
    for pattern, reading, needed in _READINGS:
        if not needed or any(word in folded for word in needed):
            folded = pattern.sub(reading, folded)
    found = {name for name, pattern in _LATIN_ACTIONS.items() if pattern.search(folded)}
    if _NOT_LATIN.search(folded):
        search = _at_word_start if DEVANAGARI.search(folded) else re.Pattern.search  # Chinese: no word starts
        found.update(name for name, pattern in _OTHER_ACTIONS.items() if name not in found and search(pattern, folded))
    if _RUMOR in found and not found.isdisjoint(_LAUNCHES) and _launched_before_plan(folded):
        found.discard(_RUMOR)
    if "security" in found:
        found.discard("outage")  # "vulnerable to attacks", "越狱攻击成功率": a flaw found, no service down
    if "price_cut" in found and "earnings" in found and not _PRICES.search(folded):
        found.discard("price_cut")  # "profit nearly halves" (盈利近腰斩, मुनाफा घटा) is a result, no price cut
    if "buyback" in found:
        found.discard("funding")  # "spends HK$800 million on buybacks" (斥资回购): no money raised or invested
    if "giveaway" in found:  # launched (上线), spent (砸), free (免单), planned: ways to tell of a giveaway
        found = (found - _GIVEAWAY_WORDS) or {"giveaway"}  # but what happens to one is the event ("WeChat blocks")
    if "rich_list" in found:
        return _RICH_LIST  # "Lei Jun tops the list", "身家655亿美元": a ranking of wealth, whatever its words
    return _DENIAL if "denial" in found else frozenset(found)  # "Nvidia rejects smuggling claims" denies, no more


_CLAUSE_ENDS = ",;|"  # as NFKC folds them; also "：" (but not an English colon: "V4 launch: expected")


def _launched_before_plan(folded: str) -> bool:
    """A launch told in a clause before the plan: "小米MiMo-V2.5系列公测，两款模型即将开源" is out, its plan a
    side fact; "set to launch", "लॉन्च की तैयारी", "DeepSeek V4 launch: expected next week" stay plans."""
    plan = _first(_RUMOR, folded)
    if plan is None:
        return False
    head = folded[:plan.start()]
    cut = max(head.rfind(c) for c in _CLAUSE_ENDS)
    if _NOT_LATIN.search(head):
        cut = max(cut, head.rfind(":"))
    if cut <= 0:
        return False
    clause = head[:cut]
    return any(_first(name, clause) for name in _LAUNCHES)


def _first(action: str, text: str) -> re.Match[str] | None:
    """Where the text first names the action, in English, Chinese or Hindi, if it does."""
    latin, other = _LATIN_ACTIONS.get(action), _OTHER_ACTIONS.get(action)
    found = [m for m in (latin and latin.search(text), other and _at_word_start(other, text)) if m]
    return min(found, key=lambda m: m.start()) if found else None


def frame(title: str, title_sig: Signature, mentions: Mentions, lead: str, sig: Signature) -> Frame:
    """Actors and actions from the headline (a lead sentence names bystanders and side facts; it
    gives the actors and the action only when the headline has none: "Security researchers uncover
    major data exposure" / "Wiz says DeepSeek left a database open"; "雷军回应"); places from both (`sig`)."""
    named = _named(title_sig, mentions.actors)
    if not named and lead:
        named = _named(sig, frozenset())
    implied = frozenset(lexicon.AFFILIATION[a] for a in named if a in lexicon.AFFILIATION) - named
    actions = actions_of(title) or (actions_of(lead) - {_RUMOR} if lead else frozenset())
    if actions <= _SETTINGS and _speaker_quoted(title, title_sig):  # "马化腾：元宝红包…" is his word on it
        actions = _FRAMING
    partners = _opening_partner(title, title_sig, named) if "partnership" in actions else frozenset()
    scopes: frozenset[str] = frozenset()
    if "ban" in actions:
        folded = unicodedata.normalize("NFKC", title).casefold()
        scopes = frozenset(name for name, pattern in _BAN_SCOPES if pattern.search(folded))
    return Frame(frozenset(named) | implied, mentions.objects, actions, sig.places, partners, scopes, implied)


def _named(sig: Signature, mentioned: frozenset[str]) -> set[str]:
    """The companies and people the text names (the watchlist's among them, `mentioned`)."""
    names = {ACTOR_NAMES.get(n, n) for n in sig.names}
    return {a for a in mentioned | {n for n in names if n in lexicon.ORGS or n in lexicon.PEOPLE}
            if a not in lexicon.NOT_ACTORS}


_FIRST_WORD = re.compile(r"[A-Za-z][\w'’&-]*")


def _opening_partner(title: str, title_sig: Signature, named: set[str]) -> frozenset[str]:
    """"OpenClaw 2026.4.24 adds DeepSeek V4 models": a name the lexicon does not know, opening a
    headline that tells of an integration, is the party that integrates (its event, not the model's)."""
    first = _FIRST_WORD.match(title)
    head = first.group(0).casefold() if first else ""
    if not head or head in _WATCHED or head in named:
        return frozenset()
    # as the signature names it: its stem ("OpenCode" is "opencod")
    name = next((n for n in title_sig.names if head.startswith(n) and len(n) >= min(4, len(head))), None)
    if name is None or any(a.startswith(name) for a in named):  # "Google's" is Google, named already
        return frozenset()
    return frozenset({name})


_SPEAKER = re.compile(r"^(.{2,40}?)[:：]")
_SPEAKERS = lexicon.PEOPLE | {"lei", "jun", "fuli"}  # and the watchlist's own people
# each speaker's written forms in every script ("trump": "trump", "ट्रंप", "特朗普", "川普"), to find one before a colon
_SPEAKER_FORMS = {name: (name, *(k for k, v in lexicon.TRANSLIT.items() if name in v.split())) for name in _SPEAKERS}


def _speaker_quoted(title: str, title_sig: Signature) -> bool:
    """"Trump: US companies must wake up", "雷军：…", "डीपसीक पर ट्रंप: …": a person's words, told by the colon."""
    named = title_sig.tokens & _SPEAKERS
    m = _SPEAKER.match(title) if named else None
    if m is None:
        return False
    before = unicodedata.normalize("NFKC", m.group(1)).casefold().replace(_NUKTA, "")
    return any(form in before for name in named for form in _SPEAKER_FORMS[name])


@dataclass(frozen=True)
class Agreement:
    """How two frames relate, for a merge decision and for `newsbot same-story`."""
    actors: frozenset[str]
    actions: frozenset[str]  # in common
    evidence: tuple[str, ...]  # shared version codes and figures: what names one event among many (unsorted)
    context: tuple[str, ...]  # shared places and actors beyond DeepSeek and Xiaomi (unsorted)
    same_setting: bool  # the same places and actors on both sides, not all of them common in the window
    clash: str  # why they cannot be one event, or ""
    bare: bool = False  # neither side names a place or an actor beyond DeepSeek and Xiaomi
    subject: bool = False  # one company and no watched one: the subject of a rival's own news (_lone_company)
    unnamed: bool = False  # one side names one person and nothing else beyond DeepSeek and Xiaomi, the other no one
    kindred: bool = False  # results on one side, a stock move or funding on the other: kin, not one action
    # enough in common for a report within a story's first day, beside some words: a place or an actor beyond
    # DeepSeek and Xiaomi, a fact beside an action in common, an exact figure or a rare name (_breaking)
    breaking: bool = False
    # the same action on both sides, one not told in series (lexicon.SERIAL_ACTIONS), nor words alone, nor what
    # recurs daily: within a story's first day, with a few words in common, one event (_one_action)
    one_action: bool = False

    @property
    def agrees(self) -> bool:
        """Compatible frames with shared actors, and: the same people and places on both sides, at
        least one of them beyond DeepSeek and Xiaomi and not in many of the window's stories; or a
        shared version, figure or name for the everyday actions (releases, statements, talks), or two
        shared places or actors; one for the telling ones (bans, probes, hires), or none when neither
        side names anyone beyond DeepSeek or Xiaomi (an outage excepted: services fall over again within
        days). A headline naming no action needs a shared version or figure and one more thing in
        common, or a rare name of five letters or more both write in Latin letters ("NowSecure"). Words
        said by one speaker beyond DeepSeek and Xiaomi ("Trump calls DeepSeek a wake-up call" /
        "特朗普称…敲响警钟"), or an integration with one partner named on both sides (or both DeepSeek and
        Xiaomi), are one event. A giveaway joins only on evidence: one company's runs daily for weeks.
        Results on one side and a stock move on the other need more than the company in common.
        "DeepSeek pauses top-ups" and "a bill would ban DeepSeek" name lawmakers on one side: two events.
        A headline naming no one ("YU7 को 18 घंटे में 2.4 लाख ऑर्डर") joins on an
        action and two pieces of evidence (the version and a figure)."""
        if self.clash:
            return False
        if not self.actors:
            return len(self.evidence) >= 2 and bool(self.actions)
        if self.same_setting and self.context:
            return True
        if not self.actions:
            return bool(self.evidence) and (len(self.evidence) + len(self.context) >= 2 or any(
                e.startswith("name ") and len(e) >= 10 for e in self.evidence))
        if self.evidence:
            return True
        if self.actions <= _SETTINGS:
            return False  # one company's giveaway makes news daily for weeks: its sum or day tells one day's
        if self.actions & lexicon.TELLING_ACTIONS:
            return (bool(self.context) and not self.kindred) or (self.bare and not self.actions & _RECURRING) or (
                self.unnamed and self.actions <= MOVES)
        if self.actions == _DENIAL and self.bare:
            return True  # "DeepSeek calls funding reports rumours" / "DeepSeek denies seeking investors"
        if self.actions == _INTEGRATION and self.bare and self.actors >= _CORE_COMPANIES:
            return True  # "Xiaomi plugs DeepSeek into XiaoAI" / "डीपसीक से जुड़ा शाओमी का असिस्टेंट": the two partners
        if self.actions <= _SPEAKING | {"partnership"} and not self.subject and any(
                not c.startswith("place ") for c in self.context):
            return True
        return len(self.context) >= 2

    @property
    def recurs(self) -> bool:
        """The frames would agree but for an action a service repeats within days (an outage) with nothing
        else in common: one event only while its first reports are fresh (StoryIndex, FIRST_DAY)."""
        return (not self.clash and bool(self.actors) and self.bare and not self.context
                and bool(self.actions & _RECURRING))

    def __str__(self) -> str:
        if self.clash:
            return self.clash
        parts = [f"action {', '.join(sorted(self.actions)) or '-'}", f"actors {', '.join(sorted(self.actors)) or '-'}"]
        if self.evidence or self.context:
            # built unsorted (thousands of agreements a second), sorted to be read: places before actors
            shown = sorted(self.evidence) + sorted(self.context, key=lambda c: (not c.startswith("place "), c))
            parts.append("shared " + ", ".join(shown))
        return "; ".join(parts)


def _kin(a: frozenset[str], b: frozenset[str]) -> bool:
    return any(not a.isdisjoint(f) and not b.isdisjoint(f) for f in lexicon.ACTION_FAMILIES)


def _kindred(a: frozenset[str], b: frozenset[str]) -> frozenset[str]:
    """The actions of both that belong to a family both touch ("open-sources" / "releases"), not the
    others either names besides ("free for all users" beside a release is no shared price cut)."""
    return frozenset().union(*((a | b) & f for f in lexicon.ACTION_FAMILIES
                               if not a.isdisjoint(f) and not b.isdisjoint(f)))


def _own_actions(a: frozenset[str], b: frozenset[str]) -> frozenset[str]:
    """A report that only tells that someone spoke ("says", 称, दावा) frames another's action, not
    an action of its own: against a report naming one, it names none (and so needs shared evidence
    to agree, but cannot clash); beside another action of its own, "says" is dropped."""
    if a & _FRAMING:
        if a <= _FRAMING:
            return frozenset() if b - _FRAMING else a
        return a - _FRAMING
    return a


def unmet_places(places: frozenset[str], other: frozenset[str]) -> frozenset[str]:
    """The places the other side names neither as such, nor as a place that lies in them, nor as the place
    they lie in with nothing else there: "Iowa" meets "US"; "Texas" does not meet "New York", nor "US, Iowa"."""
    rest = places - other
    if not rest or not other:
        return rest
    within = lexicon.PLACE_WITHIN
    inside = {within.get(q) for q in other}
    return frozenset(p for p in rest if p not in inside and (within.get(p) not in other or within.get(p) in inside))


def _unplaced(actors: frozenset[str], places: frozenset[str]) -> frozenset[str]:
    """The actors that are no agency of one of the places ("the White House" of "the US")."""
    return frozenset(x for x in actors if lexicon.ACTOR_PLACE.get(x) not in places) if places else actors


def _unacted(places: frozenset[str], actors: frozenset[str]) -> frozenset[str]:
    """The places whose agency the other side does not name."""
    return frozenset(p for p in places if p not in {lexicon.ACTOR_PLACE.get(x) for x in actors})


def _unmet(actors: frozenset[str], other: Frame) -> frozenset[str]:
    """The actors the other side does not name, nor stands for: "Anthropic's CEO" is Amodei, unless that
    side names someone else of Anthropic's; Yuanbao is Tencent's, but not the Tencent of a side that
    names WeChat and not Tencent."""
    rest = actors - other.actors
    if not rest:
        return rest
    named = other.actors - other.implied if other.implied else other.actors
    people = other.actors & lexicon.PEOPLE
    return frozenset(x for x in rest if not _stood_for(x, named, people))


def _own_parties(actors: frozenset[str], other: frozenset[str]) -> frozenset[str]:
    """The actors the other side does not name, nor stands for with none of its own beside: GitHub is
    Microsoft's, but WeChat is not Tencent's Yuanbao."""
    rest = other - actors
    return frozenset(x for x in actors - other if not _stood_for(x, other, rest))


def _stood_for(actor: str, other: frozenset[str], beside: frozenset[str]) -> bool:
    """The other side names the company `actor` speaks or stands for, and nothing of that company's in `beside`."""
    company = lexicon.AFFILIATION.get(actor)
    return company in other and not any(lexicon.AFFILIATION.get(y) == company for y in beside)


def _third_party(partners: frozenset[str], other_actions: frozenset[str]) -> bool:
    """"OpenClaw adds DeepSeek V4" against "DeepSeek releases V4": another party's integration (a
    partner the other side does not name), not the release it integrates."""
    return bool(partners) and bool(other_actions) and "partnership" not in other_actions


def _plan_clash(a: frozenset[str], b: frozenset[str]) -> bool:
    """A plan against the fact: "V4 expected next week" / "V4 released"; "to launch V4" / "launches
    V4". A plan told beside another action is a part of that event ("raises 50 billion, plans to
    list", "opens a probe, will question the company")."""
    return {_RUMOR} in (a, b) or not (a | b).isdisjoint(_LAUNCHES)


def _lone_company(setting: frozenset[str]) -> bool:
    """A setting of one company and nothing else. In a rival's own news, where no watched company and no
    person is named ("Alibaba launches Qwen3-Max" / "Alibaba's CEO: models are the next OS"; "China
    says Nvidia broke antitrust law" / "China tells firms not to buy Nvidia chips"), that company is the
    subject of every story: no setting, and no speaker. Beside DeepSeek or Xiaomi ("Cambricon jumps after
    DeepSeek's comment"), or with its chief named ("Huang hails Chinese models"), it singles out one."""
    return len(setting) == 1 and not setting.isdisjoint(lexicon.ORGS)


@dataclass(frozen=True)
class Shared:
    """What two reports share beyond their frames: version codes, figures (how many agree, and whether one of
    three significant digits does), names in Latin letters or by sound, and which of their shared places and
    actors are `common`: in so many of the window's stories that sharing them singles out no event ("US",
    "Microsoft" in the week DeepSeek's R1 shook everyone)."""
    codes: tuple[str, ...] = ()
    figures: int = 0
    words: tuple[str, ...] = ()
    common: frozenset[str] = frozenset()
    exact_figure: bool = False


def agreement(a: Frame, b: Frame, shared: Callable[[], Shared] = Shared) -> Agreement:
    """`shared` is asked only when the frames do not clash: a clash decides alone, and most candidates of a
    lookup clash (the costlier comparison of codes, figures and names is left out for them)."""
    actors = a.actors & b.actors
    acts_a, acts_b = _own_actions(a.actions, b.actions), _own_actions(b.actions, a.actions)
    same_actions = acts_a & acts_b
    actions = same_actions or _kindred(acts_a, acts_b)
    clash = ""
    # an agency meets its country ("the White House" / "America") where the other side names no one else
    # Xiaomi, in fewer stories than DeepSeek, is a party of its own to a launch or an integration beside another's
    # ("小米小爱灰度上线DeepSeek" / "WeChat starts grey-testing DeepSeek-R1")
    if (acts_a | acts_b) & _INTEGRATING:
        actors_a, actors_b = _unmet(a.specific | (a.actors & _XIAOMI), b), _unmet(b.specific | (b.actors & _XIAOMI), a)
    else:
        actors_a, actors_b = _unmet(a.specific, b), _unmet(b.specific, a)
    places_a, places_b = unmet_places(a.places, b.places) - _SCOPES, unmet_places(b.places, a.places) - _SCOPES
    only_a = ((actors_a if actors_b else _unplaced(actors_a, b.places))
              | (places_a if actors_a else _unacted(places_a, b.actors)))
    only_b = ((actors_b if actors_a else _unplaced(actors_b, a.places))
              | (places_b if actors_b else _unacted(places_b, a.actors)))
    if only_a and only_b:
        clash = f"other actors: {', '.join(sorted(only_a))} / {', '.join(sorted(only_b))}"
    elif not actors and a.actors and b.actors:
        clash = "no actor in common"
    elif acts_a and acts_b and not actions and not _kin(acts_a, acts_b):
        clash = f"other actions: {', '.join(sorted(acts_a))} / {', '.join(sorted(acts_b))}"
    elif a.scopes and b.scopes and a.scopes.isdisjoint(b.scopes):
        clash = f"other actions: a ban on {', '.join(sorted(a.scopes))} / on {', '.join(sorted(b.scopes))}"
    elif _third_party(a.partners - b.partners, acts_b) or _third_party(b.partners - a.partners, acts_a):
        clash = "other actors: an integration by another party"
    elif "partnership" in acts_a | acts_b and _own_parties(a.actors, b.actors) and _own_parties(b.actors, a.actors):
        clash = "other actors: integrations by two parties"  # XiaoAI's and Honor's, WeChat's and Yuanbao's
    elif (acts_a ^ acts_b) & {_RUMOR} and _plan_clash(acts_a, acts_b):
        clash = "other actions: a plan or rumour / the fact"
    elif a.objects and b.objects and a.objects.isdisjoint(b.objects):
        clash = f"other products: {', '.join(sorted(a.objects))} / {', '.join(sorted(b.objects))}"
    if clash:
        return Agreement(actors, actions, (), (), False, clash)
    facts = shared()
    # a product both name is evidence where no version says more, beside any action but a launch (a product
    # family, MiMo or V4, launches, integrates and is written about every week): "Xiaomi shares jump after it
    # unveils MiMo" / "小米股价涨超5% 市场看好MiMo"
    evidence: tuple[str, ...] = () if facts.codes or actions & lexicon.LAUNCH_FAMILY else tuple(
        f"product {o}" for o in a.objects & b.objects)
    if facts.codes or facts.figures or facts.words:
        evidence += (tuple(f"code {c}" for c in facts.codes) + (("figures",) if facts.figures else ())
                    + (("exact figure",) if facts.exact_figure else ()) + tuple(f"name {w}" for w in facts.words))
    places = a.places & b.places
    context = (tuple(f"place {p}" for p in places) if places else ()) + tuple(actors - _CORE)
    setting = (a.places | a.specific) - facts.common - _VOICES
    subject = not actors & _CORE and _lone_company(setting) and (a.actors | b.actors).isdisjoint(lexicon.PEOPLE)
    same_setting = a.places == b.places and a.specific == b.specific and bool(setting) and (
        bool(actions - _FRAMING) or not subject)
    bare = not (a.places or b.places or a.specific or b.specific)
    named = a.specific | b.specific
    unnamed = (not (a.places or b.places) and not (a.specific and b.specific) and len(named) == 1
               and named.isdisjoint(lexicon.ORGS))
    kindred = not same_actions and "earnings" in actions
    # a version, a product or a round figure alone beside a headline of no action is not enough: "MiMo-V2-Pro
    # redefines the horizon" is what a report of its chart rank the same week shares with one of its launch,
    # and "17%" may be a fall in traffic or a survey's share
    breaks = _breaking(a, b, acts_a, acts_b)
    breaking = breaks and not kindred and bool(context or (evidence and (actions or facts.exact_figure or facts.words)))
    one_action = breaks and _one_action(same_actions)
    return Agreement(actors, actions, evidence, context, same_setting, "", bare, subject, unnamed, kindred, breaking,
                     one_action)


def _breaking(a: Frame, b: Frame, acts_a: frozenset[str], acts_b: frozenset[str]) -> bool:
    """Whether two reports may be one breaking event on what they share (see Agreement.breaking): not when one
    only tells that someone spoke and the other of an action ("Trump calls DeepSeek a wake-up call" / "Trump
    says a DeepSeek ban is under review"), nor about what recurs daily (a giveaway, an outage)."""
    return not ((a.actions and b.actions and not (acts_a and acts_b)) or (acts_a | acts_b) & _DAILY)


def _one_action(same: frozenset[str]) -> bool:
    """An action both sides name, one that does not come in series within a day: "DeepSeek releases" twice
    within hours is one release, worded twice; a second ban or price cut the same day is often another's."""
    return bool(same - _SPEAKING - _DAILY - lexicon.SERIAL_ACTIONS)


_DAILY = _SETTINGS | _RECURRING

