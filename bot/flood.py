"""When a feed floods: one pure rule over a feed's new matching stories across its recent polls.

`max_alerts_per_poll` bounds one poll; a feed that is new on every poll (GUIDs regenerated at each request, a
spam or broken feed) passes that bound at every poll and buries the chats. What no real news feed does is
bring many new matching stories poll after poll: an outlet covering the biggest day of a watched topic
writes a few pieces an hour, and its follow-ups of one event cluster into one story (followers are not
counted here). The rule therefore looks at a rate, per feed, over a sliding window:

- a feed floods when it brought at least `flood_at` = 45 new matching stories within `window` = 10 min, from
  at least `min_polls` = 3 polls: four and a half a minute, sustained, is 270 an hour from one source, over
  ten times what a prolific outlet publishes about one topic. A real burst (30 distinct stories breaking
  within half a minute, told by one feed over three polls) stays below it and is alerted story by story.
  One big poll alone (an archive re-published, a feed back after days offline) is a burst, which
  `max_alerts_per_poll` handles; it takes three polls to be a rate;
- while it floods, its matches are held, and each chat gets one summary of them every `summary_every` =
  10 min: at most six messages an hour from that feed;
- it calms down when the window holds at most `calm_at` = 10 (one a minute, what a busy feed does in a big
  event): a gap between the two thresholds, so that a feed hovering near one does not flip at every poll.

The state lives in memory (`FloodState` per feed, only for feeds with matches in the last window): after a
restart a flooding feed is recognised again at its third poll with matches, and the admins hear of it again.
"""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class FloodPolicy:
    window: float = 600.0  # seconds of polls the rate is measured over
    flood_at: int = 45  # new matching stories in the window that make a flood...
    min_polls: int = 3  # ...brought by at least this many polls
    calm_at: int = 10  # at most this many in the window: calm again
    summary_every: float = 600.0  # while flooding, one summary per chat this often


@dataclass(frozen=True)
class PollMatches:
    """What one poll of a feed brought: its new matching stories (not counting later reports of known ones)."""

    now: float
    count: int
    latest: str = ""  # the newest one's title
    topics: tuple[str, ...] = ()


@dataclass(frozen=True)
class FloodState:
    polls: tuple[tuple[float, int], ...] = ()  # (time, stories) of the window's polls that brought any
    since: float | None = None  # flooding since; None: alerts flow as usual
    held: int = 0  # stories held since the last summary
    held_since: float = 0.0  # when the current summary period began
    latest: str = ""  # the newest held story's title
    topics: tuple[str, ...] = ()  # every topic held during this flood: who gets the summaries

    @property
    def idle(self) -> bool:
        """Nothing worth remembering: no recent matches, no flood."""
        return not self.polls and self.since is None


@dataclass(frozen=True)
class Summary:
    """The held stories of one period, for one message per chat."""

    count: int
    minutes: int
    latest: str
    topics: tuple[str, ...]
    final: bool  # the feed calmed down: its alerts flow again


@dataclass(frozen=True)
class FloodVerdict:
    state: FloodState
    hold: bool = False  # this poll's stories go into the summary, not out one by one
    started: bool = False  # this poll made it a flood: tell the admins
    ended: bool = False  # this poll ended the flood: tell the admins
    summary: Summary | None = None  # send this now
    recent: int = 0  # stories in the window, this poll's included
    polls: int = 0  # polls with stories in the window


def assess(state: FloodState, poll: PollMatches, policy: FloodPolicy) -> FloodVerdict:
    """The flood rule for one more poll of a feed: its new state and what to do with this poll's stories."""
    now = poll.now
    polls = tuple(p for p in state.polls if p[0] > now - policy.window)
    if poll.count:
        polls += ((now, poll.count),)
    recent, count = sum(n for _, n in polls), len(polls)
    if state.since is None:
        if recent < policy.flood_at or count < policy.min_polls:
            return FloodVerdict(FloodState(polls=polls), recent=recent, polls=count)
        flooding = FloodState(polls=polls, since=now, held=poll.count, held_since=now, latest=poll.latest,
                              topics=_union(state.topics, poll.topics))
        return FloodVerdict(flooding, hold=True, started=True, recent=recent, polls=count)
    if recent <= policy.calm_at:  # this poll's own stories are alerted as usual again
        last = Summary(state.held, _minutes(now - state.held_since), state.latest, state.topics, final=True)
        return FloodVerdict(FloodState(polls=polls), ended=True, summary=last, recent=recent, polls=count)
    held = replace(state, polls=polls, held=state.held + poll.count, topics=_union(state.topics, poll.topics),
                   latest=poll.latest if poll.count else state.latest)
    if held.held and now - held.held_since >= policy.summary_every:
        summary = Summary(held.held, _minutes(now - held.held_since), held.latest, held.topics, final=False)
        return FloodVerdict(replace(held, held=0, held_since=now), hold=True, summary=summary, recent=recent,
                            polls=count)
    return FloodVerdict(held, hold=True, recent=recent, polls=count)


def _minutes(seconds: float) -> int:
    return max(1, round(seconds / 60))


def _union(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted(set(a) | set(b)))
