-- A scratch schema for pgbench: copies of the tables a purchase writes (with their indexes and constraints), the
-- benchmark's own customers and goods copied into them. Dropped again after the run.
DROP SCHEMA IF EXISTS bench_purchase CASCADE;
CREATE SCHEMA bench_purchase;
CREATE TABLE bench_purchase.sale (LIKE sales.sale INCLUDING ALL);
CREATE TABLE bench_purchase.good (LIKE inventory.good INCLUDING ALL);
CREATE TABLE bench_purchase.stock_movement (LIKE inventory.stock_movement INCLUDING ALL);
CREATE TABLE bench_purchase.inventory_key (LIKE inventory.idempotency_key INCLUDING ALL);
CREATE TABLE bench_purchase.customer (LIKE customers.customer INCLUDING ALL);
CREATE TABLE bench_purchase.wallet_transaction (LIKE customers.wallet_transaction INCLUDING ALL);
CREATE TABLE bench_purchase.customers_key (LIKE customers.idempotency_key INCLUDING ALL);
-- The services' key claim (common migration V2), copied from each schema onto its copy of the key table.
DO $$
BEGIN
    EXECUTE replace(replace(pg_get_functiondef('inventory.claim_idempotency_key'::regproc),
        'inventory.claim_idempotency_key', 'bench_purchase.claim_inventory_key'),
        'inventory.idempotency_key', 'bench_purchase.inventory_key');
    EXECUTE replace(replace(pg_get_functiondef('customers.claim_idempotency_key'::regproc),
        'customers.claim_idempotency_key', 'bench_purchase.claim_customers_key'),
        'customers.idempotency_key', 'bench_purchase.customers_key');
END
$$;
INSERT INTO bench_purchase.good OVERRIDING SYSTEM VALUE
    SELECT * FROM inventory.good WHERE name LIKE 'bench good %';
UPDATE bench_purchase.good SET stock_count = 100000000;
INSERT INTO bench_purchase.customer OVERRIDING SYSTEM VALUE
    SELECT * FROM customers.customer WHERE username LIKE 'bench\_%';
UPDATE bench_purchase.customer SET wallet_balance = 1000000000;
-- One buyer per pgbench client, as the benchmark gives each of its clients its own customer.
CREATE TABLE bench_purchase.buyer AS
    SELECT row_number() OVER (ORDER BY id) - 1 AS n, username FROM bench_purchase.customer;
SELECT (SELECT max(id) FROM bench_purchase.good) AS good, (SELECT count(*) FROM bench_purchase.buyer) AS buyers;
