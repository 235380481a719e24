import { SoldeUsageError, SoldeValidationError } from '../issues/error.js';
import { buildReport, issueOf } from '../issues/make-issue.js';
import type { Issue, Locale, ValidationReport } from '../issues/types.js';
import { soldeJsonFileName } from '../names/json-file-name.js';
import { MAX_LINES } from '../schema/fields.js';
import type { SoldeFile } from '../schema/layout.js';
import { serializeSoldeFile } from '../serialize/serialize-file.js';
import type { ValidateOptions } from '../validate/options.js';
import { validateSoldeFile } from '../validate/validate-file.js';
import { convertDemande, type ConvertedDemande } from './convert-demande.js';
import type { BuildOptions, BuiltSoldeFile, DemandeInput, SoldeFileBuilderOptions } from './demande-input.js';
import { pointAtDemande } from './point-at-demande.js';
import { localeMessages, resolveLocale } from '../issues/locales/registry.js';

type Path = readonly (string | number)[];

/**
 * Builds a BIO-SGL balance-request file: give the header once, add the demands with the
 * ASP field names flat, then get the validation report, the JSON text and its file name.
 *
 * `addDemande` throws only on a misuse (the 201st demand, a value that is not an object);
 * every fault of the data is reported by `validate` and `toJSON`, all at once, each issue
 * pointing at the demand as the caller gave it (`issue.demande.index`, `.numeroEditeur`).
 * No clock is read except `validate`'s documented default deposit date (now).
 *
 * @example
 * ```ts
 * import { SoldeFileBuilder } from 'segur-sgl-solde';
 *
 * const builder = new SoldeFileBuilder({ numeroAns: 'ANS0000001', siret: '73282932000074' })
 *   .addDemande({
 *     numeroASP: 'FINBIO000006', numeroEditeur: '00001',
 *     dateFacture: '15/03/2024', montantSegurHTFacture: '27 450,00', montantBonDeCommande: 27450,
 *     beneficiaires: ['999999991', '999999992', '999999993'],
 *     piecesJustificatives: [{ typeFichier: 'FACTURE', formatFichier: 'PDF' }, { typeFichier: 'VA', formatFichier: 'PDF' }],
 *     isDirectToDMP: false, isDirectToMSSPro: false, isDirectToMSSCitoyen: false,
 *   });
 * const depositDate = new Date('2024-03-20T09:00:00Z');
 * const { json, fileName, warnings } = builder.build({ depositDate, sequence: 1 });
 * // fileName: 'JSON-ANS0000001-20240320-001.json'
 * ```
 */
export class SoldeFileBuilder {
  readonly #numeroAns: unknown;
  readonly #siret: unknown;
  readonly #firstIndex: number;
  readonly #demandes: ConvertedDemande[] = [];

  /**
   * @param options - the file header: `numeroAns` and `siret` (their faults are reported by
   * `validate`), and `firstIndex` (the index reported for the first demand, default 0)
   * @throws {SoldeUsageError} `ARGUMENT_INVALID` when `options` is not an object or
   * `firstIndex` is not a non-negative integer
   */
  constructor(options: SoldeFileBuilderOptions) {
    if (!isObject(options)) throw new SoldeUsageError('ARGUMENT_INVALID', 'SoldeFileBuilder: donnez { numeroAns, siret }');
    const firstIndex = options.firstIndex ?? 0;
    if (!Number.isSafeInteger(firstIndex) || firstIndex < 0) {
      throw new SoldeUsageError('ARGUMENT_INVALID', `SoldeFileBuilder: firstIndex doit être un entier positif ou nul, reçu ${String(firstIndex)}`);
    }
    this.#numeroAns = options.numeroAns;
    this.#siret = options.siret;
    this.#firstIndex = firstIndex;
  }

  /**
   * The number of demands added (at most 200).
   *
   * @example
   * ```ts
   * new SoldeFileBuilder({ numeroAns: 'ANS0000001', siret: '73282932000074' }).size; // 0
   * ```
   */
  get size(): number {
    return this.#demandes.length;
  }

