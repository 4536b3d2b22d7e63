-- Keys of Idempotency-Key requests and the first outcome of each, for replay (see Idempotency in
-- ecommerce-common). A row becomes visible only with its outcome: it is inserted in the transaction of the change.
CREATE TABLE idempotency_key (
    id           BIGSERIAL PRIMARY KEY,
    caller       VARCHAR(200) NOT NULL,
    method       VARCHAR(10)  NOT NULL,
    path         VARCHAR(1000) NOT NULL,
    idem_key     VARCHAR(100) NOT NULL,
    fingerprint  CHAR(64)     NOT NULL,
    status       INTEGER,
    content_type VARCHAR(100),
    body         TEXT,
    location     VARCHAR(1000),
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT idempotency_key_scope_unique UNIQUE (caller, method, path, idem_key),
    CONSTRAINT idempotency_key_status_range CHECK (status IS NULL OR status BETWEEN 200 AND 499)
);

CREATE INDEX idempotency_key_created_at ON idempotency_key (created_at);
