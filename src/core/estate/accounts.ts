/**
 * Account structure of one provider's estate: billing account(s) and sub-accounts (linked
 * accounts, subscriptions, projects), each with an environment, owning team and resource groups.
 */
import type { ProviderCatalog } from '../catalogs/types.js';
import type { BillingAccount, SubAccount } from '../charges/charge.js';
import type { Stream } from '../random.js';
import { fillTemplate, slug } from './templates.js';

export const ENVIRONMENTS = ['prod', 'staging', 'dev', 'sandbox'] as const;
export type Environment = (typeof ENVIRONMENTS)[number];

const TEAM_NAMES = [
  'platform', 'payments', 'checkout', 'search', 'data', 'ml', 'mobile', 'web', 'identity', 'security',
  'analytics', 'growth', 'media', 'catalog', 'logistics', 'billing', 'support', 'devex', 'infra', 'sre',
  'marketing', 'finance', 'risk', 'ads', 'recs', 'streaming', 'iot', 'edge', 'crm', 'research',
];
const APP_NAMES = [
  'storefront', 'orders', 'inventory', 'pricing', 'ledger', 'gateway', 'auth', 'profile', 'notify', 'feeds',
  'reports', 'etl', 'lake', 'warehouse', 'trainer', 'inference', 'transcode', 'player', 'cdn', 'chat',
  'booking', 'shipping', 'fraud', 'kyc', 'portal', 'admin', 'api', 'events', 'metrics', 'logs',
];

export interface Organisation {
  name: string;
  teams: string[];
  apps: string[];
  costCenters: string[];
}

export function buildOrganisation(rnd: Stream, teams: number, apps: number): Organisation {
  const orgNames = ['acme', 'globex', 'initech', 'umbrella', 'hooli', 'stark', 'wayne', 'tyrell', 'cyberdyne', 'soylent'];
  const name = rnd.pick(0, orgNames);
  const offset = rnd.int(1, 0, TEAM_NAMES.length - 1);
  const teamList = [...Array(Math.min(teams, TEAM_NAMES.length)).keys()].map((i) => TEAM_NAMES[(offset + i) % TEAM_NAMES.length]);
  const appList: string[] = [];
  for (let i = 0; i < apps; i++) {
    const base = APP_NAMES[(offset * 7 + i) % APP_NAMES.length];
    appList.push(i < APP_NAMES.length ? base : `${base}${Math.floor(i / APP_NAMES.length) + 1}`);
  }
  const costCenters = teamList.map((_, i) => `CC-${1000 + ((rnd.u32(100 + i) % 9000) | 0)}`);
  return { name, teams: teamList, apps: appList, costCenters };
}

export function buildBillingAccount(cat: ProviderCatalog, org: Organisation, currency: string, rnd: Stream): BillingAccount {
  const vars = { org: org.name, n: 1, name: org.name };
  return {
    id: fillTemplate(cat.accounts.billingAccountIdTemplate, vars, rnd.child('id')),
    name: fillTemplate(cat.accounts.billingAccountNameTemplate, { ...vars, Org: cap(org.name) }, rnd.child('name')),
    type: cat.accounts.billingAccountType,
    currency,
  };
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function buildSubAccounts(
  cat: ProviderCatalog,
  org: Organisation,
  ba: BillingAccount,
  count: number,
  rnd: Stream,
): SubAccount[] {
  const out: SubAccount[] = [];
  const used = new Set<string>();
  for (let i = 0; i < count; i++) {
    const s = rnd.child(i);
    // Production gets the most accounts; every estate has at least one of each of prod and dev.
    const env: string = i === 0 ? 'prod' : i === 1 ? 'dev' : s.weighted(0, ENVIRONMENTS, [0.45, 0.2, 0.25, 0.1]);
    const team = org.teams[i % org.teams.length];
    const app = org.apps[i % org.apps.length];
    // Account names read "<org>-<team>-<env>" in most templates; repeat teams get a number.
    let baseName = team;
    if (used.has(`${team}|${env}`)) baseName = `${team}${i}`;
    used.add(`${baseName}|${env}`);
    const vars = { org: org.name, env, team, app, name: baseName, n: i + 1 };
    const id = fillTemplate(cat.accounts.subAccountIdTemplate, vars, s.child('id'));
    const name = fillTemplate(cat.accounts.subAccountNameTemplate, vars, s.child('name'));
    const number = id.replace(/^\/subscriptions\//, '').replace(/^projects\//, '');
    const resourceGroups = [0, 1, 2].map((k) => `rg-${slug(org.apps[(i + k * 3) % org.apps.length])}-${env}`);
    out.push({ id, name, type: cat.accounts.subAccountType, number, billingAccount: ba, resourceGroups, environment: env });
  }
  return out;
}
