/**
 * One line the crash child prints after a write has committed (and only then). The parent holds the
 * child to every line it read: each named record must survive the SIGKILL that follows.
 */
export type AcknowledgedWrite =
  | { kind: 'agreement'; id: string }
  | { kind: 'document'; id: string; versionId: string; sha256: string }
  | { kind: 'signing'; id: string; agreementId: string };

/** Printed once the core is open, so the parent can time kills against the write loop. */
export const READY_LINE = 'READY';

export function formatAck(write: AcknowledgedWrite): string {
  return `ACK ${JSON.stringify(write)}\n`;
}

/** The acknowledged write on a complete line, or null for anything else (READY, a line cut by the kill). */
export function parseAck(line: string): AcknowledgedWrite | null {
  if (!line.startsWith('ACK ')) return null;
  try {
    return JSON.parse(line.slice(4)) as AcknowledgedWrite;
  } catch {
    return null;
  }
}
