package com.invoicedoctor.cases;

import com.invoicedoctor.session.Snapshot;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records session changes as cases on a background thread, so that a customer's answer does not wait for the
 * helpdesk's bookkeeping (the case row, the incident scan). Changes to one session waiting together collapse to the
 * newest. Whoever reads cases calls {@link #flush()} first and sees every change made before it.
 */
public final class CaseRecorderQueue implements Consumer<Snapshot>, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CaseRecorderQueue.class);
    /** How long a reader waits for the queue before it reads what is there. */
    static final Duration FLUSH_LIMIT = Duration.ofSeconds(10);

    private final Consumer<Snapshot> recorder;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "case-recorder");
        t.setDaemon(true);
        return t;
    });
    /** Session id to its newest change not yet taken; guarded by this. */
    private Map<String, Snapshot> pending = new LinkedHashMap<>();
    /** Batches taken from {@link #pending} and batches recorded; guarded by this. */
    private long taken;
    private long recorded;
    private boolean draining;

    public CaseRecorderQueue(Consumer<Snapshot> recorder) {
        this.recorder = recorder;
    }

    @Override
    public void accept(Snapshot snapshot) {
        synchronized (this) {
            pending.merge(snapshot.session().id(), snapshot,
                    (older, newer) -> newer.session().version() >= older.session().version() ? newer : older);
            if (draining) {
                return;
            }
            draining = true;
        }
        worker.execute(this::drain);
    }

    private void drain() {
        while (true) {
            Map<String, Snapshot> batch;
            synchronized (this) {
                if (pending.isEmpty()) {
                    draining = false;
                    return;
                }
                batch = pending;
                pending = new LinkedHashMap<>();
                taken++;
            }
            for (Snapshot snapshot : batch.values()) {
                try {
                    recorder.accept(snapshot);
                } catch (RuntimeException e) {
                    // one case that cannot be recorded must not stop the others
                    LOG.warn("could not record session {} as a case", snapshot.session().id(), e);
                }
            }
            synchronized (this) {
                recorded++;
                notifyAll();
            }
        }
    }

    /** Waits until every change accepted before this call is recorded (at most {@link #FLUSH_LIMIT}). */
    public void flush() {
        long deadline = System.nanoTime() + FLUSH_LIMIT.toNanos();
        synchronized (this) {
            // what waits now goes in the next batch; a batch being recorded must finish too
            long needed = pending.isEmpty() ? taken : taken + 1;
            while (recorded < needed) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    LOG.warn("cases are being recorded slowly; reading them without waiting longer");
                    return;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(this, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Records what is waiting and stops the thread. */
    @Override
    public void close() {
        flush();
        worker.shutdown();
    }
}
