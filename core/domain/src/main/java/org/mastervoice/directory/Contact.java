package org.mastervoice.directory;

import static org.mastervoice.common.ValidationException.require;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.mastervoice.tenant.TenantId;

/** An entry of the tenant's central address book. */
public record Contact(TenantId tenantId, String id, String name, String company, List<ContactNumber> numbers) {

    /** One number of a contact, e.g. "mobile" +393331234567. */
    public record ContactNumber(String label, String number) {
        public ContactNumber {
            require(label != null && !label.isBlank() && label.strip().length() <= 30, "numbers.label",
                    "number label must be 1-30 characters");
            label = label.strip();
            require(number != null, "numbers.number", "number is required");
            number = number.replaceAll("[\\s().-]", "");
            require(number.matches("\\+?[0-9]{2,20}"), "numbers.number",
                    "number '" + number + "' must be 2-20 digits, optionally with a leading +");
        }
    }

    public Contact {
        Objects.requireNonNull(tenantId, "tenantId");
        require(id != null && id.matches("[A-Za-z0-9-]{1,64}"), "id", "contact id '" + id + "' is malformed");
        require(name != null && !name.isBlank() && name.strip().length() <= 100, "name", "contact name must be 1-100 characters");
        name = name.strip();
        company = company == null || company.isBlank() ? null : company.strip();
        require(company == null || company.length() <= 100, "company", "company must be at most 100 characters");
        require(numbers != null && !numbers.isEmpty() && numbers.size() <= 10, "numbers", "a contact has 1-10 numbers");
        numbers = List.copyOf(numbers);
    }

    /** Whether a search text (any part of name, company or a number) finds this contact. */
    public boolean matches(String search) {
        if (search == null || search.isBlank()) {
            return true;
        }
        String s = search.strip().toLowerCase(Locale.ROOT);
        String digits = s.replaceAll("[\\s().-]", "");
        return name.toLowerCase(Locale.ROOT).contains(s)
                || (company != null && company.toLowerCase(Locale.ROOT).contains(s))
                || (!digits.isEmpty() && numbers.stream().anyMatch(n -> n.number().contains(digits)));
    }
}
