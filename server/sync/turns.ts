// Writes of one collection take turns inside this instance, waiting in memory rather than on the
// database: a push that would only block on the collection's transaction lock (decision 005) does
// not hold one of the pool's connections meanwhile, so pulls and other collections keep theirs
// (decision 041). The database lock stays: it orders writers of several instances.

export class Turns {
  /** Per key, the promise the next task waits for: settled when every earlier task has settled. */
  private readonly tails = new Map<string, Promise<void>>();

  /** Runs `task` after every task started earlier with the same key has settled; first come, first served. */
  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const result = (this.tails.get(key) ?? Promise.resolve()).then(task);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  /** Keys with a task running or waiting (tests). */
  get busy(): number {
    return this.tails.size;
  }
}
