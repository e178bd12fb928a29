package uk.inspectiongraph.api.protection;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds the body of a GraphQL request ({@code inspection-graph.api.max-request-size}). The body is
 * parsed whole before anything else, the editor's login included, so without a bound anyone who
 * can reach the app could make it hold gigabytes of JSON. A declared length over the bound is a
 * 413 at once; a body sent without one is counted as it is read and cut off at the bound.
 */
final class RequestBodyLimit extends OncePerRequestFilter {

	private final long maxBytes;

	RequestBodyLimit(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > maxBytes) {
			response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.getWriter().write("{\"errors\":[{\"message\":\"" + message() + "\"}]}");
			return;
		}
		chain.doFilter(request.getContentLengthLong() < 0 ? new Counted(request) : request, response);
	}

	private String message() {
		return "The request body is over " + maxBytes / (1024 * 1024) + " MB (inspection-graph.api.max-request-size): "
				+ "upload large documents to /api/documents instead.";
	}

	/** A request whose body stops with an error once more than the bound has been read. */
	private final class Counted extends HttpServletRequestWrapper {

		Counted(HttpServletRequest request) {
			super(request);
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			ServletInputStream body = super.getInputStream();
			return new ServletInputStream() {
				private long read;

				@Override
				public int read() throws IOException {
					int next = body.read();
					if (next >= 0 && ++read > maxBytes) {
						throw new IOException(message());
					}
					return next;
				}

				@Override
				public int read(byte[] buffer, int offset, int length) throws IOException {
					int count = body.read(buffer, offset, length);
					read += Math.max(count, 0);
					if (read > maxBytes) {
						throw new IOException(message());
					}
					return count;
				}

				@Override
				public boolean isFinished() {
					return body.isFinished();
				}

				@Override
				public boolean isReady() {
					return body.isReady();
				}

				@Override
				public void setReadListener(ReadListener listener) {
					body.setReadListener(listener);
				}
			};
		}
	}
}
