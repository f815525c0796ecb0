package org.mastervoice.aws.registry;

import java.time.Instant;
import java.util.Optional;
import org.mastervoice.auth.LoginAttemptStore;
import org.mastervoice.auth.LoginAttempts;
import org.mastervoice.auth.RefreshToken;
import org.mastervoice.auth.RefreshTokenStore;
import org.mastervoice.aws.AwsSettings;
import org.mastervoice.directory.Login;
import org.mastervoice.directory.UserId;
import org.mastervoice.tenant.TenantId;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Sign-in state on the registry table: failed attempts per login ({@code LOGIN#<email>}/{@code ATTEMPTS}) and
 * refresh tokens by hash ({@code REFRESH#<sha256>}), each consumed by one atomic delete.
 */
public final class DynamoDbSignInStores implements LoginAttemptStore, RefreshTokenStore {

    private static final String ATTEMPTS = "ATTEMPTS";
    private static final String REFRESH = "REFRESH";

    private final RegistryTable table;

    public DynamoDbSignInStores(DynamoDbClient client, AwsSettings settings) {
        this.table = new RegistryTable(client, settings);
    }

    @Override
    public LoginAttempts find(Login login) {
        return table.get(UserItem.loginPk(login), ATTEMPTS)
                .map(d -> new LoginAttempts(d.getNumber("failures").intValue(), Instant.parse(d.getString("lastFailure"))))
                .orElse(LoginAttempts.none());
    }

    @Override
    public void save(Login login, LoginAttempts attempts) {
        table.put(RegistryTable.document(UserItem.loginPk(login), ATTEMPTS, "platform")
                .putNumber("failures", attempts.failures())
                .putString("lastFailure", attempts.lastFailure().toString()).build());
    }

    @Override
    public void clear(Login login) {
        table.delete(UserItem.loginPk(login), ATTEMPTS);
    }

    @Override
    public void save(RefreshToken token) {
        table.put(RegistryTable.document("REFRESH#" + token.hash(), REFRESH, token.tenantId().value())
                .putString("userId", token.userId().value())
                .putString("expiresAt", token.expiresAt().toString()).build());
    }

    @Override
    public Optional<RefreshToken> consume(String hash) {
        return table.take("REFRESH#" + hash, REFRESH).map(d -> new RefreshToken(hash, new UserId(d.getString("userId")),
                new TenantId(d.getString(RegistryTable.TENANT_ID)), Instant.parse(d.getString("expiresAt"))));
    }
}
