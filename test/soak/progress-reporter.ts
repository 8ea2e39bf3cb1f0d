// A vitest reporter for the soak's workers: one line per finished test on stderr, which run-soak.ts counts
// to print how far the soak is (PROGRESS_MARK in soak-report.ts reads these lines).
import type { Reporter, TestCase } from 'vitest/node';
import { PROGRESS_MARK } from './soak-report';

export default class SoakProgressReporter implements Reporter {
  onTestCaseResult(testCase: TestCase): void {
    const { state } = testCase.result();
    if (state === 'passed' || state === 'failed') process.stderr.write(`\n${PROGRESS_MARK} ${state}\n`);
  }
}
