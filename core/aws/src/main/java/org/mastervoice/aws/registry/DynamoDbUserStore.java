package org.mastervoice.aws.registry;

import java.util.Optional;
import org.mastervoice.aws.AwsSettings;
import org.mastervoice.common.Page;
import org.mastervoice.common.PageRequest;
import org.mastervoice.directory.Login;
import org.mastervoice.directory.User;
import org.mastervoice.directory.UserId;
import org.mastervoice.directory.UserStore;
import org.mastervoice.tenant.TenantId;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** {@link UserStore} on the registry table; the login is claimed by a marker item before the user is written. */
public final class DynamoDbUserStore implements UserStore {

    private final RegistryTable table;

    public DynamoDbUserStore(DynamoDbClient client, AwsSettings settings) {
        this.table = new RegistryTable(client, settings);
    }

    @Override
    public void create(User user) {
        table.putNewWithMarker(
                UserItem.loginMarker(user), "login", "login " + user.login() + " is taken",
                UserItem.toDocument(user), "id", "user id " + user.id() + " is taken");
    }

    @Override
    public Optional<User> find(TenantId tenant, UserId id) {
        return table.get(TenantItem.pk(tenant), UserItem.sk(id)).map(UserItem::fromDocument);
    }

    @Override
    public Optional<User> findByLogin(Login login) {
        return table.get(UserItem.loginPk(login), UserItem.LOGIN_SK)
                .flatMap(marker -> find(new TenantId(marker.getString(RegistryTable.TENANT_ID)),
                        new UserId(marker.getString("userId"))))
                // a marker left by an interrupted login change must not act as an alias
                .filter(user -> user.login().equals(login));
    }

    @Override
    public void update(User previous, User updated) {
        boolean newLogin = !previous.login().equals(updated.login());
        if (newLogin) {
            table.putNew(UserItem.loginMarker(updated), "login", "login " + updated.login() + " is taken");
        }
        try {
            table.replace(UserItem.toDocument(updated), "id", "no user " + updated.id());
        } catch (RuntimeException e) {
            if (newLogin) {
                table.delete(UserItem.loginPk(updated.login()), UserItem.LOGIN_SK);
            }
            throw e;
        }
        if (newLogin) {
            table.delete(UserItem.loginPk(previous.login()), UserItem.LOGIN_SK);
        }
    }

    @Override
    public void delete(User user) {
        table.delete(TenantItem.pk(user.tenantId()), UserItem.sk(user.id()));
        table.delete(UserItem.loginPk(user.login()), UserItem.LOGIN_SK);
    }

    @Override
    public Page<User> list(TenantId tenant, PageRequest page) {
        return table.page(tenant.value() + "/users", TenantItem.pk(tenant), "USER#", page, d -> true).map(UserItem::fromDocument);
    }
}
