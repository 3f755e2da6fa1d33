/**
 * Fill catalog id/name templates ("arn:aws:ec2:{region}:{accountNumber}:instance/i-{hex17}").
 * Random placeholders draw from the given stream so every id is a pure function of the seed.
 */
import type { Stream } from '../random.js';

export type TemplateVars = Record<string, string | number | undefined>;

const PLACEHOLDER = /\{([a-zA-Z]+)(\d*)\}/g;

export function fillTemplate(template: string, vars: TemplateVars, rnd: Stream): string {
  let k = 0;
  return template.replace(PLACEHOLDER, (whole, name: string, num: string) => {
    const i = k++;
    switch (name) {
      case 'hex':
        return rnd.hex(i, Number(num || 8));
      case 'HEX':
        return rnd.hex(i, Number(num || 8)).toUpperCase();
      case 'digits':
        return rnd.digits(i, Number(num || 6));
      case 'guid':
        return rnd.guid(i);
      case 'alnum':
      case 'ALNUM': {
        const chars = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';
        const s = rnd.child(i);
        let out = '';
        for (let j = 0; j < Number(num || 8); j++) out += chars[s.u32(j) % chars.length];
        return name === 'alnum' ? out.toLowerCase() : out;
      }
      default: {
        const v = vars[name + num] ?? vars[name];
        if (v === undefined) throw new Error(`template ${JSON.stringify(template)}: no value for ${whole}`);
        return String(v);
      }
    }
  });
}

/** Lowercase, dash-separated, ASCII-only name fragment. */
export function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
