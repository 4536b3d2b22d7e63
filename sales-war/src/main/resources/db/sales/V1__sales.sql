-- Sales and the state of their saga. A sale is recorded pending before any other service is asked anything;
-- each step (stock, money) records that it was attempted before the call and what came of it after, so that a
-- sale interrupted at any point can be finished or compensated from this row alone.
CREATE TABLE sale (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username            VARCHAR(50)    NOT NULL,
    good_id             BIGINT         NOT NULL CONSTRAINT sale_good_id_positive CHECK (good_id > 0),
    good_name           VARCHAR(100)   NOT NULL,
    quantity            INTEGER        NOT NULL CONSTRAINT sale_quantity_range CHECK (quantity BETWEEN 1 AND 1000),
    unit_price          NUMERIC(12, 2) NOT NULL CONSTRAINT sale_unit_price_positive CHECK (unit_price > 0),
    total_price         NUMERIC(12, 2) NOT NULL
                        CONSTRAINT sale_total_range CHECK (total_price > 0 AND total_price <= 1000000),
    status              VARCHAR(10)    NOT NULL
                        CONSTRAINT sale_status_known CHECK (status IN ('pending', 'completed', 'failed')),
    intent              VARCHAR(10)    NOT NULL DEFAULT 'complete'
                        CONSTRAINT sale_intent_known CHECK (intent IN ('complete', 'abort')),
    stock_step          VARCHAR(10)    NOT NULL DEFAULT 'none'
                        CONSTRAINT sale_stock_step_known CHECK (stock_step IN ('none', 'attempted', 'taken', 'returned')),
    money_step          VARCHAR(10)    NOT NULL DEFAULT 'none'
                        CONSTRAINT sale_money_step_known CHECK (money_step IN ('none', 'attempted', 'taken', 'returned')),
    failure_reason      VARCHAR(30),
    remaining_balance   NUMERIC(14, 2),
    requested_by        VARCHAR(200)   NOT NULL,
    idempotency_key     VARCHAR(100),
    request_fingerprint CHAR(64),
    lease_until         TIMESTAMPTZ,
    sale_date           TIMESTAMPTZ    NOT NULL DEFAULT now(),
    updated_at          TIMESTAMPTZ    NOT NULL DEFAULT now(),
    version             BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT sale_total_is_quantity_times_price CHECK (total_price = quantity * unit_price),
    CONSTRAINT sale_completed_took_both CHECK (status <> 'completed' OR (stock_step = 'taken' AND money_step = 'taken')),
    CONSTRAINT sale_failed_holds_nothing CHECK (status <> 'failed' OR (stock_step IN ('none', 'returned')
        AND money_step IN ('none', 'returned')))
);

-- One sale per caller and Idempotency-Key.
CREATE UNIQUE INDEX sale_idempotency ON sale (requested_by, idempotency_key) WHERE idempotency_key IS NOT NULL;
CREATE INDEX sale_history ON sale (lower(username), status, id DESC);
CREATE INDEX sale_pending ON sale (id) WHERE status = 'pending';
