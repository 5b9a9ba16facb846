/**
 * `npm run bench`: how fast the register is at the sizes an office reaches. The default run is a
 * 3,000-agreement register (quick); `npm run bench -- --scale 100k` is the full one: 100,000
 * agreements, 20,000 organisations and 50,000 people. Both seed through the services' batch path
 * and print each figure against its target, beside the same SQL run raw in the same process where
 * there is one, and the ratio. It exits non-zero on none of them, because machines differ.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { openCore } from '../../electron/main/core';
import type { Core } from '../../electron/main/core-types';
import { databasePath } from '../../electron/main/data-dir';
import { openDatabase, statement, type Db } from '../../electron/main/db/connection';
import { encodeCursor } from '../../electron/main/db/list-cursor';
import { readPage, type ListQuery } from '../../electron/main/db/record-table';
import { agreementTable } from '../../electron/main/db/repos/agreement-repo';
import { DocumentStore } from '../../electron/main/files/document-store';
import { startWebServer } from '../../electron/main/server/web-server';
import { launchBrowser } from '../e2e/chromium';
import { createOrganisations } from '../../electron/main/records/organisations';
import { createPeople, personTable } from '../../electron/main/records/people';
import { createAgreements } from '../../electron/main/services/agreement-service';
import type { ServiceContext } from '../../electron/main/services/service-context';
import type { Envelope } from '../../shared/errors';
import { contract } from '../../shared/ipc/contract';
import { AgreementInput, type AgreementKind } from '../../shared/models/agreement';
import { OrganisationInput } from '../../shared/models/organisation';
import { PersonInput } from '../../shared/models/person';

const args = process.argv.slice(2);
const scaleArg = args[args.indexOf('--scale') + 1];
const FULL = args.includes('--scale') && /^100k$/i.test(scaleArg ?? '');
const AGREEMENTS = Number(process.env.BENCH_AGREEMENTS ?? (FULL ? 100_000 : 3000));
const ORGANISATIONS = Math.max(10, Math.round(AGREEMENTS / 5));
const PEOPLE = Math.max(10, Math.round(AGREEMENTS / 2));
const SIGNINGS = Number(process.env.BENCH_SIGNINGS ?? 200);
// Issue 11's figure is 10,000 rows in one import, at every scale (BENCH_IMPORT_ROWS for a quicker look).
const IMPORT_ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 10_000);
const RUNS = FULL ? 20 : 10;

/** `wireP95`: the same call over the browser-mode transport (a WebSocket on 127.0.0.1), which a list's target is for. */
type Result = { name: string; p50: number; p95: number; targetMs: number | null; rawMs?: number; wireP95?: number; note?: string };
const results: Result[] = [];
const notes: string[] = [];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))];
}

async function measure<T>(fn: () => Promise<T> | T, runs: number): Promise<{ p50: number; p95: number; value: T }> {
  const times: number[] = [];
  let value!: T;
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    value = await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 0.5), p95: percentile(times, 0.95), value };
}

async function timed<T>(
  name: string,
  targetMs: number | null,
  fn: () => Promise<T> | T,
  options: { runs?: number; raw?: () => unknown; wire?: (runs: number) => Promise<number[] | null>; note?: string } = {},
): Promise<T> {
  const runs = options.runs ?? 1;
  if (runs > 1) await fn(); // warm the statement cache and the pages, as a second look at a page is
  const { p50, p95, value } = await measure(fn, runs);
  let rawMs: number | undefined;
  if (options.raw) {
    options.raw();
    rawMs = (await measure(options.raw, runs)).p50;
  }
  const wire = options.wire ? await options.wire(runs) : null;
  const wireP95 = wire ? percentile([...wire].sort((a, b) => a - b), 0.95) : undefined;
  report({ name, p50, p95, targetMs, rawMs, wireP95, note: options.note });
  return value;
}

const WIDTH = 56;

