package org.ecommerce.api.customers;

/** Validation messages of customer requests, worded for the person reading the error. */
public final class Messages {

    public static final String REQUIRED = "is required and must not be blank";
    public static final String NOT_BLANK = "must not be blank";
    public static final String NOT_BLANK_REGEX = "(?s).*\\S.*";
    public static final String USERNAME = "must be 3 to 50 letters, digits or underscores";
    public static final String AGE = "must be a whole number from 1 to 120";
    public static final String ROLE = "must be customer or emp";
    public static final String MAX_10 = "must be at most 10 characters";
    public static final String MAX_20 = "must be at most 20 characters";
    public static final String MAX_100 = "must be at most 100 characters";
    public static final String MAX_200 = "must be at most 200 characters";

    private Messages() {}
}
