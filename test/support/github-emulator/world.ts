// Emulator-wide state: the repositories, the id sequence, the clock and who the token is.
import type { Repo } from './repo.js';
import type { UserInfo, UserInput } from './types.js';

/** The account GitHub shows as committer of the commits it signs. */
export const WEB_FLOW: UserInfo = { login: 'web-flow', id: 19864447, type: 'User' };

/** Everything the routes and the control methods share. */
export class World {
  /** Lower-cased `owner/name` → repository (GitHub names are case-insensitive). */
  readonly repos = new Map<string, Repo>();
  /** `http://127.0.0.1:PORT`, set once the server listens. */
  baseUrl = '';
  private lastId = 1_000_000;
  private readonly users = new Map<string, UserInfo>();
  private clockSeconds: number;

  constructor(
    readonly token: string,
    readonly bot: UserInfo,
    startTime: Date,
  ) {
    this.clockSeconds = Math.floor(startTime.getTime() / 1000);
    this.users.set(bot.login.toLowerCase(), bot);
    this.users.set('web-flow', WEB_FLOW);
  }

  /** The account of a login: as registered, else a new `User` with a fresh id. */
  user(login: string): UserInfo {
    const known = this.users.get(login.toLowerCase());
    if (known) return known;
    const user: UserInfo = { login, id: this.nextId(), type: 'User' };
    this.users.set(login.toLowerCase(), user);
    return user;
  }

  /** Records an account as tests describe it (the latest description wins). */
  registerUser(input: UserInput): UserInfo {
    const user: UserInfo = { login: input.login, id: input.id, type: input.type ?? 'User' };
    this.users.set(input.login.toLowerCase(), user);
    return user;
  }

  /** The clock, ISO 8601 to the second (`2024-01-01T00:00:05Z`). */
  now(): string {
    return new Date(this.clockSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  /** Advances the clock one second: once per request and per control operation. */
  tick(): void {
    this.clockSeconds += 1;
  }

  /** A fresh id, unique across the emulator. */
  nextId(): number {
    return ++this.lastId;
  }

  repo(owner: string, name: string): Repo | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase());
  }

  /** The API URL of a path. */
  apiUrl(path: string): string {
    return `${this.baseUrl}${path}`;
  }
}