  /**
   * Adds a demand, numbered after the ones already added.
   *
   * @param demande - the demand, ASP field names flat (see {@link DemandeInput})
   * @returns this builder, to chain calls
   * @throws {SoldeUsageError} `LINE_CAP` when the file already holds 200 demands (they are
   * kept as they are); `ARGUMENT_INVALID` when `demande` is not an object
   * @example
   * ```ts
   * builder.addDemande(durand).addDemande(martin);
   * ```
   */
  addDemande(demande: DemandeInput): this {
    checkDemandeArgument(demande, 'addDemande');
    this.#checkRoomFor(1);
    this.#demandes.push(convertDemande(demande, this.#demandes.length));
    return this;
  }

  /**
   * Adds several demands, in order; all or none: when one is not an object or they do not
   * all fit in the file, nothing is added.
   *
   * @param demandes - any iterable of demands (an array, a generator)
   * @returns this builder
   * @throws {SoldeUsageError} `LINE_CAP` when they would take the file past 200 demands;
   * `ARGUMENT_INVALID` when `demandes` is not iterable or holds a value that is not an object
   * @example
   * ```ts
   * builder.addDemandes(rowsFromBilling.map(toDemande));
   * ```
   */
  addDemandes(demandes: Iterable<DemandeInput>): this {
    if (!isIterable(demandes)) throw new SoldeUsageError('ARGUMENT_INVALID', 'addDemandes: donnez un tableau (ou un itérable) de demandes');
    const list = [...demandes];
    list.forEach((demande, i) => {
      checkDemandeArgument(demande, `addDemandes (n° ${i})`);
    });
    this.#checkRoomFor(list.length);
    for (const demande of list) this.#demandes.push(convertDemande(demande, this.#demandes.length));
    return this;
  }

  /**
   * Checks the file as it would be written: every rule of `validateSoldeFile` on the built
   * file, plus what the builder found while reading the demands (amounts, dates, unknown
   * keys, the purchase order). Each issue under `lignesImport[i]` carries
   * `demande: { index, numeroEditeur }`.
   *
   * @param options - `depositDate` (default now), `locale` (default `'fr'`), reading limits
   * @returns the report (`ok` when there is no error)
   * @throws {SoldeUsageError} only for an invalid option
   * @example
   * ```ts
   * const report = builder.validate({ depositDate: new Date('2024-03-20T09:00:00Z'), locale: 'en' });
   * for (const issue of report.issues) console.log(issue.demande?.numeroEditeur, issue.code, issue.message);
   * ```
   */
  validate(options: ValidateOptions = {}): ValidationReport {
    return this.#check(options).report;
  }

  /**
   * The file's JSON text, exactly as it is to be deposited.
   *
   * @param options - as for {@link SoldeFileBuilder.validate}
   * @returns the text (UTF-8, no BOM, LF, amounts with two decimals)
   * @throws {SoldeValidationError} when the file has an error; `.issues` holds every issue
   * @example
   * ```ts
   * try {
   *   await writeFile(name, builder.toJSON({ depositDate }), 'utf8');
   * } catch (err) {
   *   if (err instanceof SoldeValidationError) console.error(err.issues);
   * }
   * ```
   */
  toJSON(options: ValidateOptions = {}): string {
    const { report, json } = this.#check(options);
    if (json === undefined) throw new SoldeValidationError(report.issues, { locale: resolveLocale(isObject(options) ? options.locale : undefined) });
    return json;
  }

