/**
 * `npm run bench`: how fast the register is at the sizes an office reaches (thousands of
 * agreements). Prints each figure against its target and the ratio; exits non-zero on none of
 * them, because machines differ — read the ratios.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openCore } from '../../electron/main/core';
import type { Envelope } from '../../shared/errors';

const AGREEMENTS = Number(process.env.BENCH_AGREEMENTS ?? 3000);
const SIGNINGS = Number(process.env.BENCH_SIGNINGS ?? 2000);
const IMPORT_ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 10_000);

/** A register of `rows` rows as offices keep them: a few hundred partners, dates and terms as written. */
function registerCsv(rows: number): string {
  const kinds = ['MOU', 'Student Exchange Agreement', '업무협약', '合作协议', 'Research Collaboration Agreement'];
  const dates = (i: number) => [`${1 + (i % 28)} March ${2000 + (i % 24)}`, `${2000 + (i % 24)}.${1 + (i % 12)}.${1 + (i % 28)}`, `${2000 + (i % 24)}년 ${1 + (i % 12)}월 ${1 + (i % 28)}일`][i % 3];
  const terms = ['for a period of three (3) years', '5 yrs', 'until terminated', 'valid for two years and renewed automatically unless either side gives notice'];
  const lines = ['Bench register', '', 'No.,Partner Institution,Country,Type of Agreement,Title,Date Signed,Duration,Status,Ref. No.'];
  for (let i = 0; i < rows; i += 1) {
    const partner = i % 5 === 0 ? `Partner University ${i % 400}; Partner Institute ${(i * 7) % 400}` : `Partner University ${i % 400}`;
    lines.push([i + 1, `"${partner}"`, ['Japan', '대한민국', '中国', 'Germany'][i % 4], kinds[i % kinds.length], `Agreement ${i} on joint research`, dates(i), terms[i % terms.length], i % 7 ? 'Active' : 'lapsed', `BENCH-${i}`].join(','));
  }
  return `${lines.join('\n')}\n`;
}

type Result = { name: string; ms: number; targetMs: number; note?: string };
const results: Result[] = [];

async function timed<T>(name: string, targetMs: number, fn: () => Promise<T>, runs = 1, note?: string): Promise<T> {
  let value!: T;
  const start = performance.now();
  for (let i = 0; i < runs; i += 1) value = await fn();
  results.push({ name, ms: (performance.now() - start) / runs, targetMs, note });
  return value;
}

