// Records each operation's name, type, variable names and error codes on the request (for its log
// line), and turns codes such as an outage or a timeout into an HTTP status a client can act on.
import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context.js';
import { STATUS_BY_CODE, type ErrorCode } from '../errors.js';

export function outcomePlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request, contextValue }) {
      const info = contextValue.request;
      info.variableNames.push(...Object.keys(request.variables ?? {}).filter((n) => !info.variableNames.includes(n)));
      return {
        async didResolveOperation({ operation, operationName }) {
          info.operations.push({ name: operationName ?? null, type: operation?.operation ?? null });
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const codes = (response.body.singleResult.errors ?? []).map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
          info.errorCodes.push(...codes);
          const mapped = codes.map((c) => STATUS_BY_CODE[c as ErrorCode]).find((s) => s !== undefined);
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