  /**
   * The file's name: `JSON-<numeroAns>-<AAAAMMJJ in Europe/Paris>-<NNN>.json`.
   *
   * @param parts - the deposit date and the file's rank that day (1 to `MAX_DAILY_SEQUENCE`)
   * @throws {SoldeUsageError} `ARGUMENT_INVALID` on a bad date, sequence or ANS number
   * @example
   * ```ts
   * builder.fileName({ depositDate: new Date('2024-03-20T09:00:00Z'), sequence: 1 }); // 'JSON-ANS0000001-20240320-001.json'
   * ```
   */
  fileName(parts: { depositDate: Date; sequence: number }): string {
    const { depositDate, sequence } = isObject(parts) ? parts : { depositDate: undefined, sequence: undefined };
    return soldeJsonFileName({ numeroAns: this.#numeroAns as string, depositDate: depositDate as Date, sequence: sequence as number });
  }

  /**
   * Validates and writes the file in one call.
   *
   * @param options - the deposit date (required: it names the file), the sequence (default 1), the locale
   * @returns the JSON text, its file name, the typed file and the warnings
   * @throws {SoldeValidationError} when the file has an error
   * @throws {SoldeUsageError} `ARGUMENT_INVALID` on a bad deposit date, sequence or ANS number
   * @example
   * ```ts
   * const { json, fileName, warnings } = builder.build({ depositDate: new Date(), sequence: 2 });
   * ```
   */
  build(options: BuildOptions): BuiltSoldeFile {
    if (!isObject(options)) throw new SoldeUsageError('ARGUMENT_INVALID', 'build: donnez { depositDate, sequence }');
    const { depositDate, sequence = 1, locale } = options;
    const fileName = this.fileName({ depositDate, sequence });
    const { report, json } = this.#check({ depositDate, ...(locale === undefined ? {} : { locale }) });
    if (json === undefined || report.file === undefined) throw new SoldeValidationError(report.issues, { locale: resolveLocale(locale) });
    return { json, fileName, file: report.file, warnings: report.issues.filter((i) => i.severity === 'warning') };
  }

  #checkRoomFor(count: number): void {
    if (this.#demandes.length + count <= MAX_LINES) return;
    throw new SoldeUsageError(
      'LINE_CAP',
      `Un fichier contient au plus ${MAX_LINES} demandes : il en a ${this.#demandes.length}, ${count} de plus ne tiennent pas (rien n’est ajouté). Répartissez-les avec planDeposits.`,
    );
  }

  /** The file as it will be validated and written. */
  #wireFile(): Record<string, unknown> {
    const file: Record<string, unknown> = { impId: null };
    if (this.#numeroAns !== undefined) file.numeroAns = this.#numeroAns;
    if (this.#siret !== undefined) file.SIRET = this.#siret;
    file.lignesImport = this.#demandes.map((d) => d.line);
    return file;
  }

  #check(given: ValidateOptions): { report: ValidationReport; json: string | undefined } {
    const options = isObject(given) ? given : {};
    const locale: Locale = resolveLocale(options.locale);
    const words = localeMessages(locale);
    const base = validateSoldeFile(this.#wireFile(), options);
    const replaced = this.#demandes.flatMap((d) => d.replacedPaths);
    const issues: Issue[] = base.issues.filter((issue) => !replaced.some((path) => startsWith(issue.path, path)));
    for (const demande of this.#demandes) issues.push(...demande.findings.map((f) => issueOf(f, words)));
    const json = issues.some((i) => i.severity === 'error') ? undefined : this.#serialize(base.file, locale, issues);
    const refs = this.#demandes.map((d, i) => ({ index: this.#firstIndex + i, numeroEditeur: d.numeroEditeur }));
    const report = buildReport(pointAtDemande(issues, refs), this.#demandes.length, base.file);
    return { report, json };
  }

  /** Writes a file that passed the checks; a value the serializer still refuses becomes issues. */
  #serialize(file: SoldeFile | undefined, locale: Locale, issues: Issue[]): string | undefined {
    if (file === undefined) return undefined;
    try {
      return serializeSoldeFile(file, { locale });
    } catch (err) {
      if (!(err instanceof SoldeValidationError)) throw err;
      issues.push(...err.issues);
      return undefined;
    }
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isIterable(value: unknown): value is Iterable<unknown> {
  return (typeof value === 'object' && value !== null) || typeof value === 'string'
    ? typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function'
    : false;
}

function checkDemandeArgument(demande: unknown, where: string): void {
  if (!isObject(demande)) {
    throw new SoldeUsageError('ARGUMENT_INVALID', `${where} : une demande est un objet { numeroASP, numeroEditeur, … }, reçu ${demande === null ? 'null' : Array.isArray(demande) ? 'un tableau' : typeof demande}`);
  }
}

function startsWith(path: Path, prefix: Path): boolean {
  return prefix.length <= path.length && prefix.every((part, i) => path[i] === part);
}
