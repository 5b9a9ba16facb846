import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentHealth } from '../../shared/models/document-health';
import { tinyPdf } from './document-fixtures';
import { makeAgreement, openTestCore } from './fixtures';

const b64 = (bytes: Buffer) => bytes.toString('base64');

describe('the background check of stored documents', () => {
  it('finds a stored file changed or missing on disk before anyone opens it, and a re-attach repairs it', async () => {
    const t = openTestCore();
    const { agreement, kaist } = await makeAgreement(t);
    const original = tinyPdf('signed MOU');
    const mou = await t.call('documents:add', { owner: { kind: 'agreement', id: agreement.id }, fileName: 'MOU.pdf', contentBase64: b64(original) });
    const other = await t.call('documents:add', { owner: { kind: 'organisation', id: kaist.id }, fileName: 'charter.pdf', contentBase64: b64(tinyPdf('charter')) });
    expect(await t.call('documents:health', {})).toMatchObject({ checked: 2, damaged: [] });

    const announced: DocumentHealth[] = [];
    t.core.subscribe((event, payload) => {
      if (event === 'documents:damaged') announced.push(payload as DocumentHealth);
    });
    const store = path.join(t.dataDir, 'documents');
    fs.writeFileSync(path.join(store, mou.versions[0].sha256), Buffer.concat([original, Buffer.from('% edited')]));
    fs.rmSync(path.join(store, other.versions[0].sha256));

    // A later start checks again from scratch.
    const again = t.reopen();
    again.core.subscribe((event, payload) => {
      if (event === 'documents:damaged') announced.push(payload as DocumentHealth);
    });
    const health = await again.call('documents:health', {});
    expect(health.checked).toBe(2);
    expect(health.damaged).toHaveLength(2);
    expect(health.damaged).toEqual(
      expect.arrayContaining([
        { sha256: mou.versions[0].sha256, problem: 'changed', versions: [{ documentId: mou.id, title: mou.title, version: 1, fileName: 'MOU.pdf', owner: { kind: 'agreement', id: agreement.id } }] },
        expect.objectContaining({ sha256: other.versions[0].sha256, problem: 'missing' }),
      ]),
    );
    expect(announced.at(-1)?.damaged).toHaveLength(2);

    await again.call('documents:add', { owner: { kind: 'agreement', id: agreement.id }, fileName: 'MOU.pdf', contentBase64: b64(original) });
    const repaired = await again.call('documents:health', {});
    expect(repaired.damaged.map((d) => d.problem)).toEqual(['missing']);
  });
});
