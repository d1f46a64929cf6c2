package io.contacts.app;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.json.schema.OutputUnit;
import io.vertx.openapi.contract.MediaType;
import io.vertx.openapi.contract.OpenAPIContract;
import io.vertx.openapi.contract.Operation;
import io.vertx.openapi.contract.Response;
import io.vertx.openapi.mediatype.MediaTypeRegistration;
import io.vertx.openapi.mediatype.MediaTypeRegistry;
import io.vertx.openapi.validation.ResponseValidator;
import io.vertx.openapi.validation.SchemaValidationException;
import io.vertx.openapi.validation.ValidatableResponse;
import io.vertx.openapi.validation.ValidatorException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Test support: docs/openapi.yaml — as the build copied it beside the service's classes, so the one the service
 * serves — held against an answer of the service. Its status, headers, content type and, for JSON, its body by
 * schema are checked by Vert.x OpenAPI's response validator (docs/api.md, "The OpenAPI description"); an XML body,
 * which no OpenAPI validator reads, against contacts.xsd and the root element the description names for it
 * ({@code xml.name}). Harvest v2 ({@code /v2/…}, {@code /api/v2/…}) is outside the description and not checked.
 */
final class OpenApiContract {

    private static final String DESCRIPTION = "/io/contacts/http/undertow/openapi.yaml";
    private static final String XSD = "/io/contacts/http/undertow/contacts.xsd";
    private static final List<String> OUTSIDE = List.of("/v2", "/api/v2");
    private static final Vertx VERTX = Vertx.vertx();
    private static final OpenAPIContract CONTRACT = load();
    private static final ResponseValidator VALIDATOR = ResponseValidator.create(VERTX, CONTRACT);
    private static final XmlSchema CONTACTS_XSD = XmlSchema.of(resource(XSD));

    private OpenApiContract() {
    }

    /** @throws AssertionError listing every way the answer deviates from the description */
    static void assertConforms(Answer answer) {
        List<String> problems = problems(answer);
        if (!problems.isEmpty()) {
            String answered = answer.toString();
            throw new AssertionError("The answer deviates from docs/openapi.yaml:\n  - "
                    + String.join("\n  - ", problems) + "\n"
                    + (answered.length() > 4_000 ? answered.substring(0, 4_000) + "…" : answered));
        }
    }

    /**
     * Every way the answer deviates from the description; none for a route outside it, or for {@code HEAD}, whose
     * answer has no body to hold to the one described.
     */
    static List<String> problems(Answer answer) {
        if (OUTSIDE.stream().anyMatch(prefix -> answer.path().equals(prefix) || answer.path().startsWith(prefix + "/"))
                || answer.method().equals("HEAD")) {
            return List.of();
        }
        // docs/api.md: a trailing slash is accepted (/contacts/ = /contacts).
        String path = answer.path().length() > 1 && answer.path().endsWith("/")
                ? answer.path().substring(0, answer.path().length() - 1) : answer.path();
        Operation operation = CONTRACT.findOperation(path, HttpMethod.valueOf(answer.method()));
        if (operation == null) {
            return unknownRoute(answer, path);
        }
        List<String> problems = new ArrayList<>();
        try {
            await(VALIDATOR.validate(validatable(answer), operation.getOperationId()));
        } catch (ValidatorException e) {
            problems.add(operation.getOperationId() + ", " + answer.status() + answer.mediaType().map(" "::concat)
                    .orElse("") + ": " + e.getMessage() + details(e));
        }
        xmlRoot(operation, answer).ifPresent(root -> problems.addAll(xmlProblems(root, answer.body())));
        return problems;
    }

    /**
     * docs/api.md: a path no route knows is 404, and so is one whose id is no positive 64-bit integer; a known path
     * with another method is 405 with {@code Allow}.
     */
    private static List<String> unknownRoute(Answer answer, String path) {
        io.vertx.openapi.contract.Path described = CONTRACT.findPath(path);
        boolean knownPath = described != null && idsAreIds(described.getName(), path);
        int expected = knownPath ? 405 : 404;
        List<String> problems = new ArrayList<>();
        if (answer.status() != expected) {
            problems.add(answer.method() + " " + answer.path() + " is no route of docs/openapi.yaml: only " + expected
                    + " may answer it, not " + answer.status());
        }
        if (knownPath && answer.header("Allow").isEmpty()) {
            problems.add("405 without Allow");
        }
        return problems;
    }

