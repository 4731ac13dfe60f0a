/** The components given aria-label / aria-role in the weapp templates, with their (empty) defaults. */
const ARIA = { 'aria-label': '', 'aria-role': '' };
const COMPONENTS = ['View', 'Text', 'Image', 'Button', 'Input', 'Textarea', 'Switch', 'Picker', 'ScrollView'];

module.exports = Object.fromEntries(COMPONENTS.map((name) => [name, ARIA]));
