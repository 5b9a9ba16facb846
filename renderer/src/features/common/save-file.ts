import type { FileOut } from '../../../../shared/models/export';
import { base64ToBytes } from './base64';

/**
 * Hands a file main produced to the user: a Blob behind an object URL and a click on an
 * `<a download>`. Browsers download it; Electron shows its save dialog.
 */
export function saveFile(file: FileOut): void {
  const blob = new Blob([base64ToBytes(file.contentBase64)], { type: file.mediaType || 'application/octet-stream' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoke later: some engines start reading the URL only after the click handler returns.
    setTimeout(() => URL.revokeObjectURL(url), 30_000);
  }
}
