// Fault injection: queued canned responses that replace the next matching requests.
import { STATUS_CODES } from 'node:http';
import { DOCS_URL } from './http-errors.js';
import type { ApiResponse } from './router.js';
import type { FaultOptions } from './types.js';

/** GitHub's message for a secondary rate limit (plugin-throttling matches "secondary rate"). */
export const SECONDARY_RATE_LIMIT_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.';

interface Fault {
  readonly options: FaultOptions;
  remaining: number;
}

/** The queue of pending faults, first registered first used. */
export class FaultQueue {
  private faults: Fault[] = [];

  add(options: FaultOptions): void {
    const times = options.times ?? 1;
    if (!Number.isInteger(times) || times < 1)
      throw new Error(`times must be a positive integer, got ${times}`);
    this.faults.push({ options, remaining: times });
  }

  /**
   * The canned response for this request, consuming one use of the first matching fault;
   * `applied` says whether the request must be handled before answering with it.
   */
  take(method: string, path: string): { response: ApiResponse; applied: boolean } | undefined {
    const fault = this.faults.find(({ options }) => {
      if (options.method && options.method.toUpperCase() !== method) return false;
      if (typeof options.path === 'string') return options.path === path;
      options.path.lastIndex = 0;
      return options.path.test(path);
    });
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining === 0) this.faults = this.faults.filter((f) => f !== fault);
    const { status, body, headers, applied } = fault.options;
    return {
      response: {
        status,
        body: body ?? { message: STATUS_CODES[status] ?? 'Error', documentation_url: DOCS_URL },
        headers: { ...headers },
      },
      applied: applied ?? false,
    };
  }

  /** How many injected responses are still queued. */
  pending(): number {
    return this.faults.reduce((sum, f) => sum + f.remaining, 0);
  }

  clear(): void {
    this.faults = [];
  }
}
