package org.mastervoice.functions.graphql;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.DataFetcherExceptionHandlerResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.mastervoice.common.ConflictException;
import org.mastervoice.common.DomainException;
import org.mastervoice.common.ForbiddenException;
import org.mastervoice.common.NotFoundException;
import org.mastervoice.common.UnauthenticatedException;
import org.mastervoice.common.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns failures into GraphQL errors with {@code extensions.code} and {@code extensions.field}. A domain
 * rule's field is made relative to the arguments ("number" inside {@code input} becomes "input.number");
 * anything unexpected is INTERNAL with a reference to the log, never a stack trace.
 */
final class ErrorCodes implements DataFetcherExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorCodes.class);

    @Override
    public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(DataFetcherExceptionHandlerParameters params) {
        Throwable e = params.getException();
        Map<String, Object> extensions = new LinkedHashMap<>();
        String message;
        if (e instanceof DomainException d) {
            message = d.getMessage();
            extensions.put("code", code(d));
            if (d.field() != null) {
                boolean inInput = params.getDataFetchingEnvironment().getArguments().containsKey("input")
                        && !params.getDataFetchingEnvironment().getArguments().containsKey(d.field().split("\\.")[0]);
                extensions.put("field", inInput ? "input." + d.field() : d.field());
            }
            if (d instanceof UnauthenticatedException u) {
                u.retryAfter().ifPresent(r -> extensions.put("retryAfterSeconds", Math.max(1, r.toSeconds())));
            }
        } else {
            String reference = UUID.randomUUID().toString();
            LOG.error("GraphQL field {} failed (reference {})", params.getPath(), reference, e);
            message = "internal error (reference " + reference + ")";
            extensions.put("code", "INTERNAL");
        }
        GraphQLError error = GraphqlErrorBuilder.newError(params.getDataFetchingEnvironment())
                .message(message).extensions(extensions).build();
        return CompletableFuture.completedFuture(DataFetcherExceptionHandlerResult.newResult(error).build());
    }

    static String code(DomainException d) {
        return switch (d) {
            case ValidationException v -> "VALIDATION";
            case NotFoundException n -> "NOT_FOUND";
            case ConflictException c -> "CONFLICT";
            case ForbiddenException f -> "FORBIDDEN";
            case UnauthenticatedException u -> "UNAUTHENTICATED";
        };
    }

    /** Errors graphql-java raises itself (syntax, unknown field, depth or complexity limit) get a code too. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> withCodes(Map<String, Object> response) {
        if (!(response.get("errors") instanceof List<?> list)) {
            return response;
        }
        List<Map<String, Object>> errors = new ArrayList<>();
        for (Object o : list) {
            Map<String, Object> error = new LinkedHashMap<>((Map<String, Object>) o);
            Map<String, Object> ext = new LinkedHashMap<>();
            if (error.get("extensions") instanceof Map<?, ?> existing) {
                ext.putAll((Map<String, Object>) existing);
            }
            if (!ext.containsKey("code")) {
                Object classification = ext.get("classification");
                ext.put("code", "DataFetchingException".equals(classification) ? "INTERNAL" : "VALIDATION");
            }
            error.put("extensions", ext);
            errors.add(error);
        }
        Map<String, Object> copy = new LinkedHashMap<>(response);
        copy.put("errors", errors);
        return copy;
    }
}
