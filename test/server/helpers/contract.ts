import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type Koa from 'koa';
import { openApiPath } from '../../../server/src/http/route';

type OpenApi = { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>> };

const pointer = (...parts: string[]) => parts.map((p) => p.replaceAll('~', '~0').replaceAll('/', '~1')).join('/');

/**
 * Checks each response against its operation in the OpenAPI document: the request is matched by
 * method and path template (the router's matched route), a success by its status and body schema,
 * an error by the error schema. Answers what is wrong, or null.
 */
export function contractChecker(doc: OpenApi) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(doc, 'openapi');
  const compiled = new Map<string, ValidateFunction>();
  const validator = (path: string) => {
    let v = compiled.get(path);
    if (!v) compiled.set(path, (v = ajv.compile({ $ref: `openapi#/${path}` })));
    return v;
  };

  return (ctx: Koa.Context): string | null => {
    const template = (ctx as unknown as { _matchedRoute?: string })._matchedRoute;
    const operationPath = template && openApiPath(template);
    const method = ctx.method.toLowerCase();
    const operation = operationPath ? doc.paths[operationPath]?.[method] : undefined;
    const where = `${ctx.method} ${template ?? ctx.path} → ${ctx.status}`;
    if (!ctx.path.startsWith('/api/')) return null;
    if (!operation) {
      // Unmatched requests still answer in the error shape; health and the document itself are not operations.
      if (ctx.status < 400 && ['/api/health', '/api/openapi.json'].includes(ctx.path)) return null;
      if (ctx.status < 400) return `${where}: no operation in the OpenAPI document`;
    }
    // An error answers the error shape, unless the operation documents that status with a body of its own (an import's 422).
    const status = ctx.status >= 400 && !operation?.responses[String(ctx.status)] ? 'default' : String(ctx.status);
    const response = operation ? operation.responses[status] : { content: { 'application/json': {} } };
    if (!response) return `${where}: status not documented (documented: ${Object.keys(operation!.responses).join(', ')})`;
    if (ctx.status === 204 || !response.content) return ctx.body == null ? null : `${where}: documented without a body, answered one`;
    const type = ctx.response.type;
    if (!response.content[type]) return `${where}: content type ${type || '(none)'} not documented (documented: ${Object.keys(response.content).join(', ')})`;
    if (type !== 'application/json') return null;
    const schemaPath = operation
      ? pointer('paths', operationPath!, method, 'responses', status, 'content', type, 'schema')
      : pointer('components', 'schemas', 'Error');
    const validate = validator(schemaPath);
    // As the client receives it: Dates and the like serialised.
    const body = JSON.parse(JSON.stringify(ctx.body ?? null));
    if (validate(body)) return null;
    const errors = (validate.errors ?? [])
      .map((e) => `body${e.instancePath} ${e.message}${e.keyword === 'additionalProperties' ? `: ${(e.params as { additionalProperty: string }).additionalProperty}` : ''}`)
      .join('\n  ');
    return `${where}: body does not match the OpenAPI schema\n  ${errors}\n  body: ${JSON.stringify(body).slice(0, 1000)}`;
  };
}
