/**
 * Decisions, holds, review requests and the hash-chained audit log. Plain PostgreSQL (12 and later,
 * and PGlite): the same text runs on both engines. Tables are created unqualified, in the first
 * schema of the connection's search_path.
 */
export default {
  version: 1,
  name: 'decisions, holds, review requests, audit log',
  sql: /* sql */ `
CREATE TABLE decisions (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  job_key text NOT NULL UNIQUE,                 -- draft id + content hash: the idempotency key
  draft_id text NOT NULL,
  provider text NOT NULL,
  ticket_id text,
  brand text,
  channel text,
  agent_id text,
  agent_email text,
  action text NOT NULL CHECK (action IN ('approve', 'redact', 'block')),
  findings jsonb NOT NULL,                      -- masked previews only
  policy_version text NOT NULL,
  prompt text,
  redacted_body_sealed bytea,                   -- AES-256-GCM (src/crypto.ts)
  raw_content_sealed bytea,                     -- AES-256-GCM; blocked drafts only
  held boolean NOT NULL DEFAULT false,
  received_at timestamptz NOT NULL,
  decided_at timestamptz NOT NULL,
  queue_ms integer NOT NULL,
  process_ms integer NOT NULL,
  total_ms integer NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX decisions_latest_for_draft ON decisions (draft_id, decided_at DESC, id DESC);

-- A draft answered "hold" (not decided in time). Its own table, so a hold and the decision can
-- arrive in either order, even at the same moment, without updating each other's rows.
CREATE TABLE holds (
  job_key text PRIMARY KEY,
  draft_id text NOT NULL,
  provider text NOT NULL,
  raw_content_sealed bytea NOT NULL,
  held_at timestamptz NOT NULL
);
CREATE INDEX holds_draft ON holds (draft_id);

CREATE TABLE review_requests (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  draft_id text NOT NULL,
  decision_id bigint REFERENCES decisions (id),
  agent_id text,
  agent_email text,
  justification_sealed bytea NOT NULL,          -- agents may quote the customer: sealed
  requested_at timestamptz NOT NULL
);
-- One request per decision of a draft (a double click files once).
CREATE UNIQUE INDEX review_requests_once ON review_requests (draft_id, (coalesce(decision_id, 0)));

-- The audit log: entry n carries SHA-256(n | hash of entry n-1 | canonical content) (src/store/audit.ts).
CREATE TABLE audit_log (
  seq bigint PRIMARY KEY CHECK (seq > 0),
  kind text NOT NULL,
  subject text NOT NULL,
  actor text,
  details jsonb NOT NULL,
  created_at timestamptz NOT NULL,
  prev_hash text NOT NULL,
  hash text NOT NULL
);

-- The chain head: its row lock serialises appends from every process, and it records the last
-- entry, so deleting entries from the end of the log is detected too.
CREATE TABLE audit_head (
  id smallint PRIMARY KEY CHECK (id = 1),
  seq bigint NOT NULL,
  hash text NOT NULL
);
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, repeat('0', 64));

CREATE FUNCTION audit_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit log is append-only: % on % is not allowed', TG_OP, TG_TABLE_NAME;
END
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_reject_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_reject_change();

-- The head only moves forward.
CREATE FUNCTION audit_head_forward_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.id <> OLD.id OR NEW.seq <= OLD.seq THEN
    RAISE EXCEPTION 'the audit chain head only moves forward';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER audit_head_forward BEFORE UPDATE ON audit_head
  FOR EACH ROW EXECUTE FUNCTION audit_head_forward_only();
CREATE TRIGGER audit_head_keep BEFORE DELETE ON audit_head
  FOR EACH ROW EXECUTE FUNCTION audit_reject_change();
CREATE TRIGGER audit_head_no_truncate BEFORE TRUNCATE ON audit_head
  FOR EACH STATEMENT EXECUTE FUNCTION audit_reject_change();
`,
};
