/**
 * The worked example of the ASP guide (§3.1, M. Durand) and three more demands, built,
 * validated, named and written: `npm run demo`.
 *
 * @module
 */
import { access, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SoldeFileBuilder, type Locale, type ValidationReport } from 'segur-sgl-solde';
import { writePiecesZipFromFolder } from 'segur-sgl-solde/node';
import { DEMO_DEMANDES, VENDOR } from './demandes.js';
import { printSoldeReport } from './print-report.js';

/**
 * The folder of the sample attachments, named canonically.
 *
 * @example
 * ```ts
 * readFileSync(join(PIECES_DIR, 'BIO-SGL-Va1-FACTURE-00001.pdf'));
 * ```
 */
export const PIECES_DIR = fileURLToPath(new URL('./pieces/', import.meta.url));

/**
 * Options of {@link runDemo}.
 *
 * @example
 * ```ts
 * const options: DemoOptions = { outDir: 'out', depositDate: new Date(), locale: 'en' };
 * ```
 */
export interface DemoOptions {
  /** Where to write the JSON. Default `out` (relative to the working folder). */
  outDir?: string;
  /** The instant of the deposit: it names the file. Default now. */
  depositDate?: Date;
  /** Language of the report. Default `'fr'`. */
  locale?: Locale;
  /** Where the report's lines go. Default `console.log`. */
  log?: (line: string) => void;
  /** Replace the JSON and the zip when they are already there. Default false: refused, nothing written. */
  overwrite?: boolean;
}

/**
 * The files the example would write already exist and `overwrite` was not given: nothing was
 * written.
 *
 * @example
 * ```ts
 * await runDemo().catch((err: unknown) => { if (err instanceof DemoTargetExists) console.error(err.message); });
 * ```
 */
export class DemoTargetExists extends Error {
  constructor(readonly paths: readonly string[]) {
    super(`Already there (add --overwrite to replace): ${paths.join(', ')} / Déjà là (ajoutez --overwrite pour remplacer)`);
    this.name = 'DemoTargetExists';
  }
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/**
 * An attachment to put in the deposit's zip.
 *
 * @example
 * ```ts
 * const piece: DemoPiece = { nomFichier: 'BIO-SGL-Va1-VA-00001.pdf', path: join(PIECES_DIR, 'BIO-SGL-Va1-VA-00001.pdf') };
 * ```
 */
export interface DemoPiece {
  /** Its name in the JSON and in the zip. */
  nomFichier: string;
  /** The sample file, under `examples/pieces/`. */
  path: string;
}

/**
 * What {@link runDemo} did.
 *
 * @example
 * ```ts
 * const { report, jsonPath, pieces }: DemoResult = await runDemo();
 * ```
 */
export interface DemoResult {
  /** The validation report of the file. */
  report: ValidationReport;
  /** `JSON-ANS0000001-<AAAAMMJJ>-001.json`. */
  fileName: string;
  /** Where the JSON was written (`undefined` when the file is not valid: nothing is written). */
  jsonPath: string | undefined;
  /** Where the zip of the attachments was written (`undefined` when nothing is written). */
  zipPath: string | undefined;
  /** The attachments the JSON names, with their sample files: the zip's content. */
  pieces: DemoPiece[];
}

/**
 * Builds the example's file, prints its validation report (grouped by demand, warnings
 * included, as `segur-solde validate` prints it) and writes the JSON and the zip of its
 * attachments, correctly named, under `outDir`.
 *
 * @param options - output folder, deposit date, locale, logger
 * @returns the report, the file's name and path, the attachments to zip
 * @example
 * ```ts
 * const { report, jsonPath } = await runDemo({ outDir: 'out', depositDate: new Date() });
 * ```
 */
export async function runDemo(options: DemoOptions = {}): Promise<DemoResult> {
  const { outDir = 'out', depositDate = new Date(), locale = 'fr', log = console.log, overwrite = false } = options;
  const builder = new SoldeFileBuilder(VENDOR).addDemandes(DEMO_DEMANDES);
  const fileName = builder.fileName({ depositDate, sequence: 1 });
  const report = builder.validate({ depositDate, locale });

  const en = locale === 'en';
  log(en ? `Validation report of ${fileName}` : `Rapport de validation de ${fileName}`);
  printSoldeReport(report, locale, log);
  if (!report.ok) return { report, fileName, jsonPath: undefined, zipPath: undefined, pieces: [] };

  const { json } = builder.build({ depositDate, sequence: 1, locale });
  const jsonPath = join(outDir, fileName);
  const zipPath = join(outDir, fileName.replace(/\.json$/, '.zip'));
  // Both targets are looked at before either is written: yesterday's deposit is never replaced unasked.
  if (!overwrite) {
    const there = [];
    for (const path of [jsonPath, zipPath]) if (await exists(path)) there.push(path);
    if (there.length > 0) throw new DemoTargetExists(there);
  }
  await mkdir(outDir, { recursive: true });
  await writeFile(jsonPath, json, { encoding: 'utf8', flag: overwrite ? 'w' : 'wx' });
  log(en ? `Written: ${jsonPath}` : `Écrit : ${jsonPath}`);

  const pieces = (report.file?.lignesImport ?? []).flatMap((ligne) =>
    ligne.piecesJustificatives.map((piece) => ({ nomFichier: piece.nomFichier, path: join(PIECES_DIR, piece.nomFichier) })),
  );
  // The zip of the attachments: same name as the JSON with .zip, streamed from the folder.
  const zip = await writePiecesZipFromFolder(json, PIECES_DIR, zipPath, { depositDate, locale, overwrite });
  log(en ? `Written: ${zipPath} (${zip.entries} attachments, ${zip.bytes} bytes)` : `Écrit : ${zipPath} (${zip.entries} pièces, ${zip.bytes} octets)`);
  return { report, fileName, jsonPath, zipPath, pieces };
}
