// Sign-in time (issue 11, decision 031): the store's own signIn, whose cost is the password KDF
// (PBKDF2-SHA-256, 600,000 iterations, Web Crypto). No baseline: the figure is what an official waits.
import { PASSWORD_ITERATIONS } from '../encryption/password-hash';
import type { BenchContext } from './bench-context';
import { formatMs, median, type Figure } from './report';
import { timed } from './timing';

const NAME = 'bench-sign-in';
const PASSWORD = 'bench2026sign';

export async function measureSignIn(bench: BenchContext, repeats: number): Promise<Figure> {
  const store = await bench.openStore(NAME);
  try {
    const made = await store.accounts.createFirstAdmin({ name: bench.actor.person, login: 'bench', password: PASSWORD, confirm: PASSWORD });
    if (!made.ok) throw new Error(`BENCH_ACCOUNT_REFUSED: ${made.message}`);
    const samples: number[] = [];
    for (let round = 0; round < repeats; round++) {
      store.accounts.signOut();
      const signedIn = await timed(() => store.accounts.signIn(made.account.id, PASSWORD));
      if (!signedIn.value.ok) throw new Error(`BENCH_SIGN_IN_REFUSED: ${signedIn.value.message}`);
      samples.push(signedIn.ms);
    }
    bench.log(`登录：${median(samples).toFixed(0)} ms（中位数，${String(repeats)} 次）`);
    return { id: 'signIn', label: `sign-in (PBKDF2-SHA-256, ${PASSWORD_ITERATIONS.toLocaleString('en-US')} iterations), median of ${String(repeats)}`, value: formatMs(median(samples)) };
  } finally {
    await store.close();
    await bench.dropStore(NAME);
  }
}
