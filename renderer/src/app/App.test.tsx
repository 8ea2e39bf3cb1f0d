// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { appPages } from '../features/index';
import { App } from './App';
import { testAppContext, townshipStore, withAccount } from './testing/render-app';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

describe('App', { timeout: 60_000 }, () => {
  it('says in Chinese what to do when the local data cannot be opened, instead of a blank page', async () => {
    const failing = Promise.reject(new Error('STORAGE_UNAVAILABLE: 无法访问本机存储，可能磁盘已满或权限不足'));
    failing.catch(() => undefined);
    render(<App start={() => failing} pages={appPages} />);
    expect(await screen.findByText('无法打开本机数据')).toBeTruthy();
    expect(screen.getByText('无法访问本机存储，可能磁盘已满或权限不足')).toBeTruthy();
    expect(screen.getByText(/STORAGE_UNAVAILABLE/)).toBeTruthy();
    expect(screen.getByRole('button', { name: '重试' })).toBeTruthy();
  });

  it('starts again in place when the official presses 重试 after a failed start', async () => {
    let tries = 0;
    const context = testAppContext(await withAccount(townshipStore()));
    const start = () => {
      tries += 1;
      return tries === 1 ? Promise.reject(new Error('DATA_KEY_UNAVAILABLE: 无法读取加密密钥')) : Promise.resolve(context);
    };
    render(<App start={start} pages={appPages} />);
    fireEvent.click(await screen.findByRole('button', { name: '重试' }));
    expect(await screen.findByRole('heading', { name: '工作台', level: 1 })).toBeTruthy();
    expect(screen.queryByText('无法打开本机数据')).toBeNull();
    expect(tries).toBe(2);
  });

  it('shows the township and the signed-in official in the app bar', async () => {
    const store = await withAccount(townshipStore());
    render(<App start={() => Promise.resolve(testAppContext(store))} pages={appPages} />);
    expect(await screen.findByRole('heading', { name: '工作台', level: 1 })).toBeTruthy();
    expect(screen.getByTestId('township-name').textContent).toBe('忠仁镇');
    expect(screen.getByText('经办人：李文')).toBeTruthy();
  });
});
