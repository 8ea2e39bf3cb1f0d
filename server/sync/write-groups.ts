// Writes of one collection take turns inside this instance, waiting in memory rather than on the
// database, and the writes waiting together go in one turn (decision 041). A push that would only
// block on the collection's transaction lock (decision 005) holds no pool connection meanwhile, so
// pulls keep theirs; and 500 PCs pushing at once pay a few lock turns and commits, not 500.

export type Settled<R> = { ok: true; value: R } | { ok: false; error: unknown };

interface Waiting<T, R> {
  item: T;
  resolve(value: R): void;
  reject(error: unknown): void;
}

export interface WriteGroupsOptions<T, R> {
  /** Runs one group in one turn; answers each item in the group's order. */
  run(key: string, items: T[]): Promise<Settled<R>[]>;
  /** Whether `item` may go in a turn with `group` and with the earlier items left waiting (`passed`). */
  joins(group: readonly T[], item: T, passed: readonly T[]): boolean;
}

export class WriteGroups<T, R> {
  private readonly waiting = new Map<string, Waiting<T, R>[]>();
  private readonly running = new Set<string>();

  constructor(private readonly options: WriteGroupsOptions<T, R>) {}

  /** Settles with `item`'s own outcome after every group of `key` formed before it has run. */
  submit(key: string, item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      const queue = this.waiting.get(key) ?? [];
      queue.push({ item, resolve, reject });
      this.waiting.set(key, queue);
      this.next(key);
    });
  }

  /** Keys with a group running (tests). */
  get busy(): number {
    return this.running.size;
  }

  private next(key: string): void {
    if (this.running.has(key)) return;
    const queue = this.waiting.get(key) ?? [];
    const first = queue.shift();
    if (!first) {
      this.waiting.delete(key);
      return;
    }
    const group = [first];
    const passed: Waiting<T, R>[] = [];
    for (const entry of queue) {
      if (this.options.joins(group.map((g) => g.item), entry.item, passed.map((p) => p.item))) group.push(entry);
      else passed.push(entry);
    }
    this.waiting.set(key, passed);
    this.running.add(key);
    void this.options
      .run(key, group.map((g) => g.item))
      .then(
        (outcomes) => group.forEach((entry, i) => {
          const outcome = outcomes[i];
          if (outcome?.ok) entry.resolve(outcome.value);
          else entry.reject(outcome ? outcome.error : new Error('WRITE_GROUP_NO_OUTCOME'));
        }),
        (error: unknown) => group.forEach((entry) => entry.reject(error)),
      )
      .finally(() => {
        this.running.delete(key);
        this.next(key);
      });
  }
}
