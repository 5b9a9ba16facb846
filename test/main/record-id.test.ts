import { describe, expect, it } from 'vitest';
import { newRecordId } from '../../electron/main/services/record-id';

const V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('record ids', () => {
  it('are UUIDv7, all different, and in the order they were made, across many pool refills in one millisecond', () => {
    // 5,000 ids: far more than one pool of random bytes, and many share a millisecond.
    const ids = Array.from({ length: 5000 }, () => newRecordId());
    expect(ids.every((id) => V7.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    // Time-ordered: each id sorts after the one before, so new rows land at the end of an id index.
    expect(ids.every((id, i) => i === 0 || id > ids[i - 1])).toBe(true);
  });

  it('carry the time they were made in their first 48 bits', () => {
    const before = Date.now();
    const id = newRecordId();
    const ms = parseInt(id.replace(/-/g, '').slice(0, 12), 16);
    expect(ms).toBeGreaterThanOrEqual(before);
    expect(ms).toBeLessThanOrEqual(Date.now() + 1);
  });
});
