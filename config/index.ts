import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import prodConfig from './prod';

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'sunshine-party-building',
    date: '2026-11-1',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    // One folder per platform, so dist/weapp (WeChat DevTools) and dist/h5 (served by the server) coexist.
    outputRoot: `dist/${process.env.TARO_ENV}`,
    framework: 'react',
    // aria-label / aria-role reach the weapp templates (see the plugin).
    plugins: [path.resolve(__dirname, 'plugins/aria.js')],
    // Prebundling needs @tarojs/binding's postinstall and swc, which this machine does not run.
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: { enable: false },
    alias: { '@': path.resolve(__dirname, '..', 'src') },
    env: {
      // The mini program talks to an absolute server URL; H5 uses the same origin and ignores it.
      TARO_APP_API_BASE: JSON.stringify(process.env.TARO_APP_API_BASE || 'http://127.0.0.1:3000'),
    },
    mini: {
      // Class names are component-scoped (BEM), so the order shared CSS lands in does not matter.
      miniCssExtractPluginOption: { ignoreOrder: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
      },
    },
    h5: {
      // H5 is the development and test target; WeChat's size limits are checked on the weapp build.
      webpackChain(chain) {
        chain.performance.hints(false);
      },
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: { filename: 'js/[name].[contenthash:8].js', chunkFilename: 'js/[name].[contenthash:8].js' },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
      },
    },
  };
  return merge({}, baseConfig, process.env.NODE_ENV === 'development' ? devConfig : prodConfig);
});
