package io.contacts.http.undertow;

import org.w3c.dom.Node;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.ComparisonResult;
import org.xmlunit.diff.ComparisonType;
import org.xmlunit.diff.DefaultNodeMatcher;
import org.xmlunit.diff.Diff;
import org.xmlunit.diff.DifferenceEvaluator;
import org.xmlunit.diff.DifferenceEvaluators;
import org.xmlunit.diff.ElementSelectors;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Test support: the seed's example documents, kept verbatim in {@code src/test/resources/golden}, and an
 * XMLUnit comparison that ignores indentation but not element order. Ids are the one thing a store chooses:
 * the seed's ids stand for the ids the test's store assigned, given as a map.
 */
final class Golden {

    private Golden() {
    }

    static String read(String name) {
        try (InputStream in = Golden.class.getResourceAsStream("/golden/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no golden file " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param ids the seed's id values (as text) and the ids the response must have in their place
     */
    static void assertMatches(String goldenName, String actual, Map<String, Long> ids) {
        Diff diff = DiffBuilder.compare(read(goldenName))
                .withTest(actual)
                .ignoreWhitespace()
                .withNodeMatcher(new DefaultNodeMatcher(ElementSelectors.byName))
                .withDifferenceEvaluator(DifferenceEvaluators.chain(DifferenceEvaluators.Default,
                        orderMatters(), idsStandFor(ids)))
                .checkForSimilar()
                .build();
        assertThat(diff.hasDifferences()).as("differences from the seed's %s: %s\n%s", goldenName, diff, actual)
                .isFalse();
    }

    /** The seed's element order is part of the contract: a reordering is a difference, not a similarity. */
    private static DifferenceEvaluator orderMatters() {
        return (comparison, outcome) -> comparison.getType() == ComparisonType.CHILD_NODELIST_SEQUENCE
                && outcome != ComparisonResult.EQUAL ? ComparisonResult.DIFFERENT : outcome;
    }

    private static DifferenceEvaluator idsStandFor(Map<String, Long> ids) {
        return (comparison, outcome) -> {
            if (outcome != ComparisonResult.DIFFERENT || comparison.getType() != ComparisonType.TEXT_VALUE) {
                return outcome;
            }
            Node control = comparison.getControlDetails().getTarget();
            Node test = comparison.getTestDetails().getTarget();
            Long expected = ids.get(control.getNodeValue());
            boolean isId = control.getParentNode() != null
                    && (control.getParentNode().getNodeName().equals("id")
                    || control.getParentNode().getNodeName().equals("client-id"));
            return isId && expected != null && expected.toString().equals(test.getNodeValue())
                    ? ComparisonResult.EQUAL : outcome;
        };
    }
}
