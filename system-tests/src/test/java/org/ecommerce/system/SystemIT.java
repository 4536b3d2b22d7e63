package org.ecommerce.system;

import org.ecommerce.common.testing.Accounts;
import org.ecommerce.common.testing.Api;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every system test starts from: a client of the running system (its calls pass the validating proxy), a
 * way to make accounts, and an employee's token.
 */
abstract class SystemIT {

    Api api;
    Accounts accounts;
    String emp;

    @BeforeEach
    void connect() {
        api = new Api(SystemUnderTest.get().server());
        accounts = new Accounts(api);
        emp = accounts.adminToken();
    }
}
