import { onTestFinished, vi } from 'vitest';

/** A file handed to `<a download>`: a Blob sent whole, or the link main writes it behind (`href`). */
export type SavedFile = { fileName: string; blob: Blob; href: string };

/**
 * jsdom has no object URLs and does not download: record what `saveFile` hands to an
 * `<a download>` instead, for the test to look at.
 */
export function captureDownloads(): SavedFile[] {
  const saved: SavedFile[] = [];
  const blobs = new Map<string, Blob>();
  let count = 0;
  const had = Object.getOwnPropertyDescriptor(URL, 'createObjectURL');
  Object.defineProperty(URL, 'createObjectURL', {
    configurable: true,
    writable: true,
    value: (blob: Blob) => {
      const url = `blob:liaison-test/${++count}`;
      blobs.set(url, blob);
      return url;
    },
  });
  Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, writable: true, value: () => undefined });
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href) ?? new Blob([]);
    if (this.download) saved.push({ fileName: this.download, blob, href: this.href });
  });
  onTestFinished(() => {
    click.mockRestore();
    if (had) Object.defineProperty(URL, 'createObjectURL', had);
  });
  return saved;
}

export async function blobText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}
