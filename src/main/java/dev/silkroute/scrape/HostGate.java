package dev.silkroute.scrape;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * At most one request at a time per host, and at least the delay between the end of one request
 * and the start of the next: the politeness every site owner expects. Shared by all runs of a process.
 */
public final class HostGate {
    private static final class Host {
        final ReentrantLock lock = new ReentrantLock(true);
        long lastEndNanos;
    }

    private final ConcurrentHashMap<String, Host> hosts = new ConcurrentHashMap<>();

    /** Holds the host for one request; close it when the response is read. */
    public final class Pass implements AutoCloseable {
        private final Host host;

        private Pass(Host host) {
            this.host = host;
        }

        @Override
        public void close() {
            host.lastEndNanos = System.nanoTime();
            host.lock.unlock();
        }
    }

    public Pass enter(URI url, Duration delay) throws InterruptedException {
        Host h = hosts.computeIfAbsent(key(url), k -> new Host());
        h.lock.lockInterruptibly();
        try {
            if (h.lastEndNanos != 0) {
                long wait = delay.toNanos() - (System.nanoTime() - h.lastEndNanos);
                if (wait > 0) Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
        } catch (InterruptedException e) {
            h.lock.unlock();
            throw e;
        }
        return new Pass(h);
    }

    static String key(URI url) {
        return (url.getScheme() + "://" + url.getHost() + ":" + url.getPort()).toLowerCase(Locale.ROOT);
    }
}
