// GitHub's page-based pagination: `per_page` (default 30, at most 100) and `page`, with a
// `Link` header of `prev`, `next`, `last` and `first` URLs.
import type { ApiRequest } from './router.js';
import type { World } from './world.js';

function positiveInt(value: string | null, fallback: number): number {
  const n = value === null ? NaN : Number(value);
  return Number.isInteger(n) && n >= 1 ? n : fallback;
}

/** One page of `items` and the headers that go with it. */
export function paginate<T>(
  world: World,
  req: ApiRequest,
  items: readonly T[],
): { page: T[]; headers: Record<string, string> } {
  const perPage = Math.min(100, positiveInt(req.query.get('per_page'), 30));
  const page = positiveInt(req.query.get('page'), 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const url = (n: number): string => {
    const query = new URLSearchParams(req.query);
    query.set('page', String(n));
    return `<${world.apiUrl(req.rawPath)}?${query.toString()}>`;
  };
  const links: string[] = [];
  if (page > 1) links.push(`${url(Math.min(page - 1, last))}; rel="prev"`);
  if (page < last) links.push(`${url(page + 1)}; rel="next"`, `${url(last)}; rel="last"`);
  if (page > 1) links.push(`${url(1)}; rel="first"`);
  const start = (page - 1) * perPage;
  return {
    page: items.slice(start, start + perPage),
    headers: links.length > 0 ? { link: links.join(', ') } : {},
  };
}
