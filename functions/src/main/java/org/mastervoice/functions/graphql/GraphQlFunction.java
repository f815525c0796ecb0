package org.mastervoice.functions.graphql;

import graphql.ExecutionInput;
import graphql.GraphQL;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Executes one GraphQL request; the same class serves POST /graphql locally and the API Lambda in the cloud. */
public final class GraphQlFunction implements Function<GraphQlRequest, Map<String, Object>> {

    private final GraphQL graphQl;

    public GraphQlFunction(GraphQL graphQl) {
        this.graphQl = graphQl;
    }

    @Override
    public Map<String, Object> apply(GraphQlRequest request) {
        if (request == null || request.query() == null || request.query().isBlank()) {
            return Map.of("errors", List.of(Map.of("message", "the request has no query",
                    "extensions", Map.of("code", "VALIDATION", "field", "query"))));
        }
        return graphQl.execute(ExecutionInput.newExecutionInput()
                        .query(request.query())
                        .operationName(request.operationName())
                        .variables(request.variables())
                        .build())
                .toSpecification();
    }
}
