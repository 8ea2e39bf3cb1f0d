import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStatusStore, initialFacts, type StatusFacts } from './status';
import { createTabLink, leaderFactsOf, linkTabs, type LeaderFacts, type TabLink } from './tab-link';

let channelCount = 0;
const opened: { close(): void }[] = [];
afterEach(() => {
  for (const each of opened.splice(0)) each.close();
});

function channelName(): string {
  channelCount += 1;
  return `tab-link-test-${Date.now().toString(36)}-${channelCount}`;
}

function link(name: string, overrides: Partial<Parameters<typeof createTabLink>[0]> = {}) {
  const received: LeaderFacts[] = [];
  const syncNow = vi.fn();
  const tab: TabLink = createTabLink({
    channel: new BroadcastChannel(name),
    onLeaderFacts: (facts) => received.push(facts),
    onSyncNow: syncNow,
    unconfirmedIds: () => Promise.resolve(new Set(['b'])),
    ...overrides,
  });
  opened.push(tab);
  return { tab, received, syncNow };
}

const facts = (patch: Partial<StatusFacts>): LeaderFacts => leaderFactsOf({ ...initialFacts, enrolled: true, ...patch });

describe('tabs of one database share the leader tab\'s sync', () => {
  it('a follower shows what the leader counts, also when it opens after the leader', async () => {
    const name = channelName();
    const leader = link(name);
    const early = link(name);
    leader.tab.lead(facts({ waiting: 2 }));
    await vi.waitFor(() => expect(early.received.at(-1)?.waiting).toBe(2));
    leader.tab.publish(facts({ waiting: 0, lastSyncedAt: '2026-11-30T02:00:00.000Z' }));
    await vi.waitFor(() => expect(early.received.at(-1)).toMatchObject({ waiting: 0, lastSyncedAt: '2026-11-30T02:00:00.000Z' }));
    const late = link(name);
    await vi.waitFor(() => expect(late.received.at(-1)?.lastSyncedAt).toBe('2026-11-30T02:00:00.000Z'));
    expect(leader.received).toEqual([]);
  });

  it('an error the leader no longer has is cleared in the follower too', () => {
    const cleared = leaderFactsOf({ ...initialFacts, enrolled: true });
    expect(Object.keys(cleared)).toContain('lastError');
    const store = createStatusStore();
    store.update({ enrolled: true, lastError: { code: 'SERVER_UNREACHABLE', message: '连不上县服务器', at: '2026-11-30T02:00:00.000Z' } });
    store.update(cleared);
    expect(store.get().lastError).toBeUndefined();
  });

  it('a follower asks the leader which records wait, and shows them waiting when no leader answers', async () => {
    const name = channelName();
    const alone = link(name, { answerTimeoutMs: 50 });
    expect(await alone.tab.askUnconfirmed('mediationCase', ['a', 'b'])).toBeUndefined();
    const leader = link(name);
    leader.tab.lead(facts({}));
    expect(await alone.tab.askUnconfirmed('mediationCase', ['a', 'b'])).toEqual(new Set(['b']));
  });

  it('立即同步 pressed in a follower makes the leader sync', async () => {
    const name = channelName();
    const leader = link(name);
    const follower = link(name);
    leader.tab.lead(facts({}));
    follower.tab.syncNow();
    await vi.waitFor(() => expect(leader.syncNow).toHaveBeenCalledOnce());
    leader.tab.syncNow();
    expect(follower.syncNow).not.toHaveBeenCalled();
  });

  it('when the leading tab goes, the elected follower starts leading and tells the others', async () => {
    const name = channelName();
    const dbOf = (elected: Promise<boolean>) => ({ name: 'taizhang', multiInstance: true, waitForLeadership: () => elected });
    const first = { status: createStatusStore(), onLead: vi.fn() };
    const second = { status: createStatusStore(), onLead: vi.fn() };
    let electSecond: (leads: boolean) => void = () => undefined;
    const tabsOf = (tab: typeof first, elected: Promise<boolean>) => {
      tab.status.update({ enrolled: true });
      const tabs = linkTabs({ db: dbOf(elected), replicationIdentifier: name, status: tab.status, onLead: tab.onLead, onSyncNow: vi.fn(), unconfirmedIds: () => Promise.resolve(undefined) });
      opened.push({ close: () => tabs.stop() });
      return tabs;
    };
    const firstTabs = tabsOf(first, Promise.resolve(true));
    const secondTabs = tabsOf(second, new Promise((resolve) => (electSecond = resolve)));
    await vi.waitFor(() => expect(first.onLead).toHaveBeenCalledOnce());
    first.status.update({ waiting: 3, active: true });
    await vi.waitFor(() => expect(second.status.get()).toMatchObject({ phase: 'syncing', waiting: 3 }));
    expect(secondTabs.leading()).toBe(false);

    firstTabs.stop();
    electSecond(true);
    await vi.waitFor(() => expect(second.onLead).toHaveBeenCalledOnce());
    expect(secondTabs.leading()).toBe(true);
    const third = { status: createStatusStore(), onLead: vi.fn() };
    tabsOf(third, new Promise(() => undefined));
    second.status.update({ waiting: 0, active: false, lastSyncedAt: '2026-11-30T02:00:00.000Z' });
    await vi.waitFor(() => expect(third.status.get()).toMatchObject({ phase: 'idle', waiting: 0, lastSyncedAt: '2026-11-30T02:00:00.000Z' }));
  });

  it('a database one window opens leads at once, with no channel', async () => {
    const onLead = vi.fn();
    const tabs = linkTabs({
      db: { name: 'taizhang', multiInstance: false, waitForLeadership: () => Promise.resolve(true) },
      replicationIdentifier: 'x', status: createStatusStore(), onLead, onSyncNow: vi.fn(), unconfirmedIds: () => Promise.resolve(undefined),
    });
    opened.push({ close: () => tabs.stop() });
    await vi.waitFor(() => expect(onLead).toHaveBeenCalledOnce());
    expect(tabs.leading()).toBe(true);
    expect(await tabs.askUnconfirmed('mediationCase', ['a'])).toBeUndefined();
  });
});
