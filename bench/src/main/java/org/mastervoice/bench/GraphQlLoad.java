package org.mastervoice.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load on a running platform's {@code /graphql}: signs in as the demo admin, then {@code clients} concurrent
 * clients send {@code extensions(first: 20)} for {@code seconds}; prints throughput and latency percentiles.
 * Also measures the functions process's start-up to its first 200 by starting the jar again on a spare port.
 * Usage: GraphQlLoad <data-dir> <http-port> <dynamodb-port> <functions-jar> [clients] [seconds]
 */
public final class GraphQlLoad {

    private static final String QUERY = "{\"query\":\"{ extensions(first: 20) { edges { node { number callerIdName } } } }\"}";

    private GraphQlLoad() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        int httpPort = Integer.parseInt(args[1]);
        int dynamoPort = Integer.parseInt(args[2]);
        Path jar = Path.of(args[3]);
        int clients = args.length > 4 ? Integer.parseInt(args[4]) : 8;
        int seconds = args.length > 5 ? Integer.parseInt(args[5]) : 20;
        // HTTP/1.1 like wrk and curl, so the figures compare with other tools
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
        String base = "http://127.0.0.1:" + httpPort;

        String creds = Files.readString(dataDir.resolve("demo-credentials.json"));
        String login = field(creds, "admin", "login");
        String password = field(creds, "admin", "password");
        String session = post(http, base, null, "{\"query\":\"mutation { login(login: \\\"" + login + "\\\", password: \\\"" + password
                + "\\\") { accessToken } }\"}");
        String token = session.replaceAll(".*\"accessToken\":\"([^\"]+)\".*", "$1");

        for (int i = 0; i < 200; i++) { // warm-up
            post(http, base, token, QUERY);
        }
        List<long[]> perClient = new ArrayList<>();
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<long[]>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                futures.add(pool.submit(() -> {
                    long[] samples = new long[1 << 20];
                    int n = 0;
                    while (System.nanoTime() < end && n < samples.length) {
                        long t0 = System.nanoTime();
                        String body = post(http, base, token, QUERY);
                        samples[n++] = System.nanoTime() - t0;
                        if (body.contains("\"errors\"")) {
                            errors.incrementAndGet();
                        }
                    }
                    return Arrays.copyOf(samples, n);
                }));
            }
            for (var f : futures) {
                perClient.add(f.get());
            }
        }
        long[] all = perClient.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        System.out.printf(Locale.ROOT, "graphql extensions(first:20), %d clients, %d s: %d requests, %.0f req/s, p50 %.2f ms, p99 %.2f ms, max %.2f ms, errors %d%n",
                clients, seconds, all.length, all.length / (double) seconds, ms(all, 0.50), ms(all, 0.99), all[all.length - 1] / 1e6, errors.get());

        System.out.println("functions start-up to first 200 (java -jar, 3 runs): " + startUps(jar, dynamoPort, dataDir, 3));
    }

    private static List<String> startUps(Path jar, int dynamoPort, Path dataDir, int runs) throws Exception {
        List<String> times = new ArrayList<>();
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < runs; i++) {
            int port = 18990 + i;
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-XX:+UseSerialGC", "-jar", jar.toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
            pb.environment().put("MASTERVOICE_HTTP_PORT", String.valueOf(port));
            pb.environment().put("MASTERVOICE_DYNAMODB_ENDPOINT", "http://127.0.0.1:" + dynamoPort);
            pb.environment().put("MASTERVOICE_SQS_ENDPOINT", "http://127.0.0.1:1");
            pb.environment().put("MASTERVOICE_JWT_KEY_FILE", dataDir.resolve("jwt.key").toString());
            long t0 = System.nanoTime();
            Process p = pb.start();
            try {
                while (true) {
                    try {
                        if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
                                HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                            break;
                        }
                    } catch (IOException notYet) {
                        Thread.sleep(20);
                    }
                }
                times.add(String.format(Locale.ROOT, "%.2f s", (System.nanoTime() - t0) / 1e9));
            } finally {
                p.destroy();
                p.waitFor();
            }
        }
        return times;
    }

    private static double ms(long[] sorted, double q) {
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))] / 1e6;
    }

    private static String post(HttpClient http, String base, String token, String body) throws IOException, InterruptedException {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + "/graphql")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            r.header("Authorization", "Bearer " + token);
        }
        return http.send(r.build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** A string field of a nested object in the credentials JSON (no JSON library on this path). */
    private static String field(String json, String object, String name) {
        int at = json.indexOf("\"" + object + "\"");
        return json.substring(at).replaceFirst("(?s).*?\"" + name + "\"\\s*:\\s*\"([^\"]*)\".*", "$1");
    }
}
