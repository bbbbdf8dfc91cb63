package dev.silkroute.scrape;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The scrape runs of a service, whatever triggered them (schedule, HTTP): each gets an id and a
 * status that can be asked for, and two runs of one source never overlap — a second trigger while
 * one runs is refused with the running one's id.
 */
public final class ScrapeJobs {
    /** A run's state, as {@code GET /scrapes/{id}} shows it. */
    public static final class Job {
        public final String id;
        public final String source;
        public final String trigger;
        public final Instant started = Instant.now();
        public volatile Instant finished;
        public volatile String state = "running";
        public final AtomicInteger done = new AtomicInteger();
        public final AtomicInteger planned = new AtomicInteger();
        public volatile ScrapeRun.Summary summary;
        public volatile String error;

        Job(String id, String source, String trigger) {
            this.id = id;
            this.source = source;
            this.trigger = trigger;
        }

        public Map<String, Object> view() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", id);
            m.put("source", source);
            m.put("trigger", trigger);
            m.put("state", state);
            m.put("started", started.toString());
            m.put("finished", finished == null ? null : finished.toString());
            m.put("progress", Map.of("done", done.get(), "planned", planned.get()));
            m.put("result", summary);
            m.put("error", error);
            return m;
        }
    }

    /** Why a trigger was refused. */
    public static final class Refused extends RuntimeException {
        public final int status;

        Refused(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    private final ScrapeRun scrape;
    private final Map<String, Source> sources;
    private final ExecutorService runner = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "silkroute-scrape");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final Map<String, Job> runningBySource = new ConcurrentHashMap<>();
    private final AtomicLong nextId = new AtomicLong(1);

    public ScrapeJobs(ScrapeRun scrape, Map<String, Source> sources) {
        this.scrape = scrape;
        this.sources = sources;
    }

    /** Starts a run in the background and returns it; refused (404, 409) for an unknown or running source. */
    public Job start(String sourceName, String trigger) {
        Source source = sources.get(sourceName);
        if (source == null) throw new Refused(404, "no source '" + sourceName + "'; sources: " + String.join(", ", sources.keySet()));
        Job job = new Job(Instant.now().toEpochMilli() + "-" + nextId.getAndIncrement(), sourceName, trigger);
        Job running = runningBySource.putIfAbsent(sourceName, job);
        if (running != null) throw new Refused(409, "a run of '" + sourceName + "' is in progress: " + running.id);
        try {
            runner.submit(() -> execute(source, job));
        } catch (java.util.concurrent.RejectedExecutionException stopping) {
            runningBySource.remove(sourceName, job);
            throw new Refused(503, "the service is stopping");
        }
        jobs.put(job.id, job);
        return job;
    }

    /** The schedule's trigger: starts a run, or returns null when one of the source is still going. */
    public Job runScheduled(String sourceName) {
        try {
            return start(sourceName, "schedule");
        } catch (Refused r) {
            return null;
        }
    }

    private void execute(Source source, Job job) {
        try {
            job.summary = scrape.run(source, (done, planned) -> { job.done.set(done); job.planned.set(planned); });
            job.state = "finished";
        } catch (InterruptedException e) {
            job.state = "interrupted";
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            job.state = "failed";
            job.error = e.toString();
        } finally {
            job.finished = Instant.now();
            runningBySource.remove(source.name(), job);
        }
    }

    /**
     * Stops the runs in flight (their fetches are interrupted; pages already ingested stay) and
     * waits for them, so a stopping service leaves no thread writing behind it.
     */
    public void shutdown(java.time.Duration wait) throws InterruptedException {
        runner.shutdownNow();
        runner.awaitTermination(wait.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    public Job get(String id) {
        return jobs.get(id);
    }

    public Map<String, Source> sources() {
        return sources;
    }
}
