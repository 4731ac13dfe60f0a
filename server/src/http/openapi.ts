import { z } from 'zod';
import { openApiPath, type AnyRoute } from './route';

const ErrorBody = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});

function jsonSchema(schema: z.ZodType, io: 'input' | 'output' = 'input') {
  return z.toJSONSchema(schema, { io, unrepresentable: 'any' });
}

/** The OpenAPI 3.1 document, built from the same route table and zod schemas that validate requests. */
export function buildOpenApi(routes: { module: string; route: AnyRoute }[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const { module, route } of routes) {
    const parameters: unknown[] = [];
    for (const [where, schema] of [['path', route.params], ['query', route.query]] as const) {
      if (!schema) continue;
      const js = jsonSchema(schema) as { properties?: Record<string, unknown>; required?: string[] };
      for (const [name, s] of Object.entries(js.properties ?? {}))
        parameters.push({ name, in: where, required: where === 'path' || (js.required ?? []).includes(name), schema: s });
    }
    const p = openApiPath(`/api${route.path}`);
    paths[p] ??= {};
    paths[p][route.method] = {
      tags: [module],
      summary: route.summary,
      security: route.access === 'user' ? [{ bearer: [] }] : [],
      parameters,
      ...(route.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(route.body) } } } } : {}),
      responses: {
        [String(route.status ?? 200)]: { description: 'OK' },
        default: { description: 'Error', content: { 'application/json': { schema: jsonSchema(ErrorBody, 'output') } } },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: '阳光党建智慧平台 API', version: '1.0.0' },
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
    paths,
  };
}
