package org.mastervoice.local;

import java.net.URI;
import org.elasticmq.NodeAddress;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;

/**
 * ElasticMQ, the SQS API, embedded in the launcher's JVM. Queues live in memory: they are re-created at
 * each start, and messages still queued when the platform stops are lost (nothing queues across a stop yet).
 */
public final class LocalSqs implements AutoCloseable {

    private final SQSRestServer server;
    private final URI endpoint;

    private LocalSqs(SQSRestServer server, URI endpoint) {
        this.server = server;
        this.endpoint = endpoint;
    }

    public static LocalSqs start(String bindHost, String reachableHost, int port) {
        SQSRestServer server = SQSRestServerBuilder
                .withInterface(bindHost)
                .withPort(port)
                .withServerAddress(new NodeAddress("http", reachableHost, port, ""))
                .withAWSRegion("eu-south-1")
                .start();
        server.waitUntilStarted();
        return new LocalSqs(server, URI.create("http://" + reachableHost + ":" + port));
    }

    public URI endpoint() {
        return endpoint;
    }

    @Override
    public void close() {
        server.stopAndWait();
    }
}
