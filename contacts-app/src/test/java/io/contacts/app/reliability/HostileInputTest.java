package io.contacts.app.reliability;

import io.contacts.app.ApiClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input against the running service on PostgreSQL, in XML and JSON, on every route that takes a body:
 * each case gets the status and message {@code docs/api.md} documents, the body gives nothing away, the service
 * answers the next request, and the account's data is exactly as before.
 */
class HostileInputTest {

    @RegisterExtension
    static final SecretsInLogs LOGS = SecretsInLogs.atInfoLevel();

    private static final String DOCTYPE_REFUSED = "DOCTYPE declarations are not allowed in a request body";
    private static final String NOT_UTF8 = "The request body is not valid UTF-8";
    private static final String TOO_LARGE = "Request body too large: at most 1048576 bytes are accepted";
    private static final String BAD_SINCE = "updated_since must be a UTC date and time";
    private static final String SECRET = "contents-of-a-file-no-one-may-read-" + UUID.randomUUID();
    private static final String TWO_TO_THE_63 = "9223372036854775808";

    /** Requests sent and their statuses, by case, for the report. */
    private static final Map<String, Integer> TALLY = new TreeMap<>();

    @TempDir
    static Path directory;

    private static Service service;
    private static Tenant tenant;
    private static long client;
    private static long contact;
    private static Path secretFile;
    /** Where an external entity would be fetched from: a listener that must never see a connection. */
    private static ServerSocketChannel lure;

    @BeforeAll
    static void start() throws IOException {
        service = Service.start(Store.POSTGRES);
        tenant = service.newTenant("Hostile Input Ltd");
        client = Service.createClient(tenant.basic(), "Acme");
        contact = Service.createContact(tenant.basic(), client, "Jane");
        secretFile = Files.writeString(directory.resolve("secret.txt"), SECRET);
        lure = ServerSocketChannel.open().bind(new InetSocketAddress("127.0.0.1", 0));
        lure.configureBlocking(false);
    }

    @AfterAll
    static void stop() throws IOException {
        Report.line("hostile input: %d requests; by status and kind: %s",
                TALLY.values().stream().mapToInt(Integer::intValue).sum(), TALLY);
        lure.close();
        service.close();
    }

    /** The routes that take a body. */
    enum Target {
        CREATE_CONTACT("POST", "/contacts", "contact"),
        UPDATE_CONTACT("PUT", "/contacts/", "contact"),
        CREATE_CLIENT("POST", "/clients", "client"),
        UPDATE_CLIENT("PUT", "/clients/", "client");

        final String method;
        final String path;
        final String root;

        Target(String method, String path, String root) {
            this.method = method;
            this.path = path;
            this.root = root;
        }

        boolean isContact() {
            return root.equals("contact");
        }

        String path() {
            return method.equals("POST") ? path : path + (isContact() ? contact : client);
        }

        /** The required text field, in XML spelling. */
        String textElement() {
            return isContact() ? "first-name" : "name";
        }

        String label() {
            return isContact() ? "First name" : "Name";
        }

        /** Every text field with its label, in XML spelling. */
        Map<String, String> textFields() {
            return isContact()
                    ? Map.of("first-name", "First name", "last-name", "Last name", "email", "Email", "title", "Title",
                    "phone-office", "Phone office", "phone-mobile", "Phone mobile", "fax", "Fax")
                    : Map.of("name", "Name", "details", "Details");
        }
    }

