// Repository labels: create one, get one by name (GitHub compares names case-insensitively).
import {
  asObject,
  notFound,
  optionalString,
  requiredString,
  validationFailed,
} from '../http-errors.js';
import { json, type RepoRoute } from '../router.js';
import { labelJson } from '../serialize-common.js';

const COLOR = /^[0-9a-fA-F]{6}$/;

/** Routes of `/labels`. */
export const labelRoutes: readonly RepoRoute[] = [
  {
    method: 'POST',
    pattern: /^\/labels\/?$/,
    handle: ({ world, repo, req }) => {
      const body = asObject(req.body);
      const name = requiredString(body, 'name');
      const color = (optionalString(body, 'color') ?? 'ededed').replace(/^#/, '');
      if (name.trim() === '' || !COLOR.test(color)) {
        throw validationFailed({
          resource: 'Label',
          code: 'invalid',
          field: name.trim() ? 'color' : 'name',
        });
      }
      if (repo.labels.has(name.toLowerCase())) {
        throw validationFailed({ resource: 'Label', code: 'already_exists', field: 'name' });
      }
      repo.labels.set(name.toLowerCase(), {
        id: world.nextId(),
        name,
        color: color.toLowerCase(),
        description: optionalString(body, 'description') ?? null,
      });
      return json(201, labelJson(world, repo, name));
    },
  },
  {
    method: 'GET',
    pattern: /^\/labels\/([^/]+)$/,
    handle: ({ world, repo, params }) => {
      const name = decodeURIComponent(params[0] ?? '');
      if (!repo.labels.has(name.toLowerCase())) throw notFound();
      return json(200, labelJson(world, repo, name));
    },
  },
];
