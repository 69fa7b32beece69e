import type { NextFunction, Request, Response } from 'express';
import { fairTurns } from './fair-turns';

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('fairTurns: a few requests per turn of the event loop', () => {
  const arrive = (gate: ReturnType<typeof fairTurns>, count: number, started: number[]) => {
    for (let i = 0; i < count; i++) gate({} as Request, {} as Response, (() => started.push(i)) as NextFunction);
  };

  it('admits a request at once while the turn has room', () => {
    const started: number[] = [];
    arrive(fairTurns(4), 3, started);
    expect(started).toEqual([0, 1, 2]);
  });

  it('at saturation admits `perTurn` per turn, in arrival order, until all have started', async () => {
    const started: number[] = [];
    const gate = fairTurns(4);
    arrive(gate, 10, started);
    expect(started).toEqual([0, 1, 2, 3]);
    await turn();
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    await turn();
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('lets work that arrives between turns (a database reply) run before the next batch', async () => {
    const order: string[] = [];
    const gate = fairTurns(2);
    // Each request keeps the CPU 3 ms, as an answer does: the reply's timer is due before the second batch ends.
    const busy = () => {
      const until = performance.now() + 3;
      while (performance.now() < until);
    };
    for (let i = 0; i < 6; i++)
      gate(
        {} as Request,
        {} as Response,
        (() => {
          order.push(`request ${i}`);
          busy();
        }) as NextFunction,
      );
    // Like a reply read between turns: the event loop's timers come before its next batch of admitted requests.
    setTimeout(() => order.push('reply'), 1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(order.slice(0, 2)).toEqual(['request 0', 'request 1']);
    expect(order.indexOf('reply')).toBeGreaterThan(-1);
    expect(order.indexOf('reply')).toBeLessThan(order.indexOf('request 5'));
    expect(order.filter((x) => x.startsWith('request'))).toHaveLength(6);
  });

  it('a newcomer waits behind those already waiting', async () => {
    const started: string[] = [];
    const gate = fairTurns(1);
    for (const name of ['a', 'b', 'c']) gate({} as Request, {} as Response, (() => started.push(name)) as NextFunction);
    await turn();
    gate({} as Request, {} as Response, (() => started.push('late')) as NextFunction);
    expect(started).toEqual(['a', 'b']);
    await turn();
    await turn();
    expect(started).toEqual(['a', 'b', 'c', 'late']);
  });
});
