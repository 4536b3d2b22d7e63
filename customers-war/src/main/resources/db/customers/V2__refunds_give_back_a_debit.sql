-- A refund gives back one debit that this wallet's ledger records, at most the amount that debit took, and only
-- once. Before this version a refund named nothing, so a service token could refund any wallet any amount.
ALTER TABLE wallet_transaction ADD COLUMN refund_of BIGINT REFERENCES wallet_transaction (id);

CREATE UNIQUE INDEX wallet_transaction_refunded_once ON wallet_transaction (refund_of) WHERE refund_of IS NOT NULL;

-- Refunds written before this version name no debit; every refund from now on does.
ALTER TABLE wallet_transaction ADD CONSTRAINT wallet_transaction_refund_names_its_debit
    CHECK ((kind = 'refund') = (refund_of IS NOT NULL)) NOT VALID;

CREATE FUNCTION wallet_refund_matches_its_debit() RETURNS trigger AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM wallet_transaction debit
                   WHERE debit.id = NEW.refund_of AND debit.kind = 'deduct'
                     AND debit.customer_id = NEW.customer_id AND -debit.amount >= NEW.amount) THEN
        RAISE EXCEPTION 'refund of % gives back no debit of customer % of at least %',
            NEW.refund_of, NEW.customer_id, NEW.amount
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$ LANGUAGE plpgsql
-- The schema this migration runs in, whatever the search path of the session that inserts.
SET search_path FROM CURRENT;

CREATE TRIGGER wallet_refund_matches_its_debit BEFORE INSERT ON wallet_transaction
    FOR EACH ROW WHEN (NEW.refund_of IS NOT NULL) EXECUTE FUNCTION wallet_refund_matches_its_debit();
