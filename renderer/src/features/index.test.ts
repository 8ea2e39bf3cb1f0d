import { describe, expect, it } from 'vitest';
import { describeKind, editHref, listHref, newHref, recordHref } from '#shared/domain/kinds/index';
import { ledgerKinds } from '#shared/domain/schemas/index';
import { appPages } from './index';

/** The route a path opens: the first whose wouter pattern matches, as <Switch> picks it. */
const routeOf = (path: string) => appPages.routes.find((route) =>
  new RegExp(`^${route.path.replace(/:[a-z]+/gi, '[^/]+')}$`).test(path));

describe('the app\'s pages', () => {
  it('[PAGES_MENU] the menu lists every ledger under its name, in the order officials know, between 工作台 and 回收站', () => {
    expect(appPages.nav.map((entry) => entry.label)).toEqual(
      ['工作台', '人民调解', '学法记录', '行政执法', '执法人员', '案卷评查', '统计报表', '全县概览', '回收站', '冲突处理', '基础数据', '账户管理', '设置']);
    for (const kind of ledgerKinds) {
      expect(appPages.nav.find((entry) => entry.label === describeKind(kind).label)?.href).toBe(listHref(kind));
    }
    // 全县概览 is the county's page: the shell leaves it out of a township PC's menu.
    expect(appPages.nav.find((entry) => entry.label === '全县概览')?.onlyFor).toBe('county');
    // 账户管理 is the 管理员's: the shell shows it to nobody else.
    expect(appPages.nav.find((entry) => entry.label === '账户管理')?.adminOnly).toBe(true);
  });

  it('[PAGES_LINKS] every link to a record of any kind opens a page: list, new form, record, its edit form', () => {
    for (const kind of ledgerKinds) {
      const pages = [listHref(kind), newHref(kind), recordHref(kind, '0196c1f0-aaaa'), editHref(kind, '0196c1f0-aaaa')].map(routeOf);
      expect(pages.every(Boolean), kind).toBe(true);
      expect(new Set(pages.map((route) => route?.component)).size, kind).toBe(4);
    }
  });

  it('[PAGES_LINKS] no two pages claim one path', () => {
    const paths = appPages.routes.map((route) => route.path);
    expect(new Set(paths).size).toBe(paths.length);
  });
});
