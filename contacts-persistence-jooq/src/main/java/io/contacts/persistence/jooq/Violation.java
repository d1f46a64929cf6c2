package io.contacts.persistence.jooq;

import io.contacts.domain.model.DomainException;
import org.jooq.ForeignKey;
import org.jooq.UniqueKey;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Driven adapter helper: what a constraint violation raised by one statement means in the domain's terms.
 * Each statement names the one constraint it expects to trip; any other violation stays a fault.
 */
@FunctionalInterface
interface Violation {

    /** Unique key violated, the same SQLState on PostgreSQL and H2. */
    Set<String> UNIQUE = Set.of("23505");
    /** A row refers to a parent that does not exist: PostgreSQL's one foreign-key state, or H2's own. */
    Set<String> PARENT_MISSING = Set.of("23503", "23506");
    /** A parent is still referred to: PostgreSQL's one foreign-key state, which H2 uses for this case. */
    Set<String> STILL_REFERENCED = Set.of("23503");

    /** The domain outcome of this failure, or empty when it is not the violation the statement expects. */
    Optional<DomainException> meaning(SQLException failure);

    /** For statements that trip no constraint on purpose: every violation is a fault. */
    static Violation none() {
        return failure -> Optional.empty();
    }

    /** A write that may collide with an existing row on {@code key}. */
    static Violation ofUnique(UniqueKey<?> key, Supplier<? extends DomainException> outcome) {
        return of(UNIQUE, key.getName(), outcome);
    }

    /** An insert or update whose reference by {@code key} may point at no row. */
    static Violation ofMissingParent(ForeignKey<?, ?> key, Supplier<? extends DomainException> outcome) {
        return of(PARENT_MISSING, key.getName(), outcome);
    }

    /** A delete of a row that rows may still refer to by {@code key}. */
    static Violation ofStillReferenced(ForeignKey<?, ?> key, Supplier<? extends DomainException> outcome) {
        return of(STILL_REFERENCED, key.getName(), outcome);
    }

    private static Violation of(Set<String> states, String constraint,
                                Supplier<? extends DomainException> outcome) {
        String name = constraint.toLowerCase(Locale.ROOT);
        // Both databases name the constraint in the message (H2 upper-cases it); there is no portable
        // JDBC accessor for it.
        return failure -> states.contains(failure.getSQLState())
                && String.valueOf(failure.getMessage()).toLowerCase(Locale.ROOT).contains(name)
                ? Optional.of(outcome.get())
                : Optional.empty();
    }
}
