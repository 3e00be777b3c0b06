package com.invoicedoctor.web.jetty;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Reads every request body in full before the application sees the request, without holding a thread while it waits:
 * the handlers read bodies blocking, so a client trickling a body would otherwise keep a thread for as long as it
 * likes. A body that is not complete within the timeout, or that arrives slower than the minimum rate after the grace
 * period, is answered 408 and its connection closed. Bodies announced larger than the limit pass straight on (the
 * application refuses them with 413 without reading them); a chunked body that grows past it is answered 413 here.
 */
final class BufferedBodies extends Handler.Wrapper {
    private final int maxBytes;
    private final ConnectionLimits limits;
    private final AtomicLong timedOut = new AtomicLong();

    BufferedBodies(int maxBytes, ConnectionLimits limits) {
        this.maxBytes = maxBytes;
        this.limits = limits;
    }

    /** Bodies answered 408 so far (too slow or too late). */
    long timedOut() {
        return timedOut.get();
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long length = request.getLength();
        boolean chunked = length < 0 && request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
        if ((length <= 0 && !chunked) || length > maxBytes) {
            return super.handle(request, response, callback);
        }
        new Body(request, response, callback, length).start();
        return true;
    }

    /** One request's body being gathered; whichever of "complete", "too slow" and "failed" comes first decides. */
    private final class Body implements Runnable {
        private final Request request;
        private final Response response;
        private final Callback callback;
        private final long started = System.nanoTime();
        private final AtomicBoolean decided = new AtomicBoolean();
        private byte[] bytes;
        private volatile int size;
        private volatile Scheduler.Task check;

        Body(Request request, Response response, Callback callback, long length) {
            this.request = request;
            this.response = response;
            this.callback = callback;
            this.bytes = new byte[length > 0 ? (int) length : 4096];
        }

        void start() {
            scheduleCheck();
            run();
        }

        /** Reads what has arrived; asks to be called again when more does. */
        @Override
        public void run() {
            while (!decided.get()) {
                Content.Chunk chunk = request.read();
                if (chunk == null) {
                    request.demand(this);
                    return;
                }
                if (Content.Chunk.isFailure(chunk)) {
                    // cut short, or the connection failed: the client's doing, answered (if it still listens) as such
                    reject(400, "the request body ended before its Content-Length");
                    return;
                }
                boolean last = chunk.isLast();
                boolean fits = append(chunk.getByteBuffer());
                chunk.release();
                if (!fits) {
                    reject(413, "the request body is larger than " + maxBytes / 1024 + " KiB");
                    return;
                }
                if (last) {
                    if (decided.compareAndSet(false, true)) {
                        check.cancel();
                        request.getContext().execute(this::handOn);
                    }
                    return;
                }
            }
        }

        private boolean append(ByteBuffer buffer) {
            int n = buffer.remaining();
            if (size + n > maxBytes) {
                return false;
            }
            if (size + n > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.min(maxBytes, Math.max(size + n, bytes.length * 2)));
            }
            buffer.get(bytes, size, n);
            size += n;
            return true;
        }

        /** Every second: too late, or too slow after the grace period, ends the request. */
        private void tooSlow() {
            if (decided.get()) {
                return;
            }
            long elapsed = System.nanoTime() - started;
            Duration taken = Duration.ofNanos(elapsed);
            if (taken.compareTo(limits.bodyTimeout()) >= 0) {
                reject(408, "the request body did not arrive within " + limits.bodyTimeout().toSeconds() + " s");
            } else if (taken.compareTo(ConnectionLimits.GRACE) >= 0 && size < limits.minBodyRate() * (elapsed / 1e9)) {
                reject(408, "the request body arrives slower than " + limits.minBodyRate() + " bytes per second");
            } else {
                scheduleCheck();
            }
        }

        private void scheduleCheck() {
            Scheduler scheduler = request.getComponents().getScheduler();
            check = scheduler.schedule(this::tooSlow, 1, TimeUnit.SECONDS);
        }

        private void reject(int status, String message) {
            if (!decided.compareAndSet(false, true)) {
                return;
            }
            check.cancel();
            if (status == 408) {
                timedOut.incrementAndGet();
            }
            response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
            Response.writeError(request, response, callback, status, message);
        }

        /** The request, its body now complete, to the application on a thread of the pool. */
        private void handOn() {
            Request whole = new WholeBody(request, ByteBuffer.wrap(bytes, 0, size));
            try {
                if (!getHandler().handle(whole, response, callback)) {
                    Response.writeError(whole, response, callback, 404);
                }
            } catch (Throwable e) {
                Response.writeError(whole, response, callback, e);
            }
        }
    }

    /** A request whose body has been read: it gives the body as one chunk, at once. */
    private static final class WholeBody extends Request.Wrapper {
        private ByteBuffer body;

        WholeBody(Request request, ByteBuffer body) {
            super(request);
            this.body = body;
        }

        @Override
        public Content.Chunk read() {
            ByteBuffer b = body;
            if (b == null) {
                return Content.Chunk.EOF;
            }
            body = null;
            return Content.Chunk.from(b, true);
        }

        @Override
        public void demand(Runnable demandCallback) {
            demandCallback.run();
        }
    }
}