/** Prints each figure as it is measured, so a long run shows its progress (and a cut-off run its figures so far). */
function report(r: Result): void {
  results.push(r);
  const ratio = r.targetMs ? (r.wireP95 ?? r.p95) / r.targetMs : null;
  const vsRaw = r.rawMs ? (r.p50 / r.rawMs).toFixed(1) : '';
  console.log(
    `${r.name.padEnd(WIDTH)}  ${r.p50.toFixed(2).padStart(9)}  ${r.p95.toFixed(2).padStart(9)}  ${(r.wireP95?.toFixed(2) ?? '').padStart(9)}  ${(r.rawMs?.toFixed(2) ?? '').padStart(8)}  ${vsRaw.padStart(5)}  ${String(r.targetMs ?? '').padStart(7)}  ${ratio === null ? '' : ratio.toFixed(2)}${ratio !== null && ratio > 1 ? '  OVER' : ''}${r.note ? `  (${r.note})` : ''}`,
  );
}

function unwrap<T>(envelope: Envelope<unknown>): T {
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value as T;
}

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

const COUNTRIES = ['KR', 'CN', 'HK', 'JP', 'DE', 'US', 'GB', 'SG'];
const FAMILY = ['Kim', 'Lee', 'Park', 'Smith', 'Wang', 'Chen', 'Müller', '김', '이', '王'];
const GIVEN = ['Min-jun', 'Seo-yeon', 'John', 'Wei', 'Anna', '민준', '서연', '伟', '芳', 'Hans'];
const KINDS: AgreementKind[] = ['mou', 'moa', 'collaboration', 'business', 'contract'];
const TITLES = ['Memorandum on AI research 인공지능 협력', 'Student exchange 학생 교류', '合作协议 人工智能 研究', 'Joint research on batteries', 'Faculty exchange 교수 교류 AI'];

/** A ServiceContext on a second connection, as the import writes through. */
function batchContext(dataDir: string): ServiceContext & { close(): void } {
  const db = openDatabase(databasePath(dataDir));
  return { db, actor: 'bench', now: () => new Date(), onChange: () => undefined, files: new DocumentStore(dataDir), deviceId: 'bench', close: () => db.close() };
}

/** Seeds the register through the services' batch path (the rules of a single create for every row). */
async function seed(dataDir: string): Promise<{ orgs: string[]; agreements: string[] }> {
  const ctx = batchContext(dataDir);
  try {
    const orgs = (
      await timed(`seed ${ORGANISATIONS} organisations (batch)`, null, () =>
        createOrganisations(
          ctx,
          Array.from({ length: ORGANISATIONS }, (_, i) => ({
            row: i + 1,
            values: OrganisationInput.parse({
              name: i % 3 === 0 ? `${['서울 대학교', '부산 연구소', '北京 大学', '上海 研究院'][i % 4]} ${i}` : `Stiftung Forschung Nr ${i}`,
              altNames: i % 2 ? [{ name: `파트너 ${i}`, lang: 'ko' }] : [],
              kind: i % 2 ? 'company' : 'university',
              country: COUNTRIES[i % COUNTRIES.length],
            }),
          })),
          { source: 'bench' },
        ),
      )
    ).map((o) => o.id);
    const people = (
      await timed(`seed ${PEOPLE} people (batch)`, null, () =>
        createPeople(
          ctx,
          Array.from({ length: PEOPLE }, (_, i) => ({
            row: i + 1,
            values: PersonInput.parse({ name: `${FAMILY[i % FAMILY.length]} ${GIVEN[(i * 7) % GIVEN.length]} ${i}`, organisationId: orgs[i % orgs.length], title: 'Director' }),
          })),
          { source: 'bench' },
        ),
      )
    ).map((p) => p.id);
    // Person i works at organisation i % organisations, so person a is at organisation a.
    const personAt = (org: number) => people[org % people.length];
    // The office's own university (the first organisation) is a party to every agreement, as in a
    // register an import brings in; the partner is one of the others.
    const values = (i: number) => {
      const a = 0;
      const b = 1 + ((i * 7) % (orgs.length - 1));
      // Drafts, agreements in force, and ones that ended, entered from the office's records.
      const phase = i % 10;
      const entered = phase < 5 ? null : phase < 8 ? 'active' : phase < 9 ? 'expired' : 'terminated';
      const year = entered === 'expired' ? 2010 + (i % 8) : 2024 + (i % 2);
      return AgreementInput.parse({
        kind: KINDS[i % KINDS.length],
        title: `${TITLES[i % TITLES.length]} ${i}`,
        signedOn: entered || i % 3 ? `${year}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}` : null,
        duration: entered === 'expired' ? '3 years' : `${3 + (i % 3)} years`,
        statusFromRecords: entered,
        parties: [
          { organisationId: orgs[a], signatories: [{ personId: personAt(a) }] },
          { organisationId: orgs[b], signatories: [{ personId: personAt(b) }] },
        ],
        items: i % 4 === 0 ? [{ description: 'Regular AI forums 정기 포럼', recurrence: 'regular' }] : [],
      });
    };
    const rows = Array.from({ length: AGREEMENTS }, (_, i) => ({ row: i + 1, values: values(i) }));
    const agreements = (await timed(`seed ${AGREEMENTS} agreements (batch)`, FULL ? 10_000 : 1000, () => createAgreements(ctx, rows, { source: 'bench' }), {
      note: 'target: 100k agreements + 20k organisations + 50k people < 10 s',
    })).map((a) => a.id);
    return { orgs, agreements };
  } finally {
    ctx.close();
  }
}

