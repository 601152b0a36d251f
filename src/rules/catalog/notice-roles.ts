// Session 15c: the account, payment and parcel notice read by its roles, in the languages it is sent in.
//
// Phishing notices posted as comments (consumer and postal-service warnings, the anti-phishing
// projects' write-ups: "your account is suspended, verify here", "your parcel is held, pay the
// customs fee within 48 hours", "your page will be disabled, appeal here") are one message in many
// languages, and an English word list reads only the English ones. The message has a fixed
// structure: something of the reader's (an account, a card, a parcel, a subscription) is in a
// bad state (blocked, suspended, failed, held) or owes a fee (customs, a charge), a deadline
// ("within 48 hours", "otherwise"), and an order to act (verify, confirm, update, pay, appeal).
// LINK_NOTICE_PAGE_HOST (scams.ts) reads these roles beside a link to a page anyone can publish:
// the order to act and two of the other roles. A reader who quotes such a notice to warn others
// names it (scam, phishing, fake), and a reader's own how-to link lacks the order plus two roles.
//
// The words are each language's ordinary vocabulary for the role (account, card, parcel; blocked,
// failed; fee, customs; hours, otherwise; verify, pay), listed in the forms these notices use
// (the polite imperative, the passive participle), with Latin diacritics folded as body words are.
import type { Features } from '../../types.js';
import { roleMap, withFoldedForms } from './fold-words.js';
import { listRolesOf } from './scan.js';
import { registerScanList } from './scan-lists.js';

const SUBJECT = 1;
const STATE = 2;
const FEE = 4;
const DEADLINE = 8;
const ACTION = 16;
const WARNING = 32;

