package org.ecommerce.common.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ecommerce.api.problem.FieldError;
import org.ecommerce.common.problem.Refusal;
import org.junit.jupiter.api.Test;

class StrictJsonReaderTest {

    record Sample(String fullName, Integer age, Long big, BigDecimal amount, Boolean flag) {}

    @Test
    void bindsSnakeCaseMembersToComponents() throws IOException {
        Sample sample = read(
                "{\"full_name\": \"Ann\", \"age\": 30, \"big\": 9000000000, \"amount\": 10.50, " + "\"flag\": true}");
        assertEquals(new Sample("Ann", 30, 9_000_000_000L, new BigDecimal("10.50"), true), sample);
    }

    @Test
    void absentMembersAreNull() throws IOException {
        assertEquals(new Sample(null, null, null, null, null), read("{}"));
    }

    @Test
    void aStringIsNotAnInteger() {
        assertEquals(List.of(new FieldError("age", "must be an integer")), errors("{\"age\": \"25\"}"));
    }

    @Test
    void aFractionIsNotAnInteger() {
        assertEquals(List.of(new FieldError("age", "must be an integer")), errors("{\"age\": 25.5}"));
        assertEquals(List.of(new FieldError("age", "must be an integer")), errors("{\"age\": 25.0}"));
    }

    @Test
    void aStringWithTheNulCharacterIsRefused() {
        assertEquals(
                List.of(new FieldError("full_name", "must not contain the character U+0000")),
                errors("{\"full_name\": \"A\\u0000nn\"}"));
    }

    @Test
    void anIntegerOutOfRangeIsRefused() {
        assertEquals(List.of(new FieldError("age", "is out of range")), errors("{\"age\": 3000000000}"));
    }

    @Test
    void integersAreKeptAsIntegersNotWidened() throws IOException {
        Object age = read("{\"age\": 7}").age();
        assertEquals(Integer.class, age.getClass());
    }

    @Test
    void unknownMembersAndNullsAreRefusedTogether() {
        List<FieldError> errors = errors("{\"role\": \"emp\", \"full_name\": null, \"amount\": \"1\", \"flag\": 1}");
        assertEquals(
                List.of(
                        new FieldError("role", "is not a member of this request"),
                        new FieldError("full_name", "must not be null"),
                        new FieldError("amount", "must be a number"),
                        new FieldError("flag", "must be true or false")),
                errors);
    }

    @Test
    void bodiesThatAreNotAJsonObjectAreBadRequests() {
        for (String body : new String[] {"", "{", "[1]", "\"x\"", "{\"age\": }", "{} {}"}) {
            Refusal e = assertThrows(Refusal.class, () -> read(body), body);
            assertEquals(Refusal.Kind.INVALID, e.kind(), body);
            assertEquals(List.of(), e.errors(), body);
        }
    }

    @Test
    void aBodyNestedDeeperThanTheLimitIsRefusedWithoutRecursingThroughIt() {
        int levels = 1_000;
        String deep = "{\"a\":".repeat(levels) + "1" + "}".repeat(levels);
        Refusal e = assertThrows(Refusal.class, () -> read(deep));
        assertEquals(Refusal.Kind.INVALID, e.kind());
        assertEquals("The request body is nested more than 32 levels deep.", e.detail());

        String arrays = "{\"age\": " + "[".repeat(levels) + "]".repeat(levels) + "}";
        assertEquals(
                Refusal.Kind.INVALID,
                assertThrows(Refusal.class, () -> read(arrays)).kind());
    }

    @Test
    void nestingWithinTheLimitIsReadAndJudgedByMember() {
        String nested = "{\"age\": " + "[".repeat(StrictJsonReader.MAX_DEPTH - 1)
                + "]".repeat(StrictJsonReader.MAX_DEPTH - 1) + "}";
        assertEquals(List.of(new FieldError("age", "must be an integer")), errors(nested));
    }

    @Test
    void numbersTooLongOrTooLargeToReadAreRefused() {
        for (String number : new String[] {"1" + "0".repeat(1_200), "1e9999999999", "1e999999999", "1e-5000"}) {
            for (String member : new String[] {"amount", "age", "full_name"}) {
                Refusal e = assertThrows(Refusal.class, () -> read("{\"" + member + "\": " + number + "}"), number);
                assertEquals(Refusal.Kind.INVALID, e.kind(), number);
                assertEquals("The request body holds a number too long or too large to read.", e.detail());
            }
        }
    }

    @Test
    void aLongButReadableNumberIsJudgedByItsMember() throws IOException {
        assertEquals(new BigDecimal("1e500"), read("{\"amount\": 1e500}").amount());
        assertEquals(List.of(new FieldError("age", "is out of range")), errors("{\"age\": 1" + "0".repeat(98) + "}"));
    }

    private static Sample read(String json) throws IOException {
        return (Sample) new StrictJsonReader()
                .readFrom(
                        cast(),
                        Sample.class,
                        new java.lang.annotation.Annotation[0],
                        null,
                        null,
                        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Class<Record> cast() {
        return (Class) Sample.class;
    }

    private static List<FieldError> errors(String json) {
        Refusal e = assertThrows(Refusal.class, () -> read(json));
        assertEquals(Refusal.Kind.INVALID, e.kind());
        return e.errors();
    }
}