function unwrap<T>(envelope: Envelope<unknown>): T {
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value as T;
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'liaison-bench-'));
  const core = openCore({ dataDir, actor: 'bench', mode: 'browser', version: 'bench', offerDemo: false });
  const call = async <T>(channel: string, input: unknown) => unwrap<T>(await core.dispatch(channel, input));
  try {
    const orgs: string[] = [];
    const people: string[] = [];
    for (let i = 0; i < 200; i += 1) {
      const org = await call<{ id: string }>('organisations:create', { name: `Partner ${i} 파트너 ${i}`, kind: i % 2 ? 'company' : 'university', country: i % 3 ? 'KR' : 'HK' });
      orgs.push(org.id);
      people.push((await call<{ id: string }>('people:create', { name: `Signatory ${i}`, organisationId: org.id })).id);
    }
    const ids: string[] = [];
    await timed(`create agreement (×${AGREEMENTS})`, 20, async () => {
      const i = ids.length;
      const a = orgs[i % orgs.length];
      const b = orgs[(i * 7 + 1) % orgs.length] === a ? orgs[(i + 2) % orgs.length] : orgs[(i * 7 + 1) % orgs.length];
      const created = await call<{ id: string }>('agreements:create', {
        kind: 'mou',
        title: `Memorandum ${i} on AI research 인공지능 협력`,
        signedOn: '2025-03-01',
        duration: `${1 + (i % 5)} years`,
        parties: [
          { organisationId: a, signatories: [{ personId: people[orgs.indexOf(a)] }] },
          { organisationId: b, signatories: [{ personId: people[orgs.indexOf(b)] }] },
        ],
        items: [{ description: 'Regular AI forums', recurrence: 'regular' }],
        contributions: [{ organisationId: a, kind: 'money', amountMinor: 100_000_000, currency: 'KRW' }],
      });
      ids.push(created.id);
      return created;
    }, AGREEMENTS, 'one transaction each: rows, children, search index, audit');

    await timed('list page of 50, sorted by title', 50, () => call('agreements:list', { sort: 'title', dir: 'asc', limit: 50, offset: 1000 }), 20);
    await timed('list with trigram search "인공지능"', 100, () => call('agreements:list', { search: '인공지능 협력', limit: 50 }), 20);
    await timed('list filtered by partner and country', 100, () => call('agreements:list', { partnerId: orgs[3], country: 'KR', limit: 50 }), 20);
    await timed('home overview', 50, () => call('agreements:overview', {}), 20);
    await timed('agreement detail', 20, () => call('agreements:get', { id: ids[42] }), 50);

    const pdf = Buffer.from('%PDF-1.4\n% bench\n%%EOF\n');
    const doc = await call<{ versions: Array<{ id: string }> }>('documents:add', { owner: { kind: 'agreement', id: ids[0] }, fileName: 'mou.pdf', contentBase64: pdf.toString('base64') });
    const detail = await call<{ parties: Array<{ organisationId: string; signatories: Array<{ personId: string }> }> }>('agreements:get', { id: ids[0] });
    await timed(`record signing (×${SIGNINGS})`, 20, () =>
      call('signing:record', {
        agreementId: ids[0],
        documentVersionId: doc.versions[0].id,
        partyOrganisationId: detail.parties[0].organisationId,
        signatoryPersonId: detail.parties[0].signatories[0].personId,
        signedOn: '2025-03-01',
        place: 'Seoul',
        method: 'wet_ink',
      }), SIGNINGS);
    await timed(`verify chain of ${SIGNINGS} records`, 500, () => call('signing:verify', {}), 3);
    const file = await timed('export signed summary (JSON)', 100, () => call<{ contentBase64: string }>('exports:summary', { agreementId: ids[0], format: 'json' }), 5);
    await timed('verify signed summary', 100, () => call('exports:verify', { fileName: 'x.json', contentBase64: file.contentBase64 }), 5);
    await timed(`register CSV of ${AGREEMENTS}`, 1000, () => call('exports:register', { format: 'csv' }), 3);

    const register = Buffer.from(registerCsv(IMPORT_ROWS)).toString('base64');
    const options = { homeOrganisation: 'Bench University' };
    const preview = await timed(`read and preview ${IMPORT_ROWS} register rows`, 1000, () =>
      call<{ sessionId: string; counts: { create: number } }>('imports:read', { fileName: 'bench.csv', contentBase64: register, options }),
    );
    const imported = await timed(`import ${IMPORT_ROWS} rows (one transaction)`, 2000, () =>
      call<{ created: number }>('imports:commit', { sessionId: preview.sessionId, options }),
    1, 'agreements through agreements:create rules, one audit entry each; target is for read + import');
    if (imported.created !== IMPORT_ROWS) throw new Error(`imported ${imported.created} of ${IMPORT_ROWS} rows`);
  } finally {
    core.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }

  const width = Math.max(...results.map((r) => r.name.length));
  console.log(`Liaison benchmarks (${AGREEMENTS} agreements, ${SIGNINGS} signing records, Node ${process.version}, ${os.cpus().length} cores)\n`);
  console.log(`${'what'.padEnd(width)}  ${'ms'.padStart(9)}  ${'target'.padStart(8)}  ratio`);
  for (const r of results) {
    const ratio = r.ms / r.targetMs;
    console.log(`${r.name.padEnd(width)}  ${r.ms.toFixed(2).padStart(9)}  ${String(r.targetMs).padStart(8)}  ${ratio.toFixed(2)}${ratio > 1 ? '  OVER' : ''}${r.note ? `  (${r.note})` : ''}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
