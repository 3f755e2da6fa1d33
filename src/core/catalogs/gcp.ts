/** Google Cloud catalog (data split by service family under ./gcp/). */
export { gcpCatalog, GCP_REGIONS } from './gcp/catalog.js';
