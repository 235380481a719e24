import type { IssueCode } from '../codes.js';
import type { IssueParams } from '../types.js';
import { FINESS_LENGTH } from '../../checks/finess.js';
import { SIRET_LENGTH } from '../../checks/siret.js';
import { IDENT_DMP_LENGTH_BELOW, MAX_LINES, MSS_ADDRESS_LENGTH_BELOW, NOM_FICHIER_LENGTH_BELOW, NUMERO_ANS_LENGTH, NUMERO_ASP_DIGITS, NUMERO_ASP_PREFIX, NUMERO_EDITEUR_LENGTH } from '../../schema/fields.js';

/** A message table: one function per code (a missing code is a compile error). */
export type MessageTable = Readonly<Record<IssueCode, (p: IssueParams) => string>>;

const k = (p: IssueParams): string => p.key ?? '?';
const v = (p: IssueParams): string => `« ${p.value ?? ''} »`;
/** A size limit in megabytes, for the reader: ` (200 Mo)`, ` (2,5 Mo)`. */
const mo = (bytes: number | undefined): string => (bytes === undefined || bytes < 100_000 ? '' : ` (${String(Math.round(bytes / 10_000) / 100).replace('.', ',')} Mo)`);

/**
 * French messages (the default locale).
 *
 * @example
 * ```ts
 * import { messagesFr } from 'segur-sgl-solde';
 * messagesFr.LINES_TOO_MANY({ count: 201, limit: 200 });
 * ```
 */
