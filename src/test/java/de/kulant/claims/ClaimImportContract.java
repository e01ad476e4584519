package de.kulant.claims;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulant.support.Api;
import de.kulant.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** CSV import through {@code POST /api/v1/claims/import}: all or nothing, errors by line. */
abstract class ClaimImportContract extends IntegrationTest {

    private static final String HEADER = "invoiceNumber;invoiceDate;dueDate;amount;currency;consumerNoticeGiven;debtorKind;"
            + "customerNumber;name;email;phone;street;postalCode;city;country";

    @Test
    void importsAGermanExportInWindows1252() {
        Tenant shop = newTenant("CSV 1252");
        String csv = HEADER + "\r\n"
                + "R-100;01.09.2026;15.09.2026;1.234,56;EUR;ja;CONSUMER;K-1;Jürgen Müller;jm@example.org;;Weißdornweg 3;80331;München;DE\r\n"
                + "R-101;02.09.2026;16.09.2026;19,99;EUR;nein;BUSINESS;K-2;Café Süß GmbH;;;Marktplatz 1;04109;Leipzig;DE\r\n";

        Api.Response response = api.postBytes("/api/v1/claims/import", csv.getBytes(Charset.forName("windows-1252")),
                "text/csv", shop.auth());

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.at("/created")).isEqualTo("2");
        Api.Response claim = api.get("/api/v1/claims?invoiceNumber=R-100", shop.auth());
        assertThat(claim.at("/items/0/amount")).isEqualTo("1234.56");
        assertThat(claim.at("/items/0/debtor/name")).isEqualTo("Jürgen Müller");
        assertThat(claim.at("/items/0/consumerNoticeGiven")).isEqualTo("true");
        assertThat(api.get("/api/v1/claims?invoiceNumber=R-101", shop.auth()).at("/items/0/debtor/kind")).isEqualTo("BUSINESS");
    }

    @Test
    void importsTheSameFileTwiceWithoutDuplicates() {
        Tenant shop = newTenant("CSV twice");
        byte[] csv = ("invoiceNumber,invoiceDate,dueDate,amount,debtorKind,name,street,postalCode,city\n"
                + "R-1,2026-09-01,2026-09-15,10.00,CONSUMER,Anna,Weg 1,10115,Berlin\n").getBytes(StandardCharsets.UTF_8);

        api.postBytes("/api/v1/claims/import", csv, "text/csv", shop.auth());
        Api.Response again = api.postBytes("/api/v1/claims/import", csv, "text/csv", shop.auth());

        assertThat(again.at("/created")).isEqualTo("0");
        assertThat(again.at("/unchanged")).isEqualTo("1");
    }

    @Test
    void aWrongHeaderIsReportedOnLineOne() {
        Tenant shop = newTenant("CSV header");
        byte[] csv = "Rechnung;Datum\nR-1;01.09.2026\n".getBytes(StandardCharsets.UTF_8);

        Api.Response response = api.postBytes("/api/v1/claims/import", csv, "text/csv", shop.auth());

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.at("/errors/0/line")).isEqualTo("1");
        assertThat(response.at("/errors/0/field")).isEqualTo("Rechnung");
    }

    @Test
    void aBrokenLineOrAnInvalidValueStoresNothingAndNamesTheLine() {
        Tenant shop = newTenant("CSV broken");
        String csv = HEADER + "\n"
                + "R-1;01.09.2026;15.09.2026;10,00;EUR;;CONSUMER;K-1;Anna;;;Weg 1;10115;Berlin;DE\n"
                + "R-2;01.09.2026;15.09.2026;10,00;EUR;;CONSUMER;K-2;Ben;;;Weg 2;10115\n"
                + "R-3;01.09.2026;15.09.2026;-3,00;EUR;;CONSUMER;K-3;Cem;;;Weg 3;10115;Berlin;DE\n";

        Api.Response broken = api.postBytes("/api/v1/claims/import", csv.getBytes(StandardCharsets.UTF_8), "text/csv",
                shop.auth());
        assertThat(broken.status()).isEqualTo(422);
        assertThat(broken.at("/errors/0/line")).isEqualTo("3");
        Api.Response german = api.postBytes("/api/v1/claims/import", csv.getBytes(StandardCharsets.UTF_8), "text/csv",
                shop.auth(), Map.of("Accept-Language", "de"));
        assertThat(german.at("/detail")).contains("Zeile 3: Die Zeile hat 13 Felder, die Kopfzeile aber 15.");
        Api.Response empty = api.postBytes("/api/v1/claims/import", new byte[0], "text/csv", shop.auth(),
                Map.of("Accept-Language", "en"));
        assertThat(empty.at("/detail")).contains("The file is empty.");

        String invalid = csv.replace("Weg 2;10115\n", "Weg 2;10115;Berlin;DE\n");
        Api.Response response = api.postBytes("/api/v1/claims/import", invalid.getBytes(StandardCharsets.UTF_8),
                "text/csv", shop.auth());
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.at("/errors/0/line")).isEqualTo("4");
        assertThat(response.at("/errors/0/field")).isEqualTo("amount");
        assertThat(api.get("/api/v1/claims", shop.auth()).at("/total")).isEqualTo("0");
    }

    @Test
    void aFileInAnUnreadableEncodingIsRefused() {
        Tenant shop = newTenant("CSV encoding");

        Api.Response response = api.postBytes("/api/v1/claims/import", (HEADER + "\n").getBytes(StandardCharsets.UTF_16),
                "text/csv", shop.auth());

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.at("/errors/0/message")).contains("UTF-16");
    }

    @Test
    void fiftyMegabytesAreRefusedBeforeTheyAreUploaded() throws Exception {
        Tenant shop = newTenant("CSV huge");

        String answer = rawRequest("POST /api/v1/claims/import HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + shop.key() + "\r\nContent-Type: text/csv\r\n"
                + "Content-Length: " + (50L * 1024 * 1024) + "\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 413");
        assertThat(answer).contains("at most 20 MB");
        assertThat(api.get("/api/v1/claims", shop.auth()).at("/total")).isEqualTo("0");
    }

    @Test
    void aClientThatSendsTheWholeOversizedFileGetsAClearRefusal() {
        Tenant shop = newTenant("CSV huge chunked");
        byte[] big = new byte[21 * 1024 * 1024];
        Arrays.fill(big, (byte) 'x');

        Api.Response response = api.postBytes("/api/v1/claims/import", big, "text/csv", shop.auth());

        assertThat(response.status()).isEqualTo(413);
    }

    /** Sends raw request headers and returns what the server answers before any body is sent. */
    private String rawRequest(String headers) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(headers.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void acceptsTheFileAsAMultipartUpload() throws Exception {
        Tenant shop = newTenant("CSV multipart");
        String csv = "invoiceNumber,invoiceDate,dueDate,amount,debtorKind,name,street,postalCode,city\n"
                + "R-1,2026-09-01,2026-09-15,10.00,CONSUMER,Anna,Weg 1,10115,Berlin\n";
        String boundary = "kulant-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"claims.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/claims/import"))
                .header("Authorization", "Bearer " + shop.key())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(api.get("/api/v1/claims", shop.auth()).at("/total")).isEqualTo("1");
    }
}
