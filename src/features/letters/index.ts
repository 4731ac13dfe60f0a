export { LETTER_CATEGORIES, LETTER_CATEGORY_TEXT, MAX_LETTER_PHOTOS, type Letter, type LetterCategory, type PublicLetter } from './api';
