package de.kulant.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Kulant as a process of its own, the way it runs in production: started from this test run's class path with its own
 * port and data directory, answered over HTTP, and stopped the hard way ({@code kill -9}), paused ({@code SIGSTOP})
 * and resumed ({@code SIGCONT}) like any process. Its output goes to {@code <data-dir>/out.log}.
 */
public final class AppProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String name;
    private final Process process;
    private final int port;
    private final Path log;

    private AppProcess(String name, Process process, int port, Path log) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts an instance on the database at {@code jdbcUrl} with the given settings; see {@link #awaitReady}. */
    public static AppProcess start(String name, String jdbcUrl, Path dataDir, Map<String, String> settings)
            throws IOException {
        Files.createDirectories(dataDir);
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), "de.kulant.KulantApplication",
                "--server.port=" + port, "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + System.getProperty("kulant.test.postgres.user", "postgres"),
                "--spring.datasource.password=" + System.getProperty("kulant.test.postgres.password", ""),
                "--kulant.data-dir=" + dataDir.toAbsolutePath(), "--kulant.demo.seed=false",
                "--kulant.admin.user=admin", "--kulant.admin.password=" + IntegrationTest.ADMIN_PASSWORD,
                "--logging.file.name=", "--spring.main.banner-mode=off"));
        settings.forEach((key, value) -> command.add("--" + key + "=" + value));
        Path log = dataDir.resolve("out.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new AppProcess(name, process, port, log);
    }

    /** Waits until the instance answers its readiness probe. */
    public AppProcess awaitReady(Duration within) throws Exception {
        long until = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < until) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped while starting:\n" + tail());
            }
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create(url() + "/actuator/health/readiness")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " not ready within " + within + ":\n" + tail());
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** {@code kill -9}: the process ends at once, in the middle of whatever it does. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    public void pause() throws Exception {
        signal("STOP");
    }

    public void resume() throws Exception {
        signal("CONT");
    }

    private void signal(String signal) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new IllegalStateException("kill -" + signal + " " + process.pid() + " failed");
        }
    }

    /** The last lines the instance wrote. */
    public String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    public String output() throws IOException {
        return Files.readString(log);
    }

    /** Stops the instance the friendly way (SIGTERM: graceful shutdown), or the hard way after 30 s. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
