// Comparing two commits (`GET /compare/{base}...{head}`), as far as the bot reads it: the merge
// base and how far each side is from it.
import { notFound } from '../http-errors.js';
import { json, type RepoRoute } from '../router.js';
import { repoApiUrl } from '../serialize-common.js';

/** Routes of `/compare/{basehead}`. */
export const compareRoutes: readonly RepoRoute[] = [
  {
    method: 'GET',
    pattern: /^\/compare\/([^/]+?)\.\.\.([^/]+)$/,
    handle: ({ world, repo, params }) => {
      const [base, head] = [params[0] ?? '', params[1] ?? ''].map(
        (ref) => repo.resolve(decodeURIComponent(ref))?.sha,
      );
      const mergeBase = base && head ? repo.objects.mergeBase(base, head) : undefined;
      if (!mergeBase) throw notFound();
      return json(200, {
        url: repoApiUrl(world, repo, `/compare/${params[0]}...${params[1]}`),
        status: mergeBase === head ? 'behind' : mergeBase === base ? 'ahead' : 'diverged',
        merge_base_commit: { sha: mergeBase },
        base_commit: { sha: base },
        commits: [],
        files: [],
      });
    },
  },
];
