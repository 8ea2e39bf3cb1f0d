// Tabs of the web build share one database, and RxDB replicates in the elected leader tab only
// (waitForLeadership). A follower tab has no replication of its own to read, so it would say
// 已同步 with nothing counted and 待同步 on every row forever. This link, a BroadcastChannel per
// database and enrollment, lets a follower show the leader's status, ask the leader which records
// still wait, and pass 立即同步 on to it.
import type { LedgerKind } from '#shared/domain/schemas/index';
import type { TaizhangDatabase } from '../store/database';
import type { StatusFacts, StatusStore } from './status';

/** What only the leader knows; each tab keeps its own network state, enrollment and conflict count. */
export type LeaderFacts = Omit<StatusFacts, 'enrolled' | 'networkUp' | 'conflicts'>;

const leaderFactKeys = ['fatal', 'refused', 'reachable', 'active', 'waiting', 'lastSyncedAt', 'lastError', 'initialPull'] as const satisfies readonly (keyof LeaderFacts)[];

/** The leader's part of `facts`, every key present (an absent lastError clears the follower's). */
export function leaderFactsOf(facts: StatusFacts): LeaderFacts {
  return Object.fromEntries(leaderFactKeys.map((key) => [key, facts[key]])) as unknown as LeaderFacts;
}

type TabMessage =
  | { type: 'ask' }
  | { type: 'facts'; facts: LeaderFacts }
  | { type: 'syncNow' }
  | { type: 'unconfirmed?'; requestId: string; kind: LedgerKind; ids: string[] }
  | { type: 'unconfirmed'; requestId: string; ids: string[] | null };

/** The part of BroadcastChannel the link uses. */
export interface TabChannel {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  close(): void;
}

export interface TabLinkDeps {
  channel: TabChannel;
  /** Follower: the leader's facts arrived. */
  onLeaderFacts(facts: LeaderFacts): void;
  /** Leader: a follower pressed 立即同步. */
  onSyncNow(): void;
  /** Leader: the records among `ids` the server has not confirmed (undefined before replication started). */
  unconfirmedIds(kind: LedgerKind, ids: readonly string[]): Promise<Set<string> | undefined>;
  /** How long a follower waits for the leader's answer before it shows the records as waiting. */
  answerTimeoutMs?: number;
}

export interface TabLink {
  /** This tab now leads: it answers followers and publishes its facts from now on. */
  lead(facts: LeaderFacts): void;
  /** Leader: sends the facts after a change; nothing while following. */
  publish(facts: LeaderFacts): void;
  /** Follower: the leader's answer, or undefined when no leader answered in time. */
  askUnconfirmed(kind: LedgerKind, ids: readonly string[]): Promise<Set<string> | undefined>;
  /** Follower: asks the leader to sync now. */
  syncNow(): void;
  close(): void;
}

export const tabChannelName = (databaseName: string, replicationIdentifier: string): string => `taizhang-sync|${databaseName}|${replicationIdentifier}`;

export function createTabLink(deps: TabLinkDeps): TabLink {
  const { channel } = deps;
  let leading = false;
  let closed = false;
  let latest: LeaderFacts | undefined;
  let nextRequest = 0;
  const pending = new Map<string, (ids: Set<string> | undefined) => void>();
  const post = (message: TabMessage) => {
    if (!closed) channel.postMessage(message);
  };

  channel.addEventListener('message', (event) => {
    const message = event.data as TabMessage;
    if (closed) return;
    if (leading) {
      if (message.type === 'ask' && latest) post({ type: 'facts', facts: latest });
      else if (message.type === 'syncNow') deps.onSyncNow();
      else if (message.type === 'unconfirmed?') {
        void deps.unconfirmedIds(message.kind, message.ids).then(
          (ids) => post({ type: 'unconfirmed', requestId: message.requestId, ids: ids ? [...ids] : null }),
          () => post({ type: 'unconfirmed', requestId: message.requestId, ids: null }),
        );
      }
      return;
    }
    if (message.type === 'facts') deps.onLeaderFacts(message.facts);
    else if (message.type === 'unconfirmed') pending.get(message.requestId)?.(message.ids ? new Set(message.ids) : undefined);
  });
  // A follower opening after the leader learns its facts at once.
  post({ type: 'ask' });
  const publish = (facts: LeaderFacts) => {
    if (!leading) return;
    latest = facts;
    post({ type: 'facts', facts });
  };

  return {
    lead(facts) {
      leading = true;
      for (const answer of pending.values()) answer(undefined);
      publish(facts);
    },
    publish,
    askUnconfirmed(kind, ids) {
      if (leading || closed) return Promise.resolve(undefined);
      const requestId = `${Date.now().toString(36)}-${(nextRequest += 1)}-${Math.random().toString(36).slice(2, 8)}`;
      return new Promise((resolve) => {
        const timer = setTimeout(() => answer(undefined), deps.answerTimeoutMs ?? 3_000);
        const answer = (result: Set<string> | undefined) => {
          clearTimeout(timer);
          pending.delete(requestId);
          resolve(result);
        };
        pending.set(requestId, answer);
        post({ type: 'unconfirmed?', requestId, kind, ids: [...ids] });
      });
    },
    syncNow() {
      if (!leading) post({ type: 'syncNow' });
    },
    close() {
      if (closed) return;
      for (const answer of pending.values()) answer(undefined);
      closed = true;
      channel.close();
    },
  };
}

export interface TabLeadership {
  /** This tab runs the replication (always, for a database only one window opens). */
  leading(): boolean;
  /** Follower: the leader's answer (undefined while leading or without an answer). */
  askUnconfirmed(kind: LedgerKind, ids: readonly string[]): Promise<Set<string> | undefined>;
  /** Follower: passes 立即同步 on to the leader. */
  syncNow(): void;
  stop(): void;
}

export interface TabLeadershipDeps {
  db: Pick<TaizhangDatabase, 'name' | 'multiInstance' | 'waitForLeadership'>;
  replicationIdentifier: string;
  status: StatusStore;
  /** This tab was elected: start what only the leader runs (the live stream). */
  onLead(): void;
  onSyncNow(): void;
  unconfirmedIds(kind: LedgerKind, ids: readonly string[]): Promise<Set<string> | undefined>;
}

/** Call after the replications are created (they add RxDB's leader election to the database). */
export function linkTabs(deps: TabLeadershipDeps): TabLeadership {
  const { db, status } = deps;
  let leading = false;
  let stopped = false;
  const link = db.multiInstance
    ? createTabLink({
        channel: new BroadcastChannel(tabChannelName(db.name, deps.replicationIdentifier)),
        onLeaderFacts: (facts) => {
          if (!leading && !stopped) status.update(facts);
        },
        onSyncNow: () => deps.onSyncNow(),
        unconfirmedIds: (kind, ids) => deps.unconfirmedIds(kind, ids),
      })
    : undefined;
  const unsubscribe = status.subscribe(() => {
    if (leading) link?.publish(leaderFactsOf(status.facts()));
  });
  void db.waitForLeadership().then(() => {
    if (stopped) return;
    leading = true;
    deps.onLead();
    link?.lead(leaderFactsOf(status.facts()));
  }, () => undefined);
  return {
    leading: () => leading,
    askUnconfirmed: (kind, ids) => (link && !leading ? link.askUnconfirmed(kind, ids) : Promise.resolve(undefined)),
    syncNow: () => link?.syncNow(),
    stop() {
      stopped = true;
      unsubscribe();
      link?.close();
    },
  };
}
