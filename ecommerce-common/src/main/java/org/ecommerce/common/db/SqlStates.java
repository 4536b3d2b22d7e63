package org.ecommerce.common.db;

import java.sql.SQLException;

/** Recognises PostgreSQL errors by SQLSTATE through whatever the persistence layer wrapped them in. */
public final class SqlStates {

    /** {@code unique_violation}. */
    public static final String UNIQUE_VIOLATION = "23505";
    /** {@code check_violation}. */
    public static final String CHECK_VIOLATION = "23514";
    /** {@code lock_not_available}, raised when {@code lock_timeout} runs out. */
    public static final String LOCK_NOT_AVAILABLE = "55P03";

    private SqlStates() {
    }

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

    public static boolean isUniqueViolation(Throwable e) {
        return is(e, UNIQUE_VIOLATION);
    }

    public static boolean isLockTimeout(Throwable e) {
        return is(e, LOCK_NOT_AVAILABLE);
    }

    /** The constraint a unique or check violation names, or {@code ""}, for telling duplicates apart. */
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
