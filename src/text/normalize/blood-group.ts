/**
 * The Rhesus factor of a blood group: "Rh(-)", "Rh-", "Rh+" → "rê sút âm", "rê sút dương".
 * Its sign is part of the name, so it is read before the plus of a product name ("Galaxy
 * S24+") or the symbol pass ("cộng") can take it.
 */
import { RHESUS_READING, RHESUS_SIGNS } from '../data/letters.js';
import type { SemioticClass } from './types.js';

/** @example verbalize "nhóm máu O Rh(-)" → "nhóm máu O rê sút âm" */
export const bloodGroupClass: SemioticClass = {
  name: 'blood-group',
  pattern: /(?<![\p{L}\p{N}])Rh(?:\s?\(([-+−])\)|([-+−])(?![\p{L}\p{N}]))?(?![\p{L}\p{N}])/gu,
  trigger: { test: (text: string) => text.includes('Rh') },
  verbalize(m) {
    const sign = m[1] ?? m[2];
    return sign ? `${RHESUS_READING} ${RHESUS_SIGNS[sign]}` : RHESUS_READING;
  },
};
