-- The evidence ledger, one schema for SQLite and PostgreSQL (portable types only).
-- A decision is one adjudication: its id is the SHA-256 of policy digest, fact-set digest and lane, so recording
-- the same judgement twice is a no-op (INSERT ... ON CONFLICT DO NOTHING). Times from the fact set are ISO-8601
-- text; recorded_at is the ledger's own clock and never reaches an artifact.
CREATE TABLE decisions (
  decision_id        VARCHAR(64)  NOT NULL PRIMARY KEY,
  phase              VARCHAR(32)  NOT NULL,
  lane               VARCHAR(64)  NOT NULL,
  execution_id       VARCHAR(512) NOT NULL,
  platform_run_id    VARCHAR(512),
  captured_at        VARCHAR(40)  NOT NULL,
  policy_name        VARCHAR(512) NOT NULL,
  policy_digest      VARCHAR(64)  NOT NULL,
  fact_set_digest    VARCHAR(64)  NOT NULL,
  outcome            VARCHAR(32)  NOT NULL,
  verdict            VARCHAR(64),
  overall_pass       BOOLEAN      NOT NULL,
  next_gate          VARCHAR(64),
  blocker_codes      TEXT         NOT NULL,
  raising_rules      TEXT         NOT NULL,
  decided_by         TEXT         NOT NULL,
  rolls_up           TEXT         NOT NULL,
  supersedes         TEXT         NOT NULL,
  artifacts_location TEXT,
  fact_set_location  TEXT,
  fact_set_gzip      BYTEA,
  recorded_by        VARCHAR(64)  NOT NULL,
  recorded_at        TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE INDEX decisions_phase_lane ON decisions (phase, lane, captured_at);
CREATE INDEX decisions_execution ON decisions (execution_id);

-- A re-audit: every recorded fact set of a phase judged again under one policy. Its id is the SHA-256 of that
-- policy's digest and the decision ids it judged, so recording the same re-audit twice is a no-op too.
CREATE TABLE reaudits (
  reaudit_id     VARCHAR(64)  NOT NULL PRIMARY KEY,
  phase          VARCHAR(32),
  policy_name    VARCHAR(512) NOT NULL,
  policy_digest  VARCHAR(64)  NOT NULL,
  judged         INTEGER      NOT NULL,
  reopened       INTEGER      NOT NULL,
  now_passing    INTEGER      NOT NULL,
  recorded_at    TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- One changed decision of a re-audit: REOPENED (a recorded pass or ADVANCE that now holds) or NOW_PASSES.
CREATE TABLE reaudit_changes (
  reaudit_id     VARCHAR(64)  NOT NULL,
  decision_id    VARCHAR(64)  NOT NULL,
  change_kind    VARCHAR(16)  NOT NULL,
  new_outcome    VARCHAR(64)  NOT NULL,
  new_codes      TEXT         NOT NULL,
  PRIMARY KEY (reaudit_id, decision_id)
);
