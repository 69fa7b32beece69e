import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { LiveChannel } from '../src/common/live-channel';
import type { GraphqlResponse, TestApp } from './test-app';
import { waitFor } from './wait-for';

/** One subscription as an open page holds it: what it has heard, and whether it ended. */
export interface LiveSubscription {
  messages: GraphqlResponse[];
  /** Errors the server answered the subscribe with (refused before any event). */
  errors: NonNullable<GraphqlResponse['errors']>;
  completed: boolean;
  stop(): void;
}

/** A graphql-ws connection to the test app, signed in with `headers` (the Bearer header of `t.as`), or anonymous. */
export function liveClient(t: TestApp, headers: Record<string, string> = {}): Client {
  return createClient({ url: t.baseUrl.replace('http', 'ws') + '/graphql', webSocketImpl: WebSocket, connectionParams: headers, retryAttempts: 0 });
}

export function subscribe(client: Client, query: string, variables?: Record<string, unknown>): LiveSubscription {
  const sub: LiveSubscription = { messages: [], errors: [], completed: false, stop: () => undefined };
  sub.stop = client.subscribe(
    { query, variables },
    {
      next: (message) => void sub.messages.push({ status: 200, ...(message as object) }),
      error: (error) => void sub.errors.push(...(Array.isArray(error) ? error : [{ message: String((error as Error)?.message ?? error) }])),
      complete: () => void (sub.completed = true),
    },
  );
  return sub;
}

/** Waits until `channel` has at least `count` subscriptions registered (the resolver ran and listens). */
export async function registered(channel: LiveChannel<unknown>, count: number): Promise<void> {
  await waitFor(() => channel.subscriberCount >= count, { what: `${count} subscription(s) registered` });
}
