/**
 * The PostgreSQL schema, as ordered migrations: version N is the N-th entry, recorded in `schema_migrations`
 * once applied. Append only: a released migration is never edited. Same shape as the SQLite schema
 * (sqlite-migrations.ts); times are epoch milliseconds in BIGINT.
 */
export const POSTGRES_MIGRATIONS: readonly string[] = [
  `CREATE TABLE users (
     username      TEXT PRIMARY KEY,
     password_hash TEXT NOT NULL,
     created_at    BIGINT NOT NULL
   );
   CREATE TABLE rooms (
     name          TEXT PRIMARY KEY,
     epoch         TEXT NOT NULL,
     last_seq      BIGINT NOT NULL DEFAULT 0,
     created_at    BIGINT NOT NULL,
     last_activity BIGINT NOT NULL
   );
   CREATE TABLE messages (
     room              TEXT NOT NULL,
     seq               BIGINT NOT NULL,
     author            TEXT NOT NULL,
     body              TEXT NOT NULL,
     kind              INTEGER NOT NULL,
     client_message_id TEXT NOT NULL,
     sent_at           BIGINT NOT NULL,
     PRIMARY KEY (room, seq)
   );
   CREATE UNIQUE INDEX messages_idempotency ON messages (room, author, client_message_id)
     WHERE client_message_id <> '';
   CREATE INDEX rooms_by_activity ON rooms (last_activity DESC);`,
  // Revocation: an id per account (a re-registered name is another user) and a token generation; and a
  // row the health check writes, so SERVING means the store takes writes.
  `ALTER TABLE users ADD COLUMN id TEXT;
   ALTER TABLE users ADD COLUMN token_generation BIGINT NOT NULL DEFAULT 0;
   UPDATE users SET id = md5(random()::text || clock_timestamp()::text || username) WHERE id IS NULL;
   ALTER TABLE users ALTER COLUMN id SET NOT NULL;
   CREATE UNIQUE INDEX users_id ON users (id);
   CREATE TABLE health_probe (id INTEGER PRIMARY KEY, checked_at BIGINT NOT NULL);`,
  // Private rooms and direct messages (kind, creator, members), read state (a member's marker), edits and
  // deletes (the text is replaced or emptied in place), and mentions (counted per person for unread badges).
  `ALTER TABLE rooms ADD COLUMN kind INTEGER NOT NULL DEFAULT 0;
   ALTER TABLE rooms ADD COLUMN created_by TEXT NOT NULL DEFAULT '';
   ALTER TABLE messages ADD COLUMN edited_at BIGINT NOT NULL DEFAULT 0;
   ALTER TABLE messages ADD COLUMN deleted_at BIGINT NOT NULL DEFAULT 0;
   CREATE TABLE room_members (
     room          TEXT NOT NULL,
     username      TEXT NOT NULL,
     joined_at     BIGINT NOT NULL,
     last_read_seq BIGINT NOT NULL DEFAULT 0,
     PRIMARY KEY (room, username)
   );
   CREATE INDEX room_members_by_user ON room_members (username, room);
   CREATE TABLE mentions (
     room     TEXT NOT NULL,
     seq      BIGINT NOT NULL,
     username TEXT NOT NULL,
     PRIMARY KEY (room, seq, username)
   );
   CREATE INDEX mentions_by_user ON mentions (username, room, seq);
   CREATE INDEX rooms_by_kind_name ON rooms (kind, name);`,
];
