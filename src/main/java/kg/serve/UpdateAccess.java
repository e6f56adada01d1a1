package kg.serve;

import java.util.Objects;

/** Who may change the store over HTTP (SPARQL update, Graph Store writes), with HTTP basic authentication. */
public record UpdateAccess(String user, String password) {
    public UpdateAccess {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (user.isBlank() || password.isEmpty()) {
            throw new IllegalArgumentException("updates need a user name and a password");
        }
    }

    @Override
    public String toString() {
        return "UpdateAccess[user=" + user + "]";
    }
}
