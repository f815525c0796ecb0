package org.mastervoice.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mastervoice.aws.AwsClients;
import org.mastervoice.aws.AwsSettings;
import org.mastervoice.aws.local.LocalAws;
import software.amazon.awssdk.services.sqs.model.Message;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two stock softphones (baresip) register to the demo tenant of a platform started with ./mastervoice up;
 * extension 100 calls 101, which answers; each sends its own tone and the test checks, on what each one
 * recorded, that the other's frequency arrived with real energy: audio both ways through the node. The
 * call's end then reaches the call-events queue.
 */
class SoftphoneCallIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path tmp;

    @Test
    void twoSoftphonesTalkThroughTheNodeWithAudioBothWays() throws Exception {
        List<Integer> ports = FreePorts.take(7);
        int httpPort = ports.get(0);
        int sipPort = ports.get(1);
        int mediaPort = ports.get(2);
        int sqsPort = ports.get(4);
        int rtp = FreePorts.evenRtpBase();
        List<String> settings = List.of("--data-dir", tmp.resolve("data").toString(), "--http-port", "" + httpPort,
                "--sip-port", "" + sipPort, "--media-http-port", "" + mediaPort, "--dynamodb-port", "" + ports.get(3),
                "--sqs-port", "" + sqsPort, "--rtp-ports", rtp + "-" + (rtp + 99));
        try (PlatformProcess platform = PlatformProcess.up(LocalAws.home(), settings).awaitReady()) {
            JsonNode creds = JSON.readTree(Files.readString(tmp.resolve("data/demo-credentials.json")));
            JsonNode ext100 = creds.get("extensions").get(0);
            JsonNode ext101 = creds.get("extensions").get(1);
            Path low = Tones.write(tmp.resolve("440.wav"), 440, 8000, 6);
            Path high = Tones.write(tmp.resolve("1000.wav"), 1000, 8000, 20);
            int callerRtp = 31000 + 40 * (int) (ProcessHandle.current().pid() % 50);

            try (Baresip callee = Baresip.start(tmp.resolve("ua101"), "sip:" + ext101.get("username").asString() + "@demo.localhost",
                    ext101.get("password").asString(), sipPort, ports.get(5), callerRtp + 20, high, null)) {
                await("101 registered").atMost(Duration.ofSeconds(20)).until(() -> registrations(mediaPort) >= 1);
                try (Baresip caller = Baresip.start(tmp.resolve("ua100"), "sip:" + ext100.get("username").asString() + "@demo.localhost",
                        ext100.get("password").asString(), sipPort, ports.get(6), callerRtp, low, "/dial 101")) {
                    // the caller hangs up when its 6 s tone ends
                    await("call ended").atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(250))
                            .until(() -> caller.log().contains("terminated") || caller.log().contains("Call with"));
                    await().atMost(Duration.ofSeconds(10)).until(() -> activeCalls(mediaPort) == 0);
                    caller.close();
                    callee.close();

                    Tones.Pcm atCaller = Tones.read(caller.received());
                    Tones.Pcm atCallee = Tones.read(callee.received());
                    assertThat(atCaller.rms()).as("caller heard something: " + caller.log()).isGreaterThan(1000);
                    assertThat(atCallee.rms()).as("callee heard something: " + callee.log()).isGreaterThan(1000);
                    assertThat(atCaller.power(1000)).as("the caller hears the callee's 1000 Hz").isGreaterThan(20 * atCaller.power(440));
                    assertThat(atCallee.power(440)).as("the callee hears the caller's 440 Hz").isGreaterThan(20 * atCallee.power(1000));
                }
            }

            AwsSettings aws = AwsSettings.local(URI.create("http://127.0.0.1:" + ports.get(3)), URI.create("http://127.0.0.1:" + sqsPort), "");
            try (AwsClients clients = new AwsClients(aws)) {
                String queue = clients.sqs().getQueueUrl(b -> b.queueName("call-events.fifo")).queueUrl();
                List<JsonNode> events = new ArrayList<>();
                await("CallEnded on the queue").atMost(Duration.ofSeconds(20)).until(() -> {
                    for (Message m : clients.sqs().receiveMessage(b -> b.queueUrl(queue).maxNumberOfMessages(10).waitTimeSeconds(1)).messages()) {
                        events.add(JSON.readTree(m.body()));
                        clients.sqs().deleteMessage(b -> b.queueUrl(queue).receiptHandle(m.receiptHandle()));
                    }
                    return events.stream().anyMatch(e -> e.get("type").asString().equals("CallEnded"));
                });
                assertThat(events).extracting(e -> e.get("type").asString()).containsSubsequence("CallStarted", "LegAnswered", "CallEnded");
                JsonNode ended = events.stream().filter(e -> e.get("type").asString().equals("CallEnded")).findFirst().orElseThrow();
                assertThat(ended.get("disposition").asString()).isEqualTo("answered");
                assertThat(ended.get("hangupSide").asString()).isEqualTo("caller");
                assertThat(ended.get("tenantId").asString()).isEqualTo("demo");
            }
        }
    }

    private static int registrations(int mediaPort) throws Exception {
        return healthField(mediaPort, "registrations");
    }

    private static int activeCalls(int mediaPort) throws Exception {
        return healthField(mediaPort, "calls");
    }

    private static int healthField(int mediaPort, String field) throws Exception {
        String body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + mediaPort + "/health")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return JSON.readTree(body).get(field).asInt();
    }
}
