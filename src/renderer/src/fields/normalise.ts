import { checkPhone } from '../../../shared/validation/phone.js';
import { checkPostalCode } from '../../../shared/validation/postal-code.js';

/**
 * What a committed value becomes before it is stored: a Japanese IME in full-width mode types
 * 「０３－１２３４－５６７８」, which the forms print in half-width. Only a value the validator can
 * read as a correct number is rewritten (its suggestion); anything else stays as typed, and the
 * field says what is wrong. Chosen by the path, so every phone, FAX and postcode field gets it.
 */
export const commitNormaliser = (path: string): ((value: string) => string) | undefined => {
  const last = path.slice(path.lastIndexOf('.') + 1);
  if (last === 'phone' || last === 'fax' || last.endsWith('Phone') || last.endsWith('Fax')) {
    return (value) => {
      const problem = value.trim() === '' ? undefined : checkPhone(value);
      return problem?.code === 'phone.fullwidth' && problem.suggestion ? problem.suggestion : value;
    };
  }
  if (last === 'postalCode') {
    return (value) => {
      const problem = value.trim() === '' ? undefined : checkPostalCode(value);
      return problem?.code === 'postal-code.format' && problem.suggestion ? problem.suggestion : value;
    };
  }
  return undefined;
};
