"""The order of a chat's queue, written once for both backends: round-robin between feeds.

Each outbox row is a turn in its chat's queue, given when it is queued (start-time fair queueing, every
feed a flow of its own and the admin notices one more, each row costing one turn): the later of the turn
the chat is at (its queue's head) and the turn after its own feed's last queued row. The chat's queue is
sent in (turn, id) order. So each round sends one row of every feed that has rows waiting, each feed's
rows keep the order they came in, and a feed that starts queueing joins the next round instead of waiting
behind another feed's backlog: one feed's thousand waiting alerts delay another feed's alert by at most one
message per feed that has rows waiting (and the sender folds a backlog into combined messages).

A new row never goes before the head (its turn is at least the head's, its id higher), so the message in
flight stays the head until it is acknowledged, which the claim steps rely on.
"""

from __future__ import annotations

from .tx import Tx

# what a chat's queue is (a digest collects apart): exactly the partial index outbox_queue(chat_id, turn, id)
QUEUED = "state IN ('pending','sending') AND digest=0"
ORDER = "turn, id"  # the queue's order
# the head of each chat's queue, its first queued row (one index probe per chat); only a pending head may be claimed
HEADS = (f"(SELECT (SELECT id FROM outbox WHERE chat_id=c.chat_id AND {QUEUED} ORDER BY {ORDER} LIMIT 1) AS id"
         f" FROM (SELECT DISTINCT chat_id FROM outbox WHERE {QUEUED}) c)")
NOTICES = ""  # the flow of the admin notices (the outbox's feed_url of a row without a story)


def next_turn(*, head: int | None, flow_last: int | None) -> int:
    """A new row's turn: `head` is the turn of the chat's queue head (None: the queue is empty), `flow_last` that
    of its flow's last queued row (None: the flow has none queued)."""
    if head is None:
        return 0
    return head if flow_last is None else max(head, flow_last + 1)


class Turns:
    """Hands out the turns of rows queued in one transaction, one chat and flow at a time: the chat's queue is
    read once, at its first row."""

    def __init__(self, tx: Tx):
        self.tx = tx
        self._next: dict[tuple[int, str], int] = {}

    async def next(self, chat_id: int, flow: str) -> int:
        key = (chat_id, flow)
        turn = self._next.get(key)
        if turn is None:
            row = await self.tx.fetchrow(
                f"SELECT MIN(turn) AS head, MAX(CASE WHEN feed_url=? THEN turn END) AS flow_last FROM outbox"
                f" WHERE chat_id=? AND {QUEUED}", flow, chat_id)
            assert row is not None  # an aggregate always answers one row
            turn = next_turn(head=row["head"], flow_last=row["flow_last"])
        self._next[key] = turn + 1
        return turn
