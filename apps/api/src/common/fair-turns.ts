import type { NextFunction, Request, Response } from 'express';

/** How many requests may start in one turn of the event loop by default (see fairTurns). */
export const REQUESTS_PER_TURN = 8;

/**
 * Admits at most `perTurn` requests per turn of the event loop; the rest wait, in order, for the next turns.
 *
 * Why: an answer served from memory (a dashboard at 50 people at once) runs from its first byte to its last without
 * waiting on the database, and Node runs every request whose bytes have arrived one after the other in the same turn.
 * At saturation one turn then holds fifty answers, and a request that talks to the database (a verification: ~25
 * round trips, one after the other) waits a whole turn for each reply: seconds. With a few requests per turn, the
 * database's replies are read between small batches, so a write keeps its pace while the reads share the rest.
 * Below saturation nothing waits: a request is admitted at once while fewer than `perTurn` started in this turn.
 */
export function fairTurns(perTurn = REQUESTS_PER_TURN) {
  const waiting: NextFunction[] = [];
  let started = 0;
  let turnScheduled = false;

  const nextTurn = () => {
    started = 0;
    turnScheduled = false;
    while (waiting.length > 0 && started < perTurn) {
      started++;
      waiting.shift()!();
    }
    if (waiting.length > 0 || started > 0) schedule();
  };
  const schedule = () => {
    if (turnScheduled) return;
    turnScheduled = true;
    // An immediate set up now runs after this turn's I/O (the database's replies included) has been read.
    setImmediate(nextTurn);
  };

  return (_req: Request, _res: Response, next: NextFunction) => {
    if (waiting.length === 0 && started < perTurn) {
      started++;
      schedule();
      return next();
    }
    waiting.push(next);
    schedule();
  };
}
