package org.ecommerce.common.db;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;

/**
 * One row inserted with a native statement, for rows whose generated id nobody reads (ledger rows): persisting an
 * entity with an identity column reads the id back, one more round trip per row.
 */
public final class Insert {

    private final String table;
    private final List<String> columns = new ArrayList<>();
    private final List<Object> values = new ArrayList<>();

    private Insert(String table) {
        this.table = table;
    }

    /**
     * @param table the table, in the entity manager's schema
     * @return an insert with no column yet
     */
    public static Insert into(String table) {
        return new Insert(table);
    }

    /**
     * @param column the column's name
     * @param value  its value, bound as a parameter
     * @return this insert
     */
    public Insert value(String column, Object value) {
        columns.add(column);
        values.add(value);
        return this;
    }

    /**
     * Runs the insert in the entity manager's transaction, at once, so that a constraint fails here and not at
     * commit.
     *
     * @param em the entity manager of the table's schema
     * @throws jakarta.persistence.PersistenceException when a constraint refuses the row
     */
    public void execute(EntityManager em) {
        Query insert = em.createNativeQuery("INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + "?, ".repeat(columns.size() - 1) + "?)");
        for (int i = 0; i < values.size(); i++) {
            insert.setParameter(i + 1, values.get(i));
        }
        insert.executeUpdate();
    }
}
