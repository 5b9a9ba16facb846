import type { Channel, ChannelInput, ChannelOutput, EventName, EventPayload, LiaisonBridge } from '../../shared/ipc/contract';
import type { ErrorShape } from '../../shared/errors';
import { RECORD_TYPES } from '../../renderer/src/features/record-types';
import { setBridge } from '../../renderer/src/ipc/client';

/** Throw from a handler to answer `{ ok: false, error }`. */
export class FakeFailure extends Error {
  constructor(readonly shape: ErrorShape) {
    super(shape.message);
  }
}

export type Handlers = { [C in Channel]?: (input: ChannelInput<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>> };
export type Call = { channel: Channel; input: unknown };

const EMPTY_PAGE = { rows: [], total: 0 };
/** Every record type's list answers an empty page unless a test says otherwise. */
const LIST_DEFAULTS: Handlers = Object.fromEntries(RECORD_TYPES.map((type) => [type.list.channel, () => EMPTY_PAGE]));
const DEFAULTS: Handlers = {
  ...LIST_DEFAULTS,
  'audit:list': () => EMPTY_PAGE,
  'demo:status': () => ({ empty: false, offered: false, loaded: false }),
  'documents:list': () => [],
  'documents:health': () => ({ checkedAt: '2026-03-01T09:00:00.000Z', checked: 0, damaged: [] }),
  'signing:list': () => [],
  'signing:verify': () => ({ intact: true, records: 0, head: '' }),
  'backups:list': () => ({ backups: [], pending: null, lastRestore: null }),
  // An agreement's "what it produced" and a record's outcomes: nothing linked yet.
  'outcomes:list': () => [],
  // Home's reminders and a program's funnel: nothing coming up, nobody yet.
  'reminders:upcoming': () => ({ rows: [], more: [] }),
  'programs:funnel': () => ({ applied: 0, accepted: 0, placed: 0, completed: 0, hired: 0 }),
  'outcomes:produced': ({ agreementId }) => ({ agreementId, today: '2026-03-01', start: null, items: [], removed: [] }),
  // The partner page of an organisation with nothing yet.
  'partners:overview': ({ organisationId }) => ({
    organisation: { id: organisationId, name: '', altNames: [], kind: 'other', country: '' },
    units: [],
    today: '2026-03-01',
    counts: { agreements: 0, agreementsInForce: 0, itemsNeedingAttention: 0, projects: 0, programs: 0, events: 0, placements: 0, people: 0, otherContributions: 0 },
    agreements: [],
    programs: [],
    projects: [],
    events: [],
    placements: [],
    people: [],
    money: [],
    otherContributions: [],
  }),
};

/**
 * An in-memory bridge: answers from `handlers` (or harmless defaults), records every call, and lets
 * a test `emit` main's events.
 */
export function installFakeBridge(handlers: Handlers = {}) {
  const calls: Call[] = [];
  const all: Handlers = { ...DEFAULTS, ...handlers };
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  const bridge: LiaisonBridge = {
    async invoke(channel: Channel, input: unknown) {
      calls.push({ channel, input });
      const handler = all[channel] as ((input: unknown) => unknown) | undefined;
      if (!handler) return { ok: false, error: { code: 'INTERNAL', message: `No fake for ${channel}` } };
      try {
        return { ok: true, value: await handler(input) };
      } catch (error) {
        if (error instanceof FakeFailure) return { ok: false, error: error.shape };
        throw error;
      }
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener as (payload: unknown) => void);
      listeners.set(event, set);
      return () => set.delete(listener as (payload: unknown) => void);
    },
  };
  setBridge(bridge);
  return {
    calls,
    emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
      listeners.get(event)?.forEach((listener) => listener(payload));
    },
    callsTo<C extends Channel>(channel: C): Array<ChannelInput<C>> {
      return calls.filter((c) => c.channel === channel).map((c) => c.input as ChannelInput<C>);
    },
  };
}
