"""How a name sounds, in Latin, Devanagari or Han letters alike. Pure.

Hindi outlets write the names English outlets print in Latin letters in Devanagari by ear: Chen Deli is
चेन देली, Anthropic एंथ्रोपिक, Cisco सिस्को. Neither vowels (ए for the "a" of Anthropic) nor a word's exact
letters survive the trip, its consonants mostly do: a sound key is the consonant skeleton of a word read
aloud, the same for both spellings when they are one name.

A Chinese name is written in Han characters by Chinese outlets and in pinyin by the others: 陈德里 is Chen
Deli and चेन देली, 郭达雅 Guo Daya (or Daya Guo). A reading is a name said in Latin letters and folded
(`_fold`) so that pinyin, and Devanagari read aloud, spell it alike: the characters' pinyin, a Latin name
that is pinyin, Devanagari words transliterated.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache
from types import MappingProxyType

from anyascii import anyascii

_NUKTA = "\u093c"
_VIRAMA = "\u094d"
_CONSONANTS = MappingProxyType({
    "क": "k", "ख": "k", "ग": "g", "घ": "g", "ङ": "n", "च": "c", "छ": "c", "ज": "j", "झ": "j", "ञ": "n",
    "ट": "t", "ठ": "t", "ड": "d", "ढ": "d", "ण": "n", "त": "t", "थ": "t", "द": "d", "ध": "d", "न": "n",
    "प": "p", "फ": "f", "ब": "b", "भ": "b", "म": "m", "य": "y", "र": "r", "ल": "l", "व": "v", "श": "s",
    "ष": "s", "स": "s", "ह": "h", "ं": "n", "ँ": "n",
})
# English spellings of one sound, in order: "tion" (-शन), "ch" (च), a soft c (सि), "ph" (फ), "x" (क्स)
_LATIN_SOUNDS = ((re.compile(r"tion"), "sn"), (re.compile(r"sh"), "s"), (re.compile(r"ch"), "C"),
                 (re.compile(r"c(?=[eiy])"), "s"), (re.compile(r"ck|c|q"), "k"), (re.compile(r"C"), "c"),
                 (re.compile(r"ph"), "f"), (re.compile(r"x"), "ks"), (re.compile(r"w"), "v"), (re.compile(r"z"), "j"))
_SILENT = re.compile(r"[aeiouyh]")
_DOUBLED = re.compile(r"(.)\1+")
MIN_KEY = 4  # consonants: shorter skeletons (Chen "cn", Cisco "sk") are shared by too many words


@lru_cache(maxsize=1 << 14)
def latin_key(word: str) -> str:
    """The consonant skeleton of a word in Latin letters ("Anthropic" -> "ntrpk")."""
    text = word.casefold()
    for pattern, sound in _LATIN_SOUNDS:
        text = pattern.sub(sound, text)
    return _skeleton(text)


@lru_cache(maxsize=1 << 14)
def devanagari_key(word: str) -> str:
    """The consonant skeleton of a word in Devanagari ("एंथ्रोपिक" -> "ntrpk"); vowels and their signs drop."""
    return _skeleton("".join(_CONSONANTS.get(c, "a") for c in word if c not in (_NUKTA, _VIRAMA)))


def _skeleton(text: str) -> str:
    return _DOUBLED.sub(r"\1", _SILENT.sub("", text).replace("m", "n"))


def keys(words: list[str], *, devanagari: bool) -> dict[str, str]:
    """The sound keys of each word and of each two words in a row ("Chen Deli" -> "cndl"), long enough to
    tell a name (MIN_KEY), with the word or words each reads."""
    read = devanagari_key if devanagari else latin_key
    single = [(read(w), w) for w in words]
    found = dict(single)
    found.update((a + b, f"{x} {y}") for (a, x), (b, y) in itertools.pairwise(single))
    return {k: w for k, w in found.items() if len(k) >= MIN_KEY and k.isalpha()}


# The syllables of Mandarin as pinyin writes them without tones (anyascii reads each Han character as one)
PINYIN = frozenset("""
ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce cen ceng
cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ci cong cou
cu cuan cui cun cuo da dai dan dang dao de den deng di dia dian diao die ding diu dong dou du duan dui dun duo
ei en eng er fa fan fang fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan
guang gui gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji jia jian
jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan
kuang kui kun kuo la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu lo long lou lu luan
lue lun luo ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu na nai nan nang nao ne
nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nue nun nuo ou pa pai pan pang pao pei pen
peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang
rao re ren reng ri rong rou ru rua ruan rui run ruo sa sai san sang sao se sen seng sha shai shan shang shao
she shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai
tan tang tao te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi
xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan
yue yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhen zheng zhi zhong zhou zhu zhua
zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo
""".split())
_HAN_RUN = re.compile("[\u3400-\u9fff\uf900-\ufaff]+")
# one spelling for the sounds pinyin and a transliteration of Devanagari write apart: 陈 chen / चे "ce", 习 xi /
# शी "si", 福 fu / फु "phu", 王 wang / वां "vam", 梁 liang / लियां "liyam"
_FOLDS = MappingProxyType({"zh": "j", "z": "j", "ch": "c", "q": "c", "sh": "s", "x": "s", "ph": "f", "v": "w",
                           "m": "n", "y": ""})
_FOLDED = re.compile(r"zh|ch|sh|ph|[zqxv]|m(?=[gk])|(?<=i)y(?=a)")
MIN_READING = 5  # letters: two short syllables ("Meta", "Time") are read in too many pairs of characters


def _fold(text: str) -> str:
    return _DOUBLED.sub(r"\1", _FOLDED.sub(lambda m: _FOLDS[m.group()], text))


@lru_cache(maxsize=1 << 12)
def pinyin_syllables(word: str) -> int:
    """How many pinyin syllables a word in Latin letters is made of ("Chengdong" 2), 0 if it is not pinyin."""
    word = word.casefold()
    if not word:
        return 0
    for size in range(min(6, len(word)), 1, -1):
        if word[:size] in PINYIN:
            rest = word[size:]
            count = pinyin_syllables(rest) if rest else 0
            if count or not rest:
                return count + 1
    return 0


def han_readings(text: str) -> dict[str, str]:
    """Each two or three Han characters in a row, read in pinyin and folded, with the characters: a
    Chinese name is two or three characters long."""
    found: dict[str, str] = {}
    for run in _HAN_RUN.findall(text):
        sounds = [_pinyin(c) for c in run]
        for start in range(len(run) - 1):
            first, second = sounds[start], sounds[start + 1]
            if not first or not second:
                continue
            two = _joined(first, second)
            found.setdefault(two, run[start:start + 2])
            third = sounds[start + 2] if start + 2 < len(run) else ""
            if third:
                found.setdefault(_joined(two, third), run[start:start + 3])
    return {k: w for k, w in found.items() if len(k) >= MIN_READING}


def _joined(a: str, b: str) -> str:
    """Two readings as one word, a letter doubled where they meet said once (as `_fold` does)."""
    return a + b[1:] if a[-1] == b[0] else a + b


def surnamed(characters: str) -> bool:
    """Whether Han characters open with a common family name (陈德里, 王腾): a person's name, perhaps."""
    return characters[0] in SURNAMES


