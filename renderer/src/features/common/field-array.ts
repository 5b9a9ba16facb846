import { newKey } from './form-errors';

/** A row of a field array: `key` is its React key, kept for as long as the row lives. */
export type Keyed = { key: string };

/**
 * The dotted paths of the keyed arrays inside `T`, nested ones included:
 * `parties` | `parties.${number}.signatories` | `items` …
 */
export type ArrayPath<T> = {
  [K in keyof T & string]: T[K] extends ReadonlyArray<infer Item>
    ? Item extends Keyed
      ? K | `${K}.${number}.${ArrayPath<Item>}`
      : never
    : never;
}[keyof T & string];

/** The row type of the array at `P`. */
export type ArrayItem<T, P extends string> = P extends `${infer K}.${number}.${infer Rest}`
  ? K extends keyof T
    ? T[K] extends ReadonlyArray<infer Item>
      ? ArrayItem<Item, Rest>
      : never
    : never
  : P extends keyof T
    ? T[P] extends ReadonlyArray<infer Item>
      ? Item
      : never
    : never;

/** A new row: its key may be left out and is then made here. */
export type NewRow<Item extends Keyed> = Omit<Item, 'key'> & { key?: string };

/** The keys of `Item` that hold keyed arrays (a party's `signatories`). */
export type NestedKey<Item> = { [K in keyof Item & string]: Item[K] extends ReadonlyArray<Keyed> ? K : never }[keyof Item & string];
type NestedItem<Item, K extends keyof Item> = Item[K] extends ReadonlyArray<infer Row> ? (Row extends Keyed ? Row : never) : never;

/** Add, remove, move and update rows of one array in a form's values. */
export type FieldArray<Item extends Keyed> = {
  rows: Item[];
  add: (row: NewRow<Item>) => void;
  remove: (index: number) => void;
  /** Moves row `from` to position `to` (rows in between shift by one). */
  move: (from: number, to: number) => void;
  update: (index: number, patch: Partial<Omit<Item, 'key'>>) => void;
  /** The error path of row `index`, e.g. `parties.1`. */
  path: (index: number) => string;
  /** The array `key` inside row `index` (a party's signatories), edited through this one's path. */
  nested: <K extends NestedKey<Item>>(index: number, key: K) => FieldArray<NestedItem<Item, K>>;
};

type Segment = string | number;

export function segments(path: string): Segment[] {
  return path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

export function getIn(root: unknown, path: readonly Segment[]): unknown {
  let node = root;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<Segment, unknown>)[segment];
  }
  return node;
}

/** A copy of `root` with the value at `path` replaced by `change(old)`; untouched branches are shared. */
function updateIn(root: unknown, path: readonly Segment[], change: (old: unknown) => unknown): unknown {
  if (path.length === 0) return change(root);
  const [head, ...rest] = path;
  if (Array.isArray(root)) {
    if (typeof head !== 'number' || head < 0 || head >= root.length) return root;
    return root.map((item, i) => (i === head ? updateIn(item, rest, change) : item));
  }
  if (root === null || typeof root !== 'object') return root;
  const record = root as Record<string, unknown>;
  return { ...record, [head]: updateIn(record[head], rest, change) };
}

/** Moves one element; out-of-range positions leave the list as it was. */
export function moved<T>(list: readonly T[], from: number, to: number): T[] {
  if (from === to || from < 0 || to < 0 || from >= list.length || to >= list.length) return [...list];
  const next = [...list];
  const [row] = next.splice(from, 1);
  next.splice(to, 0, row);
  return next;
}

/**
 * The field array holding `rows` at `path`. Every operation goes through `change`, which receives a
 * function of the current values, so several operations in one event compose.
 */
export function fieldArray<Values, Item extends Keyed>(
  rows: Item[],
  path: string,
  change: (update: (current: Values) => Values) => void,
): FieldArray<Item> {
  const at = segments(path);
  const edit = (fn: (list: Item[]) => Item[]) =>
    change((current) => updateIn(current, at, (old) => fn(Array.isArray(old) ? (old as Item[]) : [])) as Values);
  return {
    rows,
    add: (row) => edit((list) => [...list, { ...row, key: row.key || newKey() } as Item]),
    remove: (index) => edit((list) => list.filter((_, i) => i !== index)),
    move: (from, to) => edit((list) => moved(list, from, to)),
    update: (index, patch) => edit((list) => list.map((row, i) => (i === index ? { ...row, ...patch } : row))),
    path: (index) => `${path}.${index}`,
    nested: (index, key) => {
      const inner = rows[index]?.[key];
      return fieldArray(Array.isArray(inner) ? inner : [], `${path}.${index}.${key}`, change);
    },
  };
}
