import { isWithin } from '@jangkau/shared-domain';
import { EntityManager } from 'typeorm';
import { writeWorkingArea } from './agency.repository';

/** Drops codes already covered by a wider code of the same set: 15.02 makes 15.02.10 redundant. */
export function minimalArea(codes: string[]): string[] {
  const sorted = [...new Set(codes.map((c) => c.trim()))].sort((a, b) => a.length - b.length || a.localeCompare(b));
  const kept: string[] = [];
  for (const code of sorted) if (!kept.some((wider) => isWithin(code, wider))) kept.push(code);
  return kept.sort();
}

/**
 * Replaces an agency's working area (already minimal) and recomputes its village count from the regions' own
 * counts, set-based; returns the count. Kerinci's 15.01 + 15.72 + 15.02 gives 571.
 */
export async function replaceWorkingArea(manager: EntityManager, agencyId: string, codes: string[]): Promise<number> {
  return writeWorkingArea(manager, agencyId, codes);
}
