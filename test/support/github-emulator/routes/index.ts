// Every repository route, in matching order.
import type { RepoRoute } from '../router.js';
import { commentRoutes } from './comments.js';
import { commitRoutes } from './commits.js';
import { compareRoutes } from './compare.js';
import { contentRoutes } from './contents.js';
import { gitDataRoutes } from './git-data.js';
import { gitRefRoutes } from './git-refs.js';
import { issueRoutes } from './issues.js';
import { labelRoutes } from './labels.js';
import { pullFileRoutes } from './pull-files.js';
import { pullRoutes } from './pulls.js';
import { repositoryRoutes } from './repository.js';

/** All routes under `/repos/{owner}/{repo}`. */
export const repoRoutes: readonly RepoRoute[] = [
  ...repositoryRoutes,
  ...commitRoutes,
  ...compareRoutes,
  ...gitRefRoutes,
  ...gitDataRoutes,
  ...contentRoutes,
  ...pullRoutes,
  ...pullFileRoutes,
  ...commentRoutes,
  ...issueRoutes,
  ...labelRoutes,
];
