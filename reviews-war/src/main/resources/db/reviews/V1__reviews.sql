-- Reviews of goods. The rules of API.md that data must never break hold here as well as in the code: the rating
-- range, the known statuses, the comment length, and one review per customer per product. Reviews name their
-- author by username and their product by id, not by foreign keys into other services' schemas: a deleted
-- customer's reviews stay, attributed to the username.
CREATE TABLE review (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username     VARCHAR(50)   NOT NULL,
    product_id   BIGINT        NOT NULL CONSTRAINT review_product_id_positive CHECK (product_id > 0),
    product_name VARCHAR(100)  NOT NULL,
    rating       INTEGER       NOT NULL CONSTRAINT review_rating_range CHECK (rating BETWEEN 1 AND 5),
    comment      VARCHAR(2000),
    status       VARCHAR(10)   NOT NULL DEFAULT 'pending'
                 CONSTRAINT review_status_known CHECK (status IN ('pending', 'approved', 'flagged')),
    review_date  TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at   TIMESTAMPTZ   NOT NULL DEFAULT now(),
    version      BIGINT        NOT NULL DEFAULT 0
);

CREATE UNIQUE INDEX review_one_per_customer_and_product ON review (lower(username), product_id);
CREATE INDEX review_by_product ON review (product_id, id);
CREATE INDEX review_by_author ON review (lower(username), id);
