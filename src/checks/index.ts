export { luhnValid } from './luhn.js';
export { siretKeyValid, SIRET_LENGTH, SIRET_PATTERN } from './siret.js';
export { finessKeyValid, FINESS_LENGTH, FINESS_PATTERN } from './finess.js';
export { isKnownStructIdNat } from './struct-idnat.js';
export { isEmailAddress, isMssanteAddress, isPatientAddress } from './email.js';
export {
  parseFrenchDate,
  readCalendarDay,
  isCalendarDay,
  isDayAfter,
  dayNumber,
  formatFrenchDate,
  formatIsoDate,
  CALENDAR_DAY_FORMS,
  type CalendarDay,
  type CalendarDayForm,
} from './calendar-date.js';
export { hasAtMostTwoDecimals, formatAmount, amountTooLarge, MAX_AMOUNT_INTEGER_DIGITS, TWO_DECIMALS_TEXT } from './amount.js';
