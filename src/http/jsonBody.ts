// application/json bodies in UTF-8 only: Fastify's own parser (with its prototype-poisoning protection)
// behind a charset check, so a body declared in another encoding is refused rather than misread.
import type { FastifyInstance } from 'fastify';
import { ErrorCode } from '../graphql/errors.js';
import { HttpError } from './errors.js';

const CHARSET = /;\s*charset\s*=\s*"?([^";\s]+)"?/i;

export function utf8JsonOnly(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const charset = CHARSET.exec(String(request.headers['content-type'] ?? ''))?.[1]?.toLowerCase();
    if (charset && charset !== 'utf-8' && charset !== 'utf8') {
      done(new HttpError(415, `Request bodies must be UTF-8 JSON; got charset "${charset}"`, ErrorCode.UNSUPPORTED_MEDIA_TYPE), undefined);
      return;
    }
    parse(request, body as string, done);
  });
}