# The hundred commonest Chinese family names, in both scripts
SURNAMES = frozenset(
    "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何林罗羅高郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾萧蕭田董潘袁"
    "蔡蒋蔣余于杜叶葉程魏苏蘇吕呂丁任卢盧姚沈钟鍾姜崔谭譚陆陸范汪廖石金韦韋贾賈夏付方邹鄒熊白孟秦邱侯江尹薛闫閆"
    "段雷龙龍黎史陶贺賀毛郝顾顧龚龔邵万萬覃武钱錢戴严嚴莫孔向常汤湯康易乔喬赖賴文施洪辛柯庄莊鲁魯温溫倪殷")


@lru_cache(maxsize=1 << 14)
def _read_aloud(word: str) -> str:
    return _fold(anyascii(word).casefold())


@lru_cache(maxsize=1 << 14)
def _pinyin(character: str) -> str:
    """A Han character's pinyin, folded, or "" when it has none (a character read as no Mandarin syllable)."""
    sound = anyascii(character).casefold()
    return _fold(sound) if sound in PINYIN else ""


def pinyin_readings(words: list[str]) -> dict[str, str]:
    """The names among Latin words written in pinyin, folded: one word of two syllables or more
    ("Wuzhen", "Kunlunxin"), or two in a row, in either order ("Daya Guo" is Guo Daya: English puts
    the family name last)."""
    pinyin = [w for w in words if pinyin_syllables(w)]
    if not pinyin:
        return {}
    found = {_fold(w.casefold()): w for w in pinyin if pinyin_syllables(w) >= 2}
    for a, b in itertools.pairwise(words):
        if a in pinyin and b in pinyin:
            found[_fold((a + b).casefold())] = found[_fold((b + a).casefold())] = f"{a} {b}"
    return {k: w for k, w in found.items() if len(k) >= MIN_READING}


def devanagari_readings(words: list[str]) -> dict[str, str]:
    """Devanagari words read aloud in Latin letters and folded, one word or two in a row (लू वेइबिंग: "luweibing")."""
    read = [(_read_aloud(w), w) for w in words]
    found = dict(read)
    found.update((a + b, f"{x} {y}") for (a, x), (b, y) in itertools.pairwise(read))
    return {k: w for k, w in found.items() if len(k) >= MIN_READING and k.isalpha()}