const ROLES = roleMap([
  // What is the reader's: an account, a card, payment or bank details, a parcel, a subscription.
  [SUBJECT, withFoldedForms([
    'account', 'card', 'details', 'parcel', 'package', 'shipment', 'subscription', 'membership', 'mailbox', 'identity', 'banking', 'payouts', 'listing',
    // Session 17c: the fake domain-renewal notice's thing (registrars and ICANN warn of these "domain expiry" letters).
    'domain',
    'cuenta', 'tarjeta', 'datos', 'paquete', 'envío', 'suscripción', 'identidad', 'bancaria', 'conta', 'cartão', 'dados', 'encomenda', 'pacote', 'assinatura',
    'compte', 'carte', 'coordonnées', 'colis', 'abonnement', 'konto', 'kontos', 'daten', 'paket', 'sendung', 'zustellung', 'conto', 'dati', 'pacco',
    'spedizione', 'rekening', 'gegevens', 'pakket', 'zending', 'dane', 'paczka', 'przesyłka', 'paczki', 'przesyłki', 'účet', 'údaje', 'balík', 'zásilka',
    'račun', 'kartica', 'podaci', 'pošiljka', 'fiók', 'fiókja', 'fiókját', 'kártya', 'kártyáját', 'adatait', 'csomag', 'csomagja', 'csomagját', 'colet',
    'coletul', 'kort', 'oplysninger', 'opplysninger', 'uppgifter', 'pakke', 'pakken', 'paketet', 'forsendelse', 'sendingen', 'försändelse', 'tili',
    'tilisi', 'kortti', 'tiedot', 'tietosi', 'paketti', 'pakettisi', 'andmed', 'pakk', 'saadetis', 'konts', 'sūtījums', 'sąskaita', 'siunta', 'hesap',
    'hesabınız', 'bilgilerinizi', 'paketiniz', 'kargo', 'akun', 'akaun', 'kartu', 'bungkusan', 'kiriman', 'аккаунт', 'счет', 'счёт', 'карта', 'данные',
    'посылка', 'посылку', 'акаунт', 'акаунта', 'рахунок', 'картка', 'посилка', 'сметка', 'пратка', 'пратката', 'λογαριασμός', 'δέμα',
  ])],
  // Its bad state: blocked, suspended, failed, declined, held, reported.
  [STATE, withFoldedForms([
    'blocked', 'suspended', 'locked', 'restricted', 'disabled', 'deactivated', 'failed', 'declined', 'expired', 'unpaid', 'held', 'reported',
    'violation', 'violating', 'suspicious', 'unusual', 'unauthorized', 'unauthorised', 'compromised', 'overdue', 'owed', 'undeliverable',
    // Session 17c: mail refused for a full mailbox, the storage notice's bad state.
    'rejected',
    'bloqueada', 'bloqueado', 'suspendida', 'suspendido', 'restringida', 'rechazado', 'rechazada', 'retenido', 'retenida', 'sospechosa', 'suspensa',
    'suspenso', 'recusado', 'retida', 'retido', 'suspeita', 'bloqué', 'bloquée', 'suspendu', 'suspendue', 'refusé', 'échoué', 'gesperrt', 'blockiert',
    'eingeschränkt', 'abgelehnt', 'fehlgeschlagen', 'bloccato', 'bloccata', 'sospeso', 'sospesa', 'rifiutato', 'giacenza', 'geblokkeerd',
    'opgeschort', 'geweigerd', 'mislukt', 'zablokowane', 'zablokowany', 'zablokowana', 'zawieszone', 'wstrzymana', 'zablokován', 'pozastaven',
    'blokiran', 'čeka', 'zárolva', 'zárolták', 'felfüggesztve', 'sikertelen', 'spærret', 'sperret', 'spärrat', 'blokkert', 'venter',
    'väntar', 'estetty', 'jäädytetty', 'piiratud', 'blokeeritud', 'peatatud', 'askıya', 'engellendi', 'diblokir', 'ditangguhkan', 'tertahan',
    'ditahan', 'заблокирован', 'заблокирована', 'приостановлен', 'задержана', 'заблокований', 'заблокована', 'блокиран', 'блокирана',
  ])],
  // A fee to pay: customs, a charge, a fine.
  [FEE, withFoldedForms([
    'fee', 'customs', 'surcharge', 'penalty', 'tasa', 'aduana', 'multa', 'taxa', 'alfândega', 'frais', 'douane', 'amende', 'gebühr', 'zoll',
    'zollgebühr', 'dogana', 'heffing', 'cło', 'opłata', 'opłatę', 'poplatek', 'carina', 'carini', 'pristojba', 'pristojbu', 'díj', 'díjat', 'vám',
    'gebyr', 'toll', 'tull', 'fortolling', 'avgift', 'tulli', 'tasu', 'gümrük', 'caj', 'cukai', 'denda', 'пошлина', 'пошлину', 'таможне', 'штраф',
    'такса', 'мито',
  ])],
  // A deadline: hours, otherwise, immediately, to avoid.
  [DEADLINE, withFoldedForms([
    'hours', 'otherwise', 'immediately', 'avoid', 'cancellation', 'expires', 'horas', 'evitar', 'inmediatamente', 'imediatamente', 'heures', 'éviter',
    'immédiatement', 'stunden', 'andernfalls', 'sofort', 'evitare', 'immediatamente', 'entro', 'binnen', 'godzin', 'natychmiast', 'hodin', 'sati',
    'órán', 'timer', 'timmar', 'innen', 'inom', 'ellers', 'annars', 'tunnin', 'tunni', 'segera', 'часов', 'иначе', 'немедленно', 'часа',
  ])],
  // The order to act: verify, confirm, update, pay, appeal.
  [ACTION, withFoldedForms([
    'verify', 'confirm', 'update', 'pay', 'submit', 'appeal', 'dispute', 'reactivate', 'restore', 'unlock', 'login', 'settle',
    // Session 16c: the parcel notice's "reschedule (delivery)" and the refund or grant notice's "claim".
    'reschedule', 'claim',
    // Session 17c: the domain-renewal and subscription notice's order.
    'renew',
    'verifique', 'verificar', 'confirme', 'actualice', 'pague', 'acceda', 'reactivar', 'atualize', 'regularize', 'acesse', 'vérifiez', 'confirmez',
    'payez', 'réglez', 'bestätigen', 'verifizieren', 'aktualisieren', 'bezahlen', 'begleichen', 'verifica', 'conferma', 'aggiorna', 'paga',
    'accedi', 'bevestig', 'verifieer', 'betaal', 'potwierdź', 'zweryfikuj', 'zaktualizuj', 'zapłać', 'opłać', 'potvrďte', 'ověřte', 'zaplaťte',
    'uhraďte', 'potvrdite', 'platite', 'ažurirajte', 'erősítse', 'igazolja', 'frissítse', 'fizesse', 'fizessen', 'bekreft', 'bekræft', 'bekräfta',
    'betal', 'betala', 'oppdater', 'opdater', 'uppdatera', 'vahvista', 'maksa', 'päivitä', 'kinnitage', 'makske', 'uuendage', 'tasuge',
    'doğrulayın', 'onaylayın', 'güncelleyin', 'ödeyin', 'verifikasi', 'konfirmasi', 'perbarui', 'bayar', 'sahkan', 'kemaskini', 'подтвердите',
    'оплатите', 'обновите', 'войдите', 'підтвердіть', 'оплатіть', 'потвърдете', 'платете',
  ])],
  // A reader quoting a notice to warn others names it for what it is.
  [WARNING, withFoldedForms([
    'scam', 'scams', 'scammer', 'scammers', 'phishing', 'fake', 'fraud', 'beware', 'careful', 'warning', 'spam', 'received', 'got',
    'estafa', 'fraude', 'golpe', 'arnaque', 'betrug', 'truffa', 'oszustwo', 'svindel', 'bedrageri', 'huijaus', 'мошенники', 'мошенничество',
  ])],
]);