    /** One hostile body: how to make it for a route, and what the documentation says the answer is. */
    record Hostile(String name, String contentType, Function<Target, byte[]> body, int status,
                   Function<Target, List<String>> messages, boolean contactsOnly, boolean clientsOnly) {

        boolean appliesTo(Target target) {
            return !(contactsOnly && !target.isContact()) && !(clientsOnly && target.isContact());
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> hostileBodies() {
        List<Arguments> cases = new ArrayList<>();
        for (Hostile hostile : hostiles()) {
            for (Target target : Target.values()) {
                if (hostile.appliesTo(target)) {
                    cases.add(Arguments.of(hostile.contentType().equals(ApiClient.XML) ? "XML" : "JSON", hostile,
                            target));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1} on {2}")
    @MethodSource("hostileBodies")
    void aHostileBodyGetsTheDocumentedAnswerAndChangesNothing(String format, Hostile hostile, Target target)
            throws IOException {
        ApiClient api = tenant.basic();
        String before = Service.snapshot(api);

        HttpResponse<String> answer = api.send(target.method, target.path(), hostile.contentType(),
                hostile.body().apply(target));

        tally(answer.statusCode(), format + " " + hostile.name());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(hostile.status());
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith(hostile.contentType()));
        String messages = String.join("\n", Answers.messages(answer));
        for (String expected : hostile.messages().apply(target)) {
            assertThat(messages).contains(expected);
        }
        NoLeaks.assertClean(answer.body(), SECRET, directory.toString());
        assertThat(lure.accept()).as("a connection to fetch an external entity").isNull();
        assertThat(Service.snapshot(api)).as("the account's data").isEqualTo(before);
    }

    static List<Hostile> hostiles() {
        List<Hostile> all = new ArrayList<>();
        all.addAll(xmlHostiles());
        all.addAll(jsonHostiles());
        return all;
    }

    private static List<Hostile> xmlHostiles() {
        List<Hostile> xml = new ArrayList<>();
        xml.add(xml("a DOCTYPE", 400, DOCTYPE_REFUSED, t -> "<?xml version=\"1.0\"?><!DOCTYPE " + t.root
                + " [<!ELEMENT " + t.root + " ANY>]>" + element(t.root, element(t.textElement(), "Mallory"))));
        xml.add(xml("an external entity (file)", 400, DOCTYPE_REFUSED, t -> "<?xml version=\"1.0\"?><!DOCTYPE "
                + t.root + " [<!ENTITY xxe SYSTEM \"" + secretFile.toUri() + "\">]>"
                + element(t.root, element(t.textElement(), "&xxe;"))));
        xml.add(xml("an external entity (http)", 400, DOCTYPE_REFUSED, t -> "<!DOCTYPE " + t.root
                + " [<!ENTITY xxe SYSTEM \"" + lureUrl() + "/entity\">]>"
                + element(t.root, element(t.textElement(), "&xxe;"))));
        xml.add(xml("an external parameter entity (http)", 400, DOCTYPE_REFUSED, t -> "<!DOCTYPE " + t.root
                + " [<!ENTITY % dtd SYSTEM \"" + lureUrl() + "/parameter.dtd\"> %dtd;]>"
                + element(t.root, element(t.textElement(), "x"))));
        xml.add(xml("an external DTD (http)", 400, DOCTYPE_REFUSED, t -> "<!DOCTYPE " + t.root + " SYSTEM \""
                + lureUrl() + "/external.dtd\">" + element(t.root, element(t.textElement(), "x"))));
        xml.add(xml("entity expansion (billion laughs)", 400, DOCTYPE_REFUSED, t -> billionLaughs(t)));
        xml.add(xml("10,000-deep nesting", 400, "The request body nests elements deeper than 32 levels",
                t -> element(t.root, "<a>".repeat(10_000) + "</a>".repeat(10_000))));
        xml.add(xml("100,000 sibling elements", 400, "The request body has more than 1000 elements",
                t -> element(t.root, "<x/>".repeat(100_000))));
        xml.add(xml("a 100,000-character text", 400, "longer than 65536 characters",
                t -> element(t.root, element(t.textElement(), "x".repeat(100_000)))));
        for (Map.Entry<String, byte[]> invalid : invalidUtf8().entrySet()) {
            xml.add(new Hostile("invalid UTF-8 (" + invalid.getKey() + ")", ApiClient.XML,
                    t -> concat("<" + t.root + "><" + t.textElement() + ">a", invalid.getValue(),
                            "b</" + t.textElement() + "></" + t.root + ">"),
                    400, t -> List.of(NOT_UTF8), false, false));
        }
        xml.add(new Hostile("a NUL byte", ApiClient.XML,
                t -> concat("<" + t.root + "><" + t.textElement() + ">a", new byte[] {0},
                        "b</" + t.textElement() + "></" + t.root + ">"),
                400, t -> List.of("The request body is not well-formed XML"), false, false));
        xml.add(xml("a NUL character reference", 400, "The request body is not well-formed XML",
                t -> element(t.root, element(t.textElement(), "a&#0;b"))));
        xml.add(xml("a control character (U+0001)", 400, "The request body is not well-formed XML",
                t -> element(t.root, element(t.textElement(), "a\u0001b"))));
        xml.add(xml("a control character reference (&#x1;)", 400, "The request body is not well-formed XML",
                t -> element(t.root, element(t.textElement(), "a&#x1;b"))));
        xml.add(new Hostile("10,000-character fields", ApiClient.XML, t -> {
            StringBuilder fields = new StringBuilder();
            t.textFields().keySet().forEach(name -> fields.append(element(name, "x".repeat(10_000))));
            return bytes(element(t.root, fields.toString()));
        }, 422, HostileInputTest::tooLong, false, false));
        for (String number : List.of(TWO_TO_THE_63, "-9223372036854775809", "99999999999999999999", "1e3", "0x10")) {
            xml.add(new Hostile("client-id " + number, ApiClient.XML, t -> bytes(element("contact",
                    element("client-id", number) + element("first-name", "A") + element("last-name", "B"))),
                    400, t -> List.of("client-id must be an integer"), true, false));
        }
        xml.add(new Hostile("active " + TWO_TO_THE_63, ApiClient.XML,
                t -> bytes(element("client", element("name", "Acme") + element("active", TWO_TO_THE_63))),
                400, t -> List.of("active must be true or false"), false, true));
        return xml;
    }

    private static List<Hostile> jsonHostiles() {
        List<Hostile> json = new ArrayList<>();
        json.add(json("10,000-deep nesting (arrays)", 400, "nests deeper than 32 levels",
                t -> "{\"" + t.root + "\":{\"x\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}}"));
        json.add(json("10,000-deep nesting (objects)", 400, "nests deeper than 32 levels",
                t -> "{\"" + t.root + "\":" + "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000) + "}"));
        json.add(json("100,000 sibling members", 400, "The request body has more than 1000 members", t -> {
            StringBuilder members = new StringBuilder("{\"" + t.root + "\":{\"" + jsonName(t.textElement()) + "\":\"\"");
            for (int i = 0; i < 100_000; i++) {
                members.append(",\"x").append(Integer.toString(i, 36)).append("\":0");
            }
            return members.append("}}").toString();
        }));
        json.add(json("a 100,000-element array", 422, null, t -> "{\"" + t.root + "\":{\""
                + jsonName(t.textElement()) + "\":\"\",\"x\":[" + "0,".repeat(99_999) + "0]}}"));
        json.add(json("a 100,000-character text", 400, "longer than 65536 characters",
                t -> "{\"" + t.root + "\":{\"" + jsonName(t.textElement()) + "\":\"" + "x".repeat(100_000) + "\"}}"));
        for (Map.Entry<String, byte[]> invalid : invalidUtf8().entrySet()) {
            json.add(new Hostile("invalid UTF-8 (" + invalid.getKey() + ")", ApiClient.JSON,
                    t -> concat("{\"" + t.root + "\":{\"" + jsonName(t.textElement()) + "\":\"a", invalid.getValue(),
                            "b\"}}"),
                    400, t -> List.of(NOT_UTF8), false, false));
        }
        json.add(new Hostile("a NUL byte", ApiClient.JSON,
                t -> concat("{\"" + t.root + "\":{\"" + jsonName(t.textElement()) + "\":\"a", new byte[] {0}, "b\"}}"),
                400, t -> List.of("The request body is not well-formed JSON"), false, false));
        json.add(json("a control character (U+0001)", 400, "The request body is not well-formed JSON",
                t -> "{\"" + t.root + "\":{\"" + jsonName(t.textElement()) + "\":\"a\u0001b\"}}"));
        for (String escape : List.of("\\u0000", "\\u0001", "\\u001b", "\\ud800", "\\uffff")) {
            json.add(new Hostile("the escape " + escape, ApiClient.JSON,
                    t -> bytes("{\"" + t.root + "\":{\"" + jsonName(t.textElement()) + "\":\"a" + escape + "b\"}}"),
                    422, t -> List.of(t.label() + " contains characters that are not allowed"), false, false));
        }
        json.add(new Hostile("10,000-character fields", ApiClient.JSON, t -> {
            StringBuilder fields = new StringBuilder();
            t.textFields().keySet().forEach(name -> fields.append(fields.length() == 0 ? "" : ",")
                    .append('"').append(jsonName(name)).append("\":\"").append("x".repeat(10_000)).append('"'));
            return bytes("{\"" + t.root + "\":{" + fields + "}}");
        }, 422, HostileInputTest::tooLong, false, false));
        for (String number : List.of(TWO_TO_THE_63, "-9223372036854775809", "\"" + TWO_TO_THE_63 + "\"", "1e3",
                "1.5", "true")) {
            json.add(new Hostile("client_id " + number, ApiClient.JSON,
                    t -> bytes("{\"contact\":{\"client_id\":" + number + ",\"first_name\":\"A\",\"last_name\":\"B\"}}"),
                    400, t -> List.of("client_id must be an integer"), true, false));
        }
        json.add(new Hostile("active " + TWO_TO_THE_63, ApiClient.JSON,
                t -> bytes("{\"client\":{\"name\":\"Acme\",\"active\":" + TWO_TO_THE_63 + "}}"),
                400, t -> List.of("active must be true or false"), false, true));
        return json;
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("oversizedBodies")
    void aTenMebibyteBodyIs413AndTheServiceGoesOn(String type, String transfer) {
        ApiClient api = tenant.basic();
        String before = Service.snapshot(api);
        long size = 10L * 1024 * 1024;
        String framing = transfer.equals("chunked") ? "Transfer-Encoding: chunked" : "Content-Length: " + size;

        RawHttp.Answer answer = RawHttp.exchange(service.port(), bytes("POST /contacts HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Authorization: " + ApiClient.basicAuthorization(tenant.email(), tenant.password()) + "\r\n"
                        + "Content-Type: " + type + "\r\nAccept: " + type + "\r\n" + framing + "\r\n\r\n"),
                transfer.equals("chunked") ? RawHttp.chunked((byte) 'x', size) : RawHttp.repeated((byte) 'x', size));

        tally(answer.status(), "10 MiB body (" + transfer + ")");
        assertThat(answer.status()).as(answer.head()).isEqualTo(413);
        assertThat(Answers.messages(answer.header("Content-Type").orElse(""), answer.body())).containsExactly(TOO_LARGE);
        NoLeaks.assertClean(answer.body());
        assertThat(Service.snapshot(api)).isEqualTo(before);
    }

    static Stream<Arguments> oversizedBodies() {
        return Stream.of(Arguments.of(ApiClient.XML, "Content-Length"), Arguments.of(ApiClient.XML, "chunked"),
                Arguments.of(ApiClient.JSON, "Content-Length"), Arguments.of(ApiClient.JSON, "chunked"));
    }

    @Test
    void aTwoMebibyteBodyIs413OnAConnectionThatStaysUsable() {
        ApiClient api = tenant.basic();
        String before = Service.snapshot(api);
        String padding = "x".repeat(2 * 1024 * 1024);

        HttpResponse<String> xml = api.post("/contacts", "<contact><title>" + padding + "</title></contact>");
        HttpResponse<String> json = api.post("/contacts", "{\"contact\":{\"title\":\"" + padding + "\"}}",
                ApiClient.JSON);

        tally(xml.statusCode(), "2 MiB body");
        tally(json.statusCode(), "2 MiB body");
        assertThat(Answers.messages(xml)).containsExactly(TOO_LARGE);
        assertThat(Answers.messages(json)).containsExactly(TOO_LARGE);
        assertThat(Service.snapshot(api)).isEqualTo(before);
    }

    /**
     * Heads the HTTP layer refuses before any route runs: 400 with an empty body and the connection closed
     * (SPEC and docs/api.md set the limits: 16 KiB of head, 100 headers).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("badHeads")
    void aHugeOrMalformedHeadIs400(String name, String head) {
        ApiClient api = tenant.basic();
        String before = Service.snapshot(api);

        RawHttp.Answer answer = RawHttp.exchange(service.port(), head);

        tally(answer.status(), "head: " + name);
        assertThat(answer.status()).as(answer.head()).isEqualTo(400);
        NoLeaks.assertClean(answer.head() + answer.body());
        assertThat(Service.snapshot(api)).isEqualTo(before);
    }

    static Stream<Arguments> badHeads() {
        String auth = "Authorization: " + ApiClient.basicAuthorization(tenant.email(), tenant.password()) + "\r\n";
        // Connection: close everywhere, so that a head the server would answer and keep open still ends the read.
        String start = "GET /contacts HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n" + auth;
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 150; i++) {
            many.append("X-Header-").append(i).append(": ").append(i).append("\r\n");
        }
        return Stream.of(
                Arguments.of("a 20 KiB header", start + "X-Big: " + "a".repeat(20 * 1024) + "\r\n\r\n"),
                Arguments.of("150 headers", start + many + "\r\n"),
                Arguments.of("a 20 KiB path", "GET /contacts/" + "1".repeat(20 * 1024) + " HTTP/1.1\r\nHost: x\r\n"
                        + "Connection: close\r\n" + auth + "\r\n"),
                Arguments.of("a header line without a colon", start + "NoColonHere\r\n\r\n"),
                Arguments.of("a space in a header name", start + "Bad Name: value\r\n\r\n"),
                Arguments.of("a control character in a header value", start + "X-Value: a\u0001b\r\n\r\n"),
                Arguments.of("a NUL in a header value", start + "X-Value: a\u0000b\r\n\r\n"),
                Arguments.of("a NUL in the path", "GET /contacts\u0000 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n" + auth
                        + "\r\n"),
                Arguments.of("bare LF line ends", "GET /contacts HTTP/1.1\nHost: x\nConnection: close\n"
                        + auth.replace("\r\n", "\n") + "\n"),
                Arguments.of("two different Content-Lengths", start.replace("GET", "POST")
                        + "Content-Length: 5\r\nContent-Length: 6\r\n\r\nhello"),
                Arguments.of("Content-Length with chunked", start.replace("GET", "POST")
                        + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"),
                Arguments.of("a malformed escape in the query", "GET /contacts?updated_since=%ZZ HTTP/1.1\r\n"
                        + "Host: x\r\nConnection: close\r\n" + auth + "\r\n"),
                Arguments.of("not HTTP at all", "hello, is anyone there?\r\n\r\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedCredentials")
    void malformedBasicCredentialsAre401AndChangeNothing(String name, String authorization) {
        ApiClient api = tenant.basic();
        String before = Service.snapshot(api);
        ApiClient intruder = ApiClient.authorization(service.port(), authorization);

        for (HttpResponse<String> answer : List.of(intruder.get("/contacts"),
                intruder.post("/contacts", "<contact><client-id>" + client + "</client-id><first-name>M</first-name>"
                        + "<last-name>M</last-name></contact>"),
                intruder.delete("/contacts/" + contact))) {
            tally(answer.statusCode(), "credentials: " + name);
            assertThat(answer.statusCode()).isEqualTo(401);
            assertThat(answer.headers().firstValue("WWW-Authenticate")).contains("Basic realm=\"Contacts\"");
            assertThat(Answers.messages(answer)).containsExactly("Authentication failed for API request.");
            NoLeaks.assertClean(answer.body());
        }
        assertThat(Service.snapshot(api)).isEqualTo(before);
    }

    static Stream<Arguments> malformedCredentials() {
        Base64.Encoder base64 = Base64.getEncoder();
        String email = tenant.email();
        return Stream.of(
                Arguments.of("the scheme alone", "Basic"),
                Arguments.of("not Base64", "Basic !!!not-base64!!!"),
                Arguments.of("no colon", "Basic " + base64.encodeToString(bytes(email))),
                Arguments.of("no e-mail", "Basic " + base64.encodeToString(bytes(":" + tenant.password()))),
                Arguments.of("no password", "Basic " + base64.encodeToString(bytes(email + ":"))),
                Arguments.of("invalid UTF-8", "Basic " + base64.encodeToString(new byte[] {(byte) 0xff, ':', (byte) 0xfe})),
                Arguments.of("NULs", "Basic " + base64.encodeToString(bytes("\u0000:\u0000"))),
                // As Ruby's decode64, text after the padding is ignored (docs/api.md, Compatibility); base64 that runs
                // on past unpadded data makes the password longer, and that must still fail.
                Arguments.of("garbage after the unpadded credential", ApiClient.basicAuthorization(email,
                        tenant.password()).replace("=", "") + "garbage"),
                Arguments.of("a 12,000-character credential", "Basic " + "A".repeat(12_000)),
                Arguments.of("a 10,000-character password", "Basic " + base64.encodeToString(
                        bytes(email + ":" + "p".repeat(10_000)))),
                Arguments.of("SQL in the e-mail", "Basic " + base64.encodeToString(
                        bytes("' OR '1'='1'; --@x.example:" + tenant.password()))),
                Arguments.of("an empty Bearer token", "Bearer "),
                Arguments.of("a 600-character Bearer token", "Bearer " + "t".repeat(600)),
                Arguments.of("another scheme", "Digest username=\"" + email + "\""),
                Arguments.of("an NTLM handshake", "NTLM TlRMTVNTUAABAAAAB4IIogAAAAAAAAAAAAAAAAAAAAAGAbEdAAAADw=="));
    }

    @Test
    void twoAuthorizationHeadersAre401() {
        String valid = ApiClient.basicAuthorization(tenant.email(), tenant.password());

        RawHttp.Answer answer = RawHttp.exchange(service.port(), "GET /contacts HTTP/1.1\r\nHost: x\r\n"
                + "Authorization: " + valid + "\r\nAuthorization: " + valid + "\r\nConnection: close\r\n\r\n");

        tally(answer.status(), "credentials: two Authorization headers");
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.header("WWW-Authenticate")).contains("Basic realm=\"Contacts\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "2010-13-45", "2010-02-30 10:00", "2010-09-25 25:00", "2010-09-25T18:30+99:00",
        "2010-09-25 18:30 PST", "'; drop table contacts; --", "1e10", "-1", "\u0000", "\u00e9t\u00e9 2010",
        "2010-09-25 18:30 UTC UTC"})
    void garbageUpdatedSinceIs400NamingTheAcceptedForms(String since) {
        ApiClient api = tenant.basic();
        String before = Service.snapshot(api);
        String query = "?updated_since=" + URLEncoder.encode(since, StandardCharsets.UTF_8);

        for (String path : List.of("/contacts", "/clients", "/clients/" + client + "/contacts")) {
            for (String type : List.of(ApiClient.XML, ApiClient.JSON)) {
                HttpResponse<String> answer = api.get(path + query, type);
                tally(answer.statusCode(), "updated_since");
                assertThat(answer.statusCode()).as(path + query).isEqualTo(400);
                assertThat(Answers.messages(answer)).singleElement().asString().startsWith(BAD_SINCE)
                        .contains("accepted forms");
                NoLeaks.assertClean(answer.body());
            }
        }
        assertThat(Service.snapshot(api)).isEqualTo(before);
    }

    @Test
    void aTenThousandCharacterUpdatedSinceIs400() {
        HttpResponse<String> answer = tenant.basic().get("/contacts?updated_since=" + "9".repeat(10_000));

        tally(answer.statusCode(), "updated_since");
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(Answers.messages(answer)).singleElement().asString().startsWith(BAD_SINCE);
    }

    @ParameterizedTest
    @ValueSource(strings = {TWO_TO_THE_63, "99999999999999999999", "-1", "0", "1.5", "abc", "%00", "1%20OR%201=1",
        "1'%20OR%20'1'='1"})
    void anIdThatIsNotAPositive64BitIntegerIs404(String id) {
        ApiClient api = tenant.basic();
        String before = Service.snapshot(api);

        for (String path : List.of("/contacts/" + id, "/clients/" + id, "/clients/" + id + "/contacts")) {
            HttpResponse<String> read = api.get(path);
            HttpResponse<String> delete = api.delete(path);
            tally(read.statusCode(), "path id");
            assertThat(read.statusCode()).as(path).isEqualTo(404);
            assertThat(delete.statusCode()).as(path).isIn(404, 405);
            NoLeaks.assertClean(read.body());
        }
        assertThat(Service.snapshot(api)).isEqualTo(before);
    }

    private static synchronized void tally(int status, String kind) {
        TALLY.merge(status + " " + kind, 1, Integer::sum);
    }

    private static List<String> tooLong(Target target) {
        return target.textFields().values().stream()
                .map(label -> label + " is too long (maximum is 255 characters)").toList();
    }

    private static Hostile xml(String name, int status, String message, Function<Target, String> body) {
        return new Hostile(name, ApiClient.XML, t -> bytes(body.apply(t)), status, t -> List.of(message), false,
                false);
    }

    /** A JSON case; without a message, the route's required field is sent blank and that is the answer. */
    private static Hostile json(String name, int status, String message, Function<Target, String> body) {
        return new Hostile(name, ApiClient.JSON, t -> bytes(body.apply(t)), status,
                t -> List.of(message == null ? t.label() + " can't be blank" : message), false, false);
    }

    private static String billionLaughs(Target target) {
        StringBuilder bomb = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE " + target.root
                + " [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            bomb.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        return bomb.append("]>").append(element(target.root, element(target.textElement(), "&lol9;"))).toString();
    }

    /** Byte sequences no UTF-8 decoder may accept. */
    private static Map<String, byte[]> invalidUtf8() {
        Map<String, byte[]> invalid = new TreeMap<>();
        invalid.put("a lone continuation byte", new byte[] {(byte) 0x80});
        invalid.put("an overlong slash", new byte[] {(byte) 0xc0, (byte) 0xaf});
        invalid.put("an encoded surrogate", new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80});
        invalid.put("a truncated sequence", new byte[] {(byte) 0xe2, (byte) 0x82});
        invalid.put("0xFF", new byte[] {(byte) 0xff});
        invalid.put("Latin-1", "café".getBytes(StandardCharsets.ISO_8859_1));
        return invalid;
    }

    private static String lureUrl() {
        try {
            return "http://127.0.0.1:" + ((InetSocketAddress) lure.getLocalAddress()).getPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String element(String name, String content) {
        return "<" + name + ">" + content + "</" + name + ">";
    }

    private static String jsonName(String xmlName) {
        return xmlName.replace('-', '_');
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(String before, byte[] middle, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bytes(before));
        out.writeBytes(middle);
        out.writeBytes(bytes(after));
        return out.toByteArray();
    }
}
