"""seeds/entities.toml (and user files in the same format) -> a validated, frozen Watchlist.

The file format is documented at the top of seeds/entities.toml. This module only reads and checks it;
matching lives in matcher.py. Every error is a WatchlistError naming the file, the key path
("topics[2].rules[0].all_of") and, where it can be found, the line.
"""

from __future__ import annotations

import importlib.resources
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .textnorm import SCRIPTS, normalize_text

KINDS = ("person", "company", "product", "model", "institution", "conference", "media", "context")
BOUNDARIES = ("word", "start", "none")
BUNDLED = "bundled"

_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_LANG = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
_TOP_KEYS = {"version", "extends", "entities", "topics"}
_ENTITY_KEYS = {"id", "name", "kind", "aliases", "from_article", "article_forms", "implies", "epithet_of",
                "case_sensitive", "note"}
_ALIAS_KEYS = {"text", "case_sensitive", "boundary", "scripts", "langs", "not_within", "note"}
_TERM_KEYS = (_ALIAS_KEYS - {"text"}) | {"term"}
_TOPIC_KEYS = {"id", "name", "description", "rules", "search", "note"}
_RULE_KEYS = {"all_of", "any_of", "none_of", "within", "note"}
SCOPES = ("item", "clause")  # where a rule's conditions must meet: anywhere in the item, or in one clause


class WatchlistError(ValueError):
    """A problem in a watchlist file: which file, which key, which line, what is wrong."""

    def __init__(self, message: str, *, path: Path | None = None, key: str = "", line: int | None = None):
        self.message, self.path, self.key, self.line = message, path, key, line
        where = str(path) if path else "watchlist"
        if line:
            where += f", line {line}"
        super().__init__(f"{where}: {key + ': ' if key else ''}{message}")


@dataclass(frozen=True)
class Alias:
    """One way of writing a name. See the file header of seeds/entities.toml for the options."""

    text: str
    case_sensitive: bool = False
    boundary: str = "word"  # word | start | none
    scripts: tuple[str, ...] = ()  # counts only if the item contains one of these scripts
    langs: tuple[str, ...] = ()  # counts only if the item's language (when known) is one of these
    not_within: tuple[str, ...] = ()  # longer strings in which this alias means something else

    @property
    def key(self) -> str:
        """The normalised form the automaton looks for."""
        return normalize_text(self.text).strip()


@dataclass(frozen=True)
class Entity:
    id: str
    name: str
    kind: str
    aliases: tuple[Alias, ...]
    from_article: bool = False
    article_forms: tuple[str, ...] = ()
    implies: tuple[str, ...] = ()  # mentioning this entity also mentions these (a model implies its maker)
    epithet_of: str = ""  # what the news calls this entity ("AI天才少女"): the same actor in a story's event frame
    note: str = ""

    @property
    def references(self) -> tuple[tuple[str, str], ...]:
        """(key, entity id) of each entity this one names, for checking that they exist."""
        named = tuple((f"implies[{j}]", target) for j, target in enumerate(self.implies))
        return named + ((("epithet_of", self.epithet_of),) if self.epithet_of else ())


Condition = str | Alias  # an entity id, or a literal term


@dataclass(frozen=True)
class Rule:
    """Fires when every `all_of` is mentioned, each `any_of` group has a mention, and no `none_of` is."""

    all_of: tuple[Condition, ...] = ()
    any_of: tuple[tuple[Condition, ...], ...] = ()
    none_of: tuple[Condition, ...] = ()
    within: str = "item"  # "clause": all_of and any_of must be mentioned in one clause (bot/clauses.py)
    note: str = ""

    def describe(self) -> str:
        def name(c: Condition) -> str:
            return c if isinstance(c, str) else repr(c.text)

        parts = []
        if self.all_of:
            parts.append("all of " + ", ".join(map(name, self.all_of)))
        parts.extend("any of " + ", ".join(map(name, group)) for group in self.any_of)
        if self.none_of:
            parts.append("none of " + ", ".join(map(name, self.none_of)))
        if self.within != "item":
            parts.append(f"within one {self.within}")
        return "; ".join(parts)


@dataclass(frozen=True)
class Topic:
    id: str
    name: str
    description: str
    rules: tuple[Rule, ...]
    search_terms: dict[str, tuple[str, ...]] = field(default_factory=dict, hash=False)
    note: str = ""


