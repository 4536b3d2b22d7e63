-- Claims an Idempotency-Key for the calling transaction: inserts its row, waiting at most wait_ms for another
-- transaction that holds the same key (lock_not_available, 55P03, when it does not finish in time), and tells
-- whether the key is new. The wait is bounded for this insert only; the rest of the transaction keeps the
-- lock_timeout it had. One statement instead of three (set the timeout, insert, restore it): every saga step
-- makes this claim, and each round trip to the database costs both sides CPU.
CREATE FUNCTION ${flyway:defaultSchema}.claim_idempotency_key(p_caller VARCHAR, p_method VARCHAR, p_path VARCHAR, p_key VARCHAR,
                                      p_fingerprint CHAR, wait_ms INTEGER) RETURNS BOOLEAN
LANGUAGE plpgsql AS $$
DECLARE
    previous TEXT := current_setting('lock_timeout');
    claimed  INTEGER;
BEGIN
    PERFORM set_config('lock_timeout', wait_ms || 'ms', true);
    INSERT INTO ${flyway:defaultSchema}.idempotency_key (caller, method, path, idem_key, fingerprint)
        VALUES (p_caller, p_method, p_path, p_key, p_fingerprint)
        ON CONFLICT DO NOTHING;
    GET DIAGNOSTICS claimed = ROW_COUNT;
    PERFORM set_config('lock_timeout', previous, true);
    RETURN claimed = 1;
END
$$;
