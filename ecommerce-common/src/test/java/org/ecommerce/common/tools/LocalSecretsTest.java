package org.ecommerce.common.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.ecommerce.common.identity.ServiceCredentials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalSecretsTest {

    @TempDir
    Path temp;

    @Test
    void theFolderAndTheSecretFilesAreTheOwnersOnly() throws Exception {
        Path folder = temp.resolve("local/secrets");
        LocalSecrets.ensure(folder);

        assertEquals("rwx------", permissions(folder));
        assertEquals("rw-------", permissions(folder.resolve(LocalSecrets.PRIVATE_KEY)));
        assertEquals("rw-------", permissions(folder.resolve(LocalSecrets.SERVICE_SECRET)));
        assertTrue(Files.isReadable(folder.resolve(LocalSecrets.PUBLIC_KEY)));
    }

    @Test
    void aFolderLeftOpenByAnOlderVersionIsNarrowedAndItsSecretsKept() throws Exception {
        Path folder = temp.resolve("secrets");
        Files.createDirectories(folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        LocalSecrets.ensure(folder);
        String secret = Files.readString(folder.resolve(LocalSecrets.SERVICE_SECRET));

        LocalSecrets.ensure(folder);

        assertEquals("rwx------", permissions(folder));
        assertEquals(secret, Files.readString(folder.resolve(LocalSecrets.SERVICE_SECRET)));
    }

    @Test
    void theGeneratedServiceSecretIsLongEnoughForTheServices() throws Exception {
        LocalSecrets.ensure(temp);
        String secret = Files.readString(temp.resolve(LocalSecrets.SERVICE_SECRET));
        assertTrue(secret.getBytes(StandardCharsets.UTF_8).length >= ServiceCredentials.MIN_SECRET_BYTES);
        assertEquals(secret, ServiceCredentials.requireStrong(secret));
    }

    private static String permissions(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
