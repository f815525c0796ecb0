package org.mastervoice.functions.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.mastervoice.auth.AccessTokens;
import org.mastervoice.auth.Principal;
import org.springframework.messaging.Message;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * GraphQL over HTTP: the body (JSON text, as it arrives on the web and in an API Gateway event) and the
 * Authorization header in, the GraphQL response out. A body that is too large or not a GraphQL request gets
 * a GraphQL error naming the problem instead of a server error.
 */
public final class GraphQlHttpFunction implements Function<Message<String>, Map<String, Object>> {

    /** Larger bodies are refused unread: no legitimate query of this API comes near it. */
    public static final int MAX_BODY_BYTES = 64 * 1024;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final GraphQlFunction graphQl;
    private final AccessTokens tokens;
    private final Predicate<Principal> live;

    public GraphQlHttpFunction(GraphQlFunction graphQl, AccessTokens tokens, Predicate<Principal> live) {
        this.graphQl = graphQl;
        this.tokens = tokens;
        this.live = live;
    }

    @Override
    public Map<String, Object> apply(Message<String> message) {
        String body = message.getPayload() == null ? "" : message.getPayload();
        if (body.getBytes(StandardCharsets.UTF_8).length > MAX_BODY_BYTES) {
            return GraphQlFunction.error("the request body exceeds " + MAX_BODY_BYTES / 1024 + " KiB", "body");
        }
        GraphQlRequest request;
        try {
            request = JSON.readValue(body, GraphQlRequest.class);
        } catch (JacksonException e) {
            return GraphQlFunction.error("the request body is not a GraphQL request in JSON: " + e.getOriginalMessage(), "body");
        }
        return graphQl.apply(request, new Caller(header(message, "authorization"), tokens, live));
    }

    private static String header(Message<?> message, String name) {
        for (Map.Entry<String, Object> h : message.getHeaders().entrySet()) {
            if (h.getKey().equalsIgnoreCase(name) && h.getValue() != null) {
                return h.getValue().toString();
            }
        }
        return null;
    }
}
