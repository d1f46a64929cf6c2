package io.contacts.domain.port.out;

/** Driven port: makes and checks secrets — slow salted password hashes and random access tokens. */
public interface Secrets {

    /** A salted, deliberately slow hash of the password, self-describing (algorithm and cost inside). */
    String hashPassword(String password);

    /** Whether the password matches the hash; constant-time in the comparison, false for a malformed hash. */
    boolean verifyPassword(String password, String hash);

    /** A new random access token, safe in a URL. */
    String newToken();

    /**
     * The digest a token is stored and looked up by — a fast one, as a random token cannot be guessed; the same
     * token always gives the same digest. Also keys credentials recently verified, so that none is kept in clear.
     */
    String digestToken(String token);
}
