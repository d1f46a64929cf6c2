/** The business of client contacts: model, use cases and driven ports, on {@code java.base} alone. */
module io.contacts.domain {
    exports io.contacts.domain.model;
    exports io.contacts.domain.port.in;
    exports io.contacts.domain.port.out;
    exports io.contacts.domain.service;
}
