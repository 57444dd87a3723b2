"""The PostgreSQL schema as numbered migrations; table `newsbot_schema` says how many have run.

Columns mirror the SQLite schema (REAL -> DOUBLE PRECISION, INTEGER ids -> BIGINT, JSON kept as TEXT) so
both backends give identical records; the lease and claim columns exist only here, where instances share.
"""

PG_MIGRATIONS: tuple[str, ...] = (
    # 1: the whole state, with feed leases, outbox claims and per-chat pacing shared by instances
    """
    CREATE TABLE feeds(
        url TEXT PRIMARY KEY,
        title TEXT,
        first_ok_at DOUBLE PRECISION,
        etag TEXT, last_modified TEXT, body_hash TEXT,
        last_poll_at DOUBLE PRECISION, last_ok_at DOUBLE PRECISION,
        failures INTEGER NOT NULL DEFAULT 0,
        last_error TEXT, last_error_kind TEXT,
        next_poll_at DOUBLE PRECISION,
        moved_to TEXT,
        gone INTEGER NOT NULL DEFAULT 0,
        failing_since DOUBLE PRECISION,
        down_reported INTEGER NOT NULL DEFAULT 0,
        lease_owner TEXT,
        lease_until DOUBLE PRECISION
    );
    CREATE TABLE stories(
        id BIGSERIAL PRIMARY KEY,
        title TEXT NOT NULL,
        url TEXT NOT NULL,
        source TEXT NOT NULL DEFAULT '',
        lang TEXT,
        published DOUBLE PRECISION,
        summary TEXT NOT NULL DEFAULT '',
        topics TEXT NOT NULL,
        terms TEXT NOT NULL DEFAULT '[]',
        feed_url TEXT NOT NULL,
        first_seen DOUBLE PRECISION NOT NULL,
        sources TEXT NOT NULL DEFAULT '[]'
    );
    CREATE INDEX stories_first_seen ON stories(first_seen);
    CREATE TABLE item_keys(
        key TEXT PRIMARY KEY,
        story_id BIGINT REFERENCES stories(id) ON DELETE CASCADE,
        seen_at DOUBLE PRECISION NOT NULL
    );
    CREATE INDEX item_keys_seen ON item_keys(seen_at);
    CREATE INDEX item_keys_story ON item_keys(story_id);
    CREATE TABLE outbox(
        id BIGSERIAL PRIMARY KEY,
        story_id BIGINT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        chat_id BIGINT NOT NULL,
        state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sending', 'sent', 'failed')),
        attempts INTEGER NOT NULL DEFAULT 0,
        plain INTEGER NOT NULL DEFAULT 0,
        not_before DOUBLE PRECISION NOT NULL,
        created_at DOUBLE PRECISION NOT NULL,
        sent_at DOUBLE PRECISION,
        message_id BIGINT,
        last_error TEXT,
        thread_id BIGINT,
        digest INTEGER NOT NULL DEFAULT 0,
        edit_pending INTEGER NOT NULL DEFAULT 0,
        claimed_by TEXT,
        claimed_until DOUBLE PRECISION,
        UNIQUE(story_id, chat_id)
    );
    CREATE INDEX outbox_due ON outbox(state, chat_id, id);
    CREATE INDEX outbox_edits ON outbox(edit_pending) WHERE edit_pending=1;
    CREATE TABLE chats(
        chat_id BIGINT PRIMARY KEY,
        blocked INTEGER NOT NULL DEFAULT 0,
        reason TEXT,
        migrated_to BIGINT,
        updated_at DOUBLE PRECISION NOT NULL
    );
    CREATE TABLE chat_settings(
        chat_id BIGINT PRIMARY KEY,
        subscribed TEXT NOT NULL DEFAULT '[]',
        unsubscribed TEXT NOT NULL DEFAULT '[]',
        muted TEXT NOT NULL DEFAULT '{}',
        digest_at TEXT,
        updated_at DOUBLE PRECISION NOT NULL
    );
    CREATE TABLE chat_pace(
        chat_id BIGINT PRIMARY KEY,
        next_send_at DOUBLE PRECISION NOT NULL
    );
    CREATE TABLE roles(
        name TEXT PRIMARY KEY,
        owner TEXT NOT NULL,
        until DOUBLE PRECISION NOT NULL
    );
    """,
    # 2: WebSub subscriptions (any instance may answer the hub's callback)
    """
    CREATE TABLE websub(
        feed_url TEXT PRIMARY KEY,
        hub TEXT NOT NULL,
        topic TEXT NOT NULL,
        token TEXT NOT NULL UNIQUE,
        secret TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('requested', 'active', 'denied', 'failed', 'unsubscribing')),
        lease_until DOUBLE PRECISION,
        requested_at DOUBLE PRECISION NOT NULL,
        verified_at DOUBLE PRECISION,
        last_push_at DOUBLE PRECISION,
        failures INTEGER NOT NULL DEFAULT 0,
        retry_at DOUBLE PRECISION,
        last_error TEXT
    );
    """,
    # 3: the raw item digests of each feed's last parsed body, so a restart still parses only news
    """
    ALTER TABLE feeds ADD COLUMN seen_items TEXT;
    """,
    # 4: admin notices: an outbox row with a text instead of a story
    """
    ALTER TABLE outbox ALTER COLUMN story_id DROP NOT NULL;
    ALTER TABLE outbox ADD COLUMN notice TEXT;
    ALTER TABLE outbox ADD CONSTRAINT outbox_story_or_notice CHECK ((story_id IS NULL) <> (notice IS NULL));
    """,
    # 5: each chat's recent send times: the rolling-minute group limit, kept across instances
    """
    ALTER TABLE chat_pace ADD COLUMN recent DOUBLE PRECISION[] NOT NULL DEFAULT '{}';
    """,
    # 6: each row's feed ('' for a notice) and its turn in the chat's queue, which is round-robin between feeds
    # (store/fairqueue.py); what is queued already is numbered per chat and feed in the order it came
    """
    ALTER TABLE outbox ADD COLUMN feed_url TEXT NOT NULL DEFAULT '';
    ALTER TABLE outbox ADD COLUMN turn BIGINT NOT NULL DEFAULT 0;
    UPDATE outbox SET feed_url=(SELECT s.feed_url FROM stories s WHERE s.id=outbox.story_id) WHERE story_id IS NOT NULL;
    UPDATE outbox SET turn=(SELECT COUNT(*) FROM outbox o WHERE o.chat_id=outbox.chat_id AND o.feed_url=outbox.feed_url
        AND o.state IN ('pending','sending') AND o.digest=0 AND o.id<outbox.id) WHERE state IN ('pending','sending')
        AND digest=0;
    CREATE INDEX outbox_queue ON outbox(chat_id, turn, id) WHERE state IN ('pending','sending') AND digest=0;
    """,
    # 7: a story found to be the same event as another, while neither alert had gone out, points at it (merges.py)
    """
    ALTER TABLE stories ADD COLUMN merged_into BIGINT;
    CREATE INDEX stories_merged ON stories(merged_into) WHERE merged_into IS NOT NULL;
    """,
)
