import type { ChannelInput } from '../../shared/ipc/contract';
import type { TestCore } from './fixtures';

/** A placement of `internId` at `hostId` from September 2026, with a monthly stipend in KRW. */
export async function makePlacement(t: TestCore, internId: string, hostId: string, overrides: Partial<ChannelInput<'placements:create'>> = {}) {
  return t.call('placements:create', {
    internId,
    hostId,
    startsOn: '2026-09-01',
    endsOn: '2027-08-31',
    stipendMinor: 3_000_000,
    stipendCurrency: 'KRW',
    ...overrides,
  });
}
