/**
 * `npm run geo:import -- <file|url> [--code-property code] [--source "…"] [--licence "…" | --licence-file F] [--dry-run] [--json]`:
 * imports one level of region boundaries (GeoJSON or TopoJSON, gzip-compressed or not, e.g. the repository's
 * data/boundaries/*.topojson.gz) into DATABASE_URL (or the embedded database), all
 * or nothing, and prints the report. Exits 1 when the file was refused.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DomainError } from '../common/errors/domain-error';
import { loadConfig } from '../config/env';
import { AuditService } from '../modules/audit/audit.service';
import { fetchBoundaryFile } from '../modules/boundary/import/boundary-fetch';
import { AllowList } from '../modules/boundary/import/public-address';
import { BoundaryImportService, checkOptions, DEFAULT_CODE_PROPERTY } from '../modules/boundary/import/boundary-import.service';
import type { BoundaryFinding, BoundaryImportReport } from '../modules/boundary/import/boundary-import.report';
import { runWithDatabase } from './with-database';
import { at } from '@jangkau/shared-domain';

const USAGE = 'Usage: npm run geo:import -- <file|url> [--code-property code] [--source "…"] [--licence "…" | --licence-file F] [--dry-run] [--json]';
const args = process.argv.slice(2);
const VALUED = new Set(['--code-property', '--source', '--licence', '--license', '--licence-file', '--license-file']);
const FLAGS = new Set(['--dry-run', '--json']);
const options = new Map<string, string>();
const positional: string[] = [];
for (let i = 0; i < args.length; i++) {
  const arg = at(args, i, 'argument');
  if (VALUED.has(arg)) {
    const value = args[++i];
    if (value === undefined) fail(`${arg} needs a value.`);
    options.set(arg.replace('license', 'licence'), value);
  } else if (FLAGS.has(arg)) options.set(arg, 'true');
  else if (arg.startsWith('--')) fail(`Unknown option ${arg}.`);
  else positional.push(arg);
}
const [target] = positional;
if (positional.length !== 1 || target === undefined) fail('Name one file or URL.');

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

// npm runs scripts from the repository root; relative paths are meant from where the command was typed.
const here = process.env.INIT_CWD ?? process.cwd();
const isUrl = /^https?:\/\//i.test(target);
const licenceFile = options.get('--licence-file');
const importOptions = {
  dryRun: options.has('--dry-run'),
  codeProperty: options.get('--code-property') ?? DEFAULT_CODE_PROPERTY,
  source: options.get('--source'),
  licence: licenceFile ? readFileSync(resolve(here, licenceFile), 'utf8') : options.get('--licence'),
  fileName: isUrl ? target : target.split('/').pop()!,
  importedBy: 'geo:import (CLI)',
  language: 'en' as const,
};

runWithDatabase('jangkau-geo-import', async (dataSource) => {
  try {
    checkOptions(importOptions);
    const config = loadConfig();
    const data = isUrl ? await fetchBoundaryFile(target, config.geo.importMaxBytes, { allow: new AllowList(config.geo.importAllowHosts) }) : readFileSync(resolve(here, target));
    await dataSource.runMigrations({ transaction: 'each' });
    const importer = new BoundaryImportService(dataSource, new AuditService(), config);
    let lastPhase = '';
    const { status, report } = await importer.run({ caller: null, requestId: null, operation: 'geo:import' }, data, {
      ...importOptions,
      onProgress: (phase, done, total) => {
        if (phase !== lastPhase || done === total) process.stderr.write(`  ${phase} ${done}/${total}\n`);
        lastPhase = phase;
      },
    });
    if (options.has('--json')) console.log(JSON.stringify(report, null, 2));
    else printReport(report);
    if (status !== 200 || (importOptions.dryRun && report.counts.unmatched + report.counts.wrongLevel + report.counts.invalid + report.fileProblems.length > 0)) {
      process.exitCode = 1;
    }
  } catch (error) {
    // Domain errors carry a message for people; the frame prints others as they are.
    if (error instanceof DomainError) throw new Error(error.localize('en'));
    throw error;
  }
});

function printReport(r: BoundaryImportReport) {
  const list = (title: string, items: BoundaryFinding[], total: number) => {
    if (!total) return;
    console.log(`${title} (${total}):`);
    for (const f of items.slice(0, 25)) console.log(`  ${f.feature === null ? '' : `#${f.feature} `}${f.code ?? '(no code)'}: ${f.message}`);
    if (total > 25) console.log(`  … and ${total - 25} more (--json for all)`);
  };
  console.log(`${r.file.name}: ${r.file.format}${r.file.gzip ? ' (gzip)' : ''}, ${r.file.bytes} bytes, sha256 ${r.file.sha256.slice(0, 16)}…`);
  console.log(`level ${r.level ?? '?'}: ${r.features} features, ${r.matched} matched, ${r.regions} regions`);
  for (const f of r.fileProblems) console.log(`  ${f.message}`);
  list('Unmatched', r.unmatched, r.counts.unmatched);
  list('Wrong level', r.wrongLevel, r.counts.wrongLevel);
  list('Invalid geometry', r.invalid, r.counts.invalid);
  list('Repaired', r.repaired, r.counts.repaired);
  list('Warnings', r.warnings, r.counts.warnings);
  if (r.counts.missing) {
    console.log(
      `Missing: ${r.counts.missing} regions without a boundary: ${r.missing
        .slice(0, 25)
        .map((m) => m.code)
        .join(', ')}${r.counts.missing > 25 ? ', …' : ''}`,
    );
  }
  const t = r.timings;
  console.log(`Timings: parse ${t.parseMs} ms, validate ${t.validateMs} ms, simplify ${t.simplifyMs} ms, write ${t.writeMs} ms, total ${t.totalMs} ms`);
  console.log(r.set ? `${r.message} (set ${r.set.id}${r.set.replacedSetId ? `, replaced ${r.set.replacedSetId}` : ''})` : r.message);
}
