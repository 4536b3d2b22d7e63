package org.ecommerce.common.db;

import java.sql.SQLException;

/** Recognises PostgreSQL errors by SQLSTATE through whatever the persistence layer wrapped them in. */
public final class SqlStates {

    /** {@code unique_violation}. */
    public static final String UNIQUE_VIOLATION = "23505";
    /** {@code check_violation}. */
    public static final String CHECK_VIOLATION = "23514";
    /** {@code numeric_value_out_of_range}: a balance or stock count that would not fit its column. */
    public static final String NUMERIC_VALUE_OUT_OF_RANGE = "22003";
    /** {@code lock_not_available}, raised when {@code lock_timeout} runs out. */
    public static final String LOCK_NOT_AVAILABLE = "55P03";

    private SqlStates() {}

    /**
     * Whether a PostgreSQL error with the given SQLSTATE is somewhere in the cause chain, including chained
     * {@code SQLException}s.
     *
     * @param e        the exception as the persistence layer threw it
     * @param sqlState the five-character SQLSTATE, for example {@link #UNIQUE_VIOLATION}
     * @return whether any cause carries that state
     */
    public static boolean is(Throwable e, String sqlState) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (sqlState.equals(s.getSQLState())) {
                        return true;
                    }
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /**
     * Whether the error is a unique constraint violation, for example a duplicate username.
     *
     * @param e the exception as the persistence layer threw it
     * @return whether a cause carries {@link #UNIQUE_VIOLATION}
     */
    public static boolean isUniqueViolation(Throwable e) {
        return is(e, UNIQUE_VIOLATION);
    }

    /**
     * Whether the error is a lock wait that ran out of {@code lock_timeout}.
     *
     * @param e the exception as the persistence layer threw it
     * @return whether a cause carries {@link #LOCK_NOT_AVAILABLE}
     */
    public static boolean isLockTimeout(Throwable e) {
        return is(e, LOCK_NOT_AVAILABLE);
    }

    /**
     * The constraint a unique or check violation names, for telling duplicates apart.
     *
     * @param e the exception as the persistence layer threw it
     * @return the constraint's name from the first PostgreSQL error in the cause chain, or {@code ""} when there is
     *         none
     */
    public static String constraintName(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.postgresql.util.PSQLException pg && pg.getServerErrorMessage() != null) {
                String name = pg.getServerErrorMessage().getConstraint();
                return name == null ? "" : name;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return "";
    }
}