    /** Whether every segment the template takes as an id is one the service takes for an id (its Router's rule). */
    private static boolean idsAreIds(String template, String path) {
        String[] names = template.split("/");
        String[] values = path.split("/");
        for (int i = 0; i < names.length && i < values.length; i++) {
            if (names[i].startsWith("{") && !isId(values[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean isId(String text) {
        try {
            return text.matches("[0-9]{1,19}") && Long.parseLong(text) > 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static ValidatableResponse validatable(Answer answer) {
        Map<String, String> headers = new HashMap<>();
        answer.headers().forEach((name, values) -> headers.put(name, String.join(", ", values)));
        if (answer.body().isEmpty()) {
            return ValidatableResponse.create(answer.status(), headers);
        }
        // The validator finds the described media type by name alone, without parameters such as charset.
        return ValidatableResponse.create(answer.status(), headers, Buffer.buffer(answer.body()),
                answer.mediaType().orElse("(no Content-Type)"));
    }

    /** The root element the description names for this XML answer, when it is one. */
    private static Optional<String> xmlRoot(Operation operation, Answer answer) {
        Response response = operation.getResponse(answer.status());
        MediaType described = response == null || answer.body().isEmpty() ? null
                : answer.mediaType().map(type -> response.getContent().get(type)).orElse(null);
        if (described == null || described.getSchema() == null
                || !(described.getSchema().get("xml") instanceof JsonObject xml)) {
            return Optional.empty();
        }
        return Optional.ofNullable(xml.getString("name"));
    }

    private static List<String> xmlProblems(String root, String body) {
        List<String> problems = new ArrayList<>();
        try {
            String actual = XmlSchema.rootElement(body);
            if (!actual.equals(root)) {
                problems.add("the XML body is a <" + actual + ">, where docs/openapi.yaml describes a <" + root + ">");
            }
            CONTACTS_XSD.assertValid(body);
        } catch (AssertionError e) {
            problems.add(e.getMessage().lines().findFirst().orElse("not XML"));
        }
        return problems;
    }

    /** What the schema validator found, at which place of the body. */
    private static String details(ValidatorException e) {
        if (!(e instanceof SchemaValidationException invalid) || invalid.getOutputUnit() == null) {
            return "";
        }
        List<String> found = new ArrayList<>();
        collect(invalid.getOutputUnit(), found);
        return found.isEmpty() ? "" : " [" + String.join("; ", found) + "]";
    }

    private static void collect(OutputUnit unit, List<String> found) {
        if (unit.getErrors() == null || unit.getErrors().isEmpty()) {
            if (unit.getError() != null) {
                found.add(unit.getInstanceLocation() + ": " + unit.getError());
            }
            return;
        }
        unit.getErrors().forEach(inner -> collect(inner, found));
    }

    private static OpenAPIContract load() {
        try {
            // The library reads a description from a file; the one on the class path may be inside a jar.
            Path copy = Files.createTempFile("openapi", ".yaml");
            copy.toFile().deleteOnExit();
            Files.writeString(copy, resource(DESCRIPTION));
            MediaTypeRegistry types = MediaTypeRegistry.createEmpty()
                    .register(MediaTypeRegistration.APPLICATION_JSON)
                    .register(MediaTypeRegistration.APPLICATION_X_WWW_FORM_URL_ENCODED)
                    .register(new TextBodies());
            return await(OpenAPIContract.builder(VERTX).setContractPath(copy.toString()).mediaTypeRegistry(types)
                    .build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(ServiceProcess.PATIENCE.toSeconds(),
                    TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the OpenAPI validator did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = OpenApiContract.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the class path: the HTTP module's build copies it");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
