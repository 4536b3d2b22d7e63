package org.ecommerce.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;

/**
 * The system's HTTP API as the benchmark calls it: HTTP/1.1 over one keep-alive connection per thread and server,
 * written and read by hand. The load runs on the machine it measures, so the client must cost next to nothing:
 * the JDK's HttpClient took a noticeable share of two cores at a thousand requests a second. Each request goes
 * to the server of the service its path belongs to (one server, a load balancer, or four servers), found by
 * longest prefix as the web container does.
 */
final class Client {

    /** An answer: status and body. */
    record Answer(int status, String body) {
        JsonObject json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }
    }

    private final Map<String, URI> servers;
    private final ThreadLocal<Map<URI, Connection>> connections = ThreadLocal.withInitial(HashMap::new);

    /** @param servers the server of each context root ({@code /v1}, {@code /v1/inventory}, ...) */
    Client(Map<String, URI> servers) {
        this.servers = servers;
    }

    /** A request to the server of the path's service, with extra headers as name, value pairs. */
    Answer send(String method, String path, String token, String json, String... headers) {
        return sendTo(serverFor(path), method, path, token, json, headers);
    }

    /** A request to one given server, for what every server answers ({@code /metrics}). */
    Answer sendTo(URI server, String method, String path, String token, String json, String... headers) {
        StringBuilder head = new StringBuilder(256)
                .append(method)
                .append(' ')
                .append(path)
                .append(" HTTP/1.1\r\n")
                .append("Host: ")
                .append(server.getHost())
                .append(':')
                .append(server.getPort())
                .append("\r\n");
        if (token != null) {
            head.append("Authorization: Bearer ").append(token).append("\r\n");
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
        if (json != null) {
            head.append("Content-Type: application/json\r\n");
        }
        head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
        byte[] request = head.toString().getBytes(StandardCharsets.ISO_8859_1);
        Map<URI, Connection> mine = connections.get();
        for (int attempt = 0; ; attempt++) {
            Connection connection = mine.computeIfAbsent(server, Connection::open);
            try {
                Answer answer = connection.exchange(request, body);
                if (connection.socket.isClosed()) {
                    mine.remove(server);
                }
                return answer;
            } catch (IOException e) {
                mine.remove(server).close();
                // A kept-alive connection the server closed meanwhile fails before any answer: send again once.
                if (attempt > 0 || !(e instanceof StaleConnection)) {
                    throw new UncheckedIOException(method + " " + path + " failed", e);
                }
            }
        }
    }

    /** The body of a successful answer, or an exception naming what failed. */
    JsonObject expect(int status, String method, String path, String token, String json) {
        Answer answer = send(method, path, token, json);
        if (answer.status() != status) {
            throw new IllegalStateException(
                    method + " " + path + ": expected " + status + ", got " + answer.status() + " " + answer.body());
        }
        return answer.body().isEmpty() ? JsonObject.EMPTY_JSON_OBJECT : answer.json();
    }

    String login(String username, String password) {
        return expect(200, "POST", "/v1/auth/login", null, loginBody(username, password))
                .getString("access_token");
    }

    static String loginBody(String username, String password) {
        return Json.createObjectBuilder()
                .add("username", username)
                .add("password", password)
                .build()
                .toString();
    }

    URI serverFor(String path) {
        String best = "/v1";
        for (String root : servers.keySet()) {
            if ((path.equals(root) || path.startsWith(root + "/")) && root.length() > best.length()) {
                best = root;
            }
        }
        return servers.get(best);
    }

    /** Every distinct server, for reading each one's metrics. */
    Collection<URI> allServers() {
        return new LinkedHashSet<>(servers.values());
    }

    /** The connection ended before the answer began. */
    private static final class StaleConnection extends IOException {
        private static final long serialVersionUID = 1L;

        StaleConnection() {
            super("connection closed by the server");
        }
    }

    /** One keep-alive connection; used by one thread only. */
    private static final class Connection {

        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;

        private Connection(Socket socket) throws IOException {
            this.socket = socket;
            this.in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
            this.out = socket.getOutputStream();
        }

        static Connection open(URI server) {
            try {
                Socket socket = new Socket();
                socket.setTcpNoDelay(true);
                socket.connect(new InetSocketAddress(server.getHost(), server.getPort()), 5000);
                socket.setSoTimeout(60_000);
                return new Connection(socket);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot connect to " + server, e);
            }
        }

        Answer exchange(byte[] head, byte[] body) throws IOException {
            String statusLine;
            try {
                out.write(head);
                out.write(body);
                out.flush();
                statusLine = line();
            } catch (IOException e) {
                throw new StaleConnection();
            }
            if (statusLine == null) {
                throw new StaleConnection();
            }
            int status = Integer.parseInt(statusLine.substring(9, 12));
            int length = -1;
            boolean chunked = false;
            boolean close = false;
            for (String header = line(); header != null && !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = header.substring(colon + 1).trim();
                switch (name) {
                    case "content-length" -> length = Integer.parseInt(value);
                    case "transfer-encoding" ->
                        chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                    case "connection" -> close = value.equalsIgnoreCase("close");
                    default -> {}
                }
            }
            ByteArrayOutputStream content = new ByteArrayOutputStream(Math.max(length, 64));
            if (chunked) {
                for (int size = Integer.parseInt(line().split(";")[0].trim(), 16);
                        size > 0;
                        size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
                    content.write(in.readNBytes(size));
                    line();
                }
                line();
            } else if (length > 0) {
                content.write(in.readNBytes(length));
            }
            if (close) {
                socket.close();
            }
            return new Answer(status, content.toString(StandardCharsets.UTF_8));
        }

        /** A header line without its CRLF; {@code null} at the end of the stream. */
        private String line() throws IOException {
            StringBuilder line = new StringBuilder(64);
            int c;
            while ((c = in.read()) != -1) {
                if (c == '\n') {
                    int last = line.length() - 1;
                    return last >= 0 && line.charAt(last) == '\r' ? line.substring(0, last) : line.toString();
                }
                line.append((char) c);
            }
            return line.length() == 0 ? null : line.toString();
        }

        void close() {
            try {
                socket.close();
            } catch (IOException e) {
                // Closing a broken connection: nothing left to do.
            }
        }
    }
}
