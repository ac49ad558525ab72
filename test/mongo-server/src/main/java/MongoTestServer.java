import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * MongoDB-wire-compatible in-memory server for tests/CI (no real mongod needed).
 * Usage: java MongoTestServer [port]   (0 or none = pick a free port)
 * Prints "LISTENING <port>" on stdout once it accepts connections; logs go to stderr.
 */
public class MongoTestServer {
    public static void main(String[] args) throws InterruptedException {
        // Must be set before any slf4j logger exists: keep the server's per-connection INFO noise out of CI logs.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;

        MongoServer server = new MongoServer(new MemoryBackend());
        // Loopback only: a test server must never be reachable from outside this machine.
        // bind() blocks until the socket is listening. On failure (e.g. port in use) exit
        // explicitly: netty's non-daemon threads would otherwise keep a dead JVM running.
        try {
            server.bind("127.0.0.1", port);
        } catch (Exception e) {
            System.err.println("MongoTestServer: cannot bind 127.0.0.1:" + port + ": " + e);
            System.exit(1);
        }
        // With port 0 the OS picks the port, so report the one actually bound.
        int actualPort = server.getLocalAddress().getPort();

        // SIGTERM/SIGINT run shutdown hooks: close client connections and stop netty's threads cleanly.
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown, "mongo-test-server-shutdown"));

        // The single line callers wait for; flushed so a pipe reader sees it immediately.
        System.out.println("LISTENING " + actualPort);
        System.out.flush();

        // Netty's event-loop threads keep the JVM alive; parking main makes that explicit.
        Thread.currentThread().join();
    }
}
