import { isCalendarDate } from './coverage';

/**
 * A programme framework's validity: calendar dates (YYYY-MM-DD), both ends inclusive ("13 Program Akselerasi …"
 * 2024-01-01 to 2025-12-31). The one rule for which programme items apply where: an activity may name the items of
 * the frameworks in force on its date (the day it starts in its venue's time zone); a filter, a target or a report
 * over a period offers the items of the frameworks whose validity overlaps it. The API and the web app both read it.
 */
export interface FrameworkValidity {
  validFrom: string;
  validTo: string;
}

/** Whether the framework is in force on the date (YYYY-MM-DD); never on a date that is not one. */
export function isFrameworkInForce(framework: FrameworkValidity, date: string): boolean {
  return isCalendarDate(date) && framework.validFrom <= date && date <= framework.validTo;
}

/** Whether the framework's validity and the period from–to (inclusive) share a day; never for a reversed or unreadable period. */
export function frameworkOverlaps(framework: FrameworkValidity, from: string, to: string): boolean {
  return isCalendarDate(from) && isCalendarDate(to) && from <= to && framework.validFrom <= to && from <= framework.validTo;
}

/**
 * The frameworks in force on the date, newest first (the latest start first; the order given among equals). Usually
 * one; two when an administrator made validities overlap, and none between frameworks (2026 before its programme
 * is entered): then nothing may be offered, and the reader is told so.
 */
export function frameworksInForce<T extends FrameworkValidity>(frameworks: readonly T[], date: string): T[] {
  return newestFirst(frameworks.filter((f) => isFrameworkInForce(f, date)));
}

/** The framework in force on the date (the newest when several are), or null when none is. */
export function frameworkInForce<T extends FrameworkValidity>(frameworks: readonly T[], date: string): T | null {
  return frameworksInForce(frameworks, date)[0] ?? null;
}

/** The frameworks whose validity overlaps the period from–to (inclusive), newest first. */
export function frameworksOverlapping<T extends FrameworkValidity>(frameworks: readonly T[], from: string, to: string): T[] {
  return newestFirst(frameworks.filter((f) => frameworkOverlaps(f, from, to)));
}

function newestFirst<T extends FrameworkValidity>(frameworks: T[]): T[] {
  // Array.prototype.sort is stable: equal starts keep the order they came in.
  return [...frameworks].sort((a, b) => (a.validFrom === b.validFrom ? 0 : a.validFrom > b.validFrom ? -1 : 1));
}
