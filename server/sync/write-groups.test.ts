import { describe, expect, it } from 'vitest';
import { WriteGroups, type Settled } from './write-groups';

const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Items are [name, ids]; a group may not hold one id twice, nor pass an earlier item sharing an id. */
type Item = [string, string[]];
const shares = (a: Item, b: Item) => a[1].some((id) => b[1].includes(id));
const joins = (group: readonly Item[], item: Item, passed: readonly Item[]) => group.length < 3 && ![...group, ...passed].some((g) => shares(g, item));

function recorder(ms = 5) {
  const turns: string[][] = [];
  let running = 0;
  let most = 0;
  const groups = new WriteGroups<Item, string>({
    joins,
    async run(_key, items): Promise<Settled<string>[]> {
      running++;
      most = Math.max(most, running);
      turns.push(items.map((i) => i[0]));
      await later(ms);
      running--;
      return items.map((i) => (i[0].startsWith('bad') ? { ok: false, error: new Error(i[0]) } : { ok: true, value: `${i[0]} written` }));
    },
  });
  return { groups, turns, most: () => most };
}

describe('WriteGroups', () => {
  it('runs one group of a key at a time; what waited meanwhile goes together in the next turn', async () => {
    const { groups, turns, most } = recorder();
    const first = groups.submit('c', ['a', ['1']]);
    const rest = [groups.submit('c', ['b', ['2']]), groups.submit('c', ['c', ['3']]), groups.submit('c', ['d', ['4']])];
    expect(await Promise.all([first, ...rest])).toEqual(['a written', 'b written', 'c written', 'd written']);
    expect(turns).toEqual([['a'], ['b', 'c', 'd']]);
    expect(most()).toBe(1);
    expect(groups.busy).toBe(0);
  });

  it('keeps writes of the same ids apart and in the order they came, and a group within its size', async () => {
    const { groups, turns } = recorder();
    const all = [
      groups.submit('c', ['a', ['1']]),
      groups.submit('c', ['b', ['1']]),
      groups.submit('c', ['c', ['2']]),
      groups.submit('c', ['d', ['2']]),
      groups.submit('c', ['e', ['3']]),
      groups.submit('c', ['f', ['4']]),
      groups.submit('c', ['g', ['5']]),
    ];
    await Promise.all(all);
    // b and d wait for the turn after a and c; e and f fill the group to its size of 3; g goes with d.
    expect(turns).toEqual([['a'], ['b', 'c', 'e'], ['d', 'f', 'g']]);
  });

  it('answers each write with its own outcome: one refused write does not refuse the others', async () => {
    const { groups } = recorder();
    const results = await Promise.allSettled([groups.submit('c', ['x', ['0']]), groups.submit('c', ['bad', ['1']]), groups.submit('c', ['ok', ['2']])]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });

  it('runs different keys at the same time', async () => {
    const { groups, most } = recorder(15);
    await Promise.all([groups.submit('a', ['a', ['1']]), groups.submit('b', ['b', ['1']])]);
    expect(most()).toBe(2);
  });

  it('a turn that fails as a whole refuses its group and the next turn still runs', async () => {
    let calls = 0;
    const groups = new WriteGroups<string, string>({
      joins: () => true,
      run: (_key, items) => (++calls === 1 ? Promise.reject(new Error('database gone')) : Promise.resolve(items.map((i) => ({ ok: true as const, value: i })))),
    });
    const failing = groups.submit('c', 'first');
    const next = groups.submit('c', 'second');
    await expect(failing).rejects.toThrow('database gone');
    await expect(next).resolves.toBe('second');
  });
});
