package org.ecommerce.common.tools;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * Creates the secrets of a developer machine or a test run in a folder, each only when missing: an RSA key pair
 * for signing tokens ({@code private.pem}, PKCS#8, and {@code public.pem}, X.509), the shared secret of the
 * service identity ({@code service-secret}) and the bearer token of {@code /metrics} ({@code operations-token}). Deployments bring their own; none is ever committed.
 *
 * <p>Usage: {@code java -cp ecommerce-common.jar org.ecommerce.common.tools.LocalSecrets <folder>}
 */
public final class LocalSecrets {

    /** The file of the token-signing private key, PKCS#8 PEM, readable by its owner only. */
    public static final String PRIVATE_KEY = "private.pem";
    /** The file of the matching public key, X.509 PEM, which every service verifies tokens with. */
    public static final String PUBLIC_KEY = "public.pem";
    /** The file of the service identity's shared secret: 32 random bytes, base64url, readable by its owner only. */
    public static final String SERVICE_SECRET = "service-secret";
    /** The file of the bearer token {@code /metrics} asks for: 32 random bytes, base64url, owner only. */
    public static final String OPERATIONS_TOKEN = "operations-token";

    private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

    private LocalSecrets() {}

    /**
     * Runs the tool; exits with 2 on wrong usage.
     *
     * @param args the folder, exactly one argument
     * @throws IOException              when the folder or a file cannot be written
     * @throws GeneralSecurityException when no RSA key pair generator is available
     */
    public static void main(String[] args) throws IOException, GeneralSecurityException {
        if (args.length != 1) {
            System.err.println("usage: LocalSecrets <folder>");
            System.exit(2);
        }
        ensure(Path.of(args[0]));
    }

    /**
     * Creates whatever of the secrets is missing in {@code folder}. Existing files are kept, except that a key pair
     * of which one half is missing is replaced as a whole.
     *
     * @param folder where the secrets live; created when missing
     * @throws IOException              when the folder or a file cannot be written
     * @throws GeneralSecurityException when no RSA key pair generator is available
     */
    public static void ensure(Path folder) throws IOException, GeneralSecurityException {
        createPrivateFolder(folder);
        Path privateKey = folder.resolve(PRIVATE_KEY);
        Path publicKey = folder.resolve(PUBLIC_KEY);
        if (!Files.exists(privateKey) || !Files.exists(publicKey)) {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            writePrivate(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            // Public by nature: left readable, for a container user that verifies tokens with it.
            Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
            System.out.println("Created a development key pair in " + folder.toAbsolutePath());
        }
        for (String name : new String[] {SERVICE_SECRET, OPERATIONS_TOKEN}) {
            Path secret = folder.resolve(name);
            if (!Files.exists(secret)) {
                byte[] random = new byte[32];
                new SecureRandom().nextBytes(random);
                writePrivate(secret, Base64.getUrlEncoder().withoutPadding().encodeToString(random));
            }
        }
    }

    // Owner only from the first instant: made 0700, not made under the umask and narrowed afterwards. An
    // existing folder is narrowed too, since it may come from an older version of this tool.
    private static void createPrivateFolder(Path folder) throws IOException {
        if (!posix(folder)) {
            Files.createDirectories(folder);
            return;
        }
        Path parent = folder.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try {
            Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FOLDER));
        } catch (FileAlreadyExistsException e) {
            // Kept, and narrowed below.
        }
        Files.setPosixFilePermissions(folder, OWNER_ONLY_FOLDER);
    }

    // Created 0600 in one step, so that no other user can open the file between its creation and a chmod. A file
    // left over from a crash of this tool is replaced.
    private static void writePrivate(Path file, String content) throws IOException {
        Files.deleteIfExists(file);
        byte[] bytes = content.getBytes(StandardCharsets.US_ASCII);
        if (!posix(file.toAbsolutePath().getParent())) {
            Files.write(file, bytes, StandardOpenOption.CREATE_NEW);
            return;
        }
        try (var channel = Files.newByteChannel(
                file,
                Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE))) {
            channel.write(ByteBuffer.wrap(bytes));
        }
    }

    private static boolean posix(Path path) throws IOException {
        Path existing = path.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing != null && Files.getFileStore(existing).supportsFileAttributeView(PosixFileAttributeView.class);
    }

    static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
