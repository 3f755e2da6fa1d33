/** Provider catalogs by id. */
import type { ProviderCatalog, ProviderId } from './types.js';
import { PROVIDER_IDS } from './types.js';
import { awsCatalog } from './aws.js';
import { azureCatalog } from './azure.js';
import { gcpCatalog } from './gcp.js';

export const CATALOGS: Readonly<Record<ProviderId, ProviderCatalog>> = {
  aws: awsCatalog,
  azure: azureCatalog,
  gcp: gcpCatalog,
};

export function getCatalog(id: ProviderId): ProviderCatalog {
  const catalog = (CATALOGS as Record<string, ProviderCatalog | undefined>)[id];
  if (!catalog)
    throw new Error(`unknown provider ${JSON.stringify(id)}: allowed values are ${PROVIDER_IDS.join(', ')}`);
  return catalog;
}

export type * from './types.js';
export { PROVIDER_IDS } from './types.js';
