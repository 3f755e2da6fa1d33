/**
 * What the seed's names mean in numbers: spend ranges and estate sizes per profile, category mixes
 * per workload distribution, exchange rates per billing currency. Typed data.
 */
import type { Distribution, Profile } from '../scenario/schema.js';
import type { ServiceCategory } from '../focus/taxonomy.js';

export interface ProfileDef {
  /** Monthly spend per provider, USD, inclusive range (the seed's definition). */
  spendUsd: [number, number];
  subAccounts: [number, number];
  /** Resources alive on an average day when no row count is asked for. */
  naturalLines: number;
  teams: number;
  apps: number;
  /** Negotiated (enterprise agreement) discount on list prices. */
  negotiatedDiscount: [number, number];
  /** Share of commitment-eligible steady usage covered by commitments. */
  commitmentCoverage: number;
}

export const PROFILE_DEFS: Record<Profile, ProfileDef> = {
  Greenfield: {
    spendUsd: [10_000, 50_000],
    subAccounts: [3, 6],
    naturalLines: 150,
    teams: 5,
    apps: 8,
    negotiatedDiscount: [0, 0],
    commitmentCoverage: 0.35,
  },
  'Large Business': {
    spendUsd: [100_000, 250_000],
    subAccounts: [12, 24],
    naturalLines: 1200,
    teams: 15,
    apps: 30,
    negotiatedDiscount: [0.03, 0.08],
    commitmentCoverage: 0.6,
  },
  Enterprise: {
    spendUsd: [500_000, 2_000_000],
    subAccounts: [40, 80],
    naturalLines: 5000,
    teams: 30,
    apps: 80,
    negotiatedDiscount: [0.06, 0.15],
    commitmentCoverage: 0.7,
  },
};

type Mix = Partial<Record<ServiceCategory, number>>;

/** Share of usage spend per ServiceCategory for each workload distribution (renormalised over what a catalog has). */
export const DISTRIBUTION_MIX: Record<Distribution, Mix> = {
  'Evenly Distributed': {
    Compute: 0.2,
    Storage: 0.13,
    Databases: 0.13,
    Networking: 0.09,
    Analytics: 0.08,
    'AI and Machine Learning': 0.07,
    'Management and Governance': 0.05,
    Security: 0.04,
    Integration: 0.04,
    'Developer Tools': 0.03,
    Web: 0.03,
    Media: 0.03,
    'Internet of Things': 0.02,
    Identity: 0.02,
    Migration: 0.02,
    'Business Applications': 0.01,
    Mobile: 0.01,
  },
  'ML-Focused': {
    'AI and Machine Learning': 0.38,
    Compute: 0.18,
    Storage: 0.14,
    Databases: 0.07,
    Analytics: 0.07,
    Networking: 0.06,
    'Management and Governance': 0.03,
    Security: 0.02,
    Integration: 0.02,
    'Developer Tools': 0.02,
    Web: 0.01,
  },
  'Data-Intensive': {
    Storage: 0.22,
    Databases: 0.22,
    Analytics: 0.2,
    Compute: 0.14,
    Networking: 0.06,
    Integration: 0.05,
    'AI and Machine Learning': 0.04,
    'Management and Governance': 0.03,
    Security: 0.02,
    'Developer Tools': 0.01,
    Web: 0.01,
  },
  'Media-Intensive': {
    Storage: 0.24,
    Networking: 0.22,
    Media: 0.17,
    Compute: 0.15,
    Databases: 0.06,
    Analytics: 0.04,
    'AI and Machine Learning': 0.04,
    Web: 0.03,
    'Management and Governance': 0.02,
    Security: 0.02,
    Integration: 0.01,
  },
};

/** Billing currency per USD: fixed reference rates so output is reproducible. */
export const USD_RATES: Record<string, string> = {
  USD: '1',
  EUR: '0.92',
  GBP: '0.79',
  JPY: '151.2',
  CAD: '1.36',
  AUD: '1.52',
  INR: '83.4',
  CHF: '0.88',
  BRL: '5.05',
  SEK: '10.6',
};

/** Decimal places money is rounded to on invoice-level rows (taxes, credits) per currency. */
export const CURRENCY_MINOR_UNITS: Record<string, number> = { JPY: 0 };
