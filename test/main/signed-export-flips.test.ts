import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyExport, type TrustedKeys } from '../../electron/main/exports/verify-export';
import { VerifyResult } from '../../shared/models/export';
import { exportAs, openExportCore, richAgreement, trustedKeysOf } from './signed-export-fixtures';
import { fixedClock } from './fixtures';

type Format = 'json' | 'markdown' | 'pdf';
const files = {} as Record<Format, Buffer>;
let trusted: TrustedKeys;

beforeAll(async () => {
  const t = openExportCore(fixedClock('2026-11-23'));
  const { agreement } = await richAgreement(t);
  for (const format of ['json', 'markdown', 'pdf'] as const) files[format] = await exportAs(t, agreement.id, format);
  trusted = await trustedKeysOf(t);
});

/**
 * A new value for one byte: any other value, weighted towards the changes a lenient reader
 * forgives (letter case, a neighbouring base64 character, whitespace).
 */
const newValue = (old: number) =>
  fc
    .oneof(
      { weight: 3, arbitrary: fc.integer({ min: 1, max: 255 }).map((mask) => old ^ mask) },
      fc.constantFrom(old ^ 0x20, old ^ 0x01, 0x20, 0x0a, 0x0d, 0x09, 0x3d),
    )
    .filter((value) => value !== old);

function change(file: Buffer, positions: fc.Arbitrary<number>) {
  return positions.chain((at) => newValue(file[at]).map((value) => ({ at, value })));
}

function assertNeverValid(file: Buffer, positions: fc.Arbitrary<number>, numRuns: number) {
  fc.assert(
    fc.property(change(file, positions), ({ at, value }) => {
      const changed = Buffer.from(file);
      changed[at] = value;
      expect(VerifyResult.parse(verifyExport(changed, trusted)).status).not.toBe('valid');
    }),
    { numRuns },
  );
}

/**
 * Positions worth more samples than a uniform draw gives them: the start and end of the file, and
 * the places an earlier verifier left unsigned (the key's PEM, the algorithm, the signature value,
 * the "Signed with" line, the fence, the PDF's attachment and trailer).
 */
function hotSpots(file: Buffer): number[] {
  const text = file.toString('latin1');
  const spots = new Set<number>();
  const around = (at: number, span: number) => {
    for (let i = Math.max(0, at - span); i < Math.min(file.length, at + span); i += 1) spots.add(i);
  };
  around(0, 16);
  around(file.length - 1, 48);
  for (const marker of ['-----BEGIN PUBLIC KEY', '"algorithm"', '"value"', '"keyId"', 'Signed with', '```', '"pdf"', '/EmbeddedFile', 'trailer', 'startxref']) {
    for (let at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) around(at, 40);
  }
  return [...spots];
}

describe('no single-byte change to a signed summary verifies as valid', () => {
  it('starts from three genuine renderings that verify', () => {
    for (const format of ['json', 'markdown', 'pdf'] as const) {
      expect(verifyExport(files[format], trusted), format).toMatchObject({ status: 'valid', fileKind: format });
    }
  });

  it.each(['json', 'markdown', 'pdf'] as const)('%s: a change anywhere in the file', (format) => {
    assertNeverValid(files[format], fc.nat({ max: files[format].length - 1 }), 600);
  });

  it.each(['json', 'markdown', 'pdf'] as const)('%s: a change near the parts that used to be unsigned', (format) => {
    const spots = hotSpots(files[format]);
    expect(spots.length).toBeGreaterThan(200);
    assertNeverValid(files[format], fc.constantFrom(...spots), 400);
  });
});
