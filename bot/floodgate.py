"""The flood rule (flood.py) applied to each poll: the pipeline asks before queueing a poll's stories.

Holds each feed's `FloodState` in memory and turns a verdict into what the poll commits: whether its stories
are held (the pipeline then marks their items seen, so each is new once, but makes them no alert and no
story), a summary story for the chats, and notices for the admins. It neither reads a clock nor does I/O:
the pipeline passes the poll's time and commits.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from watchers.items import FeedSpec

from .flood import FloodPolicy, FloodState, PollMatches, Summary, assess
from .models import Delivery, NewStory
from .routing import Routing

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Gated:
    """What the flood rule says about a poll's stories."""

    hold: bool  # none of them is alerted: they go into the feed's next summary
    summary: NewStory | None = None  # queue this too
    notices: tuple[str, ...] = ()  # for the admins


class FloodGate:
    def __init__(self, policy: FloodPolicy | None = None):
        self.policy = policy or FloodPolicy()
        self._feeds: dict[str, FloodState] = {}  # only feeds with matches in the last window, or flooding

    def flooding(self, url: str) -> bool:
        state = self._feeds.get(url)
        return state is not None and state.since is not None

    def forget(self, url: str) -> None:
        """The feed left the config."""
        self._feeds.pop(url, None)

    def apply(self, spec: FeedSpec, stories: Sequence[NewStory], routing: Routing, now: float) -> Gated:
        leaders = [s for s in stories if s.cluster_of is None]  # later reports of known stories have no alert
        newest = max(leaders, key=lambda s: s.published or 0.0, default=None)
        poll = PollMatches(now, len(leaders), newest.title if newest else "",
                           tuple(sorted({t for s in leaders for t in s.topics})))
        verdict = assess(self._feeds.get(spec.url, FloodState()), poll, self.policy)
        if verdict.state.idle:
            self._feeds.pop(spec.url, None)
        else:
            self._feeds[spec.url] = verdict.state
        name = spec.name or spec.url
        summary = None if verdict.summary is None else \
            _summary_story(spec, verdict.summary, routing.deliveries(verdict.summary.topics, now))
        notices: list[str] = []
        minutes = round(self.policy.window / 60)
        if verdict.started:
            every = round(self.policy.summary_every / 60)
            log.warning("feed=%s floods: %d new matching stories in %d min from %d polls; its alerts are held for "
                        "one summary per chat every %d min", spec.url, verdict.recent, minutes, verdict.polls, every)
            notices.append(
                f"⚠️ Feed {name} is flooding: {verdict.recent} new matching stories in {minutes} min from "
                f"{verdict.polls} polls, far more than a news feed publishes. Its alerts are held, and each chat "
                f"gets one summary of them every {every} min instead; other feeds' alerts are not delayed. "
                f"If the feed is broken or spam, remove it with /remove_feed {spec.url}\n{spec.url}")
        if verdict.ended:
            log.info("feed=%s calmed down: %d new matching stories in %d min; alerting again", spec.url,
                     verdict.recent, minutes)
            notices.append(f"✅ Feed {name} calmed down ({verdict.recent} new matching stories in the last "
                           f"{minutes} min): its alerts are sent one by one again.\n{spec.url}")
        return Gated(verdict.hold, summary, tuple(notices))


def _summary_story(spec: FeedSpec, summary: Summary, deliveries: tuple[Delivery, ...]) -> NewStory:
    """One message per chat for a period's held stories (its link is the feed; it is never clustered)."""
    name = spec.name or spec.url
    calm = "The feed has calmed down: its alerts come one by one again."
    if summary.count:
        title = f"{name}: {summary.count} more matching items in the last {summary.minutes} min"
        text = f"most recent: {summary.latest}" + (f"\n{calm}" if summary.final else "")
    else:  # the end of a flood whose last summary told everything
        title, text = f"{name} has calmed down", calm
    return NewStory(keys=(), title=title, url=spec.url, source=name, lang=None, published=None, summary=text,
                    topics=summary.topics, terms=(), deliveries=deliveries)
