export { LETTER_CATEGORY_TEXT, type Letter } from './api';
