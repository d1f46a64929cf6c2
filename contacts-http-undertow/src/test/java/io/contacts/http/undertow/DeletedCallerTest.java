package io.contacts.http.undertow;

import io.contacts.domain.testdata.TestDomain;
import io.contacts.domain.testdata.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user deleted while its credential is still trusted (within the credential cache's time) asks who it is: it is no
 * longer anyone, so both APIs answer their 401, not a 404 about a user the caller cannot know.
 */
class DeletedCallerTest {

    @RegisterExtension
    static final TestServer server = TestServer.perTestClass();
    private static final TestDomain domain = server.domain();

    @Test
    void v1sWhoAmIIs401() {
        TestUser user = domain.newUser();
        assertThat(server.as(user).get("/account/who_am_i").status()).as("verified, and so trusted a while")
                .isEqualTo(200);

        domain.useCases().deleteUser().deleteUser(user.email());
        Reply reply = server.as(user).get("/account/who_am_i");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(XPath.value(reply.body(), "/hash/message")).isEqualTo("Authentication failed for API request.");
    }

    @Test
    void v2sUsersMeAndCompanyAre401() {
        TestUser user = domain.newUser();
        assertThat(server.v2(user).get("/v2/users/me").status()).as("verified, and so trusted a while").isEqualTo(200);

        domain.useCases().deleteUser().deleteUser(user.email());

        assertThat(server.v2(user).get("/v2/users/me").status()).isEqualTo(401);
        assertThat(server.v2(user).get("/v2/company").status()).isEqualTo(401);
    }
}
