package org.mastervoice.functions.graphql;

import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Binds the contract in graphql-schema ({@code /graphql/schema.graphqls}) to resolvers. */
public final class ApiSchema {

    static final String SCHEMA_RESOURCE = "/graphql/schema.graphqls";

    private ApiSchema() {
    }

    public static GraphQL build(PlatformInfo platform) {
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .type("Query", q -> q.dataFetcher("platform", env -> platform))
                .build();
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(sdl()), wiring);
        return GraphQL.newGraphQL(schema).build();
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