// Sent to the page as text: tsx names the functions it compiles with a helper the page lacks.
const TIME_IN_PAGE = `async ({ channel, input, runs, token }) => {
  // One socket for the page, as the window keeps one (renderer/src/ipc/socket-bridge.ts).
  window.benchSocket ??= await new Promise((resolve, reject) => {
    const ws = new WebSocket(location.origin.replace(/^http/, 'ws') + '/ipc?token=' + encodeURIComponent(token));
    ws.binaryType = 'arraybuffer';
    ws.onopen = () => resolve(ws);
    ws.onerror = () => reject(new Error('the socket did not open'));
  });
  const decoder = new TextDecoder();
  const ws = window.benchSocket;
  let nextId = 1;
  const once = () => new Promise((resolve, reject) => {
    const id = nextId++;
    ws.onmessage = (event) => {
      const message = JSON.parse(decoder.decode(event.data));
      if (message.id !== id) return;
      message.reply.ok ? resolve() : reject(new Error(message.reply.error.message));
    };
    ws.send(JSON.stringify({ id, channel, input }));
  });
  await once();
  const times = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await once();
    times.push(performance.now() - start);
  }
  return times;
}`;

type Transport = ((channel: string, input: unknown, runs: number) => Promise<number[] | null>) & { close(): Promise<void> };

/**
 * Times calls as the window makes them in browser mode: `fetch` from a page of the app's origin in
 * Chromium (another process, as the window is), each call's time taken in the page. Without
 * Chromium the column stays empty and a note says why.
 */
async function browserTransport(url: string, token: string): Promise<Transport> {
  let browser: Browser | null = null;
  try {
    browser = await launchBrowser();
  } catch (error) {
    notes.push(`window p95 not measured: ${error instanceof Error ? error.message : String(error)}`);
    return Object.assign(async () => null, { close: async () => undefined });
  }
  const page = await browser.newPage();
  await page.goto(`${url}bench`); // any page of the origin: the calls are same-origin, as the window's are
  const send = (channel: string, input: unknown, runs: number) =>
    page.evaluate(`(${TIME_IN_PAGE})(${JSON.stringify({ channel, input, runs, token })})`) as Promise<number[]>;
  return Object.assign(send, { close: () => browser.close() });
}

function fileSizeMb(dataDir: string): number {
  const file = databasePath(dataDir);
  const size = (name: string) => (fs.existsSync(name) ? fs.statSync(name).size : 0);
  return (size(file) + size(`${file}-wal`)) / 1024 / 1024;
}

