/**
 * Wall-clock time in IANA time zones, through `Intl` alone (no zone data of our own to go stale:
 * the runtime's ICU is updated with Node and Electron). Events keep their local date and time with
 * their zone; these turn that into instants and back, and find the zone's offset changes for the
 * VTIMEZONE blocks of an ICS file.
 */

const MINUTE = 60_000;
const DAY = 86_400_000;

/** An IANA zone name as people write one (Asia/Seoul, America/Argentina/Buenos_Aires, UTC). Offsets such as +09:00 are not zones. */
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let made = formatters.get(zone);
  if (!made) {
    made = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, made);
  }
  return made;
}

/** Whether the runtime knows `zone` as an IANA time zone. */
export function isTimeZone(zone: string): boolean {
  if (!ZONE_NAME.test(zone)) return false;
  try {
    formatter(zone);
    return true;
  } catch {
    return false;
  }
}

/** The zone this machine is set to (the default for a new event). */
export function machineTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isTimeZone(zone) ? zone : 'UTC';
}

/** Every zone the runtime knows, for a picker; the machine's own first. */
export function knownTimeZones(): string[] {
  const own = machineTimeZone();
  const listed = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [own, ...listed.filter((zone) => zone !== own)];
}

type Parts = { y: number; m: number; d: number; h: number; mi: number; s: number };

function partsAt(zone: string, utcMs: number): Parts {
  const found: Record<string, number> = {};
  for (const part of formatter(zone).formatToParts(new Date(utcMs))) {
    if (part.type !== 'literal') found[part.type] = Number(part.value);
  }
  return { y: found.year, m: found.month, d: found.day, h: found.hour, mi: found.minute, s: found.second };
}

/** Minutes to add to UTC for the zone's wall clock at the instant `utcMs` (Asia/Seoul: 540). */
export function offsetMinutes(zone: string, utcMs: number): number {
  const whole = Math.floor(utcMs / 1000) * 1000;
  const p = partsAt(zone, whole);
  return Math.round((Date.UTC(p.y, p.m - 1, p.d, p.h, p.mi, p.s) - whole) / MINUTE);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The wall clock in `zone` at `utcMs`: its date (`YYYY-MM-DD`) and time (`HH:MM`). */
export function utcToLocal(zone: string, utcMs: number): { date: string; time: string } {
  const p = partsAt(zone, Math.floor(utcMs / 1000) * 1000);
  return { date: `${pad(p.y, 4)}-${pad(p.m)}-${pad(p.d)}`, time: `${pad(p.h)}:${pad(p.mi)}` };
}

export type LocalInstant = {
  utcMs: number;
  /**
   * `exact`: the wall time happens once. `repeated`: it happens twice (the clocks go back) and the
   * first is meant. `skipped`: it never happens (the clocks go forward over it), and the instant is
   * read with the offset before the change, as RFC 5545 says (02:30 on a night that skips 02:00–03:00
   * is 03:30).
   */
  fit: 'exact' | 'repeated' | 'skipped';
};

/** Wall time in `zone` → instant. `date` is `YYYY-MM-DD`, `time` `HH:MM`. */
export function localToUtc(zone: string, date: string, time: string): LocalInstant {
  const [y, m, d] = date.split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  const wall = Date.UTC(y, m - 1, d, h, mi);
  // An offset change near the wall time lies between the offsets a day either side of it.
  const before = offsetMinutes(zone, wall - DAY);
  const after = offsetMinutes(zone, wall + DAY);
  const fits = [...new Set([before, after])]
    .map((offset) => wall - offset * MINUTE)
    .filter((utc) => offsetMinutes(zone, utc) * MINUTE === wall - utc)
    .sort((a, b) => a - b);
  if (fits.length === 0) return { utcMs: wall - before * MINUTE, fit: 'skipped' };
  return { utcMs: fits[0], fit: fits.length > 1 ? 'repeated' : 'exact' };
}

export type OffsetChange = { utcMs: number; fromMinutes: number; toMinutes: number };

/**
 * The zone's offset changes in [fromMs, toMs): sampled a day apart (no zone changes twice within a
 * day), each narrowed to the second.
 */
export function offsetChanges(zone: string, fromMs: number, toMs: number): OffsetChange[] {
  const changes: OffsetChange[] = [];
  let at = fromMs;
  let offset = offsetMinutes(zone, at);
  while (at < toMs) {
    const next = Math.min(at + DAY, toMs);
    const nextOffset = offsetMinutes(zone, next);
    if (nextOffset !== offset) {
      let low = at;
      let high = next;
      while (high - low > 1000) {
        const mid = low + Math.floor((high - low) / 2000) * 1000;
        if (offsetMinutes(zone, mid) === offset) low = mid;
        else high = mid;
      }
      changes.push({ utcMs: high, fromMinutes: offset, toMinutes: nextOffset });
    }
    at = next;
    offset = nextOffset;
  }
  return changes;
}
