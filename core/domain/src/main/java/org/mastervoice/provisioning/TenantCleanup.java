package org.mastervoice.provisioning;

import org.mastervoice.common.Page;
import org.mastervoice.common.PageRequest;
import org.mastervoice.dialplan.ShortNumber;
import org.mastervoice.dialplan.ShortNumberStore;
import org.mastervoice.directory.Contact;
import org.mastervoice.directory.ContactStore;
import org.mastervoice.directory.Extension;
import org.mastervoice.directory.ExtensionStore;
import org.mastervoice.directory.Group;
import org.mastervoice.directory.GroupStore;
import org.mastervoice.directory.User;
import org.mastervoice.directory.UserStore;
import org.mastervoice.tenant.TenantId;

/** Removes everything a tenant owns, page by page, so deleting a tenant leaves no orphan and frees its logins. */
public final class TenantCleanup {

    private final UserStore users;
    private final ExtensionStore extensions;
    private final GroupStore groups;
    private final ContactStore contacts;
    private final ShortNumberStore shortNumbers;

    public TenantCleanup(UserStore users, ExtensionStore extensions, GroupStore groups, ContactStore contacts,
                         ShortNumberStore shortNumbers) {
        this.users = users;
        this.extensions = extensions;
        this.groups = groups;
        this.contacts = contacts;
        this.shortNumbers = shortNumbers;
    }

    public void deleteContents(TenantId tenant) {
        PageRequest batch = PageRequest.first(PageRequest.MAX_PAGE_SIZE);
        for (Page<Extension> p = extensions.page(tenant, batch); !p.items().isEmpty(); p = extensions.page(tenant, batch)) {
            p.items().forEach(e -> extensions.delete(tenant, e.number()));
        }
        for (Page<User> p = users.list(tenant, batch); !p.items().isEmpty(); p = users.list(tenant, batch)) {
            p.items().forEach(users::delete);
        }
        for (Page<Group> p = groups.page(tenant, batch); !p.items().isEmpty(); p = groups.page(tenant, batch)) {
            p.items().forEach(g -> groups.delete(tenant, g.id()));
        }
        for (Page<Contact> p = contacts.search(tenant, null, batch); !p.items().isEmpty(); p = contacts.search(tenant, null, batch)) {
            p.items().forEach(c -> contacts.delete(tenant, c.id()));
        }
        for (Page<ShortNumber> p = shortNumbers.page(tenant, batch); !p.items().isEmpty(); p = shortNumbers.page(tenant, batch)) {
            p.items().forEach(s -> shortNumbers.delete(tenant, s.code()));
        }
    }
}
