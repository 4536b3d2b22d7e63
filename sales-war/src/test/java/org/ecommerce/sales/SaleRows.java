package org.ecommerce.sales;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.ecommerce.common.testing.ItSettings;

/** The sales of a good as the database holds them, read behind the API's back. */
final class SaleRows {

    private SaleRows() {}

    /** Each sale of the good, by id: {@code status|failure reason|stock step|money step}. */
    static List<String> of(long good) throws SQLException {
        try (Connection db = ItSettings.get().database();
                PreparedStatement query = db.prepareStatement("SELECT status, failure_reason, stock_step, money_step "
                        + "FROM sales.sale WHERE good_id = ? ORDER BY id")) {
            query.setLong(1, good);
            List<String> sales = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    sales.add(rows.getString(1) + "|" + rows.getString(2) + "|" + rows.getString(3) + "|"
                            + rows.getString(4));
                }
            }
            return sales;
        }
    }
}
