package io.contacts.app.reliability;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.EnumMap;
import java.util.Map;

/** Test extension: one running service on each store for a test class, started before its tests, closed after. */
final class ServicesPerStore implements BeforeAllCallback, AfterAllCallback {

    private final Map<Store, Service> services = new EnumMap<>(Store.class);
    private final Map<String, String> settings;

    ServicesPerStore() {
        this(Map.of());
    }

    /** Services configured as the tests' default, with {@code settings} (environment variables) added. */
    ServicesPerStore(Map<String, String> settings) {
        this.settings = Map.copyOf(settings);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        for (Store store : Store.values()) {
            services.put(store, Service.start(store, settings));
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        services.values().forEach(Service::close);
        services.clear();
    }

    /** The service on {@code store}. */
    Service get(Store store) {
        return services.get(store);
    }
}
