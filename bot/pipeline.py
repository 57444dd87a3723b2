"""One poll outcome -> new items -> match -> stories -> store (one transaction). No network here."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from itertools import count

from watchers.items import FeedSpec, Item, PollOutcome

from .config import Config
from .eventframe import Mentions
from .floodgate import FloodGate
from .matcher import Matcher
from .models import Committed, Delivery, FeedState, NewStory, PollRecord
from .routing import Routing
from .store import StoreAPI
from .stories import StoryIndex, title_key, watchlist_mentions

log = logging.getLogger(__name__)
BREAKING = 1800.0  # seconds since publication within which a burst of one feed's news is alerted in full


@dataclass(frozen=True)
class ProcessResult:
    new_items: int
    matched: int
    stories: tuple[int, ...]
    first_poll: bool
    topics: tuple[str, ...] = ()  # one entry per matched new item and topic, for metrics
    notices: tuple[str, ...] = ()  # for the admins (a feed started or stopped flooding)
    merged: int = 0  # stories folded into another story of their event


class Pipeline:
    """`refresh_every`: on a shared store (PostgreSQL), how old the near-duplicate index may be, in seconds,
    before clustering: it then reads the stories other instances created since (one indexed query).
    `floods`: each feed's rate of new matching stories across polls (a feed new on every poll is summarised)."""

    def __init__(self, store: StoreAPI, *, matcher: Matcher, routing: Callable[[], Routing],
                 index: StoryIndex | None = None, refresh_every: float = 5.0, floods: FloodGate | None = None):
        self.store = store
        self.floods = floods or FloodGate()
        self.matcher = matcher
        self.routing = routing  # the chats' current routing (rebuilt when the config or a chat's settings change)
        self._mentioned = watchlist_mentions(matcher)
        self.index = index or StoryIndex(mentioned=self.mentioned)
        self.refresh_every = refresh_every
        self._last_id = 0  # the highest story id read from the store
        self._refreshed_at: float | None = None
        self._clustering = asyncio.Lock()  # from looking a story up to adding it to the index, one poll at a time
        self._quiet_first: frozenset[str] = frozenset()  # feeds whose first poll alerts nothing (see below)

    def baseline_quietly(self, feed_urls: Iterable[str]) -> None:
        """The store replaces a lost one: these feeds' first polls record their items without alerting them,
        because they most likely went out already. Better to miss the few stories published while the database
        was gone than to send a day's worth again. A feed added later still gets its backfill."""
        self._quiet_first = frozenset(feed_urls)

    async def apply(self, config: Config) -> None:
        """A new watchlist takes a new matcher, compiled in a thread (100,000 aliases take seconds: the event
        loop keeps polling and sending meanwhile), and only when the watchlist changed."""
        if config.watchlist is not self.matcher.watchlist:
            matcher = await asyncio.to_thread(Matcher, config.watchlist)
            self.matcher, self._mentioned = matcher, watchlist_mentions(matcher)

    def mentioned(self, title: str) -> Mentions:
        """The watchlist entities of a headline, by the current matcher: the story index's event frames."""
        return self._mentioned(title)

    async def load_index(self, now: float) -> None:
        """Fill the near-duplicate index with the stories of the clustering window (at start: all of them;
        later: those created since the last read, by this instance or another)."""
        since = now - self.index.window_s
        for story_id, title, seen_at, summary, topics in await self.store.recent_stories(since=since,
                                                                                       after_id=self._last_id):
            if story_id not in self.index:
                self.index.add(story_id, title, seen_at, summary=summary, topics=topics)
            self._last_id = max(self._last_id, story_id)
        self._refreshed_at = now

    async def _fresh_index(self, now: float) -> StoryIndex:
        """The index, first brought up to date if other instances add stories too and it is old enough."""
        if self.store.shared and (self._refreshed_at is None or now - self._refreshed_at >= self.refresh_every):
            await self.load_index(now)
        return self.index

    async def process(self, spec: FeedSpec, outcome: PollOutcome, *, state: FeedState, now: float,
                      next_poll_at: float) -> ProcessResult:
        """Record a successful poll: every new item is seen, each matching one queued for every chat."""
        async with self._clustering:  # another feed's report of the same event must find this one's story
            return await self._process(spec, outcome, state=state, now=now, next_poll_at=next_poll_at)

    async def _process(self, spec: FeedSpec, outcome: PollOutcome, *, state: FeedState, now: float,
                       next_poll_at: float) -> ProcessResult:
        routing = self.routing()
        title_since = now - routing.title_window_hours * 3600
        first_poll = state.first_ok_at is None
        backfill = 0.0 if spec.url in self._quiet_first else routing.backfill_hours
        candidates = [it for it in outcome.items if it.keys]
        all_keys = [k for it in candidates for k in it.keys]
        known = await self.store.known_keys(all_keys, title_since=title_since) \
            if all_keys else set()
        fresh = [it for it in candidates if not known.intersection(it.keys)]

        matcher = self.matcher
        seen: list[str] = []
        stories: list[NewStory] = []
        item_keys: list[str] = []  # the matched items' own keys (without their headline keys)
        batch_keys: set[str] = set()
        index = self.index
        provisional = count(-1, -1)  # ids of this poll's new stories in the index until the store gives theirs
        try:
            for item in fresh:
                topics, terms = self._topics(matcher, spec, item)
                if not topics or not self._alertable(item, routing, now=now, first_poll=first_poll,
                                                     backfill_hours=backfill):
                    seen.extend(item.keys)
                    continue
                keys = list(item.keys)
                tkey = title_key(item.title, item.source)
                if tkey:
                    keys.append(tkey)
                if batch_keys.intersection(keys):  # the same story twice in one document
                    seen.extend(item.keys)
                    continue
                batch_keys.update(keys)
                item_keys.extend(item.keys)
                index = await self._fresh_index(now)
                found = index.lookup(item.title, now, summary=item.summary, topics=topics)
                local = None
                if found.story is None:  # a later item of this poll may report it again
                    local = next(provisional)
                    index.add(local, item.title, now, summary=item.summary, topics=topics)
                stories.append(NewStory(
                    cluster_of=found.story, local=local, absorbs=found.also, keys=tuple(keys), title=item.title,
                    url=item.url, source=item.source or spec.name, lang=item.lang,
                    published=item.published.timestamp() if item.published else None, summary=item.summary,
                    topics=topics, terms=terms, deliveries=routing.deliveries(topics, now)))

            matched = tuple(stories)
            gate = self.floods.apply(spec, matched, routing, now)  # a feed new on every poll: one summary a while
            if gate.hold:  # seen, but neither alerted nor a story that another feed's report of the event could join
                seen.extend(item_keys)
                stories = []
            else:
                stories = self._cap_burst(spec, stories, routing, now)
            if gate.summary is not None:
                stories.append(gate.summary)
            v = outcome.validators
            record = PollRecord(feed_url=spec.url, now=now, seen_keys=tuple(seen), stories=tuple(stories),
                                title=outcome.feed_title or None, etag=v.etag, last_modified=v.last_modified,
                                body_hash=v.body_hash, next_poll_at=next_poll_at, moved_to=outcome.final_url,
                                seen_items=outcome.seen_items)
            committed = await self.store.commit_poll(record, title_since=title_since)
            self._index_committed(stories, committed, now)
        finally:
            for local in range(-1, next(provisional), -1):  # of a poll not committed, or a story not created
                index.discard(local)
        if fresh:
            log.debug("feed=%s items=%d new=%d matched=%d stories=%d merged=%d first_poll=%s", spec.url,
                      len(outcome.items), len(fresh), len(stories), len(committed.created), len(committed.merged),
                      first_poll)
        return ProcessResult(new_items=len(fresh), matched=len(matched), stories=committed.created,
                             first_poll=first_poll, topics=tuple(t for st in matched for t in st.topics),
                             notices=gate.notices, merged=len(committed.merged))

    def _index_committed(self, stories: list[NewStory], committed: Committed, now: float) -> None:
        """The index follows the store: a new story's provisional entry takes its id, another outlet's report
        becomes a member of the story it joined, and merged stories become one."""
        index = self.index
        for st, story_id in zip(stories, committed.placed, strict=True):
            if story_id is None or not st.keys:  # seen before; or a summary of other stories, which no item reports
                continue
            if st.local is not None:
                index.rename(st.local, story_id)
            elif story_id in index:
                index.add_member(story_id, st.title, summary=st.summary)
            else:  # the story it was to join is gone (pruned meanwhile)
                index.add(story_id, st.title, now, summary=st.summary, topics=st.topics)
        for absorbed, survivor in committed.merged:
            index.merge(survivor, absorbed)

    @staticmethod
    def _cap_burst(spec: FeedSpec, stories: list[NewStory], routing: Routing, now: float) -> list[NewStory]:
        """A feed that suddenly yields many matches (an archive re-published, days offline) sends the
        newest few and one summary; the rest are stored as seen stories without alerts. News published in
        the last BREAKING seconds is never held back (a wire carrying a burst as it breaks): the sender
        folds a chat's backlog into combined messages instead."""
        limit = max(1, routing.max_alerts_per_poll)
        followers = [s for s in stories if s.cluster_of is not None]  # no alert of their own anyway
        breaking = [s for s in stories if s.cluster_of is None and (s.published or 0.0) >= now - BREAKING]
        stories = [s for s in stories if s.cluster_of is None and (s.published or 0.0) < now - BREAKING]
        if len(stories) <= limit:
            return breaking + stories + followers
        ordered = sorted(stories, key=lambda s: s.published or 0.0, reverse=True)
        kept, rest = ordered[:limit], ordered[limit:]
        quiet = [replace(s, deliveries=()) for s in rest]
        topics = tuple(sorted({t for s in rest for t in s.topics}))
        listing = "\n".join(f"• {s.title}" for s in rest[:15])
        summary = NewStory(
            keys=(), title=f"{len(rest)} more matching stories from {spec.name or spec.url}", url=spec.url,
            source=spec.name or spec.url, lang=None, published=None,
            summary=listing + (f"\n… and {len(rest) - 15} more" if len(rest) > 15 else ""),
            topics=topics, terms=(), deliveries=_union(s.deliveries for s in rest))
        log.warning("burst from feed=%s: %d matching stories; alerting %d and one summary", spec.url,
                    len(stories), limit)
        return breaking + kept + quiet + [summary] + followers

    @staticmethod
    def _topics(matcher: Matcher, spec: FeedSpec, item: Item) -> tuple[tuple[str, ...], tuple[str, ...]]:
        match = matcher.match(item.title, item.summary, item.lang)
        topics = match.topics if spec.topics is None else match.topics.intersection(spec.topics)
        return tuple(sorted(topics)), tuple(match.terms)

    @staticmethod
    def _alertable(item: Item, routing: Routing, *, now: float, first_poll: bool, backfill_hours: float) -> bool:
        """The first-poll rule (contract: backfill_hours), and no alerts for long-forgotten news."""
        published = item.published.timestamp() if item.published else None
        if first_poll:
            if backfill_hours <= 0 or published is None:
                return False
            return published >= now - backfill_hours * 3600
        return published is None or published >= now - routing.max_age_hours * 3600


def _union(groups: Iterable[tuple[Delivery, ...]]) -> tuple[Delivery, ...]:
    """Every chat that would have had one of the stories, once."""
    seen: dict[int, Delivery] = {}
    for group in groups:
        for d in group:
            seen.setdefault(d.chat_id, d)
    return tuple(seen.values())
