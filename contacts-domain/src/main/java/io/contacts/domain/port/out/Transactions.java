package io.contacts.domain.port.out;

import java.util.function.Supplier;

/**
 * Driven port: runs a unit of work atomically. Every port call made by {@code work} on the same
 * thread takes part; an exception thrown by {@code work} undoes all its writes and is rethrown.
 * A write the store refuses (a {@code DomainException} from a port) should end the unit: a store may
 * refuse to commit a unit that carried on after it, but never keeps the refused write.
 */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);
}