async function main(): Promise<void> {
  console.log(`Liaison benchmarks (${AGREEMENTS} agreements, ${ORGANISATIONS} organisations, ${PEOPLE} people; Node ${process.version}, ${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(1)})`);
  console.log('p50/p95 through the handlers (core.dispatch); window p95 = the same call over the browser-mode transport (its');
  console.log('WebSocket), sent by Chromium from a page of the app\'s origin; raw = the same SQL on a second connection;');
  console.log('ratio = p95 (window p95 where measured) / target\n');
  console.log(`${'what'.padEnd(WIDTH)}  ${'p50 ms'.padStart(9)}  ${'p95 ms'.padStart(9)}  ${'win p95'.padStart(9)}  ${'raw ms'.padStart(8)}  ${'×raw'.padStart(5)}  ${'target'.padStart(7)}  ratio`);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'liaison-bench-'));
  const open = () => openCore({ dataDir, actor: 'bench', mode: 'browser', version: 'bench', offerDemo: false, backgroundJobs: false });
  let core: Core = open();
  const call = async <T>(channel: string, input: unknown) => unwrap<T>(await core.dispatch(channel, input));
  const raw: Db = openDatabase(databasePath(dataDir), { readonly: false });
  try {
    const seedStart = performance.now();
    const { orgs, agreements: ids } = await seed(dataDir);
    notes.push(`seeded in ${((performance.now() - seedStart) / 1000).toFixed(1)} s through the batch path`);
    const sizeAfterSeed = fileSizeMb(dataDir);
    const auditMb = (raw.prepare("SELECT total(ifnull(length(before_json), 0) + ifnull(length(after_json), 0)) AS n FROM audit_log").get() as { n: number }).n / 1024 / 1024;
    report({ name: 'file size after seeding (MB)', p50: sizeAfterSeed, p95: sizeAfterSeed, targetMs: FULL ? 250 : null, note: `audit JSON ${auditMb.toFixed(1)} MB` });

    // Lists: every filter and sort the agreements page offers, a page of 50 with its count, through
    // the handlers and over the browser-mode transport (the window's requests in browser mode).
    const web = await startWebServer({ core, staticDir: dataDir });
    const overSocket = await browserTransport(web.url, web.token);
    // The transport alone: a call with no work in it, so each list's window p95 is this plus its own
    // time. (Over HTTP, one request per call, Chromium took 5–8 ms here for any request to any server.)
    await timed('browser-mode transport alone (app:info)', null, () => call('app:info', {}), { runs: RUNS, wire: (runs) => overSocket('app:info', {}, runs) });
    const today = new Date().toISOString().slice(0, 10);
    const list = async (name: string, input: Record<string, unknown>, target = 3) => {
      const query = contract['agreements:list'].input.parse({ limit: 50, ...input }) as unknown as ListQuery;
      const { count } = agreementTable.listSql(query, today);
      const sent = input.limit ? input : { limit: 50, ...input };
      await timed(name, target, () => call('agreements:list', sent), {
        runs: RUNS,
        wire: (runs) => overSocket('agreements:list', sent, runs),
        raw: () => {
          const { n } = statement(raw, count.sql).get(...count.params) as { n: number };
          const found = readPage(raw, agreementTable.listSql(query, today, agreementTable.startsFromMatches(raw, query, today, n)), query);
          agreementTable.findMany(raw, found.map((r) => r.id));
        },
      });
    };
    for (const sort of ['updatedAt', 'title', 'referenceNo', 'signedOn', 'expiresOn', 'status'] as const) {
      for (const dir of ['asc', 'desc'] as const) await list(`list sorted by ${sort} ${dir}`, { sort, dir });
    }
    await list('list filtered by status (active), by title', { statuses: ['active'], sort: 'title', dir: 'asc' });
    await list('list filtered by two statuses, by expiry', { statuses: ['active', 'expired'], sort: 'expiresOn', dir: 'asc' });
    await list('list filtered by kind, by updated', { kinds: ['contract'], sort: 'updatedAt', dir: 'desc' });
    await list('list filtered by partner', { partnerId: orgs[3], sort: 'updatedAt', dir: 'desc' });
    await list('list filtered by country, by title', { country: 'DE', sort: 'title', dir: 'asc' });
    await list('list expiring within 90 days', { expiringWithinDays: 90, sort: 'expiresOn', dir: 'asc' });
    await list('list offset page at the middle', { sort: 'title', dir: 'asc', offset: Math.floor(AGREEMENTS / 2) }, 50);
    // Past every signed date: the page counts the dated rows to know where its NULLs start.
    await list('list by signed date, descending, last offset page', { sort: 'signedOn', dir: 'desc', offset: AGREEMENTS - 50 }, 50);
    {
      const middle = raw
        .prepare("SELECT rowid AS rid, title COLLATE NOCASE AS k FROM agreements WHERE deleted_at IS NULL ORDER BY title COLLATE NOCASE, rowid LIMIT 1 OFFSET ?")
        .get(Math.floor(AGREEMENTS / 2)) as { rid: number; k: string };
      await list('list deep page by its link (keyset)', { sort: 'title', dir: 'asc', after: encodeCursor('agreement:title:asc', middle.k, middle.rid) });
    }

    // Search: words of three or more characters through the trigram index, shorter ones by LIKE.
    for (const words of ['research', '인공지능', '人工智能', 'AI', '교류', 'Forschung 12']) await list(`search "${words}"`, { search: words, sort: 'updatedAt', dir: 'desc' }, 50);
    for (const words of ['Smith', '민준', 'Wei 4']) {
      const query = contract['people:list'].input.parse({ search: words, limit: 50 }) as unknown as ListQuery;
      const { count, page } = personTable.listSql(query, today);
      await timed(`people search "${words}" (${PEOPLE} people)`, 50, () => call('people:list', { search: words, limit: 50 }), {
        runs: RUNS,
        wire: (runs) => overSocket('people:list', { search: words, limit: 50 }, runs),
        raw: () => {
          statement(raw, count.sql).get(...count.params);
          statement(raw, page.sql).all(...page.params);
        },
      });
    }

    await timed('home overview', 10, () => call('agreements:overview', {}), { runs: RUNS });
    await timed('agreement detail', 5, () => call('agreements:get', { id: ids[42] }), { runs: RUNS });
    await timed('organisation page: its agreements', 5, () => call('agreements:list', { partnerId: orgs[7], limit: 50 }), {
      runs: RUNS,
      wire: (runs) => overSocket('agreements:list', { partnerId: orgs[7], limit: 50 }, runs),
    });
    await list('list filtered by the university (every agreement)', { partnerId: orgs[0], sort: 'updatedAt', dir: 'desc' });
    await timed('partner page of a partner', 5, () => call('partners:overview', { organisationId: orgs[7] }), { runs: RUNS });
    await timed('partner page of the university (every agreement)', 50, () => call('partners:overview', { organisationId: orgs[0] }), {
      runs: FULL ? 5 : RUNS,
      note: 'counts from the tally; the items needing attention counted in one statement, one seek per item',
    });

    // Writes at full size, one at a time through the handlers.
    const detail = await call<{ parties: Array<{ organisationId: string; signatories: Array<{ personId: string }> }> }>('agreements:get', { id: ids[0] });
    // Each new agreement under another title, as an office's are: one title every time put each
    // create in the same leaf of the title indexes and hid the page splits a real create pays.
    let made = 0;
    const newValues = () => ({
      kind: 'mou',
      title: `${TITLES[made % TITLES.length]} ${((made += 1) * 7919) % 100_000} 새 협약`,
      parties: detail.parties.map((p) => ({ organisationId: p.organisationId, signatories: p.signatories.map((s) => ({ personId: s.personId })) })),
    });
    type Written = { id: string; referenceNo: string; updatedAt: string; parties: Array<{ id: string; organisationId: string; signatories: Array<{ id: string; personId: string }> }> };
    const fresh: Written[] = [];
    await timed('create an agreement', 2, async () => fresh.push(await call<Written>('agreements:create', newValues())), { runs: RUNS });
    let n = 0;
    // As the edit form sends it: the reference, parties and signatories it loaded (with their ids), and a new title.
    await timed('update an agreement', 2, async () => {
      const target = fresh[n % fresh.length];
      n += 1;
      const parties = target.parties.map((p) => ({ id: p.id, organisationId: p.organisationId, signatories: p.signatories.map((s) => ({ id: s.id, personId: s.personId })) }));
      const updated = await call<{ updatedAt: string }>('agreements:update', { id: target.id, expectedUpdatedAt: target.updatedAt, values: { ...newValues(), referenceNo: target.referenceNo, parties, title: `Renamed ${n}` } });
      target.updatedAt = updated.updatedAt;
    }, { runs: RUNS });
    let m = 0;
    await timed('transition an agreement (draft → negotiation)', 2, async () => {
      const target = fresh[m];
      m += 1;
      await call('agreements:transition', { id: target.id, to: 'negotiation', expectedUpdatedAt: target.updatedAt });
    }, { runs: Math.min(RUNS, fresh.length - 1) });

    // Evidence and exports.
    const pdf = Buffer.from('%PDF-1.4\n% bench\n%%EOF\n');
    const doc = await call<{ versions: Array<{ id: string }> }>('documents:add', { owner: { kind: 'agreement', id: ids[5] }, fileName: 'mou.pdf', contentBase64: pdf.toString('base64') });
    const signed = await call<{ parties: Array<{ organisationId: string; signatories: Array<{ personId: string }> }> }>('agreements:get', { id: ids[5] });
    await timed(`record signing (×${SIGNINGS})`, 20, () =>
      call('signing:record', {
        agreementId: ids[5],
        documentVersionId: doc.versions[0].id,
        partyOrganisationId: signed.parties[0].organisationId,
        signatoryPersonId: signed.parties[0].signatories[0].personId,
        signedOn: '2025-03-01',
        place: 'Seoul',
        method: 'wet_ink',
      }), { runs: SIGNINGS });
    // The first summary walks the whole chain; later ones only the records added since (chain-checkpoint.ts).
    await timed(`export signed summary, first: walks all ${SIGNINGS} records`, 100, () => call('exports:summary', { agreementId: ids[5], format: 'json' }));
    await timed(`verify chain of ${SIGNINGS} records`, 500, () => call('signing:verify', {}), { runs: 3 });
    const file = await timed('export signed summary (JSON)', 100, () => call<{ contentBase64: string }>('exports:summary', { agreementId: ids[5], format: 'json' }), { runs: 5 });
    await timed('verify signed summary', 100, () => call('exports:verify', { fileName: 'x.json', contentBase64: file.contentBase64 }), { runs: 5 });
    const heapBefore = process.memoryUsage().heapUsed;
    const csv = await timed(`register CSV of ${AGREEMENTS} rows`, FULL ? 5000 : 1000, () => call<{ contentBase64: string }>('exports:register', { format: 'csv' }));
    notes.push(`register CSV: ${(csv.contentBase64.length * 0.75 / 1024 / 1024).toFixed(1)} MB; heap grew ${((process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024).toFixed(0)} MB while it was held`);
    // The window's export: a link, the file written chunk by chunk as it is downloaded.
    const streamed = await timed(`register CSV of ${AGREEMENTS} rows as a download`, FULL ? 5000 : 1000, async () => {
      const link = await call<{ url: string }>('exports:registerLink', { format: 'csv' });
      const download = core.download(link.url.slice('/downloads/'.length));
      if (!download) throw new Error('the download link was not offered');
      const base = process.memoryUsage().heapUsed;
      let bytes = 0;
      let peak = 0;
      for await (const chunk of download.chunks()) {
        bytes += chunk.length;
        peak = Math.max(peak, process.memoryUsage().heapUsed - base);
      }
      return { bytes, peak };
    });
    notes.push(`register CSV as a download: ${(streamed.bytes / 1024 / 1024).toFixed(1)} MB; heap at most ${(streamed.peak / 1024 / 1024).toFixed(0)} MB above where it started while it was written`);

    // An import of a register file, through the same batch path.
    const register = Buffer.from(registerCsv(IMPORT_ROWS)).toString('base64');
    const options = { homeOrganisation: 'Bench University' };
    const preview = await timed(`read and preview ${IMPORT_ROWS} register rows`, 1000, () =>
      call<{ sessionId: string; counts: { create: number } }>('imports:read', { fileName: 'bench.csv', contentBase64: register, options }),
    );
    const imported = await timed(`import ${IMPORT_ROWS} rows (one transaction)`, 2000, () => call<{ created: number }>('imports:commit', { sessionId: preview.sessionId, options }), {
      note: 'the batch path: agreements:create rules per row, one audit entry for the import',
    });
    if (imported.created !== IMPORT_ROWS) throw new Error(`imported ${imported.created} of ${IMPORT_ROWS} rows`);

    // A cold start: open the register and show the first page of the list.
    await overSocket.close();
    await web.close();
    core.close();
    raw.pragma('wal_checkpoint(TRUNCATE)');
    const sizeNow = fileSizeMb(dataDir);
    report({ name: 'file size at the end (MB)', p50: sizeNow, p95: sizeNow, targetMs: FULL ? 250 : null });
    await timed('cold start to the first list page', 1000, async () => {
      core = open();
      await call('agreements:list', { limit: 50 });
    });
  } finally {
    core.close();
    raw.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }

  for (const note of notes) console.log(`- ${note}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
