// A ledger list opened with its filters set, by its address (the county's drill-down, decision 026):
// `/mediation?filter=townshipId%3Dzhongren&from=2026-01-01&to=2026-12-31`. The list takes these over
// the filters it remembered, so a figure opens exactly the records counted in it.

export interface ListLinkCriteria {
  /** `${field}=${value}`, as the list's 筛选 holds it. */
  filter?: string;
  from?: string;
  to?: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const FILTER = /^[A-Za-z]{1,40}=[^=]{1,80}$/;

export function listLink(path: string, criteria: ListLinkCriteria): string {
  const params = new URLSearchParams();
  if (criteria.filter) params.set('filter', criteria.filter);
  if (criteria.from) params.set('from', criteria.from);
  if (criteria.to) params.set('to', criteria.to);
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

/** The filters an address sets, or undefined when it sets none; what is malformed is left out, never thrown. */
export function listLinkCriteria(search: string): ListLinkCriteria | undefined {
  const params = new URLSearchParams(search);
  const filter = params.get('filter') ?? '';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const criteria: ListLinkCriteria = {
    ...(FILTER.test(filter) ? { filter } : {}),
    ...(DATE.test(from) ? { from } : {}),
    ...(DATE.test(to) ? { to } : {}),
  };
  return Object.keys(criteria).length > 0 ? criteria : undefined;
}
