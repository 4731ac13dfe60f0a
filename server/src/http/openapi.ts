import { z, type ZodType } from 'zod';
import { openApiPath, type AnyRoute, type ResponseSpec } from './route';

export const ErrorBody = z
  .object({ error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }) })
  .meta({ id: 'Error' });

/** Request bodies and parameters are read as their input: no named parts, so they never collide with output schemas of the same name. */
const noIds = z.registry<{ id?: string }>();

type JsonSchema = Record<string, unknown>;

/**
 * Named schemas (`.meta({ id })`) become `components.schemas` and are referred to with `$ref`, so
 * the app's generated types have names. A name used twice for different shapes is a mistake.
 */
class Components {
  readonly schemas: Record<string, JsonSchema> = {};

  add(id: string, schema: JsonSchema) {
    const known = this.schemas[id];
    if (known && JSON.stringify(known) !== JSON.stringify(schema)) throw new Error(`OpenAPI: two different schemas are named ${id}`);
    this.schemas[id] = schema;
  }

  /** The JSON Schema of a zod schema, its named parts moved into the components. */
  output(schema: ZodType): JsonSchema {
    const { $schema: _, $defs, ...js } = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as JsonSchema & { $defs?: Record<string, JsonSchema> };
    for (const [id, def] of Object.entries($defs ?? {})) this.add(id, relink(def));
    return relink(js);
  }

  /** A request body, whole; named (by its own id) when it has one. */
  input(schema: ZodType): JsonSchema {
    const { $schema: _, ...js } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', metadata: noIds }) as JsonSchema;
    const id = z.globalRegistry.get(schema)?.id;
    if (!id) return js;
    this.add(id, js);
    return { $ref: `#/components/schemas/${id}` };
  }
}

const relink = (js: JsonSchema): JsonSchema => JSON.parse(JSON.stringify(js).replaceAll('"#/$defs/', '"#/components/schemas/'));

function successContent(response: ResponseSpec, components: Components) {
  if ('noContent' in response) return undefined;
  if ('file' in response) {
    const content: Record<string, unknown> = Object.fromEntries(response.file.map((type) => [type, { schema: { type: 'string', format: 'binary' } }]));
    if (response.json) content['application/json'] = { schema: components.output(response.json) };
    return content;
  }
  return { 'application/json': { schema: components.output(response) } };
}

/** The OpenAPI 3.1 document, built from the same route table and zod schemas that validate requests. */
export function buildOpenApi(routes: { module: string; route: AnyRoute }[]) {
  const components = new Components();
  const paths: Record<string, Record<string, unknown>> = {};
  for (const { module, route } of routes) {
    const parameters: unknown[] = [];
    for (const [where, schema] of [['path', route.params], ['query', route.query]] as const) {
      if (!schema) continue;
      const js = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', metadata: noIds }) as { properties?: Record<string, unknown>; required?: string[] };
      for (const [name, s] of Object.entries(js.properties ?? {}))
        parameters.push({ name, in: where, required: where === 'path' || (js.required ?? []).includes(name), schema: s });
    }
    if (!route.response) throw new Error(`OpenAPI: ${route.method} ${route.path} declares no response`);
    const content = successContent(route.response, components);
    const status = 'noContent' in route.response ? 204 : (route.status ?? 200);
    const success = { description: 'OK', ...(content && { content }) };
    const p = openApiPath(`/api${route.path}`);
    paths[p] ??= {};
    paths[p][route.method] = {
      tags: [module],
      summary: route.summary,
      security: route.access === 'user' ? [{ bearer: [] }] : [],
      parameters,
      ...(route.body ? { requestBody: { required: true, content: { 'application/json': { schema: components.input(route.body) } } } } : {}),
      responses: {
        [String(status)]: success,
        ...Object.fromEntries((route.alsoStatus ?? []).map((s) => [String(s), success])),
        ...(route.etag ? { '304': { description: 'Not Modified: the If-None-Match tag still holds' } } : {}),
        default: { description: 'Error', content: { 'application/json': { schema: components.output(ErrorBody) } } },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: '阳光党建智慧平台 API', version: '1.0.0' },
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } }, schemas: components.schemas },
    paths,
  };
}
