/**
 * Accessible names in the mini program. Taro's weapp templates pass only the attributes they know,
 * and aria-* are not among them (to keep base.wxml small), so `ariaLabel`/`ariaRole` on a View or
 * an Input would silently vanish from the weapp build while H5 kept them. WeChat reads
 * aria-label / aria-role on its built-in components for screen readers (读屏). This adds them to
 * the templates (build time) and to the runtime's table of attributes (aria-runtime.js), as
 * @tarojs/plugin-inject's `components` option does, without the dependency.
 */
const path = require('node:path');
const components = require('./aria-components');

module.exports = (ctx) => {
  ctx.registerMethod({
    name: 'onSetupClose',
    fn(platform) {
      const template = platform.template;
      // H5 renders real elements, which take aria-* as they are.
      if (!template || typeof template.mergeComponents !== 'function') return;
      template.mergeComponents(ctx, components);
      const runtime = path.join(__dirname, 'aria-runtime.js');
      platform.runtimePath = [].concat(platform.runtimePath, runtime);
    },
  });
};
