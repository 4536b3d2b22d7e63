package org.ecommerce.common.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ecommerce.api.Answers;
import org.ecommerce.api.Service;
import org.ecommerce.api.customers.AuthApi;
import org.ecommerce.api.customers.CustomersApi;
import org.ecommerce.api.customers.WalletApi;
import org.ecommerce.api.inventory.GoodsApi;
import org.ecommerce.api.inventory.StockApi;
import org.ecommerce.api.reviews.ReviewsApi;
import org.ecommerce.api.sales.CatalogueApi;
import org.ecommerce.api.sales.PurchasesApi;
import org.ecommerce.common.json.JsonNames;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.yaml.snakeyaml.Yaml;

/**
 * Holds the hand-written OpenAPI document, docs/openapi.yaml, against the ecommerce-api
 * interfaces the services implement: every operation of one is an operation of the other, with the same path,
 * method, operationId (the Java method's name), parameters, success status and body members. The validating proxy
 * of the system tests checks the other half, that the running services answer as the document says.
 */
class OpenApiDocumentTest {

    private static final List<Class<?>> INTERFACES = List.of(
            CustomersApi.class,
            WalletApi.class,
            AuthApi.class,
            GoodsApi.class,
            StockApi.class,
            CatalogueApi.class,
            PurchasesApi.class,
            ReviewsApi.class);
    private static final List<Class<? extends Annotation>> METHODS =
            List.of(GET.class, POST.class, PUT.class, PATCH.class, DELETE.class);

    private static final java.nio.file.Path DOCUMENT =
            java.nio.file.Path.of(System.getProperty("ecommerce.root", ".."), "docs", "openapi.yaml");

    private static Map<String, Object> document;

    @BeforeAll
    static void readDocument() throws IOException {
        try (InputStream in = Files.newInputStream(DOCUMENT)) {
            document = new Yaml().load(in);
        }
    }

