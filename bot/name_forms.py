"""The systematic other spellings of a watchlist name, generated rather than listed by hand. Pure.

- Chinese in the other script: 罗福莉 / 羅福莉, 小米大模型团队 / 小米大模型團隊 (OpenCC's character tables).
- A Chinese person's romanised name in either order and with its given name split into syllables:
  "Luo Fuli" is also "Fuli Luo" (how papers list her), "Luofuli" (run together), "Luo Fu-li" and
  "Fu-Li Luo" (folding turns hyphens into spaces: "luo fu li", "fu li luo").

Each form keeps the options of the alias it comes from, its false friends (`not_within`) converted alike.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

import opencc

from .watchlist import Alias

_HAN = re.compile("[\u3400-\u9fff\uf900-\ufaff]")
_LATIN_NAME = re.compile(r"^[A-Z][a-z]+ [A-Z][a-z]+$")

# Pinyin syllables (without tones): enough to split a two-syllable given name ("Fuli" -> "Fu li").
_SYLLABLES = frozenset("""
a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce cen ceng
cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ci cong cou cu
cuan cui cun cuo da dai dan dang dao de dei den deng di dian diao die ding diu dong dou du duan dui dun duo e ei
en eng er fa fan fang fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang
gui gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji jia jian jiang
jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke ken keng kong kou ku kua kuai kuan kuang kui
kun kuo la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu long lou lu luan lun luo lv lve
ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu na nai nan nang nao ne nei nen neng
ni nian niang niao nie nin ning niu nong nou nu nuan nuo nv nve o ou pa pai pan pang pao pei pen peng pi pian
piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang rao re ren
reng ri rong rou ru ruan rui run ruo sa sai san sang sao se sen seng sha shai shan shang shao she shei shen
sheng shi shou shu shua shuai shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai tan tang tao te
teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang
xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun za zai
zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan
zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo
""".split())


@lru_cache(maxsize=2)
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def variants(alias: Alias, kind: str) -> list[Alias]:
    """The other forms of `alias` (not itself), for an entity of `kind`."""
    out: list[Alias] = []
    if _HAN.search(alias.text):
        for config in ("s2t", "t2s"):
            convert = _converter(config).convert
            text = convert(alias.text)
            if text != alias.text:
                out.append(replace(alias, text=text, not_within=tuple(convert(n) for n in alias.not_within)))
    elif kind == "person" and _LATIN_NAME.match(alias.text):
        family, given = alias.text.split()
        forms = {f"{given} {family}", f"{family}{given.lower()}"}
        split = _syllables(given.lower())
        if split:
            spaced = " ".join(split)
            forms |= {f"{family} {spaced}", f"{spaced} {family}"}
        out.extend(replace(alias, text=form) for form in sorted(forms))
    seen = {alias.text}
    unique = []
    for form in out:
        if form.text not in seen:
            seen.add(form.text)
            unique.append(form)
    return unique


def _syllables(word: str) -> tuple[str, str] | None:
    """A two-syllable given name split in two, if it splits one way only ("fuli" -> ("fu", "li"))."""
    splits = [(word[:i], word[i:]) for i in range(1, len(word)) if word[:i] in _SYLLABLES and word[i:] in _SYLLABLES]
    return splits[0] if len(splits) == 1 else None
