package org.mastervoice.functions.graphql;

import graphql.GraphQL;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.AsyncSerialExecutionStrategy;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.mastervoice.auth.Principal;

/**
 * Binds the contract in graphql-schema ({@code /graphql/schema.graphqls}) to resolvers, with the abuse
 * limits: depth {@value #MAX_DEPTH} and complexity {@value #MAX_COMPLEXITY}.
 */
public final class ApiSchema {

    static final String SCHEMA_RESOURCE = "/graphql/schema.graphqls";
    static final int MAX_DEPTH = 12;
    static final int MAX_COMPLEXITY = 500;

    private ApiSchema() {
    }

    public static GraphQL build(PlatformInfo platform, ControlPlane controlPlane) {
        RuntimeWiring.Builder wiring = RuntimeWiring.newRuntimeWiring()
                .type("Query", q -> q.dataFetcher("platform", env -> platform));
        new AuthResolvers(controlPlane).register(wiring);
        new TenantResolvers(controlPlane).register(wiring);
        new DirectoryResolvers(controlPlane).register(wiring);
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(sdl()), wiring.build());
        ErrorCodes errors = new ErrorCodes();
        return GraphQL.newGraphQL(schema)
                .queryExecutionStrategy(new AsyncExecutionStrategy(errors))
                .mutationExecutionStrategy(new AsyncSerialExecutionStrategy(errors))
                .instrumentation(new ChainedInstrumentation(List.of(
                        new MaxQueryDepthInstrumentation(MAX_DEPTH), new MaxQueryComplexityInstrumentation(MAX_COMPLEXITY))))
                .build();
    }

    /** The verified caller of this request; throws UNAUTHENTICATED without a valid token. */
    static Principal principal(DataFetchingEnvironment env) {
        Caller caller = env.getGraphQlContext().get(Caller.class);
        return caller.principal();
    }

    /** A fetcher that needs a signed-in caller. */
    interface Authenticated<T> {
        T fetch(Principal principal, DataFetchingEnvironment env);
    }

    static <T> DataFetcher<T> authenticated(Authenticated<T> body) {
        return env -> body.fetch(principal(env), env);
    }

    private static String sdl() {
        try (InputStream in = ApiSchema.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SCHEMA_RESOURCE + " is missing: the graphql-schema module must be on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
