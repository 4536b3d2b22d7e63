-- The Idempotency-Keys of a sale's calls to inventory and customers start with this key. It was the sale's id,
-- which starts again at 1 when this schema is recreated while the other services keep the keys they were sent:
-- a new sale would then be answered with an old sale's stored outcome. New sales get 'sale-<uuid>' from the
-- application; the sales already here keep 'sale-<id>'.
--
-- The same version stops scoping those keys by the calling service's configured name. A sale still pending would
-- be settled under another scope than its first calls, and could be charged twice: so this migration refuses to
-- run until the previous version has settled every sale.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM sale WHERE status = 'pending') THEN
        RAISE EXCEPTION 'sales are still pending: let the previous version settle them before upgrading '
            '(SELECT id FROM sale WHERE status = ''pending'')';
    END IF;
END
$$;

ALTER TABLE sale ADD COLUMN step_key VARCHAR(60);
UPDATE sale SET step_key = 'sale-' || id;
ALTER TABLE sale ALTER COLUMN step_key SET NOT NULL;
ALTER TABLE sale ADD CONSTRAINT sale_step_key_unique UNIQUE (step_key);
