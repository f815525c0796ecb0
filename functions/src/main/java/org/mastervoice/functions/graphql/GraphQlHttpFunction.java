package org.mastervoice.functions.graphql;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decodes a GraphQL-over-HTTP body (JSON text, as it arrives on the web and in an API Gateway event) and runs
 * it; a body that is not a GraphQL request gets a GraphQL error naming the problem instead of a server error.
 */
public final class GraphQlHttpFunction implements Function<String, Map<String, Object>> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final GraphQlFunction graphQl;

    public GraphQlHttpFunction(GraphQlFunction graphQl) {
        this.graphQl = graphQl;
    }

    @Override
    public Map<String, Object> apply(String body) {
        GraphQlRequest request;
        try {
            request = JSON.readValue(body == null ? "" : body, GraphQlRequest.class);
        } catch (JacksonException e) {
            return Map.of("errors", List.of(Map.of(
                    "message", "the request body is not a GraphQL request in JSON: " + e.getOriginalMessage(),
                    "extensions", Map.of("code", "VALIDATION", "field", "body"))));
        }
        return graphQl.apply(request);
    }
}