@dataclass(frozen=True)
class Watchlist:
    entities: tuple[Entity, ...]
    topics: tuple[Topic, ...]
    source: Path | None = field(default=None, compare=False)

    @property
    def topic_ids(self) -> tuple[str, ...]:
        return tuple(t.id for t in self.topics)

    def entity(self, entity_id: str) -> Entity:
        for entity in self.entities:
            if entity.id == entity_id:
                return entity
        raise KeyError(entity_id)

    def topic(self, topic_id: str) -> Topic:
        for topic in self.topics:
            if topic.id == topic_id:
                return topic
        raise KeyError(topic_id)


def bundled_path() -> Path:
    """The seeds/entities.toml shipped with the package."""
    try:
        resource = importlib.resources.files("bot.seeds").joinpath("entities.toml")
        if resource.is_file():
            return Path(str(resource))
    except (ModuleNotFoundError, TypeError):
        pass
    return Path(__file__).resolve().parent.parent / "seeds" / "entities.toml"


def load_watchlist(path: Path | None = None) -> Watchlist:
    """Load and validate a watchlist file; None loads the bundled seeds/entities.toml.

    A file with `extends = "bundled"` (or a path, relative to the file) adds to and overrides that base:
    see `merge_watchlists`.
    """
    return _load(bundled_path() if path is None else Path(path), ())


def loads_watchlist(text: str, *, path: Path | None = None, base: Watchlist | None = None) -> Watchlist:
    """Parse and validate watchlist TOML text. Rules and `implies` may name entities of `base`."""
    return _loads(text, path, base, ())


def _load(path: Path, chain: tuple[Path, ...]) -> Watchlist:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise WatchlistError(f"cannot read: {exc}", path=path) from exc
    return _loads(text, path, None, chain)


def _loads(text: str, path: Path | None, base: Watchlist | None, chain: tuple[Path, ...]) -> Watchlist:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"at line (\d+)", str(exc))
        raise WatchlistError(f"invalid TOML: {exc}", path=path, line=int(m.group(1)) if m else None) from exc
    reader = _Reader(text, path)
    extends = data.get("extends")
    if extends is not None:
        if base is not None:
            raise reader.error("extends", "not allowed here (the base is already given)")
        if not isinstance(extends, str) or not extends.strip():
            raise reader.error("extends", f'must be "{BUNDLED}" or a file path')
        target = bundled_path() if extends == BUNDLED else Path(extends)
        if not target.is_absolute() and path is not None:
            target = path.parent / target
        chain = (*chain, path.resolve()) if path is not None else chain
        if target.resolve() in chain:
            raise reader.error("extends", f"{extends!r} leads back to this file (a loop of extends)")
        base = _load(target, chain)
    own = reader.read(data, base)
    return own if base is None else merge_watchlists(base, own)


def merge_watchlists(base: Watchlist, extra: Watchlist) -> Watchlist:
    """`base` plus `extra`: an entity or topic of `extra` replaces the one of `base` with the same id, new
    ones are appended. References are checked again on the result."""
    entities = {e.id: e for e in base.entities}
    entities.update((e.id, e) for e in extra.entities)
    topics = {t.id: t for t in base.topics}
    topics.update((t.id, t) for t in extra.topics)
    merged = Watchlist(tuple(entities.values()), tuple(topics.values()), extra.source or base.source)
    known = set(entities)
    for i, entity in enumerate(merged.entities):
        for sub, target in entity.references:
            if target not in known:
                raise WatchlistError(f"unknown entity id {target!r}", path=merged.source,
                                     key=f"entities[{i}].{sub}")
    for i, topic in enumerate(merged.topics):
        for j, rule in enumerate(topic.rules):
            for cond in (*rule.all_of, *(c for g in rule.any_of for c in g), *rule.none_of):
                if isinstance(cond, str) and cond not in known:
                    raise WatchlistError(f"unknown entity id {cond!r}", path=merged.source,
                                         key=f"topics[{i}].rules[{j}]")
    return merged


