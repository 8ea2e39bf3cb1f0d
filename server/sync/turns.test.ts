import { describe, expect, it } from 'vitest';
import { Turns } from './turns';

const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('Turns', () => {
  it('runs tasks of one key one at a time, in the order they came', async () => {
    const turns = new Turns();
    const log: string[] = [];
    let running = 0;
    let most = 0;
    const task = (name: string, ms: number) => async () => {
      running++;
      most = Math.max(most, running);
      log.push(`start ${name}`);
      await later(ms);
      log.push(`end ${name}`);
      running--;
      return name;
    };
    const results = await Promise.all([turns.run('a', task('1', 15)), turns.run('a', task('2', 1)), turns.run('a', task('3', 5))]);
    expect(results).toEqual(['1', '2', '3']);
    expect(most).toBe(1);
    expect(log).toEqual(['start 1', 'end 1', 'start 2', 'end 2', 'start 3', 'end 3']);
    expect(turns.busy).toBe(0);
  });

  it('lets different keys run at the same time', async () => {
    const turns = new Turns();
    const log: string[] = [];
    await Promise.all([
      turns.run('a', async () => { log.push('a starts'); await later(15); log.push('a ends'); }),
      turns.run('b', async () => { log.push('b starts'); await later(1); log.push('b ends'); }),
    ]);
    expect(log).toEqual(['a starts', 'b starts', 'b ends', 'a ends']);
  });

  it('a failed task rejects its own caller only; the next one still runs', async () => {
    const turns = new Turns();
    const failing = turns.run('a', () => Promise.reject(new Error('boom')));
    const next = turns.run('a', () => Promise.resolve('ran'));
    await expect(failing).rejects.toThrow('boom');
    await expect(next).resolves.toBe('ran');
  });
});
