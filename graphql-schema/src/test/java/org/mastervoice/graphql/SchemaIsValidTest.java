package org.mastervoice.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SchemaIsValidTest {

    @Test
    void schemaParsesAndDeclaresTheQueryRoot() throws Exception {
        try (var in = getClass().getResourceAsStream("/graphql/schema.graphqls")) {
            assertThat(in).as("schema on the classpath").isNotNull();
            TypeDefinitionRegistry registry = new SchemaParser().parse(new InputStreamReader(in, StandardCharsets.UTF_8));
            assertThat(registry.getType("Query")).isPresent();
            assertThat(registry.getType("PlatformInfo")).isPresent();
        }
    }
}
