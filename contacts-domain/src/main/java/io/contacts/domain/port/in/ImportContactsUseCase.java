package io.contacts.domain.port.in;

import io.contacts.domain.model.NotFoundException;

/**
 * Use case: bring a file's contacts into one of the account's clients, all or nothing. Every entry is checked with
 * Harvest v1's rules ({@link LastNameRule#REQUIRED}); when one is refused nothing is written. An entry whose UID
 * names a contact of this account and client updates it; else one whose e-mail equals (ignoring case) a contact's of
 * that client updates it; else it creates one. Matching looks at the contacts stored before the import.
 */
public interface ImportContactsUseCase {

    /**
     * @return the report; written only when no entry was refused and it was not a dry run, in one transaction
     * @throws NotFoundException when the client is not one of the account's
     */
    ImportReport importContacts(ImportContactsCommand command);
}
