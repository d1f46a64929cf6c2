package io.contacts.domain.port.in;

/**
 * Policy: whether a contact written through a transport must have a last name. Harvest v1's contract requires a last
 * name on the contacts it creates and never lets one be cleared; v2 and the domain itself do not.
 */
public enum LastNameRule {
    /** v1: a create without a last name, or an update that blanks it, is refused ("Last name can't be blank"). */
    REQUIRED,
    /** v2 and the domain: a create may leave it out, and an update that blanks it clears it. */
    OPTIONAL
}
