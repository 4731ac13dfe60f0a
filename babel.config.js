// babel-preset-taro: what Taro's webpack build compiles src/ with (tests use ts-jest instead).
module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
};
