// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { ProvisionalNumberNotice } from './ProvisionalNumberNotice';

afterEach(cleanup);

describe('ProvisionalNumberNotice', () => {
  it('explains a 临时案号 on its case and that it will be replaced once online', () => {
    render(<ProvisionalNumberNotice caseNumber="〔2026〕忠仁调字第临A3F9-1号" />);
    expect(screen.getByTestId('provisional-number-notice').textContent).toMatch(/临时案号.*联网同步后会自动换为正式案号/);
  });

  it('says nothing on a real case number (mediation or enforcement style)', () => {
    render(<><ProvisionalNumberNotice caseNumber="〔2026〕忠仁调字第12号" /><ProvisionalNumberNotice caseNumber="忠仁综执〔2026〕3号" /></>);
    expect(screen.queryByTestId('provisional-number-notice')).toBeNull();
  });
});
