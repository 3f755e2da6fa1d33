/** The pure generation core: runs in Node, worker threads and the browser. */
export * from './scenario/index.js';
export * from './generate.js';
export * from './preview.js';
export { focusColumns, datasetsOf, type ColumnSpec, type ColumnType } from './focus/columns.js';
export * as decimal from './decimal.js';
export { SERVICE_CATEGORIES, SERVICE_SUBCATEGORIES, SUBCATEGORY_PARENT } from './focus/taxonomy.js';
export type { ServiceCategory, ServiceSubcategory } from './focus/taxonomy.js';
export type { ProviderId } from './catalogs/types.js';
