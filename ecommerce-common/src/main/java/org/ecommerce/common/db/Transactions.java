package org.ecommerce.common.db;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/**
 * Runs a piece of work in a transaction of its own, for a service method that must do slow work (a bcrypt hash,
 * a call to another service) before or after it and so cannot be {@code @Transactional} as a whole: the pooled
 * connection is held only while the work runs.
 */
@ApplicationScoped
public class Transactions {

    /**
     * Runs {@code work} in a new transaction, or in the caller's when there is one; a runtime exception rolls it
     * back and is rethrown.
     *
     * @param <T>  what the work answers
     * @param work the database work
     * @return what the work answered, after the commit
     */
    @Transactional
    public <T> T run(Supplier<T> work) {
        return work.get();
    }
}
