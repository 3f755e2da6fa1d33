/**
 * Azure storage and database services. ServiceName, ConsumedService and category per finops-
 * toolkit Services.csv; meters and East US pay-as-you-go prices as Azure publishes them.
 */
import type { ServiceDef } from '../types.js';
import { U, months, per } from '../shared.js';
import { arm, meter } from './meters.js';

const RES = ['reservation'] as const;

export const AZURE_STORAGE_DATABASES: ServiceDef[] = [
  {
    name: 'Storage Accounts',
    code: 'Microsoft.Storage',
    category: 'Storage',
    subcategory: 'Storage Platforms',
    resourceType: 'Storage account',
    resourceIdTemplate: arm('Microsoft.Storage/storageAccounts'),
    resourceNameTemplate: 'st{app}{env}{n}',
    scope: 'regional',
    workload: 'growing',
    weight: 10,
    skus: [
      meter('st-hot-lrs', 'Hot LRS Data Stored', 'Storage', 'Tiered Block Blob', U.gbMonths, '0.0184', {
        details: { StorageClass: 'Hot', Redundancy: 'Local' },
        weight: 6,
      }),
      meter('st-hot-zrs', 'Hot ZRS Data Stored', 'Storage', 'Tiered Block Blob', U.gbMonths, '0.023', {
        details: { StorageClass: 'Hot', Redundancy: 'Zonal' },
        weight: 2,
      }),
      meter('st-cool-lrs', 'Cool LRS Data Stored', 'Storage', 'Tiered Block Blob', U.gbMonths, '0.01', {
        details: { StorageClass: 'Cool', Redundancy: 'Local' },
        weight: 2,
      }),
      meter(
        'st-archive-lrs',
        'Archive LRS Data Stored',
        'Storage',
        'Tiered Block Blob',
        U.gbMonths,
        '0.00099',
        {
          details: { StorageClass: 'Archive', Redundancy: 'Local' },
          weight: 1,
        },
      ),
      meter('st-hot-write', 'Hot LRS Write Operations', 'Storage', 'Tiered Block Blob', U.req10k, '0.065', {
        weight: 1,
      }),
      meter('st-read', 'Hot Read Operations', 'Storage', 'Tiered Block Blob', U.req10k, '0.005', {
        weight: 1,
      }),
      meter('st-files-premium', 'Premium LRS Provisioned', 'Storage', 'Premium Files', U.gibMonths, '0.16', {
        details: { StorageClass: 'Premium', Redundancy: 'Local', DiskType: 'SSD' },
        weight: 1,
      }),
      meter('st-queue-ops', 'Class 2 Operations', 'Storage', 'Queues v2', U.req10k, '0.004', { weight: 0.2 }),
    ],
  },
  {
    name: 'Azure Backup',
    code: 'Microsoft.DataProtection',
    category: 'Storage',
    subcategory: 'Backup Storage',
    resourceType: 'Backup vault',
    resourceIdTemplate: arm('Microsoft.DataProtection/backupVaults'),
    resourceNameTemplate: 'bvault-{team}-{env}',
    scope: 'regional',
    workload: 'growing',
    weight: 1.5,
    skus: [
      meter('bkp-instance', 'Azure VM Protected Instances', 'Backup', '', months('Instance'), '10', {
        weight: 2,
      }),
      meter('bkp-lrs', 'LRS Data Stored', 'Backup', '', U.gbMonths, '0.0224', {
        details: { Redundancy: 'Local' },
        weight: 2,
      }),
      meter('bkp-grs', 'GRS Data Stored', 'Backup', '', U.gbMonths, '0.0448', {
        details: { Redundancy: 'Global' },
        weight: 1,
      }),
    ],
  },
  {
    name: 'Azure NetApp Files',
    code: 'Microsoft.NetApp',
    category: 'Storage',
    subcategory: 'File Storage',
    resourceType: 'Capacity pool',
    resourceIdTemplate:
      '/subscriptions/{accountNumber}/resourceGroups/{resourceGroup}/providers/Microsoft.NetApp/netAppAccounts/{name}/capacityPools/pool1',
    resourceNameTemplate: 'anf-{team}-{env}',
    scope: 'regional',
    workload: 'steady',
    weight: 1,
    skus: [
      meter('anf-standard', 'Standard Capacity', 'Azure NetApp Files', 'Standard', U.gibMonths, '0.14746', {
        details: { StorageClass: 'Standard' },
        weight: 2,
      }),
      meter('anf-premium', 'Premium Capacity', 'Azure NetApp Files', 'Premium', U.gibMonths, '0.29419', {
        details: { StorageClass: 'Premium' },
        weight: 1,
      }),
    ],
  },
  {
    name: 'Azure SQL Database',
    code: 'Microsoft.Sql',
    category: 'Databases',
    subcategory: 'Relational Databases',
    resourceType: 'SQL database',
    resourceIdTemplate:
      '/subscriptions/{accountNumber}/resourceGroups/{resourceGroup}/providers/Microsoft.Sql/servers/sql-{name}/databases/{name}',
    resourceNameTemplate: '{app}-{env}-db{n}',
    scope: 'regional',
    workload: 'steady',
    weight: 8,
    skus: [
      meter(
        'sql-gp-vcore',
        'vCore',
        'SQL Database',
        'Single/Elastic Pool General Purpose - Compute Gen5',
        U.hours,
        '0.2523',
        {
          details: { CoreCount: 1, x_ServiceTier: 'General Purpose' },
          commitmentPrograms: [...RES],
          weight: 5,
        },
      ),
      meter(
        'sql-bc-vcore',
        'vCore',
        'SQL Database',
        'Single/Elastic Pool Business Critical - Compute Gen5',
        U.hours,
        '0.6796',
        {
          details: { CoreCount: 1, x_ServiceTier: 'Business Critical' },
          commitmentPrograms: [...RES],
          weight: 2,
        },
      ),
      meter(
        'sql-serverless',
        'vCore',
        'SQL Database',
        'Single General Purpose - Serverless - Compute Gen5',
        U.seconds,
        '0.000145',
        {
          details: { x_ServiceTier: 'General Purpose Serverless' },
          weight: 1,
        },
      ),
      meter(
        'sql-gp-storage',
        'General Purpose Data Stored',
        'SQL Database',
        'Single/Elastic Pool General Purpose - Storage',
        U.gbMonths,
        '0.115',
        { weight: 1 },
      ),
      meter(
        'sql-backup',
        'Backup RA-GRS Data Stored',
        'SQL Database',
        'Single/Elastic Pool PITR Backup Storage',
        U.gbMonths,
        '0.2',
        {
          details: { Redundancy: 'Global' },
          weight: 0.5,
        },
      ),
    ],
  },
  {
    name: 'Cosmos DB',
    code: 'Microsoft.DocumentDB',
    category: 'Databases',
    subcategory: 'NoSQL Databases',
    resourceType: 'Azure Cosmos DB account',
    resourceIdTemplate: arm('Microsoft.DocumentDB/databaseAccounts'),
    resourceNameTemplate: 'cosmos-{app}-{env}',
    scope: 'regional',
    workload: 'steady',
    weight: 4,
    skus: [
      meter('cosmos-ru', '100 RU/s', 'Azure Cosmos DB', 'RUs', per(1, 'Hours'), '0.008', {
        details: { x_CapacityMode: 'Provisioned' },
        commitmentPrograms: [...RES],
        weight: 4,
      }),
      meter(
        'cosmos-autoscale',
        '100 Multi-master Autoscale RU/s',
        'Azure Cosmos DB',
        'Autoscale - Multi-master',
        per(1, 'Hours'),
        '0.016',
        {
          details: { x_CapacityMode: 'Autoscale' },
          weight: 1,
        },
      ),
      meter('cosmos-serverless', '1M RUs', 'Azure Cosmos DB', 'Serverless', per(1000000, 'Units'), '0.25', {
        details: { x_CapacityMode: 'Serverless' },
        weight: 1,
      }),
      meter('cosmos-storage', 'Data Stored', 'Azure Cosmos DB', 'Data Stored', U.gbMonths, '0.25', {
        weight: 1.5,
      }),
    ],
  },
  {
    name: 'Azure DB for PostgreSQL',
    code: 'Microsoft.DBforPostgreSQL',
    category: 'Databases',
    subcategory: 'Relational Databases',
    resourceType: 'Azure Database for PostgreSQL flexible server',
    resourceIdTemplate: arm('Microsoft.DBforPostgreSQL/flexibleServers'),
    resourceNameTemplate: 'psql-{app}-{env}',
    scope: 'zonal',
    workload: 'steady',
    weight: 3,
    skus: [
      meter(
        'pg-d4ds-v5',
        'vCore',
        'Azure Database for PostgreSQL',
        'Flexible Server General Purpose Ddsv5 Series Compute',
        U.hours,
        '0.089',
        {
          details: { CoreCount: 1, InstanceSeries: 'Ddsv5' },
          commitmentPrograms: [...RES],
          weight: 3,
        },
      ),
      meter(
        'pg-e4ds-v5',
        'vCore',
        'Azure Database for PostgreSQL',
        'Flexible Server Memory Optimized Edsv5 Series Compute',
        U.hours,
        '0.1305',
        {
          details: { CoreCount: 1, InstanceSeries: 'Edsv5' },
          commitmentPrograms: [...RES],
          weight: 2,
        },
      ),
      meter(
        'pg-storage',
        'Storage Data Stored',
        'Azure Database for PostgreSQL',
        'Flexible Server Storage',
        U.gbMonths,
        '0.115',
        { weight: 1 },
      ),
    ],
  },
  {
    name: 'Azure DB for MySQL',
    code: 'Microsoft.DBforMySQL',
    category: 'Databases',
    subcategory: 'Relational Databases',
    resourceType: 'Azure Database for MySQL flexible server',
    resourceIdTemplate: arm('Microsoft.DBforMySQL/flexibleServers'),
    resourceNameTemplate: 'mysql-{app}-{env}',
    scope: 'zonal',
    workload: 'steady',
    weight: 1.5,
    skus: [
      meter(
        'mysql-d2ds-v4',
        'Standard_D2ds_v4',
        'Azure Database for MySQL',
        'Flexible Server General Purpose Ddsv4 Series Compute',
        U.hours,
        '0.1368',
        {
          details: { InstanceType: 'Standard_D2ds_v4', CoreCount: 2, MemorySize: 8 },
          commitmentPrograms: [...RES],
          weight: 3,
        },
      ),
      meter(
        'mysql-storage',
        'Storage Data Stored',
        'Azure Database for MySQL',
        'Flexible Server Storage',
        U.gbMonths,
        '0.115',
        { weight: 1 },
      ),
    ],
  },
  {
    name: 'Azure Cache for Redis',
    code: 'Microsoft.Cache',
    category: 'Databases',
    subcategory: 'Caching',
    resourceType: 'Azure Cache for Redis',
    resourceIdTemplate: arm('Microsoft.Cache/Redis'),
    resourceNameTemplate: 'redis-{app}-{env}',
    scope: 'regional',
    workload: 'steady',
    weight: 2,
    skus: [
      meter('redis-c1', 'C1 Cache Instance', 'Redis Cache', 'Standard', U.hours, '0.101', {
        details: { InstanceType: 'C1', MemorySize: 1 },
        commitmentPrograms: [...RES],
        weight: 2,
      }),
      meter('redis-p1', 'P1 Cache Instance', 'Redis Cache', 'Premium', U.hours, '0.554', {
        details: { InstanceType: 'P1', MemorySize: 6 },
        commitmentPrograms: [...RES],
        weight: 2,
      }),
    ],
  },
];
