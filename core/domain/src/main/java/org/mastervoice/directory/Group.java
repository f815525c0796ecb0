package org.mastervoice.directory;

import static org.mastervoice.common.ValidationException.require;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.mastervoice.tenant.TenantId;

/** A named set of extensions: ring groups and call pickup use it. */
public record Group(TenantId tenantId, String id, String name, List<String> members) {

    public static final int MAX_MEMBERS = 100;

    public Group {
        Objects.requireNonNull(tenantId, "tenantId");
        require(id != null && id.matches("[A-Za-z0-9-]{1,64}"), "id", "group id '" + id + "' is malformed");
        require(name != null && !name.isBlank() && name.strip().length() <= 50, "name", "group name must be 1-50 characters");
        name = name.strip();
        require(members != null, "members", "members are required (may be empty)");
        members = List.copyOf(members);
        require(members.size() <= MAX_MEMBERS, "members", "a group has at most " + MAX_MEMBERS + " members");
        require(new HashSet<>(members).size() == members.size(), "members", "a member is listed twice");
        for (String m : members) {
            require(m != null && m.matches("[1-9][0-9]{1,7}"), "members", "member '" + m + "' is not an extension number");
        }
    }
}
