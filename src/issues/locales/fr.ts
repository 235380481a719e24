/**
 * French, the default locale: the depositors' language.
 *
 * @module
 */
import { FINESS_LENGTH } from '../../checks/finess.js';
import { SIRET_LENGTH } from '../../checks/siret.js';
import { IDENT_DMP_LENGTH_BELOW, MAX_LINES, MSS_ADDRESS_LENGTH_BELOW, NOM_FICHIER_LENGTH_BELOW, NUMERO_ANS_LENGTH, NUMERO_ASP_DIGITS, NUMERO_ASP_PREFIX, NUMERO_EDITEUR_LENGTH } from '../../schema/fields.js';
import type { InputFault, JsonExpectation, JsonFound, JsonTypeName, UnsafePathReason, ZipFault } from '../params.js';
import { byKind, type LocaleMessages } from './locale-messages.js';

const q = (text: string): string => `« ${text} »`;
/** A size limit in megabytes, for the reader: ` (200 Mo)`, ` (2,5 Mo)`. */
const mo = (bytes: number): string => (bytes < 100_000 ? '' : ` (${String(Math.round(bytes / 10_000) / 100).replace('.', ',')} Mo)`);

const TYPE_NAMES: Readonly<Record<JsonTypeName, string>> = {
  object: 'un objet',
  array: 'un tableau',
  string: 'une chaîne',
  number: 'un nombre',
  boolean: 'un booléen',
  null: 'null',
  undefined: 'une valeur absente',
  bigint: 'un grand entier',
  symbol: 'un symbole',
  function: 'une fonction',
};

const EXPECTATIONS: Readonly<Record<JsonExpectation, string>> = {
  value: 'une valeur JSON était attendue',
  'object-key': 'une clé entre guillemets était attendue',
  colon: 'deux-points « : » attendus après la clé',
  'comma-or-object-end': 'une virgule « , » ou la fin de l’objet « } » était attendue',
  'comma-or-array-end': 'une virgule « , » ou la fin du tableau « ] » était attendue',
  'text-end': 'la fin du texte était attendue après la valeur JSON',
  'string-end': 'le guillemet fermant « " » était attendu',
  'escaped-control-character': 'un caractère de contrôle doit s’écrire \\u00XX',
  'four-hex-digits': 'quatre chiffres hexadécimaux étaient attendus après \\u',
  'escape-character': 'un caractère d’échappement (" \\ / b f n r t u) était attendu après \\',
  digit: 'un chiffre était attendu',
  'well-formed-number': 'le nombre est mal écrit',
  'json-text': 'le lecteur JSON refuse le texte',
};

const found = (f: JsonFound): string => (f.kind === 'end' ? 'le texte s’arrête là' : `trouvé ${q(f.character)}`);

const inputFault = byKind<InputFault>({
  cycle: () => 'une valeur se contient elle-même',
  'not-text': (f) => `${TYPE_NAMES[f.type]} au lieu d’un texte`,
  threw: (f) => `sa lecture a levé une erreur : ${q(f.thrown)}`,
});

const UNSAFE: Readonly<Record<UnsafePathReason, string>> = {
  empty: 'nom vide',
  control: 'caractère de contrôle dans le nom',
  backslash: 'barre oblique inverse « \\ »',
  absolute: 'chemin absolu',
  'dot-segment': 'composant « .. »',
  symlink: 'lien symbolique',
};

const zipFault = byKind<ZipFault>({
  'too-small': () => 'moins de 22 octets',
  'no-end-record': () => 'fin de répertoire central introuvable',
  'multi-disk': () => 'archive en plusieurs volumes',
  'zip64-corrupt': () => 'enregistrements zip64 illisibles',
  'directory-out-of-bounds': () => 'répertoire central hors du fichier',
  'directory-corrupt': () => 'répertoire central corrompu',
  'directory-too-large': (d) => `répertoire central de ${d.size} octets, au-delà de la limite du zip (${d.limit} octets) : non lu`,
  'too-many-entries': (d) => `${d.count} entrées, au-delà de 65535`,
  'local-header-missing': () => 'en-tête local introuvable',
  'local-name-differs': () => 'le nom de l’en-tête local diffère de celui du répertoire central',
  'local-header-differs': () => 'l’en-tête local et le répertoire central ne déclarent pas la même chose',
  'unicode-name-differs': (d) => `un second nom ${q(d.other)} est déclaré (champ Unicode Path)`,
  'data-out-of-bounds': () => 'données hors de l’archive',
  overlap: (d) => `ses données chevauchent l’entrée ${q(d.other)}`,
  method: (d) => `méthode de compression ${d.method} non prise en charge : seules « stockée » (0) et « deflate » (8) le sont`,
  'stored-sizes': (d) => `entrée stockée dont la taille compressée (${d.compressed}) diffère de la taille (${d.size})`,
  'size-mismatch': (d) => `taille déclarée ${d.declared} octets, taille réelle ${d.actual}`,
  'size-over-declared': (d) => `taille déclarée ${d.declared} octets, mais la décompression en produit davantage`,
  'crc-mismatch': () => 'le CRC-32 ne correspond pas au contenu (fichier corrompu)',
  'corrupt-data': () => 'données compressées illisibles',
  'changed-while-writing': () => 'le fichier a changé pendant l’écriture du zip',
});

