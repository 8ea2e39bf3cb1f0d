// Counting records by a coded field, the one way the dashboard and the statistics tally them.

/** How many items give each key; keys no item gives are left out. */
export function countBy<T, K extends string>(items: readonly T[], keyOf: (item: T) => K): Record<string, number> & Partial<Record<K, number>> {
  const counts: Record<string, number> = {};
  for (const item of items) {
    const key = keyOf(item);
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts as Record<string, number> & Partial<Record<K, number>>;
}

/** The sum of a number each item may carry (a missing one counts as 0). */
export const sumOf = <T>(items: readonly T[], valueOf: (item: T) => number | undefined): number =>
  items.reduce((total, item) => total + (valueOf(item) ?? 0), 0);
