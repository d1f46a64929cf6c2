package io.contacts.app.reliability;

import io.contacts.app.config.AppConfig;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Test extension: one running service on each store for a test class, started before its tests, closed after. */
final class ServicesPerStore implements BeforeAllCallback, AfterAllCallback {

    private final Map<Store, Service> services = new EnumMap<>(Store.class);
    private final UnaryOperator<AppConfig> configure;

    ServicesPerStore() {
        this(UnaryOperator.identity());
    }

    /** Services configured as the tests' default, then changed by {@code configure}. */
    ServicesPerStore(UnaryOperator<AppConfig> configure) {
        this.configure = configure;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        for (Store store : Store.values()) {
            services.put(store, Service.start(store, configure));
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