    @Test
    void everyOperationOfTheDocumentIsAMethodOfTheApi() {
        Set<String> documented = new TreeSet<>();
        paths().forEach((path, item) -> map(item).keySet().stream()
                .filter(key -> !key.equals("parameters"))
                .forEach(method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path)));
        Set<String> implemented = operations()
                .map(operation -> operation.method() + " " + operation.path())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(implemented, documented);
    }

    @Test
    void operationIdsAreUnique() {
        List<String> ids =
                operations().map(operation -> operation.java().getName()).toList();
        assertEquals(ids.size(), new HashSet<>(ids).size(), ids::toString);
    }

    @TestFactory
    Stream<DynamicTest> eachMethodIsDocumentedAsItIsDeclared() {
        return operations()
                .map(operation -> DynamicTest.dynamicTest(operation.toString(), () -> {
                    try {
                        check(operation);
                    } catch (AssertionError e) {
                        throw new AssertionError(operation + ": " + e.getMessage(), e);
                    }
                }));
    }

    private static void check(Operation operation) {
        Map<String, Object> documented =
                map(map(paths().get(operation.path())).get(operation.method().toLowerCase()));
        assertNotNull(documented, "not in the document");
        Method method = operation.java();
        assertEquals(method.getName(), documented.get("operationId"), "operationId");

        List<Map<String, Object>> parameters = new ArrayList<>();
        list(map(paths().get(operation.path())).get("parameters")).forEach(p -> parameters.add(resolve(map(p))));
        list(documented.get("parameters")).forEach(p -> parameters.add(resolve(map(p))));
        for (String in : List.of("path", "query", "header")) {
            Set<String> declared = Arrays.stream(method.getParameters())
                    .map(parameter -> name(parameter, in))
                    .filter(name -> name != null)
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> described = parameters.stream()
                    .filter(parameter -> in.equals(parameter.get("in")))
                    .map(parameter -> ((String) parameter.get("name")).toLowerCase(Locale.ROOT))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(declared, described, in + " parameters");
        }

        Class<?> body = Arrays.stream(method.getParameters())
                .filter(parameter -> Arrays.stream(parameter.getAnnotations())
                        .noneMatch(a -> a instanceof PathParam || a instanceof QueryParam || a instanceof HeaderParam))
                .map(Parameter::getType)
                .findFirst()
                .orElse(null);
        Object requestBody = documented.get("requestBody");
        if (body == null) {
            assertEquals(null, requestBody, "a request body the method does not take");
        } else {
            assertNotNull(requestBody, "no request body");
            assertEquals(members(body), properties(json(resolve(map(requestBody)))), "request members");
        }

        Map<String, Object> responses = map(documented.get("responses"));
        // The refusals every such operation can give, whatever its rules.
        boolean queried = Arrays.stream(method.getParameters()).anyMatch(p -> p.isAnnotationPresent(QueryParam.class));
        if (body != null || queried) {
            assertTrue(responses.containsKey("400"), "400 for invalid input");
        }
        if (body != null) {
            assertTrue(responses.containsKey("415"), "415 for a body that is not JSON");
        }
        if (!List.of().equals(documented.get("security"))) {
            assertTrue(responses.containsKey("401"), "401 for a missing token");
        }
        Set<String> success = responses.keySet().stream()
                .map(String::valueOf)
                .filter(status -> status.startsWith("2"))
                .collect(Collectors.toSet());
        Answers answers = method.getAnnotation(Answers.class);
        if (method.getReturnType() == Response.class) {
            assertNotNull(answers, "a method that returns a Response says what it @Answers");
        }
        int status = answers != null ? answers.status() : method.getReturnType() == void.class ? 204 : 200;
        assertEquals(Set.of(String.valueOf(status)), success, "success status");

        Map<String, Object> answer = resolve(map(responses.get(String.valueOf(status))));
        Class<?> type = answers != null ? answers.type() : method.getReturnType();
        if (type == void.class) {
            assertEquals(null, answer.get("content"), "a body where there is none");
            return;
        }
        Map<String, Object> schema = json(answer);
        if (answers != null && answers.list()) {
            assertEquals("array", schema.get("type"), "a list");
            schema = resolve(map(schema.get("items")));
        }
        assertEquals(members(type), properties(schema), "answer members");
    }

    /** A parameter's name where it is of the given kind, lower-cased as header names compare; null otherwise. */
    private static String name(Parameter parameter, String in) {
        return switch (in) {
            case "path" ->
                parameter.isAnnotationPresent(PathParam.class)
                        ? parameter.getAnnotation(PathParam.class).value()
                        : null;
            case "query" ->
                parameter.isAnnotationPresent(QueryParam.class)
                        ? parameter.getAnnotation(QueryParam.class).value()
                        : null;
            default ->
                parameter.isAnnotationPresent(HeaderParam.class)
                        ? parameter.getAnnotation(HeaderParam.class).value().toLowerCase(Locale.ROOT)
                        : null;
        };
    }

    private static Set<String> members(Class<?> record) {
        assertTrue(record.isRecord(), record + " is a record");
        return Arrays.stream(record.getRecordComponents())
                .map(RecordComponent::getName)
                .map(JsonNames::snakeCase)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> properties(Map<String, Object> schema) {
        Map<String, Object> resolved = resolve(schema);
        Set<String> names = new TreeSet<>(map(resolved.get("properties")).keySet());
        for (Object part : list(resolved.get("allOf"))) {
            names.addAll(properties(map(part)));
        }
        return names;
    }

    private static Map<String, Object> json(Map<String, Object> bodyOrResponse) {
        Map<String, Object> media = map(map(bodyOrResponse.get("content")).get("application/json"));
        assertNotNull(media, "no application/json content");
        return resolve(map(media.get("schema")));
    }

    /** Follows a local {@code $ref}, such as {@code #/components/schemas/Good}, to what it names. */
    private static Map<String, Object> resolve(Map<String, Object> node) {
        Object ref = node.get("$ref");
        if (ref == null) {
            return node;
        }
        Object target = document;
        for (String step : ((String) ref).substring(2).split("/")) {
            target = map(target).get(step.replace("~1", "/").replace("~0", "~"));
        }
        assertNotNull(target, ref + " names nothing");
        return resolve(map(target));
    }

    private static Map<String, Object> paths() {
        return map(document.get("paths"));
    }

    private static Stream<Operation> operations() {
        return INTERFACES.stream()
                .flatMap(api -> Arrays.stream(api.getMethods())
                        .filter(method -> METHODS.stream().anyMatch(method::isAnnotationPresent))
                        .map(method -> new Operation(api, method)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        return node == null ? Map.of() : (Map<String, Object>) node;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object node) {
        return node == null ? List.of() : (List<Object>) node;
    }

    /** One method of an interface, as the HTTP operation it declares. */
    private record Operation(Class<?> api, Method java) {

        String method() {
            return METHODS.stream()
                    .filter(java::isAnnotationPresent)
                    .findFirst()
                    .orElseThrow()
                    .getSimpleName();
        }

        String path() {
            Service service = Service.valueOf(api.getPackageName()
                    .substring(api.getPackageName().lastIndexOf('.') + 1)
                    .toUpperCase(Locale.ROOT));
            String full = service.root() + "/" + api.getAnnotation(Path.class).value();
            if (java.isAnnotationPresent(Path.class)) {
                full += "/" + java.getAnnotation(Path.class).value();
            }
            return full.replaceAll("/+", "/").replaceAll("(.)/$", "$1");
        }

        @Override
        public String toString() {
            return api.getSimpleName() + "." + java.getName() + " (" + method() + " " + path() + ")";
        }
    }
}
