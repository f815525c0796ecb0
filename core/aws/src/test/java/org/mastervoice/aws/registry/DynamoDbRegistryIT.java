package org.mastervoice.aws.registry;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.mastervoice.aws.local.LocalAws;
import org.mastervoice.auth.LoginAttemptStore;
import org.mastervoice.auth.RefreshTokenStore;
import org.mastervoice.dialplan.ShortNumberStore;
import org.mastervoice.directory.ContactStore;
import org.mastervoice.directory.ExtensionStore;
import org.mastervoice.directory.GroupStore;
import org.mastervoice.directory.UserStore;
import org.mastervoice.tenant.TenantStore;
import org.mastervoice.testkit.RegistryContract;

/** The registry contract against a real dynalite server over HTTP. */
class DynamoDbRegistryIT extends RegistryContract {

    private static LocalAws.Tables tables;

    @BeforeAll
    static void startDynalite() {
        tables = LocalAws.freshTables();
    }

    @AfterAll
    static void closeClients() {
        tables.clients().close();
    }

    @Override
    protected TenantStore tenants() {
        return new DynamoDbTenantStore(tables.clients().dynamoDb(), tables.settings());
    }

    @Override
    protected UserStore users() {
        return new DynamoDbUserStore(tables.clients().dynamoDb(), tables.settings());
    }

    @Override
    protected ExtensionStore extensions() {
        return new DynamoDbExtensionStore(tables.clients().dynamoDb(), tables.settings());
    }

    @Override
    protected GroupStore groups() {
        return new DynamoDbGroupStore(tables.clients().dynamoDb(), tables.settings());
    }

    @Override
    protected ContactStore contacts() {
        return new DynamoDbContactStore(tables.clients().dynamoDb(), tables.settings());
    }

    @Override
    protected ShortNumberStore shortNumbers() {
        return new DynamoDbShortNumberStore(tables.clients().dynamoDb(), tables.settings());
    }

    @Override
    protected LoginAttemptStore loginAttempts() {
        return new DynamoDbSignInStores(tables.clients().dynamoDb(), tables.settings());
    }

    @Override
    protected RefreshTokenStore refreshTokens() {
        return new DynamoDbSignInStores(tables.clients().dynamoDb(), tables.settings());
    }
}
