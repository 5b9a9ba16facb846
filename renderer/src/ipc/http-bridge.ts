import type { EventName, EventPayload, LiaisonBridge } from '../../../shared/ipc/contract';

const TOKEN_KEY = 'liaison.token';

/**
 * Browser mode reaches main over HTTP on 127.0.0.1. The per-run token arrives in the address's
 * fragment (never sent to the server in a request line), is kept for this tab's session so a reload
 * still works, and is wiped from the address bar.
 */
export function readToken(): string | null {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (match) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', window.location.pathname + window.location.search);
    return match[1];
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

export function createHttpBridge(): LiaisonBridge {
  const token = readToken();
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  let source: EventSource | null = null;

  function connectEvents() {
    if (source || !token || typeof EventSource === 'undefined') return;
    source = new EventSource(`/events?token=${encodeURIComponent(token)}`);
    source.onmessage = (message) => {
      const { event, payload } = JSON.parse(message.data as string) as { event: EventName; payload: unknown };
      listeners.get(event)?.forEach((listener) => listener(payload));
    };
  }

  return {
    async invoke(channel, input) {
      const response = await fetch(`/ipc/${channel}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${token ?? ''}`,
        },
        body: JSON.stringify(input ?? {}),
      });
      return response.json();
    },
    on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) {
      connectEvents();
      const set = listeners.get(event) ?? new Set();
      set.add(listener as (payload: unknown) => void);
      listeners.set(event, set);
      return () => set.delete(listener as (payload: unknown) => void);
    },
  };
}
