/**
 * Which words of a message belong to the other language: the test that a message is worded
 * wholly in the language asked.
 */
import type { Locale } from '../../src/index.js';

/** Words only the other language uses: the test of a message is that none of them is in it. */
const FRENCH_ONLY = new Set(
  'le la les des du un une est sont doit pas dans avec et ou sur pour ne au aux ce cette il elle fichier pièce pièces octets facture être sans plus moins clé chaîne nombre valeur entrée entrées demande demandes ligne colonne trouvé attendu attendue texte lecteur contient chiffres caractères'.split(
    ' ',
  ),
);
const ENGLISH_ONLY = new Set(
  'the is are must not of and with to be in file attachment attachments bytes entry entries found expected got reached end an key value number string request requests line column text reader refuses holds digits characters without'.split(
    ' ',
  ),
);
/** Names that are the same in both: proper nouns and formats. */
const NAMES = new Set(['ségur', 'mssanté']);

/** The words of a message a reader reads as language: quoted values (the user's data) and identifiers left out. */
function wordsOf(message: string): string[] {
  const unquoted = message.replace(/«[^»]*»|"[^"]*"|‹[^›]*›|'[^']*'/g, ' ');
  return (unquoted.match(/\p{L}+/gu) ?? []).filter((w) => /^\p{Lu}?\p{Ll}+$/u.test(w)).map((w) => w.toLowerCase());
}

/** The words of `message` that belong to the other language than `locale`. */
export function foreignWords(message: string, locale: Locale): string[] {
  return wordsOf(message).filter((w) => (locale === 'en' ? FRENCH_ONLY.has(w) || (/[àâçéèêëîïôûùœ]/.test(w) && !NAMES.has(w)) : ENGLISH_ONLY.has(w)));
}
