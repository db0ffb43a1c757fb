package dev.fieldcrm.api.embed;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The snippet is loaded by every page of a customer's website: it stays within its size budget. */
class EmbedSnippetSizeTest {
    static final String SNIPPET = "/META-INF/resources/embed/fieldcrm-form.js";
    private static final int BUDGET_GZIPPED = 5 * 1024;

    @Test
    void snippet_gzipped_fitsIn5KB() throws IOException {
        byte[] source;
        try (InputStream in = getClass().getResourceAsStream(SNIPPET)) {
            assertThat(in).as(SNIPPET).isNotNull();
            source = in.readAllBytes();
        }
        ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(gzipped)) {
            gzip.write(source);
        }

        assertThat(gzipped.size()).as("gzipped size of %s (%d bytes plain)", SNIPPET, source.length)
                .isLessThanOrEqualTo(BUDGET_GZIPPED);
    }
}
