"""How a name sounds, in Latin or Devanagari letters alike. Pure.

Hindi outlets write the names English outlets print in Latin letters in Devanagari by ear: Chen Deli is
चेन देली, Anthropic एंथ्रोपिक, Cisco सिस्को. Neither vowels (ए for the "a" of Anthropic) nor a word's exact
letters survive the trip, its consonants mostly do: a sound key is the consonant skeleton of a word read
aloud, the same for both spellings when they are one name.
"""

from __future__ import annotations

import itertools
import re
from types import MappingProxyType

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


def latin_key(word: str) -> str:
    """The consonant skeleton of a word in Latin letters ("Anthropic" -> "ntrpk")."""
    text = word.casefold()
    for pattern, sound in _LATIN_SOUNDS:
        text = pattern.sub(sound, text)
    return _skeleton(text)


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
