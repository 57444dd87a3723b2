"""Watchlist matching: one Aho-Corasick automaton over every normalised alias, one pass per text (pure).

`Matcher(watchlist).match(title, summary, lang)` returns the topics that fire, the matched strings as
they appear in the text, and their spans (for highlighting).

How a text is scanned:
1. `normalize_text` folds it (NFKC, casefold, zero-width out, separators -> one space) in a few C passes.
2. The automaton (ahocorasick-rs, a DFA) runs over the UTF-8 bytes of that text: one table lookup per
   byte, so the cost follows the length of the text, not the size of the watchlist, and overlapping
   matches are all reported (a short alias inside a longer one is resolved later, with the rules).
3. Most news items mention nothing: no candidate, and they get the shared empty `Match`. So do items
   whose candidates could not make any topic fire even if all were real (just "AI", just Lei Jun).
4. Candidates are screened on the normalised text (language, akshara integrity, word boundaries, a
   case-sensitive alias whose exact letters are not in the text); only survivors pay for the offset map
   (`normalize`), the case checks against the original text, `not_within`, the overlap resolution (a
   match inside a longer one is dropped), `implies`, and the topic rules.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

import ahocorasick_rs

from . import clauses, name_forms
from .textnorm import (
    Normalized,
    fold_reference,
    is_mark,
    is_virama,
    is_word_char,
    may_fold_to_ascii,
    normalize,
    normalize_text,
    scripts_in,
    text_folder,
)
from .watchlist import Alias, Condition, Watchlist

TITLE = "title"
SUMMARY = "summary"
TERM_PREFIX = "term:"  # entity_id of a hit on a literal rule term


class Hit(NamedTuple):
    """One mention: which entity, where (a span of the ORIGINAL field text), and the text found there."""

    entity_id: str  # or "term:<text>" for a literal rule term
    field: str  # "title" | "summary"
    start: int
    end: int
    text: str  # as it appears in the original text
    alias: str  # the watchlist alias that matched


@dataclass(frozen=True)
class Match:
    """What `Matcher.match` found in one item.

    `terms` are the strings that made the topics fire, as they appear in the text, de-duplicated, in order
    (title first): empty when no topic fires. `hits` and `entities` are every confirmed mention (also
    Peking University or "AI" when they did not matter), but `match` only confirms mentions when some
    topic could fire: an item mentioning just "AI" or just Lei Jun gets the empty Match, unless asked for
    `all_mentions`. `explain` always confirms everything.
    """

    topics: frozenset[str] = frozenset()
    terms: tuple[str, ...] = ()
    hits: tuple[Hit, ...] = ()
    entities: frozenset[str] = frozenset()  # mentioned entities, `implies` included


EMPTY_MATCH = Match()


@dataclass(frozen=True)
class RuleTrace:
    """How one rule of a topic fared on one item."""

    index: int
    description: str
    fired: bool
    found: tuple[tuple[str, tuple[str, ...]], ...]  # (condition, terms as they appear) that were mentioned
    missing: tuple[str, ...]  # unmet parts: "all_of: luo_fuli", "any_of: xiaomi_mimo|xiaomi_xiaoai"
    blocked_by: tuple[str, ...]  # none_of conditions that were mentioned
    aliases: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (condition, watchlist aliases that matched)


@dataclass(frozen=True)
class Explanation:
    """Why a topic fired (or did not) for one item; `newsbot match --explain` prints str() of these."""

    topic_id: str
    fired: bool
    rules: tuple[RuleTrace, ...]

    def __str__(self) -> str:
        for trace in self.rules:
            if trace.fired:
                aliases = dict(trace.aliases)
                via = []
                for cond, terms in trace.found:
                    if terms:
                        shown = "/".join(terms)
                        other = [a for a in aliases.get(cond, ()) if a not in terms]
                        via.append(f"{cond}={shown!r}" + (f" (alias {'/'.join(other)!r})" if other else ""))
                return f"{self.topic_id}: rule {trace.index} ({trace.description}) fired via {', '.join(via)}"
        reasons = []
        for trace in self.rules:
            why = [f"missing {m}" for m in trace.missing] + [f"blocked by {b}" for b in trace.blocked_by]
            reasons.append(f"rule {trace.index}: {'; '.join(why)}")
        return f"{self.topic_id}: not matched ({' | '.join(reasons)})"


_REJECT, _ACCEPT, _CHECK = 0, 1, 2  # outcomes of the cheap screening of a candidate
_WORD, _MARK, _VIRAMA = 1, 2, 4  # character flags
_NO_LANGS: frozenset[str] = frozenset()


class _Pattern:
    """One alias, compiled."""

    __slots__ = ("alias", "case_form", "first_may_be_upper", "langs", "last_may_be_lower", "left", "number", "plain",
                 "plain_case", "right", "scripts", "target")

    def __init__(self, number: int, target: int, alias: Alias, key: str):
        self.number = number
        self.target = target  # index into Matcher._target_ids
        self.alias = alias.text
        self.case_form = fold_reference(alias.text, casefold=False).strip() if alias.case_sensitive else None
        self.plain_case = self.case_form is not None and self.case_form.isascii() and self.case_form.isalnum()
        self.left = alias.boundary != "none" and is_word_char(key[0])
        self.right = alias.boundary == "word" and is_word_char(key[-1])
        # a camelCase break needs an upper-case first letter / a lower-case last letter
        self.first_may_be_upper = self.case_form is None or not self.case_form[0].islower()
        self.last_may_be_lower = self.case_form is None or not self.case_form[-1].isupper()
        self.scripts = frozenset(alias.scripts)
        self.langs = frozenset(alias.langs)
        # nothing to check beyond akshara integrity (most CJK aliases)
        self.plain = not (self.left or self.right or self.case_form or self.scripts or self.langs)


class _Key:
    """What the automaton stores for one normalised string: the aliases spelled so, and what it blocks.

    `reject_before`/`reject_after` are ASCII bytes that, right before/after this key, rule out every alias
    spelled so (a word continues and no camelCase or letter/digit break is possible): the scan drops
    such candidates ("ai" in "said") before any other work."""

    __slots__ = ("blocks", "key", "langs", "length", "nbytes", "patterns", "reject_after", "reject_before")

    def __init__(self, key: str):
        self.key = key
        self.length = len(key)
        self.nbytes = len(key.encode("utf-8", "surrogatepass"))
        self.patterns: tuple[_Pattern, ...] = ()
        self.blocks: frozenset[int] = frozenset()  # numbers of patterns that a match of this key cancels
        self.langs: frozenset[str] | None = None  # languages outside which no alias spelled so counts
        self.reject_before: frozenset[int] = frozenset()
        self.reject_after: frozenset[int] = frozenset()

    def seal(self) -> None:
        """Compute the screening data once all patterns are in."""
        patterns = self.patterns
        if not patterns or self.blocks:
            return
        if all(p.langs for p in patterns):
            self.langs = frozenset().union(*(p.langs for p in patterns))
        first, last = self.key[0], self.key[-1]
        if all(p.left for p in patterns):
            if first in _ASCII_DIGITS:
                self.reject_before = _ASCII_DIGITS_BYTES
            elif first in _ASCII_LOWER and not any(p.first_may_be_upper for p in patterns):
                self.reject_before = _ASCII_LOWER_BYTES
        if all(p.right for p in patterns):
            if last in _ASCII_DIGITS:
                self.reject_after = _ASCII_DIGITS_BYTES
            elif last in _ASCII_LOWER and not any(p.last_may_be_lower for p in patterns):
                self.reject_after = _ASCII_LOWER_BYTES


_ASCII_DIGITS = "0123456789"
_ASCII_LOWER = "abcdefghijklmnopqrstuvwxyz"
_ASCII_DIGITS_BYTES = frozenset(_ASCII_DIGITS.encode())
_ASCII_LOWER_BYTES = frozenset(_ASCII_LOWER.encode())


class _CompiledRule:
    __slots__ = ("all_of", "any_of", "clause", "description", "names", "none_of")

    def __init__(self, groups: list[tuple[int, ...]], names: dict[int, str], description: str, clause: bool):
        self.all_of = frozenset(groups[0])
        self.any_of = tuple(frozenset(g) for g in groups[1:-1])
        self.none_of = frozenset(groups[-1])
        self.names = names  # target index -> condition name, for explanations
        self.description = description
        self.clause = clause  # all_of and any_of must meet in one clause

    def could_fire(self, present: set[int]) -> bool:
        """`fires`, ignoring none_of."""
        return self.all_of <= present and all(not group.isdisjoint(present) for group in self.any_of)

    def evidence(self) -> frozenset[int]:
        """The targets whose mentions make this rule fire."""
        return self.all_of.union(*self.any_of)

    def fires(self, present: set[int]) -> bool:
        if not self.all_of <= present:
            return False
        for group in self.any_of:
            if group.isdisjoint(present):
                return False
        return self.none_of.isdisjoint(present)


class _Clauses:
    """Which targets each clause of the title and the summary mentions, worked out when a rule asks."""

    __slots__ = ("_closure", "_hits", "_sets", "_summary", "_targets", "_title")

    def __init__(self, title: str, summary: str, hits: Sequence[Hit], targets: Sequence[int],
                 closure: list[frozenset[int]]):
        self._title, self._summary, self._hits, self._targets, self._closure = title, summary, hits, targets, closure
        self._sets: list[set[int]] | None = None

    def meet(self, rule: _CompiledRule) -> bool:
        """Some clause mentions everything the rule needs (its none_of is checked on the whole item)."""
        if self._sets is None:
            self._sets = self._gather()
        return any(rule.could_fire(found) for found in self._sets)

    def _gather(self) -> list[set[int]]:
        """Targets per clause. A headline of one clause says what the item is about: what it names
        also belongs to each clause of the summary ("Mi Home app gets an AI agent" / "Xiaomi says
        ..."). A digest's headline of several clauses does not."""
        cuts = {TITLE: clauses.boundaries(self._title), SUMMARY: clauses.boundaries(self._summary)}
        by_clause: dict[tuple[str, int], set[int]] = {}
        for hit, target in zip(self._hits, self._targets, strict=True):
            key = (hit.field, clauses.clause_of(cuts[hit.field], hit.start))
            by_clause.setdefault(key, set()).update(self._closure[target])
        if clauses.count(self._title, cuts[TITLE]) == 1:
            headline = by_clause.get((TITLE, 0), set())
            for (field, _), mentioned in by_clause.items():
                if field == SUMMARY:
                    mentioned.update(headline)
        return list(by_clause.values())


class _Item:
    """Per-item facts that some checks need, computed when first asked for."""

    __slots__ = ("_langs", "_scripts", "lang", "summary", "title")

    def __init__(self, title: str, summary: str, lang: str | None):
        self.title, self.summary, self.lang = title, summary, lang
        self._langs: frozenset[str] | None = None
        self._scripts: frozenset[str] | None = None

    def langs(self) -> frozenset[str]:
        if self._langs is None:
            self._langs = _lang_tags(self.lang)
        return self._langs

    def scripts(self) -> frozenset[str]:
        if self._scripts is None:
            self._scripts = scripts_in(self.title) | scripts_in(self.summary)
        return self._scripts


class Matcher:
    """Matches items against a watchlist. Build once per watchlist (a few milliseconds per hundred aliases);
    `match` and `explain` are pure (the only state they touch is a memo of character classes)."""

    def __init__(self, watchlist: Watchlist):
        self.watchlist = watchlist
        entity_index = {e.id: i for i, e in enumerate(watchlist.entities)}
        self._target_ids: list[str] = [e.id for e in watchlist.entities]  # entities, then literal terms
        self._entity_count = len(self._target_ids)
        self._closure: list[frozenset[int]] = [self._implied(e.id, entity_index) for e in watchlist.entities]
        self._keys: dict[str, _Key] = {}
        self._pattern_count = 0
        for index, entity in enumerate(watchlist.entities):
            listed = {alias.key for alias in entity.aliases}
            for alias in entity.aliases:
                self._add(alias, index)
                for form in name_forms.variants(alias, entity.kind):  # 羅福莉 for 罗福莉, "Fu-Li Luo"
                    if form.key not in listed:
                        listed.add(form.key)
                        self._add(form, index)
        self._terms: dict[Alias, int] = {}
        self._rules: list[tuple[str, list[_CompiledRule]]] = []
        triggers: dict[int, set[int]] = {}
        for t, topic in enumerate(watchlist.topics):
            compiled = []
            for rule in topic.rules:
                names: dict[int, str] = {}
                groups = []
                for group in (rule.all_of, *rule.any_of, rule.none_of):
                    indices = tuple(self._target_of(c, entity_index) for c in group)
                    names.update(zip(indices, (c if isinstance(c, str) else repr(c.text) for c in group), strict=True))
                    groups.append(indices)
                compiled.append(_CompiledRule(groups, names, rule.describe(), rule.within == "clause"))
                for index in (*groups[0], *(i for g in groups[1:-1] for i in g)):
                    triggers.setdefault(index, set()).add(t)
            self._rules.append((topic.id, compiled))
        self._triggers = {k: frozenset(v) for k, v in triggers.items()}
        for slot in self._keys.values():
            slot.seal()
        self._slots = list(self._keys.values())
        # a DFA over bytes: one table lookup per byte, whatever the number of aliases
        self._automaton = ahocorasick_rs.BytesAhoCorasick(
            [key.encode("utf-8", "surrogatepass") for key in self._keys], matchkind=ahocorasick_rs.MatchKind.Standard,
            implementation=ahocorasick_rs.Implementation.DFA)
        self._flags: dict[str, int] = {}  # memo of _WORD/_MARK/_VIRAMA per character
        self._fold = text_folder()
        self._langs: dict[str, frozenset[str]] = {}  # memo of _lang_tags

    def _add(self, alias: Alias, target: int) -> None:
        key = alias.key
        pattern = _Pattern(self._pattern_count, target, alias, key)
        self._pattern_count += 1
        slot = self._keys.setdefault(key, _Key(key))
        slot.patterns += (pattern,)
        for longer in alias.not_within:
            blocker_key = normalize_text(longer).strip()
            blocker = self._keys.setdefault(blocker_key, _Key(blocker_key))
            blocker.blocks |= {pattern.number}

    def _target_of(self, cond: Condition, entity_index: dict[str, int]) -> int:
        if isinstance(cond, str):
            return entity_index[cond]
        if cond not in self._terms:
            index = self._terms[cond] = len(self._target_ids)
            self._target_ids.append(TERM_PREFIX + cond.text)
            self._closure.append(frozenset({index}))
            self._add(cond, index)
        return self._terms[cond]

    def _implied(self, entity_id: str, entity_index: dict[str, int]) -> frozenset[int]:
        seen = {entity_index[entity_id]}
        stack = [entity_id]
        while stack:
            for target in self.watchlist.entities[entity_index[stack.pop()]].implies:
                if entity_index[target] not in seen:
                    seen.add(entity_index[target])
                    stack.append(target)
        return frozenset(seen)

    # -- the public calls -------------------------------------------------------------------------------

    def match(self, title: str, summary: str = "", lang: str | None = None, *, all_mentions: bool = False
              ) -> Match:
        """Match one item: topics, terms as they appear, hits with spans in the original texts.

        `all_mentions=True` confirms every mention even when no topic could fire (see `Match`)."""
        found = self._find(title, summary, lang, all_mentions)
        if found is None:
            return EMPTY_MATCH
        hits, targets, present = found
        fired: list[str] = []
        evidence: set[int] = set()
        scopes: _Clauses | None = None  # built only when a clause-scoped rule is about to fire (most items: never)
        for t in self._candidate_topics(present):
            topic_id, rules = self._rules[t]
            for rule in rules:
                if not rule.fires(present):
                    continue
                if rule.clause:
                    scopes = scopes or _Clauses(title, summary, hits, targets, self._closure)
                    if not scopes.meet(rule):
                        continue
                if not fired or fired[-1] != topic_id:
                    fired.append(topic_id)
                evidence |= rule.evidence()
        closure = self._closure
        terms = tuple(dict.fromkeys([hit.text for hit, target in zip(hits, targets, strict=True)
                                     if not evidence.isdisjoint(closure[target])]))
        ids, count = self._target_ids, self._entity_count
        entities = frozenset([ids[i] for i in present if i < count])
        return Match(topics=frozenset(fired), terms=terms, hits=hits, entities=entities)

    def explain(self, title: str, summary: str = "", lang: str | None = None) -> list[Explanation]:
        """For every topic: whether it fired, and for each rule what was found, missing or blocking."""
        found = self._find(title, summary, lang, everything=True)
        hits, targets, present = found if found is not None else ((), [], set())
        scopes = _Clauses(title, summary, hits, targets, self._closure)
        terms_of: dict[int, list[str]] = {}
        aliases_of: dict[int, list[str]] = {}
        for hit, target in zip(hits, targets, strict=True):
            for index in self._closure[target]:
                terms_of.setdefault(index, []).append(hit.text)
                aliases_of.setdefault(index, []).append(hit.alias)
        explanations = []
        for topic_id, rules in self._rules:
            traces = []
            for r, rule in enumerate(rules):
                names = rule.names
                found_conds = tuple((names[i], tuple(dict.fromkeys(terms_of.get(i, ()))))
                                    for i in names if i in present and i not in rule.none_of)
                missing = [f"all_of: {names[i]}" for i in rule.all_of if i not in present]
                missing += ["any_of: " + "|".join(names[i] for i in group)
                            for group in rule.any_of if group.isdisjoint(present)]
                blocked = tuple(names[i] for i in rule.none_of if i in present)
                fired = rule.fires(present) and (not rule.clause or scopes.meet(rule))
                if rule.fires(present) and not fired:
                    missing.append("within one clause: they are mentioned in different clauses")
                aliases = tuple((names[i], tuple(dict.fromkeys(aliases_of.get(i, ()))))
                                for i in names if i in present and i not in rule.none_of)
                traces.append(RuleTrace(r, rule.description, fired, found_conds, tuple(missing),
                                        blocked, aliases))
            explanations.append(Explanation(topic_id, any(t.fired for t in traces), tuple(traces)))
        return explanations

    # -- scanning ---------------------------------------------------------------------------------------

    def _lang_tags(self, lang: str) -> frozenset[str]:
        tags = self._langs.get(lang)
        if tags is None:
            tags = self._langs[lang] = _lang_tags(lang)
        return tags

    def _could_fire(self, *found: list[tuple[int, int, _Key]]) -> bool:
        """Would some topic fire if every candidate were a real mention (none_of ignored)?"""
        present: set[int] = set()
        closure = self._closure
        for candidates in found:
            for _, _, slot in candidates:
                for pattern in slot.patterns:
                    present |= closure[pattern.target]
        for t in self._candidate_topics(present):
            for rule in self._rules[t][1]:
                if rule.could_fire(present):
                    return True
        return False

    def _candidate_topics(self, present: set[int]) -> set[int]:
        topics: set[int] = set()
        for index in present:
            found = self._triggers.get(index)
            if found:
                topics |= found
        return topics

    def _scan(self, joined: str, split: int, langs: frozenset[str]
              ) -> tuple[list[tuple[int, int, _Key]], list[tuple[int, int, _Key]]]:
        """Every plausible occurrence of a key in the folded "title NUL summary", as (start, end, key) in
        characters of the title and of the summary (which starts at `split`). One automaton pass."""
        data = joined.encode("utf-8", "surrogatepass")  # lone surrogates from broken feeds pass through
        raw = self._automaton.find_matches_as_indexes(data, overlapping=True)
        if not raw:
            return [], []
        slots = self._slots
        title_found: list[tuple[int, int, _Key]] = []
        summary_found: list[tuple[int, int, _Key]] = []
        ascii_text = len(data) == len(joined)  # bytes are characters
        size = len(data)
        byte_mark = char_mark = 0  # a known (byte offset, character offset) pair, moved forward as we go
        for index, _, end in raw:
            slot, last = slots[index], end - 1
            if slot.reject_after and last + 1 < size and data[last + 1] in slot.reject_after:
                continue
            if slot.reject_before and last >= slot.nbytes and data[last - slot.nbytes] in slot.reject_before:
                continue
            if slot.langs is not None and langs and slot.langs.isdisjoint(langs):
                continue
            if ascii_text:
                start = last + 1 - slot.length
            else:
                byte_start = last + 1 - slot.nbytes
                if byte_start < byte_mark:
                    byte_mark = char_mark = 0
                char_mark += len(data[byte_mark:byte_start].decode("utf-8", "surrogatepass"))
                byte_mark, start = byte_start, char_mark
            if start < split:
                title_found.append((start, start + slot.length, slot))
            else:
                summary_found.append((start - split, start - split + slot.length, slot))
        return title_found, summary_found

    def _find(self, title: str, summary: str, lang: str | None, everything: bool = False
              ) -> tuple[tuple[Hit, ...], list[int], set[int]] | None:
        """Hits, their targets, and every mentioned target (implies applied); None when nothing is, or -
        unless `everything` - when no topic could fire even if every candidate were confirmed."""
        if "\x00" in title or "\x00" in summary:  # NUL separates the two fields below
            title, summary = title.replace("\x00", " "), summary.replace("\x00", " ")
        joined = self._fold(f"{title}\x00{summary}")  # one fold; NUL survives folding and never merges
        split = joined.index("\x00") + 1
        langs = self._lang_tags(lang) if lang and isinstance(lang, str) else _NO_LANGS
        title_found, summary_found = self._scan(joined, split, langs)
        if not title_found and not summary_found:
            return None
        if not everything and not self._could_fire(title_found, summary_found):
            return None  # e.g. only "AI", or Lei Jun alone: skip confirming mentions that cannot alert
        item = _Item(title, summary, lang)
        hits: list[Hit] = []
        targets: list[int] = []
        if title_found:
            self._field(TITLE, title, joined[: split - 1], title_found, item, hits, targets)
        if summary_found:
            self._field(SUMMARY, summary, joined[split:], summary_found, item, hits, targets)
        if not hits:
            return None
        present: set[int] = set()
        for target in targets:
            present |= self._closure[target]
        return tuple(hits), targets, present

    def _field(self, field: str, original: str, folded: str, found: list[tuple[int, int, _Key]], item: _Item,
               hits: list[Hit], targets: list[int]) -> None:
        exact = _ExactLetters(original)  # cheap: works only when a case-sensitive alias asks
        maybe: list[tuple[int, int, _Pattern, int]] = []
        blockers: list[tuple[int, int, frozenset[int]]] = []
        flags = self._flags_of
        size = len(folded)
        for start, end, slot in found:
            if slot.blocks:
                blockers.append((start, end, slot.blocks))
            if not slot.patterns:
                continue
            after = flags(folded[end]) if end < size else 0
            before = flags(folded[start - 1]) if start > 0 else 0
            if after & _MARK or before & _VIRAMA:
                continue  # would cut an akshara: a matra/virama/nukta follows, or a virama precedes
            for pattern in slot.patterns:
                if pattern.plain:
                    maybe.append((start, end, pattern, _ACCEPT))
                else:
                    verdict = self._screen(pattern, folded, start, end, before, after, exact, item)
                    if verdict:
                        maybe.append((start, end, pattern, verdict))
        if not maybe:
            return
        identity = original.isascii() and len(folded) == len(original)  # nothing collapsed or expanded
        norm = Normalized(folded, list(range(len(original) + 1)), original) if identity else normalize(original)
        if norm.text != folded:  # cannot happen (same fold); stay correct if it ever does
            found = self._scan(norm.text, len(norm.text) + 1, _NO_LANGS)[0]
            self._field(field, original, norm.text, found, item, hits, targets)
            return
        accepted = [(s, -e, p.number, p) for s, e, p, verdict in maybe
                     if verdict == _ACCEPT or self._verify(p, norm, s, e)]
        if blockers:
            accepted = [(s, ne, n, p) for s, ne, n, p in accepted
                        if not any(n in blocks and bs <= s and -ne <= be for bs, be, blocks in blockers)]
        accepted.sort()  # by start, longest first
        best_start, best_end = -1, -1
        target_ids = self._target_ids
        for start, neg_end, _, pattern in accepted:
            end = -neg_end
            if end <= best_end and (start > best_start or end < best_end):
                continue  # inside a longer match
            if end > best_end:
                best_start, best_end = start, end
            ostart, oend = (start, end) if identity else norm.span(start, end)
            hits.append(Hit(target_ids[pattern.target], field, ostart, oend, original[ostart:oend], pattern.alias))
            targets.append(pattern.target)

    def _is_word(self, char: str) -> bool:
        return bool(self._flags_of(char) & _WORD)

    def _flags_of(self, char: str) -> int:
        flags = self._flags.get(char)
        if flags is None:
            flags = self._flags[char] = (
                (_WORD if is_word_char(char) else 0) | (_MARK if is_mark(char) else 0)
                | (_VIRAMA if is_virama(char) else 0)
            )
        return flags

    def _screen(self, pattern: _Pattern, text: str, start: int, end: int, before: int, after: int,
                exact: _ExactLetters, item: _Item) -> int:
        """Cheap checks on the folded text: reject, accept, or check against the original (_CHECK).
        `before`/`after` are the flags of the neighbouring characters."""
        if pattern.langs and item.lang and isinstance(item.lang, str) and item.langs().isdisjoint(pattern.langs):
            return _REJECT
        verdict = _ACCEPT
        if pattern.left and before & _WORD:
            a, b = text[start - 1], text[start]
            if not ((a.isdigit() and b.isalpha()) or (a.isalpha() and b.isdigit())):
                if not (a.isalpha() and b.isalpha() and pattern.first_may_be_upper):
                    return _REJECT
                verdict = _CHECK  # a camelCase break, if the original has lower-case a, upper-case b
        if pattern.right and after & _WORD:
            a, b = text[end - 1], text[end]
            if not ((a.isdigit() and b.isalpha()) or (a.isalpha() and b.isdigit())):
                if not (a.isalpha() and b.isalpha() and pattern.last_may_be_lower):
                    return _REJECT
                verdict = _CHECK
        if pattern.case_form is not None:
            if pattern.plain_case and not exact.may_contain(pattern.case_form):
                return _REJECT
            verdict = _CHECK
        if pattern.scripts and pattern.scripts.isdisjoint(item.scripts()):
            return _REJECT
        return verdict

    def _verify(self, pattern: _Pattern, norm: Normalized, start: int, end: int) -> bool:
        """The checks that need the original text: camelCase breaks and case-sensitive aliases."""
        text = norm.text
        if pattern.left and start > 0 and self._is_word(text[start - 1]) and not _break(norm, start - 1, start):
            return False
        if pattern.right and end < len(text) and self._is_word(text[end]) and not _break(norm, end - 1, end):
            return False
        if pattern.case_form is not None:
            ostart, oend = norm.span(start, end)
            found = norm.original[ostart:oend]
            if found != pattern.case_form and fold_reference(found, casefold=False).strip() != pattern.case_form:
                return False
        return True


class _ExactLetters:
    """Can a case-sensitive ASCII alias ("AI", "MiMo") match in this text? Only where its exact letters
    stand, unless the text has characters that fold to ASCII letters (full-width "ＡＩ", ligatures)."""

    __slots__ = ("_compat", "original")

    def __init__(self, original: str):
        self.original = original
        self._compat: bool | None = None

    def may_contain(self, letters: str) -> bool:
        if letters in self.original:
            return True
        if self._compat is None:
            self._compat = not self.original.isascii() and may_fold_to_ascii(self.original)
        return self._compat


def _break(norm: Normalized, before: int, after: int) -> bool:
    """A word break between two adjacent word characters: letter<->digit, or lower-case -> upper-case."""
    a, b = norm.text[before], norm.text[after]
    if (a.isdigit() and b.isalpha()) or (a.isalpha() and b.isdigit()):
        return True
    original, offsets = norm.original, norm.offsets
    return original[offsets[before]].islower() and original[offsets[after]].isupper()


def _lang_tags(lang: str | None) -> frozenset[str]:
    """"zh-Hant" -> {"zh-hant", "zh"}; None or "" -> empty (unknown: language-restricted aliases count)."""
    if not lang:
        return frozenset()
    lang = lang.strip().lower().replace("_", "-")
    return frozenset({lang, lang.split("-")[0]})
