// Records each operation's name, type, variable names and error codes for the request log line, and
// turns an outage or a timed-out query into an HTTP status a load balancer or client can act on.
import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context.js';
import { requestInfoOf } from './requestInfo.js';

export const QUERY_TIMEOUT = 'QUERY_TIMEOUT';

/** HTTP status for responses whose errors include these codes (otherwise Apollo's own choice stands). */
const STATUS_BY_CODE: Record<string, number> = { SERVICE_UNAVAILABLE: 503, [QUERY_TIMEOUT]: 504 };

export function responseStatusPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request, contextValue }) {
      const info = requestInfoOf(contextValue);
      info?.variableNames.push(...Object.keys(request.variables ?? {}).filter((n) => !info.variableNames.includes(n)));
      return {
        async didResolveOperation({ operation, operationName }) {
          info?.operations.push({ name: operationName ?? null, type: operation?.operation ?? null });
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const codes = (response.body.singleResult.errors ?? []).map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
          info?.errorCodes.push(...codes);
          const mapped = codes.map((c) => STATUS_BY_CODE[c]).find((s) => s !== undefined);
          // 500 is Apollo's default for errors before execution; a known cause deserves its own status.
          if (mapped && (response.http.status === undefined || response.http.status === 200 || response.http.status === 500)) {
            response.http.status = mapped;
            if (mapped === 503) response.http.headers.set('retry-after', '2');
          }
        },
      };
    },
  };
}
