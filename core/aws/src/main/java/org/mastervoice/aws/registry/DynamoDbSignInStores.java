package org.mastervoice.aws.registry;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.mastervoice.auth.LoginAttemptStore;
import org.mastervoice.auth.LoginAttempts;
import org.mastervoice.auth.RefreshToken;
import org.mastervoice.auth.RefreshTokenStore;
import org.mastervoice.aws.AwsSettings;
import org.mastervoice.aws.PlatformTable;
import org.mastervoice.directory.Login;
import org.mastervoice.directory.UserId;
import org.mastervoice.tenant.TenantId;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Sign-in state on the registry table: failed attempts per login ({@code LOGIN#<email>}/{@code ATTEMPTS}) and
 * refresh tokens by hash ({@code REFRESH#<sha256>}), each consumed by one atomic delete.
 */
public final class DynamoDbSignInStores implements LoginAttemptStore, RefreshTokenStore {

    private static final String ATTEMPTS = "ATTEMPTS";
    private static final String REFRESH = "REFRESH";

    private final RegistryTable table;
    private final DynamoDbClient client;
    private final String tableName;

    public DynamoDbSignInStores(DynamoDbClient client, AwsSettings settings) {
        this.table = new RegistryTable(client, settings);
        this.client = client;
        this.tableName = settings.name(PlatformTable.REGISTRY.baseName());
    }

    @Override
    public LoginAttempts find(Login login) {
        return table.get(UserItem.loginPk(login), ATTEMPTS)
                .map(d -> new LoginAttempts(d.getNumber("failures").intValue(), Instant.parse(d.getString("lastFailure"))))
                .orElse(LoginAttempts.none());
    }

    @Override
    public LoginAttempts reserve(Login login, Instant now) {
        // one atomic UpdateItem: parallel attempts each see the count left by the previous one
        Map<String, AttributeValue> old = client.updateItem(UpdateItemRequest.builder()
                .tableName(tableName)
                .key(Map.of(PlatformTable.PARTITION_KEY, AttributeValue.fromS(UserItem.loginPk(login)),
                        PlatformTable.SORT_KEY, AttributeValue.fromS(ATTEMPTS)))
                .updateExpression("SET failures = if_not_exists(failures, :zero) + :one, lastFailure = :now, tenantId = :platform")
                .expressionAttributeValues(Map.of(":zero", AttributeValue.fromN("0"), ":one", AttributeValue.fromN("1"),
                        ":now", AttributeValue.fromS(now.toString()), ":platform", AttributeValue.fromS("platform")))
                .returnValues(ReturnValue.ALL_OLD)
                .build()).attributes();
        LoginAttempts before = old == null || !old.containsKey("failures") ? LoginAttempts.none()
                : new LoginAttempts(Integer.parseInt(old.get("failures").n()), Instant.parse(old.get("lastFailure").s()));
        if (before.failures() > 0 && before.at(now).failures() == 0) {
            // the old failures are outside the window: this attempt starts a new count
            save(login, LoginAttempts.none().failed(now));
            return LoginAttempts.none();
        }
        return before;
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
