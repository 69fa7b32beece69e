export interface SweepRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}
export interface SweepTotals {
  requests: number;
  status5xx: number;
  internal: number;
  leak: number;
  failed: number;
  byStatus: Record<string, number>;
}
export interface SweepExample {
  request: string;
  status?: number;
  body?: string;
  error?: string;
}
export function buildRequests(options: { count: number; seed?: number; auth?: string; jwtSecret?: string }): SweepRequest[];
export function classify(status: number, text: string): ('status5xx' | 'internal' | 'leak')[];
export function runSweep(options: {
  url: string;
  count?: number;
  seed?: number;
  auth?: string;
  jwtSecret?: string;
  concurrency?: number;
  keep?: number;
  timeoutMs?: number;
}): Promise<{ totals: SweepTotals; examples: Record<'status5xx' | 'internal' | 'leak' | 'failed', SweepExample[]> }>;
