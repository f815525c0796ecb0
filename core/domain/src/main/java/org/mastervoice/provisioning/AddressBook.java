package org.mastervoice.provisioning;

import static org.mastervoice.provisioning.Extensions.anyTenantRole;

import java.util.List;
import java.util.UUID;
import org.mastervoice.auth.Principal;
import org.mastervoice.common.NotFoundException;
import org.mastervoice.common.Page;
import org.mastervoice.common.PageRequest;
import org.mastervoice.common.ValidationException;
import org.mastervoice.dialplan.ShortNumber;
import org.mastervoice.dialplan.ShortNumberStore;
import org.mastervoice.directory.Contact;
import org.mastervoice.directory.ContactStore;
import org.mastervoice.directory.DirectoryChange;
import org.mastervoice.directory.DirectoryEvents;
import org.mastervoice.directory.Group;
import org.mastervoice.directory.GroupStore;
import org.mastervoice.directory.Role;
import org.mastervoice.tenant.Tenant;
import org.mastervoice.tenant.TenantId;
import org.mastervoice.tenant.TenantStore;

/**
 * Groups, the central address book and short numbers of the caller's tenant. Everyone reads them; admins
 * change groups and short numbers; admins and operators (the switchboard) keep the address book.
 */
public final class AddressBook {

    public record ContactInput(String name, String company, List<Contact.ContactNumber> numbers) {
    }

    private final TenantStore tenants;
    private final GroupStore groups;
    private final ContactStore contacts;
    private final ShortNumberStore shortNumbers;
    private final DirectoryEvents events;

    public AddressBook(TenantStore tenants, GroupStore groups, ContactStore contacts, ShortNumberStore shortNumbers,
                       DirectoryEvents events) {
        this.tenants = tenants;
        this.groups = groups;
        this.contacts = contacts;
        this.shortNumbers = shortNumbers;
        this.events = events;
    }

    public Page<Group> groups(Principal p, PageRequest page) {
        return groups.page(anyTenantRole(p, "list groups"), page);
    }

    public Group group(Principal p, String id) {
        TenantId tenant = anyTenantRole(p, "read groups");
        return groups.find(tenant, Tenants.existingKey(id, "[A-Za-z0-9-]{1,64}", "id", "group")).orElseThrow(() -> new NotFoundException("id", "no group " + id));
    }

    public Group createGroup(Principal p, String name, List<String> members) {
        Group g = new Group(p.requireTenantRole("create groups", Role.TENANT_ADMIN), UUID.randomUUID().toString(), name,
                members == null ? List.of() : members);
        groups.create(g);
        return g;
    }

    public Group updateGroup(Principal p, String id, String name, List<String> members) {
        p.requireTenantRole("change groups", Role.TENANT_ADMIN);
        Group g = group(p, id);
        Group updated = new Group(g.tenantId(), g.id(), name == null ? g.name() : name, members == null ? g.members() : members);
        groups.update(updated);
        return updated;
    }

    public String deleteGroup(Principal p, String id) {
        p.requireTenantRole("delete groups", Role.TENANT_ADMIN);
        group(p, id);
        groups.delete(p.tenantId(), id);
        return id;
    }

    public Page<Contact> contacts(Principal p, String search, PageRequest page) {
        ValidationException.require(search == null || search.length() <= 100, "search", "search is at most 100 characters");
        return contacts.search(anyTenantRole(p, "search the address book"), search, page);
    }

    public Contact contact(Principal p, String id) {
        TenantId tenant = anyTenantRole(p, "read the address book");
        return contacts.find(tenant, Tenants.existingKey(id, "[A-Za-z0-9-]{1,64}", "id", "contact")).orElseThrow(() -> new NotFoundException("id", "no contact " + id));
    }

    public Contact createContact(Principal p, ContactInput in) {
        TenantId tenant = p.requireTenantRole("change the address book", Role.TENANT_ADMIN, Role.OPERATOR);
        Contact c = new Contact(tenant, UUID.randomUUID().toString(), in.name(), in.company(), in.numbers());
        contacts.create(c);
        return c;
    }

    public Contact updateContact(Principal p, String id, ContactInput in) {
        p.requireTenantRole("change the address book", Role.TENANT_ADMIN, Role.OPERATOR);
        Contact c = contact(p, id);
        Contact updated = new Contact(c.tenantId(), c.id(), in.name() == null ? c.name() : in.name(),
                in.company() == null ? c.company() : in.company(), in.numbers() == null ? c.numbers() : in.numbers());
        contacts.update(updated);
        return updated;
    }

    public String deleteContact(Principal p, String id) {
        p.requireTenantRole("change the address book", Role.TENANT_ADMIN, Role.OPERATOR);
        contact(p, id);
        contacts.delete(p.tenantId(), id);
        return id;
    }

    public Page<ShortNumber> shortNumbers(Principal p, PageRequest page) {
        return shortNumbers.page(anyTenantRole(p, "list short numbers"), page);
    }

    public ShortNumber createShortNumber(Principal p, String code, String number, String label) {
        Tenant tenant = tenants.find(p.requireTenantRole("create short numbers", Role.TENANT_ADMIN))
                .orElseThrow(() -> new NotFoundException(null, "your tenant no longer exists"));
        ShortNumber s = ShortNumber.of(tenant, code, number, label);
        shortNumbers.create(s);
        events.changed(new DirectoryChange(tenant.id(), DirectoryChange.Kind.SHORT_NUMBER, code, false));
        return s;
    }

    public ShortNumber updateShortNumber(Principal p, String code, String number, String label) {
        TenantId tenant = p.requireTenantRole("change short numbers", Role.TENANT_ADMIN);
        ShortNumber s = shortNumbers.find(tenant, Tenants.existingKey(code, "[0-9]{2,6}", "code", "short number"))
                .orElseThrow(() -> new NotFoundException("code", "no short number " + code));
        ShortNumber updated = new ShortNumber(tenant, code, number == null ? s.number() : number, label == null ? s.label() : label);
        shortNumbers.update(updated);
        events.changed(new DirectoryChange(tenant, DirectoryChange.Kind.SHORT_NUMBER, code, false));
        return updated;
    }

    public String deleteShortNumber(Principal p, String code) {
        TenantId tenant = p.requireTenantRole("delete short numbers", Role.TENANT_ADMIN);
        shortNumbers.find(tenant, Tenants.existingKey(code, "[0-9]{2,6}", "code", "short number"))
                .orElseThrow(() -> new NotFoundException("code", "no short number " + code));
        shortNumbers.delete(tenant, code);
        events.changed(new DirectoryChange(tenant, DirectoryChange.Kind.SHORT_NUMBER, code, false));
        return code;
    }
}
