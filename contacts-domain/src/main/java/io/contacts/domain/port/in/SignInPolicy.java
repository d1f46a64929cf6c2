package io.contacts.domain.port.in;

import java.time.Duration;
import java.util.Objects;

/**
 * Use-case setting: how {@link AuthenticateUseCase} guards sign-ins, whatever the transport — how long a verified
 * credential is trusted before it is verified again (zero: every time), and the brake on guessing passwords: at
 * most {@code maxFailures} failed password sign-ins per login in a window of {@code failureWindow}.
 */
public record SignInPolicy(Duration credentialTtl, boolean brakeOn, int maxFailures, Duration failureWindow) {

    public SignInPolicy {
        Objects.requireNonNull(credentialTtl, "credentialTtl");
        Objects.requireNonNull(failureWindow, "failureWindow");
        if (credentialTtl.isNegative()) {
            throw new IllegalArgumentException("credentialTtl must not be negative: " + credentialTtl);
        }
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1: " + maxFailures);
        }
        if (failureWindow.toMillis() < 1_000) {
            throw new IllegalArgumentException("failureWindow must be at least one second: " + failureWindow);
        }
    }

    /** Credentials trusted for 60 s; 10 failed sign-ins per login in 5 minutes — enough for typing mistakes. */
    public static SignInPolicy defaults() {
        return new SignInPolicy(Duration.ofSeconds(60), true, 10, Duration.ofMinutes(5));
    }

    public SignInPolicy withCredentialTtl(Duration value) {
        return new SignInPolicy(value, brakeOn, maxFailures, failureWindow);
    }

    public SignInPolicy withBrake(int failures, Duration window) {
        return new SignInPolicy(credentialTtl, true, failures, window);
    }

    /** Failed sign-ins are neither counted nor braked. */
    public SignInPolicy withoutBrake() {
        return new SignInPolicy(credentialTtl, false, maxFailures, failureWindow);
    }
}
