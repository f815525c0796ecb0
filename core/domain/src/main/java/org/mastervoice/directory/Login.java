package org.mastervoice.directory;

import static org.mastervoice.common.ValidationException.require;

import java.util.Locale;

/** The e-mail address a person signs in with; unique across the platform, compared lower case. */
public record Login(String email) {

    public Login {
        require(email != null, "login", "login e-mail is required");
        email = email.strip().toLowerCase(Locale.ROOT);
        require(email.length() <= 254 && email.matches("[a-z0-9._%+-]+@[a-z0-9-]+(\\.[a-z0-9-]+)+"), "login",
                "login '" + email + "' is not an e-mail address");
    }

    @Override
    public String toString() {
        return email;
    }
}
