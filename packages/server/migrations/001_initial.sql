-- hcc-server schema, version 1. Rules that must hold across instances are constraints here.

CREATE TABLE agencies (
  id text PRIMARY KEY,
  identifier text NOT NULL,
  data jsonb NOT NULL,
  content_hash text NOT NULL
);
CREATE INDEX agencies_identifier ON agencies (identifier);

CREATE TABLE procedures (
  code text PRIMARY KEY,
  summary jsonb NOT NULL,
  detail jsonb NOT NULL,
  -- Province-level agencies that execute the procedure (the agency filter of the search).
  agency_ids text[] NOT NULL DEFAULT '{}',
  content_hash text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Bumped by every import that changes the catalogue or the agencies: each instance compares it with the version it
-- holds in memory and reloads when it moved.
CREATE TABLE catalogue_version (
  id integer PRIMARY KEY CHECK (id = 1),
  version bigint NOT NULL
);
INSERT INTO catalogue_version (id, version) VALUES (1, 0);

-- Dossiers as pushed by the one-stop system. No phone number, no full name: the verifier as a keyed hash and the
-- applicant's name masked. Date-times are RFC 3339 strings with +07:00, so they compare as text.
CREATE TABLE dossiers (
  code text PRIMARY KEY,
  verifier_hash text,
  procedure_code text NOT NULL,
  procedure_name text NOT NULL,
  agency_identifier text NOT NULL,
  agency_name text,
  applicant_masked text NOT NULL,
  status smallint NOT NULL CHECK (status BETWEEN 1 AND 10),
  channel text NOT NULL CHECK (channel IN ('online', 'in-person', 'postal')),
  received_at text NOT NULL,
  appointment_date text NOT NULL,
  finished_at text,
  returned_at text,
  supplements jsonb NOT NULL DEFAULT '[]',
  content_hash text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX dossiers_procedure_received ON dossiers (procedure_code, received_at);
CREATE INDEX dossiers_received ON dossiers (received_at);

CREATE TABLE dossier_steps (
  dossier_code text NOT NULL REFERENCES dossiers (code) ON DELETE CASCADE,
  step_key text NOT NULL,
  name text NOT NULL,
  unit text,
  handler text,
  started_at text NOT NULL,
  finished_at text,
  due_at text,
  status_code smallint,
  PRIMARY KEY (dossier_code, step_key)
);

-- One rating per dossier, whatever the number of instances: the primary key is the rule.
CREATE TABLE ratings (
  dossier_code text PRIMARY KEY,
  id bigserial UNIQUE,
  overall text NOT NULL CHECK (overall IN ('very-satisfied', 'satisfied', 'dissatisfied')),
  answers jsonb NOT NULL DEFAULT '{}',
  comment text,
  channel text NOT NULL,
  created_at text NOT NULL,
  idempotency_key text,
  fingerprint text NOT NULL
);

CREATE TABLE feedback (
  id bigserial PRIMARY KEY,
  useful boolean NOT NULL,
  reasons jsonb NOT NULL DEFAULT '[]',
  comment text,
  page_url text NOT NULL,
  lang text,
  received_at text NOT NULL
);

-- Answers to requests with an Idempotency-Key: a retry with the same body gets the stored answer again.
CREATE TABLE idempotency_keys (
  scope text NOT NULL,
  key text NOT NULL,
  request_hash text NOT NULL,
  status smallint NOT NULL,
  answer jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (scope, key)
);

-- Failed dossier look-ups, per code and per client, forgotten after the window (times in ms since the epoch).
CREATE TABLE lookup_failures (
  id bigserial PRIMARY KEY,
  code text NOT NULL,
  client text NOT NULL,
  failed_at bigint NOT NULL
);
CREATE INDEX lookup_failures_code ON lookup_failures (code, failed_at);
CREATE INDEX lookup_failures_client ON lookup_failures (client, failed_at);

-- Ingest tokens: only the hash of the token is kept.
CREATE TABLE ingest_tokens (
  name text PRIMARY KEY,
  token_hash text NOT NULL UNIQUE,
  agencies text[] NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz
);

-- Server-wide settings kept with the data, shared by every instance (the verifier hashing key when
-- HCC_VERIFIER_KEY is not set).
CREATE TABLE settings (
  name text PRIMARY KEY,
  value text NOT NULL
);
