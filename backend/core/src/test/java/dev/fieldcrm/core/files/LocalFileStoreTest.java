package dev.fieldcrm.core.files;

import dev.fieldcrm.core.shared.ValidationFailed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalFileStoreTest {
    @TempDir
    Path root;

    @Test
    void aStoredFile_readsBackForItsTenant_only() {
        FileStore store = new LocalFileStore(root);
        FilePath path = FilePath.of("proposals", "deal-1", "proposal.pdf");

        StoredFile stored = store.put("acme", path, "application/pdf", "%PDF".getBytes(StandardCharsets.US_ASCII));

        assertThat(stored.size()).isEqualTo(4);
        assertThat(store.read("acme", path)).hasValueSatisfying(bytes -> assertThat(new String(bytes, StandardCharsets.US_ASCII)).isEqualTo("%PDF"));
        assertThat(store.read("globex", path)).isEmpty();
    }

    @Test
    void storingAgain_replacesTheFile() {
        FileStore store = new LocalFileStore(root);
        FilePath path = FilePath.of("exports", "clients.csv");
        store.put("acme", path, "text/csv", new byte[]{1, 2, 3});

        store.put("acme", path, "text/csv", new byte[]{9});

        assertThat(store.read("acme", path)).hasValueSatisfying(bytes -> assertThat(bytes).containsExactly(9));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../globex/x.pdf", "a/../../b", "/etc/passwd", "a//b", "", ".hidden", "a/./b", "a\\b"})
    void aPathThatCouldLeaveTheTenantsArea_isRefused(String path) {
        assertThatThrownBy(() -> new FilePath(path)).isInstanceOf(ValidationFailed.class);
    }
}
