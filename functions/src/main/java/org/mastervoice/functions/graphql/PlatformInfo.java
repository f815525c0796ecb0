package org.mastervoice.functions.graphql;

/** The {@code PlatformInfo} type of the schema. */
public record PlatformInfo(String name, String version, String mode) {
}
