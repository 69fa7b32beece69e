/** A response from the REST side of the API (/api/...): files up and down, where GraphQL does not fit. */
export interface ApiResponse {
  /** 0 when the server could not be reached at all. */
  status: number;
  /** The parsed JSON body (errors are `{ error, message, field? }`, message in the request's language). */
  json?: unknown;
  /** The raw body (for answers that are not one JSON document, such as NDJSON). */
  text?: string;
  blob?: Blob;
  /** The file name the server gave a download (Content-Disposition), when it gave one. */
  fileName?: string;
}

/** The file name of a Content-Disposition header: filename* (RFC 5987) first, else filename. */
export function dispositionFileName(header: string | null): string | undefined {
  if (!header) return undefined;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(header)?.[1];
  if (star) {
    try {
      return decodeURIComponent(star.trim());
    } catch {
      // A malformed encoding: fall back to the plain name.
    }
  }
  return /filename="([^"]+)"/i.exec(header)?.[1] ?? undefined;
}

export interface ApiRequest {
  method: 'GET' | 'POST' | 'DELETE';
  path: string;
  body?: FormData;
  /** A JSON body instead (sent as application/json); ignored when `body` is given. */
  json?: unknown;
  responseType?: 'json' | 'blob';
  /** Upload progress, 0–1 (only for requests with a body). */
  onUploadProgress?: (fraction: number) => void;
  signal?: AbortSignal;
  /** Sent as the Accept header (e.g. application/x-ndjson for a streamed answer). */
  accept?: string;
  /** Further headers (e.g. Idempotency-Key for an upload that may be sent again). */
  headers?: Record<string, string>;
  /**
   * Download progress: bytes so far and the total, from Content-Length or, for a file streamed without one, the
   * server's X-Estimated-Length (then `estimated` is true and `loaded` may pass it).
   */
  onDownloadProgress?: (progress: { loaded: number; total: number | null; estimated: boolean }) => void;
  /** The response text received so far, as it arrives (for streamed answers). */
  onResponseText?: (text: string) => void;
}

/**
 * One request with the Bearer token, through XMLHttpRequest because fetch cannot report upload progress. Never
 * puts the token in a URL.
 */
export function sendApiRequest(request: ApiRequest, token: string | null, language: string): Promise<ApiResponse> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open(request.method, request.path);
    xhr.responseType = request.responseType === 'blob' ? 'blob' : 'text';
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.setRequestHeader('Accept-Language', language);
    if (request.accept) xhr.setRequestHeader('Accept', request.accept);
    for (const [name, value] of Object.entries(request.headers ?? {})) xhr.setRequestHeader(name, value);
    const json = request.body === undefined && request.json !== undefined ? JSON.stringify(request.json) : null;
    if (json !== null) xhr.setRequestHeader('Content-Type', 'application/json');
    if (request.onResponseText && xhr.responseType === 'text') xhr.onprogress = () => request.onResponseText?.(xhr.responseText);
    if (request.onDownloadProgress) {
      xhr.onprogress = (event) => {
        const estimate = Number(xhr.getResponseHeader('X-Estimated-Length'));
        const total = event.lengthComputable ? event.total : estimate > 0 ? estimate : null;
        request.onDownloadProgress?.({ loaded: event.loaded, total, estimated: !event.lengthComputable && total !== null });
      };
    }
    if (request.onUploadProgress && request.body) {
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable) request.onUploadProgress?.(event.loaded / event.total);
      };
    }
    request.signal?.addEventListener('abort', () => xhr.abort());
    xhr.onerror = () => resolve({ status: 0 });
    xhr.onabort = () => resolve({ status: 0 });
    xhr.onload = () => {
      if (request.onResponseText) request.onResponseText(xhr.responseText);
      if (request.responseType === 'blob' && xhr.status >= 200 && xhr.status < 300)
        return resolve({ status: xhr.status, blob: xhr.response as Blob, fileName: dispositionFileName(xhr.getResponseHeader('Content-Disposition')) });
      const read = async () => (xhr.responseType === 'blob' ? await (xhr.response as Blob).text() : (xhr.responseText as string));
      void read().then((text) => {
        let json: unknown;
        try {
          json = text ? JSON.parse(text) : undefined;
        } catch {
          json = undefined;
        }
        resolve({ status: xhr.status, json, text });
      });
    };
    xhr.send(request.body ?? json);
  });
}

/** The user-facing message of a failed REST response (the server's own, already in the user's language). */
export function apiErrorMessage(response: ApiResponse): string | null {
  const body = response.json as { message?: unknown } | undefined;
  return typeof body?.message === 'string' ? body.message : null;
}
