-- Customers and their wallets. The rules of API.md that data must never break are enforced here as well as in
-- the code: a username shape, case-insensitive uniqueness (deleted customers keep theirs, so it is never
-- reused), a wallet that never goes below zero, and a ledger whose references are unique.

CREATE TABLE customer (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username       VARCHAR(50)   NOT NULL CONSTRAINT customer_username_shape CHECK (username ~ '^[A-Za-z0-9_]{3,50}$'),
    full_name      VARCHAR(100)  NOT NULL CONSTRAINT customer_full_name_present CHECK (btrim(full_name) <> ''),
    password_hash  VARCHAR(60)   NOT NULL,
    age            INTEGER       NOT NULL CONSTRAINT customer_age_range CHECK (age BETWEEN 1 AND 120),
    address        VARCHAR(200)  NOT NULL CONSTRAINT customer_address_present CHECK (btrim(address) <> ''),
    gender         VARCHAR(10)   NOT NULL CONSTRAINT customer_gender_present CHECK (btrim(gender) <> ''),
    marital_status VARCHAR(20)   NOT NULL CONSTRAINT customer_marital_status_present CHECK (btrim(marital_status) <> ''),
    role           VARCHAR(20)   NOT NULL CONSTRAINT customer_role_known CHECK (role IN ('customer', 'emp')),
    wallet_balance NUMERIC(12, 2) NOT NULL DEFAULT 0 CONSTRAINT customer_wallet_not_negative CHECK (wallet_balance >= 0),
    created_at     TIMESTAMPTZ   NOT NULL DEFAULT now(),
    deleted_at     TIMESTAMPTZ,
    version        BIGINT        NOT NULL DEFAULT 0
);

CREATE UNIQUE INDEX customer_username_unique ON customer (lower(username));

-- Every change of a balance, written in the transaction that makes it. amount is signed (deductions are
-- negative); balance_after is the balance right after this row, so the last row of a wallet equals its balance.
CREATE TABLE wallet_transaction (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id   BIGINT        NOT NULL REFERENCES customer (id),
    kind          VARCHAR(10)   NOT NULL CONSTRAINT wallet_transaction_kind_known CHECK (kind IN ('charge', 'deduct', 'refund')),
    amount        NUMERIC(12, 2) NOT NULL,
    balance_after NUMERIC(12, 2) NOT NULL CONSTRAINT wallet_transaction_balance_not_negative CHECK (balance_after >= 0),
    reference     VARCHAR(400)  NOT NULL CONSTRAINT wallet_transaction_reference_unique UNIQUE,
    requested_by  VARCHAR(200)  NOT NULL,
    created_at    TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT wallet_transaction_sign CHECK ((kind = 'deduct' AND amount < 0) OR (kind <> 'deduct' AND amount > 0))
);

CREATE INDEX wallet_transaction_by_customer ON wallet_transaction (customer_id, id);

-- Failed logins per username (as typed, lower-cased; the account may not exist), for throttling.
CREATE TABLE login_failure (
    id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username  VARCHAR(100) NOT NULL,
    failed_at TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE INDEX login_failure_by_username ON login_failure (username, failed_at);
