/** Bytes per `String.fromCharCode` call: small enough for any engine's argument limit. */
const CHUNK = 0x8000;

/** Base64 of `bytes`, built in chunks (a 25 MiB file would overflow one giant spread). */
export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += CHUNK) {
    parts.push(String.fromCharCode(...bytes.subarray(start, start + CHUNK)));
  }
  return btoa(parts.join(''));
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function readWith<T>(file: Blob, start: (reader: FileReader) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as T);
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    start(reader);
  });
}

/** The file's bytes as base64 (for `documents:add` and `exports:verify`). */
export async function readFileBase64(file: Blob): Promise<string> {
  const buffer = await readWith<ArrayBuffer>(file, (reader) => reader.readAsArrayBuffer(file));
  return bytesToBase64(new Uint8Array(buffer));
}

/** The file as UTF-8 text (a pasted-in public key). */
export function readFileText(file: Blob): Promise<string> {
  return readWith<string>(file, (reader) => reader.readAsText(file));
}
