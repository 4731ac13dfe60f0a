// The runtime half of aria.js: Taro turns a node's attributes into the templates' short names
// (p0, p1…) from the same component table, so the table gets the same attributes before the first render.
const { mergeInternalComponents } = require('@tarojs/shared');

mergeInternalComponents(require('./aria-components'));
