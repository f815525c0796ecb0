package org.mastervoice.tenant;

import static org.mastervoice.common.ValidationException.require;

/** The inclusive range of a tenant's extension numbers, e.g. 100-899; numbers have the digits of their range. */
public record NumberRange(int first, int last) {

    public NumberRange {
        require(first >= 0 && first <= last && last <= 99_999_999, "extensionRange",
                "extension range " + first + "-" + last + " must be ascending within 0-99999999");
    }

    public boolean contains(String number) {
        if (number == null || !number.matches("[0-9]{1,8}") || (number.length() > 1 && number.startsWith("0"))) {
            return false;
        }
        int n = Integer.parseInt(number);
        return n >= first && n <= last;
    }

    @Override
    public String toString() {
        return first + "-" + last;
    }
}
