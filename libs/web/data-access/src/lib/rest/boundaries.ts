import { RestRequestError } from '../errorMessage';

/** The boundary API answered 404: no such region (or, before boundaries exist at all, no such route). */
export class BoundaryNotFoundError extends Error {
  constructor(readonly code: string) {
    super(`No boundaries for ${code}`);
  }
}

/**
 * GET /api/boundaries/<path> (public: boundaries are the same for everyone), as parsed JSON (TopoJSON). A 404 is
 * BoundaryNotFoundError for `code`; any other answer a RestRequestError with its status (restErrorMessage words it);
 * no answer at all the fetch's own TypeError.
 */
export async function fetchBoundaryJson(path: string, code: string): Promise<unknown> {
  const response = await fetch(`/api/boundaries/${path}`, { headers: { Accept: 'application/json' } });
  if (response.status === 404) throw new BoundaryNotFoundError(code);
  if (!response.ok) throw new RestRequestError(response.status, await response.json().catch(() => undefined), `Boundaries ${path}`);
  return response.json();
}
