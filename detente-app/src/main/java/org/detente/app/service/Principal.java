package org.detente.app.service;

import java.util.Objects;
import org.detente.model.Text;

/** Who is calling, as a token says: a name (recorded as the author of what they write) and a role. */
public record Principal(String name, Role role) {
    public Principal {
        name = Text.require(name, "principal name");
        Objects.requireNonNull(role, "role is required");
    }
}
