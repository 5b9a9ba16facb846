/**
 * The chain head the office key signs after every record: how many records there are and the
 * newest hash. `signedFrom` is the first record that carries a signature of its own (registers
 * that predate signed records keep their older records unsigned). Kept apart from the signing
 * service because a signed summary carries one, and verifying a summary needs no register.
 */
export type SignedHead = { count: number; hash: string; signedFrom: number; keyId: string; signature: string };

export function headSigningPayload(head: Pick<SignedHead, 'count' | 'hash' | 'signedFrom'>): string {
  return `liaison/chain-head/v1\n${head.count}\n${head.hash}\n${head.signedFrom}`;
}
