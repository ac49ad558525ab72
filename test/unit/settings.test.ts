import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSettings, SettingsError, variables } from '@shared/settings';

const root = path.resolve(import.meta.dirname, '../..');

// The README's configuration table: variable → the default column.
const readmeTable = (): Map<string, string> => {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const section = readme.slice(
    readme.indexOf('## Configuration'),
    readme.indexOf('\n## ', readme.indexOf('## Configuration') + 3),
  );
  const rows = section.split('\n').filter((line) => /^\| `[A-Z_]+`/.test(line));
  return new Map(
    rows.map((line) => {
      const [name = '', shown = ''] = line
        .split('|')
        .slice(1, 3)
        .map((cell) => cell.trim());
      return [name.replaceAll('`', ''), shown];
    }),
  );
};

describe('settings', () => {
  it('the README lists every variable the settings module reads, with its default', () => {
    const table = readmeTable();
    expect([...table.keys()]).toEqual(Object.keys(variables));
    for (const [name, variable] of Object.entries(variables)) expect(table.get(name), name).toBe(variable.shown);
  });

  it('the defaults the README states are the ones the product applies', () => {
    const applied = { ...parseSettings('cms', {}), ...parseSettings('site', {}), ...parseSettings('serve', {}) };
    for (const [name, variable] of Object.entries(variables)) {
      const value = (applied as Record<string, unknown>)[name];
      if (value === undefined) continue;
      expect(variable.shown, name).toBe(`\`${String(value)}\``);
    }
    expect(parseSettings('site', {}).CONTENT_TTL_SECONDS).toBe(300);
  });

  it('refuses a bad value with a message that names the variable', () => {
    const refusal = (group: 'cms' | 'site' | 'serve', environment: Record<string, string>) => {
      try {
        parseSettings(group, environment);
      } catch (error) {
        expect(error).toBeInstanceOf(SettingsError);
        return (error as Error).message;
      }
      throw new Error('accepted');
    };
    expect(refusal('site', { CONTENT_TTL_SECONDS: '5 minutes' })).toContain('CONTENT_TTL_SECONDS="5 minutes"');
    expect(refusal('site', { TRUST_PROXY: 'yes' })).toMatch(/TRUST_PROXY="yes": must be true or false/);
    expect(refusal('cms', { DATABASE_URI: 'postgres://db' })).toContain('DATABASE_URI');
    expect(refusal('serve', { CMS_PORT: '70000' })).toContain('CMS_PORT');
    // Every bad variable at once, not one per restart.
    const both = refusal('cms', { MAIL_QUEUE_LIMIT: 'many', JOBS_AUTORUN: 'no' });
    expect(both).toContain('MAIL_QUEUE_LIMIT');
    expect(both).toContain('JOBS_AUTORUN');
  });

  it('reads numbers and flags as such, and an empty variable as unset', () => {
    const site = parseSettings('site', { RATE_LIMIT_SUBMIT_MAX: '2', TRUST_PROXY: 'true', CONTENT_TTL_SECONDS: '' });
    expect(site).toMatchObject({ RATE_LIMIT_SUBMIT_MAX: 2, TRUST_PROXY: true, CONTENT_TTL_SECONDS: 300 });
  });

  it('is the only reader of process.env in the site, the CMS and the scripts', () => {
    const readers: string[] = [];
    const walk = (folder: string) => {
      for (const entry of readdirSync(folder)) {
        const file = path.join(folder, entry);
        if (['node_modules', '.next', 'migrations'].includes(entry)) continue;
        if (statSync(file).isDirectory()) walk(file);
        else if (/\.(ts|tsx|mjs|astro)$/.test(entry) && readFileSync(file, 'utf8').includes('process.env'))
          readers.push(path.relative(root, file));
      }
    };
    for (const folder of ['cms', 'site', 'shared', 'scripts']) walk(path.join(root, folder));
    expect(readers).toEqual(['shared/settings.ts']);
  });
});
