import type { components } from '../../../src/lib/api-schema';

/** The API's named shapes, generated from the server's OpenAPI document (`npm run gen:api`): the console's types alias these. */
export type Schemas = components['schemas'];
/** The API's operations, for request bodies: `paths['/api/exams']['post']['requestBody']['content']['application/json']`. */
export type { paths } from '../../../src/lib/api-schema';
