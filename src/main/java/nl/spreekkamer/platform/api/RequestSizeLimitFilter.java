package nl.spreekkamer.platform.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import nl.spreekkamer.platform.errors.PayloadTooLargeException;

/** Refuses API request bodies over 256 KB (HTTP 413), also when no Content-Length is sent. */
@Provider
public class RequestSizeLimitFilter implements ContainerRequestFilter {
  public static final long MAX_BYTES = 256 * 1024;

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getLength() > MAX_BYTES) {
      throw new PayloadTooLargeException(MAX_BYTES);
    }
    if (request.hasEntity()) {
      request.setEntityStream(new LimitedStream(request.getEntityStream()));
    }
  }

  private static final class LimitedStream extends FilterInputStream {
    private long read;

    LimitedStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      count(Math.max(n, 0));
      return n;
    }

    private void count(int n) {
      read += n;
      if (read > MAX_BYTES) {
        throw new PayloadTooLargeException(MAX_BYTES);
      }
    }
  }
}
