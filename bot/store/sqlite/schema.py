"""The schema as numbered migrations; `PRAGMA user_version` says how many have run."""

MIGRATIONS: tuple[str, ...] = (
    # 1: the initial schema
    """
    CREATE TABLE feeds(
        url TEXT PRIMARY KEY,
        title TEXT,
        first_ok_at REAL,
        etag TEXT, last_modified TEXT, body_hash TEXT,
        last_poll_at REAL, last_ok_at REAL,
        failures INTEGER NOT NULL DEFAULT 0,
        last_error TEXT, last_error_kind TEXT,
        next_poll_at REAL,
        moved_to TEXT,
        gone INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE stories(
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        url TEXT NOT NULL,
        source TEXT NOT NULL DEFAULT '',
        lang TEXT,
        published REAL,
        summary TEXT NOT NULL DEFAULT '',
        topics TEXT NOT NULL,
        terms TEXT NOT NULL DEFAULT '[]',
        feed_url TEXT NOT NULL,
        first_seen REAL NOT NULL
    );
    CREATE TABLE item_keys(
        key TEXT PRIMARY KEY,
        story_id INTEGER REFERENCES stories(id) ON DELETE CASCADE,
        seen_at REAL NOT NULL
    ) WITHOUT ROWID;
    CREATE INDEX item_keys_seen ON item_keys(seen_at);
    CREATE TABLE outbox(
        id INTEGER PRIMARY KEY,
        story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        chat_id INTEGER NOT NULL,
        state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sending', 'sent', 'failed')),
        attempts INTEGER NOT NULL DEFAULT 0,
        plain INTEGER NOT NULL DEFAULT 0,
        not_before REAL NOT NULL,
        created_at REAL NOT NULL,
        sent_at REAL,
        message_id INTEGER,
        last_error TEXT,
        UNIQUE(story_id, chat_id)
    );
    CREATE INDEX outbox_due ON outbox(state, chat_id, id);
    CREATE TABLE chats(
        chat_id INTEGER PRIMARY KEY,
        blocked INTEGER NOT NULL DEFAULT 0,
        reason TEXT,
        migrated_to INTEGER,
        updated_at REAL NOT NULL
    );
    """,
    # 2: when a feed started failing, and whether the admins were told
    """
    ALTER TABLE feeds ADD COLUMN failing_since REAL;
    ALTER TABLE feeds ADD COLUMN down_reported INTEGER NOT NULL DEFAULT 0;
    """,
    # 3: forum threads, daily digests, and per-chat settings changed by chat commands
    """
    ALTER TABLE outbox ADD COLUMN thread_id INTEGER;
    ALTER TABLE outbox ADD COLUMN digest INTEGER NOT NULL DEFAULT 0;
    CREATE TABLE chat_settings(
        chat_id INTEGER PRIMARY KEY,
        subscribed TEXT NOT NULL DEFAULT '[]',
        unsubscribed TEXT NOT NULL DEFAULT '[]',
        muted TEXT NOT NULL DEFAULT '{}',
        digest_at TEXT,
        updated_at REAL NOT NULL
    );
    """,
    # 4: other outlets of a story, and sent alerts waiting to be edited to name them
    """
    ALTER TABLE stories ADD COLUMN sources TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE outbox ADD COLUMN edit_pending INTEGER NOT NULL DEFAULT 0;
    CREATE INDEX outbox_edits ON outbox(edit_pending) WHERE edit_pending=1;
    """,
    # 5: WebSub subscriptions: the hub, the callback token and secret, the lease
    """
    CREATE TABLE websub(
        feed_url TEXT PRIMARY KEY,
        hub TEXT NOT NULL,
        topic TEXT NOT NULL,
        token TEXT NOT NULL UNIQUE,
        secret TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('requested', 'active', 'denied', 'failed', 'unsubscribing')),
        lease_until REAL,
        requested_at REAL NOT NULL,
        verified_at REAL,
        last_push_at REAL,
        failures INTEGER NOT NULL DEFAULT 0,
        retry_at REAL,
        last_error TEXT
    );
    """,
    # 6: the raw item digests of each feed's last parsed body, so a restart still parses only news
    """
    ALTER TABLE feeds ADD COLUMN seen_items TEXT;
    """,
    # 7: admin notices: an outbox row with a text instead of a story. SQLite cannot drop NOT NULL in place:
    # the table is rebuilt, keeping every row, its id and the indexes
    """
    CREATE TABLE outbox_new(
        id INTEGER PRIMARY KEY,
        story_id INTEGER REFERENCES stories(id) ON DELETE CASCADE,
        chat_id INTEGER NOT NULL,
        state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sending', 'sent', 'failed')),
        attempts INTEGER NOT NULL DEFAULT 0,
        plain INTEGER NOT NULL DEFAULT 0,
        not_before REAL NOT NULL,
        created_at REAL NOT NULL,
        sent_at REAL,
        message_id INTEGER,
        last_error TEXT,
        thread_id INTEGER,
        digest INTEGER NOT NULL DEFAULT 0,
        edit_pending INTEGER NOT NULL DEFAULT 0,
        notice TEXT,
        CHECK ((story_id IS NULL) != (notice IS NULL)),
        UNIQUE(story_id, chat_id)
    );
    INSERT INTO outbox_new(id, story_id, chat_id, state, attempts, plain, not_before, created_at, sent_at, message_id,
                           last_error, thread_id, digest, edit_pending)
        SELECT id, story_id, chat_id, state, attempts, plain, not_before, created_at, sent_at, message_id,
               last_error, thread_id, digest, edit_pending FROM outbox;
    DROP TABLE outbox;
    ALTER TABLE outbox_new RENAME TO outbox;
    CREATE INDEX outbox_due ON outbox(state, chat_id, id);
    CREATE INDEX outbox_edits ON outbox(edit_pending) WHERE edit_pending=1;
    """,
    # 8: each row's feed ('' for a notice) and its turn in the chat's queue, which is round-robin between feeds
    # (store/fairqueue.py); what is queued already is numbered per chat and feed in the order it came
    """
    ALTER TABLE outbox ADD COLUMN feed_url TEXT NOT NULL DEFAULT '';
    ALTER TABLE outbox ADD COLUMN turn INTEGER NOT NULL DEFAULT 0;
    UPDATE outbox SET feed_url=(SELECT s.feed_url FROM stories s WHERE s.id=outbox.story_id) WHERE story_id IS NOT NULL;
    UPDATE outbox SET turn=(SELECT COUNT(*) FROM outbox o WHERE o.chat_id=outbox.chat_id AND o.feed_url=outbox.feed_url
        AND o.state IN ('pending','sending') AND o.digest=0 AND o.id<outbox.id) WHERE state IN ('pending','sending')
        AND digest=0;
    CREATE INDEX outbox_queue ON outbox(chat_id, turn, id) WHERE state IN ('pending','sending') AND digest=0;
    """,
    # 9: a story found to be the same event as another, while neither alert had gone out, points at it (merges.py)
    """
    ALTER TABLE stories ADD COLUMN merged_into INTEGER;
    CREATE INDEX stories_merged ON stories(merged_into) WHERE merged_into IS NOT NULL;
    """,
)
