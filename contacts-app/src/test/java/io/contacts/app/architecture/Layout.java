package io.contacts.app.architecture;

/** Where each module's root package is, so the same rules check the real code and the deliberately bad fixture. */
record Layout(String root, String domain, String persistence, String http, String app) {

    /** The packages of a project laid out like this one under {@code root}. */
    static Layout under(String root) {
        return new Layout(root, root + ".domain", root + ".persistence.jooq", root + ".http.undertow",
                root + ".app");
    }

    /** The command line, a driving adapter inside the app. */
    String cli() {
        return app + ".cli";
    }

    String domainModel() {
        return domain + ".model";
    }

    String domainPort() {
        return domain + ".port";
    }

    String domainPortIn() {
        return domain + ".port.in";
    }

    String domainService() {
        return domain + ".service";
    }

    static String tree(String pkg) {
        return pkg + "..";
    }
}
