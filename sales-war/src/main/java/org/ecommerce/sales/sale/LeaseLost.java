package org.ecommerce.sales.sale;

/**
 * Another driver changed the sale since this one last committed it: its lease ran out and recovery claimed the
 * sale (a claim raises the version). This driver stops. Nothing it did is lost: each of its calls was recorded as
 * attempted before it was sent and carries its idempotency key, so the new driver's re-send learns its outcome.
 */
public class LeaseLost extends RuntimeException {

    private static final long serialVersionUID = 1L;

    LeaseLost(long saleId) {
        super("Sale " + saleId + " was taken over by another driver");
    }
}
