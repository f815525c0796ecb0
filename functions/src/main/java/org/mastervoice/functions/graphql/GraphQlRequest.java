package org.mastervoice.functions.graphql;

import java.util.Map;

/** The standard GraphQL-over-HTTP request body. */
public record GraphQlRequest(String query, String operationName, Map<String, Object> variables) {

    public GraphQlRequest {
        variables = variables == null ? Map.of() : variables;
    }

    public static GraphQlRequest of(String query) {
        return new GraphQlRequest(query, null, Map.of());
    }
}
