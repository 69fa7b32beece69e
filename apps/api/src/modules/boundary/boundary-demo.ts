import { Logger } from '@nestjs/common';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { BoundaryError } from './boundary.errors';
import { importedLevels } from './boundary.repository';
import { BoundaryImportService } from './import/boundary-import.service';

/**
 * The demo's boundaries, shipped with the repository in data/boundaries (see its README.md): Indonesia's provinces
 * and kabupaten/kota, and Jambi's kecamatan and desa/kelurahan, as gzip-compressed quantized TopoJSON. Jambi's
 * kabupaten/kota come from the national file (level 2), so every province can be drilled into.
 */
export const DEMO_BOUNDARY_FILES = [
  { file: 'indonesia-provinsi.topojson.gz', level: 1 },
  { file: 'indonesia-kabupaten.topojson.gz', level: 2 },
  { file: 'jambi-kecamatan.topojson.gz', level: 3 },
  { file: 'jambi-desa.topojson.gz', level: 4 },
];

export const DEMO_BOUNDARY_SOURCE =
  'Cahya DSN, github.com/cahyadsn/wilayah_boundaries (snapshot 3c5a7960, 2026-08-20; Kepmendagri 300.2.2-2138/2025), ' +
  'cleaned for Jangkau (overlaps and slivers removed; Jambi kecamatan dissolved from its desa; quantized TopoJSON, data/boundaries). ' +
  'Names: idn-area-data 4.0.1 by fityannugroho (ODbL 1.0).';

export const DEMO_BOUNDARY_LICENCE = `Boundaries: MIT License, Copyright (c) 2024 Cahya DSN (github.com/cahyadsn/wilayah_boundaries).

Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the "Software"), to deal in the Software without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.

Region names: idn-area-data (github.com/fityannugroho/idn-area-data), Open Database License (ODbL) v1.0.`;

/**
 * Demo mode: imports the demo files found in `dir` for the levels that never had a boundary set (all of them on a
 * new database; the rest of them after a start that was stopped half-way), through the same import (checks,
 * repairs, audit entry) as an administrator's. Says in the log what to do when no boundaries are loaded and the
 * files are not there. Returns the number of sets imported.
 */
export async function importDemoBoundaries(
  dataSource: DataSource,
  importer: BoundaryImportService,
  dir: string,
  cancelled: () => boolean = () => false,
  logger = new Logger('Boundaries'),
): Promise<number> {
  const levels = new Set<number>(await importedLevels(dataSource));
  const wanted = DEMO_BOUNDARY_FILES.filter((f) => !levels.has(f.level));
  if (!wanted.length) return 0;
  const files = wanted.filter((f) => existsSync(join(dir, f.file))).map((f) => f.file);
  if (!files.length) {
    if (levels.size) return 0;
    logger.log(
      `No boundaries loaded and no demo boundary files (${DEMO_BOUNDARY_FILES.map((f) => f.file).join(', ')}) in ${dir}: ` +
        'the map stays empty until an administrator imports boundaries on the Batas wilayah page (/admin/batas-wilayah), ' +
        "or GEO_DATA_DIR names a folder holding these files (the repository's data/boundaries has them).",
    );
    return 0;
  }
  const started = performance.now();
  let imported = 0;
  for (const file of files) {
    if (cancelled()) break;
    let result: Awaited<ReturnType<BoundaryImportService['run']>>;
    try {
      result = await importer.run({ caller: null, requestId: null, operation: 'demoBoundaries' }, readFileSync(join(dir, file)), {
        dryRun: false,
        codeProperty: 'code',
        source: DEMO_BOUNDARY_SOURCE,
        licence: DEMO_BOUNDARY_LICENCE,
        fileName: file,
        importedBy: 'demo',
        language: 'en',
        cancelled,
      });
    } catch (error) {
      // A damaged file (e.g. a gzip cut short) is said in the log; the other levels are still imported.
      if (!(error instanceof BoundaryError)) throw error;
      logger.warn(`Demo boundaries: ${file} was refused: ${error.localize('en')}`);
      continue;
    }
    const { status, report } = result;
    if (status !== 200) {
      logger.warn(`Demo boundaries: ${file} was refused: ${report.message}`);
      continue;
    }
    imported++;
    logger.log(`Demo boundaries: ${file}: ${report.regions} regions (level ${report.level}, ${report.counts.missing} without a boundary) in ${report.timings.totalMs} ms.`);
  }
  logger.log(`Demo boundaries: ${imported} sets imported from ${dir} in ${Math.round(performance.now() - started)} ms.`);
  return imported;
}
