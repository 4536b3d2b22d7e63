-- Goods and their stock. The rules of API.md that data must never break hold here as well as in the code:
-- known categories, a positive price within the cap, a stock that never goes below zero, and a stock ledger
-- whose references are unique.

CREATE TABLE good (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        VARCHAR(100)   NOT NULL CONSTRAINT good_name_present CHECK (btrim(name) <> ''),
    category    VARCHAR(20)    NOT NULL
                CONSTRAINT good_category_known CHECK (category IN ('food', 'clothes', 'accessories', 'electronics')),
    price       NUMERIC(12, 2) NOT NULL CONSTRAINT good_price_range CHECK (price > 0 AND price <= 1000000),
    description VARCHAR(2000),
    stock_count INTEGER        NOT NULL CONSTRAINT good_stock_not_negative CHECK (stock_count >= 0),
    created_at  TIMESTAMPTZ    NOT NULL DEFAULT now(),
    deleted_at  TIMESTAMPTZ,
    version     BIGINT         NOT NULL DEFAULT 0
);

CREATE INDEX good_live_by_category ON good (category, id) WHERE deleted_at IS NULL;

-- Every change of a good's stock, written in the transaction that makes it. quantity is signed; count_after is
-- the stock right after this row, so the stock always equals the sum of its good's quantities.
CREATE TABLE stock_movement (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    good_id      BIGINT       NOT NULL REFERENCES good (id),
    kind         VARCHAR(10)  NOT NULL
                 CONSTRAINT stock_movement_kind_known CHECK (kind IN ('create', 'adjust', 'deduct', 'restock')),
    quantity     INTEGER      NOT NULL CONSTRAINT stock_movement_not_empty CHECK (quantity <> 0),
    count_after  INTEGER      NOT NULL CONSTRAINT stock_movement_count_not_negative CHECK (count_after >= 0),
    reference    VARCHAR(400) NOT NULL CONSTRAINT stock_movement_reference_unique UNIQUE,
    requested_by VARCHAR(200) NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT stock_movement_sign CHECK ((kind = 'deduct' AND quantity < 0) OR (kind IN ('create', 'restock') AND quantity > 0)
        OR kind = 'adjust')
);

CREATE INDEX stock_movement_by_good ON stock_movement (good_id, id);