export const messagesFr: MessageTable = {
  INPUT_TOO_LARGE: (p) => `Le texte fait ${p.count ?? '?'} octets, au-delà de la limite de ${p.limit ?? '?'} : il n’est pas lu (un fichier de 200 demandes fait quelques centaines de ko).`,
  INPUT_UNREADABLE: (p) => `L’entrée ne peut pas être lue comme un fichier JSON (${p.detail ?? 'valeur illisible'}).`,
  JSON_SYNTAX: (p) => `Le texte n’est pas du JSON valide (ligne ${p.line ?? '?'}, colonne ${p.column ?? '?'}) : ${p.detail ?? ''}. Le portail refusera le fichier entier.`,
  ISSUES_REPEATED: (p) => `${p.detail ?? '?'} : ${p.count ?? '?'} occurrences ici ; seules les ${p.limit ?? '?'} premières sont listées.`,
  LIST_ITEM_UNCHECKED: (p) => `Élément non contrôlé : au-delà de ses ${p.count ?? '?'} premiers éléments, cette liste a déjà donné plus de ${p.limit ?? '?'} fautes.`,
  JSON_TOO_DEEP: (p) => `Le JSON est imbriqué sur plus de ${p.limit ?? '?'} niveaux : ce n’est pas un fichier de demandes de solde.`,
  JSON_DUPLICATE_KEY: (p) => `La clé « ${k(p)} » apparaît deux fois dans le même objet : on ne peut pas savoir quelle valeur compte. Ne l’écrivez qu’une fois.`,
  JSON_FORBIDDEN_KEY: (p) => `La clé « ${k(p)} » est interdite (elle sert aux attaques par prototype) et n’appartient pas au format.`,
  BOM_PRESENT: () => `Le fichier commence par une marque d’ordre des octets (BOM) : enregistrez-le en UTF-8 sans BOM.`,
  ROOT_NOT_OBJECT: (p) => `Le fichier doit être un objet JSON { "impId": null, "numeroAns": …, "SIRET": …, "lignesImport": [ … ] }, pas ${p.expected ?? 'cette valeur'}.`,
  KEY_MISSING: (p) => `La clé obligatoire « ${k(p)} » est absente.`,
  KEY_UNKNOWN: (p) => `La clé « ${k(p)} » n’existe pas dans le format ASP : retirez-la.`,
  KEY_WRONG_CASE: (p) => `La clé « ${k(p)} » doit s’écrire exactement « ${p.expected ?? '?'} » (les noms de balise respectent la casse).`,
  TYPE_INVALID: (p) => `« ${k(p)} » doit être de type JSON ${p.expected ?? '?'}, pas ${v(p)}.`,
  NULL_AS_STRING: (p) => `« ${k(p)} » contient la chaîne "null" : écrivez la valeur JSON null, sans guillemets.`,
  BOOLEAN_AS_STRING: (p) => `« ${k(p)} » contient la chaîne ${v(p)} : écrivez le booléen JSON ${p.expected ?? 'true ou false'}, sans guillemets.`,
  NUMBER_AS_STRING: (p) => `« ${k(p)} » contient la chaîne ${v(p)} : écrivez le nombre JSON ${p.expected ?? ''}, sans guillemets.`,
  AMOUNT_AS_STRING: (p) => `Le montant « ${k(p)} » est écrit comme une chaîne ${v(p)} : écrivez un nombre JSON avec deux décimales, sans guillemets (ex. ${p.expected ?? '27450.00'}).`,
  IMPID_NOT_NULL: (p) => `impId doit valoir null à l’envoi (l’ASP le remplit), pas ${v(p)}.`,
  NUMERO_ANS_FORMAT: (p) => `numeroAns ${v(p)} doit faire exactement ${String(NUMERO_ANS_LENGTH)} caractères, lettres et chiffres (numéro de référencement ANS du logiciel).`,
  SIRET_FORMAT: (p) => `Le SIRET ${v(p)} doit faire exactement ${String(SIRET_LENGTH)} chiffres, sans espace.`,
  SIRET_KEY: (p) => `Le SIRET ${v(p)} a une clé de contrôle fausse (algorithme de Luhn) : vérifiez-le sur votre Kbis.`,
  LINES_EMPTY: () => `lignesImport ne contient aucune demande : il en faut au moins une.`,
  LINES_TOO_MANY: (p) => `lignesImport contient ${p.count ?? '?'} demandes, au-delà de ${p.limit ?? MAX_LINES} par fichier : répartissez-les sur plusieurs fichiers.`,
  LINE_NUMBER_INVALID: (p) => `numLigne ${v(p)} doit être un entier écrit sans décimale, de 1 à ${MAX_LINES}.`,
  LINE_NUMBER_SEQUENCE: (p) => `numLigne vaut ${p.value ?? '?'} alors que cette demande est la n° ${p.expected ?? '?'} : numérotez les demandes à partir de 1, de 1 en 1.`,
  TYPE_ACTION_INVALID: (p) => `typeAction doit valoir "C" (création d’une demande de solde), pas ${v(p)}.`,
  NUMERO_ASP_FORMAT: (p) => `numeroASP ${v(p)} doit être de la forme ${NUMERO_ASP_PREFIX} suivi de ${String(NUMERO_ASP_DIGITS)} chiffres (${String(NUMERO_ASP_PREFIX.length + NUMERO_ASP_DIGITS)} caractères), le numéro de dossier reçu pour l’avance.`,
  NUMERO_ASP_DUPLICATE: (p) => `numeroASP ${v(p)} figure déjà à la demande n° ${p.other ?? '?'} de ce fichier.`,
  NUMERO_EDITEUR_FORMAT: (p) => `numeroEditeur ${v(p)} doit faire exactement ${String(NUMERO_EDITEUR_LENGTH)} caractères, lettres et chiffres (le même numéro que pour l’avance).`,
  NUMERO_EDITEUR_DUPLICATE: (p) => `numeroEditeur ${v(p)} figure déjà à la demande n° ${p.other ?? '?'} : il doit être unique dans le fichier (il relie la demande à ses pièces).`,
  DATE_FORMAT: (p) => `dateFacture ${v(p)} doit être au format JJ/MM/AAAA (ex. 15/03/2024).`,
  DATE_INVALID: (p) => `dateFacture ${v(p)} n’est pas une date du calendrier.`,
  DATE_AFTER_DEPOSIT: (p) => `dateFacture ${v(p)} est postérieure à la date de dépôt (${p.expected ?? '?'}) : une facture ne peut pas être datée du futur.`,
  AMOUNT_NOT_POSITIVE: (p) => `montantSegurHTFacture ${v(p)} doit être strictement positif.`,
  AMOUNT_DECIMALS: (p) => `montantSegurHTFacture ${v(p)} doit être écrit avec exactement deux chiffres après le point, même s’ils valent 00 (ex. ${p.expected ?? '27450.00'}).`,
  AMOUNT_TOO_LARGE: (p) => `montantSegurHTFacture ${v(p)} a plus de 13 chiffres avant le point : un tel montant ne peut pas être lu ni écrit sans être changé (au plus 9999999999999.99).`,
  AMOUNT_OVER_PURCHASE_ORDER: (p) => `montantSegurHTFacture ${v(p)} dépasse le montant du bon de commande (${p.expected ?? '?'}) : le montant facturé ne peut être qu’égal ou inférieur.`,
  BENEFICIAIRES_EMPTY: () => `beneficiaires doit contenir au moins un numéro FINESS géographique.`,
  FINESS_FORMAT: (p) => `Le FINESS ${v(p)} doit faire ${String(FINESS_LENGTH)} caractères : un chiffre, un chiffre ou une lettre (2A, 2B), puis ${String(FINESS_LENGTH - 2)} chiffres.`,
  FINESS_DUPLICATE: (p) => `Le FINESS ${v(p)} figure deux fois dans les bénéficiaires de cette demande.`,
  FINESS_KEY: (p) => `Le FINESS ${v(p)} a une clé de contrôle qui ne correspond pas (Luhn) : vérifiez le numéro (les numéros de test du guide, comme 999999991, n’ont pas de clé valide).`,
  PIECE_NAME_TOO_LONG: (p) => `nomFichier ${v(p)} fait ${p.count ?? '?'} caractères : ${NOM_FICHIER_LENGTH_BELOW - 1} au plus.`,
  PIECE_NAME_MISMATCH: (p) => `nomFichier ${v(p)} ne suit pas la nomenclature : pour cette demande, ce type et ce format, il doit s’appeler « ${p.expected ?? '?'} ».`,
  PIECE_NAME_DUPLICATE: (p) => `La pièce ${v(p)} est déclarée deux fois dans cette demande.`,
  PIECE_FORMAT_INVALID: (p) => `formatFichier ${v(p)} doit être "PDF", "PNG", "JPG" ou "XML" (en majuscules).`,
  PIECE_TYPE_INVALID: (p) => `typeFichier ${v(p)} doit être "FACTURE" ou "VA".`,
  PIECE_FACTURE_MISSING: () => `Aucune pièce de type FACTURE : joignez la facture.`,
  PIECE_VA_MISSING: () => `Aucune pièce de type VA : joignez l’attestation de vérification d’aptitude.`,
  PIECE_XML_UNLISTED: (p) => `La pièce ${v(p)} est au format XML, que la nomenclature des noms (pdf, jpg, png) ne cite pas : préférez un PDF.`,
  VALUE_NOT_NULL: (p) => `« ${k(p)} » doit valoir null à l’envoi, pas ${v(p)}.`,
  DMP_IDENT_MISSING: () => `isDirectToDMP vaut true : identDMP doit lister au moins un identifiant de connexion DMP (Struct_IdNat).`,
  DMP_IDENT_UNEXPECTED: () => `isDirectToDMP vaut false mais identDMP contient des identifiants : vérifiez le scénario (le portail attend null).`,
  DMP_IDENT_TOO_LONG: (p) => `L’identifiant DMP ${v(p)} fait ${p.count ?? '?'} caractères : ${IDENT_DMP_LENGTH_BELOW - 1} au plus.`,
  DMP_IDENT_FORM: (p) => `L’identifiant DMP ${v(p)} n’a pas une forme de Struct_IdNat connue (0 + ADELI-rang, 1 + FINESS, 2 + SIREN, 3 + SIRET, 4 + RPPS-rang).`,
  MSS_ADDRESS_MISSING: (p) => `${p.expected ?? 'isDirectTo…'} vaut true : « ${k(p)} » doit donner l’adresse de la boîte MSSanté d’envoi.`,
  MSS_ADDRESS_UNEXPECTED: (p) => `${p.expected ?? 'isDirectTo…'} vaut false : « ${k(p)} » doit valoir null, pas ${v(p)}.`,
  MSS_ADDRESS_INVALID: (p) => `« ${k(p)} » ${v(p)} n’est pas une adresse de messagerie valide.`,
  MSS_ADDRESS_TOO_LONG: (p) => `« ${k(p)} » fait ${p.count ?? '?'} caractères : ${MSS_ADDRESS_LENGTH_BELOW - 1} au plus.`,
  MSS_DOMAIN_NOT_MSSANTE: (p) => `L’adresse ${v(p)} n’est pas sous le domaine mssante.fr : vérifiez qu’il s’agit bien d’une boîte MSSanté.`,
  MSS_PATIENT_ADDRESS: (p) => `L’adresse ${v(p)} est une adresse patient : il faut ici la boîte d’envoi de la structure.`,
  ZIP_INVALID: (p) => `Le fichier fourni n’est pas une archive zip lisible (${p.detail ?? 'format inconnu'}).`,
  ZIP_TOO_MANY_PIECES: (p) =>
    `Le JSON nomme ${p.count ?? '?'} pièces présentes dans le zip, plus que les ${p.limit ?? '?'} qu’un dépôt valide peut nommer (200 demandes × 2 types × 5 extensions) : le contenu des suivantes n’est pas vérifié.`,
  ZIP_TOO_LARGE: (p) => `Le zip fait ${p.count ?? '?'} octets, au-delà de la limite de ${p.limit ?? '?'} octets${mo(p.limit)} : répartissez les demandes sur plusieurs dépôts.`,
  ZIP_PIECE_MISSING: (p) => `La pièce ${v(p)} est déclarée dans le JSON mais absente du zip.`,
  ZIP_PIECE_NOT_NAMED: (p) => `Le fichier ${v(p)} n’est déclaré par aucune demande du JSON : retirez-le du zip ou déclarez-le.`,
  ZIP_PIECE_TOO_LARGE: (p) => `La pièce ${v(p)} ${p.count === undefined ? 'dépasse' : `fait ${p.count} octets, au-delà de`} la limite de ${p.limit ?? '?'} octets${mo(p.limit)}.`,
  ZIP_PIECE_EMPTY: (p) => `La pièce ${v(p)} est vide.`,
  ZIP_PIECE_CONTENT_MISMATCH: (p) => `Le contenu de la pièce ${v(p)} n’est pas un fichier ${p.expected ?? '?'} comme le déclare formatFichier.`,
  ZIP_ENTRY_UNSAFE_PATH: (p) => `L’entrée ${v(p)} du zip a un chemin dangereux (absolu, « .. » ou barre oblique inverse) : les pièces doivent être à la racine.`,
  ZIP_ENTRY_IN_FOLDER: (p) => `L’entrée ${v(p)} du zip est dans un dossier : les pièces doivent être à la racine du zip, sans dossier.`,
  ZIP_ENTRY_DUPLICATE: (p) => `L’entrée ${v(p)} figure plusieurs fois dans le zip.`,
  ZIP_ENTRY_CASE_CLASH: (p) => `Les entrées ${v(p)} et « ${p.expected ?? '?'} » ne diffèrent que par la casse.`,
  ZIP_ENTRY_ENCRYPTED: (p) => `L’entrée ${v(p)} du zip est chiffrée : le portail ne pourra pas la lire.`,
  ZIP_ENTRY_INCONSISTENT: (p) => `L’entrée ${v(p)} du zip est incohérente (${p.detail ?? 'tailles ou en-têtes faux'}).`,
  CONTENT_PDF_UNREADABLE: (p) => `La pièce ${v(p)} ne s’ouvre pas comme PDF (${p.detail ?? 'structure illisible'}) : une pièce illisible ne justifie rien.`,
  CONTENT_PDF_ENCRYPTED: (p) => `La pièce ${v(p)} demande un mot de passe : l’instructeur ne pourra pas l’ouvrir.`,
  CONTENT_PDF_NO_TEXT: (p) => `La pièce ${v(p)} n’a pas de texte (${p.count ?? '?'} page(s)) : un scan ne se vérifie pas automatiquement, regardez-la.`,
  CONTENT_AMOUNT_NOT_FOUND: (p) => `La facture ${v(p)} ne montre pas le montant Ségur HT de la demande (${p.expected ?? '?'}).`,
  CONTENT_DATE_NOT_FOUND: (p) => `La facture ${v(p)} ne montre pas la date de facture de la demande (${p.expected ?? '?'}).`,
  CONTENT_FINESS_NOT_FOUND: (p) => `Le FINESS ${v(p)} n’apparaît dans aucune pièce lue de la demande (${p.expected ?? '?'}).`,
  CONTENT_IMAGE_UNREADABLE: (p) => `L’image ${v(p)} ne se décode pas (${p.detail ?? 'tronquée ou abîmée'}) : une pièce illisible ne justifie rien.`,
  CONTENT_XML_MALFORMED: (p) => `Le XML ${v(p)} est mal formé${p.line === undefined ? '' : ` (ligne ${p.line}, colonne ${p.column ?? '?'})`} : ${p.detail ?? 'balises incohérentes'}.`,
  CONTENT_TIMEOUT: (p) =>
    p.detail === 'memory'
      ? `La pièce ${v(p)} n’a pas pu être lue avec ${p.limit ?? '?'} Mio de mémoire (un PDF piégé ou très lourd) : ouvrez-la pour vérifier qu’elle est lisible.`
      : `La pièce ${v(p)} n’a pas pu être lue en ${p.limit ?? '?'} ms : ouvrez-la pour vérifier qu’elle est lisible.`,
};
