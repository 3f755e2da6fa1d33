/** Azure catalog (data split by service family under ./azure/). */
export { azureCatalog, armType, AZURE_REGIONS } from './azure/catalog.js';
