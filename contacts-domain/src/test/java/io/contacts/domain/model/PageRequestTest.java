package io.contacts.domain.model;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a page request may ask for, how many entries each kind skips, and the page that answers it. */
class PageRequestTest {

    @Test
    void theFactoriesSayWhereAPageStarts() {
        OptionalLong none = OptionalLong.empty();
        assertThat(PageRequest.first(50)).isEqualTo(new PageRequest(50, none, 1, none));
        assertThat(PageRequest.following(17, 50)).isEqualTo(new PageRequest(50, OptionalLong.of(17), 0, none));
        assertThat(PageRequest.numbered(3, 50)).isEqualTo(new PageRequest(50, none, 3, none));
        assertThat(PageRequest.following(17, 50, 400)).isEqualTo(new PageRequest(50, OptionalLong.of(17), 0,
                OptionalLong.of(400)));
    }

    @Test
    void aNumberedPageSkipsThePagesBeforeItAndAFollowingOneSkipsNothing() {
        assertThat(PageRequest.first(50).offset()).isZero();
        assertThat(PageRequest.numbered(3, 50).offset()).isEqualTo(100);
        assertThat(PageRequest.numbered(Integer.MAX_VALUE, PageRequest.MAX_SIZE).offset())
                .isEqualTo((Integer.MAX_VALUE - 1L) * PageRequest.MAX_SIZE);
        assertThat(PageRequest.following(17, 50).offset()).isZero();
        assertThat(new PageRequest(50, OptionalLong.of(17), 4, OptionalLong.empty()).offset()).isZero();
    }

    @Test
    void aSizeOutsideOneToTheMaximumAnIdBelowOneOrAPageBelowOneIsRefused() {
        assertThat(PageRequest.first(1).size()).isEqualTo(1);
        assertThat(PageRequest.first(PageRequest.MAX_SIZE).size()).isEqualTo(100_000);
        assertThatThrownBy(() -> PageRequest.first(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PageRequest.first(100_001)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PageRequest.following(0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PageRequest.numbered(0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PageRequest(10, OptionalLong.of(5), -1, OptionalLong.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyAPageThatFollowsAnotherCarriesACount() {
        assertThatThrownBy(() -> new PageRequest(10, OptionalLong.empty(), 1, OptionalLong.of(5)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PageRequest.following(5, 10, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPageCopiesItsEntries() {
        List<String> entries = new ArrayList<>(List.of("a"));
        Page<String> page = new Page<>(entries, 1, false);
        entries.add("b");

        assertThat(page.entries()).containsExactly("a");
        assertThatThrownBy(() -> page.entries().add("c")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> new Page<>(entries, -1, false)).isInstanceOf(IllegalArgumentException.class);
    }
}
