package org.mastervoice.functions.graphql;

import graphql.ExecutionInput;
import graphql.GraphQL;
import java.util.List;
import java.util.Map;

/** Executes one GraphQL request for a caller; the same class serves POST /graphql locally and the API Lambda. */
public final class GraphQlFunction {

    private final GraphQL graphQl;

    public GraphQlFunction(GraphQL graphQl) {
        this.graphQl = graphQl;
    }

    public Map<String, Object> apply(GraphQlRequest request, Caller caller) {
        if (request == null || request.query() == null || request.query().isBlank()) {
            return error("the request has no query", "query");
        }
        Map<String, Object> response = graphQl.execute(ExecutionInput.newExecutionInput()
                        .query(request.query())
                        .operationName(request.operationName())
                        .variables(request.variables())
                        .graphQLContext(Map.of(Caller.class, caller))
                        .build())
                .toSpecification();
        return ErrorCodes.withCodes(response);
    }

    static Map<String, Object> error(String message, String field) {
        return Map.of("errors", List.of(Map.of("message", message, "extensions", Map.of("code", "VALIDATION", "field", field))));
    }
}