class _Reader:
    """Turns the parsed TOML into dataclasses, checking every value on the way."""

    def __init__(self, text: str, path: Path | None):
        self.lines = text.splitlines()
        self.path = path

    # -- errors -------------------------------------------------------------------------------------------

    def error(self, key: str, message: str) -> WatchlistError:
        return WatchlistError(message, path=self.path, key=key, line=self.line_of(key))

    def line_of(self, key: str) -> int | None:
        """Best-effort line of a key path such as "topics[2].rules[0].all_of" in the TOML text."""
        segments = re.findall(r"([A-Za-z0-9_\-]+)(?:\[(\d+)\])?", key)
        line = 0  # index into self.lines where the search continues
        found: int | None = None
        prefix = ""
        for name, index in segments:
            dotted = f"{prefix}{name}"
            header = re.compile(rf"^\s*\[\[\s*{re.escape(dotted)}\s*\]\]")
            key_re = re.compile(rf"^\s*\"?{re.escape(name)}\"?\s*=")
            hit: int | None = None
            if index:
                count = -1
                for i in range(line, len(self.lines)):
                    if header.match(self.lines[i]):
                        count += 1
                        if count == int(index):
                            hit = i
                            break
            if hit is None:
                for i in range(line, len(self.lines)):
                    if key_re.match(self.lines[i]):
                        hit = i
                        break
                    if i > line and found is not None and re.match(r"^\s*\[", self.lines[i]):
                        break  # the key is not in this table
            if hit is None:
                break
            found, line = hit, hit
            prefix = f"{dotted}."
        return None if found is None else found + 1

    # -- values -------------------------------------------------------------------------------------------

    def _keys(self, table: Mapping[str, Any], allowed: set[str], key: str) -> None:
        for name in table:
            if name not in allowed:
                raise self.error(f"{key}.{name}" if key else name,
                                 f"unknown key {name!r} (allowed: {', '.join(sorted(allowed))})")

    def _str(self, table: Mapping[str, Any], name: str, key: str, *, required: bool = True,
             default: str = "") -> str:
        value = table.get(name)
        if value is None:
            if required:
                raise self.error(key, f"missing required key {name!r}")
            return default
        if not isinstance(value, str):
            raise self.error(f"{key}.{name}", f"must be a string, not {type(value).__name__}")
        if required and not value.strip():
            raise self.error(f"{key}.{name}", "must not be empty")
        return value

    def _bool(self, table: Mapping[str, Any], name: str, key: str, default: bool = False) -> bool:
        value = table.get(name, default)
        if not isinstance(value, bool):
            raise self.error(f"{key}.{name}", f"must be true or false, not {value!r}")
        return value

    def _str_list(self, table: Mapping[str, Any], name: str, key: str) -> tuple[str, ...]:
        value = table.get(name, [])
        if not isinstance(value, list):
            raise self.error(f"{key}.{name}", "must be a list of strings")
        for i, item in enumerate(value):
            if not isinstance(item, str) or not item.strip():
                raise self.error(f"{key}.{name}[{i}]", f"must be a non-empty string, not {item!r}")
        return tuple(value)

    def _id(self, table: Mapping[str, Any], key: str) -> str:
        value = self._str(table, "id", key)
        if not _ID.match(value):
            raise self.error(f"{key}.id", f"{value!r} is not a valid id (lowercase letters, digits, _)")
        return value

    def alias(self, value: Any, key: str, *, text_key: str = "text", case_sensitive: bool = False) -> Alias:
        if isinstance(value, str):
            table: Mapping[str, Any] = {text_key: value}
        elif isinstance(value, Mapping):
            table = value
            self._keys(table, _ALIAS_KEYS if text_key == "text" else _TERM_KEYS, key)
        else:
            raise self.error(key, f"must be a string or a table, not {type(value).__name__}")
        text = table.get(text_key)
        if not isinstance(text, str):
            raise self.error(key, f"missing the {text_key!r} string")
        normal = normalize_text(text).strip()
        if not normal:
            raise self.error(key, f"empty alias {text!r} (nothing left after normalisation)")
        boundary = table.get("boundary", "word")
        if boundary not in BOUNDARIES:
            raise self.error(f"{key}.boundary", f"must be one of {', '.join(BOUNDARIES)}, not {boundary!r}")
        scripts = self._str_list(table, "scripts", key)
        for i, script in enumerate(scripts):
            if script not in SCRIPTS:
                raise self.error(f"{key}.scripts[{i}]",
                                 f"unknown script {script!r} (known: {', '.join(sorted(SCRIPTS))})")
        langs = self._str_list(table, "langs", key)
        for i, lang in enumerate(langs):
            if not _LANG.match(lang):
                raise self.error(f"{key}.langs[{i}]", f"{lang!r} is not a language code such as 'zh' or 'hi'")
        not_within = self._str_list(table, "not_within", key)
        for i, longer in enumerate(not_within):
            if normal not in normalize_text(longer):
                raise self.error(f"{key}.not_within[{i}]", f"{longer!r} does not contain the alias {text!r}")
        return Alias(text=text, case_sensitive=self._bool(table, "case_sensitive", key, case_sensitive),
                     boundary=boundary, scripts=scripts, langs=tuple(lang.lower() for lang in langs),
                     not_within=not_within)

    def entity(self, table: Any, key: str, seen: set[str]) -> Entity:
        if not isinstance(table, Mapping):
            raise self.error(key, "must be a table ([[entities]])")
        self._keys(table, _ENTITY_KEYS, key)
        entity_id = self._id(table, key)
        if entity_id in seen:
            raise self.error(f"{key}.id", f"duplicate entity id {entity_id!r}")
        kind = self._str(table, "kind", key)
        if kind not in KINDS:
            raise self.error(f"{key}.kind", f"must be one of {', '.join(KINDS)}, not {kind!r}")
        raw_aliases = table.get("aliases")
        if not isinstance(raw_aliases, list) or not raw_aliases:
            raise self.error(f"{key}.aliases" if "aliases" in table else key, "needs a non-empty list 'aliases'")
        default_cs = self._bool(table, "case_sensitive", key)
        aliases = tuple(self.alias(a, f"{key}.aliases[{i}]", case_sensitive=default_cs)
                        for i, a in enumerate(raw_aliases))
        from_article = self._bool(table, "from_article", key)
        forms = self._str_list(table, "article_forms", key)
        if from_article and not forms:
            raise self.error(f"{key}.article_forms", "from_article = true needs the article's forms")
        keys = {a.key for a in aliases}
        for i, form in enumerate(forms):
            if normalize_text(form).strip() not in keys:
                raise self.error(f"{key}.article_forms[{i}]", f"{form!r} is not one of the aliases")
        implies = self._str_list(table, "implies", key)
        if entity_id in implies:
            raise self.error(f"{key}.implies", "an entity cannot imply itself")
        epithet_of = self._str(table, "epithet_of", key, required=False)
        if epithet_of == entity_id:
            raise self.error(f"{key}.epithet_of", "an entity cannot be an epithet of itself")
        return Entity(id=entity_id, name=self._str(table, "name", key), kind=kind, aliases=aliases,
                      from_article=from_article, article_forms=forms, implies=implies, epithet_of=epithet_of,
                      note=self._str(table, "note", key, required=False))

    def condition(self, value: Any, key: str, known: set[str]) -> Condition:
        if isinstance(value, str):
            if value not in known:
                raise self.error(key, f"unknown entity id {value!r}")
            return value
        if isinstance(value, Mapping):
            return self.alias(value, key, text_key="term")
        raise self.error(key, f"must be an entity id or a {{ term = ... }} table, not {type(value).__name__}")

    def group(self, value: Any, key: str, known: set[str]) -> tuple[Condition, ...]:
        if not isinstance(value, list) or not value:
            raise self.error(key, "must be a non-empty list of entity ids or { term = ... } tables")
        return tuple(self.condition(c, f"{key}[{i}]", known) for i, c in enumerate(value))

    def rule(self, table: Any, key: str, known: set[str]) -> Rule:
        if not isinstance(table, Mapping):
            raise self.error(key, "must be a table ([[topics.rules]])")
        self._keys(table, _RULE_KEYS, key)
        all_of = self.group(table["all_of"], f"{key}.all_of", known) if "all_of" in table else ()
        any_of: tuple[tuple[Condition, ...], ...] = ()
        if "any_of" in table:
            raw = table["any_of"]
            if isinstance(raw, list) and raw and all(isinstance(g, list) for g in raw):
                any_of = tuple(self.group(g, f"{key}.any_of[{i}]", known) for i, g in enumerate(raw))
            elif isinstance(raw, list) and any(isinstance(g, list) for g in raw):
                raise self.error(f"{key}.any_of", "mixes groups (lists) and single conditions")
            else:
                any_of = (self.group(raw, f"{key}.any_of", known),)
        none_of = self.group(table["none_of"], f"{key}.none_of", known) if "none_of" in table else ()
        if not all_of and not any_of:
            raise self.error(key, "a rule needs all_of or any_of (none_of alone would match everything)")
        within = self._str(table, "within", key, required=False) or "item"
        if within not in SCOPES:
            raise self.error(f"{key}.within", f"must be one of {', '.join(SCOPES)}, not {within!r}")
        return Rule(all_of=all_of, any_of=any_of, none_of=none_of, within=within,
                    note=self._str(table, "note", key, required=False))

    def topic(self, table: Any, key: str, known: set[str], seen: set[str]) -> Topic:
        if not isinstance(table, Mapping):
            raise self.error(key, "must be a table ([[topics]])")
        self._keys(table, _TOPIC_KEYS, key)
        topic_id = self._id(table, key)
        if topic_id in seen:
            raise self.error(f"{key}.id", f"duplicate topic id {topic_id!r}")
        raw_rules = table.get("rules")
        if not isinstance(raw_rules, list) or not raw_rules:
            raise self.error(f"{key}.rules" if "rules" in table else key, "needs at least one [[topics.rules]]")
        rules = tuple(self.rule(r, f"{key}.rules[{i}]", known) for i, r in enumerate(raw_rules))
        raw_search = table.get("search", {})
        if not isinstance(raw_search, Mapping):
            raise self.error(f"{key}.search", "must be a table of language = [terms]")
        search: dict[str, tuple[str, ...]] = {}
        for lang in raw_search:
            if not _LANG.match(lang):
                raise self.error(f"{key}.search.{lang}", f"{lang!r} is not a language code such as 'en'")
            search[lang] = self._str_list(raw_search, lang, f"{key}.search")
        return Topic(id=topic_id, name=self._str(table, "name", key),
                     description=self._str(table, "description", key, required=False), rules=rules,
                     search_terms=search, note=self._str(table, "note", key, required=False))

    def read(self, data: Mapping[str, Any], base: Watchlist | None) -> Watchlist:
        self._keys(data, _TOP_KEYS, "")
        version = data.get("version", 1)
        if version != 1:
            raise self.error("version", f"unsupported version {version!r} (this newsbot reads version 1)")
        raw_entities = data.get("entities", [])
        raw_topics = data.get("topics", [])
        for name, value in (("entities", raw_entities), ("topics", raw_topics)):
            if not isinstance(value, list):
                raise self.error(name, f"must be an array of tables ([[{name}]])")
        seen: set[str] = set()
        entities = []
        for i, raw in enumerate(raw_entities):
            entity = self.entity(raw, f"entities[{i}]", seen)
            seen.add(entity.id)
            entities.append(entity)
        known = seen | ({e.id for e in base.entities} if base else set())
        for i, entity in enumerate(entities):
            for sub, target in entity.references:
                if target not in known:
                    raise self.error(f"entities[{i}].{sub}", f"unknown entity id {target!r}")
        _check_cycles(entities, base.entities if base else (), self, known)
        topic_ids: set[str] = set()
        topics = []
        for i, raw in enumerate(raw_topics):
            topic = self.topic(raw, f"topics[{i}]", known, topic_ids)
            topic_ids.add(topic.id)
            topics.append(topic)
        if base is None and not topics:
            raise self.error("topics", "the watchlist defines no topics")
        return Watchlist(tuple(entities), tuple(topics), self.path)


def _check_cycles(entities: Iterable[Entity], base: Iterable[Entity], reader: _Reader, known: set[str]) -> None:
    """`implies` must not loop (a -> b -> a): that is almost certainly a typo."""
    graph = {e.id: e.implies for e in base}
    graph.update((e.id, e.implies) for e in entities)
    for index, entity in enumerate(entities):
        stack, seen = list(entity.implies), set()
        while stack:
            current = stack.pop()
            if current == entity.id:
                raise reader.error(f"entities[{index}].implies", f"{entity.id!r} implies itself through a loop")
            if current in seen or current not in known:
                continue
            seen.add(current)
            stack.extend(graph.get(current, ()))
