package io.contacts.http.undertow.v1;

import io.contacts.http.undertow.export.ExportFormat;
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

    @Test
    void anExportIsChosenOnlyWhenNamedAndPreferredToXmlAndJson() {
        assertThat(Negotiation.exportFormat("text/vcard")).contains(ExportFormat.VCARD_4);
        assertThat(Negotiation.exportFormat("text/csv, application/xml;q=0.5")).contains(ExportFormat.CSV);
        assertThat(Negotiation.exportFormat("text/vcard;q=0.5, text/csv")).contains(ExportFormat.CSV);
        assertThat(Negotiation.exportFormat("text/vcard, text/csv")).contains(ExportFormat.VCARD_4);
        assertThat(Negotiation.exportFormat("text/csv, application/xml")).isEmpty();
        assertThat(Negotiation.exportFormat("text/*")).isEmpty();
        assertThat(Negotiation.exportFormat("*/*")).isEmpty();
        assertThat(Negotiation.exportFormat("text/csv;q=0")).isEmpty();
        assertThat(Negotiation.exportFormat(null)).isEmpty();
    }

    @Test
    void aClientThatAcceptsOnlyAnExportGetsOtherAnswersInXml() {
        assertThat(Negotiation.responseFormat("text/vcard")).contains(Format.XML);
        assertThat(Negotiation.responseFormat("text/csv;q=0")).isEmpty();
    }
}
