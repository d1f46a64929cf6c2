/** Driven adapter: the domain's stores on jOOQ over JDBC, with the schema migrated by Flyway. */
module io.contacts.persistence.jooq {
    requires transitive io.contacts.domain;
    requires transitive java.sql;
    requires org.jooq;
    requires flyway.core;
    requires com.h2database;
    requires org.slf4j;

    exports io.contacts.persistence.jooq;
}
