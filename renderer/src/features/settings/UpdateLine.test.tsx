// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { UpdateLine } from './UpdateLine';

afterEach(cleanup);

describe('设置: the update line', () => {
  it('says a new version installs at the next start', async () => {
    render(<UpdateLine read={() => Promise.resolve({ state: 'ready', version: '0.2.0' })} />);
    expect(await screen.findByText('有新版本 0.2.0，将在下次启动时安装。')).toBeTruthy();
  });

  it('shows why an update was refused', async () => {
    render(<UpdateLine read={() => Promise.resolve({ state: 'failed', code: 'UPDATE_HASH_MISMATCH', message: '下载的新版本安装文件与县服务器公布的校验值不一致' })} />);
    expect(await screen.findByText(/校验值不一致/)).toBeTruthy();
  });

  it('says nothing while up to date', async () => {
    const { container } = render(<UpdateLine read={() => Promise.resolve({ state: 'up-to-date' })} />);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(container.textContent).toBe('');
  });
});
