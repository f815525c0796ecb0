package org.mastervoice.aws.registry;

import org.mastervoice.directory.Language;
import org.mastervoice.directory.Login;
import org.mastervoice.directory.PasswordHash;
import org.mastervoice.directory.Role;
import org.mastervoice.directory.User;
import org.mastervoice.directory.UserId;
import org.mastervoice.tenant.TenantId;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;

/** Maps a {@link User} to its item ({@code TENANT#<id>}/{@code USER#<id>}) and its login marker. */
final class UserItem {

    static final String LOGIN_SK = "LOGIN";

    private UserItem() {
    }

    static String sk(UserId id) {
        return "USER#" + id.value();
    }

    static String loginPk(Login login) {
        return "LOGIN#" + login.email();
    }

    static EnhancedDocument toDocument(User u) {
        return RegistryTable.document(TenantItem.pk(u.tenantId()), sk(u.id()), u.tenantId().value())
                .putString("userId", u.id().value())
                .putString("login", u.login().email())
                .putString("displayName", u.displayName())
                .putString("role", u.role().name())
                .putString("language", u.language().name())
                .putString("passwordHash", u.passwordHash().encoded())
                .build();
    }

    static EnhancedDocument loginMarker(User u) {
        return RegistryTable.document(loginPk(u.login()), LOGIN_SK, u.tenantId().value())
                .putString("userId", u.id().value())
                .build();
    }

    static User fromDocument(EnhancedDocument d) {
        return new User(new TenantId(d.getString(RegistryTable.TENANT_ID)), new UserId(d.getString("userId")),
                new Login(d.getString("login")), d.getString("displayName"), Role.valueOf(d.getString("role")),
                Language.valueOf(d.getString("language")), new PasswordHash(d.getString("passwordHash")));
    }
}
