package org.ecommerce.common.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The stored form of a request's canonical text, compared to tell a repeat from another request. */
public final class Fingerprint {

    private Fingerprint() {}

    /**
     * SHA-256 of the text, as 64 hex digits.
     *
     * @param canonicalRequest the request's canonical text, hashed as UTF-8
     * @return 64 lower-case hex digits
     */
    public static String of(String canonicalRequest) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(canonicalRequest.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
