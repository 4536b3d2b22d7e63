package org.ecommerce.common.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpHeaders;

/**
 * A response as a test sees it.
 *
 * @param status  the status code
 * @param headers the headers
 * @param body    the body as text
 */
public record ApiResponse(int status, HttpHeaders headers, String body) {

    public JsonObject json() {
        try {
            return Json.createReader(new StringReader(body)).readObject();
        } catch (RuntimeException e) {
            throw new AssertionError("Not a JSON object (status " + status + "): " + body, e);
        }
    }

    public JsonArray jsonArray() {
        try {
            return Json.createReader(new StringReader(body)).readArray();
        } catch (RuntimeException e) {
            throw new AssertionError("Not a JSON array (status " + status + "): " + body, e);
        }
    }

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    public String contentType() {
        return header("Content-Type");
    }

    @Override
    public String toString() {
        return status + " " + body;
    }
}
