-- The statements of one purchase, in the transactions the three services run them in, as PostgreSQL's log
-- shows them (log_statement = all) for one POST /v1/sales/purchases; the first statement, which picks this
-- client's buyer, is pgbench's own. Keep it in step with the code: benchmarks/README in the main README says how.
\set r random(1, 9000000000000000000)
\set b :client_id % :buyers
SELECT username AS buyer FROM bench_purchase.buyer WHERE n = :b \gset
-- sales: the key's earlier sale, then the new sale
SELECT id FROM bench_purchase.sale WHERE requested_by = 'bench' AND idempotency_key = 'pg-' || :r::text;
BEGIN;
INSERT INTO bench_purchase.sale (username, good_id, quantity, status, intent, stock_step, money_step, requested_by,
    step_key, idempotency_key, request_fingerprint, lease_until, sale_date, updated_at, version)
    VALUES (:buyer, :good, 1, 'pending', 'complete', 'attempted', 'none', 'bench', 'sale-' || :r::text,
    'pg-' || :r::text, repeat('0', 64), now() + interval '60 seconds', now(), now(), 1);
SELECT lastval() AS sale \gset
COMMIT;
-- inventory: the stock step
BEGIN;
SELECT bench_purchase.claim_inventory_key('service', 'PUT', '/v1/inventory/goods/' || :good::text || '/deduct',
    'sale-' || :r::text || '-stock', repeat('0', 64), 2000);
UPDATE bench_purchase.good SET stock_count = stock_count + -1
    WHERE id = :good AND (deleted_at IS NULL OR false) AND stock_count + -1 >= 0
    RETURNING id, name, category, price, description, stock_count, created_at, deleted_at, version;
INSERT INTO bench_purchase.stock_movement (good_id, kind, quantity, count_after, reference, requested_by, created_at)
    VALUES (:good, 'deduct', -1, 1, concat_ws(':', 'deduct', 'good-' || :good::text, 'service', 'sale-' || :r::text || '-stock'), 'sales', now());
UPDATE bench_purchase.inventory_key SET status = 200, content_type = 'application/json',
    body = '{"category":"electronics","count":1,"id":1,"name":"bench good","price":0.01}', location = NULL
    WHERE caller = 'service' AND method = 'PUT' AND path = '/v1/inventory/goods/' || :good::text || '/deduct'
    AND idem_key = 'sale-' || :r::text || '-stock';
COMMIT;
-- sales: stock taken, money attempted
SELECT * FROM bench_purchase.sale WHERE id = :sale;
BEGIN;
UPDATE bench_purchase.sale SET stock_step = 'taken', updated_at = now(), good_name = 'bench good', unit_price = 0.01,
    total_price = 0.01, money_step = 'attempted', version = 2 WHERE id = :sale AND version = 1;
COMMIT;
-- customers: the money step
BEGIN;
SELECT bench_purchase.claim_customers_key('service', 'PUT', '/v1/customers/' || :buyer::text || '/deduct',
    'sale-' || :r::text || '-debit', repeat('0', 64), 2000);
UPDATE bench_purchase.customer SET wallet_balance = wallet_balance + -0.01
    WHERE lower(username) = lower(:buyer) AND (deleted_at IS NULL OR false) AND wallet_balance + -0.01 >= 0
    RETURNING id AS customer, username, wallet_balance AS balance \gset
INSERT INTO bench_purchase.wallet_transaction (customer_id, kind, amount, balance_after, reference, requested_by,
    created_at)
    VALUES (:customer, 'deduct', -0.01, :balance, concat_ws(':', 'deduct', 'customer-' || :customer::text, 'service', 'sale-' || :r::text || '-debit'),
    'sales', now());
UPDATE bench_purchase.customers_key SET status = 200, content_type = 'application/json',
    body = '{"username":"bench","wallet_balance":1.00}', location = NULL
    WHERE caller = 'service' AND method = 'PUT' AND path = '/v1/customers/' || :buyer::text || '/deduct'
    AND idem_key = 'sale-' || :r::text || '-debit';
COMMIT;
-- sales: completed
SELECT * FROM bench_purchase.sale WHERE id = :sale;
BEGIN;
UPDATE bench_purchase.sale SET money_step = 'taken', remaining_balance = :balance, updated_at = now(),
    status = 'completed', lease_until = NULL, version = 3 WHERE id = :sale AND version = 2;
COMMIT;
