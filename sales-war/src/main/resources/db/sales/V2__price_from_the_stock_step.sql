-- A sale learns its good's name and price from the stock step's answer (the price inventory had when it gave
-- the units), so a pending sale has neither until then, and a sale refused before it (an unknown good, a short
-- stock) never has them. Whatever took stock or money has a price.
ALTER TABLE sale ALTER COLUMN good_name DROP NOT NULL;
ALTER TABLE sale ALTER COLUMN unit_price DROP NOT NULL;
ALTER TABLE sale ALTER COLUMN total_price DROP NOT NULL;
ALTER TABLE sale ADD CONSTRAINT sale_priced_once_money_moves
    CHECK (money_step = 'none' OR (good_name IS NOT NULL AND unit_price IS NOT NULL AND total_price IS NOT NULL));
