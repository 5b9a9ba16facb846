import { PdfStructureError, entry, findObject, lastXrefOffset, readDictionary, readXrefSection } from './pdf-structure';

/**
 * A PDF summary carries its signed JSON as an embedded file, added by an incremental update
 * appended to the pages Chromium printed: the printed bytes stay untouched (their SHA-256 is in
 * the signed JSON), and the update is a pure function of those bytes, the JSON and its file name.
 * So a verifier rebuilds the update and compares the whole file byte for byte. Chromium cannot
 * attach files, and rewriting the PDF with a library would change the printed bytes — hence this
 * small writer. Its output is part of format 2: change a byte of it and old PDFs stop verifying.
 */

const EMBEDDED_FILE = /^(\d+) 0 obj\n<< \/Type \/EmbeddedFile \/Subtype \/application#2Fjson \/Params << \/Size (\d+) >> \/Length (\d+) >>\nstream\n/;

const offset10 = (n: number) => String(n).padStart(10, '0');

export class PdfAttachmentError extends Error {}

/**
 * `pages` plus an update that embeds `json` as `fileName`, lists it in the catalog's EmbeddedFiles
 * and associated files, and asks viewers to open the attachments pane.
 */
export function attachSignedJson(pages: Buffer, fileName: string, json: Buffer): Buffer {
  if (!/^[A-Za-z0-9._-]+$/.test(fileName)) throw new PdfAttachmentError('The attachment name must be plain ASCII.');
  if (pages[pages.length - 1] !== 0x0a) throw new PdfAttachmentError('The printed PDF must end with a line break.');
  const text = pages.toString('latin1');
  try {
    const previous = lastXrefOffset(text);
    const { trailer } = readXrefSection(text, previous);
    const size = entry(trailer, 'Size') ?? '';
    const root = /^(\d+)\s+(\d+)\s+R$/.exec(entry(trailer, 'Root') ?? '');
    if (!/^\d+$/.test(size) || !root) throw new PdfStructureError('the trailer has no /Size or /Root');
    if (entry(trailer, 'Encrypt') !== undefined) throw new PdfStructureError('the PDF is encrypted');
    const [rootNumber, rootGeneration] = [Number(root[1]), Number(root[2])];
    const at = findObject(text, rootNumber);
    const opening = new RegExp(`^${rootNumber}\\s+${rootGeneration}\\s+obj`).exec(text.slice(at.offset, at.offset + 32));
    if (!opening || at.generation !== rootGeneration) throw new PdfStructureError('the catalog is not where the table says');
    const catalog = readDictionary(text, at.offset + opening[0].length);
    const taken = ['Names', 'AF', 'PageMode'].filter((name) => entry(catalog, name) !== undefined);
    if (taken.length) throw new PdfStructureError(`the catalog already has /${taken.join(', /')}`);

    const fileObject = Number(size);
    const specObject = fileObject + 1;
    const fileHead = Buffer.from(
      `${fileObject} 0 obj\n<< /Type /EmbeddedFile /Subtype /application#2Fjson /Params << /Size ${json.length} >> /Length ${json.length} >>\nstream\n`,
      'latin1',
    );
    const fileTail = Buffer.from('\nendstream\nendobj\n', 'latin1');
    const spec = Buffer.from(
      `${specObject} 0 obj\n<< /Type /Filespec /F (${fileName}) /UF (${fileName}) /Desc (Signed summary: check this PDF with liaison verify) /AFRelationship /Source /EF << /F ${fileObject} 0 R /UF ${fileObject} 0 R >> >>\nendobj\n`,
      'latin1',
    );
    const catalogText = [
      ...catalog.entries.map(([name, value]) => `/${name} ${value}`),
      `/Names << /EmbeddedFiles << /Names [(${fileName}) ${specObject} 0 R] >> >>`,
      `/AF [${specObject} 0 R]`,
      '/PageMode /UseAttachments',
    ].join('\n');
    const newCatalog = Buffer.from(`${rootNumber} ${rootGeneration} obj\n<<${catalogText}>>\nendobj\n`, 'latin1');

    const fileAt = pages.length;
    const specAt = fileAt + fileHead.length + json.length + fileTail.length;
    const catalogAt = specAt + spec.length;
    const xrefAt = catalogAt + newCatalog.length;
    const info = entry(trailer, 'Info');
    const id = entry(trailer, 'ID');
    const tail = Buffer.from(
      [
        'xref',
        `${rootNumber} 1`,
        `${offset10(catalogAt)} ${String(rootGeneration).padStart(5, '0')} n `,
        `${fileObject} 2`,
        `${offset10(fileAt)} 00000 n `,
        `${offset10(specAt)} 00000 n `,
        'trailer',
        `<< /Size ${specObject + 1} /Root ${rootNumber} ${rootGeneration} R${info ? ` /Info ${info}` : ''}${id ? ` /ID ${id}` : ''} /Prev ${previous} >>`,
        'startxref',
        String(xrefAt),
        '%%EOF',
        '',
      ].join('\n'),
      'latin1',
    );
    return Buffer.concat([pages, fileHead, json, fileTail, spec, newCatalog, tail]);
  } catch (error) {
    if (error instanceof PdfStructureError) throw new PdfAttachmentError(`The printed PDF cannot carry its signed data: ${error.message}.`);
    throw error;
  }
}

/**
 * Splits a PDF made by `attachSignedJson` into the printed pages and the embedded JSON, reading
 * the last update's cross-reference table; null when the PDF has no such update. The caller
 * still rebuilds the whole file from these parts and compares: this only finds them.
 */
export function readSignedAttachment(file: Buffer): { pages: Buffer; json: Buffer } | null {
  const text = file.toString('latin1');
  try {
    const { offsets } = readXrefSection(text, lastXrefOffset(text));
    let first = Infinity;
    for (const { offset } of offsets.values()) first = Math.min(first, offset);
    if (!Number.isFinite(first)) return null;
    const head = EMBEDDED_FILE.exec(text.slice(first, first + 200));
    if (!head || head[2] !== head[3]) return null;
    const start = first + head[0].length;
    const end = start + Number(head[3]);
    if (end > file.length) return null;
    return { pages: file.subarray(0, first), json: file.subarray(start, end) };
  } catch (error) {
    if (error instanceof PdfStructureError) return null;
    throw error;
  }
}
