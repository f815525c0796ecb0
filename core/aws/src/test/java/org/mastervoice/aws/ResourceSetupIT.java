package org.mastervoice.aws;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mastervoice.aws.local.LocalAws;

class ResourceSetupIT {

    @Test
    void createsEveryTableOnceAndIsIdempotent() {
        LocalAws.Tables tables = LocalAws.freshTables();
        try (AwsClients clients = tables.clients()) {
            ResourceSetup setup = new ResourceSetup(clients, tables.settings());
            assertThat(setup.ensureTables()).as("already created by the fixture").isEmpty();
            assertThat(clients.dynamoDb().listTables().tableNames())
                    .contains(tables.settings().name("registry"), tables.settings().name("locations"),
                            tables.settings().name("cdrs"));
            assertThat(clients.dynamoDb().describeTable(b -> b.tableName(tables.settings().name("registry")))
                    .table().globalSecondaryIndexes()).extracting(i -> i.indexName()).containsExactly("GSI1");
        }
    }
}