/** The shared scan ors these roles per comment (scan-lists.ts): no lookup of our own per word. */
const ROLE_LIST = registerScanList(ROLES);

const OTHER_ROLES = [SUBJECT, STATE, FEE, DEADLINE] as const;

/**
 * The notice's roles in any of its languages: the order to act and at least two of the reader's
 * thing, its bad state, a fee and a deadline, and no word that names it a scam. The words found, one
 * per role, in role order; empty when the comment is not such a notice.
 */
export function noticeRoles(f: Features): string[] {
  const roles = listRolesOf(f, ROLE_LIST);
  if ((roles & ACTION) === 0 || (roles & WARNING) !== 0) return [];
  let others = 0;
  for (const bit of OTHER_ROLES) if (roles & bit) others++;
  if (others < 2) return [];
  const found: string[] = [];
  for (const bit of [...OTHER_ROLES, ACTION]) {
    if ((roles & bit) === 0) continue;
    const w = f.words.find((x) => ((ROLES.get(x) ?? 0) & bit) !== 0);
    if (w !== undefined) found.push(w);
  }
  return found;
}

/** True when the body names the reader's thing or an order to act, and no scam (one bit test, from the shared scan). */
export function namesSubjectOrAction(f: Features): boolean {
  const roles = listRolesOf(f, ROLE_LIST);
  return (roles & (SUBJECT | ACTION)) !== 0 && (roles & WARNING) === 0;
}

/** A word of the reader's thing or the order to act (no scam named): enough beside a brand's signature. */
export function noticeSubjectOrAction(f: Features): string {
  if (!namesSubjectOrAction(f)) return '';
  return f.words.find((x) => ((ROLES.get(x) ?? 0) & (SUBJECT | ACTION)) !== 0) ?? '';
}

/** Session 17c: the comment names a notice for what it is (scam, phishing, fake, beware): a reader's warning, from the shared scan's bits. */
export function warnsOfNotice(f: Features): boolean {
  return (listRolesOf(f, ROLE_LIST) & WARNING) !== 0;
}
