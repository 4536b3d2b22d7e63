package org.ecommerce.customers.wallet;

/** The kinds of wallet ledger rows. */
public enum TransactionKind {
    /** Money put in by the customer or an employee. */
    CHARGE,
    /** Money taken out, for a purchase or by an employee; the row's amount is negative. */
    DEDUCT,
    /** Money given back, typically when a sale is compensated. */
    REFUND;

    /**
     * The name used in the API and the database.
     *
     * @return {@code charge}, {@code deduct} or {@code refund}
     */
    public String value() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
