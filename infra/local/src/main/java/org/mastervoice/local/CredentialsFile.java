package org.mastervoice.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes {@link DemoCredentials} as JSON readable only by its owner (mode 0600), replaced atomically. */
public final class CredentialsFile {

    public static final String NAME = "demo-credentials.json";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Path path;

    public CredentialsFile(Path dataDir) {
        this.path = dataDir.resolve(NAME);
    }

    public Path path() {
        return path;
    }

    public Optional<DemoCredentials> read() {
        if (!Files.exists(path)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(path.toFile(), DemoCredentials.class));
        } catch (JacksonException e) {
            throw new IllegalStateException(path + " is not a readable credentials file (" + e.getOriginalMessage()
                    + "); move it away and start again to get new demo credentials", e);
        }
    }

    public void write(DemoCredentials credentials) {
        try {
            // created 0600 from the first byte, then moved over the old file: never readable by others, never half-written
            Path temp = Files.createTempFile(path.getParent(), ".credentials", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            Files.writeString(temp, JSON.writeValueAsString(credentials) + "\n");
            Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.setPosixFilePermissions(path, OWNER_ONLY);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }
}
