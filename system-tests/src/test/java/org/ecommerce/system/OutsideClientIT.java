package org.ecommerce.system;

import static org.ecommerce.system.Amounts.assertAmount;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.client.ClientResponseFilter;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import org.ecommerce.api.Headers;
import org.ecommerce.api.Service;
import org.ecommerce.api.customers.AmountRequest;
import org.ecommerce.api.customers.AuthApi;
import org.ecommerce.api.customers.CustomerView;
import org.ecommerce.api.customers.CustomersApi;
import org.ecommerce.api.customers.LoginRequest;
import org.ecommerce.api.customers.RegisterCustomerRequest;
import org.ecommerce.api.customers.WalletApi;
import org.ecommerce.api.inventory.CreateGoodRequest;
import org.ecommerce.api.inventory.GoodView;
import org.ecommerce.api.inventory.GoodsApi;
import org.ecommerce.api.problem.NotFound;
import org.ecommerce.api.problem.ProblemException;
import org.ecommerce.api.problem.ProblemType;
import org.ecommerce.api.problem.Refused;
import org.ecommerce.api.sales.CatalogueApi;
import org.ecommerce.api.sales.CatalogueItem;
import org.ecommerce.api.sales.PurchaseRequest;
import org.ecommerce.api.sales.PurchasesApi;
import org.ecommerce.api.sales.SaleView;
import org.ecommerce.common.testing.Accounts;
import org.ecommerce.common.testing.Api;
import org.ecommerce.common.testing.DocumentViolations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The system as an application outside it calls it: nothing of the services but the ecommerce-api jar, a
 * MicroProfile Rest Client of its own, typed answers and typed refusals.
 */
class OutsideClientIT {

    URI server;
    String emp;

    @BeforeEach
    void connect() {
        URI any = SystemUnderTest.get().server();
        server = URI.create("http://127.0.0.1:" + any.getPort());
        emp = new Accounts(new Api(any)).adminToken();
    }

    @Test
    void aCustomerRegistersTopsUpAndBuys() {
        String username = Accounts.freshUsername();
        try (Response created = client(Service.CUSTOMERS, CustomersApi.class, null)
                .register(new RegisterCustomerRequest(
                        "Outside Client", username, "outside-passw0rd", 40, "1 Road", "f", "single", null))) {
            assertEquals(201, created.getStatus());
            assertEquals(username, created.readEntity(CustomerView.class).username());
        }
        String token = client(Service.CUSTOMERS, AuthApi.class, null)
                .login(new LoginRequest(username, "outside-passw0rd"))
                .accessToken();
        BigDecimal balance = client(Service.CUSTOMERS, WalletApi.class, token)
                .chargeWallet(username, "outside-" + username, new AmountRequest(new BigDecimal("10.00")))
                .walletBalance();
        assertAmount("10.00", balance);

        GoodView kettle = newGood(3);
        List<CatalogueItem> catalogue;
        try (Response page = client(Service.SALES, CatalogueApi.class, null).catalogue(200, 0)) {
            catalogue = page.readEntity(new GenericType<List<CatalogueItem>>() {});
            assertTrue(Long.parseLong(page.getHeaderString(Headers.TOTAL_COUNT)) >= catalogue.size());
        }
        assertTrue(catalogue.stream().anyMatch(item -> item.id() == kettle.id()), catalogue::toString);

        PurchasesApi purchases = client(Service.SALES, PurchasesApi.class, token);
        try (Response bought = purchases.purchase("buy-" + username, new PurchaseRequest(kettle.id(), 2, null))) {
            assertEquals(201, bought.getStatus());
            SaleView sale = bought.readEntity(SaleView.class);
            assertEquals("completed", sale.status());
            assertAmount("6.00", sale.remainingBalance());
            assertEquals(sale, withoutBalance(purchases.getPurchase(sale.id()), sale.remainingBalance()));
        }
    }

    @Test
    void refusalsArriveAsTypedExceptions() {
        String username = new Accounts(new Api(server)).newCustomer();
        String token = client(Service.CUSTOMERS, AuthApi.class, null)
                .login(new LoginRequest(username, Accounts.PASSWORD))
                .accessToken();
        PurchasesApi purchases = client(Service.SALES, PurchasesApi.class, token);
        GoodView good = newGood(1);

        Refused shortage =
                assertThrows(Refused.class, () -> purchases.purchase(null, new PurchaseRequest(good.id(), 2, null)));
        assertEquals(ProblemType.INSUFFICIENT_STOCK, shortage.type().orElseThrow());
        Refused funds =
                assertThrows(Refused.class, () -> purchases.purchase(null, new PurchaseRequest(good.id(), 1, null)));
        assertEquals(ProblemType.INSUFFICIENT_FUNDS, funds.type().orElseThrow());
        assertThrows(
                NotFound.class,
                () -> client(Service.INVENTORY, GoodsApi.class, null).getGood(999_999_999));

        ProblemException invalid = assertThrows(
                ProblemException.class, () -> purchases.purchase(null, new PurchaseRequest(good.id(), 0, null)));
        assertEquals(ProblemType.VALIDATION, invalid.type().orElseThrow());
        assertEquals("quantity", invalid.problem().errors().get(0).field());
        ProblemException denied = assertThrows(
                ProblemException.class,
                () -> client(Service.CUSTOMERS, CustomersApi.class, token).getCustomer("admin_of_someone_else"));
        assertEquals(403, denied.status());
    }

    private GoodView newGood(int count) {
        try (Response created = client(Service.INVENTORY, GoodsApi.class, emp)
                .createGood(new CreateGoodRequest("Kettle", "electronics", new BigDecimal("2.00"), null, count))) {
            assertEquals(201, created.getStatus());
            return created.readEntity(GoodView.class);
        }
    }

    private <T> T client(Service service, Class<T> api, String token) {
        // Its answers pass the validating proxy too.
        var builder = service.client(server).register((ClientResponseFilter)
                (request, response) -> DocumentViolations.check(
                        request.getMethod() + " " + request.getUri().getPath(),
                        response.getHeaderString(DocumentViolations.HEADER),
                        () -> String.valueOf(response.getStatus())));
        if (token != null) {
            builder.register((ClientRequestFilter)
                    request -> request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + token));
        }
        return builder.build(api);
    }

    private static SaleView withoutBalance(SaleView read, BigDecimal balance) {
        return new SaleView(
                read.id(),
                read.username(),
                read.goodId(),
                read.goodName(),
                read.quantity(),
                read.unitPrice(),
                read.totalPrice(),
                read.status(),
                read.saleDate(),
                balance);
    }
}
