/**
 * Orders a partner's agreements as their lineage reads: each agreement that builds on none of the
 * others first (by signing date), each followed by its follow-ons, indented one level deeper. An
 * agreement whose parent is not among them (a follow-on with another partner) starts a line of its own.
 */
export function lineageOrder<T extends { id: string; parentId: string | null; signedOn: string | null; title: string }>(
  agreements: readonly T[],
): Array<T & { depth: number }> {
  const ids = new Set(agreements.map((a) => a.id));
  const children = new Map<string, T[]>();
  const roots: T[] = [];
  for (const agreement of agreements) {
    if (agreement.parentId && ids.has(agreement.parentId) && agreement.parentId !== agreement.id) {
      children.set(agreement.parentId, [...(children.get(agreement.parentId) ?? []), agreement]);
    } else roots.push(agreement);
  }
  // Unsigned agreements last, then by title, so the order is the same on every run.
  const byCode = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  const order = (a: T, b: T) => byCode(a.signedOn ?? '~', b.signedOn ?? '~') || a.title.localeCompare(b.title) || byCode(a.id, b.id);
  const out: Array<T & { depth: number }> = [];
  const seen = new Set<string>();
  const visit = (agreement: T, depth: number) => {
    if (seen.has(agreement.id)) return;
    seen.add(agreement.id);
    out.push({ ...agreement, depth });
    for (const child of [...(children.get(agreement.id) ?? [])].sort(order)) visit(child, depth + 1);
  };
  [...roots].sort(order).forEach((root) => visit(root, 0));
  // A loop of parents (which main refuses, but an old register might hold) still lists every agreement.
  for (const agreement of [...agreements].sort(order)) visit(agreement, 0);
  return out;
}