/**
 * The French words of the library.
 *
 * @example
 * ```ts
 * import { LOCALES } from 'segur-sgl-solde';
 * LOCALES.fr.issues.SIRET_FORMAT({ key: 'SIRET', value: '123' });
 * // 'Le SIRET « 123 » doit faire exactement 14 chiffres, sans espace.'
 * ```
 */
export const fr: LocaleMessages = {
  root: '(racine)',
  zipFault,
  demande: (index, numeroEditeur) => `la demande n° ${index}${numeroEditeur === undefined ? '' : ` (numeroEditeur ${numeroEditeur})`}`,
  unsafePath: (reason) => UNSAFE[reason],
  validationError: (count, shown, more) => `${count} erreur(s) : ${shown.join(' ; ')}${more > 0 ? ` (+${more})` : ''}`,
  issues: {
    INPUT_TOO_LARGE: (p) => `Le texte fait ${p.count} octets, au-delà de la limite de ${p.limit} : il n’est pas lu (un fichier de 200 demandes fait quelques centaines de ko).`,
    INPUT_UNREADABLE: (p) => `L’entrée ne peut pas être lue comme un fichier JSON (${inputFault(p.fault)}).`,
    JSON_SYNTAX: (p) => `Le texte n’est pas du JSON valide (ligne ${p.line}, colonne ${p.column}) : ${EXPECTATIONS[p.fault.expected]}, ${found(p.fault.found)}. Le portail refusera le fichier entier.`,
    ISSUES_REPEATED: (p) => `${p.repeated} : ${p.count} occurrences ici ; seules les ${p.limit} premières sont listées.`,
    LIST_ITEM_UNCHECKED: (p) => `Élément non contrôlé : au-delà de ses ${p.count} premiers éléments, cette liste a déjà donné plus de ${p.limit} fautes.`,
    JSON_TOO_DEEP: (p) => `Le JSON est imbriqué sur plus de ${p.limit} niveaux : ce n’est pas un fichier de demandes de solde.`,
    JSON_DUPLICATE_KEY: (p) => `La clé ${q(p.key)} apparaît deux fois dans le même objet : on ne peut pas savoir quelle valeur compte. Ne l’écrivez qu’une fois.`,
    JSON_FORBIDDEN_KEY: (p) => `La clé ${q(p.key)} est interdite (elle sert aux attaques par prototype) et n’appartient pas au format.`,
    BOM_PRESENT: () => `Le fichier commence par une marque d’ordre des octets (BOM) : enregistrez-le en UTF-8 sans BOM.`,
    ROOT_NOT_OBJECT: (p) => `Le fichier doit être un objet JSON { "impId": null, "numeroAns": …, "SIRET": …, "lignesImport": [ … ] }, pas ${TYPE_NAMES[p.found]}.`,
    KEY_MISSING: (p) => `La clé obligatoire ${q(p.key)} est absente.`,
    KEY_UNKNOWN: (p) => `La clé ${q(p.key)} n’existe pas dans le format ASP : retirez-la.`,
    KEY_WRONG_CASE: (p) => `La clé ${q(p.key)} doit s’écrire exactement ${q(p.expected)} (les noms de balise respectent la casse).`,
    TYPE_INVALID: (p) =>
      `${q(p.key)} doit être ${p.expected === undefined ? 'd’un autre type JSON' : `${TYPE_NAMES[p.expected]} JSON`}${p.value === undefined ? '' : `, pas ${q(p.value)}`}.`,
    NULL_AS_STRING: (p) => `${q(p.key)} contient la chaîne "null" : écrivez la valeur JSON null, sans guillemets.`,
    BOOLEAN_AS_STRING: (p) => `${q(p.key)} contient la chaîne ${q(p.value)} : écrivez le booléen JSON ${p.expected}, sans guillemets.`,
    NUMBER_AS_STRING: (p) => `${q(p.key)} contient la chaîne ${q(p.value)} : écrivez le nombre JSON ${p.expected}, sans guillemets.`,
    AMOUNT_AS_STRING: (p) => `Le montant ${q(p.key)} est écrit comme une chaîne ${q(p.value)} : écrivez un nombre JSON avec deux décimales, sans guillemets (ex. ${p.expected}).`,
    IMPID_NOT_NULL: (p) => `impId doit valoir null à l’envoi (l’ASP le remplit), pas ${q(p.value)}.`,
    NUMERO_ANS_FORMAT: (p) => `numeroAns ${q(p.value)} doit faire exactement ${String(NUMERO_ANS_LENGTH)} caractères, lettres et chiffres (numéro de référencement ANS du logiciel).`,
    SIRET_FORMAT: (p) => `Le SIRET ${q(p.value)} doit faire exactement ${String(SIRET_LENGTH)} chiffres, sans espace.`,
    SIRET_KEY: (p) => `Le SIRET ${q(p.value)} a une clé de contrôle fausse (algorithme de Luhn) : vérifiez-le sur votre Kbis.`,
    LINES_EMPTY: () => `lignesImport ne contient aucune demande : il en faut au moins une.`,
    LINES_TOO_MANY: (p) => `lignesImport contient ${p.count} demandes, au-delà de ${p.limit} par fichier : répartissez-les sur plusieurs fichiers.`,
    LINE_NUMBER_INVALID: (p) => `numLigne ${q(p.value)} doit être un entier écrit sans décimale, de 1 à ${MAX_LINES}.`,
    LINE_NUMBER_SEQUENCE: (p) => `numLigne vaut ${p.value} alors que cette demande est la n° ${p.expected} : numérotez les demandes à partir de 1, de 1 en 1.`,
    TYPE_ACTION_INVALID: (p) => `typeAction doit valoir "C" (création d’une demande de solde), pas ${q(p.value)}.`,
    NUMERO_ASP_FORMAT: (p) =>
      `numeroASP ${q(p.value)} doit être de la forme ${NUMERO_ASP_PREFIX} suivi de ${String(NUMERO_ASP_DIGITS)} chiffres (${String(NUMERO_ASP_PREFIX.length + NUMERO_ASP_DIGITS)} caractères), le numéro de dossier reçu pour l’avance.`,
    NUMERO_ASP_DUPLICATE: (p) => `numeroASP ${q(p.value)} figure déjà à la demande n° ${p.other} de ce fichier.`,
    NUMERO_EDITEUR_FORMAT: (p) => `numeroEditeur ${q(p.value)} doit faire exactement ${String(NUMERO_EDITEUR_LENGTH)} caractères, lettres et chiffres (le même numéro que pour l’avance).`,
    NUMERO_EDITEUR_DUPLICATE: (p) => `numeroEditeur ${q(p.value)} figure déjà à la demande n° ${p.other} : il doit être unique dans le fichier (il relie la demande à ses pièces).`,
    DATE_FORMAT: (p) => `dateFacture ${q(p.value)} doit être au format JJ/MM/AAAA (ex. 15/03/2024).`,
    DATE_INVALID: (p) => `dateFacture ${q(p.value)} n’est pas une date du calendrier.`,
    DATE_AFTER_DEPOSIT: (p) => `dateFacture ${q(p.value)} est postérieure à la date de dépôt (${p.expected}) : une facture ne peut pas être datée du futur.`,
    AMOUNT_NOT_POSITIVE: (p) => `montantSegurHTFacture ${q(p.value)} doit être strictement positif.`,
    AMOUNT_DECIMALS: (p) => `montantSegurHTFacture ${q(p.value)} doit être écrit avec exactement deux chiffres après le point, même s’ils valent 00 (ex. ${p.expected ?? '27450.00'}).`,
    AMOUNT_TOO_LARGE: (p) => `montantSegurHTFacture ${q(p.value)} a plus de 13 chiffres avant le point : un tel montant ne peut pas être lu ni écrit sans être changé (au plus 9999999999999.99).`,
    AMOUNT_OVER_PURCHASE_ORDER: (p) => `montantSegurHTFacture ${q(p.value)} dépasse le montant du bon de commande (${p.expected}) : le montant facturé ne peut être qu’égal ou inférieur.`,
    BENEFICIAIRES_EMPTY: () => `beneficiaires doit contenir au moins un numéro FINESS géographique.`,
    FINESS_FORMAT: (p) => `Le FINESS ${q(p.value)} doit faire ${String(FINESS_LENGTH)} caractères : un chiffre, un chiffre ou une lettre (2A, 2B), puis ${String(FINESS_LENGTH - 2)} chiffres.`,
    FINESS_DUPLICATE: (p) => `Le FINESS ${q(p.value)} figure deux fois dans les bénéficiaires de cette demande.`,
    FINESS_KEY: (p) => `Le FINESS ${q(p.value)} a une clé de contrôle qui ne correspond pas (Luhn) : vérifiez le numéro (les numéros de test du guide, comme 999999991, n’ont pas de clé valide).`,
    PIECE_NAME_TOO_LONG: (p) => `nomFichier ${q(p.value)} fait ${p.count} caractères : ${NOM_FICHIER_LENGTH_BELOW - 1} au plus.`,
    PIECE_NAME_MISMATCH: (p) => `nomFichier ${q(p.value)} ne suit pas la nomenclature : pour cette demande, ce type et ce format, il doit s’appeler ${q(p.expected)}.`,
    PIECE_NAME_DUPLICATE: (p) => `La pièce ${q(p.value)} est déclarée deux fois dans cette demande.`,
    PIECE_FORMAT_INVALID: (p) => `formatFichier ${q(p.value)} doit être "PDF", "PNG", "JPG" ou "XML" (en majuscules).`,
    PIECE_TYPE_INVALID: (p) => `typeFichier ${q(p.value)} doit être "FACTURE" ou "VA".`,
    PIECE_FACTURE_MISSING: () => `Aucune pièce de type FACTURE : joignez la facture.`,
    PIECE_VA_MISSING: () => `Aucune pièce de type VA : joignez l’attestation de vérification d’aptitude.`,
    PIECE_XML_UNLISTED: (p) => `La pièce ${q(p.value)} est au format XML, que la nomenclature des noms (pdf, jpg, png) ne cite pas : préférez un PDF.`,
    VALUE_NOT_NULL: (p) => `${q(p.key)} doit valoir null à l’envoi, pas ${q(p.value)}.`,
    DMP_IDENT_MISSING: () => `isDirectToDMP vaut true : identDMP doit lister au moins un identifiant de connexion DMP (Struct_IdNat).`,
    DMP_IDENT_UNEXPECTED: () => `isDirectToDMP vaut false mais identDMP contient des identifiants : vérifiez le scénario (le portail attend null).`,
    DMP_IDENT_TOO_LONG: (p) => `L’identifiant DMP ${q(p.value)} fait ${p.count} caractères : ${IDENT_DMP_LENGTH_BELOW - 1} au plus.`,
    DMP_IDENT_FORM: (p) => `L’identifiant DMP ${q(p.value)} n’a pas une forme de Struct_IdNat connue (0 + ADELI-rang, 1 + FINESS, 2 + SIREN, 3 + SIRET, 4 + RPPS-rang).`,
    MSS_ADDRESS_MISSING: (p) => `${p.expected} vaut true : ${q(p.key)} doit donner l’adresse de la boîte MSSanté d’envoi.`,
    MSS_ADDRESS_UNEXPECTED: (p) => `${p.expected} vaut false : ${q(p.key)} doit valoir null, pas ${q(p.value)}.`,
    MSS_ADDRESS_INVALID: (p) => `${q(p.key)} ${q(p.value)} n’est pas une adresse de messagerie valide.`,
    MSS_ADDRESS_TOO_LONG: (p) => `${q(p.key)} fait ${p.count} caractères : ${MSS_ADDRESS_LENGTH_BELOW - 1} au plus.`,
    MSS_DOMAIN_NOT_MSSANTE: (p) => `L’adresse ${q(p.value)} n’est pas sous le domaine mssante.fr : vérifiez qu’il s’agit bien d’une boîte MSSanté.`,
    MSS_PATIENT_ADDRESS: (p) => `L’adresse ${q(p.value)} est une adresse patient : il faut ici la boîte d’envoi de la structure.`,
    ZIP_INVALID: (p) => `Le fichier fourni n’est pas une archive zip lisible (${zipFault(p.fault)}).`,
    ZIP_TOO_MANY_PIECES: (p) =>
      `Le JSON nomme ${p.count} pièces présentes dans le zip, plus que les ${p.limit} qu’un dépôt valide peut nommer (200 demandes × 2 types × 5 extensions) : le contenu des suivantes n’est pas vérifié.`,
    ZIP_TOO_LARGE: (p) => `Le zip fait ${p.count} octets, au-delà de la limite de ${p.limit} octets${mo(p.limit)} : répartissez les demandes sur plusieurs dépôts.`,
    ZIP_PIECE_MISSING: (p) => `La pièce ${q(p.value)} est déclarée dans le JSON mais absente du zip.`,
    ZIP_PIECE_NOT_NAMED: (p) => `Le fichier ${q(p.value)} n’est déclaré par aucune demande du JSON : retirez-le du zip ou déclarez-le.`,
    ZIP_PIECE_TOO_LARGE: (p) => `La pièce ${q(p.value)} ${p.count === undefined ? 'dépasse' : `fait ${p.count} octets, au-delà de`} la limite de ${p.limit} octets${mo(p.limit)}.`,
    ZIP_PIECE_EMPTY: (p) => `La pièce ${q(p.value)} est vide.`,
    ZIP_PIECE_CONTENT_MISMATCH: (p) => `Le contenu de la pièce ${q(p.value)} n’est pas un fichier ${p.expected} comme le déclare formatFichier.`,
    ZIP_ENTRY_UNSAFE_PATH: (p) => `L’entrée ${q(p.value)} du zip a un chemin dangereux (${UNSAFE[p.reason]}) : les pièces doivent être à la racine.`,
    ZIP_ENTRY_IN_FOLDER: (p) => `L’entrée ${q(p.value)} du zip est dans un dossier : les pièces doivent être à la racine du zip, sans dossier.`,
    ZIP_ENTRY_DUPLICATE: (p) => `L’entrée ${q(p.value)} figure plusieurs fois dans le zip.`,
    ZIP_ENTRY_CASE_CLASH: (p) => `Les entrées ${q(p.value)} et ${q(p.expected)} ne diffèrent que par la casse.`,
    ZIP_ENTRY_ENCRYPTED: (p) => `L’entrée ${q(p.value)} du zip est chiffrée : le portail ne pourra pas la lire.`,
    ZIP_ENTRY_INCONSISTENT: (p) => `L’entrée ${q(p.value)} du zip est incohérente (${zipFault(p.fault)}).`,
    CONTENT_PDF_UNREADABLE: (p) => `La pièce ${q(p.value)} ne s’ouvre pas comme PDF (structure illisible) : une pièce illisible ne justifie rien.`,
    CONTENT_PDF_ENCRYPTED: (p) => `La pièce ${q(p.value)} demande un mot de passe : l’instructeur ne pourra pas l’ouvrir.`,
    CONTENT_PDF_NO_TEXT: (p) => `La pièce ${q(p.value)} n’a pas de texte (${p.count} page(s)) : un scan ne se vérifie pas automatiquement, regardez-la.`,
    CONTENT_AMOUNT_NOT_FOUND: (p) => `La facture ${q(p.value)} ne montre pas le montant Ségur HT de la demande (${p.expected}).`,
    CONTENT_DATE_NOT_FOUND: (p) => `La facture ${q(p.value)} ne montre pas la date de facture de la demande (${p.expected}).`,
    CONTENT_FINESS_NOT_FOUND: (p) => `Le FINESS ${q(p.value)} n’apparaît dans aucune pièce lue de la demande (${p.expected}).`,
    CONTENT_IMAGE_UNREADABLE: (p) => `L’image ${q(p.value)} ne se décode pas (tronquée ou abîmée) : une pièce illisible ne justifie rien.`,
    CONTENT_XML_MALFORMED: (p) =>
      p.encoding !== undefined
        ? `Le XML ${q(p.value)} contient des octets hors de l’encodage qu’il déclare (${p.encoding}).`
        : `Le XML ${q(p.value)} n’est pas bien formé${p.line === undefined ? '' : ` (ligne ${p.line}, colonne ${p.column ?? '?'})`} : un lecteur XML s’arrête là.`,
    CONTENT_TIMEOUT: (p) =>
      p.resource === 'memory'
        ? `La pièce ${q(p.value)} n’a pas pu être lue avec ${p.limit} Mio de mémoire (un PDF piégé ou très lourd) : ouvrez-la pour vérifier qu’elle est lisible.`
        : `La pièce ${q(p.value)} n’a pas pu être lue en ${p.limit} ms : ouvrez-la pour vérifier qu’elle est lisible.`,
  },
};
