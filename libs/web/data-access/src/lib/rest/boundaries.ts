/** The boundary API answered 404: no such region (or, before boundaries exist at all, no such route). */
export class BoundaryNotFoundError extends Error {
  constructor(readonly code: string) {
    super(`No boundaries for ${code}`);
  }
}

/**
 * GET /api/boundaries/<path> (public: boundaries are the same for everyone), as parsed JSON (TopoJSON). A 404 is
 * BoundaryNotFoundError for `code`; any other failure an Error naming the path and status.
 */
export async function fetchBoundaryJson(path: string, code: string): Promise<unknown> {
  const response = await fetch(`/api/boundaries/${path}`, { headers: { Accept: 'application/json' } });
  if (response.status === 404) throw new BoundaryNotFoundError(code);
  if (!response.ok) throw new Error(`Boundaries ${path}: HTTP ${response.status}`);
  return response.json();
}
