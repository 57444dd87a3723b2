"""The bundled watchlist, the rule language, and the errors a user file gets."""

from itertools import zip_longest
from pathlib import Path

import pytest

from bot.matcher import Matcher
from bot.watchlist import (
    KINDS,
    Alias,
    WatchlistError,
    bundled_path,
    load_watchlist,
    loads_watchlist,
    merge_watchlists,
)

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = (ROOT / "seeds" / "article.hi.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def watchlist():
    return load_watchlist()


@pytest.fixture(scope="module")
def article_match(watchlist):
    return Matcher(watchlist).match("", ARTICLE, "hi")


def test_the_bundled_file_loads_with_the_three_topics(watchlist) -> None:
    assert bundled_path().is_file()
    assert {"xiaomi_ai", "luo_fuli", "deepseek"} <= set(watchlist.topic_ids)
    assert load_watchlist(bundled_path()) == watchlist
    for topic in watchlist.topics:
        assert topic.name and topic.description and topic.rules
        assert {"en", "zh", "hi"} <= set(topic.search_terms), topic.id
        assert all(topic.search_terms[lang] for lang in ("en", "zh", "hi"))
    assert {e.kind for e in watchlist.entities} <= set(KINDS)


def test_the_article_names_the_expected_entities(watchlist) -> None:
    from_article = {e.id for e in watchlist.entities if e.from_article}
    assert {"xiaomi", "lei_jun", "luo_fuli", "deepseek", "deepseek_v2", "lu_weibing", "zhang_duo",
            "alibaba_damo", "high_flyer", "peking_university", "beijing_normal_university", "acl",
            "securities_times"} <= from_article


def test_every_entity_from_the_article_is_found_in_it_by_the_matcher(watchlist, article_match) -> None:
    found_texts = {(h.entity_id, h.text) for h in article_match.hits}
    for entity in watchlist.entities:
        if not entity.article_forms:
            continue
        for form in entity.article_forms:
            assert form in ARTICLE, (entity.id, form)
            assert (entity.id, form) in found_texts, (entity.id, form)
        assert entity.id in article_match.entities
    for entity in watchlist.entities:
        if entity.from_article:
            assert entity.article_forms and entity.id in {h.entity_id for h in article_match.hits}, entity.id


def test_the_article_fires_all_three_topics(article_match) -> None:
    assert article_match.topics == {"xiaomi_ai", "luo_fuli", "deepseek"}


def test_every_hit_on_the_article_spans_its_text(article_match) -> None:
    for hit in article_match.hits:
        assert ARTICLE[hit.start:hit.end] == hit.text


def test_aliases_cover_the_scripts_the_press_uses(watchlist) -> None:
    def keys(entity_id: str) -> set[str]:
        return {a.key for a in watchlist.entity(entity_id).aliases}

    assert {"xiaomi", "小米", "श्याओमी", "शाओमी"} <= keys("xiaomi")
    assert {"luo fuli", "罗福莉", "羅福莉", "लुओ फुली", "लुओ फूली"} <= keys("luo_fuli")
    assert {"lei jun", "雷军", "雷軍", "लेई जून", "लेई जुन"} <= keys("lei_jun")
    assert {"deepseek", "深度求索", "डीपसीक", "दीपसीक"} <= keys("deepseek")
    assert {"幻方量化", "幻方", "ह्वानफांग"} <= keys("high_flyer")
    assert {"卢伟冰", "盧偉冰"} <= keys("lu_weibing")
    assert {"证券时报", "證券時報"} <= keys("securities_times")


# -- user files ---------------------------------------------------------------------------------------------

MINIMAL = """
[[entities]]
id = "acme"
name = "Acme"
kind = "company"
aliases = ["Acme", { text = "ACM", case_sensitive = true }]

[[topics]]
id = "acme_news"
name = "Acme"

[[topics.rules]]
any_of = ["acme"]
"""


def error_of(text: str) -> WatchlistError:
    with pytest.raises(WatchlistError) as info:
        loads_watchlist(text, path=Path("user.toml"))
    return info.value


def line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


def test_a_minimal_user_file_loads() -> None:
    wl = loads_watchlist(MINIMAL)
    assert wl.topic_ids == ("acme_news",)
    assert wl.entity("acme").aliases[1] == Alias("ACM", case_sensitive=True)


def test_unknown_entity_in_a_rule_names_key_and_line() -> None:
    text = MINIMAL + '\n[[topics]]\nid = "other"\nname = "Other"\n\n[[topics.rules]]\nall_of = ["acme", "nope"]\n'
    err = error_of(text)
    assert err.key == "topics[1].rules[0].all_of[1]"
    assert err.line == line_of(text, 'all_of = ["acme", "nope"]')
    assert "nope" in str(err) and "user.toml" in str(err) and f"line {err.line}" in str(err)


def test_duplicate_entity_id() -> None:
    text = MINIMAL + '\n[[entities]]\nid = "acme"\nname = "Again"\nkind = "company"\naliases = ["x"]\n'
    err = error_of(text)
    assert err.key == "entities[1].id" and "duplicate" in err.message
    assert err.line == len(MINIMAL.splitlines()) + 3


def test_duplicate_topic_id() -> None:
    text = MINIMAL + '\n[[topics]]\nid = "acme_news"\nname = "Again"\n[[topics.rules]]\nany_of = ["acme"]\n'
    err = error_of(text)
    assert err.key == "topics[1].id" and "duplicate" in err.message


@pytest.mark.parametrize("alias", ['""', '"   "', '"\u200b"', '"--"', '{ text = "" }'])
def test_empty_alias(alias: str) -> None:
    text = MINIMAL.replace('aliases = ["Acme", { text = "ACM", case_sensitive = true }]', f"aliases = [{alias}]")
    err = error_of(text)
    assert err.key == "entities[0].aliases[0]" and "empty" in err.message
    assert err.line == line_of(text, "aliases =")


CS_ALIAS = '{ text = "ACM", case_sensitive = true }'


@pytest.mark.parametrize(("old", "new", "key", "words"), [
    ('kind = "company"', 'kind = "planet"', "entities[0].kind", "must be one of"),
    ('kind = "company"', 'kind = "company"\ncolour = "red"', "entities[0].colour", "unknown key"),
    (f'aliases = ["Acme", {CS_ALIAS}]', "aliases = []", "entities[0].aliases", "non-empty list"),
    (CS_ALIAS, '{ text = "ACM", case_sensitive = "yes" }', "entities[0].aliases[1].case_sensitive", "true or false"),
    (CS_ALIAS, '{ text = "ACM", boundary = "loose" }', "entities[0].aliases[1].boundary", "must be one of"),
    (CS_ALIAS, '{ text = "ACM", scripts = ["klingon"] }', "entities[0].aliases[1].scripts[0]", "unknown script"),
    (CS_ALIAS, '{ text = "ACM", not_within = ["ACE corp"] }', "entities[0].aliases[1].not_within[0]",
     "does not contain"),
    (CS_ALIAS, '{ text = "ACM", langs = ["English"] }', "entities[0].aliases[1].langs[0]", "language code"),
    (CS_ALIAS, '{ text = "ACM", size = 3 }', "entities[0].aliases[1].size", "unknown key"),
    (CS_ALIAS, "3", "entities[0].aliases[1]", "string or a table"),
    ('id = "acme"', 'id = "Acme Inc"', "entities[0].id", "not a valid id"),
    ('name = "Acme"', "", "entities[0]", "missing required key 'name'"),
    ('any_of = ["acme"]', 'none_of = ["acme"]', "topics[0].rules[0]", "needs all_of or any_of"),
    ('any_of = ["acme"]', "any_of = []", "topics[0].rules[0].any_of", "non-empty list"),
    ('any_of = ["acme"]', 'any_of = ["acme", ["acme"]]', "topics[0].rules[0].any_of", "mixes groups"),
    ('any_of = ["acme"]', "any_of = [3]", "topics[0].rules[0].any_of[0]", "must be an entity id"),
    ('any_of = ["acme"]', 'any_of = [["acme"], ["ghost"]]', "topics[0].rules[0].any_of[1][0]", "unknown entity"),
    ('any_of = ["acme"]', 'any_of = ["acme"]\nwhenever = true', "topics[0].rules[0].whenever", "unknown key"),
    ('any_of = ["acme"]', 'any_of = [{ text = "acme" }]', "topics[0].rules[0].any_of[0].text", "unknown key"),
])
def test_invalid_values_name_the_key_and_line(old: str, new: str, key: str, words: str) -> None:
    text = MINIMAL.replace(old, new, 1)
    assert text != MINIMAL
    err = error_of(text)
    assert err.key == key, str(err)
    assert words in err.message, str(err)
    pairs = zip_longest(MINIMAL.splitlines(), text.splitlines())
    first_changed = next(i for i, (a, b) in enumerate(pairs, 1) if a != b)
    assert err.line is not None and abs(err.line - first_changed) <= 2, (err.line, first_changed)


def test_toml_syntax_errors_carry_the_line() -> None:
    text = MINIMAL.replace('name = "Acme"', 'name = "Acme', 1)
    err = error_of(text)
    assert "invalid TOML" in err.message and err.line == line_of(text, 'name = "Acme')


def test_article_forms_must_be_aliases_and_from_article_needs_them() -> None:
    text = MINIMAL.replace('kind = "company"', 'kind = "company"\nfrom_article = true\narticle_forms = ["एक्मे"]')
    err = error_of(text)
    assert err.key == "entities[0].article_forms[0]" and "not one of the aliases" in err.message
    err = error_of(MINIMAL.replace('kind = "company"', 'kind = "company"\nfrom_article = true'))
    assert err.key == "entities[0].article_forms"


def test_implies_must_name_known_entities_and_not_loop() -> None:
    err = error_of(MINIMAL.replace('kind = "company"', 'kind = "company"\nimplies = ["ghost"]'))
    assert err.key == "entities[0].implies[0]"
    looping = MINIMAL.replace('kind = "company"', 'kind = "company"\nimplies = ["sub"]') + (
        '\n[[entities]]\nid = "sub"\nname = "Sub"\nkind = "company"\naliases = ["Sub"]\nimplies = ["acme"]\n')
    err = error_of(looping)
    assert "loop" in err.message


def test_an_epithet_names_a_known_entity_other_than_itself() -> None:
    err = error_of(MINIMAL.replace('kind = "company"', 'kind = "company"\nepithet_of = "ghost"'))
    assert err.key == "entities[0].epithet_of" and "ghost" in err.message
    err = error_of(MINIMAL.replace('kind = "company"', 'kind = "company"\nepithet_of = "acme"'))
    assert err.key == "entities[0].epithet_of" and "itself" in err.message
    epithet = ('\n[[entities]]\nid = "acme_nick"\nname = "Big A"\nkind = "context"\naliases = ["Big A"]\n'
               'epithet_of = "acme"\n')
    wl = loads_watchlist(MINIMAL.replace("[[topics]]", epithet + "\n[[topics]]", 1))
    assert {e.id: e.epithet_of for e in wl.entities}["acme_nick"] == "acme"


def test_luo_fulis_epithet_makes_no_topic(watchlist) -> None:
    """Unnamed, she is no topic (MATCH_REAL.md: implicit references do not count); the epithet only tells
    story clustering who is meant (tests/test_event_frames.py)."""
    matcher = Matcher(watchlist)
    assert "luo_fuli_epithet" in matcher.match("雷军千万年薪挖角95后AI天才少女", all_mentions=True).entities
    assert not matcher.match("雷军千万年薪挖角95后AI天才少女").topics


def test_search_terms_are_checked() -> None:
    err = error_of(MINIMAL + '\n[topics.search]\nEnglish = ["Acme"]\n')
    assert err.key == "topics[0].search.English"
    err = error_of(MINIMAL + '\n[topics.search]\nen = ["Acme", ""]\n')
    assert err.key == "topics[0].search.en[1]"
    wl = loads_watchlist(MINIMAL + '\n[topics.search]\nen = ["Acme"]\nzh-Hant = ["艾克米"]\n')
    assert wl.topics[0].search_terms == {"en": ("Acme",), "zh-Hant": ("艾克米",)}


def test_a_file_without_topics_is_refused() -> None:
    err = error_of(MINIMAL.split("[[topics]]")[0])
    assert err.key == "topics"


def test_a_user_file_can_extend_the_bundled_watchlist(tmp_path: Path) -> None:
    user = tmp_path / "mine.toml"
    user.write_text("""
extends = "bundled"

[[entities]]
id = "qwen"
name = "Qwen"
kind = "model"
aliases = ["Qwen", "通义千问"]

[[topics]]
id = "china_llms"
name = "Chinese LLMs"

[[topics.rules]]
any_of = ["qwen", "deepseek", "xiaomi_mimo"]
none_of = [{ term = "benchmark leak" }]
""", encoding="utf-8")
    wl = load_watchlist(user)
    assert {"xiaomi_ai", "luo_fuli", "deepseek", "china_llms"} <= set(wl.topic_ids)
    matcher = Matcher(wl)
    assert matcher.match("通义千问 and DeepSeek-R1 compared").topics == {"china_llms", "deepseek"}
    assert matcher.match("Qwen benchmark leak").topics == frozenset()


def test_a_user_file_cannot_name_unknown_entities_even_when_extending(tmp_path: Path) -> None:
    user = tmp_path / "mine.toml"
    user.write_text('extends = "bundled"\n\n[[topics]]\nid = "t"\nname = "T"\n\n[[topics.rules]]\n'
                    'any_of = ["deepseek", "nobody"]\n', encoding="utf-8")
    with pytest.raises(WatchlistError) as info:
        load_watchlist(user)
    assert info.value.key == "topics[0].rules[0].any_of[1]" and info.value.line == 8
    assert info.value.path == user


def test_merge_replaces_same_ids_and_appends_new_ones(watchlist) -> None:
    extra = loads_watchlist("""
[[entities]]
id = "deepseek"
name = "DeepSeek (narrow)"
kind = "company"
aliases = ["深度求索"]

[[topics]]
id = "deepseek"
name = "DeepSeek, Chinese name only"

[[topics.rules]]
any_of = ["deepseek"]
""")
    merged = merge_watchlists(watchlist, extra)
    assert merged.topic_ids == watchlist.topic_ids
    assert merged.entity("deepseek").name == "DeepSeek (narrow)"
    matcher = Matcher(merged)
    assert "deepseek" not in matcher.match("DeepSeek releases R2").topics
    assert "deepseek" in matcher.match("深度求索发布新模型").topics
    assert "deepseek" in matcher.match("DeepSeek-R1 update").topics  # the model still implies the company


def test_a_loop_of_extends_is_refused(tmp_path: Path) -> None:
    (tmp_path / "a.toml").write_text('extends = "b.toml"\n', encoding="utf-8")
    (tmp_path / "b.toml").write_text('extends = "a.toml"\n', encoding="utf-8")
    with pytest.raises(WatchlistError) as info:
        load_watchlist(tmp_path / "a.toml")
    assert info.value.key == "extends" and "loop" in info.value.message and info.value.line == 1


def test_unreadable_file_is_a_watchlist_error(tmp_path: Path) -> None:
    with pytest.raises(WatchlistError) as info:
        load_watchlist(tmp_path / "missing.toml")
    assert "cannot read" in info.value.message
