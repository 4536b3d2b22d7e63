-- A pending sale's lease: how long its driver (the purchase request, or a recovery run that claimed it) keeps other
-- drivers off it. It was taken from the JVM's clock and compared with the database's; now both taking and judging
-- it use this server's clock, and its length lives here alone: a new sale gets it by default, a claim sets it back
-- to the default (UPDATE ... SET lease_until = DEFAULT). Ten seconds, with recovery every five, settle a sale whose
-- driver died within fifteen seconds. A driver that outlived its lease is stopped by the version, which a claim
-- raises: its next commit finds the sale changed and gives up.
ALTER TABLE sale ALTER COLUMN lease_until SET DEFAULT now() + interval '10 seconds';
