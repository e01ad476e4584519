package de.kulant;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Closed-loop HTTP load with wrk (Debian package {@code wrk}): a few connections without pause, the paths taken in
 * turn, with a bearer key. wrk is written in C on epoll and takes a few per cent of a core, where a JVM load tool on
 * the same two cores takes a quarter of what the server under test could use.
 */
public final class WrkLoad {

    private static final Pattern FIGURES = Pattern.compile(
            "KULANT rps=([0-9.]+) p50=([0-9.]+) p95=([0-9.]+) p99=([0-9.]+) failed=([0-9]+)");

    private WrkLoad() {
    }

    /** Runs wrk against {@code baseUrl} and returns rps, p50, p95, p99 (ms) and failed (errors and non-2xx). */
    public static Map<String, Double> run(String baseUrl, List<String> paths, String bearerKey, int connections,
                                          int seconds) throws IOException, InterruptedException {
        Path wrk = Path.of("/usr/bin/wrk");
        if (!Files.isExecutable(wrk)) {
            throw new IllegalStateException("the benchmark needs wrk as its load tool: apt-get install wrk");
        }
        Path script = Files.createTempFile("kulant-load", ".lua");
        try {
            Files.writeString(script, script(paths, bearerKey));
            Process process = new ProcessBuilder(wrk.toString(), "-t2", "-c" + connections, "-d" + seconds + "s",
                    "--timeout", "10s", "-s", script.toString(), baseUrl).redirectErrorStream(true).start();
            String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            System.out.println(printed);
            Matcher found = FIGURES.matcher(printed);
            if (!found.find()) {
                throw new IllegalStateException("wrk printed no figures:\n" + printed);
            }
            Map<String, Double> figures = new HashMap<>();
            figures.put("rps", Double.parseDouble(found.group(1)));
            figures.put("p50", Double.parseDouble(found.group(2)));
            figures.put("p95", Double.parseDouble(found.group(3)));
            figures.put("p99", Double.parseDouble(found.group(4)));
            figures.put("failed", Double.parseDouble(found.group(5)));
            return figures;
        } finally {
            Files.deleteIfExists(script);
        }
    }

    /** Each connection takes the paths in turn; the summary line is printed once, in milliseconds. */
    private static String script(List<String> paths, String key) {
        StringBuilder lua = new StringBuilder("local paths = {");
        for (String path : paths) {
            lua.append('"').append(path.replace("\"", "")).append("\",");
        }
        lua.append("}\nlocal turn = 0\n")
                .append("wrk.headers[\"Authorization\"] = \"Bearer ").append(key.replace("\"", "")).append("\"\n")
                .append("wrk.headers[\"Accept\"] = \"application/json\"\n")
                .append("request = function()\n  turn = turn + 1\n")
                .append("  return wrk.format(\"GET\", paths[(turn % #paths) + 1])\nend\n")
                .append("done = function(summary, latency, requests)\n")
                .append("  local e = summary.errors\n")
                .append("  io.write(string.format(\"KULANT rps=%.1f p50=%.2f p95=%.2f p99=%.2f failed=%d\\n\",\n")
                .append("    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,\n")
                .append("    latency:percentile(95) / 1000, latency:percentile(99) / 1000,\n")
                .append("    e.connect + e.read + e.write + e.timeout + e.status))\nend\n");
        return lua.toString();
    }
}
