package io.contacts.http.undertow.v1;

import io.contacts.http.undertow.v1.representation.Format;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A range's {@code q} is read wherever it stands among its parameters, in either case, with spaces around the
 * {@code ;} — where Undertow's {@code QValueParser}, written for {@code Accept-Encoding}, gives it to no range.
 */
class NegotiationTest {

    @Test
    void aQualityAfterAnotherParameterIsTheRangesQuality() {
        assertThat(Negotiation.responseFormat("application/json; charset=utf-8; q=0.5, application/xml; q=0.9"))
                .contains(Format.XML);
    }

    @Test
    void theQualityParameterIsCaseInsensitiveAndMayFollowASpace() {
        assertThat(Negotiation.responseFormat("application/json;Q=0.5, application/xml;q=0.9")).contains(Format.XML);
        assertThat(Negotiation.responseFormat("application/json ;q=0.5, application/xml ;q=0.9")).contains(Format.XML);
    }

    @Test
    void aZeroQualityAfterAnotherParameterRefusesTheRange() {
        assertThat(Negotiation.responseFormat("application/json; charset=utf-8; q=0")).isEmpty();
    }
}
