package org.mastervoice.aws.registry;

import java.util.ArrayList;
import java.util.List;
import org.mastervoice.dialplan.ShortNumber;
import org.mastervoice.directory.Contact;
import org.mastervoice.directory.Group;
import org.mastervoice.tenant.TenantId;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.document.EnhancedDocument;

/** Maps groups ({@code GROUP#<id>}), contacts ({@code CONTACT#<id>}) and short numbers ({@code SHORT#<code>}). */
final class AddressBookItems {

    static final String GROUP = "GROUP#";
    static final String CONTACT = "CONTACT#";
    static final String SHORT = "SHORT#";
    private static final EnhancedType<String> STRING = EnhancedType.of(String.class);

    private AddressBookItems() {
    }

    static EnhancedDocument toDocument(Group g) {
        return RegistryTable.document(TenantItem.pk(g.tenantId()), GROUP + g.id(), g.tenantId().value())
                .putString("id", g.id()).putString("name", g.name()).putList("members", g.members(), STRING).build();
    }

    static Group group(EnhancedDocument d) {
        return new Group(tenant(d), d.getString("id"), d.getString("name"), d.getList("members", STRING));
    }

    static EnhancedDocument toDocument(Contact c) {
        EnhancedDocument.Builder b = RegistryTable.document(TenantItem.pk(c.tenantId()), CONTACT + c.id(), c.tenantId().value())
                .putString("id", c.id()).putString("name", c.name())
                .putList("numberLabels", c.numbers().stream().map(Contact.ContactNumber::label).toList(), STRING)
                .putList("numbers", c.numbers().stream().map(Contact.ContactNumber::number).toList(), STRING);
        if (c.company() != null) {
            b.putString("company", c.company());
        }
        return b.build();
    }

    static Contact contact(EnhancedDocument d) {
        List<String> labels = d.getList("numberLabels", STRING);
        List<String> numbers = d.getList("numbers", STRING);
        List<Contact.ContactNumber> pairs = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i++) {
            pairs.add(new Contact.ContactNumber(labels.get(i), numbers.get(i)));
        }
        return new Contact(tenant(d), d.getString("id"), d.getString("name"), d.getString("company"), pairs);
    }

    static EnhancedDocument toDocument(ShortNumber s) {
        return RegistryTable.document(TenantItem.pk(s.tenantId()), SHORT + s.code(), s.tenantId().value())
                .putString("code", s.code()).putString("number", s.number()).putString("label", s.label()).build();
    }

    static ShortNumber shortNumber(EnhancedDocument d) {
        return new ShortNumber(tenant(d), d.getString("code"), d.getString("number"), d.getString("label"));
    }

    private static TenantId tenant(EnhancedDocument d) {
        return new TenantId(d.getString(RegistryTable.TENANT_ID));
    }
}
