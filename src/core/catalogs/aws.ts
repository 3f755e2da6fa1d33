/** AWS catalog (data split by service family under ./aws/). */
export { awsCatalog, awsUsageType, AWS_REGIONS } from './aws/catalog.js';
