// Pure helpers that turn timings into the benchmark's table: medians, ratios against a baseline
// measured in the same run, and fixed-width text. No DOM, so Node-side code and tests share them.

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('BENCH_NO_SAMPLES: 没有测量数据，无法取中位数');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** How many times slower the measured thing is than its baseline; undefined when the baseline took no time. */
export function ratio(measured: number, baseline: number): number | undefined {
  return baseline > 0 ? measured / baseline : undefined;
}

export const formatRatio = (value: number | undefined): string => (value === undefined ? 'n/a' : `${value.toFixed(value < 10 ? 2 : 1)}×`);

export function formatMs(ms: number): string {
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 100) return `${Math.round(ms).toLocaleString('en-US')} ms`;
  return `${ms.toFixed(1)} ms`;
}

export const formatCount = (count: number): string => (count >= 1000 && count % 1000 === 0 ? `${String(count / 1000)}k` : count.toLocaleString('en-US'));

/** One measured comparison: the thing, its baseline, both as medians of `samples` repeats. */
export interface Comparison {
  id: string;
  label: string;
  measuredLabel: string;
  baselineLabel: string;
  measuredMs: number;
  baselineMs: number;
  samples: number;
  ratio?: number;
}

export function compare(input: Omit<Comparison, 'measuredMs' | 'baselineMs' | 'samples' | 'ratio'> & { measured: readonly number[]; baseline: readonly number[] }): Comparison {
  const measuredMs = median(input.measured);
  const baselineMs = median(input.baseline);
  const { measured: _measured, baseline: _baseline, ...rest } = input;
  return { ...rest, measuredMs, baselineMs, samples: Math.min(input.measured.length, input.baseline.length), ratio: ratio(measuredMs, baselineMs) };
}

/** An informational figure with no baseline (search, heap). */
export interface Figure {
  id: string;
  label: string;
  value: string;
}

/** Terminal columns a text takes: CJK characters take two. */
const columnsOf = (text: string): number => [...text].reduce((sum, char) => sum + (/[\u3000-\u9fff\uff00-\uffef]/.test(char) ? 2 : 1), 0);

function pad(text: string, width: number, right = false): string {
  const fill = ' '.repeat(Math.max(0, width - columnsOf(text)));
  return right ? fill + text : text + fill;
}

/** Rows of cells as an aligned text table; the first row is the header, numeric columns right-aligned. */
export function textTable(rows: readonly (readonly string[])[], rightAligned: readonly number[] = []): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, column) => (widths[column] = Math.max(widths[column] ?? 0, columnsOf(cell))));
  const line = (row: readonly string[]) => row.map((cell, column) => pad(cell, widths[column] ?? 0, rightAligned.includes(column))).join('  ').trimEnd();
  const [header, ...body] = rows;
  if (!header) return '';
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...body.map(line)].join('\n');
}

export function comparisonTable(comparisons: readonly Comparison[]): string {
  return textTable(
    [
      ['measurement', 'ratio', 'measured', 'baseline', 'n'],
      ...comparisons.map((item) => [item.label, formatRatio(item.ratio), `${formatMs(item.measuredMs)} (${item.measuredLabel})`, `${formatMs(item.baselineMs)} (${item.baselineLabel})`, String(item.samples)]),
    ],
    [1, 4],
  );
}

export function figureTable(figures: readonly Figure[]): string {
  return textTable([['informational', 'value'], ...figures.map((figure) => [figure.label, figure.value])], [1]);
}
