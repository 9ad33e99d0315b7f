import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Runs Neo4j Community embedded, with only the Bolt connector open on loopback.
 *
 * Run with Java's single-file source launcher over the jars Maven copied into db/lib:
 *   java --add-opens ... -cp 'db/lib/*' db/Launcher.java --port 7687 --data .neo4j/dev
 *
 * Arguments: --port N, --host H (default 127.0.0.1), --data DIR, --pagecache SIZE (bytes, or 64m / 1g),
 * --no-auth, --watch-stdin (exit when standard input closes, so the JVM never outlives the Node
 * process that started it, even when that process is killed). The password comes from the
 * environment variable NEO4J_PASSWORD so it never shows in a process list.
 *
 * Prints exactly one line "NEO4J_READY bolt://host:port" on standard output when it accepts
 * connections; everything else goes to standard error or Neo4j's own logs in the data folder.
 */
public final class Launcher {
    private static final String READY_LINE = "NEO4J_READY";

    public static void main(String[] argv) {
        try {
            run(parseArgs(argv));
        } catch (Throwable error) {
            // Neo4j's own threads would keep a half-started JVM alive: exit so the caller sees the failure.
            System.err.println("Launcher: " + error);
            error.printStackTrace();
            System.exit(1);
        }
    }

    private static void run(Map<String, String> args) throws Exception {
        String host = args.getOrDefault("host", "127.0.0.1");
        int port = Integer.parseInt(args.getOrDefault("port", "7687"));
        Path data = Path.of(args.getOrDefault("data", ".neo4j/dev")).toAbsolutePath();
        long pageCache = parseBytes(args.getOrDefault("pagecache", "64m"));
        boolean auth = !args.containsKey("no-auth");
        String password = System.getenv().getOrDefault("NEO4J_PASSWORD", "");
        if (auth && password.length() < 8) {
            fail("NEO4J_PASSWORD must be at least 8 characters when auth is on");
        }
        Files.createDirectories(data);

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(data)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                // The database's own limit for a transaction that names none; the app names one for each.
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(60))
                .setConfig(GraphDatabaseSettings.auth_enabled, auth)
                // Keep transaction logs short: this is a development and test database.
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "1 files")
                // No usage reports: the machines this runs on may have no way out, and it is not ours to send.
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Bolt waits 5 s twice at shutdown for clients to leave; ours have already gone.
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(500))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(500))
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dbms.shutdown();
            stopped.countDown();
        }, "neo4j-shutdown"));

        if (auth) {
            setPassword(dbms, password);
        }
        // Wait until the default database answers before saying we are ready.
        dbms.database("neo4j").executeTransactionally("RETURN 1");
        System.out.println(READY_LINE + " bolt://" + host + ":" + port);
        System.out.flush();

        if (args.containsKey("watch-stdin")) {
            watchStdin();
        }
        stopped.await();
    }

    /**
     * Sets the neo4j user's password without the forced change on first sign-in. On a later start the
     * password may already be this one, which Neo4j refuses to "change"; that is the state we want.
     */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        try {
            dbms.database("system").executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", password));
        } catch (RuntimeException error) {
            if (!String.valueOf(error.getMessage()).contains("cannot be the same")) {
                throw error;
            }
        }
    }

    /** A daemon thread that exits the JVM (running the shutdown hook) once stdin reaches end of file. */
    private static void watchStdin() {
        Thread watcher = new Thread(() -> {
            try (InputStream in = System.in) {
                byte[] buffer = new byte[256];
                while (in.read(buffer) >= 0) {
                    // Input is ignored; only its end matters.
                }
            } catch (IOException ignored) {
                // A broken pipe means the parent is gone: fall through to exit.
            }
            System.exit(0);
        }, "stdin-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static Map<String, String> parseArgs(String[] argv) {
        Map<String, String> args = new HashMap<>();
        for (int i = 0; i < argv.length; i++) {
            String key = argv[i];
            if (!key.startsWith("--")) {
                fail("unexpected argument " + key);
            }
            String name = key.substring(2);
            boolean hasValue = i + 1 < argv.length && !argv[i + 1].startsWith("--");
            args.put(name, hasValue ? argv[++i] : "true");
        }
        return args;
    }

    private static long parseBytes(String text) {
        String lower = text.trim().toLowerCase();
        long unit = 1;
        if (lower.endsWith("k")) unit = 1L << 10;
        if (lower.endsWith("m")) unit = 1L << 20;
        if (lower.endsWith("g")) unit = 1L << 30;
        String digits = unit == 1 ? lower : lower.substring(0, lower.length() - 1);
        return Long.parseLong(digits) * unit;
    }

    private static void fail(String message) {
        System.err.println("Launcher: " + message);
        System.exit(2);
    }
}
