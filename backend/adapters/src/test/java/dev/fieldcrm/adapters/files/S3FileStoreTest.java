package dev.fieldcrm.adapters.files;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.fieldcrm.core.files.FilePath;
import dev.fieldcrm.core.files.StoredFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The S3 adapter through the real AWS SDK (signing, path-style requests, error parsing) against a WireMock S3. */
class S3FileStoreTest {
    private static final String BUCKET = "fieldcrm-files";
    private static final byte[] PDF = "%PDF-1.7 proposal".getBytes(StandardCharsets.US_ASCII);
    private static WireMockServer s3Stub;
    private static S3Client s3;

    private S3FileStore store;

    @BeforeAll
    static void startS3Stub() {
        s3Stub = new WireMockServer(options().dynamicPort());
        s3Stub.start();
        s3 = FileStores.s3(new StubFiles(URI.create("http://localhost:" + s3Stub.port())), "eu-central-1");
    }

    @AfterAll
    static void stopS3Stub() {
        s3.close();
        s3Stub.stop();
    }

    @BeforeEach
    void freshStubs() {
        s3Stub.resetAll();
        store = new S3FileStore(s3, BUCKET);
    }

    @Test
    void aFile_isPutUnderTheTenantsPrefix_encryptedAtRest_withItsContentType() {
        s3Stub.stubFor(put(urlEqualTo("/" + BUCKET + "/acme/clients/C1/proposals/P1.pdf"))
                .willReturn(aResponse().withStatus(200).withHeader("ETag", "\"abc\"")));

        StoredFile stored = store.put("acme", FilePath.of("clients", "C1", "proposals", "P1.pdf"), "application/pdf", PDF);

        assertThat(stored.size()).isEqualTo(PDF.length);
        List<LoggedRequest> puts = s3Stub.findAll(putRequestedFor(urlEqualTo("/" + BUCKET + "/acme/clients/C1/proposals/P1.pdf")));
        assertThat(puts).hasSize(1);
        LoggedRequest request = puts.getFirst();
        assertThat(request.getHeader("x-amz-server-side-encryption")).isEqualTo("AES256");
        assertThat(request.getHeader("Content-Type")).isEqualTo("application/pdf");
        assertThat(request.getHeader("Authorization")).startsWith("AWS4-HMAC-SHA256 Credential=local/");
        assertThat(new String(request.getBody(), StandardCharsets.US_ASCII)).contains("%PDF-1.7 proposal");
    }

    @Test
    void aStoredFile_isReadBackFromTheTenantsPrefix() {
        s3Stub.stubFor(get(urlEqualTo("/" + BUCKET + "/acme/clients/C1/proposals/P1.pdf"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/pdf").withBody(PDF)));

        assertThat(store.read("acme", FilePath.of("clients", "C1", "proposals", "P1.pdf"))).hasValue(PDF);
        // Another tenant asking for the same path asks for another object, which the bucket does not have.
        assertThat(store.read("globex", FilePath.of("clients", "C1", "proposals", "P1.pdf"))).isEmpty();
    }

    @Test
    void aMissingFile_isEmpty_whetherS3AnswersNoSuchKey_orABare404() {
        s3Stub.stubFor(get(urlEqualTo("/" + BUCKET + "/acme/clients/C1/missing.pdf"))
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/xml")
                        .withBody("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>NoSuchKey</Code>"
                                + "<Message>The specified key does not exist.</Message></Error>")));
        s3Stub.stubFor(get(urlEqualTo("/" + BUCKET + "/acme/clients/C1/bare.pdf")).willReturn(aResponse().withStatus(404)));

        assertThat(store.read("acme", FilePath.of("clients", "C1", "missing.pdf"))).isEmpty();
        assertThat(store.read("acme", FilePath.of("clients", "C1", "bare.pdf"))).isEmpty();
    }

    @Test
    void aRefusal_isNotMistakenForAMissingFile() {
        s3Stub.stubFor(get(urlEqualTo("/" + BUCKET + "/acme/clients/C1/secret.pdf"))
                .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/xml")
                        .withBody("<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>")));

        assertThatThrownBy(() -> store.read("acme", FilePath.of("clients", "C1", "secret.pdf")))
                .isInstanceOf(S3Exception.class);
    }

    /** Settings as FileStores reads them: an endpoint override, as for any S3-compatible store. */
    private record StubFiles(URI s3Endpoint) implements FileStoreSettings {
        @Override
        public Optional<Path> dir() {
            return Optional.empty();
        }

        @Override
        public Optional<String> bucket() {
            return Optional.of(BUCKET);
        }

        @Override
        public Optional<String> region() {
            return Optional.empty();
        }

        @Override
        public Optional<URI> endpoint() {
            return Optional.of(s3Endpoint);
        }
    }
}
