import type { FileLink, FileOut } from '../../../../shared/models/export';
import { base64ToBytes } from './base64';

/**
 * Hands a file main produced to the user: a click on an `<a download>` — for a file sent whole, a
 * Blob behind an object URL; for a link, the link. Browsers download it; Electron shows its save dialog.
 */
export function saveFile(file: FileOut | FileLink): void {
  if ('url' in file) return follow(file.url, file.fileName);
  const blob = new Blob([base64ToBytes(file.contentBase64)], { type: file.mediaType || 'application/octet-stream' });
  const url = URL.createObjectURL(blob);
  try {
    follow(url, file.fileName);
  } finally {
    // Revoke later: some engines start reading the URL only after the click handler returns.
    setTimeout(() => URL.revokeObjectURL(url), 30_000);
  }
}

/**
 * A file main writes as it is downloaded (a `FileLink`, `/downloads/<token>` on our own origin): the
 * browser or Electron's download manager fetches it and saves it as it arrives.
 */
function follow(href: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
  }
}
